"""The files of a release: CSV, an accessible XLSX and a Frictionless data package.

Every table is laid out once (:func:`tables_of`) and written by each writer: a CSV per
table, a sheet per table in one workbook, a resource per table in the data package, plus
``figures.csv``, every cell in long form with its status. Numbers are numbers; where
there is none, the GSS shorthand stands (``[c]`` confidential, ``[x]`` not available,
``[z]`` not applicable); a figure of low reliability keeps its number and says ``[u]`` in
its row's notes. Every text a source gave goes through :func:`foistats.cells.inert_cell`.

The workbook is written with openpyxl rather than gptables: gptables brings pandas and
its own styling into the main install for what is here a cover, a contents, a notes
sheet and plain tables, each an Excel table with its header in row 1 and no merged cells.
"""

from __future__ import annotations

import csv
import json
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table as ExcelTable
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import TableColumn, TableStyleInfo

from ..areas import all_areas
from ..cells import counted, inert_cell
from ..offences import measures
from .charts import PublishedChart
from .protect import Protection
from .tables import (LOW_RELIABILITY_SYMBOL, SYMBOLS, Cell, CellStatus, LinkedSet, breakdown_label, family_label)

LICENCE = {"name": "OGL-UK-3.0", "title": "Open Government Licence v3.0",
           "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"}
SYMBOL_MEANINGS = {
    "[c]": "confidential: a small number withheld, or another figure withheld so that it cannot be worked out",
    "[x]": "not available: not held, refused (on cost, or under an exemption), no response, or no figure",
    "[z]": "not applicable: the offence was not in force",
    LOW_RELIABILITY_SYMBOL: "low reliability: the source gave an approximate figure ('over', 'about', 'almost')",
}


@dataclass
class Layout:
    """One table as written: its name, title, header and rows (numbers or texts)."""

    name: str
    title: str
    header: list[str]
    rows: list[list[object]]
    number_columns: list[str]
    integer: bool


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _measure_title(measure: str) -> str:
    known = measures().get(measure)
    return known.title if known and known.title else measure.replace("_", " ")


class Notes:
    """The release's notes, numbered in the order they are first met."""

    def __init__(self) -> None:
        self.texts: dict[str, int] = {}

    def ref(self, text: str) -> str:
        number = self.texts.setdefault(text, len(self.texts) + 1)
        return f"[note {number}]"


def _row_notes(cells: list[Cell], notes: Notes) -> str:
    said: dict[str, list[str]] = {}
    for cell in cells:
        marks = [LOW_RELIABILITY_SYMBOL] if cell.published_status is CellStatus.LOW_RELIABILITY else []
        # a hidden cell says nothing of why, beyond what the force itself said
        texts = cell.notes if not cell.suppressed or cell.source_suppressed else []
        for mark in marks + [notes.ref(t) for t in texts]:
            said.setdefault(mark, []).append(cell.period.label)
    return "; ".join(f"{mark} {', '.join(periods)}" for mark, periods in said.items())


def _shown(cell: Cell) -> object:
    value = cell.published_value
    return _number(value) if value is not None else cell.symbol


def tables_of(linked: LinkedSet, notes: Notes) -> list[Layout]:
    """The wide table, then a table per breakdown family, of a linked set."""
    areas = all_areas()
    periods = [p.label for p in linked.periods]
    measure = _measure_title(linked.measure)
    unit = "" if linked.unit_is_default else f" ({linked.unit})"
    integer = all(float(c.value).is_integer() for c in linked.cells.values() if c.value is not None)
    out = []
    for fams, groups in linked.breakdowns.items():
        rows = []
        for area in linked.areas:
            for group in groups:
                cells = [linked.cell(area, p, group) for p in linked.periods]
                if fams and all(c.key not in linked.cells for c in cells):
                    continue
                label = [areas[area].name, area] + ([breakdown_label(group)] if fams else [])
                rows.append([*label, *(_shown(c) for c in cells), _row_notes(cells, notes)])
        header = ["Area", "Area id"] + (["Group"] if fams else []) + periods + ["Notes"]
        name = linked.name if not fams else f"{linked.name}_by_{'_'.join(fams)}"
        title = (f"{measure[:1].upper()}{measure[1:]}{unit}"
                 + (f" by {family_label(fams)}" if fams else " by area")
                 + f", {periods[0]}" + (f" to {periods[-1]}" if len(periods) > 1 else ""))
        out.append(Layout(name, title, header, rows, periods, integer))
    return out


