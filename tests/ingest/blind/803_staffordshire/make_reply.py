"""Build reply.xlsx: Staffordshire Police FOI disclosure workbook (SP/FOI/2024/04/1187).

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-for-byte
reproducible (fixed document properties and fixed zip entry dates).
"""
import datetime
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2024, 5, 17, 10, 15, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center")
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, row, col, value, font=NORMAL, fill=None, align=CENTRE):
    c = ws.cell(row=row, column=col, value=value)
    c.font = font
    c.border = BOX
    c.alignment = align
    if fill is not None:
        c.fill = fill
    return c


def cover(wb):
    ws = wb.active
    ws.title = "Response"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    ws["A1"] = "Staffordshire Police - Freedom of Information Act 2000"
    ws["A1"].font = TITLE
    rows = [
        ("Reference", "SP/FOI/2024/04/1187"),
        ("Date received", "22/04/2024"),
        ("Date of response", "17/05/2024"),
        ("Subject", "Child sexual exploitation (CSE) flagged offences"),
        ("", ""),
        ("Request", "1. Please provide the number of sexual offences recorded by Staffordshire Police where "
                    "the victim was under 18 and the crime carried a child sexual exploitation (CSE) flag, "
                    "for each financial year from 2021/22 to 2023/24, broken down by the gender of the "
                    "victim and their age (0-12, 13-15, 16-17)."),
        ("", "2. How many of these offences also carried the online flag?"),
        ("", "3. How many of these offences had a suspect who was aged under 18?"),
        ("", "4. How many children are currently assessed by Staffordshire Police as being at high, "
             "medium or low risk of CSE?"),
        ("", "5. Any other information you hold about organised CSE networks operating in Stoke-on-Trent."),
        ("", ""),
        ("Response", "Staffordshire Police holds some of the information requested. Questions 1 to 4 are "
                     "answered on the tabs of this workbook (Q1 CSE offences, Q2 Online, Q3 Suspects, "
                     "Q4 Risk)."),
        ("", "Question 3: information for 2021/22 is not held. Suspect age became a mandatory field when "
             "crime recording moved to the force's current records management system on 1 April 2022. "
             "Before that date the age of a suspect was not captured in a retrievable form. This is a "
             "notice under section 17 of the Act that the information is not held (section 1(1)(a))."),
        ("", "Question 5: Staffordshire Police can neither confirm nor deny that it holds any other "
             "information relevant to this part of your request by virtue of sections 30(3) "
             "(Investigations) and 31(3) (Law Enforcement) of the Act. To confirm or deny whether "
             "information is held about specific networks would reveal policing activity and could "
             "undermine ongoing and future investigations. The public interest in maintaining the "
             "exclusion of the duty to confirm or deny outweighs the public interest in disclosure."),
        ("", ""),
        ("Please note", "Figures are taken from a live system and are correct at 09/05/2024. Offences are "
                        "counted in the financial year (1 April to 31 March) in which they were recorded. "
                        "A flag is added by the investigating officer and depends on it being applied "
                        "correctly, so the figures may under-represent the true number."),
        ("", ""),
        ("Complaint rights", "If you are dissatisfied with this response you may ask for an internal review "
                             "within 40 working days by writing to the Freedom of Information Team, "
                             "Staffordshire Police Headquarters, PO Box 3167, Stafford, ST16 9JZ. If you "
                             "remain dissatisfied you may contact the Information Commissioner's Office, "
                             "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, 0303 123 1113."),
    ]
    r = 3
    for a, b in rows:
        ws.cell(row=r, column=1, value=a or None).font = BOLD
        c = ws.cell(row=r, column=2, value=b or None)
        c.font = NORMAL
        c.alignment = WRAP
        r += 1


