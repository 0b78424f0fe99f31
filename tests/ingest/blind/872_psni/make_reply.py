"""Build reply.xlsx (PSNI FOI F-2024-02871). Run: /work/main/.venv/bin/python make_reply.py"""
import datetime as dt
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.xlsx")
FIXED = dt.datetime(2024, 11, 8, 10, 12, 0)

wb = Workbook()
wb.properties.creator = "Corporate Information Branch"
wb.properties.title = "F-2024-02871"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.properties.lastModifiedBy = "Corporate Information Branch"

bold = Font(bold=True)
head = Font(bold=True, size=12)
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- Response
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 110

rows = [
    ("Police Service of Northern Ireland", None, head),
    ("Freedom of Information Request", None, bold),
    None,
    ("Request Number:", "F-2024-02871", bold),
    ("Date of request:", "14 October 2024", bold),
    ("Date of response:", "8 November 2024", bold),
    None,
    ("Request", None, bold),
    (None, "You asked:"),
    (None, "1. The number of sexual offences recorded by PSNI where the victim was a child (aged under 18), broken down by offence type, for each of the financial years 2022/23 and 2023/24, and for 2024/25 to date."),
    (None, "2. Of the offences in question 1, how many were recorded with the online flag."),
    (None, "3. For the same periods, in how many of these offences each social media platform or app (for example Snapchat, Instagram, WhatsApp) was used."),
    (None, "4. For the same periods, how many of these investigations were supported by the security and intelligence agencies, for example GCHQ."),
    None,
    ("Answer", None, bold),
    (None, "PSNI has now completed its search for the information you requested. The decision has been taken to disclose the located information to you in part. Information has not been provided in respect of question 3 as PSNI does not hold it, and in respect of question 4 PSNI can neither confirm nor deny that it holds the information you have requested by virtue of sections 23(5) and 24(2) of FOIA. The reasons are set out below."),
    None,
    ("Questions 1 and 2", None, bold),
    (None, "Please see Table 1 in the worksheet attached to this response, together with the notes below the table."),
    None,
    ("Question 3", None, bold),
    (None, "Section 1(1)(a) of FOIA places a duty on a public authority to inform a requester whether it holds the information requested. The platform or application used in an offence is not a field on the Police Service's crime recording system (NICHE RMS). Officers are not required to record this detail and where it appears at all it is in free text that is neither consistent nor complete. PSNI is not required to create new information in order to answer a request. I can therefore advise that PSNI does not hold the information you have requested for question 3."),
    None,
    ("Question 4", None, bold),
    (None, "Section 17(1) of FOIA requires PSNI, when refusing to provide information by way of an exemption, to provide you with a notice which (a) states that fact, (b) specifies the exemption in question and (c) states why the exemption applies. In accordance with the Act, this letter represents a Refusal Notice for this part of your request."),
    (None, "PSNI can neither confirm nor deny that it holds the information you have requested in question 4 by virtue of the following exemptions:"),
    (None, "Section 23(5) - Information supplied by, or concerning, certain security bodies"),
    (None, "Section 24(2) - National security"),
    (None, "Section 23 is an absolute class-based exemption, which means that if the information falls within the class described there is no requirement to consider the harm in confirming or denying, nor to conduct a public interest test. Section 24 is a qualified, prejudice-based exemption: PSNI must evidence the harm in confirming or denying that information is held and consider the public interest."),
    (None, "Harm: to confirm or deny whether the security bodies have assisted in particular types of investigation would allow a picture to be built up, over a series of requests to forces across the United Kingdom, of where and how those bodies deploy their resources and capabilities. This would be of use to individuals who seek to evade detection."),
    (None, "Factors favouring confirmation or denial: confirming or denying would promote openness and accountability and would inform public debate about how children are protected from online abuse."),
    (None, "Factors favouring neither confirming nor denying: national security is of paramount importance, and any disclosure that would reveal the involvement or non-involvement of the security bodies in operational matters would undermine the protection of the public."),
    (None, "Balancing test: PSNI will not divulge information that would undermine national security or compromise law enforcement. While there is a public interest in the transparency of policing, that interest is outweighed by the need to safeguard national security. It is therefore our opinion that the balance lies in favour of neither confirming nor denying that the information is held for question 4. This should not be taken as an indication that the information you requested is or is not held."),
    None,
    (None, "If you have any queries regarding your request or the decision please do not hesitate to contact me on 028 9070 0164. When contacting the Corporate Information Branch, please quote the reference number listed at the beginning of this response."),
    (None, "If you are dissatisfied in any way with the handling of your request, you have the right to request a review. You should do this as soon as possible, or in any case within two months of the date of issue of this response. Write to the Corporate Information Manager, Corporate Information Branch, PSNI Headquarters, 65 Knock Road, Belfast, BT5 6LE, or by emailing foi@psni.police.uk."),
    (None, "If following an internal review you remain dissatisfied, you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, telephone 0303 123 1113, or visit www.ico.org.uk."),
    (None, "Disclosures under FOIA are considered to be disclosures to the world at large. Information released in response to this request may therefore be published on the PSNI Freedom of Information Disclosure Log."),
]
r = 1
for item in rows:
    if item is not None:
        a, b = item[0], item[1]
        font = item[2] if len(item) > 2 else None
        if a is not None:
            c = ws.cell(row=r, column=1, value=a)
            if font:
                c.font = font
        if b is not None:
            c = ws.cell(row=r, column=2, value=b)
            c.alignment = wrap
    r += 1

