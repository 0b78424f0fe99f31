"""Builds reply.docx (West Yorkshire Police FOI reply) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 6, 10, 9, 30, 0)


def add_field(paragraph, instr, cached):
    """Add a simple field (PAGE / NUMPAGES) with a cached result."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_cell(cell, text, align=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if align is not None:
        p.alignment = align
    if fill:
        shade(cell, fill)


def plain_cell(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.add_run(text)
    p.alignment = align


doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.different_first_page_header_footer = True

# --- first-page header: letterhead -------------------------------------
fh = sec.first_page_header
p = fh.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("OFFICIAL")
r.bold = True
p = fh.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("WEST YORKSHIRE POLICE")
r.bold = True
r.font.size = Pt(14)
for line in ("Information Management – Freedom of Information",
             "PO Box 9, Laburnum Road",
             "Wakefield",
             "WF1 3QP"):
    q = fh.add_paragraph(line)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT

# --- continuation header ------------------------------------------------
h = sec.header
p = h.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("OFFICIAL")
r.bold = True

# --- footers --------------------------------------------------------------
for ft in (sec.first_page_footer, sec.footer):
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Freedom of Information Request Reference No: 2983/24    Page ")
    add_field(p, "PAGE", "1")
    p.add_run(" of ")
    add_field(p, "NUMPAGES", "3")
    q = ft.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = q.add_run("OFFICIAL")
    rr.bold = True

# --- body -----------------------------------------------------------------
doc.add_paragraph("Our Ref: 2983/24")
doc.add_paragraph("Date: 10 June 2024")
doc.add_paragraph("By e-mail only")
doc.add_paragraph("Dear Applicant,")

p = doc.add_paragraph()
r = p.add_run("Freedom of Information Request Reference No: 2983/24")
r.bold = True

doc.add_paragraph(
    "I write in connection with your request for information which was received by "
    "West Yorkshire Police on 13/05/2024. I note you seek access to the following "
    "information:")

quoted = [
    "“For each of the financial years 2021/22, 2022/23 and 2023/24 please provide:",
    "1. The number of offences of sexual communication with a child (Home Office "
    "code 71/17) recorded by West Yorkshire Police, broken down by the gender of the victim.",
    "2. Of the offences in question 1, how many had the online (cyber) flag applied.",
    "3. For the offences in question 1, which social media platforms, apps or websites "
    "were used by the offender to communicate with the child.",
    "4. For the offences recorded in 2023/24 only, the outcome assigned to each offence "
    "(e.g. charged, cautioned, no further action).”",
]
for line in quoted:
    q = doc.add_paragraph(line)
    q.paragraph_format.left_indent = Cm(1.0)
    for run in q.runs:
        run.italic = True

doc.add_paragraph(
    "Following receipt of your request, searches were conducted within West Yorkshire "
    "Police. I can confirm that the information you have requested is held, in part, by "
    "West Yorkshire Police.")
doc.add_paragraph(
    "I have decided to disclose the located information to you in respect of questions 1, "
    "2 and 4. For question 3 I have determined that the cost of locating and retrieving the "
    "information would exceed the appropriate limit, and this letter therefore serves as a "
    "partial Refusal Notice under Section 17 of the Freedom of Information Act 2000 (FOIA).")

p = doc.add_paragraph()
p.add_run("Question 1").bold = True

doc.add_paragraph(
    "The table below shows offences of sexual communication with a child recorded "
    "between 01/04/2021 and 31/03/2024, by financial year and gender of the victim.")

t = doc.add_table(rows=4, cols=10)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
years = ["2021/22", "2022/23", "2023/24"]
# row 0: year headers merged over three gender columns
c0 = t.cell(0, 0).merge(t.cell(1, 0))
bold_cell(c0, "Offence", fill="D9D9D9")
for i, y in enumerate(years):
    a = t.cell(0, 1 + 3 * i)
    b = t.cell(0, 3 + 3 * i)
    m = a.merge(b)
    bold_cell(m, y, WD_ALIGN_PARAGRAPH.CENTER, fill="D9D9D9")
    for j, g in enumerate(["Female", "Male", "Unknown"]):
        bold_cell(t.cell(1, 1 + 3 * i + j), g, WD_ALIGN_PARAGRAPH.CENTER, fill="F2F2F2")
plain_cell(t.cell(2, 0), "71/17 Sexual Communication with a Child", WD_ALIGN_PARAGRAPH.LEFT)
vals = ["402", "96", "11", "388", "104", "7", "415", "121", "9"]
for k, v in enumerate(vals):
    plain_cell(t.cell(2, 1 + k), v)
bold_cell(t.cell(3, 0), "Total")
for i, tot in enumerate(["509", "499", "545"]):
    m = t.cell(3, 1 + 3 * i).merge(t.cell(3, 3 + 3 * i))
    bold_cell(m, tot, WD_ALIGN_PARAGRAPH.CENTER)

doc.add_paragraph("")
doc.add_paragraph(
    "Across the three financial years a total of 1,553 offences were recorded. "
    "‘Unknown’ is used where the gender of the victim was not recorded or the victim "
    "has not been identified.")

p = doc.add_paragraph()
p.add_run("Question 2").bold = True
doc.add_paragraph(
    "Of the offences shown in the table above, the number with the online (cyber) flag "
    "applied was 471, 462 and 503 for 2021/22, 2022/23 and 2023/24 respectively.")
doc.add_paragraph(
    "Please note that the flag is applied by the recording officer or the crime "
    "recording team and relies on the information available at the time; it may not "
    "have been applied to every offence which involved the internet.")

p = doc.add_paragraph()
p.add_run("Question 3").bold = True
doc.add_paragraph(
    "West Yorkshire Police does not record the platform, application or website used "
    "by an offender in a field which can be searched or reported on. To answer this "
    "question each of the 1,553 crime records identified at question 1 would have to be "
    "opened and the report, statements and investigation log read to find whether a "
    "platform is mentioned.")
doc.add_paragraph(
    "A sample exercise showed that this takes on average 5 minutes a record. "
    "1,553 records x 5 minutes = 7,765 minutes, or approximately 129 hours. This is well "
    "above the appropriate limit of 18 hours (£450) set by the Freedom of Information and "
    "Data Protection (Appropriate Limit and Fees) Regulations 2004.")
doc.add_paragraph(
    "Section 12(1) of the Act therefore applies and West Yorkshire Police is not obliged "
    "to comply with this part of your request. In line with our duty under Section 16 to "
    "provide advice and assistance, you may wish to consider narrowing this part of your "
    "request, for example to a single month; please be aware that a refined request may "
    "still engage other exemptions.")

p = doc.add_paragraph()
p.add_run("Question 4").bold = True
doc.add_paragraph(
    "The outcomes currently assigned to the 71/17 offences recorded in 2023/24 are shown "
    "below using the Home Office outcome framework.")

outcomes = [
    ("Outcome 1 – Charged/Summonsed", "41"),
    ("Outcome 2 – Caution – youths", "3"),
    ("Outcome 3 – Caution – adults", "2"),
    ("Outcome 8 – Community Resolution", "5"),
    ("Outcome 14 – Evidential difficulties: suspect not identified; victim does not support further action", "15"),
    ("Outcome 15 – Evidential difficulties: suspect identified; victim supports action", "126"),
    ("Outcome 16 – Evidential difficulties: suspect identified; victim does not support action", "88"),
    ("Outcome 18 – Investigation complete – no suspect identified", "52"),
    ("Outcome 20 – Action undertaken by another body/agency", "13"),
    ("Outcome 21 – Further investigation not in the public interest – police decision", "9"),
    ("Outcome 22 – Diversionary, educational or intervention activity", "16"),
    ("Under investigation – outcome not yet assigned", "175"),
]
t2 = doc.add_table(rows=1 + len(outcomes) + 1, cols=2)
t2.style = "Table Grid"
bold_cell(t2.cell(0, 0), "Outcome", fill="D9D9D9")
bold_cell(t2.cell(0, 1), "Number of offences", WD_ALIGN_PARAGRAPH.CENTER, fill="D9D9D9")
for i, (lab, v) in enumerate(outcomes, start=1):
    plain_cell(t2.cell(i, 0), lab, WD_ALIGN_PARAGRAPH.LEFT)
    plain_cell(t2.cell(i, 1), v)
bold_cell(t2.cell(len(outcomes) + 1, 0), "Total")
bold_cell(t2.cell(len(outcomes) + 1, 1), "545", WD_ALIGN_PARAGRAPH.CENTER)
for row in t2.rows:
    row.cells[0].width = Cm(12.5)
    row.cells[1].width = Cm(4.0)

doc.add_paragraph("")
doc.add_paragraph(
    "Please note: the data was extracted from the force’s crime recording system on "
    "20/05/2024. Outcomes can change as investigations progress, so these figures are a "
    "snapshot and may differ from figures produced at a later date.")

p = doc.add_paragraph()
p.add_run("Section 12(1) – Exemption where cost of compliance exceeds appropriate limit").bold = True
doc.add_paragraph(
    "(1) Section 1(1) does not oblige a public authority to comply with a request for "
    "information if the authority estimates that the cost of complying with the request "
    "would exceed the appropriate limit.")

p = doc.add_paragraph()
p.add_run("Complaint Rights").bold = True
doc.add_paragraph(
    "Your attention is drawn to the attached sheet which details your right of complaint. "
    "If you are dissatisfied with this response you may ask for an internal review by "
    "writing to the Information Management department at the address above within 40 "
    "working days of this letter.")
doc.add_paragraph(
    "If you remain dissatisfied after the internal review you may apply to the Information "
    "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")

doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("")
doc.add_paragraph("R. Haigh")
doc.add_paragraph("Disclosure Officer")
doc.add_paragraph("Information Management")

cp = doc.core_properties
cp.author = "Information Management"
cp.last_modified_by = "Information Management"
cp.title = "FOI 2983/24 Response"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 1

buf = io.BytesIO()
doc.save(buf)
buf.seek(0)

# re-zip with fixed timestamps so the file is byte-for-byte reproducible
src = zipfile.ZipFile(buf)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 10, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
