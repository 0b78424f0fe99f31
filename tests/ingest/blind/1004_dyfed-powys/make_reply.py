"""Build reply.docx for 1004_dyfed-powys (invented Dyfed-Powys Police FOI letter).

Run with: /work/main/.venv/bin/python make_reply.py
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2024, 5, 31, 14, 2, 0)
REF = "FOI 0912/2024"
NAVY = RGBColor(0x1F, 0x2A, 0x44)


def add_field(run, instr):
    """Insert a Word field (e.g. PAGE) into a run."""
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


def header_footer(doc):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("Heddlu Dyfed-Powys Police")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = NAVY
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp2.add_run("Uned Rhyddid Gwybodaeth  |  Freedom of Information Unit")
    r.font.size = Pt(9)
    hp3 = sec.header.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp3.add_run("Pencadlys yr Heddlu, Caerfyrddin  |  Police Headquarters, Carmarthen")
    r.font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Rydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi. "
                   "We welcome correspondence in Welsh and will respond in Welsh without delay.")
    r.font.size = Pt(7.5)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp2.add_run(f"{REF}    Tudalen / Page ")
    r.font.size = Pt(8)
    r2 = fp2.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")


def question(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def para(doc, text, italic=False, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    r.bold = bold
    return p


def build():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    header_footer(doc)

    para(doc, f"Ein Cyf / Our Ref: {REF}")
    para(doc, "Dyddiad / Date: 31 May 2024")
    para(doc, "Annwyl / Dear Requester,")
    p = para(doc, f"CAIS AM WYBODAETH / REQUEST FOR INFORMATION - {REF}", bold=True)
    para(doc, "Dyfed-Powys Police received your request for information on 03/05/2024, and it has been "
              "handled under the Freedom of Information Act 2000 (the Act). Each of your questions is set "
              "out below, followed by our response.")
    para(doc, "The figures are drawn from our crime and intelligence systems and count crimes by the date "
              "on which they were recorded, by financial year (1 April to 31 March).")

    question(doc, "1. How many crimes were recorded with a Child Sexual Exploitation (CSE) flag in each "
                  "financial year from 2019/20 to 2023/24?")
    for line in ["2019/20 \u2013 N/H", "2020/21 \u2013 61", "2021/22 \u2013 74", "2022/23 \u2013 58",
                 "2023/24 \u2013 69"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Pt(18)
    para(doc, "N/H \u2013 not held. The CSE flag was added to our crime recording system on 1 April 2020. "
              "Crimes recorded before that date carry no CSE marker, so this information is not held for "
              "2019/20.")

    question(doc, "2. For the crimes in question 1, please give the age of the victim, using the bands "
                  "under 13, 13 to 15 and 16 to 17.")
    t = doc.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [
        ["Victim age", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"],
        ["Under 13", "N/H", "3", "6", "2", "5"],
        ["13 \u2013 15", "N/H", "38", "47", "35", "41"],
        ["16 \u2013 17", "N/H", "20", "21", "21", "23"],
    ]
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            par = cell.paragraphs[0]
            if j > 0:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                for run in par.runs:
                    run.bold = True
    para(doc, "")

    question(doc, "3. How many of the crimes in question 1 also carried the online flag?")
    para(doc, "As explained at question 1, no information is held for 2019/20. In 2020/21, 19 of the crimes "
              "above also carried the online flag. The figure for 2021/22 was 27, for 2022/23 it was 22 and "
              "for 2023/24 it was 31.")

    question(doc, "4. How many children are currently assessed by your force as being at risk of CSE? "
                  "Please break this down by risk level.")
    para(doc, "As at 30 April 2024, 43 children were recorded on our systems as being at risk of child "
              "sexual exploitation. By level of risk:")
    for line in ["High \u2013 9", "Medium \u2013 17", "Low \u2013 17"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Pt(18)
    para(doc, "")

    question(doc, "5. Over the whole period, how many of these crimes involved the use of covert tactics, "
                  "including undercover officers operating online?")
    para(doc, "Dyfed-Powys Police can neither confirm nor deny that it holds information relevant to this "
              "question, by virtue of the following exemptions:")
    for line in ["Section 23(5) \u2013 Information supplied by, or concerning, certain Security Bodies",
                 "Section 24(2) \u2013 National Security",
                 "Section 30(3) \u2013 Investigations and Proceedings",
                 "Section 31(3) \u2013 Law Enforcement"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Pt(18)
    para(doc, "")
    para(doc, "Sections 24, 30 and 31 are qualified exemptions, and we have considered the public interest. "
              "Confirming or denying whether covert tactics were used in investigations of this kind, in "
              "this force area and period, would tell offenders where and how the police work online and "
              "would allow them to change their behaviour to avoid detection. Section 23 is an absolute "
              "exemption and needs no public interest test. Having weighed the public interest in openness "
              "against the harm to the prevention and detection of crime and to the safety of children, we "
              "have concluded that the balance favours neither confirming nor denying. This should not be "
              "taken as an indication that the information you asked for is, or is not, held.")

    para(doc, "Complaint rights", bold=True)
    para(doc, "If you are unhappy with our response you may ask for an internal review. Please write to the "
              "Freedom of Information Unit at the address above, quoting our reference, within 40 working "
              "days. If you remain unhappy after the review, you may complain to the Information "
              "Commissioner's Office.")
    para(doc, "Yn gywir / Yours sincerely,")
    para(doc, "Freedom of Information Officer\nSwyddog Rhyddid Gwybodaeth")

    cp = doc.core_properties
    cp.author = "FOI Unit"
    cp.last_modified_by = "FOI Unit"
    cp.title = f"{REF} Response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    doc.save(OUT)
    normalise(OUT)


def normalise(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build()