def long_rows(linked: LinkedSet, notes: Notes) -> list[list[object]]:
    """Every cell of a linked set in long form (``figures.csv``)."""
    areas = all_areas()
    periods = [(p, [p.label, p.start.isoformat(), p.end.isoformat()]) for p in linked.periods]
    rows = []
    for fams, groups in linked.breakdowns.items():
        for group in groups:
            described = [str(group), breakdown_label(group)]
            for area in linked.areas:
                where = [linked.measure, linked.unit, area, areas[area].name]
                for period, when in periods:
                    cell = linked.cells.get((area, period, group))
                    if cell is None:
                        continue
                    texts = cell.notes if not cell.suppressed or cell.source_suppressed else []
                    rows.append([*where, *when, *described, _shown(cell), cell.published_status.value,
                                 " ".join(notes.ref(t) for t in texts)])
    return rows


NOTES_HEADER = ["Note number", "Note text"]


def _note_rows(notes: Notes) -> list[list[object]]:
    return [[f"[note {n}]", text] for text, n in notes.texts.items()] or [["[none]", "no notes"]]


LONG_HEADER = ["measure", "unit", "area_id", "area", "period", "period_start", "period_end", "breakdown", "group",
               "value", "status", "notes"]


def write_release(folder: Path, release: str, published: str | None, linked: list[LinkedSet],
                  protections: list[Protection], charts: list[PublishedChart] = (), *,
                  licence: dict = LICENCE) -> list[Path]:
    """Write a release's CSVs, workbook and data package into ``folder``; their paths.
    ``charts`` already drawn there are listed in the package with their text alternatives."""
    folder.mkdir(parents=True, exist_ok=True)
    notes = Notes()
    layouts = [t for ls in linked for t in tables_of(ls, notes)]
    long = [row for ls in linked for row in long_rows(ls, notes)]
    written = []
    for layout in layouts:
        written.append(_write_csv(folder / f"{layout.name}.csv", layout.header, layout.rows))
    written.append(_write_csv(folder / "figures.csv", LONG_HEADER, long))
    written.append(_write_csv(folder / "notes.csv", NOTES_HEADER, _note_rows(notes)))
    written.append(_write_xlsx(folder / f"{release}.xlsx", release, published, layouts, notes, protections))
    written.append(_write_package(folder, release, published, layouts, linked, protections, charts, licence))
    return written


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([inert_cell(h) for h in header])
        # only a text can read as a formula; numbers are most of the cells
        writer.writerows([inert_cell(v) if type(v) is str else v for v in row] for row in rows)
    return path


def _cover_lines(release: str, published: str | None, protections: list[Protection]) -> list[str]:
    rules = sorted({p.rule.name for p in protections})
    hidden = sum(p.source + p.primary + p.secondary for p in protections)
    cells = sum(p.cells for p in protections)
    return [
        f"Figures of the release {release}" + (f", published {published}" if published else ""),
        "Police-recorded figures given by police forces in reply to Freedom of Information requests, "
        "as published in this release; nation and UK rows add up the forces where no total was published.",
        f"Small numbers are protected: figures from 1 to the limit of the rule ({', '.join(rules) or 'none'}) "
        "are shown as [c], and so are other figures chosen so that no hidden figure can be worked out "
        "from the totals; figures a force withheld stay withheld.",
        f"{hidden:,} of {counted(cells, 'figure')} {'is' if hidden == 1 else 'are'} shown as [c].",
        *[f"{symbol} means {meaning}" for symbol, meaning in SYMBOL_MEANINGS.items()],
        "Notes referred to as [note N] are on the Notes sheet; the tables are listed on the Contents sheet.",
        "Made with foistats. Licence: Open Government Licence v3.0.",
    ]


