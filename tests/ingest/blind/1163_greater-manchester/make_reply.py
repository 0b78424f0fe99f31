"""Build reply.xlsx for 1163_greater-manchester (invented GMP FOI data attachment).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed document properties and fixed zip entry timestamps.
"""
import io
import os
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime(2025, 3, 3, 9, 15, 0)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
WHITE_B = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL_I = Font(name="Arial", size=9, italic=True)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- Cover
ws = wb.active
ws.title = "Cover"
ws.column_dimensions["A"].width = 110
cover = [
    ("Greater Manchester Police", TITLE),
    ("Information Governance Branch - Freedom of Information Unit", BOLD),
    ("", None),
    ("FOI reference: FOI/25/0871", BOLD),
    ("Date of response: 03/03/2025", NORMAL),
    ("", None),
    ("Online-flagged sexual offences against children - Home Office codes "
     "71/17, 88A and 86/2", BOLD),
    ("Financial years 2019/20 to 2023/24 (1 April to 31 March)", NORMAL),
    ("", None),
    ("Contents", BOLD),
    ("Table 1 - Crimes recorded with an online flag, by Home Office offence "
     "code and financial year (question 1)", NORMAL),
    ("Table 2 - Victims of online-flagged sexual communication with a child "
     "crimes, by age and gender, 2022/23 and 2023/24 (question 2)", NORMAL),
    ("", None),
    ("Notes", BOLD),
    ("1. Figures are crimes recorded in each financial year which carried the "
     "online flag at the time the data was extracted (11/02/2025). Crime "
     "data is live and figures may differ slightly from any previously "
     "published.", NORMAL),
    ("2. N/H = not held. On 2 July 2019 GMP moved to a new crime recording "
     "system. The online flag was not migrated from the previous system and "
     "crimes recorded between April and July 2019 cannot be matched to those "
     "recorded afterwards, so figures for the 2019/20 financial year are not "
     "held in a retrievable format.", NORMAL),
    ("3. Table 2 counts victims, not crimes. A crime may have more than one "
     "victim, so the figures in Table 2 will not match those in Table 1.", NORMAL),
    ("4. Age is the age of the victim at the time of the offence. Gender is "
     "as recorded on the crime report; victims whose gender was not recorded "
     "are not included in Table 2.", NORMAL),
    ("5. The total row in Table 1 is the three offence codes combined. The "
     "total column covers the four years for which data is held.", NORMAL),
]
for i, (text, font) in enumerate(cover, start=1):
    c = ws.cell(row=i, column=1, value=text if text else None)
    if font:
        c.font = font
    c.alignment = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- Table 1
t1 = wb.create_sheet("Table 1")
t1["A1"] = ("Table 1: Crimes recorded with an online flag, by Home Office "
            "offence code and financial year")
t1["A1"].font = TITLE
t1.merge_cells("A1:H1")
t1["A2"] = "Source: GMP crime recording system. Extracted 11/02/2025."
t1["A2"].font = SMALL_I
t1.merge_cells("A2:H2")

hdr = ["HO code", "Offence", "2019/20", "2020/21", "2021/22", "2022/23",
       "2023/24", "Total 2020/21 - 2023/24"]
for j, h in enumerate(hdr, start=1):
    c = t1.cell(row=4, column=j, value=h)
    c.font = WHITE_B
    c.fill = HEAD_FILL
    c.alignment = CENTRE
    c.border = BOX
t1.row_dimensions[4].height = 30

rows = [
    ("71/17", "Sexual communication with a child",
     [612, 655, 598, 634]),
    ("88A", "Sexual grooming", [48, 57, 61, 44]),
    ("86/2", "Taking, making or distributing indecent photographs of children",
     [884, 927, 1012, 968]),
]
r = 5
for code, desc, vals in rows:
    t1.cell(row=r, column=1, value=code)
    t1.cell(row=r, column=2, value=desc)
    t1.cell(row=r, column=3, value="N/H")
    for k, v in enumerate(vals):
        t1.cell(row=r, column=4 + k, value=v)
    t1.cell(row=r, column=8, value=sum(vals))
    r += 1
