"""Build reply.docx for the Surrey Police FOI reply (invented test material).

Run with: /work/main/.venv/bin/python make_reply.py
The output is deterministic: fixed core-property dates and fixed zip entry timestamps.
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
FIXED = datetime.datetime(2024, 8, 9, 10, 12, 0)


def add_field(run, instr):
    """Insert a simple Word field (PAGE / NUMPAGES) into a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def para(doc, text="", bold=False, italic=False, size=11, space_after=6, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)

# ---- letterhead in the page header -------------------------------------------------
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)
hp2 = hdr.add_paragraph()
r = hp2.add_run("SURREY POLICE")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
hp3 = hdr.add_paragraph()
r = hp3.add_run("Information Access Team  |  PO Box 101  |  Guildford  |  Surrey  |  GU1 9PE")
r.font.size = Pt(8)
hp4 = hdr.add_paragraph()
r = hp4.add_run("Telephone 101  |  www.surrey.police.uk")
r.font.size = Pt(8)

# ---- footer: marking and page x of y ------------------------------------------------
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("OFFICIAL")
r.bold = True
r.font.size = Pt(9)
fp2 = ftr.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp2.add_run("Page ")
r.font.size = Pt(8)
r = fp2.add_run()
r.font.size = Pt(8)
add_field(r, "PAGE")
r = fp2.add_run(" of ")
r.font.size = Pt(8)
r = fp2.add_run()
r.font.size = Pt(8)
add_field(r, "NUMPAGES")

# ---- letter body --------------------------------------------------------------------
para(doc, "Our reference:\t24/FOI/2318", size=10, space_after=0)
para(doc, "Date:\t\t9 August 2024", size=10, space_after=12)
para(doc, "Sent by e-mail only", italic=True, size=10, space_after=12)
para(doc, "Dear Requester")
para(doc, "FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST 24/FOI/2318", bold=True)
para(doc, "Thank you for your request for information, which Surrey Police received on "
          "15 July 2024. We have now completed our searches and I am able to respond as "
          "set out below.")

para(doc, "You asked:", bold=True)
para(doc, "\u201cPlease provide the following information for the calendar years 2021, 2022 "
          "and 2023 and for 2024 up to the latest date you are able to:", italic=True)
for q in (
    "1. The number of offences of sexual communication with a child (Home Office offence "
    "code 71/17) recorded by Surrey Police.",
    "2. Of these, the number that were flagged as online or cyber-enabled.",
    "3. The social media apps or platforms used to contact the child, with the number of "
    "offences for each.",
    "4. How many of these offences have resulted in a charge.\u201d",
):
    p = para(doc, q, italic=True, space_after=2)
    p.paragraph_format.left_indent = Cm(1.0)
para(doc, "", space_after=4)

para(doc, "Our response", bold=True, size=12)
para(doc, "Surrey Police holds information relevant to your request. Questions 1 and 2 are "
          "answered together in Table 1. Figures for 2024 cover 1 January to 30 June 2024, the "
          "last complete quarter available when your request was processed; they are "
          "provisional and may change as investigations progress.")

para(doc, "Questions 1 and 2", bold=True)
para(doc, "Table 1: Sexual communication with a child (HO code 71/17), offences recorded",
     bold=True, size=10, space_after=2)

t1 = doc.add_table(rows=4, cols=5)
t1.style = "Table Grid"
t1.alignment = WD_TABLE_ALIGNMENT.CENTER
top = t1.rows[0].cells
corner = top[0]
merged = top[1].merge(top[4])
cell_text(corner, "", bold=True)
cell_text(merged, "Calendar year", bold=True, align="c")
shade(corner, "D9E2F3")
shade(merged, "D9E2F3")
heads = ["", "2021", "2022", "2023", "2024\n(1 Jan \u2013 30 Jun)"]
for i, h in enumerate(heads):
    cell_text(t1.rows[1].cells[i], h, bold=True, align="c")
    shade(t1.rows[1].cells[i], "D9E2F3")
rows1 = [
    ("Offences recorded", ["182", "167", "203", "96"]),
    ("of which flagged as online", ["151", "139", "178", "85"]),
]
for ri, (label, vals) in enumerate(rows1, start=2):
    cell_text(t1.rows[ri].cells[0], label, bold=(ri == 2))
    for ci, v in enumerate(vals, start=1):
        cell_text(t1.rows[ri].cells[ci], v, align="c")
