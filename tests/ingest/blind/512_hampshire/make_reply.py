"""Build reply.xlsx: Hampshire and Isle of Wight Constabulary FOI workbook.

Sheet 'Response': the letter text in column A, one paragraph per row.
Sheets 'FY23-24' and 'FY24-25': sexual communication with a child (HO code 071/17) offences,
victim gender down (Female / Male / Not recorded / Total), victim age band across under a
merged 'Victim age at time of offence' header (0-9, 10-12, 13-15, 16-17, Not recorded, Total).
Figures under five (totals included) are shown as the text '<5', rule stated on the Response
sheet and under each table; totals include the suppressed figures. Every cell is a value.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "HC/002817/25"
AGES = ["0-9", "10-12", "13-15", "16-17", "Not recorded"]
GENDERS = ["Female", "Male", "Not recorded"]
DATA = {
    "FY23-24": ("01/04/2023 - 31/03/2024", {
        "Female": (6, 58, 171, 3, 14),
        "Male": (2, 19, 47, 0, 5),
        "Not recorded": (0, 1, 4, 0, 9),
    }),
    "FY24-25": ("01/04/2024 - 31/03/2025", {
        "Female": (9, 66, 184, 0, 11),
        "Male": (3, 24, 52, 2, 6),
        "Not recorded": (0, 0, 5, 0, 12),
    }),
}

thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
headfill = PatternFill("solid", fgColor="17375E")
headfont = Font(bold=True, color="FFFFFF")
totfill = PatternFill("solid", fgColor="DCE6F1")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)


def shown(n):
    return "<5" if 1 <= n <= 4 else n


wb = Workbook()
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 115
LETTER = [
    ("Hampshire and Isle of Wight Constabulary", True),
    ("Freedom of Information Response", True),
    (f"Our reference: {REF}", False),
    ("Date of response: 18 June 2025", False),
    ("", False),
    ("Request", True),
    ("Please provide the number of offences of sexual communication with a child (Home Office "
     "classification 71/17) recorded by your force in the financial years 2023/24 and 2024/25, broken "
     "down by the gender of the victim and by the victim's age at the time of the offence.", False),
    ("", False),
    ("Response", True),
    ("Hampshire and Isle of Wight Constabulary has considered your request under the Freedom of "
     "Information Act 2000 and can confirm that the information is held. It is provided in the "
     "attached tables, one worksheet for each financial year (FY23-24 and FY24-25).", False),
    ("Please note the following when using the data:", False),
    ("• The figures show offences recorded under Home Office code 071/17 within each financial year, "
     "counted by the date the crime was recorded, not the date it was committed.", False),
    ("• Victim age is the age at the time of the offence as recorded on the crime report. The "
     "offence of sexual communication with a child applies where the child is under 16, so the small "
     "number of victims recorded as aged 16-17 reflects either an error in the recorded date of birth "
     "or an offence committed before the victim's 16th birthday.", False),
    ("• To reduce the risk of identifying individuals, where a figure is fewer than five it has been "
     "shown as <5. The totals include the figures shown as <5.", False),
    ("• Data was extracted from RMS on 04/06/2025 and is subject to change.", False),
    ("", False),
    ("If you are unhappy with this response you may request an internal review by contacting the "
     "Freedom of Information Team, Police Headquarters, Mottisfont Court, Tower Street, Winchester "
     "SO23 8ZD, within 40 working days of this response.", False),
]
for i, (text, bold) in enumerate(LETTER, start=1):
    c = ws.cell(row=i, column=1, value=text or None)
    c.alignment = wrap
    if bold:
        c.font = Font(bold=True, size=12 if i <= 2 else 11)

for sheet, (span, rows) in DATA.items():
    ws = wb.create_sheet(sheet)
    ws.column_dimensions["A"].width = 22
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13
    ws["A1"] = f"Sexual Communication with a Child (071/17) – offences recorded {span}"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    # header rows 3-4
    ws["A3"] = "Victim gender"
    ws.merge_cells("A3:A4")
    ws["B3"] = "Victim age at time of offence"
    ws.merge_cells("B3:F3")
    ws["G3"] = "Total"
    ws.merge_cells("G3:G4")
    for j, a in enumerate(AGES, start=2):
        ws.cell(row=4, column=j, value=a)
    for r in (3, 4):
        for j in range(1, 8):
            c = ws.cell(row=r, column=j)
            c.fill = headfill
            c.font = headfont
            c.alignment = centre
            c.border = box
    colsum = [0] * 5
    r = 5
    for g in GENDERS:
        vals = rows[g]
        ws.cell(row=r, column=1, value=g)
        for j, v in enumerate(vals, start=2):
            ws.cell(row=r, column=j, value=shown(v))
            colsum[j - 2] += v
        ws.cell(row=r, column=7, value=shown(sum(vals))).font = Font(bold=True)
        r += 1
    ws.cell(row=r, column=1, value="Total")
    for j, v in enumerate(colsum, start=2):
        ws.cell(row=r, column=j, value=shown(v))
    ws.cell(row=r, column=7, value=shown(sum(colsum)))
    for j in range(1, 8):
        ws.cell(row=r, column=j).font = Font(bold=True)
        ws.cell(row=r, column=j).fill = totfill
    for rr in range(5, r + 1):
        for j in range(1, 8):
            c = ws.cell(row=rr, column=j)
            c.border = box
            if j > 1:
                c.alignment = Alignment(horizontal="right")
    ws.cell(row=r + 2, column=1, value="Figures fewer than five are shown as <5. Totals include these figures.")
    ws.cell(row=r + 3, column=1, value=f"Source: RMS, extracted 04/06/2025. Ref {REF}.")
    ws.cell(row=r + 2, column=1).font = Font(italic=True, size=9)
    ws.cell(row=r + 3, column=1).font = Font(italic=True, size=9)

wb.save(HERE / "reply.xlsx")
print("written", HERE / "reply.xlsx")
