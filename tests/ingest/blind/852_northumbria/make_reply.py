"""Build reply.xlsx: Northumbria Police FOI 1182/24 response workbook.

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-identical
on every run (fixed document dates and zip timestamps).
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
FIXED = datetime(2024, 2, 28, 10, 12, 0)

wb = Workbook()
wb.properties.creator = "Information Management Unit"
wb.properties.lastModifiedBy = "Information Management Unit"
wb.properties.title = "FOI 1182/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")

# ---------------------------------------------------------------- Response
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 110
lines = [
    ("Northumbria Police", Font(bold=True, size=14)),
    ("Freedom of Information Request 1182/24", bold),
    ("Date of response: 28/02/2024", None),
    ("", None),
    ("Request", bold),
    ("I would like the following information for the financial years 2021/22, 2022/23 and 2023/24 to date:", None),
    ("1. The number of crimes recorded by Northumbria Police that carried a Child Sexual Exploitation (CSE) flag, broken down by the gender of the victim.", None),
    ("2. Of the crimes in question 1, how many also carried the online (cyber) flag.", None),
    ("3. Of the crimes in question 1, how many involved a victim who was a looked after child (in local authority care) at the time.", None),
    ("4. For CSE flagged crimes recorded in 2022/23, the outcome of each crime.", None),
    ("", None),
    ("Response", bold),
    ("Northumbria Police holds information relevant to questions 1, 2 and 4 of your request. It is provided on the sheets 'Q1 & Q2' and 'Q4' of this workbook.", None),
    ("Question 3 - Northumbria Police does not hold this information. Whether a victim is a looked after child is not a field on the crime recording system and is not captured in a way that can be retrieved, so the information requested is not held.", None),
    ("", None),
    ("Notes", bold),
    ("Data was extracted from the force crime recording system on 05/02/2024 and is correct as at that date. Crime records are live and the figures may change.", None),
    ("Figures for 2023/24 cover the period 01/04/2023 to 31/01/2024.", None),
    ("Figures count crimes, not victims. Where a crime has more than one victim it has been counted once, against the gender of the first victim recorded.", None),
    ("* Small numbers have been suppressed to reduce the risk of identifying individuals.", None),
    ("Outcomes are shown as at the date of extraction. Crimes that had not been finalised by that date are shown as 'Under investigation'.", None),
    ("", None),
    ("Your right to complain", bold),
    ("If you are dissatisfied with this response you may ask for an internal review. Requests should be made within 40 working days of the date of this response, to the Information Management Unit, Northumbria Police, Middle Engine Lane, Wallsend, NE28 9NT.", None),
    ("If you remain dissatisfied after the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone 0303 123 1113).", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text if text else None)
    c.alignment = wrap
    if font is not None:
        c.font = font

# ---------------------------------------------------------------- Q1 & Q2
ws = wb.create_sheet("Q1 & Q2")
ws["A1"] = "Crimes with a CSE flag, by gender of victim, and of which online flag"
ws["A1"].font = bold
ws.column_dimensions["A"].width = 18
for col in "BCDEFG":
    ws.column_dimensions[col].width = 14
ws.merge_cells("A3:A4")
ws["A3"] = "Victim gender"
for rng, label in (("B3:C3", "2021-22"), ("D3:E3", "2022-23"), ("F3:G3", "2023-24 (to 31/01/2024)")):
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = label
for col in "BDF":
    ws[f"{col}4"] = "CSE flag"
for col in "CEG":
    ws[f"{col}4"] = "Of which online flag"
rows = [
    ("Female", 142, 58, 151, "66", 118, 49),
    ("Male", 31, 17, 29, "14", 22, 11),
    ("Unknown", "*", "*", "*", "0", "*", "*"),
    ("Total", 175, 76, 184, "80", 143, 62),
]
for r, row in enumerate(rows, start=5):
    for c, v in enumerate(row, start=1):
        ws.cell(row=r, column=c, value=v)
for r in range(3, 9):
    for c in range(1, 8):
        cell = ws.cell(row=r, column=c)
        cell.border = box
        if r <= 4:
            cell.font = bold
            cell.fill = grey
            cell.alignment = centre
        elif c > 1:
            cell.alignment = Alignment(horizontal="right")
for c in range(1, 8):
    ws.cell(row=8, column=c).font = bold
ws["A10"] = "* suppressed - see notes on Response sheet"
ws["A10"].font = Font(italic=True, size=9)

# ---------------------------------------------------------------- Q4
ws = wb.create_sheet("Q4")
ws["A1"] = "Outcomes of crimes with a CSE flag recorded in 2022-23 (outcome as at 05/02/2024)"
ws["A1"].font = bold
ws.column_dimensions["A"].width = 78
ws.column_dimensions["B"].width = 12
ws["A3"] = "Outcome"
ws["B3"] = "Crimes"
outcomes = [
    ("01 - Charge/Summons", 31),
    ("02 - Caution (youth)", "*"),
    ("03 - Caution (adult)", "*"),
    ("08 - Community Resolution", 6),
    ("14 - Evidential difficulties: suspect not identified; victim does not support further action", 12),
    ("15 - Evidential difficulties: suspect identified; victim supports action", 58),
    ("16 - Evidential difficulties: suspect identified; victim does not support action", 29),
    ("18 - Investigation complete - no suspect identified", 11),
    ("21 - Further investigation not in the public interest (police decision)", 9),
    ("Under investigation", 23),
    ("Total", 184),
]
for r, (label, v) in enumerate(outcomes, start=4):
    ws.cell(row=r, column=1, value=label)
    ws.cell(row=r, column=2, value=v).alignment = Alignment(horizontal="right")
for r in range(3, 4 + len(outcomes)):
    for c in (1, 2):
        ws.cell(row=r, column=c).border = box
for c in (1, 2):
    ws.cell(row=3, column=c).font = bold
    ws.cell(row=3, column=c).fill = grey
    ws.cell(row=3 + len(outcomes), column=c).font = bold

# ---------------------------------------------------------------- save, deterministically
buf = io.BytesIO()
wb.save(buf)
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 28, 10, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
OUT.write_bytes(out.getvalue())
print("wrote", OUT)
