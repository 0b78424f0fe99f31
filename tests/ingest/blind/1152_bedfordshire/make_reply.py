"""Build reply.xlsx: the spreadsheet attachment sent with Bedfordshire Police FOI 2025/1342.

Run with /work/main/.venv/bin/python make_reply.py (writes reply.xlsx beside this file).
Creation/modification dates and the zip entry timestamps are fixed so that the output is
byte-for-byte the same on every run.
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2025, 8, 14, 10, 12, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
ITALIC = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def cell(ws, ref, value, font=NORMAL, fill=None, align=None, border=True):
    c = ws[ref]
    if value is not None:
        c.value = value
    c.font = font
    if fill is not None:
        c.fill = fill
    if align is not None:
        c.alignment = align
    if border:
        c.border = BOX
    return c


wb = Workbook()

# ---------------------------------------------------------------- Cover sheet
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 90
ws.merge_cells("A1:B1")
cell(ws, "A1", "Bedfordshire Police - Freedom of Information Request", TITLE, border=False)
rows = [
    ("FOI Reference:", "FOI 2025/1342"),
    ("Subject:", "Indecent images of children - offences, suspects and outcomes"),
    ("Date received:", "21/07/2025"),
    ("Data extracted:", "14/08/2025"),
    ("Source:", "Athena crime recording system"),
    ("Prepared by:", "Information Rights Unit, Bedfordshire Police"),
]
r = 3
for k, v in rows:
    cell(ws, f"A{r}", k, BOLD, border=False)
    cell(ws, f"B{r}", v, NORMAL, border=False)
    r += 1
r += 1
cell(ws, f"A{r}", "Request", BOLD, border=False)
r += 1
req = [
    "Q1. How many offences of taking, making or distributing indecent photographs of children "
    "(Home Office code 86/2) were recorded in 2023, 2024 and 2025 to date, and how many of these "
    "were flagged as online offences?",
    "Q2. For the offences in Q1, the age of the suspects, in bands, for each year.",
    "Q3. The outcomes of the 86/2 offences recorded in 2024.",
]
for line in req:
    ws.merge_cells(f"A{r}:B{r}")
    cell(ws, f"A{r}", line, NORMAL, align=LEFT, border=False)
    ws.row_dimensions[r].height = 30
    r += 1
r += 1
cell(ws, f"A{r}", "Notes", BOLD, border=False)
r += 1
notes = [
    "1. Data is based on the date the crime was recorded (calendar year, January to December). "
    "2025 covers 01/01/2025 to 30/06/2025 only.",
    "2. * denotes a value between 1 and 4 inclusive which has been suppressed to reduce the risk "
    "of identification. Totals include the suppressed values.",
    "3. Suspect age is the age at the time of the offence. A single offence may have more than one "
    "suspect and a suspect may be linked to more than one offence, so suspect numbers (Q2) will "
    "not match offence numbers (Q1).",
    "4. Outcomes (Q3) are those recorded against each crime on the date of extraction. Crimes still "
    "under investigation on that date have no outcome assigned.",
    "5. Figures are correct at the date of extraction and may change as records are updated.",
]
for line in notes:
    ws.merge_cells(f"A{r}:B{r}")
    cell(ws, f"A{r}", line, NORMAL, align=LEFT, border=False)
    ws.row_dimensions[r].height = 30
    r += 1

# ---------------------------------------------------------------- Q1
ws = wb.create_sheet("Q1 Offences")
for col, w in zip("ABC", (26, 22, 22)):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:C1")
cell(ws, "A1", "Q1 - Offences recorded under Home Office code 86/2", TITLE, border=False)
ws.merge_cells("A2:C2")
cell(ws, "A2", "Take, make, distribute, publish indecent photographs or pseudo-photographs of children",
     ITALIC, border=False)
ws.merge_cells("A4:A5")
cell(ws, "A4", "Year recorded", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "A5", None, HEAD_FONT, HEAD_FILL, CENTRE)
ws.merge_cells("B4:C4")
cell(ws, "B4", "86/2 offences", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "C4", None, HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "B5", "All recorded", BOLD, SUB_FILL, CENTRE)
cell(ws, "C5", "of which online flag", BOLD, SUB_FILL, CENTRE)
q1 = [("2023", 119, 97), ("2024", 128, 106), ("2025 (to 30/06/2025)", 61, 52)]
r = 6
for label, a, b in q1:
    cell(ws, f"A{r}", label, NORMAL, align=LEFT)
    cell(ws, f"B{r}", a, NORMAL, align=CENTRE)
    cell(ws, f"C{r}", b, NORMAL, align=CENTRE)
    r += 1
cell(ws, f"A{r}", "Total", BOLD, TOTAL_FILL, LEFT)
cell(ws, f"B{r}", 308, BOLD, TOTAL_FILL, CENTRE)
cell(ws, f"C{r}", 255, BOLD, TOTAL_FILL, CENTRE)
r += 2
ws.merge_cells(f"A{r}:C{r}")
cell(ws, f"A{r}", "See Cover sheet for notes.", ITALIC, border=False)

# ---------------------------------------------------------------- Q2
ws = wb.create_sheet("Q2 Suspect Age")
for col, w in zip("ABCD", (30, 12, 12, 22)):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:D1")
cell(ws, "A1", "Q2 - Age of suspects linked to 86/2 offences", TITLE, border=False)
cell(ws, "A3", "Suspect age (at time of offence)", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "B3", "2023", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "C3", "2024", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "D3", "2025 (to 30/06/2025)", HEAD_FONT, HEAD_FILL, CENTRE)
q2 = [
    ("Under 18", 14, 17, 9),
    ("18-29", 31, 35, 16),
    ("30-49", 38, 41, 20),
    ("50 and over", 19, 22, 8),
    ("Not recorded", 6, "*", "*"),
]
r = 4
for row in q2:
    cell(ws, f"A{r}", row[0], NORMAL, align=LEFT)
    for col, v in zip("BCD", row[1:]):
        cell(ws, f"{col}{r}", v, NORMAL, align=CENTRE)
    r += 1
# Totals typed as values (they include the suppressed cells).
cell(ws, f"A{r}", "Total suspects", BOLD, TOTAL_FILL, LEFT)
for col, v in zip("BCD", (108, 118, 55)):
    cell(ws, f"{col}{r}", v, BOLD, TOTAL_FILL, CENTRE)
r += 2
ws.merge_cells(f"A{r}:D{r}")
cell(ws, f"A{r}", "* value between 1 and 4 (suppressed). Totals include suppressed values.", ITALIC, border=False)

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3 Outcomes 2024")
for col, w in zip("ABC", (14, 70, 16)):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:C1")
cell(ws, "A1", "Q3 - Outcomes of 86/2 offences recorded 01/01/2024 to 31/12/2024", TITLE, border=False)
ws.merge_cells("A2:C2")
cell(ws, "A2", "Outcome as at date of extraction (14/08/2025)", ITALIC, border=False)
cell(ws, "A4", "HO Outcome", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "B4", "Outcome description", HEAD_FONT, HEAD_FILL, CENTRE)
cell(ws, "C4", "Offences", HEAD_FONT, HEAD_FILL, CENTRE)
q3 = [
    ("1", "Charged/Summonsed", 34),
    ("2", "Youth Caution", "*"),
    ("3", "Adult Caution", 7),
    ("8", "Community Resolution", "*"),
    ("15", "Evidential difficulties - suspect identified, victim supports action", 12),
    ("18", "Investigation complete - no suspect identified", 5),
    ("20", "Other body or agency has investigation primacy", 6),
    ("21", "Further investigation to support formal action not in the public interest - police decision", 9),
    ("22", "Diversionary, educational or intervention activity", "*"),
    ("", "Under investigation - no outcome assigned", 47),
]
r = 5
for code, desc, v in q3:
    cell(ws, f"A{r}", code, NORMAL, align=CENTRE)
    cell(ws, f"B{r}", desc, NORMAL, align=LEFT)
    cell(ws, f"C{r}", v, NORMAL, align=CENTRE)
    r += 1
ws.merge_cells(f"A{r}:B{r}")
cell(ws, f"A{r}", "Total", BOLD, TOTAL_FILL, LEFT)
cell(ws, f"B{r}", None, BOLD, TOTAL_FILL, LEFT)
cell(ws, f"C{r}", 128, BOLD, TOTAL_FILL, CENTRE)
r += 2
ws.merge_cells(f"A{r}:C{r}")
cell(ws, f"A{r}", "* value between 1 and 4 (suppressed). Total includes suppressed values.", ITALIC, border=False)

wb.active = 0
wb.properties.creator = "Information Rights Unit"
wb.properties.lastModifiedBy = "Information Rights Unit"
wb.properties.title = "FOI 2025/1342"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Rewrite the zip with fixed entry timestamps so the file is byte-identical on every run.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        # the core properties carry the save time: force the fixed date
        if info.filename == "docProps/core.xml":
            import re
            stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, data)
print("wrote", OUT)
