"""Build reply.docx: Humberside Police FOI response letter (sexual communication with a child).

Run with /work/main/.venv/bin/python make_reply.py from this folder. The output is
byte-for-byte reproducible: core properties are fixed and the zip is rewritten with
fixed timestamps.
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

doc = Document()

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

cp = doc.core_properties
cp.author = "Information Compliance Unit"
cp.last_modified_by = "Information Compliance Unit"
cp.title = "FOI 2023/001542 Response"
cp.subject = ""
cp.comments = ""
cp.keywords = ""
cp.category = ""
cp.revision = 1
cp.created = datetime.datetime(2023, 6, 14, 9, 12, 0)
cp.modified = datetime.datetime(2023, 6, 14, 9, 12, 0)
cp.last_printed = datetime.datetime(2023, 6, 14, 9, 12, 0)

section = doc.sections[0]
hp = section.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = section.footer.paragraphs[0]
fp.text = "OFFICIAL\nHumberside Police \u2013 Information Compliance Unit \u2013 FOI 2023/001542"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, align=None, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(rows, header_rows=1, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            run = c.paragraphs[0].runs[0] if c.paragraphs[0].runs else None
            if i < header_rows:
                shade(c, "D9E2F3")
                if run:
                    run.bold = True
            if j > 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


# ---- letterhead -----------------------------------------------------------
p = para("HUMBERSIDE POLICE", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.RIGHT)
p.runs[0].font.color.rgb = RGBColor(0x00, 0x2D, 0x62)
para("Information Compliance Unit\nPolice Headquarters\nPriory Road\nHull\nHU5 5SF",
     align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
para("Telephone: 101 (ext. 4417)\nEmail: information.compliance@humberside.police.uk",
     align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
para("")
para("Our Ref: FOI 2023/001542\nDate: 14 June 2023")
para("")
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION", bold=True)
para("I write in connection with your request for information, received by Humberside Police "
     "on 16 May 2023, in which you asked for the following:")

para("\u201cUnder the Freedom of Information Act, please could you tell me, for each of the "
     "financial years 2020/21, 2021/22 and 2022/23:", italic=True)
para("1. How many offences of sexual communication with a child (Home Office code 71/17) "
     "were recorded by Humberside Police?", italic=True)
para("2. The gender of the victims of these offences.", italic=True)
para("3. The age of the victims of these offences.", italic=True)
para("4. Which social media platforms or apps were used to contact the child in each case.",
     italic=True)
para("5. The outcomes of these offences, split into charge/summons, caution, evidential "
     "difficulties where the victim does not support action, and cases which are still "
     "being investigated.\u201d", italic=True)

para("Your request has now been considered and I can confirm that Humberside Police holds "
     "some of the information you have asked for. Section 1(1)(a) of the Freedom of "
     "Information Act 2000 (the Act) places two duties on public authorities: to confirm "
     "whether the information is held and, if it is, to communicate it to the applicant "
     "unless an exemption applies. Our response to each part of your request is set out "
     "below.")

# ---- Q1 --------------------------------------------------------------------
para("Question 1", bold=True)
para("The table below shows the number of sexual communication with a child offences "
     "recorded by Humberside Police in each financial year (1 April to 31 March).")
table([
    ["Financial Year", "Offences Recorded (HO 71/17)"],
    ["2020/21", "148"],
    ["2021/22", "171"],
    ["2022/23", "163"],
    ["Total", "482"],
])
para("")

# ---- Q2 --------------------------------------------------------------------
para("Question 2", bold=True)
para("Victims of the offences shown at Question 1, by gender. Each offence records one "
     "victim.")
table([
    ["Victim Gender", "2020/21", "2021/22", "2022/23"],
    ["Female", "121", "140", "129"],
    ["Male", "24", "29", "31"],
    ["Not Recorded", "<5", "<5", "<5"],
])
para("Please note: where a figure is fewer than five it has been shown as <5 in order to "
     "reduce the risk of identifying individual victims. Totals are therefore not shown "
     "for this table.", size=9, italic=True)
para("")

# ---- Q3 --------------------------------------------------------------------
para("Question 3", bold=True)
para("Victims by age at the time of the offence. The offence of sexual communication with "
     "a child applies where the child is under 16 years of age.")
table([
    ["Victim Age", "2020/21", "2021/22", "2022/23"],
    ["Under 13", "37", "45", "41"],
    ["13 - 15", "108", "121", "118"],
    ["Age Not Recorded", "<5", "5", "<5"],
])
para("Figures fewer than five have been shown as <5, as explained at Question 2.",
     size=9, italic=True)
para("")

# ---- Q4 --------------------------------------------------------------------
para("Question 4", bold=True)
para("Humberside Police is unable to provide this information as to do so would exceed the "
     "appropriate cost limit. I am therefore applying Section 12(1) of the Act to this part "
     "of your request, and this letter acts as a refusal notice under Section 17(5).")
para("Section 12(1) does not oblige a public authority to comply with a request for "
     "information if the authority estimates that the cost of complying would exceed the "
     "appropriate limit. For police forces the limit is set at \u00a3450 by the Freedom of "
     "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, which "
     "equates to 18 hours of work at a rate of \u00a325 per hour.")
para("The crime recording system has no field in which the platform or application used by "
     "an offender is captured. That detail, where it is known, is held only in the free-text "
     "investigation log of each crime. To answer this question a member of staff would have "
     "to read each of the 482 crime records shown at Question 1. A sampling exercise found "
     "that this takes on average 5 minutes per record, giving an estimate of 2,410 minutes, "
     "or just over 40 hours, which is well in excess of the 18 hour limit.")
para("Under Section 16 of the Act we have a duty to provide advice and assistance. "
     "Unfortunately, we cannot see a way in which this part of your request could be "
     "narrowed to bring it within the cost limit, as even a single financial year would "
     "involve reading more than 140 records.")
para("")

# ---- Q5 --------------------------------------------------------------------
para("Question 5", bold=True)
para("The outcomes recorded against the offences at Question 1 are shown below. Outcome "
     "data was extracted on 2 June 2023 and may change as investigations progress. Only the "
     "outcome types you asked for are shown, so the columns do not add up to the totals at "
     "Question 1.")
t = doc.add_table(rows=6, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
top = t.cell(0, 1).merge(t.cell(0, 3))
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 0).text = "Outcome"
top.text = "Financial Year Recorded"
for j, y in enumerate(["2020/21", "2021/22", "2022/23"], start=1):
    t.cell(1, j).text = y
body = [
    ["Charged / Summonsed", "N/H", "19", "12"],
    ["Caution (Adult or Youth)", "N/H", "6", "4"],
    ["Outcome 16 \u2013 Evidential difficulties; victim does not support further action",
     "N/H", "47", "52"],
    ["Investigation Ongoing", "N/H", "8", "27"],
]
for i, row in enumerate(body, start=2):
    for j, val in enumerate(row):
        t.cell(i, j).text = val
for i in range(6):
    for j in range(4):
        c = t.cell(i, j)
        if i < 2:
            if c.paragraphs[0].runs:
                c.paragraphs[0].runs[0].bold = True
        if j > 0:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
shade(t.cell(0, 0), "D9E2F3")
shade(top, "D9E2F3")
for j in range(1, 4):
    shade(t.cell(1, j), "D9E2F3")
para("N/H \u2013 Not held. Humberside Police changed its crime recording system during 2021. "
     "Outcome information for crimes recorded in 2020/21 was not migrated to the new system "
     "in a form that can be reported, and this information is therefore not held for the "
     "purposes of the Act.", size=9, italic=True)
para("")

# ---- closing ---------------------------------------------------------------
para("Complaint Rights", bold=True)
para("If you are dissatisfied with the handling of your request you may ask for an internal "
     "review. Requests for review should be made in writing within 40 working days of the "
     "date of this letter to the Information Compliance Unit at the address above, quoting "
     "the reference number.")
para("If you remain dissatisfied after the internal review you may complain to the "
     "Information Commissioner, who can be contacted at: Information Commissioner\u2019s "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: "
     "0303 123 1113. Website: www.ico.org.uk")
para("")
para("Yours sincerely,")
para("")
para("Disclosure Officer\nInformation Compliance Unit\nHumberside Police")

# ---- save reproducibly -------------------------------------------------------
buf = io.BytesIO()
doc.save(buf)
buf.seek(0)
src = zipfile.ZipFile(buf)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 6, 14, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(info.filename))
print("wrote", OUT)
