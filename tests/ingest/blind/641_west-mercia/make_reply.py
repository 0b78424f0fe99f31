"""Build reply.xlsx: West Mercia Police FOI attachment (reference FOI 2025/0612), openpyxl.

A three-sheet workbook of the kind a disclosure unit attaches to its e-mail:
  'Cover'             the request (Q1, Q2), the response paragraph, data notes;
  'Q1 Platform'       sexual communication with a child (code written 071/17) crimes by the
                      platform used, financial years ACROSS written 'Apr 2022 - Mar 2023' etc.,
                      with a Total row and a Total column; '-' cells keyed as nil in a footnote;
  'Q2 Victim gender'  victims of those crimes by gender, same years, Total row, no Total
                      column; a footnote says a crime can have more than one victim.
Every cell is a value (no formulas); '-' cells are text.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
YEARS = ("Apr 2022 - Mar 2023", "Apr 2023 - Mar 2024", "Apr 2024 - Mar 2025")

Q1 = [
    ("Snapchat", (112, 131, 118)),
    ("Instagram", (41, 38, 45)),
    ("WhatsApp", (27, 33, 29)),
    ("Facebook / Messenger", (19, 14, 9)),
    ("TikTok", (6, 11, 8)),
    ("Kik", (3, "-", "-")),
    ("Other", (23, 27, 31)),
    ("Not recorded", (58, 44, 37)),
]
Q2 = [
    ("Female", (231, 238, 219)),
    ("Male", (52, 61, 55)),
    ("Not recorded", (17, 12, 9)),
]


def num(v):
    return 0 if v == "-" else v


Q1_COLTOT = [sum(num(vals[i]) for _, vals in Q1) for i in range(3)]
Q1_ROWTOT = [sum(num(v) for v in vals) for _, vals in Q1]
Q1_GRAND = sum(Q1_COLTOT)
assert Q1_GRAND == sum(Q1_ROWTOT)
Q2_COLTOT = [sum(vals[i] for _, vals in Q2) for i in range(3)]
print("Q1 year totals", Q1_COLTOT, "row totals", Q1_ROWTOT, "grand", Q1_GRAND)
print("Q2 year totals", Q2_COLTOT)

thin = Side(style="thin", color="A6A6A6")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1B365D")
tot_fill = PatternFill("solid", fgColor="D9E1F2")
white_bold = Font(bold=True, color="FFFFFF")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 95
ws.sheet_view.showGridLines = False
cover = [
    ("West Mercia Police", None),
    ("Information Rights Unit - Freedom of Information Act 2000", None),
    (None, None),
    ("Reference", "FOI 2025/0612"),
    ("Date received", "12/05/2025"),
    ("Date of response", "09/06/2025"),
    ("Data source", "Athena crime recording system, extracted 28/05/2025"),
    (None, None),
    ("Request", "Q1. For each of the last three financial years, how many offences of sexual "
                "communication with a child were recorded, broken down by the social media "
                "platform or app that was used?"),
    (None, "Q2. For the same years, please give the number of victims of these offences by "
           "gender."),
    (None, None),
    ("Response", "West Mercia Police holds information relevant to your request. The three "
                 "financial years are 1 April 2022 to 31 March 2025. Please see the worksheets "
                 "'Q1 Platform' and 'Q2 Victim gender' in this workbook."),
    (None, None),
    ("Notes", "Figures are recorded crimes under Home Office classification 071/17 (Sexual "
              "communication with a child, Sexual Offences Act 2003 s.15A)."),
    (None, "Platform is taken from the first platform entered on the crime record. Each crime is "
           "counted once, so the platform rows add to the total number of crimes."),
    (None, "Figures are drawn from a live system and may differ slightly from those published "
           "elsewhere."),
    (None, None),
    ("Re-use", "The information supplied is protected by copyright. You may re-use it under the "
               "Open Government Licence. If you are unhappy with this response you may ask for "
               "an internal review within 40 working days."),
]
r = 1
for a, b in cover:
    if a is not None:
        c = ws.cell(row=r, column=1, value=a)
        c.font = Font(bold=True, size=14 if r == 1 else 11)
        c.alignment = wrap
    if b is not None:
        c = ws.cell(row=r, column=2, value=b)
        c.alignment = wrap
        if len(b) > 95:
            ws.row_dimensions[r].height = 15 * (len(b) // 90 + 1)
    r += 1


def header(ws, row, labels):
    for j, h in enumerate(labels, start=1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = white_bold
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center" if j > 1 else "left", wrap_text=True,
                                vertical="center")
    ws.row_dimensions[row].height = 30


def body_row(ws, row, label, vals, total=False):
    c = ws.cell(row=row, column=1, value=label)
    c.border = box
    if total:
        c.font = bold
        c.fill = tot_fill
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=row, column=j, value=v)
        c.border = box
        c.alignment = Alignment(horizontal="right")
        if total:
            c.font = bold
            c.fill = tot_fill


# ---------------------------------------------------------------- Q1
ws = wb.create_sheet("Q1 Platform")
ws.column_dimensions["A"].width = 26
for col in "BCDE":
    ws.column_dimensions[col].width = 17
ws["A1"] = ("Table 1: Sexual communication with a child (HO code 071/17) - recorded crimes by "
            "platform used")
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:E1")
ws["A2"] = "West Mercia Police - FOI 2025/0612"
ws["A2"].font = Font(italic=True, size=9)
header(ws, 4, ("Platform",) + YEARS + ("Total",))
row = 5
for (label, vals), rt in zip(Q1, Q1_ROWTOT):
    body_row(ws, row, label, list(vals) + [rt])
    row += 1
body_row(ws, row, "Total", Q1_COLTOT + [Q1_GRAND], total=True)
row += 2
for note in [
    "- denotes nil (no crimes recorded).",
    "'Other' includes online gaming platforms, dating apps and SMS/text messaging.",
    "'Not recorded' means no platform was entered on the crime record.",
]:
    ws.cell(row=row, column=1, value=note).font = Font(size=9)
    row += 1

# ---------------------------------------------------------------- Q2
ws = wb.create_sheet("Q2 Victim gender")
ws.column_dimensions["A"].width = 26
for col in "BCD":
    ws.column_dimensions[col].width = 17
ws["A1"] = "Table 2: Victims of sexual communication with a child (071/17) by gender"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
ws["A2"] = "West Mercia Police - FOI 2025/0612"
ws["A2"].font = Font(italic=True, size=9)
header(ws, 4, ("Victim gender",) + YEARS)
row = 5
for label, vals in Q2:
    body_row(ws, row, label, list(vals))
    row += 1
body_row(ws, row, "Total victims", Q2_COLTOT, total=True)
row += 2
for note in [
    "A crime can have more than one victim, so the number of victims is higher than the number "
    "of crimes in Table 1.",
    "'Not recorded' means the victim's gender was not entered.",
]:
    ws.cell(row=row, column=1, value=note).font = Font(size=9)
    row += 1

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
