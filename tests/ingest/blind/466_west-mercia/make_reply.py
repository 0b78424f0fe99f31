"""Build reply.xlsx: West Mercia Police FOI reply - online-flagged sexual offences against
children by financial year, victim gender and victim age band, sent as a workbook with a
'Cover' sheet (letter text, request, the answer to question 2 in a sentence) and a 'Data'
sheet laid out as a pasted Excel pivot table (years as group rows with genders indented
under them, '2021-22 Total' subtotal rows after each group, a Grand Total row and column).
Cells of 1 to 4 are shown as '*' with the rule stated; totals include the hidden values."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI 4592-24"

BANDS = ("Under 13", "13-15", "16-17")
# year -> gender -> three band values; an int below 5 (and above 0) is printed as '*'
DATA = {
    "2021-22": {"Female": (58, 164, 47), "Male": (21, 36, 9), "Unknown": (2, 4, 0)},
    "2022-23": {"Female": (63, 181, 52), "Male": (24, 41, 11), "Unknown": (0, 3, 2)},
    "2023-24": {"Female": (71, 193, 58), "Male": (27, 49, 14), "Unknown": (1, 5, 1)},
}


def shown(v):
    return "*" if 0 < v < 5 else v


wb = Workbook()

# ---------------------------------------------------------------- Cover sheet
cov = wb.active
cov.title = "Cover"
cov.column_dimensions["A"].width = 120
lines = [
    ("West Mercia Police", Font(bold=True, size=14, color="1F3864")),
    ("Information Compliance Unit", Font(size=10)),
    ("", None),
    (f"Freedom of Information Request - Reference: {REF}", Font(bold=True, size=11)),
    ("Date of response: 2 July 2024", None),
    ("", None),
    ("Thank you for your request for information, which was received on 4 June 2024. Your request "
     "has been dealt with under the terms of the Freedom of Information Act 2000.", None),
    ("", None),
    ("Your request:", Font(bold=True)),
    ("1. Please provide the number of sexual offences recorded by West Mercia Police in each of the "
     "last three financial years where the victim was under 18 and the crime was flagged as "
     "online or cyber-enabled, broken down by the gender of the victim and by age group (under 13, "
     "13-15 and 16-17).", None),
    ("2. Of these, how many were offences of sexual communication with a child?", None),
    ("", None),
    ("Our response:", Font(bold=True)),
    ("West Mercia Police holds the information you have requested. The last three financial years "
     "have been taken to be 2021-22, 2022-23 and 2023-24 (1 April 2021 to 31 March 2024).", None),
    ("", None),
    ("Question 1: Please see the 'Data' tab of this workbook.", None),
    ("", None),
    ("Question 2: Of the online-flagged offences shown on the 'Data' tab, 131 in 2021-22, 149 in "
     "2022-23 and 166 in 2023-24 were recorded as sexual communication with a child (Home Office "
     "code 71/17).", None),
    ("", None),
    ("The online flag is applied by the officer or crime registrar where the offence was committed, "
     "or partly committed, through a computer, computer network or other computer-enabled device. "
     "Its use depends on the accuracy of recording and the figures may therefore understate the "
     "number of offences with an online element.", None),
    ("", None),
    ("If you are unhappy with the way your request has been handled you may ask for an internal "
     "review within 40 working days of the date of this response by writing to the Information "
     "Compliance Unit. If you remain dissatisfied you may apply to the Information Commissioner.", None),
    ("", None),
    ("Information Compliance Unit, West Mercia Police", Font(italic=True)),
]
for i, (text, font) in enumerate(lines, start=1):
    c = cov.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font is not None:
        c.font = font

# ----------------------------------------------------------------- Data sheet
ws = wb.create_sheet("Data")
ws.column_dimensions["A"].width = 22
for col in "BCDE":
    ws.column_dimensions[col].width = 13
ws["A1"] = f"{REF} - Sexual offences with the online flag where the victim was aged under 18"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Crimes recorded 01/04/2021 to 31/03/2024, by financial year of recording"
ws["A2"].font = Font(italic=True)

hdr_fill = PatternFill("solid", fgColor="DDEBF7")
thin = Side(style="thin", color="9BC2E6")
ws["A4"] = "Count of Crime Ref"
ws["B4"] = "Column Labels"
for c in ("A4", "B4"):
    ws[c].font = Font(bold=True)
    ws[c].fill = hdr_fill
r = 5
ws.cell(row=r, column=1, value="Row Labels")
for j, b in enumerate(BANDS, start=2):
    ws.cell(row=r, column=j, value=b)
ws.cell(row=r, column=5, value="Grand Total")
for j in range(1, 6):
    cell = ws.cell(row=r, column=j)
    cell.font = Font(bold=True)
    cell.fill = hdr_fill
    cell.border = Border(bottom=thin)

grand = [0, 0, 0]
r += 1
for year, genders in DATA.items():
    ws.cell(row=r, column=1, value=year).font = Font(bold=True)
    r += 1
    ytot = [0, 0, 0]
    for g, vals in genders.items():
        c = ws.cell(row=r, column=1, value=g)
        c.alignment = Alignment(indent=1)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=2 + j, value=shown(v)).alignment = Alignment(horizontal="right")
            ytot[j] += v
        ws.cell(row=r, column=5, value=sum(vals))
        r += 1
    ws.cell(row=r, column=1, value=f"{year} Total")
    for j, v in enumerate(ytot):
        ws.cell(row=r, column=2 + j, value=v)
        grand[j] += v
    ws.cell(row=r, column=5, value=sum(ytot))
    for j in range(1, 6):
        ws.cell(row=r, column=j).font = Font(bold=True)
        ws.cell(row=r, column=j).border = Border(top=thin)
    r += 1
ws.cell(row=r, column=1, value="Grand Total")
for j, v in enumerate(grand):
    ws.cell(row=r, column=2 + j, value=v)
ws.cell(row=r, column=5, value=sum(grand))
for j in range(1, 6):
    cell = ws.cell(row=r, column=j)
    cell.font = Font(bold=True)
    cell.fill = hdr_fill
    cell.border = Border(top=thin, bottom=thin)

r += 2
notes = [
    "Notes",
    "* Figures between 1 and 4 have been replaced with * to reduce the risk of identifying "
    "individual victims. Totals include these suppressed figures.",
    "Victim age is the age at the time of the offence as recorded on the crime report.",
    "'Unknown' gender: the gender of the victim was not recorded.",
    "Source: West Mercia Police crime recording system, data extracted 18/06/2024. "
    "Figures for 2023-24 are provisional and may change.",
]
for i, n in enumerate(notes):
    c = ws.cell(row=r + i, column=1, value=n)
    if i == 0:
        c.font = Font(bold=True)

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
