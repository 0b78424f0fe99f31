"""Build reply.xlsx: Essex Police FOI attachment (sexual communication with a child)."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

wb = Workbook()
bold = Font(bold=True)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------- Notes sheet ----------------
ws = wb.active
ws.title = "Notes"
notes = [
    ("Essex Police - Freedom of Information Act 2000", True),
    ("Disclosure reference: PUB 2291 / 60417", False),
    ("Date of response: 27 November 2024", False),
    ("", False),
    ("Request", True),
    ("1. Please provide the number of offences of sexual communication with a child (section 15A Sexual Offences Act 2003) recorded by Essex Police in each financial year from 2021/22 to 2023/24, and for 2024/25 so far, broken down by the age of the victim.", False),
    ("2. For the same years, how many of these offences had the online (cyber) flag applied.", False),
    ("3. For 2023/24 only, the social media platform or app used by the offender.", False),
    ("", False),
    ("Notes on the data", True),
    ("Data extracted from the Athena crime recording system on 18/11/2024. Figures are for crimes recorded under Home Office offence code 071/17.", False),
    ("Financial years run from 1 April to 31 March. FY24/25 covers 01/04/2024 to 31/10/2024 only (the latest complete month at the time of extraction).", False),
    ("Victim age is the age at the time of the offence where this has been recorded.", False),
    ("To reduce the risk of identifying individual victims, numbers from 1 to 4 have been shown as '1-4'. Totals include these values.", False),
    ("'-' denotes nil (no crimes recorded).", False),
    ("The platform (Table 3) is not held in a structured field. It has been taken from a keyword search of the crime summary, and where none of the listed platforms was mentioned the crime is counted as 'Not recorded'. Where more than one platform was named, the first one mentioned has been counted.", False),
    ("", False),
    ("Please see sheets 'Table 1', 'Table 2' and 'Table 3'.", False),
]
for i, (text, is_bold) in enumerate(notes, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if is_bold:
        c.font = bold
ws.column_dimensions["A"].width = 120


def header(ws, row, values):
    for j, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=j, value=v)
        c.font = head_font
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center", wrap_text=True)


def body(ws, row, values, is_bold=False):
    for j, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=j, value=v)
        c.border = box
        if j > 1:
            c.alignment = Alignment(horizontal="right")
        if is_bold:
            c.font = bold


# ---------------- Table 1 ----------------
t1 = wb.create_sheet("Table 1")
t1["A1"] = "Table 1: Sexual Communication with a Child (HO code 071/17) - recorded crimes by age of victim"
t1["A1"].font = bold
header(t1, 3, ["Victim age", "FY21/22", "FY22/23", "FY23/24", "FY24/25 (to 31/10/24)", "Total"])
rows = [
    ("Under 13", 38, 44, 51, 27, 160),
    ("13-15", 96, 118, 127, 70, 411),
    ("16-17", 9, 12, 14, 6, 41),
    ("Not recorded", "1-4", 5, "-", "1-4", 10),
]
r = 4
for row in rows:
    body(t1, r, list(row))
    r += 1
body(t1, r, ["Total", 145, 179, 192, 106, 622], is_bold=True)
t1.column_dimensions["A"].width = 18
for col in "BCDEF":
    t1.column_dimensions[col].width = 14
t1.column_dimensions["E"].width = 22

# ---------------- Table 2 ----------------
t2 = wb.create_sheet("Table 2")
t2["A1"] = "Table 2: Sexual Communication with a Child (HO code 071/17) - crimes with the online flag applied"
t2["A1"].font = bold
header(t2, 3, ["Financial year", "Online flagged crimes"])
for i, (fy, n) in enumerate([("FY21/22", 131), ("FY22/23", 166), ("FY23/24", 178),
                             ("FY24/25 (to 31/10/24)", 99)], start=4):
    body(t2, i, [fy, n])
t2.column_dimensions["A"].width = 24
t2.column_dimensions["B"].width = 22

# ---------------- Table 3 ----------------
t3 = wb.create_sheet("Table 3")
t3["A1"] = "Table 3: Sexual Communication with a Child (HO code 071/17) - FY23/24 crimes by platform"
t3["A1"].font = bold
header(t3, 3, ["Platform", "Crimes"])
plat = [("Snapchat", 64), ("Instagram", 31), ("WhatsApp", 22), ("Facebook", 11),
        ("TikTok", 9), ("Other", 18), ("Not recorded", 37)]
r = 4
for p in plat:
    body(t3, r, list(p))
    r += 1
body(t3, r, ["Total", 192], is_bold=True)
t3.column_dimensions["A"].width = 18
t3.column_dimensions["B"].width = 12

wb.save("reply.xlsx")
