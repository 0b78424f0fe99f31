"""Build reply.docx: Kent Police FOI response letter (python-docx), reference FOI/2025/06417.

Crimes with a child sexual exploitation (CSE) flag, calendar years 2022, 2023 and 2024.
Q1: one Word table, years ACROSS (2022 | 2023 | 2024 | Total), victim gender DOWN
(Female / Male / Not stated / Total). A footnote under the table says '-' denotes a nil return.
Q2 (victim a looked-after child) is not held.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI/2025/06417"
YEARS = ["2022", "2023", "2024"]
ROWS = [("Female", [212, 238, 201]),
        ("Male", [47, 55, 62]),
        ("Not stated", [3, 0, 2])]
COL_T = [sum(r[1][i] for r in ROWS) for i in range(3)]
assert COL_T == [262, 293, 265], COL_T
assert sum(COL_T) == 820


def shown(v):
    return "-" if v == 0 else str(v)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Kent Police, Freedom of Information Unit, Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ\n"
           "OFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def para(text="", bold=False, italic=False, size=None, align=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor(*colour)
    if align is not None:
        p.alignment = align
    return p


def shade(cell, fill="1F3864"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


para("KENT POLICE", bold=True, size=16, colour=(0x1F, 0x38, 0x64), align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Freedom of Information Unit\nPolice Headquarters\nSutton Road\nMaidstone\nKent ME15 9BZ",
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Email: freedomofinformation@kent.police.uk", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Our reference: {REF}\nDate: 9 May 2025")
para("Dear Requester")
para("FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION", bold=True)
para("I write in connection with your request for information received by Kent Police on 10 April 2025, "
     "in which you asked:")
para("\u201c1. For each of the calendar years 2022, 2023 and 2024, please provide the number of crimes "
     "recorded by Kent Police which carried a child sexual exploitation (CSE) flag, broken down by the "
     "gender of the victim.", italic=True)
para("2. Of the crimes in question 1, how many involved a victim who was a looked after child (in the "
     "care of a local authority) at the time of the offence?\u201d", italic=True)

para("Kent Police has now completed its searches and I can confirm that some of the information you have "
     "requested is held. Please see our response to each question below.")

para("Response to question 1", bold=True)
para("The table below shows crimes recorded by Kent Police between 1 January 2022 and 31 December 2024 "
     "to which a CSE flag had been applied at the time the data was extracted. A crime is counted once, "
     "against the gender of the victim recorded on the crime report.")

hdr = ["Victim gender"] + YEARS + ["Total"]
body = [[lab] + [shown(v) for v in vals] + [shown(sum(vals))] for lab, vals in ROWS]
body.append(["Total"] + [shown(v) for v in COL_T] + [shown(sum(COL_T))])
t = doc.add_table(rows=1 + len(body), cols=len(hdr))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(hdr):
    c = t.cell(0, j)
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c)
    if j:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for i, row in enumerate(body, start=1):
    for j, v in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(v)
        if i == len(body) or j == len(row) - 1:
            r.bold = True
        if j:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para("Note: \u2018-\u2019 denotes a nil return.", italic=True, size=9)
para("Data source: Kent Police Athena crime recording system, extracted 28 April 2025. Figures are "
     "provisional; crime records can be reclassified or flags added or removed as an investigation "
     "progresses, so figures supplied at a later date may differ.", italic=True, size=9)

para("Response to question 2", bold=True)
para("Kent Police does not hold this information. Whether a victim is a looked after child is not a "
     "mandatory field on the crime recording system and it cannot be retrieved from the crime records "
     "by any search or report. This letter therefore serves as notice under Section 1(1)(a) of the Act "
     "that the information is not held. You may wish to direct this part of your request to Kent County "
     "Council and Medway Council, which have responsibility for looked after children in the county.")

para("Complaint rights", bold=True)
para("If you are not satisfied with this response you may request an internal review. Your request "
     "should be made in writing to the Freedom of Information Unit at the address above within 40 working "
     "days of the date of this letter. If you remain dissatisfied following the internal review you have "
     "the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
     "Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely")
para("Freedom of Information Officer\nKent Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
