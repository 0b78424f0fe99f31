"""Spreadsheets (XLSX, XLS, ODS, read with python-calamine) and CSV files.

Every sheet is read in order. Merged cells repeat their text over the area they cover.
A row with text in one cell only (a title above the table, a note below it) is a line of
running text; runs of rows with two or more cells are tables.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from datetime import date, datetime, time
from functools import cache

from ..errors import InputError
from .archive import open_zip
from .labels import PART_OF_ABOVE, pivot_counted, pivot_filter, pivot_header, read_label
from .raw import Block, Cell, Line, RawDocument, RawTable
from .text import blocks_from_lines, decode, is_figure_cell, mend

MAX_CELLS = 1_200_000  # the most a reply may hold: measured to stay under 500 MB (bench/limits.py)
# a reply's CSV is read whole (published figures and open-data tables are streamed elsewhere)
MAX_CSV_BYTES = 50 * 1024 * 1024


@cache  # named for every cell of a sheet, from the few columns it has
def column_name(index: int) -> str:
    """0 -> A, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return mend(str(value)).strip()


def blocks_from_grid(grid: list[list[str]], prefix: str, spanned: dict[tuple[int, int], int] | None = None) -> list[Block]:
    """A sheet's cells to blocks: lone-cell rows become lines, the rest tables. A header row
    parted from its figures by a group's title merged across the columns ("020B - Sexual
    assault on a female child under 13" above each block of years) heads each block below it.
    A cell of a merged range (``spanned``: its row and column, and the range's first column) is
    named by the range's first cell in its row, as an HTML cell spanning columns is one cell."""
    spanned = spanned or {}

    def cell(r: int, c: int) -> Cell:
        return Cell(grid[r][c] if c < len(grid[r]) else "", f"{prefix}{column_name(spanned.get((r, c), c))}{r + 1}")

    blocks: list[Block] = []
    run: list[int] = []
    header: list[Cell] | None = None  # a header row left alone above titled blocks of figures
    header_line: Block | None = None  # the line it was read as, until a block below takes it as its header
    form = _form_rows(grid)

    def flush() -> None:
        nonlocal header, header_line
        asked = next((k for k, r in enumerate(run) if not (_numbered_sentence(grid[r]) or r in form)), len(run))
        if not asked and all(_keyed_text(grid[r]) is not None for r in run) and any(_numbered_sentence(grid[r]) for r in run):
            asked = len(run)  # "Question 1 | See sheet 'Offences'." over "Question 2 | The information is exempt …": answers, one a row
        if asked >= 2:  # "6 | '-' denotes nil." after "1 | Data have been extracted …": the numbered notes go on, short or not
            asked = next((k for k in range(asked, len(run)) if (words := _keyed_text(grid[run[k]])) is None
                          or read_label(words).axis is not None), len(run))
        fields = not asked and _fields_of_text(run, grid)
        if fields:
            asked = len(run)  # "Reference: | 01/FOI/…", "Request: | 1. Please tell me …", " | 2. For each …": a cover sheet's fields
        if asked:
            # "Q1 | How many crimes …": the request's questions set out one a row, and the lines of one cell after them;
            # "Request | 1. Please provide …": a form's field and its text, the lines of one cell after it its text too
            lines = run[:asked] + (run[asked:] if all(sum(1 for t in grid[r] if t) == 1 for r in run[asked:]) else [])
            for r in lines:
                texts = [t for t in grid[r] if t]
                # (a form's text cell may hold several lines: "1. Please provide …\n2. Of these, how many …")
                said = [texts[0], *filter(None, (line.strip() for line in texts[1].splitlines()))] \
                    if r in form or (fields and len(texts) == 2) \
                    else [f"{texts[0]}. {texts[1]}" if len(texts) == 2 and texts[0].strip().isdigit() else " ".join(texts)]
                blocks.extend(blocks_from_lines([Line(text, f"{prefix}row {r + 1}") for text in said])[0])
            del run[:len(lines)]
            if not run:
                return
        if len(run) >= 2 or (header is not None and run and _figures_only(grid[run[0]])):
            width = max(max((c for c, t in enumerate(grid[r]) if t), default=0) for r in run) + 1
            rows = [[cell(r, c) for c in range(width)] for r in run]
            if header is not None and len(header) == width and _figures_only(grid[run[0]]):
                rows.insert(0, header)
                if header_line in blocks:
                    blocks.remove(header_line)  # a header, not a line of text
            else:
                header = None
            blocks.append(RawTable(rows, f"{prefix}{column_name(0)}{run[0] + 1}:{column_name(width - 1)}{run[-1] + 1}"))
            for r in run:
                grid[r] = []  # its cells hold its texts now: the grid's rows need not stay beside them
        elif len(run) == 1 and (table := _part_of_table_above(blocks, grid[run[0]])) is not None:
            # "Of which Cyber/Online flag applied | | 74 | 83 | 41 | 198" a blank row under the table's Grand Total:
            # a row of that table, counting part of the one above it
            blocks[-1] = RawTable(table.rows + [[cell(run[0], c) for c in range(table.width)]],
                                  f"{table.where.split(':')[0]}:{column_name(table.width - 1)}{run[0] + 1}")
        else:
            heads = len(run) == 1 and sum(1 for t in grid[run[0]] if t) >= 3 and not _figures_only(grid[run[0]])
            if heads:
                width = max(c for c, t in enumerate(grid[run[0]]) if t) + 1
                header = [cell(run[0], c) for c in range(width)]
            for r in run:
                lines, _ = blocks_from_lines([Line(" ".join(t for t in grid[r] if t), f"{prefix}row {r + 1}")])
                blocks.extend(lines)
                if heads:
                    header_line = lines[0] if len(lines) == 1 else None
        run.clear()

    for r, row in enumerate(grid):
        filled = [t for t in row if t]
        if filled and len(filled) > 1 and len(set(filled)) == 1 and (
                len(filled[0].split()) >= _SENTENCE_WORDS or (not run and read_label(filled[0]).axis is None)):
            # a title or a note merged across the sheet's columns is one line of text (a year over them heads them)
            flush()
            filled = filled[:1]
        if not filled and _pivot_filters_over(run, grid, r):
            continue  # the blank row a pivot leaves under its filters, before "Count of …": one table still
        if not filled:
            flush()
        elif len(filled) == 1 and not run:
            blocks.extend(blocks_from_lines([Line(filled[0], f"{prefix}{column_name(row.index(filled[0]))}{r + 1}")])[0])
        else:
            run.append(r)
    flush()
    return blocks


