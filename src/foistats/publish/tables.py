"""The tables of a release: every cell with its value and status, from Facts and observations.

A release's figures of one measure (and unit) make one *linked set*: the wide table (areas
× periods, with the nation and UK rows) and a table per breakdown family (age band ×
period, gender × period…) with a row per area and group. Their cells are linked by sums
(forces add up to a nation, bands to an area's total, years to a span), which is what
disclosure control must respect (see :mod:`.protect`).

A cell's number comes from a ``count`` Fact (a figure a source gave) or, for a nation or
the UK with no figure of its own, from the exact ``total`` Fact of its forces. A cell
with no number carries the status of the observation that says why (not held, exempt,
no response, not in force), or "no figure".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from ..analysis.fact import Fact
from ..areas import all_areas
from ..model import RATE_UNITS, Breakdown, Observation, Status
from ..periods import Period


class CellStatus(StrEnum):
    """What a published cell is. The same ``confidential`` covers a force's suppression and
    ours, primary and secondary alike: telling them apart would tell an attacker which
    cells are the small ones."""

    REPORTED = "reported"
    LOW_RELIABILITY = "low_reliability"
    CONFIDENTIAL = "confidential"
    NOT_AVAILABLE = "not_available"
    NOT_APPLICABLE = "not_applicable"


# the GSS shorthand written in place of a number
SYMBOLS = {
    CellStatus.CONFIDENTIAL: "[c]",
    CellStatus.NOT_AVAILABLE: "[x]",
    CellStatus.NOT_APPLICABLE: "[z]",
}
LOW_RELIABILITY_SYMBOL = "[u]"
_INEXACT = ("over", "under", "almost", "approx", "rounded")
_MISSING = {
    Status.NOT_HELD: "not held by the force",
    Status.EXEMPT: "withheld under an FOI exemption",
    Status.NO_RESPONSE: "no response",
}

# a refusal citing section 12 is a refusal on cost, not an exemption ("s.12(1)", "section 12")
_COST = re.compile(r"\b(?:s|sections?)\.?\s*12\b", re.I)
COST_REFUSAL = "refused on cost grounds (section 12: finding the figure would cost more than the law requires)"
# a figure placed by a person in the review queue: its note is the queue's working, not the source's words
REVIEWED = "a reviewer read this figure in the reply and decided what it counts"


def _note(obs: Observation) -> str:
    return REVIEWED if obs.source is not None and obs.source.method == "review" else obs.note


# breakdown keys that describe one dimension together
_FAMILY = {"victim_age_min": "victim_age", "victim_age_max": "victim_age", "victim_age_known": "victim_age",
           "suspect_age_min": "suspect_age", "suspect_age_max": "suspect_age", "suspect_age_known": "suspect_age"}


def family(key: str) -> str:
    return _FAMILY.get(key, key)


def families(breakdown: Breakdown) -> tuple[str, ...]:
    return tuple(sorted({family(k) for k in breakdown}))


@dataclass
class Cell:
    """One published cell. ``value`` is the true figure (``None`` if none is known);
    ``lower``/``upper`` what is known of a figure given as a range; ``source_suppressed``
    a figure the force withheld; ``suppressed`` is set by disclosure control."""

    area: str
    period: Period
    breakdown: Breakdown
    value: float | None
    status: CellStatus
    lower: float | None = None
    upper: float | None = None
    qualifier: str | None = None
    source_suppressed: bool = False
    suppressed: str | None = None  # "source", "primary" or "secondary"
    notes: list[str] = field(default_factory=list)
    fact_ids: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, Period, Breakdown]:
        return (self.area, self.period, self.breakdown)

    @property
    def published_status(self) -> CellStatus:
        return CellStatus.CONFIDENTIAL if self.suppressed else self.status

    @property
    def published_value(self) -> float | None:
        """The number written, or ``None`` where a symbol stands."""
        if self.published_status in (CellStatus.REPORTED, CellStatus.LOW_RELIABILITY):
            return self.value
        return None

    @property
    def symbol(self) -> str | None:
        return SYMBOLS.get(self.published_status)


@dataclass
class LinkedSet:
    """The cells of one release's measure and unit, and the order of their rows and columns."""

    release: str
    measure: str
    unit: str
    cells: dict[tuple[str, Period, Breakdown], Cell]
    areas: list[str]
    periods: list[Period]
    breakdowns: dict[tuple[str, ...], list[Breakdown]]  # family -> its groups, in order

    @property
    def name(self) -> str:
        return self.measure if self.unit_is_default else f"{self.measure}_{self.unit}"

    @property
    def unit_is_default(self) -> bool:
        return self.unit == "offences"

    def cell(self, area: str, period: Period, breakdown: Breakdown) -> Cell:
        """The cell, or a "no figure" cell where the release has none."""
        found = self.cells.get((area, period, breakdown))
        if found is None:
            return Cell(area, period, breakdown, None, CellStatus.NOT_AVAILABLE, notes=["no figure in this release"])
        return found


