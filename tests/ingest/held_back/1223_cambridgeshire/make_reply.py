"""Builds reply.xlsx (Cambridgeshire Constabulary FOI attachment) deterministically.

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
FIXED = datetime.datetime(2024, 6, 12, 9, 30, 0)
STAMP = "2024-06-12T09:30:00Z"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PIVOT_HEAD = PatternFill("solid", fgColor="DDEBF7")
GREY = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="top")


def notes_sheet(wb):
    ws = wb.active
    ws.title = "Request and Notes"
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 14
    ws["A1"] = "Cambridgeshire Constabulary"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request No. 0641/2024"
    ws["A2"].font = BOLD
    ws["A3"] = "Data extracted from Athena: 20/05/2024"

    ws["A5"] = "Request"
    ws["A5"].font = BOLD
    ws.merge_cells("A6:H11")
    ws["A6"] = (
        "Please could you tell me, for each of the last three financial years (2021/22, "
        "2022/23 and 2023/24):\n"
        "1. How many offences were recorded under each of the following Home Office codes: "
        "19E Rape of a female child under 13; 20B Sexual assault on a female child under 13; "
        "22B Sexual activity involving a child under 16; 71/17 Sexual communication with a child.\n"
        "2. For the offences of sexual communication with a child, which platform or app was "
        "used (for example Snapchat, Instagram, WhatsApp, TikTok), with the number of offences "
        "for each."
    )
    ws["A6"].alignment = WRAP
    for r in range(6, 12):
        ws.row_dimensions[r].height = 18

    ws["A13"] = "Notes"
    ws["A13"].font = BOLD
    notes = [
        "1. Question 1 is answered on the sheet 'Q1 Offences' and question 2 on the sheet 'Q2 Platforms 71-17'.",
        "2. Figures are crimes recorded on Athena by financial year (1 April to 31 March) of the date the crime was recorded, "
        "and by the Home Office offence code held at the time of extraction.",
        "3. Home Office codes are shown as held on Athena, with leading zeros (e.g. 019E).",
        "4. The platform field on the Athena crime record became mandatory for offences of sexual communication with a child "
        "from 1 April 2022. Before that date the platform was not recorded in a structured way and this information is "
        "not held for 2021/22 (shown as N/H).",
        "5. One platform is recorded per crime. 'Other' covers platforms not on the Athena list (for example online gaming "
        "and chat sites); 'Not recorded' is where the field was left blank or the platform was not known.",
        "6. Crime data is subject to change as investigations progress; figures may differ from those published elsewhere.",
    ]
    r = 14
    for n in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=n)
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30 if len(n) > 110 else 16
        r += 1


def offences_sheet(wb):
    ws = wb.create_sheet("Q1 Offences")
    ws.column_dimensions["A"].width = 52
    for col in "BCDE":
        ws.column_dimensions[col].width = 13
    ws.merge_cells("A1:E1")
    ws["A1"] = "Crimes recorded by Home Office offence code and financial year recorded"
    ws["A1"].font = TITLE
    ws["A2"] = "Source: Athena, extracted 20/05/2024"
    ws["A2"].font = Font(italic=True, size=9)

    ws["A4"] = "Sum of Crime Count"
    ws["B4"] = "Column Labels"
    for c in ("A4", "B4"):
        ws[c].font = BOLD
        ws[c].fill = PIVOT_HEAD
    for col in "CDE":
        ws[col + "4"].fill = PIVOT_HEAD
    head = ["Row Labels", "2021/22", "2022/23", "2023/24", "Grand Total"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = BOLD
        c.fill = PIVOT_HEAD
        c.border = BOX
    rows = [
        ("019E - Rape of a female child under 13", 41, 46, 38),
        ("020B - Sexual assault on a female child under 13", 97, 112, 105),
        ("022B - Sexual activity involving a child under 16", 138, 151, 143),
        ("071/17 - Sexual communication with a child", 118, 131, 124),
    ]
    r = 6
    for label, a, b, c3 in rows:
        vals = [label, a, b, c3, a + b + c3]
        for j, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.border = BOX
        ws.cell(row=r, column=5).font = BOLD
        r += 1
    tots = [sum(x[i] for x in rows) for i in (1, 2, 3)]
    vals = ["Grand Total"] + tots + [sum(tots)]
    for j, v in enumerate(vals, start=1):
        cell = ws.cell(row=r, column=j, value=v)
        cell.font = BOLD
        cell.fill = PIVOT_HEAD
        cell.border = BOX


def platforms_sheet(wb):
    ws = wb.create_sheet("Q2 Platforms 71-17")
    ws.column_dimensions["A"].width = 26
    for col in "BCD":
        ws.column_dimensions[col].width = 14
    ws.merge_cells("A1:D1")
    ws["A1"] = "Sexual communication with a child (071/17) - platform recorded"
    ws["A1"].font = TITLE

    ws.merge_cells("A3:A4")
    ws["A3"] = "Platform / app"
    ws.merge_cells("B3:D3")
    ws["B3"] = "Financial year recorded"
    for col, y in zip("BCD", ["2021/22", "2022/23", "2023/24"]):
        ws[col + "4"] = y
    for rr in (3, 4):
        for col in "ABCD":
            c = ws[col + str(rr)]
            c.font = BOLD
            c.fill = GREY
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center")
    rows = [
        ("Snapchat", 52, 57),
        ("Instagram", 23, 18),
        ("WhatsApp", 14, 11),
        ("TikTok", 6, 9),
        ("Other", 19, 13),
        ("Not recorded", 17, 16),
    ]
    r = 5
    for label, b, c3 in rows:
        for j, v in enumerate([label, "N/H", b, c3], start=1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.border = BOX
            if j > 1:
                cell.alignment = Alignment(horizontal="center")
        r += 1
    ws.cell(row=r + 1, column=1, value="N/H - not held. See note 4 on the 'Request and Notes' sheet.").font = Font(italic=True, size=9)


def normalise(path):
    """Rewrite the zip with fixed timestamps so the file is byte-identical on every run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % STAMP, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % STAMP, txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 12, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build():
    wb = Workbook()
    wb.properties.creator = "Cambridgeshire Constabulary"
    wb.properties.lastModifiedBy = "Information Management"
    wb.properties.title = "FOI 0641/2024"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    notes_sheet(wb)
    offences_sheet(wb)
    platforms_sheet(wb)
    wb.save(OUT)
    normalise(OUT)


if __name__ == "__main__":
    build()