def _pivot_filters_over(run: list[int], grid: list[list[str]], blank: int) -> bool:
    """Whether the rows so far are a pivot's filters ("HO Code | 071/17") and the first filled row
    after the blank one says what the pivot counts ("Count of Crime Number", or "Row Labels" | "Count of Crime Number")."""
    after = [t for t in next((row for row in grid[blank + 1:] if any(row)), []) if t]
    return bool(run) and all(pivot_filter([t for t in grid[r] if t]) for r in run) \
        and (pivot_counted(after) or pivot_header(after)) is not None


def _part_of_table_above(blocks: list[Block], row: list[str]) -> RawTable | None:
    """The table just above a row that counts part of the row over it ("Of which …"), as wide
    as the row's figures reach: the table it belongs to, a blank row between."""
    table = blocks[-1] if blocks and isinstance(blocks[-1], RawTable) else None
    filled = [c for c, t in enumerate(row) if t]
    # (its words in the first cell, or in the column the table's labels go on in: " | Of which flagged as online | 71 | 84")
    if table is None or not filled or not PART_OF_ABOVE.match(row[filled[0]]) or filled[-1] >= table.width \
            or not any(is_figure_cell(t) for t in row[filled[0] + 1:]) \
            or any(is_figure_cell(table.rows[-1][c].text) for c in range(filled[0] + 1) if c < table.width):
        return None
    return table


