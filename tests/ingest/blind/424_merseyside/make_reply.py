"""Build reply.docx: Merseyside Police FOI letter on sexual communication with a child (71/17),
2023/24 and 2024/25 - totals in a sentence, a table of platforms by year with '<5', and a
not-held answer."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI/25/1189"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = ("Merseyside Police, Information Access Team, Canning Place, Liverpool L1 8JX  |  "
           "Tel 0151 777 8080")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def bold(text, size=None, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


def quoted(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    return p


bold("Merseyside Police", size=18, color=RGBColor(0x00, 0x2B, 0x5C))
doc.add_paragraph("Information Access Team\nCanning Place\nLiverpool\nL1 8JX")
doc.add_paragraph(f"Our reference: {REF}\nDate: 27 June 2025")
doc.add_paragraph("Dear Sir/Madam,")
bold("Freedom of Information Request")
doc.add_paragraph(
    "I write in connection with your request for information, received by Merseyside Police on "
    "2 June 2025. Your request has been dealt with under the terms of the Freedom of Information "
    "Act 2000. Your questions and our answers are set out below.")

bold("Q1")
quoted("How many offences of sexual communication with a child were recorded by Merseyside Police in "
       "each of the last two financial years?")
doc.add_paragraph(
    "Merseyside Police recorded 163 offences under Home Office code 71/17 (Sexual communication with "
    "a child) between April 2023 and March 2024, and 188 between April 2024 and March 2025.")

bold("Q2")
quoted("For those offences, please list the social media platforms or apps used by the offender to "
       "contact the child, with the number of offences for each.")
doc.add_paragraph(
    "Where the platform or app has been recorded on the crime report it is shown in the table below. "
    "An offence may involve more than one platform, so the figures in each column add up to more "
    "than the totals given in answer to Q1.")

rows = [
    ("Platform / app", "April 2023 to March 2024", "April 2024 to March 2025"),
    ("Snapchat", "71", "86"),
    ("Instagram", "24", "27"),
    ("WhatsApp", "19", "22"),
    ("TikTok", "6", "9"),
    ("Facebook", "<5", "<5"),
    ("Other", "11", "8"),
    ("Not recorded", "38", "41"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        para = cell.paragraphs[0]
        if j:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            for run in para.runs:
                run.bold = True

note = doc.add_paragraph()
nr = note.add_run(
    "Please note that figures of less than five have been replaced with <5. This is to reduce the "
    "risk of a child being identified from the information disclosed.")
nr.font.size = Pt(9)
nr.italic = True

bold("Q3")
quoted("In how many of these offences had the offender only ever been in contact with the child "
       "online, and never met them in person?")
doc.add_paragraph(
    "This information is not held. Merseyside Police does not record whether an offender and a victim "
    "have met in person in any searchable form, and to establish it would require information that "
    "may never have been captured during the investigation. Under section 1(1)(a) of the Act we are "
    "therefore unable to provide it.")

bold("Right of review")
doc.add_paragraph(
    "If you are not satisfied with this response you may request an internal review within 40 "
    "working days of the date of this letter. Should you remain dissatisfied following the review, "
    "you may refer the matter to the Information Commissioner's Office, Wycliffe House, Water Lane, "
    "Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours faithfully,")
doc.add_paragraph("\n\nInformation Access Officer\nMerseyside Police")

doc.save(HERE / "reply.docx")
print("saved")
