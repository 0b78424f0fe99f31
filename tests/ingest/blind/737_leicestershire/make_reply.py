"""Build reply.xlsx: Leicestershire Police FOI response workbook (openpyxl).

Run:  /work/main/.venv/bin/python make_reply.py
openpyxl stamps the save time into docProps/core.xml and into every zip entry, so
the saved workbook is re-packed with fixed times; the file then rebuilds byte for byte.
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2023, 12, 4, 9, 15, 0)

REF = "FOI 003187/23"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
WHITE_B = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL_I = Font(name="Arial", size=9, italic=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center")

wb = Workbook()
wb.properties.creator = "Information Management - FOI"
wb.properties.lastModifiedBy = "Information Management - FOI"
wb.properties.title = f"{REF} response"
wb.properties.created = FIXED
wb.properties.modified = FIXED

# ---------------------------------------------------------------- Response
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 100
ws["A1"] = "Leicestershire Police"
ws["A1"].font = Font(name="Arial", size=14, bold=True, color="1F3864")
ws["A2"] = "Freedom of Information Act 2000 - Response"
ws["A2"].font = TITLE

meta = [
    ("Reference", REF),
    ("Date received", datetime.date(2023, 11, 6)),
    ("Date of response", datetime.date(2023, 12, 4)),
    ("Subject", "Child sexual exploitation (CSE) flagged crimes"),
]
r = 4
for label, value in meta:
    ws.cell(r, 1, label).font = BOLD
    c = ws.cell(r, 2, value)
    c.font = NORMAL
    c.alignment = Alignment(horizontal="left")
    if isinstance(value, datetime.date):
        c.number_format = "dd/mm/yyyy"
    r += 1

r += 1
ws.cell(r, 1, "Request").font = TITLE
r += 1
questions = [
    ("Q1", "How many crimes recorded by Leicestershire Police in each financial year "
           "from 2019/20 to 2022/23 had a child sexual exploitation (CSE) flag "
           "attached?"),
    ("Q2", "Of the crimes in Q1, how many also had the online (cyber) flag attached?"),
    ("Q3", "For 2021/22 and 2022/23 only, please provide the number of victims of "
           "CSE flagged crimes broken down by the victim's age and gender."),
    ("Q4", "For each year in Q1, please provide a breakdown of the ethnicity of "
           "the suspects in CSE flagged crimes."),
]
for q, text in questions:
    ws.cell(r, 1, q).font = BOLD
    c = ws.cell(r, 2, text)
    c.font = NORMAL
    c.alignment = WRAP
    ws.row_dimensions[r].height = 27
    r += 1

r += 1
ws.cell(r, 1, "Response").font = TITLE
r += 1
response = [
    "Leicestershire Police can confirm that it holds information relevant to your "
    "request.",
    "Q1 and Q2 - please see the tab 'Q1-Q2 CSE crimes'.",
    "Q3 - please see the tab 'Q3 Victims'. Please note that this table counts "
    "victims, not crimes. A crime may have more than one victim, so the victim "
    "totals will not match the crime totals in Q1.",
    "Q4 - this part of your request is refused under Section 40(2) of the Act. "
    "Please see the tab 'Q4 Refusal' for the reasons.",
    "The data was extracted from the force crime recording system on 21/11/2023 and "
    "is correct as at that date. Crime records are live and may change as "
    "investigations progress.",
]
for text in response:
    c = ws.cell(r, 2, text)
    c.font = NORMAL
    c.alignment = WRAP
    ws.row_dimensions[r].height = 27 if len(text) > 95 else 14
    r += 1

r += 1
ws.cell(r, 1, "Complaint rights").font = BOLD
r += 1
for text in [
    "If you are dissatisfied with this response you may request an internal review "
    "within 40 working days by emailing foi@leics.police.uk, quoting the reference "
    "above.",
    "If you remain dissatisfied you may complain to the Information Commissioner's "
    "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (tel. 0303 123 "
    "1113).",
]:
    c = ws.cell(r, 2, text)
    c.font = NORMAL
    c.alignment = WRAP
    ws.row_dimensions[r].height = 27
    r += 1


def header_cell(ws, row, col, value, fill=HEAD_FILL, font=WHITE_B):
    c = ws.cell(row, col, value)
    c.fill = fill
    c.font = font
    c.alignment = CENTRE
    c.border = BOX
    return c


def data_cell(ws, row, col, value, bold=False):
    c = ws.cell(row, col, value)
    c.font = BOLD if bold else NORMAL
    c.border = BOX
    c.alignment = Alignment(horizontal="left" if col == 1 else "right")
    return c


# ---------------------------------------------------------------- Q1-Q2
ws = wb.create_sheet("Q1-Q2 CSE crimes")
ws.column_dimensions["A"].width = 34
for col in "BCDEF":
    ws.column_dimensions[col].width = 12
ws["A1"] = "Crimes with a CSE flag attached, recorded by Leicestershire Police"
ws["A1"].font = TITLE
ws["A2"] = "Financial years (1 April - 31 March)"
ws["A2"].font = SMALL_I

hdr = ["", "2019/20", "2020/21", "2021/22", "2022/23", "Total"]
for j, h in enumerate(hdr, start=1):
    header_cell(ws, 4, j, h)
rows = [
    ("CSE flagged crimes", [286, 241, 263, 298], 1088),
    ("of which online flag attached", [97, 118, 104, 121], 440),
]
for i, (label, vals, total) in enumerate(rows):
    rr = 5 + i
    data_cell(ws, rr, 1, label)
    for j, v in enumerate(vals, start=2):
        data_cell(ws, rr, j, v)
    # Totals typed in as values (the sheet was pasted from the extract)
    data_cell(ws, rr, 6, total, bold=True)

notes = [
    "The CSE flag is applied to crimes where child sexual exploitation is identified "
    "as a feature. A crime may carry more than one flag.",
    "The online flag is applied where the offence was committed, in full or in part, "
    "through a computer, computer network or other computer-enabled device.",
]
for i, n in enumerate(notes):
    ws.cell(8 + i, 1, n).font = SMALL_I

# ---------------------------------------------------------------- Q3
ws = wb.create_sheet("Q3 Victims")
ws.column_dimensions["A"].width = 22
for col in "BCDE":
    ws.column_dimensions[col].width = 12
ws["A1"] = "Victims of CSE flagged crimes, by age at the time of the offence and gender"
ws["A1"].font = TITLE

header_cell(ws, 3, 1, "Age of victim")
ws.merge_cells("A3:A4")
header_cell(ws, 3, 2, "Female")
header_cell(ws, 3, 3, None)
ws.merge_cells("B3:C3")
header_cell(ws, 3, 4, "Male")
header_cell(ws, 3, 5, None)
ws.merge_cells("D3:E3")
header_cell(ws, 4, 1, None)
for j, h in enumerate(["2021/22", "2022/23", "2021/22", "2022/23"], start=2):
    header_cell(ws, 4, j, h, fill=SUB_FILL, font=BOLD)

victims = [
    ("0-12", [21, 26, 7, "1-4"]),
    ("13-15", [148, "163", 19, 24]),   # one value came across as text
    ("16-17", [71, 82, "1-4", 9]),
    ("Not recorded", ["-", "1-4", "-", "-"]),
    ("Total", [240, 273, 30, 37]),
]
for i, (label, vals) in enumerate(victims):
    rr = 5 + i
    last = label == "Total"
    data_cell(ws, rr, 1, label, bold=last)
    for j, v in enumerate(vals, start=2):
        data_cell(ws, rr, j, v, bold=last)

vnotes = [
    "- denotes nil (no victims recorded).",
    "1-4 denotes a value between 1 and 4 inclusive. Values in this range have been "
    "suppressed to reduce the risk of identifying individuals.",
    "Totals include the values that have been suppressed.",
    "Gender and age are as recorded on the crime report.",
]
for i, n in enumerate(vnotes):
    ws.cell(11 + i, 1, n).font = SMALL_I

# ---------------------------------------------------------------- Q4
ws = wb.create_sheet("Q4 Refusal")
ws.column_dimensions["A"].width = 110
q4 = [
    ("Q4 - Ethnicity of suspects in CSE flagged crimes, 2019/20 to 2022/23", TITLE),
    ("", NORMAL),
    ("Section 40(2) - Personal information", BOLD),
    ("Section 40(2) of the Act provides that information is exempt if it is the "
     "personal data of someone other than the requester and disclosure would breach "
     "any of the data protection principles.", NORMAL),
    ("The number of suspects in CSE flagged crimes in Leicestershire is small, and "
     "several ethnic groups would contain only one or two people in a given year. "
     "Combined with local knowledge and media reporting of court cases, a breakdown "
     "by ethnicity would be likely to allow individuals to be identified. Ethnicity is "
     "special category data, and there is no lawful basis under which it could be "
     "disclosed to the world at large.", NORMAL),
    ("Section 40(2) is an absolute exemption where disclosure would breach the data "
     "protection principles, and no public interest test is required.", NORMAL),
    ("", NORMAL),
    ("This letter should be treated as a refusal notice under Section 17 of the Act "
     "for this part of your request.", NORMAL),
]
for i, (text, font) in enumerate(q4, start=1):
    c = ws.cell(i, 1, text)
    c.font = font
    c.alignment = WRAP
    if len(text) > 110:
        ws.row_dimensions[i].height = 14 * (len(text) // 105 + 1)

# ---------------------------------------------------------------- save
buf = io.BytesIO()
wb.save(buf)

stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                          r"\g<1>" + stamp + r"\g<2>", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, data)
print("wrote", OUT)
