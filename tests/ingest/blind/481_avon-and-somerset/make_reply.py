"""Build reply.docx: an Avon and Somerset Constabulary FOI response letter about sexual
communication with a child (HO code 71/17) for calendar years 2021-2023. Two Word tables
(victim age group, victim gender) with years across, a Total column and a Total row; '-'
defined in a footnote as nil; the online flag answered in a sentence; the platforms question
refused under s.12(1) with an hours estimate that restates the three-year total."""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI 24-0188"

AGE = [
    ("Under 11", ["9", "12", "7", "28"]),
    ("11 - 12", ["38", "45", "51", "134"]),
    ("13 - 15", ["121", "139", "148", "408"]),
    ("Age not recorded", ["4", "-", "2", "6"]),
    ("Total", ["172", "196", "208", "576"]),
]
GENDER = [
    ("Female", ["141", "158", "171", "470"]),
    ("Male", ["29", "38", "35", "102"]),
    ("Unknown", ["2", "-", "2", "4"]),
    ("Total", ["172", "196", "208", "576"]),
]


def check(rows):
    body = rows[:-1]
    tot = rows[-1][1]
    num = lambda s: 0 if s == "-" else int(s)
    for j in range(4):
        assert sum(num(r[1][j]) for r in body) == num(tot[j]), (rows[0][0], j)
    for r in rows:
        assert sum(num(x) for x in r[1][:3]) == num(r[1][3]), r


check(AGE)
check(GENDER)

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin = Cm(2.0)
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Avon and Somerset Constabulary  |  Freedom of Information  |  OFFICIAL"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_para(text, size=None, colour=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor(*colour)
    return p


def table(title, first_col, rows, note):
    bold_para(title, size=10)
    header = [first_col, "2021", "2022", "2023", "Total"]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, txt in enumerate(header):
        c = t.cell(0, j)
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
        if j:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (label, vals) in enumerate(rows, start=1):
        is_tot = label == "Total"
        cells = [label] + vals
        for j, txt in enumerate(cells):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(txt)
            if is_tot or j == 4:
                run.bold = True
            if is_tot:
                shade(c, "D9E2F3")
            if j:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        for w, c in zip([Cm(4.6), Cm(2.3), Cm(2.3), Cm(2.3), Cm(2.3)], row.cells):
            c.width = w
    p = doc.add_paragraph()
    r = p.add_run(note)
    r.italic = True
    r.font.size = Pt(9)


# letterhead
bold_para("Avon and Somerset Constabulary", size=16, colour=(0x1F, 0x38, 0x64))
p = doc.add_paragraph(
    "Freedom of Information Team\nPolice Headquarters\nPO Box 37, Valley Road\nPortishead, Bristol BS20 8QJ\n"
    "Email: foi@avonandsomerset.police.uk")
p.paragraph_format.space_after = Pt(12)
doc.add_paragraph(f"Our reference: {REF}\nDate: 7 February 2024")
doc.add_paragraph("Dear Sir or Madam,")
bold_para("Freedom of Information Act 2000 – Request for information")
doc.add_paragraph(
    "Thank you for your email of 10 January 2024, which has been dealt with under the terms of the Freedom "
    "of Information Act 2000 (the Act). You asked:")

req = doc.add_paragraph()
req.paragraph_format.left_indent = Cm(1)
req.add_run(
    "\"Please could you tell me, for each of the calendar years 2021, 2022 and 2023:\n"
    "1) How many offences of sexual communication with a child (Home Office offence code 71/17) were "
    "recorded by Avon and Somerset Constabulary?\n"
    "2) The ages of the victims, grouped as under 11, 11-12 and 13-15.\n"
    "3) The gender of the victims.\n"
    "4) How many of these offences were flagged as online / cyber-enabled?\n"
    "5) Which social media platforms or apps were used to contact the child, and the number of offences "
    "for each platform.\"").italic = True

bold_para("Response")
doc.add_paragraph(
    "Avon and Somerset Constabulary holds information relevant to your request. Questions 1 to 4 are "
    "answered below. We are unable to answer question 5 within the cost limit; the reasons are explained "
    "further on in this letter.")
doc.add_paragraph(
    "Questions 1 to 3 are answered in the two tables below. The Total row of each table is the number of "
    "offences recorded under Home Office code 71/17 in each calendar year (question 1). Please note that "
    "the figures count offences rather than individual victims; one child may be the victim of more than "
    "one offence.")

table("Table 1: Sexual communication with a child (HO code 71/17) – offences by age of victim, "
      "January 2021 to December 2023",
      "Age of victim", AGE,
      "- denotes nil: no offences were recorded in that category.")
table("Table 2: Sexual communication with a child (HO code 71/17) – offences by gender of victim, "
      "January 2021 to December 2023",
      "Gender of victim", GENDER,
      "- denotes nil: no offences were recorded in that category.")

bold_para("Question 4")
doc.add_paragraph(
    "Of the offences shown in the tables above, 149 were flagged as online (cyber-enabled) in 2021, "
    "171 in 2022 and 183 in 2023.")

bold_para("Question 5 – Section 12(1) Cost of compliance exceeds appropriate limit")
doc.add_paragraph(
    "The platform or app used by an offender is not recorded in a structured, searchable field on our crime "
    "recording system (Niche). Where it is known, it is written in the free-text occurrence summary or in "
    "the officer's investigation notes. To answer question 5 we would need to read each of the 576 crime "
    "records for the three years covered by your request. A sampling exercise found that this takes on "
    "average five minutes per record, which means the work would take approximately 48 hours.")
doc.add_paragraph(
    "Section 12(1) of the Act does not oblige a public authority to comply with a request where it estimates "
    "that the cost of doing so would exceed the appropriate limit. For police forces the limit is £450, "
    "calculated at £25 per hour, which is 18 hours of work. This letter therefore serves as a refusal notice "
    "under section 17(5) of the Act for question 5.")
doc.add_paragraph(
    "Section 16 – advice and assistance: you may wish to submit a new request for a shorter period, for "
    "example a single month, which may allow the platform information to be retrieved within the limit. "
    "A narrowed request would be treated as a new request.")

bold_para("Your right to complain")
doc.add_paragraph(
    "If you are dissatisfied with this response you may request an internal review by writing to the "
    "Freedom of Information Team at the address above within 40 working days of the date of this letter. "
    "If you remain dissatisfied following the review you can complain to the Information Commissioner's "
    "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
doc.add_paragraph("Yours faithfully,")
doc.add_paragraph("Freedom of Information Officer\nAvon and Somerset Constabulary")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
