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
# A fixed creation date keeps the committed files byte-stable between rebuilds.
STAMP = dt.datetime(2024, 1, 1, 9, 0, 0)


def folder(name: str) -> Path:
    path = HERE / name
    path.mkdir(exist_ok=True)
    return path


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
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


if __name__ == "__main__":
    for build in (reply_21_kent,):
        build()
