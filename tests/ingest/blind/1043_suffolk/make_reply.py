"""Build reply.xlsx for 1043_suffolk (invented reply). Deterministic: fixed document dates and
fixed zip entry timestamps. Run with: /work/main/.venv/bin/python make_reply.py
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
FIXED = datetime(2024, 8, 2, 10, 30, 0)

bold = Font(name="Arial", size=10, bold=True)
norm = Font(name="Arial", size=10)
title = Font(name="Arial", size=12, bold=True)
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9E1F2")
tot_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center")

wb = Workbook()
wb.properties.creator = "Information Management"
wb.properties.lastModifiedBy = "Information Management"
wb.properties.title = "FOI 001642-24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

# ---------------- sheet 1: request and notes ----------------
ws = wb.active
ws.title = "Request"
ws.column_dimensions["A"].width = 14
for c in "BCDEF":
    ws.column_dimensions[c].width = 18
ws.merge_cells("A1:F1")
ws["A1"] = "Suffolk Constabulary"
ws["A1"].font = title
ws.merge_cells("A2:F2")
ws["A2"] = "Freedom of Information Request - FOI 001642-24"
ws["A2"].font = bold
ws["A3"] = "Date received:"
ws["B3"] = "08/07/2024"
ws["A4"] = "Date of response:"
ws["B4"] = "02/08/2024"
for r in (3, 4):
    ws.cell(r, 1).font = bold
    ws.cell(r, 2).font = norm

ws["A6"] = "Request"
ws["A6"].font = bold
req = [
    "Q1. Please provide the number of the following offences against children recorded by Suffolk "
    "Constabulary in each of the financial years 2021/22, 2022/23 and 2023/24, broken down by Home "
    "Office offence code: rape of a female/male child under 13; sexual assault on a female/male child "
    "under 13; sexual activity involving a child under 13; sexual activity involving a child under 16; "
    "sexual communication with a child.",
    "Q2. Of the offences in Q1, how many had the online (cyber) flag applied in each year?",
]
r = 7
for q in req:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(r, 1, q)
    c.font = norm
    c.alignment = wrap
    ws.row_dimensions[r].height = 66 if len(q) > 200 else 18
    r += 1

ws.cell(r + 1, 1, "Response").font = bold
ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=6)
c = ws.cell(r + 2, 1, "Suffolk Constabulary holds the information you have requested. Please see the "
            "tabs 'Q1 Offences' and 'Q2 Online flag' of this workbook.")
c.font = norm
c.alignment = wrap
ws.row_dimensions[r + 2].height = 30

ws.cell(r + 4, 1, "Notes").font = bold
notes = [
    "1. Data extracted from the force crime recording system (Athena) on 24/07/2024.",
    "2. Offences are counted by the date the crime was recorded. Financial years run from 1 April to 31 March.",
    "3. To reduce the risk of identifying individuals, figures between 1 and 4 inclusive have been replaced "
    "with *. Totals are calculated from the unsuppressed figures.",
    "4. The online flag is applied where the offence was committed, in full or in part, through a computer, "
    "computer network or other internet-enabled device.",
    "5. Figures are correct at the time of extraction and may change as crimes are reclassified.",
]
rr = r + 5
for n in notes:
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6)
    c = ws.cell(rr, 1, n)
    c.font = norm
    c.alignment = wrap
    ws.row_dimensions[rr].height = 30 if len(n) > 95 else 15
    rr += 1

# ---------------- sheet 2: offences by code and year ----------------
ws2 = wb.create_sheet("Q1 Offences")
ws2.column_dimensions["A"].width = 11
ws2.column_dimensions["B"].width = 50
for c in "CDEF":
    ws2.column_dimensions[c].width = 12
ws2.merge_cells("A1:F1")
ws2["A1"] = "Q1 - Recorded offences against children by Home Office offence code, financial years 2021/22 to 2023/24"
ws2["A1"].font = bold
ws2["A1"].alignment = Alignment(wrap_text=True)
ws2.row_dimensions[1].height = 28
hdr = ["HO Code", "Offence", "2021/22", "2022/23", "2023/24", "Total"]
for j, h in enumerate(hdr, 1):
    c = ws2.cell(3, j, h)
    c.font = bold
    c.fill = head_fill
    c.border = box
    c.alignment = centre
data = [
    ("017B", "Sexual assault on a male child under 13", [21, 18, 24]),
    ("019E", "Rape of a female child under 13", [38, 42, 35]),
    ("019H", "Rape of a male child under 13", ["*", "*", 7]),
    ("020B", "Sexual assault on a female child under 13", [64, 71, 58]),
    ("021", "Sexual activity involving a child under 13", [27, 31, 22]),
    ("022B", "Sexual activity involving a child under 16", [96, 88, 103]),
    ("071/17", "Sexual communication with a child", [57, 66, 49]),
]
hidden = {("019H", 0): 4, ("019H", 1): 2}   # true values behind '*' (totals are calculated on them)
row = 4
coltot = [0, 0, 0]
for code, desc, vals in data:
    ws2.cell(row, 1, code)
    ws2.cell(row, 2, desc)
    rt = 0
    for j, v in enumerate(vals):
        ws2.cell(row, 3 + j, v)
        true = hidden.get((code, j), v)
        rt += true
        coltot[j] += true
    ws2.cell(row, 6, rt)
    for j in range(1, 7):
        c = ws2.cell(row, j)
        c.font = bold if j == 6 else norm
        c.border = box
        if j >= 3:
            c.alignment = Alignment(horizontal="right")
    row += 1
ws2.cell(row, 1, "Total")
ws2.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
for j, v in enumerate(coltot + [sum(coltot)]):
    ws2.cell(row, 3 + j, v)
for j in range(1, 7):
    c = ws2.cell(row, j)
    c.font = bold
    c.fill = tot_fill
    c.border = box
ws2.cell(row + 2, 1, "* Figure between 1 and 4 - see note 3 on the 'Request' tab.").font = Font(name="Arial", size=9, italic=True)
ws2.freeze_panes = "C4"

# ---------------- sheet 3: online flag ----------------
ws3 = wb.create_sheet("Q2 Online flag")
ws3.column_dimensions["A"].width = 16
ws3.column_dimensions["B"].width = 30
ws3.merge_cells("A1:B1")
ws3["A1"] = "Q2 - Offences in Q1 with the online (cyber) flag"
ws3["A1"].font = bold
for j, h in enumerate(["Financial year", "Offences with online flag"], 1):
    c = ws3.cell(3, j, h)
    c.font = bold
    c.fill = head_fill
    c.border = box
online = [("2021/22", 74), ("2022/23", 91), ("2023/24", 68)]
r3 = 4
for fy, v in online:
    ws3.cell(r3, 1, fy).border = box
    ws3.cell(r3, 2, v).border = box
    r3 += 1
ws3.cell(r3, 1, "Total").font = bold
ws3.cell(r3, 2, sum(v for _, v in online)).font = bold
for j in (1, 2):
    ws3.cell(r3, j).border = box
    ws3.cell(r3, j).fill = tot_fill

buf = io.BytesIO()
wb.save(buf)

# rewrite the zip with fixed entry timestamps and fixed core-property dates
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data_bytes = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = data_bytes.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
            data_bytes = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(zi, data_bytes)
print("wrote", OUT)