# Total row (values, not formulae, as in the extract sent out)
t1.cell(row=r, column=1, value="Total")
t1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
t1.cell(row=r, column=3, value="N/H")
for k in range(4):
    t1.cell(row=r, column=4 + k, value=sum(x[2][k] for x in rows))
t1.cell(row=r, column=8, value=sum(sum(x[2]) for x in rows))
for rr in range(5, r + 1):
    for cc in range(1, 9):
        c = t1.cell(row=rr, column=cc)
        c.border = BOX
        c.font = BOLD if rr == r else NORMAL
        c.alignment = LEFT if cc <= 2 else CENTRE
        if rr == r:
            c.fill = TOTAL_FILL
        if cc >= 4:
            c.number_format = "#,##0"
t1.cell(row=r + 2, column=1,
        value="N/H - not held. See note 2 on the Cover sheet.").font = SMALL_I
t1.cell(row=r + 3, column=1,
        value="Crimes may carry more than one flag; each crime is counted "
              "once, under the offence code it was recorded as.").font = SMALL_I
t1.column_dimensions["A"].width = 10
t1.column_dimensions["B"].width = 48
for col in "CDEFG":
    t1.column_dimensions[col].width = 11
t1.column_dimensions["H"].width = 16
t1.freeze_panes = "C5"

# ---------------------------------------------------------------- Table 2
t2 = wb.create_sheet("Table 2")
t2["A1"] = ("Table 2: Victims of sexual communication with a child (71/17) "
            "crimes with an online flag, by age and gender of victim")
t2["A1"].font = TITLE
t2.merge_cells("A1:E1")
t2["A2"] = "Counts of victims, not crimes - see note 3 on the Cover sheet."
t2["A2"].font = SMALL_I
t2.merge_cells("A2:E2")

t2["A4"] = "Age of victim"
t2.merge_cells("A4:A5")
t2["B4"] = "2022/23"
t2.merge_cells("B4:C4")
t2["D4"] = "2023/24"
t2.merge_cells("D4:E4")
for j, h in enumerate(["Female", "Male", "Female", "Male"], start=2):
    t2.cell(row=5, column=j, value=h)
for rr in (4, 5):
    for cc in range(1, 6):
        c = t2.cell(row=rr, column=cc)
        c.font = WHITE_B if rr == 4 else BOLD
        c.fill = HEAD_FILL if rr == 4 else SUB_FILL
        c.alignment = CENTRE
        c.border = BOX
data2 = [
    ("Under 13", [131, 38, 144, 41]),
    ("13 to 15", [389, 52, 402, 49]),
    ("Age not recorded", [7, 3, 5, 2]),
]
for i, (label, vals) in enumerate(data2):
    rr = 6 + i
    t2.cell(row=rr, column=1, value=label)
    for k, v in enumerate(vals):
        t2.cell(row=rr, column=2 + k, value=v)
    for cc in range(1, 6):
        c = t2.cell(row=rr, column=cc)
        c.border = BOX
        c.font = NORMAL
        c.alignment = LEFT if cc == 1 else CENTRE
t2.column_dimensions["A"].width = 22
for col in "BCDE":
    t2.column_dimensions[col].width = 12

# ---------------------------------------------------------------- properties
props = wb.properties
props.creator = "GMP Information Governance"
props.lastModifiedBy = "GMP Information Governance"
props.title = "FOI/25/0871 data"
props.created = FIXED
props.modified = FIXED

buf = io.BytesIO()
wb.save(buf)

# Rewrite the zip with fixed entry timestamps so the file is byte-stable.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the current time on save
            import re
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2025-03-03T09:15:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print("wrote", OUT)
