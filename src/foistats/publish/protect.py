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
rule's limit (it is provably small), or, for a force's own suppression with a range, is
narrower than that range. Each failure hides one more cell of an equation it is in, and
the audit runs again; a failure that no cell can fix stops the publish.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import lru_cache

import highspy
import numpy as np

from ..areas import ancestors, all_areas
from ..errors import FoistatsError
from ..model import Breakdown
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
    """``whole = sum(parts)`` (``equal``) or ``sum(parts) <= whole``, over cell numbers."""

    whole: int
    parts: tuple[int, ...]
    equal: bool

    @property
    def members(self) -> tuple[int, ...]:
        return (self.whole, *self.parts)


@dataclass
class Interval:
    """What an attacker can prove of one hidden cell from everything published."""

    cell: Cell
    lower: float
    upper: float  # math.inf when unbounded
    index: int = -1  # the cell's number in its Web
    # as narrow as the forces' own ranges make it, whatever else is hidden
    inherent: bool = False

    def to_json(self) -> dict[str, object]:
        return {"area": self.cell.area, "period": self.cell.period.label, "breakdown": str(self.cell.breakdown),
                "lower": _num(self.lower), "upper": None if math.isinf(self.upper) else _num(self.upper),
                **({"as_the_forces_gave_it": True} if self.inherent else {})}


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


@dataclass
class Web:
    """The cells of a linked set that can stand in a sum, numbered, and the sums among them."""

    cells: list[Cell]
    relations: list[Relation]


def relations(linked: LinkedSet) -> Web:
    """Every sum among the cells of a linked set that the true figures satisfy."""
    # Periods and breakdowns are numbered once: hashing them costs more than all the rest
    periods = sorted({k[1] for k in linked.cells}, key=lambda p: (p.start, p.end))
    pid = {p: i for i, p in enumerate(periods)}
    breakdowns = list({k[2] for k in linked.cells})
    bid = {b: i for i, b in enumerate(breakdowns)}
    cells = [c for c in linked.cells.values() if _known(c)]
    index = {(c.area, pid[c.period], bid[c.breakdown]): i for i, c in enumerate(cells)}
    found: list[Relation] = []

    def add(whole: tuple, parts: list[tuple]) -> None:
        w = index.get(whole)
        members = [index[p] for p in parts if p in index]
        if w is None or not members:
            return
        lo = sum(_range(cells[p])[0] for p in members)
        hi = sum(_range(cells[p])[1] for p in members)
        wlo, whi = _range(cells[w])
        if lo <= whi + _TOL and wlo <= hi + _TOL:
            found.append(Relation(w, tuple(members), True))
        elif lo <= whi + _TOL:
            found.append(Relation(w, tuple(members), False))

    # areas: each row adds up into the nearest row above it
    rows = set(linked.areas)
    children: dict[str, list[str]] = defaultdict(list)
    for area in linked.areas:
        parent = next((a for a in ancestors(area) if a in rows), None)
        if parent is not None:
            children[parent].append(area)
    present: dict[tuple[int, int], set[str]] = defaultdict(set)
    for area, p, b in index:
        present[(p, b)].add(area)
    for (p, b), areas in present.items():
        for parent, kids in children.items():
            if parent in areas:
                add((parent, p, b), [(k, p, b) for k in kids])

    # groups: the cells differing in some families add up to the cell without them (bands
    # 0 to 4 and 5 to 10 to the area's figure; age by gender to the age band, the gender, the area)
    parents = {i: [(bid.get(rest), dropped) for rest, dropped in _parents(b)] for i, b in enumerate(breakdowns)}
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for key in index:
        area, p, b = key
        for rest, dropped in parents[b]:
            if rest is not None:
                groups[(area, p, rest, dropped)].append(key)
    for (area, p, rest, dropped), members in groups.items():
        ages = [f for f in dropped if f in ("victim_age", "suspect_age")]
        if len(dropped) == 1 and ages:
            who = ages[0].split("_")[0]
            banded = [(_band_of(breakdowns[k[2]], who), k) for k in members]
            for whole, parts in _age_sums(banded):
                add(whole if whole is not None else (area, p, rest), parts)
        elif all(_disjoint([_band_of(breakdowns[k[2]], f.split("_")[0]) for k in members]) for f in ages):
            add((area, p, rest), members)

    # periods: a span and the years that tile it
    tiles = {i: [pid[t] for t in _tiling(span, periods)] for i, span in enumerate(periods)}
    for area, p, b in index:
        if tiles[p]:
            add((area, p, b), [(area, t, b) for t in tiles[p]])
    return Web(cells, found)


