"""Build reply.docx: Hampshire and Isle of Wight Constabulary FOI letter HC/002481/24.

Run with /work/main/.venv/bin/python make_reply.py. The output is byte-for-byte
reproducible: the document properties are fixed and the zip is rewritten with a
fixed timestamp.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("reply.docx")
FIXED = datetime.datetime(2024, 8, 16, 11, 42, 0)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def add_field(paragraph, instr, cached):
    """Insert a Word field (PAGE / NUMPAGES) with a cached result."""
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run(cached)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    return p


def para(doc, text, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    return p


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, bold=True,
                 align=WD_ALIGN_PARAGRAPH.CENTER if j else None)
        shade(t.cell(0, j), "D9E2F3")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v,
                     align=WD_ALIGN_PARAGRAPH.CENTER if j else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.author = "Freedom of Information Team"
    cp.last_modified_by = "Freedom of Information Team"
    cp.title = "FOI response HC/002481/24"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run("OFFICIAL")
    hr.bold = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("OFFICIAL\n")
    fp.add_run("Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "3")

    # Letterhead
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Hampshire and Isle of Wight Constabulary")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    for line in ("Freedom of Information Team",
                 "Police Headquarters",
                 "Mottisfont Court, High Street",
                 "Winchester, Hampshire SO23 8ZD",
                 "Email: foi@hampshire.police.uk"):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)

    doc.add_paragraph()
    for line in ("Our reference: HC/002481/24", "Date: 16 August 2024"):
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in ("Mr D Lindqvist", "By email"):
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    para(doc, "Dear Mr Lindqvist,")
    heading(doc, "Freedom of Information Act 2000 \u2013 Request for information")
    para(doc, "I write in response to your request for information received by "
              "Hampshire and Isle of Wight Constabulary on 22 July 2024, in which "
              "you asked:")
    for line in (
        "\u201cIn relation to offences of taking, making or distributing indecent "
        "photographs of children (Home Office code 86/2), please provide for the "
        "financial years 2022/23 and 2023/24, and for 2024/25 to date:",
        "1.\tThe number of offences recorded, and how many of these were flagged as online.",
        "2.\tThe number of suspects aged under 18, broken down by age (10\u201313, 14\u201315, 16\u201317).",
        "3.\tFor the suspects aged under 18, the number receiving each of the following "
        "outcomes: charged/summonsed, youth caution, community resolution, outcome 22 "
        "(diversionary, educational or intervention activity), and the number still "
        "under investigation.",
        "4.\tHow many of the suspects aged under 18 were referred to the Youth Justice "
        "Service / Youth Offending Team?\u201d",
    ):
        q = para(doc, line, italic=True)
        q.paragraph_format.left_indent = Cm(1)

    heading(doc, "Our response")
    para(doc, "Hampshire and Isle of Wight Constabulary holds some of the information "
              "you have requested. Where information is held it is provided below. "
              "Information about the online flag for 2022/23, and the information "
              "requested at question 4, is not held.")

    heading(doc, "Question 1")
    para(doc, "Table 1 \u2013 Offences recorded under Home Office code 86/2 "
              "(take, make or distribute indecent photographs of children)")
    data_table(doc,
               ["Financial year", "Offences recorded", "Of which flagged online"],
               [["2022/23", "1,083", "N/H"],
                ["2023/24", "1,154", "1,071"],
                ["2024/25*", "281", "262"]],
               widths=[4, 4.5, 4.5])
    para(doc, "* 2024/25 covers 1 April 2024 to 30 June 2024 only, the latest "
              "complete quarter at the time the data was extracted.")
    para(doc, "N/H \u2013 not held. Crime records for 2022/23 were migrated to the "
              "Constabulary\u2019s current records management system (RMS) from the "
              "previous crime recording system during 2023. The online marker was "
              "not carried across in a form that can be searched, and the Constabulary "
              "therefore does not hold this information for 2022/23.")

    heading(doc, "Question 2")
    para(doc, "Table 2 \u2013 Suspects aged under 18 linked to 86/2 offences, by age "
              "at the time of the offence")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "Financial year", bold=True)
    shade(a, "D9E2F3")
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "Age of suspect", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(b, "D9E2F3")
    for j, h in enumerate(["10-13", "14-15", "16-17"], start=1):
        set_cell(t.cell(1, j), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(1, j), "D9E2F3")
    for i, row in enumerate([["2022/23", "1-4", "38", "45"],
                             ["2023/24", "7", "41", "52"],
                             ["2024/25*", "1-4", "11", "14"]], start=2):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v,
                     align=WD_ALIGN_PARAGRAPH.CENTER if j else None)
    para(doc, "* 1 April 2024 to 30 June 2024.")
    para(doc, "In line with the Constabulary\u2019s disclosure policy, figures between "
              "1 and 4 are shown as \u20181-4\u2019 to minimise the risk of identifying "
              "individuals. This applies to Tables 2 and 3.")

    heading(doc, "Question 3")
    para(doc, "Table 3 \u2013 Outcomes for suspects aged under 18 (86/2 offences)")
    data_table(doc,
               ["Outcome", "2022/23", "2023/24", "2024/25*"],
               [["Charged / summonsed", "12", "15", "1-4"],
                ["Youth caution", "9", "6", "0"],
                ["Community resolution", "24", "27", "5"],
                ["Outcome 22 \u2013 diversionary, educational or intervention activity",
                 "28", "31", "6"],
                ["Under investigation \u2013 no outcome yet", "1-4", "8", "9"]],
               widths=[7.5, 2.5, 2.5, 2.5])
    para(doc, "* 1 April 2024 to 30 June 2024.")
    para(doc, "Only the outcomes you asked about are shown. Other outcomes (for "
              "example where evidential difficulties prevented further action) are "
              "not included, so the figures in Table 3 will not add up to those in "
              "Table 2.")

    heading(doc, "Question 4")
    para(doc, "Section 1(1)(a) of the Act requires a public authority to state "
              "whether it holds the information requested. Referrals of children to "
              "the Youth Justice Service are made and recorded by the local authority "
              "youth justice teams and are not recorded on the Constabulary\u2019s "
              "systems in a way that can be linked to crime records. I can therefore "
              "confirm that Hampshire and Isle of Wight Constabulary does not hold "
              "this information. You may wish to direct this part of your request to "
              "Hampshire County Council, Southampton City Council, Portsmouth City "
              "Council and the Isle of Wight Council.")

    para(doc, "The figures above were extracted from RMS on 5 August 2024 and are "
              "correct as at that date. Crime data is live and may change as records "
              "are reviewed or reclassified.")

    heading(doc, "Re-use of information")
    para(doc, "The information provided is subject to Crown copyright and may be "
              "re-used under the terms of the Open Government Licence.")

    heading(doc, "Complaint rights")
    para(doc, "If you are dissatisfied with this response you may request an internal "
              "review within 40 working days of the date of this letter by writing "
              "to the Freedom of Information Team at the address above. If you remain "
              "dissatisfied after the review you may apply to the Information "
              "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, "
              "Cheshire SK9 5AF (telephone 0303 123 1113).")

    para(doc, "Yours sincerely,")
    doc.add_paragraph()
    para(doc, "Freedom of Information Officer")
    para(doc, "Hampshire and Isle of Wight Constabulary")

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2024, 8, 16, 11, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(name))
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_bytes(normalise_zip(build()))
    print(f"wrote {OUT}")
