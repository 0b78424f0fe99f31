"""Build reply.xlsx: the spreadsheet British Transport Police attached to FOI 0871-24."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

wb = Workbook()
ws = wb.active
ws.title = "FOI 0871-24"

bold = Font(bold=True)
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DCE6F1")

ws["A1"] = "British Transport Police"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Freedom of Information Request FOI 0871-24"
ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Sexual offences recorded by BTP where the victim was aged under 18"

ws["A5"] = "Request:"
ws["A5"].font = bold
ws["B5"] = ("Please could you tell me how many sexual offences against children (victims under 18) "
            "British Transport Police recorded in 2022 and in 2023, broken down by the type of offence.")
ws.merge_cells("B5:D6")
ws["B5"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[5].height = 30
ws.row_dimensions[6].height = 15

hdr = 8
for col, val in zip("ABCD", ["HO Code", "Offence", 2022, 2023]):
    c = ws[f"{col}{hdr}"]
    c.value = val
    c.font = bold
    c.fill = fill
    c.border = box
    c.alignment = Alignment(horizontal="center" if col in "CD" else "left")

data = [
    ("20A", "Sexual assault on a female aged 13 and over", 47, 58),
    ("20B", "Sexual assault on a female child under 13", None, "*"),
    ("17A", "Sexual assault on a male aged 13 and over", "*", "*"),
    ("88E", "Exposure and voyeurism", 31, 36),
]
r = hdr + 1
for code, desc, a, b in data:
    ws[f"A{r}"] = code
    ws[f"B{r}"] = desc
    ws[f"C{r}"] = a
    ws[f"D{r}"] = b
    for col in "ABCD":
        ws[f"{col}{r}"].border = box
    for col in "CD":
        ws[f"{col}{r}"].alignment = Alignment(horizontal="right")
    r += 1
ws[f"A{r}"] = "Total"
ws[f"C{r}"] = 81
ws[f"D{r}"] = 99
for col in "ABCD":
    ws[f"{col}{r}"].font = bold
    ws[f"{col}{r}"].border = box
total_row = r

notes = [
    "Notes",
    "1. Figures are for crimes recorded by British Transport Police between 1 January and 31 December of each year "
    "where at least one victim was aged under 18 at the time of the offence.",
    "2. A blank cell means that no crimes of that type were recorded.",
    "3. * Small numbers have been suppressed to reduce the risk of identifying individual victims "
    "(Section 40(2) Freedom of Information Act 2000). The totals include the suppressed figures.",
    "4. Offences are shown under the Home Office code in force when the crime was recorded.",
    "5. Data extracted from the BTP crime recording system on 08/04/2024 and may change as crimes are reclassified.",
]
r = total_row + 2
for n in notes:
    ws[f"A{r}"] = n
    if n == "Notes":
        ws[f"A{r}"].font = bold
    r += 1

ws.column_dimensions["A"].width = 12
ws.column_dimensions["B"].width = 48
ws.column_dimensions["C"].width = 10
ws.column_dimensions["D"].width = 10

wb.properties.creator = "BTP Information Rights Unit"
wb.properties.title = "FOI 0871-24"
wb.save("reply.xlsx")
