"""Build reply.xlsx: the spreadsheet Essex Police attached to its reply to FOI 13682/23.

Run with: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible (fixed document properties and zip timestamps).
"""
import datetime
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
STAMP = datetime.datetime(2023, 6, 30, 11, 42, 0)

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9E1F2")
bold = Font(name="Arial", size=10, bold=True)
plain = Font(name="Arial", size=10)
title_font = Font(name="Arial", size=12, bold=True)
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- Cover sheet
cov = wb.active
cov.title = "Cover"
cov.column_dimensions["A"].width = 22
cov.column_dimensions["B"].width = 95
cov["A1"] = "ESSEX POLICE - FREEDOM OF INFORMATION"
cov["A1"].font = title_font
cover_rows = [
    ("Our reference:", "13682/23"),
    ("Date of request:", "05/06/2023"),
    ("Date of response:", "30/06/2023"),
    (None, None),
    ("Request:", "1. Please provide the number of offences recorded by Essex Police under each of the "
                 "following Home Office offence codes: 19D (rape of a female child under 16), 19E (rape "
                 "of a female child under 13), 19H (rape of a male child under 13), 20B (sexual assault "
                 "on a female child under 13) and 22B (sexual activity involving a child under 16), for "
                 "the financial years 2020/21, 2021/22 and 2022/23.\n"
                 "2. Of the offences in question 1, how many had the online flag applied in each year?\n"
                 "3. Of the offences in question 1, how many had the child sexual exploitation (CSE) flag "
                 "applied in each year?"),
    (None, None),
    ("Response:", "Essex Police holds some of the information requested. The figures are provided on the "
                  "sheets 'Q1' and 'Q2-Q3' of this workbook. Please read the notes below before using them."),
    (None, None),
    ("Notes:", "1. Data source: Athena. Data extracted 12/06/2023. Figures are provisional and may change "
               "as crimes are reclassified or cancelled."),
    (None, "2. Financial years run from 1 April to 31 March."),
    (None, "3. A cell showing 1-4 represents a figure between 1 and 4. Figures this small have been "
           "suppressed to reduce the risk of identifying a victim; exact numbers would be exempt under "
           "section 40(2) FOIA (personal information)."),
    (None, "4. N/H = not held. The CSE flag was added to Athena as a mandatory field on 1 April 2021. "
           "Before that date CSE was noted as a free-text qualifier that cannot be reliably searched, so "
           "figures for 2020/21 are not held. This should be treated as a notice under section 17 FOIA."),
    (None, "5. Each offence is counted once, under the Home Office code it held on the date of extraction. "
           "The online flag and the CSE flag are not mutually exclusive."),
    (None, None),
    (None, "If you are unhappy with this response you may request an internal review within 40 working "
           "days by writing to the Freedom of Information Unit, Essex Police, PO Box 2, Springfield, "
           "Chelmsford, Essex CM2 6DA. If you remain dissatisfied you may complain to the Information "
           "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
           "(tel. 0303 123 1113)."),
]
for i, (a, b) in enumerate(cover_rows, start=3):
    if a is not None:
        cov.cell(row=i, column=1, value=a).font = bold
        cov.cell(row=i, column=1).alignment = wrap
    if b is not None:
        c = cov.cell(row=i, column=2, value=b)
        c.font = plain
        c.alignment = wrap

# ---------------------------------------------------------------- Q1
q1 = wb.create_sheet("Q1")
q1.column_dimensions["A"].width = 10
q1.column_dimensions["B"].width = 48
for col in "CDEF":
    q1.column_dimensions[col].width = 12
q1.merge_cells("A1:F1")
q1["A1"] = ("Table 1: Recorded sexual offences against children by Home Office offence code, "
            "Essex Police, financial years 2020/21 to 2022/23")
q1["A1"].font = title_font
q1["A1"].alignment = Alignment(wrap_text=True)
q1.row_dimensions[1].height = 32

