"""Build reply.docx: West Yorkshire Police FOI response letter (ref 3318/25), python-docx.

Medium letter: indecent images of children (code written 086/02). Questions (a)-(c) quoted
first, then the answers under (a)-(c). (a) three figures in sentences, one with a thousands
comma, the third a part year 'between 1 April and 30 September 2025'. (b) a Word table of
suspects by age band, years ACROSS written '2023-24', '2024-25' and a part-year column, with a
Total row; '1-4' cells with the rule stated under the table ('totals include them').
(c) neither confirm nor deny under s.23(5) and s.24(2).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent

COLS = ("Suspect age", "2023-24", "2024-25", "2025-26\n(1 April to 30 September 2025)")
ROWS = [
    ("10-17", (142, 131, 58)),
    ("18-24", (97, 104, 49)),
    ("25-34", (118, 109, 52)),
    ("35-49", (126, 133, 61)),
    ("50 and over", (88, 79, 37)),
    ("Not recorded", ("1-4", 6, "1-4")),
]
HIDDEN = {(5, 0): 3, (5, 2): 2}  # true values behind the '1-4' cells; the totals include them
TOTALS = []
for i in range(3):
    s = 0
    for r, (_, vals) in enumerate(ROWS):
        s += HIDDEN[(r, i)] if vals[i] == "1-4" else vals[i]
    TOTALS.append(s)
assert TOTALS == [574, 562, 259], TOTALS

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = ("West Yorkshire Police  •  Freedom of Information Team  •  PO Box 9, Laburnum Road, "
           "Wakefield WF1 3QP  •  www.westyorkshire.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

p = doc.add_paragraph()
run = p.add_run("WEST YORKSHIRE POLICE")
run.bold = True
run.font.size = Pt(18)
run.font.color.rgb = RGBColor(0x00, 0x2D, 0x62)
doc.add_paragraph("Freedom of Information Team").runs[0].italic = True

blk = doc.add_paragraph("Our Ref: 3318/25\nDate: 28 October 2025\nEmail: foi@westyorkshire.police.uk")
blk.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("Dear Sir or Madam")
doc.add_paragraph(
    "I write in response to your request for information, received by West Yorkshire Police on "
    "1 October 2025. Your request has been considered under the Freedom of Information Act 2000 "
    "and I can now respond as follows.")

h = doc.add_paragraph()
h.add_run("Your request").bold = True
for q in [
    "(a) How many offences of taking, making or distributing indecent photographs of children "
    "(Home Office code 86/2) did your force record in each of the financial years 2023/24 and "
    "2024/25, and in the current financial year to date?",
    "(b) For the same periods, please give the ages of the suspects, in age bands.",
    "(c) How many of these investigations began with intelligence supplied by GCHQ or any of the "
    "other security bodies?",
]:
    para = doc.add_paragraph(q)
    para.paragraph_format.left_indent = Pt(24)
    para.runs[0].italic = True

h = doc.add_paragraph()
h.add_run("Our response").bold = True

doc.add_paragraph().add_run("(a)").bold = True
doc.add_paragraph(
    "West Yorkshire Police recorded 1,046 offences under Home Office code 086/02 in 2023-24 and "
    "988 in 2024-25. In the current financial year, between 1 April and 30 September 2025, a "
    "further 471 offences were recorded.")

doc.add_paragraph().add_run("(b)").bold = True
doc.add_paragraph(
    "The table below shows the age, at the time of the offence, of the suspects linked to the "
    "offences in part (a). Please note that these are suspects rather than offences: one suspect "
    "may be linked to several offences, and some offences have no identified suspect, so the "
    "figures will not match those given in part (a).")

tbl = doc.add_table(rows=1, cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, head in enumerate(COLS):
    cell = tbl.rows[0].cells[j]
    cell.text = head
    for par in cell.paragraphs:
        for r in par.runs:
            r.bold = True
for label, vals in ROWS:
    cells = tbl.add_row().cells
    cells[0].text = label
    for j, v in enumerate(vals, start=1):
        cells[j].text = str(v)
        cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
cells = tbl.add_row().cells
cells[0].text = "Total"
for j, v in enumerate(TOTALS, start=1):
    cells[j].text = str(v)
    cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
for c in cells:
    for r in c.paragraphs[0].runs:
        r.bold = True

note = doc.add_paragraph(
    "To reduce the risk of identifying individuals, any figure between one and four is shown as "
    "'1-4'. The totals include these figures.")
note.runs[0].font.size = Pt(9)

doc.add_paragraph().add_run("(c)").bold = True
doc.add_paragraph(
    "West Yorkshire Police can neither confirm nor deny that it holds any information relevant to "
    "this part of your request, by virtue of the following exemptions:")
for ex in ["Section 23(5) – Information supplied by, or concerning, certain security bodies",
           "Section 24(2) – National security"]:
    doc.add_paragraph(ex, style="List Bullet")
doc.add_paragraph(
    "Section 23 is an absolute exemption and no public interest test is required. Section 24 is "
    "a qualified exemption. Confirming or denying whether any investigation began with "
    "intelligence from a security body would, over a series of requests, reveal the extent of "
    "that involvement across the country. Having weighed the public interest, we consider that "
    "it favours neither confirming nor denying that the information is held. This should not be "
    "taken as an indication that the information you requested is, or is not, held.")

h = doc.add_paragraph()
h.add_run("Your right to complain").bold = True
doc.add_paragraph(
    "If you are dissatisfied with this response you may ask for an internal review by writing to "
    "the Freedom of Information Team within 40 working days. If you remain dissatisfied you may "
    "then complain to the Information Commissioner's Office.")

doc.add_paragraph("Yours faithfully")
doc.add_paragraph("Freedom of Information Officer\nWest Yorkshire Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx", TOTALS)
