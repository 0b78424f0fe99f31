"""Build reply.docx for 1104_kent (invented FOI reply, Kent Police).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic
(fixed core properties and fixed zip entry timestamps).
"""
import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI/24/11872"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align=None, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def para(doc, text="", bold=False, italic=False, size=11, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.different_first_page_header_footer = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("Kent Police\n")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x30, 0x6E)
    r = hp2.add_run("Freedom of Information Office")
    r.font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Kent Police, Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ  |  www.kent.police.uk")
    r.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    para(doc, f"Our reference: {REF}", align="r", space_after=0)
    para(doc, "Date: 11 July 2024", align="r", space_after=12)
    para(doc, "Ms H. Achterberg")
    para(doc, "Sent by email", space_after=12)
    para(doc, "Dear Ms Achterberg,")
    para(doc, "FREEDOM OF INFORMATION REQUEST", bold=True)
    para(doc, "Thank you for your request for information received on 17 June 2024. Your request has "
              "been handled under the Freedom of Information Act 2000 (FOIA).")

    para(doc, "You asked:", bold=True)
    qs = [
        "1. For each of the last three financial years (2021/22, 2022/23 and 2023/24), how many offences "
        "of sexual communication with a child (71/17) and of sexual grooming (88A) were recorded, broken "
        "down by the gender of the victim?",
        "2. How many of the offences in question 1 were flagged as online?",
        "3. For the most recent full financial year, what outcomes have been assigned to the sexual "
        "communication with a child offences?",
        "4. How many of the offences in question 1 were investigated following a referral from the "
        "National Crime Agency, including its CEOP Command?",
    ]
    for q in qs:
        p = para(doc, q, italic=True)
        p.paragraph_format.left_indent = Pt(18)

    para(doc, "Response", bold=True, size=12)
    para(doc, "Kent Police has located information relevant to questions 1 to 3, which is provided "
              "below. Question 4 is addressed separately.")

    para(doc, "Question 1", bold=True)
    para(doc, "The table below shows the number of offences recorded, by financial year and gender of "
              "the victim.")
    t = doc.add_table(rows=4, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "Offence", bold=True)
    shade(a, "D9E2F3")
    for k, fy in enumerate(("2021/22", "2022/23", "2023/24")):
        c = t.cell(0, 1 + 2 * k).merge(t.cell(0, 2 + 2 * k))
        set_cell(c, fy, bold=True, align="c")
        shade(c, "D9E2F3")
        for j, g in enumerate(("Female", "Male")):
            cc = t.cell(1, 1 + 2 * k + j)
            set_cell(cc, g, bold=True, align="c")
            shade(cc, "EDF1F9")
    body = [
        ("71/17 Sexual communication with a child", (268, 41, 301, 47, 279, 52)),
        ("88A Sexual grooming", (24, 6, 29, 5, 19, 7)),
    ]
    for i, (lab, vals) in enumerate(body):
        set_cell(t.cell(2 + i, 0), lab)
        for j, v in enumerate(vals):
            set_cell(t.cell(2 + i, 1 + j), str(v), align="c")
    para(doc, "", space_after=2)
    para(doc, "The gender of the victim was not recorded for a further nine offences in 2021/22 and "
              "2022/23 combined (seven of sexual communication with a child and two of sexual grooming); "
              "there were none in 2023/24. These offences are not included in the table above.", size=10)

    para(doc, "Question 2", bold=True)
    para(doc, "Of the sexual communication with a child offences, 212, 247 and 231 were flagged as "
              "online in 2021/22, 2022/23 and 2023/24 respectively. For sexual grooming the figures were "
              "18, 22 and 15 respectively. These figures include offences where the gender of the victim "
              "was not recorded.")

    para(doc, "Question 3", bold=True)
    para(doc, "The most recent full financial year is 2023/24 (1 April 2023 to 31 March 2024). The "
              "outcomes assigned to sexual communication with a child offences recorded in that year "
              "are shown below. The data was extracted on 1 July 2024; a number of investigations are "
              "still ongoing and their outcomes will change.")
    outs = [
        ("Outcome 1 - Charged/summonsed", "58"),
        ("Outcome 2 - Youth caution", "<5"),
        ("Outcome 3 - Adult caution", "<5"),
        ("Outcome 8 - Community resolution", "6"),
        ("Outcome 15 - Evidential difficulties (suspect identified; victim supports action)", "71"),
        ("Outcome 16 - Evidential difficulties (victim does not support action)", "64"),
        ("Outcome 18 - Investigation complete; no suspect identified", "17"),
        ("Outcome 21 - Further investigation not in the public interest", "22"),
        ("Awaiting outcome (investigation ongoing)", "87"),
        ("Total", "331"),
    ]
    t2 = doc.add_table(rows=1 + len(outs), cols=2)
    t2.style = "Table Grid"
    set_cell(t2.cell(0, 0), "Outcome (2023/24)", bold=True)
    set_cell(t2.cell(0, 1), "Number of offences", bold=True, align="c")
    shade(t2.cell(0, 0), "D9E2F3")
    shade(t2.cell(0, 1), "D9E2F3")
    for i, (lab, v) in enumerate(outs, 1):
        last = lab == "Total"
        set_cell(t2.cell(i, 0), lab, bold=last)
        set_cell(t2.cell(i, 1), v, bold=last, align="c")
    para(doc, "", space_after=2)
    para(doc, "Kent Police does not release figures lower than five where they relate to outcomes for "
              "individuals, as this could lead to their identification. Such figures are shown as <5. "
              "The total is the actual number of offences.", size=10)

    para(doc, "Question 4", bold=True)
    para(doc, "Kent Police can neither confirm nor deny that it holds any information relevant to "
              "question 4 of your request, by virtue of the following exemptions:")
    for s in ("Section 23(5) - Information supplied by, or concerning, certain Security Bodies",
              "Section 24(2) - National Security"):
        p = para(doc, s, space_after=2)
        p.paragraph_format.left_indent = Pt(18)
    para(doc, "", space_after=2)
    para(doc, "Section 23 is a class-based, absolute exemption; if information were held and had been "
              "supplied by, or related to, a body listed in section 23(3), it would be exempt without "
              "further consideration. Section 24 is a prejudice-based, qualified exemption. Confirming "
              "or denying the volume of referrals received from a particular agency would allow "
              "comparisons to be drawn between forces and over time, which would reveal the level of "
              "involvement of partner agencies in particular areas and could be used by offenders to "
              "assess where they are least likely to be detected. The public interest in safeguarding "
              "national security and protecting children outweighs the public interest in "
              "transparency in this case. None of the above should be taken as an indication that the "
              "information you have requested is or is not held.")

    para(doc, "Complaint rights", bold=True)
    para(doc, "If you are dissatisfied with this response, you may ask for an internal review by writing "
              "to the Freedom of Information Office within 40 working days, quoting the reference above. "
              "If you remain dissatisfied you may contact the Information Commissioner's Office, "
              "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(doc, "Yours sincerely,", space_after=18)
    para(doc, "J. Mwangi-Foster", space_after=0)
    para(doc, "Freedom of Information Officer", space_after=0)
    para(doc, "Kent Police")

    cp = doc.core_properties
    cp.author = "Freedom of Information Office"
    cp.last_modified_by = "Freedom of Information Office"
    cp.title = f"FOI response {REF}"
    cp.created = datetime(2024, 7, 11, 9, 30, 0)
    cp.modified = datetime(2024, 7, 11, 14, 5, 0)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 11, 14, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    out = HERE / "reply.docx"
    out.write_bytes(out_buf.getvalue())
    return out


if __name__ == "__main__":
    print(build())
