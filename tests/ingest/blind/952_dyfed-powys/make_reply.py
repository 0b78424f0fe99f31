"""Build reply.xlsx: Dyfed-Powys Police FOI reply 1187/2023 as an Excel attachment.

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-for-byte
reproducible (fixed document properties and zip timestamps).
"""
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).with_name("reply.xlsx")
FIXED = dt.datetime(2023, 3, 14, 11, 42, 0)

bold = Font(bold=True)
title = Font(bold=True, size=13)
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="top")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- cover sheet
ws = wb.active
ws.title = "Ymateb - Response"
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 95

cover = [
    ("Heddlu Dyfed-Powys Police", None, title),
    ("Swyddfa Rhyddid Gwybodaeth / Freedom of Information Office", None, bold),
    ("Pencadlys yr Heddlu, Blwch Post 99, Llangynnwr, Caerfyrddin SA31 2PF / Police Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF", None, None),
    (None, None, None),
    ("Cyfeirnod / Reference:", "FOI 1187/2023", bold),
    ("Derbyniwyd / Received:", dt.date(2023, 2, 15), bold),
    ("Dyddiad / Date:", dt.date(2023, 3, 14), bold),
    (None, None, None),
    ("Cais / Request", None, bold),
    ("1.", "Please provide the number of sexual offences recorded where the victim was aged under 18, broken down by Home Office offence code, for the calendar years 2021 and 2022.", None),
    ("2.", "Of the offences in question 1, how many carried the Home Office online flag?", None),
    ("3.", "For the offences of sexual communication with a child recorded in 2021 and 2022, please provide the outcomes (e.g. charged, cautioned, community resolution, no further action, still under investigation).", None),
    ("4.", "For the same offences, please provide the ages of the suspects.", None),
    (None, None, None),
    ("Ymateb / Response", None, bold),
    ("1. and 2.", "Please see the tab 'Table 1'. The figures show crimes recorded on the force Records Management System (RMS) where the victim's age at the time of the offence was under 18. The online flag is applied by the crime recorder where the offence was committed, in full or in part, through a computer, computer network or other computer-enabled device.", None),
    ("3.", "Please see the tab 'Table 2'. Outcomes are those recorded as at the date of extraction (01/03/2023) and are shown for the year in which the crime was recorded. Only the outcome types listed are shown; the remaining crimes received other outcomes.", None),
    ("4.", "Dyfed-Powys Police is unable to provide the ages of the suspects. Given the small number of offences involved and the rural nature of the force area, disclosing suspect ages for each year would increase the likelihood that individuals could be identified. This information is therefore exempt under Section 40(2) of the Freedom of Information Act 2000 by virtue of Section 40(3A)(a), as disclosure would contravene the data protection principles. Section 40(2) is an absolute exemption and no public interest test is required.", None),
    (None, None, None),
    ("Nodiadau / Notes", None, bold),
    ("*", "Figures between 1 and 4 have been suppressed to reduce the risk of identification. Totals exclude suppressed figures and should therefore be treated as minimum values.", None),
    ("", "Data extracted from RMS on 01/03/2023. Crime figures are subject to change as investigations progress and records are reviewed.", None),
    (None, None, None),
    ("Hawl i Adolygiad / Right of review", None, bold),
    ("", "If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days by writing to the Freedom of Information Office at the address above or by e-mail to foi@dyfed-powys.police.uk. If you remain dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH. Tel: 0330 414 6421.", None),
    (None, None, None),
    ("", "Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg. / We welcome correspondence in Welsh and English.", None),
]
for r, (a, b, f) in enumerate(cover, start=1):
    if a is not None:
        c = ws.cell(row=r, column=1, value=a)
        c.alignment = wrap
        if f is not None:
            c.font = f
    if b is not None:
        c = ws.cell(row=r, column=2, value=b)
        c.alignment = wrap
        if isinstance(b, dt.date):
            c.number_format = "DD/MM/YYYY"
            c.alignment = Alignment(horizontal="left")

