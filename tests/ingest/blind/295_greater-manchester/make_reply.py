"""Build reply.xlsx: GMP FOI workbook, sexual communication with a child (071/17) by victim age."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

wb = Workbook()
cover = wb.active
cover.title = "Response"
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")
cover.column_dimensions["A"].width = 22
cover.column_dimensions["B"].width = 100

rows = [
    ("Greater Manchester Police", None),
    ("Information Compliance and Records Management Unit", None),
    (None, None),
    ("Reference", "FOI 24-003817"),
    ("Date of request", "14/05/2024"),
    ("Date of response", "11/06/2024"),
    (None, None),
    ("Request", "I would like to know how many offences of sexual communication with a child "
                "(section 15A Sexual Offences Act 2003) Greater Manchester Police recorded in each of "
                "the last three financial years, broken down by the age of the victim. Please also tell "
                "me how many of these offences were flagged as online / cyber-enabled."),
    (None, None),
    ("Response", "Greater Manchester Police can confirm that it holds the information you have requested. "
                 "The figures are provided on the worksheet 'Data' in this workbook."),
    (None, None),
    ("Notes", "1. Data has been extracted from the force crime recording system (PoliceWorks) on "
              "28/05/2024 and is correct as at that date. Figures may change as crimes are reclassified."),
    (None, "2. Victim age is the age at the time of the offence, as recorded on the crime."),
    (None, "3. In order to reduce the risk of identifying individuals, figures between 1 and 4 have "
           "been replaced with an asterisk (*). A dash (-) indicates that there were no offences."),
    (None, "4. Totals are calculated from the unsuppressed data and therefore include any values "
           "shown as *."),
    (None, "5. The online flag is applied by the recording officer where any part of the offence was "
           "committed online or via a device."),
    (None, None),
    ("", "If you are dissatisfied with this response you may ask for an internal review within 40 "
         "working days. Please quote the reference number above."),
]
for r, (a, b) in enumerate(rows, start=1):
    if a is not None:
        cover.cell(row=r, column=1, value=a).font = bold if a else Font()
        cover.cell(row=r, column=1).alignment = wrap
    if b is not None:
        cover.cell(row=r, column=2, value=b).alignment = wrap
cover["A1"].font = Font(bold=True, size=14)

ws = wb.create_sheet("Data")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DCE6F1")
ws.column_dimensions["A"].width = 26
for col in "BCDE":
    ws.column_dimensions[col].width = 12


def table(start_row, title, header, body):
    ws.cell(row=start_row, column=1, value=title).font = bold
    r = start_row + 1
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.fill = head_fill
        cell.border = box
        cell.alignment = Alignment(horizontal="center")
    for row in body:
        r += 1
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            if c > 1:
                cell.alignment = Alignment(horizontal="right")
            if row[0] == "Total":
                cell.font = bold
    return r


end = table(
    1,
    "Table 1: Sexual Communication with a Child (HO code 071/17) - recorded offences by age of victim",
    ["Age of victim", "FY21/22", "FY22/23", "FY23/24", "Total"],
    [
        ["0-9", 14, 19, 23, 56],
        ["10-12", 81, 96, 88, 265],
        ["13-15", 203, 236, 221, 660],
        ["Age not recorded", "*", "-", "*", 5],
        ["Total", 300, 351, 335, 986],
    ],
)
table(
    end + 3,
    "Table 2: of which flagged as online / cyber-enabled",
    ["", "FY21/22", "FY22/23", "FY23/24", "Total"],
    [["Online flag", 247, 301, 288, 836]],
)
ws.cell(row=end + 7, column=1, value="FY = financial year, 1 April to 31 March.").font = Font(italic=True)

wb.save("reply.xlsx")
print("written reply.xlsx")
