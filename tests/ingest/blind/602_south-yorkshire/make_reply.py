"""Build reply.xlsx: South Yorkshire Police FOI attachment (openpyxl).

Large reply (35 figures). Sexual offences against children by Home Office code for the calendar
years 2022, 2023 and 2024, with a Total column and a Total row, plus the online-flagged count per
year on a second table sheet. Three sheets: 'Response' (letter text, one paragraph per row),
'Table 1' (codes down, years across), 'Table 2' (online flag). Key: '*' = a figure from 1 to 4
(rule stated; totals are calculated on the unsuppressed figures); '-' = nil. Every cell is a
value (no formulas).
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI/20250611/0742"
YEARS = ["2022", "2023", "2024"]

# true values; 0 shows as '-', 1-4 as '*'
ROWS = [
    ("019E", "Rape of a female child under 13", [41, 47, 39]),
    ("019H", "Rape of a male child under 13", [9, 3, 7]),
    ("020B", "Sexual assault on a female child under 13", [88, 96, 102]),
    ("021", "Sexual activity involving a child under 13", [52, 61, 49]),
    ("022B", "Sexual activity involving a child under 16", [143, 156, 138]),
    ("071/17", "Sexual communication with a child", [118, 127, 109]),
    ("088A", "Sexual grooming", [0, 2, 4]),
]
ONLINE = [131, 149, 137]


def shown(v):
    if v == 0:
        return "-"
    if 1 <= v <= 4:
        return "*"
    return v


bold = Font(bold=True)
thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
tot_fill = PatternFill("solid", fgColor="D9E1F2")
centre = Alignment(horizontal="center", vertical="center")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---- Sheet 1: the letter -------------------------------------------------------------------
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 110
letter = [
    ("South Yorkshire Police", Font(bold=True, size=14)),
    ("Freedom of Information Act 2000 - Response", Font(bold=True, size=12)),
    (f"Reference: {REF}", bold),
    ("Date of response: 8 July 2025", None),
    ("", None),
    ("Request", bold),
    ("Please provide the number of sexual offences against children recorded by South Yorkshire Police in "
     "each of the calendar years 2022, 2023 and 2024, broken down by Home Office offence code.", None),
    ("Please also tell me how many of these offences in each year were flagged as online (cyber-enabled).", None),
    ("", None),
    ("Response", bold),
    ("South Yorkshire Police can confirm that the information you requested is held. It is provided in the "
     "tables on the sheets 'Table 1' and 'Table 2' of this workbook.", None),
    ("Table 1 shows the number of crimes recorded under the Home Office offence codes listed, where the "
     "victim was aged under 18 at the time of the offence. Table 2 shows how many of the crimes in Table 1 "
     "had the online flag applied.", None),
    ("Crimes are counted by the date on which they were recorded, not the date on which the offence took "
     "place. Figures were extracted from the force crime recording system on 24 June 2025 and may differ "
     "slightly from figures published elsewhere as crime records are subject to review.", None),
    ("To protect the identity of victims, figures from 1 to 4 have been replaced with an asterisk (*). "
     "Totals have been calculated using the actual figures and are shown in full.", None),
    ("Figures for 2025 have not been included as the year is not yet complete.", None),
    ("", None),
    ("Complaint rights", bold),
    ("If you are dissatisfied with this response you may request an internal review within 40 working days "
     "by writing to the Information Rights Team, South Yorkshire Police, Carbrook House, 5 Carbrook Hall "
     "Road, Sheffield, S9 2EH, or by emailing foi@southyorks.pnn.police.uk.", None),
    ("If you remain dissatisfied following the internal review you may complain to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.", None),
]
for i, (text, font) in enumerate(letter, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = wrap
    if font is not None:
        c.font = font


def key_rows(sheet, start):
    sheet.cell(row=start, column=1, value="Key").font = bold
    sheet.cell(row=start + 1, column=1, value="*  a figure between 1 and 4 (inclusive), suppressed to protect victims")
    sheet.cell(row=start + 2, column=1, value="-  nil (no crimes recorded)")
    sheet.cell(row=start + 3, column=1, value="Totals are calculated on the actual (unsuppressed) figures.")
    sheet.cell(row=start + 4, column=1, value="Source: South Yorkshire Police crime recording system, extracted 24/06/2025.")


# ---- Sheet 2: Table 1 ----------------------------------------------------------------------
t1 = wb.create_sheet("Table 1")
t1.column_dimensions["A"].width = 14
t1.column_dimensions["B"].width = 48
for col in "CDEF":
    t1.column_dimensions[col].width = 12
t1["A1"] = "Table 1: Sexual offences against children (victim aged under 18) by Home Office offence code, calendar years"
t1["A1"].font = Font(bold=True, size=12)
t1["A2"] = f"South Yorkshire Police - {REF}"
header = ["HO code", "Offence description"] + YEARS + ["Total"]
for j, h in enumerate(header, start=1):
    c = t1.cell(row=4, column=j, value=h)
    c.font = head_font
    c.fill = head_fill
    c.border = box
    c.alignment = centre
r = 5
col_tot = [0, 0, 0]
for code, desc, vals in ROWS:
    t1.cell(row=r, column=1, value=code)
    t1.cell(row=r, column=2, value=desc)
    for j, v in enumerate(vals):
        t1.cell(row=r, column=3 + j, value=shown(v))
        col_tot[j] += v
    t1.cell(row=r, column=6, value=sum(vals)).font = bold
    for j in range(1, 7):
        t1.cell(row=r, column=j).border = box
        if j >= 3:
            t1.cell(row=r, column=j).alignment = centre
    r += 1
t1.cell(row=r, column=1, value="Total")
for j, v in enumerate(col_tot):
    t1.cell(row=r, column=3 + j, value=v)
t1.cell(row=r, column=6, value=sum(col_tot))
for j in range(1, 7):
    c = t1.cell(row=r, column=j)
    c.font = bold
    c.fill = tot_fill
    c.border = box
    if j >= 3:
        c.alignment = centre
key_rows(t1, r + 2)

# ---- Sheet 3: Table 2 ----------------------------------------------------------------------
t2 = wb.create_sheet("Table 2")
t2.column_dimensions["A"].width = 52
for col in "BCD":
    t2.column_dimensions[col].width = 12
t2["A1"] = "Table 2: Crimes in Table 1 with the online flag applied, calendar years"
t2["A1"].font = Font(bold=True, size=12)
t2["A2"] = f"South Yorkshire Police - {REF}"
for j, h in enumerate([""] + YEARS, start=1):
    c = t2.cell(row=4, column=j, value=h if h else None)
    c.font = head_font
    c.fill = head_fill
    c.border = box
    c.alignment = centre
t2.cell(row=5, column=1, value="Online flagged crimes").border = box
for j, v in enumerate(ONLINE):
    c = t2.cell(row=5, column=2 + j, value=shown(v))
    c.border = box
    c.alignment = centre
t2["A7"] = ("The online flag is applied where the offence was committed, in full or in part, through a computer, "
            "computer network or other computer-enabled device. It is applied manually and its use may vary.")
t2["A7"].alignment = wrap
t2.row_dimensions[7].height = 45
key_rows(t2, 9)

wb.save(HERE / "reply.xlsx")
print("col totals", col_tot, "grand", sum(col_tot))
