"""Build reply.xlsx: Humberside Police FOI attachment (openpyxl), ref HP-FOI-2025-1873.

Sexual assault on a child under 13, two code blocks ('020B' female, '017B' male) one above
the other, each with its own heading row; financial years DOWN written 'FY22/23' .. 'FY24/25'
plus a part year 'FY25/26 (1 Apr - 30 Sep 2025)'; victim age ACROSS (0-4, 5-9, 10-12,
Not recorded) with a Total column. '1-4' replaces figures from 1 to 4 (rule in the notes);
totals include them. Every cell is a value; no formulas.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "HP-FOI-2025-1873"
YEARS = ["FY22/23", "FY23/24", "FY24/25", "FY25/26 (1 Apr - 30 Sep 2025)"]
BANDS = ["0-4", "5-9", "10-12", "Not recorded"]
S = "1-4"
# (shown cells, true values) ; true values only used to check the totals
BLOCKS = [
    ("020B - Sexual assault on a female child under 13", {
        YEARS[0]: ((14, 58, 97, S), (14, 58, 97, 2)),
        YEARS[1]: ((11, 63, 104, 0), (11, 63, 104, 0)),
        YEARS[2]: ((17, 49, 112, S), (17, 49, 112, 3)),
        YEARS[3]: ((6, 27, 51, S), (6, 27, 51, 1)),
    }),
    ("017B - Sexual assault on a male child under 13", {
        YEARS[0]: ((S, 29, 22, 0), (4, 29, 22, 0)),
        YEARS[1]: ((6, 31, 18, S), (6, 31, 18, 1)),
        YEARS[2]: ((S, 24, 27, S), (3, 24, 27, 2)),
        YEARS[3]: ((S, 13, 11, 0), (2, 13, 11, 0)),
    }),
]
TOTALS = {
    "020B": [171, 178, 181, 85],
    "017B": [55, 56, 56, 26],
}
for title, data in BLOCKS:
    code = title.split()[0]
    for y, t in zip(YEARS, TOTALS[code]):
        shown, true = data[y]
        assert sum(true) == t, (code, y)
        for a, b in zip(shown, true):
            assert a == b or (a == S and 1 <= b <= 4)

thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="002F5F")
block_fill = PatternFill("solid", fgColor="DCE6F1")
head_font = Font(bold=True, color="FFFFFF")
bold = Font(bold=True)

wb = Workbook()
ws = wb.active
ws.title = "FOI 1873 data"

ws["A1"] = "Humberside Police"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = f"Freedom of Information Act 2000 - Request {REF}"
ws["A2"].font = bold
ws["A3"] = ("Sexual assault on a child under 13: offences recorded by financial year and age of victim "
            "at the time of the offence")
ws["A4"] = "Prepared by: Information Access Team, Corporate Development"
ws["A5"] = "Date: 28/10/2025"

HR = 7
headers = ["Financial year"] + [f"Victim age {b}" if b != "Not recorded" else "Victim age not recorded"
                                for b in BANDS] + ["Total"]
for c, h in enumerate(headers, start=1):
    cell = ws.cell(row=HR, column=c, value=h)
    cell.font = head_font
    cell.fill = head_fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[HR].height = 32

r = HR + 1
for title, data in BLOCKS:
    code = title.split()[0]
    ws.cell(row=r, column=1, value=title).font = bold
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
    for c in range(1, len(headers) + 1):
        ws.cell(row=r, column=c).fill = block_fill
        ws.cell(row=r, column=c).border = box
    r += 1
    for y, t in zip(YEARS, TOTALS[code]):
        shown, _ = data[y]
        ws.cell(row=r, column=1, value=y).border = box
        for j, v in enumerate(shown):
            cell = ws.cell(row=r, column=2 + j, value=v)
            cell.border = box
            cell.alignment = Alignment(horizontal="right")
        cell = ws.cell(row=r, column=2 + len(BANDS), value=t)
        cell.font = bold
        cell.border = box
        cell.alignment = Alignment(horizontal="right")
        r += 1
    r += 1

notes = [
    "Notes",
    "1. Financial years run from 1 April to 31 March (FY22/23 = 01/04/2022 to 31/03/2023). "
    "FY25/26 is a part year, covering 1 April 2025 to 30 September 2025 only.",
    "2. Data extracted from the Niche records management system on 14/10/2025 and based on the date "
    "the crime was recorded. Figures may change as investigations progress.",
    "3. To reduce the risk of identifying victims, any figure from 1 to 4 is shown as '1-4'. "
    "Totals include these figures.",
    "4. Age is the age of the victim at the time of the offence, where recorded. Where a crime has "
    "more than one victim it is counted against the first victim recorded.",
    "5. The offence codes are Home Office Counting Rules classifications (020B, 017B).",
]
for i, n in enumerate(notes):
    cell = ws.cell(row=r + i, column=1, value=n)
    if i == 0:
        cell.font = bold

ws.column_dimensions["A"].width = 30
for col in "BCDEF":
    ws.column_dimensions[col].width = 14

wb.properties.title = f"Humberside Police FOI {REF}"
wb.properties.creator = "Humberside Police Information Access Team"
wb.save(HERE / "reply.xlsx")
