"""Build reply.xlsx: Hampshire and Isle of Wight Constabulary FOI workbook - a 'Cover' sheet quoting
the request and the response text, and a 'Data' sheet with a title row, a blank row, then a table of
suspects linked to 86/2 crimes by suspect age band, financial years written as date ranges
('01/04/2021 - 31/03/2022'), blank cells keyed as nil, and an amended 2022/23 under-18 figure
(and total) with the superseded values quoted in a note."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "HIOW/FOI/24/1736"

wb = Workbook()
cov = wb.active
cov.title = "Cover"
cov.column_dimensions["A"].width = 22
cov.column_dimensions["B"].width = 110
lines = [
    ("Hampshire and Isle of Wight Constabulary", None),
    ("Freedom of Information Act 2000 - Response", None),
    (None, None),
    ("Reference", REF),
    ("Date received", "02/09/2024"),
    ("Date of response", "30/09/2024"),
    ("Amended", "04/10/2024 (see Note 2 on the Data sheet)"),
    (None, None),
    ("Request", "\"Please provide the number of suspects recorded against offences of taking, making or "
                "distributing indecent photographs of children (Home Office code 86/2) for each of the last "
                "three financial years, broken down by the age of the suspect at the time of the offence.\""),
    (None, None),
    ("Response", "Hampshire and Isle of Wight Constabulary holds information relevant to your request. "
                 "The figures are provided on the 'Data' sheet of this workbook. The last three financial "
                 "years have been taken to be 2021/22, 2022/23 and 2023/24."),
    (None, "Suspects are counted once for each crime against which they are recorded, so a person "
           "suspected of more than one crime will be counted more than once. The age shown is the age of "
           "the suspect at the date of the offence, as recorded on the crime record; where no date of "
           "birth has been recorded the suspect is shown as 'Not recorded'."),
    (None, "This workbook replaces the version sent to you on 30/09/2024. An error was identified in the "
           "2022/23 figures after a duplicate suspect record was found; the corrected figures are shown on "
           "the Data sheet."),
    (None, None),
    ("Complaint rights", "If you are dissatisfied with this response you may request an internal review "
                         "within 40 working days by emailing freedom.ofinformation@hampshire.police.uk. "
                         "You may then complain to the Information Commissioner's Office."),
]
for r, (a, b) in enumerate(lines, start=1):
    if a is not None:
        cov.cell(row=r, column=1, value=a).font = Font(bold=True, size=14 if r == 1 else 11)
    if b is not None:
        c = cov.cell(row=r, column=2, value=b)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    cov.cell(row=r, column=1).alignment = Alignment(vertical="top")
for r in (9, 11, 12, 13, 15):
    cov.row_dimensions[r].height = 48

ws = wb.create_sheet("Data")
ws["A1"] = ("Suspects recorded against crimes of take, make or distribute indecent photographs of "
            "children (HO code 86/2), by age of suspect at time of offence")
ws["A1"].font = Font(bold=True, size=12)
# row 2 left blank
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DDEBF7")
header = ["Period", "Under 18", "18-24", "25-39", "40 and over", "Not recorded", "Total"]
ROWS = [
    ("01/04/2021 - 31/03/2022", 38, 61, 104, 127, 9),
    ("01/04/2022 - 31/03/2023", 12, 57, 118, 133, 4),
    ("01/04/2023 - 31/03/2024", 44, 72, 121, 140, None),
]
for c, h in enumerate(header, start=1):
    cell = ws.cell(row=3, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center", wrap_text=True)
for i, (period, *vals) in enumerate(ROWS):
    r = 4 + i
    ws.cell(row=r, column=1, value=period).border = box
    for c, v in enumerate(vals, start=2):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        cell.alignment = Alignment(horizontal="center")
    tot = ws.cell(row=r, column=7, value=sum(v or 0 for v in vals))
    tot.font = Font(bold=True)
    tot.border = box
    tot.alignment = Alignment(horizontal="center")
# mark the amended cells
ws["B5"].value = 12
ws["B5"].fill = PatternFill("solid", fgColor="FFF2CC")
ws["G5"].fill = PatternFill("solid", fgColor="FFF2CC")
ws["A8"] = "Note 1: A blank cell indicates that no suspects were recorded in that category (nil)."
ws["A9"] = ("Note 2: Amended 04/10/2024. The 2022/23 'Under 18' figure (shaded) was previously given as 17 "
            "and the 2022/23 Total as 329. A duplicate suspect record has been removed and the figures "
            "corrected to 12 and 324.")
ws["A10"] = "Source: Hampshire and Isle of Wight Constabulary crime recording system (RMS), extracted 12/09/2024."
for r in (8, 9, 10):
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
ws.column_dimensions["A"].width = 26
for col in "BCDEFG":
    ws.column_dimensions[col].width = 13

wb.save(HERE / "reply.xlsx")
print([sum(v or 0 for v in vals) for _, *vals in ROWS])
