"""Build reply.docx for 1084_wiltshire (invented Wiltshire Police FOI letter).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed core properties and fixed zip entry timestamps.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("reply.docx")
FIXED = datetime(2025, 3, 3, 11, 40, 0)
REF = "FOI/2025/0318"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
# header: protective marking + force name
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
hp2 = sec.header.add_paragraph()
r = hp2.add_run("Wiltshire Police")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp3 = sec.header.add_paragraph("Information Management Unit")
hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp3.runs[0].font.size = Pt(9)

# footer: address + protective marking
fp = sec.footer.paragraphs[0]
fp.text = "Wiltshire Police, Police Headquarters, London Road, Devizes, Wiltshire SN10 2DN"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(8)
fp2 = sec.footer.add_paragraph("OFFICIAL")
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp2.runs[0].bold = True
fp2.runs[0].font.size = Pt(9)


def p(text="", bold=False, italic=False, size=None, align=None):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align:
        para.alignment = align
    return para


def question(text):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    return para


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


p(f"Our reference: {REF}")
p("Date: 3 March 2025")
p("Dear Requester")
p("Freedom of Information Act 2000 - Request for Information", bold=True)
p("Thank you for your request for information, which was received by Wiltshire Police on 3 February 2025. "
  "I am now in a position to respond. Your questions are repeated below in bold, each followed by our "
  "response.")

question("1. For each of the calendar years 2022, 2023 and 2024, how many offences of sexual communication "
         "with a child (section 15A Sexual Offences Act 2003, Home Office code 71/17) did Wiltshire Police "
         "record, and how many of these were flagged as cyber-enabled?")
p("In 2022 Wiltshire Police recorded 94 offences of sexual communication with a child, 88 of which carried "
  "the online (cyber) flag. The equivalent figures for 2023 were 101 and 97 respectively, and for 2024 they "
  "were 112 and 105.")

question("2. Please break down the offences in question 1 by the age of the victim (under 13, 13-15 and 16-17).")
p("Please see the table below. In line with the force's disclosure policy, figures below five have been "
  "shown as <5 to minimise the risk of identifying individuals.")

rows = [
    ("Age of victim", "2022", "2023", "2024"),
    ("Under 13", "21", "18", "26"),
    ("13 - 15", "58", "66", "71"),
    ("16 - 17", "12", "15", "15"),
    ("Age not recorded", "<5", "<5", "0"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        para = cell.paragraphs[0]
        if j:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            para.runs[0].bold = True
            shade(cell, "D9D9D9")
p()

question("3. Which social media platforms or apps were used in these offences?")
p("Since 1 January 2024 the force's crime recording system has included a 'primary platform' field, "
  "completed when a crime is given the online flag. For crimes recorded in 2024 the primary platform "
  "recorded for the cyber-flagged offences in question 1 was:")
for line in ["Snapchat \u2013 38", "Instagram \u2013 17", "WhatsApp \u2013 14", "TikTok \u2013 7",
             "Facebook \u2013 6", "Discord \u2013 <5", "Other \u2013 9", "Not recorded \u2013 11"]:
    doc.add_paragraph(line, style="List Bullet")
p("'Other' groups together less commonly used platforms, including online gaming sites. "
  "'Not recorded' means the field was left blank.")
p("For 2022 and 2023 the platform was not captured in a structured field. It can only be found by reading "
  "the free-text investigation log of each cyber-flagged crime. A sample exercise showed that this takes "
  "around eight minutes per crime, so reviewing every crime for those two years would take approximately "
  "25 hours. This exceeds the appropriate limit of 18 hours (\u00a3450) and, in accordance with section "
  "12(1) of the Freedom of Information Act 2000, Wiltshire Police will not be providing platform "
  "information for 2022 and 2023. This paragraph acts as a refusal notice under section 17(5).")

question("4. How many of these offences were identified as a result of proactive or covert online "
         "operations, for example officers posing as children online?")
p("Wiltshire Police can neither confirm nor deny that it holds any information relevant to this question "
  "by virtue of the following exemptions:")
for line in ["Section 23(5) - Information supplied by, or concerning, certain security bodies",
             "Section 24(2) - National security",
             "Section 31(3) - Law enforcement"]:
    doc.add_paragraph(line, style="List Bullet")
p("Sections 24 and 31 are prejudice-based, qualified exemptions, so both the harm in confirming or denying "
  "and the balance of the public interest must be considered; section 23 is a class-based absolute "
  "exemption. Confirming or denying whether covert online tactics were used to identify offences in Wiltshire, "
  "and in which years, would allow offenders to build a picture of where such tactics are or are not "
  "deployed and to change their behaviour accordingly. Although there is a public interest in knowing how "
  "the police protect children online, this is outweighed by the public interest in not undermining "
  "operations that safeguard children. The response should not be taken as an indication that the "
  "information requested does or does not exist.")

question("5. How many of these offences resulted in a charge?")
p("Of the offences recorded in 2022, 19 resulted in a charge or summons. For offences recorded in 2023 the "
  "figure was 24, and for 2024 it was 17. A further 29 of the offences recorded in 2024 are still under "
  "investigation and have not yet been assigned an outcome.")

p("All figures are taken from the force's crime recording system and are based on the date the crime was "
  "recorded. Crime data is dynamic and may change as investigations progress.", italic=True, size=9)

p("Complaint rights", bold=True)
p("If you are dissatisfied with this response you may request an internal review within 40 working days "
  f"of the date of this letter, quoting reference {REF}. If you remain dissatisfied following the review "
  "you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
  "Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely")
p("Information Management Unit\nWiltshire Police")

cp = doc.core_properties
cp.author = "Information Management Unit"
cp.last_modified_by = "Information Management Unit"
cp.title = f"FOI response {REF}"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3

buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + stamp + rb"\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