def linked_sets(facts: Iterable[Fact], observations: Iterable[Observation]) -> list[LinkedSet]:
    """A linked set per release, measure and count unit (shares, changes and averages are
    derived from counts and would undo their suppression, so they are not published)."""
    areas = all_areas()
    observations = list(observations)
    # what a source wrote beside a figure travels with it as a note
    said = {obs.id: _note(obs) for obs in observations if obs.note}
    grouped: dict[tuple[str, str, str], dict] = {}

    def bucket(release: str, measure: str, unit: str) -> dict:
        return grouped.setdefault((release, measure, unit), {})

    totals: list[Fact] = []
    for fact in facts:
        if fact.unit in RATE_UNITS or fact.base_period is not None:
            continue
        if fact.kind == "count":
            cell = _count_cell(fact)
            cell.notes += [said[i] for i in fact.inputs if i in said]
            _add(bucket(fact.release, fact.measure, fact.unit), cell)
        elif fact.kind == "total" and areas[fact.area].level in ("nation", "uk"):
            totals.append(fact)
    for obs in observations:
        if obs.unit in RATE_UNITS or obs.status in (Status.REPORTED, Status.SUPPRESSED) or obs.base_period:
            continue
        status = CellStatus.NOT_APPLICABLE if obs.status is Status.NOT_IN_FORCE else CellStatus.NOT_AVAILABLE
        note = ("the offence was not in force" if obs.status is Status.NOT_IN_FORCE
                else COST_REFUSAL if obs.status is Status.EXEMPT and _COST.search(obs.note or "")
                else _MISSING[obs.status])
        cell = Cell(obs.area, obs.period, obs.breakdown, None, status, notes=[note])
        cells = bucket(obs.release, obs.measure, obs.unit)
        cells.setdefault(cell.key, cell)
    for fact in totals:
        cells = grouped.get((fact.release, fact.measure, fact.unit))
        if cells is None or (fact.area, fact.period, fact.breakdown) in cells:
            continue  # a figure a source gave for the nation wins over our sum
        cell = (Cell(fact.area, fact.period, fact.breakdown, fact.value, CellStatus.REPORTED, fact_ids=(fact.id,))
                if fact.is_exact else
                Cell(fact.area, fact.period, fact.breakdown, None, CellStatus.NOT_AVAILABLE, fact_ids=(fact.id,),
                     notes=["not every force gave an exact figure"]))
        cells[cell.key] = cell
    return [_linked_set(release, measure, unit, cells, areas)
            for (release, measure, unit), cells in sorted(grouped.items()) if cells]


