"""Build reply.xlsx: Wiltshire Police FOI response spreadsheet (FOI/2023/01452).

Run with /work/main/.venv/bin/python make_reply.py. The zip container is rewritten
with fixed timestamps so that the output is byte-for-byte reproducible.
"""
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.xlsx"
STAMP = "2023-10-27T10:15:00Z"
ZIP_TIME = (2023, 10, 27, 10, 15, 0)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13, color="1F3864")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, cell_range, head=False):
    for row in ws[cell_range]:
        for c in row:
            c.border = BOX
            if head:
                c.font = BOLD
                c.fill = HEAD_FILL
                c.alignment = CENTRE
            elif c.column > 1:
                c.alignment = Alignment(horizontal="center")


def cover(wb):
    ws = wb.active
    ws.title = "Read Me"
    ws.column_dimensions["A"].width = 110
    lines = [
        ("Wiltshire Police - Freedom of Information Act 2000", TITLE),
        ("Request reference: FOI/2023/01452", BOLD),
        ("Date received: 02/10/2023          Date of response: 27/10/2023", None),
        ("", None),
        ("Request", BOLD),
        ("For each financial year from 2019/20 to 2022/23:", None),
        ("Q1. How many crimes were recorded with a Child Sexual Exploitation (CSE) flag?", None),
        ("Q2. Please break down the victims of those crimes by gender and age group "
         "(under 13, 13-15, 16-17).", None),
        ("Q3. How many children are currently assessed as being at risk of CSE, broken down "
         "by risk level (high, medium, low)?", None),
        ("", None),
        ("Response", BOLD),
        ("Wiltshire Police holds the information requested. The figures are provided on the "
         "worksheets Q1, Q2 and Q3 of this workbook.", None),
        ("", None),
        ("Notes", BOLD),
        ("1. Data was extracted from the Niche records management system on 16/10/2023. "
         "Crime data is live and figures may change as investigations progress.", None),
        ("2. Wiltshire Police moved to Niche on 1 April 2020. The CSE flag was not migrated "
         "from the previous crime recording system, so figures for 2019/20 are not held "
         "and are shown as N/H.", None),
        ("3. Values from 1 to 4 have been shown as '1-4' to reduce the risk of identifying "
         "individuals. Totals include the suppressed values.", None),
        ("4. A crime may have more than one victim, and victims whose age or gender was not "
         "recorded have been left out of Q2, so the totals on Q2 will not match Q1.", None),
        ("5. Q3 shows the position as at 31/03/2023, the date of the last quarterly review "
         "by the multi-agency CSE panel. Risk levels are reviewed every three months.", None),
        ("", None),
        ("If you are unhappy with this response you may request an internal review within "
         "40 working days. Contact: Freedom of Information Unit, Wiltshire Police, London "
         "Road, Devizes, SN10 2DN.", None),
        ("You may also complain to the Information Commissioner's Office, Wycliffe House, "
         "Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone 0303 123 1113).", None),
        ("", None),
        ("OFFICIAL", BOLD),
    ]
    for i, (text, font) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text)
        c.alignment = WRAP
        if font is not None:
            c.font = font


def q1(wb):
    ws = wb.create_sheet("Q1")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 22
    ws["A1"] = "Q1. Crimes recorded with a CSE flag, by financial year"
    ws["A1"].font = TITLE
    ws.append([])
    ws.append(["Financial Year", "Number of crimes"])
    data = [("2019/20", "N/H"), ("2020/21", 112), ("2021/22", 127), ("2022/23", 139),
            ("Total 2020/21 to 2022/23", 378)]
    for label, value in data:
        ws.append([label, value])
    boxed(ws, "A3:B3", head=True)
    boxed(ws, "A4:B8")
    ws["A8"].font = BOLD
    ws["B8"].font = BOLD
    ws["A10"] = "N/H = not held (see note 2 on the Read Me sheet)"
    ws["A10"].font = Font(italic=True, size=9)


def q2(wb):
    ws = wb.create_sheet("Q2")
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 11
    ws["A1"] = "Q2. Victims of CSE-flagged crimes by gender and age at the time of the offence"
    ws["A1"].font = TITLE
    ws["A3"] = "Financial Year"
    ws["B3"] = "Female"
    ws["E3"] = "Male"
    ws["H3"] = "Total"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:D3")
    ws.merge_cells("E3:G3")
    ws.merge_cells("H3:H4")
    for col, label in zip("BCDEFG", ["Under 13", "13-15", "16-17"] * 2):
        ws[f"{col}4"] = label
    rows = [
        ["2019/20", "N/H", "N/H", "N/H", "N/H", "N/H", "N/H", "N/H"],
        ["2020/21", 9, 61, 18, "1-4", 12, "1-4", 105],
        ["2021/22", 11, 66, 21, "1-4", 15, "1-4", 120],
        ["2022/23", "1-4", 74, 25, "1-4", 18, 6, 128],
    ]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    boxed(ws, "A3:H4", head=True)
    boxed(ws, "A5:H8")
    ws["A10"] = "1-4 = a value between 1 and 4 (see note 3 on the Read Me sheet)"
    ws["A10"].font = Font(italic=True, size=9)
    ws["A11"] = "N/H = not held (see note 2 on the Read Me sheet)"
    ws["A11"].font = Font(italic=True, size=9)


def q3(wb):
    ws = wb.create_sheet("Q3")
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 22
    ws["A1"] = "Q3. Children assessed as at risk of CSE, by risk level, as at 31/03/2023"
    ws["A1"].font = TITLE
    ws.append([])
    ws.append(["Risk level", "Number of children"])
    for row in [("High", 14), ("Medium", 37), ("Low", 22), ("Total", 73)]:
        ws.append(list(row))
    boxed(ws, "A3:B3", head=True)
    boxed(ws, "A4:B7")
    ws["A7"].font = BOLD
    ws["B7"].font = BOLD


def normalise(raw: bytes) -> bytes:
    """Rewrite the zip with fixed member timestamps and fixed document dates."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{STAMP}\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{STAMP}\2", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    wb.properties.creator = "Wiltshire Police FOI Unit"
    wb.properties.title = "FOI/2023/01452 response"
    cover(wb)
    q1(wb)
    q2(wb)
    q3(wb)
    buf = io.BytesIO()
    wb.save(buf)
    OUT.write_bytes(normalise(buf.getvalue()))


if __name__ == "__main__":
    build()
