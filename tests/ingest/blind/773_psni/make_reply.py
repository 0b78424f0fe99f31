"""Build reply.xlsx: PSNI FOI response F-2024-01562 (letter and tables in one workbook).

Run with: /work/main/.venv/bin/python make_reply.py
The workbook is re-zipped with fixed timestamps and document properties so that the
output is byte-for-byte reproducible.
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
STAMP = datetime.datetime(2024, 6, 4, 11, 3, 27)

REF = "F-2024-01562"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
WHITE_BOLD = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Arial", size=10, bold=True)
NORMAL = Font(name="Arial", size=10)
TITLE = Font(name="Arial", size=12, bold=True)
SMALL_I = Font(name="Arial", size=9, italic=True)

wb = Workbook()

# ------------------------------------------------------------------ Response sheet
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 120
ws.sheet_view.showGridLines = False

letter = [
    ("POLICE SERVICE OF NORTHERN IRELAND", TITLE),
    ("Corporate Information Branch, PSNI Headquarters, 65 Knock Road, Belfast, BT5 6LE", NORMAL),
    ("", NORMAL),
    (f"Freedom of Information Request Reference Number: {REF}", BOLD),
    ("Date: 04 June 2024", NORMAL),
    ("", NORMAL),
    ("Request", BOLD),
    ("You asked:", NORMAL),
    ("1. The number of sexual offences recorded by PSNI where the victim was under 18 at the "
     "time of the offence, for each of the last three financial years, broken down by the "
     "gender of the victim and age group (0-11, 12-15 and 16-17).", NORMAL),
    ("2. How many of the offences in question 1 were recorded with an online flag.", NORMAL),
    ("3. How many of the offences in question 1 were flagged as child sexual exploitation "
     "(CSE), broken down by the gender of the victim.", NORMAL),
    ("4. In how many of these investigations did PSNI receive intelligence or assistance from "
     "MI5, GCHQ or any other security body?", NORMAL),
    ("", NORMAL),
    ("Answer", BOLD),
    ("The Police Service of Northern Ireland (PSNI) has now completed its search for the "
     "information you requested. In respect of questions 1 to 3 the information is provided "
     "in the tables on the sheets 'Table 1' and 'Table 2' of this workbook. Please read the "
     "'Notes' sheet alongside the tables.", NORMAL),
    ("In respect of question 4, in accordance with the Act, this letter represents a Refusal "
     "Notice for this part of your request. The Police Service of Northern Ireland can neither "
     "confirm nor deny that it holds the information you have requested by virtue of the "
     "following exemptions:", NORMAL),
    ("Section 23(5) - Information supplied by, or concerning, certain Security Bodies", NORMAL),
    ("Section 24(2) - National Security", NORMAL),
    ("Section 23 is an absolute, class-based exemption: if information, were it held, would "
     "relate to or have been supplied by any of the bodies listed at Section 23(3), the duty "
     "to confirm or deny does not arise and there is no requirement to consider the public "
     "interest. Section 24 is a qualified exemption and PSNI is required to consider the "
     "harm in confirming or denying and to conduct a public interest test.", NORMAL),
    ("Harm in confirming or denying: to confirm or deny whether the Security Bodies were "
     "involved in any investigation would reveal, over time and when set alongside other "
     "replies, where those bodies do and do not take an interest. This would be of use to "
     "those seeking to evade detection and would undermine national security.", NORMAL),
    ("Factors favouring confirmation or denial: confirming or denying would promote "
     "openness and transparency and would inform public debate about how serious offences "
     "against children are investigated.", NORMAL),
    ("Factors favouring neither confirming nor denying: the safeguarding of national "
     "security is of paramount importance, and PSNI will not divulge whether or not "
     "information is held if to do so would place the public at risk.", NORMAL),
    ("Balance test: having weighed these factors, PSNI considers that the public interest "
     "favours neither confirming nor denying whether the information is held. This should "
     "not be taken as an indication that the information you requested is or is not held.",
     NORMAL),
    ("", NORMAL),
    ("If you have any queries regarding your request or the decision please do not hesitate "
     "to contact me on 028 9070 0164. When contacting the Corporate Information Branch, "
     "please quote the reference number listed at the beginning of this letter.", NORMAL),
    ("If you are dissatisfied in any way with the handling of your request, you have the "
     "right to request a review. You should do this as soon as possible or in any case within "
     "two months of the date of issue of this letter. In the event that you require a review "
     "to be undertaken, you can do so by writing to the Head of Corporate Information Branch, "
     "PSNI Headquarters, 65 Knock Road, Belfast, BT5 6LE or by emailing foi@psni.police.uk.",
     NORMAL),
    ("If following an internal review you remain unhappy with the outcome, you may make an "
     "application to the Information Commissioner's Office (ICO), Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire, SK9 5AF or use the ICO website www.ico.org.uk.", NORMAL),
    ("", NORMAL),
    ("Disclosure Log: replies to requests will be published on the PSNI website with any "
     "personal details removed.", SMALL_I),
]
for i, (text, font) in enumerate(letter, start=1):
    c = ws.cell(row=i, column=1, value=text if text else None)
    c.font = font
    c.alignment = Alignment(wrap_text=True, vertical="top")

# ------------------------------------------------------------------ Table 1
t1 = wb.create_sheet("Table 1")
t1.sheet_view.showGridLines = False
t1["A1"] = ("Table 1: Sexual offences recorded by PSNI where the victim was aged under 18, "
            "by victim gender and age group, 2021/22 to 2023/24")
t1["A1"].font = TITLE
t1["A2"] = f"FOI {REF}"
t1["A2"].font = SMALL_I

t1["A4"] = "Financial Year"
t1.merge_cells("A4:A5")
t1["B4"] = "Female"
t1.merge_cells("B4:D4")
t1["E4"] = "Male"
t1.merge_cells("E4:G4")
t1["H4"] = "Total"
t1.merge_cells("H4:H5")
for col, label in zip("BCDEFG", ["0-11", "12-15", "16-17", "0-11", "12-15", "16-17"]):
    t1[f"{col}5"] = label

data1 = [
    ("2021/22", [312, 698, 241, 147, 121, 38]),
    ("2022/23", [334, 731, 259, 158, 133, 41]),
    ("2023/24", [351, 764, 270, 162, 129, 45]),
]
for r, (fy, vals) in enumerate(data1, start=6):
    t1.cell(row=r, column=1, value=fy)
    for j, v in enumerate(vals, start=2):
        t1.cell(row=r, column=j, value=v)
    t1.cell(row=r, column=8, value=sum(vals))

for row in t1.iter_rows(min_row=4, max_row=8, min_col=1, max_col=8):
    for c in row:
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
        if c.row == 4:
            c.fill = HEAD_FILL
            c.font = WHITE_BOLD
        elif c.row == 5:
            c.fill = SUB_FILL
            c.font = BOLD
        elif c.column in (1, 8):
            c.font = BOLD
        else:
            c.font = NORMAL
t1["A10"] = "See 'Notes' sheet."
t1["A10"].font = SMALL_I
t1.column_dimensions["A"].width = 16
for col in "BCDEFGH":
    t1.column_dimensions[col].width = 10

# ------------------------------------------------------------------ Table 2
t2 = wb.create_sheet("Table 2")
t2.sheet_view.showGridLines = False
t2["A1"] = ("Table 2: Sexual offences recorded where the victim was aged under 18 - online "
            "flag and child sexual exploitation (CSE) flag, 2021/22 to 2023/24")
t2["A1"].font = TITLE
t2["A2"] = f"FOI {REF}"
t2["A2"].font = SMALL_I

hdr = ["", "2021/22", "2022/23", "2023/24"]
rows2 = [
    ("Online flag", [412, 447, 483]),
    ("CSE flag - Female victim", [96, 88, 101]),
    ("CSE flag - Male victim", ["-", "*", "*"]),
]
for j, h in enumerate(hdr, start=1):
    t2.cell(row=4, column=j, value=h if h else None)
for r, (label, vals) in enumerate(rows2, start=5):
    t2.cell(row=r, column=1, value=label)
    for j, v in enumerate(vals, start=2):
        t2.cell(row=r, column=j, value=v)
for row in t2.iter_rows(min_row=4, max_row=7, min_col=1, max_col=4):
    for c in row:
        c.border = BOX
        c.alignment = Alignment(horizontal="left" if c.column == 1 else "center",
                                vertical="center")
        if c.row == 4:
            c.fill = HEAD_FILL
            c.font = WHITE_BOLD
        elif c.column == 1:
            c.font = BOLD
        else:
            c.font = NORMAL
t2["A9"] = "'-' denotes nil.  '*' see Notes."
t2["A9"].font = SMALL_I
t2.column_dimensions["A"].width = 30
for col in "BCD":
    t2.column_dimensions[col].width = 11

# ------------------------------------------------------------------ Notes
nt = wb.create_sheet("Notes")
nt.column_dimensions["A"].width = 6
nt.column_dimensions["B"].width = 110
nt["A1"] = "Notes"
nt["A1"].font = TITLE
notes = [
    "Data have been extracted from the PSNI crime recording system on 20/05/2024. All "
    "figures are provisional and may be subject to change.",
    "Financial years run from 1st April to 31st March.",
    "Figures relate to the number of offences recorded where the victim was aged under 18 "
    "at the time of the offence. Offences where the age of the victim was not recorded "
    "are excluded.",
    "Age group is the age of the victim at the time the offence was committed, which may "
    "be some time before the offence was reported to police.",
    "The online flag is applied where an offence was committed, in full or in part, "
    "through a computer, computer network or other computer-enabled device. The CSE flag "
    "is applied where the officer believes the offence involved child sexual exploitation. "
    "The application of flags relies on the recording officer and figures may undercount.",
    "'-' denotes nil.",
    "* Figures have been suppressed in order to prevent the identification of individuals.",
    "Police recorded crime statistics for Northern Ireland are published by PSNI Statistics "
    "Branch and may differ from these figures owing to the date of extraction.",
]
for i, text in enumerate(notes, start=3):
    nt.cell(row=i, column=1, value=i - 2).font = NORMAL
    c = nt.cell(row=i, column=2, value=text)
    c.font = NORMAL
    c.alignment = Alignment(wrap_text=True, vertical="top")
    nt.cell(row=i, column=1).alignment = Alignment(horizontal="left", vertical="top")

wb.properties.creator = "Corporate Information Branch"
wb.properties.lastModifiedBy = "Corporate Information Branch"
wb.properties.title = f"FOI {REF}"
wb.properties.created = STAMP
wb.properties.modified = STAMP

# ------------------------------------------------------------------ deterministic save
buf = io.BytesIO()
wb.save(buf)
stamp_iso = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp_iso + r"\2", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp_iso + r"\2", text)
            data = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, data)
print("wrote", OUT)
