"""Build reply.docx for 1155_derbyshire deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The document is an invented FOI reply letter; references, names and figures are made up.
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
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 6, 10, 9, 30, 0)

REF = "FOI 001742/24"


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
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def cell_text(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def para(doc, text="", bold=False, size=11, align=None, space_after=6, italic=False):
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
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    # Letterhead in the page header (repeats on every page)
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("DERBYSHIRE CONSTABULARY")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
    hp2 = hdr.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("Information Rights Unit | Butterley Hall | Ripley | Derbyshire | DE5 3RS")
    r.font.size = Pt(8)
    hp3 = hdr.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp3.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(8)

    # Footer with reference and page x of y
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(f"Our Ref: {REF}    |    OFFICIAL    |    Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")
    fp2 = ftr.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("Working together to keep Derbyshire safe")
    r.italic = True
    r.font.size = Pt(8)

    para(doc, f"Our Ref:\t{REF}", space_after=0)
    para(doc, "Date:\t10 June 2024", space_after=0)
    para(doc, "Contact:\tInformation Rights Unit", space_after=12)

    para(doc, "Dear Requester")
    para(doc, "FREEDOM OF INFORMATION REQUEST \u2013 REFERENCE NO: 001742/24", bold=True)
    para(doc, "I write in connection with your request for information, which was received by "
              "Derbyshire Constabulary on 13 May 2024. I note that you seek access to the "
              "following information:")

    req = [
        "\u201cFor each of the financial years 2021/22, 2022/23 and 2023/24, please provide:",
        "1. The number of sexual offences recorded by your force where the victim was a child "
        "(aged under 18 at the time of the offence).",
        "2. Of these, how many had the online / cyber-enabled flag applied.",
        "3. For the online-flagged offences, a breakdown by the gender of the victim and by "
        "their age (under 13, 13 to 15, 16 and 17).",
        "4. For the online-flagged offences, the apps, websites or platforms used by the "
        "offender to contact the child.\u201d",
    ]
    for line in req:
        p = para(doc, line, italic=True, space_after=2)
        p.paragraph_format.left_indent = Cm(1.0)
    para(doc, "", space_after=4)

    para(doc, "Following receipt of your request, searches were conducted within Derbyshire "
              "Constabulary to locate information relevant to your request. I can confirm that "
              "the information you have requested is held in part by Derbyshire Constabulary.")

    para(doc, "DECISION", bold=True)
    para(doc, "I have today decided to disclose the located information in relation to "
              "questions 1 to 3. Question 4 is refused under Section 12(1) of the Freedom of "
              "Information Act 2000, as explained below.")
    para(doc, "Please note that the figures below are drawn from the force crime recording "
              "system and relate to offences recorded in each financial year (1 April to "
              "31 March) where at least one victim was aged under 18 at the time of the "
              "offence. Data was extracted on 20 May 2024 and is subject to change as "
              "investigations progress and records are updated.")

    # Question 1
    para(doc, "Question 1", bold=True, space_after=4)
    t1 = doc.add_table(rows=5, cols=2)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows1 = [
        ("Financial Year", "Sexual offences \u2013 victim aged under 18"),
        ("2021/22", "1,248"),
        ("2022/23", "1,317"),
        ("2023/24", "1,196"),
        ("Total", "3,761"),
    ]
    for i, (a, b) in enumerate(rows1):
        hdr_row = i == 0
        tot_row = i == len(rows1) - 1
        cell_text(t1.cell(i, 0), a, bold=hdr_row or tot_row)
        cell_text(t1.cell(i, 1), b, bold=hdr_row or tot_row,
                  align=None if hdr_row else WD_ALIGN_PARAGRAPH.CENTER)
        if hdr_row:
            shade(t1.cell(i, 0), "D9E2F3")
            shade(t1.cell(i, 1), "D9E2F3")
    para(doc, "", space_after=4)

    # Question 2
    para(doc, "Question 2", bold=True, space_after=4)
    para(doc, "Of the offences shown at Question 1, 187, 203 and 171 respectively had the "
              "online (cyber-enabled) flag applied. The flag is added by the recording officer "
              "where, on the balance of probability, the offence was committed in full or in "
              "part through a computer, computer network or other internet-enabled device. It "
              "depends on the information available at the time the crime is recorded and its "
              "use may not be consistent.")

    # Question 3 - two-level header
    para(doc, "Question 3", bold=True, space_after=4)
    para(doc, "Online-flagged sexual offences against children, by gender and age of victim:",
         space_after=4)
    t3 = doc.add_table(rows=5, cols=7)
    t3.style = "Table Grid"
    t3.alignment = WD_TABLE_ALIGNMENT.CENTER
    # top header row: Financial Year (merged down) | Female (x3) | Male (x3)
    fy = t3.cell(0, 0).merge(t3.cell(1, 0))
    cell_text(fy, "Financial Year", bold=True, size=9)
    fem = t3.cell(0, 1).merge(t3.cell(0, 3))
    cell_text(fem, "Female", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    mal = t3.cell(0, 4).merge(t3.cell(0, 6))
    cell_text(mal, "Male", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    bands = ["Under 13", "13-15", "16-17"]
    for j, b in enumerate(bands + bands):
        cell_text(t3.cell(1, j + 1), b, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    for c in range(7):
        shade(t3.cell(0, c), "D9E2F3")
        shade(t3.cell(1, c), "D9E2F3")
    data3 = [
        ("2021/22", ["38", "96", "19", "11", "14", "1-4"]),
        ("2022/23", ["44", "101", "23", "9", "17", "5"]),
        ("2023/24", ["35", "88", "21", "1-4", "16", "6"]),
    ]
    for i, (fyl, vals) in enumerate(data3):
        cell_text(t3.cell(i + 2, 0), fyl, size=9)
        for j, v in enumerate(vals):
            cell_text(t3.cell(i + 2, j + 1), v, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    p = para(doc, "", space_after=2)
    notes = [
        "Offences in which the victim\u2019s gender was not recorded are not shown in the table "
        "above (six, four and three offences in 2021/22, 2022/23 and 2023/24 respectively).",
        "Where a figure falls between one and four it has been shown as \u20181-4\u2019 in order "
        "to minimise the risk of identifying individuals.",
        "Age is the age of the victim at the time of the offence as recorded on the crime report.",
    ]
    for n in notes:
        p = para(doc, "\u2022 " + n, size=9, space_after=2)
    para(doc, "", space_after=4)

    # Question 4 - s.12
    para(doc, "Question 4", bold=True, space_after=4)
    para(doc, "Derbyshire Constabulary does not hold the app, website or platform used by an "
              "offender in a searchable or reportable field. This detail, where known, is held "
              "only in the free-text narrative of each crime report and in associated "
              "investigation documents. To answer this question each online-flagged crime "
              "record identified at Question 2 would have to be located, opened and read.")
    para(doc, "A sampling exercise of 20 records took on average 6 minutes per record. Applied "
              "to all of the records identified at Question 2, this equates to in excess of 56 "
              "hours of work, which is well beyond the 18 hours (\u00a3450) appropriate limit "
              "set for police forces.")
    para(doc, "Section 12(1) of the Freedom of Information Act 2000 provides that a public "
              "authority is not obliged to comply with a request for information if it "
              "estimates that the cost of complying would exceed the appropriate limit. This "
              "letter therefore serves as a Refusal Notice under Section 17(5) of the Act in "
              "respect of Question 4.")
    para(doc, "Advice and assistance (Section 16)", bold=True, space_after=4)
    para(doc, "You may wish to consider narrowing this part of your request, for example to "
              "a single offence type within a single month, which we may be able to consider "
              "within the cost limit. Please be aware that even a refined request may still "
              "engage an exemption.")

    para(doc, "COMPLAINT RIGHTS", bold=True)
    para(doc, "If you are dissatisfied with the handling of your request you may ask for an "
              "internal review by writing to the Information Rights Unit at the address above "
              "within 40 working days of the date of this letter. If you remain dissatisfied "
              "following the internal review, you may apply to the Information Commissioner at "
              "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(doc, "Yours sincerely")
    para(doc, "", space_after=12)
    para(doc, "R. Allsop", space_after=0)
    para(doc, "Disclosure Officer", space_after=0)
    para(doc, "Information Rights Unit, Derbyshire Constabulary", space_after=0)

    cp = doc.core_properties
    cp.author = "Information Rights Unit"
    cp.last_modified_by = "Information Rights Unit"
    cp.title = f"FOI Response {REF}"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed member timestamps and order so the output is byte-stable.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 10, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