def q1(wb):
    ws = wb.create_sheet("Q1 CSE offences")
    ws["A1"] = ("Q1. Sexual offences with a CSE flag where the victim was under 18, by victim gender and "
                "age, financial years 2021/22 to 2023/24")
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 11
    # two-level header
    boxed(ws, 3, 1, "Financial year", BOLD, HEAD_FILL)
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    boxed(ws, 3, 2, "Female", BOLD, HEAD_FILL)
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=4)
    boxed(ws, 3, 5, "Male", BOLD, HEAD_FILL)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=7)
    boxed(ws, 3, 8, "Total", BOLD, HEAD_FILL)
    ws.merge_cells(start_row=3, start_column=8, end_row=4, end_column=8)
    for col in (3, 4, 6, 7):
        boxed(ws, 3, col, None, BOLD, HEAD_FILL)
    boxed(ws, 4, 1, None, BOLD, HEAD_FILL)
    boxed(ws, 4, 8, None, BOLD, HEAD_FILL)
    for i, band in enumerate(["0-12", "13-15", "16-17", "0-12", "13-15", "16-17"]):
        boxed(ws, 4, 2 + i, band, BOLD, HEAD_FILL)
    data = [
        ("2021/22", [18, 64, 29, "*", 11, "*"], 129),
        ("2022/23", [21, 71, 33, 6, 14, "*"], 147),
        ("2023/24", [17, 58, 26, "*", 9, 5], 118),
    ]
    r = 5
    for fy, cells, tot in data:
        boxed(ws, r, 1, fy, NORMAL, align=Alignment(horizontal="left"))
        for i, v in enumerate(cells):
            boxed(ws, r, 2 + i, v)
        boxed(ws, r, 8, tot, BOLD)
        r += 1
    boxed(ws, r, 1, "Total", BOLD, TOTAL_FILL, Alignment(horizontal="left"))
    for i, v in enumerate([56, 193, 88, 13, 34, 10]):
        boxed(ws, r, 2 + i, v, BOLD, TOTAL_FILL)
    boxed(ws, r, 8, 394, BOLD, TOTAL_FILL)
    r += 2
    ws.cell(row=r, column=1,
            value="* Figure suppressed to protect the identity of victims.").font = SMALL
    ws.cell(row=r + 1, column=1,
            value="Totals include suppressed figures.").font = SMALL
    ws.cell(row=r + 2, column=1,
            value="Age is the age of the victim on the date the offence was committed.").font = SMALL
    ws.freeze_panes = "B5"


def simple_sheet(wb, name, title, header, rows, notes):
    ws = wb.create_sheet(name)
    ws["A1"] = title
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 22
    boxed(ws, 3, 1, header[0], BOLD, HEAD_FILL)
    boxed(ws, 3, 2, header[1], BOLD, HEAD_FILL)
    r = 4
    for label, v, is_tot in rows:
        fill = TOTAL_FILL if is_tot else None
        font = BOLD if is_tot else NORMAL
        boxed(ws, r, 1, label, font, fill, Alignment(horizontal="left"))
        boxed(ws, r, 2, v, font, fill)
        r += 1
    r += 1
    for n in notes:
        ws.cell(row=r, column=1, value=n).font = SMALL
        r += 1


def build():
    wb = Workbook()
    cover(wb)
    q1(wb)
    simple_sheet(
        wb, "Q2 Online",
        "Q2. CSE-flagged offences (victim under 18) that also carried the online flag",
        ("Financial year", "Online flag"),
        [("2021/22", 41, False), ("2022/23", 56, False), ("2023/24", 47, False)],
        ["The online flag is applied where the offence was committed, wholly or partly, using the "
         "internet or another computer network."])
    simple_sheet(
        wb, "Q3 Suspects",
        "Q3. CSE-flagged offences (victim under 18) with at least one suspect aged under 18",
        ("Financial year", "Offences"),
        [("2021/22", "N/H", False), ("2022/23", 38, False), ("2023/24", 31, False)],
        ["N/H = not held. Suspect age was not a mandatory field before 1 April 2022 (see Response tab).",
         "Age is the age of the suspect on the date the offence was committed."])
    simple_sheet(
        wb, "Q4 Risk",
        "Q4. Children open to the Child Exploitation Team by assessed CSE risk level, as at 31/03/2024",
        ("Risk level", "Children"),
        [("High", 14, False), ("Medium", 37, False), ("Low", 52, False), ("Total", 103, True)],
        ["Risk level is the most recent assessment recorded for each child at 31/03/2024.",
         "A snapshot is given because the number of children assessed changes daily."])

    wb.properties.creator = "FOI Team"
    wb.properties.lastModifiedBy = "FOI Team"
    wb.properties.title = "SP/FOI/2024/04/1187"
    wb.properties.created = FIXED

    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps "modified" with the clock and zip entries with the current time;
    # rewrite both so the file rebuilds byte for byte.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out_path = os.path.join(HERE, "reply.xlsx")
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-05-17T10:15:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 17, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)


if __name__ == "__main__":
    build()
