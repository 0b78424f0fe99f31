"""Build reply.xlsx: Northamptonshire Police FOI attachment (openpyxl).

Large reply. Indecent images of children offences under Home Office code 086/02 (take, make,
distribute) over the last three financial years, by online flag (sheet 'Q1 Offences') and the
suspects linked to them by age band (sheet 'Q2 Suspects'). Years run ACROSS written FY22/23 ...
with a Total column over the span. 'x' = 1 to 4 (rule on the Response sheet and under each
table), '-' = nil (keyed). Totals include the hidden values. Every cell is a value (no formulas).
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI-2025-01387"
YEARS = ["FY22/23", "FY23/24", "FY24/25"]

# Q1: 086/02 offences by online flag
Q1 = {
    "Online flag applied": [388, 412, 447],
    "No online flag": [97, 81, 74],
}
# Q2: suspects by age band; None = hidden small number (true values kept for the totals)
Q2_TRUE = {
    "10 - 17": [41, 53, 67],
    "18 - 24": [58, 61, 49],
    "25 - 44": [126, 119, 131],
    "45 and over": [87, 92, 96],
    "Not recorded": [3, 0, 2],
}


def shown(v):
    if v == 0:
        return "-"
    if 1 <= v <= 4:
        return "x"
    return v


bold = Font(bold=True)
thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
tot_fill = PatternFill("solid", fgColor="D9E1F2")

wb = Workbook()
cov = wb.active
cov.title = "Response"
cov.column_dimensions["A"].width = 120
lines = [
    ("Northamptonshire Police", Font(bold=True, size=14)),
    ("Freedom of Information Act 2000 - Response", Font(bold=True, size=12)),
    (f"Reference: {REF}", bold),
    ("Date of response: 03/06/2025", None),
    ("", None),
    ("REQUEST", bold),
    ("1. For each of the last three financial years, how many offences of taking, making or distributing "
     "indecent images of children were recorded by Northamptonshire Police, and how many of these were "
     "flagged as online / cyber-enabled?", None),
    ("2. For the same offences, how many suspects were identified in each year, broken down by the age of "
     "the suspect?", None),
    ("", None),
    ("RESPONSE", bold),
    ("Northamptonshire Police can confirm that the information you have requested is held. The figures are "
     "provided on the sheets 'Q1 Offences' and 'Q2 Suspects' of this workbook.", None),
    ("The last three financial years have been taken as 1 April 2022 to 31 March 2025 (FY22/23, FY23/24 and "
     "FY24/25). Each financial year runs from 1 April to 31 March.", None),
    ("Offences are those recorded under Home Office offence code 086/02 (take, make, distribute, publish "
     "indecent photographs or pseudo-photographs of children, Protection of Children Act 1978 s.1). Offences "
     "of simple possession are recorded under a different code and are not included.", None),
    ("The online flag is applied by the investigating officer where the offence was committed, in full or in "
     "part, through a computer, computer network or other computer-enabled device.", None),
    ("", None),
    ("Notes on the tables", bold),
    ("x  -  a figure between 1 and 4 has been replaced by x to reduce the risk of identifying individuals. "
     "Totals include these figures.", None),
    ("-  -  nil (no records).", None),
    ("Figures are drawn from the force crime system (Niche RMS) on 21/05/2025 and may differ slightly from "
     "figures published elsewhere owing to later reclassification.", None),
    ("", None),
    ("If you are dissatisfied with this response you may request an internal review within 40 working days. "
     "Information Rights Unit, Northamptonshire Police, Darby House, Darby Close, Park Farm Industrial Estate, "
     "Wellingborough NN8 6GS.", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = cov.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font:
        c.font = font


def table(ws, top, corner, rows, totals=True):
    hdr = [corner] + YEARS + ["Total FY22/23 - FY24/25"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=top, column=j, value=h)
        c.font = head_font
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="left" if j == 1 else "center", wrap_text=True)
    r = top + 1
    col_tot = [0, 0, 0]
    for label, vals in rows.items():
        ws.cell(row=r, column=1, value=label).border = box
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=2 + j, value=shown(v))
            c.border = box
            c.alignment = Alignment(horizontal="right")
            col_tot[j] += v
        c = ws.cell(row=r, column=5, value=shown(sum(vals)))
        c.border = box
        c.font = bold
        c.alignment = Alignment(horizontal="right")
        r += 1
    if totals:
        ws.cell(row=r, column=1, value="Total").font = bold
        for j in range(1, 6):
            ws.cell(row=r, column=j).fill = tot_fill
            ws.cell(row=r, column=j).border = box
        for j, v in enumerate(col_tot):
            c = ws.cell(row=r, column=2 + j, value=v)
            c.font = bold
            c.alignment = Alignment(horizontal="right")
        c = ws.cell(row=r, column=5, value=sum(col_tot))
        c.font = bold
        c.alignment = Alignment(horizontal="right")
    return r, col_tot


ws1 = wb.create_sheet("Q1 Offences")
ws1["A1"] = f"Northamptonshire Police - Freedom of Information request {REF}"
ws1["A1"].font = Font(bold=True, size=12)
ws1["A2"] = "Question 1: Offences recorded under HO code 086/02 (indecent photographs of children - take, make, distribute)"
ws1["A2"].font = bold
last, tot1 = table(ws1, 4, "Online flag", Q1)
ws1.cell(row=last + 2, column=1, value="x = 1 to 4 (totals include these figures)   - = nil")
ws1.cell(row=last + 3, column=1, value="Source: Niche RMS, extracted 21/05/2025. Counted by date of recording.")
for r in (last + 2, last + 3):
    ws1.cell(row=r, column=1).font = Font(italic=True, size=9)
ws1.column_dimensions["A"].width = 26
for col in "BCD":
    ws1.column_dimensions[col].width = 12
ws1.column_dimensions["E"].width = 16

ws2 = wb.create_sheet("Q2 Suspects")
ws2["A1"] = f"Northamptonshire Police - Freedom of Information request {REF}"
ws2["A1"].font = Font(bold=True, size=12)
ws2["A2"] = "Question 2: Suspects linked to HO code 086/02 offences, by age of suspect at the time of the offence"
ws2["A2"].font = bold
last, tot2 = table(ws2, 4, "Suspect age", Q2_TRUE)
notes = [
    "x = 1 to 4 (totals include these figures)   - = nil",
    "A person is counted once for each offence they are linked to as a suspect; the same person may appear in more than one year.",
    "'Not recorded' = date of birth of the suspect not held on the crime record.",
]
for k, t in enumerate(notes):
    c = ws2.cell(row=last + 2 + k, column=1, value=t)
    c.font = Font(italic=True, size=9)
ws2.column_dimensions["A"].width = 26
for col in "BCD":
    ws2.column_dimensions[col].width = 12
ws2.column_dimensions["E"].width = 16

assert tot1 == [485, 493, 521] and sum(tot1) == 1499
assert tot2 == [315, 325, 345] and sum(tot2) == 985
wb.save(HERE / "reply.xlsx")
print("written", HERE / "reply.xlsx")
