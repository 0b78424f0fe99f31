"""Build reply.xlsx: the workbook West Yorkshire Police attached to FOI 25/04178 (openpyxl).

Sexual offences against children (victims under 18), financial years FY22/23, FY23/24, FY24/25.
Sheet 'Cover': request, response, data notes (the <5 rule and how totals are made).
Sheet 'Table 1': offences by Home Office code DOWN, years ACROSS, Total row. '<5' cells are text;
  the Total row was calculated before suppression, so it includes the hidden values.
Sheet 'Table 2': online-flagged offences, years DOWN, victim age band ACROSS, Total column.
Every cell is a value (no formulas).
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
REF = "FOI 25/04178"
YEARS = ["FY22/23", "FY23/24", "FY24/25"]

# True values; cells under 5 are printed as '<5'
T1 = [
    ("19D", "Rape of a female child under 16", (148, 161, 139)),
    ("19E", "Rape of a female child under 13", (203, 187, 212)),
    ("19G", "Rape of a male child under 16", (8, 3, 2)),
    ("19H", "Rape of a male child under 13", (52, 47, 58)),
    ("20B", "Sexual assault on a female child under 13", (231, 249, 226)),
    ("22B", "Sexual activity involving a child under 16", (412, 398, 377)),
    ("071/17", "Sexual communication with a child", (286, 311, 274)),
    ("73", "Abuse of position of trust of a sexual nature", (4, 6, 1)),
    ("88A", "Sexual grooming", (2, 3, 5)),
]
TOT1 = [sum(r[2][i] for r in T1) for i in range(3)]
for i in range(3):  # at least two suppressed cells per column, so no single cell can be derived
    assert sum(1 for r in T1 if r[2][i] < 5) == 2
print("Table 1 totals", TOT1)

T2 = {"FY22/23": (58, 214, 61), "FY23/24": (64, 236, 70), "FY24/25": (55, 221, 66)}
TOT2 = {y: sum(v) for y, v in T2.items()}
print("Table 2 totals", TOT2)
for i, y in enumerate(YEARS):
    assert TOT2[y] < TOT1[i]

bold = Font(bold=True)
title = Font(bold=True, size=13)
thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
tot_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="top")


def shown(v):
    return "<5" if v < 5 else v


wb = Workbook()

# ---- Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 100
ws["A1"] = "West Yorkshire Police - Freedom of Information"
ws["A1"].font = title
rows = [
    ("Reference", REF),
    ("Date received", "06/05/2025"),
    ("Date of response", "03/06/2025"),
    ("Subject", "Sexual offences against children - offence types and online flag"),
    ("Request", "For each of the last three financial years, please provide:\n"
                "1. The number of sexual offences recorded by West Yorkshire Police where the victim "
                "was under 18, broken down by Home Office offence code.\n"
                "2. How many of those offences were flagged as online, broken down by the age of the "
                "victim (under 13, 13-15, 16-17)."),
    ("Response", "West Yorkshire Police holds the information you requested. The data is provided in "
                 "the tables on the sheets 'Table 1' (question 1) and 'Table 2' (question 2) of this "
                 "workbook. The last three financial years are taken to be FY22/23, FY23/24 and "
                 "FY24/25, that is 1 April 2022 to 31 March 2025."),
    ("Notes", "1. Financial years run from 1 April to 31 March, e.g. FY22/23 is 1 April 2022 to "
              "31 March 2023.\n"
              "2. Offences are counted by the date the crime was recorded. Victim age is the age at "
              "the time of the offence as recorded on the crime.\n"
              "3. Figures lower than 5 are shown as <5 to reduce the risk of identifying victims.\n"
              "4. Totals were calculated before that rule was applied, so they include the "
              "suppressed figures and will be higher than the sum of the figures shown.\n"
              "5. Table 2 counts the offences in Table 1 that carry the national online flag. The "
              "flag relies on the officer recording it and may under-count online offending."),
    ("Re-use", "The information supplied to you is copyright of West Yorkshire Police and may be "
               "re-used under the Open Government Licence."),
]
r = 3
for label, text in rows:
    ws.cell(row=r, column=1, value=label).font = bold
    c = ws.cell(row=r, column=2, value=text)
    c.alignment = wrap
    ws.cell(row=r, column=1).alignment = Alignment(vertical="top")
    ws.row_dimensions[r].height = max(15, 15 * (text.count("\n") + 1 + len(text) // 95))
    r += 1

# ---- Table 1
ws = wb.create_sheet("Table 1")
ws["A1"] = "Table 1: Sexual offences recorded where the victim was aged under 18, by Home Office offence code"
ws["A1"].font = title
ws["A2"] = f"West Yorkshire Police  |  {REF}"
hdr = 4
heads = ["HO code", "Offence"] + YEARS
for j, h in enumerate(heads, start=1):
    c = ws.cell(row=hdr, column=j, value=h)
    c.font, c.fill, c.border = head_font, head_fill, box
    c.alignment = Alignment(horizontal="center")
for i, (code, name, vals) in enumerate(T1, start=hdr + 1):
    ws.cell(row=i, column=1, value=code).border = box
    ws.cell(row=i, column=2, value=name).border = box
    for j, v in enumerate(vals, start=3):
        c = ws.cell(row=i, column=j, value=shown(v))
        c.border = box
        c.alignment = Alignment(horizontal="right")
tr = hdr + len(T1) + 1
ws.cell(row=tr, column=1, value="Total")
ws.cell(row=tr, column=2, value="")
for j, v in enumerate(TOT1, start=3):
    ws.cell(row=tr, column=j, value=v)
for j in range(1, 6):
    c = ws.cell(row=tr, column=j)
    c.font, c.fill, c.border = bold, tot_fill, box
    if j >= 3:
        c.alignment = Alignment(horizontal="right")
ws.cell(row=tr + 2, column=1, value="<5 = a figure lower than 5. Totals include suppressed figures (see Notes on the Cover sheet).")
ws.cell(row=tr + 2, column=1).font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 48
for col in "CDE":
    ws.column_dimensions[col].width = 12
ws.freeze_panes = "C5"

# ---- Table 2
ws = wb.create_sheet("Table 2")
ws["A1"] = "Table 2: Offences in Table 1 with the online flag, by age of victim"
ws["A1"].font = title
ws["A2"] = f"West Yorkshire Police  |  {REF}"
heads = ["Financial year", "Under 13", "13 to 15", "16 to 17", "Total"]
for j, h in enumerate(heads, start=1):
    c = ws.cell(row=4, column=j, value=h)
    c.font, c.fill, c.border = head_font, head_fill, box
    c.alignment = Alignment(horizontal="center")
for i, y in enumerate(YEARS, start=5):
    vals = list(T2[y]) + [TOT2[y]]
    ws.cell(row=i, column=1, value=y).border = box
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=i, column=j, value=v)
        c.border = box
        if j == 5:
            c.font, c.fill = bold, tot_fill
ws.column_dimensions["A"].width = 16
for col in "BCDE":
    ws.column_dimensions[col].width = 12

wb.properties.creator = "West Yorkshire Police - Information Management"
wb.save(HERE / "reply.xlsx")
print("saved")
