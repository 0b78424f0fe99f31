"""Build reply.docx for the invented Humberside Police FOI reply (run with the project venv).

Deterministic: fixed core properties and fixed zip entry timestamps.
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
FIXED = datetime.datetime(2025, 1, 8, 11, 42, 0)

NAVY = RGBColor(0x1F, 0x2A, 0x44)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def add_field(run, instr):
    """Insert a simple Word field (PAGE / NUMPAGES) into a run."""
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


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    p.alignment = align


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(3.0)
    sec.bottom_margin = Cm(2.2)

    # ---- letterhead (page header) ----
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hr = hp.add_run("HUMBERSIDE POLICE")
    hr.bold = True
    hr.font.size = Pt(16)
    hr.font.color.rgb = NAVY
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2 = hdr.add_paragraph()
    r = hp2.add_run("Information Rights & Disclosure Unit\nPolice Headquarters, Hull\n"
                    "Non-emergency: 101")
    r.font.size = Pt(8)
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # ---- footer: protective marking + page x of y ----
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("OFFICIAL")
    fr.bold = True
    fr.font.size = Pt(9)
    fp2 = ftr.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("Page ", "PAGE", " of ", "NUMPAGES"):
        if piece in ("PAGE", "NUMPAGES"):
            run = fp2.add_run()
            add_field(run, piece)
        else:
            run = fp2.add_run(piece)
        run.font.size = Pt(8)

    # ---- addressee block ----
    para(doc, "Our ref: HP/FOI/2024/2381", size=10, space_after=0)
    para(doc, "Date: 8 January 2025", size=10, space_after=12)
    para(doc, "By email only", italic=True, size=10, space_after=12)
    para(doc, "Dear Requester,", space_after=10)
    para(doc, "FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST HP/FOI/2024/2381", bold=True)
    para(doc, "Thank you for your email received on 9 December 2024, in which you asked for "
              "information about the offence of sexual communication with a child. Your request "
              "has now been considered under the Freedom of Information Act 2000 (the Act).")

    para(doc, "Your request", bold=True, size=12)
    req = [
        "1. For each financial year 2020/21, 2021/22, 2022/23 and 2023/24, how many offences of "
        "sexual communication with a child (Home Office code 71/17) were recorded by Humberside "
        "Police, and how many of these had the online (cyber) flag applied?",
        "2. For 2022/23 and 2023/24 only, please break down the victims of those offences by sex "
        "and by age (under 13 and 13 to 15).",
        "3. For each of the four years, which apps, websites or platforms were used to commit "
        "the offences?",
        "4. For offences recorded in 2023/24, what outcome has been assigned to each (please use "
        "the Home Office outcome types)?",
    ]
    for q in req:
        p = para(doc, q, italic=True)
        p.paragraph_format.left_indent = Cm(0.8)

    para(doc, "Our response", bold=True, size=12)
    para(doc, "Humberside Police can confirm that it holds some of the information you have "
              "requested. Please see our answers to each question below. Question 3 is refused "
              "under section 12(1) of the Act, and a refusal notice is given under that heading, "
              "as required by section 17.")

    # ---- Q1 ----
    para(doc, "Question 1", bold=True)
    t1 = doc.add_table(rows=1, cols=3)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Financial year", "Sexual communication with a child (71/17) \u2013 crimes recorded",
             "Of which cyber flagged"]
    for c, h in zip(t1.rows[0].cells, heads):
        cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "D9E2F3")
    rows = [("2020/21", "148", "121"), ("2021/22", "171", "139"), ("2022/23", "163", "137"),
            ("2023/24", "189", "158"), ("Total", "671", "555")]
    for yr, a, b in rows:
        rc = t1.add_row().cells
        bold = yr == "Total"
        cell_text(rc[0], yr, bold=bold)
        cell_text(rc[1], a, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(rc[2], b, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")

    # ---- Q2: two-level header (year over sex) ----
    para(doc, "Question 2", bold=True)
    para(doc, "The table below shows the victims recorded against the offences in question 1 for "
              "the two years requested. Each of these crimes has a single victim recorded.")
    t2 = doc.add_table(rows=2, cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t2.rows[0].cells
    a = top[0].merge(t2.rows[1].cells[0])
    cell_text(a, "Age of victim at time of offence", bold=True)
    shade(a, "D9E2F3")
    m1 = top[1].merge(top[2])
    cell_text(m1, "2022/23", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(m1, "D9E2F3")
    m2 = top[3].merge(top[4])
    cell_text(m2, "2023/24", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(m2, "D9E2F3")
    for i, h in enumerate(["Female", "Male", "Female", "Male"], start=1):
        c = t2.rows[1].cells[i]
        cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "EEF2F9")
    data2 = [("Under 13", "41", "12", "52", "14"),
             ("13 \u2013 15", "88", "19", "97", "22"),
             ("Age not recorded", "<5", "<5", "<5", "<5")]
    for row in data2:
        rc = t2.add_row().cells
        cell_text(rc[0], row[0])
        for i in range(1, 5):
            cell_text(rc[i], row[i], align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "To reduce the risk that an individual could be identified, any figure lower than "
                  "five has been replaced with \u2018<5\u2019. For this reason no totals are shown "
                  "in this table.", italic=True, size=9)
    para(doc, "")

    # ---- Q3: s.12 ----
    para(doc, "Question 3", bold=True)
    para(doc, "The app, website or platform used is not held in a field that can be searched or "
              "reported on within our crime recording system. Where it is recorded at all, it "
              "appears in the free-text investigation log of each crime. To answer this question "
              "an officer would need to open and read every crime recorded under 71/17 in the four "
              "years, that is the 671 crimes given in the table above.")
    para(doc, "A sample of 20 crimes took on average six minutes each to review. Reviewing all of "
              "them would therefore take approximately 671 x 6 = 4,026 minutes, or just over 67 "
              "hours. This is well above the appropriate limit of \u00a3450, which equates to 18 "
              "hours of work at \u00a325 per hour, set for police forces by the Freedom of "
              "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
    para(doc, "This letter therefore serves as a refusal notice under section 17(5) of the Act for "
              "question 3, on the grounds that section 12(1) applies. Under section 16 we would "
              "suggest that a request covering a much shorter period, for example a single "
              "quarter, may fall within the limit, although we cannot guarantee this.")

    # ---- Q4: outcomes ----
    para(doc, "Question 4", bold=True)
    para(doc, "Outcomes for the 189 crimes recorded in 2023/24, as held on our systems when the "
              "data was extracted on 6 January 2025, are shown below.")
    t4 = doc.add_table(rows=1, cols=3)
    t4.style = "Table Grid"
    t4.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t4.rows[0].cells, ["Outcome type", "Description", "Crimes"]):
        cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "D9E2F3")
    data4 = [
        ("1", "Charged / summonsed", "16"),
        ("3", "Caution \u2013 adult", "<5"),
        ("8", "Community resolution", "<5"),
        ("14", "Evidential difficulties: suspect not identified, victim does not support further action", "41"),
        ("15", "Evidential difficulties: suspect identified, victim supports action", "37"),
        ("16", "Evidential difficulties: suspect identified, victim does not support further action", "22"),
        ("18", "Investigation complete \u2013 no suspect identified", "19"),
        ("21", "Further investigation not in the public interest \u2013 police decision", "6"),
        ("22", "Diversionary, educational or intervention activity", "9"),
        ("\u2013", "Outcome not yet assigned (investigation ongoing)", "36"),
    ]
    for code, desc, n in data4:
        rc = t4.add_row().cells
        cell_text(rc[0], code, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(rc[1], desc)
        cell_text(rc[2], n, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Figures lower than five are shown as \u2018<5\u2019 (see question 2).",
         italic=True, size=9)
    para(doc, "")

    para(doc, "Please note that all figures are taken from a live crime recording system and "
              "reflect the position on the date of extraction. Crimes may be reclassified or "
              "cancelled following further investigation, so figures provided in response to "
              "other requests may differ slightly.")

    para(doc, "Your right to complain", bold=True, size=12)
    para(doc, "If you are dissatisfied with the handling of your request you may ask for an "
              "internal review. Please write to the Information Rights & Disclosure Unit at the "
              "address above within 40 working days of the date of this letter. If you remain "
              "dissatisfied after the review you may complain to the Information Commissioner's "
              "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 "
              "1113).")
    para(doc, "Yours sincerely,", space_after=24)
    para(doc, "D. Fenwick", bold=True, space_after=0)
    para(doc, "Disclosure Officer", space_after=0)
    para(doc, "Information Rights & Disclosure Unit", space_after=0)

    cp = doc.core_properties
    cp.author = "Information Rights & Disclosure Unit"
    cp.last_modified_by = "Information Rights & Disclosure Unit"
    cp.title = "FOI HP/FOI/2024/2381 response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps and a fixed entry order -> byte-identical output.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
