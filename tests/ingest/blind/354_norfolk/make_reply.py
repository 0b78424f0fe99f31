"""Build reply.xlsx: a Norfolk Constabulary FOI attachment (cover, table, notes) with openpyxl."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent

wb = Workbook()

# ---- Cover -------------------------------------------------------------
cover = wb.active
cover.title = "Cover"
cover.column_dimensions["A"].width = 22
cover.column_dimensions["B"].width = 100
lines = [
    ("Norfolk Constabulary", None),
    ("Freedom of Information Act 2000 - Disclosure", None),
    (None, None),
    ("FOI reference", "FOI 001460/24"),
    ("Date received", "10/05/2024"),
    ("Date of response", "14/06/2024 (amended version - replaces the response sent on 07/06/2024)"),
    (None, None),
    ("Request", "Please provide, for each of the last three financial years, the number of offences of "
                "sexual communication with a child recorded by Norfolk Constabulary, broken down by the "
                "social media platform or app on which the communication took place."),
    (None, None),
    ("Response", "Norfolk Constabulary holds some of the information requested. Table 1 shows offences "
                 "recorded under Home Office code 71/17 (Sexual communication with a child) for FY22/23 "
                 "and FY23/24, by the platform recorded on the crime report."),
    (None, "The platform field was added to the crime recording system on 1 April 2022. Before that "
           "date the platform was not recorded in any structured form, so the information is not held "
           "for FY21/22."),
    (None, "Please read the Notes tab alongside Table 1."),
]
for r, (a, b) in enumerate(lines, start=1):
    if a is not None:
        cover.cell(row=r, column=1, value=a)
    if b is not None:
        cover.cell(row=r, column=2, value=b).alignment = Alignment(wrap_text=True, vertical="top")
cover["A1"].font = Font(bold=True, size=14)
cover["A2"].font = Font(bold=True, size=11)
for r in (4, 5, 6, 8, 10):
    cover.cell(row=r, column=1).font = Font(bold=True)
    cover.cell(row=r, column=1).alignment = Alignment(vertical="top")
for r in (8, 10, 11):
    cover.row_dimensions[r].height = 45

# ---- Table 1 -----------------------------------------------------------
t = wb.create_sheet("Table 1")
t.column_dimensions["A"].width = 28
t.column_dimensions["B"].width = 12
t.column_dimensions["C"].width = 12
t["A1"] = "Table 1: Sexual communication with a child (HO code 71/17) - offences by platform recorded"
t["A1"].font = Font(bold=True)
t["A2"] = "Norfolk Constabulary, financial years (1 April to 31 March). Source: crime recording system, extracted 03/06/2024."
t["A2"].font = Font(italic=True, size=9)

header = ["Platform", "FY22/23", "FY23/24"]
rows = [
    ("Snapchat [note 3]", 41, 52),
    ("Instagram", 17, 21),
    ("WhatsApp", 9, 11),
    ("Facebook", 6, "x"),
    ("TikTok", "x", 7),
    ("Other [note 2]", 12, 15),
    ("Not recorded", 35, 29),
    ("Total", 123, 137),
]
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
start = 4
for c, h in enumerate(header, start=1):
    cell = t.cell(row=start, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = grey
    cell.border = box
    cell.alignment = Alignment(horizontal="center" if c > 1 else "left")
for i, row in enumerate(rows, start=start + 1):
    for c, v in enumerate(row, start=1):
        cell = t.cell(row=i, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
        if row[0] == "Total":
            cell.font = Font(bold=True)
t.cell(row=start + len(rows) + 2, column=1, value="x = suppressed, see note 1").font = Font(italic=True, size=9)

# ---- Notes -------------------------------------------------------------
n = wb.create_sheet("Notes")
n.column_dimensions["A"].width = 10
n.column_dimensions["B"].width = 110
notes = [
    ("Note", "Description"),
    ("note 1", "Figures between 1 and 4 are shown as x to reduce the risk of identifying victims. "
               "Totals are exact and include the suppressed figures."),
    ("note 2", "Other includes online games, dating apps, text message (SMS) and other messaging "
               "services where fewer than five offences were recorded in both years."),
    ("note 3", "Amended 14/06/2024: the FY22/23 Snapchat figure was given as 38 in the response sent on "
               "07/06/2024. Following a quality check three further crime reports were found and the figure "
               "is now 41. The FY22/23 total has been amended from 120 to 123."),
    ("note 4", "Where more than one platform was used, the first platform recorded is counted. Each "
               "offence is counted once."),
    ("note 5", "Figures are taken from a live system and may differ from those previously published."),
]
for r, (a, b) in enumerate(notes, start=1):
    n.cell(row=r, column=1, value=a)
    n.cell(row=r, column=2, value=b).alignment = Alignment(wrap_text=True, vertical="top")
    if r == 1:
        n.cell(row=r, column=1).font = Font(bold=True)
        n.cell(row=r, column=2).font = Font(bold=True)

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
