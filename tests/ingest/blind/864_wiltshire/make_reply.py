"""Build reply.docx: Wiltshire Police FOI response FOI 2024/01187 (Word letter).

Run with /work/main/.venv/bin/python make_reply.py (python-docx). The zip is rewritten with
fixed timestamps so that the file rebuilds byte for byte.
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
FIXED = datetime.datetime(2024, 3, 4, 11, 5, 0)
REF = "FOI 2024/01187"
NB = "\u00a0"


def field(run, instr):
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


def p(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6):
    para = doc.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    return para


def heading(doc, text):
    para = p(doc, text, bold=True, space_after=4)
    para.paragraph_format.space_before = Pt(8)
    return para


def table(doc, rows, widths_bold_last=False, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(10)
            if i == 0 or (widths_bold_last and i == len(rows) - 1):
                run.bold = True
            if j > 0 and i > 0 and val.strip() and (val[0].isdigit() or val in "-*"):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "D9D9D9")
                cell._tc.get_or_add_tcPr().append(shd)
    return t


def build():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    title = p(doc, "Wiltshire Police", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    title.runs[0].font.color.rgb = RGBColor(0x00, 0x30, 0x78)
    for ln in ["Information Management Unit", "Police Headquarters", "London Road",
               "Devizes", f"Wiltshire SN10{NB}2DN"]:
        p(doc, ln, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    p(doc)

    p(doc, f"Our reference: {REF}", space_after=0)
    p(doc, f"Date: 4{NB}March{NB}2024")
    p(doc, "Dear Requester")
    p(doc, "FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION", bold=True)
    p(doc, f"Thank you for your request for information, which was received by Wiltshire Police "
           f"on 5{NB}February{NB}2024. Your request has been considered under the Freedom of "
           "Information Act 2000 (the Act) and our response is set out below, beneath each of "
           "your questions.")
    p(doc, "Wiltshire Police holds some of the information you have requested. Question 3 is "
           "answered in part, as some of the information is not held. In respect of question 5, "
           "Wiltshire Police can neither confirm nor deny whether it holds the information, and "
           "this letter acts as a refusal notice under Section 17 of the Act for that part of "
           "your request.")

    heading(doc, "Question 1")
    p(doc, "How many offences of sexual grooming (Home Office code 88A) and sexual communication "
           "with a child (71/17) were recorded in 2022 and 2023?", italic=True)
    p(doc, "The table below shows the number of offences recorded in each calendar year.")
    table(doc, [
        ["Home Office code", "Offence", "2022", "2023"],
        ["88A", "Sexual grooming", "14", "11"],
        ["71/17", "Sexual communication with a child", "96", "108"],
        ["Total", "", "110", "119"],
    ], widths_bold_last=True)
    p(doc)

    heading(doc, "Question 2")
    p(doc, "For the sexual communication with a child offences, please break down the victims by "
           "age and gender.", italic=True)
    p(doc, f"The table below shows the victims of sexual communication with a child offences "
           f"recorded between 1{NB}January{NB}2022 and 31{NB}December{NB}2023 (both years "
           "combined), by their age at the time of the offence and their gender. Each offence "
           "recorded had a single victim.")
    table(doc, [
        ["Age of victim", "Female", "Male"],
        ["Under 12", "22", "-"],
        ["12-13", "71", "12"],
        ["14-15", "68", "13"],
        ["Age not recorded", "14", "4"],
    ])
    p(doc, "- denotes nil", italic=True, size=9)

    heading(doc, "Question 3")
    p(doc, "Which social media platforms or apps were used in the sexual communication with a "
           "child offences in each year?", italic=True)
    p(doc, f"A mandatory field recording the method of communication used in an offence was "
           f"added to the force\u2019s crime recording system on 1{NB}January{NB}2023. Before that "
           "date the platform or app used was not recorded, so this information is not held "
           "for offences recorded in 2022.")
    p(doc, "For offences recorded in 2023, the main platform or app recorded was as follows:")
    for ln in ["Snapchat \u2013 41", "Instagram \u2013 19", "WhatsApp \u2013 12",
               "Facebook \u2013 7", "TikTok \u2013 5", "Other \u2013 9", "Not recorded \u2013 15"]:
        p(doc, ln, space_after=0).paragraph_format.left_indent = Pt(18)
    p(doc)

    heading(doc, "Question 4")
    p(doc, "What were the outcomes of the sexual communication with a child offences recorded in "
           "2023?", italic=True)
    p(doc, f"As at 26{NB}February{NB}2024, of the 108 sexual communication with a child offences "
           "recorded in 2023, 6 had resulted in a suspect being charged or summonsed and 2 in an "
           "adult caution. Outcome 14 (evidential difficulties \u2013 suspect not identified) "
           "had been applied to 4 offences, outcome 15 (evidential difficulties \u2013 suspect "
           "identified) to 21 and outcome 16 (victim does not support further action) to 18. "
           "The remaining 57 offences are still under investigation.")

    heading(doc, "Question 5")
    p(doc, "In each year, how many of the offences in question 1 came to Wiltshire Police as a "
           "referral from the National Crime Agency (NCA), including its CEOP Command?",
           italic=True)
    p(doc, "Wiltshire Police can neither confirm nor deny that it holds the information you have "
           "requested by virtue of the following exemptions:")
    p(doc, "Section 23(5) \u2013 Information supplied by, or concerning, certain Security Bodies",
      space_after=0)
    p(doc, "Section 24(2) \u2013 National Security")
    p(doc, "Section 23 is an absolute class-based exemption: confirming or denying whether "
           "information is held would itself reveal whether information was supplied by, or "
           "relates to, a body listed in Section 23(3) of the Act, which includes the National "
           "Crime Agency. Section 24 is a qualified exemption and the public interest test is "
           "set out below. The two exemptions are cited in the alternative, so that the use of "
           "either one does not reveal which applies.")
    p(doc, "Factors favouring confirmation or denial: confirming whether the information is held "
           "would show how referrals of online child sexual abuse reach the force and would "
           "inform public debate on the resources used to tackle this offending.", italic=False)
    p(doc, "Factors against confirmation or denial: confirming or denying whether referrals of "
           "this kind are received, and in what numbers, would allow offenders to build a picture "
           "of how online offending is detected across police forces and to adapt their "
           "behaviour to avoid detection, undermining national security and the protection of "
           "children.")
    p(doc, "Balance test: while there is a public interest in transparency, the public interest "
           "in safeguarding national security and the methods used to protect children is "
           "stronger. The balance therefore lies in neither confirming nor denying whether the "
           "information is held. This should not be taken as an indication that the "
           "information you have requested is or is not held.")

    heading(doc, "Notes")
    p(doc, f"Figures were extracted from the force\u2019s crime recording system on "
           f"26{NB}February{NB}2024 and are based on the date the crime was recorded. They are "
           "subject to change and may differ from figures published by the Home Office.")

    heading(doc, "Complaint rights")
    p(doc, "If you are dissatisfied with this response you may request an internal review by "
           "writing to the Information Management Unit at the address above within 40 working "
           "days of the date of this letter. If you remain dissatisfied after the review, you may "
           "complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
           f"Wilmslow, Cheshire SK9{NB}5AF (telephone 0303{NB}123{NB}1113).")
    p(doc, "Yours sincerely")
    p(doc)
    p(doc, "Information Management Unit", space_after=0)
    p(doc, "Wiltshire Police", space_after=0)

    cp = doc.core_properties
    cp.author = "Information Management Unit"
    cp.last_modified_by = "Information Management Unit"
    cp.title = f"{REF} Response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    OUT.write_bytes(out.getvalue())


if __name__ == "__main__":
    build()
