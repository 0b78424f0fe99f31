"""Build reply.docx (invented Lancashire Constabulary FOI letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 7, 5, 11, 0, 0)
ZIP_TIME = (2024, 7, 5, 11, 0, 0)
REF = "2024/FOI/01187"


def page_field(paragraph):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.append(fld)


def set_cell(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if align is not None:
        p.alignment = align


def add_table(doc, header, rows, widths=None, bold_rows=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i - 1) in bold_rows,
                     align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    # first-page header: letterhead
    fh = sec.first_page_header
    p = fh.paragraphs[0]
    r = p.add_run("Lancashire Constabulary")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
    p2 = fh.add_paragraph()
    r = p2.add_run("Information Access Team  |  Police Headquarters  |  Hutton  |  Preston")
    r.font.size = Pt(9)
    p3 = fh.add_paragraph()
    r = p3.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # later-page header
    h = sec.header
    hp = h.paragraphs[0]
    r = hp.add_run(f"OFFICIAL        Lancashire Constabulary - FOI {REF}")
    r.font.size = Pt(9)
    # footers (both)
    for ft in (sec.first_page_footer, sec.footer):
        fp = ft.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("OFFICIAL  -  Page ")
        r.font.size = Pt(9)
        page_field(fp)

    doc.add_paragraph(f"Our reference: {REF}\nDate: 5 July 2024")
    doc.add_paragraph("Dear Requester")
    hd = doc.add_paragraph()
    r = hd.add_run("Freedom of Information Request - Child sexual exploitation flagged crimes")
    r.bold = True
    doc.add_paragraph(
        "Thank you for your request for information received on 10 June 2024, which has "
        "been dealt with under the Freedom of Information Act 2000. I can confirm that "
        "Lancashire Constabulary holds the information you asked for, and it is given "
        "below.")

    rq = doc.add_paragraph()
    rq.add_run("You asked:").bold = True
    for q in (
        "1. How many crimes were recorded with a child sexual exploitation (CSE) flag in "
        "each of the financial years 2021/22, 2022/23 and 2023/24?",
        "2. For the same years, how many victims of those crimes were female and how many "
        "were male?",
        "3. For the crimes recorded in 2023/24, what outcomes have been recorded?",
        "4. For the crimes recorded in 2023/24, how many of the suspects were aged under 18?",
    ):
        para = doc.add_paragraph(q)
        para.paragraph_format.left_indent = Pt(18)
        para.runs[0].italic = True

    doc.add_paragraph().add_run("Response").bold = True

    doc.add_paragraph().add_run("Question 1").bold = True
    doc.add_paragraph(
        "In 2021/22 there were 412 crimes recorded with a CSE flag. This fell to 389 in "
        "2022/23 and to 356 in 2023/24.")
    doc.add_paragraph(
        "Please note that the 2022/23 figure differs from the one given in our response "
        "to request 2023/FOI/00642, which was 401. Since that response a quality review "
        "of CSE flagging has removed the flag from crimes where it had been applied in "
        "error, and the correct figure is the one shown above.")

    doc.add_paragraph().add_run("Question 2").bold = True
    doc.add_paragraph(
        "The table below counts victims rather than crimes. A crime can have more than "
        "one victim, so the totals are higher than the figures in question 1.")
    add_table(doc, ["Financial year", "Female", "Male", "Unknown", "Total"], [
        ["2021/22", "338", "71", "9", "418"],
        ["2022/23", "317", "66", "11", "394"],
        ["2023/24", "291", "58", "12", "361"],
    ])
    doc.add_paragraph()

    doc.add_paragraph().add_run("Question 3").bold = True
    doc.add_paragraph(
        "The outcomes of the crimes recorded in 2023/24 are shown below, using the Home "
        "Office outcome framework. Outcomes are those held on the crime record when the "
        "data was extracted; crimes still under investigation have not yet been given an "
        "outcome.")
    add_table(doc, ["Outcome", "Description", "Crimes"], [
        ["1", "Charge/summons", "41"],
        ["3", "Caution - adult", "3"],
        ["8", "Community resolution", "6"],
        ["14", "Evidential difficulties: suspect not identified; victim does not support further action", "22"],
        ["15", "Evidential difficulties: named suspect identified; victim supports action", "78"],
        ["16", "Evidential difficulties: victim does not support further action", "96"],
        ["18", "Investigation complete - no suspect identified", "17"],
        ["20", "Action undertaken by another body or agency", "9"],
        ["21", "Further investigation not in the public interest", "4"],
        ["-", "Not yet finalised (under investigation)", "80"],
    ])
    doc.add_paragraph()

    doc.add_paragraph().add_run("Question 4").bold = True
    doc.add_paragraph(
        "Of the 356 crimes recorded in 2023/24, twenty-seven involved a suspect who was "
        "aged under 18 at the time of the offence and 241 involved a suspect aged 18 or "
        "over. In the remaining 88 the age of the suspect was not recorded. Where a crime "
        "has more than one suspect, the age of the first suspect linked to it has been "
        "used.")

    doc.add_paragraph(
        "The figures above were taken from the force crime recording system on "
        "28 June 2024. They are management information and may change as records are "
        "updated.")
    doc.add_paragraph().add_run("Complaint rights").bold = True
    doc.add_paragraph(
        "If you are unhappy with the way your request has been handled, you may ask for "
        "an internal review within 40 working days of the date of this letter by writing "
        "to the Information Access Team, quoting the reference above. If you remain "
        "dissatisfied after the review, you may complain to the Information "
        "Commissioner's Office.")
    doc.add_paragraph("Yours faithfully")
    doc.add_paragraph("Information Access Officer\nLancashire Constabulary")

    cp = doc.core_properties
    cp.author = "Information Access Team"
    cp.last_modified_by = "Information Access Team"
    cp.title = f"FOI {REF}"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    doc.save(OUT)
    fix_zip(OUT)


def fix_zip(path):
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    buf = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build()
    print("wrote", OUT)
