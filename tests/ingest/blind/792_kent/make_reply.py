"""Build reply.xlsx: the spreadsheet Kent Police attached to its answer to FOI/24/0867.

Run with /work/main/.venv/bin/python make_reply.py; the output is byte-for-byte repeatable
(fixed document properties and fixed timestamps inside the zip container).
"""
import datetime
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FIXED = datetime.datetime(2024, 11, 8, 10, 12, 0)
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
BOLD = Font(bold=True)

wb = Workbook()

# ---------------------------------------------------------------- sheet 1: request and notes
ws = wb.active
ws.title = "Request"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 110
lines = [
    ("Kent Police", None),
    ("Freedom of Information Act 2000 - Disclosure", None),
    (None, None),
    ("Our reference:", "FOI/24/0867"),
    ("Request received:", "14/10/2024"),
    ("Date of response:", "08/11/2024"),
    ("Data extracted:", "28/10/2024"),
    (None, None),
    ("Request:", "1. Please provide the number of offences of rape of a child recorded by Kent Police under Home Office "
                 "codes 19D, 19E, 19G and 19H for the financial years 2022/23, 2023/24 and 2024/25 to date."),
    (None, "2. For each of these, how many had the online (cyber-enabled) flag applied?"),
    (None, "3. For the offences recorded in 2023/24, please provide the outcome of each, by outcome type."),
    (None, None),
    ("Response:", "Kent Police holds the information requested. Please see the tabs 'Q1 and Q2' and 'Q3 Outcomes'."),
    (None, None),
    ("Notes:", "Figures are offences (crimes) recorded, counted by the date the crime was recorded."),
    (None, "2024/25 is a part year and covers 01/04/2024 to 30/09/2024."),
    (None, "A dash (-) denotes nil."),
    (None, "The online flag is applied where the offence was committed, in whole or in part, through a computer, "
           "computer network or other computer-enabled device. It relies on the officer recording it and may under-count."),
    (None, "Outcomes are those recorded against each crime as at the date of extraction. Crimes still under investigation "
           "are shown as 'Outcome not yet assigned'."),
    (None, "Kent Police crime data is held on a live system and is subject to change; figures may differ from published statistics."),
]
for r, (a, b) in enumerate(lines, start=1):
    if a is not None:
        ws.cell(row=r, column=1, value=a).font = BOLD
    if b is not None:
        c = ws.cell(row=r, column=2, value=b)
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws["A1"].font = Font(bold=True, size=14, color="1F3864")

# ---------------------------------------------------------------- sheet 2: Q1 and Q2
ws = wb.create_sheet("Q1 and Q2")
ws["A1"] = "Child rape offences recorded by Kent Police, by Home Office code, with the number carrying the online flag"
ws["A1"].font = Font(bold=True, size=12)
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 36
for col in "CDEFGH":
    ws.column_dimensions[col].width = 14

ws["A3"], ws["B3"] = "HO code", "Offence"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
for first, label in (("C", "2022/23"), ("E", "2023/24"), ("G", "2024/25 (to 30/09/24)")):
    second = chr(ord(first) + 1)
    ws[f"{first}3"] = label
    ws.merge_cells(f"{first}3:{second}3")
    ws[f"{first}4"] = "All recorded"
    ws[f"{second}4"] = "Online flag"

data = [
    ("019D", "Rape of a female child under 16", (212, 31, 236, 40, 118, 19)),
    ("019E", "Rape of a female child under 13", (141, 9, 152, 12, 70, 4)),
    ("019G", "Rape of a male child under 16", (38, 3, 41, 5, 17, 0)),
    ("019H", "Rape of a male child under 13", (57, 0, 49, 2, 26, 1)),
]
totals = [sum(row[2][i] for row in data) for i in range(6)]
assert totals == [448, 43, 478, 59, 231, 24]
data.append(("Total", None, tuple(totals)))

for r, (code, desc, vals) in enumerate(data, start=5):
    ws.cell(row=r, column=1, value=code)
    if desc:
        ws.cell(row=r, column=2, value=desc)
    for i, v in enumerate(vals):
        ws.cell(row=r, column=3 + i, value=v if v else "-").alignment = Alignment(horizontal="right")
for row in ws.iter_rows(min_row=3, max_row=9, min_col=1, max_col=8):
    for c in row:
        c.border = BOX
        if c.row in (3, 4):
            c.font = BOLD
            c.fill = HEAD
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if c.row == 9:
            c.font = BOLD
ws["A11"] = "- denotes nil"
ws["A12"] = "2024/25 covers 01/04/2024 to 30/09/2024 only."
ws["A11"].font = ws["A12"].font = Font(italic=True, size=9)

# ---------------------------------------------------------------- sheet 3: Q3 outcomes
ws = wb.create_sheet("Q3 Outcomes")
ws["A1"] = "Outcomes of child rape offences (019D, 019E, 019G, 019H) recorded in 2023/24, as at 28/10/2024"
ws["A1"].font = Font(bold=True, size=12)
ws.column_dimensions["A"].width = 72
ws.column_dimensions["B"].width = 20
ws["A3"], ws["B3"] = "Outcome type", "Number of offences"
outcomes = [
    ("01 - Charged/Summonsed", 37),
    ("02 - Caution - youths", 2),
    ("03 - Caution - adults", 0),
    ("15 - Evidential difficulties: suspect identified; victim supports action", 124),
    ("16 - Evidential difficulties: victim does not support action", 170),
    ("20 - Action undertaken by another body/agency", 9),
    ("21 - Further investigation not in the public interest", 27),
    ("22 - Diversionary, educational or intervention activity", 5),
    ("Outcome not yet assigned", 104),
]
assert sum(v for _, v in outcomes) == 478
outcomes.append(("Total", 478))
for r, (label, v) in enumerate(outcomes, start=4):
    ws.cell(row=r, column=1, value=label)
    ws.cell(row=r, column=2, value=v if v else "-").alignment = Alignment(horizontal="right")
for row in ws.iter_rows(min_row=3, max_row=3 + len(outcomes), min_col=1, max_col=2):
    for c in row:
        c.border = BOX
        if c.row == 3:
            c.font = BOLD
            c.fill = HEAD
        if c.row == 3 + len(outcomes):
            c.font = BOLD
ws.cell(row=5 + len(outcomes), column=1, value="- denotes nil").font = Font(italic=True, size=9)

# ---------------------------------------------------------------- fixed properties, repeatable zip
wb.properties.creator = "Kent Police"
wb.properties.lastModifiedBy = "Kent Police"
wb.properties.title = "FOI/24/0867"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as src, zipfile.ZipFile("reply.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data_bytes = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the time of saving; put the fixed time back
            data_bytes = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                                rb"<dcterms:modified\1>2024-11-08T10:12:00Z</dcterms:modified>", data_bytes)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 8, 10, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data_bytes)
print("wrote reply.xlsx")
