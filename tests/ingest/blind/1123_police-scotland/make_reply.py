"""Build reply.xlsx: an invented Police Scotland FOI spreadsheet attachment (openpyxl).

Run with /work/main/.venv/bin/python make_reply.py . Output is byte-for-byte
deterministic: fixed document properties, and the zip is rewritten with fixed
entry timestamps.
"""
import datetime
import hashlib
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 6, 27, 9, 30, 0)
FIXED_ISO = "2024-06-27T09:30:00Z"

NAVY = "002B5C"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor=NAVY)
TOTAL_FILL = PatternFill("solid", fgColor="DCE3EE")
WHITE_B = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
SMALL = Font(name="Arial", size=9, italic=True)
TITLE = Font(name="Arial", size=12, bold=True, color=NAVY)


def info_sheet(ws):
    ws.title = "Information"
    ws.sheet_view.showGridLines = False
    ws.column_dimensions["A"].width = 3
    ws.column_dimensions["B"].width = 110
    lines = [
        ("POLICE SCOTLAND", TITLE),
        ("Freedom of Information (Scotland) Act 2002", BOLD),
        ("FOI Reference: IM-FOI-2024-1487", BOLD),
        ("Date of response: 27 June 2024", NORMAL),
        ("", NORMAL),
        ("Request", BOLD),
        ("1. The number of recorded crimes of communicating indecently with a child, grooming "
         "of children for the purposes of sexual offences, and taking, distributing or possessing "
         "indecent photographs of children, for each of the financial years 2021/22, 2022/23 and "
         "2023/24, and how many of those crimes were detected.", NORMAL),
        ("2. How many of those crimes had a cyber-enabled marker.", NORMAL),
        ("3. Which social media platforms or apps were used in those crimes.", NORMAL),
        ("", NORMAL),
        ("Response", BOLD),
        ("Questions 1 and 2: please see the tables on the tab 'Tables 1 & 2'.", NORMAL),
        ("Question 3: Police Scotland does not record the social media platform or app used in "
         "the commission of a crime in any searchable or reportable form. As such, in terms of "
         "Section 17 of the Act, this represents a notice that the information you seek is not "
         "held by Police Scotland. By way of explanation, any such detail would appear only in "
         "the free-text narrative of individual crime reports, and is not recorded consistently.",
         NORMAL),
        ("", NORMAL),
        ("Notes", BOLD),
        ("All statistics are provisional and should be treated as management information. All "
         "data have been extracted from Police Scotland internal systems and are correct as at "
         "14 June 2024.", NORMAL),
        ("The data was extracted using the crime's raised date and the Scottish Government "
         "Justice Department (SGJD) crime classification, and is presented by financial year "
         "(1 April to 31 March).", NORMAL),
        ("Crimes are recorded under Scottish legislation: the Sexual Offences (Scotland) Act "
         "2009, the Protection of Children and Prevention of Sexual Offences (Scotland) Act 2005 "
         "and the Civic Government (Scotland) Act 1982 (sections 52 and 52A).", NORMAL),
        ("Should you require any further assistance please contact Information Management - "
         "Glasgow, quoting the reference above.", NORMAL),
    ]
    for i, (text, font) in enumerate(lines, start=2):
        c = ws.cell(row=i, column=2, value=text if text else None)
        c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if len(text) > 110:
            ws.row_dimensions[i].height = 13.5 * (len(text) // 100 + 1)


def tables_sheet(ws):
    ws.sheet_view.showGridLines = False
    ws.column_dimensions["A"].width = 62
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 12

    ws.merge_cells("A1:G1")
    ws["A1"] = "Table 1: Recorded and detected crimes, Police Scotland, 1 April 2021 - 31 March 2024"
    ws["A1"].font = TITLE
    ws.merge_cells("A2:G2")
    ws["A2"] = "Source: Police Scotland crime recording systems, extracted 14/06/2024"
    ws["A2"].font = SMALL

    # two-level header: financial year over Recorded / Detected
    ws.merge_cells("A4:A5")
    ws["A4"] = "Crime type"
    years = ["2021/22", "2022/23", "2023/24"]
    for i, y in enumerate(years):
        c1 = 2 + 2 * i
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c1 + 1)
        ws.cell(row=4, column=c1, value=y)
        ws.cell(row=5, column=c1, value="Recorded")
        ws.cell(row=5, column=c1 + 1, value="Detected")
    for r in (4, 5):
        for c in range(1, 8):
            cell = ws.cell(row=r, column=c)
            cell.font = WHITE_B
            cell.fill = HEAD_FILL
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    rows = [
        ("Communicating indecently - young child (under 13)", [298, 201, 315, 236, 342, 227]),
        ("Communicating indecently - older child (13-15)", [611, 402, 648, 455, 702, 471]),
        ("Grooming of children for the purposes of sexual offences", [62, 41, 71, 74, 84, 63]),
        ("Taking, distributing, possessing etc indecent photos of children",
         [712, 588, 756, 603, 801, 640]),
    ]
    r = 6
    for label, vals in rows:
        ws.cell(row=r, column=1, value=label).font = NORMAL
        for j, v in enumerate(vals):
            ws.cell(row=r, column=2 + j, value=v).font = NORMAL
        for c in range(1, 8):
            ws.cell(row=r, column=c).border = BOX
            if c > 1:
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
                ws.cell(row=r, column=c).number_format = "#,##0"
        r += 1
    # Total row written as values, as exported
    totals = [sum(v[j] for _, v in rows) for j in range(6)]
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for j, v in enumerate(totals):
        ws.cell(row=r, column=2 + j, value=v).font = BOLD
    for c in range(1, 8):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.fill = TOTAL_FILL
        if c > 1:
            cell.alignment = Alignment(horizontal="center")
            cell.number_format = "#,##0"
    r += 1
    ws.cell(row=r, column=1,
            value="Note: detections in a given year can relate to crimes recorded in a previous "
                  "year, so the number detected may be greater than the number recorded.").font = SMALL
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 26

    r += 3
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1,
            value="Table 2: Crimes in Table 1 with a cyber-enabled marker").font = TITLE
    r += 2
    hdr = r
    ws.cell(row=hdr, column=1, value="Financial year")
    ws.cell(row=hdr, column=2, value="Cyber-enabled")
    ws.merge_cells(start_row=hdr, start_column=2, end_row=hdr, end_column=3)
    for c in (1, 2, 3):
        cell = ws.cell(row=hdr, column=c)
        cell.font = WHITE_B
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center")
    data2 = [("2021/22", "N/H"), ("2022/23", 1288), ("2023/24", 1437)]
    for y, v in data2:
        r += 1
        ws.cell(row=r, column=1, value=y).font = NORMAL
        ws.cell(row=r, column=2, value=v).font = NORMAL
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        for c in (1, 2, 3):
            ws.cell(row=r, column=c).border = BOX
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2).number_format = "#,##0"
    r += 1
    ws.cell(row=r, column=1,
            value="N/H - not held. The cyber-enabled marker has only been available on the "
                  "national crime system for crimes raised from 1 April 2022. Figures for "
                  "2021/22 are not held in a consistent or reliable form.").font = SMALL
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 26
    ws.freeze_panes = "B6"


def normalise_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    info_sheet(wb.active)
    tables_sheet(wb.create_sheet("Tables 1 & 2"))
    wb.properties.creator = "Police Scotland - Information Management"
    wb.properties.lastModifiedBy = "Information Management - Glasgow"
    wb.properties.title = "IM-FOI-2024-1487"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    with open(OUT, "wb") as fh:
        fh.write(normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    build()
    with open(OUT, "rb") as fh:
        print(OUT, hashlib.sha256(fh.read()).hexdigest())
