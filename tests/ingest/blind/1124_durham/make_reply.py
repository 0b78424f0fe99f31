"""Build reply.docx: an invented Durham Constabulary FOI reply letter (python-docx).

Run with /work/main/.venv/bin/python make_reply.py . Output is byte-for-byte
deterministic: fixed core properties, and the zip is rewritten with fixed entry
timestamps.
"""
import datetime
import hashlib
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 8, 2, 11, 15, 0)
FIXED_ISO = "2024-08-02T11:15:00Z"
DARK = RGBColor(0x1F, 0x2A, 0x44)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align=None, fill=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)


def para(doc, text="", bold=False, italic=False, space_after=6, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = DARK
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(4)
    return p


def table(doc, header, rows, widths, total_last=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, align=None if j == 0 else "c", fill="D9E2F3")
    for i, row in enumerate(rows, start=1):
        last = total_last and i == len(rows)
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=last, align=None if j == 0 else "c",
                     fill="F2F2F2" if last else None)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def normalise_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(r"(<dcterms:%s[^>]*>)[^<]*(</dcterms:%s>)" % (tag, tag),
                                  r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 8, 2, 11, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    # header: protective marking + force name
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("DURHAM CONSTABULARY")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = DARK
    hp3 = sec.header.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp3.add_run("Freedom of Information Unit - Information Rights")
    r.font.size = Pt(8.5)

    # footer: address + marking
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Durham Constabulary Headquarters, Aykley Heads, Durham  |  "
                   "freedomofinformation@durham.police.uk  |  www.durham.police.uk")
    r.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    para(doc, "Our Ref: FOI 2024-0713", space_after=0, align="r")
    para(doc, "Date: 2 August 2024", space_after=12, align="r")
    para(doc, "Dear Requester,")
    para(doc, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", bold=True)
    para(doc, "Thank you for your request for information, received by Durham Constabulary on "
              "8 July 2024. Your request has been considered under the Freedom of Information "
              "Act 2000 (the Act). You asked:")
    for q in (
        "Q1. How many offences of taking, making or distributing indecent images of children "
        "(Home Office code 86/2) were recorded by Durham Constabulary in each of the calendar "
        "years 2021, 2022 and 2023, and in 2024 to date? Of these, how many were flagged as "
        "online offences?",
        "Q2. The ages of the suspects linked to these offences.",
        "Q3. The outcomes of the offences recorded in 2023.",
        "Q4. In how many of these offences was the child in the images aged under 13?",
    ):
        p = para(doc, q, italic=True)
        p.paragraph_format.left_indent = Cm(1.0)

    heading(doc, "Response")
    para(doc, "Durham Constabulary can confirm that it holds information in relation to "
              "questions 1 to 3 of your request; this is provided below. Information relevant "
              "to question 4 is not held, for the reasons explained.")
    para(doc, "Data has been taken from the force's crime recording system by the date the "
              "crime was recorded. Figures for 2024 cover 1 January to 30 June 2024, the last "
              "complete month before your request was received.")

    heading(doc, "Q1")
    table(doc,
          ["Calendar year", "HO code 086/02 offences recorded", "Of which flagged online"],
          [["2021", "118", "109"],
           ["2022", "137", "128"],
           ["2023", "149", "140"],
           ["2024 (1 Jan - 30 Jun)", "71", "66"],
           ["Total", "475", "443"]],
          widths=(5.2, 5.8, 5.0), total_last=True)
    para(doc, "Please note that in our response to an earlier request (our ref FOI 2023-0916) "
              "the number of 086/02 offences recorded in 2022 was given as 126. That figure was "
              "extracted before a number of crimes were reclassified to this code following "
              "audit, and was therefore understated. The correct figure is that shown in the "
              "table above.", italic=True)

    heading(doc, "Q2")
    para(doc, "The table below shows the age of each suspect at the time of the offence for "
              "all of the 086/02 offences in the table above, for the whole period 1 January "
              "2021 to 30 June 2024. An offence may have more than one suspect, and the same "
              "person may be linked to more than one offence, so the total will not match the "
              "number of offences.")
    table(doc,
          ["Age of suspect", "Number of suspects"],
          [["Under 18", "64"],
           ["18 \u2013 24", "71"],
           ["25 \u2013 39", "118"],
           ["40 \u2013 59", "109"],
           ["60 and over", "37"],
           ["Not known", "52"],
           ["Total", "451"]],
          widths=(6.0, 5.0), total_last=True)

    heading(doc, "Q3")
    para(doc, "The outcomes of the 086/02 offences recorded in 2023 are shown below. "
              "Outcomes are those recorded on the crime at the time the data was extracted "
              "(22 July 2024). Where a figure is less than five it has been shown as <5; "
              "please see the explanation under Section 40(2) below.")
    table(doc,
          ["Outcome", "Number of offences"],
          [["Outcome 1 \u2013 Charged / summonsed", "38"],
           ["Outcome 2 \u2013 Youth caution", "<5"],
           ["Outcome 3 \u2013 Adult caution", "6"],
           ["Outcome 8 \u2013 Community resolution", "<5"],
           ["Outcome 15 \u2013 Evidential difficulties (suspect identified)", "22"],
           ["Outcome 18 \u2013 Investigation complete, no suspect identified", "8"],
           ["Outcome 21 \u2013 Not in the public interest (police decision)", "19"],
           ["Under investigation \u2013 no outcome yet", "34"],
           ["All other outcomes", "17"]],
          widths=(11.0, 5.0))

    heading(doc, "Q4")
    para(doc, "Offences of taking, making or distributing indecent images are recorded as "
              "crimes against society, and the crime record does not hold a victim or the age "
              "of any child depicted. Where children in images are identified, this is done "
              "through the national Child Abuse Image Database rather than the crime record. "
              "Durham Constabulary therefore does not hold the information requested at "
              "question 4, and this letter serves as a notice under Section 17 of the Act "
              "that the information is not held.")

    heading(doc, "Section 40(2) \u2013 Personal information")
    para(doc, "Figures below five have not been released because, taken together with other "
              "information that may be available locally, they could lead to the "
              "identification of the individuals concerned, in particular young people who "
              "have received a youth caution. Such information is personal data and its "
              "release would breach the first data protection principle, so it is exempt "
              "under Section 40(2) of the Act. This is an absolute exemption and no public "
              "interest test is required.")

    heading(doc, "Complaints and review")
    para(doc, "If you are unhappy with the way your request has been handled, you may ask for "
              "an internal review by writing to the Freedom of Information Unit at the email "
              "address below within 40 working days of the date of this letter. If you remain "
              "dissatisfied after the review you have the right to complain to the Information "
              "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(doc, "Yours sincerely,", space_after=18)
    para(doc, "Mark Lowther", space_after=0)
    para(doc, "Freedom of Information Officer", space_after=0)
    para(doc, "Durham Constabulary", space_after=0)

    cp = doc.core_properties
    cp.author = "Information Rights"
    cp.last_modified_by = "Information Rights"
    cp.title = "FOI 2024-0713 response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    with open(OUT, "wb") as fh:
        fh.write(normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    build()
    with open(OUT, "rb") as fh:
        print(OUT, hashlib.sha256(fh.read()).hexdigest())
