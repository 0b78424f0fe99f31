"""Build reply.xlsx for Northamptonshire Police FOI 04417/24 (deterministic).

Run with /work/main/.venv/bin/python make_reply.py
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
FIXED = datetime.datetime(2024, 9, 19, 14, 32, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
ITALIC = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def cell(ws, ref, value, font=NORMAL, fill=None, align=None, border=None):
    c = ws[ref]
    if value is not None:
        c.value = value
    c.font = font
    if fill is not None:
        c.fill = fill
    if align is not None:
        c.alignment = align
    if border is not None:
        c.border = border
    return c


wb = Workbook()

# ---------------------------------------------------------------- Request sheet
ws = wb.active
ws.title = "Request"
ws.column_dimensions["A"].width = 110
cell(ws, "A1", "Northamptonshire Police - Freedom of Information Request 04417/24", TITLE)
cell(ws, "A2", "Date received: 27/08/2024        Date of response: 20/09/2024", NORMAL)
cell(ws, "A4", "Request", BOLD)
req = [
    "1. How many crimes of sexual communication with a child (Home Office code 71/17) did Northamptonshire "
    "Police record in each of the financial years 2021/22, 2022/23 and 2023/24?",
    "2. Please break these down by the gender of the victim and by age group (under 13, 13-15, 16-17).",
    "3. How many of these crimes had the online (cyber) flag applied?",
    "4. What outcomes have been recorded for these crimes?",
]
for i, line in enumerate(req, start=5):
    cell(ws, f"A{i}", line, NORMAL, align=LEFT)
    ws.row_dimensions[i].height = 27
cell(ws, "A10", "Response", BOLD)
cell(ws, "A11", "Northamptonshire Police can confirm that it holds information relevant to your request. "
     "The information is provided on the following worksheets.", NORMAL, align=LEFT)
ws.row_dimensions[11].height = 27
cell(ws, "A13", "Worksheets:", BOLD)
cell(ws, "A14", "Q1-2 Victims  -  crimes by victim age group and gender", NORMAL)
cell(ws, "A15", "Q3 Online flag  -  crimes with the online (cyber) flag applied", NORMAL)
cell(ws, "A16", "Q4 Outcomes  -  outcomes recorded, all three years combined", NORMAL)

# ---------------------------------------------------------------- Q1-2 Victims
ws = wb.create_sheet("Q1-2 Victims")
ws.column_dimensions["A"].width = 22
for col in "BCDEFG":
    ws.column_dimensions[col].width = 11
ws.merge_cells("A1:G1")
cell(ws, "A1", "Sexual communication with a child (HO code 71/17) - crimes recorded by victim age group and gender", TITLE)
ws.merge_cells("A2:G2")
cell(ws, "A2", "Financial years 2021/22 to 2023/24. Source: Niche RMS, data extracted 09/09/2024", ITALIC)

ws.merge_cells("A4:A5")
cell(ws, "A4", "Victim age group", HEAD_FONT, HEAD_FILL, CENTRE, BOX)
cell(ws, "A5", None, HEAD_FONT, HEAD_FILL, CENTRE, BOX)
for first, last, label in (("B", "C", "2021/22"), ("D", "E", "2022/23"), ("F", "G", "2023/24")):
    ws.merge_cells(f"{first}4:{last}4")
    cell(ws, f"{first}4", label, HEAD_FONT, HEAD_FILL, CENTRE, BOX)
    cell(ws, f"{last}4", None, HEAD_FONT, HEAD_FILL, CENTRE, BOX)
    cell(ws, f"{first}5", "Female", BOLD, SUB_FILL, CENTRE, BOX)
    cell(ws, f"{last}5", "Male", BOLD, SUB_FILL, CENTRE, BOX)

rows = [
    ("Under 13", [14, "[c]", 17, 5, 11, "[c]"]),
    ("13-15", [52, 11, 61, 9, 58, 14]),
    ("16-17", [9, "[c]", 12, "[c]", 7, "[c]"]),
    ("Grand Total", [75, 16, 90, 18, 76, 17]),
]
for r, (label, values) in enumerate(rows, start=6):
    is_tot = label == "Grand Total"
    cell(ws, f"A{r}", label, BOLD if is_tot else NORMAL, TOT_FILL if is_tot else None, LEFT, BOX)
    for col, v in zip("BCDEFG", values):
        cell(ws, f"{col}{r}", v, BOLD if is_tot else NORMAL, TOT_FILL if is_tot else None, CENTRE, BOX)

cell(ws, "A11", "Notes", BOLD)
notes = [
    "[c] = value suppressed. Counts between 1 and 4 are not shown, to reduce the risk of identifying individual victims.",
    "Grand Total includes the suppressed values.",
    "Victim age is the age at the time of the offence as recorded on Niche. Every victim in this period had an age and a gender recorded.",
    "Figures are provisional and may change as investigations progress and crimes are reclassified.",
]
for i, n in enumerate(notes, start=12):
    ws.merge_cells(f"A{i}:G{i}")
    cell(ws, f"A{i}", n, ITALIC, align=LEFT)
    ws.row_dimensions[i].height = 26
ws.freeze_panes = "B6"

# ---------------------------------------------------------------- Q3 Online flag
ws = wb.create_sheet("Q3 Online flag")
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 30
ws.merge_cells("A1:C1")
cell(ws, "A1", "HO code 71/17 - crimes with the online (cyber) flag applied", TITLE)
for col, label in zip("ABC", ["Financial Year", "Total 71/17 crimes", "Of which online flag applied"]):
    cell(ws, f"{col}3", label, HEAD_FONT, HEAD_FILL, CENTRE, BOX)
for r, (fy, tot, onl) in enumerate([("2021/22", 91, 79), ("2022/23", 108, 97), ("2023/24", 93, 84)], start=4):
    cell(ws, f"A{r}", fy, NORMAL, None, CENTRE, BOX)
    cell(ws, f"B{r}", tot, NORMAL, None, CENTRE, BOX)
    cell(ws, f"C{r}", onl, NORMAL, None, CENTRE, BOX)
ws.merge_cells("A8:C8")
cell(ws, "A8", "The online flag is applied where the offence was committed, in full or in part, through a computer, "
     "computer network or other computer-enabled device.", ITALIC, align=LEFT)
ws.row_dimensions[8].height = 38

# ---------------------------------------------------------------- Q4 Outcomes
ws = wb.create_sheet("Q4 Outcomes")
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 70
ws.column_dimensions["C"].width = 16
ws.merge_cells("A1:C1")
cell(ws, "A1", "HO code 71/17 - outcomes of crimes recorded 01/04/2021 to 31/03/2024 (three years combined)", TITLE)
ws.merge_cells("A2:C2")
cell(ws, "A2", "Outcome shown is the outcome recorded on Niche when the data was extracted.", ITALIC)
for col, label in zip("ABC", ["Outcome type", "Outcome description", "Number of crimes"]):
    cell(ws, f"{col}4", label, HEAD_FONT, HEAD_FILL, CENTRE, BOX)
outcomes = [
    ("1", "Charge/Summons", 38),
    ("2", "Caution - youths", "[c]"),
    ("3", "Caution - adults", "[c]"),
    ("14", "Evidential difficulties victim based - named suspect not identified", 27),
    ("15", "Evidential difficulties - named suspect identified, victim supports action", 41),
    ("16", "Evidential difficulties victim based - named suspect identified, victim does not support action", 68),
    ("18", "Investigation complete - no suspect identified", 19),
    ("21", "Further investigation to support formal action not in the public interest - police decision", 22),
    ("", "Investigation ongoing - no outcome yet assigned", 72),
]
r = 5
for code, desc, n in outcomes:
    cell(ws, f"A{r}", code, NORMAL, None, CENTRE, BOX)
    cell(ws, f"B{r}", desc, NORMAL, None, LEFT, BOX)
    cell(ws, f"C{r}", n, NORMAL, None, CENTRE, BOX)
    r += 1
cell(ws, f"A{r}", "Total", BOLD, TOT_FILL, CENTRE, BOX)
cell(ws, f"B{r}", None, BOLD, TOT_FILL, LEFT, BOX)
cell(ws, f"C{r}", 292, BOLD, TOT_FILL, CENTRE, BOX)
ws.merge_cells(f"A{r + 2}:C{r + 2}")
cell(ws, f"A{r + 2}", "[c] = value suppressed (counts between 1 and 4). Total includes the suppressed values.", ITALIC)

# ---------------------------------------------------------------- save, fixed dates
wb.properties.creator = "Joint Information Management Unit"
wb.properties.lastModifiedBy = "Joint Information Management Unit"
wb.properties.title = "FOI 04417/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)
buf.seek(0)

# Re-pack with fixed member timestamps so the file is byte-identical on every run.
src = zipfile.ZipFile(buf)
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
