"""Build reply.xlsx: Gwent Police / Heddlu Gwent FOI attachment (reference FOI-24-0917).

Large reply. Sexual communication with a child (s.15A, HO code 71/17), financial years
2021/22 to 2023/24. Bilingual Welsh / English labels throughout. Sheet 'Nodiadau - Notes' holds
the request and the rules ('*' = a figure between 1 and 4, totals include them). Sheet
'Tabl 1 - Table 1': victim gender (merged group cells down column A) x victim age band down the
rows, years ACROSS, plus a 'Cyfanswm / Total' row and column. Sheet 'Tabl 2 - Table 2': the
online flag, years across with a total.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI-24-0917"
YEARS = ["2021/22", "2022/23", "2023/24"]
S = "*"
# true values behind the '*' cells, used only to make the printed totals add up
HIDDEN = {("Gwryw / Male", "16-17", 0): 2, ("Gwryw / Male", "16-17", 1): 3,
          ("Rhyw heb ei gofnodi / Gender not recorded", "Pob oed / All ages", 1): 4,
          ("Rhyw heb ei gofnodi / Gender not recorded", "Pob oed / All ages", 2): 1}
ROWS = [
    ("Benyw / Female", "Dan 13 / Under 13", [38, 45, 41]),
    ("Benyw / Female", "13-15", [96, 112, 104]),
    ("Benyw / Female", "16-17", [11, 9, 14]),
    ("Gwryw / Male", "Dan 13 / Under 13", [7, 12, 10]),
    ("Gwryw / Male", "13-15", [14, 19, 17]),
    ("Gwryw / Male", "16-17", [S, S, 5]),
    ("Rhyw heb ei gofnodi / Gender not recorded", "Pob oed / All ages", [6, S, S]),
]
ONLINE = [151, 183, 170]


def true_vals(g, a, vals):
    return [HIDDEN[(g, a, i)] if v == S else v for i, v in enumerate(vals)]


ROW_TOTALS = [sum(true_vals(g, a, v)) for g, a, v in ROWS]
COL_TOTALS = [sum(true_vals(g, a, v)[i] for g, a, v in ROWS) for i in range(3)]
GRAND = sum(COL_TOTALS)
assert COL_TOTALS == [174, 204, 192] and GRAND == 570 == sum(ROW_TOTALS)
assert all(o <= t for o, t in zip(ONLINE, COL_TOTALS))

thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DCE6F1")
tot_fill = PatternFill("solid", fgColor="F2F2F2")
bold = Font(bold=True)
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# --- Notes ------------------------------------------------------------------------------
ws = wb.active
ws.title = "Nodiadau - Notes"
ws.column_dimensions["A"].width = 120
lines = [
    ("Heddlu Gwent Police", Font(bold=True, size=14)),
    ("Cais Rhyddid Gwybodaeth / Freedom of Information Request", Font(bold=True, size=12)),
    (f"Cyfeirnod / Reference: {REF}", bold),
    ("Dyddiad ymateb / Date of response: 12/07/2024", None),
    ("", None),
    ("Cais / Request", bold),
    ("“Please provide, for each of the financial years 2021/22, 2022/23 and 2023/24:", None),
    ("1) The number of offences of sexual communication with a child (section 15A Sexual Offences "
     "Act 2003) recorded by Gwent Police, broken down by the gender of the victim and the age of the "
     "victim (under 13, 13-15 and 16-17).", None),
    ("2) How many of these offences were flagged as online.”", None),
    ("", None),
    ("Nodiadau / Notes", bold),
    ("1. Daw'r data o system cofnodi troseddau Niche, a dynnwyd ar 02/07/2024. Mae'r troseddau wedi'u "
     "cyfrif yn ôl y dyddiad y cawsant eu cofnodi, o dan god y Swyddfa Gartref 71/17.", None),
    ("   Data taken from the Niche crime recording system, extracted on 02/07/2024. Offences are counted "
     "by the date they were recorded, under Home Office code 71/17.", None),
    ("2. Blwyddyn ariannol = 1 Ebrill i 31 Mawrth. / Financial year = 1 April to 31 March.", None),
    ("3. Oedran y dioddefwr ar adeg y drosedd. Lle mae mwy nag un dioddefwr, defnyddiwyd y dioddefwr "
     "cyntaf a gofnodwyd.", None),
    ("   Age of the victim at the time of the offence. Where there is more than one victim, the first "
     "recorded victim has been used.", None),
    ("4. * = ffigur rhwng 1 a 4, wedi'i guddio er mwyn diogelu hunaniaeth dioddefwyr. Mae'r cyfansymiau "
     "yn cynnwys y ffigurau hyn.", None),
    ("   * = a figure between 1 and 4, suppressed to protect the identity of victims. Totals include "
     "these figures.", None),
    ("5. Mae'r tag ar-lein yn cael ei roi pan fo'r drosedd wedi'i chyflawni, yn llawn neu'n rhannol, "
     "drwy gyfrifiadur neu ddyfais ar-lein.", None),
    ("   The online flag is applied where the offence was committed, in full or in part, through a "
     "computer or online device.", None),
    ("", None),
    ("Tabl 1 / Table 1 – cwestiwn 1 / question 1.   Tabl 2 / Table 2 – cwestiwn 2 / question 2.", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = wrap
    if font:
        c.font = font

# --- Table 1 ----------------------------------------------------------------------------
t1 = wb.create_sheet("Tabl 1 - Table 1")
t1["A1"] = ("Troseddau cyfathrebu rhywiol â phlentyn (cod y Swyddfa Gartref 71/17) a gofnodwyd, yn ôl "
            "rhyw ac oedran y dioddefwr")
t1["A2"] = ("Recorded offences of sexual communication with a child (Home Office code 71/17), by gender "
            "and age of victim")
t1["A1"].font = Font(bold=True, size=12)
t1["A2"].font = Font(bold=True, italic=True, size=11)
t1.merge_cells("C4:E4")
t1["C4"] = "Blwyddyn ariannol / Financial year"
hdr = ["Rhyw / Gender", "Oedran y dioddefwr / Victim age"] + YEARS + ["Cyfanswm / Total"]
for j, h in enumerate(hdr, start=1):
    t1.cell(row=5, column=j, value=h)
for r in (4, 5):
    for j in range(1, 7):
        c = t1.cell(row=r, column=j)
        c.font = bold
        c.fill = fill
        c.alignment = centre
        c.border = box
row = 6
groups = {}
for (g, a, vals), rt in zip(ROWS, ROW_TOTALS):
    groups.setdefault(g, []).append(row)
    t1.cell(row=row, column=1, value=g)
    t1.cell(row=row, column=2, value=a)
    for i, v in enumerate(vals):
        t1.cell(row=row, column=3 + i, value=v)
    t1.cell(row=row, column=6, value=rt).font = bold
    for j in range(1, 7):
        t1.cell(row=row, column=j).border = box
        if j >= 3:
            t1.cell(row=row, column=j).alignment = Alignment(horizontal="center")
    row += 1
# merge gender group labels down column A (only the first cell keeps its value)
for g, rows_ in groups.items():
    if len(rows_) > 1:
        for r in rows_[1:]:
            t1.cell(row=r, column=1).value = None
        t1.merge_cells(start_row=rows_[0], start_column=1, end_row=rows_[-1], end_column=1)
    t1.cell(row=rows_[0], column=1).alignment = Alignment(vertical="center", wrap_text=True)
t1.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
t1.cell(row=row, column=1, value="Cyfanswm / Total")
for i, v in enumerate(COL_TOTALS):
    t1.cell(row=row, column=3 + i, value=v)
t1.cell(row=row, column=6, value=GRAND)
for j in range(1, 7):
    c = t1.cell(row=row, column=j)
    c.font = bold
    c.fill = tot_fill
    c.border = box
    if j >= 3:
        c.alignment = Alignment(horizontal="center")
t1.cell(row=row + 2, column=1,
        value="* = ffigur rhwng 1 a 4 / a figure between 1 and 4. Gweler y Nodiadau / See Notes.").font = \
    Font(italic=True, size=9)
for col, w in zip("ABCDEF", (26, 22, 12, 12, 12, 16)):
    t1.column_dimensions[col].width = w

# --- Table 2 ----------------------------------------------------------------------------
t2 = wb.create_sheet("Tabl 2 - Table 2")
t2["A1"] = "Troseddau 71/17 gyda'r tag ar-lein"
t2["A2"] = "71/17 offences with the online flag"
t2["A1"].font = Font(bold=True, size=12)
t2["A2"].font = Font(bold=True, italic=True, size=11)
hdr2 = [""] + YEARS + ["Cyfanswm / Total"]
for j, h in enumerate(hdr2, start=1):
    c = t2.cell(row=4, column=j, value=h or None)
    c.font = bold
    c.fill = fill
    c.alignment = centre
    c.border = box
t2.cell(row=5, column=1, value="Tag ar-lein / Online flag")
for i, v in enumerate(ONLINE):
    t2.cell(row=5, column=2 + i, value=v)
t2.cell(row=5, column=5, value=sum(ONLINE)).font = bold
for j in range(1, 6):
    t2.cell(row=5, column=j).border = box
    if j >= 2:
        t2.cell(row=5, column=j).alignment = Alignment(horizontal="center")
for col, w in zip("ABCDE", (26, 12, 12, 12, 16)):
    t2.column_dimensions[col].width = w

wb.save(HERE / "reply.xlsx")
