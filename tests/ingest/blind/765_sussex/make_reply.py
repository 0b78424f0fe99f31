"""Build reply.docx: Sussex Police FOI letter (reconstruction for the test corpus).

Run:  python make_reply.py   -> writes reply.docx beside this script.
The output is byte-for-byte reproducible (fixed core properties and zip timestamps).
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.docx"
STAMP = datetime(2024, 4, 10, 9, 12, 0)


def add_field(run, instr):
    """Insert a simple field (PAGE / NUMPAGES) into a run."""
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = instr
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def para(doc, text="", bold=False, italic=False, size=11, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    # header: letterhead
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("SUSSEX POLICE")
    hr.bold = True
    hr.font.size = Pt(16)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Serving Sussex")
    r.italic = True
    r.font.size = Pt(9)
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # footer: page x of y + protective marking
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(8)

    # address block
    for line in (
        "Information Access Team",
        "Sussex Police Headquarters",
        "Church Lane",
        "Lewes",
        "East Sussex",
        "BN7 2DZ",
    ):
        para(doc, line, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Tel: 101   (from abroad +44 1273 470101)", size=10,
         align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)

    para(doc, "Mr D Okafor", space_after=0)
    para(doc, "By email only", italic=True, space_after=12)

    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    cell_text(t.cell(0, 0), "Our reference:", bold=True, size=11)
    cell_text(t.cell(0, 1), "FOI 0388/24", size=11)
    cell_text(t.cell(1, 0), "Date:", bold=True, size=11)
    cell_text(t.cell(1, 1), "10 April 2024", size=11)
    para(doc, "", space_after=6)

    para(doc, "Dear Mr Okafor", space_after=10)
    para(doc, "FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION",
         bold=True, space_after=10)
    para(doc,
         "Thank you for your email of 13 March 2024, in which you asked for information held "
         "by Sussex Police. Your request has been handled under the Freedom of Information "
         "Act 2000 (the Act).")

    para(doc, "Your request", bold=True)
    para(doc,
         "\u201cI am looking into online grooming of children in Sussex. Please could you tell me:",
         italic=True)
    req = [
        "1. How many offences of sexual communication with a child (Home Office code 71/17) "
        "did Sussex Police record in each of the financial years 2021/22, 2022/23 and "
        "2023/24 to date?",
        "2. For each year, please break the figures down by the gender of the victim and by "
        "age group (under 13, 13 to 15, and 16 or 17).",
        "3. How many of the offences in question 1 were flagged as online or cyber-enabled?",
        "4. Which social media sites, apps or other online platforms were used to commit these "
        "offences, with the number of offences for each?",
        "5. How many of the offences have led to a suspect being charged or summonsed, and how "
        "many are still being investigated?\u201d",
    ]
    for q in req:
        p = para(doc, q, italic=True, space_after=3)
        p.paragraph_format.left_indent = Cm(0.8)
    para(doc, "", space_after=3)

    para(doc, "Our response", bold=True)
    para(doc,
         "Sussex Police holds information relevant to your request. The information for "
         "questions 1, 2, 3 and 5 is provided below. Question 4 is refused under section "
         "12(1) of the Act, because the cost of answering it would exceed the appropriate "
         "limit; the reasons are given under that question.")
    para(doc,
         "The figures were extracted from the Niche records management system on 2 April "
         "2024. The 2023/24 figures run from 1 April 2023 to 29 February 2024, the last "
         "complete month before your request was received. They are management information "
         "and may change as crimes are reviewed or reclassified.")

    # Q1
    para(doc, "Question 1", bold=True, space_after=4)
    para(doc,
         "Offences of sexual communication with a child (HO code 71/17) recorded by Sussex "
         "Police:", space_after=4)
    for line in (
        "2021/22 \u2013 162",
        "2022/23 \u2013 174",
        "2023/24 (1 April 2023 to 29 February 2024) \u2013 134",
    ):
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(0.8)
    para(doc, "", space_after=2)

    # Q2: two-level header table
    para(doc, "Question 2", bold=True, space_after=4)
    para(doc,
         "Table 1 shows the offences in question 1 by the gender and age of the victim. Age is "
         "the victim\u2019s age on the date of the offence. Where more than one victim is "
         "linked to an offence, the offence is counted once, against the first victim "
         "recorded.", space_after=6)
    para(doc, "Table 1 \u2013 Sexual communication with a child (71/17): offences by victim "
              "age and gender", bold=True, size=10, space_after=4)

    years = ["2021/22", "2022/23", "2023/24*"]
    rows = [
        ("Under 13", ["38", "9", "41", "7", "36", "*"]),
        ("13 to 15", ["75", "14", "84", "13", "66", "10"]),
        ("16 to 17", ["22", "*", "26", "*", "18", "*"]),
        ("Total", ["135", "27", "151", "23", "120", "14"]),
    ]
    tbl = doc.add_table(rows=2 + len(rows), cols=7)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    cell_text(top, "Victim age", bold=True, size=9)
    shade(top, "D9E2F3")
    for i, y in enumerate(years):
        c = tbl.cell(0, 1 + 2 * i).merge(tbl.cell(0, 2 + 2 * i))
        cell_text(c, y, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
        shade(c, "D9E2F3")
        for j, g in enumerate(("Female", "Male")):
            c2 = tbl.cell(1, 1 + 2 * i + j)
            cell_text(c2, g, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
            shade(c2, "D9E2F3")
    for ri, (label, vals) in enumerate(rows):
        cell_text(tbl.cell(2 + ri, 0), label, bold=(label == "Total"), size=9)
        for ci, v in enumerate(vals):
            cell_text(tbl.cell(2 + ri, 1 + ci), v, bold=(label == "Total"),
                      align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    para(doc, "", space_after=2)
    para(doc, "* 2023/24 covers 1 April 2023 to 29 February 2024.", size=9, space_after=2)
    para(doc,
         "* Within the table, an asterisk replaces a figure where releasing the actual "
         "number could, together with other information already in the public domain, "
         "lead to a victim being identified.", size=9, space_after=8)

    # Q3
    para(doc, "Question 3", bold=True, space_after=4)
    para(doc,
         "Of the offences in question 1, the following carried the online (cyber-enabled) "
         "flag:", space_after=4)
    for line in (
        "2021/22 \u2013 151",
        "2022/23 \u2013 166",
        "2023/24 (to 29 February 2024) \u2013 129",
    ):
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(0.8)
    para(doc, "", space_after=2)

    # Q4: s.12
    para(doc, "Question 4", bold=True, space_after=4)
    para(doc,
         "Sussex Police does not record the website, app or platform used in an offence in a "
         "field that can be searched or reported on. This detail, where it is known, is held "
         "in the free-text summary of the crime report, in officers\u2019 notes and in "
         "witness statements. The only way to answer question 4 would be to open and read "
         "each crime report.")
    para(doc,
         "Over the three periods covered by question 1, Sussex Police recorded 470 offences of "
         "sexual communication with a child. A sampling exercise found that it takes on "
         "average 3 minutes to review one crime report and identify any platform mentioned. "
         "The estimated time to answer question 4 is therefore:")
    p = para(doc, "470 reports x 3 minutes = 1,410 minutes (23 hours 30 minutes)", bold=True)
    p.paragraph_format.left_indent = Cm(0.8)
    para(doc,
         "The Freedom of Information and Data Protection (Appropriate Limit and Fees) "
         "Regulations 2004 set the appropriate limit for police forces at \u00a3450, which is "
         "equivalent to 18 hours of work at \u00a325 per hour. As answering question 4 would "
         "exceed this limit, Sussex Police is not obliged to comply with it, and section "
         "12(1) applies. This letter serves as a refusal notice under section 17(5) of the "
         "Act for that part of your request.")
    para(doc,
         "Advice and assistance (section 16): you may wish to submit a new request covering a "
         "much shorter period, for example a single quarter, which we may be able to answer "
         "within the cost limit. Please be aware that platform details are not always "
         "recorded, so any figures would be incomplete.")

    # Q5
    para(doc, "Question 5", bold=True, space_after=4)
    para(doc,
         "Table 2 gives the outcome of the offences in question 1 as at 2 April 2024, shown "
         "against the year in which the offence was recorded. Only the two outcomes you asked "
         "about are shown; the remaining offences were finalised with other outcomes.",
         space_after=6)
    tbl2 = doc.add_table(rows=3, cols=4)
    tbl2.style = "Table Grid"
    tbl2.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Outcome", "2021/22", "2022/23", "2023/24 (to 29/02/24)"]
    for i, h in enumerate(hdr):
        cell_text(tbl2.cell(0, i), h, bold=True, size=9,
                  align=None if i == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        shade(tbl2.cell(0, i), "D9E2F3")
    body = [
        ("Charged/summonsed", ["34", "29", "11"]),
        ("Under investigation \u2013 no outcome yet", ["3", "12", "58"]),
    ]
    for ri, (label, vals) in enumerate(body):
        cell_text(tbl2.cell(1 + ri, 0), label, size=9)
        for ci, v in enumerate(vals):
            cell_text(tbl2.cell(1 + ri, 1 + ci), v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", space_after=8)

    # closing furniture
    para(doc, "Re-use of information", bold=True, space_after=4)
    para(doc,
         "The information supplied is subject to Crown copyright and is provided for your "
         "personal use. Re-use for any other purpose, including publication, may require "
         "permission; please contact us if you intend to republish it. Information released "
         "under the Act may also be published in our disclosure log.")
    para(doc, "Your right to complain", bold=True, space_after=4)
    para(doc,
         "If you are unhappy with the way your request has been handled, you may ask for an "
         "internal review. Please write to the Information Access Team at the address above, "
         "or by email, within 40 working days of the date of this letter, quoting reference "
         "FOI 0388/24.")
    para(doc,
         "If you remain dissatisfied after the internal review, you may complain to the "
         "Information Commissioner at: Information Commissioner\u2019s Office, Wycliffe House, "
         "Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113. Website "
         "www.ico.org.uk.")
    para(doc, "Yours sincerely", space_after=24)
    para(doc, "R. Adeyemi", space_after=0)
    para(doc, "Information Access Officer", space_after=0)
    para(doc, "Information Access Team \u2013 Sussex Police", space_after=0)

    cp = doc.core_properties
    cp.author = "Information Access Team"
    cp.last_modified_by = "Information Access Team"
    cp.title = "FOI 0388/24 response"
    cp.created = STAMP
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 3
    cp.comments = ""

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def freeze_zip(data):
    """Rewrite the zip with fixed entry timestamps so the build is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-04-10T09:12:00Z\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 10, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_bytes(freeze_zip(build()))
    print(f"wrote {OUT}")
