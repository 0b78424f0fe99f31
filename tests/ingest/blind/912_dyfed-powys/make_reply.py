"""Build reply.xlsx: Dyfed-Powys Police FOI attachment (indecent images of children, 86/2).

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-for-byte reproducible.
"""
import datetime
import io
import re
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 1, 31, 9, 12, 0)

bold = Font(bold=True)
title = Font(bold=True, size=13)
grey = PatternFill("solid", fgColor="D9D9D9")
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Response sheet
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 110
letter = [
    ("Heddlu Dyfed-Powys Police", title),
    ("Uned Rhyddid Gwybodaeth / Freedom of Information Unit", bold),
    ("Pencadlys yr Heddlu, Llangynnwr, Caerfyrddin SA31 2PF / Police Headquarters, Llangunnor, Carmarthen SA31 2PF", None),
    ("", None),
    ("Cyfeirnod / Reference: FOI 0048/2024", bold),
    ("Dyddiad / Date: 31/01/2024", None),
    ("", None),
    ("Cais Rhyddid Gwybodaeth / Freedom of Information Request", bold),
    ("", None),
    ("Request received 04/01/2024:", bold),
    ("1. How many crimes of taking, making or distributing indecent images of children (Home Office code 86/2) "
     "were recorded by Dyfed-Powys Police in each of the financial years 2020/21, 2021/22, 2022/23 and 2023/24 to date?", wrap),
    ("2. Of the crimes in question 1, how many were flagged as online (cyber) offences?", wrap),
    ("3. The age of the suspect(s) for these crimes, split into under 18 and 18 and over, for each year.", wrap),
    ("4. For 2022/23 and 2023/24 to date only, the outcomes of the crimes in question 1 (charge, caution, "
     "community resolution and any other outcome types).", wrap),
    ("", None),
    ("Response:", bold),
    ("Dyfed-Powys Police has completed its searches and can confirm that the information you requested is held, "
     "with the exception of suspect age for 2020/21 (see Table 2 and Note 4).", wrap),
    ("Questions 1 and 2 - please see Table 1 on the 'Data' sheet.", None),
    ("Question 3 - please see Table 2 on the 'Data' sheet.", None),
    ("Question 4 - please see Table 3 on the 'Data' sheet.", None),
    ("Please read the 'Notes' sheet before using these figures.", None),
    ("", None),
    ("Section 1(1)(a) of the Freedom of Information Act 2000 - information not held: suspect age for crimes recorded "
     "in 2020/21 is not held by Dyfed-Powys Police in a retrievable form. This letter serves as notice of that fact.", wrap),
    ("", None),
    ("If you are unhappy with the way your request has been handled you may ask for an internal review within "
     "40 working days by writing to the Freedom of Information Unit at the address above or emailing "
     "foi@dyfed-powys.police.uk. If you remain dissatisfied you may complain to the Information Commissioner's Office, "
     "2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH. Telephone 0330 414 6421.", wrap),
    ("", None),
    ("Mae croeso i chi ohebu a ni yn Gymraeg. You are welcome to correspond with us in Welsh.", None),
]
for i, (text, style) in enumerate(letter, start=1):
    c = ws.cell(row=i, column=1, value=text)
    if isinstance(style, Font):
        c.font = style
    elif isinstance(style, Alignment):
        c.alignment = style
for r in (11, 12, 13, 14, 17, 23, 25):
    ws.row_dimensions[r].height = 32

# ---------------------------------------------------------------- Data sheet
ds = wb.create_sheet("Data")
ds.column_dimensions["A"].width = 46
for col in "BCDEFGHI":
    ds.column_dimensions[col].width = 14


def cell(r, c, v, font=None, fill=None, align=None, border=True):
    x = ds.cell(row=r, column=c, value=v)
    if font:
        x.font = font
    if fill:
        x.fill = fill
    if align:
        x.alignment = align
    if border:
        x.border = box
    return x


ds.cell(row=1, column=1, value="FOI 0048/2024 - Indecent images of children (HO 086/02)").font = title

