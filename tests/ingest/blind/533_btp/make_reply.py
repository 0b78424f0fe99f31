"""Build reply.xlsx: British Transport Police FOI attachment (openpyxl)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

wb = Workbook()
ws = wb.active
ws.title = "Data"

bold = Font(bold=True)
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DCE6F1")

ws["A1"] = "British Transport Police - Freedom of Information Request 1057-24"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Sexual offences recorded by BTP where the victim was aged under 18, by Home Office offence code"
ws["A3"] = "Calendar years 2022 and 2023, and 2024 to date - see Notes sheet"
ws["A3"].font = Font(italic=True)

header = ["HO Code", "Offence", "2022", "2023", "2024 (Jan-Jun)"]
rows = [
    ("17A", "Sexual assault on a male aged 13 and over", 9, 14, 6),
    ("17B", "Sexual assault on a male child under 13", None, 1, None),
    ("20A", "Sexual assault on a female aged 13 and over", 148, 171, 92),
    ("20B", "Sexual assault on a female child under 13", 3, None, 2),
    ("88E", "Exposure and voyeurism", 57, 66, 31),
]
r0 = 5
for j, h in enumerate(header, start=1):
    c = ws.cell(row=r0, column=j, value=h)
    c.font = bold
    c.fill = fill
    c.border = box
    c.alignment = Alignment(horizontal="center" if j > 2 else "left")
for i, row in enumerate(rows, start=r0 + 1):
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = box
        if j > 2:
            c.alignment = Alignment(horizontal="right")
tot_row = r0 + 1 + len(rows)
ws.cell(row=tot_row, column=1, value="Total").font = bold
ws.cell(row=tot_row, column=1).border = box
ws.cell(row=tot_row, column=2).border = box
for j in range(3, 6):
    # values, not formulas: the force's export writes the totals as numbers
    total = sum(r[j - 1] or 0 for r in rows)
    c = ws.cell(row=tot_row, column=j, value=total)
    c.font = bold
    c.border = box
ws.cell(row=tot_row + 2, column=1, value="Please read the Notes sheet before using these figures.")
ws.cell(row=tot_row + 2, column=1).font = Font(italic=True)

ws.column_dimensions["A"].width = 10
ws.column_dimensions["B"].width = 48
for col in "CDE":
    ws.column_dimensions[col].width = 15

ns = wb.create_sheet("Notes")
ns.column_dimensions["A"].width = 110
notes = [
    ("Freedom of Information Request 1057-24 - Notes", True),
    ("", False),
    ("Request", True),
    ("Please provide the number of sexual offences recorded by British Transport Police where the victim was "
     "under 18, for 2022, 2023 and 2024 so far, broken down by offence.", False),
    ("", False),
    ("Notes", True),
    ("1. Figures are crimes recorded by British Transport Police on the national rail network, London Underground "
     "and other networks policed by BTP, where at least one victim was aged under 18 at the time of the offence.", False),
    ("2. Crimes are counted by the date they were recorded, not the date they took place.", False),
    ("3. Blank cells indicate that no crimes of that type were recorded in the period.", False),
    ("4. The 2024 column covers 1 January 2024 to 30 June 2024 only. Data were extracted on 8 July 2024.", False),
    ("5. Offences are shown under the Home Office offence classification in use at the time of extraction.", False),
    ("6. Figures are management information and may change as investigations progress and crimes are reclassified.", False),
    ("", False),
    ("Information Rights Unit, British Transport Police", False),
]
for i, (text, b) in enumerate(notes, start=1):
    c = ns.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if b:
        c.font = bold

wb.save("reply.xlsx")
