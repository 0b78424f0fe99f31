"""Build reply.docx: Gloucestershire Constabulary FOI response letter (ref 1046/24).

Run with: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible: document properties and zip entry
timestamps are fixed.
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
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 8, 2, 14, 37, 0)

doc = Document()

# ---------------------------------------------------------------- page setup
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)

normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(11)
normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")


def add_field(paragraph, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) into a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


# header: protective marking
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hr = hp.add_run("OFFICIAL")
hr.bold = True
hr.font.size = Pt(10)

# footer: marking + page x of y
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("OFFICIAL").bold = True
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp2.add_run("FOI 1046/24 \u2013 Page ")
add_field(fp2, "PAGE")
fp2.add_run(" of ")
add_field(fp2, "NUMPAGES")
for p in (fp, fp2):
    for r in p.runs:
        r.font.size = Pt(8)

# ---------------------------------------------------------------- letterhead
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Gloucestershire Constabulary")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.paragraph_format.space_after = Pt(0)
for i, line in enumerate([
    "Freedom of Information Office",
    "Information Management Department",
    "Police Headquarters",
    "No. 1 Waterwells, Waterwells Drive",
    "Quedgeley, Gloucester GL2 2AN",
    "Telephone: 101",
]):
    if i:
        p.add_run().add_break()
    p.add_run(line).font.size = Pt(9)

doc.add_paragraph()

tbl = doc.add_table(rows=4, cols=2)
for row, (k, v) in zip(tbl.rows, [
    ("Our Ref:", "FOI 1046/24"),
    ("Your Ref:", "\u2013"),
    ("Date:", "2 August 2024"),
    ("Enquiries to:", "Freedom of Information Officer"),
]):
    row.cells[0].text = k
    row.cells[1].text = v
    row.cells[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
doc.add_paragraph("Dear Sir/Madam,")

p = doc.add_paragraph()
r = p.add_run("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION "
              "REFERENCE 1046/24")
r.bold = True
r.underline = True

doc.add_paragraph(
    "Thank you for your request for information, which Gloucestershire "
    "Constabulary received on 8 July 2024. Your request has now been "
    "considered and I am able to respond as follows.")

p = doc.add_paragraph()
p.add_run("You asked:").bold = True

doc.add_paragraph(
    "\u201cPlease can you tell me, for each of the calendar years 2021, 2022 "
    "and 2023, and for 2024 so far:")
for q in [
    "1. The number of offences recorded of taking, making or distributing "
    "indecent photographs of children (Home Office offence code 86/2).",
    "2. How many of these offences had a suspect aged under 18?",
    "3. The outcomes of these offences (e.g. charged, cautioned, community "
    "resolution).",
    "4. How many of the under 18 suspects were pupils at a school in "
    "Gloucestershire at the time of the offence?\u201d",
]:
    qp = doc.add_paragraph(q)
    qp.paragraph_format.left_indent = Cm(1.0)

p = doc.add_paragraph()
p.add_run("Response:").bold = True

doc.add_paragraph(
    "Gloucestershire Constabulary holds some of the information you have "
    "requested. Questions 1 and 2 are answered together in Table 1 below. "
    "Figures for 2024 cover the period 01/01/2024 to 30/06/2024, the last "
    "complete month before your request was received.")


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def data_table(header, rows, bold_last=False, first_col_cm=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.size = Pt(10)
        shade(c, "D9E2F3")
    for ri, vals in enumerate(rows, start=1):
        for ci, v in enumerate(vals):
            cell = t.rows[ri].cells[ci]
            cell.text = v
            run = cell.paragraphs[0].runs[0]
            run.font.size = Pt(10)
            if ci:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if bold_last and ri == len(rows):
                run.bold = True
    if first_col_cm:
        for row in t.rows:
            row.cells[0].width = Cm(first_col_cm)
    return t


p = doc.add_paragraph()
p.add_run("Table 1 \u2013 Offences of taking, making or distributing indecent "
          "photographs of children (86/2)").bold = True
data_table(
    ["Calendar year", "Offences recorded",
     "Offences with a suspect aged under 18"],
    [
        ["2021", "164", "21"],
        ["2022", "187", "29"],
        ["2023", "203", "34"],
        ["2024 (01/01/2024 \u2013 30/06/2024)", "96", "17"],
        ["Total", "650", "101"],
    ],
    bold_last=True, first_col_cm=6.0,
)
doc.add_paragraph(
    "An offence is counted in the second column where at least one person "
    "recorded as a suspect was aged under 18 at the time of the offence. A "
    "single offence may have more than one suspect.")

p = doc.add_paragraph()
p.add_run("Question 3").bold = True
doc.add_paragraph(
    "Table 2 shows the outcomes that have been assigned to the offences in "
    "Table 1, by the year in which the offence was recorded.")

p = doc.add_paragraph()
p.add_run("Table 2 \u2013 Outcomes of 86/2 offences by year recorded").bold = True
data_table(
    ["Outcome", "2021", "2022", "2023", "2024 (to 30 June)"],
    [
        ["Charge / summons", "41", "38", "29", "6"],
        ["Caution \u2013 youth", "*", "5", "*", "0"],
        ["Caution \u2013 adult", "7", "9", "6", "*"],
        ["Community resolution", "8", "6", "5", "*"],
        ["Outcome 21 \u2013 further investigation not in the public "
         "interest (police decision)", "23", "31", "37", "12"],
        ["Under investigation \u2013 no outcome assigned", "3", "9", "34", "61"],
    ],
    first_col_cm=7.5,
)
for note in [
    "* Small numbers have been suppressed where they could lead to the "
    "identification of the individuals concerned. Please see the section "
    "40(2) explanation below.",
    "Only the main outcome types are shown. The "
    "remaining offences were finalised with other outcomes (for example "
    "evidential difficulties or the victim not supporting action), so the "
    "columns of Table 2 will not add up to the totals in Table 1.",
    "Outcome 21 is used where a suspect has been identified but further "
    "investigation is not considered to be in the public interest. It is "
    "commonly applied to images shared between young people of a similar "
    "age (\u2018youth produced sexual imagery\u2019).",
]:
    np_ = doc.add_paragraph(note)
    np_.runs[0].font.size = Pt(9)
    np_.runs[0].italic = True

p = doc.add_paragraph()
p.add_run("Question 4").bold = True
doc.add_paragraph(
    "Gloucestershire Constabulary does not hold this information. Whether a "
    "suspect attends school, or which school, is not a mandatory field on "
    "our crime recording system and is not captured in a form that can be "
    "retrieved. This is therefore a notice under section 1(1)(a) of the Act "
    "that the information is not held.")

p = doc.add_paragraph()
p.add_run("Section 40(2) \u2013 Personal information").bold = True
doc.add_paragraph(
    "Section 40(2) is an absolute exemption where disclosure would breach "
    "one of the data protection principles. A disclosure under the Act is a "
    "disclosure to the world. When the number of offences in a category is "
    "very small, combining it with other information already in the public "
    "domain, such as local press reports or court listings, could allow a "
    "child or young person to be identified. This would not be fair or "
    "lawful processing of their personal data, and these figures have "
    "therefore been withheld. As section 40(2) is absolute, no public "
    "interest test is required.")

doc.add_paragraph(
    "Please note that the figures provided are taken from a live crime "
    "recording system and reflect the position on 24/07/2024. They may "
    "differ from figures published elsewhere or released in response to "
    "other requests.")

p = doc.add_paragraph()
p.add_run("Your right to complain").bold = True
doc.add_paragraph(
    "If you are dissatisfied with this response you may request an internal "
    "review by writing to the Freedom of Information Office at the address "
    "above within 40 working days of the date of this letter. If you remain "
    "dissatisfied following the internal review, you may apply to the "
    "Information Commissioner, Wycliffe House, Water Lane, Wilmslow, "
    "Cheshire, SK9 5AF (telephone 0303 123 1113).")

doc.add_paragraph("Yours faithfully,")
doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Freedom of Information Officer").bold = True
p.add_run().add_break()
p.add_run("Gloucestershire Constabulary")

# ---------------------------------------------------------------- properties
cp = doc.core_properties
cp.author = "FOI Office"
cp.last_modified_by = "FOI Office"
cp.title = "FOI 1046/24 Response"
cp.subject = ""
cp.keywords = ""
cp.comments = ""
cp.category = ""
cp.revision = 3
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED

buf = io.BytesIO()
doc.save(buf)

# rewrite the zip with fixed timestamps so the build is reproducible
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 8, 2, 14, 37, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
