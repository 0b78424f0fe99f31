"""Build reply.xlsx: the MPS response to FOI 01/FOI/24/041187, with its two data tables.

Run: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible: document properties and zip entry times are fixed.
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = datetime.datetime(2024, 10, 1, 9, 30, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL = Font(name="Arial", size=9, italic=True)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")

LETTER = [
    ("Metropolitan Police Service", TITLE),
    ("Information Rights Unit", BOLD),
    ("PO Box 313, Sidcup, DA15 0HH", NORMAL),
    ("", None),
    ("Freedom of Information Request Reference No: 01/FOI/24/041187", BOLD),
    ("Date: 01/10/2024", NORMAL),
    ("", None),
    ("I write in connection with your request for information which was received by the Metropolitan "
     "Police Service (MPS) on 03/09/2024. I note you seek access to the following information:", NORMAL),
    ("", None),
    ("\"1. For each financial year from 2020/21 to 2023/24, and for 2024/25 so far, the number of offences "
     "of taking, making, distributing or publishing indecent photographs of children (Home Office code 86/2) "
     "recorded by the MPS.", NORMAL),
    ("2. For the same years, the number of suspects linked to those offences, broken down into under 18, "
     "18 and over and age unknown.", NORMAL),
    ("3. For the offences with a suspect under 18, the outcomes recorded.", NORMAL),
    ("4. For the same years, how many of the offences at question 1 involved images that were self-generated, "
     "i.e. taken by the child themselves?\"", NORMAL),
    ("", None),
    ("DECISION", BOLD),
    ("The MPS has located some of the information you have requested. I have decided to disclose the "
     "located information to you. Please see the tabs 'Table 1' and 'Table 2' of this workbook for the "
     "figures for questions 1, 2 and 3.", NORMAL),
    ("", None),
    ("REASONS FOR DECISION", BOLD),
    ("Question 4: The MPS crime recording systems do not contain a field or flag that records whether an "
     "indecent image was self-generated. Information about the images is held, where it is held at all, "
     "within the case papers and the digital forensic reports. The MPS does not hold the number you have "
     "asked for and cannot create it from the data it does hold. This letter therefore serves as notice "
     "under Section 1(1)(a) of the Freedom of Information Act 2000 (the Act) that the information for "
     "question 4 is not held.", NORMAL),
    ("", None),
    ("To be helpful, I can tell you that guidance issued by the National Police Chiefs' Council allows an "
     "outcome 21 to be recorded where a child has taken and shared an image of themselves and formal "
     "action is not in the public interest. Outcome 21 is not, however, limited to self-generated images "
     "and should not be used as a count of them.", NORMAL),
    ("", None),
    ("Please note the following about the data in this workbook:", NORMAL),
    ("- Figures for 2024/25 cover 01/04/2024 to 31/08/2024 only.", NORMAL),
    ("- Table 1 counts offences recorded and, separately, suspects linked to them. An offence can have more "
     "than one suspect and some have none, so the suspect totals do not match the offence counts.", NORMAL),
    ("- Suspect age is the age at the time of the offence where a date of birth is recorded.", NORMAL),
    ("- Table 2 counts offences, not suspects, and shows the latest outcome recorded on the date the data "
     "was extracted (04/09/2024).", NORMAL),
    ("- Values between 1 and 4 are shown as '1-4' to reduce the risk of identifying individuals.", NORMAL),
    ("", None),
    ("COMPLAINT RIGHTS", BOLD),
    ("If you are dissatisfied with this response you may request an independent internal review within 40 "
     "working days of the date of this letter. Write to the Information Rights Unit at the address above or "
     "use the online form on the MPS website. If you remain dissatisfied after the review you may complain "
     "to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF "
     "(0303 123 1113).", NORMAL),
    ("", None),
    ("Yours sincerely", NORMAL),
    ("Information Manager", NORMAL),
    ("Information Rights Unit", NORMAL),
]

# Table 1: financial year down, offences and suspects by age across (two-level header)
T1 = [
    ("2020-21", 1412, 164, 897, 58, 1119),
    ("2021-22", 1538, 201, 934, 71, 1206),
    ("2022-23", 1467, 188, 902, 49, 1139),
    ("2023-24", 1603, 226, 981, 63, 1270),
    ("2024-25*", 672, 97, 410, 22, 529),
]

# Table 2: outcomes of offences with at least one suspect under 18, whole period
T2 = [
    ("1 - Charged/Summonsed", 58),
    ("2 - Youth caution / youth conditional caution", "1-4"),
    ("8 - Community resolution", 37),
    ("16 - Evidential difficulties: victim does not support action", 112),
    ("21 - Further investigation not in the public interest", 342),
    ("22 - Diversionary, educational or intervention activity", 29),
    ("Other outcome types", 115),
    ("Under investigation (no outcome recorded)", 87),
]


def build_letter(ws):
    ws.title = "Response"
    ws.column_dimensions["A"].width = 120
    for i, (text, font) in enumerate(LETTER, start=1):
        c = ws.cell(row=i, column=1, value=text if text else None)
        if font is not None:
            c.font = font
        c.alignment = WRAP


def build_t1(ws):
    ws["A1"] = "Table 1: Offences of taking, making, distributing or publishing indecent photographs of " \
               "children (HO code 086/02) recorded by the MPS, and suspects linked, by age of suspect"
    ws["A1"].font = TITLE
    ws["A2"] = "FOI 01/FOI/24/041187"
    ws["A2"].font = SMALL
    # two-level header on rows 4 and 5
    ws["A4"] = "Financial year"
    ws["B4"] = "Offences recorded"
    ws["C4"] = "Suspects linked, by age at time of offence"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:F4")
    for col, lab in zip("CDEF", ("Under 18", "18 and over", "Age not recorded", "Total suspects")):
        ws[f"{col}5"] = lab
    for r in (4, 5):
        for col in "ABCDEF":
            c = ws[f"{col}{r}"]
            c.font = BOLD
            c.fill = HEAD_FILL
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(T1, start=6):
        for j, v in enumerate(row):
            c = ws.cell(row=i, column=j + 1, value=v)
            c.border = BOX
            c.font = NORMAL
            if j > 0:
                c.number_format = "#,##0"
                c.alignment = Alignment(horizontal="right")
    n = 6 + len(T1)
    ws.cell(row=n + 1, column=1, value="* 2024-25 is a part year: 01/04/2024 to 31/08/2024.").font = SMALL
    ws.cell(row=n + 2, column=1, value="Source: MPS crime recording system, data extracted 04/09/2024. "
                                       "Figures are provisional and subject to change.").font = SMALL
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 15
    ws.row_dimensions[5].height = 30


def build_t2(ws):
    ws["A1"] = "Table 2: Outcomes of HO code 086/02 offences with at least one suspect aged under 18, " \
               "recorded 01/04/2020 to 31/08/2024"
    ws["A1"].font = TITLE
    ws["A2"] = "FOI 01/FOI/24/041187"
    ws["A2"].font = SMALL
    ws["A4"] = "Outcome"
    ws["B4"] = "Offences"
    for col in "AB":
        ws[f"{col}4"].font = BOLD
        ws[f"{col}4"].fill = HEAD_FILL
        ws[f"{col}4"].border = BOX
    for i, (lab, v) in enumerate(T2, start=5):
        a = ws.cell(row=i, column=1, value=lab)
        b = ws.cell(row=i, column=2, value=v)
        a.border = b.border = BOX
        a.font = b.font = NORMAL
        b.alignment = Alignment(horizontal="right")
    n = 5 + len(T2)
    ws.cell(row=n + 1, column=1, value="Values between 1 and 4 are shown as '1-4'.").font = SMALL
    ws.cell(row=n + 2, column=1, value="Latest outcome as at 04/09/2024. Outcome numbers are the Home Office "
                                       "outcome types.").font = SMALL
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 12


def normalise_zip(raw: bytes) -> bytes:
    """Rewrite the package with fixed entry times so the file rebuilds exactly."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 1, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def fix_core(raw: bytes) -> bytes:
    """openpyxl stamps docProps/core.xml with the save time; pin it."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    import re
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", text)
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return buf.getvalue()


def main():
    wb = Workbook()
    build_letter(wb.active)
    build_t1(wb.create_sheet("Table 1"))
    build_t2(wb.create_sheet("Table 2"))
    wb.properties.creator = "MPS Information Rights Unit"
    wb.properties.lastModifiedBy = "MPS Information Rights Unit"
    wb.properties.title = "FOI 01/FOI/24/041187"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    tmp = io.BytesIO()
    wb.save(tmp)
    data = normalise_zip(fix_core(tmp.getvalue()))
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
