"""Build reply.xlsx: Sussex Police FOI attachment (reference FOI/S/2025/0392).

Indecent images of children offences (HO code 86/2), financial years 2022/23 to 2024/25.
Sheet 'Notes' carries the request and the rules ('<5' = fewer than five; '-' = nil; outcome
rows are a selection so they do not sum to the offences). Sheet 'Q1-Q2' has years DOWN, labelled
as date ranges '01/04/2022 - 31/03/2023'; sheet 'Q3 Outcomes' has the same years ACROSS.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI/S/2025/0392"
YEARS = ["01/04/2022 - 31/03/2023", "01/04/2023 - 31/03/2024", "01/04/2024 - 31/03/2025"]
OFFENCES = [412, 455, 398]
SUS_U18 = [97, 118, 104]
SUS_18 = [233, 251, 209]
OUTCOMES = [("Charged / summonsed", [71, 64, 29]),
            ("Youth caution", ["<5", 6, 0]),
            ("Adult caution", [9, "<5", "<5"]),
            ("Community resolution", [14, 19, 11]),
            ("Investigation ongoing – no outcome assigned", [8, 37, 162])]
for i in range(3):
    assert sum(v if isinstance(v, int) else 4 for _, vals in OUTCOMES for v in [vals[i]]) < OFFENCES[i]

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="1F3864")
hdr_font = Font(bold=True, color="FFFFFF")
wb = Workbook()

# --- Notes sheet ---------------------------------------------------------------------
ws = wb.active
ws.title = "Notes"
ws.column_dimensions["A"].width = 110
lines = [
    ("Sussex Police – Freedom of Information Act 2000", Font(bold=True, size=14)),
    (f"Request reference: {REF}", Font(bold=True)),
    ("Date of response: 18 August 2025", None),
    ("", None),
    ("Request", Font(bold=True)),
    ("For the financial years 2022/23, 2023/24 and 2024/25, please provide:", None),
    ("Q1. The number of offences recorded under Home Office code 86/2 (taking, making, distributing or "
     "publishing indecent photographs of children).", None),
    ("Q2. The number of suspects linked to those offences, split into those aged under 18 and those aged "
     "18 and over at the time of the offence.", None),
    ("Q3. The outcomes of those offences: charged/summonsed, youth caution, adult caution, community "
     "resolution, and those still under investigation.", None),
    ("", None),
    ("Notes", Font(bold=True)),
    ("1. Data was extracted from the Niche records management system on 30 June 2025. Offences are counted "
     "by the date the crime was recorded.", None),
    ("2. A suspect linked to more than one offence in a year is counted once in that year. Suspects whose "
     "date of birth is not recorded are not included in Q2.", None),
    ("3. Outcomes are the position as at the date of extraction. Only the outcomes requested are shown, so "
     "the outcome figures will not sum to the number of offences.", None),
    ("4. To protect the identity of individuals, figures of fewer than five are shown as <5.", None),
    ("5. '-' indicates nil.", None),
    ("", None),
    ("Please see the tabs 'Q1-Q2' and 'Q3 Outcomes' for the data.", Font(italic=True)),
]
for r, (txt, font) in enumerate(lines, start=1):
    c = ws.cell(row=r, column=1, value=txt)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font:
        c.font = font

# --- Q1-Q2: years down ---------------------------------------------------------------
ws = wb.create_sheet("Q1-Q2")
ws["A1"] = "Indecent images of children (HO code 86/2) – offences recorded and suspects by age"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
heads = ["Financial year", "Q1 Offences recorded", "Q2 Suspects aged under 18", "Q2 Suspects aged 18 and over"]
for j, h in enumerate(heads, start=1):
    c = ws.cell(row=3, column=j, value=h)
    c.font, c.fill, c.border = hdr_font, hdr_fill, box
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
ws.row_dimensions[3].height = 32
for i, y in enumerate(YEARS):
    row = [y, OFFENCES[i], SUS_U18[i], SUS_18[i]]
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=4 + i, column=j, value=v)
        c.border = box
        c.alignment = Alignment(horizontal="left" if j == 1 else "center")
for col, w in zip("ABCD", (26, 18, 18, 18)):
    ws.column_dimensions[col].width = w
ws["A8"] = "Source: Sussex Police Niche RMS, extracted 30/06/2025"
ws["A8"].font = Font(italic=True, size=9)

# --- Q3 Outcomes: years across -------------------------------------------------------
ws = wb.create_sheet("Q3 Outcomes")
ws["A1"] = "Outcomes of offences recorded under HO code 86/2"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
for j, h in enumerate(["Outcome"] + YEARS, start=1):
    c = ws.cell(row=3, column=j, value=h)
    c.font, c.fill, c.border = hdr_font, hdr_fill, box
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
ws.row_dimensions[3].height = 32
for i, (lab, vals) in enumerate(OUTCOMES):
    c = ws.cell(row=4 + i, column=1, value=lab)
    c.border = box
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=4 + i, column=j, value="-" if v == 0 else v)
        c.border = box
        c.alignment = Alignment(horizontal="center")
ws.column_dimensions["A"].width = 44
for col in "BCD":
    ws.column_dimensions[col].width = 24
ws["A10"] = "<5 = fewer than five.  - = nil.  See Notes tab."
ws["A10"].font = Font(italic=True, size=9)

wb.save(HERE / "reply.xlsx")
print("written", HERE / "reply.xlsx")
