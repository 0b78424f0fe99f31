"""Build reply.xlsx for 1012_essex deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The workbook is written with openpyxl and then re-packed with fixed zip
timestamps and fixed document dates, so the bytes do not depend on when it is run.
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 10, 30, 9, 12, 0)

bold = Font(bold=True)
title_font = Font(bold=True, size=13)
hdr_fill = PatternFill("solid", fgColor="1F3864")
hdr_font = Font(bold=True, color="FFFFFF")
pivot_fill = PatternFill("solid", fgColor="DDEBF7")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center")


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


wb = Workbook()

# ---------------------------------------------------------------- Read Me
ws = wb.active
ws.title = "Read Me"
ws.column_dimensions["A"].width = 24
ws.column_dimensions["B"].width = 95
ws["A1"] = "Essex Police - Freedom of Information Request"
ws["A1"].font = title_font
ws.merge_cells("A1:B1")
rows = [
    ("FOI Reference", "21974/24"),
    ("Title", "Indecent Images of Children (86/2) - Offences, Suspect Age and Outcomes 2021 - 2024"),
    ("Date of Response", "30/10/2024"),
    ("Data Source", "Athena - crime records"),
    ("Date Extracted", "14/10/2024"),
    ("", ""),
    ("Request", "1. How many offences of taking, making or distributing indecent images of children "
                "(Home Office code 86/2) were recorded by Essex Police in each calendar year 2021, 2022 "
                "and 2023, and in 2024 up to 30 September? Of these, how many were flagged as online?"),
    ("", "2. For the same periods, the number of suspects aged under 18 and aged 18 and over."),
    ("", "3. The outcomes of those offences."),
    ("", ""),
    ("Notes", "Please see the following tabs: Q1 Offences, Q2 Suspect Age, Q3 Outcomes."),
    ("", "2024 data covers 01/01/2024 to 30/09/2024 only and is therefore a part year."),
    ("", "Offences are counted by the date the crime was recorded, not the date it was committed."),
    ("", "A single offence may have more than one suspect, and some offences have no suspect "
         "identified, so the suspect counts in Q2 will not match the offence counts in Q1."),
    ("", "Outcomes are those held on the system at the date of extraction. Many investigations "
         "involving the examination of digital devices remain open and their outcome may change."),
    ("", "Figures between 1 and 4 have been shown as '1-4' to reduce the risk of identifying "
         "individuals. This information is exempt under Section 40(2) of the Freedom of "
         "Information Act 2000 (Personal Information)."),
    ("", "Essex Police data is subject to change as crimes are reclassified or cancelled, so figures "
         "may differ slightly from those previously published."),
]
r = 3
for a, b in rows:
    ws.cell(row=r, column=1, value=a or None).font = bold
    c = ws.cell(row=r, column=2, value=b or None)
    c.alignment = wrap
    r += 1

# ---------------------------------------------------------------- Q1
ws = wb.create_sheet("Q1 Offences")
ws.column_dimensions["A"].width = 46
for col in "BCDE":
    ws.column_dimensions[col].width = 12
ws["A1"] = "Q1 - Offences recorded under Home Office code 86/2 (Take, make or distribute indecent photographs of children)"
ws["A1"].font = title_font
ws.merge_cells("A1:E1")
ws["A3"] = "Offence"
ws.merge_cells("A3:A4")
ws["B3"] = "Calendar Year"
ws.merge_cells("B3:E3")
for i, y in enumerate(["2021", "2022", "2023", "2024*"]):
    ws.cell(row=4, column=2 + i, value=y)
for row in ws["A3:E4"]:
    for c in row:
        c.fill = hdr_fill
        c.font = hdr_font
        c.alignment = centre
data = [
    ("Total 86/2 offences recorded", [612, 587, 655, 471]),
    ("Of which flagged 'Online'", [548, 529, 601, 440]),
]
for i, (lab, vals) in enumerate(data):
    ws.cell(row=5 + i, column=1, value=lab)
    for j, v in enumerate(vals):
        ws.cell(row=5 + i, column=2 + j, value=v)
boxed(ws, "A3:E6")
ws["A8"] = "* 2024 = 01/01/2024 to 30/09/2024"
ws["A9"] = ("The Online flag is applied where the offence was committed, in full or in part, "
            "through a computer, computer network or other internet-enabled device.")
ws["A9"].alignment = wrap
ws.merge_cells("A9:E10")

# ---------------------------------------------------------------- Q2
ws = wb.create_sheet("Q2 Suspect Age")
ws.column_dimensions["A"].width = 18
for col in "BCDEF":
    ws.column_dimensions[col].width = 13
ws["A1"] = "Q2 - Suspects linked to 86/2 offences by age at time of offence"
ws["A1"].font = title_font
ws["A3"] = "Count of Suspect"
ws["B3"] = "Column Labels"
ws["A4"] = "Row Labels"
for i, y in enumerate(["2021", "2022", "2023", "2024", "Grand Total"]):
    ws.cell(row=4, column=2 + i, value=y)
pivot = [
    ("Under 18", [118, 131, 149, 102]),
    ("18 and over", [301, 287, 322, 219]),
    ("(blank)", [97, 88, 104, 91]),
]
for i, (lab, vals) in enumerate(pivot):
    ws.cell(row=5 + i, column=1, value=lab)
    for j, v in enumerate(vals):
        ws.cell(row=5 + i, column=2 + j, value=v)
    ws.cell(row=5 + i, column=6, value=sum(vals))
ws.cell(row=8, column=1, value="Grand Total")
for j in range(4):
    ws.cell(row=8, column=2 + j, value=sum(p[1][j] for p in pivot))
ws.cell(row=8, column=6, value=sum(sum(p[1]) for p in pivot))
for row in ws["A3:F4"]:
    for c in row:
        c.fill = pivot_fill
        c.font = bold
for c in ws[8]:
    c.font = bold
    if c.column <= 6:
        c.fill = pivot_fill
ws["A10"] = "(blank) - the date of birth of the suspect has not been recorded."
ws["A11"] = "2024 = 01/01/2024 to 30/09/2024"

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3 Outcomes")
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 78
ws.column_dimensions["C"].width = 10
ws["A1"] = "Q3 - Outcomes of 86/2 offences recorded 01/01/2021 - 30/09/2024 (outcome as at 14/10/2024)"
ws["A1"].font = title_font
ws.merge_cells("A1:C1")
hdr = ["Outcome Code", "Outcome Description", "Count"]
for i, h in enumerate(hdr):
    c = ws.cell(row=3, column=1 + i, value=h)
    c.fill = hdr_fill
    c.font = hdr_font
outcomes = [
    ("1", "Charged/Summonsed", 389),
    ("2", "Youth Caution", "1-4"),
    ("3", "Adult Caution", 27),
    ("8", "Community Resolution", 41),
    ("15", "Named suspect identified - evidential difficulties prevent further action (victim supports)", 512),
    ("16", "Named suspect identified - evidential difficulties prevent further action (victim does not support)", 88),
    ("18", "Investigation complete - no suspect identified", 146),
    ("20", "Further action by another body or agency", 63),
    ("21", "Not in the public interest - police decision", 214),
    ("22", "Diversionary, educational or intervention activity - no further action", "1-4"),
    ("-", "Under investigation - no outcome yet", 840),
]
for i, (code, desc, n) in enumerate(outcomes):
    ws.cell(row=4 + i, column=1, value=code).alignment = Alignment(horizontal="left")
    ws.cell(row=4 + i, column=2, value=desc)
    c = ws.cell(row=4 + i, column=3, value=n)
    c.alignment = Alignment(horizontal="right")
tr = 4 + len(outcomes)
ws.cell(row=tr, column=1, value="Total")
ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=2)
ws.cell(row=tr, column=3, value=2325)
for c in ws[tr]:
    c.font = bold
boxed(ws, "A3:C%d" % tr)
ws.cell(row=tr + 2, column=1, value="1-4 = a figure between 1 and 4 (Section 40(2) FOIA). The total includes these figures.")

wb.properties.creator = "Essex Police Information Rights"
wb.properties.lastModifiedBy = "Essex Police Information Rights"
wb.properties.title = "FOI 21974/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed timestamps and fixed core-document dates.
stamp = "2024-10-30T09:12:00Z"
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % stamp, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % stamp, txt)
            data = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 30, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
