"""Build reply.xlsx: Merseyside Police FOI attachment (indecent images of children, 86/2 and 86/4)."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
bold = Font(bold=True)

wb = Workbook()
ws = wb.active
ws.title = "Table 1 - Crimes"
ws["A1"] = "MERSEYSIDE POLICE"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Freedom of Information Request  -  Ref: FOI 2024-1483"
ws["A3"] = "Table 1: Indecent images of children - crimes recorded by calendar year"
ws["A3"].font = bold
ws.merge_cells("A3:D3")

ws["A5"] = "Year"
ws.merge_cells("A5:A6")
ws["B5"] = "Home Office Offence Code"
ws.merge_cells("B5:C5")
ws["D5"] = "Total"
ws.merge_cells("D5:D6")
ws["B6"] = "86/2 Take, make or distribute"
ws["C6"] = "86/4 Possession"
for r in (5, 6):
    for c in range(1, 5):
        cell = ws.cell(row=r, column=c)
        cell.font = bold
        cell.fill = grey
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
rows = [(2022, 214, 167, 381),
        (2023, 239, 188, 427),
        ("2024 (01/01/2024 - 30/06/2024)", 121, 96, 217),
        ("Total", 574, 451, 1025)]
r = 7
for row in rows:
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        if row[0] == "Total":
            cell.font = bold
    r += 1
ws.cell(row=r + 1, column=1, value="Notes:").font = bold
ws.cell(row=r + 2, column=1, value="1. Data taken from the force crime recording system on 08/07/2024 and is subject to change.")
ws.cell(row=r + 3, column=1, value="2. 2024 is a part year covering 1 January to 30 June 2024 only.")
ws.column_dimensions["A"].width = 30
for col in "BCD":
    ws.column_dimensions[col].width = 18
ws.row_dimensions[6].height = 32

ws2 = wb.create_sheet("Table 2 - Outcomes")
ws2["A1"] = "MERSEYSIDE POLICE"
ws2["A1"].font = Font(bold=True, size=12)
ws2["A2"] = "Freedom of Information Request  -  Ref: FOI 2024-1483"
ws2["A3"] = "Table 2: Outcomes of indecent images of children crimes (86/2 and 86/4 combined) by year recorded"
ws2["A3"].font = bold
ws2.merge_cells("A3:D3")
ws2["A4"] = ("Numbers less than five have been shown as <5 to protect the identity of individuals. "
             "N/H = not held (see note).")
ws2.merge_cells("A4:D4")
ws2["A6"] = "Outcome"
ws2.merge_cells("A6:A7")
ws2["B6"] = "Year crime recorded"
ws2.merge_cells("B6:D6")
for c, lab in enumerate(["2022", "2023", "2024*"], start=2):
    ws2.cell(row=7, column=c, value=lab)
for r in (6, 7):
    for c in range(1, 5):
        cell = ws2.cell(row=r, column=c)
        cell.font = bold
        cell.fill = grey
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center")
outs = [("01 - Charged / Summonsed", "N/H", 118, 12),
        ("02 - Youth Caution", "N/H", "<5", 0),
        ("03 - Adult Caution", "N/H", 9, "<5"),
        ("08 - Community Resolution", "N/H", "<5", 0),
        ("15 - Evidential difficulties (suspect identified)", "N/H", 97, 24),
        ("18 - Investigation complete, no suspect identified", "N/H", 41, 19),
        ("Outcome pending / under investigation", "N/H", 157, 161)]
r = 8
for row in outs:
    for c, v in enumerate(row, start=1):
        cell = ws2.cell(row=r, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="right")
    r += 1
ws2.cell(row=r + 1, column=1, value="* 2024 = 1 January to 30 June 2024.")
ws2.cell(row=r + 2, column=1, value=(
    "N/H - Outcomes for crimes recorded in 2022 were finalised on the legacy system, which was "
    "decommissioned in March 2023. This information is not held in a retrievable form."))
ws2.cell(row=r + 3, column=1, value="Column totals equal the crime totals for each year in Table 1.")
ws2.column_dimensions["A"].width = 50
for col in "BCD":
    ws2.column_dimensions[col].width = 12

wb.save(OUT)
print("wrote", OUT)
