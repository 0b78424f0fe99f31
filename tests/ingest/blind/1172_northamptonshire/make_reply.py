"""Build reply.xlsx (Northamptonshire Police FOI 01388/24 attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 2, 29, 14, 12, 0)

bold = Font(bold=True)
title = Font(bold=True, size=13)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
sub_fill = PatternFill("solid", fgColor="D9E1F2")
tot_fill = PatternFill("solid", fgColor="F2F2F2")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Read Me
ws = wb.active
ws.title = "Read Me"
ws.column_dimensions["A"].width = 110
rows = [
    ("Northamptonshire Police - Freedom of Information Request 01388/24", title),
    ("", None),
    ("Request", bold),
    ("1. Please provide the number of crimes recorded under the following Home Office codes for the calendar years 2021, 2022 and 2023: 71/17 Sexual communication with a child; 86/2 Taking, making or distributing indecent photographs of children; 88A Sexual grooming.", None),
    ("2. For each code and year, how many of these crimes had the online crime flag applied?", None),
    ("3. For the sexual communication with a child offences, which social media platforms or apps were used, for each year?", None),
    ("", None),
    ("Notes", bold),
    ("Data extracted from Niche RMS on 19/02/2024. Figures are crimes recorded in each calendar year (1 January - 31 December), counted by the offence code held at the time of extraction.", None),
    ("'Online flag' = crimes where the Home Office online crime flag has been applied.", None),
    ("* denotes a figure between 1 and 4. Small numbers have been suppressed to reduce the risk of identifying individuals.", None),
    ("Platform information (question 3) is recorded in a structured field which was added to Niche on 01/01/2023. For 2021 and 2022 the platform, where known, would only be in the free text of each crime report; this information is not held in a retrievable form for those years.", None),
    ("Platform figures for 2023 count each crime once, by the first platform recorded.", None),
    ("", None),
    ("Information Rights Unit, Northamptonshire Police", None),
]
for i, (text, font) in enumerate(rows, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = wrap
    if font:
        c.font = font

# ---------------------------------------------------------------- Q1-Q2
ws = wb.create_sheet("Q1-Q2 Offences")
ws.merge_cells("A1:H1")
ws["A1"] = "Crimes recorded by Home Office offence code, with online flag - calendar years 2021 to 2023"
ws["A1"].font = title
ws["A2"] = "FOI 01388/24"
ws["A2"].font = Font(italic=True, size=9)

ws.merge_cells("A4:A5")
ws.merge_cells("B4:B5")
ws["A4"] = "HO Code"
ws["B4"] = "Offence"
years = ["2021", "2022", "2023"]
for j, y in enumerate(years):
    col = 3 + 2 * j
    ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
    ws.cell(row=4, column=col, value=y)
    ws.cell(row=5, column=col, value="All crimes")
    ws.cell(row=5, column=col + 1, value="Online flag")
for r in (4, 5):
    for c in range(1, 9):
        cell = ws.cell(row=r, column=c)
        cell.border = box
        cell.alignment = centre
        if r == 4:
            cell.fill = head_fill
            cell.font = head_font
        else:
            cell.fill = sub_fill
            cell.font = bold

data = [
    ("071/17", "Sexual communication with a child", [142, 131, 158, 149, 171, 163]),
    ("086/02", "Take, make, distribute indecent photographs of children", [203, 176, 221, 198, 187, 160]),
    ("88A", "Sexual grooming", [17, 9, 12, "*", 8, "*"]),
    ("Total", "", [362, 316, 391, 350, 366, 325]),
]
for i, (code, desc, vals) in enumerate(data):
    r = 6 + i
    ws.cell(row=r, column=1, value=code)
    ws.cell(row=r, column=2, value=desc)
    for k, v in enumerate(vals):
        cell = ws.cell(row=r, column=3 + k, value=v)
        cell.alignment = Alignment(horizontal="right")
    for c in range(1, 9):
        ws.cell(row=r, column=c).border = box
        if code == "Total":
            ws.cell(row=r, column=c).font = bold
            ws.cell(row=r, column=c).fill = tot_fill
ws["A11"] = "* figure between 1 and 4 - see Read Me"
ws["A11"].font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 52
for col in "CDEFGH":
    ws.column_dimensions[col].width = 12

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3 Platforms")
ws.merge_cells("A1:C1")
ws["A1"] = "071/17 Sexual communication with a child - platform recorded, 2023"
ws["A1"].font = title
ws["A3"] = "Year"
ws["B3"] = "2023"
ws["A3"].font = bold
ws["A5"] = "Row Labels"
ws["B5"] = "Count of Crime Ref"
for c in ("A5", "B5"):
    ws[c].font = bold
    ws[c].fill = sub_fill
plat = [
    ("Snapchat", 58),
    ("Instagram", 29),
    ("Not recorded", 29),
    ("WhatsApp", 21),
    ("Other", 13),
    ("Facebook / Messenger", 11),
    ("TikTok", 7),
    ("Discord", "*"),
]
r = 6
for name, v in plat:
    ws.cell(row=r, column=1, value=name)
    ws.cell(row=r, column=2, value=v).alignment = Alignment(horizontal="right")
    r += 1
ws.cell(row=r, column=1, value="Grand Total").font = bold
ws.cell(row=r, column=2, value=171).font = bold
ws.cell(row=r + 2, column=1,
        value="2021 and 2022: not held - platform field introduced 01/01/2023 (see Read Me)").font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 34
ws.column_dimensions["B"].width = 20

# fixed document properties
wb.properties.creator = "Information Rights Unit"
wb.properties.lastModifiedBy = "Information Rights Unit"
wb.properties.title = "FOI 01388/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# rewrite the zip with fixed timestamps so the file is byte-for-byte repeatable
buf.seek(0)
src = zipfile.ZipFile(buf)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            import re
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          r"\g<1>2024-02-29T14:12:00Z\g<2>", text)
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          r"\g<1>2024-02-29T14:12:00Z\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 29, 14, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
