"""Build reply.xlsx (Merseyside Police FOI spreadsheet attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The workbook is saved to memory, then re-zipped with fixed timestamps and fixed
created/modified dates in docProps/core.xml, so two runs give identical bytes.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
FIXED = datetime(2024, 9, 13, 10, 5, 0)
REF = "FOI/2024/01862"

BOLD = Font(name="Arial", size=10, bold=True)
NORM = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True, color="FFFFFF")
TITLE_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)

YEARS = ["2021/22", "2022/23", "2023/24"]
Q1 = [
    ("17B", "Sexual assault on a male child under 13", [63, 58, 61]),
    ("19E", "Rape of a female child under 13", [71, 84, 77]),
    ("19H", "Rape of a male child under 13", [24, 18, 21]),
    ("20B", "Sexual assault on a female child under 13", [152, 141, 163]),
    ("21", "Sexual activity involving a child under 13", [97, 106, 92]),
    ("22B", "Sexual activity involving a child under 16", [281, 296, 270]),
    ("71/17", "Sexual communication with a child", [176, 161, 183]),
    ("73", "Abuse of position of trust of a sexual nature", [14, 11, 9]),
]
Q2 = [("2021/22", "219"), ("2022/23", "241"), ("2023/24", "236")]
# victim gender of the crimes in Q1 ("[c]" = suppressed 1 to 4)
Q3 = [
    ("Female", [696, 706, 704]),
    ("Male", [179, 163, 169]),
    ("Unknown / not stated", ["[c]", 6, "[c]"]),
]


def title_block(ws, title, subtitle, last_col):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    c = ws.cell(row=1, column=1, value=title)
    c.font = TITLE
    c.fill = TITLE_FILL
    c.alignment = Alignment(vertical="center")
    ws.row_dimensions[1].height = 22
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)
    c = ws.cell(row=2, column=1, value=subtitle)
    c.font = Font(name="Arial", size=10, italic=True)


def readme(wb):
    ws = wb.active
    ws.title = "Read Me"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    ws["A1"] = "Merseyside Police"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws["A2"] = "Freedom of Information Act 2000 - Disclosure"
    ws["A2"].font = BOLD
    rows = [
        ("Request reference", REF),
        ("Date received", "20/08/2024"),
        ("Date of response", "13/09/2024"),
        ("Data extracted", "02/09/2024"),
        ("Source", "Force crime recording system"),
    ]
    r = 4
    for k, v in rows:
        ws.cell(row=r, column=1, value=k).font = BOLD
        ws.cell(row=r, column=2, value=v).font = NORM
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Request").font = BOLD
    c = ws.cell(row=r, column=2, value=(
        "Please provide, for the financial years 2021/22, 2022/23 and 2023/24:\n"
        "1) The number of sexual offences recorded where the victim was a child, broken "
        "down by Home Office offence code.\n"
        "2) How many of these offences had the online (cyber-enabled) flag.\n"
        "3) The gender of the victims."))
    c.alignment = WRAP
    c.font = NORM
    ws.row_dimensions[r].height = 80
    r += 2
    ws.cell(row=r, column=1, value="Notes").font = BOLD
    notes = [
        "1. Figures are crimes recorded by Merseyside Police under the Home Office offence "
        "codes listed on sheet Q1, which are offences that can only be committed against a "
        "child. They are counted in the financial year (1 April - 31 March) in which the "
        "crime was recorded.",
        "2. Crimes may be reclassified or cancelled after the date of extraction, so these "
        "figures may differ from those published by the Home Office or ONS.",
        "3. The online flag (sheet Q2) is applied where the offence was committed, in full "
        "or in part, using a computer, network or internet-enabled device.",
        "4. Sheet Q3 shows the gender recorded for the victim of each crime on sheet Q1.",
        "5. [c] = a figure between 1 and 4 which has been suppressed to reduce the risk of "
        "identifying an individual (section 40(2) FOIA).",
        "6. Please see the covering letter for our full response.",
    ]
    for n in notes:
        c = ws.cell(row=r, column=2, value=n)
        c.alignment = WRAP
        c.font = NORM
        ws.row_dimensions[r].height = 30
        r += 1


def sheet_q1(wb):
    ws = wb.create_sheet("Q1 Offences by HO code")
    title_block(ws, f"Merseyside Police - {REF} - Question 1",
                "Recorded sexual offences against children by Home Office offence code", 5)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 48
    for col in "CDE":
        ws.column_dimensions[col].width = 13
    # two-level header: "Financial year recorded" over the three years
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:E4")
    ws["A4"] = "HO Code"
    ws["B4"] = "Offence description"
    ws["C4"] = "Financial year recorded"
    for i, y in enumerate(YEARS):
        ws.cell(row=5, column=3 + i, value=y)
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=5):
        for c in row:
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
            c.alignment = CENTRE
    r = 6
    for code, desc, vals in Q1:
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=desc)
        for i, v in enumerate(vals):
            ws.cell(row=r, column=3 + i, value=v)
        for c in ws[r][:5]:
            c.font = NORM
            c.border = BOX
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="left")
        r += 1
    ws.cell(row=r, column=1, value="Grand Total")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for i in range(3):
        # written as a constant (the export has no formulas)
        ws.cell(row=r, column=3 + i, value=sum(q[2][i] for q in Q1))
    for c in ws[r][:5]:
        c.font = BOLD
        c.fill = TOT_FILL
        c.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Source: force crime recording system, extracted 02/09/2024. See notes on the Read Me sheet.").font = Font(name="Arial", size=9, italic=True)


def sheet_q2(wb):
    ws = wb.create_sheet("Q2 Online flag")
    title_block(ws, f"Merseyside Police - {REF} - Question 2",
                "Crimes on sheet Q1 with the online (cyber-enabled) flag", 2)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 30
    ws["A4"] = "Financial Year"
    ws["B4"] = "Crimes with online flag"
    for c in (ws["A4"], ws["B4"]):
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = CENTRE
    r = 5
    for y, v in Q2:
        ws.cell(row=r, column=1, value=y).border = BOX
        c = ws.cell(row=r, column=2, value=v)  # figures stored as text, as exported
        c.border = BOX
        c.alignment = Alignment(horizontal="right")
        r += 1


def sheet_q3(wb):
    ws = wb.create_sheet("Q3 Victim gender")
    title_block(ws, f"Merseyside Police - {REF} - Question 3",
                "Crimes on sheet Q1 by gender of victim", 4)
    ws.column_dimensions["A"].width = 26
    for col in "BCD":
        ws.column_dimensions[col].width = 13
    # layout as copied from a pivot table (grand totals switched off)
    ws["A4"] = "Count of Crime Number"
    ws["B4"] = "Column Labels"
    ws["A5"] = "Row Labels"
    for i, y in enumerate(YEARS):
        ws.cell(row=5, column=2 + i, value=y)
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=4):
        for c in row:
            c.font = BOLD
            c.fill = HEAD_FILL
    r = 6
    for g, vals in Q3:
        ws.cell(row=r, column=1, value=g)
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=2 + i, value=v)
            c.alignment = Alignment(horizontal="right")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="[c] = 1 to 4, suppressed (see Read Me note 5)").font = Font(name="Arial", size=9, italic=True)


def deterministic(raw: bytes) -> bytes:
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def build():
    wb = Workbook()
    wb.properties.creator = "Information Access Unit"
    wb.properties.title = f"{REF} disclosure"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Information Access Unit"
    readme(wb)
    sheet_q1(wb)
    sheet_q2(wb)
    sheet_q3(wb)
    wb.active = 1
    buf = io.BytesIO()
    wb.save(buf)
    OUT.write_bytes(deterministic(buf.getvalue()))


if __name__ == "__main__":
    build()
