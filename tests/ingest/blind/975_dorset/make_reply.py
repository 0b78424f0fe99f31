"""Build reply.docx for 975_dorset (invented Dorset Police FOI reply).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed core properties and fixed zip entry timestamps.
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 6, 5, 9, 12, 0)


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


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, align=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def para(doc, text="", bold=False, italic=False, size=11, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
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
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)

    # ---- header: protective marking + letterhead
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = hdr.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("DORSET POLICE")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x2F, 0x5F)
    hp3 = hdr.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp3.add_run("Information Rights Unit\nForce Headquarters, Winfrith, Dorchester, Dorset DT2 8DZ")
    r.font.size = Pt(8)

    # ---- footer: page x of y + marking
    ftr = sec.footer
    fp = ftr.paragraphs[0]
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
    fp2 = ftr.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    # ---- letter body
    para(doc, "Our Reference: FOI 2024-01187", bold=True, space_after=0)
    para(doc, "Date: 5 June 2024", space_after=12)
    para(doc, "Dear Requester,")
    para(doc, "FREEDOM OF INFORMATION ACT 2000 – REQUEST NUMBER 2024-01187", bold=True)
    para(doc, "Thank you for your email dated 8 May 2024 in which you asked for information held by "
              "Dorset Police. Your request has been dealt with under the Freedom of Information Act "
              "2000 (the Act) and our response is set out below.")
    para(doc, "Your request", bold=True)
    para(doc, "“1. For each of the financial years 2021/22, 2022/23 and 2023/24, please tell me how many "
              "offences of sexual communication with a child (Home Office code 71/17) and how many offences "
              "of sexual grooming (Home Office code 88A) your force recorded, broken down by the gender of "
              "the victim.", italic=True)
    para(doc, "2. Of the offences in question 1, how many carried the online (cyber) flag in each year?",
         italic=True)
    para(doc, "3. For the offences flagged as online, which apps, websites or social media platforms were "
              "used to make contact with the child?”", italic=True)
    para(doc, "Our response", bold=True)
    para(doc, "Dorset Police can confirm that it holds some of the information you have requested. "
              "Each part of your request is answered in turn.")

    para(doc, "Question 1", bold=True)
    para(doc, "The table below shows the number of crimes recorded on our crime and intelligence system, "
              "by the gender of the victim, for each financial year (1 April to 31 March).")

    # two-level header table: year over gender, total column at the end
    years = ["2021/22", "2022/23", "2023/24"]
    rows = [
        ("71/17 – Sexual communication with a child",
         ["96", "27", "*", "104", "31", "6", "118", "35", "*"], "422"),
        ("88A – Sexual grooming",
         ["14", "*", "0", "19", "5", "*", "22", "7", "0"], "70"),
    ]
    tbl = doc.add_table(rows=2 + len(rows), cols=11)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    # top header row
    a = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    cell_text(a, "Home Office code / offence", bold=True)
    shade(a, "D9E2F3")
    for i, y in enumerate(years):
        c0 = 1 + 3 * i
        m = tbl.cell(0, c0).merge(tbl.cell(0, c0 + 2))
        cell_text(m, y, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(m, "D9E2F3")
        for j, g in enumerate(["Female", "Male", "Unknown"]):
            c = tbl.cell(1, c0 + j)
            cell_text(c, g, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
            shade(c, "EDF1F9")
    t = tbl.cell(0, 10).merge(tbl.cell(1, 10))
    cell_text(t, "Total 2021/22 to 2023/24", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
    shade(t, "D9E2F3")
    for ri, (label, vals, total) in enumerate(rows):
        cell_text(tbl.cell(2 + ri, 0), label, size=8)
        for ci, v in enumerate(vals):
            cell_text(tbl.cell(2 + ri, 1 + ci), v, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(tbl.cell(2 + ri, 10), total, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    widths = [Cm(3.6)] + [Cm(1.25)] * 9 + [Cm(2.0)]
    for row in tbl.rows:
        for w, c in zip(widths, row.cells):
            c.width = w

    para(doc, "", space_after=2)
    para(doc, "Notes:", bold=True, size=9, space_after=2)
    para(doc, "• Figures are crimes recorded in the period, extracted from Niche RMS on 21 May 2024. They "
              "may differ slightly from figures published previously, as crime records are subject to "
              "review and reclassification.", size=9, space_after=2)
    para(doc, "• ‘Unknown’ is used where the gender of the victim was not recorded.", size=9, space_after=2)
    para(doc, "• In order to reduce the risk of identifying individuals, numbers between 1 and 4 have been "
              "replaced with an asterisk (*). The total column has been calculated from the unredacted "
              "figures.", size=9, space_after=10)

    para(doc, "Question 2", bold=True)
    para(doc, "Of the sexual communication with a child offences shown above, 102, 117 and 131 were "
              "flagged as online-enabled crimes in 2021/22, 2022/23 and 2023/24 respectively.")
    para(doc, "For sexual grooming the number of offences with the online flag was nine in 2021/22, "
              "while the figure for 2022/23 was 14 and for 2023/24 it was 17.")
    para(doc, "Please note the online flag is applied by the officer or crime recorder and it is possible "
              "that some offences committed online have not been flagged.")

    para(doc, "Question 3", bold=True)
    para(doc, "Dorset Police is unable to provide this information within the appropriate limit, and this "
              "letter acts as a Refusal Notice under section 17 of the Act for this part of your request.")
    para(doc, "Section 12(1) of the Act does not oblige a public authority to comply with a request if it "
              "estimates that the cost of doing so would exceed the appropriate limit. For police forces "
              "this limit is £450, which equates to 18 hours of work at £25 per hour.")
    para(doc, "There is no field on Niche RMS in which the app, website or platform used in an offence is "
              "recorded in a searchable way. The only means of establishing this would be to read the "
              "crime report, statements and associated investigation logs for each of the online-flagged "
              "offences given in our answer to Question 2. A sample exercise showed that this takes on "
              "average 10 minutes per crime, which across the three years would take in excess of 60 hours. "
              "This is well beyond the 18 hour limit.")
    para(doc, "Under section 16 of the Act (advice and assistance), you may wish to consider narrowing your "
              "request, for example to a single offence type and a shorter time period, although we "
              "cannot guarantee that a refined request would fall within the limit.")

    para(doc, "Complaint Rights", bold=True)
    para(doc, "If you are unhappy with the way your request has been handled you may ask for an internal "
              "review by writing to the Information Rights Unit at the address above, or by email, within "
              "40 working days of the date of this letter. If you remain dissatisfied after the review you "
              "may apply to the Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, "
              "Cheshire SK9 5AF.")
    para(doc, "Yours sincerely,", space_after=18)
    para(doc, "Megan Tolliver", space_after=0)
    para(doc, "Information Rights Officer", space_after=0)
    para(doc, "Dorset Police")

    cp = doc.core_properties
    cp.author = "Information Rights Unit"
    cp.last_modified_by = "Information Rights Unit"
    cp.title = "FOI 2024-01187 Response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 5, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
