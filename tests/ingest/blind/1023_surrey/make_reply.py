"""Build reply.xlsx: Surrey Police FOI/1102/24 spreadsheet attachment (invented test material).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic
(fixed document dates and fixed zip entry timestamps).
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
FIXED = datetime.datetime(2024, 6, 7, 9, 30, 0)

thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True)
title_font = Font(bold=True, size=13, color="1F3864")
pivot_head = PatternFill("solid", fgColor="DDEBF7")
total_fill = PatternFill("solid", fgColor="BDD7EE")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
wb.properties.creator = "Information Access Team"
wb.properties.lastModifiedBy = "Information Access Team"
wb.properties.title = "FOI/1102/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

# ---------------------------------------------------------------- Cover sheet
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 24
for c in "BCDEF":
    ws.column_dimensions[c].width = 16
ws.merge_cells("A1:F1")
ws["A1"] = "Surrey Police - Freedom of Information Act 2000"
ws["A1"].font = title_font
ws["A3"], ws["B3"] = "Request reference:", "FOI/1102/24"
ws["A4"], ws["B4"] = "Date received:", "13/05/2024"
ws["A5"], ws["B5"] = "Date of response:", "07/06/2024"
for r in (3, 4, 5):
    ws.cell(r, 1).font = bold
ws["A7"] = "Request"
ws["A7"].font = bold
request = [
    "Please provide the following for the financial years 2021/22, 2022/23 and 2023/24:",
    "1. The number of rape offences against children recorded by Surrey Police under Home Office codes 19D, 19E, 19G and 19H, broken down by code and year.",
    "2. How many of the offences in (1) carried the online / cyber flag.",
    "3. The age group of the suspects in those offences (under 18 / 18 or over).",
]
for i, line in enumerate(request):
    r = 8 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, line).alignment = wrap
    ws.row_dimensions[r].height = 30 if i else 16
ws["A13"] = "Response"
ws["A13"].font = bold
resp = [
    "Surrey Police holds the information requested. Please see the following tabs:",
    "Q1 Offences  -  Table 1, offences by Home Office code and financial year",
    "Q2 Online flag  -  Table 2",
    "Q3 Suspects  -  Table 3",
]
for i, line in enumerate(resp):
    ws.merge_cells(start_row=14 + i, start_column=1, end_row=14 + i, end_column=6)
    ws.cell(14 + i, 1, line)
ws["A19"] = "Notes"
ws["A19"].font = bold
notes = [
    "1. Data was extracted from the force crime recording system on 28/05/2024. Crime data is subject to change as investigations progress.",
    "2. Financial years run from 1 April to 31 March.",
    "3. [c] = a value between 1 and 4 which has been suppressed to reduce the risk of identifying a victim. Totals include suppressed values.",
    "4. The online flag is applied where the offence was committed, in full or in part, by means of the internet or another computer network.",
    "5. Offences are counted by the date the crime was recorded, not the date it was committed.",
]
for i, line in enumerate(notes):
    r = 20 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, line).alignment = wrap
    ws.row_dimensions[r].height = 30

# ---------------------------------------------------------------- Q1: pivot copy
ws = wb.create_sheet("Q1 Offences")
ws.column_dimensions["A"].width = 44
for c in "BCDE":
    ws.column_dimensions[c].width = 14
ws.merge_cells("A1:E1")
ws["A1"] = "Table 1: Recorded rape offences against children, by Home Office code and financial year"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "Count of Crime Reference"
ws["B3"] = "Column Labels"
ws["A4"] = "Row Labels"
for col, lab in enumerate(["2021/22", "2022/23", "2023/24", "Grand Total"], start=2):
    ws.cell(4, col, lab)
for col in range(1, 6):
    for r in (3, 4):
        ws.cell(r, col).fill = pivot_head
        ws.cell(r, col).font = bold
data = [
    ("19D - Rape of a female child under 16", [96, 104, 111, 311]),
    ("19E - Rape of a female child under 13", [58, 49, 63, 170]),
    ("19G - Rape of a male child under 16", [9, 12, 7, 28]),
    ("19H - Rape of a male child under 13", [14, "[c]", 11, 28]),
    ("Grand Total", [177, 168, 192, 537]),
]
for i, (lab, vals) in enumerate(data):
    r = 5 + i
    ws.cell(r, 1, lab)
    for j, v in enumerate(vals):
        c = ws.cell(r, 2 + j, v)
        c.alignment = Alignment(horizontal="right")
    if lab == "Grand Total":
        for col in range(1, 6):
            ws.cell(r, col).font = bold
            ws.cell(r, col).fill = total_fill
ws["A11"] = "[c] suppressed value (1 to 4) - see Cover notes."
ws["A11"].font = Font(italic=True, size=9)

# ---------------------------------------------------------------- Q2: online flag
ws = wb.create_sheet("Q2 Online flag")
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 30
ws.merge_cells("A1:D1")
ws["A1"] = "Table 2: Offences in Table 1 with the online flag applied"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"], ws["B3"] = "Financial Year", "Offences with online flag"
for col in (1, 2):
    ws.cell(3, col).font = bold
    ws.cell(3, col).border = box
    ws.cell(3, col).fill = pivot_head
for i, (lab, v) in enumerate([("2021/22", 17), ("2022/23", 23), ("2023/24", 19), ("Total", 59)]):
    r = 4 + i
    ws.cell(r, 1, lab).border = box
    ws.cell(r, 2, v).border = box
    if lab == "Total":
        ws.cell(r, 1).font = bold
        ws.cell(r, 2).font = bold

# ---------------------------------------------------------------- Q3: suspects
ws = wb.create_sheet("Q3 Suspects")
ws.column_dimensions["A"].width = 30
for c in "BCD":
    ws.column_dimensions[c].width = 13
ws.merge_cells("A1:D1")
ws["A1"] = "Table 3: Suspects linked to the offences in Table 1, by age at the time of the offence"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("B3:D3")
ws["B3"] = "Financial Year"
ws["B3"].alignment = Alignment(horizontal="center")
ws["A4"] = "Suspect age group"
for col, lab in enumerate(["2021/22", "2022/23", "2023/24"], start=2):
    ws.cell(4, col, lab)
for r in (3, 4):
    for col in range(1, 5):
        ws.cell(r, col).font = bold
        ws.cell(r, col).fill = pivot_head
        ws.cell(r, col).border = box
rows3 = [
    ("Under 18", [41, 37, 52]),
    ("18 or over", [98, 104, 99]),
    ("Age not known", [22, 19, 28]),
    ("Total suspects", [161, 160, 179]),
]
for i, (lab, vals) in enumerate(rows3):
    r = 5 + i
    ws.cell(r, 1, lab).border = box
    for j, v in enumerate(vals):
        ws.cell(r, 2 + j, v).border = box
    if lab.startswith("Total"):
        for col in range(1, 5):
            ws.cell(r, col).font = bold
ws["A10"] = "A suspect linked to more than one offence in the same year is counted once for each offence."
ws["A11"] = "Offences with no suspect recorded are not included."
for r in (10, 11):
    ws.cell(r, 1).font = Font(italic=True, size=9)

buf = io.BytesIO()
wb.save(buf)

# ---------------------------------------------------------------- normalise zip for determinism
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + stamp, text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + stamp, text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
