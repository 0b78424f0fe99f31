"""Build reply.docx for 1244_leicestershire (invented FOI reply letter).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: core properties and zip entry times are fixed.
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
FIXED = datetime.datetime(2025, 7, 31, 9, 5, 0)
REF = "003187/25"

YEARS = ["2022", "2023", "2024", "2025 (1 Jan - 30 Jun)"]
CSE = [214, 238, 227, 109]
AGES = [
    ("0 - 10", ["11", "14", "9", "*"]),
    ("11 - 13", ["48", "57", "51", "22"]),
    ("14 - 15", ["101", "112", "109", "55"]),
    ("16 - 17", ["52", "51", "55", "26"]),
    ("Age not recorded", ["*", "*", "*", "*"]),
]


def add_field(run, instr):
    """Insert a Word field (PAGE / NUMPAGES) into a run."""
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


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    return p


def question(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = True
    return p


def table(doc, header, rows, first_col_width=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "1F3864")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[1 + i].cells[j]
            c.text = str(v)
            if j > 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Leicestershire Police")
    hr.bold = True
    hr.font.size = Pt(16)
    hr.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    hp2 = sec.header.add_paragraph()
    hp2.add_run("Information Management - Freedom of Information").font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Leicestershire Police, Force Headquarters, St Johns, Enderby, Leicester LE19 2BX")
    fr.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run(f"FOI {REF}  -  Page ")
    r.font.size = Pt(8)
    r = fp2.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp2.add_run(" of ")
    r.font.size = Pt(8)
    r = fp2.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")

    p = doc.add_paragraph()
    p.add_run(f"Freedom of Information Request Reference No: {REF}").bold = True
    doc.add_paragraph("Date: 31 July 2025")
    doc.add_paragraph("Dear Requester")
    doc.add_paragraph(
        "Thank you for your request for information, which Leicestershire Police received on 3 July 2025. "
        "We have considered it under the Freedom of Information Act 2000 (the Act).")

    heading(doc, "Request")
    doc.add_paragraph(
        "1. For each calendar year from 2022 to 2025 (to date), how many crimes were recorded by "
        "Leicestershire Police with a child sexual exploitation (CSE) flag?")
    doc.add_paragraph("2. Of those crimes, how many also carried the online flag?")
    doc.add_paragraph(
        "3. Please break down the crimes in question 1 by the age of the victim, using the bands 0-10, "
        "11-13, 14-15 and 16-17.")
    doc.add_paragraph(
        "4. How many of the crimes in question 1 came to the attention of your force through a referral "
        "from the National Crime Agency (NCA) or CEOP?")

    heading(doc, "Response")
    doc.add_paragraph(
        "Leicestershire Police holds some of the information you have asked for. Questions 1 to 3 are "
        "answered below. For question 4 we can neither confirm nor deny that information is held; our "
        "reasons are given under that question.")
    doc.add_paragraph(
        "The figures for 2025 cover 1 January to 30 June 2025, the last full month before your request "
        "was received.")

    question(doc, "Question 1")
    table(doc, ["", "Total", *YEARS], [["Crimes with a CSE flag", sum(CSE), *CSE]])
    doc.add_paragraph()

    question(doc, "Question 2")
    doc.add_paragraph(
        "Of the CSE-flagged crimes shown above, 41 in 2022, 52 in 2023 and 47 in 2024 also carried the "
        "online flag. For 2025 to date the figure is nineteen.")

    question(doc, "Question 3")
    doc.add_paragraph(
        "The table below shows the crimes in question 1 by the age of the victim at the time of the "
        "offence. Where a crime has more than one victim, the age of the youngest victim has been used.")
    table(doc, ["Victim age", *YEARS], [[band, *vals] for band, vals in AGES])
    note = doc.add_paragraph()
    nr = note.add_run(
        "* Figures have been suppressed to prevent the identification of individuals. Section 40(2) of "
        "the Act (personal information) applies to these cells.")
    nr.italic = True
    nr.font.size = Pt(9)

    question(doc, "Question 4")
    doc.add_paragraph(
        "Leicestershire Police neither confirms nor denies that it holds the information you have "
        "requested in question 4, by virtue of the following exemptions:")
    doc.add_paragraph("Section 23(5) - Information supplied by, or concerning, certain security bodies")
    doc.add_paragraph("Section 24(2) - National security")
    doc.add_paragraph(
        "Section 23 is an absolute exemption and no public interest test is required. Section 24 is a "
        "qualified exemption. To confirm or deny whether crimes in a particular area arose from the work "
        "of national agencies would show where those agencies are, or are not, active, and over time and "
        "across forces would build a picture of their capability. Although there is a public interest in "
        "openness about how child sexual exploitation is tackled, that interest is outweighed by the need "
        "to protect national security and the work of the bodies concerned. This should not be taken as "
        "an indication that the information you have requested does or does not exist.")

    heading(doc, "Notes")
    doc.add_paragraph(
        "Figures are crimes recorded under the Home Office Counting Rules on the force's crime recording "
        "system and are counted by the date the crime was recorded. A crime can be flagged as CSE at any "
        "stage of an investigation, so the figures may change over time.")

    heading(doc, "Complaint rights")
    doc.add_paragraph(
        "If you are dissatisfied with the handling of your request you can ask for an internal review "
        "within 40 working days of the date of this response by writing to the Information Management "
        "Unit at the address below or by e-mail to foi@leics.police.uk. If you remain dissatisfied after "
        "the review you may apply to the Information Commissioner's Office.")
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("Information Management Unit\nLeicestershire Police")

    cp = doc.core_properties
    cp.author = "Information Management"
    cp.last_modified_by = "Information Management"
    cp.title = f"FOI {REF} CSE flagged crimes"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def normalise_zip(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def main():
    doc = build()
    tmp = io.BytesIO()
    doc.save(tmp)
    with open(OUT, "wb") as f:
        f.write(normalise_zip(tmp.getvalue()))


if __name__ == "__main__":
    main()
