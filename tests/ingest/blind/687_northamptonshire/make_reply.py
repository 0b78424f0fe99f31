"""Build reply.xlsx: Northamptonshire Police FOI 03412/25 attachment (openpyxl)."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

wb = Workbook()
bold = Font(bold=True)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---- Read me -------------------------------------------------------------
ws = wb.active
ws.title = "Read me"
lines = [
    ("Northamptonshire Police", Font(bold=True, size=14)),
    ("Freedom of Information Request 03412/25", Font(bold=True, size=12)),
    ("", None),
    ("Request", bold),
    ("For each of the last three financial years, please provide:", None),
    ("1. The number of offences of rape of a child under 16, rape of a child under 13, sexual assault of a child under 13 "
     "and sexual activity with a child recorded by Northamptonshire Police, broken down by Home Office offence code.", None),
    ("2. How many of these offences were flagged as online / cyber-enabled, broken down by the gender of the victim.", None),
    ("", None),
    ("Response", bold),
    ("Northamptonshire Police holds the information requested. Question 1 is answered in Table 1 and question 2 in Table 2.", None),
    ("", None),
    ("Notes", bold),
    ("Financial years run from 1 April to 31 March: FY21/22 = 01/04/2021 to 31/03/2022, FY22/23 = 01/04/2022 to 31/03/2023, "
     "FY23/24 = 01/04/2023 to 31/03/2024.", None),
    ("Offences are counted by the date the crime was recorded. Data was extracted from Niche RMS on 05/03/2025 and is subject to change.", None),
    ("x = a figure between 1 and 4 inclusive. These have been suppressed to reduce the risk of a victim being identified.", None),
    ("- = nil", None),
    ("Totals include the suppressed figures.", None),
    ("The online flag is applied by the officer or crime recorder where any part of the offence was committed online. "
     "Table 2 counts offences from Table 1 that carry the flag.", None),
    ("", None),
    ("Joint Information Management Unit, Northamptonshire Police, Wootton Hall, Northampton NN4 0JQ", Font(italic=True, size=9)),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text)
    if font:
        c.font = font
    c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 110

def header(ws, row, labels):
    for j, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=j, value=lab)
        c.font = head_font
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

def body(ws, row, values, total=False):
    for j, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=j, value=v)
        c.border = box
        if total:
            c.font = bold
        if j > 1 and not (isinstance(v, str) and len(v) > 3):
            c.alignment = Alignment(horizontal="right")

# ---- Table 1 -------------------------------------------------------------
t1 = wb.create_sheet("Table 1")
t1["A1"] = "Table 1: Recorded offences by Home Office offence code, FY21/22 to FY23/24"
t1["A1"].font = Font(bold=True, size=12)
header(t1, 3, ["HO code", "Offence description", "FY21/22", "FY22/23", "FY23/24"])
rows = [
    ("019D", "Rape of a female child under 16", 41, 38, 45),
    ("019E", "Rape of a female child under 13", 29, 33, 27),
    ("019G", "Rape of a male child under 16", "x", 5, "-"),
    ("019H", "Rape of a male child under 13", 11, "x", 12),
    ("017B", "Sexual assault on a male child under 13", 14, 19, 16),
    ("020B", "Sexual assault on a female child under 13", 47, 52, 58),
    ("021", "Sexual activity involving a child under 13", 18, 22, 15),
    ("022B", "Sexual activity involving a child under 16", 96, 104, 88),
]
r = 4
for row in rows:
    body(t1, r, list(row))
    r += 1
body(t1, r, ["Total", "", 259, 277, 261], total=True)
t1.column_dimensions["A"].width = 10
t1.column_dimensions["B"].width = 46
for col in "CDE":
    t1.column_dimensions[col].width = 11
t1.cell(row=r + 2, column=1, value="See 'Read me' for the key to x and -.").font = Font(italic=True, size=9)

# ---- Table 2 -------------------------------------------------------------
t2 = wb.create_sheet("Table 2")
t2["A1"] = "Table 2: Offences in Table 1 with the online (cyber) flag, by gender of victim"
t2["A1"].font = Font(bold=True, size=12)
header(t2, 3, ["Financial year", "Female", "Male", "Not recorded", "Total"])
rows2 = [
    ("FY21/22", 22, 6, "x", 29),
    ("FY22/23", 27, "x", "-", 31),
    ("FY23/24", 31, 9, "x", 42),
]
r = 4
for row in rows2:
    body(t2, r, list(row))
    r += 1
t2.column_dimensions["A"].width = 16
for col in "BCDE":
    t2.column_dimensions[col].width = 13

wb.save("reply.xlsx")
print("saved reply.xlsx")
