"""Build reply.docx: Cumbria Constabulary's FOI reply letter (FOI 2023/1142).

Run with the project's venv python (python-docx). The output is made byte-for-byte
reproducible: fixed document properties and fixed timestamps inside the zip.
"""
import datetime
import io
import pathlib
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "reply.docx"
FIXED = datetime.datetime(2024, 1, 16, 9, 30, 0)


def add_field(run, instr):
    """Insert a Word field (PAGE, NUMPAGES) into a run."""
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


def table(doc, rows, widths, bold_first_row=True, bold_last_row=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = widths[j]
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            r.font.size = Pt(10)
            if (i == 0 and bold_first_row) or (i == len(rows) - 1 and bold_last_row):
                r.bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

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
    add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    # Letterhead
    para(doc, "Cumbria Constabulary", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    for line in (
        "Information Access Unit",
        "Police Headquarters",
        "Carleton Hall",
        "Penrith",
        "Cumbria",
        "CA10 2AU",
        "Telephone: 101",
        "Email: freedomofinformation@cumbria.police.uk",
    ):
        para(doc, line, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc)

    para(doc, "Our reference:\tFOI 2023/1142", space_after=0)
    para(doc, "Date:\t\t16 January 2024")
    para(doc)
    para(doc, "Dear Requester")
    para(doc, "FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION", bold=True)

    para(doc, "Thank you for your e-mail, received by Cumbria Constabulary on 14 December 2023, "
              "in which you asked for the following information:")
    req = [
        "Please provide the following for each of the calendar years 2020, 2021, 2022 and 2023:",
        "1. The number of crimes recorded of (a) taking, making or distributing indecent photographs "
        "of children and (b) possession of indecent photographs of children.",
        "2. Of the crimes in question 1, the number in which the suspect was under 18, broken down "
        "into ages 10-13, 14-15 and 16-17.",
        "3. The outcome of each of the crimes in question 2.",
        "4. Which social media or messaging platforms were used to share the images, and the number "
        "of crimes for each platform.",
    ]
    for line in req:
        p = para(doc, line, italic=True, space_after=3)
        p.paragraph_format.left_indent = Cm(1)
    para(doc)

    para(doc, "Section 1 of the Freedom of Information Act 2000 (the Act) places two duties on public "
              "authorities. Unless exemptions apply, the first duty at section 1(1)(a) is to confirm or "
              "deny whether the information specified in a request is held. The second duty at section "
              "1(1)(b) is to disclose the information that has been confirmed as being held.")
    para(doc, "Cumbria Constabulary holds the information you asked for in questions 1 to 3 and it is "
              "provided below. The information asked for in question 4 is not held.")
    para(doc, "Please note the following before reading the figures:", space_after=3)
    for line in (
        "The data was extracted from the force crime recording system on 06/12/2023. Figures for 2023 "
        "therefore cover 1 January 2023 to 30 November 2023 only and are not a full year.",
        "Crimes are counted by the date they were recorded, not the date the offence took place.",
        "In line with our disclosure policy, numbers below five are shown as <5 to reduce the risk "
        "of individuals being identified.",
    ):
        p = doc.add_paragraph(line, style="List Bullet")
        p.paragraph_format.space_after = Pt(3)
    para(doc)

    para(doc, "Question 1", bold=True)
    w1 = [Cm(7.6), Cm(2.2), Cm(2.2), Cm(2.2), Cm(2.4)]
    table(doc, [
        ["Offence", "2020", "2021", "2022", "2023¹"],
        ["Take, make or distribute indecent photographs of children (HO 86/2)", "112", "134", "151", "127"],
        ["Possession of indecent photographs of children", "58", "71", "66", "49"],
        ["Total", "170", "205", "217", "176"],
    ], w1, bold_last_row=True)
    para(doc, "¹ 1 January 2023 to 30 November 2023", size=8)
    para(doc)

    para(doc, "Question 2", bold=True)
    para(doc, "The table below shows crimes from question 1 (both offence types together) in which a "
              "suspect was aged under 18 at the time of the offence. Where a crime has more than one "
              "suspect it is counted once, against the age of the youngest suspect.")
    w2 = [Cm(5.0), Cm(2.4), Cm(2.4), Cm(2.4), Cm(2.4)]
    table(doc, [
        ["Age of suspect", "2020", "2021", "2022", "2023¹"],
        ["10-13", "<5", "<5", "6", "<5"],
        ["14-15", "9", "12", "15", "11"],
        ["16-17", "14", "17", "21", "18"],
    ], w2)
    para(doc, "¹ 1 January 2023 to 30 November 2023", size=8)
    para(doc)

    para(doc, "Question 3", bold=True)
    para(doc, "Outcomes are shown for all of the crimes in question 2 taken together, from 1 January 2020 "
              "to 30 November 2023, as the numbers for individual years are too small to publish. The "
              "outcome shown is the one held on the system at the date of extraction.", space_after=3)
    for line in (
        "Charged / summonsed – 8",
        "Youth caution – <5",
        "Community resolution – 17",
        "Outcome 15 (evidential difficulties, suspect identified) – 38",
        "Outcome 20 (another body or agency has primacy) – 6",
        "Outcome 21 (not in the public interest – police decision) – 12",
        "Outcome 22 (diversionary, educational or intervention activity) – 29",
        "Investigation ongoing – 19",
        "Total – 132",
    ):
        p = para(doc, line, space_after=0)
        p.paragraph_format.left_indent = Cm(1)
    para(doc)

    para(doc, "Question 4", bold=True)
    para(doc, "Cumbria Constabulary does not hold this information. The crime recording system has no "
              "field in which the social media or messaging platform is recorded, and the force keeps "
              "no other record or statistic of it. The Act gives a right of access to recorded "
              "information that is held; it does not require an authority to create new information "
              "in order to answer a request. In accordance with section 1(1)(a) of the Act, this letter "
              "therefore serves as notice that the information is not held.")
    para(doc)

    para(doc, "Complaint rights", bold=True)
    para(doc, "If you are dissatisfied with the handling of your request you may ask for an internal "
              "review. Requests for review should be made within 40 working days of the date of this "
              "letter, in writing to the Information Access Unit at the address above or by e-mail to "
              "freedomofinformation@cumbria.police.uk, quoting reference FOI 2023/1142.")
    para(doc, "If you remain dissatisfied following the internal review, you have the right under "
              "section 50 of the Act to complain to the Information Commissioner's Office (ICO), "
              "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: 0303 123 1113. "
              "Website: www.ico.org.uk. The ICO will normally expect the internal review procedure to "
              "have been completed first.")
    para(doc)
    para(doc, "Yours sincerely", space_after=24)
    para(doc, "Information Access Officer", bold=True, space_after=0)
    para(doc, "Cumbria Constabulary")

    cp = doc.core_properties
    cp.author = "Information Access Unit"
    cp.last_modified_by = "Information Access Unit"
    cp.title = "FOI 2023/1142 response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps and a fixed order so that rebuilds are identical.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 16, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
