"""Build reply.xlsx: a Greater Manchester Police FOI attachment (CSE-flagged crimes).

Sheet 'Cover': the letter, one paragraph per row in column B (column A narrow labels);
  it states the '*' rule and answers question 3 in a sentence.
Sheet 'Q1 Victim Age': CSE-flagged crimes with a victim under 18, victim age band DOWN,
  financial years ACROSS written 'Apr 21 - Mar 22', a Total column and a Total row.
Sheet 'Q2 Online': the online-flagged subset, years DOWN written '2021/22', with a Total row.
Every cell is a value (no formulas).
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI 9034/25"

YEARS_Q1 = ["Apr 21 - Mar 22", "Apr 22 - Mar 23", "Apr 23 - Mar 24", "Apr 24 - Mar 25"]
AGES = ["Under 13", "13 - 15", "16 - 17", "Not recorded"]
Q1 = {
    "Under 13": [142, 167, 155, 131],
    "13 - 15": [388, 421, 397, 362],
    "16 - 17": [121, 138, 126, 109],
    "Not recorded": [3, 7, 2, 0],
}
col_tot = [sum(Q1[a][i] for a in AGES) for i in range(4)]
assert col_tot == [654, 733, 680, 602]
assert sum(col_tot) == 2669

YEARS_Q2 = ["2021/22", "2022/23", "2023/24", "2024/25"]
Q2 = [97, 112, 104, 88]
assert sum(Q2) == 401
Q3 = [203, 231, 219, 188]

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="D9D9D9")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")


def shown(n):
    return "*" if 1 <= n <= 4 else n


wb = Workbook()
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 110
COVER = [
    ("GREATER MANCHESTER POLICE", True),
    ("Information Management Branch - Freedom of Information", False),
    ("", False),
    (f"Our reference: {REF}", True),
    ("Date: 08/07/2025", False),
    ("", False),
    ("Your request (received 10/06/2025)", True),
    ("Q1. For each of the last four financial years, how many crimes were recorded by GMP that carried a "
     "child sexual exploitation (CSE) flag where the victim was under 18? Please break this down by the age "
     "of the victim (under 13, 13-15, 16-17).", False),
    ("Q2. How many of these crimes also carried the online / cyber-enabled flag?", False),
    ("Q3. How many suspects aged under 18 were linked to these crimes in each year?", False),
    ("", False),
    ("Our response", True),
    ("GMP can confirm that it holds information relevant to your request. The last four financial years are "
     "taken to be 1 April 2021 to 31 March 2025. Please see the tab 'Q1 Victim Age' for question 1 and the "
     "tab 'Q2 Online' for question 2.", False),
    ("Q3. Suspects are counted once for each CSE-flagged crime they are linked to, so a person linked to more "
     "than one crime will be counted more than once. The youngest age of criminal responsibility is 10, so "
     "these are suspects aged 10 to 17 at the time of the offence. The number of such suspects was 203 in "
     "2021/22, 231 in 2022/23, 219 in 2023/24 and 188 in 2024/25.", False),
    ("", False),
    ("Notes", True),
    ("1. A CSE flag is applied to a crime where child sexual exploitation is identified at any point in the "
     "investigation. Crimes may be flagged some time after they are recorded.", False),
    ("2. Where a figure is between 1 and 4 it has been replaced with * to reduce the risk of identifying a "
     "victim. Totals include these figures.", False),
    ("3. Data was extracted from iOPS on 23/06/2025 and is subject to change.", False),
    ("", False),
    ("If you are dissatisfied with this response you may request an internal review within 40 working days. "
     "You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF.", False),
]
for i, (text, b) in enumerate(COVER, start=1):
    c = ws.cell(row=i, column=2, value=text)
    c.alignment = wrap
    if b:
        c.font = bold

# Q1 sheet
s1 = wb.create_sheet("Q1 Victim Age")
s1["A1"] = "CSE flagged crimes - victim aged under 18 - by age of victim at time of offence"
s1["A1"].font = Font(bold=True, size=12)
s1["A2"] = REF
hdr = ["Victim Age"] + YEARS_Q1 + ["Total"]
for j, h in enumerate(hdr, start=1):
    c = s1.cell(row=4, column=j, value=h)
    c.font = bold
    c.fill = fill
    c.border = box
    c.alignment = Alignment(horizontal="center", wrap_text=True)
r = 5
for a in AGES:
    s1.cell(row=r, column=1, value=a).border = box
    for j, v in enumerate(Q1[a], start=2):
        c = s1.cell(row=r, column=j, value=shown(v))
        c.border = box
        c.alignment = Alignment(horizontal="right")
    c = s1.cell(row=r, column=6, value=sum(Q1[a]))
    c.border = box
    r += 1
s1.cell(row=r, column=1, value="Total").font = bold
s1.cell(row=r, column=1).border = box
for j, v in enumerate(col_tot + [sum(col_tot)], start=2):
    c = s1.cell(row=r, column=j, value=v)
    c.font = bold
    c.border = box
s1.column_dimensions["A"].width = 16
for col in "BCDEF":
    s1.column_dimensions[col].width = 17

# Q2 sheet: years down
s2 = wb.create_sheet("Q2 Online")
s2["A1"] = "CSE flagged crimes (victim under 18) which also carry the Online flag"
s2["A1"].font = Font(bold=True, size=12)
for j, h in enumerate(["Financial Year", "Crimes"], start=1):
    c = s2.cell(row=3, column=j, value=h)
    c.font = bold
    c.fill = fill
    c.border = box
r = 4
for y, v in zip(YEARS_Q2, Q2):
    s2.cell(row=r, column=1, value=y).border = box
    s2.cell(row=r, column=2, value=shown(v)).border = box
    r += 1
s2.cell(row=r, column=1, value="Total").font = bold
s2.cell(row=r, column=2, value=sum(Q2)).font = bold
s2.column_dimensions["A"].width = 18
s2.column_dimensions["B"].width = 12

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
