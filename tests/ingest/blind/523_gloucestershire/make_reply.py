"""Build reply.xlsx: Gloucestershire Constabulary FOI attachment (reference FOI 1452/24).

Indecent images of children offences (Home Office code 86/2).
Sheet 'Offences': periods written as date ranges (01/04/2022 - 31/03/2023 ...), the last a
part year to 30/09/2024; offences recorded and an 'of which flagged online' column.
Sheet 'Suspect age': the same periods written 2022/23, 2023/24, '2024/25 (to 30/09/24)';
suspect age bands down; '-' keyed as nil in a note under the table.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="D9E1F2")
bold = Font(bold=True)

wb = Workbook()

# --- Sheet 1 -------------------------------------------------------------------------
ws = wb.active
ws.title = "Offences"
ws["A1"] = "Gloucestershire Constabulary – Freedom of Information Request FOI 1452/24"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Indecent images of children offences (Home Office offence code 86/2) recorded by Gloucestershire Constabulary"
ws["A2"].font = Font(italic=True)
hdr = ["Period", "Offences recorded", "of which flagged online"]
for c, h in enumerate(hdr, 1):
    cell = ws.cell(row=4, column=c, value=h)
    cell.font = bold; cell.fill = fill; cell.border = box
    cell.alignment = Alignment(horizontal="center", wrap_text=True)
rows = [("01/04/2022 - 31/03/2023", 188, 171),
        ("01/04/2023 - 31/03/2024", 214, 203),
        ("01/04/2024 - 30/09/2024", 97, 92)]
for r, row in enumerate(rows, 5):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="center")
ws["A9"] = "Notes"
ws["A9"].font = bold
ws["A10"] = "Data extracted from the force crime recording system on 14/10/2024. The current financial year is shown up to 30/09/2024 only."
ws["A11"] = ("The online flag is applied where the offence was committed wholly or partly through a "
             "computer, computer network or other internet-enabled device.")
ws["A12"] = "Figures are subject to change as crimes are reviewed and reclassified."
ws.column_dimensions["A"].width = 28
ws.column_dimensions["B"].width = 18
ws.column_dimensions["C"].width = 18

# --- Sheet 2 -------------------------------------------------------------------------
ws2 = wb.create_sheet("Suspect age")
ws2["A1"] = "Suspects linked to indecent images of children offences (86/2), by age of suspect at time of offence"
ws2["A1"].font = Font(bold=True, size=12)
hdr = ["Suspect age", "2022/23", "2023/24", "2024/25 (to 30/09/24)"]
for c, h in enumerate(hdr, 1):
    cell = ws2.cell(row=3, column=c, value=h)
    cell.font = bold; cell.fill = fill; cell.border = box
    cell.alignment = Alignment(horizontal="center", wrap_text=True)
rows = [("10-17", 34, 41, 19),
        ("18-24", 29, 33, 14),
        ("25-39", 52, 57, 26),
        ("40-59", 44, 49, 21),
        ("60 and over", 11, 9, "-"),
        ("Not recorded", 6, "-", 3)]
for r, row in enumerate(rows, 4):
    for c, v in enumerate(row, 1):
        cell = ws2.cell(row=r, column=c, value=v)
        cell.border = box
        if c > 1:
            cell.alignment = Alignment(horizontal="center")
ws2["A11"] = "-  denotes nil (no suspects recorded)."
ws2["A12"] = ("A person is counted once for each period in which they were recorded as a suspect for an "
              "86/2 offence. Some offences have more than one suspect and some have no suspect "
              "identified, so these figures will not match the offence counts on the 'Offences' sheet.")
ws2["A13"] = "'Not recorded' means the suspect's date of birth was not known when the data was extracted."
ws2.column_dimensions["A"].width = 16
for col in "BCD":
    ws2.column_dimensions[col].width = 14

wb.save(HERE / "reply.xlsx")
