"""Builds reply.xlsx for FOI/2024/01873 (Humberside Police). Deterministic output.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import io
import os
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime(2024, 11, 8, 9, 30, 0)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(name="Arial", bold=True, size=10)
NORM = Font(name="Arial", size=10)
TITLE = Font(name="Arial", bold=True, size=12)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", bold=True, size=10, color="FFFFFF")
TOT_FILL = PatternFill("solid", fgColor="D9E1F2")
PIVOT_FILL = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()

# ---------------------------------------------------------------- Cover sheet
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 16
for c in "BCDEF":
    ws.column_dimensions[c].width = 22
ws["A1"] = "HUMBERSIDE POLICE"
ws["A1"].font = TITLE
ws.merge_cells("A1:F1")
ws["A2"] = "Freedom of Information Request  FOI/2024/01873"
ws["A2"].font = BOLD
ws.merge_cells("A2:F2")
ws["A3"] = "Information Access Team - Data supplied in response to request received 14/10/2024"
ws["A3"].font = NORM
ws.merge_cells("A3:F3")

ws["A5"] = "Request"
ws["A5"].font = BOLD
req = (
    "For the period 1 April 2021 to 30 September 2024, broken down by financial year:\n"
    "1. The number of crimes recorded under Home Office offence codes 21 (sexual activity involving a child under 13), "
    "22B (sexual activity involving a child under 16), 71/17 (sexual communication with a child) and 88A (sexual grooming).\n"
    "2. How many of the crimes in question 1 had the online flag applied.\n"
    "3. For crimes recorded under code 71/17 in the financial years 2021/22, 2022/23 and 2023/24, "
    "the outcome of each crime, using the Home Office outcome types."
)
ws["B5"] = req
ws["B5"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B5"].font = NORM
ws.merge_cells("B5:F5")
ws.row_dimensions[5].height = 120

ws["A7"] = "Notes"
ws["A7"].font = BOLD
notes = [
    "Data extracted from the force records management system on 21/10/2024. Crime data is live and figures may differ slightly from any previously published.",
    "Figures are counts of crimes, not victims or offenders.",
    "2024/25 is a part year: 01/04/2024 to 30/09/2024.",
    "-  denotes nil.",
    "*  denotes a value between 1 and 4. Values of 1 to 4 have been suppressed in order to reduce the risk of identifying individual victims.",
    "Outcomes (sheet Q3) are the outcome recorded against each crime as at 21/10/2024. Crimes still under investigation have no outcome yet and are shown as 'Outcome not yet assigned'.",
]
r = 7
for n in notes:
    ws.cell(row=r, column=2, value=n).font = NORM
    ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 30
    r += 1
ws.cell(row=r + 1, column=1, value="Please see sheets Q1, Q2 and Q3 for the information requested.").font = NORM
ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)

# ---------------------------------------------------------------- Q1
q1 = wb.create_sheet("Q1 Offences")
q1.column_dimensions["A"].width = 10
q1.column_dimensions["B"].width = 48
for c in "CDEFG":
    q1.column_dimensions[c].width = 14
q1["A1"] = "Q1 - Crimes recorded by Home Office offence code and financial year"
q1["A1"].font = TITLE
q1.merge_cells("A1:G1")
q1["A2"] = "Humberside Police  |  01/04/2021 to 30/09/2024  |  FOI/2024/01873"
q1["A2"].font = NORM
q1.merge_cells("A2:G2")

hdr = ["HO Code", "Offence", "2021/22", "2022/23", "2023/24", "2024/25 (part year)", "Total"]
for i, h in enumerate(hdr, start=1):
    c = q1.cell(row=4, column=i, value=h)
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.border = BOX
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
q1.row_dimensions[4].height = 30

rows = [
    ("21", "Sexual activity involving a child under 13", [88, 97, 104, 46]),
    ("22B", "Sexual activity involving a child under 16", [131, 142, 150, 71]),
    ("71/17", "Sexual communication with a child", [64, 79, 73, 34]),
    ("88A", "Sexual grooming", [8, 6, "-", 5]),
]
r = 5
for code, desc, vals in rows:
    q1.cell(row=r, column=1, value=code)
    q1.cell(row=r, column=2, value=desc)
    for j, v in enumerate(vals):
        q1.cell(row=r, column=3 + j, value=v)
    q1.cell(row=r, column=7, value=sum(v for v in vals if isinstance(v, int)))
    for col in range(1, 8):
        cc = q1.cell(row=r, column=col)
        cc.border = BOX
        cc.font = BOLD if col == 7 else NORM
        if col >= 3:
            cc.alignment = Alignment(horizontal="right")
    r += 1
q1.cell(row=r, column=1, value="Total")
q1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
for j in range(4):
    s = sum(v[2][j] for v in rows if isinstance(v[2][j], int))
    q1.cell(row=r, column=3 + j, value=s)
q1.cell(row=r, column=7, value=sum(sum(v for v in x[2] if isinstance(v, int)) for x in rows))
for col in range(1, 8):
    cc = q1.cell(row=r, column=col)
    cc.border = BOX
    cc.font = BOLD
    cc.fill = TOT_FILL
    if col >= 3:
        cc.alignment = Alignment(horizontal="right")
q1.cell(row=r + 2, column=1, value="- denotes nil. 2024/25 covers 01/04/2024 to 30/09/2024 only.").font = Font(name="Arial", italic=True, size=9)
q1.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=7)

# ---------------------------------------------------------------- Q2 (pivot-style)
q2 = wb.create_sheet("Q2 Online flag")
q2.column_dimensions["A"].width = 22
q2.column_dimensions["B"].width = 24
q2["A1"] = "Q2 - Crimes in Q1 (codes 21, 22B, 71/17, 88A) with the online flag applied"
q2["A1"].font = TITLE
q2.merge_cells("A1:E1")
q2["A3"] = "Online Flag"
q2["B3"] = "Y"
q2["A3"].font = BOLD
q2["B3"].alignment = Alignment(horizontal="left")
q2["A4"] = "HO Code"
q2["B4"] = "(Multiple Items)"
q2["A4"].font = BOLD
q2["A6"] = "Row Labels"
q2["B6"] = "Count of Crime Number"
for col in (1, 2):
    q2.cell(row=6, column=col).font = BOLD
    q2.cell(row=6, column=col).fill = PIVOT_FILL
    q2.cell(row=6, column=col).border = Border(bottom=thin)
online = [("2021/22", 102), ("2022/23", 118), ("2023/24", 109), ("2024/25", 55)]
r = 7
for lab, v in online:
    q2.cell(row=r, column=1, value=lab).alignment = Alignment(horizontal="left")
    q2.cell(row=r, column=2, value=v)
    r += 1
q2.cell(row=r, column=1, value="Grand Total")
q2.cell(row=r, column=2, value=sum(v for _, v in online))
for col in (1, 2):
    q2.cell(row=r, column=col).font = BOLD
    q2.cell(row=r, column=col).fill = PIVOT_FILL
    q2.cell(row=r, column=col).border = Border(top=thin)

# ---------------------------------------------------------------- Q3
q3 = wb.create_sheet("Q3 Outcomes")
q3.column_dimensions["A"].width = 12
q3.column_dimensions["B"].width = 78
q3.column_dimensions["C"].width = 14
q3["A1"] = "Q3 - Outcomes of crimes recorded under HO code 71/17 (Sexual communication with a child)"
q3["A1"].font = TITLE
q3.merge_cells("A1:C1")
q3["A2"] = "Crimes recorded 01/04/2021 to 31/03/2024; outcome as at 21/10/2024"
q3["A2"].font = NORM
q3.merge_cells("A2:C2")
for i, h in enumerate(["Outcome No.", "Outcome Description", "Crimes"], start=1):
    c = q3.cell(row=4, column=i, value=h)
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.border = BOX
outs = [
    (1, "Charged/Summonsed", 36),
    (2, "Caution - youths", "*"),
    (8, "Community Resolution", "*"),
    (14, "Evidential difficulties: suspect not identified; victim does not support further action", 13),
    (15, "Evidential difficulties: suspect identified; victim supports action", 72),
    (16, "Evidential difficulties: victim does not support action", 49),
    (18, "Investigation complete - no suspect identified", 17),
    (None, "Outcome not yet assigned", 23),
]
r = 5
for num, desc, v in outs:
    q3.cell(row=r, column=1, value=num)
    q3.cell(row=r, column=2, value=desc)
    q3.cell(row=r, column=3, value=v)
    for col in (1, 2, 3):
        q3.cell(row=r, column=col).border = BOX
        q3.cell(row=r, column=col).font = NORM
    q3.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    q3.cell(row=r, column=3).alignment = Alignment(horizontal="right")
    r += 1
q3.cell(row=r, column=1, value="Grand Total")
q3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
q3.cell(row=r, column=3, value=216)
for col in (1, 2, 3):
    q3.cell(row=r, column=col).border = BOX
    q3.cell(row=r, column=col).font = BOLD
    q3.cell(row=r, column=col).fill = TOT_FILL
q3.cell(row=r + 2, column=1, value="* denotes a value between 1 and 4 (suppressed).").font = Font(name="Arial", italic=True, size=9)
q3.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=3)

wb.properties.creator = "Information Access Team"
wb.properties.lastModifiedBy = "Information Access Team"
wb.properties.title = "FOI/2024/01873"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed timestamps so the file is byte-identical on every run.
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
            data = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
