"""Build reply.xlsx: the workbook British Transport Police attached to its answer to FOI 0057-25."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

bold = Font(bold=True)
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
total_fill = PatternFill("solid", fgColor="D9D9D9")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Cover sheet
cov = wb.active
cov.title = "Cover"
cov["A1"] = "BRITISH TRANSPORT POLICE"
cov["A1"].font = Font(bold=True, size=14)
cov["A2"] = "Freedom of Information Act 2000 - Disclosure"
cov["A2"].font = Font(bold=True, size=12)

rows = [
    ("Reference", "FOI 0057-25"),
    ("Date received", "06/01/2025"),
    ("Date of response", "03/02/2025"),
    ("Request",
     "1. For the financial years 2022/23, 2023/24 and 2024/25 to date, the number of sexual offences "
     "recorded by British Transport Police where the victim was a child (aged under 18), broken down "
     "by the age of the victim: under 13, 13-15 and 16-17.\n"
     "2. For the same offences, the outcome of each case."),
    ("Response",
     "British Transport Police holds information relevant to your request. The figures are provided "
     "in the tables on the sheets 'Q1 Victim age' and 'Q2 Outcomes'. Please read the notes below "
     "before using the data."),
    ("Note 1",
     "Financial years run from 1 April to 31 March. 2024-25 is a part year: it covers 1 April 2024 to "
     "31 December 2024, the last complete month before the data was extracted."),
    ("Note 2",
     "* denotes a figure between 1 and 4. These figures have been suppressed to reduce the risk of "
     "identifying individual victims. Totals have been calculated from the unsuppressed data and so "
     "include the suppressed figures."),
    ("Note 3",
     "Victim age is the age at the time of the offence as recorded on the crime report. 'Age not "
     "recorded' shows offences where the victim was known to be under 18 but no exact age was recorded."),
    ("Note 4",
     "Outcomes are those assigned to each crime as at the date of extraction and are shown against the "
     "financial year in which the crime was recorded. 'Not yet finalised' means the investigation is "
     "still open and no outcome has been assigned. Outcome codes are those of the Home Office Crime "
     "Outcomes Framework."),
    ("Note 5",
     "Data extracted from the BTP crime recording system (Niche RMS) on 08/01/2025. Figures are "
     "management information and may change as crimes are reclassified or cancelled."),
    ("Re-use",
     "The information supplied to you is subject to copyright. You may re-use it for your own "
     "purposes, including research and news reporting. Any other re-use requires the permission of "
     "the copyright holder."),
    ("Complaints",
     "If you are dissatisfied with this response you may ask for an internal review within 40 working "
     "days by writing to the Freedom of Information Unit, British Transport Police, 25 Camden Road, "
     "London NW1 9LN, or by e-mail to foi@btp.police.uk."),
]
r = 4
for label, text in rows:
    cov.cell(row=r, column=1, value=label).font = bold
    c = cov.cell(row=r, column=2, value=text)
    c.alignment = wrap
    cov.cell(row=r, column=1).alignment = Alignment(vertical="top")
    lines = max(1, len(text) // 85 + text.count("\n") + 1)
    cov.row_dimensions[r].height = 15 * lines
    r += 1
cov.column_dimensions["A"].width = 18
cov.column_dimensions["B"].width = 100

YEARS = ["2022-23", "2023-24", "2024-25 (Apr-Dec)"]


def table(ws, title, first_head, body, total_label="Total", total_vals=None, start=1):
    ws.cell(row=start, column=1, value=title).font = Font(bold=True, size=12)
    h = start + 2
    for j, v in enumerate([first_head] + YEARS, start=1):
        c = ws.cell(row=h, column=j, value=v)
        c.font = head_font
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center" if j > 1 else "left", wrap_text=True)
    rr = h + 1
    for label, vals in body:
        ws.cell(row=rr, column=1, value=label).border = box
        for j, v in enumerate(vals, start=2):
            c = ws.cell(row=rr, column=j, value=v)
            c.border = box
            c.alignment = Alignment(horizontal="right")
        rr += 1
    if total_vals is not None:
        ws.cell(row=rr, column=1, value=total_label)
        for j, v in enumerate(total_vals, start=2):
            ws.cell(row=rr, column=j, value=v)
        for j in range(1, len(YEARS) + 2):
            c = ws.cell(row=rr, column=j)
            c.font = bold
            c.fill = total_fill
            c.border = box
            if j > 1:
                c.alignment = Alignment(horizontal="right")
        rr += 1
    return rr


# ---------------------------------------------------------------- Q1 sheet
q1 = wb.create_sheet("Q1 Victim age")
end = table(
    q1,
    "Q1. Sexual offences recorded by BTP where the victim was aged under 18, by age of victim",
    "Age of victim",
    [
        ("Under 13", [14, 11, "*"]),
        ("13 to 15", [97, 112, 79]),
        ("16 to 17", [88, 104, 71]),
        ("Age not recorded", ["*", 6, "*"]),
    ],
    total_vals=[202, 233, 157],
)
q1.cell(row=end + 1, column=1, value="* = 1 to 4 (see Note 2 on the Cover sheet)").font = Font(italic=True)
q1.cell(row=end + 2, column=1, value="2024-25 covers 01/04/2024 to 31/12/2024 only.").font = Font(italic=True)
q1.column_dimensions["A"].width = 58
for col in "BCD":
    q1.column_dimensions[col].width = 14

# ---------------------------------------------------------------- Q2 sheet
q2 = wb.create_sheet("Q2 Outcomes")
end = table(
    q2,
    "Q2. Outcomes of the offences in Q1 (as at 08/01/2025)",
    "Outcome",
    [
        ("Charge / summons", [31, 28, 9]),
        ("Caution", ["*", 5, "*"]),
        ("Community resolution", ["*", "*", 0]),
        ("OC15 - Evidential difficulties: suspect identified, victim supports action", [24, 30, 12]),
        ("OC16 - Evidential difficulties: victim does not support action", [71, 79, 38]),
        ("OC18 - Investigation complete: no suspect identified", [58, 66, 41]),
        ("Not yet finalised", [13, 24, 54]),
    ],
    total_vals=[202, 233, 157],
)
q2.cell(row=end + 1, column=1, value="* = 1 to 4 (see Note 2 on the Cover sheet)").font = Font(italic=True)
q2.column_dimensions["A"].width = 72
for col in "BCD":
    q2.column_dimensions[col].width = 14

wb.properties.creator = "BTP Freedom of Information Unit"
wb.properties.title = "FOI 0057-25"
wb.save("reply.xlsx")
