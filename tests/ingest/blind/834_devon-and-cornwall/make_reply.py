"""Builds reply.xlsx: Devon & Cornwall Police FOI response 2417/24 (invented figures).

The workbook is re-zipped with fixed timestamps so that the file rebuilds byte for byte.
"""
import datetime
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2024, 9, 27, 11, 4, 0)

wb = Workbook()
wb.properties.creator = "Information Rights & Disclosure"
wb.properties.lastModifiedBy = "Information Rights & Disclosure"
wb.properties.title = "FOI 2417/24"
wb.properties.created = FIXED
wb.properties.modified = FIXED

bold = Font(bold=True)
title = Font(bold=True, size=12)
head_fill = PatternFill("solid", fgColor="1F3864")
head_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- Response sheet
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 120
lines = [
    ("Devon & Cornwall Police", title),
    ("Information Rights & Disclosure, Police Headquarters, Middlemoor, Exeter, EX2 7HQ", None),
    ("", None),
    ("Freedom of Information Request Reference No: 2417/24", bold),
    ("Date of response: 27 September 2024", None),
    ("", None),
    ("REQUEST", bold),
    ("Please provide the following for the financial year 2023/24 (1 April 2023 to 31 March 2024):", None),
    ("1. The number of crimes recorded with a child sexual exploitation (CSE) flag, broken down by the month in which they were recorded.", None),
    ("2. The number of victims of those crimes, broken down by age band and gender.", None),
    ("3. The outcomes of those crimes.", None),
    ("4. How many of those crimes were linked to an organised crime group.", None),
    ("", None),
    ("RESPONSE", bold),
    ("Devon & Cornwall Police can confirm that it holds information relevant to your request. The information for questions 1 to 3 is "
     "provided on the following tabs of this workbook:", None),
    ("     Question 1 - tab 'Q1 Monthly'", None),
    ("     Question 2 - tab 'Q2 Victims'", None),
    ("     Question 3 - tab 'Q3 Outcomes'", None),
    ("Please note: where a figure is less than 5 it has been replaced with '<5'. This is to protect the identity of victims and "
     "suspects. Totals are shown unrounded and include the replaced figures.", None),
    ("Crimes are counted by the date recorded. A victim may be linked to more than one crime, so the number of victims in "
     "question 2 does not match the number of crimes in question 1. Outcomes are shown as at 16/09/2024; crimes still under "
     "investigation at that date are shown as 'Outcome not yet assigned'.", None),
    ("", None),
    ("Question 4", bold),
    ("Devon & Cornwall Police holds information that could answer question 4, however it is exempt from disclosure under "
     "Section 31(1)(a)(b) - Law Enforcement. This letter serves as a Refusal Notice under Section 17(1) of the Freedom of "
     "Information Act 2000 for that question.", None),
    ("Section 31 is a prejudice-based, qualified exemption. We are therefore required to explain the harm that disclosure "
     "would cause and to carry out a public interest test.", None),
    ("Harm: Disclosing the number of CSE crimes that the force has linked to organised crime groups would reveal the extent "
     "of the force's intelligence on such groups in Devon and Cornwall. Taken with similar disclosures by other forces, it "
     "would allow offenders to judge where police knowledge is weaker and to change how they operate, placing children at "
     "greater risk.", None),
    ("Factors favouring disclosure: Disclosure would promote openness and accountability, and would inform public debate "
     "about the exploitation of children and how the police respond to it.", None),
    ("Factors favouring non-disclosure: Disclosure would undermine the prevention and detection of crime and the "
     "apprehension of offenders. The force's capacity to protect vulnerable children would be compromised.", None),
    ("Balance test: Although there is a public interest in transparency, the police service will not disclose information "
     "that would prejudice its ability to protect children. It is our opinion that, for these reasons, the balance falls in "
     "favour of non-disclosure.", None),
    ("", None),
    ("If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Requests "
     "should be made in writing within 40 working days of the date of this response to the address above, or by email.", None),
    ("If you remain dissatisfied after the internal review you may apply to the Information Commissioner at: Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: 0303 123 1113.", None),
    ("", None),
    ("Yours sincerely,", None),
    ("Disclosure Officer, Information Rights & Disclosure", None),
]
for i, (text, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=text)
    c.alignment = wrap
    if font:
        c.font = font


