"""Build reply.docx for the invented Northumbria Police FOI reply 843/24.

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed core-property dates and fixed zip entry timestamps.
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (portrait kept)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 6, 5, 9, 12, 0)


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


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(10)


def para(doc, text="", bold=False, italic=False, size=11, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
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

    # Header: protective marking, as on every page of the force's letters
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run("OFFICIAL")
    hr.bold = True
    hr.font.size = Pt(9)

    # Footer: force / reference / page x of y
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Northumbria Police \u2013 Freedom of Information \u2013 Ref: 843/24 \u2013 Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    r3 = fp.add_run(" of ")
    r3.font.size = Pt(8)
    r4 = fp.add_run()
    r4.font.size = Pt(8)
    add_field(r4, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r5 = fp2.add_run("OFFICIAL")
    r5.bold = True
    r5.font.size = Pt(8)

    # Letterhead block
    para(doc, "NORTHUMBRIA POLICE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Information Management Unit", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Force Headquarters", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Middle Engine Lane, Wallsend", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "North Tyneside", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)

    para(doc, "Our reference: 843/24", space_after=0)
    para(doc, "Date: 5 June 2024", space_after=12)
    para(doc, "Dear Requester", space_after=12)

    para(doc, "Freedom of Information Act 2000 \u2013 Sexual communication with a child", bold=True, size=12)

    para(doc, "Thank you for your request for information, which was received by Northumbria Police on "
              "8 May 2024. Your request has been dealt with under the terms of the Freedom of Information "
              "Act 2000 (the Act). You asked:")

    asks = [
        "1. How many offences of sexual communication with a child (Home Office code 71/17) did "
        "Northumbria Police record in each of the financial years 2021/22, 2022/23 and 2023/24?",
        "2. For each of those years, please break the figures down by the age of the victim (under 13, "
        "13 to 15, 16 to 17) and by the gender of the victim.",
        "3. For each of those years, which apps, websites or online platforms were used to communicate "
        "with the child? Please give the number of offences for each platform.",
    ]
    for a in asks:
        p = para(doc, a, italic=True)
        p.paragraph_format.left_indent = Cm(1.0)

    para(doc, "Response", bold=True, size=12)
    para(doc, "Northumbria Police can confirm that it holds information relevant to your request. Our "
              "response to each part is set out below. The figures are taken from the force crime "
              "recording system and relate to crimes recorded in the period; a crime may have been "
              "committed at an earlier date.")

    # Question 1
    para(doc, "Question 1", bold=True)
    para(doc, "The number of offences recorded under Home Office code 71/17 in 2021/22, 2022/23 and "
              "2023/24 was 287, 312 and 268 respectively.")

    # Question 2 - two-level header table (year over gender)
    para(doc, "Question 2", bold=True)
    para(doc, "Table 1 shows the offences in Question 1 by the age of the victim at the time of the "
              "offence and the gender of the victim.")
    para(doc, "Table 1: Offences recorded under Home Office code 71/17, by victim age and gender",
         bold=True, size=10, space_after=2)

    years = ["2021/22", "2022/23", "2023/24"]
    data = {
        "2021/22": {"F": [41, 168, 12], "M": [14, 44, 8]},
        "2022/23": {"F": [52, 171, 15], "M": [17, 48, 7]},
        "2023/24": {"F": [47, 149, 9], "M": [11, 46, 6]},
    }
    bands = ["Under 13", "13-15", "16-17"]
    t = doc.add_table(rows=2 + len(bands) + 1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # header row 0: years merged across two columns; corner merged down
    corner = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(corner, "Victim age", bold=True)
    shade(corner, "D9D9D9")
    for i, y in enumerate(years):
        c = t.cell(0, 1 + 2 * i).merge(t.cell(0, 2 + 2 * i))
        cell_text(c, y, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "D9D9D9")
        for j, g in enumerate(["Female", "Male"]):
            cc = t.cell(1, 1 + 2 * i + j)
            cell_text(cc, g, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(cc, "F2F2F2")
    for r_i, band in enumerate(bands):
        cell_text(t.cell(2 + r_i, 0), band)
        for i, y in enumerate(years):
            cell_text(t.cell(2 + r_i, 1 + 2 * i), str(data[y]["F"][r_i]), align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(2 + r_i, 2 + 2 * i), str(data[y]["M"][r_i]), align=WD_ALIGN_PARAGRAPH.CENTER)
    tr = 2 + len(bands)
    cell_text(t.cell(tr, 0), "Total", bold=True)
    for i, y in enumerate(years):
        cell_text(t.cell(tr, 1 + 2 * i), str(sum(data[y]["F"])), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(t.cell(tr, 2 + 2 * i), str(sum(data[y]["M"])), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, "", space_after=2)
    para(doc, "Please note that in two of the offences recorded in 2022/23 the gender of the victim had not "
              "been recorded. These offences are included in the figure given for Question 1 but are not "
              "shown in Table 1.", size=10)

    # Question 3 - partial s.12
    para(doc, "Question 3", bold=True)
    para(doc, "From 1 April 2023 a field was added to the crime record in which the investigating officer "
              "can select the online platform or app involved. The field is not mandatory and is not "
              "always completed. The information for 2023/24 is shown in Table 2.")
    para(doc, "Table 2: Offences recorded under Home Office code 71/17 in 2023/24, by platform",
         bold=True, size=10, space_after=2)
    plats = [("Snapchat", "97"), ("Instagram", "41"), ("WhatsApp", "26"), ("Facebook / Messenger", "19"),
             ("TikTok", "11"), ("Discord", "*"), ("Roblox", "*"), ("Other", "14"), ("Not recorded", "55")]
    t2 = doc.add_table(rows=1 + len(plats), cols=2)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t2.cell(0, 0), "Platform", bold=True)
    cell_text(t2.cell(0, 1), "Offences", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(t2.cell(0, 0), "D9D9D9")
    shade(t2.cell(0, 1), "D9D9D9")
    for i, (name, v) in enumerate(plats):
        cell_text(t2.cell(1 + i, 0), name)
        cell_text(t2.cell(1 + i, 1), v, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", space_after=2)
    para(doc, "* denotes a figure between 1 and 4, which has been suppressed to reduce the risk of "
              "individuals being identified.", size=10, space_after=2)
    para(doc, "Where more than one platform has been recorded against an offence, the offence is counted "
              "once, against the first platform recorded.", size=10)

    para(doc, "Before 1 April 2023 there was no field in which the platform could be recorded. For "
              "2021/22 and 2022/23 the only way to establish which platform was used would be to read the "
              "crime report, statements and investigation log of each of the offences given in Question 1 "
              "for those years. A sampling exercise showed that this takes an average of 4 minutes per "
              "record, so the work would take in excess of 39 hours.")
    para(doc, "Section 12(1) of the Act does not oblige a public authority to comply with a request where it "
              "estimates that the cost of doing so would exceed the appropriate limit. For the police the "
              "limit is \u00a3450, which equates to 18 hours of work at \u00a325 per hour. This letter "
              "therefore serves as a refusal notice under Section 17(5) of the Act for that part of "
              "Question 3 which relates to 2021/22 and 2022/23.")
    para(doc, "Advice and assistance (Section 16): you may wish to consider whether the information for "
              "2023/24, which is provided above, meets your needs.")

    para(doc, "Your right to complain", bold=True)
    para(doc, "If you are dissatisfied with this response you may ask for an internal review. Requests for "
              "an internal review should be made within 40 working days of the date of this letter and "
              "addressed to the Information Management Unit at the address above. If you remain "
              "dissatisfied after the review you may complain to the Information Commissioner's Office, "
              "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
    para(doc, "Yours sincerely", space_after=18)
    para(doc, "P. Carrick", space_after=0)
    para(doc, "Disclosure Officer", space_after=0)
    para(doc, "Information Management Unit")

    cp = doc.core_properties
    cp.author = "Information Management Unit"
    cp.last_modified_by = "Information Management Unit"
    cp.title = "FOI 843/24 response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    # rewrite the zip with fixed timestamps so the file is byte-identical on every run
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 5, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(OUT, "wb") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    build()
    print("wrote", OUT)
