"""Build reply.xlsx: North Yorkshire Police FOI response spreadsheet (0412.2024-25).

Run with: /work/main/.venv/bin/python make_reply.py
Document dates and zip entry times are fixed so that the file rebuilds byte for byte.
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
STAMP = datetime.datetime(2024, 6, 21, 9, 15, 0)

BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center")

wb = Workbook()
wb.properties.creator = "Civil Disclosure Unit"
wb.properties.lastModifiedBy = "Civil Disclosure Unit"
wb.properties.title = "FOI 0412.2024-25"
wb.properties.created = STAMP
wb.properties.modified = STAMP

# ---------------------------------------------------------------- Response
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 110
rows = [
    ("North Yorkshire Police \u2013 Freedom of Information Act 2000 Response", None, TITLE),
    (None, None, None),
    ("FOI Reference:", "0412.2024-25", None),
    ("Request received:", "23/05/2024", None),
    ("Date of response:", "21/06/2024", None),
    ("Prepared by:", "Civil Disclosure Unit, North Yorkshire Police, Alverton Court, Crosby Road, Northallerton, DL6 1BF", None),
    (None, None, None),
    ("REQUEST", None, BOLD),
    ("Q1", "Please provide the number of sexual offences against children (victims under 18) recorded by North "
           "Yorkshire Police in each of the financial years 2021/22, 2022/23 and 2023/24, broken down by Home Office "
           "offence code.", None),
    ("Q2", "For the same years, how many offences were flagged as child sexual exploitation (CSE)? Please break "
           "this down by the gender of the victim.", None),
    ("Q3", "For each year, please list the towns or villages in which the CSE flagged offences took place.", None),
    (None, None, None),
    ("RESPONSE", None, BOLD),
    ("Q1", "Please see tab 'Q1 Offences by HO code'. North Yorkshire Police has interpreted 'sexual offences against "
           "children' as the Home Office offence codes which by definition relate to a child victim. Offences "
           "recorded under other codes (for example 19C or 20A) where the victim happened to be under 18 are not "
           "included, as victim age is not reliably recorded for every offence and each record would have to be "
           "checked by hand.", None),
    ("Q2", "Please see tab 'Q2 CSE flag'. The CSE flag can be applied to any offence type and the figures are "
           "therefore not a subset of the Q1 figures.", None),
    ("Q3", "North Yorkshire Police holds this information. However, it is exempt from disclosure under section "
           "31(1)(a) and (b) of the Freedom of Information Act 2000 (Law Enforcement). This section serves as a "
           "refusal notice under section 17(1) of the Act.", None),
    (None, "Harm: many of the communities in North Yorkshire are small and rural. Listing the towns and villages "
           "where CSE flagged offences took place, alongside the small annual numbers involved, would allow victims "
           "and suspects to be identified by people in those communities, would reveal where police activity is "
           "concentrated and could undermine ongoing safeguarding operations and the willingness of victims to come "
           "forward.", None),
    (None, "Public interest considerations favouring disclosure: disclosure would inform the public about the "
           "prevalence of child sexual exploitation in their area and demonstrate openness about how the force "
           "responds to it.", None),
    (None, "Public interest considerations favouring non-disclosure: the prevention and detection of crime and the "
           "apprehension and prosecution of offenders would be harmed if offenders were able to map police "
           "activity, and victims could be identified.", None),
    (None, "Balance test: the protection of vulnerable children and the effectiveness of investigations outweigh "
           "the public interest in disclosure. The balance therefore lies in favour of maintaining the exemption.",
     None),
    (None, None, None),
    ("NOTES", None, BOLD),
    ("1", "Data has been extracted from the force records management system (Niche RMS) on 04/06/2024 and is "
          "correct as at that date. Crime recording is subject to change and figures may differ from those "
          "published elsewhere.", None),
    ("2", "Financial years run from 1 April to 31 March.", None),
    ("3", "In order to reduce the risk of identification, figures between 1 and 4 have been shown as '1-4'. "
          "Totals include the figures shown as 1-4.", None),
    ("4", "A dash (-) indicates that no offences were recorded (nil).", None),
    (None, None, None),
    ("COMPLAINT RIGHTS", None, BOLD),
    (None, "If you are dissatisfied with this response you may request an internal review within 40 working days "
           "by writing to the Civil Disclosure Unit at the address above or by emailing "
           "civil.disclosure@northyorkshire.police.uk. If you remain dissatisfied you may apply to the Information "
           "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone "
           "0303 123 1113).", None),
]
for r, (a, b, font) in enumerate(rows, start=1):
    if a is not None:
        ws.cell(r, 1, a).font = font or BOLD
        ws.cell(r, 1).alignment = WRAP
    if b is not None:
        c = ws.cell(r, 2, b)
        c.font = NORMAL
        c.alignment = WRAP

# ---------------------------------------------------------------- Q1
q1 = wb.create_sheet("Q1 Offences by HO code")
q1.column_dimensions["A"].width = 11
q1.column_dimensions["B"].width = 48
for col in "CDE":
    q1.column_dimensions[col].width = 12
q1["A1"] = "Q1 \u2013 Sexual offences against children recorded, by Home Office offence code"
q1["A1"].font = TITLE
q1.merge_cells("A3:A4")
q1.merge_cells("B3:B4")
q1.merge_cells("C3:E3")
q1["A3"] = "HO Code"
q1["B3"] = "Offence"
q1["C3"] = "Financial Year"
for col, fy in zip("CDE", ("2021/22", "2022/23", "2023/24")):
    q1[f"{col}4"] = fy
for ref in ("A3", "B3", "C3", "D3", "E3", "A4", "B4", "C4", "D4", "E4"):
    q1[ref].font = HEAD_FONT
    q1[ref].fill = HEAD_FILL
    q1[ref].alignment = CENTRE
    q1[ref].border = BOX
data = [
    ("017B", "Sexual assault on a male child under 13", 14, 11, 16),
    ("019D", "Rape of a female child under 16", 38, 45, 41),
    ("019E", "Rape of a female child under 13", 29, 33, 27),
    ("019G", "Rape of a male child under 16", "1-4", 6, "-"),
    ("019H", "Rape of a male child under 13", 7, "1-4", 9),
    ("020B", "Sexual assault on a female child under 13", 52, 61, 58),
    ("021", "Sexual activity involving a child under 13", 23, 19, 26),
    ("022B", "Sexual activity involving a child under 16", 64, 71, 68),
    ("071/17", "Sexual communication with a child", 96, 104, 118),
]
r = 5
for code, desc, *vals in data:
    q1.cell(r, 1, code)
    q1.cell(r, 2, desc)
    for i, v in enumerate(vals):
        q1.cell(r, 3 + i, v)
    r += 1
q1.cell(r, 1, "Total")
q1.cell(r, 3, 326)
q1.cell(r, 4, 352)
q1.cell(r, 5, 363)
for rr in range(5, r + 1):
    for cc in range(1, 6):
        cell = q1.cell(rr, cc)
        cell.border = BOX
        cell.font = BOLD if rr == r else NORMAL
        if cc >= 3:
            cell.alignment = Alignment(horizontal="right")
        elif cc == 1:
            cell.number_format = "@"
q1.cell(r + 2, 1, "Figures between 1 and 4 are shown as 1-4. Totals include these figures. - = nil.").font = Font(
    name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- Q2
q2 = wb.create_sheet("Q2 CSE flag")
q2.column_dimensions["A"].width = 30
for col in "BCDEFG":
    q2.column_dimensions[col].width = 11
q2["A1"] = "Q2 \u2013 Offences flagged as Child Sexual Exploitation (CSE), by gender of victim"
q2["A1"].font = TITLE
q2.merge_cells("A3:A4")
q2["A3"] = "Victim gender"
for start, fy in (("B", "2021/22"), ("D", "2022/23"), ("F", "2023/24")):
    end = chr(ord(start) + 1)
    q2.merge_cells(f"{start}3:{end}3")
    q2[f"{start}3"] = fy
    q2[f"{start}4"] = "Female"
    q2[f"{end}4"] = "Male"
for row in q2.iter_rows(min_row=3, max_row=4, min_col=1, max_col=7):
    for cell in row:
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = CENTRE
        cell.border = BOX
vals = ["CSE flagged offences", 41, "1-4", 37, 6, 44, "1-4"]
for i, v in enumerate(vals, start=1):
    c = q2.cell(5, i, v)
    c.border = BOX
    c.font = NORMAL
    if i > 1:
        c.alignment = Alignment(horizontal="right")
q2.cell(7, 1, "Figures between 1 and 4 are shown as 1-4.").font = Font(name="Arial", size=9, italic=True)
q2.cell(8, 1, "The CSE flag may be applied to any offence type, so these figures are not a subset of Q1.").font = Font(
    name="Arial", size=9, italic=True)

# ---------------------------------------------------------------- save deterministically
buf = io.BytesIO()
wb.save(buf)
fixed = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data_bytes = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data_bytes.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{fixed}\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{fixed}\g<2>", text)
            data_bytes = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        dst.writestr(zi, data_bytes)
