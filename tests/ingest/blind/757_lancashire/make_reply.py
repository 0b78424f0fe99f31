"""Build reply.docx: Lancashire Constabulary FOI response letter (2023/FOI/1362).

The .docx is re-zipped with fixed timestamps so that a rebuild is byte-identical.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("reply.docx")
FIXED = datetime.datetime(2023, 6, 14, 9, 30, 0)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

# ---- letterhead in the page header ----
hdr = sec.header
p = hdr.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("LANCASHIRE CONSTABULARY")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
p2 = hdr.add_paragraph()
p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p2.add_run("Information Access Team\nPolice Headquarters, Saunders Lane, Hutton, Preston PR4 5SB")
r.font.size = Pt(8.5)

ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ftr.add_run("OFFICIAL - Lancashire Constabulary: Protecting and Serving Lancashire")
r.font.size = Pt(8)


def para(text="", bold=False, italic=False, align=None, size=None, after=6):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, center=True):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9.5)
    if center:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


para("Our ref: 2023/FOI/1362", after=0)
para("Date: 14 June 2023", after=12)
para("Dear Sir/Madam", after=10)
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", bold=True)
para("Thank you for your request for information, which we received on 16 May 2023. You asked:")
para(
    "\"I am researching child sexual exploitation (CSE) in the North West. For each financial "
    "year from 2018/19 to 2022/23 please provide:\n"
    "1. The number of crimes recorded by Lancashire Constabulary with a child sexual exploitation "
    "(CSE) flag.\n"
    "2. The number of victims of those crimes, broken down by gender and age (under 13 and 13-17).\n"
    "3. How many of the CSE-flagged crimes involved two or more offenders acting together "
    "(group-based exploitation).\"",
    italic=True,
)

para("Response", bold=True)
para(
    "Lancashire Constabulary can confirm that it holds some of the information you have requested. "
    "Please see our answers to each question below."
)
para(
    "Lancashire Constabulary replaced its crime recording system with Connect in March 2019. CSE "
    "markers on records created on the previous system were not migrated in a searchable form, so "
    "crimes recorded in the financial year April 2018 - March 2019 cannot be retrieved by the CSE "
    "flag. For that year the information is not held and is shown as N/H in the answers below. All "
    "figures from April 2019 onwards are taken from Connect."
)

# ---- Q1 ----
para("Question 1", bold=True, after=3)
years = [
    "April 2018 \u2013 March 2019",
    "April 2019 \u2013 March 2020",
    "April 2020 \u2013 March 2021",
    "April 2021 \u2013 March 2022",
    "April 2022 \u2013 March 2023",
]
q1 = ["N/H", "412", "389", "436", "401"]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
set_cell(t.rows[0].cells[0], "Financial year", bold=True)
set_cell(t.rows[0].cells[1], "Crimes recorded with a CSE flag", bold=True)
for c in t.rows[0].cells:
    shade(c, "D9E2F3")
for y, v in zip(years, q1):
    row = t.add_row().cells
    set_cell(row[0], y, center=False)
    set_cell(row[1], v)
row = t.add_row().cells
set_cell(row[0], "Total (April 2019 \u2013 March 2023)", bold=True, center=False)
set_cell(row[1], "1,638", bold=True)
para(after=4)

# ---- Q2: two-level header ----
para("Question 2", bold=True, after=3)
para(
    "The number of victims is higher than the number of crimes at question 1 because a crime may "
    "have more than one victim. Age is the victim's age at the time of the offence.",
    after=4,
)
t2 = doc.add_table(rows=2, cols=6)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
h0, h1 = t2.rows[0].cells, t2.rows[1].cells
a = h0[0].merge(h1[0])
set_cell(a, "Financial year", bold=True)
f = h0[1].merge(h0[2])
set_cell(f, "Female", bold=True)
m = h0[3].merge(h0[4])
set_cell(m, "Male", bold=True)
tv = h0[5].merge(h1[5])
set_cell(tv, "Total victims", bold=True)
for i, lab in zip([1, 2, 3, 4], ["Under 13", "13-17", "Under 13", "13-17"]):
    set_cell(h1[i], lab, bold=True)
for rw in t2.rows:
    for c in rw.cells:
        shade(c, "D9E2F3")
q2 = [
    ["N/H", "N/H", "N/H", "N/H", "N/H"],
    ["58", "301", "21", "47", "427"],
    ["49", "288", "17", "44", "398"],
    ["61", "319", "25", "52", "457"],
    ["55", "296", "19", "48", "418"],
]
for y, vals in zip(years, q2):
    row = t2.add_row().cells
    set_cell(row[0], y, center=False)
    for c, v in zip(row[1:], vals):
        set_cell(c, v)
para(after=4)

# ---- Q3 ----
para("Question 3", bold=True, after=3)
para(
    "CSE-flagged crimes where two or more offenders were recorded as acting together (group-based "
    "exploitation):",
    after=3,
)
q3 = ["N/H", "38", "29", "41", "33"]
for y, v in zip(years, q3):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(f"{y}: {v}")
    p.paragraph_format.space_after = Pt(0)
para(after=4)
para(
    "N/H - Not held. Please see the explanation above about the change of crime recording system.",
    size=9,
)
para(
    "Please note that the figures above are taken from a live system and were correct when they "
    "were extracted on 1 June 2023. They may differ from figures published elsewhere, and from "
    "figures supplied in answer to other requests, because records are updated as investigations "
    "progress.",
    size=9,
)

para("Your rights", bold=True)
para(
    "If you are not satisfied with this response you may ask for an internal review. Your request "
    "should be made in writing within 40 working days of the date of this letter to the Information "
    "Access Team at the address above, or by e-mail to information.access@lancashire.pnn.police.uk, "
    "quoting reference 2023/FOI/1362."
)
para(
    "If you remain unhappy after the review, you may complain to the Information Commissioner's "
    "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113, "
    "www.ico.org.uk). The Commissioner will not normally consider a complaint until our internal "
    "review procedure has been completed."
)
para("Yours faithfully", after=24)
para("J. Whitworth", after=0)
para("Information Access Officer", after=0)
para("Lancashire Constabulary", after=0)

cp = doc.core_properties
cp.author = "Information Access Team"
cp.last_modified_by = "Information Access Team"
cp.title = "FOI response 2023/FOI/1362"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 1

buf = io.BytesIO()
doc.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 6, 14, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, zin.read(info.filename))
print("wrote", OUT)
