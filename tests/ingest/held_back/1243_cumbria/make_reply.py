"""Build reply.xlsx for 1243_cumbria (invented FOI spreadsheet attachment).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: document properties and zip entry times are fixed.
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
FIXED = datetime.datetime(2025, 3, 14, 11, 42, 0)
REF = "FOI-2025-0417"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
PIVOT_HEAD = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")

CODES = [
    ("022B - Sexual activity involving child under 16", [118, 131, 127]),
    ("071/17 - Sexual communication with a child", [64, 77, 82]),
    ("073 - Abuse of position of trust of a sexual nature", [9, 12, 7]),
    ("086/02 - Take, make, distribute indecent photographs of children", [141, 156, 149]),
    ("088A - Sexual grooming", [6, 4, None]),
]
YEARS = ["2021/22", "2022/23", "2023/24"]

OUTCOMES = [
    ("01 - Charged/Summonsed", 58),
    ("02 - Caution - Youths", "1-4"),
    ("03 - Caution - Adults", 6),
    ("08 - Community Resolution", "1-4"),
    ("14 - Evidential difficulties: suspect not identified; victim does not support", 11),
    ("15 - Named suspect identified: evidential difficulties prevent further action", 99),
    ("16 - Named suspect identified: victim does not support further action", 54),
    ("18 - Investigation complete: no suspect identified", 29),
    ("21 - Named suspect identified: further investigation not in the public interest", 24),
    ("Outstanding - under investigation, no outcome yet", 79),
]
OUTCOME_TOTAL = 365


def request_sheet(ws):
    ws.title = "Request"
    ws.column_dimensions["A"].width = 120
    ws["A1"] = "Cumbria Constabulary"
    ws["A1"].font = TITLE
    ws["A2"] = f"Freedom of Information Request {REF} - Attachment"
    ws["A2"].font = BOLD
    ws["A4"] = "Request received: 17/02/2025"
    ws["A5"] = "Data extracted: 14/03/2025"
    ws["A7"] = "Request"
    ws["A7"].font = BOLD
    qs = [
        "Q1. For the financial years 2021/22, 2022/23 and 2023/24, please provide the number of crimes "
        "recorded under Home Office offence codes 22B, 71/17, 73, 86/2 and 88A, for each code and each year.",
        "Q2. For the crimes in Q1 that were recorded in 2023/24, please provide the outcome of each crime "
        "by Home Office outcome type.",
        "Q3. For each year in Q1, how many of the crimes were flagged as online or cyber-enabled?",
    ]
    for i, q in enumerate(qs):
        c = ws.cell(row=8 + i, column=1, value=q)
        c.alignment = WRAP
        ws.row_dimensions[8 + i].height = 30
    ws["A12"] = "Notes"
    ws["A12"].font = BOLD
    notes = [
        "1. Figures are crimes recorded by Cumbria Constabulary in accordance with the Home Office Counting Rules, "
        "counted by the date the crime was recorded.",
        "2. Financial years run from 1 April to 31 March.",
        "3. Outcomes are those recorded against each crime at the date of extraction. Crimes which are still being "
        "investigated are shown as Outstanding.",
        "4. To reduce the risk of identifying individuals, outcome figures between 1 and 4 have been replaced with "
        "'1-4' (section 40(2) Freedom of Information Act 2000). Totals include these crimes.",
        "5. The figures are management information and may differ slightly from figures published by the Home Office.",
    ]
    for i, n in enumerate(notes):
        c = ws.cell(row=13 + i, column=1, value=n)
        c.alignment = WRAP


def q1_sheet(wb):
    ws = wb.create_sheet("Q1 Recorded Crime")
    ws.column_dimensions["A"].width = 64
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    ws.merge_cells("A1:E1")
    ws["A1"] = "Q1 - Crimes recorded by Home Office offence code, financial years 2021/22 to 2023/24"
    ws["A1"].font = BOLD
    ws["A3"] = "Sum of Crime Count"
    ws["B3"] = "Column Labels"
    for c in ("A3", "B3"):
        ws[c].font = BOLD
        ws[c].fill = PIVOT_HEAD
    ws["A4"] = "Row Labels"
    for j, y in enumerate(YEARS + ["Grand Total"]):
        ws.cell(row=4, column=2 + j, value=y)
    for col in range(1, 6):
        ws.cell(row=4, column=col).font = BOLD
        ws.cell(row=4, column=col).fill = PIVOT_HEAD
    r = 5
    for label, vals in CODES:
        ws.cell(row=r, column=1, value=label)
        for j, v in enumerate(vals):
            if v is not None:
                ws.cell(row=r, column=2 + j, value=v)
        ws.cell(row=r, column=5, value=sum(v for v in vals if v is not None))
        r += 1
    ws.cell(row=r, column=1, value="Grand Total")
    for j in range(3):
        ws.cell(row=r, column=2 + j, value=sum(vals[j] for _, vals in CODES if vals[j] is not None))
    ws.cell(row=r, column=5, value=sum(v for _, vals in CODES for v in vals if v is not None))
    for col in range(1, 6):
        ws.cell(row=r, column=col).font = BOLD
        ws.cell(row=r, column=col).fill = PIVOT_HEAD
    for row in ws.iter_rows(min_row=4, max_row=r, max_col=5):
        for c in row:
            c.border = BOX


def q2_sheet(wb):
    ws = wb.create_sheet("Q2 Outcomes 2023-24")
    ws.column_dimensions["A"].width = 82
    ws.column_dimensions["B"].width = 12
    ws.merge_cells("A1:B1")
    ws["A1"] = "Q2 - Outcomes of crimes recorded 01/04/2023 to 31/03/2024"
    ws["A1"].font = BOLD
    ws.merge_cells("A2:B2")
    ws["A2"] = "All offence codes in Q1 combined"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Outcome"
    ws["B4"] = "Crimes"
    for c in ("A4", "B4"):
        ws[c].font = BOLD
        ws[c].fill = PIVOT_HEAD
    r = 5
    for label, v in OUTCOMES:
        ws.cell(row=r, column=1, value=label)
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = Alignment(horizontal="right")
        r += 1
    ws.cell(row=r, column=1, value="Total").font = BOLD
    ws.cell(row=r, column=2, value=OUTCOME_TOTAL).font = BOLD
    for row in ws.iter_rows(min_row=4, max_row=r, max_col=2):
        for c in row:
            c.border = BOX


def normalise_zip(raw):
    """Rewrite the package with fixed entry times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def main():
    wb = Workbook()
    wb.properties.creator = "Information Access Unit"
    wb.properties.title = f"FOI {REF}"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Information Access Unit"
    request_sheet(wb.active)
    q1_sheet(wb)
    q2_sheet(wb)
    tmp = io.BytesIO()
    wb.save(tmp)
    with open(OUT, "wb") as f:
        f.write(normalise_zip(tmp.getvalue()))


if __name__ == "__main__":
    main()
