"""Build reply.xlsx: South Yorkshire Police FOI response workbook (invented figures).

The workbook is written by openpyxl and then re-packed with fixed zip timestamps so that
running this script again rebuilds the file byte for byte.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
STAMP = datetime(2024, 5, 8, 11, 20, 0)

wb = Workbook()
wb.properties.creator = "SYP Information Access"
wb.properties.lastModifiedBy = "SYP Information Access"
wb.properties.created = STAMP
wb.properties.modified = STAMP
wb.properties.title = "FOI 2024-0874 response"

bold = Font(bold=True)
title = Font(bold=True, size=13)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
tot_fill = PatternFill("solid", fgColor="DDEBF7")
thin = Side(style="thin", color="9BC2E6")
top_border = Border(top=thin)
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- cover sheet
ws = wb.active
ws.title = "Request & Response"
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 110
cover = [
    ("South Yorkshire Police \u2013 Freedom of Information Request", None, title),
    (None, None, None),
    ("Reference", "FOI 2024/0874", bold),
    ("Date received", "10/04/2024", bold),
    ("Date of response", "08/05/2024", bold),
    (None, None, None),
    ("Request", "Please provide the following for the financial years 2021/22, 2022/23 and 2023/24:", bold),
    (None, "1. The number of offences of rape of a female child under 16 (19D), rape of a female child under 13 (19E), "
           "sexual assault on a female child under 13 (20B) and sexual activity involving a child under 16 (22B) "
           "recorded by South Yorkshire Police, broken down by offence.", None),
    (None, "2. For each of those offences, how many were flagged as online / cyber-enabled.", None),
    (None, "3. The apps, websites or social media platforms used in the offences flagged in question 2.", None),
    (None, None, None),
    ("Response", "South Yorkshire Police has completed its searches and the response to each question is set out below.", bold),
    (None, "Q1. Please see the worksheet 'Q1 Offences'.", None),
    (None, "Q2. Please see the worksheet 'Q2 Online flag'.", None),
    (None, "Q3. South Yorkshire Police does not hold this information. There is no requirement to record the app, website "
           "or platform used, and no such field exists on our crime recording system. Section 1(1)(a) of the Act "
           "therefore applies: the information is not held.", None),
    (None, None, None),
    ("Notes", "Figures are for crimes recorded in each financial year (1 April to 31 March), by the Home Office offence "
              "code held at the time the data was extracted (16/04/2024). Crime figures are provisional and may change "
              "as investigations progress or crimes are reclassified.", bold),
    (None, "* Figures have been suppressed where numbers are low and disclosure could lead to the identification of "
           "individuals (section 40(2) of the Freedom of Information Act 2000).", None),
    (None, None, None),
    ("Your rights", "If you are not satisfied with this response you may request an internal review by writing to the "
                    "Information Access Team, South Yorkshire Police, Carbrook House, 5 Carbrook Hall Road, Sheffield "
                    "S9 2EH, within 40 working days of the date of this response. If you remain dissatisfied you may "
                    "contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
                    "SK9 5AF (telephone 0303 123 1113).", bold),
]
for i, (a, b, font) in enumerate(cover, start=1):
    if a is not None:
        ws.cell(row=i, column=1, value=a)
        if font is not None:
            ws.cell(row=i, column=1).font = font
    if b is not None:
        c = ws.cell(row=i, column=2, value=b)
        c.alignment = wrap


def pivot(ws, header_row, col_field, row_field, years, rows, grand_total_col, grand_row):
    ws.column_dimensions["A"].width = 52
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    ws.cell(row=header_row, column=1, value="Count of Crime Reference").font = bold
    ws.cell(row=header_row, column=2, value=col_field).font = bold
    r = header_row + 1
    ws.cell(row=r, column=1, value=row_field).font = bold
    heads = list(years) + (["Grand Total"] if grand_total_col else [])
    for j, h in enumerate(heads, start=2):
        c = ws.cell(row=r, column=j, value=h)
        c.font = bold
        c.alignment = Alignment(horizontal="right")
    for j in range(1, len(heads) + 2):
        ws.cell(row=header_row, column=j).fill = hdr_fill
        ws.cell(row=r, column=j).fill = hdr_fill
    for label, vals in rows:
        r += 1
        ws.cell(row=r, column=1, value=label)
        for j, v in enumerate(vals, start=2):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(horizontal="right")
    r += 1
    ws.cell(row=r, column=1, value="Grand Total").font = bold
    for j, v in enumerate(grand_row, start=2):
        c = ws.cell(row=r, column=j, value=v)
        c.font = bold
        c.alignment = Alignment(horizontal="right")
    for j in range(1, len(heads) + 2):
        ws.cell(row=r, column=j).fill = tot_fill
        ws.cell(row=r, column=j).border = top_border
    return r


YEARS = ["2021/22", "2022/23", "2023/24"]

# ---------------------------------------------------------------- Q1
q1 = wb.create_sheet("Q1 Offences")
q1["A1"] = "Q1 \u2013 Offences recorded by Home Office offence code and financial year recorded"
q1["A1"].font = title
last = pivot(
    q1, 3, "Financial Year", "Home Office Offence Code", YEARS,
    [
        ("019D - Rape of a female child under 16", [142, 158, 149, 449]),
        ("019E - Rape of a female child under 13", [97, 104, 88, 289]),
        ("020B - Sexual assault on a female child under 13", [181, 196, 174, 551]),
        ("022B - Sexual activity involving a child under 16", [233, 251, 262, 746]),
    ],
    True, [653, 709, 673, 2035],
)
q1.cell(row=last + 2, column=1, value="Source: SYP crime recording system, extracted 16/04/2024.")

# ---------------------------------------------------------------- Q2
q2 = wb.create_sheet("Q2 Online flag")
q2["A1"] = "Q2 \u2013 Offences in Q1 with the online / cyber-enabled flag"
q2["A1"].font = title
last = pivot(
    q2, 3, "Financial Year", "Home Office Offence Code", YEARS,
    [
        ("019D - Rape of a female child under 16", [None, 7, 11]),
        ("020B - Sexual assault on a female child under 13", ["*", 5, "*"]),
        ("022B - Sexual activity involving a child under 16", [38, 44, 57]),
    ],
    False, [41, 56, 70],
)
q2.cell(row=last + 2, column=1, value="* Suppressed \u2013 see notes on the 'Request & Response' sheet.")
q2.cell(row=last + 3, column=1, value="Source: SYP crime recording system, extracted 16/04/2024.")

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed timestamps so the output is reproducible.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", compression=zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 8, 11, 20, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps 'modified' with the time of saving; pin it.
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-05-08T11:20:00Z\g<2>", data)
        dst.writestr(zi, data)
