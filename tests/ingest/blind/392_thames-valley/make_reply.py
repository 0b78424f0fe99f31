"""Build reply.xlsx: Thames Valley Police FOI response workbook (Cover + two data sheets)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

wb = Workbook()

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------- Cover ----------------
cv = wb.active
cv.title = "Cover"
cv.column_dimensions["A"].width = 22
cv.column_dimensions["B"].width = 110
rows = [
    ("Thames Valley Police", None),
    ("Freedom of Information Act 2000 - Response", None),
    (None, None),
    ("Reference", "FOI 2024-03318"),
    ("Date received", "14/10/2024"),
    ("Date of response", "08/11/2024"),
    ("Data extracted", "21/10/2024"),
    (None, None),
    ("Request", "I would like to request the following information for the financial years 2021/22, 2022/23 and 2023/24, and for the current financial year to date:"),
    (None, "Q1. The number of offences recorded by Thames Valley Police of (a) sexual communication with a child and (b) taking, making or distributing indecent photographs of children."),
    (None, "Q2. For the offences in Q1(b), the number of suspects broken down by their age at the time of the offence."),
    (None, None),
    ("Response", "Thames Valley Police holds the information you have asked for. It is provided on the two data sheets in this workbook: 'Q1 Offences' and 'Q2 Suspects'."),
    (None, None),
    ("Notes", "1. Offences are crimes recorded under Home Office offence codes 71/17 (Sexual communication with a child) and 86/2 (Take, make or distribute indecent photographs or pseudo-photographs of children), counted by the date the crime was recorded."),
    (None, "2. The current financial year (2024/25) is a part year: it covers 1 April 2024 to 30 September 2024 only, the last complete month before the data were extracted."),
    (None, "3. Suspects are counted once in each year however many crimes they are linked to, so the suspect figures do not add up to the number of offences. Age is the suspect's age on the date of the offence."),
    (None, "4. Where a cell has been left blank, no suspects were recorded in that category (nil)."),
    (None, "5. Figures are from a live system and may change as crimes are reclassified or investigations progress."),
    (None, None),
    ("Your rights", "If you are unhappy with this response you may ask for an internal review within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office (www.ico.org.uk)."),
]
for r, (a, b) in enumerate(rows, start=1):
    if a is not None:
        cv.cell(row=r, column=1, value=a).font = Font(bold=True)
    if b is not None:
        c = cv.cell(row=r, column=2, value=b)
        c.alignment = wrap
cv["A1"].font = Font(bold=True, size=16, color="1F3864")
cv["A2"].font = Font(bold=True, size=12)
cv.merge_cells("A1:B1")
cv.merge_cells("A2:B2")

# ---------------- Q1 Offences (years down) ----------------
s1 = wb.create_sheet("Q1 Offences")
s1["A1"] = "Q1. Offences recorded by Thames Valley Police"
s1["A1"].font = Font(bold=True, size=13)
s1.merge_cells("A1:D1")
s1["A2"] = "Source: Thames Valley Police crime recording system, extracted 21/10/2024. See Cover sheet notes."
s1["A2"].font = Font(italic=True, size=9)
hdr = ["Financial year",
       "71/17 Sexual communication with a child",
       "86/2 Take, make or distribute indecent photographs of children",
       "Total"]
data1 = [
    ("2021/22", 298, 611),
    ("2022/23", 331, 574),
    ("2023/24", 305, 628),
    ("2024/25 (Apr-Sep)", 142, 297),
]
for c, h in enumerate(hdr, start=1):
    cell = s1.cell(row=4, column=c, value=h)
    cell.font = head_font
    cell.fill = head_fill
    cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    cell.border = box
s1.row_dimensions[4].height = 45
for r, (fy, a, b) in enumerate(data1, start=5):
    vals = [fy, a, b, a + b]
    for c, v in enumerate(vals, start=1):
        cell = s1.cell(row=r, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
s1.column_dimensions["A"].width = 20
s1.column_dimensions["B"].width = 24
s1.column_dimensions["C"].width = 32
s1.column_dimensions["D"].width = 10
s1.freeze_panes = "B5"

# ---------------- Q2 Suspects (years across) ----------------
s2 = wb.create_sheet("Q2 Suspects")
s2["A1"] = "Q2. Suspects linked to offences under code 86/2, by age at time of offence"
s2["A1"].font = Font(bold=True, size=13)
s2.merge_cells("A1:E1")
s2["A2"] = "Please read the notes on the Cover sheet before using these figures."
s2["A2"].font = Font(italic=True, size=9)
years = ["Apr 2021 - Mar 2022", "Apr 2022 - Mar 2023", "Apr 2023 - Mar 2024", "Apr 2024 - Sep 2024"]
data2 = [
    ("Under 18", [138, 151, 163, 74]),
    ("18-24", [97, 88, 102, 49]),
    ("25-39", [154, 139, 148, 71]),
    ("40-59", [112, 104, 119, 58]),
    ("60 and over", [31, 27, 35, 13]),
    ("Not recorded", [9, None, 4, None]),
]
for c, h in enumerate(["Suspect age"] + years, start=1):
    cell = s2.cell(row=4, column=c, value=h)
    cell.font = head_font
    cell.fill = head_fill
    cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    cell.border = box
s2.row_dimensions[4].height = 32
for r, (band, vals) in enumerate(data2, start=5):
    s2.cell(row=r, column=1, value=band).border = box
    for c, v in enumerate(vals, start=2):
        cell = s2.cell(row=r, column=c, value=v)
        cell.border = box
        cell.alignment = Alignment(horizontal="right")
s2.column_dimensions["A"].width = 16
for c in range(2, 6):
    s2.column_dimensions[get_column_letter(c)].width = 16
s2.freeze_panes = "B5"

wb.save("reply.xlsx")
print("written reply.xlsx")
