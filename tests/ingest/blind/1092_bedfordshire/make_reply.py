"""Build reply.xlsx (Bedfordshire Police FOI 01342/25) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2025, 2, 14, 9, 12, 0)

BOLD = Font(name="Arial", bold=True, size=10)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", bold=True, size=12)
ITALIC = Font(name="Arial", italic=True, size=9)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PIVOT_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- Read Me
ws = wb.active
ws.title = "Read Me"
ws.column_dimensions["A"].width = 24
ws.column_dimensions["B"].width = 95
ws.merge_cells("A1:B1")
ws["A1"] = "Bedfordshire Police"
ws["A1"].font = TITLE
ws.merge_cells("A2:B2")
ws["A2"] = "Freedom of Information Request FOI 01342/25 - Indecent images of children offences where the suspect was aged under 18"
ws["A2"].font = BOLD
rows = [
    ("Date request received:", "20/01/2025"),
    ("Date of response:", "14/02/2025"),
    ("Data source:", "Athena crime recording system. Data extracted 05/02/2025."),
    ("Period covered:", "Crimes recorded between 01/01/2022 and 31/12/2024 (calendar years)."),
]
r = 4
for k, v in rows:
    ws.cell(row=r, column=1, value=k).font = BOLD
    ws.cell(row=r, column=2, value=v).font = NORMAL
    r += 1
r += 1
ws.cell(row=r, column=1, value="Your request").font = BOLD
r += 1
request = [
    "Q1. For each of the calendar years 2022, 2023 and 2024, the number of crimes of taking, making or distributing indecent images of children (Home Office code 86/2) recorded by Bedfordshire Police where the suspect was under 18 years of age, broken down by the age of the suspect.",
    "Q2. The outcomes of the crimes in Q1.",
    "Q3. For each crime in Q1, whether the images were shared through a social media platform or messaging app, and if so which one.",
]
for q in request:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    c = ws.cell(row=r, column=1, value=q)
    c.font = NORMAL
    c.alignment = WRAP
    ws.row_dimensions[r].height = 30
    r += 1
r += 1
ws.cell(row=r, column=1, value="Notes").font = BOLD
r += 1
notes = [
    "1. Figures are crimes recorded under Home Office offence code 86/2 (take, make, distribute or publish indecent photographs or pseudo-photographs of children) where at least one suspect was aged between 10 and 17 at the time of the offence.",
    "2. Where a crime has more than one suspect it is counted once only, against the age of the youngest suspect.",
    "3. Values between 1 and 4 have been replaced with [c] to reduce the risk of identifying individuals. Totals are calculated before suppression and include these values.",
    "4. The outcome is the outcome recorded against the crime at the time the data was extracted. 'Pending Outcome' means the investigation has not yet concluded.",
    "5. Q3 is refused under Section 12(1) of the Freedom of Information Act 2000 - see sheet 'Q3'.",
    "6. Crime data is live and subject to change. These figures may therefore differ from any previously published.",
]
for n in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    c = ws.cell(row=r, column=1, value=n)
    c.font = NORMAL
    c.alignment = WRAP
    ws.row_dimensions[r].height = 30
    r += 1

# ---------------------------------------------------------------- Q1
ws = wb.create_sheet("Q1")
ws.column_dimensions["A"].width = 30
for col in "BCDE":
    ws.column_dimensions[col].width = 12
ws.merge_cells("A1:E1")
ws["A1"] = "Q1. Crimes recorded under HO code 86/2 with a suspect aged 10-17, by age of suspect"
ws["A1"].font = BOLD
ws.merge_cells("A3:A4")
ws["A3"] = "Suspect age at time of offence"
ws.merge_cells("B3:D3")
ws["B3"] = "Calendar year"
ws.merge_cells("E3:E4")
ws["E3"] = "Total"
ws["B4"], ws["C4"], ws["D4"] = 2022, 2023, 2024
for row in ws["A3:E4"]:
    for c in row:
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = CENTRE
data = [
    ("10-13", "[c]", 7, 9, 19),
    ("14-15", 22, 31, 28, 81),
    ("16-17", 18, 24, 27, 69),
    ("Total (10-17)", 43, 62, 64, 169),
]
for i, rowvals in enumerate(data):
    for j, v in enumerate(rowvals):
        c = ws.cell(row=5 + i, column=1 + j, value=v)
        c.border = BOX
        c.font = BOLD if rowvals[0].startswith("Total") or j == 4 else NORMAL
        c.alignment = Alignment(horizontal="left" if j == 0 else "right")
ws["A10"] = "[c] = value between 1 and 4, suppressed. Totals include suppressed values."
ws["A10"].font = ITALIC

# ---------------------------------------------------------------- Q2 (pivot as pasted values)
ws = wb.create_sheet("Q2")
ws.column_dimensions["A"].width = 66
ws.column_dimensions["B"].width = 26
ws.merge_cells("A1:B1")
ws["A1"] = "Q2. Outcomes of the crimes in Q1 (2022, 2023 and 2024 combined)"
ws["A1"].font = BOLD
ws["A3"] = "Row Labels"
ws["B3"] = "Count of Crime Reference"
for c in (ws["A3"], ws["B3"]):
    c.font = BOLD
    c.fill = PIVOT_FILL
pivot = [
    ("Outcome 1 - Charged/Summonsed", 14),
    ("Outcome 2 - Youth Caution", 9),
    ("Outcome 8 - Community Resolution", "[c]"),
    ("Outcome 16 - Evidential difficulties: victim does not support action", 17),
    ("Outcome 20 - Action undertaken by another body/agency", "[c]"),
    ("Outcome 21 - Further investigation not in the public interest", 38),
    ("Outcome 22 - Diversionary, educational or intervention activity", 61),
    ("Pending Outcome", 25),
]
for i, (lab, v) in enumerate(pivot):
    ws.cell(row=4 + i, column=1, value=lab).font = NORMAL
    c = ws.cell(row=4 + i, column=2, value=v)
    c.font = NORMAL
    c.alignment = Alignment(horizontal="right")
gt = 4 + len(pivot)
ws.cell(row=gt, column=1, value="Grand Total").font = BOLD
ws.cell(row=gt, column=2, value=169).font = BOLD
for col in (1, 2):
    ws.cell(row=gt, column=col).fill = PIVOT_FILL
    ws.cell(row=gt, column=col).border = Border(top=THIN)
ws.cell(row=gt + 2, column=1, value="[c] = value between 1 and 4, suppressed.").font = ITALIC

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3")
ws.column_dimensions["A"].width = 120
q3 = [
    ("Q3. Social media platform or messaging app used", BOLD),
    ("", NORMAL),
    ("Bedfordshire Police does not record the platform or app used in a structured field that can be searched or reported on. Where this detail is known, it is held in the free-text investigation log and in the digital forensic reports attached to the crime.", NORMAL),
    ("To answer this question, each of the 169 crimes would have to be opened and its investigation log read. A sample exercise showed this takes approximately 8 minutes per crime, an estimated 22 hours 32 minutes in total.", NORMAL),
    ("The appropriate limit for police forces is £450, calculated at £25 per hour, which equates to 18 hours. Section 12(1) of the Freedom of Information Act 2000 therefore applies to this question and this sheet serves as a refusal notice under Section 17(5).", NORMAL),
    ("Section 16 - advice and assistance: it may be possible to answer this question within the cost limit if it were narrowed, for example to crimes recorded in a single calendar year.", NORMAL),
]
for i, (t, f) in enumerate(q3):
    c = ws.cell(row=1 + i, column=1, value=t)
    c.font = f
    c.alignment = WRAP
    if t and f is NORMAL:
        ws.row_dimensions[1 + i].height = 30

wb.active = 0
wb.properties.creator = "Information Access Team"
wb.properties.lastModifiedBy = "Information Access Team"
wb.properties.title = "FOI 01342/25"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# openpyxl stamps the save time into docProps/core.xml and the zip entries:
# rewrite both so that the file is byte-for-byte reproducible.
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
