"""Build reply.xlsx: Suffolk Constabulary FOI response workbook (openpyxl).

Run with the project venv:  /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible (fixed document properties and zip timestamps).
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
FIXED = datetime.datetime(2024, 10, 11, 9, 30, 0)
REF = "FOI 002417/24"

wb = Workbook()
wb.properties.creator = "Information Management"
wb.properties.lastModifiedBy = "Information Management"
wb.properties.title = f"{REF} response"
wb.properties.created = FIXED
wb.properties.modified = FIXED

bold = Font(bold=True)
title_font = Font(bold=True, size=14)
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- Cover sheet
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 110

lines = [
    ("Suffolk Constabulary", title_font),
    ("Freedom of Information Act 2000 - Response", bold),
    (f"Reference: {REF}", None),
    ("Date of response: 11 October 2024", None),
    ("", None),
    ("Request (received 16 September 2024)", bold),
    (
        "1. Please provide the number of the following offences recorded by Suffolk "
        "Constabulary in each of the financial years 2021/22, 2022/23 and 2023/24: sexual "
        "assault on a male child under 13, rape of a female child under 13, rape of a male "
        "child under 13, sexual assault on a female child under 13 and sexual activity "
        "involving a child under 13.",
        wrap,
    ),
    (
        "2. For each of those offences and years, how many were flagged as online / "
        "cyber-enabled?",
        wrap,
    ),
    (
        "3. For each year, the number of victims of those offences by each single year of age.",
        wrap,
    ),
    ("", None),
    ("Response", bold),
    (
        "Suffolk Constabulary holds some of the information you have requested. Questions 1 "
        "and 2 are answered on the worksheet 'Q1 & Q2'. Question 3 is refused under section "
        "40(2) of the Act; the reasons are given below.",
        wrap,
    ),
    ("", None),
    ("Notes to the data", bold),
    ("'-' denotes nil.", None),
    (
        "N/H = not held. In April 2022 the constabulary moved to a new crime recording system. The "
        "online (cyber-enabled) flag held on the previous system was not migrated, so the "
        "flag is not held for crimes recorded in 2021/22.",
        wrap,
    ),
    (
        "Figures were extracted on 01/10/2024 and are provisional. Crimes are counted in the "
        "financial year in which they were recorded (1 April to 31 March).",
        wrap,
    ),
    ("", None),
    ("Question 3 - Section 40(2) Personal information", bold),
    (
        "Section 40(2) of the Act exempts information that is the personal data of someone "
        "other than the requester where disclosure would breach any of the data protection "
        "principles. Breaking these offences down by each single year of age would produce "
        "very small numbers. Taken together with other information in the public domain, such "
        "as local news reports or court listings, these could allow a child victim to be "
        "identified. Disclosure would not be fair or lawful under Article 5(1)(a) of the UK "
        "GDPR, so section 40(2) applies. This is an absolute exemption when the condition in "
        "section 40(3A)(a) is met, and no public interest test is required.",
        wrap,
    ),
    ("", None),
    ("Complaint rights", bold),
    (
        "If you are not satisfied with this response you may request an internal review "
        "within 40 working days of the date of this response. Please write to: Information "
        "Management Department, Suffolk Constabulary, Police Headquarters, Martlesham Heath, "
        "Ipswich, Suffolk, IP5 3QS, or email foi@suffolk.police.uk.",
        wrap,
    ),
    (
        "If you remain dissatisfied after the internal review you may apply to the "
        "Information Commissioner: Information Commissioner's Office, Wycliffe House, Water "
        "Lane, Wilmslow, Cheshire, SK9 5AF. Telephone 0303 123 1113. www.ico.org.uk",
        wrap,
    ),
]
for i, (text, style) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text if text else None)
    if isinstance(style, Font):
        c.font = style
    elif isinstance(style, Alignment):
        c.alignment = style
        ws.row_dimensions[i].height = 15 * (1 + len(text) // 105)

# ------------------------------------------------------------------ Data sheet
ds = wb.create_sheet("Q1 & Q2")
ds["A1"] = f"Suffolk Constabulary - {REF}"
ds["A1"].font = title_font
ds["A2"] = "Recorded sexual offences against children under 13, by Home Office offence code"
ds["A2"].font = bold

years = ["2021/22", "2022/23", "2023/24"]
ds["A4"] = "HO Code"
ds["B4"] = "Offence"
ds.merge_cells("A4:A5")
ds.merge_cells("B4:B5")
for k, y in enumerate(years):
    col = 3 + 2 * k
    ds.cell(row=4, column=col, value=y)
    ds.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
    ds.cell(row=5, column=col, value="Recorded")
    ds.cell(row=5, column=col + 1, value="Online flag")

rows = [
    ("017B", "Sexual assault on a male child under 13", [14, "N/H", 18, "-", 11, 1]),
    ("019E", "Rape of a female child under 13", [22, "N/H", 26, 3, 31, 4]),
    ("019H", "Rape of a male child under 13", [5, "N/H", 4, "-", 7, "-"]),
    ("020B", "Sexual assault on a female child under 13", [47, "N/H", 51, 2, 44, 3]),
    ("021", "Sexual activity involving a child under 13", [19, "N/H", 23, 6, 28, 9]),
    ("Total", "", [107, "N/H", 122, 11, 121, 17]),
]
for i, (code, desc, vals) in enumerate(rows, start=6):
    ds.cell(row=i, column=1, value=code)
    ds.cell(row=i, column=2, value=desc if desc else None)
    for j, v in enumerate(vals):
        c = ds.cell(row=i, column=3 + j, value=v)
        c.alignment = Alignment(horizontal="right")
    if code == "Total":
        for col in range(1, 9):
            ds.cell(row=i, column=col).font = bold

for r in range(4, 12):
    for col in range(1, 9):
        cell = ds.cell(row=r, column=col)
        cell.border = box
        if r in (4, 5):
            cell.font = bold
            cell.fill = head_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

ds["A13"] = "'-' denotes nil"
ds["A14"] = "N/H = not held - see notes on the Response sheet"
ds["A15"] = "Source: crime recording system, extracted 01/10/2024. Provisional."

ds.column_dimensions["A"].width = 10
ds.column_dimensions["B"].width = 44
for col in "CDEFGH":
    ds.column_dimensions[col].width = 11
ds.freeze_panes = "C6"

buf = io.BytesIO()
wb.save(buf)

# Re-pack with fixed timestamps (and pin the modified date openpyxl stamps on save)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(
                r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text
            )
            text = re.sub(
                r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", text
            )
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 11, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, data)
print(f"wrote {OUT}")
