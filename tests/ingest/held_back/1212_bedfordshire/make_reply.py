"""Build reply.xlsx for 1212_bedfordshire deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import io
import os
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
STAMP = datetime(2024, 1, 29, 10, 30, 0)

bold = Font(bold=True)
title_font = Font(bold=True, size=14)
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DCE6F1")
total_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center")

wb = Workbook()

# ---------------------------------------------------------------- Read Me
ws = wb.active
ws.title = "Read Me"
ws.column_dimensions["A"].width = 120
lines = [
    ("Bedfordshire Police", title_font),
    ("Freedom of Information Request - Reference FOI 2024/0153", bold),
    ("Date of response: 29 January 2024", None),
    ("Indecent images of children offences (Home Office code 86/2): outcomes and online flag", bold),
    ("", None),
    ("Request", bold),
    ("1. How many offences of taking, making or distributing indecent photographs of children "
     "(Home Office code 86/2) were recorded by Bedfordshire Police in each of the calendar years "
     "2021, 2022 and 2023?", None),
    ("2. For the offences in question 1, what outcome has been assigned to each (by Home Office "
     "outcome type)?", None),
    ("3. How many of the offences in question 1 carried the online flag?", None),
    ("", None),
    ("Notes", bold),
    ("Data extracted from Athena on 08/01/2024. Offences are counted by the calendar year in which "
     "they were recorded. Outcomes are those recorded at the date of extraction; offences still "
     "under investigation have no outcome yet and are shown as 'Under investigation'.", None),
    ("* = a value between 1 and 4. Small numbers have been suppressed to reduce the risk of "
     "individuals being identified (Section 40(2) Freedom of Information Act 2000).", None),
    ("A blank cell means that no offences were recorded with that outcome.", None),
    ("'Other outcomes' groups all remaining Home Office outcome types, each of which is small.", None),
    ("Q1 - see the Grand Total row on the sheet 'Q1-Q2 Outcomes'.", None),
    ("Q2 - see the sheet 'Q1-Q2 Outcomes'.", None),
    ("Q3 - see the sheet 'Q3 Online flag'.", None),
    ("", None),
    ("Information Rights Team, Bedfordshire Police", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text if text else None)
    c.alignment = wrap
    if font is not None:
        c.font = font

# ------------------------------------------------------- Q1-Q2 Outcomes
ws = wb.create_sheet("Q1-Q2 Outcomes")
ws.column_dimensions["A"].width = 72
for col in "BCDE":
    ws.column_dimensions[col].width = 13
ws.merge_cells("A1:E1")
ws["A1"] = "Offences recorded under Home Office code 86/2 by outcome, calendar years 2021 to 2023"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "FOI 2024/0153"
ws["A2"].font = Font(italic=True)

ws["A4"] = "Sum of Crime Count"
ws.merge_cells("B4:D4")
ws["B4"] = "Year Recorded"
ws.merge_cells("E4:E5")
ws["E4"] = "Grand Total"
ws["A5"] = "Outcome"
ws["B5"], ws["C5"], ws["D5"] = 2021, 2022, 2023
for r in (4, 5):
    for col in "ABCDE":
        cell = ws[f"{col}{r}"]
        cell.font = bold
        cell.fill = head_fill
        cell.border = box
        if col != "A":
            cell.alignment = centre

# Rows appear in the pivot's own (text) sort order.
rows = [
    ("Outcome 1 - Charged/Summonsed", 64, 51, 38, 153),
    ("Outcome 15 - Evidential difficulties (suspect identified; victim supports action)", 41, 36, 23, 100),
    ("Outcome 18 - Investigation complete; no suspect identified", 57, 49, 44, 150),
    ("Outcome 2 - Youth Caution", "*", None, "*", "*"),
    ("Outcome 3 - Adult Caution", 9, 7, "*", 20),
    ("Other outcomes", 93, 94, 77, 264),
    ("Under investigation", 45, 50, 154, 249),
]
r = 6
for label, *vals in rows:
    ws.cell(row=r, column=1, value=label).border = box
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=r, column=j, value=v)
        c.border = box
        c.alignment = Alignment(horizontal="right")
    r += 1
ws.cell(row=r, column=1, value="Grand Total")
for j, v in enumerate((312, 287, 341, 940), start=2):
    ws.cell(row=r, column=j, value=v)
for col in range(1, 6):
    c = ws.cell(row=r, column=col)
    c.font = bold
    c.fill = total_fill
    c.border = box
    if col > 1:
        c.alignment = Alignment(horizontal="right")
ws.cell(row=r + 2, column=1, value="* = a value between 1 and 4 (see Read Me). Blank = nil.").font = Font(italic=True)

# -------------------------------------------------------- Q3 Online flag
ws = wb.create_sheet("Q3 Online flag")
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 26
ws.merge_cells("A1:B1")
ws["A1"] = "Offences recorded under Home Office code 86/2 carrying the online flag"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"], ws["B3"] = "Year Recorded", "Online flagged offences"
for col in "AB":
    ws[f"{col}3"].font = bold
    ws[f"{col}3"].fill = head_fill
    ws[f"{col}3"].border = box
data = [(2021, 268), (2022, 249), (2023, 296), ("Total", 813)]
for i, (y, v) in enumerate(data, start=4):
    a = ws.cell(row=i, column=1, value=y)
    b = ws.cell(row=i, column=2, value=v)
    a.alignment = Alignment(horizontal="left")
    for c in (a, b):
        c.border = box
        if y == "Total":
            c.font = bold
            c.fill = total_fill

wb.properties.creator = "Information Rights Team"
wb.properties.lastModifiedBy = "Information Rights Team"
wb.properties.title = "FOI 2024/0153"
wb.properties.created = STAMP
wb.properties.modified = STAMP

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed timestamps so the bytes do not depend on when this runs.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-01-29T10:30:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 29, 10, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
