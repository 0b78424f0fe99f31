"""Build reply.xlsx: Metropolitan Police Service FOI response workbook.

Sheets: 'Cover' (request, response text, notes), 'Table 1' (71/17 offences by calendar year and
quarter, year in a merged cell spanning its quarters, part quarter at the end, Total row) and
'Table 2' (2024 offences by victim age band and gender, Total row and column, '-' keyed as nil).
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

REF = "01/FOI/25/041872"

wb = Workbook()
thin = Side(style="thin", color="A6A6A6")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
navy = "002855"
head_fill = PatternFill("solid", fgColor=navy)
head_font = Font(bold=True, color="FFFFFF", name="Arial", size=10)
body_font = Font(name="Arial", size=10)
bold_font = Font(name="Arial", size=10, bold=True)
total_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center")

# ------------------------------------------------------------------ Cover
cv = wb.active
cv.title = "Cover"
cv.sheet_view.showGridLines = False
cv.column_dimensions["A"].width = 3
cv.column_dimensions["B"].width = 24
cv.column_dimensions["C"].width = 105
cv["B2"] = "Metropolitan Police Service"
cv["B2"].font = Font(name="Arial", size=16, bold=True, color=navy)
cv["B3"] = "Freedom of Information Act 2000 - Disclosure"
cv["B3"].font = Font(name="Arial", size=12, bold=True)
cv["B4"] = "OFFICIAL"
cv["B4"].font = Font(name="Arial", size=9, bold=True, color="C00000")

meta = [
    ("Reference", REF),
    ("Request received", "03/03/2025"),
    ("Date of response", "28/03/2025"),
    ("Data source", "MPS crime recording systems, extracted 10/03/2025"),
]
r = 6
for k, v in meta:
    cv.cell(row=r, column=2, value=k).font = bold_font
    cv.cell(row=r, column=3, value=v).font = body_font
    r += 1

r += 1
blocks = [
    ("Your request", [
        "\"Please could you tell me the number of offences of sexual communication with a child "
        "(section 15A Sexual Offences Act 2003) recorded by the Metropolitan Police for each quarter "
        "from January 2022 to the most recent date available.",
        "For the calendar year 2024 only, please could you also break these offences down by the age "
        "group and the gender of the victim.",
        "I do not need the figures by borough.\"",
    ]),
    ("Our response", [
        "The MPS holds information relevant to your request. The figures are provided in the two "
        "tables in this workbook:",
        "Table 1 - Sexual communication with a child offences (Home Office code 071/17) by quarter, "
        "January 2022 to February 2025.",
        "Table 2 - Sexual communication with a child offences recorded in 2024 by victim age group "
        "and victim gender.",
    ]),
    ("Notes", [
        "1. Offences are counted by the date on which the crime was recorded, not the date it took "
        "place. Figures relate to offences recorded under Home Office offence code 071/17 only and do "
        "not include other sexual offences where contact was made online.",
        "2. The data were extracted on 10/03/2025. The latest quarter shown (2025 Jan-Mar) is "
        "incomplete: it covers 01/01/2025 to 28/02/2025 only, the last full month available at the "
        "time of extraction.",
        "3. Victim age is the age of the victim at the time of the offence as recorded on the crime "
        "report. Where a date of birth was not recorded the victim is shown under 'Age not recorded'.",
        "4. In Table 2 a dash (-) means that no offences were recorded in that category (nil).",
        "5. Crime data are held on live systems and are subject to change as investigations "
        "progress and crimes are reclassified. Figures may therefore differ from those previously "
        "published.",
    ]),
    ("Complaint rights", [
        "If you are dissatisfied with this response you may request an internal review within 40 "
        "working days of the date of this response. If you remain dissatisfied you may complain to "
        "the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
        "SK9 5AF.",
    ]),
]
for title, lines in blocks:
    cv.cell(row=r, column=2, value=title).font = Font(name="Arial", size=11, bold=True, color=navy)
    for line in lines:
        c = cv.cell(row=r, column=3, value=line)
        c.font = body_font
        c.alignment = wrap
        r += 1
    r += 1


def header_row(ws, row, labels, start_col=2):
    for i, lab in enumerate(labels):
        c = ws.cell(row=row, column=start_col + i, value=lab)
        c.font = head_font
        c.fill = head_fill
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = box


# ------------------------------------------------------------------ Table 1
t1 = wb.create_sheet("Table 1")
t1.sheet_view.showGridLines = False
t1.column_dimensions["A"].width = 3
t1.column_dimensions["B"].width = 12
t1.column_dimensions["C"].width = 18
t1.column_dimensions["D"].width = 20
t1["B2"] = "Table 1: Sexual communication with a child (071/17) - offences recorded by quarter"
t1["B2"].font = Font(name="Arial", size=12, bold=True, color=navy)
t1["B3"] = f"Metropolitan Police Service | {REF} | see notes on Cover sheet"
t1["B3"].font = Font(name="Arial", size=9, italic=True)
header_row(t1, 5, ["Year", "Quarter", "Offences recorded"])
t1.row_dimensions[5].height = 28

quarters = ["Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec"]
data1 = {
    2022: [142, 158, 131, 149],
    2023: [163, 171, 139, 155],
    2024: [168, 152, 160, 174],
}
row = 6
for year, vals in data1.items():
    t1.cell(row=row, column=2, value=year)
    t1.merge_cells(start_row=row, start_column=2, end_row=row + 3, end_column=2)
    yc = t1.cell(row=row, column=2)
    yc.alignment = centre
    yc.font = bold_font
    for i, (q, v) in enumerate(zip(quarters, vals)):
        rr = row + i
        t1.cell(row=rr, column=3, value=q).font = body_font
        c = t1.cell(row=rr, column=4, value=v)
        c.font = body_font
        c.alignment = Alignment(horizontal="right")
        for col in (2, 3, 4):
            t1.cell(row=rr, column=col).border = box
    row += 4
# part quarter
t1.cell(row=row, column=2, value=2025).font = bold_font
t1.cell(row=row, column=2).alignment = centre
t1.cell(row=row, column=3, value="Jan-Mar (2)").font = body_font
c = t1.cell(row=row, column=4, value=109)
c.font = body_font
c.alignment = Alignment(horizontal="right")
for col in (2, 3, 4):
    t1.cell(row=row, column=col).border = box
row += 1
t1.cell(row=row, column=2, value="Total")
t1.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
t1.cell(row=row, column=4, value=sum(sum(v) for v in data1.values()) + 109)
for col in (2, 3, 4):
    cell = t1.cell(row=row, column=col)
    cell.font = bold_font
    cell.fill = total_fill
    cell.border = box
t1.cell(row=row, column=4).alignment = Alignment(horizontal="right")
row += 2
t1.cell(row=row, column=2, value="(2) Part quarter: 01/01/2025 to 28/02/2025 (see note 2).").font = Font(
    name="Arial", size=9, italic=True)

# ------------------------------------------------------------------ Table 2
t2 = wb.create_sheet("Table 2")
t2.sheet_view.showGridLines = False
t2.column_dimensions["A"].width = 3
t2.column_dimensions["B"].width = 22
for col in "CDEF":
    t2.column_dimensions[col].width = 14
t2["B2"] = "Table 2: Sexual communication with a child (071/17) - offences recorded January to December 2024, by victim age group and gender"
t2["B2"].font = Font(name="Arial", size=12, bold=True, color=navy)
t2["B3"] = f"Metropolitan Police Service | {REF} | '-' = nil (note 4)"
t2["B3"].font = Font(name="Arial", size=9, italic=True)
header_row(t2, 5, ["Victim age group", "Female", "Male", "Not stated", "Total"])
t2.row_dimensions[5].height = 28
data2 = [
    ("Under 13", [118, 49, 6]),
    ("13-15", [291, 71, 19]),
    ("16-17", [47, 9, "-"]),
    ("Age not recorded", [12, 5, 27]),
]
row = 6
for label, vals in data2:
    t2.cell(row=row, column=2, value=label).font = body_font
    for i, v in enumerate(vals):
        c = t2.cell(row=row, column=3 + i, value=v)
        c.font = body_font
        c.alignment = Alignment(horizontal="right")
    c = t2.cell(row=row, column=6, value=sum(v for v in vals if v != "-"))
    c.font = bold_font
    c.alignment = Alignment(horizontal="right")
    for col in range(2, 7):
        t2.cell(row=row, column=col).border = box
    row += 1
t2.cell(row=row, column=2, value="Total")
col_totals = [sum(v[i] for _, v in data2 if v[i] != "-") for i in range(3)]
for col, val in zip(range(3, 7), col_totals + [sum(col_totals)]):
    t2.cell(row=row, column=col, value=val)
for col in range(2, 7):
    cell = t2.cell(row=row, column=col)
    cell.font = bold_font
    cell.fill = total_fill
    cell.border = box
    if col > 2:
        cell.alignment = Alignment(horizontal="right")

wb.save("reply.xlsx")
print("saved")
