"""Build reply.xlsx: Hertfordshire Constabulary FOI attachment - two tables on one sheet
(sexual communication with a child by victim age; indecent images suspects by age) and a Notes sheet."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
wb = Workbook()
ws = wb.active
ws.title = "FOI 01893-24"

bold = Font(bold=True)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

ws["A1"] = "Hertfordshire Constabulary - Freedom of Information Request FOI 01893/24"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Data extracted from Athena on 15/07/2024. Please read the Notes sheet."
ws["A2"].font = Font(italic=True, size=9)


def put_table(top, title, first_head, rows):
    ws.cell(row=top, column=1, value=title).font = bold
    hdr = [first_head, 2021, 2022, 2023, "2024*"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=top + 1, column=c, value=v)
        cell.font = head_font
        cell.fill = head_fill
        cell.border = box
        cell.alignment = Alignment(horizontal="center" if c > 1 else "left")
    for r, row in enumerate(rows, start=top + 2):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            if c > 1:
                cell.alignment = Alignment(horizontal="right")
            if row[0] == "Total":
                cell.font = bold
    return top + 1 + len(rows)


end = put_table(4, "Table 1: Sexual communication with a child (HO code 71/17) - number of offences by age of victim",
                "Victim age", [
                    ("Under 13", 38, 45, 41, 19),
                    ("13 to 15", 121, 133, 148, 70),
                    ("16 to 17", "-", "-", "-", "-"),
                    ("Not recorded", 6, "-", 3, 2),
                    ("Total", 165, 178, 192, 91),
                ])
# three blank rows between the tables
put_table(end + 4, "Table 2: Take, make or distribute indecent photographs of children (HO code 86/2) - number of suspects by age",
          "Suspect age", [
              ("Under 18", 24, 31, 29, 12),
              ("18 and over", 97, 104, 118, 55),
              ("Age not known", 3, "-", 5, 8),
              ("Total", 124, 135, 152, 75),
          ])

ws.column_dimensions["A"].width = 22
for col in "BCDE":
    ws.column_dimensions[col].width = 10

notes = wb.create_sheet("Notes")
notes["A1"] = "Notes"
notes["A1"].font = Font(bold=True, size=12)
lines = [
    "Request: for the calendar years 2021, 2022, 2023 and 2024 to date, (1) the number of sexual communication with a child offences, by age of victim (under 13, 13 to 15, 16 to 17); (2) the number of suspects for offences of taking, making or distributing indecent images of children, by age of suspect (under 18, 18 and over).",
    "1. Figures are for crimes recorded by Hertfordshire Constabulary from 1 January 2021 to 30 June 2024 and are taken from a live system; they may change.",
    "2. * 2024 covers the part year 1 January 2024 to 30 June 2024 only.",
    "3. A dash (-) indicates nil.",
    "4. The offence of sexual communication with a child (section 15A Sexual Offences Act 2003) applies only where the child is under 16, so no offences are recorded with a victim aged 16 or 17.",
    "5. Victim age is the age at the date of the offence. 'Not recorded' means no date of birth was held for the victim on the crime record.",
    "6. Table 2 counts suspects linked to crimes recorded in each year. A person who is a suspect for crimes recorded in more than one year is counted in each of those years.",
    "7. These figures will not match Home Office published data, which count crimes rather than suspects and are subject to later reclassification.",
]
for i, t in enumerate(lines, start=3):
    c = notes.cell(row=i, column=1, value=t)
    c.alignment = Alignment(wrap_text=True, vertical="top")
notes.column_dimensions["A"].width = 110

wb.save(HERE / "reply.xlsx")
