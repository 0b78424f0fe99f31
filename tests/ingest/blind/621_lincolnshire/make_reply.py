"""Build reply.xlsx: Lincolnshire Police FOI attachment (FOI/25/0816), openpyxl.

One sheet. Request text and response at the top, then a table of sexual communication with a
child offences (HO code 71/17) by platform, financial years ACROSS written 'FY22/23', with a
Total column and a Total row. '<5' with its rule stated; '-' keyed as nil in a footnote.
Question 3 (suspect age) refused under s.12 with an hours estimate.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI/25/0816"

YEARS = ["FY22/23", "FY23/24", "FY24/25", "Total"]
ROWS = [
    ("Snapchat", [61, 72, 66, 199]),
    ("Instagram", [18, 14, 21, 53]),
    ("WhatsApp", [9, 12, 10, 31]),
    ("Facebook / Messenger", [6, "<5", "-", 8]),
    ("TikTok", ["<5", 5, 7, 15]),
    ("Other platform", [11, 8, "<5", 23]),
    ("Not recorded", [34, 31, 26, 91]),
]
TOTAL = ("Total", [142, 144, 134, 420])

wb = Workbook()
ws = wb.active
ws.title = "FOI 25-0816"
ws.column_dimensions["A"].width = 30
for col in "BCDE":
    ws.column_dimensions[col].width = 12
ws.sheet_view.showGridLines = False

wrap = Alignment(wrap_text=True, vertical="top")

def para(row, text, font=None, height=None):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    c = ws.cell(row=row, column=1, value=text)
    c.alignment = wrap
    if font is not None:
        c.font = font
    if height:
        ws.row_dimensions[row].height = height

r = 1
para(r, "LINCOLNSHIRE POLICE - FREEDOM OF INFORMATION REQUEST", Font(bold=True, size=13)); r += 1
para(r, f"Our reference: {REF}        Date of response: 27 June 2025", Font(size=9)); r += 2

para(r, "REQUEST", Font(bold=True)); r += 1
para(r, "Your request, received on 30/05/2025, was as follows:", None); r += 1
para(r, "Please provide the following for each of the last three financial years:", None); r += 1
para(r, "1. The number of offences of sexual communication with a child (Home Office code 71/17) "
        "recorded by Lincolnshire Police.", None, 30); r += 1
para(r, "2. For those offences, the app or website through which the communication took place.", None, 30); r += 1
para(r, "3. The age of the suspect in each case.", None); r += 2

para(r, "RESPONSE", Font(bold=True)); r += 1
para(r, "Lincolnshire Police holds information relevant to your request. Questions 1 and 2 are "
        "answered in the table below. The financial year runs from 1 April to 31 March; FY22/23 is "
        "therefore 01/04/2022 to 31/03/2023 and so on, up to 31/03/2025.", None, 45); r += 2

# table
thin = Side(style="thin", color="7F7F7F")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="D9E1F2")
ws.cell(row=r, column=1, value="Offences of sexual communication with a child (71/17) by platform").font = Font(bold=True)
r += 1
hdr = ["Platform"] + YEARS
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=r, column=j, value=h)
    c.font = Font(bold=True)
    c.fill = fill
    c.border = box
    c.alignment = Alignment(horizontal="center" if j > 1 else "left")
r += 1
for label, vals in ROWS + [TOTAL]:
    c = ws.cell(row=r, column=1, value=label)
    c.border = box
    if label == "Total":
        c.font = Font(bold=True)
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=r, column=j, value=v)
        c.border = box
        c.alignment = Alignment(horizontal="right")
        if label == "Total" or j == 5:
            c.font = Font(bold=True)
    r += 1
r += 1
para(r, "Notes:", Font(bold=True, size=9)); r += 1
para(r, "<5 - figures of fewer than five have been suppressed to reduce the risk of a victim "
        "being identified. Totals include the suppressed figures.", Font(size=9), 26); r += 1
para(r, "- denotes nil (no offences recorded).", Font(size=9)); r += 1
para(r, "Platform is taken from a free-text field completed by the officer in the case and is not "
        "mandatory. Where no platform was entered the crime is shown as 'Not recorded'.", Font(size=9), 26); r += 1
para(r, "Data extracted from Niche RMS on 19/06/2025 and subject to change.", Font(size=9)); r += 2

para(r, "Question 3", Font(bold=True)); r += 1
para(r, "The age of the suspect is not held in a searchable format against these crimes. To answer "
        "this question each of the 420 crime records above would need to be opened and read to identify "
        "whether a suspect was named and, if so, their date of birth at the time of the offence. A sample "
        "exercise showed this takes around 4 minutes per record, which equates to approximately 28 hours "
        "of work. This exceeds the appropriate limit of 18 hours (£450) and Section 12(1) of the Freedom "
        "of Information Act 2000 therefore applies to this part of your request. This letter acts as a "
        "refusal notice for question 3 under Section 17(5) of the Act.", None, 100); r += 1
para(r, "If you were to narrow question 3, for example to a single financial year, we may be able to "
        "assist further.", None, 30); r += 2

para(r, "COMPLAINT RIGHTS", Font(bold=True)); r += 1
para(r, "If you are dissatisfied with this response you may request an internal review within 40 "
        "working days by writing to the Freedom of Information Team, Lincolnshire Police, PO Box 999, "
        "Lincoln LN5 7PH. You may then complain to the Information Commissioner's Office.", None, 45)

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
