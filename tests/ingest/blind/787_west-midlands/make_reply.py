"""Build reply.docx: West Midlands Police FOI response 4512A/24 (indecent images of children)."""
import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("reply.docx")
NB = "\u00a0"
FIXED = datetime(2024, 7, 22, 10, 0, 0)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

cp = doc.core_properties
cp.author = "FOI Unit"
cp.last_modified_by = "FOI Unit"
cp.title = "FOI 4512A/24"
cp.created = FIXED
cp.modified = FIXED
cp.last_printed = FIXED
cp.revision = 3

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "West Midlands Police, Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def p(text="", bold=False, italic=False, size=None, align=None, colour=None):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor(*colour)
    if align:
        para.alignment = align
    return para


def table(rows, widths=None, header_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.bold = header_bold and i == 0
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    return t


p("West Midlands Police", bold=True, size=16, colour=(0, 51, 102))
p("Freedom of Information", bold=True, size=13)
p(f"Reference No:{NB}4512A/24")
p(f"Date:{NB}22/07/2024")
p()
p("Indecent images of children – crimes, suspects, arrests and outcomes", bold=True)
p("Thank you for your request for information which has been dealt with under the terms of the "
  "Freedom of Information Act 2000 (FOIA).")

p("Request", bold=True, size=12)
p("For each of the last three financial years (2021/22, 2022/23 and 2023/24) please provide:")
for q in [
    "1. The number of crimes recorded for taking, making or distributing indecent photographs of "
    "children (Home Office code 86/2).",
    "2. The age of the suspects in those crimes, split into under 18 and 18 and over.",
    "3. The number of arrests made for those offences.",
    "4. The outcomes of the crimes in question 1, in particular the number charged, cautioned "
    "(youth and adult separately), dealt with by community resolution, closed as outcome 21, and "
    "still under investigation.",
    "5. How many of the crimes in question 1 came from referrals made to West Midlands Police by the "
    "National Crime Agency (NCA) or its CEOP Command.",
]:
    p(q)

p("Response", bold=True, size=12)
p("Following receipt of your request, searches were conducted within West Midlands Police. I can "
  "confirm that the information you have requested is held in part. Please see below.")
p("To reduce the risk of identifying individuals, where a figure is between 1 and 4 it has been "
  "shown as \u201c1-4\u201d. Zeros are shown as 0.")

p("1.", bold=True)
p(f"2021/22{NB}– 486\n2022/23{NB}– 521\n2023/24{NB}– 473")

p("2.", bold=True)
p("The table below shows the number of suspects linked to the crimes at question 1. A crime can "
  "have more than one suspect, and some crimes have no suspect identified, so these figures will "
  "not match the crime figures.")
table([
    ["Financial Year", "Under 18", "18 and over", "Age not recorded"],
    ["2021/22", "97", "352", "41"],
    ["2022/23", "118", "367", "36"],
    ["2023/24", "104", "331", "52"],
])

p("3.", bold=True)
p(f"Arrests for offences under Home Office code 86/2: 2021/22{NB}– 213, 2022/23{NB}– 246, "
  f"2023/24{NB}– 228. An arrest is counted against the year in which it took place.")

p("4.", bold=True)
p("Outcomes are shown against the year the crime was recorded and are as they stood on 8 July 2024. "
  "Only the outcomes you asked about are shown, so the columns will not add up to the figures at "
  "question 1.")
table([
    ["Outcome", "2021/22", "2022/23", "2023/24"],
    ["Charge/Summons", "71", "84", "52"],
    ["Youth Caution", "1-4", "6", "1-4"],
    ["Adult Caution", "9", "11", "1-4"],
    ["Community Resolution", "12", "1-4", "7"],
    ["Outcome 21", "38", "44", "29"],
    ["Investigation ongoing (no outcome yet)", "23", "41", "118"],
])

p("5.", bold=True)
p("West Midlands Police can neither confirm nor deny that it holds any information relevant to "
  "question 5 of your request, by virtue of the following exemptions:")
p("Section 23(5) – Information supplied by, or concerning, certain Security Bodies\n"
  "Section 24(2) – National Security\n"
  "Section 31(3) – Law Enforcement")
p("Section 23 is a class-based, absolute exemption, and there is no requirement to consider the "
  "public interest. Sections 24 and 31 are qualified, prejudice-based exemptions, which means that "
  "the harm in confirming or denying that information is held must be evidenced and the public "
  "interest considered.")
p("Harm in confirming or denying that information is held", bold=True)
p("Confirming or denying that any of these crimes arose from referrals by a named partner agency "
  "would, over a series of requests, reveal where and how often that agency passes intelligence to "
  "this force. Offenders who share images of children are often technically aware and use such "
  "information to judge the likelihood of detection and to change their behaviour. This would "
  "undermine the prevention and detection of crime and the protection of children.")
p("Factors favouring confirmation or denial", bold=True)
p("Confirmation or denial would increase public awareness of the work undertaken to identify "
  "offenders, and would show how public money is spent on partnership working.")
p("Factors against confirmation or denial", bold=True)
p("Confirmation or denial would allow offenders to build a picture of law enforcement capability "
  "across the country, compromising current and future operations and placing children at "
  "greater risk.")
p("Balance test", bold=True)
p("While there is a public interest in the transparency of policing operations, there is a very "
  "strong public interest in safeguarding children and in not undermining operations against "
  "those who exploit them. The balance therefore favours neither confirming nor denying that the "
  "information is held. This should not be taken as an indication that information relevant to "
  "question 5 is, or is not, held.")

p("Please note", bold=True)
p("The figures were extracted from the force crime recording system on 8 July 2024. Data is "
  "subject to change as crimes are reviewed, reclassified or have their outcomes updated. A crime "
  "is counted in the year it was recorded, which may not be the year the offence took place.")
p("In accordance with the Freedom of Information Act 2000, this letter represents a Refusal "
  "Notice for question 5 of your request.")

p("Complaint Rights", bold=True, size=12)
p("Internal Review: If you are dissatisfied with the response you have been provided with, in "
  "compliance with the Freedom of Information legislation, you can lodge a complaint with West "
  "Midlands Police to have the decision reviewed within 20 working days of the date of this "
  "response. The handling of your request will be looked at by someone independent of the "
  "original decision, and a fresh decision will be given. Please write to: Freedom of Information "
  "Unit, West Midlands Police, Lloyd House, Colmore Circus Queensway, Birmingham, B4 6NQ, or email "
  "foi@westmidlands.police.uk.")
p("Information Commissioner: After lodging a complaint with West Midlands Police, if you are still "
  "dissatisfied with the decision you may make an application to the Information Commissioner. "
  f"Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9{NB}5AF. "
  f"Telephone: 0303{NB}123{NB}1113.")
p("Yours sincerely")
p("Freedom of Information Unit\nWest Midlands Police")

# Save, then rewrite the zip with fixed timestamps and order so the file rebuilds byte for byte.
buf = io.BytesIO()
doc.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for name in src.namelist():
        zi = zipfile.ZipInfo(name, date_time=(2024, 7, 22, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, src.read(name))