# Table 1: two-level header, financial years across
ds.cell(row=3, column=1, value="Table 1: Crimes recorded and online flag (Questions 1 and 2)").font = bold
years = ["2020/21", "2021/22", "2022/23", "2023/24 *"]
cell(4, 1, "", fill=grey)
cell(5, 1, "Home Office code / offence", font=bold, fill=grey, align=centre)
for i, y in enumerate(years):
    c0 = 2 + 2 * i
    cell(4, c0, y, font=bold, fill=grey, align=centre)
    cell(4, c0 + 1, None, fill=grey)
    ds.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 1)
    cell(5, c0, "Recorded", font=bold, fill=grey, align=centre)
    cell(5, c0 + 1, "Online flag", font=bold, fill=grey, align=centre)
t1 = [198, 181, 176, 160, 214, 197, 151, 139]
cell(6, 1, "086/02 Take, make or distribute indecent photographs of children", align=wrap)
for i, v in enumerate(t1):
    cell(6, 2 + i, v, align=centre)
ds.row_dimensions[6].height = 30
ds.cell(row=7, column=1, value="* 2023/24 = 01/04/2023 to 31/12/2023")

# Table 2: years down
ds.cell(row=9, column=1, value="Table 2: Suspects by age (Question 3)").font = bold
for j, h in enumerate(["Financial year", "Under 18", "18 and over", "Total"]):
    cell(10, 1 + j, h, font=bold, fill=grey, align=centre)
t2 = [
    ("2020/21", "N/H", "N/H", "N/H"),
    ("2021/22", 37, 129, 166),
    ("2022/23", 44, 151, 195),
    ("2023/24 *", 29, 108, 137),
]
for i, row in enumerate(t2):
    for j, v in enumerate(row):
        cell(11 + i, 1 + j, v, align=centre if j else None)
ds.cell(row=15, column=1, value="N/H = not held (see Note 4)")

# Table 3: outcomes, years across
ds.cell(row=17, column=1, value="Table 3: Outcomes (Question 4)").font = bold
for j, h in enumerate(["Outcome", "2022/23", "2023/24 *"]):
    cell(18, 1 + j, h, font=bold, fill=grey, align=centre)
t3 = [
    ("Charged/Summonsed", 58, 31),
    ("Caution - youth", "<5", "<5"),
    ("Caution - adult", 7, "<5"),
    ("Community resolution", 11, 6),
    ("OC15 - Evidential difficulties (suspect identified, victim supports)", 34, 17),
    ("OC21 - Not in the public interest (police decision)", 23, 15),
    ("Investigation ongoing", 19, 62),
]
for i, row in enumerate(t3):
    for j, v in enumerate(row):
        cell(19 + i, 1 + j, v, align=centre if j else wrap)
ds.row_dimensions[23].height = 30
ds.row_dimensions[24].height = 30

# ---------------------------------------------------------------- Notes sheet
ns = wb.create_sheet("Notes")
ns.column_dimensions["A"].width = 8
ns.column_dimensions["B"].width = 110
notes = [
    "Data extracted from the force crime recording system on 09/01/2024. Crime data is live and figures may change.",
    "Financial years run from 1 April to 31 March. 2023/24 is a part year: 01/04/2023 to 31/12/2023.",
    "Figures of fewer than five have been shown as <5 to reduce the risk of identifying individuals.",
    "Following the change of crime recording system, records for 2020/21 were migrated without the suspect date "
    "of birth field. Suspect age for that year is therefore not held (N/H).",
    "A crime may have more than one suspect. Each suspect is counted once per crime, so Table 2 counts suspects, "
    "not crimes.",
    "Table 3 shows the outcome recorded at the date of extraction. 'Investigation ongoing' means no outcome had "
    "been assigned. Outcome types not listed are not shown, so Table 3 does not sum to Table 1.",
]
ns.cell(row=1, column=1, value="Notes").font = title
for i, n in enumerate(notes, start=1):
    ns.cell(row=1 + i, column=1, value=i)
    c = ns.cell(row=1 + i, column=2, value=n)
    c.alignment = wrap
    ns.row_dimensions[1 + i].height = 30

wb.properties.creator = "Dyfed-Powys Police"
wb.properties.lastModifiedBy = "FOI Unit"
wb.properties.title = "FOI 0048/2024"
wb.properties.created = FIXED
wb.properties.modified = FIXED

# Save, then rewrite the zip with fixed timestamps and order so the file is reproducible.
buf = io.BytesIO()
wb.save(buf)
buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the time of saving
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-01-31T09:12:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 31, 9, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
print("wrote", OUT)
