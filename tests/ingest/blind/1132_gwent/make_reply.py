"""Build reply.xlsx for 1132_gwent deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The workbook is written with openpyxl, then re-zipped with fixed entry dates and a fixed
document modified date so that two runs give identical bytes.
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
FIXED = datetime.datetime(2024, 3, 8, 11, 20, 0)

bold = Font(name="Arial", bold=True, size=10)
normal = Font(name="Arial", size=10)
title = Font(name="Arial", bold=True, size=12)
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DDEBF7")
pivot_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
wb.properties.creator = "Gwent Police - Information Management"
wb.properties.lastModifiedBy = "Gwent Police - Information Management"
wb.properties.title = "FOI2024-0319"
wb.properties.created = FIXED
wb.properties.modified = FIXED

# ---------------------------------------------------------------- Cover
ws = wb.active
ws.title = "Clawr - Cover"
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].width = 95
rows = [
    ("Heddlu Gwent / Gwent Police", None),
    ("Rhyddid Gwybodaeth / Freedom of Information", None),
    (None, None),
    ("Cyfeirnod / Reference:", "FOI2024-0319"),
    ("Dyddiad / Date:", "08/03/2024"),
    ("Pwnc / Subject:", "Indecent images of children - offences, suspects' ages and charges"),
    (None, None),
    ("Cais / Request:",
     "1. For each of the calendar years 2021, 2022 and 2023, how many offences of taking, making or "
     "distributing indecent images of children (Home Office code 86/2) did Gwent Police record, and how "
     "many of these carried the online (cyber) flag?"),
    (None,
     "2. Please give the ages of the suspects linked to these offences, in the bands under 18, 18-25 and "
     "26 and over, for each year."),
    (None, "3. How many of these offences resulted in a charge or summons?"),
    (None, None),
    ("Nodiadau / Notes:",
     "1. Data was extracted from the force crime recording system on 20/02/2024. Crime data is live and "
     "figures may differ from those previously published."),
    (None, "2. Offences are counted by the calendar year (January to December) in which they were recorded."),
    (None,
     "3. The cyber flag is applied where the offence was committed, in full or in part, through a computer, "
     "computer network or other computer-enabled device."),
    (None,
     "4. Q2 counts suspects, not offences. A crime may have more than one suspect, and one person is counted "
     "once for each crime they are linked to, so the suspect totals do not match the offence totals. "
     "(blank) = age of suspect not recorded."),
    (None,
     "5. Q3 outcomes are as recorded on the date of extraction. Many offences recorded in 2023 are still "
     "under investigation."),
    (None,
     "6. Correction: our response to FOI2023-1187 gave the 2022 figure for offences recorded under code 86/2 "
     "as 212. Offences reclassified after that response was sent have changed this to 219. The figure on "
     "sheet Q1 is the revised figure."),
    (None, None),
    ("Mae'r wybodaeth hon ar gael yn Gymraeg. / This information is available in Welsh.", None),
]
for r, (a, b) in enumerate(rows, start=1):
    if a is not None:
        c = ws.cell(row=r, column=1, value=a)
        c.font = bold if r > 2 else title
        c.alignment = wrap
    if b is not None:
        c = ws.cell(row=r, column=2, value=b)
        c.font = normal
        c.alignment = wrap
ws.merge_cells("A1:B1")
ws.merge_cells("A2:B2")
ws.merge_cells("A19:B19")

# ---------------------------------------------------------------- Q1
ws = wb.create_sheet("Q1")
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 22
ws["A1"] = "Q1 - Indecent images of children: offences recorded (Home Office code 86/2)"
ws["A1"].font = title
ws.merge_cells("A1:C1")
ws["A2"] = "Calendar years 2021 to 2023"
ws["A2"].font = normal
ws.merge_cells("A2:C2")
hdr = ["Year", "Offences recorded", "Of which cyber flagged"]
for i, h in enumerate(hdr, start=1):
    c = ws.cell(row=4, column=i, value=h)
    c.font = bold
    c.fill = head_fill
    c.border = box
    c.alignment = Alignment(horizontal="center", wrap_text=True)
data = [(2021, 187, 164), (2022, 219, 201), (2023, 243, 228), ("Total", 649, 593)]
for r, row in enumerate(data, start=5):
    for i, v in enumerate(row, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.border = box
        c.font = bold if row[0] == "Total" else normal
        c.alignment = Alignment(horizontal="center")
ws["A10"] = "2022 revised - see note 6 on the cover sheet."
ws["A10"].font = Font(name="Arial", italic=True, size=9)

# ---------------------------------------------------------------- Q2 (pasted pivot)
ws = wb.create_sheet("Q2")
ws.column_dimensions["A"].width = 18
for col in "BCDE":
    ws.column_dimensions[col].width = 13
ws["A1"] = "Q2 - Suspects linked to 86/2 offences, by age at the time of the offence"
ws["A1"].font = title
ws["A3"] = "Count of Suspect ID"
ws["B3"] = "Column Labels"
ws["A4"] = "Row Labels"
for i, h in enumerate([2021, 2022, 2023, "Grand Total"], start=2):
    ws.cell(row=4, column=i, value=h)
pivot = [
    ("Under 18", 34, 41, 52, 127),
    ("18-25", 39, 44, 47, 130),
    ("26 and over", 96, 118, 121, 335),
    ("(blank)", 22, 25, 19, 66),
    ("Grand Total", 191, 228, 239, 658),
]
for r, row in enumerate(pivot, start=5):
    for i, v in enumerate(row, start=1):
        ws.cell(row=r, column=i, value=v)
for r in range(3, 10):
    for i in range(1, 6):
        c = ws.cell(row=r, column=i)
        c.font = bold if r in (3, 4, 9) else normal
        if r in (3, 4, 9):
            c.fill = pivot_fill
        if r == 9 or r == 4:
            c.border = Border(top=thin)

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3")
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 34
ws["A1"] = "Q3 - 86/2 offences with an outcome of charge/summons"
ws["A1"].font = title
ws.merge_cells("A1:B1")
for i, h in enumerate(["Year recorded", "Charged/Summonsed (Outcome 1)"], start=1):
    c = ws.cell(row=3, column=i, value=h)
    c.font = bold
    c.fill = head_fill
    c.border = box
for r, row in enumerate([(2021, 58), (2022, 63), (2023, 41)], start=4):
    for i, v in enumerate(row, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.font = normal
        c.border = box
        c.alignment = Alignment(horizontal="center")
ws["A8"] = "Outcomes as at date of extraction (see note 5)."
ws["A8"].font = Font(name="Arial", italic=True, size=9)

# ---------------------------------------------------------------- save, then fix dates
buf = io.BytesIO()
wb.save(buf)
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
