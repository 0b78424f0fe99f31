"""Facts: the statistics every output stands on, and the engine that makes them.

A :class:`Fact` is a number (or bounds) about a subject — measure, area, period or pair of
periods, breakdown — that knows the observations or Facts it was made from, its formula
in words with the numbers filled in, and its :class:`Caveat` s. Facts keep full
precision; rounding belongs to outputs.

Each kind of Fact is one small class in its own module (``count``, ``total``, ``change``,
…), in the manner of agate's computations: a docstring saying what it computes,
``validate`` recording in ``why_not`` what it refuses to compute and why, and ``run``
adding its Facts. They work set-wise in DuckDB over the frame (see :mod:`.frame`), in
two lanes run side by side (see ``_lanes``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ..model import Breakdown, Observation, _number
from ..periods import Period
from .frame import FACT_COLUMNS, build_frame, insert_rows

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class Caveat:
    """Something a reader of a Fact must be told: a kind and a sentence, and the areas it names."""

    kind: str
    text: str
    areas: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "areas": list(self.areas)}


@dataclass(frozen=True)
class Fact:
    """A derived statistic: its value or bounds, how it was made, and its caveats."""

    id: str
    kind: str
    release: str
    measure: str
    area: str
    period: Period
    base_period: Period | None
    breakdown: Breakdown
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    qualifier: str | None
    formula: str
    inputs: tuple[str, ...]
    caveats: tuple[Caveat, ...]
    detail: dict[str, object] = field(default_factory=dict)

    def caveat(self, kind: str) -> Caveat | None:
        """The first caveat of a kind, if the Fact carries one."""
        return next((c for c in self.caveats if c.kind == kind), None)

    @property
    def is_exact(self) -> bool:
        return self.value is not None and self.lower is None and self.upper is None

    def to_json(self) -> dict[str, object]:
        """The stable JSON row of ``foistats facts --format json``."""
        return {
            "id": self.id,
            "kind": self.kind,
            "release": self.release,
            "measure": self.measure,
            "area": self.area,
            "period": self.period.label,
            "base_period": self.base_period.label if self.base_period else None,
            "breakdown": self.breakdown.to_json(),
            "value": _number(self.value),
            "lower": _number(self.lower),
            "upper": _number(self.upper),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "formula": self.formula,
            "inputs": list(self.inputs),
            "caveats": [c.to_json() for c in self.caveats],
            "detail": self.detail,
        }


@dataclass(frozen=True)
class NotMade:
    """A Fact that could not be made, and why (for stories to say so and checks to answer
    "cannot decide")."""

    kind: str
    measure: str
    area: str
    period: Period
    base_period: Period | None
    breakdown: Breakdown
    reason: str


class FactKind:
    """One kind of Fact. Subclasses say what they compute in their docstring."""

    kind: str = ""

    def validate(self, con: duckdb.DuckDBPyConnection) -> None:
        """Record in ``why_not`` the subjects this kind will not compute, and why."""

    def run(self, con: duckdb.DuckDBPyConnection) -> None:
        """Add this kind's Facts to ``facts``."""
        raise NotImplementedError

    @staticmethod
    def insert(con: duckdb.DuckDBPyConnection, select_sql: str, params: Sequence[object] = ()) -> None:
        """Add the rows of a SELECT giving every fact column but ``id``, plus ``key``:
        the id is made from the kind and the key, so it is stable across runs."""
        columns = ", ".join(c for c in FACT_COLUMNS if c != "id")
        part = _new_part(con)
        con.execute(
            f"INSERT INTO {part} SELECT concat('fact-', left(md5(concat(kind, '|', key)), 12)) AS id, {columns} "
            f"FROM ({select_sql})",
            list(params),
        )

    @staticmethod
    def insert_rows(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
        """Add Facts made in Python, as tuples of every fact column."""
        if rows:
            insert_rows(con, _new_part(con), rows)


_PARTS_LOCK = threading.Lock()


def _new_part(con: duckdb.DuckDBPyConnection) -> str:
    """A new, empty table of Facts, added to the ``facts`` view.

    Each batch of Facts gets a table of its own: appending to one ever-growing table
    costs several times more in DuckDB than filling a fresh one. The lanes add tables
    side by side, so one at a time."""
    with _PARTS_LOCK:
        parts = [name for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'fact\\_part\\_%' ESCAPE '\\' "
            "ORDER BY len(table_name), table_name").fetchall()]
        part = f"fact_part_{len(parts)}"
        con.execute(f"CREATE TABLE {part} AS FROM fact_part_0 LIMIT 0")
        con.execute("CREATE OR REPLACE VIEW facts AS " + " UNION ALL ".join(f"FROM {p}" for p in [*parts, part]))
        return part


