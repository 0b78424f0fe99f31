"""Build reply.docx: Gwent Police FOI letter (online-flagged child sexual offences, 22B, platforms)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Heddlu Gwent Police\tSWYDDOGOL / OFFICIAL"
fp = sec.footer.paragraphs[0]
fp.text = "Gwent Police welcomes correspondence in Welsh and English. / Mae Heddlu Gwent yn croesawu gohebiaeth yn Gymraeg ac yn Saesneg."
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text, bold=False, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


def table(rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    return t


para("Freedom of Information Unit\nGwent Police Headquarters\nCroesyceiliog\nCwmbran")
para("Our reference: FOI 0871/24\nDate: 5 March 2024")
para("Dear Requester,")
para("Freedom of Information Request – Online child sexual offences", bold=True)
para("Thank you for your request for information dated 6 February 2024. Gwent Police has now "
     "completed its search for the information you asked for. Your questions and our answers "
     "are set out below.")
para("Please note that, to reduce the risk of identifying individual victims, any figure between "
     "1 and 4 in the tables below has been shown as '1-4'.")

para("(a) Please provide the number of sexual offences against children (victims aged under 18) "
     "recorded by Gwent Police in each of the calendar years 2021, 2022 and 2023 that carried "
     "the online (cyber) flag.", italic=True)
para("(b) For those offences, please provide a breakdown by the age of the victim.", italic=True)
para("Answer to (a) and (b):", bold=True)
para("The table below shows sexual offences against victims aged under 18 that carried the "
     "online flag, by the age of the victim at the time of the offence.")
table([
    ["Year", "Aged 0-10", "Aged 11-15", "Aged 16-17", "Age unknown", "Total"],
    ["2021", 14, 58, 11, "1-4", 85],
    ["2022", 17, 66, 13, 5, 101],
    ["2023", 19, 71, 9, "1-4", 103],
])

para("(c) How many offences of sexual activity involving a child under 16 (Home Office code 22B) "
     "were recorded in each of those years, and how many resulted in a charge or summons?",
     italic=True)
para("Answer to (c):", bold=True)
table([
    ["Year", "22B offences recorded", "Of which charged/summonsed"],
    ["2021", 64, "N/H"],
    ["2022", 71, 9],
    ["2023", 58, 6],
])
para("N/H – not held. Outcome information for crimes recorded in 2021 was held on our previous "
     "crime recording system. It was not transferred when the force moved to its current system, "
     "and the previous system has since been decommissioned, so this information is no longer "
     "held by Gwent Police.")

para("(d) Which social media platforms or apps were used in the online-flagged offences in 2023?",
     italic=True)
para("Answer to (d):", bold=True)
para("Where the platform is known it is recorded by the investigating officer. For the 103 "
     "online-flagged offences recorded in 2023, the platform first recorded was:")
for line in ["Snapchat – 38", "Instagram – 14", "WhatsApp – 11", "Facebook – 6",
             "Other platforms – 9", "Not recorded – 25"]:
    doc.add_paragraph(line, style="List Bullet")
para("Where more than one platform was used in an offence, only the first one recorded has been "
     "counted, so the figures above add up to the number of offences.")

para("Figures are provided from a live crime recording system and may change as investigations "
     "progress.")
para("If you are dissatisfied with the handling of your request you may request an internal "
     "review within 40 working days. If you remain dissatisfied you have the right to complain "
     "to the Information Commissioner's Office.")
para("Yours sincerely,")
para("Freedom of Information Officer\nGwent Police")

doc.save("reply.docx")
