"""Build reply.xlsx: a North Wales Police FOI attachment (cover sheet + three data sheets)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).with_name("reply.xlsx")
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="1F3864")
WHITE = Font(bold=True, color="FFFFFF")

wb = Workbook()

# --- Cover sheet -----------------------------------------------------------
ws = wb.active
ws.title = "Cover"
lines = [
    ("North Wales Police / Heddlu Gogledd Cymru", BOLD),
    ("Freedom of Information Act 2000 - Disclosure", BOLD),
    ("", None),
    ("Reference: FOI/0113/25", None),
    ("Date of request: 09/01/2025", None),
    ("Date of response: 05/02/2025", None),
    ("", None),
    ("Request:", BOLD),
    ("1. How many offences of taking, making or distributing indecent photographs of children "
     "(Home Office code 86/2) did North Wales Police record in each of the calendar years 2022, "
     "2023 and 2024?", None),
    ("2. How many of those offences carried the online (cyber) flag?", None),
    ("3. Please give the ages of the suspects in those offences, in age bands.", None),
    ("4. Please give the outcome of each of those offences.", None),
    ("", None),
    ("Response:", BOLD),
    ("The information you requested is provided on the following sheets:", None),
    ("   'Recorded crimes' - questions 1 and 2", None),
    ("   'Suspect age' - question 3", None),
    ("   'Outcomes' - question 4", None),
    ("", None),
    ("Notes:", BOLD),
    ("a) Data extracted from the force crime recording system on 27/01/2025. Figures are by the "
     "date the crime was recorded (1 January to 31 December of each year).", None),
    ("b) Where the number is fewer than five it has been shown as <5 to reduce the risk of "
     "identifying individuals.", None),
    ("c) Suspect figures count people, not crimes. One crime may have more than one suspect and "
     "one person may be a suspect in more than one crime.", None),
    ("d) Outcomes are the outcome recorded against each crime as at 27/01/2025. Where no outcome "
     "has yet been assigned the investigation is ongoing.", None),
    ("", None),
    ("If you are unhappy with this response you may request an internal review by contacting "
     "the Freedom of Information Unit, North Wales Police, Police Headquarters, Glan y Don, "
     "Colwyn Bay, LL29 8AW.", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font:
        c.font = font
ws.column_dimensions["A"].width = 110


def data_sheet(title, heading, header, rows, footer=()):
    s = wb.create_sheet(title)
    s.cell(row=1, column=1, value=heading).font = BOLD
    for j, h in enumerate(header, start=1):
        c = s.cell(row=3, column=j, value=h)
        c.font = WHITE
        c.fill = HEAD
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            if j > 1:
                c.alignment = Alignment(horizontal="right")
            if str(row[0]).startswith("Total"):
                c.font = BOLD
    r = 4 + len(rows) + 1
    for text in footer:
        s.cell(row=r, column=1, value=text).font = Font(italic=True, size=9)
        r += 1
    s.column_dimensions["A"].width = 58
    for col in "BCDE":
        s.column_dimensions[col].width = 11
    return s


data_sheet(
    "Recorded crimes",
    "Q1 & Q2 - Crimes recorded under HO code 86/2 (take, make, distribute indecent photographs "
    "of children)",
    ["", "2022", "2023", "2024", "Total"],
    [["Crimes recorded (86/2)", 289, 318, 344, 951],
     ["of which: online flag applied", 241, 276, 301, 818]],
)

data_sheet(
    "Suspect age",
    "Q3 - Suspects linked to 86/2 crimes, by age at the time of the offence",
    ["Suspect age", "2022", "2023", "2024", "Total"],
    [["10 to 13", "<5", 6, "<5", 11],
     ["14 to 17", 35, 38, 47, 120],
     ["18 to 24", 47, 52, 60, 159],
     ["25 to 44", 112, 119, 126, 357],
     ["45 and over", 66, 70, 58, 194],
     ["Not recorded", 7, 9, 5, 21],
     ["Total", 270, 294, 298, 862]],
    footer=["<5 = fewer than five (see Cover, note b)."],
)

data_sheet(
    "Outcomes",
    "Q4 - Outcomes of 86/2 crimes, by year recorded (outcome as at 27/01/2025)",
    ["Outcome", "2022", "2023", "2024"],
    [["1 - Charge / Summons", 97, 104, 88],
     ["2 - Caution (youth)", "<5", "<5", "<5"],
     ["3 - Caution (adult)", 12, 9, 11],
     ["8 - Community resolution", 6, 8, 5],
     ["15 - Evidential difficulties (suspect identified)", 31, 36, 29],
     ["21 - Not in the public interest (police decision)", 9, 13, 10],
     ["22 - Diversionary, educational or intervention activity", "<5", 5, 7],
     ["Investigation ongoing - no outcome assigned", 129, 139, 191]],
    footer=["Outcome figures relate to the crimes on the 'Recorded crimes' sheet.",
            "<5 = fewer than five (see Cover, note b)."],
)

wb.save(OUT)
print("wrote", OUT)
