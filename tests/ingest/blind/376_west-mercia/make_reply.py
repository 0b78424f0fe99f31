"""Build reply.xlsx: West Mercia Police FOI attachment (71/17 and 86/2, 71/17 by victim age, outcomes)."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
bold = Font(bold=True)
title = Font(bold=True, size=14)
head_fill = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
right = Alignment(horizontal="right")

wb = Workbook()

# ---------------- Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 100
cover = [
    ("West Mercia Police", None, title),
    ("Freedom of Information Act 2000 - Disclosure", None, bold),
    (None, None, None),
    ("Reference", "FOI 3319/24", bold),
    ("Request received", "02/05/2024", bold),
    ("Response date", "29/05/2024", bold),
    ("Data source", "Crime recording system (Athena). Data extracted 20/05/2024.", bold),
    (None, None, None),
    ("Request", "Q1. How many offences of sexual communication with a child (s.15A Sexual Offences Act 2003) "
                "and of possession of indecent images of children were recorded by West Mercia Police in each "
                "of the financial years 2021/22, 2022/23 and 2023/24?", bold),
    (None, "Q2. For the sexual communication with a child offences, please give the age of the victim in "
           "the bands under 13, 13-15 and 16-17.", None),
    (None, "Q3. For the sexual communication with a child offences, how many resulted in a charge, a "
           "caution or a community resolution, and how many are still under investigation?", None),
    (None, None, None),
    ("Response", "West Mercia Police holds the information you requested. Q1 and Q2 are answered on the "
                 "'Offences' sheet and Q3 on the 'Outcomes' sheet.", bold),
    (None, None, None),
    ("Notes", "1. Figures are recorded crimes, counted by the financial year (1 April to 31 March) in which "
              "the crime was recorded.", bold),
    (None, "2. A dash (-) means nil: no crimes or outcomes of that type were recorded.", None),
    (None, "3. Outcomes are shown as at the date of extraction and relate to the crimes recorded in each "
           "year. Only the outcome types you asked about are shown, so the outcome figures will not add "
           "up to the number of crimes recorded.", None),
    (None, "4. Figures are taken from a live system and may differ slightly from figures published "
           "elsewhere.", None),
]
for r, (a, b, f) in enumerate(cover, start=1):
    if a is not None:
        c = ws.cell(row=r, column=1, value=a)
        if f is not None:
            c.font = f
    if b is not None:
        ws.cell(row=r, column=2, value=b).alignment = wrap


def table(sheet, top, heading, cols, rows, total_rows=()):
    sheet.cell(row=top, column=1, value=heading).font = bold
    hr = top + 1
    for i, h in enumerate(cols, start=1):
        c = sheet.cell(row=hr, column=i, value=h)
        c.font = bold
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for j, r in enumerate(rows, start=hr + 1):
        for i, v in enumerate(r, start=1):
            c = sheet.cell(row=j, column=i, value=v)
            c.border = box
            if i > 1:
                c.alignment = right
            if r[0] in total_rows or cols[i - 1] == "Total":
                c.font = bold
    return hr + len(rows) + 2


# ---------------- Offences
ds = wb.create_sheet("Offences")
ds.column_dimensions["A"].width = 58
for col in "BCDE":
    ds.column_dimensions[col].width = 12
nxt = table(
    ds, 1, "Q1 - Recorded crimes by Home Office offence code",
    ["Offence", "2021/22", "2022/23", "2023/24", "Total"],
    [
        ["071/17 Sexual communication with a child", 214, 238, 261, 713],
        ["086/02 Possession of indecent photographs of children", 392, 447, 418, 1257],
        ["Total", 606, 685, 679, 1970],
    ],
    total_rows=("Total",),
)
table(
    ds, nxt, "Q2 - Sexual communication with a child (071/17): age of victim",
    ["Victim age", "2021/22", "2022/23", "2023/24", "Total"],
    [
        ["Under 13", 52, 61, 70, 183],
        ["13 - 15", 131, 148, 158, 437],
        ["16 - 17", 24, 29, 27, 80],
        ["Not recorded", 7, "-", 6, 13],
    ],
)

# ---------------- Outcomes
os_ = wb.create_sheet("Outcomes")
os_.column_dimensions["A"].width = 46
for col in "BCD":
    os_.column_dimensions[col].width = 14
end = table(
    os_, 1, "Q3 - Outcomes of sexual communication with a child (071/17) crimes, by year recorded",
    ["Outcome", "Apr21-Mar22", "Apr22-Mar23", "Apr23-Mar24"],
    [
        ["Charge / Summons", 29, 34, 22],
        ["Youth Caution", 3, "-", 2],
        ["Adult Caution", "-", 1, "-"],
        ["Community Resolution", 6, 4, 9],
        ["Investigation ongoing - no outcome yet", 2, 11, 68],
    ],
)
os_.cell(row=end, column=1, value="See note 3 on the Cover sheet.").font = Font(italic=True)

wb.save(HERE / "reply.xlsx")
