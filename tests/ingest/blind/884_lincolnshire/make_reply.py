"""Build reply.docx: Lincolnshire Police FOI response letter (ref 002187/24).

Run with the project venv: python make_reply.py  (writes reply.docx beside this file).
The zip is rewritten with fixed timestamps and fixed document dates so that the output
is byte-for-byte reproducible.
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
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.docx"
FIXED = datetime.datetime(2024, 4, 2, 14, 5, 0)
NBSP = "\u00a0"
REF = "002187/24"


def field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def furniture(doc):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("LINCOLNSHIRE POLICE")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x2F, 0x6C)
    hp3 = sec.header.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp3.add_run("Information Management Unit")
    r.font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Lincolnshire Police, Police Headquarters, Deepdale Lane, Nettleham, Lincoln LN2 2LT")
    r.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp2.add_run("Page ").font.size = Pt(8)
    field(fp2, "PAGE")
    fp2.add_run(" of ").font.size = Pt(8)
    field(fp2, "NUMPAGES")
    fp3 = sec.footer.add_paragraph()
    fp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp3.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)


def p(doc, text="", bold=False, italic=False, size=None, style=None):
    para = doc.add_paragraph(style=style)
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    return para


def h(doc, text):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    run.underline = True
    return para


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Information Management Unit"
    cp.last_modified_by = "Information Management Unit"
    cp.title = f"FOI {REF} response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    furniture(doc)

    p(doc, f"Our Reference:{NBSP}{REF}")
    p(doc, "Date: 2 April 2024")
    p(doc)
    p(doc, "Dear Requester,")
    p(doc, "Freedom of Information Act 2000 \u2013 Request for Information", bold=True)
    p(doc,
      "I write in connection with your request for information received by Lincolnshire Police "
      "on 4 March 2024. Your request has been considered under the Freedom of Information Act "
      "2000 (FOIA) and you asked:")
    for q in [
        "1. The number of crimes recorded with a child sexual exploitation (CSE) flag in each of "
        "the calendar years 2020, 2021, 2022 and 2023.",
        "2. Of these, how many also had the online flag?",
        "3. Of these, how many involved more than one offender (group-based offending)?",
        "4. The number of sexual grooming offences (Home Office code 88A) recorded in each of "
        "those years, broken down by the gender of the victim.",
        "5. Of the grooming offences, how many victims were looked after children (children in "
        "care)?",
        "6. How many of the grooming offences were identified through covert online operatives "
        "or undercover officers posing as children?",
    ]:
        p(doc, q, italic=True)

    h(doc, "Response")
    p(doc,
      "Lincolnshire Police holds some of the information you have requested. Questions 1 to 4 "
      "are answered below. Question 5 is exempt under Section" + NBSP + "40(2) and, for question "
      "6, the force neither confirms nor denies that it holds information. The reasons are set "
      "out under each question.")
    p(doc,
      "All figures were taken from the force crime recording system on 18/03/2024 and are "
      "based on the date the crime was recorded.")

    h(doc, "Questions 1, 2 and 3")
    table = doc.add_table(rows=4, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [
        ["", "2020", "2021", "2022", "2023"],
        ["Crimes with a CSE flag", "N/H", "87", "104", "96"],
        ["of which \u2013\nonline flag", "N/H", "41", "55", "49"],
        ["of which \u2013\nmore than one suspect", "N/H", "9", "12", "7"],
    ]
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            cell = table.cell(i, j)
            lines = val.split("\n")
            para = cell.paragraphs[0]
            run = para.add_run(lines[0])
            for extra in lines[1:]:
                run.add_break()
                run = para.add_run(extra)
            if i == 0:
                for r in para.runs:
                    r.bold = True
            if j > 0:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p(doc,
      "N/H \u2013 not held. The CSE flag was introduced to the force crime recording system on "
      "1 January 2021. Crimes recorded before that date do not carry the flag, so the "
      "information for 2020 is not held.", italic=True, size=9)
    p(doc,
      "\u2018More than one suspect\u2019 counts CSE-flagged crimes where two or more suspects "
      "are linked to the crime record.", italic=True, size=9)

    h(doc, "Question 4")
    p(doc, "Sexual grooming (88A) offences recorded, by gender of victim:")
    grooming = {
        "2020": (38, 11, 2, 51),
        "2021": (44, 9, 0, 53),
        "2022": (52, 14, 3, 69),
        "2023": (47, 12, 1, 60),
    }
    for year, (f, m, u, t) in grooming.items():
        p(doc, year, bold=True)
        para = p(doc, f"Female: {f}")
        para.paragraph_format.space_after = Pt(0)
        para = p(doc, f"Male: {m}")
        para.paragraph_format.space_after = Pt(0)
        para = p(doc, f"Unknown: {u}")
        para.paragraph_format.space_after = Pt(0)
        p(doc, f"Total: {t}")
    p(doc,
      "\u2018Unknown\u2019 means that the gender of the victim was not recorded.",
      italic=True, size=9)

    h(doc, "Question 5")
    p(doc,
      "This information is exempt under Section" + NBSP + "40(2) of the FOIA (Personal "
      "Information). Whether a child is looked after by a local authority is personal "
      "information about that child. The numbers involved each year are small, and when "
      "combined with other information in the public domain, such as local media reporting of "
      "court cases, there is a real risk that individual victims could be identified. "
      "Disclosure would breach the first data protection principle, as it would be neither fair "
      "nor lawful. Section" + NBSP + "40(2) is an absolute exemption where disclosure would "
      "breach the data protection principles and no public interest test is required.")

    h(doc, "Question 6")
    p(doc,
      "Lincolnshire Police neither confirms nor denies that it holds information relevant to "
      "question 6 by virtue of the following exemptions:")
    for ex in ["Section 23(5) \u2013 Information supplied by, or concerning, certain Security Bodies",
               "Section 24(2) \u2013 National Security",
               "Section 30(3) \u2013 Investigations and Proceedings",
               "Section 31(3) \u2013 Law Enforcement"]:
        p(doc, ex, style="List Bullet")
    p(doc,
      "Sections 24, 30 and 31 are qualified, prejudice-based exemptions. Confirming or denying "
      "whether covert tactics have been used to identify grooming offences, and to what extent, "
      "would reveal to offenders the tactics available to the police and where they may or may "
      "not be deployed. Offenders could then change their behaviour to avoid detection, placing "
      "children at greater risk.")
    p(doc,
      "The public interest in transparency and in knowing how the police protect children is "
      "recognised. However, the force considers that the public interest in protecting covert "
      "tactics, and so the safety of children, outweighs it. Section 23 is an absolute "
      "exemption and no public interest test is required.")
    p(doc,
      "No inference should be drawn from this response as to whether or not the information "
      "requested is held.")
    p(doc,
      "This letter serves as a refusal notice under Section 17 of the FOIA for questions 5 and 6.")

    h(doc, "Your right to complain")
    p(doc,
      "If you are unhappy with this response you can ask for an internal review by writing to "
      "the Information Management Unit at the address below within 40 working days of the date "
      "of this letter. If you remain dissatisfied after the review you can complain to the "
      "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
      "SK9 5AF, telephone 0303 123 1113.")
    p(doc, "Yours sincerely,")
    p(doc)
    p(doc, "Freedom of Information Officer\nInformation Management Unit\nLincolnshire Police")

    tmp = io.BytesIO()
    doc.save(tmp)
    OUT.write_bytes(normalise(tmp.getvalue()))


def normalise(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


if __name__ == "__main__":
    build()
    print(OUT)
