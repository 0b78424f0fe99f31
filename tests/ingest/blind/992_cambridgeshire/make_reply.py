"""Build reply.xlsx: the spreadsheet Cambridgeshire Constabulary attached to FOI 0913/2024.

Run with: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte deterministic (fixed document dates, fixed zip timestamps).
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
FIXED = datetime.datetime(2024, 9, 2, 9, 30, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
PIVOT_FILL = PatternFill("solid", fgColor="B8CCE4")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center")


def boxed(ws, rng, fill=None, font=None, align=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill
            if font:
                c.font = font
            if align:
                c.alignment = align


wb = Workbook()
wb.properties.creator = "Information Rights"
wb.properties.lastModifiedBy = "Information Rights"
wb.properties.title = "FOI 0913-2024 Response"
wb.properties.created = FIXED
wb.properties.modified = FIXED

# ---------------------------------------------------------------- Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
for col in "BCDEFGH":
    ws.column_dimensions[col].width = 14
ws.merge_cells("A1:H1")
ws["A1"] = "Cambridgeshire Constabulary"
ws["A1"].font = TITLE
ws.merge_cells("A2:H2")
ws["A2"] = "Freedom of Information Request - Reference 0913/2024"
ws["A2"].font = BOLD
ws["A4"] = "Date received:"
ws["B4"] = datetime.date(2024, 8, 5)
ws["B4"].number_format = "dd/mm/yyyy"
ws["A5"] = "Date of extraction:"
ws["B5"] = datetime.date(2024, 8, 19)
ws["B5"].number_format = "dd/mm/yyyy"
ws["A6"] = "Source:"
ws["B6"] = "Athena (crime and intelligence system)"
for r in (4, 5, 6):
    ws.cell(r, 1).font = BOLD
    ws.cell(r, 2).alignment = Alignment(horizontal="left")

ws["A8"] = "Request"
ws["A8"].font = BOLD
request = [
    "1. Please provide the number of crimes recorded under Home Office code 71/17 "
    "(sexual communication with a child) and 88A (sexual grooming) in each of the "
    "financial years 2021/22, 2022/23 and 2023/24.",
    "2. How many of the crimes at question 1 had the online (cyber) flag applied?",
    "3. For the offences of sexual communication with a child recorded in 2022/23 and "
    "2023/24, please give the number of victims by age (11 and under, 12-15, 16-17) "
    "and by gender.",
]
r = 9
for line in request:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(r, 1, line)
    c.alignment = WRAP
    ws.row_dimensions[r].height = 40
    r += 1

r += 1
ws.cell(r, 1, "Response").font = BOLD
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
c = ws.cell(
    r, 1,
    "Cambridgeshire Constabulary holds the information you requested. It is provided on "
    "the tabs Q1, Q2 and Q3 of this workbook. Please read the notes below alongside the data.",
)
c.alignment = WRAP
ws.row_dimensions[r].height = 30

r += 2
ws.cell(r, 1, "Notes").font = BOLD
notes = [
    "1. Crimes are counted by the date the crime was recorded, not the date it was committed.",
    "2. To reduce the risk of identifying individuals, figures from 1 to 4 are shown as '1-4'. "
    "A zero is shown as 0.",
    "3. Q3 counts victims, not crimes; one crime can have more than one victim. Victims whose "
    "gender was not recorded are not included, so the Q3 figures will not agree with Q1.",
    "4. The online flag is applied when the offence was committed, wholly or in part, through "
    "the internet or another electronic means of communication.",
    "5. Data is live and may change as investigations progress; figures are correct as at the "
    "date of extraction shown above.",
]
for line in notes:
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(r, 1, line)
    c.alignment = WRAP
    ws.row_dimensions[r].height = 30

# ---------------------------------------------------------------- Q1 (pivot export)
ws = wb.create_sheet("Q1")
ws.column_dimensions["A"].width = 44
for col in "BCDE":
    ws.column_dimensions[col].width = 13
ws.merge_cells("A1:E1")
ws["A1"] = "Q1 - Crimes recorded by Home Office code and financial year"
ws["A1"].font = TITLE
ws["A3"] = "Count of Crime Reference"
ws.merge_cells("B3:D3")
ws["B3"] = "Financial Year Recorded"
ws["A4"] = "Home Office Code"
for i, h in enumerate(["2021/22", "2022/23", "2023/24", "Grand Total"]):
    ws.cell(4, 2 + i, h)
data_q1 = [
    ("071/17 - Sexual communication with a child", 148, 171, 163, 482),
    ("88A - Sexual grooming", 12, 9, 15, 36),
    ("Grand Total", 160, 180, 178, 518),
]
for i, row in enumerate(data_q1):
    for j, v in enumerate(row):
        ws.cell(5 + i, 1 + j, v)
boxed(ws, "A3:E4", fill=PIVOT_FILL, font=BOLD)
boxed(ws, "A5:E7", font=NORMAL)
boxed(ws, "A7:E7", fill=PIVOT_FILL, font=BOLD)
for c in ws["E5:E7"]:
    c[0].font = BOLD
ws["B3"].alignment = CENTRE
ws.freeze_panes = "B5"

# ---------------------------------------------------------------- Q2
ws = wb.create_sheet("Q2")
ws.column_dimensions["A"].width = 22
for col in "BCD":
    ws.column_dimensions[col].width = 13
ws.merge_cells("A1:F1")
ws["A1"] = "Q2 - Crimes at Q1 with the online flag applied"
ws["A1"].font = TITLE
ws["A3"] = "Home Office Code"
for i, h in enumerate(["2021/22", "2022/23", "2023/24"]):
    ws.cell(3, 2 + i, h)
data_q2 = [("071/17", 131, 152, 149), ("88A", 7, 5, "1-4")]
for i, row in enumerate(data_q2):
    for j, v in enumerate(row):
        c = ws.cell(4 + i, 1 + j, v)
        if isinstance(v, str) and j > 0:
            c.alignment = Alignment(horizontal="right")
boxed(ws, "A3:D3", fill=HEAD_FILL, font=BOLD)
boxed(ws, "A4:D5", font=NORMAL)
ws.merge_cells("A7:F7")
ws["A7"] = "1-4 = a figure between 1 and 4 (see note 2 on the Cover tab)"
ws["A7"].font = Font(name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- Q3 (year over gender)
ws = wb.create_sheet("Q3")
ws.column_dimensions["A"].width = 26
for col in "BCDE":
    ws.column_dimensions[col].width = 12
ws.merge_cells("A1:G1")
ws["A1"] = "Q3 - Victims of sexual communication with a child (071/17) by age and gender"
ws["A1"].font = TITLE
ws.merge_cells("A3:A4")
ws["A3"] = "Victim age at time of offence"
ws["A3"].alignment = Alignment(wrap_text=True, vertical="center")
ws.merge_cells("B3:C3")
ws["B3"] = "2022/23"
ws.merge_cells("D3:E3")
ws["D3"] = "2023/24"
for i, h in enumerate(["Female", "Male", "Female", "Male"]):
    ws.cell(4, 2 + i, h)
data_q3 = [
    ("11 and under", 19, "1-4", 22, 5),
    ("12-15", 98, 24, 89, 21),
    ("16-17", 11, "1-4", 14, "1-4"),
    ("Not recorded", 6, "1-4", "1-4", 0),
]
for i, row in enumerate(data_q3):
    for j, v in enumerate(row):
        c = ws.cell(5 + i, 1 + j, v)
        if isinstance(v, str) and j > 0:
            c.alignment = Alignment(horizontal="right")
boxed(ws, "A3:E4", fill=HEAD_FILL, font=BOLD)
for c in ("B3", "D3"):
    ws[c].alignment = CENTRE
boxed(ws, "A5:E8", font=NORMAL)
ws.merge_cells("A10:G10")
ws["A10"] = "Victims whose gender was not recorded are not shown (see note 3 on the Cover tab)."
ws["A10"].font = Font(name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- save, then fix zip times
buf = io.BytesIO()
wb.save(buf)
buf.seek(0)
src = zipfile.ZipFile(buf)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps the save time into <dcterms:modified>; pin it.
            data = re.sub(
                rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                rb"<dcterms:modified\1>2024-09-02T09:30:00Z</dcterms:modified>",
                data,
            )
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 2, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
