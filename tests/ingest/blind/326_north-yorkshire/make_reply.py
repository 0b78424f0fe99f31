"""Build reply.xlsx: North Yorkshire Police FOI reply attachment (round 16, folder 326)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
bold = Font(bold=True)
title = Font(bold=True, size=13)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
total_fill = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = Workbook()

# ---- Cover -------------------------------------------------------------
ws = wb.active
ws.title = "Cover"
cover = [
    ("North Yorkshire Police - Freedom of Information Act 2000", title),
    ("Civil Disclosure Unit", None),
    ("", None),
    ("Our reference:", bold),
    ("1187.2024-25", None),
    ("Date of response:", bold),
    ("19 December 2024", None),
    ("", None),
    ("Request", bold),
    ("1. For each of the following Home Office offence codes, the number of crimes recorded in the "
     "financial years 2021/22, 2022/23, 2023/24 and 2024/25 so far: 19E, 19H, 21, 22B and 71/17.", None),
    ("2. For 2023/24, the number of victims aged under 18 of all sexual offences, broken down by age "
     "band (under 13, 13-15, 16-17) and by gender.", None),
    ("3. For each year in question 1, how many of those crimes carried the online flag.", None),
    ("", None),
    ("Response", bold),
    ("North Yorkshire Police holds the information requested. It is provided on the sheets Q1, Q2 and Q3 of this workbook.", None),
    ("", None),
    ("Notes", bold),
    ("a) Values of less than five are shown as <5 to reduce the risk of identifying victims.", None),
    ("b) Totals are calculated from the full data and so include any values shown as <5.", None),
    ("c) The 2024/25 financial year is incomplete: figures cover 1 April 2024 to 30 November 2024 only.", None),
    ("d) Q2 counts victims of crimes recorded in 2023/24. A victim of more than one crime is counted once for each crime.", None),
    ("e) Q3 covers the five offence codes in Q1 taken together.", None),
    ("f) Data extracted from the force crime recording system (Niche RMS) on 04/12/2024. Figures from a live system may change as crimes are reviewed.", None),
    ("", None),
    ("If you are dissatisfied with this response you may request an internal review within 40 working days.", None),
]
for i, (text, font) in enumerate(cover, start=1):
    c = ws.cell(row=i, column=1, value=text)
    if font is not None:
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
        if j > 2:
            c.alignment = Alignment(horizontal="right")
        if total:
            c.font = bold
            c.fill = total_fill


# ---- Q1 ----------------------------------------------------------------
ws = wb.create_sheet("Q1")
ws["A1"] = "Q1 - Crimes recorded by Home Office offence code"
ws["A1"].font = title
header(ws, 3, ["HO Code", "Offence description", "FY21/22", "FY22/23", "FY23/24",
               "FY24/25 (to 30/11/24)", "Total"])
q1 = [
    ("019E", "Rape of a female child under 13", 38, 41, 35, 22, 136),
    ("019H", "Rape of a male child under 13", 9, "<5", 11, 6, 30),
    ("021", "Sexual activity involving a child under 13", 27, 33, 30, 17, 107),
    ("022B", "Sexual activity involving a child under 16", 112, 126, 141, 88, 467),
    ("071/17", "Sexual communication with a child", 104, 97, 121, 70, 392),
]
r = 4
for row in q1:
    body(ws, r, list(row))
    r += 1
body(ws, r, ["Total", "", 290, 301, 338, 203, 1132], total=True)
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 46
for col in "CDEFG":
    ws.column_dimensions[col].width = 14
ws.column_dimensions["F"].width = 22
ws.cell(row=r + 2, column=1, value="Source: Niche RMS. See notes on Cover sheet.")

# ---- Q2 ----------------------------------------------------------------
ws = wb.create_sheet("Q2")
ws["A1"] = "Q2 - Victims aged under 18, all sexual offences, April 2023 to March 2024"
ws["A1"].font = title
header(ws, 3, ["Age band", "Female", "Male", "Unknown", "Total"])
q2 = [
    ("Under 13", 287, 96, "<5", 386),
    ("13 - 15", 402, 61, "<5", 465),
    ("16 - 17", 141, 17, 0, 158),
    ("Age not recorded", 19, 7, 11, 37),
]
r = 4
for row in q2:
    body(ws, r, list(row))
    for j in range(2, 6):
        ws.cell(row=r, column=j).alignment = Alignment(horizontal="right")
    r += 1
body(ws, r, ["Total", 849, 181, 16, 1046], total=True)
for j in range(2, 6):
    ws.cell(row=r, column=j).alignment = Alignment(horizontal="right")
ws.column_dimensions["A"].width = 20
for col in "BCDE":
    ws.column_dimensions[col].width = 12
ws.cell(row=r + 2, column=1, value="'Unknown' = gender of victim not recorded.")

# ---- Q3 ----------------------------------------------------------------
ws = wb.create_sheet("Q3")
ws["A1"] = "Q3 - Crimes in Q1 with the online flag applied"
ws["A1"].font = title
header(ws, 3, ["Financial year", "Online flagged crimes"])
q3 = [("2021-22", 97), ("2022-23", 88), ("2023-24", 116), ("2024-25 (1 Apr - 30 Nov)", 64)]
r = 4
for row in q3:
    body(ws, r, list(row))
    ws.cell(row=r, column=2).alignment = Alignment(horizontal="right")
    r += 1
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 22

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
