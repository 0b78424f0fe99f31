"""Build reply.xlsx: Hertfordshire Constabulary FOI attachment (71/17 by age, gender, cyber flag)."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

wb = Workbook()
bold = Font(bold=True)
title = Font(bold=True, size=13)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")

# ---- Cover sheet
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 95
rows = [
    ("Hertfordshire Constabulary", None),
    ("Freedom of Information Act 2000 - data supplied in response to request", None),
    (None, None),
    ("Our reference", "FOI/HC/2024/01187"),
    ("Date of request", "14/05/2024"),
    ("Date of response", "11/06/2024"),
    ("Data source", "Athena crime recording system, extracted 29/05/2024"),
    (None, None),
    ("Request", "1. Please provide the number of offences of sexual communication with a child "
                "(Home Office code 71/17) recorded by Hertfordshire Constabulary in each of the "
                "last four financial years (2020/21, 2021/22, 2022/23 and 2023/24)."),
    (None, "2. For the same years, please break these down by the age of the victim "
           "(under 13, 13-15, 16-17) and by the gender of the victim."),
    (None, "3. How many of these offences were flagged as online / cyber-enabled?"),
    (None, None),
    ("Response", "The requested information is provided in the tables on the 'Data' sheet. "
                 "Please read the 'Notes' sheet before using the figures."),
]
for r, (a, b) in enumerate(rows, start=1):
    if a is not None:
        ws.cell(row=r, column=1, value=a)
    if b is not None:
        c = ws.cell(row=r, column=2, value=b)
        c.alignment = wrap
ws["A1"].font = title
ws["A2"].font = bold
for r in (4, 5, 6, 7, 9, 13):
    ws.cell(row=r, column=1).font = bold

# ---- Data sheet
ds = wb.create_sheet("Data")
ds.column_dimensions["A"].width = 26
for col in "BCDEF":
    ds.column_dimensions[col].width = 12
years = ["FY20/21", "FY21/22", "FY22/23", "FY23/24", "Total"]


def header(row):
    ds.cell(row=row, column=1, value="")
    for i, y in enumerate(years, start=2):
        c = ds.cell(row=row, column=i, value=y)
        c.font = head_font
        c.fill = head_fill
        c.alignment = Alignment(horizontal="center")
        c.border = box
    ds.cell(row=row, column=1).fill = head_fill
    ds.cell(row=row, column=1).border = box


def body(row, label, vals, is_total=False):
    c = ds.cell(row=row, column=1, value=label)
    c.border = box
    if is_total:
        c.font = bold
    for i, v in enumerate(vals, start=2):
        cell = ds.cell(row=row, column=i, value=v)
        cell.border = box
        cell.alignment = Alignment(horizontal="right")
        if is_total or i == 6:
            cell.font = bold


r = 1
ds.cell(row=r, column=1, value="Table 1: Sexual communication with a child (HO code 071/17) - "
        "offences recorded by age of victim").font = title
r = 3
header(r)
t1 = [
    ("Under 13", [31, 36, 42, 39, 148]),
    ("13 to 15", [88, 97, 104, 112, 401]),
    ("16 to 17", [9, 12, 7, 11, 39]),
    ("Age not recorded", ["<5", "<5", 5, "<5", 11]),
]
for label, vals in t1:
    r += 1
    body(r, label, vals)
r += 1
body(r, "Total", [131, 147, 158, 163, 599], is_total=True)

r += 3
ds.cell(row=r, column=1, value="Table 2: Sexual communication with a child (HO code 071/17) - "
        "offences recorded by gender of victim").font = title
r += 2
header(r)
t2 = [
    ("Female", [104, 118, 121, 130, 473]),
    ("Male", [24, 26, 33, 30, 113]),
    ("Not recorded", ["<5", "<5", "<5", "<5", 13]),
]
for label, vals in t2:
    r += 1
    body(r, label, vals)
r += 1
ds.cell(row=r, column=1, value="Yearly totals are as shown in Table 1.").font = Font(italic=True)

r += 3
ds.cell(row=r, column=1, value="Table 3: Sexual communication with a child (HO code 071/17) - "
        "offences with the online (cyber) flag").font = title
r += 2
header(r)
r += 1
body(r, "Cyber flagged", [97, 109, 122, 131, 459])

# ---- Notes sheet
ns = wb.create_sheet("Notes")
ns.column_dimensions["A"].width = 6
ns.column_dimensions["B"].width = 110
notes = [
    "Financial years run from 1 April to 31 March (FY20/21 = 01/04/2020 to 31/03/2021).",
    "Figures are counts of crimes recorded under Home Office classification 071/17 "
    "(Sexual Communication with a Child, Sexual Offences Act 2003 s.15A).",
    "Where a crime has more than one victim, the age and gender of the first recorded victim are used.",
    "Age is the age of the victim at the time of the offence as recorded on Athena.",
    "To protect the identity of victims, any figure below five has been replaced with <5. "
    "Totals have not been suppressed.",
    "The online (cyber) flag is applied by the recording officer and may under-represent "
    "the true number of online offences.",
    "Data is taken from a live system and may differ slightly from figures published elsewhere.",
]
ns["A1"] = "Notes"
ns["A1"].font = title
for i, n in enumerate(notes, start=1):
    ns.cell(row=i + 2, column=1, value=i)
    c = ns.cell(row=i + 2, column=2, value=n)
    c.alignment = wrap

wb.save("reply.xlsx")
