"""Build reply.xlsx (Metropolitan Police Service FOI attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The zip entries and the document properties are given fixed dates, so two runs give the
same bytes.
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2025, 6, 2, 9, 15, 0)
REF = "01/FOI/25/045678"

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def put(ws, ref, value, font=NORMAL, fill=None, align=None, border=None):
    c = ws[ref]
    c.value = value
    c.font = font
    if fill:
        c.fill = fill
    if align:
        c.alignment = align
    if border:
        c.border = border
    return c


def read_me(wb):
    ws = wb.active
    ws.title = "Read Me"
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 110
    put(ws, "B1", "Metropolitan Police Service - Freedom of Information Request", TITLE)
    put(ws, "B2", f"Reference No: {REF}", BOLD)
    put(ws, "B3", "Date of response: 02/06/2025", NORMAL)
    put(ws, "B4", "Request", BOLD)
    put(ws, "B5", "Please provide, for each of the financial years 2021/22, 2022/23, 2023/24 and "
                  "2024/25:", NORMAL, align=LEFT)
    put(ws, "B6", "(a) the number of offences recorded of sexual communication with a child, of "
                  "taking, making or distributing indecent photographs of children, and of sexual "
                  "grooming;", NORMAL, align=LEFT)
    put(ws, "B7", "(b) the ages of the suspects in the indecent photographs offences, in the bands "
                  "under 18, 18-24 and 25 and over.", NORMAL, align=LEFT)
    put(ws, "B9", "Contents", BOLD)
    put(ws, "B10", "Table 1 - Offences recorded by Home Office offence code and financial year (part a)")
    put(ws, "B11", "Table 2 - Suspects linked to 086/02 offences, by age of suspect (part b)")
    put(ws, "B13", "Notes", BOLD)
    notes = [
        "1. Data source: MPS Crime Reporting Information System (CRIS) and Connect, extracted "
        "on 19/05/2025. Figures are for offences by the date the crime was recorded; financial "
        "years run from 1 April to 31 March.",
        "2. Offences are shown under the Home Office offence classification current at the time "
        "of extraction. A crime that has been reclassified since it was first recorded is counted "
        "under its current classification only.",
        "3. Table 2 counts suspects linked to each offence. A person linked as a suspect to more "
        "than one offence is counted once for each offence. Age is the age at the time of the "
        "offence; 'Not known' is shown where no date of birth is recorded.",
        "4. N/H - Not held. During 2024/25 the MPS moved crime recording from CRIS to Connect. "
        "Offence counts for 2024/25 combine both systems, but suspect details for 2024/25 "
        "cannot be reliably extracted in a consistent form across the two systems, and this "
        "information is therefore not held for the purposes of the Act for that year.",
        "5. These are management information figures and may differ from those published by "
        "the Home Office or the Office for National Statistics, which are taken at a different "
        "point in time.",
    ]
    for i, n in enumerate(notes):
        c = put(ws, f"B{14 + i}", n, NORMAL, align=LEFT)
        ws.row_dimensions[14 + i].height = 40
    for r in (5, 6, 7):
        ws.row_dimensions[r].height = 28


def table1(wb):
    ws = wb.create_sheet("Table 1")
    ws.column_dimensions["A"].width = 62
    for col in "BCDEF":
        ws.column_dimensions[col].width = 13
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Table 1: Offences recorded by Home Office offence code and financial year", TITLE)
    put(ws, "A3", "Count of Crime Reference No.", BOLD, HEAD_FILL, LEFT, BOX)
    ws.merge_cells("B3:E3")
    put(ws, "B3", "Financial Year Recorded", BOLD, HEAD_FILL, CENTRE, BOX)
    for col in "CDE":
        ws[f"{col}3"].border = BOX
        ws[f"{col}3"].fill = HEAD_FILL
    put(ws, "F3", None, BOLD, HEAD_FILL, CENTRE, BOX)
    heads = ["Offence (HO code - description)", "2021/22", "2022/23", "2023/24", "2024/25",
             "Grand Total"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}4", h, BOLD, HEAD_FILL, CENTRE if col != "A" else LEFT, BOX)
    rows = [
        ("071/17 - Sexual communication with a child", [466, 512, 548, 571]),
        ("086/02 - Take, make, distribute indecent photographs of children",
         [1284, 1362, 1419, 1507]),
        ("088A - Sexual grooming", [118, 104, 131, 126]),
    ]
    r = 5
    for label, vals in rows:
        put(ws, f"A{r}", label, NORMAL, None, LEFT, BOX)
        for col, v in zip("BCDE", vals):
            c = put(ws, f"{col}{r}", v, NORMAL, None, CENTRE, BOX)
            c.number_format = "#,##0"
        c = put(ws, f"F{r}", sum(vals), BOLD, TOTAL_FILL, CENTRE, BOX)
        c.number_format = "#,##0"
        r += 1
    put(ws, f"A{r}", "Grand Total", BOLD, TOTAL_FILL, LEFT, BOX)
    for i, col in enumerate("BCDE"):
        c = put(ws, f"{col}{r}", sum(v[1][i] for v in rows), BOLD, TOTAL_FILL, CENTRE, BOX)
        c.number_format = "#,##0"
    c = put(ws, f"F{r}", sum(sum(v[1]) for v in rows), BOLD, TOTAL_FILL, CENTRE, BOX)
    c.number_format = "#,##0"
    put(ws, f"A{r + 2}", "Source: CRIS / Connect, extracted 19/05/2025. See Read Me notes 1, 2 and 5.",
        SMALL)
    ws.freeze_panes = "B5"


def table2(wb):
    ws = wb.create_sheet("Table 2")
    ws.column_dimensions["A"].width = 18
    for col in "BCDE":
        ws.column_dimensions[col].width = 15
    ws.merge_cells("A1:E1")
    put(ws, "A1", "Table 2: Suspects linked to 086/02 offences (take, make, distribute indecent "
                  "photographs of children), by age of suspect at the time of the offence", TITLE)
    ws.row_dimensions[1].height = 32
    ws["A1"].alignment = LEFT
    ws.merge_cells("A3:A4")
    put(ws, "A3", "Financial Year", BOLD, HEAD_FILL, CENTRE, BOX)
    ws["A4"].border = BOX
    ws.merge_cells("B3:E3")
    put(ws, "B3", "Age of suspect", BOLD, HEAD_FILL, CENTRE, BOX)
    for col in "CDE":
        ws[f"{col}3"].border = BOX
        ws[f"{col}3"].fill = HEAD_FILL
    for col, h in zip("BCDE", ["Under 18", "18-24", "25 and over", "Not known"]):
        put(ws, f"{col}4", h, BOLD, HEAD_FILL, CENTRE, BOX)
    data = [
        ("2021/22", [287, 198, 744, 61]),
        ("2022/23", [312, 221, 768, 58]),
        ("2023/24", [341, 236, 802, 49]),
        ("2024/25", ["N/H", "N/H", "N/H", "N/H"]),
    ]
    for i, (fy, vals) in enumerate(data):
        r = 5 + i
        put(ws, f"A{r}", fy, BOLD, None, CENTRE, BOX)
        for col, v in zip("BCDE", vals):
            put(ws, f"{col}{r}", v, NORMAL, None, CENTRE, BOX)
    put(ws, "A10", "N/H = Not held. See Read Me note 4.", SMALL)
    put(ws, "A11", "Suspects are counted once per offence they are linked to (Read Me note 3).", SMALL)


def build():
    wb = Workbook()
    read_me(wb)
    table1(wb)
    table2(wb)
    wb.properties.creator = "MPS FOI Team"
    wb.properties.lastModifiedBy = "MPS FOI Team"
    wb.properties.title = f"FOI {REF}"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    # Re-pack with fixed timestamps and a fixed modified date so the bytes are stable.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                import re
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>" + stamp + r"\g<2>", text)
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


if __name__ == "__main__":
    build()
