"""Build reply.docx (West Midlands Police FOI response letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The core properties and the zip entries carry fixed dates, so two runs give the same bytes.
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
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime.datetime(2025, 6, 3, 14, 5, 0)
REF = "0874A/25"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None),
                       ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


def add_table(doc, rows, widths, total_rows=(), header_fill="1F3864"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if c == 0 or (r > 0 and c == 1 and len(row) > 3 and not val.isdigit() and val not in ("*",)) else WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(val)
            run.font.size = Pt(10)
            if r == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(cell, header_fill)
            elif r in total_rows:
                run.bold = True
                shade(cell, "D9D9D9")
    doc.add_paragraph()
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("West Midlands Police\nFreedom of Information Unit")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(f"FOI {REF}   |   Page ")
    r.font.size = Pt(8)
    page_field(fp)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(9)

    h = doc.add_paragraph()
    r = h.add_run(f"Sexual offences against children under 13 ({REF})")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)

    doc.add_paragraph("3 June 2025")
    doc.add_paragraph("Dear Applicant,")
    doc.add_paragraph(
        "Thank you for your request for information, which was received by West Midlands "
        "Police on 6 May 2025 and has been considered under the Freedom of Information "
        "Act 2000.")

    p = doc.add_paragraph()
    p.add_run("Request").bold = True
    for q in [
        "1. Please provide the number of each of the following offences recorded in the "
        "financial years 2022/23, 2023/24 and 2024/25: rape of a female child under 13 (19E); "
        "rape of a male child under 13 (19H); sexual assault on a female child under 13 (20B); "
        "sexual assault on a male child under 13 (17B); sexual activity involving a child "
        "under 13 (21).",
        "2. For the offences in question 1 recorded in 2024/25, please provide the outcomes "
        "by Home Office outcome type.",
        "3. For the same offences in 2024/25, how many had the online flag applied?",
        "4. For the same offences in 2024/25, what was the relationship of the suspect to "
        "the victim?",
    ]:
        para = doc.add_paragraph(q)
        para.paragraph_format.left_indent = Cm(0.6)

    p = doc.add_paragraph()
    p.add_run("Response").bold = True
    doc.add_paragraph(
        "West Midlands Police holds the information you have asked for. Please note that in "
        "our response to an earlier request from you (1432A/24) we gave the number of "
        "offences of rape of a female child under 13 (19E) recorded in 2022/23 as 58. That "
        "figure was incorrect: a number of crimes were reclassified to 19E after the data "
        "for that request was extracted. The correct figure is 61, and this is the figure "
        "used in Table 1 below. We apologise for the error.")

    p = doc.add_paragraph()
    p.add_run("Question 1").bold = True
    doc.add_paragraph("Table 1 - Offences recorded, by financial year")
    add_table(doc, [
        ["Offence", "2022/23", "2023/24", "2024/25"],
        ["19E - Rape of a female child under 13", "61", "57", "66"],
        ["19H - Rape of a male child under 13", "22", "19", "24"],
        ["20B - Sexual assault on a female child under 13", "148", "162", "171"],
        ["17B - Sexual assault on a male child under 13", "63", "55", "69"],
        ["21 - Sexual activity involving a child under 13", "187", "204", "194"],
        ["Total", "481", "497", "524"],
    ], [Cm(8.5), Cm(2.5), Cm(2.5), Cm(2.5)], total_rows=(6,))

    p = doc.add_paragraph()
    p.add_run("Question 2").bold = True
    doc.add_paragraph("Table 2 - Outcomes of offences recorded in 2024/25")
    add_table(doc, [
        ["Outcome type", "Description", "Number"],
        ["1", "Charged / summonsed", "38"],
        ["2", "Youth caution", "*"],
        ["3", "Adult caution", "*"],
        ["8", "Community resolution", "6"],
        ["14", "Evidential difficulties: suspect not identified; victim does not support "
               "further action", "9"],
        ["15", "Evidential difficulties: suspect identified; victim supports action", "112"],
        ["16", "Evidential difficulties: suspect identified; victim does not support "
               "further action", "97"],
        ["18", "Investigation complete - no suspect identified", "11"],
        ["21", "Further investigation to support formal action not in the public interest "
               "- police decision", "23"],
        ["", "All other outcome types", "31"],
        ["", "No outcome yet - investigation ongoing", "192"],
        ["Total", "", "524"],
    ], [Cm(2.6), Cm(10.4), Cm(2.5)], total_rows=(12,))
    doc.add_paragraph(
        "* Small numbers have been replaced with an asterisk to protect the identity of the "
        "victims and the people involved. The total includes these offences.")
    doc.add_paragraph(
        "An outcome is recorded once per crime. The outcomes shown are those held on each crime "
        "record when the data was extracted on 14 May 2025; crimes still under investigation on "
        "that date are shown as 'No outcome yet'.")

    p = doc.add_paragraph()
    p.add_run("Question 3").bold = True
    doc.add_paragraph(
        "Of the 524 offences recorded in 2024/25, 37 had the online flag applied.")

    p = doc.add_paragraph()
    p.add_run("Question 4").bold = True
    doc.add_paragraph(
        "The relationship between the suspect and the victim is taken from the first suspect "
        "linked to each crime. Where no suspect has been identified the relationship is "
        "shown as not recorded.")
    add_table(doc, [
        ["Relationship of suspect to victim", "2024/25"],
        ["Family member", "208"],
        ["Known to victim (not family)", "171"],
        ["Stranger", "14"],
        ["Not recorded / no suspect identified", "131"],
    ], [Cm(9.0), Cm(3.0)])

    doc.add_paragraph(
        "Please note that the figures above are taken from a live crime recording system and "
        "may change as investigations progress and crimes are reclassified.")
    p = doc.add_paragraph()
    p.add_run("Complaint rights").bold = True
    doc.add_paragraph(
        "If you are not satisfied with this response you may ask for an internal review by "
        "writing to the Freedom of Information Unit within 40 working days of the date of "
        "this letter. If you are still dissatisfied after the review you may complain to the "
        "Information Commissioner.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Freedom of Information Officer\nWest Midlands Police")

    cp = doc.core_properties
    cp.author = "FOI Unit"
    cp.last_modified_by = "FOI Unit"
    cp.title = f"FOI {REF}"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:modified", "dcterms:created"):
                    text = re.sub(r"(<%s[^>]*>)[^<]*(</%s>)" % (tag, tag),
                                  r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


if __name__ == "__main__":
    build()