# ---------------------------------------------------------------- table 1
t1 = wb.create_sheet("Table 1")
t1.column_dimensions["A"].width = 10
t1.column_dimensions["B"].width = 46
for col in "CDEF":
    t1.column_dimensions[col].width = 13
t1["A1"] = ("Table 1: Recorded sexual offences where the victim was aged under 18, "
            "by Home Office offence code, calendar years 2021 and 2022")
t1["A1"].font = bold
t1.merge_cells("A3:A4")
t1.merge_cells("B3:B4")
t1.merge_cells("C3:D3")
t1.merge_cells("E3:F3")
t1["A3"] = "HO Code"
t1["B3"] = "Offence"
t1["C3"] = "2021"
t1["E3"] = "2022"
t1["C4"] = "Recorded"
t1["D4"] = "Online flag"
t1["E4"] = "Recorded"
t1["F4"] = "Online flag"
rows1 = [
    ("019E", "Rape of a female child under 13", 21, "*", 17, "*"),
    ("020A", "Sexual assault on a female aged 13 and over", 88, 7, 94, 9),
    ("020B", "Sexual assault on a female child under 13", 46, "*", 52, 5),
    ("022B", "Sexual activity involving a child under 16", 63, 14, 71, 19),
    ("071/17", "Sexual communication with a child", 29, 24, 36, 31),
    ("Total", "", 247, 45, 270, 64),
]
for i, row in enumerate(rows1, start=5):
    for j, v in enumerate(row, start=1):
        c = t1.cell(row=i, column=j, value=v)
        c.border = box
        if j >= 3:
            c.alignment = Alignment(horizontal="right")
        if row[0] == "Total":
            c.font = bold
for r in (3, 4):
    for col in range(1, 7):
        c = t1.cell(row=r, column=col)
        c.font = bold
        c.fill = head_fill
        c.border = box
        c.alignment = centre
t1["A12"] = "* Figures between 1 and 4 have been suppressed. Totals exclude suppressed figures."
t1["A13"] = "Source: Dyfed-Powys Police RMS, extracted 01/03/2023."

# ---------------------------------------------------------------- table 2
t2 = wb.create_sheet("Table 2")
t2.column_dimensions["A"].width = 58
t2.column_dimensions["B"].width = 10
t2.column_dimensions["C"].width = 10
t2["A1"] = ("Table 2: Outcomes of sexual communication with a child offences (071/17), "
            "by year recorded")
t2["A1"].font = bold
hdr = ["Outcome", "2021", "2022"]
rows2 = [
    ("Charge/Summons", 6, 8),
    ("Caution - Youth", "*", 0),
    ("Community Resolution", "*", "*"),
    ("OC16 - Evidential difficulties: victim does not support action", 9, 11),
    ("Investigation ongoing - no outcome yet", 0, 7),
]
for j, v in enumerate(hdr, start=1):
    c = t2.cell(row=3, column=j, value=v)
    c.font = bold
    c.fill = head_fill
    c.border = box
    c.alignment = centre
for i, row in enumerate(rows2, start=4):
    for j, v in enumerate(row, start=1):
        c = t2.cell(row=i, column=j, value=v)
        c.border = box
        if j >= 2:
            c.alignment = Alignment(horizontal="right")
t2["A10"] = "* Figures between 1 and 4 have been suppressed."
t2["A11"] = "Only the outcome types listed are shown; columns will not sum to the recorded totals in Table 1."

# ---------------------------------------------------------------- save, reproducibly
wb.properties.creator = "FOI Office"
wb.properties.lastModifiedBy = "FOI Office"
wb.properties.title = "FOI 1187-2023 Response"
wb.properties.created = FIXED
wb.properties.modified = FIXED

buf = io.BytesIO()
wb.save(buf)
buf.seek(0)
stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
out = io.BytesIO()
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", text)
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
OUT.write_bytes(out.getvalue())
print("wrote", OUT)
