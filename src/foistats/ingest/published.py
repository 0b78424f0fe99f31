"""Published figures: a CSV of the figures a release printed, one row per figure.

Columns (``shared/sample/published_figures.csv`` is an example)::

    release,published,measure,area,period,breakdown,value,unit,qualifier,status,note

- ``area`` is any spelling :func:`foistats.areas.resolve_area` knows;
- ``period`` any spelling :func:`foistats.periods.parse_period` reads, or ``P vs Q`` for a
  published change of P against Q (unit ``percent_change``);
- ``breakdown`` is ``key=value;key=value`` in the dimension vocabulary, empty for a total;
- ``status`` is one of :class:`foistats.model.Status` (empty means ``reported``);
- ``qualifier`` is one of :class:`foistats.model.Qualifier` (empty means ``exact`` for a
  reported figure).

Every row is checked. One bad row rejects the whole file, naming its line and the reason,
and nothing is written. The file is read as it is written, so its size does not set the
memory it takes.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from ..errors import FoistatsError, InputError
from ..model import LARGEST_VALUE, Breakdown, Observation, Qualifier, SourceRef, Status
from ..paths import check_slug
from ..store import Store
from ..periods import parse_comparison
from .text import decode

COLUMNS = ["release", "published", "measure", "area", "period", "breakdown", "value", "unit",
           "qualifier", "status", "note"]
READER = "published_csv"
# figures read and written at a time: a file of millions of rows is never held at once
PART_ROWS = 5_000
# a file of millions of rows spells the same few periods and breakdowns over and over
_comparison = lru_cache(maxsize=4096)(parse_comparison)
_breakdown = lru_cache(maxsize=4096)(Breakdown.parse)


def looks_like_published_figures(head: str) -> bool:
    """True when a CSV's first line is the published-figures header."""
    first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
    return [c.strip().lower() for c in first.split(",")] == COLUMNS


def published_figures(stream: TextIO, *, file_name: str, document: str, releases: dict[str, str],
                      part: int | None = None) -> Iterator[list[Observation]]:
    """The figures of a published-figures CSV, read from ``stream`` as they are used, in
    lists of ``part`` (default :data:`PART_ROWS`); the releases it names go into ``releases`` with their publication
    dates. Raises :class:`InputError` naming the first bad line; a figure given twice is
    found where it is written (:func:`repeated_figure`)."""
    part = part or PART_ROWS
    reader = csv.DictReader(stream)
    header = [c.strip().lower().lstrip("\ufeff") for c in (reader.fieldnames or [])]
    if header != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        what = f"missing {', '.join(missing)}" if missing else f"columns in the wrong order or extra ({', '.join(header)})"
        raise InputError(f"{file_name} line 1: not a published-figures header: {what}; expected {','.join(COLUMNS)}")
    reader.fieldnames = header
    figures: list[Observation] = []
    count = 0
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            try:
                if None in row or any(v is None for v in row.values()):
                    raise InputError(f"expected {len(COLUMNS)} fields")
                obs = _row_observation(row, file_name, document, line)
                published = _published(row["published"])
                if releases.setdefault(obs.release, published) != published:
                    raise InputError(f"release {obs.release!r} was published {releases[obs.release]!r} on an "
                                     f"earlier line, not {published!r}")
            except FoistatsError as exc:
                raise InputError(f"{file_name} line {line}: {exc}; fix the row and import the file again") from None
            figures.append(obs)
            if len(figures) == part:
                count += len(figures)
                yield figures
                figures = []
    except UnicodeDecodeError:
        raise InputError(f"{file_name} after line {line}: not UTF-8 text; save it as UTF-8 CSV and import it "
                         "again") from None
    except csv.Error as exc:
        raise InputError(f"{file_name} line {reader.line_num}: {exc}; fix the row and import the file again") from None
    if not count and not figures:
        raise InputError(f"{file_name}: the file has a header but no figures")
    yield figures


def repeated_figure(file_name: str, document: str):
    """What :meth:`Store.write_source` runs once the figures are written: the first figure
    given on two lines is an error naming both."""

    def check(conn, at) -> None:
        repeated = Store.repeated(conn, document)
        if repeated is not None:
            raise InputError(f"{file_name} {repeated[0]}: the same figure as {repeated[1]} (release, measure, area, "
                             "period, breakdown and unit); keep one, and import the file again")

    return check


def _published(text: str) -> str:
    text = text.strip()
    if not re.fullmatch(r"(19|20)\d\d(-\d\d(-\d\d)?)?", text):
        raise InputError(f"published {text!r} must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _row_observation(row: dict[str, str], file_name: str, document: str, line: int) -> Observation:
    release = row["release"].strip()
    if not release:
        raise InputError("release is empty")
    check_slug(release, "release")  # it names the folder its stories are written in
    period, base = _comparison(row["period"])
    status_text = row["status"].strip() or Status.REPORTED.value
    if status_text not in {s.value for s in Status}:
        raise InputError(f"status {status_text!r} is not one of {', '.join(s.value for s in Status)}")
    status = Status(status_text)
    value_text = row["value"].strip().replace(",", "")
    try:
        value = float(value_text) if value_text else None
    except ValueError:
        raise InputError(f"value {row['value']!r} is not a number") from None
    if value is not None and not -LARGEST_VALUE <= value <= LARGEST_VALUE:
        raise InputError(f"value {row['value'].strip()!r} is outside the range foistats takes "
                         f"({-LARGEST_VALUE:,} to {LARGEST_VALUE:,})")
    qualifier_text = row["qualifier"].strip()
    if qualifier_text and qualifier_text not in {q.value for q in Qualifier}:
        raise InputError(f"qualifier {qualifier_text!r} is not one of {', '.join(q.value for q in Qualifier)}")
    qualifier = Qualifier(qualifier_text) if qualifier_text else (Qualifier.EXACT if status is Status.REPORTED else None)
    return Observation(
        release=release,
        measure=row["measure"].strip(),
        area=row["area"].strip(),
        period=period,
        base_period=base,
        breakdown=_breakdown(row["breakdown"]),
        value=value,
        unit=row["unit"].strip(),
        status=status,
        qualifier=qualifier,
        note=row["note"].strip(),
        source=SourceRef(document, Path(file_name).name, f"line {line}", READER),
    )
