"""Build reply.xlsx: Metropolitan Police Service FOI attachment (reference 01.FOI.25.048213), openpyxl.

Large reply (36 figures). Sexual communication with a child offences (Home Office code 71/17)
recorded in the financial years 2022/23 to 2024/25, by the platform recorded as the means of
contact (Table 1, with a Total row) and by victim gender (Table 2, no total). Three sheets: a
'Read Me' sheet with the request, the definitions and the key ('x' = 1 to 4, '-' = nil), then
one sheet per table. Years run across and are written 'Apr 2022 - Mar 2023', under a merged
'Financial year' heading. Every cell is a value (no formulas).
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "01.FOI.25.048213"
YEARS = ["Apr 2022 - Mar 2023", "Apr 2023 - Mar 2024", "Apr 2024 - Mar 2025"]

# true values; 0 is printed '-', 1-4 printed 'x'
PLATFORMS = [
    ("Snapchat", [412, 455, 398]),
    ("Instagram", [187, 203, 176]),
    ("WhatsApp", [96, 118, 131]),
    ("Facebook / Messenger", [54, 41, 33]),
    ("TikTok", [22, 29, 37]),
    ("Kik", [2, 0, 0]),
    ("Other", [63, 71, 58]),
    ("Not recorded", [301, 264, 240]),
]
GENDER = [
    ("Female", [958, 986, 880]),
    ("Male", [171, 189, 189]),
    ("Not stated", [8, 6, 4]),
]
TOTALS = [sum(r[1][i] for r in PLATFORMS) for i in range(3)]
assert TOTALS == [sum(r[1][i] for r in GENDER) for i in range(3)] == [1137, 1181, 1073], TOTALS


def shown(v):
    if v == 0:
        return "-"
    if 1 <= v <= 4:
        return "x"
    return v


bold = Font(name="Arial", bold=True, size=10)
norm = Font(name="Arial", size=10)
thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(name="Arial", bold=True, color="FFFFFF", size=10)
tot_fill = PatternFill("solid", fgColor="D9E1F2")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---- Read Me -------------------------------------------------------------------------------
ws = wb.active
ws.title = "Read Me"
ws.column_dimensions["A"].width = 110
readme = [
    ("Metropolitan Police Service", Font(name="Arial", bold=True, size=14)),
    ("Freedom of Information Request Reference No: " + REF, bold),
    ("Sexual communication with a child offences by platform and victim gender", bold),
    ("", None),
    ("Request", bold),
    ("\"Please provide, for each of the last three financial years, the number of offences of sexual "
     "communication with a child (Sexual Offences Act 2003 s.15A) recorded by the Metropolitan Police, broken "
     "down by (1) the app, website or platform used to contact the child, and (2) the gender of the victim.\"",
     None),
    ("", None),
    ("Data notes", bold),
    ("1. Data source: MPS Crime Recording and Investigation System (CRIS) and Connect, extracted 16/06/2025.", None),
    ("2. The last three financial years have been taken as 1 April 2022 to 31 March 2025. Offences are "
     "counted by the date on which the crime was recorded.", None),
    ("3. The offences counted are those recorded under Home Office offence code 71/17 (Sexual communication "
     "with a child). Each offence is counted once.", None),
    ("4. Platform is taken from the 'means of contact' field completed by the investigating officer. Where "
     "more than one platform was used, only the first one recorded is counted, so each offence appears once "
     "in Table 1. 'Other' includes online gaming platforms, dating apps, text message and other websites. "
     "'Not recorded' means the field was left blank.", None),
    ("5. Victim gender is as recorded on the crime report. 'Not stated' means no gender was recorded.", None),
    ("", None),
    ("Key", bold),
    ("x  =  a figure between 1 and 4 (inclusive). In line with MPS disclosure policy these figures are "
     "suppressed to reduce the risk of identifying a child victim. Totals include the suppressed figures.", None),
    ("-  =  nil", None),
    ("", None),
    ("Table 1 and Table 2 are on the following sheets.", Font(name="Arial", italic=True, size=10)),
]
for i, (text, font) in enumerate(readme, start=1):
    c = ws.cell(row=i, column=1, value=text if text else None)
    c.font = font or norm
    c.alignment = wrap


def table_sheet(title, heading, first_col, rows, with_total):
    sh = wb.create_sheet(title)
    sh.column_dimensions["A"].width = 34
    for col in "BCD":
        sh.column_dimensions[col].width = 21
    sh["A1"] = heading
    sh["A1"].font = Font(name="Arial", bold=True, size=11)
    sh["A2"] = "Metropolitan Police Service \u2013 FOI " + REF
    sh["A2"].font = Font(name="Arial", italic=True, size=9)
    # two-row header: merged 'Financial year' over the three years
    sh.merge_cells("A4:A5")
    sh["A4"] = first_col
    sh.merge_cells("B4:D4")
    sh["B4"] = "Financial year"
    for j, y in enumerate(YEARS):
        sh.cell(row=5, column=2 + j, value=y)
    for r in (4, 5):
        for cidx in range(1, 5):
            c = sh.cell(row=r, column=cidx)
            c.fill = head_fill
            c.font = head_font
            c.alignment = centre
            c.border = box
    r = 6
    for label, vals in rows:
        sh.cell(row=r, column=1, value=label).font = norm
        sh.cell(row=r, column=1).border = box
        for j, v in enumerate(vals):
            c = sh.cell(row=r, column=2 + j, value=shown(v))
            c.font = norm
            c.alignment = Alignment(horizontal="center")
            c.border = box
        r += 1
    if with_total:
        sh.cell(row=r, column=1, value="Total")
        for j, v in enumerate(TOTALS):
            sh.cell(row=r, column=2 + j, value=v)
        for cidx in range(1, 5):
            c = sh.cell(row=r, column=cidx)
            c.font = bold
            c.fill = tot_fill
            c.border = box
            if cidx > 1:
                c.alignment = Alignment(horizontal="center")
                c.number_format = "#,##0"
        r += 1
    sh.cell(row=r + 1, column=1, value="See the Read Me sheet for the key and data notes.").font = \
        Font(name="Arial", italic=True, size=9)
    return sh


table_sheet("Table 1 - Platform", "Table 1: Sexual communication with a child offences by platform used",
            "Platform", PLATFORMS, True)
table_sheet("Table 2 - Victim gender",
            "Table 2: Sexual communication with a child offences by gender of victim",
            "Victim gender", GENDER, False)

wb.save(HERE / "reply.xlsx")
print("written", HERE / "reply.xlsx", TOTALS)
