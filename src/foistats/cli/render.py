"""What every command prints, written once: rows as a table, CSV or JSON (shaped by the
options of :mod:`foistats.cli.options`), and a progress bar for long work.

Tables are for reading: one line a row, numbers rounded, identifiers whole, prose cut with
an ellipsis, markup and control characters shown as text (a note saying ``[redacted]`` or
holding an ANSI escape cannot change the terminal). CSV and JSON are for machines: full
precision, and CSV cells a spreadsheet cannot run as formulas.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..cells import inert_cell, printable
from ..periods import Period
from .options import TABLE_ROWS

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# a table's prose cells (notes, formulas, caveats) are cut to this width with an ellipsis
PROSE_WIDTH = 40
# …and kept at least this wide before a column is left out for lack of room
PROSE_MIN = 12
# a name (an id, a slug) is cut only when nothing else can give room, and not below this
NAME_MIN = 16
_NUMBER = re.compile(r"[-+]?[\d,.]*(?:\.\.[-+]?[\d,.]*)?")


def render(
    rows: list[dict[str, object]],
    columns: list[str],
    fmt: str,
    *,
    title: str = "",
    table: list[str] | None = None,
    chosen: str | None = None,
    limit: int | None = None,
    colours: dict[str, dict[str, str]] | None = None,
) -> None:
    """Print rows as a table, CSV or JSON: the one way every command prints rows.

    ``columns`` are the CSV's columns (and the table's, unless ``table`` names the few a
    person reads); ``chosen`` (``--columns a,b``) picks others, for every format; ``limit``
    (``--limit``) keeps the first rows (a table shows :data:`TABLE_ROWS` unless told). CSV
    and JSON keep full precision, and CSV cells cannot run as spreadsheet formulas. A
    table shows each row on one line: numbers rounded for reading, identifiers whole,
    prose cut with an ellipsis, markup and control characters shown as text; ``colours``
    gives a column's cells a colour by their value (``{"verdict": {"supported": "green"}}``)."""
    if chosen is not None:
        columns = table = _chosen(chosen, rows, columns)
    total = len(rows)
    if limit is None and fmt == "table":
        limit = TABLE_ROWS
    shown = rows[:limit] if limit else rows
    if fmt == "json":
        picked = shown if chosen is None else [{c: row.get(c) for c in columns} for row in shown]
        sys.stdout.write(json.dumps(picked, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([inert_cell(cell_text(row.get(c))) for c in columns] for row in shown)
        return
    _table(shown, table or columns, title, total, colours or {})


def _chosen(chosen: str, rows: list[dict[str, object]], columns: list[str]) -> list[str]:
    names = [c.strip() for c in chosen.split(",") if c.strip()]
    known = list(dict.fromkeys([*columns, *(k for row in rows[:1] for k in row)]))
    unknown = [c for c in names if c not in known]
    if unknown or not names:
        raise typer.BadParameter(f"{', '.join(unknown) or 'no column'}: choose from {', '.join(known)}",
                                 param_hint="--columns")
    return names


def _table(rows: list[dict[str, object]], columns: list[str], title: str, total: int,
           colours: dict[str, dict[str, str]]) -> None:
    cells = {c: [_readable(row.get(c)) for row in rows] for c in columns}
    numeric = {c for c in columns if all(_NUMBER.fullmatch(v) for v in cells[c])}
    # a column with a cell of four words or more is prose; the rest (ids, slugs, dates, periods) are names
    prose = {c for c in columns if any(v.count(" ") >= 3 for v in cells[c])}
    widths, left_out = _fit(columns, cells, numeric, prose, out.width)
    notes = []
    if len(rows) < total:
        notes.append(f"first {len(rows)} of {total} rows: --limit 0 shows all")
    if left_out:
        notes.append(f"left out to fit {out.width} columns: {', '.join(left_out)} (--columns chooses)")
    table = Table(title=Text(printable(title)) if title else None, caption=Text("; ".join(notes)) if notes else None,
                  box=box.SIMPLE_HEAD, show_edge=False)
    for c in widths:
        table.add_column(Text(printable(c)), justify="right" if c in numeric else "left", width=widths[c],
                         no_wrap=True, overflow="ellipsis")
    for i in range(len(rows)):
        table.add_row(*(Text(cells[c][i], no_wrap=True, overflow="ellipsis",
                             style=colours.get(c, {}).get(str(rows[i].get(c)), "")) for c in widths))
    out.print(table)


def _fit(columns: list[str], cells: dict[str, list[str]], numeric: set[str], prose: set[str],
         room: int) -> tuple[dict[str, int], list[str]]:
    """Each column's width within ``room`` characters, and the columns left out (``columns``
    come in order of importance). A column with nothing in it is left out; prose narrows
    first (down to :data:`PROSE_MIN`), then the widest names are cut (down to
    :data:`NAME_MIN`); when that is not enough, columns go from the right, numbers last,
    and the rest are fitted again. Numbers are never cut and nothing wraps."""
    natural = {c: max(map(len, [c, *cells[c]])) for c in columns if any(cells[c]) or not cells[c]}
    natural.update({c: min(natural[c], PROSE_WIDTH) for c in prose if c in natural})
    candidates = [c for c in reversed(columns) if c in natural and c not in numeric]
    candidates += [c for c in reversed(columns) if c in natural and c in numeric]
    left_out: list[str] = []
    while True:
        widths = {c: w for c, w in natural.items() if c not in left_out}

        def excess() -> int:  # a column takes a space each side and one between
            return sum(widths.values()) + 3 * len(widths) - 1 - room

        for names, least in ((prose, PROSE_MIN), (set(widths) - prose - numeric, NAME_MIN)):
            while excess() > 0:
                widest = max((c for c in names if c in widths and widths[c] > least), key=widths.get, default=None)
                if widest is None:
                    break
                widths[widest] -= 1
        if excess() <= 0 or len(widths) == 1:
            return widths, [c for c in columns if c in left_out]
        left_out.append(candidates.pop(0))


def _readable(value: object) -> str:
    """A cell as a person reads it: a number rounded (3.04, 45.6, 1,234), text printable."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return printable(cell_text(value))
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{int(value):,}"


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ";".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in value.items())
    return str(value)


def blocks(items: list[tuple[str, list[tuple[str, str]]]], *, title: str = "", limit: int | None = None) -> None:
    """Print items one block each, for records whose prose a table would cut (a review
    item's guess and reason): a head line, then each field whole, wrapped to the screen
    under its name, and a blank line. ``limit`` as in :func:`render`."""
    limit = TABLE_ROWS if limit is None else limit
    shown = items[:limit] if limit else items
    width = max(out.width, 40)
    if title:
        out.print(printable(title) + (f" (first {len(shown)}: --limit 0 shows all)" if len(shown) < len(items) else ""),
                  markup=False)
    for head, fields in shown:
        lines = ["", printable(head)]
        name_width = max((len(name) for name, _ in fields), default=0) + 2
        for name, text in fields:
            lines += textwrap.wrap(printable(text), width, initial_indent=f"  {name + ':':<{name_width}}",
                                   subsequent_indent=" " * (name_width + 2), break_on_hyphens=False) or [f"  {name}:"]
        out.print("\n".join(lines), markup=False, soft_wrap=True)


def guess_text(guess: dict | None) -> str:
    """A review item's guess as a person reads it: status, value or bounds, measure, period,
    breakdown, and the measures it may be when the reader guessed (a row's figures at once)."""
    if not guess:
        return ""
    held = guess.get("figures")
    if isinstance(held, int):
        return f"{held:,} figures of a table"
    figures = held or [guess]
    first = figures[0]
    values = ", ".join(_value_text(f) for f in figures)
    periods = list(dict.fromkeys(_period_text(f) for f in figures))
    parts = [f"{first.get('status') or 'reported'} {values}", first.get("measure") or "(measure not known)",
             ", ".join(periods), cell_text(first.get("breakdown"))]
    text = ", ".join(p for p in parts if p)
    if first.get("measure_choices"):
        text += f" (measure guessed: may be {' or '.join(first['measure_choices'])})"
    return text


def _value_text(guess: dict) -> str:
    if guess.get("value") is not None:
        return f"{guess['value']:,}"
    lower, upper = guess.get("lower"), guess.get("upper")
    if lower is not None and upper is not None:
        return f"{lower:,} to {upper:,}"
    if lower is not None or upper is not None:
        return f"at least {lower:,}" if upper is None else f"at most {upper:,}"
    return "no value"


def _period_text(guess: dict) -> str:
    if not guess.get("period_start") or not guess.get("period_end"):
        return "period not known"
    return Period(date.fromisoformat(guess["period_start"]), date.fromisoformat(guess["period_end"])).label


@contextmanager
def progress(what: str, total: int | None = None) -> Iterator[Callable[..., None]]:
    """A progress bar on stderr while a long piece of work runs (only on a terminal: a
    pipe or a log gets no bar). Yields ``advance(done=None, total=None, what=None)``: with
    ``done`` it sets the count, else it adds one."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(what, total=total)

        def advance(done: int | None = None, total: int | None = None, what: str | None = None) -> None:
            if done is None:
                bar.advance(task)
            else:
                bar.update(task, completed=done, total=total, description=what or bar.tasks[0].description)

        yield advance
