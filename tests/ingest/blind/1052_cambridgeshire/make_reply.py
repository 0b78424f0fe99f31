"""Builds reply.xlsx (Cambridgeshire Constabulary FOI 0742/2024) deterministically.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 11, 7, 14, 32, 0)

bold = Font(name="Arial", size=10, bold=True)
norm = Font(name="Arial", size=10)
title = Font(name="Arial", size=12, bold=True)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
tot_fill = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
left_wrap = Alignment(horizontal="left", vertical="top", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- Cover sheet
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 110
lines = [
    ("Cambridgeshire Constabulary", title),
    ("Freedom of Information Request 0742/2024", bold),
    ("Sexual communication with a child (Home Office offence code 71/17)", bold),
    (None, None),
    ("Request", bold),
    ("1. How many offences of sexual communication with a child (Home Office code 71/17) were recorded in the financial years 2022/23 and 2023/24, and in 2024/25 to date?", norm),
    ("2. For those offences, please give the number of victims by gender and by age at the time of the offence.", norm),
    ("3. Please give the outcome of each of those offences, using the Home Office outcome types.", norm),
    (None, None),
    ("Notes", bold),
    ("Data extracted from Athena on 21/10/2024. Figures are subject to change as records are updated.", norm),
    ("Financial years run from 1 April to 31 March. 2024/25 covers 1 April 2024 to 30 September 2024 only (the last complete month before extraction).", norm),
    ("Table 1 counts crimes. Table 2 counts victims: a crime may be linked to more than one victim, so the victim totals in Table 2 can exceed the crime counts in Table 1.", norm),
    ("Victim age is the age at the time of the offence. Where no date of birth or age was recorded the victim is shown as 'Not Recorded'.", norm),
    ("Table 3 shows the outcome recorded against each crime at the date of extraction. Crimes without a finalised outcome are shown as 'Investigation ongoing'.", norm),
    ("'-' denotes nil.", norm),
    (None, None),
    ("Please see the following tabs: Table 1 - Crimes, Table 2 - Victims, Table 3 - Outcomes.", norm),
]
for i, (text, font) in enumerate(lines, start=1):
    if text is None:
        continue
    c = ws.cell(row=i, column=1, value=text)
    c.font = font
    c.alignment = left_wrap

# ---------------------------------------------------------------- Table 1
ws = wb.create_sheet("Table 1 - Crimes")
ws.column_dimensions["A"].width = 28
ws.column_dimensions["B"].width = 22
ws["A1"] = "Table 1: Crimes recorded - Sexual communication with a child (71/17)"
ws["A1"].font = title
ws["A3"] = "Financial Year"
ws["B3"] = "Crimes recorded"
for c in ("A3", "B3"):
    ws[c].font = bold
    ws[c].fill = hdr_fill
    ws[c].border = box
    ws[c].alignment = centre
t1 = [("2022/23", 128), ("2023/24", 141), ("2024/25 (to 30/09/2024)", 66), ("Total", 335)]
for r, (lab, v) in enumerate(t1, start=4):
    a = ws.cell(row=r, column=1, value=lab)
    b = ws.cell(row=r, column=2, value=v)
    for c in (a, b):
        c.border = box
        c.font = bold if lab == "Total" else norm
        if lab == "Total":
            c.fill = tot_fill
    b.alignment = Alignment(horizontal="center")
ws["A9"] = "Source: Athena, extracted 21/10/2024"
ws["A9"].font = Font(name="Arial", size=8, italic=True)

# ---------------------------------------------------------------- Table 2
ws = wb.create_sheet("Table 2 - Victims")
ws.column_dimensions["A"].width = 18
for col in range(2, 8):
    ws.column_dimensions[get_column_letter(col)].width = 11
ws["A1"] = "Table 2: Victims of sexual communication with a child (71/17) by gender and age at time of offence"
ws["A1"].font = title
ws.merge_cells("A3:A4")
ws["A3"] = "Age group"
years = ["2022/23", "2023/24", "2024/25*"]
for i, y in enumerate(years):
    c0 = 2 + 2 * i
    ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 1)
    ws.cell(row=3, column=c0, value=y)
    ws.cell(row=4, column=c0, value="Female")
    ws.cell(row=4, column=c0 + 1, value="Male")
for r in (3, 4):
    for col in range(1, 8):
        c = ws.cell(row=r, column=col)
        c.font = bold
        c.fill = hdr_fill
        c.border = box
        c.alignment = centre
t2 = [
    ("Under 13", [31, 9, 38, 7, 17, 4]),
    ("13 to 15", [72, 18, 79, 19, 36, 11]),
    ("Not Recorded", [2, "-", 3, 1, "-", "-"]),
    ("Total", [105, 27, 120, 27, 53, 15]),
]
for r, (lab, vals) in enumerate(t2, start=5):
    a = ws.cell(row=r, column=1, value=lab)
    a.border = box
    a.font = bold if lab == "Total" else norm
    if lab == "Total":
        a.fill = tot_fill
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.border = box
        c.alignment = Alignment(horizontal="center")
        c.font = bold if lab == "Total" else norm
        if lab == "Total":
            c.fill = tot_fill
ws["A10"] = "* 2024/25 = 1 April 2024 to 30 September 2024"
ws["A11"] = "- denotes nil"
ws["A12"] = "Victim totals may exceed crime totals in Table 1 as a crime can have more than one victim."
for c in ("A10", "A11", "A12"):
    ws[c].font = Font(name="Arial", size=8, italic=True)

# ---------------------------------------------------------------- Table 3
ws = wb.create_sheet("Table 3 - Outcomes")
ws.column_dimensions["A"].width = 58
for col in range(2, 5):
    ws.column_dimensions[get_column_letter(col)].width = 13
ws["A1"] = "Table 3: Outcomes of sexual communication with a child (71/17) crimes, by financial year recorded"
ws["A1"].font = title
heads = ["Outcome", "2022/23", "2023/24", "2024/25*"]
for j, h in enumerate(heads, start=1):
    c = ws.cell(row=3, column=j, value=h)
    c.font = bold
    c.fill = hdr_fill
    c.border = box
    c.alignment = centre
t3 = [
    ("1 - Charge/Summons", [19, 17, 3]),
    ("16 - Evidential difficulties; victim does not support action", [34, 31, 6]),
    ("All other outcomes", [58, 67, 15]),
    ("Investigation ongoing", [17, 26, 42]),
]
for r, (lab, vals) in enumerate(t3, start=4):
    a = ws.cell(row=r, column=1, value=lab)
    a.border = box
    a.font = norm
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.border = box
        c.font = norm
        c.alignment = Alignment(horizontal="center")
ws["A9"] = "* 2024/25 = 1 April 2024 to 30 September 2024"
ws["A10"] = "Outcome shown is the outcome recorded at the date of extraction (21/10/2024)."
for c in ("A9", "A10"):
    ws[c].font = Font(name="Arial", size=8, italic=True)

# ---------------------------------------------------------------- properties
wb.properties.creator = "Information Management Unit"
wb.properties.lastModifiedBy = "Information Management Unit"
wb.properties.title = "FOI 0742/2024"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Re-pack the archive with fixed member timestamps so the file is byte-identical on every run.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the save time; pin it.
            import re
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-11-07T14:32:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 7, 14, 32, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, data)
print("wrote", OUT)
