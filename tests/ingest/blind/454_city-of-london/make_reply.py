"""Build reply.xlsx: City of London Police FOI workbook.

Sheet 'Cover': letter-style text (reference, dates, the request, the response, numbered
notes including the key "'-' denotes nil", review rights), label in column A, text in B.
Sheet 'Data': title and subtitle rows, a blank row, then one table of outcomes (rows) by
calendar year (columns 2023 and 2024 as numeric header cells) for 071/17 and 088A offences
combined, with a Total row. Nil cells are the text '-'. No formulas: every cell is a value.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI/2025/0112"

wb = Workbook()
cov = wb.active
cov.title = "Cover"
cov.column_dimensions["A"].width = 20
cov.column_dimensions["B"].width = 105
top = Alignment(wrap_text=True, vertical="top")

lines = [
    ("City of London Police", None, 40),
    ("Freedom of Information Act 2000", None, None),
    (None, None, None),
    ("Our reference", REF, None),
    ("Date received", "06/01/2025", None),
    ("Date of response", "03/02/2025", None),
    (None, None, None),
    ("Request", "\"Please provide, for offences of sexual communication with a child (Home Office code "
                "071/17) and sexual grooming (Home Office code 088A) recorded by the City of London "
                "Police in the calendar years 2023 and 2024, the outcome of each offence, broken down by "
                "year. Where the outcome was a caution, please show youth and adult cautions "
                "separately.\"", 62),
    (None, None, None),
    ("Response", "The City of London Police holds the information you have requested. The outcomes of "
                 "the offences recorded in each year are set out on the 'Data' tab of this workbook. "
                 "In total the force recorded 19 such offences in 2023 and 24 in 2024.", 46),
    (None, None, None),
    ("Notes", "1. The figures for offence codes 071/17 and 088A have been combined, as the numbers "
              "for each code separately are very small.", 30),
    (None, "2. '-' denotes nil.", None),
    (None, "3. Outcomes are shown as at 17/01/2025. An offence with no outcome yet recorded is still "
           "under investigation, and its outcome may change. Outcome numbers refer to the Home Office "
           "outcomes framework.", 46),
    (None, "4. Offences are counted by the year in which they were recorded, not the year in which the "
           "offence took place.", 30),
    (None, None, None),
    ("Your rights", "If you are dissatisfied with this response you may ask for an internal review within "
                    "40 working days of the date of this response by writing to the Information Access "
                    "Office, City of London Police, PO Box 36451, 182 Bishopsgate, London EC2M 4WN. "
                    "If you remain dissatisfied after the review you may complain to the Information "
                    "Commissioner's Office.", 62),
]
for r, (a, b, h) in enumerate(lines, start=1):
    if a is not None:
        c = cov.cell(row=r, column=1, value=a)
        c.font = Font(bold=True, size=16 if r == 1 else 11)
        c.alignment = top
    if b is not None:
        cov.cell(row=r, column=2, value=b).alignment = top
    if h:
        cov.row_dimensions[r].height = h

ws = wb.create_sheet("Data")
ws.column_dimensions["A"].width = 70
ws.column_dimensions["B"].width = 12
ws.column_dimensions["C"].width = 12
ws["A1"] = "Sexual communication with a child (071/17) and sexual grooming (088A) - outcomes"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Offences recorded by calendar year; outcome as at 17/01/2025"
ws["A2"].font = Font(italic=True)
# row 3 blank

thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="D9D9D9")
HEADER = ["Outcome", 2023, 2024]
ROWS = [
    ("Charged / summonsed", 7, 6),
    ("Caution - youth", "-", "-"),
    ("Caution - adult", 1, "-"),
    ("Community resolution", "-", 1),
    ("Outcome 15 - Named suspect identified: evidential difficulties prevent further action", 4, 5),
    ("Outcome 16 - Named suspect identified: victim does not support further action", 1, 2),
    ("Outcome 18 - Investigation complete: no suspect identified", 2, 1),
    ("Outcome 20 - Further action by another body or agency", 2, 4),
    ("No outcome yet - under investigation", 2, 5),
]
TOTAL = ("Total", 19, 24)
for col in (1, 2):
    s = sum(0 if r[col] == "-" else r[col] for r in ROWS)
    assert s == TOTAL[col], (col, s)

for c, h in enumerate(HEADER, start=1):
    cell = ws.cell(row=4, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = fill
    cell.border = box
    cell.alignment = Alignment(horizontal="left" if c == 1 else "center")
for i, row in enumerate(ROWS + [TOTAL]):
    r = 5 + i
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="center")
        if row is TOTAL:
            cell.font = Font(bold=True)
ws.cell(row=5 + len(ROWS) + 2, column=1,
        value="Source: City of London Police crime recording system. See the Cover tab for notes.").font = Font(size=9, italic=True)

wb.save(HERE / "reply.xlsx")