def header(ws, row, labels):
    for j, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=j, value=lab)
        c.font = head_font
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def body(ws, row, values, is_bold=False, fmt=None):
    for j, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=j, value=v)
        c.border = box
        if is_bold:
            c.font = bold
        if j > 1:
            c.alignment = Alignment(horizontal="right")
        if j == 1 and fmt:
            c.number_format = fmt
            c.alignment = Alignment(horizontal="left")


# ---------------------------------------------------------------- Q1 monthly
q1 = wb.create_sheet("Q1 Monthly")
q1.column_dimensions["A"].width = 16
q1.column_dimensions["B"].width = 18
q1["A1"] = "Q1 - Crimes recorded with a CSE flag, by month recorded"
q1["A1"].font = title
q1["A2"] = "Devon & Cornwall Police, 01/04/2023 - 31/03/2024"
header(q1, 4, ["Month", "Crimes recorded"])
monthly = [16, 19, 21, 15, 17, 20, 18, 22, 13, 19, 17, 17]
r = 5
for k, v in enumerate(monthly):
    y, m = (2023, 4 + k) if k < 9 else (2024, k - 8)
    body(q1, r, [datetime.datetime(y, m, 1), v], fmt="mmm-yy")
    r += 1
body(q1, r, ["Total", sum(monthly)], is_bold=True)
q1.cell(row=r + 2, column=1, value="Source: force crime recording system, CSE flag applied at any time. Extracted 16/09/2024.")

# ---------------------------------------------------------------- Q2 victims
q2 = wb.create_sheet("Q2 Victims")
q2.column_dimensions["A"].width = 30
for col in "BCD":
    q2.column_dimensions[col].width = 12
q2["A1"] = "Q2 - Victims of CSE flagged crimes by age and gender, 2023/24"
q2["A1"].font = title
header(q2, 3, ["Victim age at time of offence", "Female", "Male", "Total"])
victims = [
    ("0 - 12", 22, 6, 28),
    ("13 - 15", 89, 14, 103),
    ("16 - 17", 46, 9, 55),
    ("Age not recorded", 8, "<5", 12),
]
r = 4
for row in victims:
    body(q2, r, list(row))
    r += 1
body(q2, r, ["Total\u00a0", 165, 33, 198], is_bold=True)
q2.cell(row=r + 2, column=1, value="<5 = a figure less than 5")

# ---------------------------------------------------------------- Q3 outcomes
q3 = wb.create_sheet("Q3 Outcomes")
q3.column_dimensions["A"].width = 78
q3.column_dimensions["B"].width = 18
q3["A1"] = "Q3 - Outcomes of CSE flagged crimes recorded 2023/24 (outcome as at 16/09/2024)"
q3["A1"].font = title
header(q3, 3, ["Row Labels", "Count of Crime No"])
outcomes = [
    ("Outcome 1 - Charged/Summonsed", 23),
    ("Outcome 2 - Youth Caution", "<5"),
    ("Outcome 3 - Adult Caution", "<5"),
    ("Outcome 8 - Community Resolution", "<5"),
    ("Outcome 15 - Evidential difficulties: suspect identified, victim supports action", 41),
    ("Outcome 16 - Evidential difficulties: suspect identified, victim does not support action", 49),
    ("Outcome 20 - Other body/agency has investigation primacy", 9),
    ("Outcome 21 - Further investigation not in the public interest", 12),
    ("Outcome 22 - Diversionary, educational or intervention activity", "<5"),
    ("Outcome not yet assigned", 68),
]
r = 4
for row in outcomes:
    body(q3, r, list(row))
    r += 1
body(q3, r, ["Grand Total", 214], is_bold=True)

buf = io.BytesIO()
wb.save(buf)

# Re-zip with fixed member timestamps so the output is reproducible.
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(HERE / "reply.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            # openpyxl stamps the save time into dcterms:modified; pin it.
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-09-27T11:04:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 27, 11, 4, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = info.external_attr
        out.writestr(zi, data)
