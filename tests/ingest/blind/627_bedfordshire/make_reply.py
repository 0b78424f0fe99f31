"""Build reply.docx: Bedfordshire Police FOI response (python-docx), reference BED/FOI/25/0341.

Small reply (6 figures). CSE-flagged crimes in calendar years 2023 and 2024, and those with a
victim aged under 13; (c) asks how many related to a named residential children's home.
The questions (a), (b), (c) are quoted first and answered after all of them. (a) and (b) are
answered in one Word table (measures down, years across, years written
'1 January - 31 December 2023'); the 2024 under-13 cell is '*' with a reason but no threshold.
(c) is a neither-confirm-nor-deny under s.38(2) and s.40(5B)(a)(i).
Page header 'OFFICIAL' and a footer with the reference.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
REF = "BED/FOI/25/0341"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = f"Bedfordshire Police - Information Rights Team - {REF}"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, size=None, align=None, italic=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


p = para("Bedfordshire Police", bold=True, size=18)
p.runs[0].font.color.rgb = RGBColor(0x00, 0x33, 0x66)
para("Information Rights Team\nBedfordshire Police Headquarters\nWoburn Road\nKempston\nBedford\nMK43 9AX",
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Reference: {REF}")
para("Date: 28 February 2025")
para()
para("Freedom of Information Request", bold=True, size=13)
para("Thank you for your request for information, which was received by Bedfordshire Police on 3 February "
     "2025 and has been dealt with under the Freedom of Information Act 2000 (the Act).")

para("Your request", bold=True)
para("(a) How many crimes recorded by Bedfordshire Police in 2023 and in 2024 carried a child sexual "
     "exploitation (CSE) flag?")
para("(b) Of those, in how many was the victim aged under 13?")
para("(c) For each year, how many of the CSE-flagged crimes related to children living at [named "
     "residential children's home] in Dunstable?")

para("Our response", bold=True)
para("Bedfordshire Police holds information relevant to parts (a) and (b) of your request. The figures "
     "are shown in the table below. Crimes are counted in the calendar year in which they were recorded.")

rows = [
    ("", "1 January - 31 December 2023", "1 January - 31 December 2024"),
    ("Crimes with a CSE flag (a)", "87", "102"),
    ("of which victim aged under 13 (b)", "11", "*"),
]
table = doc.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        cell = table.cell(i, j)
        cell.text = text
        par = cell.paragraphs[0]
        if j > 0:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            for r in par.runs:
                r.bold = True
for row in table.rows:
    row.cells[0].width = Cm(7)

para("* This figure has been replaced with an asterisk because the number is low and, together with "
     "other information already in the public domain, could lead to the identification of a child.",
     size=9, italic=True)
para("The CSE flag is applied by officers and staff when a crime is recorded or reviewed, and its use may "
     "not be consistent across every crime. The figures were extracted from the force crime recording "
     "system on 17 February 2025 and may change.")

para("Part (c)", bold=True)
para("In respect of part (c), Bedfordshire Police can neither confirm nor deny whether it holds the "
     "information you have requested, by virtue of the following exemptions:")
para("Section 38(2) - Health and Safety\nSection 40(5B)(a)(i) - Personal Information")
para("To confirm or deny whether any crimes have been recorded in relation to children living at a named "
     "address would in itself disclose information about identifiable young people and could place them "
     "at risk. Section 40(5B) is an absolute exemption and no public interest test is required. Section "
     "38(2) is a qualified exemption; having weighed the public interest in openness against the need to "
     "protect vulnerable children, we consider that the balance favours neither confirming nor denying "
     "that the information is held. This should not be taken as an indication that the information you "
     "requested is or is not held.")

para("Complaint Rights", bold=True)
para("If you are unhappy with our response you may ask for an internal review within 40 working days of "
     "the date of this letter by writing to the Information Rights Team at the address above, or by "
     "e-mail to foi@bedfordshire.police.uk. If you remain dissatisfied you may complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely")
para("Information Rights Officer\nBedfordshire Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
