"""Build reply.xlsx: Northumbria Police FOI 417/24 disclosure spreadsheet.

Run with the project's venv python:  python make_reply.py
The output is byte-for-byte reproducible (fixed document dates, fixed zip timestamps).
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
STAMP = datetime.datetime(2024, 3, 22, 10, 14, 0)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BODY_FONT = Font(name="Arial", size=10)
BOLD = Font(name="Arial", size=10, bold=True)
TITLE = Font(name="Arial", size=12, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right")


def body(ws, row, col, value, font=BODY_FONT, border=True, align=None):
    c = ws.cell(row=row, column=col, value=value)
    c.font = font
    if border:
        c.border = BOX
    if align is not None:
        c.alignment = align
    elif not isinstance(value, str) or value.startswith("<"):
        c.alignment = RIGHT
    return c


def head(ws, row, col, value):
    c = ws.cell(row=row, column=col, value=value)
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.border = BOX
    c.alignment = CENTRE
    return c


wb = Workbook()

# ---------------------------------------------------------------- Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 100
ws["A1"] = "NORTHUMBRIA POLICE"
ws["A1"].font = Font(name="Arial", size=14, bold=True, color="1F3864")
ws["A2"] = "Freedom of Information Act 2000 \u2013 Disclosure"
ws["A2"].font = TITLE
meta = [
    ("Our reference:", "417/24"),
    ("Date received:", "26/02/2024"),
    ("Date of response:", "22/03/2024"),
    ("Subject:", "Online sexual offences against children"),
]
r = 4
for k, v in meta:
    ws.cell(row=r, column=1, value=k).font = BOLD
    ws.cell(row=r, column=2, value=v).font = BODY_FONT
    r += 1
r += 1
ws.cell(row=r, column=1, value="Your request:").font = BOLD
request = [
    "1. For the calendar years 2022 and 2023, the number of sexual offences against children "
    "(victims under 18) recorded by Northumbria Police for each of the following Home Office "
    "offence codes: 21, 22B, 71/17 and 88A, and for each code how many were flagged as online.",
    "2. For the online-flagged offences in question 1 recorded in 2023, the outcome of each "
    "(charged, cautioned, community resolution, other outcome types, or still under investigation).",
    "3. For the sexual communication with a child offences recorded in 2023, the social media "
    "platform or app used.",
]
for line in request:
    c = ws.cell(row=r, column=2, value=line)
    c.font = BODY_FONT
    c.alignment = WRAP
    ws.row_dimensions[r].height = 42
    r += 1
r += 1
ws.cell(row=r, column=1, value="Our response:").font = BOLD
response = [
    "Northumbria Police holds the information you have requested and it is provided in the "
    "attached tables: question 1 on sheet 'Table 1', question 2 on sheet 'Table 2' and question 3 "
    "on sheet 'Table 3'.",
    "Please read the sheet 'Notes' before using these figures.",
    "If you are dissatisfied with this response you may ask for an internal review by writing to "
    "the Freedom of Information Unit, Northumbria Police, Middle Engine Lane, Wallsend, "
    "North Tyneside, NE28 9NT, within 40 working days of the date of this response. If you remain "
    "dissatisfied after the review you may complain to the Information Commissioner's Office, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone 0303 123 1113).",
]
for line in response:
    c = ws.cell(row=r, column=2, value=line)
    c.font = BODY_FONT
    c.alignment = WRAP
    ws.row_dimensions[r].height = 30 if len(line) < 200 else 58
    r += 1

# ---------------------------------------------------------------- Table 1
ws = wb.create_sheet("Table 1")
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 46
for col in "CDEF":
    ws.column_dimensions[col].width = 14
ws["A1"] = ("Table 1: Sexual offences against children (victim aged under 18) recorded by "
            "Northumbria Police, by Home Office offence code \u2013 calendar years 2022 and 2023")
ws["A1"].font = TITLE
head(ws, 3, 1, "HO code")
head(ws, 3, 2, "Offence")
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
head(ws, 3, 3, "2022")
ws.merge_cells("C3:D3")
head(ws, 3, 5, "2023")
ws.merge_cells("E3:F3")
for col, label in zip(range(3, 7), ["All recorded", "Online flag", "All recorded", "Online flag"]):
    head(ws, 4, col, label)
for col in range(1, 7):  # borders on merged parts
    ws.cell(row=4, column=col).border = BOX
    ws.cell(row=3, column=col).border = BOX
table1 = [
    ("21", "Sexual activity involving a child under 16", 612, 143, 587, 151),
    ("22B", "Sexual activity involving a child under 13", 138, "<5", 121, "<5"),
    ("71/17", "Sexual communication with a child", 304, 287, 329, 311),
    ("88A", "Sexual grooming", 41, 29, 37, 26),
]
r = 5
for row in table1:
    body(ws, r, 1, row[0], align=Alignment(horizontal="left"))
    body(ws, r, 2, row[1])
    for i, v in enumerate(row[2:]):
        body(ws, r, 3 + i, v)
    r += 1
body(ws, r, 1, "Total", font=BOLD, align=Alignment(horizontal="left"))
body(ws, r, 2, None)
for i, v in enumerate([1095, 462, 1074, 490]):
    body(ws, r, 3 + i, v, font=BOLD)
r += 2
ws.cell(row=r, column=1, value="<5 \u2013 see Notes").font = Font(name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- Table 2
ws = wb.create_sheet("Table 2")
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 78
ws.column_dimensions["C"].width = 12
ws["A1"] = ("Table 2: Outcomes of online-flagged sexual offences against children recorded in "
            "2023 (Table 1), by Home Office outcome type")
ws["A1"].font = TITLE
ws["A2"] = "Outcome as recorded when the data was extracted on 29/02/2024"
ws["A2"].font = Font(name="Arial", size=10, italic=True)
head(ws, 4, 1, "Outcome type")
head(ws, 4, 2, "Description")
head(ws, 4, 3, "Crimes")
table2 = [
    (1, "Charged/Summonsed", 58),
    (2, "Youth Caution", "<5"),
    (3, "Adult Caution", "<5"),
    (8, "Community Resolution", 9),
    (14, "Evidential difficulties: suspect not identified; victim does not support further action", 11),
    (15, "Evidential difficulties: named suspect identified; victim supports action", 97),
    (16, "Evidential difficulties: named suspect identified; victim does not support action", 64),
    (18, "Investigation complete \u2013 no suspect identified", 38),
    (21, "Further investigation not in the public interest \u2013 police decision", 47),
    (22, "Diversionary, educational or intervention activity", 6),
    (None, "No outcome yet \u2013 investigation ongoing", 156),
]
r = 5
for code, desc, v in table2:
    body(ws, r, 1, code, align=Alignment(horizontal="left"))
    body(ws, r, 2, desc)
    body(ws, r, 3, v)
    r += 1
body(ws, r, 1, "Total", font=BOLD, align=Alignment(horizontal="left"))
body(ws, r, 2, None)
body(ws, r, 3, 490, font=BOLD)

# ---------------------------------------------------------------- Table 3
ws = wb.create_sheet("Table 3")
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 12
ws["A1"] = ("Table 3: Sexual communication with a child (71/17) offences recorded in 2023, "
            "by platform or app named in the crime record")
ws["A1"].font = TITLE
head(ws, 3, 1, "Platform / app")
head(ws, 3, 2, "Crimes")
table3 = [
    ("Snapchat", 121),
    ("Instagram", 58),
    ("WhatsApp", 34),
    ("Facebook / Messenger", 19),
    ("TikTok", 12),
    ("Discord", "<5"),
    ("Other", 27),
    ("Not recorded", 56),
]
r = 4
for name, v in table3:
    body(ws, r, 1, name)
    body(ws, r, 2, v)
    r += 1

# ---------------------------------------------------------------- Notes
ws = wb.create_sheet("Notes")
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 110
ws["A1"] = "Notes"
ws["A1"].font = TITLE
notes = [
    "All figures are provisional and were taken from the force crime recording system on "
    "29/02/2024. Crime records can be reclassified after that date.",
    "Figures are counts of crimes, not of victims or offenders.",
    "<5 \u2013 where a figure is fewer than five it has been replaced with '<5' to reduce the risk "
    "of identifying individuals. Totals include the values that have been replaced.",
    "Online flag \u2013 crimes to which the Home Office online crime flag has been applied, i.e. "
    "where the offence was committed, in whole or in part, using a computer, computer network "
    "or other computer-enabled device.",
    "Table 3 was produced by searching the free text of each crime record for the names of "
    "platforms and apps. Where a record names more than one, only the first named has been "
    "counted. 'Not recorded' means no platform or app could be identified from the record.",
    "Outcome types are those set out in the Home Office Counting Rules for Recorded Crime.",
]
r = 3
for i, n in enumerate(notes, 1):
    ws.cell(row=r, column=1, value=i).font = BODY_FONT
    c = ws.cell(row=r, column=2, value=n)
    c.font = BODY_FONT
    c.alignment = WRAP
    ws.row_dimensions[r].height = 28 if len(n) < 120 else 42
    r += 1

# fixed document properties so the file rebuilds exactly
wb.properties.creator = "FOI Unit"
wb.properties.lastModifiedBy = "FOI Unit"
wb.properties.title = "FOI 417/24"
wb.properties.created = STAMP
wb.properties.modified = STAMP

buf = io.BytesIO()
wb.save(buf)
buf.seek(0)
src = zipfile.ZipFile(buf)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the time of saving; pin it
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-03-22T10:14:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 22, 10, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, data)
print("wrote", OUT)
