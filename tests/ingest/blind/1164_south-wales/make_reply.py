"""Build reply.docx for 1164_south-wales (invented South Wales Police FOI letter).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed core properties and fixed zip entry timestamps.
"""
import io
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.docx")
FIXED = datetime(2025, 6, 3, 14, 5, 0)

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]

# ---------------------------------------------------------------- header
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("Heddlu De Cymru  |  South Wales Police")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
hp2 = sec.header.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Uned Rhyddid Gwybodaeth  |  Freedom of Information Unit")
r.font.size = Pt(9)
hp3 = sec.header.add_paragraph()
hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("SWYDDOGOL / OFFICIAL")
r.bold = True
r.font.size = Pt(8)

# ---------------------------------------------------------------- footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Rydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn "
               "Gymraeg heb oedi.  We welcome correspondence in Welsh and will "
               "respond in Welsh without delay.")
r.font.size = Pt(8)
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("Pencadlys yr Heddlu, Pen-y-bont ar Ogwr  |  Police "
                "Headquarters, Bridgend")
r.font.size = Pt(8)
fp3 = sec.footer.add_paragraph()
fp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp3.add_run("SWYDDOGOL / OFFICIAL")
r.bold = True
r.font.size = Pt(8)


# ---------------------------------------------------------------- body
def p(text="", bold=False, italic=False, size=None, align=None):
    para = doc.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align:
        para.alignment = align
    return para


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(rows, bold_rows=(0,), widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(10)
            run.bold = i in bold_rows
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shade(cell, "D9E2F3")
    doc.add_paragraph()
    return t


p("Ein cyf / Our ref: FOI 794/25", bold=True)
p("Dyddiad / Date: 3 June 2025")
p("Dear Requester,")
p("Freedom of Information Act 2000 - Request Reference No: 794/25", bold=True)
p("Thank you for your request for information received on 6 May 2025. "
  "Your request has now been considered and I am able to provide the "
  "following response.")

p("Request", bold=True, size=12)
p("For the financial years 2022/23, 2023/24 and 2024/25:")
p("1. How many offences of rape of a child were recorded by South Wales "
  "Police under Home Office codes 19D, 19E, 19G and 19H? Please break "
  "this down by code.")
p("2. What were the outcomes of these offences? Please use the Home Office "
  "outcome types.")
p("3. What was the age of each suspect at the time of the offence?")

p("Response", bold=True, size=12)
p("Question 1", bold=True)
table([
    ["Home Office code", "2022/23", "2023/24", "2024/25"],
    ["19D - Rape of a female child under 16", "94", "103", "88"],
    ["19E - Rape of a female child under 13", "61", "58", "66"],
    ["19G - Rape of a male child under 16", "12", "16", "9"],
    ["19H - Rape of a male child under 13", "27", "22", "24"],
    ["Total", "194", "199", "187"],
], bold_rows=(0, 5))
p("Please note that the figure for 19E in 2022/23 is higher than the figure "
  "of 57 given in our response to your earlier request, FOI 1187/23. Since "
  "that response was issued, a number of crimes have been reclassified "
  "following review by the Force Crime Registrar. The figure of 61 shown "
  "above replaces the earlier figure.", italic=True, size=10)

p("Question 2", bold=True)
p("The outcomes of the offences shown in our answer to question 1 are set "
  "out below. Outcomes are those recorded on the crime recording system "
  "when the data was extracted on 12 May 2025. Offences recorded more "
  "recently are more likely to be still under investigation.")
table([
    ["Outcome", "2022/23", "2023/24", "2024/25"],
    ["Outcome 1 - Charged/Summonsed", "21", "18", "7"],
    ["Outcome 15 - Evidential difficulties: suspect identified, victim "
     "supports action", "49", "52", "31"],
    ["Outcome 16 - Evidential difficulties: suspect identified, victim does "
     "not support further action", "63", "58", "37"],
    ["All other outcomes", "44", "35", "22"],
    ["No outcome yet - investigation ongoing", "17", "36", "90"],
])
p("'All other outcomes' includes outcome types 2, 3, 5, 9, 10, 14, 18 and "
  "20. Each of these individually relates to a small number of offences.",
  italic=True, size=10)

p("Question 3", bold=True)
p("South Wales Police holds this information. However, it is exempt from "
  "disclosure under Section 40(2) of the Freedom of Information Act 2000 - "
  "Personal Information.")
p("Section 40(2) is an absolute exemption where disclosure would breach "
  "one of the data protection principles. A list of the ages of individual "
  "suspects, linked to specific offences in specific years, would in many "
  "cases relate to a very small number of people. Taken together with "
  "information already in the public domain, such as court reports and "
  "local media coverage, there is a real risk that suspects, and through "
  "them the children concerned, could be identified. Disclosure under the "
  "Act is disclosure to the world at large, and releasing this information "
  "would not be fair or lawful. This letter therefore serves as a Refusal "
  "Notice under Section 17 of the Act for question 3.")

p("Complaint Rights", bold=True, size=12)
p("If you are unhappy with the way your request has been handled you may "
  "ask for an internal review within 40 working days of the date of this "
  "response by contacting the Freedom of Information Unit. If you are "
  "still unhappy after the internal review you may complain to the "
  "Information Commissioner's Office, Wycliffe House, Water Lane, "
  "Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely,")
p("Freedom of Information Officer")
p("South Wales Police")

cp = doc.core_properties
cp.author = "SWP FOI Unit"
cp.last_modified_by = "SWP FOI Unit"
cp.title = "FOI 794/25 Response"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3

buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 3, 14, 5, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