q1.merge_cells("A3:A4")
q1.merge_cells("B3:B4")
q1.merge_cells("C3:E3")
q1.merge_cells("F3:F4")
q1["A3"] = "HO Code"
q1["B3"] = "Offence description"
q1["C3"] = "Financial Year"
q1["F3"] = "Total"
q1["C4"] = "2020/21"
q1["D4"] = "2021/22"
q1["E4"] = "2022/23"

rows = [
    ("019D", "Rape of a female child under 16", 178, 211, 196, 585),
    ("019E", "Rape of a female child under 13", 96, "118", 104, 318),   # number stored as text
    ("019H", "Rape of a male child under 13", "1-4", 6, "1-4", 11),
    ("020B", "Sexual assault on a female child under 13", 142, 167, 159, 468),
    ("022B", "Sexual activity involving a child under 16", 231, 254, 240, 725),
]
r = 5
for row in rows:
    for j, v in enumerate(row, start=1):
        q1.cell(row=r, column=j, value=v)
    r += 1
q1.cell(row=r, column=1, value="Total")
q1.cell(row=r, column=3, value=650)
q1.cell(row=r, column=4, value=756)
q1.cell(row=r, column=5, value=701)
q1.cell(row=r, column=6, value=2107)
last = r

for row in q1.iter_rows(min_row=3, max_row=last, min_col=1, max_col=6):
    for c in row:
        c.border = box
        c.font = plain
        if c.row in (3, 4) or c.row == last:
            c.font = bold
        if c.row in (3, 4):
            c.fill = head_fill
            c.alignment = centre
        elif c.column >= 3:
            c.alignment = Alignment(horizontal="right")
q1.cell(row=last + 2, column=1, value="1-4 = figure between 1 and 4, suppressed. See notes on the Cover sheet.").font = Font(name="Arial", size=9, italic=True)
q1.cell(row=last + 3, column=1, value="Source: Athena, extracted 12/06/2023.").font = Font(name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- Q2-Q3
q2 = wb.create_sheet("Q2-Q3")
q2.column_dimensions["A"].width = 16
q2.column_dimensions["B"].width = 22
q2.column_dimensions["C"].width = 22
q2.merge_cells("A1:C1")
q2["A1"] = "Table 2: Offences in Table 1 with the online flag and the CSE flag applied"
q2["A1"].font = title_font
q2["A3"] = "Financial Year"
q2["B3"] = "Q2 - Online flag"
q2["C3"] = "Q3 - CSE flag"
data = [("2020/21", 118, "N/H"), ("2021/22", 141, 87), ("2022/23", 127, 94)]
for i, (y, on, cse) in enumerate(data, start=4):
    q2.cell(row=i, column=1, value=y)
    q2.cell(row=i, column=2, value=on)
    q2.cell(row=i, column=3, value=cse)
for row in q2.iter_rows(min_row=3, max_row=6, min_col=1, max_col=3):
    for c in row:
        c.border = box
        c.font = bold if c.row == 3 else plain
        if c.row == 3:
            c.fill = head_fill
            c.alignment = centre
        elif c.column > 1:
            c.alignment = Alignment(horizontal="right")
q2["A8"] = "N/H = not held (CSE flag introduced 1 April 2021). See notes on the Cover sheet."
q2["A8"].font = Font(name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- fixed properties
wb.properties.creator = "Essex Police FOI Unit"
wb.properties.lastModifiedBy = "Essex Police FOI Unit"
wb.properties.title = "FOI 13682/23"
wb.properties.created = STAMP
wb.properties.modified = STAMP

buf = io.BytesIO()
wb.save(buf)
# openpyxl stamps the save time into docProps/core.xml and the zip entries; pin both.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                          rb"<dcterms:modified\1>2023-06-30T11:42:00Z</dcterms:modified>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2023, 6, 30, 11, 42, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
OUT.write_bytes(out.getvalue())
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
