"""Build reply.xlsx: Warwickshire Police FOI workbook.

Sheet 'Response': letter text (reference, dates, request, response, notes, rights), label in
column A, text in column B.
Sheet 'Q1 Platform': title rows, then 71/17 offences by platform (rows) with the two financial
years as columns headed '01/04/2023 - 31/03/2024' and '01/04/2024 - 31/03/2025', and a Total row.
Sheet 'Q2 Outcome': the same offences by outcome (rows) for the same two years, Total row.
Small figures are the text '*' (a reason is given, no threshold). No formulas: every cell is a
value.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI-2025-0933"
Y1 = "01/04/2023 - 31/03/2024"
Y2 = "01/04/2024 - 31/03/2025"

wb = Workbook()
cov = wb.active
cov.title = "Response"
cov.column_dimensions["A"].width = 18
cov.column_dimensions["B"].width = 110
top = Alignment(wrap_text=True, vertical="top")

lines = [
    ("Warwickshire Police", None, 30),
    ("Freedom of Information Act 2000 - Response", None, None),
    (None, None, None),
    ("Reference", REF, None),
    ("Received", "06/05/2025", None),
    ("Responded", "03/06/2025", None),
    (None, None, None),
    ("Request", "\"1. Please provide the number of offences of sexual communication with a child "
                "(Home Office code 71/17) recorded by Warwickshire Police in each of the last two "
                "financial years, broken down by the social media platform or app used.\n"
                "2. Please provide the outcome of each of these offences.\"", 60),
    (None, None, None),
    ("Response", "Warwickshire Police holds the information requested. Please see the tabs 'Q1 Platform' "
                 "and 'Q2 Outcome' of this workbook. The last two financial years have been taken as "
                 "those ending 31 March 2024 and 31 March 2025.", 44),
    (None, None, None),
    ("Notes", "1. * Figures have been suppressed where, taken with other information, they could lead "
              "to the identification of a victim or suspect. Totals include the suppressed figures.", 30),
    (None, "2. The platform or app is not a mandatory field on our crime recording system. Figures in Q1 "
           "are based on a keyword search of the crime summary. Where more than one platform is "
           "mentioned the first named has been counted, so each offence is counted once. 'Not recorded' "
           "means no platform could be identified from the summary.", 58),
    (None, "3. Outcomes are shown as at 20/05/2025 and refer to the Home Office outcomes framework. "
           "Offences shown as 'Under investigation' had no outcome assigned on that date.", 30),
    (None, "4. Figures are offences recorded in each financial year and not the number of victims or "
           "suspects.", 18),
    (None, None, None),
    ("Your rights", "If you are unhappy with the way your request has been handled you may ask for an "
                    "internal review within 40 working days of the date of this response by contacting "
                    "the Information Compliance Unit, Warwickshire Police, Leek Wootton, Warwick CV35 7QA. "
                    "If you remain dissatisfied you may contact the Information Commissioner's Office.", 46),
]
for r, (a, b, h) in enumerate(lines, start=1):
    if a is not None:
        c = cov.cell(row=r, column=1, value=a)
        c.font = Font(bold=True, size=15 if r == 1 else 11)
        c.alignment = top
    if b is not None:
        cov.cell(row=r, column=2, value=b).alignment = top
    if h:
        cov.row_dimensions[r].height = h

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="1F3864")
tot_fill = PatternFill("solid", fgColor="D9E1F2")


def sheet(name, title, subtitle, first_col, rows, totals):
    ws = wb.create_sheet(name)
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 24
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = subtitle
    ws["A2"].font = Font(italic=True)
    hdr = [first_col, Y1, Y2]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.border = box
        cell.alignment = Alignment(horizontal="center" if c > 1 else "left", wrap_text=True)
    r = 5
    for label, a, b in rows + [("Total",) + totals]:
        for c, v in enumerate((label, a, b), start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            if c > 1:
                cell.alignment = Alignment(horizontal="right")
            if label == "Total":
                cell.font = Font(bold=True)
                cell.fill = tot_fill
        r += 1
    ws.cell(row=r + 1, column=1, value="* suppressed - see note 1 on the Response tab").font = Font(italic=True, size=9)
    return ws


sheet("Q1 Platform", "Sexual communication with a child (71/17) - platform or app used",
      "Offences recorded by financial year", "Platform / app",
      [("Snapchat", 34, 41), ("Instagram", 11, 9), ("WhatsApp", 8, 12), ("Facebook", "*", "*"),
       ("Other", 6, "*"), ("Not recorded", 19, 16)],
      (81, 84))
sheet("Q2 Outcome", "Sexual communication with a child (71/17) - outcomes",
      "Offences recorded by financial year; outcome as at 20/05/2025", "Outcome",
      [("Charge/Summons", 14, 9), ("Caution - Youth", "*", "*"), ("Caution - Adult", 0, "*"),
       ("Community Resolution", 5, 6),
       ("Outcome 15 - Evidential difficulties (suspect identified, victim supports action)", 9, 8),
       ("Outcome 16 - Evidential difficulties (victim does not support action)", 22, 19),
       ("Outcome 18 - Investigation complete, no suspect identified", 7, 5),
       ("Under investigation", 21, 33)],
      (81, 84))

wb.save(HERE / "reply.xlsx")
