"""Build reply.docx: Cheshire Constabulary amended FOI response (Word attachment).

Rape of a child under 13 (Home Office codes 19E and 19H). The three questions are listed
first and answered together after them. Question 1: a Word table, codes down and three
financial years across (headed 'FY 2022/2023' etc.) with a Total row; the 19E figure for
FY 2023/2024 was amended from 57 to 61 (and its total from 79 to 83), explained in a box at
the top. Question 2: outcomes for FY 2024/2025 in a second table, mixing words (Charged /
Summonsed, Youth caution), Home Office outcome numbers and 'investigation ongoing',
with no Total row (the prose above it says there are 81 offences).
Question 3: suspects' ages for FY 2024/2025 in a sentence.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI 2025-0318"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL\tCheshire Constabulary\t" + REF
fp = sec.footer.paragraphs[0]
fp.text = ("Freedom of Information Team, Cheshire Constabulary Headquarters, Clemonds Hey, "
           "Oakmere Road, Winsford, CW7 2UA")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Freedom of Information Request – AMENDED RESPONSE", level=1)
p = doc.add_paragraph()
p.add_run("Reference: ").bold = True
p.add_run(REF + "\n")
p.add_run("Date of amended response: ").bold = True
p.add_run("17 March 2025\n")
p.add_run("Subject: ").bold = True
p.add_run("Rape of children under 13 – offences, outcomes and suspects")

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
c.paragraphs[0].add_run("Amendment").bold = True
c.add_paragraph(
    "This response replaces the response we sent you on 3 March 2025. During a routine data "
    "quality check we found that one figure in our answer to question 1 was wrong. The number of "
    "offences of rape of a female child under 13 (19E) recorded in FY 2023/2024 was given as 57; "
    "the correct figure is 61. The total for that year has been corrected from 79 to 83. No other "
    "figure has changed. We apologise for the error.")
doc.add_paragraph()

doc.add_paragraph("Dear Requester,")
doc.add_paragraph(
    "Thank you for your request for information received by Cheshire Constabulary on "
    "6 February 2025. Your request has been considered under the Freedom of Information Act 2000. "
    "You asked:")
for q in [
    "1. How many offences of rape of a female child under 13 and rape of a male child under 13 "
    "did Cheshire Constabulary record in each of the last three financial years?",
    "2. For the offences recorded in the most recent year, what outcome has each been given?",
    "3. For the same year, how many of the suspects were aged under 18?"]:
    para = doc.add_paragraph(q)
    para.paragraph_format.left_indent = Pt(18)
    para.runs[0].italic = True

doc.add_heading("Response", level=2)
doc.add_paragraph(
    "Cheshire Constabulary holds the information you requested and it is provided below. We have "
    "taken the last three financial years to be FY 2022/2023, FY 2023/2024 and FY 2024/2025 "
    "(1 April 2022 to 31 March 2025).")

doc.add_paragraph().add_run("Question 1").bold = True
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for cell, h in zip(t.rows[0].cells, ["Home Office offence", "FY 2022/2023", "FY 2023/2024", "FY 2024/2025"]):
    cell.text = ""
    cell.paragraphs[0].add_run(h).bold = True
for row in [("19E – Rape of a female child under 13", "54", "61 (amended)", "66"),
            ("19H – Rape of a male child under 13", "19", "22", "15"),
            ("Total", "73", "83 (amended)", "81")]:
    cells = t.add_row().cells
    for cell, v in zip(cells, row):
        cell.text = v
    if row[0] == "Total":
        for cell in cells:
            for r in cell.paragraphs[0].runs:
                r.bold = True
doc.add_paragraph()

doc.add_paragraph().add_run("Question 2").bold = True
doc.add_paragraph(
    "The table below shows the outcome currently recorded against each of the 81 offences "
    "(19E and 19H combined) recorded in FY 2024/2025. Outcome numbers are those used in the Home "
    "Office outcomes framework.")
t2 = doc.add_table(rows=1, cols=2)
t2.style = "Table Grid"
for cell, h in zip(t2.rows[0].cells, ["Outcome", "Number of offences"]):
    cell.text = ""
    cell.paragraphs[0].add_run(h).bold = True
for row in [("Charged / Summonsed", "9"),
            ("Youth caution", "2"),
            ("Outcome 15 – Evidential difficulties: suspect identified, victim supports action", "18"),
            ("Outcome 16 – Evidential difficulties: victim does not support further action", "11"),
            ("Outcome 18 – Investigation complete, no suspect identified", "3"),
            ("Outcome 21 – Further investigation not in the public interest", "4"),
            ("Investigation ongoing – no outcome yet assigned", "34")]:
    cells = t2.add_row().cells
    cells[0].text, cells[1].text = row
doc.add_paragraph()

doc.add_paragraph().add_run("Question 3").bold = True
doc.add_paragraph(
    "There were 59 suspects linked to the offences recorded in FY 2024/2025. Of these, 21 were aged "
    "under 18 at the time of the offence, 35 were aged 18 or over and for 3 the age was not "
    "recorded. A suspect linked to more than one offence is counted once.")

doc.add_paragraph(
    "Please note that the figures are drawn from a live crime recording system and were correct "
    "when extracted on 12 March 2025. Outcomes will change as investigations are concluded.")

doc.add_heading("Complaint rights", level=2)
doc.add_paragraph(
    "If you are dissatisfied with this response you may ask for an internal review by contacting "
    "the Freedom of Information Team within 40 working days of the date of this response. If you "
    "are still dissatisfied after the internal review, you may complain to the Information "
    "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
doc.add_paragraph("Yours sincerely,\n\nR. Whitfield\nFreedom of Information Officer")

doc.save(str(HERE / "reply.docx"))
