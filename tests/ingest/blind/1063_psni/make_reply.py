"""Build reply.xlsx (PSNI FOI spreadsheet attachment) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
Invented test material: reference, figures and wording are made up.
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
REF = "F-2025-03117"
FIXED = datetime.datetime(2025, 8, 8, 9, 15, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
ITALIC = Font(name="Arial", size=9, italic=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def info_sheet(wb):
    ws = wb.active
    ws.title = "Information"
    ws.column_dimensions["A"].width = 110
    ws["A1"] = "Police Service of Northern Ireland"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request " + REF + " - Sexual offences against children"
    ws["A2"].font = BOLD
    ws["A3"] = "Attachment to the PSNI response letter dated 08/08/2025"
    ws["A3"].font = ITALIC
    ws["A5"] = "Request"
    ws["A5"].font = BOLD
    req = [
        "1. For each of the last three financial years, the number of sexual offences against "
        "children recorded by PSNI, broken down by offence.",
        "2. The same offences broken down by the gender of the victim.",
        "3. How many of the offences at question 1 were flagged as having an online element.",
        "4. For offences of sexual communication with a child, the social media platform or app "
        "used, for each year.",
    ]
    for i, t in enumerate(req):
        c = ws.cell(row=6 + i, column=1, value=t)
        c.font = NORMAL
        c.alignment = WRAP
    ws["A11"] = "Notes"
    ws["A11"].font = BOLD
    notes = [
        "1. Data has been extracted from the PSNI crime recording system (NICHE RMS) on "
        "28/07/2025. Figures are provisional management information and may differ from those "
        "published in PSNI Police Recorded Crime statistics.",
        "2. Offences are counted in line with the Home Office Counting Rules. The offences shown "
        "are offences against children under the Sexual Offences (Northern Ireland) Order 2008 "
        "(article numbers in brackets).",
        "3. * denotes a value between 1 and 4 which has been suppressed to reduce the risk of "
        "identifying victims (Section 40(2) FOIA). Totals have been calculated using the "
        "unsuppressed values.",
        "4. N/H = not held. The 'Online' crime qualifier was introduced on NICHE RMS from "
        "01/04/2023 and no comparable information is held for earlier years (Section 1(1)(a) FOIA).",
        "5. Platform/app information for 2022/23 and 2023/24 is held only in free text and could "
        "not be retrieved within the cost limit (Section 12(1) FOIA). It was extracted for "
        "2024/25 as part of a review of online offending and is provided in Table 4.",
    ]
    for i, t in enumerate(notes):
        c = ws.cell(row=12 + i, column=1, value=t)
        c.font = NORMAL
        c.alignment = WRAP
        ws.row_dimensions[12 + i].height = 27
    ws["A18"] = "Source: PSNI Statistics Branch"
    ws["A18"].font = ITALIC


def table1_2(wb):
    ws = wb.create_sheet("Tables 1-2")
    ws.column_dimensions["A"].width = 58
    for col in "BCD":
        ws.column_dimensions[col].width = 13
    ws.merge_cells("A1:D1")
    ws["A1"] = "Table 1: Sexual offences against children recorded by PSNI, 2022/23 to 2024/25"
    ws["A1"].font = TITLE

    # two-level header: "Financial Year" merged over the three year columns
    ws.merge_cells("A3:A4")
    ws["A3"] = "Offence"
    ws.merge_cells("B3:D3")
    ws["B3"] = "Financial Year"
    for ref, val in (("B4", "2022/23"), ("C4", "2023/24"), ("D4", "2024/25")):
        ws[ref] = val
    for row in ws["A3:D4"]:
        for c in row:
            c.fill = HEAD_FILL
            c.font = HEAD_FONT
            c.alignment = CENTRE
    rows = [
        ("Rape of a child under 13 (Art. 12)", 118, 131, 109),
        ("Sexual assault of a child under 13 (Arts. 13-14)", 243, 226, 251),
        ("Sexual activity with a child under 16 (Arts. 16-19)", 312, 297, 285),
        ("Sexual communication with a child (Art. 22A)", 186, 204, 221),
        ("Meeting a child following sexual grooming etc. (Art. 22)", 7, "*", 5),
    ]
    r = 5
    for label, *vals in rows:
        ws.cell(row=r, column=1, value=label).font = NORMAL
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=2 + j, value=v)
            c.font = NORMAL
            c.alignment = Alignment(horizontal="right")
        r += 1
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for j, v in enumerate((866, 861, 871)):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.font = BOLD
        c.fill = SUB_FILL
    ws.cell(row=r, column=1).fill = SUB_FILL
    boxed(ws, "A3:D10")

    ws.merge_cells("A13:D13")
    ws["A13"] = "Table 2: Offences in Table 1 by gender of victim"
    ws["A13"].font = TITLE
    ws.merge_cells("A15:A16")
    ws["A15"] = "Victim gender"
    ws.merge_cells("B15:D15")
    ws["B15"] = "Financial Year"
    for ref, val in (("B16", "2022/23"), ("C16", "2023/24"), ("D16", "2024/25")):
        ws[ref] = val
    for row in ws["A15:D16"]:
        for c in row:
            c.fill = HEAD_FILL
            c.font = HEAD_FONT
            c.alignment = CENTRE
    rows2 = [("Female", 663, 655, 688), ("Male", 195, 202, 180), ("Not recorded", 8, "*", "*")]
    r = 17
    for label, *vals in rows2:
        ws.cell(row=r, column=1, value=label).font = NORMAL
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=2 + j, value=v)
            c.font = NORMAL
            c.alignment = Alignment(horizontal="right")
        r += 1
    boxed(ws, "A15:D19")
    ws["A21"] = "* value between 1 and 4 suppressed - see Information sheet, note 3."
    ws["A21"].font = ITALIC


def table3_4(wb):
    ws = wb.create_sheet("Tables 3-4")
    ws.column_dimensions["A"].width = 50
    for col in "BCD":
        ws.column_dimensions[col].width = 13
    ws.merge_cells("A1:D1")
    ws["A1"] = "Table 3: Offences in Table 1 with the 'Online' crime qualifier"
    ws["A1"].font = TITLE
    for ref, val in (("A3", ""), ("B3", "2022/23"), ("C3", "2023/24"), ("D3", "2024/25")):
        ws[ref] = val
        ws[ref].fill = HEAD_FILL
        ws[ref].font = HEAD_FONT
        ws[ref].alignment = CENTRE
    ws["A4"] = "Online qualifier applied"
    ws["A4"].font = NORMAL
    for ref, val in (("B4", "N/H"), ("C4", 212), ("D4", 236)):
        ws[ref] = val
        ws[ref].font = NORMAL
        ws[ref].alignment = Alignment(horizontal="right")
    boxed(ws, "A3:D4")
    ws["A5"] = "N/H - not held, see Information sheet, note 4."
    ws["A5"].font = ITALIC

    ws.merge_cells("A8:B8")
    ws["A8"] = "Table 4: Sexual communication with a child (Art. 22A) - platform/app recorded, 2024/25"
    ws["A8"].font = TITLE
    for ref, val in (("A10", "Platform / app"), ("B10", "Offences")):
        ws[ref] = val
        ws[ref].fill = HEAD_FILL
        ws[ref].font = HEAD_FONT
        ws[ref].alignment = CENTRE
    rows = [("Snapchat", 74), ("Instagram", 31), ("WhatsApp", 22), ("TikTok", 11),
            ("Facebook / Messenger", 9), ("Other", 19), ("Not recorded", 55)]
    r = 11
    for label, v in rows:
        ws.cell(row=r, column=1, value=label).font = NORMAL
        ws.cell(row=r, column=2, value=v).font = NORMAL
        r += 1
    boxed(ws, "A10:B17")
    ws["A19"] = ("Where more than one platform was used the offence is counted against the first "
                 "platform recorded. 2022/23 and 2023/24 - see Information sheet, note 5.")
    ws["A19"].font = ITALIC


def build():
    wb = Workbook()
    info_sheet(wb)
    table1_2(wb)
    table3_4(wb)
    wb.properties.creator = "PSNI Statistics Branch"
    wb.properties.lastModifiedBy = "Corporate Information Branch"
    wb.properties.title = "FOI " + REF
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed timestamps so that the build is byte-for-byte repeatable
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                import re
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>2025-08-08T09:15:00Z\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 8, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


if __name__ == "__main__":
    build()