_SENTENCE_WORDS = 5  # a merged cell of this many words is a title or a note, never a heading over columns
# ("Questions 1 and 2 | Please see sheet 'Q1-2 Offences'.": one answer to both)
_QUESTION_KEY = re.compile(r"(?:q(?:uestions?)?\s*\d{1,2}[a-h]?(?:\s*(?:and|&|,|to|-|–)\s*(?:q\s*)?\d{1,2}[a-h]?)*|\d{1,2}[a-h]?|\(?[a-h]\))[.:)]?", re.I)


def _fields_of_text(run: list[int], grid: list[list[str]]) -> bool:
    """Whether rows are a cover sheet's fields, each a name and its text or the text going on
    under it, the request's numbered questions among them ("Request: | 1. Please tell me …",
    " | 2. For each …"), with no figure in them: lines of text, not a table."""
    rows = [[t for t in grid[r] if t] for r in run]
    return all(len(row) <= 2 for row in rows) and not any(is_figure_cell(t) for row in rows for t in row) \
        and any(len(row) == 2 and _REQUEST_FIELD.fullmatch(row[0].strip()) and _NUMBERED_TEXT.match(row[1]) for row in rows)


_NUMBERED_TEXT = re.compile(r"\s*(?:q(?:uestion)?\s*)?\d{1,2}[.)]\s+\S", re.I)


def _numbered_sentence(row: list[str]) -> bool:
    """Whether a row is a question's key and its words in the cell beside it ("Q1", "How many
    crimes recorded … had a CSE flag attached?"): a line of text set out in two cells."""
    return (words := _keyed_text(row)) is not None and len(words.split()) >= _SENTENCE_WORDS


def _keyed_text(row: list[str]) -> str | None:
    """The words beside a key ("Q1", "6") where a row is those two cells and no figure; else None."""
    filled = [t for t in row if t]
    return filled[1] if len(filled) == 2 and _QUESTION_KEY.fullmatch(filled[0].strip()) and not is_figure_cell(filled[1]) else None


# a form's fields, set beside their text: "Request | 1. Please provide …", "Response | Gwent Police holds …"
_REQUEST_FIELD = re.compile(r"(?:your |the )?(?:request|information requested)\s*:?", re.I)
_RESPONSE_FIELD = re.compile(r"(?:our |the )?(?:response|reply|answer)\s*:?", re.I)


def _field_row(row: list[str], field: re.Pattern) -> bool:
    """Whether a row is a form's ``field`` and its text in the cell beside it ("Request", "1.
    Please provide the number of …"): a heading and a line, set out in two cells."""
    filled = [t for t in row if t]
    return len(filled) == 2 and bool(field.fullmatch(filled[0].strip())) \
        and len(filled[1].split()) >= _SENTENCE_WORDS and not is_figure_cell(filled[1])


def _form_rows(grid: list[list[str]]) -> set[int]:
    """The rows of a sheet set out as a form, the request in one field and the response in
    another: each a heading and its text. None where the sheet has not both."""
    request = {r for r, row in enumerate(grid) if _field_row(row, _REQUEST_FIELD)}
    response = {r for r, row in enumerate(grid) if _field_row(row, _RESPONSE_FIELD)}
    return request | response if request and response else set()


def _figures_only(row: list[str]) -> bool:
    """Whether a row is a label and figures only ("FY22/23 | 14 | 58 | 1-4"), no header's words."""
    cells = [t.strip() for t in row[1:] if t.strip()]
    return bool(cells) and all(is_figure_cell(t) for t in cells)


def _grid(sheet, cells: int, file_name: str) -> tuple[list[list[str]], int]:
    """A sheet's cells as text, row by row from A1 (calamine gives rows from the first and
    columns from the first that holds anything); the count of cells read so far, checked
    against the limit as it grows. A text seen before is the same string object: a sheet
    of a million counts repeats a few thousand texts, not a million."""
    pad = [""] * sheet.start[1] if sheet.start else []
    seen: dict[str, str] = {}
    grid = []
    for row in sheet.iter_rows():
        cells = _counted(cells + len(row), file_name)
        texts = [*pad]
        for value in row:
            text = _text(value)
            texts.append(seen.setdefault(text, text) if len(text) <= 10 else text)
        grid.append(texts)
    return grid, cells


