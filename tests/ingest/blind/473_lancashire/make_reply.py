"""Build reply.xlsx: Lancashire Constabulary FOI reply - CSE-flagged crimes by victim gender and
online-flagged sexual offences against children by victim age group, calendar years 2022 to 2024
plus 2025 to 30 June. Sent as a workbook: a 'Response' sheet (letter text), then one sheet per
table with a title block, years down the side, a Total column and footnotes under the table.
Values below five are shown as '<5' (rule stated in the footnotes); nil is '-' (keyed); the totals
include the suppressed values."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
REF = "FOI/2025/1142"

YEARS = ["2022", "2023", "2024", "2025 (01/01/2025 - 30/06/2025)"]
# Table 1: CSE-flagged crimes by victim gender (Female, Male, Unknown)
T1 = {
    "2022": (318, 64, 0),
    "2023": (296, 71, 2),
    "2024": (341, 58, 0),
    "2025 (01/01/2025 - 30/06/2025)": (152, 29, 1),
}
# Table 2: online-flagged sexual offences, victim under 18, by age group
T2 = {
    "2022": (96, 288, 74, 3),
    "2023": (104, 301, 81, 6),
    "2024": (117, 326, 69, 4),
    "2025 (01/01/2025 - 30/06/2025)": (58, 149, 37, 1),
}


def shown(v):
    if v == 0:
        return "-"
    if v < 5:
        return "<5"
    return v


thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9E1F2")
bold = Font(bold=True)

wb = Workbook()

# ------------------------------------------------------------------ Response sheet
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 110
lines = [
    ("Lancashire Constabulary", Font(bold=True, size=14)),
    ("Information Access Team, Police Headquarters, Saunders Lane, Hutton, Preston PR4 5SB", Font(size=9)),
    ("", None),
    (f"Freedom of Information Request {REF}", bold),
    ("Date: 21 July 2025", None),
    ("", None),
    ("Thank you for your request for information received on 23 June 2025, which has been dealt with "
     "under the Freedom of Information Act 2000.", None),
    ("", None),
    ("You asked:", bold),
    ("\"For the calendar years 2022, 2023, 2024 and 2025 to date, please provide:", None),
    ("1) The number of crimes recorded which were flagged as child sexual exploitation (CSE), broken "
     "down by the gender of the victim.", None),
    ("2) The number of sexual offences against children (victims under 18) which carried the online "
     "or cyber-enabled flag, broken down by age group of the victim (under 13, 13-15 and 16-17).\"", None),
    ("", None),
    ("Response:", bold),
    ("Lancashire Constabulary holds the information you have requested. It is provided in the tables "
     "on the 'Table 1 CSE' and 'Table 2 Online' sheets of this workbook.", None),
    ("Figures for 2025 cover the period 1 January 2025 to 30 June 2025, the latest complete month "
     "available when the data was extracted.", None),
    ("", None),
    ("Figures lower than five have been replaced with <5 to reduce the risk of identifying "
     "victims. Please see the notes beneath each table.", None),
    ("", None),
    ("If you are not satisfied with this response you may request an internal review within 40 working "
     "days by writing to the Information Access Team at the address above, or by email to "
     "foi@lancashire.police.uk. You also have the right to complain to the Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", None),
    ("", None),
    ("Information Access Team", Font(italic=True)),
    ("Lancashire Constabulary", Font(italic=True)),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font is not None:
        c.font = font


def table_sheet(title, heading, subtitle, cols, data, notes):
    sh = wb.create_sheet(title)
    sh.column_dimensions["A"].width = 32
    for col in "BCDEFG":
        sh.column_dimensions[col].width = 14
    sh["A1"] = heading
    sh["A1"].font = Font(bold=True, size=12)
    sh["A2"] = subtitle
    sh["A2"].font = Font(italic=True, size=9)
    sh["A3"] = f"Ref: {REF}"
    sh["A3"].font = Font(size=9)
    r = 5
    hdr = ["Year"] + cols + ["Total"]
    for j, h in enumerate(hdr, start=1):
        c = sh.cell(row=r, column=j, value=h)
        c.font = bold
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center" if j > 1 else "left", wrap_text=True)
    for y in YEARS:
        r += 1
        vals = data[y]
        row = [y] + [shown(v) for v in vals] + [sum(vals)]
        for j, v in enumerate(row, start=1):
            c = sh.cell(row=r, column=j, value=v)
            c.border = box
            if j > 1:
                c.alignment = Alignment(horizontal="right")
            if j == len(row):
                c.font = bold
    r += 2
    for n in notes:
        sh.cell(row=r, column=1, value=n).font = Font(size=9)
        r += 1
    return sh


NOTES = [
    "Notes:",
    "- denotes nil (no crimes recorded).",
    "<5 denotes a figure of fewer than five, suppressed to reduce the risk of identification. "
    "Totals include the suppressed figures.",
    "2025 figures are for 1 January 2025 to 30 June 2025 only and are not comparable with full years.",
    "Source: Lancashire Constabulary crime recording system, extracted 08/07/2025. Figures are "
    "crimes recorded in each period and may change as investigations progress.",
]

table_sheet(
    "Table 1 CSE",
    "Table 1: Crimes flagged as Child Sexual Exploitation (CSE), by gender of victim",
    "Calendar year of recording",
    ["Female", "Male", "Unknown"],
    T1,
    NOTES,
)
table_sheet(
    "Table 2 Online",
    "Table 2: Sexual offences with a victim aged under 18 carrying the online / cyber-enabled flag, "
    "by age of victim",
    "Calendar year of recording. Age is the victim's age at the time of the offence.",
    ["Under 13", "13-15", "16-17", "Age not recorded"],
    T2,
    NOTES,
)

wb.save(HERE / "reply.xlsx")
print("wrote", HERE / "reply.xlsx")
