"""Build reply.xlsx for 1103_city-of-london (invented FOI reply, City of London Police).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic
(fixed document properties and fixed zip entry timestamps).
"""
import io
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
FIXED = datetime(2024, 6, 4, 9, 15, 0)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PIVOT_FILL = PatternFill("solid", fgColor="DDEBF7")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def cover(ws):
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 110
    ws.merge_cells("A1:B1")
    ws["A1"] = "City of London Police"
    ws["A1"].font = TITLE
    ws.merge_cells("A2:B2")
    ws["A2"] = "Information Access Office - Freedom of Information Act 2000 disclosure"
    ws["A2"].font = BOLD
    ws["A4"] = "Reference:"
    ws["B4"] = "CoLP FOI 24/0391"
    ws["A5"] = "Date received:"
    ws["B5"] = datetime(2024, 5, 7)
    ws["B5"].number_format = "dd/mm/yyyy"
    ws["A6"] = "Date of response:"
    ws["B6"] = datetime(2024, 6, 4)
    ws["B6"].number_format = "dd/mm/yyyy"
    for c in ("A4", "A5", "A6"):
        ws[c].font = BOLD
    for c in ("B5", "B6"):
        ws[c].alignment = Alignment(horizontal="left")

    ws["A8"] = "Request"
    ws["A8"].font = BOLD
    req = [
        "1. For each of the financial years 2021/22, 2022/23 and 2023/24, please provide the number of "
        "offences against children recorded under the following Home Office codes: 19D, 22B, 71/17, 86/2 and 88A.",
        "2. How many of these offences were flagged as online (cyber) crimes?",
        "3. What was the age of the suspect in each case?",
        "4. What were the outcomes of the sexual communication with a child (71/17) offences?",
    ]
    r = 9
    for q in req:
        ws.cell(row=r, column=2, value=q).alignment = WRAP
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Response").font = BOLD
    r += 1
    resp = [
        ("Questions 1 and 2", "Please see sheet 'Q1-2 Offences'."),
        ("Question 3",
         "City of London Police holds this information. The force records very small numbers of these "
         "offences, and the age of a suspect, taken together with the type and year of the offence and "
         "information already in the public domain, could lead to the identification of the individual "
         "concerned. This is personal data, and its disclosure would breach the first data protection "
         "principle (lawful, fair and transparent processing). The information is therefore exempt under "
         "section 40(2) of the Freedom of Information Act 2000. Section 40(2) is an absolute exemption "
         "and there is no requirement to consider the public interest."),
        ("Question 4", "Please see sheet 'Q4 Outcomes'."),
    ]
    for label, text in resp:
        ws.cell(row=r, column=1, value=label).font = BOLD
        ws.cell(row=r, column=1).alignment = Alignment(vertical="top")
        c = ws.cell(row=r, column=2, value=text)
        c.alignment = WRAP
        if len(text) > 120:
            ws.row_dimensions[r].height = 75
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Notes").font = BOLD
    r += 1
    notes = [
        "1. Data extracted from the force crime recording system on 22/05/2024. Financial years run from 1 April to 31 March.",
        "2. Figures are counts of crimes (offences), not of victims or suspects.",
        "3. The online flag is applied where the offence was committed, in full or in part, through a "
        "computer, computer network or other computer-enabled device.",
        "4. Outcome figures between 1 and 4 are shown as [c] (confidential) because they relate to small "
        "numbers of identifiable individuals. Offence counts have not been suppressed.",
        "5. Crime data is live and subject to change; figures may differ from those published elsewhere.",
    ]
    for n in notes:
        c = ws.cell(row=r, column=2, value=n)
        c.alignment = WRAP
        r += 1

    r += 1
    ws.cell(row=r, column=2,
            value="If you are unhappy with this response you may request an internal review within 40 working "
                  "days. Write to the Information Access Office, City of London Police, quoting the reference "
                  "above. You may then complain to the Information Commissioner's Office.").alignment = WRAP
    ws.row_dimensions[r].height = 30