_FIRST_OF_MONTH = re.compile(r"((?:19|20)\d\d)-(\d\d)-01(?:T00:00:00)?")


def _months(grid: list[list[str]]) -> None:
    """Months stored as dates: a sheet shows "Apr-21" through its number format, but the
    cell holds 1 April 2021. A row or column of such dates, each the first of the month
    after the one before, is months, and is written as months ("Apr 2021"); a date on its
    own stays a date."""
    def run(places: list[tuple[int, int]]) -> None:
        found = [(r, c, m) for r, c in places if (m := _FIRST_OF_MONTH.fullmatch(grid[r][c]))]
        months = [int(m.group(1)) * 12 + int(m.group(2)) for _, _, m in found]
        if len(found) >= 2 and all(b == a + 1 for a, b in zip(months, months[1:])):
            for r, c, m in found:
                grid[r][c] = f"{calendar.month_abbr[int(m.group(2))]} {m.group(1)}"

    for r, row in enumerate(grid):
        run([(r, c) for c in range(len(row))])
    for c in range(max((len(row) for row in grid), default=0)):
        run([(r, c) for r in range(len(grid)) if c < len(grid[r])])


def _counted(cells: int, file_name: str) -> int:
    if cells > MAX_CELLS:
        raise InputError(f"{file_name}: more than {MAX_CELLS:,} cells; split it into smaller files")
    return cells


def read_spreadsheet(data: bytes, file_name: str, kind: str) -> RawDocument:
    """Read every sheet of an XLSX, XLS or ODS workbook."""
    from python_calamine import CalamineWorkbook

    if kind in ("xlsx", "ods"):
        open_zip(data, file_name)  # the size and ratio limits, before calamine unpacks anything
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise InputError(f"{file_name}: cannot be read as {kind.upper()} ({str(exc)[:120]}); the file may be damaged "
                         "or password-protected") from None
    blocks: list[Block] = []
    cells = 0
    for name in book.sheet_names:
        try:
            sheet = book.get_sheet_by_name(name)
            merged = sheet.merged_cell_ranges or []
            grid, cells = _grid(sheet, cells, file_name)
            del sheet  # calamine's copy of the cells, freed before they are made again as Cells
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"{file_name}: sheet {name!r} cannot be read ({str(exc)[:120]})") from None
        spanned: dict[tuple[int, int], int] = {}
        for (r0, c0), (r1, c1) in merged:
            if r0 < len(grid) and c0 < len(grid[r0]):
                text = grid[r0][c0]
                for r in range(r0, min(r1, len(grid) - 1) + 1):
                    for c in range(c0, min(c1, len(grid[r]) - 1) + 1):
                        grid[r][c] = text
                        spanned[r, c] = c0
        _months(grid)
        blocks.extend(blocks_from_grid(grid, f"sheet {name} ", spanned))
    if not blocks:
        raise InputError(f"{file_name}: the workbook has no cells with anything in them")
    return RawDocument(file_name, kind, blocks)


def read_csv(data: bytes, file_name: str) -> RawDocument:
    """Read a CSV file whose encoding and delimiter are worked out from its text."""
    if len(data) > MAX_CSV_BYTES:
        raise InputError(f"{file_name}: {len(data):,} bytes is over the {MAX_CSV_BYTES:,}-byte limit for a reply's CSV; "
                         "published figures need their header (release,published,measure,…), a reply must be split")
    text = decode(data, file_name)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    grid, cells = [], 0
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            cells = _counted(cells + len(row), file_name)
            grid.append([mend(c).strip() for c in row])
    except csv.Error as exc:
        raise InputError(f"{file_name}: not readable as CSV ({exc})") from None
    blocks = blocks_from_grid(grid, "")
    if not blocks:
        raise InputError(f"{file_name}: the file holds no cells")
    return RawDocument(file_name, "csv", blocks)
