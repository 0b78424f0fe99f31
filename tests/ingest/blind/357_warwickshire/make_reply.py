"""Build reply.docx: Warwickshire Police FOI letter (invented test document)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

section = doc.sections[0]
hp = section.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = section.footer.paragraphs[0]
fp.text = ("Warwickshire Police, Leek Wootton, Warwick CV35 7QA  |  "
           "Freedom of Information Unit  |  OFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph()
r = p.add_run("Warwickshire Police")
r.bold = True
r.font.size = Pt(16)
doc.add_paragraph("Information Compliance – Freedom of Information\nLeek Wootton\nWarwick\nCV35 7QA")

doc.add_paragraph("Our ref: WP/FOI/24/1063\nDate: 19 August 2024")
doc.add_paragraph("Dear Sir or Madam,")
p = doc.add_paragraph()
p.add_run("Freedom of Information Act 2000 – Request ref. WP/FOI/24/1063").bold = True
doc.add_paragraph(
    "Thank you for your e-mail of 22 July 2024 in which you asked for information "
    "held by Warwickshire Police. We have now considered your request under the "
    "Freedom of Information Act 2000.")

doc.add_heading("Your request", level=2)
doc.add_paragraph(
    "Please provide the number of each of the following offences recorded by your "
    "force in the calendar years 2021, 2022 and 2023, and in 2024 so far:")
for item in [
    "rape of a female child under 13 (Home Office code 19E)",
    "rape of a male child under 13 (19H)",
    "sexual assault on a female child under 13 (20B)",
    "sexual assault on a male child under 13 (17B)",
    "sexual activity involving a child under 13 (21)",
    "sexual activity involving a child under 16 (22B)",
]:
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph(
    "For all of these offences combined, please also give the number of suspects "
    "in each year split into those aged under 18 and those aged 18 and over.")

doc.add_heading("Our response", level=2)
doc.add_paragraph(
    "Warwickshire Police holds the information you have requested. The figures for "
    "2024 cover 1 January to 30 June 2024, the last complete month when the data "
    "was extracted.")
doc.add_paragraph(
    "An asterisk (*) has been used where a figure is so low that publishing it, "
    "together with other information already in the public domain, could lead to "
    "the identification of a victim.")

p = doc.add_paragraph()
p.add_run("Table 1 – Offences recorded, by Home Office offence code").bold = True

HEAD = ["Offence", "2021", "2022", "2023", "2024 (1 Jan – 30 Jun)"]
ROWS = [
    ["19E – Rape of a female child under 13", "38", "51", "44", "19"],
    ["19H – Rape of a male child under 13", "12", "9", "14", "*"],
    ["20B – Sexual assault on a female child under 13", "61", "70", "66", "31"],
    ["17B – Sexual assault on a male child under 13", "17", "22", "19", "8"],
    ["21 – Sexual activity involving a child under 13", "26", "30", "24", "11"],
    ["22B – Sexual activity involving a child under 16", "94", "83", "101", "47"],
    ["Total", "248", "265", "268", "119"],
]


def add_table(head, rows):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, head):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row)):
            cell.text = text
            if i:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if row[0] == "Total":
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


add_table(HEAD, ROWS)
doc.add_paragraph()
doc.add_paragraph(
    "Please note that in our response to an earlier request (WP/FOI/23/0788) the "
    "2022 figure for offence 22B was given as 87. Following a data quality audit, "
    "four of those crimes have since been reclassified to other offence codes, and "
    "the correct figure is 83. The corrected figure is the one shown in Table 1, "
    "and the 2022 total reflects it.")

p = doc.add_paragraph()
p.add_run("Table 2 – Suspects linked to the offences in Table 1, by age").bold = True
add_table(
    ["Suspect age", "2021", "2022", "2023", "2024 (1 Jan – 30 Jun)"],
    [
        ["Under 18", "71", "84", "90", "38"],
        ["18 and over", "142", "151", "139", "63"],
        ["Age not known", "29", "25", "33", "21"],
        ["Total", "242", "260", "262", "122"],
    ],
)
doc.add_paragraph()
doc.add_paragraph(
    "A suspect is counted once for each crime they are linked to, so one person may "
    "appear more than once. Age is the suspect's age at the time of the offence; "
    "'Age not known' includes suspects who have not been identified.")
doc.add_paragraph(
    "The data was extracted from the Athena crime recording system on 2 August 2024. "
    "Figures for the current year are provisional and may change as crimes are "
    "reclassified or cancelled.")

doc.add_heading("Your right to request a review", level=2)
doc.add_paragraph(
    "If you are dissatisfied with this response you may request an internal review "
    "within 40 working days of the date of this letter by writing to the address "
    "above. If you remain dissatisfied you may apply to the Information "
    "Commissioner's Office.")
doc.add_paragraph("Yours faithfully,\n\nDisclosure Officer\nInformation Compliance")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
