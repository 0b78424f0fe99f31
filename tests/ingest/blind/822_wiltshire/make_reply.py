"""Build reply.xlsx: Wiltshire Police FOI response workbook (openpyxl).

Run:  python make_reply.py
The zip is re-packed with fixed timestamps and fixed document dates so that a
rebuild gives the same bytes.
"""
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = "2024-10-08T09:15:00Z"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
WHITE_B = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Arial", size=10, bold=True)
NORM = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL_I = Font(name="Arial", size=9, italic=True)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT_WRAP = Alignment(horizontal="left", vertical="top", wrap_text=True)


def cover(ws):
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 110
    lines = [
        ("Wiltshire Police - Freedom of Information Request", TITLE),
        ("", None),
        ("Reference: FOI 2024-1187", BOLD),
        ("Date received: 11/09/2024", NORM),
        ("Date of response: 08/10/2024", NORM),
        ("", None),
        ("REQUEST", BOLD),
        ("I would like to request the following information for each of the last three "
         "financial years (2021/22, 2022/23 and 2023/24):", NORM),
        ("1. The number of rapes and sexual assaults recorded against children aged under 13, "
         "broken down by Home Office offence code.", NORM),
        ("2. How many of these offences had the online / cyber flag applied.", NORM),
        ("3. The age of the victims at the time of the offence, in bands (0-4, 5-9, 10-12).", NORM),
        ("", None),
        ("RESPONSE", BOLD),
        ("Wiltshire Police can confirm that it holds the information you have requested. In "
         "accordance with section 1(1)(b) of the Freedom of Information Act 2000 the "
         "information is provided in the tables on the following sheets:", NORM),
        ("    Q1 Offences  -  Table 1", NORM),
        ("    Q2 Online flag  -  Table 2", NORM),
        ("    Q3 Victim age  -  Table 3", NORM),
        ("", None),
        ("NOTES", BOLD),
        ("1. Figures are offences recorded in each financial year (1 April to 31 March) and "
         "were extracted from the Niche Records Management System on 01/10/2024. Police "
         "systems are live and figures may differ slightly from those previously published.", NORM),
        ("2. Offences are counted under the Home Office Counting Rules by the code in force on "
         "the date of extraction. An offence may have been reclassified since it was first "
         "recorded.", NORM),
        ("3. To protect the identity of victims, any value between 1 and 4 has been replaced "
         "with '1-4'. Totals have not been adjusted.", NORM),
        ("4. '-' in a table means nil (no offences recorded).", NORM),
        ("5. Table 3 uses the age of the victim on the date the offence was committed. Where "
         "no date of birth is recorded the offence is shown as 'Not recorded'.", NORM),
        ("", None),
        ("Any reply to this request will be published in the Wiltshire Police disclosure log. "
         "Personal details of the requester are removed before publication.", NORM),
        ("", None),
        ("COMPLAINT RIGHTS", BOLD),
        ("If you are unhappy with the way your request has been handled you can ask for an "
         "internal review by writing to: Freedom of Information, Wiltshire Police, Police "
         "Headquarters, London Road, Devizes, Wiltshire SN10 2DN, or by email to "
         "foi@wiltshire.police.uk. Please do so within 40 working days of this response.", NORM),
        ("If you are still dissatisfied you may apply to the Information Commissioner: "
         "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
         "SK9 5AF. Tel: 0303 123 1113.", NORM),
    ]
    for i, (text, font) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text if text else None)
        if font is not None:
            c.font = font
        c.alignment = LEFT_WRAP


