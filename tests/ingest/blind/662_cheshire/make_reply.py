"""Build reply.xlsx: Cheshire Constabulary FOI attachment (revised version)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

wb = Workbook()

bold = Font(bold=True)
title = Font(bold=True, size=13)
hdr_fill = PatternFill("solid", fgColor="1F3864")
hdr_font = Font(bold=True, color="FFFFFF")
tot_fill = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------- Response
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 24
ws.column_dimensions["B"].width = 110
rows = [
    ("Cheshire Constabulary", None),
    ("Freedom of Information Act 2000 – Response", None),
    (None, None),
    ("Reference", "CHE-FOI-2025-00931"),
    ("Date received", "24/07/2025"),
    ("Date of response", "14/08/2025"),
    ("Version", "2 (revised 21/08/2025 – replaces version 1)"),
    (None, None),
    ("Request",
     "1. Please provide the number of offences recorded under Home Office code 86/2 "
     "(take, make or distribute indecent photographs or pseudo-photographs of children) "
     "in each of the last five financial years.\n"
     "2. Of these, how many had the online (cyber-enabled) flag applied?\n"
     "3. For the last three financial years, please give the number of suspects for these "
     "offences broken down by their age at the time of the offence."),
    (None, None),
    ("Response",
     "Cheshire Constabulary holds information relevant to your request. Questions 1 and 2 are "
     "answered in the sheet 'Table 1' and question 3 in the sheet 'Table 2'."),
    (None, None),
    ("Notes", "1. Financial years run from 1 April to 31 March, so FY20/21 is 01/04/2020 – 31/03/2021 "
              "and FY24/25 is 01/04/2024 – 31/03/2025."),
    (None, "2. Figures are crimes recorded under the Home Office Counting Rules, extracted from the "
           "force crime system on 06/08/2025. The system is live and figures may change."),
    (None, "3. Table 2 counts suspects, not crimes. One crime can have more than one suspect and one "
           "suspect can be linked to several crimes, so Table 2 does not add up to Table 1. A person "
           "suspected in more than one financial year appears once in each of those years."),
    (None, "4. Revision: in version 1 of this workbook (sent 14/08/2025) Table 1 showed 421 offences "
           "recorded in FY22/23 and a total of 2,044 for the five years. Both figures were keyed "
           "incorrectly. The correct figures are 412 for FY22/23 and 2,035 for the five years, and "
           "Table 1 has been corrected. No other figure has changed."),
    (None, "5. In Table 2 a dash (-) means nil."),
    (None, None),
    ("Re-use",
     "The information supplied is subject to copyright. You may re-use it for your own "
     "non-commercial research. Any other re-use requires the permission of Cheshire Constabulary."),
    ("Complaints",
     "If you are unhappy with this response you may ask for an internal review within 40 working "
     "days by writing to the Freedom of Information Unit, Cheshire Constabulary Headquarters, "
     "Clemonds Hey, Oakmere Road, Winsford, CW7 2UA. You may then complain to the Information "
     "Commissioner's Office."),
]
for r, (a, b) in enumerate(rows, start=1):
    if a is not None:
        ws.cell(r, 1, a).font = bold
        ws.cell(r, 1).alignment = wrap
    if b is not None:
        ws.cell(r, 2, b).alignment = wrap
ws["A1"].font = title
ws.row_dimensions[9].height = 95
for r in (11, 13, 14, 15, 16, 19, 20):
    ws.row_dimensions[r].height = 48

# ---------------------------------------------------------------- Table 1
t1 = wb.create_sheet("Table 1")
t1["A1"] = "Table 1 – Home Office code 86/2: offences recorded and online flag, by financial year"
t1["A1"].font = title
heads = ["Financial year", "86/2 offences recorded", "of which online flag applied", "Notes"]
for c, h in enumerate(heads, start=1):
    cell = t1.cell(3, c, h)
    cell.font, cell.fill, cell.alignment, cell.border = hdr_font, hdr_fill, centre, box
data1 = [
    ("FY20/21", 356, 301, None),
    ("FY21/22", 389, 338, None),
    ("FY22/23", 412, 359, "Revised – see note 4 on the Response sheet"),
    ("FY23/24", 447, 402, None),
    ("FY24/25", 431, 388, None),
    ("Total", 2035, 1788, None),
]
for i, row in enumerate(data1):
    r = 4 + i
    for c, v in enumerate(row, start=1):
        cell = t1.cell(r, c, v)
        cell.border = box
        if c in (2, 3):
            cell.alignment = Alignment(horizontal="right")
            cell.number_format = "#,##0"
        if row[0] == "Total":
            cell.font, cell.fill = bold, tot_fill
t1.cell(11, 1, "Source: Cheshire Constabulary crime system, extracted 06/08/2025.").font = Font(italic=True, size=9)
for c, w in zip("ABCD", (16, 22, 26, 44)):
    t1.column_dimensions[c].width = w
t1.row_dimensions[3].height = 32

# ---------------------------------------------------------------- Table 2
t2 = wb.create_sheet("Table 2")
t2["A1"] = "Table 2 – Suspects linked to 86/2 offences, by age at the time of the offence"
t2["A1"].font = title
t2.cell(3, 1, "Financial year")
t2.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
t2.cell(3, 2, "Age of suspect at time of offence")
t2.merge_cells(start_row=3, start_column=2, end_row=3, end_column=7)
t2.cell(3, 8, "Total")
t2.merge_cells(start_row=3, start_column=8, end_row=4, end_column=8)
bands = ["10-17", "18-24", "25-39", "40-59", "60+", "Not recorded"]
for c, h in enumerate(bands, start=2):
    t2.cell(4, c, h)
for r in (3, 4):
    for c in range(1, 9):
        cell = t2.cell(r, c)
        cell.font, cell.fill, cell.alignment, cell.border = hdr_font, hdr_fill, centre, box
data2 = [
    ("FY22/23", 41, 63, 97, 74, 22, 18, 315),
    ("FY23/24", 52, 71, 104, 69, 26, "-", 322),
    ("FY24/25", 47, 66, 111, 78, 17, 9, 328),
    ("Total", 140, 200, 312, 221, 65, 27, 965),
]
for i, row in enumerate(data2):
    r = 5 + i
    for c, v in enumerate(row, start=1):
        cell = t2.cell(r, c, v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
        if row[0] == "Total" or c == 8:
            cell.font, cell.fill = bold, tot_fill
t2.cell(10, 1, "- = nil").font = Font(italic=True, size=9)
t2.cell(11, 1, "Suspects are counted once per financial year. See note 3 on the Response sheet.").font = Font(italic=True, size=9)
t2.column_dimensions["A"].width = 16
for c in range(2, 9):
    t2.column_dimensions[get_column_letter(c)].width = 13

wb.save("reply.xlsx")
