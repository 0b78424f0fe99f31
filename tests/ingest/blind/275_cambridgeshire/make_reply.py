"""Build reply.xlsx: Cambridgeshire Constabulary FOI attachment, s.15A offences (71/17)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")

YEARS = ["April 2021 to March 2022", "April 2022 to March 2023", "April 2023 to March 2024"]
AGES = ["Under 13", "13 - 15", "16 - 17", "Age not recorded"]
# rows: age band; per year (female, male); None where the cell is shown as <5
DATA = {
    "Under 13":         [(9, None), (14, None), (12, 5)],
    "13 - 15":          [(38, 7), (47, 11), (52, 9)],
    "16 - 17":          [(6, None), (8, None), (10, None)],
    "Age not recorded": [(None, None), (None, 5), (6, None)],
}
TOTAL_ROW = [(55, 12), (72, 22), (80, 19)]
SPAN_TOTAL = {"Under 13": 47, "13 - 15": 164, "16 - 17": 30, "Age not recorded": 19}
GRAND = 260
ONLINE = [51, 79, 83]

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
sub_fill = PatternFill("solid", fgColor="D9E1F2")
white_bold = Font(bold=True, color="FFFFFF")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "FOI 0611-2024"

ws["A1"] = "Cambridgeshire Constabulary - Freedom of Information Request 0611/2024"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Sexual Communication with a Child (Sexual Offences Act 2003 s.15A) - Home Office offence code 071/17"
ws["A2"].font = Font(bold=True, size=12)
ws.merge_cells("A1:H1")
ws.merge_cells("A2:H2")

notes = [
    "Notes:",
    "1. Figures are crimes recorded on the force crime system (Athena) between 01/04/2021 and 31/03/2024, counted by the gender and age of the victim at the time of the offence.",
    "2. To reduce the risk of identifying individuals, figures fewer than 5 have been replaced with '<5'. Totals are exact and include these crimes.",
    "3. Data extracted 19/06/2024. Crime data is live and figures may differ slightly from those previously published.",
]
for i, text in enumerate(notes, start=4):
    ws.cell(row=i, column=1, value=text)
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    ws.cell(row=i, column=1).alignment = Alignment(wrap_text=False)
ws["A4"].font = Font(bold=True, italic=True)

# two-row merged header
H1, H2 = 9, 10
ws.cell(row=H1, column=1, value="Victim age")
ws.merge_cells(start_row=H1, start_column=1, end_row=H2, end_column=1)
col = 2
for y in YEARS:
    ws.cell(row=H1, column=col, value=y)
    ws.merge_cells(start_row=H1, start_column=col, end_row=H1, end_column=col + 1)
    ws.cell(row=H2, column=col, value="Female")
    ws.cell(row=H2, column=col + 1, value="Male")
    col += 2
ws.cell(row=H1, column=col, value="Total (all three years)")
ws.merge_cells(start_row=H1, start_column=col, end_row=H2, end_column=col)

for r in (H1, H2):
    for c in range(1, col + 1):
        cell = ws.cell(row=r, column=c)
        cell.alignment = centre
        cell.border = box
        if r == H1:
            cell.fill = head_fill
            cell.font = white_bold
        else:
            cell.fill = sub_fill
            cell.font = Font(bold=True)


def put(r, c, v):
    cell = ws.cell(row=r, column=c, value="<5" if v is None else v)
    cell.border = box
    cell.alignment = Alignment(horizontal="right")


r = H2 + 1
for age in AGES:
    ws.cell(row=r, column=1, value=age).border = box
    c = 2
    for f, m in DATA[age]:
        put(r, c, f)
        put(r, c + 1, m)
        c += 2
    put(r, c, SPAN_TOTAL[age])
    r += 1
ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
ws.cell(row=r, column=1).border = box
c = 2
for f, m in TOTAL_ROW:
    put(r, c, f)
    put(r, c + 1, m)
    c += 2
put(r, c, GRAND)
for cc in range(1, c + 1):
    ws.cell(row=r, column=cc).font = Font(bold=True)

# second small table
r += 3
ws.cell(row=r, column=1, value="Of the above, crimes flagged as online / cyber-enabled").font = Font(bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
r += 1
ws.cell(row=r, column=1, value="Financial year").font = Font(bold=True)
ws.cell(row=r, column=2, value="Online flag").font = Font(bold=True)
for y, n in zip(["2021/22", "2022/23", "2023/24"], ONLINE):
    r += 1
    ws.cell(row=r, column=1, value=y)
    ws.cell(row=r, column=2, value=n)

r += 2
ws.cell(row=r, column=1, value="Prepared by: Information Rights Team, Cambridgeshire Constabulary, Hinchingbrooke Park, Huntingdon")
ws.cell(row=r, column=1).font = Font(italic=True, size=9)

ws.column_dimensions["A"].width = 22
for letter in "BCDEFGH":
    ws.column_dimensions[letter].width = 13
ws.row_dimensions[H1].height = 32

wb.save(OUT)
print("wrote", OUT)
