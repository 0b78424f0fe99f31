"""Build reply.xlsx: Cambridgeshire Constabulary FOI attachment (ref 0538/2024).

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-for-byte
reproducible (fixed document properties and fixed zip member timestamps).
"""
import datetime as dt
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
STAMP = dt.datetime(2024, 5, 17, 11, 40, 0)

wb = Workbook()
wb.properties.creator = "Information Rights"
wb.properties.lastModifiedBy = "Information Rights"
wb.properties.title = "FOI 0538/2024"
wb.properties.created = STAMP
wb.properties.modified = STAMP

bold = Font(bold=True)
title_font = Font(bold=True, size=13)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center")

# ---------------- Cover sheet
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 95
ws["A1"] = "Cambridgeshire Constabulary"
ws["A1"].font = title_font
ws["A2"] = "Freedom of Information Act 2000 - Response data"
ws["A2"].font = bold
rows = [
    ("Reference:", "0538/2024"),
    ("Date of response:", dt.date(2024, 5, 17)),
    ("Data source:", "Athena (crime and intelligence system); custody records for arrests"),
    ("Date of extraction:", dt.date(2024, 4, 9)),
    ("Period covered:", "FY 2021/22 to FY 2023/24 (1 April 2021 to 31 March 2024)"),
]
r = 4
for k, v in rows:
    ws.cell(r, 1, k).font = bold
    c = ws.cell(r, 2, v)
    if isinstance(v, dt.date):
        c.number_format = "DD/MM/YYYY"
        c.alignment = Alignment(horizontal="left")
    r += 1

r += 1
ws.cell(r, 1, "Request:").font = bold
request = [
    "1. How many offences were recorded under each of the following Home Office codes in "
    "each of the last three financial years: 19D Rape of a female child under 16; 19E Rape "
    "of a female child under 13; 19G Rape of a male child under 16; 19H Rape of a male "
    "child under 13?",
    "2. Of those offences, how many were flagged as online / cyber-enabled?",
    "3. How many arrests were made for these offences in each of those years?",
]
for q in request:
    c = ws.cell(r, 2, q)
    c.alignment = wrap
    ws.row_dimensions[r].height = 45 if len(q) > 100 else 15
    r += 1

r += 1
ws.cell(r, 1, "Notes:").font = bold
notes = [
    "1. Questions 1 and 2 are answered on sheet 'Q1-Q2 Offences'; question 3 on sheet 'Q3 Arrests'.",
    "2. Figures are recorded crimes by financial year (1 April to 31 March) of the date the "
    "crime was recorded, not the date the offence took place.",
    "3. To reduce the risk of identifying individuals, values below 5 have been shown as <5. "
    "Totals include the suppressed values.",
    "4. Cambridgeshire Constabulary moved to a new custody system on 1 April 2022. Arrest "
    "records before that date were not migrated and the legacy system has been "
    "decommissioned, so arrests for FY 2021/22 are not held (shown as N/H).",
    "5. The online flag is applied by the investigating officer and its use may not be "
    "consistent across all crimes.",
    "This information is released under the Freedom of Information Act 2000 and may be "
    "re-used under the Open Government Licence v3.0.",
]
for n in notes:
    c = ws.cell(r, 2, n)
    c.alignment = wrap
    ws.row_dimensions[r].height = 30 if len(n) > 95 else 15
    r += 1

# ---------------- Q1-Q2 sheet: two-level header, years across
ws = wb.create_sheet("Q1-Q2 Offences")
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 36
for col in "CDEFGH":
    ws.column_dimensions[col].width = 12
ws["A1"] = "Table 1 - Recorded rape offences against children, and those flagged online, by Home Office code"
ws["A1"].font = title_font

ws["A3"] = "HO Code"
ws["B3"] = "Offence"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
years = ["FY 2021/22", "FY 2022/23", "FY 2023/24"]
for i, y in enumerate(years):
    col = 3 + 2 * i
    ws.cell(3, col, y)
    ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
    ws.cell(4, col, "Recorded")
    ws.cell(4, col + 1, "Online flag")
for row in (3, 4):
    for col in range(1, 9):
        c = ws.cell(row, col)
        c.font = bold
        c.fill = grey
        c.border = box
        c.alignment = centre

data = [
    ("019D", "Rape of a female child under 16", [61, 9, 57, 11, 66, 8]),
    ("019E", "Rape of a female child under 13", [38, "<5", 44, 6, 41, "<5"]),
    ("019G", "Rape of a male child under 16", [9, "<5", 12, "<5", 7, "<5"]),
    ("019H", "Rape of a male child under 13", [14, "<5", 11, "<5", 16, "<5"]),
    ("Total", "", [122, 13, 124, 20, 130, 14]),
]
for i, (code, name, vals) in enumerate(data):
    row = 5 + i
    ws.cell(row, 1, code)
    ws.cell(row, 2, name)
    for j, v in enumerate(vals):
        c = ws.cell(row, 3 + j, v)
        c.alignment = Alignment(horizontal="right")
    for col in range(1, 9):
        ws.cell(row, col).border = box
        if code == "Total":
            ws.cell(row, col).font = bold

ws["A11"] = "<5 = a value below 5 (see note 3 on the Cover sheet). Totals include the suppressed values."
ws["A12"] = "Source: Athena, extracted 09/04/2024."
ws["A11"].font = Font(italic=True, size=9)
ws["A12"].font = Font(italic=True, size=9)

# ---------------- Q3 sheet: years down
ws = wb.create_sheet("Q3 Arrests")
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 12
ws["A1"] = "Table 2 - Arrests for the offences in Table 1 (HO codes 19D, 19E, 19G, 19H)"
ws["A1"].font = title_font
ws["A3"] = "Financial year"
ws["B3"] = "Arrests"
for col in (1, 2):
    c = ws.cell(3, col)
    c.font = bold
    c.fill = grey
    c.border = box
arrests = [("FY 2021/22", "N/H"), ("FY 2022/23", 64), ("FY 2023/24", 71)]
for i, (y, v) in enumerate(arrests):
    ws.cell(4 + i, 1, y).border = box
    c = ws.cell(4 + i, 2, v)
    c.border = box
    c.alignment = Alignment(horizontal="right")
ws["A8"] = "N/H = not held (see note 4 on the Cover sheet)."
ws["A9"] = ("An arrest is counted each time a person is arrested for one of these offences; "
            "a person arrested more than once is counted each time.")
ws["A8"].font = Font(italic=True, size=9)
ws["A9"].font = Font(italic=True, size=9)

# save, then re-zip with fixed timestamps so the file rebuilds exactly
buf = io.BytesIO()
wb.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data_bytes = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the current time on save; pin it
            data_bytes = re.sub(
                rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                rb"\g<1>2024-05-17T11:40:00Z\g<2>",
                data_bytes,
            )
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 17, 11, 40, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, data_bytes)
print("wrote", OUT)
