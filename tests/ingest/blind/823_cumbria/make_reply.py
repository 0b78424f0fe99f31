"""Build reply.docx: Cumbria Constabulary FOI response (python-docx).

Run:  python make_reply.py
The zip is re-packed with fixed timestamps and fixed core-property dates so a
rebuild gives the same bytes.
"""
import datetime
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
REF = "FOI 2024/0534"
FIXED = datetime.datetime(2024, 5, 30, 14, 5, 0)


def p(doc, text="", bold=False, italic=False, size=11, align=None, after=6):
    para = doc.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
    para.paragraph_format.space_after = Pt(after)
    if align is not None:
        para.alignment = align
    return para


def question(doc, label, text):
    para = doc.add_paragraph()
    r = para.add_run(f"{label} ")
    r.bold = True
    para.add_run(text)
    para.paragraph_format.space_after = Pt(4)


def answer(doc, text):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    para.paragraph_format.space_after = Pt(6)
    return para


def page_field_footer(section):
    footer = section.footer
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("OFFICIAL").bold = True
    fp2 = footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp2.add_run(f"{REF}    Page ")
    fp2._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp2.add_run(" of ")
    fp2._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>'))
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.add_run("OFFICIAL").bold = True


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    page_field_footer(doc.sections[0])

    # letterhead
    head = p(doc, "Cumbria Constabulary", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    head.runs[0].font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    for line in ("Information Management Unit", "Police Headquarters, Carleton Hall",
                 "Penrith, Cumbria CA10 2AU", "Tel: 101  |  foi@cumbria.police.uk"):
        p(doc, line, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    p(doc)

    p(doc, "Mr A. Tennant", after=0)
    p(doc, "Sent via email", after=10)
    p(doc, f"Our reference: {REF}", bold=True, after=0)
    p(doc, "Date: 30 May 2024", after=12)

    p(doc, "Dear Mr Tennant,")
    p(doc, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", bold=True)
    p(doc,
      "Thank you for your email of 2 May 2024 requesting information about child sexual "
      "exploitation (CSE). Your request has been dealt with under the Freedom of Information "
      "Act 2000 (the Act). Each of your questions is set out below with our response beneath "
      "it in bold.")
    p(doc,
      "All figures relate to crimes recorded by Cumbria Constabulary in the financial year "
      "shown (1 April to 31 March) and were taken from our records management system on "
      "14 May 2024. A crime may carry a CSE flag where there are concerns that a child has "
      "been sexually exploited, whatever the offence recorded.")

    # Q1
    question(doc, "Question 1:",
             "Please provide the number of crimes recorded with a child sexual exploitation "
             "(CSE) flag in each financial year from 2019/20 to 2023/24, broken down by the "
             "gender of the victim.")
    answer(doc, "Please see the table below.")
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ("Financial Year", "Female", "Male", "Unknown", "Total")
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        c._tc.get_or_add_tcPr().append(parse_xml(
            f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
    data = [
        ("2019/20", "N/H", "N/H", "N/H", "N/H"),
        ("2020/21", "64", "12", "3", "79"),
        ("2021/22", "71", "17", "0", "88"),
        ("2022/23", "83", "15", "2", "100"),
        ("2023/24", "77", "20", "4", "101"),
    ]
    for row in data:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            if i:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p(doc, after=2)
    p(doc,
      "N/H - Not held. Cumbria Constabulary moved to its current records management system "
      "on 1 April 2020. The CSE flag was not migrated from the previous system, so the number "
      "of CSE flagged crimes recorded in 2019/20 is not held.", italic=True, size=9)

    # Q2
    question(doc, "Question 2:",
             "How many children are currently assessed as being at risk of CSE? Please break "
             "this down by risk level.")
    answer(doc,
           "Risk assessments are reviewed each quarter. The most recent quarterly figures are "
           "as at 31 March 2024, when the number of children assessed as at risk of CSE was:")
    for line in ("High risk: 7", "Medium risk: 19", "Low risk: 34", "Total: 60"):
        para = doc.add_paragraph(line, style="List Bullet")
        para.runs[0].bold = True
    answer(doc,
           "The Missing and Exploited Children (MEC) team is currently working with 52 "
           "children. This is a live caseload and is not the same as the quarterly risk "
           "figures above.")

    # Q3
    question(doc, "Question 3:",
             "How many of the CSE flagged crimes in 2023/24 involved group-based offending, "
             "and in how many of those was a suspect aged under 18?")
    answer(doc,
           "Of the 101 CSE flagged crimes recorded in 2023/24, 13 were recorded as involving "
           "group-based offending (two or more suspects acting together). In 5 of those 13 "
           "crimes at least one suspect was aged under 18 at the time of the offence.")

    # Q4
    question(doc, "Question 4:",
             "What were the outcomes of the CSE flagged crimes recorded in 2023/24?")
    answer(doc, "The outcomes of the 101 crimes, as at 14 May 2024, are:")
    outcomes = [
        "Charged/Summonsed - 14",
        "Youth Caution - *",
        "Adult Caution - *",
        "Community Resolution - *",
        "Evidential difficulties, suspect identified, victim supports action (Outcome 15) - 19",
        "Evidential difficulties, victim does not support action (Outcome 16) - 22",
        "Investigation ongoing - 31",
        "All other outcomes - 9",
    ]
    for line in outcomes:
        para = doc.add_paragraph(style="List Paragraph")
        para.add_run(line).bold = True
        para.paragraph_format.space_after = Pt(0)
    p(doc, after=2)
    p(doc,
      "* Figures have been suppressed as, given the small numbers involved, their release "
      "could lead to the identification of the individuals concerned. This information is "
      "exempt under section 40(2) of the Act.", italic=True, size=9)

    # Q5
    question(doc, "Question 5:",
             "How many CSE investigations in 2023/24 were referred to Cumbria Constabulary by "
             "the National Crime Agency, including CEOP?")
    answer(doc,
           "Cumbria Constabulary can neither confirm nor deny that it holds any information "
           "relevant to this question by virtue of the following exemptions:")
    answer(doc,
           "Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
           "Section 24(2) - National security")
    p(doc,
      "Section 23 is an absolute exemption and there is no requirement to consider the public "
      "interest. Section 24 is a qualified exemption and the public interest has been "
      "considered as follows.")
    p(doc,
      "Factors favouring confirmation or denial: confirming whether information is held would "
      "increase public awareness of how child sexual exploitation referrals are made between "
      "agencies and would promote transparency and accountability.")
    p(doc,
      "Factors against confirmation or denial: confirming or denying whether referrals were "
      "received from a particular agency would show where and how that agency is operating. "
      "When combined with other requests of this kind it would allow offenders to build a "
      "picture of law enforcement activity and adapt their behaviour, placing children at "
      "greater risk.")
    p(doc,
      "Balance test: the security of the country and the protection of children are of "
      "paramount importance. Although there is a public interest in transparency, it is our "
      "view that the balance does not favour confirming or denying whether information is "
      "held for this question.")
    p(doc,
      "No inference should be taken from this response as to whether or not information "
      "is held.", italic=True)

    p(doc, "YOUR RIGHT TO REQUEST AN INTERNAL REVIEW", bold=True)
    p(doc,
      "If you are not satisfied with this response you may ask for an internal review. Please "
      "write to the Information Management Unit at the address above within 40 working days "
      "of the date of this letter.")
    p(doc,
      "If you remain dissatisfied after the review you may contact the Information "
      "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
      "(telephone 0303 123 1113).")
    p(doc, "Yours sincerely,", after=18)
    p(doc, "Disclosure Officer", after=0)
    p(doc, "Information Management Unit", after=0)
    p(doc, "Cumbria Constabulary")

    cp = doc.core_properties
    cp.author = "Information Management Unit"
    cp.last_modified_by = "Information Management Unit"
    cp.title = f"FOI response {REF}"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    tmp = io.BytesIO()
    doc.save(tmp)
    with open(OUT, "wb") as fh:
        fh.write(normalise(tmp.getvalue()))


def normalise(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 30, 14, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