def _subsets(fams: list[str]) -> list[tuple[str, ...]]:
    return [tuple(f for i, f in enumerate(fams) if mask >> i & 1) for mask in range(1, 1 << len(fams))]


@lru_cache(maxsize=4096)
def _band_of(breakdown: Breakdown, who: str) -> tuple[int, int] | None:
    items = dict(breakdown)
    if items.get(f"{who}_age_known") == "false":
        return None
    return int(items[f"{who}_age_min"]), int(items[f"{who}_age_max"])


@lru_cache(maxsize=4096)
def _parents(breakdown: Breakdown) -> tuple[tuple[Breakdown, tuple[str, ...]], ...]:
    """Each breakdown with some of its families dropped, and the families dropped."""
    items = dict(breakdown)
    fams = sorted({family(k) for k in items})
    return tuple((Breakdown({k: v for k, v in items.items() if family(k) not in dropped}), dropped)
                 for dropped in _subsets(fams))


def _disjoint(bands: list[tuple[int, int] | None]) -> bool:
    """Whether age bands never overlap (a band may recur, crossed with other families)."""
    known = sorted(set(bands) - {None})
    return all(a[1] < b[0] for a, b in zip(known, known[1:]))


def _age_sums(banded: list[tuple]) -> list[tuple[tuple | None, list[tuple]]]:
    """For (band, key) pairs of age bands: the disjoint bands under everyone (whole
    ``None``), and under each band the disjoint bands inside it."""
    def disjoint(pairs: list[tuple]) -> list[tuple]:
        chosen, end = [], -1
        for band, key in sorted(pairs, key=lambda x: x[0]):
            if band[0] > end:
                chosen.append(key)
                end = band[1]
        return chosen

    known = [(band, key) for band, key in banded if band is not None]
    unknown = [key for band, key in banded if band is None]
    sums: list[tuple[tuple | None, list[tuple]]] = [(None, disjoint(known) + unknown)]
    for band, key in known:
        inner = [(b, k) for b, k in known if k != key and band[0] <= b[0] and b[1] <= band[1]]
        if inner:
            sums.append((key, disjoint(inner)))
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


def suppress(linked: LinkedSet, rule: Rule, *, secondary: bool = True, max_rounds: int = 200) -> Protection:
    """Hide the cells the rule and the forces require, then enough others, and audit."""
    for cell in linked.cells.values():
        if not cell.source_suppressed:
            cell.suppressed = "primary" if rule.primary(cell) else None
    web = relations(linked)
    cells = web.cells
    by_cell: dict[int, list[Relation]] = defaultdict(list)
    for rel in web.relations:
        for i in rel.members:
            by_cell[i].append(rel)
    suppressed_series: set[tuple] = {(c.area, c.breakdown) for c in cells if c.suppressed}
    areas = all_areas()
    row_order = {a: i for i, a in enumerate(linked.areas)}

    def cost(i: int) -> tuple:
        c = cells[i]
        value = c.value if c.value is not None else math.inf
        return (not areas[c.area].is_force, value <= 0, (c.area, c.breakdown) not in suppressed_series, value,
                row_order[c.area], c.period.start, i)

    def hide(i: int) -> None:
        cells[i].suppressed = "secondary"
        suppressed_series.add((cells[i].area, cells[i].breakdown))

    def candidates(rel: Relation) -> list[int]:
        return [i for i in rel.members if not cells[i].suppressed and cells[i].value is not None]

    def nearest(start: int) -> list[int]:
        """The published cells of the sums nearest a hidden cell: its own, else those of
        the hidden cells it shares a sum with, and so on."""
        seen, frontier = {start}, [start]
        while frontier:
            options = [i for j in frontier for rel in by_cell[j] for i in candidates(rel)]
            if options:
                return options
            frontier = [i for j in frontier for rel in by_cell[j] for i in rel.members
                        if cells[i].suppressed and i not in seen]
            seen.update(frontier)
        return []

    rounds, baseline = 0, None
    while True:
        if secondary:
            _close_equations(web, candidates, cost, hide, by_cell)
        rounds += 1
        intervals = audit(web)
        failures = [i for i in intervals if failed(i, rule)]
        if failures:
            baseline = baseline or _baseline(web)
            for interval in failures:
                interval.inherent = _rounded(interval) == _rounded(baseline[interval.index])
            failures = [i for i in failures if not i.inherent]
        if not failures or not secondary:
            break
        fixed = False
        for interval in failures:
            options = nearest(interval.index)
            if options:
                hide(min(options, key=cost))
                fixed = True
        # (a cell hidden for one failure may be what another needed: audit again first)
        if not fixed or rounds >= max_rounds:
            first = failures[0]
            raise DisclosureError(
                f"{linked.release} {linked.measure}: the hidden figure for {first.cell.area} in "
                f"{first.cell.period.label} ({first.cell.breakdown or 'all'}) can be worked out as "
                f"{_span(first)} from the published figures, and no further suppression fixes it; nothing was published")
    counts: dict[str, int] = defaultdict(int)
    for cell in cells:
        if cell.suppressed:
            counts[cell.suppressed] += 1
    return Protection(rule, len(cells), counts["source"], counts["primary"], counts["secondary"], rounds, intervals)


