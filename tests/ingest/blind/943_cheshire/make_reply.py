"""Build reply.xlsx: Cheshire Constabulary FOI response workbook (FOI 20931).

Run with /work/main/.venv/bin/python make_reply.py . The zip entries and document
properties are given fixed timestamps so that a rebuild is byte-identical.
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
FIXED = datetime.datetime(2024, 8, 2, 9, 15, 0)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
WHITE_BOLD = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def cover(ws):
    ws.title = "Response"
    ws.column_dimensions["A"].width = 120
    lines = [
        ("Cheshire Constabulary", Font(bold=True, size=14)),
        ("Freedom of Information Unit, Clemonds Hey, Oakmere Road, Winsford, Cheshire, CW7 2UA", None),
        ("", None),
        ("Freedom of Information Request - Reference FOI 20931", BOLD),
        ("Date of request: 05/07/2024        Date of response: 02/08/2024", None),
        ("", None),
        ("Your request:", BOLD),
        ("1. For the financial years 2021/22, 2022/23 and 2023/24, the number of offences recorded under "
         "Home Office codes 19E (rape of a female child under 13), 20B (sexual assault on a female child "
         "under 13) and 22B (sexual activity involving a child under 16), and how many of each were "
         "flagged as online / cyber-enabled.", None),
        ("2. For the same years, the number of offences of sexual communication with a child (71/17), "
         "broken down by the age of the victim.", None),
        ("3. How many of the offences at question 2 were identified through proactive online operations "
         "in which officers or others acting on behalf of the police posed as children.", None),
        ("", None),
        ("Our response:", BOLD),
        ("Cheshire Constabulary has located information relevant to questions 1 and 2 and this is "
         "provided in the tabs 'Q1 Offences' and 'Q2 SCWC' of this workbook.", None),
        ("Please read the notes beneath each table. Figures are based on the date the crime was "
         "recorded and were extracted from the force records management system on 24/07/2024.", None),
        ("", None),
        ("Question 3", BOLD),
        ("Cheshire Constabulary can neither confirm nor deny that it holds any information relevant to "
         "question 3, by virtue of the following exemptions:", None),
        ("Section 23(5) - Information supplied by, or concerning, certain security bodies", None),
        ("Section 24(2) - National security", None),
        ("Section 31(3) - Law enforcement", None),
        ("Sections 23 and 24 are applied in the alternative, so that nothing can be inferred about "
         "whether either applies. Section 23 is an absolute exemption. Sections 24 and 31 are qualified "
         "and require a public interest test.", None),
        ("Harm: confirming or denying whether figures exist for covert online operations, year by year, "
         "would reveal where and how often such tactics are or are not used in Cheshire. Compared with "
         "the answers of other forces, this would show offenders which areas carry a higher or lower "
         "risk of encountering police online, and would undermine the prevention and detection of crime.", None),
        ("Public interest considerations favouring confirmation or denial: greater transparency about "
         "how the police protect children online and how public money is spent.", None),
        ("Public interest considerations favouring neither confirming nor denying: protecting law "
         "enforcement tactics and the safety of the children they protect; avoiding a 'mosaic' of "
         "answers across forces that offenders could exploit.", None),
        ("Balance test: the public interest in protecting these tactics outweighs the benefit of "
         "confirming or denying. This should not be taken as an indication that the information you "
         "requested is or is not held.", None),
        ("", None),
        ("Complaint rights", BOLD),
        ("If you are unhappy with this response you may ask for an internal review within 40 working days "
         "by writing to the Freedom of Information Unit at the address above, or by email to "
         "foi@cheshire.police.uk.", None),
        ("If you remain dissatisfied you may complain to the Information Commissioner's Office, "
         "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone 0303 123 1113.", None),
    ]
    for i, (text, font) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=text if text else None)
        c.alignment = WRAP
        if font is not None:
            c.font = font


def q1(wb):
    ws = wb.create_sheet("Q1 Offences")
    ws["A1"] = "FOI 20931 - Question 1: Selected sexual offences against children recorded, and number flagged online"
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 52
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13

    # two-level header, rows 3 and 4
    ws.cell(row=3, column=1, value="Home Office offence")
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    years = ["2021/22", "2022/23", "2023/24"]
    for k, fy in enumerate(years):
        col = 2 + 2 * k
        ws.cell(row=3, column=col, value=fy)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(row=4, column=col, value="Recorded")
        ws.cell(row=4, column=col + 1, value="Online flag")
    for r in (3, 4):
        for c in range(1, 8):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = CENTRE
            if r == 3:
                cell.fill = HEAD_FILL
                cell.font = WHITE_BOLD
            else:
                cell.fill = SUB_FILL
                cell.font = BOLD

    data = [
        ("019E - Rape of a female child under 13", [41, "N/H", 38, 6, 45, 9]),
        ("020B - Sexual assault on a female child under 13", [63, "N/H", 71, 8, 58, 5]),
        ("022B - Sexual activity involving a child under 16", [112, "N/H", 126, 34, 131, 41]),
        ("Total", [216, "N/H", 235, 48, 234, 55]),
    ]
    for i, (label, vals) in enumerate(data):
        r = 5 + i
        ws.cell(row=r, column=1, value=label)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=2 + j, value=v)
        for c in range(1, 8):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            if c > 1:
                cell.alignment = Alignment(horizontal="center")
            if label == "Total":
                cell.font = BOLD
                cell.fill = TOTAL_FILL

    notes = [
        "Notes:",
        "N/H - Not held. Cheshire Constabulary moved to a new records management system during 2021/22. "
        "Crimes migrated from the previous system did not carry the online flag, so the number of "
        "2021/22 crimes flagged as online cannot be retrieved; a part-year figure would be misleading "
        "and has not been given.",
        "Online flag - crimes where the recording officer has indicated that the offence was committed, "
        "in full or in part, through a computer, computer network or other computer-enabled device.",
        "A crime is counted once, under the offence code it was recorded as at the time of extraction.",
    ]
    for i, t in enumerate(notes):
        c = ws.cell(row=11 + i, column=1, value=t)
        c.font = Font(bold=(i == 0), italic=(i > 0), size=9)


def q2(wb):
    ws = wb.create_sheet("Q2 SCWC")
    ws["A1"] = "FOI 20931 - Question 2: Sexual communication with a child (071/17) by age of victim"
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 26
    for col in "BCD":
        ws.column_dimensions[col].width = 13
    header = ["Victim age", "2021/22", "2022/23", "2023/24"]
    rows = [
        ["Under 13", 27, 31, 29],
        ["13-15", 64, 70, 77],
        ["Age not recorded", "*", 7, "*"],
    ]
    for j, h in enumerate(header):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = CENTRE
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if j > 0:
                c.alignment = Alignment(horizontal="center")
    notes = [
        "Notes:",
        "* Figure suppressed. Small numbers have been removed where, taken with other information in the "
        "public domain, they could lead to the identification of a victim.",
        "Age is the age of the victim at the time of the offence, where recorded.",
    ]
    for i, t in enumerate(notes):
        c = ws.cell(row=8 + i, column=1, value=t)
        c.font = Font(bold=(i == 0), italic=(i > 0), size=9)


def normalise(raw: bytes) -> bytes:
    """Fix every zip timestamp and the core-properties dates."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
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
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    return buf.getvalue()


def build():
    wb = Workbook()
    cover(wb.active)
    q1(wb)
    q2(wb)
    wb.properties.creator = "Cheshire Constabulary FOI Unit"
    wb.properties.title = "FOI 20931 response"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    raw = io.BytesIO()
    wb.save(raw)
    OUT.write_bytes(normalise(raw.getvalue()))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
