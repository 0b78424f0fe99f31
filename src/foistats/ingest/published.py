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
and nothing is written.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..errors import FoistatsError, InputError
from ..model import Breakdown, Observation, Qualifier, SourceRef, Status
from ..paths import check_slug
from ..periods import parse_comparison
from .text import decode
from .values import MAX_COUNT

COLUMNS = ["release", "published", "measure", "area", "period", "breakdown", "value", "unit",
           "qualifier", "status", "note"]
READER = "published_csv"


def published_text(data: bytes, file_name: str) -> str | None:
    """The text of a published-figures CSV, in whatever encoding it was saved (UTF-8,
    UTF-16, Windows-1252), or None when its first line is not the header."""
    try:
        text = decode(data, file_name)
    except InputError:
        return None
    return text if looks_like_published_figures(text[:4096]) else None


def looks_like_published_figures(head: str) -> bool:
    """True when a CSV's first line is the published-figures header."""
    first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
    return [c.strip().lower() for c in first.split(",")] == COLUMNS


def read_published_figures(text: str, *, file_name: str, document: str) -> tuple[list[Observation], dict[str, str]]:
    """All the figures of a published-figures CSV, and the releases it names with their
    publication dates. Raises :class:`InputError` naming the first bad line."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [c.strip().lower() for c in (reader.fieldnames or [])]
    if header != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        what = f"missing {', '.join(missing)}" if missing else f"columns in the wrong order or extra ({', '.join(header)})"
        raise InputError(f"{file_name} line 1: not a published-figures header: {what}; expected {','.join(COLUMNS)}")
    reader.fieldnames = header
    observations: list[Observation] = []
    releases: dict[str, str] = {}
    first_line: dict[tuple, int] = {}
    for row in reader:
        line = reader.line_num
        try:
            if None in row or any(v is None for v in row.values()):
                raise InputError(f"expected {len(COLUMNS)} fields")
            obs = _row_observation(row, file_name, document, line)
            published = _published(row["published"])
            if releases.setdefault(obs.release, published) != published:
                raise InputError(
                    f"release {obs.release!r} was published {releases[obs.release]!r} on an earlier line, not {published!r}"
                )
            key = (obs.release, obs.measure, obs.area, obs.period_label, str(obs.breakdown), obs.unit)
            if key in first_line:
                raise InputError(
                    f"the same figure as line {first_line[key]} (release, measure, area, period, "
                    "breakdown and unit); keep one"
                )
            first_line[key] = line
        except FoistatsError as exc:
            raise InputError(f"{file_name} line {line}: {exc}; fix the row and import the file again") from None
        observations.append(obs)
    if not observations:
        raise InputError(f"{file_name}: the file has a header but no figures")
    return observations, releases


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
    period, base = parse_comparison(row["period"])
    status_text = row["status"].strip() or Status.REPORTED.value
    if status_text not in {s.value for s in Status}:
        raise InputError(f"status {status_text!r} is not one of {', '.join(s.value for s in Status)}")
    status = Status(status_text)
    value_text = row["value"].strip().replace(",", "")
    try:
        value = float(value_text) if value_text else None
    except ValueError:
        raise InputError(f"value {row['value']!r} is not a number") from None
    if value is not None and not -MAX_COUNT <= value <= MAX_COUNT:
        raise InputError(f"value {row['value'].strip()!r} is outside the range foistats takes "
                         f"({-MAX_COUNT:,} to {MAX_COUNT:,})")
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
        breakdown=Breakdown.parse(row["breakdown"]),
        value=value,
        unit=row["unit"].strip(),
        status=status,
        qualifier=qualifier,
        note=row["note"].strip(),
        source=SourceRef(document, Path(file_name).name, f"line {line}", READER),
    )
