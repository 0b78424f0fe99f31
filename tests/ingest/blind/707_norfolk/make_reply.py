"""Build reply.xlsx: Norfolk Constabulary FOI attachment (openpyxl), ref FOI 001642/25.

Sexual activity involving a child under 16, Home Office code 22B, financial years written
'Apr 22 - Mar 23', 'Apr 23 - Mar 24', 'Apr 24 - Mar 25'.
Sheet 'Request': the request and cover text, version 2 (amended).
Sheet 'Q1 Suspect age': years DOWN, suspect age bands ACROSS under a merged 'Age of suspect'
    header, Total column; 'x' = 1 to 4 (rule on the Notes sheet); totals include x cells.
    Apr 22 - Mar 23 14-17 amended from 104 to 107 (total 263 -> 266), stated on the Notes sheet.
Sheet 'Q2 Outcomes': outcome rows DOWN, years ACROSS, no totals (other outcomes not shown).
Sheet 'Notes': suppression rule, amendment, data caveats.
Every cell is a value; no formulas.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI 001642/25"
YEARS = ["Apr 22 - Mar 23", "Apr 23 - Mar 24", "Apr 24 - Mar 25"]
BANDS = ["10-13", "14-17", "18-20", "21-24", "25-39", "40 and over", "Age not recorded"]
# true values; SUPP marks cells shown as 'x'
Q1 = {
    "Apr 22 - Mar 23": (3, 107, 46, 38, 44, 26, 2),
    "Apr 23 - Mar 24": (7, 118, 52, 41, 49, 30, 6),
    "Apr 24 - Mar 25": (4, 124, 55, 39, 51, 34, 3),
}
SUPP1 = {("Apr 22 - Mar 23", 0), ("Apr 22 - Mar 23", 6), ("Apr 24 - Mar 25", 0), ("Apr 24 - Mar 25", 6)}
TOT1 = {y: sum(v) for y, v in Q1.items()}
assert TOT1 == {"Apr 22 - Mar 23": 266, "Apr 23 - Mar 24": 303, "Apr 24 - Mar 25": 310}, TOT1
OUTCOMES = [
    ("Charged/Summonsed", (61, 58, 49)),
    ("Caution - youth", (2, 1, 5)),
    ("Caution - adult", (11, 8, 9)),
    ("Community resolution", (14, 17, 21)),
    ("Outcome 16 - evidential difficulties (suspect identified, victim does not support action)", (41, 37, 29)),
    ("Outcome 21 - further investigation not in the public interest", (27, 33, 38)),
    ("Under investigation - no outcome assigned", (31, 46, 104)),
]
SUPP2 = {(1, 0), (1, 1)}
for j, y in enumerate(YEARS):
    assert sum(v[j] for _, v in OUTCOMES) <= TOT1[y]

thin = Side(style="thin", color="9A9A9A")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="002F5F")
head_font = Font(bold=True, color="FFFFFF")
sub_fill = PatternFill("solid", fgColor="D9E1F2")
bold = Font(bold=True)
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# --- Request sheet -------------------------------------------------------------
ws = wb.active
ws.title = "Request"
ws.column_dimensions["A"].width = 110
lines = [
    ("Norfolk Constabulary", Font(bold=True, size=14)),
    (f"Freedom of Information Request {REF}", Font(bold=True, size=12)),
    ("Version 2 - amended 14/08/2025 (see Notes sheet). Original response issued 11/07/2025.", Font(italic=True, color="C00000")),
    (None, None),
    ("Request received 16/06/2025:", bold),
    ("\"Please provide the following for each of the last three financial years:", None),
    ("1. The number of offences of sexual activity involving a child under 16 (Home Office code 22B), broken down by the age of the suspect.", None),
    ("2. The outcomes recorded for those offences.\"", None),
    (None, None),
    ("Response:", bold),
    ("Norfolk Constabulary holds the information you requested. The figures are provided on the sheets 'Q1 Suspect age' and 'Q2 Outcomes'. Please read the Notes sheet before using the data.", None),
    ("The last three financial years are taken to be 1 April 2022 to 31 March 2025, shown in this workbook as Apr 22 - Mar 23, Apr 23 - Mar 24 and Apr 24 - Mar 25.", None),
    (None, None),
    ("Freedom of Information Decision Maker, Joint Information Management Unit, Norfolk and Suffolk Constabularies", Font(size=9, color="595959")),
    ("freedomofinformation@norfolk.police.uk", Font(size=9, color="595959")),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = wrap
    if font:
        c.font = font

# --- Q1 sheet ------------------------------------------------------------------
ws = wb.create_sheet("Q1 Suspect age")
ws["A1"] = "Q1 - Offences recorded under Home Office code 22B (sexual activity involving a child under 16), by age of suspect"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Age of the first suspect linked to the offence, at the time of the offence. Date range 01/04/2022 - 31/03/2025, by financial year of recording."
ws["A2"].font = Font(italic=True, size=9)

R = 4
ws.cell(row=R, column=1, value="Financial year")
ws.merge_cells(start_row=R, start_column=1, end_row=R + 1, end_column=1)
ws.cell(row=R, column=2, value="Age of suspect")
ws.merge_cells(start_row=R, start_column=2, end_row=R, end_column=1 + len(BANDS))
ws.cell(row=R, column=2 + len(BANDS), value="Total")
ws.merge_cells(start_row=R, start_column=2 + len(BANDS), end_row=R + 1, end_column=2 + len(BANDS))
for j, b in enumerate(BANDS):
    ws.cell(row=R + 1, column=2 + j, value=b)
for r in (R, R + 1):
    for c in range(1, 3 + len(BANDS)):
        cell = ws.cell(row=r, column=c)
        cell.font = head_font
        cell.fill = head_fill
        cell.border = box
        cell.alignment = centre
r = R + 2
for y in YEARS:
    ws.cell(row=r, column=1, value=y).font = bold
    ws.cell(row=r, column=1).border = box
    for j, v in enumerate(Q1[y]):
        cell = ws.cell(row=r, column=2 + j, value="x" if (y, j) in SUPP1 else v)
        cell.border = box
        cell.alignment = Alignment(horizontal="right")
    cell = ws.cell(row=r, column=2 + len(BANDS), value=TOT1[y])
    cell.font = bold
    cell.fill = sub_fill
    cell.border = box
    r += 1
ws.cell(row=r + 1, column=1, value="x = 1 to 4. Please see Notes sheet.").font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 16
for col in "BCDEFGHI":
    ws.column_dimensions[col].width = 12
ws.column_dimensions["H"].width = 14
ws.row_dimensions[R + 1].height = 30

# --- Q2 sheet ------------------------------------------------------------------
ws = wb.create_sheet("Q2 Outcomes")
ws["A1"] = "Q2 - Outcomes recorded for offences under Home Office code 22B, by financial year of recording"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Outcome as at the date of extraction (30/06/2025). Only the outcome types listed are shown."
ws["A2"].font = Font(italic=True, size=9)
R = 4
for c, h in enumerate(["Outcome"] + YEARS, start=1):
    cell = ws.cell(row=R, column=c, value=h)
    cell.font = head_font
    cell.fill = head_fill
    cell.border = box
    cell.alignment = centre
for i, (label, vals) in enumerate(OUTCOMES):
    rr = R + 1 + i
    ws.cell(row=rr, column=1, value=label).border = box
    ws.cell(row=rr, column=1).alignment = Alignment(wrap_text=True)
    for j, v in enumerate(vals):
        cell = ws.cell(row=rr, column=2 + j, value="x" if (i, j) in SUPP2 else v)
        cell.border = box
        cell.alignment = Alignment(horizontal="right")
ws.column_dimensions["A"].width = 62
for col in "BCD":
    ws.column_dimensions[col].width = 12

# --- Notes sheet ---------------------------------------------------------------
ws = wb.create_sheet("Notes")
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 110
ws["A1"] = "Notes"
ws["A1"].font = Font(bold=True, size=12)
notes = [
    "Data extracted from the Athena crime recording system on 30/06/2025 and based on the date the offence was recorded.",
    "x = a figure between 1 and 4. Small figures have been suppressed to reduce the risk of identifying individuals. The totals on the Q1 sheet include the suppressed figures.",
    "AMENDMENT 14/08/2025: in the original response the April 2022 to March 2023 figure for suspects aged 14-17 was given as 104 and the total for that year as 263. Offences transferred from another force had been excluded in error; the correct figures are 107 and 266 and are shown in this version.",
    "Where an offence has more than one suspect, the age of the first suspect linked to the offence has been used, so each offence is counted once on the Q1 sheet.",
    "Q2: an offence may receive an outcome in a later financial year than the one in which it was recorded. Outcome types not listed (for example those finalised as outcome 14 or 18) have not been included, so the figures on the Q2 sheet do not add up to the totals on the Q1 sheet.",
    "Caution - youth: suspect aged 10 to 17. Caution - adult: suspect aged 18 or over.",
]
for i, n in enumerate(notes, start=1):
    ws.cell(row=2 + i, column=1, value=i)
    c = ws.cell(row=2 + i, column=2, value=n)
    c.alignment = wrap

wb.save(HERE / "reply.xlsx")
print("saved", HERE / "reply.xlsx")
