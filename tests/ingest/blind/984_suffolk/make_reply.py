"""Build reply.docx for 984_suffolk (invented Suffolk Constabulary FOI letter).

Run with /work/main/.venv/bin/python make_reply.py  (python-docx).
Core properties and zip entry dates are fixed so the output is identical on every run.
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
FIXED = datetime.datetime(2025, 3, 3, 14, 5, 0)
REF = "FOI 000612/25"


def field(run, instr):
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


def shade(cell, colour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcpr.append(shd)


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            run = p.add_run(val)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
                shade(cell, "D9E2F3")
            if j > 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def q(doc, label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(text)
    r2.italic = True
    return p


def answer(doc, text):
    p = doc.add_paragraph()
    r = p.add_run("Answer: ")
    r.bold = True
    p.add_run(text)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run("OFFICIAL")
    hr.bold = True
    hr.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("Suffolk Constabulary")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    hp3 = sec.header.add_paragraph("Information Management Department\n"
                                   "Norfolk and Suffolk Constabularies")
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in hp3.runs:
        run.font.size = Pt(8.5)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Suffolk Constabulary, Police Headquarters, Martlesham Heath, Ipswich, IP5 3QS")
    fr.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Page ", "PAGE", " of ", "NUMPAGES"):
        run = fp2.add_run()
        run.font.size = Pt(8)
        if part.isupper():
            field(run, part)
        else:
            run.text = part
    fp3 = sec.footer.add_paragraph("OFFICIAL")
    fp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp3.runs[0].font.size = Pt(8)
    fp3.runs[0].bold = True

    p = doc.add_paragraph()
    p.add_run("Freedom of Information Request").bold = True
    doc.add_paragraph(f"Reference No: {REF}\nDate: 3 March 2025")
    doc.add_paragraph("Dear Requester,")
    doc.add_paragraph(
        "Thank you for your request for information received by Suffolk Constabulary on "
        "3 February 2025 regarding offences of sexual communication with a child. Suffolk "
        "Constabulary has now considered your request and I am able to respond as follows. "
        "Each question is set out in italics, followed by our answer.")

    q(doc, "Question 1:", "How many offences of sexual communication with a child were recorded "
      "in each of the calendar years 2022, 2023 and 2024? Of these, how many were flagged as "
      "online?")
    answer(doc, "A total of 283 offences of sexual communication with a child (Home Office "
           "code 71/17) were recorded over the three years. The breakdown by year, with the "
           "number of those offences that carried the online flag, is shown below.")
    table(doc, [("Calendar Year", "Offences recorded", "Of which flagged online"),
                ("2022", "87", "81"),
                ("2023", "102", "95"),
                ("2024", "94", "90")])
    doc.add_paragraph()

    q(doc, "Question 2:", "For each year, please list the platforms or apps used to contact the "
      "child, and the number of offences for each.")
    answer(doc, "Where it is known, the platform used is recorded on the crime record. The "
           "table below shows the platforms recorded against the offences in Question 1. An "
           "offence may involve more than one platform, so the columns will not add up to the "
           "yearly figures given above.")
    table(doc, [("Platform", "2022", "2023", "2024"),
                ("Snapchat", "38", "46", "41"),
                ("Instagram", "14", "17", "12"),
                ("WhatsApp", "11", "11", "13"),
                ("Facebook / Messenger", "6", "*", "*"),
                ("TikTok", "*", "7", "6"),
                ("Other", "8", "13", "9"),
                ("Not recorded", "10", "10", "9")])
    n = doc.add_paragraph()
    nr = n.add_run("* denotes a small number which has been withheld, because its disclosure "
                   "together with other information in the public domain could lead to the "
                   "identification of a child.")
    nr.italic = True
    nr.font.size = Pt(9)

    q(doc, "Question 3:", "In each of those years, how many of these investigations involved "
      "undercover officers posing as children online?")
    answer(doc, "Suffolk Constabulary can neither confirm nor deny that it holds any "
           "information relevant to this question, by virtue of the following exemptions:")
    for line in ("Section 23(5) - Information supplied by, or concerning, certain security bodies",
                 "Section 24(2) - National security",
                 "Section 31(3) - Law enforcement"):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Section 23 is a class-based absolute exemption and there is no requirement to consider "
        "the public interest. Sections 24 and 31 are qualified exemptions: confirming or denying "
        "whether covert online tactics are used, and to what extent, would allow offenders to "
        "adapt their behaviour and would undermine the ability of the police to protect "
        "children. Having weighed the arguments, the balance of the public interest lies in "
        "maintaining the neither-confirm-nor-deny position. This should not be taken as an "
        "indication that the information you have requested does or does not exist.")

    q(doc, "Question 4:", "How many sexual communication with a child investigations are "
      "currently open?")
    answer(doc, "As at 14 February 2025, 41 investigations into offences of sexual "
           "communication with a child were still open, with no outcome yet assigned.")

    doc.add_paragraph(
        "If you are unhappy with the way your request has been handled you may ask for an "
        "internal review by contacting the Information Management Department, quoting the "
        "reference number above, within 40 working days of the date of this response. If you "
        "remain dissatisfied you have the right to complain to the Information Commissioner's "
        "Office.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Freedom of Information Decision Maker\nInformation Management Department")

    cp = doc.core_properties
    cp.author = "Information Management"
    cp.last_modified_by = "Information Management"
    cp.title = f"Freedom of Information Request {REF}"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    return doc


def normalise_zip(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def main():
    buf = io.BytesIO()
    build().save(buf)
    with open(OUT, "wb") as f:
        f.write(normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    main()
