"""Build the attachment replies (XLSX, PDF, DOCX, CSV) of the blind corpus, folders 21 to 30.

Each function below writes one `reply.EXT` into its folder beside this script, the way the
force publishes it as an attachment on its disclosure log. The written files are committed, so
the corpus does not change when openpyxl, python-docx or fpdf2 change; `meta.json` and
`expected.jsonl` in each folder are written by hand from what the rendered file shows.

Run from the repository root (only needed to rebuild after changing a reply here):

    /work/main/.venv/bin/python tests/ingest/blind/make_files.py
"""

import csv
import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
# The document properties date the reply, not the run of this script.
STAMP = dt.datetime(2024, 1, 1, 9, 0, 0)


def folder(name: str) -> Path:
    path = HERE / name
    path.mkdir(exist_ok=True)
    return path


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.created = STAMP
    wb.properties.creator = "FOI Unit"
    return wb


def new_document() -> docx.Document:
    document = docx.Document()
    document.core_properties.created = STAMP
    document.core_properties.modified = STAMP
    document.core_properties.author = "Freedom of Information"
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    return document


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def reply_21_kent() -> None:
    """XLSX: title block and notes rows around an age-band x gender table whose two-level
    header (calendar year merged over Female / Male) uses merged cells; '*' with its rule."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "FOI 23-04117"
    ws["A1"] = "Kent Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Freedom of Information Request - Reference 23/04117"
    ws["A3"] = ("Recorded sexual offences where the victim was aged under 18 at the time of the "
                "offence, by age and gender of victim")
    ws["A4"] = "Calendar years 2020 to 2022 (1 January 2020 - 31 December 2022)"
    for cell in ("A2", "A3", "A4"):
        ws[cell].font = BOLD
    ws.merge_cells("A6:A7")
    ws["A6"] = "Victim age (years)"
    years = (2020, 2021, 2022)
    for i, year in enumerate(years):
        col = 2 + 2 * i
        ws.cell(row=6, column=col, value=year)
        ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=col + 1)
        ws.cell(row=7, column=col, value="Female")
        ws.cell(row=7, column=col + 1, value="Male")
    # (female, male) per year; a cell from 1 to 4 is published as '*'.
    rows = [
        ("0-4", [(18, 7), (22, 4), (15, 6)]),
        ("5-10", [(64, 21), (71, 25), (69, 19)]),
        ("11-12", [(49, 12), (58, 15), (61, 11)]),
        ("13-15", [(187, 26), (213, 31), (229, 28)]),
        ("16-17", [(96, 3), (104, 9), (118, 2)]),
    ]
    for r, (band, cells) in enumerate(rows, start=8):
        ws.cell(row=r, column=1, value=band)
        for i, pair in enumerate(cells):
            for j, value in enumerate(pair):
                ws.cell(row=r, column=2 + 2 * i + j, value="*" if 1 <= value <= 4 else value)
    total_row = 8 + len(rows)
    ws.cell(row=total_row, column=1, value="Total")
    for i in range(len(years)):
        for j in range(2):
            ws.cell(row=total_row, column=2 + 2 * i + j,
                    value=sum(cells[i][j] for _, cells in rows))
    for row in ws.iter_rows(min_row=6, max_row=total_row, min_col=1, max_col=7):
        for cell in row:
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center")
            if cell.row in (6, 7, total_row):
                cell.font = BOLD
                cell.fill = HEAD_FILL
    notes = [
        "Notes",
        "1. Figures are taken from the force crime recording system (Athena) and relate to "
        "crimes recorded in each calendar year.",
        "2. Age is the age of the victim at the time of the offence, which may be earlier than "
        "the date the crime was reported.",
        "3. Victims whose gender was not recorded are not included in this table.",
        "4. * denotes a figure between 1 and 4, which has been suppressed to reduce the risk of "
        "identifying individuals.",
        "5. Data extracted 14/03/2023. Crime data is subject to change as investigations "
        "progress.",
    ]
    for k, text in enumerate(notes, start=total_row + 2):
        ws.cell(row=k, column=1, value=text)
    ws.cell(row=total_row + 2, column=1).font = BOLD
    ws.column_dimensions["A"].width = 20
    wb.save(folder("21_kent") / "reply.xlsx")


def pivot_sheet(ws, title: str, header: list, rows: list, footer: list) -> None:
    """A question sheet as pasted from a pivot table: the question, then the table from row 3."""
    ws["A1"] = title
    ws["A1"].font = BOLD
    for c, text in enumerate(header, start=1):
        cell = ws.cell(row=3, column=c, value=text)
        cell.font = BOLD
        cell.fill = HEAD_FILL
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if row[0] == "Grand Total":
                cell.font = BOLD
    for k, text in enumerate(footer, start=5 + len(rows)):
        ws.cell(row=k, column=1, value=text)
    ws.column_dimensions["A"].width = 62


def reply_22_lancashire() -> None:
    """XLSX: a read-me sheet and one sheet a question (offences, online flag, outcomes of
    sexual communication with a child), each with a pivot "Grand Total"; '*' with no rule."""
    wb = new_workbook()
    readme = wb.active
    readme.title = "Read Me"
    lines = [
        "Lancashire Constabulary - Freedom of Information Request 1153/23",
        "",
        "This workbook accompanies our response letter. Each question is answered on its own sheet.",
        "Financial years run from 1 April to 31 March.",
        "Q1 - Sexual offences recorded where the victim was under 18",
        "Q2 - Of those, offences with the online (cyber) flag",
        "Q3 - Outcomes of sexual communication with a child offences (Home Office code 71/17)",
        "",
        "Data source: Lancashire Constabulary crime system, extracted 02/05/2023.",
    ]
    for r, text in enumerate(lines, start=1):
        readme.cell(row=r, column=1, value=text)
    readme["A1"].font = BOLD
    years = ["2020/21", "2021/22", "2022/23"]
    q1 = [2184, 2461, 2598]
    pivot_sheet(wb.create_sheet("Q1"),
                "Q1. Number of sexual offences recorded where the victim was aged under 18",
                ["Row Labels", "Count of Crime Number"],
                [[y, v] for y, v in zip(years, q1)] + [["Grand Total", sum(q1)]], [])
    q2 = [312, 355, 341]
    pivot_sheet(wb.create_sheet("Q2"),
                "Q2. Of the offences in Q1, how many had the online (cyber) flag applied",
                ["Row Labels", "Count of Crime Number"],
                [[y, v] for y, v in zip(years, q2)] + [["Grand Total", sum(q2)]], [])
    outcomes = [
        ("Charge/Summons", [14, 11, 17]),
        ("Caution", [3, 3, 5]),
        ("Community Resolution", [1, 2, 4]),
        ("Outcome 15 - Evidential difficulties (suspect identified; victim supports)", [23, 19, 26]),
        ("Outcome 16 - Evidential difficulties (victim does not support)", [31, 28, 24]),
        ("Outcome 18 - Investigation complete; no suspect identified", [9, 12, 7]),
        ("Outcome 21 - Not in the public interest (police decision)", [4, 6, 3]),
        ("Under Investigation", [2, 5, 19]),
    ]
    shown = [[label] + ["*" if 1 <= v <= 4 else v for v in values] + [sum(values)]
             for label, values in outcomes]
    grand = ["Grand Total"] + [sum(values[i] for _, values in outcomes) for i in range(3)]
    grand.append(sum(grand[1:]))
    pivot_sheet(wb.create_sheet("Q3"),
                "Q3. Outcomes of sexual communication with a child offences (71/17), "
                "by financial year recorded",
                ["Count of Crime Number / Row Labels"] + years + ["Grand Total"],
                shown + [grand],
                ["* Figures have been suppressed.",
                 "Outcome shown is the outcome as at the date of extraction."])
    wb.save(folder("22_lancashire") / "reply.xlsx")


def reply_23_hampshire() -> None:
    """XLSX: months across as real dates shown 'Apr-21', a Total column and a Grand Total
    row; months with no offence left blank (the reply does not say blank means zero)."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = ("FOI 2022/01455 - Sexual grooming and sexual communication with a child "
                "offences recorded by month, April 2021 to March 2022")
    ws["A1"].font = BOLD
    months = [dt.datetime(2021 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    header = ["HO Code", "Offence"] + months + ["Total"]
    for c, value in enumerate(header, start=1):
        cell = ws.cell(row=3, column=c, value=value)
        cell.font = BOLD
        cell.border = BOX
        if isinstance(value, dt.datetime):
            cell.number_format = "mmm-yy"
    data = [
        ("88A", "Sexual Grooming", [3, None, 2, 1, None, 4, 2, None, 1, 3, None, 2]),
        ("71/17", "Sexual Communication with a Child",
         [21, 17, 24, 19, 15, 22, 26, 20, 14, 23, 18, 25]),
    ]
    for r, (code, label, values) in enumerate(data, start=4):
        row = [code, label] + values + [sum(v or 0 for v in values)]
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value).border = BOX
    grand = ["", "Grand Total"] + [sum(values[i] or 0 for *_, values in data) for i in range(12)]
    grand.append(sum(grand[2:]))
    for c, value in enumerate(grand, start=1):
        cell = ws.cell(row=4 + len(data), column=c, value=value)
        cell.font = BOLD
        cell.border = BOX
    ws.cell(row=8, column=1, value="Source: RMS. Crimes recorded by date of recording.")
    ws.column_dimensions["B"].width = 36
    wb.save(folder("23_hampshire") / "reply.xlsx")


if __name__ == "__main__":
    for build in (reply_21_kent, reply_22_lancashire, reply_23_hampshire):
        build()
