"""Build reply.docx: Durham Constabulary FOI reply 1087/24.

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-identical
on every run (fixed core properties and fixed zip timestamps).
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
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 9, 27, 10, 14, 0)


def add_field(run, instr):
    """Insert a Word field (PAGE / NUMPAGES) into a run."""
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


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


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    add_field(fp.add_run(), "NUMPAGES")
    fp2 = sec.footer.add_paragraph("Durham Constabulary \u2013 Freedom of Information Unit")
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # letterhead
    para(doc, "DURHAM CONSTABULARY", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Freedom of Information Unit", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Police Headquarters", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Aykley Heads", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Durham", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "DH1 5TT", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Email: freedomofinformation@durham.police.uk", align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Sent by email only", italic=True, space_after=12)

    para(doc, "Our Ref:\t\tFOI 1087/24", space_after=0)
    para(doc, "Date:\t\t27th September 2024", space_after=12)

    para(doc, "Dear Requester,")
    para(doc, "FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST NUMBER 1087/24", bold=True)
    para(doc, "I write in connection with your request for information which was received "
              "by Durham Constabulary on 2nd September 2024. I note you seek access to the "
              "following information:")

    req = [
        "\u201cPlease could you provide the following under the Freedom of Information Act:",
        "1.\tThe number of crimes of sexual communication with a child (Home Office code 71/17) "
        "recorded by Durham Constabulary in each financial year from 2020/21 to 2023/24.",
        "2.\tOf the crimes in question 1, how many were flagged as online (cyber-enabled) in each year?",
        "3.\tFor the crimes recorded in 2023/24, a breakdown of the victims by gender and by age "
        "(under 13, 13 to 15 and 16 to 17).",
        "4.\tFor each year in question 1, how many of the investigations began as a result of "
        "intelligence or a referral from the National Crime Agency or another law enforcement agency?",
        "5.\tThe outcomes of the crimes recorded in 2023/24.",
        "6.\tHow many suspects aged under 18 were identified for the crimes recorded in 2023/24?\u201d",
    ]
    for line in req:
        p = para(doc, line, italic=True, space_after=3)
        p.paragraph_format.left_indent = Cm(1)

    para(doc, "")
    para(doc, "Following receipt of your request, searches were conducted within Durham "
              "Constabulary to locate information relevant to your request. I can confirm that "
              "the information you have requested is held in part by Durham Constabulary.")
    para(doc, "I am able to disclose the located information to you as follows. Please note that "
              "the figures have been extracted from the force crime recording system on "
              "12/09/2024 and are a snapshot as of that date; crime records are subject to "
              "change as investigations progress.")

    # ---- Q1 and Q2
    para(doc, "Questions 1 and 2", bold=True)
    para(doc, "Table 1 \u2013 Sexual Communication with a Child (71/17), crimes recorded by financial year",
         italic=True, size=10)
    t1 = doc.add_table(rows=1, cols=3)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Financial Year", "Crimes Recorded", "Of which Online Flag applied"]
    for i, h in enumerate(hdr):
        cell_text(t1.rows[0].cells[i], h, bold=True)
        shade(t1.rows[0].cells[i])
    rows = [
        ("2020/21", "112", "98"),
        ("2021/22", "127", "113"),
        ("2022/23", "104", "90"),
        ("2023/24", "96", "81"),
        ("Total", "439", "382"),
    ]
    for r in rows:
        cells = t1.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, bold=(r[0] == "Total"))
    para(doc, "")

    # ---- Q3
    para(doc, "Question 3", bold=True)
    para(doc, "Table 2 \u2013 Victims of Sexual Communication with a Child (71/17), crimes "
              "recorded 2023/24, by gender and age at time of offence", italic=True, size=10)
    t2 = doc.add_table(rows=3, cols=8)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1, r2 = t2.rows
    a = r0.cells[0].merge(r1.cells[0])
    cell_text(a, "Financial Year", bold=True)
    f = r0.cells[1].merge(r0.cells[3])
    cell_text(f, "Female", bold=True)
    m = r0.cells[4].merge(r0.cells[6])
    cell_text(m, "Male", bold=True)
    tt = r0.cells[7].merge(r1.cells[7])
    cell_text(tt, "Total", bold=True)
    for i, band in enumerate(["Under 13", "13-15", "16-17", "Under 13", "13-15", "16-17"]):
        cell_text(r1.cells[i + 1], band, bold=True)
    for c in list(r0.cells) + list(r1.cells):
        shade(c)
    for i, v in enumerate(["2023/24", "21", "52", "6", "*", "7", "*", "89"]):
        cell_text(r2.cells[i], v)
    para(doc, "")
    para(doc, "Please note that Table 2 counts victims rather than crimes. A victim may be "
              "linked to more than one crime, so the total in Table 2 will not match the number "
              "of crimes recorded in 2023/24 shown in Table 1.")
    para(doc, "Where numbers are low they have been replaced with an asterisk (*). This is to "
              "reduce the risk of individuals being identified from the information disclosed.")

    # ---- Q4
    para(doc, "Question 4", bold=True)
    para(doc, "Durham Constabulary can neither confirm nor deny that it holds any information "
              "relevant to this question by virtue of the following exemptions:")
    for line in ["Section 23(5) \u2013 Information supplied by, or concerning, certain Security Bodies",
                 "Section 24(2) \u2013 National Security"]:
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "")
    para(doc, "Section 17 of the Freedom of Information Act 2000 requires that when a public "
              "authority is relying on an exemption it must issue a notice stating that fact, "
              "specifying the exemption in question and stating, if that would not otherwise be "
              "apparent, why the exemption applies. This letter serves as that notice.")
    para(doc, "Section 23 is an absolute class-based exemption and there is no requirement to "
              "consider the public interest. To confirm or deny whether information is held "
              "about investigations which may have been initiated by, or involved, bodies "
              "listed in section 23(3) of the Act would in itself reveal whether those bodies "
              "have an interest in particular types of offending within the force area.")
    para(doc, "Section 24 is a qualified exemption and the public interest has been considered. "
              "Confirming or denying would increase public awareness of how referrals between "
              "agencies operate, which favours disclosure. Against this, any confirmation or "
              "denial, taken together with answers given by other forces, would allow a picture "
              "to be built of where national agencies are or are not active. The balance lies "
              "in neither confirming nor denying that information is held.")
    para(doc, "No inference should be drawn from this response as to whether or not "
              "information is held.")

    # ---- Q5
    para(doc, "Question 5", bold=True)
    para(doc, "The outcomes recorded, as at 12/09/2024, for the Sexual Communication with a "
              "Child crimes recorded in 2023/24 are as follows:")
    outcomes = [
        "Charged/Summonsed \u2013 18",
        "Caution \u2013 Youth \u2013 *",
        "Community Resolution \u2013 *",
        "Outcome 15 \u2013 Named suspect identified, evidential difficulties prevent further action \u2013 19",
        "Outcome 16 \u2013 Named suspect identified, victim does not support further action \u2013 11",
        "Outcome 18 \u2013 Investigation complete, no suspect identified \u2013 8",
        "Outcome 21 \u2013 Further investigation not in the public interest (police decision) \u2013 5",
        "No outcome yet \u2013 investigation ongoing \u2013 30",
    ]
    for line in outcomes:
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "")

    # ---- closing
    para(doc, "The information we have supplied to you is likely to contain intellectual "
              "property rights of Durham Constabulary. Your use of the information must be "
              "strictly in accordance with the Copyright, Designs and Patents Act 1988 (as "
              "amended) or such other applicable legislation.")
    para(doc, "Your attention is drawn to the attached sheet, which details your right of "
              "complaint.")
    para(doc, "If you are dissatisfied with the handling of your request you may ask for an "
              "internal review. Please write to the Freedom of Information Unit at the address "
              "above within 40 working days of the date of this letter. The force aims to "
              "complete internal reviews within 20 working days.")
    para(doc, "If you remain dissatisfied after the internal review you may apply to the "
              "Information Commissioner for a decision:")
    for line in ["Information Commissioner\u2019s Office", "Wycliffe House", "Water Lane",
                 "Wilmslow", "Cheshire", "SK9 5AF", "Telephone: 0303 123 1113",
                 "Website: www.ico.org.uk"]:
        p = para(doc, line, space_after=0)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "")
    para(doc, "Yours sincerely,", space_after=18)
    para(doc, "Disclosure Officer", space_after=0)
    para(doc, "Freedom of Information Unit", space_after=0)
    para(doc, "Durham Constabulary")

    cp = doc.core_properties
    cp.author = "FOI Unit"
    cp.last_modified_by = "FOI Unit"
    cp.title = "FOI 1087/24 Response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)

    # re-pack with fixed timestamps so the build is reproducible
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 27, 10, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
