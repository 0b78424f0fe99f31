"""Build reply.xlsx: Avon and Somerset Police FOI attachment - recorded child sexual offences by
Home Office code (019E, 019H, 022B, 073), calendar years 2021 to 2025 (part year), with a Notes
sheet that defines the markers."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent

wb = Workbook()
ws = wb.active
ws.title = "Summary"

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")

ws["A1"] = "Avon and Somerset Constabulary - Freedom of Information Request 1893/25"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Recorded crimes by Home Office offence code, by calendar year of recording"
ws["A2"].font = Font(italic=True)
ws["A3"] = "Source: Niche RMS, extracted 11/07/2025. Please read the Notes tab before using these figures."
ws["A3"].font = Font(size=9, color="595959")

header = ["Year", "019E", "019H", "022B", "073", "Total"]
desc = ["", "Rape of a female child under 13", "Rape of a male child under 13",
        "Sexual activity involving a child under 16", "Abuse of position of trust of a sexual nature", ""]
rows = [
    ["2021", 88, 19, 212, 7, 326],
    ["2022", 95, 23, 238, "x", 356],
    ["2023", 101, 17, 251, 6, 375],
    ["2024", 92, 21, 244, None, 357],
    ["2025 (to 30/06)", 47, "x", 118, None, 165],
]

r0 = 5
for j, h in enumerate(header, start=1):
    c = ws.cell(row=r0, column=j, value=h)
    c.font, c.fill, c.border = head_font, head_fill, box
    c.alignment = Alignment(horizontal="center")
for j, d in enumerate(desc, start=1):
    c = ws.cell(row=r0 + 1, column=j, value=d or None)
    c.font = Font(size=8, italic=True)
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="top")
    c.border = box
ws.row_dimensions[r0 + 1].height = 36
for i, row in enumerate(rows, start=r0 + 2):
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = box
        c.alignment = Alignment(horizontal="left" if j == 1 else "center")
        if j == len(row):
            c.font = Font(bold=True)

ws.column_dimensions["A"].width = 18
for col in "BCDEF":
    ws.column_dimensions[col].width = 16

n = wb.create_sheet("Notes")
notes = [
    ("Notes", None),
    ("1", "Figures are crimes recorded by Avon and Somerset Constabulary under the Home Office Counting "
          "Rules, counted in the calendar year in which the crime was recorded (1 January to 31 December)."),
    ("2", "2025 covers 1 January 2025 to 30 June 2025 only and is not comparable with the full years."),
    ("3", "Offence codes are shown as held on our system, with leading zeros (e.g. 019E = Home Office code 19E)."),
    ("4", "x = figure suppressed because of small numbers, to protect the identity of victims."),
    ("5", "A blank cell means that no crimes were recorded under that code in that period (nil)."),
    ("6", "The Total column is the sum of the figures shown in the row. Suppressed (x) values are not "
          "included, so where a row contains an x the total is lower than the true number of crimes."),
    ("7", "Crime data is dynamic and figures may change as investigations progress or records are "
          "reclassified. Figures provided in earlier responses may therefore differ."),
]
for i, (k, v) in enumerate(notes, start=1):
    n.cell(row=i, column=1, value=k).font = Font(bold=(i == 1))
    if v:
        c = n.cell(row=i, column=2, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
n.column_dimensions["A"].width = 6
n.column_dimensions["B"].width = 100

wb.save(HERE / "reply.xlsx")
print("saved")