def _count_cell(fact: Fact) -> Cell:
    if fact.caveat("suppressed") is not None:
        return Cell(fact.area, fact.period, fact.breakdown, None, CellStatus.CONFIDENTIAL, lower=fact.lower,
                    upper=fact.upper, source_suppressed=True, suppressed="source", fact_ids=(fact.id,),
                    notes=["withheld by the force"])
    if fact.qualifier in _INEXACT:
        shown = fact.value if fact.value is not None else (fact.lower if fact.lower is not None else fact.upper)
        return Cell(fact.area, fact.period, fact.breakdown, shown, CellStatus.LOW_RELIABILITY, lower=fact.lower,
                    upper=fact.upper, qualifier=fact.qualifier, fact_ids=(fact.id,),
                    notes=[f"published as {'about' if fact.qualifier == 'approx' else fact.qualifier} "
                           f"{shown:,.0f}, not an exact count"])
    return Cell(fact.area, fact.period, fact.breakdown, fact.value, CellStatus.REPORTED, fact_ids=(fact.id,))


def _add(cells: dict, cell: Cell) -> None:
    """Two sources giving one cell: kept when they agree, else neither number is published."""
    old = cells.get(cell.key)
    if old is None or old.status in (CellStatus.NOT_AVAILABLE, CellStatus.NOT_APPLICABLE):
        cells[cell.key] = cell
    elif (old.value, old.lower, old.upper) != (cell.value, cell.lower, cell.upper) or \
            old.source_suppressed != cell.source_suppressed:
        cells[cell.key] = Cell(cell.area, cell.period, cell.breakdown, None, CellStatus.NOT_AVAILABLE,
                               fact_ids=old.fact_ids + cell.fact_ids, notes=["sources disagree"])


def _linked_set(release: str, measure: str, unit: str, cells: dict, areas: Mapping) -> LinkedSet:
    order = {area_id: i for i, area_id in enumerate(areas)}
    present = {c.area for c in cells.values()}
    rows = sorted(present, key=lambda a: (not areas[a].is_force, order[a]))
    periods = sorted({c.period for c in cells.values()}, key=lambda p: (p.start, p.end))
    groups: dict[tuple[str, ...], set[Breakdown]] = {}
    for c in cells.values():
        groups.setdefault(families(c.breakdown), set()).add(c.breakdown)
    breakdowns = {fam: sorted(found, key=breakdown_order) for fam, found in sorted(groups.items())}
    return LinkedSet(release, measure, unit, cells, rows, periods, breakdowns)


def breakdown_order(breakdown: Breakdown) -> tuple:
    """Age bands youngest first (unknown age last), other groups by name."""
    items = dict(breakdown)
    key: list[tuple] = []
    for who in ("victim", "suspect"):
        if f"{who}_age_known" in items or f"{who}_age_min" in items:
            key.append((who, items.get(f"{who}_age_known") == "false",
                        int(items.get(f"{who}_age_min", 0)), int(items.get(f"{who}_age_max", 0))))
    key += [(name, value) for name, value in items.items() if family(name) == name]
    return tuple(key)


@lru_cache(maxsize=4096)
def breakdown_label(breakdown: Breakdown) -> str:
    """A group in words: "aged 0 to 4", "unknown age", "female", "offence 71/17"."""
    parts = []
    items = dict(breakdown)
    for who in ("victim", "suspect"):
        lo, hi = items.pop(f"{who}_age_min", None), items.pop(f"{who}_age_max", None)
        known = items.pop(f"{who}_age_known", None)
        prefix = "suspect " if who == "suspect" else ""
        if known == "false":
            parts.append(f"{prefix}unknown age")
        elif lo is not None and hi is not None:
            parts.append(f"{prefix}aged {lo}" if lo == hi else f"{prefix}aged {lo} to {hi}")
    for name, value in items.items():
        if name == "offence_code":
            parts.append(f"offence {value}")
        elif name == "online_flag":
            parts.append("online" if value == "true" else "not online")
        elif name in ("victim_gender",):
            parts.append(value)
        else:
            parts.append(f"{name.replace('_', ' ')} {value}")
    return ", ".join(parts) or "all"


def family_label(fams: tuple[str, ...]) -> str:
    return " by ".join(f.replace("_", " ") for f in fams) if fams else "all"
