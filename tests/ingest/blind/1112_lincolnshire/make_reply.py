"""Builds reply.xlsx (Lincolnshire Police FOI attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
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
FIXED = datetime.datetime(2025, 2, 3, 10, 15, 0)

bold = Font(bold=True)
title = Font(bold=True, size=13)
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
sub_fill = PatternFill("solid", fgColor="D9E1F2")
total_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- Notes sheet
ws = wb.active
ws.title = "Notes"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 110
ws["B1"] = "LINCOLNSHIRE POLICE"
ws["B1"].font = title
ws["B2"] = "Freedom of Information Act 2000 - Request Reference: FOI 000284-25"
ws["B2"].font = bold
ws["B3"] = "Date received: 06/01/2025    Date of response: 03/02/2025"
ws["B5"] = "Request"
ws["B5"].font = bold
request_lines = [
    "Q1. For each of the financial years 2021/22, 2022/23 and 2023/24, and 2024/25 to date, the number of crimes recorded of Sexual Communication with a Child (Home Office code 71/17) and of Sexual Grooming (Home Office code 88A).",
    "Q2. For each of those years, how many of those crimes had the online (cyber) flag applied.",
    "Q3. For 2023/24 only, the number of Sexual Communication with a Child crimes broken down by the age band and gender of the victim.",
    "Q4. For each of the years in Q1, the social media platforms or apps used in the Sexual Communication with a Child offences.",
]
r = 6
for line in request_lines:
    ws.cell(row=r, column=2, value=line).alignment = wrap
    ws.row_dimensions[r].height = 32
    r += 1
r += 1
ws.cell(row=r, column=2, value="Notes applying to all tabs").font = bold
r += 1
notes = [
    "1. Data has been extracted from the force crime recording system (Niche RMS) on 08/01/2025. Figures may change as crimes are reclassified or cancelled.",
    "2. Crimes are counted in the financial year (1 April to 31 March) in which they were recorded, not the date the offence took place.",
    "3. 2024/25 is a part year and covers 01/04/2024 to 31/12/2024, the last complete month at the time of extraction.",
    "4. The online flag is applied where the offence was committed, in full or in part, through a computer, computer network or other computer-enabled device.",
    "5. To reduce the risk of identifying victims, figures between 1 and 4 have been replaced with an asterisk (*) on tab Q3.",
    "6. Please see the covering letter for the explanation of the Section 12 refusal relating to part of Q4.",
]
for line in notes:
    ws.cell(row=r, column=2, value=line).alignment = wrap
    ws.row_dimensions[r].height = 30
    r += 1

# ------------------------------------------------------------ Q1-Q2 Offences
ws = wb.create_sheet("Q1-Q2 Offences")
ws.column_dimensions["A"].width = 26
for col in "BCDE":
    ws.column_dimensions[col].width = 19
ws.merge_cells("A1:E1")
ws["A1"] = "FOI 000284-25 - Q1 & Q2: Recorded crimes and online flag"
ws["A1"].font = title
ws.merge_cells("A2:E2")
ws["A2"] = "Financial years 2021/22 to 2024/25 (part year to 31/12/2024)"
ws["A2"].font = Font(italic=True)

ws.merge_cells("A4:A5")
ws["A4"] = "Financial Year"
ws.merge_cells("B4:C4")
ws["B4"] = "Sexual Communication with a Child (71/17)"
ws.merge_cells("D4:E4")
ws["D4"] = "Sexual Grooming (88A)"
ws["B5"] = "Recorded crimes"
ws["C5"] = "of which online flagged"
ws["D5"] = "Recorded crimes"
ws["E5"] = "of which online flagged"
for row in ws["A4:E5"]:
    for c in row:
        c.border = box
        c.alignment = centre
        if c.row == 4:
            c.fill = head_fill
            c.font = head_font
        else:
            c.fill = sub_fill
            c.font = bold
ws["A4"].fill = head_fill
ws["A4"].font = head_font
ws.row_dimensions[4].height = 32
ws.row_dimensions[5].height = 30

data = [
    ("2021/22", 118, 102, 27, 19),
    ("2022/23", 104, 93, 31, 24),
    ("2023/24", 91, 80, 22, 15),
    ("2024/25 (to 31/12/24)", 63, 55, 14, 11),
]
r = 6
for label, a, b, c, d in data:
    ws.cell(row=r, column=1, value=label)
    for j, v in enumerate((a, b, c, d), start=2):
        ws.cell(row=r, column=j, value=v)
    r += 1
ws.cell(row=r, column=1, value="Total")
for j in range(2, 6):
    ws.cell(row=r, column=j, value=sum(row_[j - 1] for row_ in data))
for row in ws.iter_rows(min_row=6, max_row=r, max_col=5):
    for c in row:
        c.border = box
        if c.column > 1:
            c.alignment = Alignment(horizontal="center")
        if c.row == r:
            c.font = bold
            c.fill = total_fill
ws.cell(row=r + 2, column=1, value="Source: Niche RMS. See Notes tab.").font = Font(italic=True, size=9)

# ----------------------------------------------------------------- Q3 Victims
ws = wb.create_sheet("Q3 Victims 2023-24")
ws.column_dimensions["A"].width = 20
for col in "BCD":
    ws.column_dimensions[col].width = 14
ws.merge_cells("A1:D1")
ws["A1"] = "FOI 000284-25 - Q3: Sexual Communication with a Child (71/17)"
ws["A1"].font = title
ws.merge_cells("A2:D2")
ws["A2"] = "Victims by age band and gender - recorded 01/04/2023 to 31/03/2024"
ws["A2"].font = Font(italic=True)
ws.merge_cells("A4:A5")
ws["A4"] = "Victim gender"
ws.merge_cells("B4:D4")
ws["B4"] = "Age of victim at time of offence"
ws["B5"] = "Under 13"
ws["C5"] = "13 - 15"
ws["D5"] = "16 - 17"
for row in ws["A4:D5"]:
    for c in row:
        c.border = box
        c.alignment = centre
        c.fill = head_fill if c.row == 4 else sub_fill
        c.font = head_font if c.row == 4 else bold
ws["A4"].fill = head_fill
ws["A4"].font = head_font
vict = [
    ("Female", 14, 61, "*"),
    ("Male", "*", 9, "*"),
    ("Unknown", 0, "*", 0),
]
r = 6
for row_vals in vict:
    for j, v in enumerate(row_vals, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.border = box
        if j > 1:
            c.alignment = Alignment(horizontal="center")
    r += 1
ws.cell(row=r + 1, column=1, value="* = a figure between 1 and 4 (suppressed).").font = Font(size=9)
ws.cell(row=r + 2, column=1, value="No row or column totals are shown as these would allow suppressed figures to be calculated.").font = Font(size=9)

# --------------------------------------------------------------- Q4 Platforms
ws = wb.create_sheet("Q4 Platforms")
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].width = 18
ws.merge_cells("A1:C1")
ws["A1"] = "FOI 000284-25 - Q4: Platform / app used"
ws["A1"].font = title
ws.merge_cells("A2:C2")
ws["A2"] = "Sexual Communication with a Child (71/17) - 2023/24 ONLY"
ws["A2"].font = Font(italic=True)
ws["A4"] = "Platform / app"
ws["B4"] = "Number of crimes"
for c in (ws["A4"], ws["B4"]):
    c.fill = head_fill
    c.font = head_font
    c.border = box
    c.alignment = centre
plats = [
    ("Snapchat", 38),
    ("Instagram", 14),
    ("WhatsApp", 9),
    ("Facebook / Messenger", 5),
    ("TikTok", 3),
    ("Other", 6),
    ("Not recorded", 16),
]
r = 5
for name, v in plats:
    ws.cell(row=r, column=1, value=name).border = box
    c = ws.cell(row=r, column=2, value=v)
    c.border = box
    c.alignment = Alignment(horizontal="center")
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=3)
c = ws.cell(
    row=r,
    column=1,
    value=(
        "Platform is recorded in free text within the crime report and is not a searchable field. "
        "The 2023/24 figures were obtained by reading each crime record. Where more than one platform "
        "was used, the platform on which first contact was made has been counted. "
        "Providing the same for 2021/22, 2022/23 and 2024/25 would require every 71/17 crime record for "
        "those years to be read; at approximately 5 minutes per record this would take in excess of 23 hours, "
        "which exceeds the 18 hour appropriate limit. That part of Q4 is refused under Section 12(1) of the Act."
    ),
)
c.alignment = wrap
for rr in range(r, r + 4):
    ws.row_dimensions[rr].height = 30

wb.properties.creator = "Information Management Unit"
wb.properties.lastModifiedBy = "Information Management Unit"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.properties.title = "FOI 000284-25"

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed zip timestamps and fixed core properties so the file is byte-stable.
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in sorted(src.infolist(), key=lambda i: i.filename):
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
