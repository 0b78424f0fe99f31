"""The engine that makes the Facts every output stands on (see :mod:`.fact`).

A :class:`~foistats.analysis.fact.Fact` is a number (or bounds) about a subject — measure,
area, period or pair of periods, breakdown — that knows the observations or Facts it was
made from, its formula in words with the numbers filled in, and its caveats. Facts keep
full precision; rounding belongs to outputs.

Each kind of Fact is one small class in its own module of :mod:`.kinds` (``count``,
``total``, ``change``, …), in the manner of agate's computations: a docstring saying what
it computes, ``reads`` naming the kinds it reads, ``validate`` recording in ``why_not``
what it refuses to compute and why, and ``run`` adding its Facts. They work set-wise in
DuckDB over the frame (see :mod:`.frame`), in lanes run side by side, built from the
kinds' ``reads`` (see :func:`lanes`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ..model import Breakdown, Observation
from ..periods import Period
from .fact import Caveat, Fact, NotMade
from .frame import FACT_COLUMNS, build_frame
from .kinds import KINDS
from .kinds.base import FactKind

if TYPE_CHECKING:
    from ..store import Store


# the lanes run side by side, each on a core of its own
LANES = 2


def lanes(kinds: Sequence[FactKind] = KINDS, count: int = LANES) -> list[list[FactKind]]:
    """``kinds`` in ``count`` lanes that read nothing of each other's, so they can run side
    by side. A kind and the kinds it ``reads`` (and theirs) share a lane, in the order of
    ``kinds``, which must put a kind after those it reads; such groups fill the first lane
    up to its share of the kinds, then the next."""
    position = {k.kind: i for i, k in enumerate(kinds)}
    group = {k.kind: k.kind for k in kinds}

    def root(name: str) -> str:
        while group[name] != name:
            name = group[name]
        return name

    for k in kinds:
        for read in k.reads:
            if position.get(read, len(kinds)) >= position[k.kind]:
                raise ValueError(f"the {k.kind} Facts read the {read} Facts, which are not made before them")
            group[root(k.kind)] = root(read)
    groups: dict[str, list[FactKind]] = {}
    for k in kinds:
        groups.setdefault(root(k.kind), []).append(k)
    share = len(kinds) / count
    made: list[list[FactKind]] = [[]]
    for members in groups.values():
        if len(made[-1]) >= share and len(made) < count:
            made.append([])
        made[-1].extend(members)
    return [sorted(lane, key=lambda k: position[k.kind]) for lane in made]


def kind_names() -> list[str]:
    """The names of every kind of Fact, in the order they are computed."""
    return [k.kind for k in KINDS]


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
        cls, store: Store, *, extra: Sequence[Observation] = (), population_csv: Path | None = None,
        asked: Mapping[str, Iterable[str]] | None = None,
    ) -> "FactSet":
        """Every Fact of the store's figures (see :func:`build_frame` for ``extra``,
        ``population_csv`` and ``asked``)."""
        con = build_frame(store, extra=extra, population_csv=population_csv, asked=asked)
        made = lanes()
        with ThreadPoolExecutor(max_workers=len(made)) as pool:
            for lane in [pool.submit(_run_lane, con, kinds) for kinds in made]:
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
