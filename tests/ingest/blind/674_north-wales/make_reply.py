"""Build reply.xlsx: North Wales Police FOI attachment (openpyxl), ref FOI 2025/0418.

Sexual offences against children (victim under 18), financial years written '2022/2023',
'2023/2024', '2024/2025', years DOWN with the year in a cell merged over three gender rows,
victim age bands ACROSS (0-10, 11-15, 16-17, Age not recorded) and a Total column.
Blank cells are nil (stated in a notes row). Second sheet: online-flagged crimes per year.
Every cell is a value; no formulas.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
REF = "FOI 2025/0418"
YEARS = ["2022/2023", "2023/2024", "2024/2025"]
BANDS = ["0-10", "11-15", "16-17", "Age not recorded"]
GENDERS = ["Female", "Male", "Not recorded"]
# None = blank cell (nil)
DATA = {
    "2022/2023": {"Female": (96, 341, 88, 7), "Male": (61, 94, 12, None),
                  "Not recorded": (None, 3, None, 9)},
    "2023/2024": {"Female": (104, 362, 97, 5), "Male": (58, 101, 15, 2),
                  "Not recorded": (2, None, 1, 11)},
    "2024/2025": {"Female": (91, 338, 102, 8), "Male": (66, 87, 9, None),
                  "Not recorded": (None, 4, None, 6)},
}
ONLINE = {"2022/2023": 187, "2023/2024": 203, "2024/2025": 221}


def tot(vals):
    return sum(v or 0 for v in vals)


EXPECT_TOT = {"2022/2023": (532, 167, 12), "2023/2024": (568, 176, 14), "2024/2025": (539, 162, 10)}
for y in YEARS:
    assert tuple(tot(DATA[y][g]) for g in GENDERS) == EXPECT_TOT[y], y
    assert ONLINE[y] < sum(EXPECT_TOT[y])

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
bold = Font(bold=True)

wb = Workbook()
ws = wb.active
ws.title = "Victim age and gender"

ws["A1"] = "North Wales Police - Heddlu Gogledd Cymru"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = f"Freedom of Information Request {REF}"
ws["A2"].font = Font(bold=True, size=11)
ws["A3"] = ("Sexual offences recorded where the victim was aged under 18, by financial year, "
            "age and gender of victim")
ws["A4"] = "Date of response: 09/05/2025"

HR = 6
headers = ["Financial year", "Victim gender"] + BANDS + ["Total"]
for c, h in enumerate(headers, start=1):
    cell = ws.cell(row=HR, column=c, value=h)
    cell.font = head_font
    cell.fill = head_fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[HR].height = 30

r = HR + 1
for y in YEARS:
    first = r
    for g in GENDERS:
        vals = DATA[y][g]
        ws.cell(row=r, column=2, value=g).border = box
        for j, v in enumerate(vals):
            cell = ws.cell(row=r, column=3 + j, value=v)
            cell.border = box
            cell.alignment = Alignment(horizontal="right")
        cell = ws.cell(row=r, column=3 + len(BANDS), value=tot(vals))
        cell.font = bold
        cell.border = box
        r += 1
    ws.cell(row=first, column=1, value=y)
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    top = ws.cell(row=first, column=1)
    top.alignment = Alignment(vertical="center", horizontal="center")
    top.font = bold
    for rr in range(first, r):
        ws.cell(row=rr, column=1).border = box

r += 1
ws.cell(row=r, column=1, value="Notes").font = bold
r += 1
NOTES = [
    "1. Figures are the number of crimes recorded between 01/04/2022 and 31/03/2025 where the victim "
    "was aged under 18 at the time of the offence, shown by the financial year in which the crime "
    "was recorded (1 April to 31 March).",
    "2. Where a crime has more than one victim it is counted once, against the first victim recorded.",
    "3. A blank cell indicates that no crimes were recorded (nil).",
    "4. 'Age not recorded' relates to crimes where the offence type shows the victim was a child but "
    "the victim's date of birth was not entered on the crime record.",
    "5. Data was extracted from the force's records management system on 22/04/2025 and is subject "
    "to change as crimes are reclassified or cancelled.",
]
for n in NOTES:
    ws.cell(row=r, column=1, value=n)
    r += 1

widths = [16, 15, 10, 10, 10, 17, 10]
for i, w in enumerate(widths, start=1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = ws.cell(row=HR + 1, column=1)

ws2 = wb.create_sheet("Online flag")
ws2["A1"] = f"Freedom of Information Request {REF}"
ws2["A1"].font = Font(bold=True, size=11)
ws2["A2"] = "Crimes shown on the first sheet that have the online (cyber) flag applied"
for c, h in enumerate(["Financial year", "Crimes with online flag"], start=1):
    cell = ws2.cell(row=4, column=c, value=h)
    cell.font = head_font
    cell.fill = head_fill
    cell.border = box
rr = 5
for y in YEARS:
    ws2.cell(row=rr, column=1, value=y).border = box
    cell = ws2.cell(row=rr, column=2, value=ONLINE[y])
    cell.border = box
    rr += 1
rr += 1
ws2.cell(row=rr, column=1, value="Notes").font = bold
ws2.cell(row=rr + 1, column=1,
         value="1. These crimes are included within the figures on the 'Victim age and gender' sheet; "
               "they are not additional to them.")
ws2.cell(row=rr + 2, column=1,
         value="2. The online flag is applied where the offence was committed, in whole or in part, "
               "using the internet or another computer network.")
ws2.column_dimensions["A"].width = 16
ws2.column_dimensions["B"].width = 24

wb.save(HERE / "reply.xlsx")
print("saved")
