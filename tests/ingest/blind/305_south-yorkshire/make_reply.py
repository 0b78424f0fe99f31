"""Build reply.xlsx: South Yorkshire Police FOI, CSE-flagged crimes by year and victim gender."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

wb = Workbook()
ws = wb.active
ws.title = "FOI 20240633"
bold = Font(bold=True)
ws.column_dimensions["A"].width = 30
for col in "BCDE":
    ws.column_dimensions[col].width = 14

r = 1
def put(text, font=None):
    global r
    c = ws.cell(row=r, column=1, value=text)
    if font:
        c.font = font
    r += 1

put("South Yorkshire Police - Freedom of Information Request 20240633", Font(bold=True, size=13))
put("Child Sexual Exploitation (CSE) flagged crimes, 1 January 2019 to 30 June 2024")
put("Date of extract: 15/07/2024")
r += 1

put("Q1. Number of crimes recorded with a CSE flag, by year of recording and gender of victim", bold)
hdr = ["Year", "Female", "Male", "Unknown", "Total"]
for c, v in enumerate(hdr, start=1):
    ws.cell(row=r, column=c, value=v).font = bold
r += 1
t1 = [
    ["2019", 412, 63, 3, 478],
    ["2020", 367, 58, 6, 431],
    ["2021", 398, 71, 2, 471],
    ["2022", 441, "66 (see note 3)", 4, 511],
    ["2023", 429, 80, 7, 516],
    ["2024 (to 30/06/2024)", 188, 37, 1, 226],
    ["Total", 2235, 375, 23, 2633],
]
for row in t1:
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
        if row[0] == "Total":
            cell.font = bold
    r += 1
r += 1

put("Q2. Of the crimes in Q1, number also flagged as online / cyber-enabled, by gender of victim", bold)
hdr = ["Year", "Female", "Male", "Unknown"]
for c, v in enumerate(hdr, start=1):
    ws.cell(row=r, column=c, value=v).font = bold
r += 1
t2 = [
    ["2019", 61, 9, "<5"],
    ["2020", 74, 12, "<5"],
    ["2021", 83, 15, 0],
    ["2022", 97, 11, "<5"],
    ["2023", 102, 18, "<5"],
    ["2024 (to 30/06/2024)", 45, 6, 0],
]
for row in t2:
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
    r += 1
r += 1

put("Notes", bold)
put("1. A crime may have a CSE flag added at any point during the investigation. Figures are based "
    "on the date the crime was recorded.")
put("2. Gender is that of the victim as recorded. 'Unknown' includes victims whose gender was not "
    "recorded.")
put("3. The 2022 figure for male victims has been amended to 66. It was given as 69 in our response "
    "to FOI 20230412; three crimes were found to have been flagged in error and the flag has been removed.")
put("4. Numbers fewer than five are shown as <5 in Q2 to reduce the risk of identifying individuals. "
    "This has not been applied to Q1 as the figures are not broken down further.")
put("5. 2024 is a part year, 1 January 2024 to 30 June 2024.")

wb.save("reply.xlsx")
print("written reply.xlsx")
