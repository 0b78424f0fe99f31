"""Build reply.xlsx: West Mercia Police FOI attachment (sexual communication with a child)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")

YEARS = ["FY21/22", "FY22/23", "FY23/24", "FY24/25 (to 30/09/24)"]
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def cell_value(v):
    # numbers stay numbers; the suppression marker is text, as the force's template has it
    return v


def table(ws, title, subtitle, row_label, rows, extra_total_col=False):
    ws["A1"] = title
    ws["A1"].font = TITLE
    ws["A2"] = subtitle
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(YEARS) + 1 + int(extra_total_col))
    header = [row_label] + YEARS + (["Total"] if extra_total_col else [])
    r0 = 4
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    for i, (label, values) in enumerate(rows, start=1):
        r = r0 + i
        lab = ws.cell(row=r, column=1, value=label)
        lab.border = BOX
        if label == "Total":
            lab.font = BOLD
        for j, v in enumerate(values, start=2):
            cell = ws.cell(row=r, column=j, value=cell_value(v))
            cell.alignment = Alignment(horizontal="right")
            cell.border = BOX
            if label == "Total":
                cell.font = BOLD
    ws.column_dimensions["A"].width = 34
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14
    ws.row_dimensions[r0].height = 32
    return r0 + len(rows)


wb = Workbook()

# ---- Notes sheet --------------------------------------------------------
notes = wb.active
notes.title = "Notes"
lines = [
    ("West Mercia Police - Freedom of Information Disclosure", TITLE),
    ("Reference: FOI 2024/03391", BOLD),
    ("Date of extraction: 21/10/2024", None),
    ("", None),
    ("Request", BOLD),
    ("Please provide the number of offences of sexual communication with a child (Sexual Offences Act "
     "2003 s.15A) recorded by West Mercia Police in each of the last three financial years and the current "
     "financial year to date, broken down by (a) the age of the victim and (b) the gender of the victim. "
     "Please also say how many of these offences were flagged as online / cyber enabled.", None),
    ("", None),
    ("Notes on the data", BOLD),
    ("1. Data has been extracted from the force crime recording system (Athena) using Home Office "
     "classification 71/17 - Sexual communication with a child.", None),
    ("2. Financial years run from 1 April to 31 March. FY24/25 is a part year and covers "
     "01/04/2024 to 30/09/2024 only.", None),
    ("3. Age is the age of the victim at the time of the offence as recorded on the crime. "
     "'Not recorded' means no date of birth or age was entered.", None),
    ("4. To reduce the risk of identifying individual victims, any count between 1 and 4 "
     "(inclusive) has been replaced with *. Totals are the true totals and have not been altered.", None),
    ("5. Table 3 counts crimes carrying the cyber / online flag, which is applied where the offence "
     "was committed, in full or in part, through a computer, computer network or other "
     "computer-enabled device.", None),
    ("6. Figures are based on live data and may differ slightly from figures published elsewhere.", None),
    ("", None),
    ("Tables", BOLD),
    ("Table 1 - by victim age group (sheet 'By age')", None),
    ("Table 2 - by victim gender (sheet 'By gender')", None),
    ("Table 3 - cyber / online flagged (sheet 'Online flag')", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = notes.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font:
        c.font = font
notes.column_dimensions["A"].width = 110
notes.row_dimensions[6].height = 60

# ---- Table 1 -----------------------------------------------------------
t1 = wb.create_sheet("By age")
table(
    t1,
    "Table 1: Sexual communication with a child (HO code 71/17) - recorded crimes by victim age",
    "West Mercia Police, FOI 2024/03391",
    "Victim age group",
    [
        ("Under 11", [14, 11, 17, "*"]),
        ("11 to 12", [52, 61, 58, 27]),
        ("13 to 15", [98, 109, 121, 55]),
        ("Not recorded", ["*", 6, "*", "*"]),
        ("Total", [167, 187, 199, 86]),
    ],
)

# ---- Table 2 -----------------------------------------------------------
t2 = wb.create_sheet("By gender")
table(
    t2,
    "Table 2: Sexual communication with a child (HO code 71/17) - recorded crimes by victim gender",
    "West Mercia Police, FOI 2024/03391",
    "Victim gender",
    [
        ("Female", [131, 148, 160, 69]),
        ("Male", [33, 36, 35, 15]),
        ("Unknown", ["*", "*", "*", "*"]),
        ("Total", [167, 187, 199, 86]),
    ],
)

# ---- Table 3 -----------------------------------------------------------
t3 = wb.create_sheet("Online flag")
last = table(
    t3,
    "Table 3: Sexual communication with a child (HO code 71/17) - crimes with cyber / online flag",
    "West Mercia Police, FOI 2024/03391",
    "",
    [("Cyber / online flag applied", [139, 162, 171, 74, 546])],
    extra_total_col=True,
)
t3.cell(row=last + 2, column=1, value="See Notes sheet for definitions.").font = Font(italic=True, size=9)

wb.save(OUT)
print("wrote", OUT)
