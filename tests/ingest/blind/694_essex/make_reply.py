"""Build reply.xlsx: Essex Police FOI attachment (openpyxl), ref PUB 2417.

Online-flagged sexual offences against children (victim under 18), financial years written
'FY21/22', 'FY22/23', 'FY23/24'. Three sheets:
  'Request'       the request text and a short response note (no figures);
  'Victim age'    years DOWN, age bands ACROSS, Total column; one amended (shaded) cell;
  'Victim gender' years DOWN, gender ACROSS, no totals.
'x' = a figure between 1 and 4 (rule stated in the notes). Totals include suppressed values.
Every cell is a value; no formulas.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
REF = "PUB 2417"
YEARS = ["FY21/22", "FY22/23", "FY23/24"]
BANDS = ["0-10", "11-12", "13-15", "16-17", "Age not recorded"]
# None = 'x' (1 to 4); hidden true values only for checking the totals
AGE = {
    "FY21/22": (31, 58, 214, 87, None),
    "FY22/23": (27, 66, 241, 92, 6),
    "FY23/24": (35, 71, 229, 101, None),
}
AGE_HIDDEN = {"FY21/22": 3, "FY23/24": 2}
AGE_TOT = {"FY21/22": 393, "FY22/23": 432, "FY23/24": 438}
GENDERS = ["Female", "Male", "Not recorded"]
GEN = {
    "FY21/22": (301, 88, None),
    "FY22/23": (329, 97, 6),
    "FY23/24": (318, 117, None),
}
GEN_HIDDEN = {"FY21/22": 4, "FY23/24": 3}
for y in YEARS:
    a = sum(v for v in AGE[y] if v is not None) + AGE_HIDDEN.get(y, 0)
    g = sum(v for v in GEN[y] if v is not None) + GEN_HIDDEN.get(y, 0)
    assert a == g == AGE_TOT[y], (y, a, g)

thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="0B3D6E")
head_font = Font(bold=True, color="FFFFFF")
amend_fill = PatternFill("solid", fgColor="FFF2CC")
bold = Font(bold=True)
title = Font(bold=True, size=13, color="0B3D6E")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# --- Sheet 1: Request -------------------------------------------------------------
ws0 = wb.active
ws0.title = "Request"
ws0["A1"] = f"Essex Police \u2013 Freedom of Information Request {REF}"
ws0["A1"].font = title
ws0["A3"], ws0["B3"] = "Date received:", "08/04/2024"
ws0["A4"], ws0["B4"] = "Date of response:", "02/05/2024"
for c in ("A3", "A4"):
    ws0[c].font = bold
ws0["A6"] = "Request"
ws0["A6"].font = bold
ws0["A7"] = ("Please provide the number of sexual offences against children (victims aged under 18) "
             "recorded by Essex Police where the online flag was applied, for each of the last three "
             "financial years, broken down by (a) the age of the victim and (b) the gender of the victim.")
ws0.merge_cells("A7:H10")
ws0["A7"].alignment = wrap
ws0["A12"] = "Response"
ws0["A12"].font = bold
ws0["A13"] = ("Essex Police holds the information requested. Part (a) is provided on the sheet "
              "'Victim age' and part (b) on the sheet 'Victim gender'. Please read the notes beneath "
              "each table.")
ws0.merge_cells("A13:H15")
ws0["A13"].alignment = wrap
ws0.column_dimensions["A"].width = 18
ws0.column_dimensions["B"].width = 14
for col in "CDEFGH":
    ws0.column_dimensions[col].width = 12


def table_sheet(ws, heading, sub, first_head, cols, rows, notes, amended=None, total=None):
    ws["A1"] = f"Essex Police \u2013 {REF}"
    ws["A1"].font = title
    ws["A2"] = heading
    ws["A2"].font = bold
    ws["A3"] = sub
    r = 5
    heads = [first_head] + cols + (["Total"] if total else [])
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font, c.fill, c.border = head_font, head_fill, box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 30
    for y in YEARS:
        r += 1
        c = ws.cell(row=r, column=1, value=y)
        c.font, c.border = bold, box
        vals = list(rows[y]) + ([total[y]] if total else [])
        for j, v in enumerate(vals, start=2):
            c = ws.cell(row=r, column=j, value="x" if v is None else v)
            c.border = box
            c.alignment = Alignment(horizontal="right")
            if total and j == len(vals) + 1:
                c.font = bold
            if amended and (y, j - 2) == amended:
                c.fill = amend_fill
    r += 2
    ws.cell(row=r, column=1, value="Notes").font = bold
    for i, n in enumerate(notes, start=1):
        r += 1
        ws.cell(row=r, column=1, value=f"{i}. {n}")
    ws.column_dimensions["A"].width = 14
    for j in range(2, len(heads) + 1):
        ws.column_dimensions[get_column_letter(j)].width = 13


common = [
    "Financial years (FY) run from 1 April to 31 March, e.g. FY21/22 is 1 April 2021 to 31 March 2022.",
    "Figures are crimes recorded with a victim aged under 18 and the online flag applied, by date of "
    "recording. Data extracted from Athena on 19/04/2024.",
    "x = a figure between 1 and 4, suppressed to reduce the risk of identifying individuals. Totals "
    "include the suppressed figures.",
]
ws1 = wb.create_sheet("Victim age")
table_sheet(
    ws1,
    "Online-flagged sexual offences against children, by age of victim",
    "Part (a) \u2013 age of the victim at the time of the offence",
    "Financial year",
    BANDS,
    AGE,
    common + [
        "Amended figure (shaded): the FY22/23 figure for victims aged 13-15 was given as 236 in our "
        "response to PUB 1544. Following a data quality review of crimes reclassified after that "
        "response, it has been corrected to 241, and the FY22/23 total to 432 (previously 427).",
    ],
    amended=("FY22/23", 2),
    total=AGE_TOT,
)
ws2 = wb.create_sheet("Victim gender")
table_sheet(
    ws2,
    "Online-flagged sexual offences against children, by gender of victim",
    "Part (b) \u2013 gender of the victim",
    "Financial year",
    GENDERS,
    GEN,
    common[:2] + [
        "x = a figure between 1 and 4, suppressed to reduce the risk of identifying individuals.",
        "Where a crime has more than one victim, the first recorded victim is used, so the figures "
        "match the totals on the sheet 'Victim age'.",
    ],
)

wb.active = 1
wb.save(HERE / "reply.xlsx")
print("saved")
