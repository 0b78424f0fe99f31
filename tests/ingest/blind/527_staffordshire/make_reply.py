"""Build reply.docx: a Staffordshire Police FOI response letter (python-docx)."""
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
hdr = section.header.paragraphs[0]
hdr.text = "OFFICIAL"
hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
ftr = section.footer.paragraphs[0]
ftr.text = "Staffordshire Police, Freedom of Information Team, PO Box 3167, Stafford, ST16 9JZ   |   OFFICIAL"
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph()
r = p.add_run("Staffordshire Police")
r.bold = True
r.font.size = Pt(16)
doc.add_paragraph("Freedom of Information Team\nInformation Management Department")

doc.add_paragraph("Our ref: FOI/2024/02311\nDate: 24 October 2024")
doc.add_paragraph("Dear Requester,")

p = doc.add_paragraph()
p.add_run("Freedom of Information Request – Child sexual exploitation flagged crimes").bold = True

doc.add_paragraph(
    "Thank you for your request for information dated 26 September 2024, which has been "
    "dealt with under the Freedom of Information Act 2000. You asked:"
)
doc.add_paragraph(
    "(a) How many crimes were recorded by Staffordshire Police with a child sexual "
    "exploitation (CSE) flag in each calendar year from 2021 to 2024 (to date)?"
)
doc.add_paragraph(
    "(b) For those crimes, how many resulted in a charge or summons, a caution, or a "
    "community resolution, and how many are still under investigation?"
)

p = doc.add_paragraph()
p.add_run("Response").bold = True
doc.add_paragraph(
    "Staffordshire Police can confirm that it holds the information you have requested. "
    "The table below answers both parts of your request. Figures for 2024 cover "
    "1 January 2024 to 30 September 2024 only."
)

rows = [
    ("Year", "CSE flagged crimes", "Charge / Summons", "Caution (adult or youth)",
     "Community Resolution", "Investigation ongoing"),
    ("2021", "274", "23", "1-4", "0", "9"),
    ("2022", "296", "27", "1-4", "1-4", "14"),
    ("2023", "251", "19", "5", "0", "38"),
    ("2024 (to 30/09/2024)", "183", "8", "0", "1-4", "97"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = table.cell(i, j)
        cell.text = val
        if i == 0:
            for run in cell.paragraphs[0].runs:
                run.bold = True

doc.add_paragraph()
doc.add_paragraph(
    "Notes:\n"
    "1. To reduce the risk of individuals being identified, any figure between 1 and 4 "
    "has been shown as '1-4'.\n"
    "2. Crimes may have an outcome other than those listed (for example, evidential "
    "difficulties or the victim not supporting further action), so the outcome columns "
    "will not add up to the number of CSE flagged crimes.\n"
    "3. 'Investigation ongoing' means that no outcome had been recorded at the time the "
    "data was extracted (7 October 2024)."
)

p = doc.add_paragraph()
p.add_run("Amended figure").bold = True
doc.add_paragraph(
    "In our response to your earlier request (FOI/2024/01544) we stated that 288 CSE "
    "flagged crimes were recorded in 2022. This was incorrect, as a small number of crimes "
    "flagged after the original extraction were missed. The correct figure is 296, as "
    "shown in the table above. We apologise for any inconvenience."
)

doc.add_paragraph(
    "Please note that the data is extracted from a live crime recording system and may "
    "differ slightly from figures previously published."
)
doc.add_paragraph(
    "If you are not satisfied with this response you may request an internal review by "
    "writing to the Freedom of Information Team at the address below, or by e-mail to "
    "foi@staffordshire.police.uk, within 40 working days of the date of this letter. If you "
    "remain dissatisfied you may apply to the Information Commissioner's Office, Wycliffe "
    "House, Water Lane, Wilmslow, Cheshire, SK9 5AF."
)
doc.add_paragraph("Yours sincerely,\n\nA. Whitmore\nDisclosure Officer\nStaffordshire Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
