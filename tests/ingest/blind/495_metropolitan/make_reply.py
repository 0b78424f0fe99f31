"""Build reply.xlsx: Metropolitan Police Service FOI data workbook, as the MPS sends it
alongside its PDF letter. Sexual Communication with a Child (HO code 071/17) offences by
victim age group, financial years FY20/21 to FY24/25 across, plus the part year FY25/26
(April to September 2025), with a Total row and a Total column. Blank cells denote a nil
return (keyed on the Notes sheet)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
REF = "01/FOI/25/047316"

COLS = ["FY20/21", "FY21/22", "FY22/23", "FY23/24", "FY24/25", "FY25/26 (Apr-Sep)"]
ROWS = [
    ("Under 11", [14, 9, 11, 7, 12, 5]),
    ("11 - 12", [97, 112, 104, 121, 133, 58]),
    ("13 - 15", [402, 455, 431, 468, 489, 241]),
    ("16 - 17", [61, 73, 66, 80, 77, 39]),
    ("Age not recorded", [23, 18, 6, 0, 2, 0]),
]

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="1F3864")
hdr_font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
tot_fill = PatternFill("solid", fgColor="D9D9D9")
base = Font(name="Arial", size=10)
bold = Font(name="Arial", size=10, bold=True)

wb = Workbook()

# ------------------------------------------------------------------ data sheet
ws = wb.active
ws.title = "Data"
ws.sheet_view.showGridLines = False
ws["A1"] = "Metropolitan Police Service"
ws["A1"].font = Font(name="Arial", size=14, bold=True)
ws["A2"] = f"Freedom of Information Request Reference: {REF}"
ws["A2"].font = bold
ws["A4"] = ("Sexual Communication with a Child (Home Office Offence Code 071/17) - offences "
            "recorded by the MPS, by age of victim at time of offence")
ws["A4"].font = bold
ws.merge_cells("A4:H4")
ws["A5"] = "Financial years 2020/21 to 2024/25 and 2025/26 to date (April 2025 - September 2025)"
ws["A5"].font = Font(name="Arial", size=10, italic=True)
ws.merge_cells("A5:H5")

r0 = 7
ws.cell(r0, 1, "Victim Age Group")
for j, c in enumerate(COLS, start=2):
    ws.cell(r0, j, c)
ws.cell(r0, len(COLS) + 2, "Total")
for j in range(1, len(COLS) + 3):
    cell = ws.cell(r0, j)
    cell.font = hdr_font
    cell.fill = hdr_fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

r = r0 + 1
for label, vals in ROWS:
    ws.cell(r, 1, label).font = base
    ws.cell(r, 1).border = box
    for j, v in enumerate(vals, start=2):
        cell = ws.cell(r, j, v if v else None)   # nil returns left blank
        cell.font = base
        cell.border = box
        cell.alignment = Alignment(horizontal="center")
    cell = ws.cell(r, len(COLS) + 2, sum(vals))
    cell.font = bold
    cell.border = box
    cell.alignment = Alignment(horizontal="center")
    r += 1

ws.cell(r, 1, "Total").font = bold
ws.cell(r, 1).fill = tot_fill
ws.cell(r, 1).border = box
for j in range(len(COLS)):
    cell = ws.cell(r, j + 2, sum(vals[j] for _, vals in ROWS))
    cell.font = bold
    cell.fill = tot_fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center")
cell = ws.cell(r, len(COLS) + 2, sum(sum(v) for _, v in ROWS))
cell.font = bold
cell.fill = tot_fill
cell.border = box
cell.alignment = Alignment(horizontal="center")

r += 2
ws.cell(r, 1, "Data Source: MPS Crime Reporting Information System (CRIS) and MPS Connect").font = base
ws.cell(r + 1, 1, "Data extracted: 08/10/2025").font = base
ws.cell(r + 2, 1, "Please refer to the 'Notes' tab for caveats.").font = Font(name="Arial", size=10, italic=True)

ws.column_dimensions["A"].width = 22
for j in range(2, len(COLS) + 3):
    ws.column_dimensions[get_column_letter(j)].width = 13
ws.column_dimensions[get_column_letter(len(COLS) + 1)].width = 18
ws.row_dimensions[r0].height = 30

# ------------------------------------------------------------------ notes sheet
ns = wb.create_sheet("Notes")
ns.sheet_view.showGridLines = False
ns.column_dimensions["A"].width = 6
ns.column_dimensions["B"].width = 120
ns["A1"] = "Notes"
ns["A1"].font = Font(name="Arial", size=12, bold=True)
notes = [
    "Figures are for offences of Sexual Communication with a Child (Sexual Offences Act 2003 "
    "s.15A), Home Office Offence Code 071/17, recorded by the Metropolitan Police Service.",
    "Financial years run from 1 April to 31 March. FY25/26 (Apr-Sep) covers 01/04/2025 to "
    "30/09/2025 only and is not comparable with the full years.",
    "Victim age is the age of the victim at the time of the offence as recorded on the crime "
    "report. Where more than one victim is linked to an offence, the offence is counted against "
    "the age of the first victim recorded.",
    "Blank cells denote a nil return.",
    "On 5 November 2024 the MPS moved from CRIS to a new crime recording system, Connect. "
    "Figures for FY24/25 combine data from both systems. Data held on Connect is subject to "
    "ongoing validation and may change.",
    "Crime data is held on a live system and is subject to change; figures supplied are correct "
    "at the date of extraction and may differ from previously published figures.",
]
for i, t in enumerate(notes, start=1):
    ns.cell(i + 2, 1, f"{i}.").font = base
    ns.cell(i + 2, 1).alignment = Alignment(vertical="top")
    c = ns.cell(i + 2, 2, t)
    c.font = base
    c.alignment = Alignment(wrap_text=True, vertical="top")
ns.cell(len(notes) + 4, 1, f"Ref: {REF}").font = Font(name="Arial", size=9, italic=True)

wb.save(HERE / "reply.xlsx")
print("written", HERE / "reply.xlsx")