def _lanes() -> list[list[FactKind]]:
    """The kinds of Fact, in two lanes that read nothing of each other's, so they can run
    side by side; within a lane, order matters (a later kind reads what an earlier made)."""
    from .change import Change
    from .comparable_change import ComparableChange
    from .count import Count
    from .implied import Implied
    from .per_day import PerDay
    from .rank import Rank
    from .rate import Rate
    from .ratio import Ratio
    from .reconcile import Reconcile
    from .share import Share
    from .total import Total

    return [
        # changes read the counts' caveats, ratios the changes' pairs
        [Count(), Change(), Ratio(), ComparableChange(), Implied(), Rate(), Reconcile()],
        # daily averages read the totals
        [Total(), Rank(), Share(), PerDay()],
    ]


def kinds() -> list[str]:
    """The names of every kind of Fact, in the order they are computed."""
    return [k.kind for lane in _lanes() for k in lane]


def _run_lane(con: duckdb.DuckDBPyConnection, kinds: list[FactKind]) -> None:
    # a cursor of its own: its temporary tables are its own, the frame and the Facts shared
    lane = con.cursor()
    try:
        for kind in kinds:
            kind.validate(lane)
            kind.run(lane)
    finally:
        lane.close()


class FactSet:
    """Every Fact the observations of a workspace support, computed together."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    @classmethod
    def compute(
        cls, store: Store, *, extra: Sequence[Observation] = (), population_csv: Path | None = None
    ) -> "FactSet":
        con = build_frame(store, extra=extra, population_csv=population_csv)
        lanes = _lanes()
        with ThreadPoolExecutor(max_workers=len(lanes)) as pool:
            for lane in [pool.submit(_run_lane, con, kinds) for kinds in lanes]:
                lane.result()
        return cls(con)

    def facts(
        self,
        *,
        release: Iterable[str] | None = None,
        area: Iterable[str] | None = None,
        measure: Iterable[str] | None = None,
        period: Period | None = None,
        base_period: Period | None = None,
        kind: Iterable[str] | None = None,
        breakdown: Breakdown | None = None,
        ids: Iterable[str] | None = None,
    ) -> list[Fact]:
        where, params = _filters(release=release, area=area, measure=measure, kind=kind, id=ids)
        if period is not None:
            where.append("period_start = ? AND period_end = ?")
            params += [period.start, period.end]
        if base_period is not None:
            where.append("base_start = ? AND base_end = ?")
            params += [base_period.start, base_period.end]
        if breakdown is not None:
            where.append("breakdown = ?")
            params.append(str(breakdown))
        sql = (
            f"SELECT {', '.join(FACT_COLUMNS)} FROM facts WHERE {' AND '.join(where) or 'true'} "
            "ORDER BY measure, area, period_start, period_end, base_start NULLS FIRST, breakdown, kind, unit, id"
        )
        return [_fact(row) for row in self.con.execute(sql, params).fetchall()]

    def why_not(
        self,
        *,
        kind: Iterable[str] | None = None,
        area: Iterable[str] | None = None,
        measure: Iterable[str] | None = None,
        period: Period | None = None,
        base_period: Period | None = None,
    ) -> list[NotMade]:
        where, params = _filters(kind=kind, area=area, measure=measure)
        for prefix, chosen in (("period", period), ("base", base_period)):
            if chosen is not None:
                where.append(f"{prefix}_start = ? AND {prefix}_end = ?")
                params += [chosen.start, chosen.end]
        rows = self.con.execute(
            "SELECT DISTINCT kind, measure, area, period_start, period_end, base_start, base_end, breakdown, reason "
            f"FROM why_not WHERE {' AND '.join(where) or 'true'} ORDER BY ALL",
            params,
        ).fetchall()
        return [
            NotMade(k, m, a, Period(ps, pe), Period(bs, be) if bs else None, Breakdown.parse(b), reason)
            for k, m, a, ps, pe, bs, be, b, reason in rows
        ]


def _filters(**columns: Iterable[str] | None) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    for column, values in columns.items():
        if values is not None:
            where.append(f"list_contains(?, {column})")
            params.append(list(values))
    return where, params


# Facts share a few breakdowns and periods, which are immutable: read each once
@lru_cache(maxsize=8192)
def _breakdown(text: str) -> Breakdown:
    return Breakdown.parse(text)


@lru_cache(maxsize=8192)
def _period(start, end) -> Period:
    return Period(start, end)


def _fact(row: tuple) -> Fact:
    rec = dict(zip(FACT_COLUMNS, row))
    base = _period(rec["base_start"], rec["base_end"]) if rec["base_start"] else None
    return Fact(
        id=rec["id"],
        kind=rec["kind"],
        release=rec["release"] or "",
        measure=rec["measure"],
        area=rec["area"],
        period=_period(rec["period_start"], rec["period_end"]),
        base_period=base,
        breakdown=_breakdown(rec["breakdown"]),
        value=rec["value"],
        lower=rec["lower"],
        upper=rec["upper"],
        unit=rec["unit"],
        qualifier=rec["qualifier"],
        formula=rec["formula"],
        inputs=tuple(rec["inputs"] or ()),
        caveats=tuple(Caveat(c["kind"], c["text"], tuple(c["areas"] or ())) for c in rec["caveats"] or ()),
        detail=json.loads(rec["detail"]) if rec["detail"] else {},
    )
