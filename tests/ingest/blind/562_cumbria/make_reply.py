"""Build reply.xlsx: a Cumbria Constabulary FOI attachment (openpyxl).

Three sheets:
  'Cover'        - the letter, one paragraph per row in column A, with the notes that define
                   'x' (1 to 4, suppressed; totals include these) and the four financial years.
  'Offences & Suspects' - table A (one offence row, HO code written '086/02', FY across plus a
                   Total column) and table B (suspects by age band, FY across, Total column and
                   Total row).
  'Outcomes'     - table C, outcome rows, FY across, no totals.
All cells are plain values (no formulas). Suppressed cells are the string 'x'.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI/2024/0412"
YEARS = ["FY20/21", "FY21/22", "FY22/23", "FY23/24"]

wb = Workbook()
cov = wb.active
cov.title = "Cover"
cov.column_dimensions["A"].width = 120

cover_lines = [
    ("Cumbria Constabulary", True),
    ("Freedom of Information Unit, Police Headquarters, Carleton Hall, Penrith, Cumbria, CA10 2AU", False),
    ("", False),
    (f"Our reference: {REF}", False),
    ("Date: 10 June 2024", False),
    ("", False),
    ("FREEDOM OF INFORMATION ACT 2000 - RESPONSE", True),
    ("", False),
    ("Thank you for your e-mail received on 13 May 2024, in which you asked for the following information:", False),
    ("For each of the last four financial years:", False),
    ("1) How many offences of taking, making or distributing indecent photographs of children were recorded by Cumbria Constabulary?", False),
    ("2) How many suspects were linked to those offences, broken down by whether the suspect was aged under 18 or 18 and over?", False),
    ("3) Of the offences in question 1, how many resulted in a charge, how many in a caution, and how many are still under investigation?", False),
    ("", False),
    ("Cumbria Constabulary holds the information you have asked for. It is provided in the tabs of this workbook:", False),
    ("   'Offences & Suspects' - questions 1 and 2", False),
    ("   'Outcomes' - question 3", False),
    ("", False),
    ("Notes", True),
    ("1. The last four financial years are taken to be 1 April 2020 to 31 March 2024 (FY20/21 to FY23/24).", False),
    ("2. Offences are those recorded under Home Office classification 086/02 (Take, make, distribute or publish indecent photographs or pseudo-photographs of children). Possession offences are recorded under a separate classification and are not included.", False),
    ("3. To reduce the risk of identifying individuals, values between 1 and 4 have been replaced with 'x'. Totals include these values.", False),
    ("4. A suspect is counted once for each offence they are linked to, so one person may be counted more than once. Age is the suspect's age at the time of the offence. Where no date of birth was recorded, the suspect appears as 'Not recorded'.", False),
    ("5. Outcomes are shown against the year in which the offence was recorded and are as at 22 May 2024, the date the data was extracted. Other outcome types (for example, evidential difficulties) are not shown, so the outcome rows will not add up to the number of offences.", False),
    ("6. Crime data is held on a live system and figures may differ slightly from those published elsewhere.", False),
    ("", False),
    ("Complaint rights", True),
    ("If you are unhappy with this response you can ask for an internal review. Please write to the Freedom of Information Unit at the address above, or e-mail foi@cumbria.police.uk, within 40 working days. If you are still dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", False),
    ("", False),
    ("Yours sincerely,", False),
    ("Disclosure Officer, Freedom of Information Unit", False),
]
for i, (text, bold) in enumerate(cover_lines, start=1):
    c = cov.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        c.font = Font(bold=True, size=12 if i == 1 else 11)

thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DCE6F1")


def table(ws, top, title, header, rows, total_rows=()):
    ws.cell(row=top, column=1, value=title).font = Font(bold=True)
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=top + 1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center" if j > 1 else "left", wrap_text=True)
    for i, row in enumerate(rows):
        r = top + 2 + i
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = box
            if j > 1:
                c.alignment = Alignment(horizontal="right")
            if row[0] in total_rows:
                c.font = Font(bold=True)
    return top + 2 + len(rows)


ws = wb.create_sheet("Offences & Suspects")
ws.column_dimensions["A"].width = 58
for col in "BCDEF":
    ws.column_dimensions[col].width = 11

end = table(
    ws, 1, "Q1. Recorded offences",
    ["Home Office classification"] + YEARS + ["Total"],
    [["086/02 Take/make/distribute indecent photographs of children", 188, 203, 176, 219, 786]],
)
end = table(
    ws, end + 2, "Q2. Suspects linked to 086/02 offences, by age of suspect",
    ["Age of suspect"] + YEARS + ["Total"],
    [
        ["10 - 17", "x", 11, 8, 14, 36],
        ["18 and over", 141, 150, 133, 162, 586],
        ["Not recorded", 9, 6, "x", 5, 22],
        ["Total", 153, 167, 143, 181, 644],
    ],
    total_rows=("Total",),
)
ws.cell(row=end + 1, column=1, value="See notes on the Cover tab.").font = Font(italic=True, size=9)

ws2 = wb.create_sheet("Outcomes")
ws2.column_dimensions["A"].width = 40
for col in "BCDE":
    ws2.column_dimensions[col].width = 11
end = table(
    ws2, 1, "Q3. Outcomes of 086/02 offences, by financial year recorded (as at 22/05/2024)",
    ["Outcome"] + YEARS,
    [
        ["Charged / summonsed", 61, 58, 47, 29],
        ["Caution (youth or adult)", "x", 5, "x", "x"],
        ["Under investigation - no outcome yet", 12, 19, 38, 96],
    ],
)
ws2.cell(row=end + 1, column=1, value="See notes on the Cover tab.").font = Font(italic=True, size=9)

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
