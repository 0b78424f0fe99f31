"""Build reply.docx: Cambridgeshire Constabulary FOI response letter (python-docx).

Small reply (6 figures). CSE-flagged crimes for 2022/23 and 2023/24, those with a victim aged
13 to 15, and the apps/platforms involved (not held). The questions are listed first and the
answers come after all of them; Q1 and Q2 are answered in one Word table (questions down,
years across, years headed '01/04/2022 - 31/03/2023' style). The 2022/23 CSE figure is an
amended figure marked '214*', the asterisk pointing to a footnote about the correction of an
earlier reply (the superseded 221). Page header 'OFFICIAL' and a footer with the reference.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI 0714/2025"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = f"Cambridgeshire Constabulary | {REF} | Freedom of Information Response"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, size=None, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


p = para("Cambridgeshire Constabulary", bold=True, size=16)
p.runs[0].font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
para("Information Rights Unit\nPolice Headquarters\nHinchingbrooke Park\nHuntingdon\nPE29 6NP",
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Email: foi@cambs.police.uk", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Our reference: {REF}")
para("Date: 19 March 2025")
para()
para("Dear Requester,")
para("Freedom of Information Act 2000 - Request for information", bold=True)
para("Thank you for your request for information received by Cambridgeshire Constabulary on 20 February "
     "2025. Your request has now been considered and I am able to respond as follows.")

para("Your request", bold=True)
para("Q1. How many crimes were recorded by Cambridgeshire Constabulary with a child sexual exploitation (CSE) "
     "flag in each of the financial years 2022/23 and 2023/24?")
para("Q2. Of the crimes in Q1, how many involved a victim aged 13 to 15 years old?")
para("Q3. Which apps, social media platforms or websites were involved in these crimes?")

para("Our response", bold=True)
para("Cambridgeshire Constabulary holds information relevant to Q1 and Q2. This is provided in the table "
     "below. Crimes are counted by the financial year in which they were recorded, and the victim's age is "
     "the age at the time of the offence.")

table = doc.add_table(rows=3, cols=3)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [
    ["", "01/04/2022 - 31/03/2023", "01/04/2023 - 31/03/2024"],
    ["Q1 - Crimes with a CSE flag", "214*", "198"],
    ["Q2 - Of which, victim aged 13 to 15", "103", "91"],
]
for i, row in enumerate(cells):
    for j, text in enumerate(row):
        cell = table.cell(i, j)
        cell.text = text
        run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
        if run is not None and (i == 0 or j == 0):
            run.bold = True
        if j > 0:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

p = para("* Amended figure. Our response to a previous request (FOI 0987/2024) gave the number of CSE-flagged "
         "crimes for 2022/23 as 221. Following an audit of flagged records by the Public Protection Unit, some "
         "crimes were found to have had the flag applied in error and it has since been removed from them. The "
         "figure of 214 shown above is correct and replaces the earlier figure.")
p.runs[0].font.size = Pt(9)
p.runs[0].italic = True

para("Q3 - Cambridgeshire Constabulary does not record the app, platform or website involved in a crime as a "
     "searchable field, and there is no business requirement for it to do so. Where such detail is mentioned "
     "at all it would be in the free text of an investigation and would not be recorded consistently. "
     "Cambridgeshire Constabulary therefore does not hold this information for the purposes of the Act, and "
     "this letter serves as notice under section 1(1)(a) that it is not held.")

para("Please note that the CSE flag is applied by the investigating officer or a Public Protection Unit "
     "supervisor where there are concerns of child sexual exploitation. A crime may be flagged at any point "
     "during an investigation, so the figures may change over time.")
para()
para("Your right to complain", bold=True)
para("If you are not satisfied with this response you may ask for an internal review. Please write to the "
     "Information Rights Unit at the address above within 40 working days of the date of this letter. If you "
     "are still not satisfied after the internal review, you can complain to the Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, or via www.ico.org.uk.")
para()
para("Yours sincerely,")
para("Information Rights Officer")
para("Information Rights Unit, Cambridgeshire Constabulary")

doc.save(HERE / "reply.docx")