def _baseline(web: Web) -> dict[int, Interval]:
    """What an attacker would know with every cell we control hidden: only the ranges the
    forces gave themselves, and the sums. A hidden cell that narrow is the forces' own doing."""
    shown = [c for c in web.cells if not c.suppressed]
    for cell in shown:
        cell.suppressed = "baseline"
    try:
        return {i.index: i for i in audit(web)}
    finally:
        for cell in shown:
            cell.suppressed = None


def _rounded(interval: Interval) -> tuple[float, float]:
    return (math.ceil(interval.lower - _TOL),
            math.inf if math.isinf(interval.upper) else math.floor(interval.upper + _TOL))


def _close_equations(web: Web, candidates, cost, hide, by_cell) -> None:
    """Until no equation holds exactly one hidden cell, hide the cheapest other cell of it."""
    cells = web.cells
    # earliest period first, so that later years follow the rows an earlier one chose
    queue = deque(sorted((rel for rel in web.relations if rel.equal),
                         key=lambda rel: (cells[rel.whole].period.start, rel.whole)))
    while queue:
        rel = queue.popleft()
        if sum(1 for i in rel.members if cells[i].suppressed) != 1:
            continue
        options = candidates(rel)
        if options:
            chosen = min(options, key=cost)
            hide(chosen)
            queue.extend(r for r in by_cell[chosen] if r.equal)


def failed(interval: Interval, rule: Rule) -> bool:
    """An interval that gives a hidden figure away (see the module's docstring)."""
    lo, hi = _rounded(interval)
    if lo >= hi:
        return True
    cell = interval.cell
    if cell.source_suppressed and cell.upper is not None:
        src_lo, src_hi = _range(cell)
        return lo > src_lo + _TOL or hi < src_hi - _TOL
    # ours, or a force's "*" with no range given: provably small is given away
    return rule.limit > 0 and lo >= 1 and hi <= rule.limit


# --- the audit -----------------------------------------------------------------------------


def audit(web: Web) -> list[Interval]:
    """For each hidden cell, the least and greatest value the published cells and the
    relations allow, by linear programming (one HiGHS model per connected group)."""
    cells = web.cells
    # a cell published as "over"/"under" a figure is known only as a range: a variable too
    variable = [bool(c.suppressed) or c.qualifier in ("over", "under", "almost") for c in cells]
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    used: list[Relation] = []
    for rel in web.relations:
        ids = [i for i in rel.members if variable[i]]
        if ids:
            used.append(rel)
            for i in ids[1:]:
                parent[root(i)] = root(ids[0])
    components: dict[int, list[Relation]] = defaultdict(list)
    for rel in used:
        components[root(next(i for i in rel.members if variable[i]))].append(rel)

    intervals: dict[int, Interval] = {}
    for rels in components.values():
        intervals.update(_solve(rels, cells, variable))
    out = []
    for i, cell in enumerate(cells):
        if cell.suppressed:
            if i not in intervals:  # in no relation: only its own bounds
                intervals[i] = Interval(cell, *_bounds(cell), index=i)
            out.append(intervals[i])
    return out


def _bounds(cell: Cell) -> tuple[float, float]:
    """What an attacker knows of a cell before any sum: a force's range, else at least 0."""
    if cell.source_suppressed or cell.qualifier in ("over", "under", "almost"):
        return _range(cell)
    return 0.0, math.inf


