"""A user's own campaign, made the way forces answer: eight forces asked (four in the North
West, four in Wales) for sexual offences against children by financial year and victim age
band, and the replies as they come back.

- Cheshire: an XLSX, years as rows, age bands as columns, ``*`` for small numbers, a Total row.
- Lancashire: a PDF table whose printed total (1,379) does not match its parts (1,397).
- Merseyside: a DOCX table.
- Gwent: an HTML disclosure-log page with ``<5``.
- South Wales: a pasted email giving the totals in a sentence and refusing the age
  breakdown under s.12.
- North Wales: a DOCX letter refusing the whole request under s.12(1).
- Cumbria: refused by phone (a line in the request log).
- Dyfed-Powys: never answered.

:data:`TRUTH` holds what a careful person reads from each reply; the tests compare the
workspace with it. Nothing here is read from a fixture file.
"""

from __future__ import annotations

import io
from pathlib import Path

YEARS = ("2020/21", "2021/22", "2022/23")
BANDS = ("0-10", "11-15", "16-17")
CAMPAIGN = '''title = "Sexual offences against children in the North West and Wales"

[request]
release = "nw-wales-2023"
authorities = ["cheshire", "cumbria", "lancashire", "merseyside", "wales"]
periods = ["2020/21 to 2022/23"]
question = """
Please tell me, for each of the financial years {periods}, how many sexual offences against
children (victims under 18) {authority_name} recorded, broken down by the age of the victim
(0-10, 11-15, 16-17).
"""

[request.measures]
child_sexual_offences = "offences"

[request.requester]
name = "Data desk"
organisation = "Northern Chronicle"
email = "data@example.org"
'''

# force -> {(period, band or None): value}; None value = suppressed
CHESHIRE = {
    ("2020/21", "0-10"): 112, ("2020/21", "11-15"): 301, ("2020/21", "16-17"): None,
    ("2021/22", "0-10"): 125, ("2021/22", "11-15"): 322, ("2021/22", "16-17"): 96,
    ("2022/23", "0-10"): 131, ("2022/23", "11-15"): 340, ("2022/23", "16-17"): 104,
}
CHESHIRE_TOTALS = {"2020/21": 415, "2021/22": 543, "2022/23": 575}
LANCASHIRE = {  # 2022/23's printed total says 1,379; its parts add to 1,397
    ("2020/21", "0-10"): 402, ("2020/21", "11-15"): 688, ("2020/21", "16-17"): 214,
    ("2021/22", "0-10"): 431, ("2021/22", "11-15"): 702, ("2021/22", "16-17"): 230,
    ("2022/23", "0-10"): 445, ("2022/23", "11-15"): 711, ("2022/23", "16-17"): 241,
}
LANCASHIRE_TOTALS = {"2020/21": 1304, "2021/22": 1363, "2022/23": 1379}
MERSEYSIDE = {
    ("2020/21", "0-10"): 250, ("2020/21", "11-15"): 460, ("2020/21", "16-17"): 150,
    ("2021/22", "0-10"): 262, ("2021/22", "11-15"): 471, ("2021/22", "16-17"): 149,
    ("2022/23", "0-10"): 270, ("2022/23", "11-15"): 498, ("2022/23", "16-17"): 161,
}
GWENT = {
    ("2020/21", "0-10"): 61, ("2020/21", "11-15"): 140, ("2020/21", "16-17"): None,
    ("2021/22", "0-10"): 58, ("2021/22", "11-15"): 151, ("2021/22", "16-17"): 12,
    ("2022/23", "0-10"): 66, ("2022/23", "11-15"): 149, ("2022/23", "16-17"): 14,
}
SOUTH_WALES_TOTALS = {"2020/21": 301, "2021/22": 327, "2022/23": 344}


def _cell(value: int | None, marker: str) -> str:
    return marker if value is None else f"{value:,}"


def cheshire_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "FOI 2023-0412"
    sheet.append(["Cheshire Constabulary - FOI 2023-0412"])
    sheet.append(["Sexual offences against children recorded, by age of victim"])
    sheet.append([])
    sheet.append(["Financial year", *BANDS, "Total"])
    for year in YEARS:
        row = [year]
        for band in BANDS:
            value = CHESHIRE[year, band]
            row.append("*" if value is None else value)
        row.append(CHESHIRE_TOTALS[year])
        sheet.append(row)
    sheet.append([])
    sheet.append(["* Figures of fewer than five are shown as * to protect the identity of victims."])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def lancashire_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Lancashire Constabulary\nFreedom of Information Request 2023/1187\n\n"
                         "Thank you for your request. The number of sexual offences against children "
                         "recorded by Lancashire Constabulary, by victim age, is shown below.")
    pdf.ln(4)
    widths = (40, 30, 30, 30, 30)
    for row in [["Age of victim", *YEARS]] + [[band] + [f"{LANCASHIRE[y, band]:,}" for y in YEARS] for band in BANDS] \
            + [["Total"] + [f"{LANCASHIRE_TOTALS[y]:,}" for y in YEARS]]:
        for width, text in zip(widths, row):
            pdf.cell(width, 7, text, border=1)
        pdf.ln(7)
    return bytes(pdf.output())


