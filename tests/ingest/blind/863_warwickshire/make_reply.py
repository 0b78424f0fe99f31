"""Build reply.xlsx: Warwickshire Police FOI response 2024-0873 (spreadsheet attachment).

Run with /work/main/.venv/bin/python make_reply.py (openpyxl). The zip is rewritten with
fixed timestamps so that the file rebuilds byte for byte.
"""
import datetime
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.xlsx"
FIXED = datetime.datetime(2024, 6, 10, 9, 30, 0)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
WHITE_BOLD = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
SMALL = Font(name="Arial", size=9, italic=True)
TITLE = Font(name="Arial", size=12, bold=True)


def response_sheet(ws):
    ws.title = "Response"
    ws.column_dimensions["A"].width = 120
    lines = [
        ("Warwickshire Police", TITLE),
        ("Information Rights Team, Warwickshire Police, Leek Wootton, Warwick, CV35 7QA", NORMAL),
        ("OFFICIAL", BOLD),
        ("", NORMAL),
        ("Freedom of Information Request: FOI 2024-0873", BOLD),
        ("Date received: 13/05/2024", NORMAL),
        ("Date of response: 10/06/2024", NORMAL),
        ("", NORMAL),
        ("Request:", BOLD),
        ("For each of the last three financial years (2021/22, 2022/23 and 2023/24) please provide:", NORMAL),
        ("1. The number of recorded sexual offences against children, broken down by Home Office "
         "offence code (rape of a child under 16 and under 13, sexual assault on a child under 13, "
         "sexual activity involving a child).", NORMAL),
        ("2. The number of crimes recorded with a child sexual exploitation (CSE) flag, broken down "
         "by quarter if possible.", NORMAL),
        ("3. Of the crimes in question 2, how many involved a victim who was a looked-after child "
         "(in local authority care) at the time.", NORMAL),
        ("", NORMAL),
        ("Response:", BOLD),
        ("Warwickshire Police can confirm that it holds some of the information you have requested.", NORMAL),
        ("Question 1 - please see the worksheet 'Table 1'.", NORMAL),
        ("Question 2 - please see the worksheet 'Table 2'. Figures for 2021/22 are not held; an "
         "explanation is given beneath the table.", NORMAL),
        ("Question 3 - Not held. Warwickshire Police does not record on its crime recording system "
         "whether a victim is a looked-after child, and this information is therefore not held. "
         "This constitutes a refusal notice under Section 17 of the Freedom of Information Act "
         "2000 in respect of a denial under Section 1(1)(a).", NORMAL),
        ("", NORMAL),
        ("Notes:", BOLD),
        ("Data was extracted on 22/05/2024 and is based on the date a crime was recorded, not the "
         "date it was committed. Figures are subject to change as investigations progress.", NORMAL),
        ("In line with the force's disclosure policy, values between 1 and 4 have been replaced "
         "with '1-4' to minimise the risk of identifying individuals.", NORMAL),
        ("", NORMAL),
        ("Complaint rights:", BOLD),
        ("If you are unhappy with this response you may ask for an internal review within 40 "
         "working days by writing to the Information Rights Team at the address above.", NORMAL),
        ("If you remain dissatisfied you may contact the Information Commissioner's Office, "
         "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, telephone 0303 123 1113.", NORMAL),
    ]
    for i, (text, font) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text)
        c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="top")


def table1(wb):
    ws = wb.create_sheet("Table 1")
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 52
    for col in "CDE":
        ws.column_dimensions[col].width = 12
    ws["A1"] = "Table 1 - Recorded sexual offences against children by Home Office offence code"
    ws["A1"].font = TITLE
    ws["A2"] = "Warwickshire Police - financial years (April to March)"
    ws["A2"].font = SMALL
    header = ["HO Code", "Offence", "2021/22", "2022/23", "2023/24"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    rows = [
        ("019D", "Rape of a female child under 16", 38, 45, 41),
        ("019E", "Rape of a female child under 13", 21, 26, 19),
        ("019G", "Rape of a male child under 16", "1-4", 6, "1-4"),
        ("020B", "Sexual assault on a female child under 13", 44, 52, 47),
        ("021", "Sexual activity involving a child under 13", 29, 33, 31),
        ("022B", "Sexual activity involving a child under 16", 96, 104, 118),
        ("Total", "", 231, 266, 258),
    ]
    for i, row in enumerate(rows, start=5):
        is_total = row[0] == "Total"
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.font = BOLD if is_total else NORMAL
            if is_total:
                c.fill = SUB_FILL
            if j >= 3:
                c.alignment = Alignment(horizontal="right")
    r = 5 + len(rows) + 1
    ws.cell(row=r, column=1, value="Values between 1 and 4 have been replaced with '1-4'. "
            "Totals include these values.").font = SMALL
    ws.cell(row=r + 1, column=1, value="Source: force crime recording system, extracted "
            "22/05/2024.").font = SMALL


def table2(wb):
    ws = wb.create_sheet("Table 2")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 12
    for col in "CDEFGHIJKL":
        ws.column_dimensions[col].width = 13
    ws["A1"] = "Table 2 - Crimes recorded with a Child Sexual Exploitation (CSE) flag, by quarter"
    ws["A1"].font = TITLE
    # two-level header
    top = {2: "2021/22", 3: "2022/23", 8: "2023/24"}
    for col, label in top.items():
        c = ws.cell(row=3, column=col, value=label)
        c.font = WHITE_BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=7)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=12)
    sub = ["", "Full year", "Q1 Apr-Jun", "Q2 Jul-Sep", "Q3 Oct-Dec", "Q4 Jan-Mar", "Total",
           "Q1 Apr-Jun", "Q2 Jul-Sep", "Q3 Oct-Dec", "Q4 Jan-Mar", "Total"]
    for j, h in enumerate(sub, start=1):
        c = ws.cell(row=4, column=j, value=h if h else None)
        c.font = BOLD
        c.fill = SUB_FILL
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    for col in range(1, 13):
        ws.cell(row=3, column=col).border = BOX
    data = ["CSE flagged crimes", "N/H", 9, 12, "1-4", 8, 33, 11, 7, 10, 13, 41]
    for j, v in enumerate(data, start=1):
        c = ws.cell(row=5, column=j, value=v)
        c.border = BOX
        c.font = BOLD if j in (7, 12) else NORMAL
        if j >= 2:
            c.alignment = Alignment(horizontal="right")
    notes = [
        "N/H = Not held. The CSE flag became available on the force's crime recording system on "
        "01/04/2022. Crimes recorded before that date cannot be identified as CSE related, so "
        "figures for 2021/22 are not held.",
        "Values between 1 and 4 have been replaced with '1-4'. Totals include these values.",
        "A crime is counted once regardless of the number of victims.",
    ]
    for k, n in enumerate(notes):
        ws.cell(row=7 + k, column=1, value=n).font = SMALL


def normalise_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    response_sheet(wb.active)
    table1(wb)
    table2(wb)
    wb.properties.creator = "Information Rights Team"
    wb.properties.lastModifiedBy = "Information Rights Team"
    wb.properties.title = "FOI 2024-0873"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    OUT.write_bytes(normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    build()