def _solve(rels: list[Relation], cells: list[Cell], variable: list[bool]) -> dict[int, Interval]:
    """The interval of each hidden cell of one connected group.

    The model is built once and re-solved with each new objective. Every solution is a
    point the published figures allow, so it shows each variable reaching a value; where
    one has been seen at a bound that is proven by its own bounds or a single sum
    (propagated), that end of its interval needs no solve of its own."""
    keys = sorted({i for rel in rels for i in rel.members if variable[i]})
    local = {k: j for j, k in enumerate(keys)}
    n = len(keys)
    # the bare solver: highspy.Highs adds interrupt callbacks this does not need, and
    # prints its banner on stdout before output can be turned off
    h = highspy._Highs()
    h.setOptionValue("output_flag", False)
    # each re-solve starts from the last basis, which stays feasible when only the objective
    # changes: the primal simplex goes on from there
    h.setOptionValue("presolve", "off")
    h.setOptionValue("simplex_strategy", 4)
    inf = highspy.kHighsInf
    lows, highs = (np.array(x, float) for x in zip(*(_bounds(cells[k]) for k in keys)))
    h.addVars(n, lows, np.where(np.isinf(highs), inf, highs))
    proven_lo, proven_hi = lows.copy(), highs.copy()
    rows = []
    for rel in rels:
        # whole - sum(parts) = 0, or >= 0; published cells move to the right-hand side
        coef: dict[int, float] = defaultdict(float)
        constant = 0.0
        for i, sign in [(rel.whole, 1.0)] + [(p, -1.0) for p in rel.parts]:
            if i in local:
                coef[local[i]] += sign
            else:
                constant += sign * cells[i].value
        idx = np.array(list(coef), dtype=np.int32)
        val = np.array([coef[j] for j in coef], float)
        h.addRow(-constant, -constant if rel.equal else inf, len(idx), idx, val)
        rows.append((idx, val, -constant, -constant if rel.equal else math.inf))
    # one pass: more passes tightened no bound that a solution then reached
    for idx, val, lower, upper in rows:
        _propagate(idx, val, lower, upper, lows, highs, proven_lo, proven_hi)
    seen_lo, seen_hi = np.full(n, math.inf), np.full(n, -math.inf)
    out: dict[int, Interval] = {}
    all_idx = np.arange(n, dtype=np.int32)
    for k in keys:
        cell = cells[k]
        if not cell.suppressed:
            continue
        j = local[k]
        ends = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            if sense == highspy.ObjSense.kMinimize and seen_lo[j] <= proven_lo[j] + _TOL:
                ends.append(proven_lo[j])
                continue
            if sense == highspy.ObjSense.kMaximize and seen_hi[j] >= proven_hi[j] - _TOL:
                ends.append(proven_hi[j])
                continue
            cost = np.zeros(n)
            cost[j] = 1.0
            h.changeColsCost(n, all_idx, cost)
            h.changeObjectiveSense(sense)
            h.run()
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kOptimal:
                ends.append(h.getInfo().objective_function_value)
                point = np.array(h.getSolution().col_value)
                np.minimum(seen_lo, point, out=seen_lo)
                np.maximum(seen_hi, point, out=seen_hi)
            elif sense == highspy.ObjSense.kMaximize and status in (
                    highspy.HighsModelStatus.kUnbounded, highspy.HighsModelStatus.kUnboundedOrInfeasible):
                ends.append(math.inf)
            else:
                raise DisclosureError(
                    f"the published figures around {cell.area} in {cell.period.label} contradict one another "
                    f"(the audit found them {h.modelStatusToString(status).lower()}); check the figures of that release")
        out[k] = Interval(cell, float(ends[0]), float(ends[1]), index=k)
    return out


def _propagate(idx, val, lower: float, upper: float, lows, highs, proven_lo, proven_hi) -> None:
    """Tighten the proven bounds of each variable of one row ``lower <= sum(val*x) <= upper``
    from the other variables' own bounds."""
    lo_x, hi_x = lows[idx], highs[idx]
    with np.errstate(invalid="ignore"):
        low_terms = np.where(val > 0, val * lo_x, np.where(np.isinf(hi_x), -math.inf, val * hi_x))
        high_terms = np.where(val > 0, np.where(np.isinf(hi_x), math.inf, val * hi_x), val * lo_x)
    with np.errstate(invalid="ignore"):
        rest_low = low_terms.sum() - low_terms
        rest_high = high_terms.sum() - high_terms
        for t, j in enumerate(idx):
            a = val[t]
            # a*x <= upper - rest_low and a*x >= lower - rest_high
            top = (upper - rest_low[t]) if not math.isinf(upper) else math.inf
            bottom = lower - rest_high[t]
            hi, lo = (top / a, bottom / a) if a > 0 else (bottom / a, top / a)
            if not math.isnan(hi):
                proven_hi[j] = min(proven_hi[j], hi)
            if not math.isnan(lo):
                proven_lo[j] = max(proven_lo[j], lo)


def _span(interval: Interval) -> str:
    lo, hi = _num(interval.lower), interval.upper
    return f"{lo}" if hi == interval.lower else f"{lo} to {'any number' if math.isinf(hi) else _num(hi)}"


def _num(x: float) -> int | float:
    return int(round(x)) if abs(x - round(x)) < _TOL else round(x, 3)
