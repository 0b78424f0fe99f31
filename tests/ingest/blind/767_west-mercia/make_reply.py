"""Build reply.xlsx: West Mercia Police FOI workbook attachment (test-corpus reconstruction).

Run:  python make_reply.py   -> writes reply.xlsx beside this script.
Byte-for-byte reproducible: fixed document properties and zip entry timestamps.
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
STAMP = datetime(2024, 5, 9, 10, 41, 0)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
TOTAL_FILL = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def head(ws, ref, text):
    c = ws[ref]
    c.value = text
    c.font = HEAD_FONT
    c.fill = HEAD_FILL
    c.alignment = CENTRE
    c.border = BOX


def body(ws, row, col, value, total=False):
    c = ws.cell(row=row, column=col, value=value)
    c.border = BOX
    if col > 2 or isinstance(value, int):
        c.alignment = Alignment(horizontal="right")
    if total:
        c.font = BOLD
        c.fill = TOTAL_FILL
    return c


def cover(wb):
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    ws["A1"] = "West Mercia Police"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Freedom of Information Act 2000 \u2013 response to request"
    ws["A2"].font = Font(italic=True)
    rows = [
        ("Request reference", "FOI-1873-24"),
        ("Date received", datetime(2024, 4, 12)),
        ("Date of response", datetime(2024, 5, 9)),
        ("Data extracted", datetime(2024, 5, 2)),
        ("Prepared by", "Information Compliance Unit, Hindlip Hall, Worcester WR3 8SP"),
    ]
    r = 4
    for k, v in rows:
        ws.cell(row=r, column=1, value=k).font = BOLD
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = Alignment(horizontal="left")
        if isinstance(v, datetime):
            c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Request").font = TITLE
    r += 1
    request = [
        "Please provide the following for the financial years 2021/22 and 2022/23:",
        "Q1. The number of the following offences recorded, and how many of each were flagged "
        "as online: sexual assault on a male child under 13, rape of a female child under 13, "
        "sexual assault on a female child under 13, sexual activity involving a child under 16, "
        "and sexual communication with a child.",
        "Q2. For 2022/23 only, the apps or websites used in the online-flagged offences, with "
        "the number of offences for each.",
        "Q3. The age of the suspect in the online-flagged offences (under 18 / 18 and over).",
        "Q4. How many of the online-flagged offences came to West Mercia Police as a referral "
        "from the National Crime Agency / CEOP.",
    ]
    for line in request:
        c = ws.cell(row=r, column=2, value=line)
        c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Response").font = TITLE
    r += 1
    resp = [
        "West Mercia Police holds information relevant to questions 1 to 3, which is provided "
        "on the sheets 'Q1 Offences', 'Q2 Platforms' and 'Q3 Suspect age'.",
        "Q4. West Mercia Police does not record the source of a referral in a field that can "
        "be searched or reported on. This information is therefore not held, and section "
        "1(1)(a) of the Act applies to this question.",
    ]
    for line in resp:
        c = ws.cell(row=r, column=2, value=line)
        c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes").font = TITLE
    r += 1
    notes = [
        "1. Figures are for financial years, 1 April to 31 March, and count crimes recorded, "
        "not victims.",
        "2. To reduce the risk of identifying victims, values from 1 to 4 are shown as \"1-4\". "
        "Totals are calculated from the actual values before suppression.",
        "3. The online flag is applied by the recording officer where the offence was committed "
        "wholly or partly through the internet or another digital network. Its use depends on "
        "the officer and it may be under-recorded.",
        "4. Platforms (Q2) were identified by a keyword search of the crime summary and the "
        "modus operandi field. A crime can have more than one platform recorded.",
        "5. Figures are management information drawn from a live system and may differ from "
        "figures published by the Home Office or the Office for National Statistics.",
    ]
    for line in notes:
        c = ws.cell(row=r, column=2, value=line)
        c.alignment = WRAP
        r += 1


def q1(wb):
    ws = wb.create_sheet("Q1 Offences")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 52
    for col in "CDEF":
        ws.column_dimensions[col].width = 13
    ws["A1"] = ("Q1 \u2013 Sexual offences against children recorded, and the number flagged "
                "as online, by Home Office offence code")
    ws["A1"].font = TITLE
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:F3")
    head(ws, "A3", "HO code")
    head(ws, "B3", "Offence")
    head(ws, "C3", "2021/22")
    head(ws, "E3", "2022/23")
    for ref, t in (("C4", "All crimes"), ("D4", "Online flag"),
                   ("E4", "All crimes"), ("F4", "Online flag")):
        head(ws, ref, t)
    for ref in ("A4", "B4", "D3", "F3"):
        ws[ref].border = BOX
        ws[ref].fill = HEAD_FILL
    data = [
        ("017B", "Sexual assault on a male child under 13", 46, "1-4", 51, "1-4"),
        ("019E", "Rape of a female child under 13", 74, "1-4", 69, 0),
        ("020B", "Sexual assault on a female child under 13", 139, 6, 152, "1-4"),
        ("022B", "Sexual activity involving a child under 16", 203, 31, 214, 37),
        ("071/17", "Sexual communication with a child", 167, 152, 188, 171),
    ]
    r = 5
    for row in data:
        for ci, v in enumerate(row, start=1):
            body(ws, r, ci, v)
        r += 1
    for ci, v in enumerate(("Total", "", 629, 194, 674, 213), start=1):
        body(ws, r, ci, v, total=True)
    ws.freeze_panes = "C5"


def q2(wb):
    ws = wb.create_sheet("Q2 Platforms")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 18
    ws["A1"] = "Q2 \u2013 Platforms recorded on online-flagged crimes in Q1, 2022/23"
    ws["A1"].font = TITLE
    head(ws, "A3", "Platform")
    head(ws, "B3", "Number of crimes")
    data = [
        ("Snapchat", 71), ("Instagram", 39), ("WhatsApp", 27), ("Facebook / Messenger", 18),
        ("TikTok", 10), ("Discord", "1-4"), ("Other", 25), ("Not recorded", 44),
    ]
    r = 4
    for name, v in data:
        body(ws, r, 1, name)
        body(ws, r, 2, v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "A crime can have more than one platform recorded, so these figures do not add up to "
        "the number of online-flagged crimes in Q1.")).font = Font(italic=True)


def q3(wb):
    ws = wb.create_sheet("Q3 Suspect age")
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 12
    ws["A1"] = "Q3 \u2013 Online-flagged crimes in Q1 by age of suspect"
    ws["A1"].font = TITLE
    head(ws, "A3", "Suspect age")
    head(ws, "B3", "2021/22")
    head(ws, "C3", "2022/23")
    data = [
        ("Under 18", 55, 68),
        ("18 and over", 94, 99),
        ("Age not recorded (incl. no suspect identified)", 45, 46),
    ]
    r = 4
    for row in data:
        for ci, v in enumerate(row, start=1):
            body(ws, r, ci, v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Where more than one suspect is linked to a crime, the age of the first suspect "
        "recorded is used.")).font = Font(italic=True)


def build():
    wb = Workbook()
    cover(wb)
    q1(wb)
    q2(wb)
    q3(wb)
    p = wb.properties
    p.creator = "Information Compliance Unit"
    p.lastModifiedBy = "Information Compliance Unit"
    p.title = "FOI-1873-24"
    p.created = STAMP
    p.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def freeze_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-05-09T10:41:00Z\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 9, 10, 41, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_bytes(freeze_zip(build()))
    print(f"wrote {OUT}")
