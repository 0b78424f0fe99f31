"""Build reply.xlsx for 1083_west-mercia (invented West Mercia Police FOI spreadsheet).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed document properties and fixed zip entry timestamps.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
FIXED = datetime(2024, 7, 8, 10, 15, 0)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PIVOT_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- cover sheet
ws = wb.active
ws.title = "Request"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 100
ws["A1"] = "West Mercia Police - Freedom of Information Act 2000"
ws["A1"].font = TITLE
ws["A2"] = "Disclosure spreadsheet"
ws["A2"].font = Font(italic=True)
cover = [
    ("FOI reference", "FOI 4412/24"),
    ("Date received", "10/06/2024"),
    ("Date of response", "08/07/2024"),
    ("Subject", "Child sexual exploitation (CSE) flagged crimes"),
    (None, None),
    ("Request", "Q1. For each financial year from 2020/21 to 2023/24, please provide the number of crimes "
                "recorded with a child sexual exploitation (CSE) flag, broken down by gender of the victim."),
    (None, "Q2. For the last three financial years (2021/22 to 2023/24), please break the CSE-flagged "
           "crimes down by the age of the victim."),
    (None, "Q3. For the same three years, how many of the CSE-flagged crimes resulted in a suspect "
           "being charged or summonsed?"),
    (None, None),
    ("Response", "West Mercia Police holds some of the information requested. Please see the tabs "
                 "'Q1 Gender', 'Q2 Age' and 'Q3 Charged'."),
    (None, None),
    ("Notes", "1. Data was extracted from the force crime system on 24/06/2024 and is based on the date "
              "the crime was recorded."),
    (None, "2. The CSE qualifier was only captured in a reportable field from 1 April 2021, when the "
           "force moved to its current crime recording system. Information for 2020/21 is therefore not "
           "held and is shown as N/H."),
    (None, "3. Values between 1 and 4 have been replaced with '1-4' to reduce the risk of identifying "
           "individuals. A zero is shown as 0."),
    (None, "4. Victim age is the age at the time of the offence. Where a crime has more than one victim, "
           "the first recorded victim is counted."),
    (None, "5. Outcomes are as recorded on the date of extraction. Crimes still under investigation may "
           "later result in a charge."),
]
r = 4
for a, b in cover:
    if a:
        ws.cell(row=r, column=1, value=a).font = BOLD
    if b:
        c = ws.cell(row=r, column=2, value=b)
        c.alignment = WRAP
    r += 1
ws["A22"] = "This information is provided under the Freedom of Information Act 2000. Re-use is subject to the Open Government Licence."
ws["A22"].font = Font(italic=True, size=9)

# ---------------------------------------------------------------- Q1: year over gender
ws = wb.create_sheet("Q1 Gender")
ws["A1"] = "Q1 - Crimes recorded with a CSE flag, by gender of victim"
ws["A1"].font = TITLE
ws.merge_cells("A1:Q1")
ws["A2"] = "FOI 4412/24"
ws["A2"].font = Font(italic=True, size=9)

years = ["2020/21", "2021/22", "2022/23", "2023/24"]
genders = ["Female", "Male", "Unknown", "Total"]
ws["A4"] = "Financial year"
ws.merge_cells("A4:A5")
ws["A4"].font = BOLD
ws["A4"].alignment = CENTRE
ws["A4"].fill = HEAD_FILL
col = 2
for y in years:
    ws.cell(row=4, column=col, value=y)
    ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 3)
    for k, g in enumerate(genders):
        c = ws.cell(row=5, column=col + k, value=g)
        c.font = BOLD
        c.alignment = CENTRE
        c.fill = HEAD_FILL
        c.border = BOX
    top = ws.cell(row=4, column=col)
    top.font = BOLD
    top.alignment = CENTRE
    top.fill = HEAD_FILL
    col += 4
for cc in range(1, 18):
    ws.cell(row=4, column=cc).border = BOX
ws["A5"].border = BOX

values = ["N/H", "N/H", "N/H", "N/H",
          81, 13, "1-4", 96,
          94, 18, 0, 112,
          85, 15, "1-4", 104]
ws["A6"] = "Crimes with CSE flag"
ws["A6"].font = BOLD
ws["A6"].border = BOX
for k, v in enumerate(values):
    c = ws.cell(row=6, column=2 + k, value=v)
    c.alignment = Alignment(horizontal="right")
    c.border = BOX
ws.column_dimensions["A"].width = 24
for k in range(16):
    ws.column_dimensions[chr(ord("B") + k)].width = 9
ws["A8"] = "N/H = not held (see note 2 on the 'Request' tab). 1-4 = a value between 1 and 4 (note 3)."
ws["A8"].font = Font(italic=True, size=9)

# ---------------------------------------------------------------- Q2: pivot layout
ws = wb.create_sheet("Q2 Age")
ws["A1"] = "Q2 - CSE flagged crimes by age of victim"
ws["A1"].font = TITLE
ws["A3"] = "Count of Crime Number"
ws["B3"] = "Column Labels"
ws["A4"] = "Row Labels"
heads = ["2021/22", "2022/23", "2023/24", "Grand Total"]
for k, h in enumerate(heads):
    ws.cell(row=4, column=2 + k, value=h)
for cc in range(1, 6):
    for rr in (3, 4):
        ws.cell(row=rr, column=cc).fill = PIVOT_FILL
        ws.cell(row=rr, column=cc).font = BOLD
pivot = [
    ("Under 13", [14, 17, 12, 43]),
    ("13 to 15", [52, 61, 58, 171]),
    ("16 to 17", [27, 31, 29, 87]),
    ("Not recorded", ["1-4", "1-4", 5, 11]),
]
rr = 5
for label, vals in pivot:
    ws.cell(row=rr, column=1, value=label)
    for k, v in enumerate(vals):
        c = ws.cell(row=rr, column=2 + k, value=v)
        c.alignment = Alignment(horizontal="right")
    rr += 1
ws.cell(row=rr, column=1, value="Grand Total").font = BOLD
for k, v in enumerate([96, 112, 104, 312]):
    c = ws.cell(row=rr, column=2 + k, value=v)
    c.font = BOLD
    c.alignment = Alignment(horizontal="right")
    c.border = Border(top=THIN)
ws.cell(row=rr, column=1).border = Border(top=THIN)
ws.column_dimensions["A"].width = 24
for k in "BCDE":
    ws.column_dimensions[k].width = 13

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3 Charged")
ws["A1"] = "Q3 - CSE flagged crimes resulting in a charge or summons"
ws["A1"].font = TITLE
ws["A3"] = "Financial year"
ws["B3"] = "Outcome 1 - Charged / Summonsed"
for cc in ("A3", "B3"):
    ws[cc].font = BOLD
    ws[cc].fill = HEAD_FILL
    ws[cc].border = BOX
    ws[cc].alignment = CENTRE
for k, (y, v) in enumerate([("2021/22", 19), ("2022/23", 23), ("2023/24", 14)]):
    ws.cell(row=4 + k, column=1, value=y).border = BOX
    c = ws.cell(row=4 + k, column=2, value=v)
    c.border = BOX
    c.alignment = Alignment(horizontal="right")
ws["A8"] = "See note 5 on the 'Request' tab."
ws["A8"].font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 34

# ---------------------------------------------------------------- fixed properties
wb.properties.creator = "FOI Decision Maker"
wb.properties.lastModifiedBy = "FOI Decision Maker"
wb.properties.title = "FOI 4412/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# re-pack with fixed zip timestamps so the file is byte-for-byte reproducible
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the clock on save; pin it
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
