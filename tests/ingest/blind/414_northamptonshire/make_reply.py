"""Build reply.xlsx: Northamptonshire Police FOI attachment - a Niche RMS crime extract in long form,
one row per financial year / HOCR code / victim gender with a count column, codes with leading zeros,
a part-year 2024/25 (to 30/09/2024), combinations with no crimes simply absent, and a Grand Total."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent

DESC = {
    "019E": "Rape of a female child under 13",
    "019H": "Rape of a male child under 13",
    "021": "Sexual activity involving a child under 13",
    "071/17": "Sexual communication with a child",
}
ROWS = [
    ("2022/23", "019E", "F", 41),
    ("2022/23", "019H", "M", 14),
    ("2022/23", "021", "F", 63),
    ("2022/23", "021", "M", 22),
    ("2022/23", "071/17", "F", 118),
    ("2022/23", "071/17", "M", 27),
    ("2023/24", "019E", "F", 47),
    ("2023/24", "019H", "M", 11),
    ("2023/24", "021", "F", 58),
    ("2023/24", "021", "M", 19),
    ("2023/24", "071/17", "F", 131),
    ("2023/24", "071/17", "M", 30),
    ("2023/24", "071/17", "U", 4),
    ("2024/25", "019E", "F", 22),
    ("2024/25", "021", "F", 31),
    ("2024/25", "021", "M", 9),
    ("2024/25", "071/17", "F", 64),
    ("2024/25", "071/17", "M", 12),
    ("2024/25", "071/17", "U", 2),
]

wb = Workbook()
ws = wb.active
ws.title = "FOI_Extract"

ws["A1"] = "Northamptonshire Police - Niche RMS Crime Extract"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Report: FOI 11482/24 - Child sexual offences by HOCR code and victim gender"
ws["A3"] = ("Parameters: Recorded Date 01/04/2022 - 30/09/2024; HOCR Code IN (019E, 019H, 021, 071/17); "
            "Victim Age at Offence < 18; Crime Status = Confirmed")
ws["A4"] = "Run: 09/10/2024 08:47  User: BI_SVC_FOI"
for r in (2, 3, 4):
    ws.cell(row=r, column=1).font = Font(size=9, color="555555")

thin = Side(style="thin", color="A6A6A6")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9D9D9")
header = ["Financial Year", "HOCR Code", "HOCR Description", "Victim Gender", "Crime Count"]
r0 = 6
for c, v in enumerate(header, start=1):
    cell = ws.cell(row=r0, column=c, value=v)
    cell.font = Font(bold=True)
    cell.fill = head_fill
    cell.border = box

r = r0
for fy, code, gender, n in ROWS:
    r += 1
    vals = [fy, code, DESC[code], gender, n]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        if c == 2:
            cell.number_format = "@"
        if c == 5:
            cell.alignment = Alignment(horizontal="right")

r += 1
ws.cell(row=r, column=1, value="Grand Total").font = Font(bold=True)
tot = ws.cell(row=r, column=5, value=sum(n for *_, n in ROWS))
tot.font = Font(bold=True)
for c in range(1, 6):
    ws.cell(row=r, column=c).border = box

notes = [
    "Notes:",
    "1. Counts are of confirmed crimes recorded in each financial year (1 April - 31 March) where the victim "
    "was aged under 18 at the time of the offence.",
    "2. 2024/25 is a part year: data runs from 01/04/2024 to 30/09/2024, the last complete month at the time "
    "the extract was run.",
    "3. Victim Gender: F = Female, M = Male, U = Unknown / not recorded. Where a crime has more than one victim "
    "the gender of the first victim is used.",
    "4. Figures are taken from a live system and may differ slightly from those previously published.",
]
r += 2
for line in notes:
    ws.cell(row=r, column=1, value=line).font = Font(size=9, bold=(line == "Notes:"))
    r += 1

for col, w in zip("ABCDE", (15, 11, 44, 14, 12)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = ws.cell(row=r0 + 1, column=1)
ws.auto_filter.ref = f"A{r0}:E{r0 + len(ROWS)}"

wb.save(HERE / "reply.xlsx")
