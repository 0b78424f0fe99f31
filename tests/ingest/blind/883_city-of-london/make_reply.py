"""Build reply.xlsx: City of London Police FOI response spreadsheet (ref CoLP/FOI/24/0612).

Run with the project venv: python make_reply.py  (writes reply.xlsx beside this file).
The zip is rewritten with fixed timestamps and document dates so that the output is
byte-for-byte reproducible.
"""
import datetime
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.xlsx"
FIXED = datetime.datetime(2024, 5, 17, 9, 14, 0)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def readme(wb):
    ws = wb.active
    ws.title = "Read Me"
    ws.column_dimensions["A"].width = 110
    lines = [
        ("City of London Police", TITLE),
        ("Information Access Office, Guildhall Yard East, London EC2V 5AE", None),
        ("", None),
        ("Freedom of Information request reference: CoLP/FOI/24/0612", BOLD),
        ("Date request received: 22/04/2024", None),
        ("Date of response: 17/05/2024", None),
        ("", None),
        ("Request", BOLD),
        ("1. How many offences relating to indecent images of children were recorded by the City "
         "of London Police in each of the financial years 2021/22, 2022/23 and 2023/24? Please "
         "show taking/making/distributing separately from possession.", WRAP),
        ("2. How many suspects were identified for these offences in each year, split between "
         "suspects aged under 18 and suspects aged 18 and over?", WRAP),
        ("3. What were the outcomes of these offences in each year?", WRAP),
        ("", None),
        ("Response", BOLD),
        ("The City of London Police holds information relevant to your request. The figures are "
         "provided on the tabs 'Q1 Offences', 'Q2 Suspects' and 'Q3 Outcomes' of this workbook.",
         WRAP),
        ("", None),
        ("Notes", BOLD),
        ("1. Data was extracted from the force crime recording system on 02/05/2024 and is based on "
         "the date the crime was recorded. Figures may change as crimes are reclassified.", WRAP),
        ("2. Financial years run from 1 April to 31 March.", WRAP),
        ("3. '-' denotes nil.", WRAP),
        ("4. To avoid identifying young people, counts between 1 and 4 relating to suspects aged "
         "under 18 (including youth cautions) are shown as '1-4'.", WRAP),
        ("5. Outcomes are those recorded against each crime at the date of extraction. 'Under "
         "investigation' means that no outcome had yet been assigned.", WRAP),
        ("6. Possession offences are those under section 160 of the Criminal Justice Act 1988.",
         WRAP),
        ("", None),
        ("If you are dissatisfied with this response you may request an internal review within 40 "
         "working days. If you remain dissatisfied you may complain to the Information "
         "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
         "(0303 123 1113).", WRAP),
    ]
    for i, (text, style) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text if text else None)
        if isinstance(style, Font):
            c.font = style
        elif isinstance(style, Alignment):
            c.alignment = style


def q1(wb):
    ws = wb.create_sheet("Q1 Offences")
    ws["A1"] = "Table 1: Indecent images of children offences recorded, by financial year"
    ws["A1"].font = TITLE
    head = ["Offence", "2021/22", "2022/23", "2023/24", "Total"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font, c.fill, c.alignment = HEAD_FONT, HEAD_FILL, CENTRE
    rows = [
        ["086/02 Take, make, distribute or publish indecent photographs of children", 11, 8, 14, 33],
        ["Possession of indecent photographs of children", 6, 9, 7, 22],
        ["Total ", 17, 17, 21, 55],
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            if j > 1:
                c.alignment = Alignment(horizontal="center")
            if i == 6 or j == 5:
                c.font = BOLD
    boxed(ws, "A3:E6")
    ws["A8"] = "Source: City of London Police crime recording system, extracted 02/05/2024."
    ws["A8"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 72
    for col in "BCDE":
        ws.column_dimensions[col].width = 12


def q2(wb):
    ws = wb.create_sheet("Q2 Suspects")
    ws["A1"] = "Table 2: Suspects identified for indecent images of children offences, by age"
    ws["A1"].font = TITLE
    ws.merge_cells("A3:A4")  # empty corner over the row labels
    for k, yr in enumerate(["2021/22", "2022/23", "2023/24"]):
        col = 2 + 2 * k
        ws.cell(row=3, column=col, value=yr)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(row=4, column=col, value="Under 18")
        ws.cell(row=4, column=col + 1, value="18 and over")
    for row in ws["A3:G4"]:
        for c in row:
            c.font, c.alignment = BOLD, CENTRE
            c.fill = SUB_FILL
    ws["A5"] = "Suspects identified"
    # "12" was typed as text in the source sheet (shows Excel's green triangle)
    vals = ["1-4", "12", "1-4", 13, "-", 15]
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=5, column=j, value=v)
        c.alignment = Alignment(horizontal="center")
    boxed(ws, "A3:G5")
    ws["A7"] = "'-' denotes nil. 1-4: see note 4 on the Read Me tab."
    ws["A8"] = "A suspect linked to more than one crime in the same year is counted once in that year."
    for a in ("A7", "A8"):
        ws[a].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 24
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13


def q3(wb):
    ws = wb.create_sheet("Q3 Outcomes")
    ws["A1"] = "Table 3: Outcomes of indecent images of children offences, by financial year recorded"
    ws["A1"].font = TITLE
    head = ["Outcome", "2021/22", "2022/23", "2023/24"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font, c.fill, c.alignment = HEAD_FONT, HEAD_FILL, CENTRE
    rows = [
        ["Charged/summonsed (outcome 1)", 7, 7, 3],
        ["Caution - youth (outcome 2)", "-", "1-4", "-"],
        ["Caution - adult (outcome 3)", 3, 3, 2],
        ["Evidential difficulties: suspect identified, victim supports action (outcome 15)", 4, 3, 1],
        ["Another body/agency has investigation primacy (outcome 20)", 3, 1, 2],
        ["Under investigation", "-", 2, 13],
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            if j > 1:
                c.alignment = Alignment(horizontal="center")
    boxed(ws, "A3:D9")
    ws["A11"] = "'-' denotes nil. 1-4: see note 4 on the Read Me tab."
    ws["A12"] = ("Outcomes are shown against the financial year in which the crime was recorded, "
                 "as at 02/05/2024.")
    for a in ("A11", "A12"):
        ws[a].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 78
    for col in "BCD":
        ws.column_dimensions[col].width = 12


def normalise(raw: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps, sorted-as-written entries and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    wb.properties.creator = "Information Access Office"
    wb.properties.lastModifiedBy = "Information Access Office"
    wb.properties.title = "FOI CoLP/FOI/24/0612 response"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    readme(wb)
    q1(wb)
    q2(wb)
    q3(wb)
    tmp = io.BytesIO()
    wb.save(tmp)
    OUT.write_bytes(normalise(tmp.getvalue()))


if __name__ == "__main__":
    build()
    print(OUT)
