"""Build reply.xlsx (invented Essex Police FOI spreadsheet attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
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
FIXED = datetime.datetime(2024, 5, 17, 9, 30, 0)
ZIP_TIME = (2024, 5, 17, 9, 30, 0)

BOLD = Font(name="Arial", bold=True, size=10)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", bold=True, size=10, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def readme(ws):
    ws.title = "Read Me"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 110
    ws["A1"] = "Essex Police"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request PUB 2417 - Online child sexual offences"
    ws["A2"].font = BOLD
    meta = [
        ("Request received", datetime.date(2024, 4, 22)),
        ("Data extracted", datetime.date(2024, 5, 3)),
        ("Response date", datetime.date(2024, 5, 17)),
        ("Source", "Athena crime recording system"),
    ]
    r = 4
    for k, v in meta:
        ws.cell(r, 1, k).font = BOLD
        c = ws.cell(r, 2, v)
        c.font = NORMAL
        c.alignment = Alignment(horizontal="left")
        if isinstance(v, datetime.date):
            c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(r, 1, "Request").font = BOLD
    r += 1
    questions = [
        ("Q1", "For each of the financial years 2021/22, 2022/23 and 2023/24, the number "
               "of crimes recorded under Home Office codes 71/17 (sexual communication with "
               "a child), 86/2 (taking, making or distributing indecent photographs of "
               "children), 88A (sexual grooming) and 73 (abuse of position of trust of a "
               "sexual nature), and how many of each carried the online flag."),
        ("Q2", "For sexual communication with a child only, the age of the victim for "
               "2023/24 (under 13, 13-15)."),
        ("Q3", "For sexual communication with a child, the social media platforms or apps "
               "used, for each of the three years."),
    ]
    for q, t in questions:
        ws.cell(r, 1, q).font = BOLD
        c = ws.cell(r, 2, t)
        c.font = NORMAL
        c.alignment = WRAP
        ws.row_dimensions[r].height = 42
        r += 1
    r += 1
    ws.cell(r, 1, "Response").font = BOLD
    r += 1
    resp = [
        ("Q1", "See sheet 'Q1 Offences'."),
        ("Q2", "See sheet 'Q2 Victim age'."),
        ("Q3", "Essex Police does not record the platform or app used in a searchable "
               "field. The information could only be found by reading the report and "
               "investigation log of every crime, which would take well over the 18 hours "
               "allowed. This part of the request is refused under Section 12(1) of the "
               "Freedom of Information Act 2000, and this sheet serves as a refusal notice "
               "under Section 17(5). If you narrow the request, for example to a single "
               "month, we may be able to help."),
    ]
    for q, t in resp:
        ws.cell(r, 1, q).font = BOLD
        c = ws.cell(r, 2, t)
        c.font = NORMAL
        c.alignment = WRAP
        if len(t) > 60:
            ws.row_dimensions[r].height = 70
        r += 1
    r += 1
    ws.cell(r, 1, "Notes").font = BOLD
    r += 1
    notes = [
        "1. Crimes are counted by the date on which they were recorded, not the date "
        "of the offence.",
        "2. Values from 1 to 4 are shown as '1-4' to reduce the risk of identifying "
        "the people involved (Section 40(2)). Totals include these values.",
        "3. The online flag is applied when the offence was committed, in whole or "
        "in part, through a computer, computer network or other internet-enabled "
        "device.",
        "4. Data is from a live system and may change.",
    ]
    for t in notes:
        c = ws.cell(r, 2, t)
        c.font = NORMAL
        c.alignment = WRAP
        r += 1


def q1(ws):
    ws.title = "Q1 Offences"
    ws["A1"] = "PUB 2417 - Q1: Crimes recorded and online-flagged crimes by Home Office code"
    ws["A1"].font = BOLD
    ws["A2"] = "Essex Police, financial years 2021/22 to 2023/24"
    ws["A2"].font = NORMAL
    widths = {"A": 10, "B": 44, "C": 12, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    # two-level header: year over All crimes / Online flag
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws["A4"] = "HO Code"
    ws["B4"] = "Offence"
    years = ["2021/22", "2022/23", "2023/24"]
    col = 3
    for y in years:
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(4, col, y)
        ws.cell(5, col, "All crimes")
        ws.cell(5, col + 1, "Online flag")
        col += 2
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=8):
        for c in row:
            c.border = BOX
            c.alignment = CENTRE
            if c.row == 4:
                c.fill = HEAD_FILL
                c.font = HEAD_FONT
            else:
                c.fill = SUB_FILL
                c.font = BOLD
    data = [
        ("71/17", "Sexual communication with a child", [312, 287, 338, 309, 301, 276]),
        ("86/2", "Take, make, distribute indecent photographs of children",
         [541, 498, 602, 563, 577, 540]),
        ("88A", "Sexual grooming", [19, "1-4", 14, 6, 11, "1-4"]),
        ("73", "Abuse of position of trust of a sexual nature", [38, 7, 44, 12, 41, 9]),
        ("Total", None, [910, 795, 998, 890, 930, 827]),
    ]
    r = 6
    for code, name, vals in data:
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        for j, v in enumerate(vals):
            ws.cell(r, 3 + j, v)
        for c in ws[r][:8]:
            c.border = BOX
            c.font = BOLD if code == "Total" else NORMAL
            if c.column >= 3:
                c.alignment = Alignment(horizontal="right")
            if code == "Total":
                c.fill = TOT_FILL
        if code == "Total":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "1-4 = a value between 1 and 4, suppressed (see Read Me, note 2). "
                  "Totals include suppressed values.").font = Font(name="Arial", italic=True, size=9)
    ws.freeze_panes = "C6"


def q2(ws):
    ws.title = "Q2 Victim age"
    ws["A1"] = "PUB 2417 - Q2: Sexual communication with a child (HO code 71/17), 2023/24"
    ws["A1"].font = BOLD
    ws["A2"] = "Victims by age at the time of the offence"
    ws["A2"].font = NORMAL
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 14
    ws["A4"] = "Age of victim"
    ws["B4"] = "Victims"
    for c in (ws["A4"], ws["B4"]):
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.border = BOX
        c.alignment = CENTRE
    rows = [("All victims", 306), ("Under 13", 86), ("13-15", 205), ("Age not known", 15)]
    for i, (k, v) in enumerate(rows):
        a = ws.cell(5 + i, 1, k)
        b = ws.cell(5 + i, 2, v)
        for c in (a, b):
            c.border = BOX
            c.font = BOLD if i == 0 else NORMAL
            if i == 0:
                c.fill = TOT_FILL
    ws["A10"] = ("A crime may have more than one victim, so the number of victims is "
                 "higher than the number of crimes shown on sheet Q1.")
    ws["A10"].font = Font(name="Arial", italic=True, size=9)


def fix_zip(path):
    """Rewrite the package with fixed timestamps and fixed core dates."""
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    buf = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build():
    wb = Workbook()
    wb.properties.creator = "Essex Police Information Rights"
    wb.properties.lastModifiedBy = "Essex Police Information Rights"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    readme(wb.active)
    q1(wb.create_sheet())
    q2(wb.create_sheet())
    wb.save(OUT)
    fix_zip(OUT)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
