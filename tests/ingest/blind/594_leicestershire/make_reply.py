"""Build reply.xlsx: Leicestershire Police FOI response attachment (FOI-2025-2794), openpyxl.

Sexual offences against children (victim under 18) by victim age band, calendar years 2021 to
2024 plus 2025 year to date (to 30 June 2025), years across with a Total row; '*' for small
numbers with a reason but no threshold (totals include them); online-flagged offences per year;
a span total written with a thousands comma on the Response sheet.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI-2025-2794"

YEARS = ["2021", "2022", "2023", "2024", "2025 YTD"]
TABLE1 = [
    ("0 - 4", [38, 41, 36, 44, 19]),
    ("5 - 10", [141, 156, 149, 162, 77]),
    ("11 - 15", [512, 547, 583, 601, 298]),
    ("16 - 17", [164, 171, 188, 179, 86]),
    ("Age not recorded", ["*", 9, "*", 11, "*"]),
]
TOTAL1 = [858, 924, 958, 997, 481]
ONLINE = [97, 112, 131, 126, 58]

wb = Workbook()

# ---- Response sheet: the covering letter, one paragraph per row ----
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 120
letter = [
    ("Leicestershire Police", Font(bold=True, size=14)),
    ("Freedom of Information Unit, Force Headquarters, St Johns, Enderby, Leicester LE19 2BX", Font(size=9)),
    ("", None),
    (f"Reference: {REF}", Font(bold=True)),
    ("Date: 08/08/2025", None),
    ("", None),
    ("Request", Font(bold=True, size=12)),
    ("You asked: \"For each calendar year from 2021 to 2025 (so far), please provide the number of sexual "
     "offences recorded by Leicestershire Police where the victim was under 18, broken down by the age of "
     "the victim at the time of the offence. Please also say how many of these offences had the online "
     "flag applied in each year.\"", None),
    ("", None),
    ("Response", Font(bold=True, size=12)),
    ("Your request was received on 14/07/2025 and has been dealt with under the Freedom of Information Act "
     "2000. Leicestershire Police holds the information you have asked for and it is provided on the sheet "
     "named 'Data' in this workbook.", None),
    ("The figures count recorded crimes in the Home Office 'sexual offences' category where the victim was "
     "aged under 18 at the time of the offence. Crimes are counted by the date they were recorded. Data for "
     "2025 runs from 1 January to 30 June 2025, the last complete month before your request.", None),
    ("In total, 4,218 sexual offences against children were recorded between 1 January 2021 and 30 June "
     "2025.", None),
    ("Where the number of victims in a cell is small enough that a child could be identified, the figure "
     "has been replaced with an asterisk (*). This is to protect the identity of victims, and the exemption "
     "at section 40(2) of the Act applies to the figures withheld in this way. Totals include the "
     "suppressed figures.", None),
    ("", None),
    ("Complaint rights", Font(bold=True, size=12)),
    ("If you are unhappy with this response you may ask for an internal review within 40 working days, by "
     "writing to the Freedom of Information Unit at the address above. If you remain dissatisfied you can "
     "contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
     "SK9 5AF.", None),
]
for i, (text, font) in enumerate(letter, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font is not None:
        c.font = font

# ---- Data sheet ----
ds = wb.create_sheet("Data")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
ds.column_dimensions["A"].width = 26
for col in "BCDEF":
    ds.column_dimensions[col].width = 13

ds["A1"] = f"Leicestershire Police - {REF}"
ds["A1"].font = Font(bold=True, size=12)
ds["A3"] = "Table 1: Sexual offences where the victim was under 18, by age of victim and year recorded"
ds["A3"].font = Font(bold=True)
ds.merge_cells("A3:F3")

r = 4
for j, h in enumerate(["Age of victim"] + YEARS, start=1):
    c = ds.cell(row=r, column=j, value=h)
    c.font, c.fill, c.border = head_font, head_fill, box
    c.alignment = Alignment(horizontal="center" if j > 1 else "left")
for label, vals in TABLE1:
    r += 1
    ds.cell(row=r, column=1, value=label).border = box
    for j, v in enumerate(vals, start=2):
        c = ds.cell(row=r, column=j, value=v)
        c.border, c.alignment = box, Alignment(horizontal="right")
r += 1
c = ds.cell(row=r, column=1, value="Total")
c.font, c.border = Font(bold=True), box
for j, v in enumerate(TOTAL1, start=2):
    c = ds.cell(row=r, column=j, value=v)
    c.font, c.border, c.alignment = Font(bold=True), box, Alignment(horizontal="right")

r += 2
for note in ("YTD (year to date) = 01/01/2025 to 30/06/2025.",
             "* Figure withheld to protect the identity of victims (see covering letter). Totals include "
             "withheld figures."):
    ds.cell(row=r, column=1, value=note).font = Font(italic=True, size=9)
    r += 1

r += 1
ds.cell(row=r, column=1, value="Table 2: Offences in Table 1 with the online flag applied").font = Font(bold=True)
ds.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
r += 1
for j, h in enumerate([""] + YEARS, start=1):
    c = ds.cell(row=r, column=j, value=h if h else None)
    c.font, c.fill, c.border = head_font, head_fill, box
    c.alignment = Alignment(horizontal="center")
r += 1
ds.cell(row=r, column=1, value="Online flag").border = box
for j, v in enumerate(ONLINE, start=2):
    c = ds.cell(row=r, column=j, value=v)
    c.border, c.alignment = box, Alignment(horizontal="right")
r += 2
ds.cell(row=r, column=1,
        value="The online flag is applied where the offence was committed, in full or in part, through a "
              "computer, computer network or other internet-enabled device.").font = Font(italic=True, size=9)

wb.save(HERE / "reply.xlsx")
