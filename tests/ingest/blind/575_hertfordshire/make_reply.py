"""Build reply.xlsx: Hertfordshire Constabulary FOI attachment (openpyxl).

Large reply (36 figures). Outcomes of rape offences against children under 16 (Home Office codes
19D, 19E, 19G and 19H combined) for 2022/23, 2023/24 and 2024/25 to 31/12/2024. One sheet: the
letter text at the top (one paragraph per row, column A), then the table (outcomes down, years
across, a Total row), then the key. '<5' = fewer than five (rule stated, totals include them);
a blank cell = nil (keyed). Every cell is a value (no formulas).
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "HC/FOI/25/00187"
YEARS = ["2022/23", "2023/24", "2024/25 (01/04/2024 - 31/12/2024)"]

# true values; 0 shows as a blank cell, 1-4 as '<5'
ROWS = [
    ("Outcome 1 - Charged / Summonsed", [14, 17, 6]),
    ("Outcome 2 - Caution (youth)", [2, 0, 1]),
    ("Outcome 3 - Caution (adult)", [0, 1, 0]),
    ("Outcome 8 - Community Resolution", [1, 0, 0]),
    ("Outcome 14 - Evidential difficulties: suspect not identified; victim does not support", [9, 7, 3]),
    ("Outcome 15 - Evidential difficulties: suspect identified; victim supports action", [38, 44, 19]),
    ("Outcome 16 - Evidential difficulties: suspect identified; victim does not support action", [61, 58, 27]),
    ("Outcome 18 - Investigation complete; no suspect identified", [4, 6, 2]),
    ("Outcome 20 - Further action to be taken by another body or agency", [11, 13, 5]),
    ("Outcome 21 - Further investigation not in the public interest (police decision)", [7, 5, 1]),
    ("Under investigation - no outcome assigned yet", [19, 41, 72]),
]


def shown(v):
    if v == 0:
        return None
    if 1 <= v <= 4:
        return "<5"
    return v


bold = Font(bold=True)
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="00467F")
head_font = Font(bold=True, color="FFFFFF")
tot_fill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = "FOI 25-00187"
ws.column_dimensions["A"].width = 78
for col in "BCD":
    ws.column_dimensions[col].width = 16

letter = [
    ("Hertfordshire Constabulary - Freedom of Information Act 2000", Font(bold=True, size=14)),
    (f"Our reference: {REF}", bold),
    ("Date: 14 February 2025", None),
    ("", None),
    ("Your request (received 21 January 2025)", bold),
    ("For the financial years 2022/23, 2023/24 and 2024/25 to date, please provide the number of offences of "
     "rape of a child under 16 recorded by Hertfordshire Constabulary, broken down by the outcome of each "
     "offence.", None),
    ("", None),
    ("Our response", bold),
    ("Hertfordshire Constabulary can confirm that it holds the information you requested. It is given in the "
     "table below.", None),
    ("The table counts crimes recorded under Home Office offence codes 19D (rape of a female child under 16), "
     "19E (rape of a female child under 13), 19G (rape of a male child under 16) and 19H (rape of a male child "
     "under 13). The four codes have been combined.", None),
    ("Crimes are counted by the date on which they were recorded. Figures for 2024/25 cover the period "
     "01/04/2024 to 31/12/2024, the last complete month before your request was received.", None),
    ("The outcome shown is the outcome recorded against each crime when the data was extracted from the crime "
     "recording system (Athena) on 03/02/2025. Outcomes for recent crimes in particular may change as "
     "investigations are completed.", None),
    ("", None),
]
for i, (text, font) in enumerate(letter, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font:
        c.font = font

top = len(letter) + 1
ws.cell(row=top, column=1, value="Rape of a child under 16 (HO codes 19D, 19E, 19G, 19H) - outcome by financial year "
        "of recording").font = Font(bold=True, size=12)
hdr_row = top + 1
for j, h in enumerate(["Outcome type"] + YEARS, start=1):
    c = ws.cell(row=hdr_row, column=j, value=h)
    c.font = head_font
    c.fill = head_fill
    c.border = box
    c.alignment = Alignment(horizontal="left" if j == 1 else "center", wrap_text=True, vertical="center")
ws.row_dimensions[hdr_row].height = 32

r = hdr_row + 1
tot = [0, 0, 0]
for label, vals in ROWS:
    c = ws.cell(row=r, column=1, value=label)
    c.border = box
    c.alignment = Alignment(wrap_text=True)
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=2 + j, value=shown(v))
        c.border = box
        c.alignment = Alignment(horizontal="right")
        tot[j] += v
    r += 1
ws.cell(row=r, column=1, value="Total").font = bold
for j in range(1, 5):
    ws.cell(row=r, column=j).fill = tot_fill
    ws.cell(row=r, column=j).border = box
for j, v in enumerate(tot):
    c = ws.cell(row=r, column=2 + j, value=v)
    c.font = bold
    c.alignment = Alignment(horizontal="right")
assert tot == [166, 192, 136], tot

key = [
    "Key:",
    "<5  Fewer than five. Numbers below five have been suppressed to reduce the risk of identifying a victim. "
    "The totals include the suppressed numbers.",
    "(blank)  Nil - no crimes with this outcome.",
]
r += 2
for k, t in enumerate(key):
    c = ws.cell(row=r + k, column=1, value=t)
    c.font = Font(italic=True, size=9, bold=(k == 0))
    c.alignment = Alignment(wrap_text=True)

tail = [
    "",
    "Your attention is drawn to the fact that we have a duty to protect the identity of victims of sexual "
    "offences (Sexual Offences (Amendment) Act 1992). Where numbers are small we have suppressed them as shown.",
    "",
    "Complaint rights: if you are unhappy with this response you may ask for an internal review within 40 "
    "working days of the date of this response. Write to the Freedom of Information Office, Hertfordshire "
    "Constabulary, Stanborough Road, Welwyn Garden City, AL8 6XF or e-mail foi@herts.police.uk. If you "
    "remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water "
    "Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).",
    "",
    "Freedom of Information Office, Hertfordshire Constabulary",
]
r += len(key) + 1
for k, t in enumerate(tail):
    c = ws.cell(row=r + k, column=1, value=t)
    c.alignment = Alignment(wrap_text=True, vertical="top")

ws.freeze_panes = None
wb.save(HERE / "reply.xlsx")
print("written", HERE / "reply.xlsx")
