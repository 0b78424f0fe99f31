"""Build reply.docx: Hampshire and Isle of Wight Constabulary FOI response letter (invented figures).

python-docx writes the package, which is then re-packed with fixed zip timestamps so
that running this script again rebuilds the file byte for byte.
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
from docx.shared import Pt

OUT = Path(__file__).with_name("reply.docx")
STAMP = datetime(2024, 5, 20, 14, 5, 0)

doc = Document()
cp = doc.core_properties
cp.author = "Freedom of Information Team"
cp.last_modified_by = "Freedom of Information Team"
cp.title = "FOI HC/001532/24 Response"
cp.created = STAMP
cp.modified = STAMP
cp.last_printed = STAMP
cp.revision = 3
cp.comments = ""

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def field(run, instr):
    """Append a simple Word field (PAGE / NUMPAGES) to a run."""
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


fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Hampshire and Isle of Wight Constabulary \u2013 Freedom of Information \u2013 Page ")
field(fp.add_run(), "PAGE")
fp.add_run(" of ")
field(fp.add_run(), "NUMPAGES")


def p(text="", bold=False, italic=False, align=None, space_after=6):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    return para


# Letterhead
head = p("Hampshire and Isle of Wight Constabulary", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
head.runs[0].font.size = Pt(15)
for line in ("Freedom of Information Team", "Police Headquarters", "Mottisfont Court, Tower Street",
             "Winchester SO23 8ZD", "freedom.of.information@hampshire.police.uk"):
    p(line, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
p()
p("Our reference:\u00a0HC/001532/24", space_after=0)
p("Date:\u00a020 May 2024")
p("Dear Applicant,")
p("Freedom of Information Act 2000 \u2013 Request for information", bold=True)
p("Thank you for your request for information, received on 22 April 2024, which has been dealt with under "
  "the terms of the Freedom of Information Act 2000 (the Act). You asked:")
for q in (
    "1. How many crimes were recorded with a child sexual exploitation (CSE) flag in each of the calendar "
    "years 2021, 2022 and 2023? Please break this down by the gender of the victim.",
    "2. Of the crimes in question 1, how many involved two or more offenders acting together "
    "(group-based CSE)?",
    "3. What were the outcomes of the crimes in question 1?",
    "4. How many children are currently assessed as being at risk of CSE in Hampshire and the Isle of Wight, "
    "broken down by risk level?",
):
    p(q, italic=True, space_after=3)
p()
p("Response", bold=True)
p("Hampshire and Isle of Wight Constabulary holds information relevant to your request and our response to "
  "each question is set out below. Crimes are counted by the date on which they were recorded. The data was "
  "extracted on 10 May 2024 and is correct as at that date.")

p("Question 1", bold=True)
rows = [
    ("Year", "Female", "Male", "Unknown", "Total"),
    ("2021", "287", "64", "1-4", "353"),
    ("2022", "311", "72", "6", "389"),
    ("2023", "296", "81", "1-4", "380"),
]
t = doc.add_table(rows=len(rows), cols=len(rows[0]))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        run = cell.paragraphs[0].runs[0]
        if i == 0 or j == len(row) - 1:
            run.bold = True
        if j > 0:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p()
p("Where a figure is between 1 and 4 it has been shown as \u20181-4\u2019. Very low numbers, combined with "
  "other information that may be available locally, could lead to the identification of the children "
  "concerned. Releasing the exact figure would therefore be a disclosure of personal data in breach of the "
  "data protection principles, and is exempt under section 40(2) of the Act. The totals shown include the "
  "exact figures.", italic=True)

p("Question 2", bold=True)
p("The number of CSE-flagged crimes in which two or more offenders were recorded as acting together was:",
  space_after=2)
for line in ("2021: 23", "2022: 31", "2023: 27"):
    p(line, space_after=0)
p()

p("Question 3", bold=True)
p("The outcome recorded for the CSE-flagged crimes recorded in 2023 is as follows. Outcomes are shown as at "
  "10 May 2024; where no outcome has yet been assigned the crime is shown as under investigation.",
  space_after=2)
for line in (
    "Charged/summonsed \u2013 41",
    "Caution \u2013 youth \u2013 1-4",
    "Outcome 14 \u2013 Evidential difficulties: suspect not identified; victim does not support further "
    "action \u2013 12",
    "Outcome 15 \u2013 Evidential difficulties: named suspect identified; victim supports action \u2013 58",
    "Outcome 16 \u2013 Evidential difficulties: named suspect identified; victim does not support further "
    "action \u2013 97",
    "Outcome 18 \u2013 Investigation complete; no suspect identified \u2013 19",
    "Outcome 22 \u2013 Diversionary, educational or intervention activity \u2013 6",
    "Under investigation (no outcome yet) \u2013 143",
    "Total \u2013 380",
):
    p(line, space_after=0)
p()

p("Question 4", bold=True)
p("As at 31 March 2024 there were 164 children open to the Constabulary\u2019s Missing, Exploited and "
  "Trafficked (MET) hubs who had been assessed as being at risk of child sexual exploitation. Of these, "
  "19 were assessed as high risk, 53 as medium risk and 92 as low risk.")
p("Please note that a child\u2019s level of risk is reviewed regularly and may change from week to week.")

p("Complaint rights", bold=True)
p("If you are unhappy with the way your request has been handled you may ask for an internal review. Please "
  "write to the Freedom of Information Team at the address above, or by email, within 40 working days of the "
  "date of this letter. If you remain dissatisfied after the internal review you may complain to the "
  "Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone "
  "0303 123 1113.")
p("Yours sincerely,")
p()
p("Freedom of Information Officer", space_after=0)
p("Hampshire and Isle of Wight Constabulary", space_after=0)

buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", compression=zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 20, 14, 5, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, src.read(info.filename))
