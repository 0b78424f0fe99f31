"""Build reply.docx: City of London Police FOI response letter (python-docx), ref CoLP FOI 2024/00417.

Sexual offences recorded where the victim was under 18, calendar years 2021, 2022 and 2023, by
Home Office offence classification (code stated in brackets in each row label).
One real Word table: offences DOWN, years ACROSS, a Total column (row totals over the span) and a
Total row (year totals). '-' is keyed under the table as nil.
Online flag: answered in one sentence with the numbers written in words.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "CoLP FOI 2024/00417"
YEARS = ["2021", "2022", "2023"]
ROWS = [
    ("Rape of a female child under 16 (19D)", (0, 1, 0)),
    ("Sexual assault on a female aged 13 and over (20A)", (4, 6, 7)),
    ("Sexual activity involving a child under 16 (22B)", (2, 0, 3)),
    ("Sexual communication with a child (71/17)", (1, 4, 2)),
    ("Exposure and voyeurism (88E)", (3, 5, 4)),
]
YEAR_TOT = [sum(r[1][i] for r in ROWS) for i in range(3)]
assert YEAR_TOT == [10, 16, 16], YEAR_TOT
ROW_TOT = [sum(r[1]) for r in ROWS]
assert ROW_TOT == [1, 17, 5, 7, 12] and sum(YEAR_TOT) == sum(ROW_TOT) == 42
ONLINE_WORDS = ("three", "six", "five")  # 3, 6, 5


def show(v):
    return "-" if v == 0 else str(v)


doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

fp = sec.footer.paragraphs[0]
fp.text = ("City of London Police  |  Information Access Office  |  Guildhall Yard East, "
           "London EC2V 5AE  |  foi@cityoflondon.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(7.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def para(text="", bold=False, italic=False, size=None, align=None, colour=None, space_after=None):
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
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


para("CITY OF LONDON POLICE", bold=True, size=16, colour=(0xB0, 0x12, 0x1B),
     align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
para("Information Access Office", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)

para(f"Reference: {REF}", space_after=0)
para("Date: 12 March 2024", space_after=12)

para("Dear Requester,")
para("Freedom of Information Act 2000 – Request for information", bold=True)
para("Thank you for your request, which we received on 14 February 2024. You asked:")
q = para("“Please tell me how many sexual offences against children (victims aged under 18) were "
         "recorded by City of London Police in each of the calendar years 2021, 2022 and 2023, broken "
         "down by the type of offence. Please also tell me how many of these offences were flagged "
         "as online offences.”", italic=True)
q.paragraph_format.left_indent = Cm(1)

para("City of London Police holds information relevant to your request, and I am pleased to "
     "provide it below.")

para("Offence type", bold=True, space_after=2)
para("The table shows sexual offences recorded by City of London Police where the victim was aged "
     "under 18 at the time of the offence, by Home Office offence classification, for the calendar "
     "years 2021 to 2023.")

table = doc.add_table(rows=1 + len(ROWS) + 1, cols=5)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
head = ["Offence (Home Office code)"] + YEARS + ["Total"]
for i, h in enumerate(head):
    c = table.rows[0].cells[i]
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "1F3864")
    if i:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for ri, (label, vals) in enumerate(ROWS, start=1):
    cells = table.rows[ri].cells
    cells[0].text = label
    for j, v in enumerate(vals, start=1):
        cells[j].text = show(v)
        cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cells[4].text = show(sum(vals))
    cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(cells[4], "EDEDED")
last = table.rows[-1].cells
for j, v in enumerate(["Total"] + [str(x) for x in YEAR_TOT] + [str(sum(YEAR_TOT))]):
    last[j].text = ""
    run = last[j].paragraphs[0].add_run(v)
    run.bold = True
    shade(last[j], "EDEDED")
    if j:
        last[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(7.6), Cm(2.1), Cm(2.1), Cm(2.1), Cm(2.1)]
for row in table.rows:
    for w, c in zip(widths, row.cells):
        c.width = w

para("- denotes a nil return (no offences recorded).", italic=True, size=8.5, space_after=2)
para("Data extracted from the force crime recording system on 4 March 2024. Figures relate to the "
     "date the offence was recorded, not the date it took place, and may change as investigations "
     "progress.", italic=True, size=8.5)

para("Online flag", bold=True, space_after=2)
para(f"Of the offences shown in the table, {ONLINE_WORDS[0]} in 2021, {ONLINE_WORDS[1]} in 2022 and "
     f"{ONLINE_WORDS[2]} in 2023 carried the online (cyber-enabled) flag. The flag is applied where "
     "the offence was committed, wholly or in part, through a computer, computer network or other "
     "computer-enabled device.")

para("Complaint rights", bold=True, space_after=2)
para("If you are unhappy with the way your request has been handled you may ask for an internal "
     "review within 40 working days of the date of this letter, by writing to the Information Access "
     "Office at the address below or by e-mail to foi@cityoflondon.police.uk. If you remain "
     "dissatisfied after the review you may complain to the Information Commissioner's Office, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")

para("Yours sincerely,", space_after=18)
para("Information Access Officer", bold=True, space_after=0)
para("City of London Police")

doc.core_properties.title = f"FOI response {REF}"
doc.core_properties.author = "Information Access Office"
doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
