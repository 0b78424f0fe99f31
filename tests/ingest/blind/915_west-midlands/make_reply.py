"""Build reply.docx: West Midlands Police FOI response letter 0412A/24.

Run with /work/main/.venv/bin/python make_reply.py from this folder (or any folder).
The zip container is rewritten with fixed timestamps so a rebuild is byte-identical.
"""
import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.docx"

REF = "0412A/24"


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if align is not None:
        p.alignment = align


def para(doc, text="", bold=False, italic=False, size=11, align=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


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
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "OFFICIAL\tWest Midlands Police \u2013 Freedom of Information Unit"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # Letterhead
    para(doc, "West Midlands Police", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Freedom of Information", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "PO Box 52, Lloyd House", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Colmore Circus Queensway", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Birmingham B4 6NQ", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Tel: 101 (non-emergency)", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)

    para(doc, f"Our Ref: {REF}", space_after=0)
    para(doc, "Date: 8th March 2024", space_after=12)
    para(doc, "Dear Requester,", space_after=12)

    para(doc, f"FREEDOM OF INFORMATION REQUEST \u2013 REFERENCE NO: {REF}", bold=True)
    para(doc,
         "I write in connection with your request for information which was received by "
         "West Midlands Police on the 12th February 2024. I note you seek access to the "
         "following information:")

    req = [
        "Could you please tell me, for each of the financial years 2021/22, 2022/23 and "
        "2023/24 so far:",
        "1. How many offences of sexual communication with a child (Home Office offence "
        "code 71/17) were recorded by West Midlands Police, broken down by the gender of "
        "the victim.",
        "2. How many of these offences were flagged as online / cyber-enabled.",
        "3. Which social media platforms, apps or websites were used to commit each offence.",
        "4. What the outcome of each offence was (for example charged, cautioned, no "
        "further action).",
    ]
    for line in req:
        p = para(doc, line, italic=True)
        p.paragraph_format.left_indent = Cm(1)

    para(doc, "Response", bold=True, size=12)
    para(doc,
         "Following receipt of your request, searches were conducted with the Force "
         "Performance and Insight team. I can confirm that the information you have "
         "requested is held in part by West Midlands Police.")
    para(doc,
         "Data was extracted from the force crime recording system (CONNECT) on 5th March "
         "2024. Figures relate to crimes recorded under Home Office code 71/17 and are "
         "counted by crime, not by victim. As the 2023/24 financial year was not complete "
         "at the time of your request, figures for 2023/24 cover the period 1st April 2023 "
         "to 31st January 2024, the last complete month available.")

    # Question 1
    para(doc, "Question 1", bold=True)
    para(doc, "Table 1: Sexual communication with a child (71/17) \u2013 crimes recorded by "
              "victim gender", bold=True, size=10)

    rows = [
        ("2021/22", "247", "41", "6", "294"),
        ("2022/23", "268", "52", "9", "329"),
        ("2023/24 (to 31/01/24)", "201", "38", "4", "243"),
        ("Total", "716", "131", "19", "866"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "Financial Year", bold=True)
    g = t.cell(0, 1).merge(t.cell(0, 3))
    cell_text(g, "Victim Gender", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    tot = t.cell(0, 4).merge(t.cell(1, 4))
    cell_text(tot, "Total", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, h in enumerate(["Female", "Male", "Not Recorded"], start=1):
        cell_text(t.cell(1, j), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (a, g, tot, t.cell(1, 1), t.cell(1, 2), t.cell(1, 3)):
        shade(c)
    for i, r in enumerate(rows, start=2):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(r[0] == "Total"),
                      align=None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", space_after=6)

    # Question 2
    para(doc, "Question 2", bold=True)
    para(doc,
         "Of the crimes shown in Table 1, the following carried the cyber-enabled (online) "
         "flag:")
    for line in ["2021/22 \u2013 281", "2022/23 \u2013 317", "2023/24 (to 31/01/24) \u2013 236"]:
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(1)
    para(doc,
         "Please note the cyber-enabled flag is applied by the officer or the Crime "
         "Standards team at the time of recording and may not have been applied to every "
         "crime where an online element was present.", space_after=10)

    # Question 3
    para(doc, "Question 3", bold=True)
    para(doc,
         "West Midlands Police is unable to provide this information as to do so would "
         "exceed the appropriate limit. This letter therefore serves as a Refusal Notice "
         "under Section 17(5) of the Freedom of Information Act 2000 for this part of your "
         "request.")
    para(doc,
         "Section 12(1) of the Act does not oblige a public authority to comply with a "
         "request for information if the authority estimates that the cost of complying "
         "would exceed the appropriate limit. For the police service the limit is set at "
         "\u00a3450, which equates to 18 hours of work at \u00a325 per hour.")
    para(doc,
         "The platform, app or website used is not held in a searchable field on CONNECT "
         "and is only recorded, if at all, within the free-text investigation log of each "
         "crime. To identify the platform used, each of the 866 crimes shown in Table 1 "
         "would have to be opened and read. A sample exercise showed that this takes on "
         "average 3 minutes per crime, giving an estimate of 866 x 3 minutes = 2,598 "
         "minutes, or over 43 hours, which is well in excess of the 18 hour limit.")
    para(doc,
         "In accordance with Section 16 of the Act (advice and assistance), you may wish "
         "to consider narrowing your request, for example to a single month. Please be "
         "aware that this would not guarantee that the information could be provided.",
         space_after=10)

    # Question 4
    para(doc, "Question 4", bold=True)
    para(doc,
         "Outcomes are held against each crime at the time of extraction and, for "
         "recording reasons, have been provided for the whole period 1st April 2021 to "
         "31st January 2024 rather than by year. Where no outcome has yet been assigned "
         "the investigation remains ongoing.")
    para(doc, "Table 2: Outcomes of 71/17 crimes recorded 01/04/2021 \u2013 31/01/2024 "
              "(as at 05/03/2024)", bold=True, size=10)
    outcomes = [
        ("Outcome 1 \u2013 Charged/Summonsed", "96"),
        ("Outcome 2 \u2013 Caution \u2013 youths", "4"),
        ("Outcome 3 \u2013 Caution \u2013 adults", "9"),
        ("Outcome 8 \u2013 Community Resolution", "12"),
        ("Outcome 14 \u2013 Evidential difficulties: suspect not identified; victim does "
         "not support further action", "21"),
        ("Outcome 15 \u2013 Evidential difficulties: named suspect identified; victim "
         "supports action", "187"),
        ("Outcome 16 \u2013 Evidential difficulties: named suspect identified; victim does "
         "not support further action", "142"),
        ("Outcome 18 \u2013 Investigation complete \u2013 no suspect identified", "203"),
        ("Outcome 21 \u2013 Further investigation not in the public interest (police "
         "decision)", "17"),
        ("Investigation ongoing \u2013 no outcome assigned", "175"),
    ]
    t2 = doc.add_table(rows=1 + len(outcomes), cols=2)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t2.cell(0, 0), "Outcome", bold=True)
    cell_text(t2.cell(0, 1), "Number of crimes", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(t2.cell(0, 0))
    shade(t2.cell(0, 1))
    for i, (lab, v) in enumerate(outcomes, start=1):
        cell_text(t2.cell(i, 0), lab)
        cell_text(t2.cell(i, 1), v, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in t2.rows:
        row.cells[0].width = Cm(12.5)
        row.cells[1].width = Cm(3.5)
    para(doc, "", space_after=6)

    para(doc,
         "Please note that an outcome may change after the date of extraction, for "
         "example where an ongoing investigation is finalised.", space_after=12)

    para(doc,
         "Please note that systems used for recording these figures are not generic, nor "
         "are the procedures used locally in capturing the data. For this reason responses "
         "between forces may differ, and should not be used for comparative purposes.")
    para(doc,
         "The information we have supplied to you is likely to contain intellectual "
         "property rights of West Midlands Police. Your use of the information must be "
         "strictly in accordance with the Copyright, Designs and Patents Act 1988.")

    para(doc, "Complaint Rights", bold=True, size=12)
    para(doc,
         "Are you unhappy with how your request has been handled or do you think the "
         "decision is incorrect? You have the right to require West Midlands Police to "
         "review their decision. Ask us to look at the decision again within 40 working "
         "days of the date of this letter, by writing to the Freedom of Information Unit at "
         "the address above or by e-mail to foi@west-midlands.police.uk.")
    para(doc,
         "If you remain dissatisfied after the internal review you may apply to the "
         "Information Commissioner for a decision: Information Commissioner's Office, "
         "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone: 0303 123 "
         "1113. Website: www.ico.org.uk")
    para(doc, "Yours sincerely,", space_after=24)
    para(doc, "Disclosure Officer", space_after=0)
    para(doc, "Freedom of Information Unit", space_after=0)
    para(doc, "West Midlands Police")

    cp = doc.core_properties
    fixed = dt.datetime(2024, 3, 8, 10, 15, 0)
    cp.author = "FOI Unit"
    cp.last_modified_by = "FOI Unit"
    cp.title = f"FOI {REF} response"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    # Re-pack with fixed timestamps so the file is byte-identical on every build.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 3, 8, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    OUT.write_bytes(out.getvalue())


if __name__ == "__main__":
    build()
    print(f"wrote {OUT}")