def offences(ws):
    ws.title = "Q1-2 Offences"
    widths = {"A": 14, "B": 62, "C": 11, "D": 11, "E": 11, "F": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:F1")
    ws["A1"] = ("Table 1: Recorded offences against children by Home Office code, "
                "financial years 2021/22 to 2023/24")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Source: City of London Police crime recording system, extracted 22/05/2024"
    ws["A2"].font = Font(italic=True, size=9)

    head = ["HO Code", "Offence description", "2021/22", "2022/23", "2023/24", "Total"]
    data = [
        ("019D", "Rape of a female child under 16", 1, 0, 1),
        ("022B", "Sexual activity involving a child under 16", 2, 1, 3),
        ("071/17", "Sexual communication with a child", 5, 7, 6),
        ("086/02", "Take, make, distribute indecent photographs or pseudo-photographs of children", 9, 12, 8),
        ("088A", "Sexual grooming", 1, 0, 2),
    ]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(horizontal="center" if j > 2 else "left")
    r = 5
    col_tot = [0, 0, 0]
    for code, desc, *vals in data:
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=desc)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=3 + j, value=v)
            col_tot[j] += v
        ws.cell(row=r, column=6, value=sum(vals)).font = BOLD
        for j in range(1, 7):
            ws.cell(row=r, column=j).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for j, v in enumerate(col_tot):
        ws.cell(row=r, column=3 + j, value=v).font = BOLD
    ws.cell(row=r, column=6, value=sum(col_tot)).font = BOLD
    for j in range(1, 7):
        ws.cell(row=r, column=j).border = BOX
        ws.cell(row=r, column=j).fill = HEAD_FILL
    r += 1
    online = [11, 14, 12]
    ws.cell(row=r, column=1, value="Of which flagged online").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, v in enumerate(online):
        ws.cell(row=r, column=3 + j, value=v).font = Font(italic=True)
    ws.cell(row=r, column=6, value=sum(online)).font = Font(bold=True, italic=True)
    for j in range(1, 7):
        ws.cell(row=r, column=j).border = BOX
    r += 2
    ws.cell(row=r, column=1,
            value="Offences flagged online are included in the figures above; they are not additional.").font = Font(size=9)
    ws.cell(row=r + 1, column=1,
            value="Codes are shown as held on the force system (e.g. 086/02 = Home Office code 86/2).").font = Font(size=9)
    ws.freeze_panes = "C5"


def outcomes(ws):
    ws.title = "Q4 Outcomes"
    ws.column_dimensions["A"].width = 72
    ws.column_dimensions["B"].width = 24
    ws["A1"] = "HO Code"
    ws["B1"] = "071/17"
    ws["A2"] = "Financial Year"
    ws["B2"] = "(Multiple Items)"
    for c in ("A1", "A2"):
        ws[c].font = BOLD
    ws["A4"] = "Row Labels"
    ws["B4"] = "Count of Crime Number"
    for c in ("A4", "B4"):
        ws[c].font = BOLD
        ws[c].fill = PIVOT_FILL
    rows = [
        ("Charged/Summonsed", 5),
        ("Evidential difficulties - suspect identified, victim supports (OC15)", "[c]"),
        ("Evidential difficulties - victim does not support (OC16)", "[c]"),
        ("Investigation complete - no suspect identified (OC18)", 6),
        ("Under investigation", "[c]"),
    ]
    r = 5
    for label, v in rows:
        ws.cell(row=r, column=1, value=label)
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = Alignment(horizontal="right")
        r += 1
    ws.cell(row=r, column=1, value="Grand Total").font = BOLD
    ws.cell(row=r, column=2, value=18).font = BOLD
    ws.cell(row=r, column=1).fill = PIVOT_FILL
    ws.cell(row=r, column=2).fill = PIVOT_FILL
    r += 2
    ws.cell(row=r, column=1,
            value="Financial years 2021/22, 2022/23 and 2023/24 combined. Outcomes as recorded on 22/05/2024.").font = Font(size=9)
    ws.cell(row=r + 1, column=1,
            value="[c] = a value between 1 and 4, suppressed (see note 4 on the Cover sheet).").font = Font(size=9)


def normalise_zip(path):
    """Rewrite the xlsx with fixed timestamps so the bytes are reproducible."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 4, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    src.close()
    Path(path).write_bytes(buf.getvalue())


def build():
    wb = Workbook()
    cover(wb.active)
    offences(wb.create_sheet())
    outcomes(wb.create_sheet())
    wb.properties.creator = "Information Access Office"
    wb.properties.lastModifiedBy = "Information Access Office"
    wb.properties.title = "CoLP FOI 24/0391"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    out = HERE / "reply.xlsx"
    wb.save(out)
    # openpyxl stamps the save time into docProps/core.xml; put the fixed date back.
    z = zipfile.ZipFile(out)
    parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    z.close()
    core = parts["docProps/core.xml"].decode("utf-8")
    import re
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                  r"\g<1>2024-06-04T09:15:00Z\g<2>", core)
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                  r"\g<1>2024-06-04T09:15:00Z\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z2:
        for name, data in parts.items():
            z2.writestr(name, data)
    normalise_zip(out)
    return out


if __name__ == "__main__":
    print(build())
