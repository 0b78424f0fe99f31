"""Build reply.xlsx: Derbyshire Constabulary FOI attachment - CSE-flagged crimes by victim gender and
online flag, financial years across (each written a different way), notes block under the table."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent

wb = Workbook()
ws = wb.active
ws.title = "FOI 2024-0893"

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")

ws["A1"] = "Derbyshire Constabulary"
ws["A1"].font = Font(bold=True, size=14, color="1F3864")
ws["A2"] = "Freedom of Information Request FOI 2024-0893 - Child sexual exploitation (CSE) flagged crimes"
ws["A2"].font = Font(bold=True, size=11)
ws["A3"] = ("Request: the number of crimes recorded with a child sexual exploitation flag in each of the last "
            "four financial years, by gender of the victim, and how many of these were also flagged as "
            "online / cyber-enabled.")
ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells("A3:E3")
ws.row_dimensions[3].height = 45
ws["A4"] = "Source: Niche RMS, extracted 12/08/2024"
ws["A4"].font = Font(italic=True, size=9)

header = ["", "2020/21", "2021-22", "FY22/23", "Apr 2023 - Mar 2024"]
rows = [
    ("Crimes with a CSE flag", 214, "291 (r)", 263, 248),
    ("   of which victim female", 176, 241, 210, 199),
    ("   of which victim male", 35, 47, 46, 45),
    ("   of which victim gender not recorded", "<5", "<5", 7, "<5"),
    ("CSE flagged crimes also flagged online / cyber", 61, 88, 79, 92),
]
r0 = 6
for c, v in enumerate(header, start=1):
    cell = ws.cell(row=r0, column=c, value=v)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = head_fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center" if c > 1 else "left")
for i, row in enumerate(rows, start=1):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r0 + i, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
        if i == 1:
            cell.font = Font(bold=True)

notes = [
    "Notes",
    "1. Figures are crimes recorded in each financial year (1 April to 31 March) to which a CSE flag had been applied "
    "at the date of extraction. A CSE flag is only applied where the victim is under 18.",
    "2. Victim gender is taken from the first victim linked to the crime. Each crime is counted once.",
    "3. Where a figure is less than 5 it has been shown as <5 to reduce the risk of identifying individuals.",
    "4. (r) revised. The 2021-22 figure for crimes with a CSE flag has been amended from 287 to 291 since it was "
    "released in our response to FOI 2023-1451. A data quality review found crimes that had been flagged after that "
    "extraction. The gender breakdown for 2021-22 reflects the revised figure.",
    "5. The online / cyber flag and the CSE flag are not mutually exclusive; the online row is a subset of the "
    "CSE flagged crimes in the same year and should not be added to it.",
]
n0 = r0 + len(rows) + 2
for j, t in enumerate(notes):
    cell = ws.cell(row=n0 + j, column=1, value=t)
    if j == 0:
        cell.font = Font(bold=True)
    else:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=n0 + j, start_column=1, end_row=n0 + j, end_column=5)
        ws.row_dimensions[n0 + j].height = 30 if len(t) < 130 else 45

ws.column_dimensions["A"].width = 46
for col in "BCDE":
    ws.column_dimensions[col].width = 14
ws.column_dimensions["E"].width = 20

wb.save(HERE / "reply.xlsx")
