"""Build reply.xlsx: British Transport Police FOI 2024/0742 attachment (sexual offences against children on the railway)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

wb = Workbook()
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")

# --- Notes sheet --------------------------------------------------------
ws = wb.active
ws.title = "Notes"
notes = [
    ["British Transport Police - Freedom of Information Request FOI 2024/0742"],
    [],
    ["Request"],
    ["Please provide, for each of the last three financial years, the number of sexual offences recorded by British "
     "Transport Police where the victim was a child (under 18), broken down by the age of the victim, and the outcomes "
     "of those offences."],
    [],
    ["About these tables"],
    ["Data source: BTP crime recording system (Niche RMS). Extracted 03/06/2024."],
    ["Offences are counted by the financial year in which they were recorded (FY21/22 = 1 April 2021 to 31 March 2022)."],
    ["Sexual offences are all offences in the Home Office 'Sexual offences' group where at least one victim was aged under 18 at the time of the offence."],
    ["Outcomes are shown as at the date of extraction. Offences still under investigation have no outcome yet."],
    [],
    ["Key"],
    ["x", "Figure suppressed to protect the identity of victims, where the number is small."],
    ["-", "Nil"],
    [],
    ["Table 1", "Sexual offences against children by age of victim"],
    ["Table 2", "Outcomes of sexual offences against children"],
]
for r in notes:
    ws.append(r)
for cell in ("A1", "A3", "A6", "A12"):
    ws[cell].font = Font(bold=True, size=12 if cell == "A1" else 11)
ws["A16"].font = Font(bold=True)
ws["A17"].font = Font(bold=True)
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 90
ws["A4"].alignment = Alignment(wrap_text=False)


def table(ws, title, header, rows, first_row=3):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=first_row, column=j, value=h)
        c.font = head_font; c.fill = head_fill; c.border = box
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, row in enumerate(rows, start=first_row + 1):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = box
            if j > 1:
                c.alignment = Alignment(horizontal="right")
    ws.column_dimensions["A"].width = 46
    for col in "BCDEF":
        ws.column_dimensions[col].width = 14


# --- Table 1: years down, victim age across ----------------------------
ws1 = wb.create_sheet("Table 1")
table(ws1, "Table 1: Sexual offences against children recorded by BTP, by age of victim",
      ["Financial year", "Aged 0-12", "Aged 13-15", "Aged 16-17", "Age not recorded", "Total"],
      [["FY21/22", "x", 38, 41, 6, 88],
       ["FY22/23", 5, 47, 52, "x", 106],
       ["FY23/24", "-", 44, 58, 7, 109]])
for r in range(4, 7):
    ws1.cell(row=r, column=6).font = Font(bold=True)
ws1["A8"] = "See Notes sheet for the key to x and -."
ws1["A8"].font = Font(italic=True, size=9)

# --- Table 2: outcomes down, years across -------------------------------
ws2 = wb.create_sheet("Table 2")
table(ws2, "Table 2: Outcomes of sexual offences against children (as at 03/06/2024)",
      ["Outcome", "FY21/22", "FY22/23", "FY23/24"],
      [["Charged / summonsed", 17, 21, 14],
       ["Caution", "x", "-", "x"],
       ["Community resolution", "-", "x", "-"],
       ["Outcome 15 - evidential difficulties (suspect identified, victim supports)", 11, 13, 9],
       ["Outcome 16 - evidential difficulties (victim does not support)", 29, 34, 31],
       ["Outcome 18 - investigation complete, no suspect identified", 24, 29, 27],
       ["Under investigation - no outcome yet", "x", 6, 25]])
ws2.column_dimensions["A"].width = 70
ws2["A12"] = "Each offence is shown once, against its outcome as at the date of extraction. See Notes sheet for the key."
ws2["A12"].font = Font(italic=True, size=9)

wb.save("reply.xlsx")
print("wrote reply.xlsx")
