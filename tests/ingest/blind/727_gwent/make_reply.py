"""Build reply.xlsx: Gwent Police FOI response workbook (ref 2024/0633).

Run with: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible: the document properties and the
zip entry timestamps are fixed after openpyxl has saved the workbook.
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 6, 10, 9, 12, 0)
STAMP = "2024-06-10T09:12:00Z"

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ------------------------------------------------------------------ Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 24
ws.column_dimensions["B"].width = 95
rows = [
    ("Heddlu Gwent Police", None),
    ("Freedom of Information Act 2000 / Deddf Rhyddid Gwybodaeth 2000", None),
    (None, None),
    ("Reference / Cyfeirnod", "FOI 2024/0633"),
    ("Date received", "13/05/2024"),
    ("Date of response", "10/06/2024"),
    ("Subject", "Child sexual offences by Home Office code, online flag and victim age"),
    (None, None),
    ("Request", "1. Please provide the number of the following offences recorded by Gwent "
                "Police in each of the financial years 2021/22, 2022/23 and 2023/24, broken "
                "down by Home Office offence code: rape of a female under 16, rape of a "
                "female child under 13, rape of a male under 16, rape of a male child under "
                "13, sexual activity involving a child under 16, and sexual grooming."),
    (None, "2. How many of the offences in question 1 had the online (cyber-enabled) "
           "flag applied?"),
    (None, "3. Please break down the offences in question 1 by the age of the victim "
           "at the time of the offence, using the bands 0-12, 13-15 and 16-17."),
    (None, None),
    ("Response", "Gwent Police holds most of the information requested. Please see the "
                 "worksheets 'Q1 Offences', 'Q2 Online flag' and 'Q3 Victim age' in this "
                 "workbook."),
    (None, "Gwent Police is unable to provide the online flag for 2021/22. Please see "
           "the note on worksheet 'Q2 Online flag'."),
    (None, None),
    ("Notes", "All figures are for crimes recorded in the financial year shown (1 April "
              "to 31 March). Data was extracted on 28/05/2024 from a live system and may "
              "differ slightly from figures previously published."),
    (None, "Crimes are counted in line with the Home Office Counting Rules. A crime "
           "may involve more than one victim; each crime is counted once."),
    (None, None),
    ("Complaint rights", "If you are dissatisfied with this response you may ask for an "
                         "internal review within 40 working days by writing to the "
                         "Freedom of Information Officer, Gwent Police Headquarters, "
                         "Turnpike Road, Croesyceiliog, Cwmbran NP44 2XJ. If you remain "
                         "dissatisfied you may complain to the Information Commissioner's "
                         "Office, 2nd Floor, Churchill House, Churchill Way, Cardiff "
                         "CF10 2HH. Telephone 0330 414 6421."),
    (None, None),
    ("Welsh language", "We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth "
                       "yn Gymraeg."),
]
for r, (a, b) in enumerate(rows, start=1):
    if a is not None:
        ws.cell(row=r, column=1, value=a).font = BOLD
    if b is not None:
        c = ws.cell(row=r, column=2, value=b)
        c.font = NORMAL
        c.alignment = WRAP
ws["A1"].font = Font(name="Arial", size=14, bold=True, color="1F3864")
ws["A2"].font = TITLE

# ------------------------------------------------------------ Q1 Offences
ws = wb.create_sheet("Q1 Offences")
ws["A1"] = "Question 1 - Offences recorded by Home Office code, financial years 2021/22 to 2023/24"
ws["A1"].font = TITLE
ws.merge_cells("A1:E1")
# two-level header: 'Financial Year' spans the three year columns
ws["A3"] = "HO Code"
ws["B3"] = "Offence description"
ws["C3"] = "Financial Year"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
ws.merge_cells("C3:E3")
for col, fy in zip("CDE", ["2021/22", "2022/23", "2023/24"]):
    ws[f"{col}4"] = fy
for row in ws["A3:E4"]:
    for c in row:
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = CENTRE
        c.border = BOX
data = [
    ("019D", "Rape of a female aged under 16", 58, 64, 71),
    ("019E", "Rape of a female child under 13", 22, 19, 25),
    ("019G", "Rape of a male aged under 16", 9, 11, 8),
    ("019H", "Rape of a male child under 13", 7, 5, 9),
    ("022B", "Sexual activity involving a child under 16", 96, 104, 88),
    ("088A", "Sexual grooming", 14, 21, 17),
]
r = 5
for code, desc, *vals in data:
    ws.cell(row=r, column=1, value=code)
    ws.cell(row=r, column=2, value=desc)
    for i, v in enumerate(vals):
        ws.cell(row=r, column=3 + i, value=v)
    r += 1
ws.cell(row=r, column=1, value="Total")
ws.cell(row=r, column=2, value=None)
for i, v in enumerate([206, 224, 218]):
    ws.cell(row=r, column=3 + i, value=v)
for row in ws.iter_rows(min_row=5, max_row=r, max_col=5):
    for c in row:
        c.border = BOX
        c.font = BOLD if c.row == r else NORMAL
        if c.column >= 3:
            c.alignment = Alignment(horizontal="center")
        if c.row == r:
            c.fill = TOTAL_FILL
ws.cell(row=r + 2, column=1,
        value="Source: Gwent Police crime recording system. Data extracted 28/05/2024.").font = SMALL
ws.column_dimensions["A"].width = 12
ws.column_dimensions["B"].width = 46
for col in "CDE":
    ws.column_dimensions[col].width = 12
ws.freeze_panes = "C5"

# ---------------------------------------------------------- Q2 Online flag
ws = wb.create_sheet("Q2 Online flag")
ws["A1"] = "Question 2 - Offences in Question 1 with the online (cyber-enabled) flag applied"
ws["A1"].font = TITLE
ws.merge_cells("A1:C1")
ws["A3"] = "Financial Year"
ws["B3"] = "Online flagged offences"
for c in (ws["A3"], ws["B3"]):
    c.font = BOLD
    c.fill = HEAD_FILL
    c.alignment = CENTRE
    c.border = BOX
for i, (fy, v) in enumerate([("2021/22", "N/H"), ("2022/23", 61), ("2023/24", 74)], start=4):
    a = ws.cell(row=i, column=1, value=fy)
    b = ws.cell(row=i, column=2, value=v)
    for c in (a, b):
        c.font = NORMAL
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
notes = [
    "N/H - Not held.",
    "Gwent Police moved to a new crime and intelligence system in April 2022. "
    "Crimes recorded before that date are held on the legacy system, on which the "
    "online flag cannot be retrieved for individual offence types. The information "
    "for 2021/22 is therefore not held in a retrievable form (section 1(1)(a) of the "
    "Freedom of Information Act 2000).",
    "The online flag is applied where the offence was committed, in full or in part, "
    "through a computer, computer network or other computer-enabled device.",
]
for i, n in enumerate(notes, start=8):
    c = ws.cell(row=i, column=1, value=n)
    c.font = SMALL
    c.alignment = WRAP
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
    ws.row_dimensions[i].height = 15 if i == 8 else 52
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 26
ws.column_dimensions["C"].width = 40

# ------------------------------------------------------------ Q3 Victim age
ws = wb.create_sheet("Q3 Victim age")
ws["A1"] = "Question 3 - Offences in Question 1 by age of victim"
ws["A1"].font = TITLE
ws.merge_cells("A1:E1")
ws["A3"] = "Financial Year"
ws["B3"] = "Age of victim"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:E3")
for col, band in zip("BCDE", ["0-12", "13-15", "16-17", "Unknown"]):
    ws[f"{col}4"] = band
for row in ws["A3:E4"]:
    for c in row:
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = CENTRE
        c.border = BOX
q3 = [
    ("2021/22", 41, 151, "1-4", 11),
    ("2022/23", 38, 172, 6, 8),
    ("2023/24", 47, 160, "1-4", 9),
]
for i, vals in enumerate(q3, start=5):
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=i, column=j, value=v)
        c.font = NORMAL
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
q3notes = [
    "To reduce the risk of identifying victims, values between 1 and 4 have been shown as '1-4'.",
    "Unknown - the victim's date of birth or age was not recorded on the crime report.",
    "Gwent Police cannot report victim age at the date of the offence. Age is calculated at the "
    "date the crime was recorded, which for non-recent offences can be years later; this is why "
    "some victims of offences against children under 16 appear in the 16-17 band.",
    "Totals have not been provided for this table as they would allow the figures shown "
    "as '1-4' to be calculated. Please refer to Question 1 for the total offences.",
]
for i, n in enumerate(q3notes, start=9):
    c = ws.cell(row=i, column=1, value=n)
    c.font = SMALL
ws.column_dimensions["A"].width = 16
for col in "BCDE":
    ws.column_dimensions[col].width = 11

# ------------------------------------------------------------ properties
props = wb.properties
props.creator = "Gwent Police FOI"
props.lastModifiedBy = "Gwent Police FOI"
props.title = "FOI 2024/0633"
props.created = FIXED
props.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = blob.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          r"\g<1>" + STAMP + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          r"\g<1>" + STAMP + r"\g<2>", text)
            blob = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 10, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, blob)
print("wrote", OUT)
