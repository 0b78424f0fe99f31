"""Build reply.docx: North Wales Police FOI response letter (FOI 2024/0412).

Run with the project venv python:  python make_reply.py
The output is byte-for-byte reproducible (fixed core properties and zip timestamps).
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
FIXED = datetime.datetime(2024, 3, 1, 9, 12, 0)


def add_field(run, instr):
    """Insert a Word field (PAGE / NUMPAGES) into a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    val = OxmlElement("w:t")
    val.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, val, end):
        run._r.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(10)
    p.alignment = align


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    # Header: protective marking + bilingual force name
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    # Footer: Tudalen X o Y / Page X of Y
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Tudalen / Page ").font.size = Pt(9)
    r = fp.add_run()
    add_field(r, "PAGE")
    fp.add_run(" o / of ").font.size = Pt(9)
    r = fp.add_run()
    add_field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    # Letterhead
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    r = p.add_run("Heddlu Gogledd Cymru")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    r = p.add_run("North Wales Police")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
    para(doc, "Diogelu Gogledd Cymru / Keeping North Wales Safe", italic=True, size=9,
         align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)

    for line in [
        "Uned Rhyddid Gwybodaeth / Freedom of Information Unit",
        "Pencadlys yr Heddlu / Police Headquarters",
        "Glan y Don",
        "Bae Colwyn / Colwyn Bay",
        "LL29 8AW",
    ]:
        para(doc, line, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "", space_after=6)

    t = doc.add_table(rows=3, cols=2)
    rows = [
        ("Ein cyf / Our ref:", "FOI 2024/0412"),
        ("Eich cyf / Your ref:", "Your e-mail of 5 February 2024"),
        ("Dyddiad / Date:", "1 March 2024"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(i, 1), b, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")

    para(doc, "Dear Requester,")
    para(doc, "Freedom of Information Act 2000 \u2013 Request FOI 2024/0412", bold=True)
    para(doc,
         "Thank you for your request for information, which North Wales Police received on "
         "5 February 2024. We have dealt with it under the Freedom of Information Act 2000 "
         "(the Act).")
    para(doc, "You asked:", bold=True)
    for line in [
        "\u201cPlease could you tell me, for each of the calendar years 2021, 2022 and 2023:",
        "1. How many offences of sexual communication with a child (Home Office code 71/17) "
        "were recorded by North Wales Police?",
        "2. How many of these offences were flagged as online / cyber-enabled?",
        "3. The age and gender of the victims of these offences.",
        "4. Which social media sites, apps or messaging services were used to commit each "
        "offence?",
        "5. How many suspects were aged under 18, and how many were 18 or over?\u201d",
    ]:
        p = para(doc, line, italic=True, space_after=3)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "")

    para(doc, "Response", bold=True, size=12)
    para(doc,
         "Section 1(1)(a) of the Act requires a public authority to say whether it holds "
         "the information requested and, if so, under section 1(1)(b) to provide it, unless "
         "an exemption applies. North Wales Police holds information relevant to your "
         "request. Questions 1, 2, 3 and 5 are answered below. Question 4 is refused under "
         "section 12(1) of the Act, for the reasons given under that question.")
    para(doc,
         "The figures have been taken from the force crime recording system (Niche RMS) "
         "and relate to crimes recorded between 1 January 2021 and 31 December 2023 under "
         "Home Office offence code 71/17, Sexual Communication with a Child. Crime data is "
         "live and figures may change slightly if searched again at a later date.")

    # Q1 and Q2
    para(doc, "Questions 1 and 2", bold=True)
    para(doc, "Table 1 \u2013 Sexual communication with a child (71/17), crimes recorded",
         italic=True, size=10)
    t1 = doc.add_table(rows=3, cols=4)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["", "2021", "2022", "2023"]
    data = [
        ["Number of crimes recorded", "118", "131", "142"],
        ["Of which, online flag applied", "97", "109", "126"],
    ]
    for j, h in enumerate(hdr):
        cell_text(t1.cell(0, j), h, bold=True)
        shade(t1.cell(0, j), "D9E2F3")
    for i, row in enumerate(data, start=1):
        for j, v in enumerate(row):
            cell_text(t1.cell(i, j), v, bold=(j == 0),
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc,
         "The use of the online flag has increased over the period: in 2023, 126 of the "
         "142 crimes recorded (89%) had the flag applied.")

    # Q3
    para(doc, "Question 3", bold=True)
    para(doc,
         "Table 2 below shows the victims of these crimes by age at the time of the offence "
         "and by gender. Each crime has one victim recorded.")
    para(doc, "Table 2 \u2013 Victims of sexual communication with a child (71/17), by age and "
                "gender", italic=True, size=10)
    t2 = doc.add_table(rows=6, cols=7)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    a = t2.cell(0, 0).merge(t2.cell(1, 0))
    cell_text(a, "Victim age", bold=True)
    shade(a, "D9E2F3")
    for k, yr in enumerate(["2021", "2022", "2023"]):
        c = t2.cell(0, 1 + 2 * k).merge(t2.cell(0, 2 + 2 * k))
        cell_text(c, yr, bold=True)
        shade(c, "D9E2F3")
        cell_text(t2.cell(1, 1 + 2 * k), "Female", bold=True)
        cell_text(t2.cell(1, 2 + 2 * k), "Male", bold=True)
        shade(t2.cell(1, 1 + 2 * k), "EDF1F9")
        shade(t2.cell(1, 2 + 2 * k), "EDF1F9")
    body = [
        ["10 and under", "9", "<5", "12", "<5", "14", "5"],
        ["11-12", "24", "6", "27", "8", "30", "7"],
        ["13-15", "61", "11", "66", "10", "70", "12"],
        ["Not recorded", "<5", "<5", "<5", "<5", "<5", "<5"],
    ]
    for i, row in enumerate(body, start=2):
        for j, v in enumerate(row):
            cell_text(t2.cell(i, j), v, bold=(j == 0),
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc,
         "Please note: where a figure is fewer than five it has been replaced with \u201c<5\u201d. "
         "This is to reduce the risk that a victim could be identified, particularly in "
         "smaller communities, and is in line with the force\u2019s disclosure policy. The "
         "offence can only be committed against a child under 16, so no older age band is "
         "shown.", italic=True, size=9)

    # Q4
    para(doc, "Question 4", bold=True)
    para(doc,
         "North Wales Police is unable to provide this information, as to do so would exceed "
         "the appropriate limit set by the Freedom of Information and Data Protection "
         "(Appropriate Limit and Fees) Regulations 2004. This letter therefore acts as a "
         "refusal notice under section 17(5) of the Act in respect of question 4.")
    para(doc,
         "Section 12(1) of the Act means that a public authority is not obliged to comply "
         "with a request where it estimates that the cost of doing so would exceed the "
         "appropriate limit. For police forces the limit is \u00a3450, which equates to 18 "
         "hours of work at \u00a325 per hour.")
    para(doc,
         "The platform, website or application used to commit an offence is not held in a "
         "searchable field on Niche RMS. Where it is recorded at all, it appears in the "
         "free-text occurrence summary or in officers\u2019 investigation logs. To answer "
         "this question each crime record would have to be opened and read. A total of 391 "
         "crimes were recorded under code 71/17 in the three years. A sample exercise "
         "showed that it takes on average 5 minutes to review one record, giving an "
         "estimate of 391 x 5 minutes = 1,955 minutes, or approximately 32.5 hours. This is "
         "well over the 18 hours permitted and section 12(1) is engaged. Section 12 is not "
         "subject to a public interest test.")
    para(doc,
         "Advice and assistance (section 16): you may wish to submit a new request for a "
         "shorter period, for example a single quarter. Please be aware that we cannot "
         "guarantee that a refined request would fall within the limit, or that no other "
         "exemption would apply.")

    # Q5
    para(doc, "Question 5", bold=True)
    para(doc,
         "The number of suspects linked to these crimes, by age at the time of the offence, "
         "is as follows:")
    for line in ["2021", "Under 18 \u2013 23", "18 and over \u2013 71", "",
                 "2022", "Under 18 \u2013 31", "18 and over \u2013 80", "",
                 "2023", "Under 18 \u2013 27", "18 and over \u2013 92"]:
        p = para(doc, line, bold=(line[:2] == "20"), space_after=0)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "")
    para(doc,
         "A suspect is counted once for each crime they are linked to. Not every crime has a "
         "suspect identified, and some crimes have more than one, so these figures will not "
         "match the totals in Table 1.")

    # Closing
    para(doc, "Complaint rights", bold=True, size=12)
    para(doc,
         "If you are unhappy with the way your request has been handled you may ask for an "
         "internal review. Please write to the Freedom of Information Unit at the address "
         "above within 40 working days of the date of this letter, stating the reasons for "
         "your dissatisfaction. A senior officer not involved in the original decision will "
         "carry out the review.")
    para(doc,
         "If you remain dissatisfied after the internal review, you may apply to the "
         "Information Commissioner under section 50 of the Act. The Information "
         "Commissioner can be contacted at:")
    for line in [
        "Information Commissioner\u2019s Office \u2013 Wales",
        "2nd Floor, Churchill House, Churchill Way, Cardiff, CF10 2HH",
        "Telephone: 0330 414 6421",
        "",
        "or",
        "",
        "Information Commissioner\u2019s Office",
        "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF",
        "Telephone: 0303 123 1113",
    ]:
        p = para(doc, line, space_after=0)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "")
    para(doc,
         "Rydym yn croesawu gohebiaeth yn Gymraeg ac yn Saesneg a byddwn yn ymateb yn yr "
         "un iaith heb oedi. We welcome correspondence in Welsh and English and will "
         "respond in the same language without delay.", italic=True, size=9)
    para(doc, "Yn gywir / Yours sincerely,")
    para(doc, "")
    para(doc, "Swyddog Datgelu / Disclosure Officer", bold=True, space_after=0)
    para(doc, "Uned Rhyddid Gwybodaeth / Freedom of Information Unit", space_after=0)
    para(doc, "Heddlu Gogledd Cymru / North Wales Police")

    cp = doc.core_properties
    cp.author = "FOI Unit"
    cp.last_modified_by = "FOI Unit"
    cp.title = "FOI 2024/0412 Response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # Re-pack the zip with fixed timestamps so that the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(OUT, "wb") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    build()
