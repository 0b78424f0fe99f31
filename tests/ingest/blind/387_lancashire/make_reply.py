"""Build reply.xlsx: a Lancashire Constabulary FOI workbook (Read Me + Data sheets) with openpyxl."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent

wb = Workbook()

# ---- Read Me -----------------------------------------------------------
rm = wb.active
rm.title = "Read Me"
rm.column_dimensions["A"].width = 4
rm.column_dimensions["B"].width = 110
lines = [
    ("Lancashire Constabulary - Freedom of Information Request LC-FOI-2024-03389", "title"),
    ("AMENDED RESPONSE - issued 17/06/2024, replaces the version issued 12/06/2024 (see note 4)", "bold"),
    ("", None),
    ("Request", "bold"),
    ("\"Please provide the number of suspects recorded for offences of taking, making or distributing "
     "indecent images of children in each of the financial years 2021/22, 2022/23 and 2023/24, broken "
     "down by the age of the suspect.\"", "wrap"),
    ("", None),
    ("Response", "bold"),
    ("Lancashire Constabulary holds the information requested. It is provided on the 'Data' tab.", "wrap"),
    ("", None),
    ("Notes", "bold"),
    ("1. Offences recorded under Home Office code 086/02 (Take, make or distribute indecent photographs "
     "or pseudo-photographs of children). Offences of possession (086/01) are not included.", "wrap"),
    ("2. Figures show suspects linked to a crime recorded in the financial year (1 April to 31 March). A "
     "person suspected of more than one offence is counted once for each offence. Age is the suspect's age "
     "at the time of the offence.", "wrap"),
    ("3. To reduce the risk of identifying individuals, values between 1 and 4 have been replaced with 'x'. "
     "Totals include the suppressed values.", "wrap"),
    ("4. The 2022/23 figure for suspects aged 25-39 was given as 83 in the response of 12/06/2024. This was "
     "an error caused by duplicate records; the correct figure is 79 and the 2022/23 total has been "
     "amended from 221 to 217.", "wrap"),
    ("5. Data extracted from the force crime recording system on 04/06/2024. Figures may change as crimes "
     "are reviewed.", "wrap"),
]
for r, (text, kind) in enumerate(lines, start=1):
    c = rm.cell(row=r, column=2, value=text or None)
    if kind == "title":
        c.font = Font(bold=True, size=13)
    elif kind == "bold":
        c.font = Font(bold=True)
    elif kind == "wrap":
        c.alignment = Alignment(wrap_text=True, vertical="top")
        rm.row_dimensions[r].height = 32

# ---- Data --------------------------------------------------------------
d = wb.create_sheet("Data")
d["A1"] = "Suspects recorded for HO 086/02 offences by age of suspect"
d["A1"].font = Font(bold=True, size=12)
d["A2"] = "Lancashire Constabulary - see Read Me for notes"
d["A2"].font = Font(italic=True, size=9)

header = ["Financial Year", "10-17", "18-24", "25-39", "40-59", "60+", "Not known", "Total", "Comment"]
rows = [
    ("Apr 2021 - Mar 2022", 23, 41, 88, 64, 19, 12, 247, None),
    ("Apr 2022 - Mar 2023", 31, 38, 79, 57, "x", 9, 217, "Amended - see note 4"),
    ("Apr 2023 - Mar 2024", 27, "x", 91, 61, 14, "x", 200, None),
]
thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="1F3864")
hr = 4
for c, h in enumerate(header, start=1):
    cell = d.cell(row=hr, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for i, row in enumerate(rows, start=hr + 1):
    for c, v in enumerate(row, start=1):
        cell = d.cell(row=i, column=c, value=v)
        cell.border = box
        if 1 < c < 9:
            cell.alignment = Alignment(horizontal="right")
        if c == 8:
            cell.font = Font(bold=True)
        if c == 9:
            cell.font = Font(italic=True, color="C00000")
d.column_dimensions["A"].width = 22
for col in "BCDEFG":
    d.column_dimensions[col].width = 10
d.column_dimensions["H"].width = 9
d.column_dimensions["I"].width = 22
d.freeze_panes = "B5"

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
