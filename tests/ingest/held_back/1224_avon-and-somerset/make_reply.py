"""Builds reply.docx (Avon and Somerset Constabulary FOI reply) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
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
FIXED = datetime.datetime(2024, 3, 4, 11, 5, 0)
STAMP = "2024-03-04T11:05:00Z"
REF = "24-0354"


def field(paragraph, instr):
    """Append a simple Word field (PAGE / NUMPAGES) to a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def question(doc, text):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    p.paragraph_format.space_before = Pt(8)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Freedom of Information Team"
    cp.last_modified_by = "Freedom of Information Team"
    cp.title = "FOI %s" % REF
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Avon and Somerset Constabulary")
    hr.bold = True
    hr.font.size = Pt(14)
    hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    hp2 = sec.header.add_paragraph("Freedom of Information  |  OFFICIAL")
    hp2.runs[0].font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("OFFICIAL  |  FOI %s  |  Page " % REF)
    fr.font.size = Pt(8)
    field(fp, "PAGE")
    r2 = fp.add_run(" of ")
    r2.font.size = Pt(8)
    field(fp, "NUMPAGES")

    t = doc.add_paragraph()
    tr = t.add_run("Freedom of Information Request")
    tr.bold = True
    tr.font.size = Pt(14)
    doc.add_paragraph("Our Ref: %s\nDate: 4 March 2024" % REF)

    doc.add_paragraph(
        "Thank you for your request for information received on 5 February 2024, which has been "
        "dealt with under the Freedom of Information Act 2000 (the Act). Your questions are repeated "
        "below, each followed by our answer.")

    question(doc, "1. For each of the calendar years 2021, 2022 and 2023, how many crimes were recorded "
                  "that carried a Child Sexual Exploitation (CSE) flag?")
    question(doc, "2. Please break the figures in question 1 down by the age of the victim at the time of "
                  "the offence, using the bands 0-12, 13-15 and 16-17.")
    doc.add_paragraph(
        "Table 1 below answers questions 1 and 2 together. The Total row gives the number of crimes "
        "carrying a CSE flag in each year.")

    tbl = doc.add_table(rows=7, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    a.text = "Age of victim"
    b = tbl.cell(0, 1).merge(tbl.cell(0, 3))
    b.text = "Year crime recorded"
    for j, y in enumerate(["2021", "2022", "2023"], start=1):
        tbl.cell(1, j).text = y
    data = [
        ("0 - 12", "23", "31", "19"),
        ("13 - 15", "198", "214", "176"),
        ("16 - 17", "61", "58", "49"),
        ("Age not recorded", "<5", "6", "<5"),
        ("Total", "285", "309", "246"),
    ]
    for i, row in enumerate(data, start=2):
        for j, v in enumerate(row):
            tbl.cell(i, j).text = v
    for i in range(7):
        for j in range(4):
            c = tbl.cell(i, j)
            for p in c.paragraphs:
                if j > 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.font.size = Pt(10)
                    if i < 2 or i == 6:
                        r.bold = True
    for c in (a, b, tbl.cell(1, 1), tbl.cell(1, 2), tbl.cell(1, 3)):
        shade(c, "D9E2F3")
    for j in range(4):
        shade(tbl.cell(6, j), "F2F2F2")

    n = doc.add_paragraph()
    nr = n.add_run(
        "Table 1. Where a figure is lower than five it has been shown as <5. Releasing very small "
        "numbers, together with other information in the public domain, could lead to the "
        "identification of victims.")
    nr.italic = True
    nr.font.size = Pt(9)

    question(doc, "3. How many offences of abuse of a position of trust of a sexual nature (Home Office "
                  "code 73) were recorded in each of those years, and what outcome has been recorded "
                  "for each?")
    doc.add_paragraph(
        "The Constabulary recorded 11 offences under Home Office classification 73 in 2021, fourteen "
        "in 2022 and 13 in 2023. The outcomes recorded against these 38 offences are:")
    for line in [
        "Charged or summonsed \u2013 9",
        "Adult caution \u2013 2",
        "No further action \u2013 20",
        "Investigation ongoing \u2013 7",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Outcomes are those shown on our crime recording system when the data was extracted on "
        "12 February 2024. An investigation that is ongoing may receive a different outcome later.")

    question(doc, "4. How many investigations into child sexual exploitation are currently open?")
    doc.add_paragraph(
        "As at 12 February 2024 there were 47 open investigations carrying a CSE flag.")

    question(doc, "5. In each of the years above, in how many CSE investigations was a suspect also a "
                  "registered covert human intelligence source (informant)?")
    doc.add_paragraph(
        "Avon and Somerset Constabulary can neither confirm nor deny that it holds information "
        "relevant to this question, by virtue of the following exemptions:")
    for line in [
        "Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies",
        "Section 30(3) \u2013 Investigations and proceedings",
        "Section 31(3) \u2013 Law enforcement",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Sections 30 and 31 are qualified exemptions and we have considered the public interest. "
        "Confirming or denying whether any suspect in a particular category of investigation was a "
        "covert source would allow inferences to be drawn about the use of covert tactics, would "
        "place sources and their families at risk and would discourage people from providing "
        "information to the police in future. The public interest in the effective use of covert "
        "sources outweighs the public interest in confirmation or denial. Section 23(5) is absolute "
        "and requires no public interest test.")
    doc.add_paragraph(
        "No inference should be drawn from this response that information relevant to question 5 "
        "does or does not exist.")

    h = doc.add_paragraph()
    h.add_run("Complaint rights").bold = True
    doc.add_paragraph(
        "If you are unhappy with the way your request has been handled, you may ask for an internal "
        "review within 40 working days of this response by writing to the Freedom of Information "
        "Team, quoting the reference above. If you remain dissatisfied you may apply to the "
        "Information Commissioner's Office for a decision.")
    doc.add_paragraph("Yours sincerely,\n\nFreedom of Information Team\nAvon and Somerset Constabulary")

    doc.save(OUT)
    normalise(OUT)


def normalise(path):
    """Rewrite the zip with fixed timestamps so the file is byte-identical on every run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % STAMP, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % STAMP, txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 11, 5, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build()
