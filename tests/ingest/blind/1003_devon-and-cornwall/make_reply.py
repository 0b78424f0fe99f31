"""Build reply.xlsx for 1003_devon-and-cornwall (invented Devon & Cornwall Police FOI attachment).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed document dates and fixed zip entry timestamps.
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
FIXED = datetime.datetime(2024, 5, 29, 9, 15, 0)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="9BC2E6")
BOX = Border(top=thin, bottom=thin, left=thin, right=thin)
CENTRE = Alignment(horizontal="center", vertical="center")


def cover(ws):
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 120
    lines = [
        ("Devon & Cornwall Police", Font(bold=True, size=14)),
        ("Freedom of Information Act 2000 - Request 1187/24 - Attachment", TITLE),
        ("", None),
        ("Request", BOLD),
        ("Q1. For each financial year from 2021/22 to 2023/24, the number of crimes recorded under the following "
         "Home Office offence codes: 21, 22B, 71/17, 73 and 88A.", None),
        ("Q2. How many of the crimes in Q1 had the online (cyber) flag applied, for each year.", None),
        ("Q3. The crimes in Q1 broken down by the gender of the victim, for each year.", None),
        ("", None),
        ("Notes", BOLD),
        ("1. Data extracted from Niche RMS on 09/05/2024. Crimes are counted by the date they were recorded "
         "(01/04/2021 to 31/03/2024).", None),
        ("2. Home Office offence codes are shown as they appear on Niche, with leading zeros.", None),
        ("3. '-' denotes nil.", None),
        ("4. The online flag is applied where the offence was committed, in full or in part, through a computer, "
         "computer network or other computer-enabled device.", None),
        ("5. One victim is recorded against each crime.", None),
        ("6. This is management information and is subject to change as crimes are reviewed or reclassified.",
         None),
    ]
    for i, (text, font) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text if text else None)
        if font:
            c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="top")


def q1(wb):
    ws = wb.create_sheet("Q1 Offences")
    ws.merge_cells("A1:E1")
    ws["A1"] = "Q1. Crimes recorded by Home Office offence code and financial year"
    ws["A1"].font = TITLE
    ws["A3"] = "Sum of Crimes"
    ws["B3"] = "Column Labels"
    ws["A3"].font = BOLD
    ws["B3"].font = BOLD
    head = ["Row Labels", "2021/22", "2022/23", "2023/24", "Grand Total"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    data = [
        ("021 - Sexual activity involving a child under 13", 188, 204, 197),
        ("022B - Sexual activity involving child under 16", 412, 398, 431),
        ("071/17 - Sexual communication with a child", 143, 167, 152),
        ("073 - Abuse of position of trust of a sexual nature", 21, 17, 26),
        ("088A - Sexual grooming", 38, 45, 41),
    ]
    r = 5
    for label, a, b, c3 in data:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=a)
        ws.cell(row=r, column=3, value=b)
        ws.cell(row=r, column=4, value=c3)
        ws.cell(row=r, column=5, value=a + b + c3)
        for j in range(1, 6):
            ws.cell(row=r, column=j).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Grand Total")
    for j in range(2, 5):
        ws.cell(row=r, column=j, value=sum(d[j - 1] for d in data))
    ws.cell(row=r, column=5, value=sum(sum(d[1:]) for d in data))
    for j in range(1, 6):
        c = ws.cell(row=r, column=j)
        c.font = BOLD
        c.fill = TOTAL_FILL
        c.border = BOX
    ws.column_dimensions["A"].width = 52
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    ws.freeze_panes = "B5"


def q2(wb):
    ws = wb.create_sheet("Q2 Online flag")
    ws.merge_cells("A1:C1")
    ws["A1"] = "Q2. Crimes in Q1 with the online flag applied"
    ws["A1"].font = TITLE
    for j, h in enumerate(["Row Labels", "Online flag = Y"], start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    data = [("2021/22", 236), ("2022/23", 259), ("2023/24", 271)]
    r = 4
    for y, n in data:
        ws.cell(row=r, column=1, value=y).border = BOX
        ws.cell(row=r, column=2, value=n).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Grand Total")
    ws.cell(row=r, column=2, value=sum(n for _, n in data))
    for j in (1, 2):
        c = ws.cell(row=r, column=j)
        c.font = BOLD
        c.fill = TOTAL_FILL
        c.border = BOX
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 16


def q3(wb):
    ws = wb.create_sheet("Q3 Victim gender")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Q3. Crimes in Q1 by gender of victim"
    ws["A1"].font = TITLE
    ws.merge_cells("A3:A4")
    ws["A3"] = "Offence codes"
    years = ["2021/22", "2022/23", "2023/24"]
    for k, y in enumerate(years):
        col = 2 + 3 * k
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        ws.cell(row=3, column=col, value=y)
        for m, g in enumerate(["Female", "Male", "Unknown"]):
            ws.cell(row=4, column=col + m, value=g)
    for row in (3, 4):
        for j in range(1, 11):
            c = ws.cell(row=row, column=j)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
            c.alignment = CENTRE
    vals = [631, 169, 2, 652, 179, "-", 668, 179, "-"]
    ws.cell(row=5, column=1, value="021, 022B, 071/17, 073, 088A").border = BOX
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=5, column=j, value=v)
        c.border = BOX
        if v == "-":
            c.alignment = Alignment(horizontal="right")
    ws.column_dimensions["A"].width = 30
    for j in range(2, 11):
        ws.column_dimensions[chr(64 + j)].width = 10


def normalise(path):
    """Rewrite the zip with fixed timestamps and fixed document dates."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build():
    wb = Workbook()
    cover(wb.active)
    q1(wb)
    q2(wb)
    q3(wb)
    wb.properties.creator = "Information Rights"
    wb.properties.lastModifiedBy = "Information Rights"
    wb.properties.title = "FOI 1187/24"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(OUT)
    normalise(OUT)


if __name__ == "__main__":
    build()
