"""Build reply.docx (Derbyshire Constabulary FOI letter, invented) deterministically.

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
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2025, 5, 14, 9, 12, 0)
ZIP_TIME = (2025, 5, 14, 9, 12, 0)


def add_field(paragraph, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    run._r.append(fld_begin)
    run2 = paragraph.add_run()
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = " %s " % instr
    run2._r.append(instr_el)
    run3 = paragraph.add_run()
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    run3._r.append(fld_sep)
    run4 = paragraph.add_run("1")
    run5 = paragraph.add_run()
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    run5._r.append(fld_end)


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def para(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def table(doc, header, rows, widths, bold_last=False):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(10)
        shade(c, "D9E2F3")
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(10)
            if bold_last and ri == len(rows) - 1:
                r.bold = True
            if i > 0:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

# ---- header: protective marking + letterhead
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hr = hp.add_run("OFFICIAL")
hr.bold = True
hr.font.size = Pt(9)
hp2 = hdr.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp2.add_run("Derbyshire Constabulary")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x0B, 0x2A, 0x5B)
hp3 = hdr.add_paragraph()
hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp3.add_run("Information Rights Unit\nPolice Headquarters, Butterley Hall\nRipley, Derbyshire DE5 3RS")
r.font.size = Pt(8)

# ---- footer: marking + page x of y
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")
fr = fp.add_run(" of ")
fr.font.size = Pt(8)
add_field(fp, "NUMPAGES")
fp2 = ftr.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp2.add_run("OFFICIAL")
fr.bold = True
fr.font.size = Pt(8)

# ---- reference block laid out as a borderless two-column table
ref = doc.add_table(rows=4, cols=2)
ref_rows = [
    ("Our reference:", "FOI 25-0917"),
    ("Your reference:", "Not supplied"),
    ("Date:", "14 May 2025"),
    ("Enquiries to:", "Information Rights Unit (101)"),
]
for i, (a, b) in enumerate(ref_rows):
    ref.rows[i].cells[0].text = a
    ref.rows[i].cells[1].text = b
    ref.rows[i].cells[0].width = Cm(4)
    ref.rows[i].cells[1].width = Cm(8)

para(doc, "")
para(doc, "Sent by email only")
para(doc, "Dear Requester,")
para(doc, "Freedom of Information Act 2000 – Request FOI 25-0917", bold=True)
para(doc, "Thank you for your request for information, which Derbyshire Constabulary received "
          "on 16 April 2025. You asked:")

req = [
    "\u201cFor each of the financial years 2022/23, 2023/24 and 2024/25 please tell me:",
    "1. How many offences of taking, making or distributing indecent images of children "
    "(Home Office code 86/2) your force recorded.",
    "2. Of these, how many carried the online (cyber-enabled) flag.",
    "3. The ages of the suspects linked to those offences, broken down into age bands.",
    "4. The outcomes recorded for those offences.",
    "5. The apps, websites or online platforms used in the commission of each offence.\u201d",
]
for line in req:
    p = para(doc, line, italic=True, space_after=2)
    p.paragraph_format.left_indent = Cm(1)
para(doc, "")

para(doc, "Decision", bold=True, size=12)
para(doc, "I have completed my searches and can confirm that Derbyshire Constabulary holds "
          "information relevant to your request. The information we hold for questions 1 to 4 "
          "is provided below. We are unable to answer question 5 within the cost limit, and "
          "this letter acts as a refusal notice under section 17 of the Act for that part of "
          "your request. The reasons are set out further on.")

para(doc, "Questions 1 and 2", bold=True, size=12)
para(doc, "Table 1 – Crimes recorded under Home Office code 86/2, and those with the online flag applied")
table(
    doc,
    ["Financial year", "Crimes recorded (HO 86/2)", "Of which flagged online"],
    [
        ["2022/23", "412", "371"],
        ["2023/24", "447", "409"],
        ["2024/25", "398", "352"],
        ["Total", "1,257", "1,132"],
    ],
    [4.5, 5.0, 5.0],
    bold_last=True,
)
para(doc, "")

para(doc, "Question 3", bold=True, size=12)
para(doc, "Table 2 – Suspects linked to the crimes in Table 1, by age of the suspect at the time "
          "of the offence")
table(
    doc,
    ["Age of suspect", "2022/23", "2023/24", "2024/25"],
    [
        ["Under 18", "58", "66", "61"],
        ["18 - 24", "71", "80", "64"],
        ["25 - 39", "143", "151", "132"],
        ["40 and over", "119", "122", "108"],
        ["Age not recorded", "37", "29", "52"],
        ["Total suspects", "428", "448", "417"],
    ],
    [4.5, 3.3, 3.3, 3.3],
    bold_last=True,
)
para(doc, "Please note: a crime can have more than one linked suspect, and some crimes have no "
          "suspect recorded against them. The totals in Table 2 are counts of suspects and will "
          "therefore not match the crime totals in Table 1.", italic=True, size=9)

para(doc, "Question 4", bold=True, size=12)
para(doc, "The outcome of a crime can change while an investigation continues, and many of the "
          "crimes recorded in 2024/25 are still under investigation. Rather than give a separate "
          "table for each year, Table 3 shows the latest outcome recorded against every crime "
          "in Table 1, for the three years combined.")
para(doc, "Table 3 – Outcomes of crimes recorded under HO code 86/2, 2022/23 to 2024/25 combined")
table(
    doc,
    ["Home Office outcome", "Number of crimes"],
    [
        ["1 – Charged / summonsed", "301"],
        ["2 – Youth caution", "7"],
        ["3 – Adult caution", "24"],
        ["8 – Community resolution", "11"],
        ["15 – Named suspect, evidential difficulties prevent further action", "212"],
        ["18 – Investigation complete, no suspect identified", "196"],
        ["22 – Diversionary, educational or intervention activity", "19"],
        ["No outcome yet – investigation ongoing", "268"],
        ["All other outcomes", "219"],
        ["Total", "1,257"],
    ],
    [11.0, 4.0],
    bold_last=True,
)
para(doc, "Data for questions 1 to 4 was extracted from the force crime recording system on "
          "24/04/2025 and is correct at that date. Figures may differ slightly from those "
          "published elsewhere because crime records are updated after extraction.",
     italic=True, size=9)

para(doc, "Question 5", bold=True, size=12)
para(doc, "Section 12(1) of the Freedom of Information Act allows a public authority to refuse a "
          "request where the cost of complying would exceed the appropriate limit. For police "
          "forces the limit is set at \u00a3450, which is equivalent to 18 hours of work at the "
          "rate of \u00a325 per hour set by the Fees Regulations.")
para(doc, "Our crime recording system does not hold a searchable field for the app, website or "
          "platform used. Where that detail is known it is written in the free-text parts of the "
          "crime report and the linked investigation logs. To answer question 5, each crime "
          "shown in Table 1 would have to be opened and read. A sampling exercise found that "
          "this takes at least five minutes per crime, so the three years together would take "
          "in excess of 100 hours, well beyond the 18-hour limit. Even a single year would "
          "exceed the limit. Section 12(1) therefore applies to question 5 and we will not be "
          "taking that part of your request any further.")
para(doc, "Advice and assistance", bold=True, size=12)
para(doc, "Under section 16 we have considered whether the question could be narrowed. As the "
          "platform is not recorded in a structured way, we are not aware of any refinement "
          "that would bring it within the limit, other than a much shorter period (for example "
          "a single month).")

para(doc, "Complaint rights", bold=True, size=12)
para(doc, "If you are dissatisfied with the handling of your request you may ask for an internal "
          "review. Please write to the Information Rights Unit at the address above within 40 "
          "working days of the date of this letter. If you remain dissatisfied after the review "
          "you may complain to the Information Commissioner, Wycliffe House, Water Lane, "
          "Wilmslow, Cheshire SK9 5AF.")
para(doc, "Yours sincerely,")
para(doc, "")
para(doc, "D. Harland", space_after=0)
para(doc, "Information Rights Officer", space_after=0)
para(doc, "Derbyshire Constabulary")

cp = doc.core_properties
cp.author = "Information Rights Unit"
cp.last_modified_by = "Information Rights Unit"
cp.title = "FOI 25-0917 response"
cp.subject = ""
cp.keywords = ""
cp.comments = ""
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3

buf = io.BytesIO()
doc.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zout.writestr(info, zin.read(name))
print("wrote", OUT)