def sheet_q1(wb):
    ws = wb.create_sheet("Q1 Offences")
    ws["A1"] = ("Table 1: Rape and sexual assault offences against children aged under 13 "
                "recorded by Wiltshire Police")
    ws["A1"].font = TITLE
    for col, w in zip("ABCDEF", (16, 22, 22, 24, 24, 12)):
        ws.column_dimensions[col].width = w
    # two-level header, rows 3 and 4
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:F4")
    ws["A3"] = "Financial year"
    ws["B3"] = "Rape"
    ws["D3"] = "Sexual assault"
    ws["F3"] = "Total"
    ws["B4"] = "19E - Rape of a female child under 13"
    ws["C4"] = "19H - Rape of a male child under 13"
    ws["D4"] = "20B - Sexual assault on a female child under 13"
    ws["E4"] = "17B - Sexual assault on a male child under 13"
    for r in (3, 4):
        for c in range(1, 7):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = CENTRE
            if r == 3:
                cell.font = WHITE_B
                cell.fill = HEAD_FILL
            else:
                cell.font = BOLD
                cell.fill = SUB_FILL
    ws.row_dimensions[4].height = 42
    rows = [
        ("2021-22", 38, 11, 74, 23, 146),
        ("2022-23", 45, 9, "81", 27, 162),   # '81' was pasted as text in the original sheet
        ("2023-24 ", 41, 14, 69, 30, 154),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            cell = ws.cell(row=i, column=j, value=v)
            cell.border = BOX
            cell.font = BOLD if j in (1, 6) else NORM
            cell.alignment = Alignment(horizontal="left" if j == 1 else "center")
    ws["A9"] = "Source: Niche RMS, extracted 01/10/2024. See notes on the Cover sheet."
    ws["A9"].font = SMALL_I
    ws.freeze_panes = "B5"


def sheet_q2(wb):
    ws = wb.create_sheet("Q2 Online flag")
    ws["A1"] = "Table 2: Offences in Table 1 with the online (cyber) flag applied"
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 18
    for col in "BCD":
        ws.column_dimensions[col].width = 12
    head = ["Offence code", "2021-22", "2022-23", "2023-24"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = WHITE_B
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = CENTRE
    rows = [
        ("19E", "1-4", 5, "1-4"),
        ("19H", "-", "1-4", "-"),
        ("20B", 6, 9, 7),
        ("17B", "1-4", "-", "1-4"),
    ]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.font = BOLD if j == 1 else NORM
            c.alignment = Alignment(horizontal="left" if j == 1 else "center")
    ws["A9"] = "1-4 = a value between 1 and 4, not shown to protect the identity of victims."
    ws["A10"] = "-  = nil"
    ws["A11"] = ("The online flag is applied where the offence was committed, in full or in part, "
                 "through a computer, computer network or other computer-enabled device.")
    for ref in ("A9", "A10", "A11"):
        ws[ref].font = SMALL_I


def sheet_q3(wb):
    ws = wb.create_sheet("Q3 Victim age")
    ws["A1"] = "Table 3: Offences in Table 1 by age of victim at the time of the offence"
    ws["A1"].font = TITLE
    ws.column_dimensions["A"].width = 18
    for col in "BCD":
        ws.column_dimensions[col].width = 12
    head = ["Victim age", "2021-22", "2022-23", "2023-24"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = WHITE_B
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = CENTRE
    rows = [
        ("0-4", 17, 21, 19),
        ("5-9", 52, 58, 49),
        ("10-12", 77, 81, 84),
        ("Not recorded", "-", "1-4", "1-4"),
        ("Total", 146, 162, 154),
    ]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.font = BOLD if (j == 1 or row[0] == "Total") else NORM
            c.alignment = Alignment(horizontal="left" if j == 1 else "center")
    ws["A10"] = "1-4 = a value between 1 and 4.  - = nil.  Totals match Table 1."
    ws["A10"].font = SMALL_I


def normalise(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>" + FIXED + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>" + FIXED + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 8, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    cover(wb.active)
    sheet_q1(wb)
    sheet_q2(wb)
    sheet_q3(wb)
    wb.properties.creator = "Wiltshire Police Information Management"
    wb.properties.title = "FOI 2024-1187"
    tmp = io.BytesIO()
    wb.save(tmp)
    with open(OUT, "wb") as fh:
        fh.write(normalise(tmp.getvalue()))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