# ---------------------------------------------------------------- Table 1
t = wb.create_sheet("Table 1")
t.column_dimensions["A"].width = 40
for col in "BCDEFG":
    t.column_dimensions[col].width = 13
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DCE6F1")
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

t["A1"] = "Table 1: Sexual offences recorded by PSNI where the victim was aged under 18 at the time of the offence, by offence type"
t["A1"].font = bold
t["A2"] = "1 April 2022 to 30 September 2024"

t["A4"] = "Offence type"
t.merge_cells("A4:A5")
for col, label in (("B", "2022/23"), ("D", "2023/24"), ("F", "2024/25 (Apr - Sep)")):
    t[f"{col}4"] = label
    nxt = chr(ord(col) + 1)
    t.merge_cells(f"{col}4:{nxt}4")
for col in "BDF":
    t[f"{col}5"] = "All offences"
for col in "CEG":
    t[f"{col}5"] = "Online flag"

data = [
    ("Rape", 212, 9, 231, "<5", 118, "<5"),
    ("Sexual assault", 498, 14, 517, 11, 244, "<5"),
    ("Sexual activity with a child", 187, 41, 203, 37, 96, 19),
    ("Sexual grooming / communication with a child", 96, 78, 118, 97, 61, 53),
    ("Total", 993, 142, 1069, 148, 519, 78),
]
for i, row in enumerate(data):
    for j, v in enumerate(row):
        c = t.cell(row=6 + i, column=1 + j, value=v)
        if j:
            c.alignment = Alignment(horizontal="right")
        if row[0] == "Total":
            c.font = bold

for rr in range(4, 11):
    for cc in range(1, 8):
        cell = t.cell(row=rr, column=cc)
        cell.border = box
        if rr in (4, 5):
            cell.font = bold
            cell.fill = fill
            cell.alignment = centre

notes = [
    "Notes",
    "1. Figures are provisional and were extracted from NICHE RMS on 16 October 2024. They may differ from figures published in PSNI's Police Recorded Crime statistics.",
    "2. Victim age is the age at the time of the offence. Offences where the age of the victim was not recorded are excluded.",
    "3. 2024/25 covers the period 1 April 2024 to 30 September 2024 only.",
    "4. The online flag is applied where, on the balance of probability, the offence was committed in full or in part through a computer, computer network or other computer-enabled device.",
    "5. '<5' denotes a value of fewer than five. Values fewer than five have been suppressed to reduce the risk of identifying victims. Totals include the suppressed values.",
    "6. Sexual grooming / communication with a child includes offences under Articles 22 and 22A of the Sexual Offences (Northern Ireland) Order 2008.",
]
for i, line in enumerate(notes):
    c = t.cell(row=12 + i, column=1, value=line)
    if i == 0:
        c.font = bold

# ---------------------------------------------------------------- save, then fix zip timestamps
buf = io.BytesIO()
wb.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data_bytes = src.read(info.filename)
        # openpyxl stamps docProps/core.xml with the time of saving; pin it
        if info.filename == "docProps/core.xml":
            data_bytes = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                                rb"<dcterms:modified\1>2024-11-08T10:12:00Z</dcterms:modified>", data_bytes)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 8, 10, 12, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, data_bytes)
with open(OUT, "wb") as f:
    f.write(out.getvalue())
print("wrote", OUT)
