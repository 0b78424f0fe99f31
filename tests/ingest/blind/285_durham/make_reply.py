"""Build reply.xlsx: Durham Constabulary FOI attachment laid out as an Excel pivot table."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")

pivot_fill = PatternFill("solid", fgColor="DCE6F1")
top = Border(top=Side(style="thin", color="4F81BD"))
bold = Font(bold=True)

wb = Workbook()
ws = wb.active
ws.title = "DUR-FOI-2024-1873"

# report filters, as a pivot shows them
ws["A1"], ws["B1"] = "Victim Age Band", "Under 18"
ws["A2"], ws["B2"] = "Recorded FY", "(All)"
for c in ("A1", "A2"):
    ws[c].font = bold

ws["A4"], ws["B4"] = "Count of Crime Ref", "Column Labels"
ws["A5"] = "Row Labels"
years = ["FY21/22", "FY22/23", "FY23/24"]
for j, y in enumerate(years, start=2):
    ws.cell(row=5, column=j, value=y)
ws.cell(row=5, column=5, value="Grand Total")
for r in (4, 5):
    for c in range(1, 6):
        ws.cell(row=r, column=c).fill = pivot_fill
        ws.cell(row=r, column=c).font = bold

rows = [
    ("019E - Rape of a female child under 13 by a male", [38, 45, 41], 124),
    ("019H - Rape of a male child under 13 by a male", [9, None, 12], 21),
    ("022B - Sexual activity involving a child under 16", [104, 96, 117], 317),
    ("071/17 - Sexual communication with a child", [63, 88, 79], 230),
]
r = 6
for label, vals, gt in rows:
    ws.cell(row=r, column=1, value=label)
    for j, v in enumerate(vals, start=2):
        if v is not None:  # pivot leaves empty cells blank
            ws.cell(row=r, column=j, value=v)
    ws.cell(row=r, column=5, value=gt)
    r += 1
ws.cell(row=r, column=1, value="Grand Total")
for j, v in enumerate([214, 229, 249, 692], start=2):
    ws.cell(row=r, column=j, value=v)
for c in range(1, 6):
    ws.cell(row=r, column=c).font = bold
    ws.cell(row=r, column=c).border = top
    ws.cell(row=r, column=c).fill = pivot_fill

r += 3
ws.cell(row=r, column=1, value="Blank cells in the table above mean that no crimes were recorded.").font = Font(italic=True)
ws.cell(row=r + 1, column=1, value="Crimes recorded where at least one victim was under 18 at the time of the offence. Source: Durham Constabulary crime recording system, extracted 08/01/2025.").font = Font(italic=True)

ws.column_dimensions["A"].width = 52
for L in "BCDE":
    ws.column_dimensions[L].width = 13
    for rr in range(5, 11):
        ws[f"{L}{rr}"].alignment = Alignment(horizontal="right")

wb.save(OUT)
print("wrote", OUT)
