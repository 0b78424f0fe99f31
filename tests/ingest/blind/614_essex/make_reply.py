"""Build reply.xlsx: Essex Police FOI response attachment (reference FOI-25-7394), openpyxl.

Medium reply on ONE sheet that mixes the letter and the tables, as some forces' spreadsheets
do: a title block, the request (Q1-Q3), Table 1 (CSE-flagged crimes by victim age band, the
financial years ACROSS written 'FY22/23', 'FY23/24', 'FY24/25', with a Total row), a footnote
defining '<5', Table 2 (charged/summonsed, one row), and the answer to Q3 in prose
('As at 31 July 2025 ...', a one-day figure). Every cell is a value; '<5' cells are text.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
YEARS = ("FY22/23", "FY23/24", "FY24/25")
T1 = [
    ("Under 13", (38, 44, 41)),
    ("13 to 15", (121, 133, 127)),
    ("16 to 17", (46, 52, 58)),
    ("Not recorded", ("<5", 6, "<5")),
]
HIDDEN = {(3, 0): 3, (3, 2): 2}  # true values of the '<5' cells, used only for the totals
TOTALS = []
for i in range(3):
    s = 0
    for r, (_, vals) in enumerate(T1):
        v = vals[i]
        s += HIDDEN[(r, i)] if v == "<5" else v
    TOTALS.append(s)
assert TOTALS == [208, 235, 228], TOTALS
T2 = (29, 33, 21)

wb = Workbook()
ws = wb.active
ws.title = "FOI-25-7394"
ws.column_dimensions["A"].width = 34
for c in "BCD":
    ws.column_dimensions[c].width = 14
ws.sheet_view.showGridLines = False

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="1F3864")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")

row = 1


def text(s, font=None, merge=True, height=None):
    """Write one line of prose in column A, merged across A:D."""
    global row
    c = ws.cell(row=row, column=1, value=s)
    c.alignment = wrap
    if font:
        c.font = font
    if merge:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    if height:
        ws.row_dimensions[row].height = height
    row += 1


def blank():
    global row
    row += 1


def table(title, first_head, rows, total=None):
    global row
    text(title, Font(bold=True, size=11))
    heads = (first_head,) + YEARS
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hdr_fill
        c.border = box
        c.alignment = Alignment(horizontal="center" if j > 1 else "left")
    row += 1
    for label, vals in rows:
        ws.cell(row=row, column=1, value=label).border = box
        for j, v in enumerate(vals, start=2):
            c = ws.cell(row=row, column=j, value=v)
            c.border = box
            c.alignment = Alignment(horizontal="right")
        row += 1
    if total is not None:
        c = ws.cell(row=row, column=1, value="Total")
        c.font = bold
        c.border = box
        for j, v in enumerate(total, start=2):
            c = ws.cell(row=row, column=j, value=v)
            c.font = bold
            c.border = box
        row += 1


text("ESSEX POLICE", Font(bold=True, size=14, color="1F3864"))
text("Information Rights Unit, Essex Police Headquarters, PO Box 2, Springfield, Chelmsford CM2 6DA",
     Font(size=9, color="595959"))
text("OFFICIAL", Font(bold=True, size=9))
blank()
text("Freedom of Information Request Reference: FOI-25-7394", bold)
text("Date of response: 05/08/2025")
text("Date request received: 09/07/2025")
blank()
text("Request", Font(bold=True, size=12))
text("Q1. For each of the last three financial years, the number of crimes recorded by Essex Police that "
     "carried a child sexual exploitation (CSE) flag, broken down by the age of the victim.", height=45)
text("Q2. For each year, how many of those crimes resulted in a suspect being charged or summonsed.", height=30)
text("Q3. How many CSE investigations does Essex Police currently have open?", height=18)
blank()
text("Response", Font(bold=True, size=12))
text("Essex Police holds information relevant to your request. The last three financial years have been "
     "taken as 1 April 2022 to 31 March 2025. Figures were extracted from the Athena crime system on "
     "31/07/2025 and relate to crimes recorded in each year which carried the CSE flag at the time of "
     "extraction. A crime with more than one victim is counted against the youngest victim.", height=75)
blank()
table("Table 1 (Q1): Crimes with a CSE flag, by age of victim", "Victim age", T1, TOTALS)
text("<5 denotes a figure below five. Small numbers have been suppressed to reduce the risk of identifying "
     "individual victims; totals include the suppressed figures.", Font(italic=True, size=9), height=30)
blank()
table("Table 2 (Q2): CSE-flagged crimes resulting in a charge or summons", "Outcome",
      [("Charged / summonsed", T2)])
text("Outcomes are those recorded at the date of extraction. Some crimes, particularly those recorded in "
     "FY24/25, are still under investigation and may yet result in a charge.", Font(italic=True, size=9),
     height=30)
blank()
text("Q3", bold)
text("As at 31 July 2025 Essex Police had 64 open investigations into crimes carrying the CSE flag. This is "
     "a snapshot taken on that date; the number changes daily as investigations are opened and concluded.",
     height=45)
blank()
text("If you are dissatisfied with this response you may request an internal review within 40 working days "
     "by writing to the Information Rights Unit at the address above. You may also complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", height=45)
text("OFFICIAL", Font(bold=True, size=9))

wb.save(HERE / "reply.xlsx")