def merseyside_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Merseyside Police - Freedom of Information Act 2000 - Reference FOI 0934/23")
    document.add_paragraph("Please find below the number of sexual offences against children recorded "
                           "by Merseyside Police in each financial year.")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Victim age", *YEARS]):
        cell.text = text
    for band in BANDS:
        cells = table.add_row().cells
        cells[0].text = band
        for cell, year in zip(cells[1:], YEARS):
            cell.text = f"{MERSEYSIDE[year, band]:,}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def gwent_html() -> str:
    rows = "".join(
        f"<tr><th scope='row'>{band}</th>" + "".join(f"<td>{_cell(GWENT[y, band], '&lt;5')}</td>" for y in YEARS)
        + "</tr>" for band in BANDS)
    return f"""<!DOCTYPE html><html><head><title>Disclosure log - Gwent Police</title></head><body>
<nav><a href="/">Home</a> | <a href="/foi">Disclosure log</a></nav>
<h1>Sexual offences against children</h1>
<p>Reference: 2023/00571. Date of response: 14 August 2023.</p>
<h2>Request</h2><p>Sexual offences against children recorded, by age of the victim.</p>
<h2>Response</h2>
<p>Gwent Police recorded the following sexual offences against children, by the victim's age.</p>
<table><thead><tr><th>Victim age</th>{''.join(f'<th>{y}</th>' for y in YEARS)}</tr></thead>
<tbody>{rows}</tbody></table>
<p>Where the figure is fewer than five it is shown as &lt;5.</p>
<footer>Gwent Police - Cookies - Accessibility</footer></body></html>"""


def south_wales_email() -> str:
    t = SOUTH_WALES_TOTALS
    return f"""From: Freedom of Information Unit, South Wales Police
Subject: FOI 2023/0762 - your request

Dear Data desk,

South Wales Police recorded {t['2020/21']} sexual offences against children in 2020/21, {t['2021/22']} in
2021/22 and {t['2022/23']} in 2022/23.

We are unable to break these figures down by the age of the victim. To do so would mean reading
each crime report by hand, which would exceed the appropriate limit of 18 hours, and that part of
your request is therefore refused under Section 12(1) of the Freedom of Information Act 2000.

Yours sincerely,
Information Access Team
"""


def north_wales_docx() -> bytes:
    import docx

    document = docx.Document()
    for text in (
        "North Wales Police - Freedom of Information Request FOI/2023/551",
        "Thank you for your request for information about sexual offences against children.",
        "North Wales Police estimates that the cost of complying with your request would exceed the "
        "appropriate limit. The appropriate limit is £450, which represents 18 hours of work. "
        "Your request is therefore refused under Section 12(1) of the Freedom of Information Act 2000.",
        "You may wish to narrow your request, for example by asking for a single year.",
    ):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_replies(folder: Path) -> dict[str, Path]:
    """The six replies, written into ``folder`` as received; force id -> file."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "cheshire": ("cheshire-foi-2023-0412.xlsx", cheshire_xlsx()),
        "lancashire": ("lancashire-2023-1187.pdf", lancashire_pdf()),
        "merseyside": ("merseyside-foi-0934-23.docx", merseyside_docx()),
        "gwent": ("gwent-disclosure-2023-00571.html", gwent_html().encode()),
        "south-wales": ("south-wales-email.txt", south_wales_email().encode()),
        "north-wales": ("north-wales-refusal.docx", north_wales_docx()),
    }
    written = {}
    for force, (name, data) in files.items():
        path = folder / name
        path.write_bytes(data)
        written[force] = path
    return written


def expected_totals() -> dict[tuple[str, str], int]:
    """(force, year) -> the total a careful person reads (never the disputed printed total)."""
    totals = {}
    for year in YEARS:
        totals["cheshire", year] = CHESHIRE_TOTALS[year]
        totals["south-wales", year] = SOUTH_WALES_TOTALS[year]
        totals["merseyside", year] = sum(MERSEYSIDE[year, b] for b in BANDS)
        if year != "2022/23":
            totals["lancashire", year] = LANCASHIRE_TOTALS[year]
    return totals
