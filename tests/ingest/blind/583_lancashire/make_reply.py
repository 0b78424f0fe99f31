"""Build reply.xlsx: Lancashire Constabulary FOI attachment (openpyxl), reference FOI 2025/08712.

Sheets:
  'Cover'   - the letter, one paragraph per row in column A; the key ('*' = 1 to 4, totals
              include these; '-' = nil) and the period definitions.
  'Table 1' - CSE-flagged crimes by victim age band, financial years ACROSS ('2022-23' ...
              '2025-26 (to 30/09/2025)' part year), a Total row, then an 'Of which: online
              flag applied' row below a blank row.
  'Table 2' - outcomes of the CSE-flagged crimes recorded in 2024-25, as at 14/10/2025. The
              Home Office outcome number sits in its own column (A), the description in B,
              the count in C; a Total row.
All cells are plain values (no formulas). Suppressed cells are the string '*', nil is '-'.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI 2025/08712"
YEARS = ["2022-23", "2023-24", "2024-25", "2025-26 (to 30/09/2025)"]

# true values; '*' printed for 1..4, '-' for 0
T1 = [("0-9", [14, 11, 17, 4]),
      ("10-12", [48, 53, 61, 27]),
      ("13-15", [212, 236, 254, 118]),
      ("16-17", [97, 88, 102, 41]),
      ("Age not recorded", [3, 0, 2, 5])]
TOT1 = [sum(r[1][i] for r in T1) for i in range(4)]
assert TOT1 == [374, 388, 436, 195], TOT1
ONLINE = [71, 84, 93, 39]

T2 = [("1", "Charged / summonsed", 58),
      ("2", "Youth caution", 3),
      ("3", "Adult caution", 0),
      ("8", "Community resolution", 6),
      ("14", "Evidential difficulties: victim declines or is unable to support action to identify the suspect", 21),
      ("15", "Evidential difficulties: named suspect identified, victim supports action", 97),
      ("16", "Evidential difficulties: named suspect identified, victim does not support action", 84),
      ("18", "Investigation complete: no suspect identified", 29),
      ("21", "Further investigation not in the public interest (police decision)", 12),
      ("", "No outcome yet - investigation ongoing", 126)]
assert sum(r[2] for r in T2) == TOT1[2], sum(r[2] for r in T2)


def shown(v):
    if v == 0:
        return "-"
    if 1 <= v <= 4:
        return "*"
    return v


BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

wb = Workbook()
cov = wb.active
cov.title = "Cover"
cov.column_dimensions["A"].width = 125
lines = [
    ("LANCASHIRE CONSTABULARY", True),
    ("Information Access Team, Police Headquarters, Saunders Lane, Hutton, Preston PR4 5SB", False),
    ("", False),
    (f"Reference: {REF}", False),
    ("Date of response: 28/10/2025", False),
    ("", False),
    ("Freedom of Information Act 2000 - Response to your request", True),
    ("", False),
    ("Your request, received on 02/10/2025, was as follows:", False),
    ("\"Please provide, for each financial year from 2022/23 to date:", False),
    ("(a) the number of crimes recorded by Lancashire Constabulary that carry a child sexual exploitation (CSE) flag, broken down by the age of the victim;", False),
    ("(b) how many of those crimes also carry the online / cyber flag;", False),
    ("(c) for the most recent complete financial year, the outcomes of the CSE-flagged crimes.\"", False),
    ("", False),
    ("Lancashire Constabulary holds the information you have requested. It is set out on the following tabs:", False),
    ("   Table 1 - parts (a) and (b)", False),
    ("   Table 2 - part (c)", False),
    ("", False),
    ("Notes", True),
    ("1. Financial years run from 1 April to 31 March. '2025-26 (to 30/09/2025)' covers 1 April 2025 to 30 September 2025 only, the last full month before your request was received.", False),
    ("2. Crimes are counted once. Where a crime has more than one victim it is shown against the age of the first victim recorded. Age is the age at the time of the offence.", False),
    ("3. Key: * = a value between 1 and 4. Figures this small have been replaced to reduce the risk of identifying a victim. Totals include these values.", False),
    ("4. Key: - = nil.", False),
    ("5. Outcomes in Table 2 are for crimes recorded in 2024-25 and are as at 14/10/2025, the date the data was extracted. The number in the first column is the Home Office outcome type.", False),
    ("6. Crime data is held on a live system (Connect) and figures may differ slightly from those published elsewhere.", False),
    ("", False),
    ("Complaint rights", True),
    ("If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days by e-mailing foi@lancashire.police.uk. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", False),
    ("", False),
    ("Information Access Team", False),
]
for i, (text, bold) in enumerate(lines, start=1):
    c = cov.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        c.font = BOLD

# ---- Table 1
t1 = wb.create_sheet("Table 1")
t1["A1"] = "Table 1: Crimes with a child sexual exploitation (CSE) flag, by age of victim"
t1["A1"].font = Font(bold=True, size=12)
t1["A2"] = "Lancashire Constabulary - financial years 2022-23 to 2025-26 (part year)"
t1.column_dimensions["A"].width = 34
for col in "BCDE":
    t1.column_dimensions[col].width = 22
r0 = 4
hdr = ["Age of victim"] + YEARS
for j, h in enumerate(hdr, start=1):
    c = t1.cell(row=r0, column=j, value=h)
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.border = BOX
    c.alignment = Alignment(horizontal="center", wrap_text=True)
r = r0 + 1
for lab, vals in T1:
    t1.cell(row=r, column=1, value=lab).border = BOX
    for j, v in enumerate(vals, start=2):
        c = t1.cell(row=r, column=j, value=shown(v))
        c.border = BOX
        c.alignment = Alignment(horizontal="right")
    r += 1
t1.cell(row=r, column=1, value="Total").font = BOLD
t1.cell(row=r, column=1).border = BOX
for j, v in enumerate(TOT1, start=2):
    c = t1.cell(row=r, column=j, value=v)
    c.font = BOLD
    c.border = BOX
r += 2
t1.cell(row=r, column=1, value="Of which: online flag applied").border = BOX
for j, v in enumerate(ONLINE, start=2):
    c = t1.cell(row=r, column=j, value=shown(v))
    c.border = BOX
r += 2
t1.cell(row=r, column=1, value="* = 1 to 4 (totals include these values)   - = nil")
t1.cell(row=r, column=1).font = Font(italic=True, size=9)
t1.cell(row=r + 1, column=1, value="Source: Connect crime recording system, extracted 14/10/2025")
t1.cell(row=r + 1, column=1).font = Font(italic=True, size=9)

# ---- Table 2
t2 = wb.create_sheet("Table 2")
t2["A1"] = "Table 2: Outcomes of CSE-flagged crimes recorded in 2024-25 (as at 14/10/2025)"
t2["A1"].font = Font(bold=True, size=12)
t2.column_dimensions["A"].width = 10
t2.column_dimensions["B"].width = 90
t2.column_dimensions["C"].width = 14
r0 = 3
for j, h in enumerate(["Outcome type", "Description", "2024-25"], start=1):
    c = t2.cell(row=r0, column=j, value=h)
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.border = BOX
r = r0 + 1
for code, desc, v in T2:
    c = t2.cell(row=r, column=1, value=int(code) if code else None)
    c.border = BOX
    c.alignment = Alignment(horizontal="center")
    t2.cell(row=r, column=2, value=desc).border = BOX
    c = t2.cell(row=r, column=3, value=shown(v))
    c.border = BOX
    c.alignment = Alignment(horizontal="right")
    r += 1
t2.cell(row=r, column=2, value="Total").font = BOLD
for j in (1, 2):
    t2.cell(row=r, column=j).border = BOX
c = t2.cell(row=r, column=3, value=TOT1[2])
c.font = BOLD
c.border = BOX
r += 2
t2.cell(row=r, column=1, value="* = 1 to 4 (totals include these values)   - = nil").font = Font(italic=True, size=9)

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
