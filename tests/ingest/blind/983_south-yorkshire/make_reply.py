"""Build reply.xlsx for 983_south-yorkshire (invented South Yorkshire Police FOI attachment).

Run with /work/main/.venv/bin/python make_reply.py  (openpyxl).
Document properties and zip entry dates are fixed so the output is identical on every run.
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
FIXED = datetime.datetime(2025, 5, 20, 9, 30, 0)

REF = "FOI/2025/1164"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13, color="FFFFFF")
TITLE_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="8EA9DB")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def title(ws, text, span):
    ws.merge_cells(f"A1:{span}1")
    c = ws["A1"]
    c.value = text
    c.font = TITLE
    c.fill = TITLE_FILL
    c.alignment = Alignment(vertical="center")
    ws.row_dimensions[1].height = 24


def request_sheet(wb):
    ws = wb.active
    ws.title = "Request"
    title(ws, f"South Yorkshire Police - Freedom of Information Request {REF}", "H")
    ws["A3"] = "Date received:"
    ws["B3"] = "22/04/2025"
    ws["A4"] = "Date of response:"
    ws["B4"] = "20/05/2025"
    ws["A5"] = "Data source:"
    ws["B5"] = "Crime recording system - extract taken 06/05/2025"
    for r in (3, 4, 5):
        ws[f"A{r}"].font = BOLD
    ws["A7"] = "Request"
    ws["A7"].font = Font(bold=True, size=12)
    qs = [
        ("Q1", "Please provide the number of offences recorded under each of the following Home "
               "Office codes for the financial years 2022/23, 2023/24 and 2024/25: 19E, 19H, 20B, "
               "22B and 71/17."),
        ("Q2", "For the same years, how many of those offences carried the online (cyber) flag?"),
        ("Q3", "For the same years, please give the gender of the victims of those offences."),
    ]
    r = 8
    for q, text in qs:
        ws[f"A{r}"] = q
        ws[f"A{r}"].font = BOLD
        ws[f"A{r}"].alignment = Alignment(vertical="top")
        ws.merge_cells(f"B{r}:H{r}")
        ws[f"B{r}"] = text
        ws[f"B{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    ws[f"A{r}"] = "Notes"
    ws[f"A{r}"].font = Font(bold=True, size=12)
    notes = [
        "1. Figures are crimes recorded in each financial year (1 April to 31 March) under the Home "
        "Office Counting Rules, by the Home Office code held at the date of extraction.",
        "2. Crime records are live; a later extract may give slightly different figures.",
        "3. N/H - Not held. The force moved to a new crime recording system in February 2023. The "
        "online flag was not migrated for crimes recorded on the previous system and cannot be "
        "reported for 2022/23.",
        "4. Q3 counts victims, not offences. A victim linked to more than one offence in a year is "
        "counted once in that year, so the Q3 totals are lower than the Q1 totals.",
        "5. South Yorkshire Police aims to provide figures that are as accurate as possible; "
        "please see the covering email for the force's full response.",
    ]
    for n in notes:
        r += 1
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = n
        ws[f"A{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 30
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 22
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 12


def q1_sheet(wb):
    ws = wb.create_sheet("Q1 Offences")
    title(ws, "Q1 - Recorded offences by Home Office code and financial year", "E")
    ws["A3"] = "Sum of Crime Count"
    ws["B3"] = "Column Labels"
    ws["A3"].font = BOLD
    ws["B3"].font = BOLD
    heads = ["Row Labels", "2022/23", "2023/24", "2024/25", "Grand Total"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    data = [
        ("019E - Rape of a female child under 13", 61, 58, 66),
        ("019H - Rape of a male child under 13", 17, 14, 19),
        ("020B - Sexual assault on a female child under 13", 142, 157, 149),
        ("022B - Sexual activity involving a child under 16", 238, 251, 229),
        ("071/17 - Sexual communication with a child", 203, 188, 214),
    ]
    r = 5
    for label, a, b, c in data:
        ws.cell(row=r, column=1, value=label).border = BOX
        for j, v in enumerate((a, b, c), start=2):
            ws.cell(row=r, column=j, value=v).border = BOX
        # stored as a value, as a pasted pivot would be
        ws.cell(row=r, column=5, value=a + b + c).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Grand Total")
    for j in range(2, 6):
        ws.cell(row=r, column=j, value=sum(ws.cell(row=k, column=j).value for k in range(5, r)))
    for j in range(1, 6):
        c = ws.cell(row=r, column=j)
        c.font = BOLD
        c.fill = TOTAL_FILL
        c.border = BOX
    ws.column_dimensions["A"].width = 50
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    ws.freeze_panes = "B5"


def q2_sheet(wb):
    ws = wb.create_sheet("Q2 Online flag")
    title(ws, "Q2 - Offences in Q1 with the online (cyber) flag", "C")
    heads = ["Financial Year", "Online flagged offences"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    for r, (y, v) in enumerate((("2022/23", "N/H"), ("2023/24", 247), ("2024/25", 262)), start=4):
        ws.cell(row=r, column=1, value=y).border = BOX
        c = ws.cell(row=r, column=2, value=v)
        c.border = BOX
        c.alignment = Alignment(horizontal="right")
    ws["A8"] = "N/H = Not held - see note 3 on the Request sheet."
    ws["A8"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 24


def q3_sheet(wb):
    ws = wb.create_sheet("Q3 Victim gender")
    title(ws, "Q3 - Victims of the Q1 offences by gender (victims counted once per year)", "E")
    ws.merge_cells("B3:D3")
    ws["B3"] = "Financial Year"
    ws["B3"].alignment = Alignment(horizontal="center")
    heads = ["Victim Gender", "2022/23", "2023/24", "2024/25"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    ws["B3"].font = BOLD
    ws["B3"].fill = HEAD_FILL
    data = [("Female", 402, 415, 431), ("Male", 118, 109, 126), ("Unknown", 9, 12, 6)]
    r = 5
    for row in data:
        for j, v in enumerate(row, start=1):
            ws.cell(row=r, column=j, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total")
    for j in range(2, 5):
        ws.cell(row=r, column=j, value=sum(ws.cell(row=k, column=j).value for k in range(5, r)))
    for j in range(1, 5):
        c = ws.cell(row=r, column=j)
        c.font = BOLD
        c.fill = TOTAL_FILL
        c.border = BOX
    ws["A10"] = "Unknown = gender not recorded or not stated by the victim."
    ws["A10"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 16
    for col in "BCD":
        ws.column_dimensions[col].width = 12


def normalise_zip(raw):
    """Rewrite the package with fixed entry dates and a fixed entry order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into <dcterms:modified>; pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                              data)
            dst.writestr(zi, data)
    return out.getvalue()


def main():
    wb = Workbook()
    wb.properties.creator = "SYP Information Access Team"
    wb.properties.lastModifiedBy = "SYP Information Access Team"
    wb.properties.title = f"Freedom of Information Request {REF}"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    request_sheet(wb)
    q1_sheet(wb)
    q2_sheet(wb)
    q3_sheet(wb)
    buf = io.BytesIO()
    wb.save(buf)
    with open(OUT, "wb") as f:
        f.write(normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    main()