para(doc, "", space_after=4)
para(doc, "The online flag is applied by the crime recorder where the offence was committed "
          "wholly or partly through the internet or other electronic communication.", size=10)

para(doc, "Question 3", bold=True)
para(doc, "In January 2023 Surrey Police added a mandatory \u2018method of contact\u2019 field to "
          "the crime record for offences of this type on its recording system (Niche). Before "
          "that date the app or platform used was not recorded, and this information is "
          "therefore not held for 2021 or 2022.")
para(doc, "For 2023 and 2024 the information is shown in Table 2.")
para(doc, "Table 2: Method of contact recorded for 71/17 offences", bold=True, size=10, space_after=2)

plat = [
    ("Snapchat", "88", "44"),
    ("Instagram", "31", "15"),
    ("WhatsApp", "22", "11"),
    ("Facebook / Messenger", "9", "<5"),
    ("TikTok", "7", "6"),
    ("Other", "14", "5"),
    ("Not recorded", "32", "12"),
    ("Total", "203", "96"),
]
t2 = doc.add_table(rows=1 + len(plat), cols=3)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["Platform / app", "2023", "2024 (to 30 June)"]):
    cell_text(t2.rows[0].cells[i], h, bold=True, align=None if i == 0 else "c")
    shade(t2.rows[0].cells[i], "D9E2F3")
for ri, (label, a, b) in enumerate(plat, start=1):
    last = label == "Total"
    cell_text(t2.rows[ri].cells[0], label, bold=last)
    cell_text(t2.rows[ri].cells[1], a, bold=last, align="c")
    cell_text(t2.rows[ri].cells[2], b, bold=last, align="c")
para(doc, "", space_after=4)
for note in (
    "Where more than one app or platform was used, only the first one recorded has been "
    "counted, so that each offence appears once in the table.",
    "\u2018Other\u2019 includes online gaming platforms, text messages (SMS) and apps that "
    "were each recorded too rarely to be shown separately.",
    "To reduce the risk of identifying individuals, numbers fewer than five are shown as <5.",
):
    p = para(doc, note, size=9, space_after=2)
    p.paragraph_format.left_indent = Cm(0.5)
para(doc, "", space_after=4)

para(doc, "Question 4", bold=True)
para(doc, "Of the offences recorded in 2021, 2022 and 2023, 11, 9 and 14 respectively have "
          "resulted in a suspect being charged or summonsed. Of the 96 offences recorded "
          "between 1 January and 30 June 2024, three have so far resulted in a charge and 41 "
          "remain under investigation.")
para(doc, "Please note that an offence is counted against the year in which it was recorded, "
          "not the year in which the charge was made.")

para(doc, "Figures are taken from a live crime recording system and reflect the position on "
          "the date they were extracted. They may differ from figures published elsewhere.",
     size=10)

para(doc, "Your right to complain", bold=True)
para(doc, "If you are unhappy with the way your request has been handled, you may ask for an "
          "internal review by writing to the Information Access Team at the address above "
          "within 40 working days of the date of this letter. If you remain dissatisfied after "
          "the review, you may complain to the Information Commissioner\u2019s Office, Wycliffe "
          "House, Water Lane, Wilmslow, Cheshire SK9 5AF.", size=10)

para(doc, "Yours sincerely", space_after=18)
para(doc, "R. Pemberton", space_after=0)
para(doc, "Information Access Officer", space_after=0)
para(doc, "Surrey Police", space_after=0)

cp = doc.core_properties
cp.author = "Information Access Team"
cp.last_modified_by = "Information Access Team"
cp.title = "FOI 24/FOI/2318 response"
cp.created = FIXED
cp.modified = FIXED
cp.revision = 1

buf = io.BytesIO()
doc.save(buf)

# Re-pack with fixed timestamps and a fixed entry order so the bytes never change.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for name in src.namelist():
        info = zipfile.ZipInfo(name, date_time=(2024, 8, 9, 10, 12, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        dst.writestr(info, src.read(name))
print("wrote", OUT)
