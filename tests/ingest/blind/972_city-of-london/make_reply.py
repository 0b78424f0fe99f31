"""Build reply.xlsx (City of London Police FOI attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import io
import os
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime(2025, 2, 17, 9, 30, 0)

BOLD = Font(name="Arial", size=10, bold=True)
TITLE = Font(name="Arial", size=12, bold=True)
NORMAL = Font(name="Arial", size=10)
SMALL = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, ref, value, font=NORMAL, **kw):
    c = ws[ref]
    c.value = value
    c.font = font
    for k, v in kw.items():
        setattr(c, k, v)
    return c


wb = Workbook()

# ---------------------------------------------------------------- Notes sheet
ws = wb.active
ws.title = "Notes"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 110
ws.merge_cells("A1:B1")
put(ws, "A1", "City of London Police - Freedom of Information Act 2000", TITLE)
ws.merge_cells("A2:B2")
put(ws, "A2", "Our reference: FOI/25/0147", BOLD)
ws.merge_cells("A3:B3")
put(ws, "A3", "Sexual offences against children - calendar years 2022 to 2024", BOLD)

rows = [
    ("", "Request (received 20/01/2025)"),
    ("1", "For each of the calendar years 2022, 2023 and 2024, the number of crimes recorded under the "
          "following Home Office codes: 22B, 71/17, 73, 86/2 and 88A."),
    ("2", "For each year, how many of the crimes in question 1 carried the online (cyber) flag."),
    ("3", "For each year, the crimes in question 1 broken down by the gender of the victim."),
    ("4", "How many of the crimes in question 1 are still under investigation."),
    ("", ""),
    ("", "Notes"),
    ("a", "Source: City of London Police crime recording system. Data extracted 03/02/2025. Counts are of "
          "crimes recorded in each calendar year, which may differ from the year in which the offence took place."),
    ("b", "To reduce the risk of identifying victims, any figure between 1 and 4 is shown as '1-4'. "
          "Zeros are shown as 0. Totals are the true totals of the underlying figures."),
    ("c", "Question 1: see sheet 'Q1 Offences'."),
    ("d", "Questions 2 and 4: see sheet 'Q2 Q4'."),
    ("e", "Question 3: the victim gender breakdown is withheld under section 40(2) of the Act (personal "
          "information). Because the numbers involved are very small, releasing them together with the "
          "figures in this workbook could lead to individual victims being identified. Please see the covering letter."),
    ("f", "Home Office codes are shown as held on the crime system (e.g. 071/17 is HO code 71/17)."),
]
r = 5
for num, text in rows:
    put(ws, f"A{r}", num, BOLD if num == "" else NORMAL)
    put(ws, f"B{r}", text, BOLD if num == "" else NORMAL, alignment=WRAP)
    if len(text) > 110:
        ws.row_dimensions[r].height = 13 * (len(text) // 100 + 1)
    r += 1

# ---------------------------------------------------------------- Table 1
ws = wb.create_sheet("Q1 Offences")
widths = {"A": 10, "B": 62, "C": 11, "D": 11, "E": 11, "F": 11}
for col, w in widths.items():
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:F1")
put(ws, "A1", "Table 1: Sexual offences against children recorded by City of London Police, "
              "by Home Office offence code and calendar year", TITLE, alignment=WRAP)
ws.row_dimensions[1].height = 32
ws.merge_cells("A2:F2")
put(ws, "A2", "FOI/25/0147 - Question 1", SMALL)

ws.merge_cells("A4:A5")
ws.merge_cells("B4:B5")
ws.merge_cells("C4:E4")
ws.merge_cells("F4:F5")
put(ws, "A4", "HO code", BOLD, alignment=CENTRE, fill=HEAD_FILL)
put(ws, "B4", "Offence description", BOLD, alignment=CENTRE, fill=HEAD_FILL)
put(ws, "C4", "Calendar year", BOLD, alignment=CENTRE, fill=HEAD_FILL)
put(ws, "F4", "Total", BOLD, alignment=CENTRE, fill=HEAD_FILL)
for col, yr in zip("CDE", (2022, 2023, 2024)):
    put(ws, f"{col}5", yr, BOLD, alignment=CENTRE, fill=HEAD_FILL)

data = [
    ("022B", "Sexual activity involving a child under 16", ["1-4", 0, "1-4"], 5),
    ("071/17", "Sexual communication with a child", ["1-4", 6, 5], 15),
    ("073", "Abuse of position of trust of a sexual nature", [0, "1-4", 0], "1-4"),
    ("086/02", "Take, make or distribute indecent photographs or pseudo-photographs of children",
     [11, 9, 14], 34),
    ("088A", "Sexual grooming", [0, "1-4", "1-4"], "1-4"),
]
r = 6
for code, desc, vals, tot in data:
    put(ws, f"A{r}", code, alignment=Alignment(horizontal="left"))
    put(ws, f"B{r}", desc, alignment=WRAP)
    for col, v in zip("CDE", vals):
        put(ws, f"{col}{r}", v, alignment=Alignment(horizontal="right"))
    put(ws, f"F{r}", tot, BOLD, alignment=Alignment(horizontal="right"))
    r += 1
ws.merge_cells(f"A{r}:B{r}")
put(ws, f"A{r}", "Total", BOLD, fill=TOTAL_FILL)
for col, v in zip("CDEF", (17, 18, 23, 58)):
    put(ws, f"{col}{r}", v, BOLD, fill=TOTAL_FILL, alignment=Alignment(horizontal="right"))
last = r
for row in ws.iter_rows(min_row=4, max_row=last, min_col=1, max_col=6):
    for c in row:
        c.border = BOX
r = last + 2
ws.merge_cells(f"A{r}:F{r}")
put(ws, f"A{r}", "1-4 = a figure between 1 and 4, not shown to reduce the risk of identification. "
                 "Totals include the suppressed figures.", SMALL, alignment=WRAP)
ws.row_dimensions[r].height = 26

# ---------------------------------------------------------------- Tables 2 and 3
ws = wb.create_sheet("Q2 Q4")
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 24
ws.column_dimensions["C"].width = 60
ws.merge_cells("A1:C1")
put(ws, "A1", "Table 2: Crimes in Table 1 with the online (cyber) flag", TITLE)
ws.merge_cells("A2:C2")
put(ws, "A2", "FOI/25/0147 - Question 2", SMALL)
put(ws, "A4", "Calendar year", BOLD, fill=HEAD_FILL, alignment=CENTRE, border=BOX)
put(ws, "B4", "Online flag applied", BOLD, fill=HEAD_FILL, alignment=CENTRE, border=BOX)
for i, (yr, v) in enumerate(((2022, "N/H"), (2023, 13), (2024, 16))):
    put(ws, f"A{5 + i}", yr, alignment=Alignment(horizontal="center"), border=BOX)
    put(ws, f"B{5 + i}", v, alignment=Alignment(horizontal="right"), border=BOX)
ws.merge_cells("A9:C9")
put(ws, "A9", "N/H = not held. Crimes recorded in 2022 were migrated from the force's previous crime "
              "system without the online flag, so this information is not held for 2022.", SMALL,
    alignment=WRAP)
ws.row_dimensions[9].height = 26

ws.merge_cells("A12:C12")
put(ws, "A12", "Table 3: Crimes in Table 1 still under investigation", TITLE)
ws.merge_cells("A13:C13")
put(ws, "A13", "FOI/25/0147 - Question 4", SMALL)
put(ws, "A15", "As at", BOLD, fill=HEAD_FILL, alignment=CENTRE, border=BOX)
put(ws, "B15", "Under investigation", BOLD, fill=HEAD_FILL, alignment=CENTRE, border=BOX)
c = put(ws, "A16", datetime(2025, 1, 31), alignment=Alignment(horizontal="center"), border=BOX)
c.number_format = "DD/MM/YYYY"
put(ws, "B16", 7, alignment=Alignment(horizontal="right"), border=BOX)
ws.merge_cells("A18:C18")
put(ws, "A18", "Crimes recorded 2022-2024 (all codes in Table 1) with no final outcome on the date shown.",
    SMALL, alignment=WRAP)

for sheet in wb.worksheets:
    sheet.sheet_view.showGridLines = False

wb.properties.creator = "City of London Police - Information Access Office"
wb.properties.lastModifiedBy = "City of London Police - Information Access Office"
wb.properties.title = "FOI/25/0147"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Rewrite the archive with fixed timestamps so the file is byte-for-byte reproducible.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
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
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
