"""Build reply.xlsx for West Midlands Police FOI 2187A/24 (invented test reply).

Run with /work/main/.venv/bin/python make_reply.py ; output is byte-for-byte
deterministic (fixed document dates, fixed zip timestamps).
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
FIXED = datetime.datetime(2024, 11, 4, 9, 41, 0)

bold = Font(bold=True)
title_font = Font(bold=True, size=14)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
sub_fill = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Notes
ws = wb.active
ws.title = "Notes"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 110
ws.merge_cells("A1:B1")
ws["A1"] = "West Midlands Police - Freedom of Information Disclosure"
ws["A1"].font = title_font
ws["A2"] = "FOI Ref:"
ws["B2"] = "2187A/24"
ws["A2"].font = bold
ws.merge_cells("A3:B3")
ws["A3"] = ("Sexual Communication with a Child (HO code 071/17) and Sexual Grooming (HO code 88A) - "
            "crimes recorded 01/04/2022 to 30/09/2024")
ws["A3"].font = bold
notes = [
    "Notes",
    "1. Data source: WMP crime recording system (Connect). Data extracted 07/10/2024.",
    "2. Figures are crimes recorded in each financial year (1 April - 31 March). 2024/25 is a part year: "
    "1 April 2024 to 30 September 2024 only.",
    "3. Online flag: 'Y' = the Home Office online crime flag has been applied to the crime. 'N' = the flag "
    "has not been applied.",
    "4. * = a value between 1 and 4. Values from 1 to 4 have been suppressed to reduce the risk of "
    "identifying individuals. Totals include the suppressed values.",
    "5. Outcomes (sheet Q2) are the outcome held on the crime record at the date of extraction and will "
    "change as investigations are finalised. Outcome numbers are the Home Office outcome types.",
    "6. Crimes are counted against the Home Office classification held at the date of extraction; a crime "
    "may be reclassified after it has been recorded.",
    "",
    "Question 3 - platforms / apps",
    "Please see sheet Q3.",
]
r = 5
for line in notes:
    ws.cell(row=r, column=2, value=line).alignment = wrap
    if line in ("Notes", "Question 3 - platforms / apps"):
        ws.cell(row=r, column=2).font = bold
    r += 1

# ---------------------------------------------------------------- Q1
ws = wb.create_sheet("Q1")
ws.merge_cells("A1:H1")
ws["A1"] = "Q1. Number of crimes recorded, by Home Office code and online flag"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A3:A4")
ws["A3"] = "HO Code"
ws.merge_cells("B3:B4")
ws["B3"] = "Offence Description"
years = ["2022/23", "2023/24", "2024/25 (Apr - Sep)"]
col = 3
for y in years:
    ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
    ws.cell(row=3, column=col, value=y)
    ws.cell(row=4, column=col, value="Online Y")
    ws.cell(row=4, column=col + 1, value="Online N")
    col += 2
rows = [
    ("071/17", "Sexual Communication with a Child", [402, 61, 371, 54, 178, 23]),
    ("88A", "Sexual Grooming", [38, 17, 29, 12, 16, "*"]),
    ("Total", "", [440, 78, 400, 66, 194, 27]),
]
for i, (code, desc, vals) in enumerate(rows):
    rr = 5 + i
    ws.cell(row=rr, column=1, value=code)
    ws.cell(row=rr, column=2, value=desc)
    for j, v in enumerate(vals):
        c = ws.cell(row=rr, column=3 + j, value=v)
        c.alignment = Alignment(horizontal="right")
    if code == "Total":
        for cc in range(1, 9):
            ws.cell(row=rr, column=cc).font = bold
            ws.cell(row=rr, column=cc).fill = sub_fill
for rr in range(3, 8):
    for cc in range(1, 9):
        ws.cell(row=rr, column=cc).border = box
for rr in (3, 4):
    for cc in range(1, 9):
        ws.cell(row=rr, column=cc).fill = head_fill
        ws.cell(row=rr, column=cc).font = head_font
        ws.cell(row=rr, column=cc).alignment = centre
ws["A9"] = "* = value between 1 and 4 (see Notes)."
ws["A9"].font = Font(italic=True)
ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 36
for letter in "CDEFGH":
    ws.column_dimensions[letter].width = 12
ws.row_dimensions[3].height = 30

# ---------------------------------------------------------------- Q2 (pivot pasted as values)
ws = wb.create_sheet("Q2")
ws["A1"] = "HO Code"
ws["B1"] = "071/17"
ws["A2"] = "Financial Year Recorded"
ws["B2"] = "2023/24"
ws["A4"] = "Count of Crime Number"
ws["A5"] = "Row Labels"
ws["B5"] = "Total"
pivot = [
    ("1 - Charge/Summons", 36),
    ("2 - Caution - youth", "*"),
    ("3 - Caution - adult", "*"),
    ("8 - Community Resolution", 7),
    ("14 - Evidential difficulties: suspect not identified; victim does not support", 19),
    ("15 - Evidential difficulties: suspect identified; victim supports", 88),
    ("16 - Evidential difficulties: victim does not support", 102),
    ("18 - Investigation complete: no suspect identified", 27),
    ("21 - Not in public interest (police)", 11),
    ("22 - Diversionary, educational or intervention activity", 9),
    ("Other outcomes", 25),
    ("Not yet finalised - under investigation", 96),
    ("Grand Total", 425),
]
for i, (lab, v) in enumerate(pivot):
    rr = 6 + i
    ws.cell(row=rr, column=1, value=lab)
    c = ws.cell(row=rr, column=2, value=v)
    c.alignment = Alignment(horizontal="right")
    if lab == "Grand Total":
        ws.cell(row=rr, column=1).font = bold
        ws.cell(row=rr, column=2).font = bold
for cc in (1, 2):
    ws.cell(row=5, column=cc).font = bold
    ws.cell(row=5, column=cc).fill = sub_fill
    ws.cell(row=1, column=cc).font = bold if cc == 1 else Font()
    ws.cell(row=2, column=cc).font = bold if cc == 1 else Font()
ws["A20"] = ("Outcome held at 07/10/2024 for crimes of Sexual Communication with a Child recorded in "
             "2023/24. * = value between 1 and 4.")
ws["A20"].font = Font(italic=True)
ws.column_dimensions["A"].width = 78
ws.column_dimensions["B"].width = 10

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3")
ws.column_dimensions["A"].width = 120
q3 = [
    ("Q3. For the crimes in Q1, which apps, platforms or websites were used by the offender to contact "
     "the victim (e.g. Snapchat, Instagram, WhatsApp), with the number of crimes for each, for each "
     "financial year.", True),
    ("", False),
    ("The platform used is not a mandatory or searchable field on WMP crime records. Where it is known "
     "it is held in the free-text crime summary, and the only way to answer this question would be to "
     "read every crime record shown in Q1.", False),
    ("Based on a sample, this takes a minimum of 3 minutes per record, which would take well in excess "
     "of the 18 hours (£450) appropriate limit. West Midlands Police therefore cannot provide this "
     "information and is relying on Section 12(1) of the Freedom of Information Act 2000 for this "
     "question.", False),
    ("", False),
    ("Advice and assistance (Section 16): you may wish to submit a new request for a shorter period, "
     "for example a single month, for Sexual Grooming (88A) only.", False),
]
for i, (line, b) in enumerate(q3):
    c = ws.cell(row=1 + i, column=1, value=line)
    c.alignment = wrap
    if b:
        c.font = bold

wb.properties.creator = "WMP Information Management"
wb.properties.lastModifiedBy = "WMP Information Management"
wb.properties.title = "FOI 2187A/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed timestamps and fixed core.xml dates so the file is reproducible.
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