def _write_xlsx(path: Path, release: str, published: str | None, layouts: list[Layout], notes: Notes,
                protections: list[Protection]) -> Path:
    # streamed (write-only): several times faster for tables of thousands of rows
    book = Workbook(write_only=True)
    cover = book.create_sheet("Cover")
    cover.column_dimensions["A"].width = 110
    title = WriteOnlyCell(cover, value=inert_cell(f"{release}: figures with small numbers protected"))
    title.font = Font(bold=True, size=14)
    cover.append([title])
    for line in _cover_lines(release, published, protections):
        cover.append([inert_cell(line)])

    sheets = [(f"Table_{i}", layout) for i, layout in enumerate(layouts, start=1)]
    _sheet_table(book.create_sheet("Contents"), "Contents", ["Sheet", "Table"],
                 [[sheet, layout.title] for sheet, layout in sheets])
    _sheet_table(book.create_sheet("Notes"), "Notes", NOTES_HEADER, _note_rows(notes))
    for sheet, layout in sheets:
        _sheet_table(book.create_sheet(sheet), sheet, layout.header, layout.rows)
    book.save(path)
    return path


def _sheet_table(ws, name: str, header: list[str], rows: list[list[object]]) -> None:
    """A table with its header in row 1, as an Excel table, every cell made inert."""
    for i, title in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(12, len(str(title)) + 2))
    ws.freeze_panes = "A2"
    heading = []
    for title in header:
        cell = WriteOnlyCell(ws, value=inert_cell(title))
        cell.font = Font(bold=True)
        heading.append(cell)
    ws.append(heading)
    for row in rows:
        ws.append([inert_cell(v) if type(v) is str else v for v in row])
    ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    table = ExcelTable(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
    # (streamed, the table cannot read its column names from the sheet: they must match row 1)
    table.tableColumns = [TableColumn(id=i, name=str(inert_cell(title))) for i, title in enumerate(header, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    with warnings.catch_warnings():  # the reminder to name the columns, done above
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
        ws.add_table(table)


def _field(name: str, kind: str, description: str = "", **extra) -> dict:
    return {"name": name, "type": kind, **({"description": description} if description else {}), **extra}


def _write_package(folder: Path, release: str, published: str | None, layouts: list[Layout],
                   linked: list[LinkedSet], protections: list[Protection], charts: list[PublishedChart],
                   licence: dict) -> Path:
    symbols = list(SYMBOLS.values())
    resources = []
    for layout in layouts:
        fields = []
        for column in layout.header:
            if column in layout.number_columns:
                fields.append(_field(column, "integer" if layout.integer else "number", f"figure for {column}"))
            else:
                fields.append(_field(column, "string"))
        resources.append({"name": layout.name.replace("_", "-"), "path": f"{layout.name}.csv", "title": layout.title,
                          "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
                          "encoding": "utf-8", "schema": {"fields": fields, "missingValues": symbols}})
    integer = all(layout.integer for layout in layouts)
    long_fields = [
        _field("measure", "string"), _field("unit", "string"), _field("area_id", "string"), _field("area", "string"),
        _field("period", "string"), _field("period_start", "date"), _field("period_end", "date"),
        _field("breakdown", "string", "key=value;… (empty for the whole figure)"), _field("group", "string"),
        _field("value", "integer" if integer else "number", "the figure, or a GSS symbol where there is none"),
        _field("status", "string", "what the cell is", constraints={"enum": [s.value for s in CellStatus]}),
        _field("notes", "string", "references to the notes"),
    ]
    resources.append({"name": "figures", "path": "figures.csv", "title": f"Every figure of {release}, one a row",
                      "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
                      "encoding": "utf-8", "schema": {"fields": long_fields, "missingValues": symbols}})
    resources.append({"name": "notes", "path": "notes.csv", "title": "The notes the tables refer to",
                      "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
                      "encoding": "utf-8", "schema": {"fields": [_field(h, "string") for h in NOTES_HEADER]}})
    package = {
        "profile": "tabular-data-package",
        "name": _slug(release),
        "title": f"{release}: figures with small numbers protected",
        "licenses": [licence],
        "sources": [{"title": release + (f" (published {published})" if published else "")}],
        "resources": resources,
        "foistats": {
            "symbols": SYMBOL_MEANINGS,
            "charts": [c.to_json() for c in charts],
            "disclosure_control": [
                {"measure": ls.measure, "unit": ls.unit, **p.to_json()} for ls, p in zip(linked, protections)],
        },
    }
    path = folder / "datapackage.json"
    # one line: with an indent the audit's thousands of intervals take longer than the tables
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    return path


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-") or "release"
