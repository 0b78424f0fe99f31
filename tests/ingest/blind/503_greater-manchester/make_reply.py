"""Build reply.xlsx: Greater Manchester Police FOI workbook.

Sheet 'Response': the letter text in column A, one paragraph per row.
Sheet 'Table 1': child sexual offences by Home Office code. Financial years run DOWN the rows
(FY21/22 ... FY24/25, the last a part year to 31/12/2024); the offence codes run ACROSS, written
with leading zeros ('019E', '071/17') over a second header row holding the offence titles; a
Total column at the right.
Sheet 'Table 2': the same offences carrying the online (cyber) flag, by victim age band, years
down, Total column. Figures of 1 to 4 are the text 'x' (rule stated in the notes under each
table); totals include them. No formulas: every cell is a value.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI 6612/25"
YEARS = ["FY21/22", "FY22/23", "FY23/24", "FY24/25 (01/04/2024 - 31/12/2024)"]

CODES = [("019E", "Rape of a female child under 13"),
         ("019H", "Rape of a male child under 13"),
         ("020B", "Sexual assault on a female child under 13"),
         ("017B", "Sexual assault on a male child under 13"),
         ("022B", "Sexual activity involving a child under 16"),
         ("071/17", "Sexual communication with a child")]
T1 = {
    "FY21/22": (212, 58, 341, 96, 287, 402),
    "FY22/23": (238, 71, 372, 104, 301, 455),
    "FY23/24": (226, 63, 359, 111, 318, 489),
    "FY24/25 (01/04/2024 - 31/12/2024)": (167, 44, 268, 79, 236, 371),
}
AGES = ["Under 13", "13 to 15", "16 to 17", "Age not recorded"]
T2 = {
    "FY21/22": (118, 296, 74, 3),
    "FY22/23": (131, 322, 81, 6),
    "FY23/24": (127, 349, 88, 2),
    "FY24/25 (01/04/2024 - 31/12/2024)": (96, 261, 59, 1),
}
assert [sum(v) for v in T1.values()] == [1396, 1541, 1566, 1165]
assert [sum(v) for v in T2.values()] == [491, 540, 566, 417]

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
headfill = PatternFill("solid", fgColor="1F3864")
headfont = Font(bold=True, color="FFFFFF")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)


def shown(n):
    return "x" if 1 <= n <= 4 else n


wb = Workbook()
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 120
LETTER = [
    ("Greater Manchester Police", True),
    ("Information Compliance and Records Management Unit", False),
    ("", False),
    (f"Freedom of Information Request Reference: {REF}", True),
    ("Date of response: 11 February 2025", False),
    ("", False),
    ("Request", True),
    ("1. Please provide the number of offences recorded by Greater Manchester Police under each of the "
     "following Home Office codes for each financial year from April 2021 to date: 19E, 19H, 20B, 17B, "
     "22B and 71/17.", False),
    ("2. Of those offences, how many carried the online (cyber) flag, broken down by the age of the "
     "victim (under 13, 13-15, 16-17)?", False),
    ("", False),
    ("Response", True),
    ("Greater Manchester Police (GMP) can confirm that it holds the information you have requested. "
     "Question 1 is answered in the sheet 'Table 1' and question 2 in the sheet 'Table 2'.", False),
    ("Financial years run from 1 April to 31 March. As your request asked for figures 'to date', the "
     "current financial year (April 2024 to March 2025) covers 1 April 2024 to 31 December 2024 only, "
     "the last complete month before your request was received on 14 January 2025.", False),
    ("To reduce the risk of identifying victims, numbers between 1 and 4 have been replaced with 'x'. "
     "Totals include these numbers.", False),
    ("The figures are taken from GMP's crime recording system (PoliceWorks) and are correct as at "
     "20 January 2025. Crime data is subject to change as investigations progress and may differ from "
     "figures published by the Office for National Statistics.", False),
    ("", False),
    ("Complaint rights", True),
    ("If you are unhappy with the way your request has been handled you may ask for an internal review "
     "within 40 working days of the date of this response. If you are still dissatisfied you may "
     "contact the Information Commissioner's Office.", False),
]
for i, (text, bold) in enumerate(LETTER, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = wrap
    if bold:
        c.font = Font(bold=True, size=12 if i == 1 else 11)


def table_sheet(name, title, sub, colheads, colsub, data, notes):
    sh = wb.create_sheet(name)
    sh["A1"] = title
    sh["A1"].font = Font(bold=True, size=12)
    sh["A2"] = sub
    sh["A2"].font = Font(italic=True)
    r0 = 4
    sh.cell(row=r0, column=1, value="Financial year")
    for j, h in enumerate(colheads, start=2):
        sh.cell(row=r0, column=j, value=h)
    sh.cell(row=r0, column=len(colheads) + 2, value="Total")
    rows_head = [r0]
    if colsub:
        sh.cell(row=r0 + 1, column=1, value="")
        for j, h in enumerate(colsub, start=2):
            sh.cell(row=r0 + 1, column=j, value=h)
        sh.cell(row=r0 + 1, column=len(colheads) + 2, value="")
        rows_head.append(r0 + 1)
    for rr in rows_head:
        for j in range(1, len(colheads) + 3):
            c = sh.cell(row=rr, column=j)
            c.fill = headfill
            c.font = headfont
            c.alignment = centre
            c.border = box
    r = rows_head[-1] + 1
    for yr, vals in data.items():
        sh.cell(row=r, column=1, value=yr).border = box
        for j, v in enumerate(vals, start=2):
            c = sh.cell(row=r, column=j, value=shown(v))
            c.alignment = Alignment(horizontal="right")
            c.border = box
        c = sh.cell(row=r, column=len(vals) + 2, value=sum(vals))
        c.font = Font(bold=True)
        c.border = box
        r += 1
    r += 1
    for n in notes:
        sh.cell(row=r, column=1, value=n).font = Font(size=9)
        r += 1
    sh.column_dimensions["A"].width = 34
    for j in range(2, len(colheads) + 3):
        sh.column_dimensions[chr(64 + j)].width = 16
    if colsub:
        sh.row_dimensions[r0 + 1].height = 45
    return sh


table_sheet("Table 1",
            "Table 1: Offences recorded by Home Office offence code and financial year",
            "Greater Manchester Police - " + REF,
            [c for c, _ in CODES], [t for _, t in CODES], T1,
            ["Notes:",
             "x = a number between 1 and 4 (inclusive), suppressed to protect the identity of victims. "
             "Totals include suppressed numbers.",
             "FY24/25 is a part year: 1 April 2024 to 31 December 2024.",
             "Counts are of crimes, by the date the crime was recorded."])
table_sheet("Table 2",
            "Table 2: Offences in Table 1 with the online (cyber) flag, by age of victim",
            "Greater Manchester Police - " + REF,
            AGES, None, T2,
            ["Notes:",
             "x = a number between 1 and 4 (inclusive), suppressed to protect the identity of victims. "
             "Totals include suppressed numbers.",
             "Age of victim at the time of the offence. 'Age not recorded' = no date of birth or age held.",
             "FY24/25 is a part year: 1 April 2024 to 31 December 2024."])

wb.save(str(HERE / "reply.xlsx"))
