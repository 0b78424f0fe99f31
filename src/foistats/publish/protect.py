"""Disclosure control: primary and secondary suppression, then an audit by linear programming.

**Relations.** The cells of a linked set are tied by sums an attacker can use: the rows
of an area add up to the nation or UK row above them, the groups of a breakdown family to
the area's total (or to a wider group: bands 0 to 4 and 5 to 10 to the band 0 to 10), and
years to a span that they tile. Each is checked against the true figures: where the parts
add up to the whole it is an equation, where they fall short (a force missing, groups
that do not cover everyone) an inequality ``parts <= whole``. The audit assumes the
attacker knows every relation that the true figures satisfy, which can only make it
stricter.

**Primary suppression** hides figures from 1 to the rule's limit (``k=5``: 1 to 4, the
default; ``dfe``: 1 to 5; ``none``: nothing). A figure the force withheld is always
hidden, whatever the rule.

**Secondary suppression** hides more cells until no hidden cell is alone in an equation,
choosing in each the cell that costs least: a figure above zero (a hidden 0 protects
nothing), low, of a series (area and group) already hidden in another period (so that
the same rows lose out year after year), and a force's row before a nation's. The
**audit** then solves, for each hidden cell, the least and greatest value the published
figures allow (HiGHS, one model per connected group of hidden cells, re-solved with a
new objective). A cell fails when its interval pins one value, or lies inside 1 to the
rule's limit (it is provably small), or, for a force's own suppression, is narrower than
the range the force gave. Each failure hides one more cell of an equation it is in, and
the audit runs again; a failure that no cell can fix stops the publish.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

import highspy
import numpy as np

from ..areas import ancestors, all_areas
from ..errors import FoistatsError
from .tables import Cell, LinkedSet, family

_TOL = 1e-6


class DisclosureError(FoistatsError):
    """Suppression that cannot protect every small figure: nothing is published."""


@dataclass(frozen=True)
class Rule:
    """Hide figures from 1 to ``limit`` (0: hide none of ours)."""

    name: str
    limit: int

    def primary(self, cell: Cell) -> bool:
        if cell.value is None or self.limit == 0:
            return False
        if cell.qualifier in ("under", "almost"):  # "under 5" is a small number too
            return cell.value <= self.limit + 1
        return 1 <= cell.value <= self.limit


def parse_rule(text: str) -> Rule:
    """``k=N`` (hide 1 to N-1), ``dfe`` (1 to 5) or ``none``."""
    text = (text or "").strip().lower()
    if text == "none":
        return Rule("none", 0)
    if text == "dfe":
        return Rule("dfe", 5)
    match = re.fullmatch(r"k\s*=\s*(\d+)", text)
    if match and int(match.group(1)) >= 2:
        return Rule(f"k={int(match.group(1))}", int(match.group(1)) - 1)
    raise FoistatsError(f"--rule {text!r}: give k=N (N of 2 or more: hide 1 to N-1), dfe (hide 1 to 5) or none")


@dataclass(frozen=True)
class Relation:
    """``whole = sum(parts)`` (``equal``) or ``sum(parts) <= whole``."""

    whole: tuple
    parts: tuple[tuple, ...]
    equal: bool

    @property
    def keys(self) -> tuple[tuple, ...]:
        return (self.whole, *self.parts)


@dataclass
class Interval:
    """What an attacker can prove of one hidden cell from everything published."""

    cell: Cell
    lower: float
    upper: float  # math.inf when unbounded

    def to_json(self) -> dict[str, object]:
        return {"area": self.cell.area, "period": self.cell.period.label, "breakdown": str(self.cell.breakdown),
                "lower": _num(self.lower), "upper": None if math.isinf(self.upper) else _num(self.upper)}


@dataclass
class Protection:
    """The outcome of disclosure control for one linked set."""

    rule: Rule
    cells: int
    source: int
    primary: int
    secondary: int
    rounds: int
    intervals: list[Interval] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        # counts of cells only: the sum of the hidden values would be one more equation
        return {"rule": self.rule.name, "cells": self.cells, "suppressed_by_force": self.source,
                "primary": self.primary, "secondary": self.secondary,
                "share_suppressed": round((self.source + self.primary + self.secondary) / self.cells, 4)
                if self.cells else 0.0,
                "audit_rounds": self.rounds, "audit": [i.to_json() for i in self.intervals]}


# --- relations -----------------------------------------------------------------------------


def _known(cell: Cell | None) -> bool:
    """A cell that can stand in a sum: a number, or a range the force gave."""
    return cell is not None and (cell.value is not None or cell.source_suppressed)


def _range(cell: Cell) -> tuple[float, float]:
    """What the truth of a cell may be, as far as we know it."""
    if cell.source_suppressed or cell.qualifier in ("over", "under", "almost"):
        lo = cell.lower if cell.lower is not None else 0.0
        hi = cell.upper if cell.upper is not None else math.inf
        return lo, hi
    return cell.value, cell.value


def relations(linked: LinkedSet) -> list[Relation]:
    """Every sum among the cells of a linked set that the true figures satisfy."""
    cells = linked.cells
    found: list[Relation] = []

    def add(whole: tuple, parts: list[tuple]) -> None:
        w = cells.get(whole)
        parts = [p for p in parts if _known(cells.get(p))]
        if not _known(w) or not parts:
            return
        lo = sum(_range(cells[p])[0] for p in parts)
        hi = sum(_range(cells[p])[1] for p in parts)
        wlo, whi = _range(w)
        if lo <= whi + _TOL and wlo <= hi + _TOL:
            found.append(Relation(whole, tuple(parts), True))
        elif lo <= whi + _TOL:
            found.append(Relation(whole, tuple(parts), False))

    by_series: dict[tuple, list[tuple]] = defaultdict(list)
    for key in cells:
        by_series[(key[0], key[2])].append(key)

    # areas: each row adds up into the nearest row above it
    rows = set(linked.areas)
    children: dict[str, list[str]] = defaultdict(list)
    for area in linked.areas:
        parent = next((a for a in ancestors(area) if a in rows), None)
        if parent is not None:
            children[parent].append(area)
    keys_by_pb: dict[tuple, set[str]] = defaultdict(set)
    for area, period, breakdown in cells:
        keys_by_pb[(period, breakdown)].add(area)
    for (period, breakdown), present in keys_by_pb.items():
        for parent, kids in children.items():
            if parent in present:
                add((parent, period, breakdown), [(k, period, breakdown) for k in kids])

    # groups: the cells differing in one family add up to the cell without it
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for key in cells:
        area, period, breakdown = key
        for fam in {family(k) for k in breakdown}:
            rest = type(breakdown)({k: v for k, v in breakdown.items() if family(k) != fam})
            groups[(area, period, rest, fam)].append(key)
    for (area, period, rest, fam), members in groups.items():
        if fam in ("victim_age", "suspect_age"):
            for whole, parts in _age_sums(members, fam):
                add(whole if whole is not None else (area, period, rest), parts)
        else:
            add((area, period, rest), members)

    # periods: a span and the years that tile it
    for series_keys in by_series.values():
        periods = sorted((k[1] for k in series_keys), key=lambda p: (p.start, p.end))
        for span in periods:
            tiles = _tiling(span, periods)
            if tiles:
                add((series_keys[0][0], span, series_keys[0][2]), [(series_keys[0][0], p, series_keys[0][2]) for p in tiles])
    return found


def _age_sums(members: list[tuple], fam: str) -> list[tuple[tuple | None, list[tuple]]]:
    """For age bands: the disjoint bands under everyone (whole ``None``), and under each band
    the disjoint bands inside it."""
    who = fam.split("_")[0]

    def band(key: tuple) -> tuple[int, int] | None:
        b = key[2]
        if b.get(f"{who}_age_known") == "false":
            return None
        return int(b[f"{who}_age_min"]), int(b[f"{who}_age_max"])

    def disjoint(keys: list[tuple]) -> list[tuple]:
        chosen, end = [], -1
        for key in sorted(keys, key=lambda k: (band(k)[0], band(k)[1])):
            if band(key)[0] > end:
                chosen.append(key)
                end = band(key)[1]
        return chosen

    banded = [k for k in members if band(k) is not None]
    unknown = [k for k in members if band(k) is None]
    sums: list[tuple[tuple | None, list[tuple]]] = [(None, disjoint(banded) + unknown)]
    for outer in banded:
        lo, hi = band(outer)
        inner = [k for k in banded if k != outer and lo <= band(k)[0] and band(k)[1] <= hi]
        if inner:
            sums.append((outer, disjoint(inner)))
    return sums


def _tiling(span, periods) -> list:
    """The periods, other than ``span``, that follow one another from its start to its end."""
    inside = [p for p in periods if p != span and span.start <= p.start and p.end <= span.end]
    chain, at = [], span.start
    for p in inside:
        if p.start == at:
            chain.append(p)
            at = p.end.fromordinal(p.end.toordinal() + 1)
    return chain if len(chain) > 1 and chain[-1].end == span.end else []


# --- suppression ---------------------------------------------------------------------------


def protect(linked: LinkedSet, rule: Rule, *, secondary: bool = True, max_rounds: int = 200) -> Protection:
    """Hide the cells the rule and the forces require, then enough others, and audit."""
    cells = linked.cells
    for cell in cells.values():
        if not cell.source_suppressed and cell.suppressed != "source":
            cell.suppressed = "primary" if rule.primary(cell) else None
    found = relations(linked)
    by_cell: dict[tuple, list[Relation]] = defaultdict(list)
    for rel in found:
        for key in rel.keys:
            by_cell[key].append(rel)
    suppressed_series: set[tuple] = {(c.area, c.breakdown) for c in cells.values() if c.suppressed}
    row_level = {a: all_areas()[a].is_force for a in linked.areas}
    row_order = {a: i for i, a in enumerate(linked.areas)}

    def cost(key: tuple) -> tuple:
        c = cells[key]
        value = c.value if c.value is not None else math.inf
        return (not row_level[c.area], value <= 0, (c.area, c.breakdown) not in suppressed_series, value,
                row_order[c.area], c.period.start, str(c.breakdown))

    def hide(key: tuple) -> None:
        cells[key].suppressed = "secondary"
        suppressed_series.add((key[0], key[2]))

    def candidates(rel: Relation) -> list[tuple]:
        return [k for k in rel.keys if not cells[k].suppressed and cells[k].value is not None]

    rounds = 0
    while True:
        if secondary:
            _close_equations(found, cells, candidates, cost, hide, by_cell)
        rounds += 1
        intervals = audit(linked, found)
        failures = [i for i in intervals if failed(i, rule)]
        if not failures:
            break
        if not secondary:
            break
        fixed = False
        for interval in failures:
            options = [k for rel in by_cell[interval.cell.key] for k in candidates(rel)]
            if options:
                hide(min(options, key=cost))
                fixed = True
        if not fixed or rounds >= max_rounds:
            cell = failures[0]
            raise DisclosureError(
                f"{linked.release} {linked.measure}: the hidden figure for {cell.cell.area} in "
                f"{cell.cell.period.label} ({cell.cell.breakdown or 'all'}) can be worked out as "
                f"{_span(cell)} from the published figures, and no further suppression fixes it; nothing was published")
    counts = defaultdict(int)
    for cell in cells.values():
        if cell.suppressed:
            counts[cell.suppressed] += 1
    return Protection(rule, sum(1 for c in cells.values() if _known(c)), counts["source"], counts["primary"],
                      counts["secondary"], rounds, intervals)


def _close_equations(found, cells, candidates, cost, hide, by_cell) -> None:
    """Until no equation holds exactly one hidden cell, hide the cheapest other cell of it."""
    queue = [rel for rel in found if rel.equal]
    while queue:
        rel = queue.pop()
        hidden = [k for k in rel.keys if cells[k].suppressed]
        if len(hidden) != 1:
            continue
        options = candidates(rel)
        if not options:
            continue
        chosen = min(options, key=cost)
        hide(chosen)
        queue.extend(r for r in by_cell[chosen] if r.equal)


def failed(interval: Interval, rule: Rule) -> bool:
    """An interval that gives a hidden figure away (see the module's docstring)."""
    lo, hi = math.ceil(interval.lower - _TOL), math.floor(interval.upper + _TOL) if not math.isinf(interval.upper) else math.inf
    if lo >= hi:
        return True
    cell = interval.cell
    if cell.source_suppressed:
        src_lo, src_hi = _range(cell)
        return lo > src_lo + _TOL or hi < src_hi - _TOL
    return rule.limit > 0 and lo >= 1 and hi <= rule.limit


# --- the audit -----------------------------------------------------------------------------


def audit(linked: LinkedSet, found: list[Relation] | None = None) -> list[Interval]:
    """For each hidden cell, the least and greatest value the published cells and the
    relations allow, by linear programming (one HiGHS model per connected group)."""
    cells = linked.cells
    found = relations(linked) if found is None else found
    hidden = [k for k, c in cells.items() if c.suppressed]
    # a cell published as "over"/"under" a figure is known only as a range
    ranged = [k for k, c in cells.items() if not c.suppressed and c.qualifier in ("over", "under", "almost")]
    variables = {k: i for i, k in enumerate(hidden + ranged)}
    parent = list(range(len(variables)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    used: list[Relation] = []
    for rel in found:
        ids = [variables[k] for k in rel.keys if k in variables]
        if not ids:
            continue
        used.append(rel)
        for i in ids[1:]:
            parent[root(i)] = root(ids[0])
    components: dict[int, list[Relation]] = defaultdict(list)
    for rel in used:
        components[root(next(variables[k] for k in rel.keys if k in variables))].append(rel)

    intervals: dict[tuple, Interval] = {}
    for rels in components.values():
        intervals.update(_solve(rels, cells, variables))
    out = []
    for key in hidden:
        if key not in intervals:  # in no relation: only its own bounds
            lo, hi = _bounds(cells[key])
            intervals[key] = Interval(cells[key], lo, hi)
        out.append(intervals[key])
    return out


def _bounds(cell: Cell) -> tuple[float, float]:
    """What an attacker knows of a cell before any sum: a force's range, else at least 0."""
    if cell.source_suppressed or cell.qualifier in ("over", "under", "almost"):
        return _range(cell)
    return 0.0, math.inf


def _solve(rels: list[Relation], cells: dict, variables: dict) -> dict[tuple, Interval]:
    keys = sorted({k for rel in rels for k in rel.keys if k in variables}, key=lambda k: variables[k])
    local = {k: i for i, k in enumerate(keys)}
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    inf = highspy.kHighsInf
    lows, highs = zip(*(_bounds(cells[k]) for k in keys))
    h.addVars(len(keys), np.array(lows, float), np.array([inf if math.isinf(x) else x for x in highs], float))
    for rel in rels:
        # whole - sum(parts) = 0, or >= 0; published cells move to the right-hand side
        coef: dict[int, float] = defaultdict(float)
        constant = 0.0
        for key, sign in [(rel.whole, 1.0)] + [(p, -1.0) for p in rel.parts]:
            if key in local:
                coef[local[key]] += sign
            else:
                constant += sign * cells[key].value
        idx = np.array(list(coef), dtype=np.int32)
        val = np.array([coef[i] for i in coef], float)
        lower = -constant
        upper = -constant if rel.equal else inf
        h.addRow(lower, upper, len(idx), idx, val)
    out: dict[tuple, Interval] = {}
    n = len(keys)
    all_idx = np.arange(n, dtype=np.int32)
    for key in keys:
        cell = cells[key]
        if not cell.suppressed:
            continue
        ends = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            cost = np.zeros(n)
            cost[local[key]] = 1.0
            h.changeColsCost(n, all_idx, cost)
            h.changeObjectiveSense(sense)
            h.run()
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kOptimal:
                ends.append(h.getInfo().objective_function_value)
            elif status in (highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible) \
                    and sense == highspy.ObjSense.kMaximize:
                ends.append(math.inf)
            else:
                raise DisclosureError(
                    f"the published figures around {cell.area} in {cell.period.label} contradict one another "
                    f"(the audit found them {h.modelStatusToString(status).lower()}); check the figures of that release")
        out[key] = Interval(cell, ends[0], ends[1])
    return out


def _span(interval: Interval) -> str:
    lo, hi = _num(interval.lower), interval.upper
    return f"{lo}" if hi == interval.lower else f"{lo} to {'any number' if math.isinf(hi) else _num(hi)}"


def _num(x: float) -> int | float:
    return int(round(x)) if abs(x - round(x)) < _TOL else round(x, 3)
