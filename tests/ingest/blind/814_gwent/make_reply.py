"""Build reply.xlsx: Gwent Police FOI response workbook (openpyxl).

Run:  /work/main/.venv/bin/python make_reply.py
Document properties and zip entry dates are fixed so that the file rebuilds byte for byte.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.xlsx"
FIXED = datetime(2024, 6, 19, 9, 30, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
TOTAL_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, ref, value, font=NORMAL, **kw):
    c = ws[ref]
    c.value = value
    c.font = font
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def readme(wb):
    ws = wb.active
    ws.title = "Read Me"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 95
    put(ws, "A1", "Gwent Police / Heddlu Gwent", TITLE)
    put(ws, "A2", "Freedom of Information Act 2000 - Response", BOLD)
    rows = [
        ("Reference", "FOI 2024/0622"),
        ("Date received", datetime(2024, 5, 22)),
        ("Date of response", datetime(2024, 6, 19)),
        ("Subject", "Child rape and sexual assault offences; sexual communication with a child"),
    ]
    r = 4
    for k, v in rows:
        put(ws, f"A{r}", k, BOLD)
        c = put(ws, f"B{r}", v)
        if isinstance(v, datetime):
            c.number_format = "DD/MM/YYYY"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    put(ws, f"A{r}", "Request", BOLD)
    request = (
        "1. Please provide the number of offences recorded by Gwent Police in each of the financial "
        "years 2021/22, 2022/23 and 2023/24 under the following Home Office codes: 19D, 19E, 19G, 19H, "
        "20B and 17B.\n"
        "2. Please provide the number of offences of sexual communication with a child (71/17) recorded "
        "in each month of 2023/24.\n"
        "3. Please provide the age of each victim for the offences in question 1."
    )
    put(ws, f"B{r}", request, alignment=WRAP)
    ws.row_dimensions[r].height = 80
    r += 2
    put(ws, f"A{r}", "Response", BOLD)
    put(ws, f"B{r}",
        "Gwent Police holds the information requested. Questions 1 and 2 are answered on the "
        "worksheets 'Q1' and 'Q2' of this workbook. Question 3 is refused; the reasons are given below.",
        alignment=WRAP)
    ws.row_dimensions[r].height = 30
    r += 2
    put(ws, f"A{r}", "Question 3", BOLD)
    put(ws, f"B{r}",
        "Section 40(2) - Personal Information. The age of each victim, taken together with the "
        "offence type, the year and information already in the public domain, could lead to the "
        "identification of living individuals, some of whom are children. Disclosure would breach "
        "the first data protection principle, as it would be neither fair nor lawful. Section 40(2) "
        "is an absolute exemption and no public interest test is required. This part of your request "
        "is therefore refused under section 40(2) of the Act.",
        alignment=WRAP)
    ws.row_dimensions[r].height = 95
    r += 2
    put(ws, f"A{r}", "Notes", BOLD)
    notes = [
        "Data extracted from the force crime recording system (Niche RMS) on 03/06/2024.",
        "* Figures have been suppressed to prevent the identification of individuals.",
        "- denotes nil.",
        "Totals include suppressed figures.",
        "Figures for question 2 have been provided by quarter rather than by month, to reduce the risk "
        "of identification.",
        "Recorded crime figures are subject to change as crimes are reclassified or cancelled.",
    ]
    for n in notes:
        put(ws, f"B{r}", n, alignment=WRAP)
        r += 1
    r += 1
    put(ws, f"A{r}", "Your rights", BOLD)
    put(ws, f"B{r}",
        "If you are unhappy with this response you may request an internal review within 40 working "
        "days by writing to the Freedom of Information Team, Gwent Police Headquarters, Llantarnam "
        "Industrial Park, Cwmbran, NP44 3FW. If you remain dissatisfied you may complain to the "
        "Information Commissioner's Office - Wales, 2nd Floor, Churchill House, Churchill Way, "
        "Cardiff, CF10 2HH, telephone 0330 414 6421.",
        alignment=WRAP)
    ws.row_dimensions[r].height = 70


def q1(wb):
    ws = wb.create_sheet("Q1")
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Question 1 - Recorded offences by Home Office code, financial years 2021/22 to 2023/24", TITLE)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 52
    for col in "CDEF":
        ws.column_dimensions[col].width = 11
    header = ["HO Code", "Offence", "2021/22", "2022/23", "2023/24", "Total"]
    for i, h in enumerate(header):
        c = ws.cell(row=3, column=i + 1, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("019D", "Rape of a female child under 16", 52, "61", 58, 171),
        ("019E", "Rape of a female child under 13", 34, 29, 41, 104),
        ("019G", "Rape of a male child under 16", 6, "*", "-", 8),
        ("019H", "Rape of a male child under 13", "*", 7, 5, 15),
        ("020B", "Sexual assault on a female child under 13", 88, 97, 103, 288),
        ("017B", "Sexual assault on a male child under 13", 27, 31, 24, 82),
    ]
    r = 4
    for row in data:
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = NORMAL
            c.border = BOX
            if i >= 2:
                c.alignment = Alignment(horizontal="right")
        r += 1
    totals = ("", "Total", 210, 227, 231, 668)
    for i, v in enumerate(totals):
        c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
        c.font = BOLD
        c.fill = TOTAL_FILL
        c.border = BOX
        if i >= 2:
            c.alignment = Alignment(horizontal="right")
    r += 2
    put(ws, f"A{r}", "* Figures have been suppressed to prevent the identification of individuals.   - denotes nil.", SMALL)
    put(ws, f"A{r + 1}", "Totals include suppressed figures.", SMALL)


def q2(wb):
    ws = wb.create_sheet("Q2")
    put(ws, "A1", "Question 2 - Sexual communication with a child (071/17), 2023/24", TITLE)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 18
    for i, h in enumerate(["Quarter", "Offences recorded"]):
        c = ws.cell(row=3, column=i + 1, value=h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.border = BOX
    data = [
        ("Apr - Jun 2023", 31),
        ("Jul - Sep 2023", 27),
        ("Oct - Dec 2023", 35),
        ("Jan - Mar 2024", 29),
    ]
    r = 4
    for q, v in data:
        for i, x in enumerate((q, v)):
            c = ws.cell(row=r, column=i + 1, value=x)
            c.font = NORMAL
            c.border = BOX
        r += 1
    for i, x in enumerate(("Total 2023/24", 122)):
        c = ws.cell(row=r, column=i + 1, value=x)
        c.font = BOLD
        c.fill = TOTAL_FILL
        c.border = BOX
    put(ws, f"A{r + 2}", "Monthly figures have been combined into quarters to reduce the risk of identification.", SMALL)


def normalise_zip(raw: bytes) -> bytes:
    """Rewrite the package with fixed entry dates so that rebuilds are identical."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 19, 9, 30, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into <dcterms:modified>; pin it
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2024-06-19T09:30:00Z\g<2>",
                    data,
                )
            dst.writestr(new, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    readme(wb)
    q1(wb)
    q2(wb)
    wb.properties.creator = "Gwent Police FOI Team"
    wb.properties.lastModifiedBy = "Gwent Police FOI Team"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    OUT.write_bytes(normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    build()
