"""Publish: a release's figures as the files people use, with small numbers protected.

:func:`publish` takes the ``count`` and ``total`` Facts and the observations of the
workspace (for what a missing figure's status is, and what a source wrote beside a
figure), lays out each release's tables (:mod:`.tables`), hides small numbers and what
would give them away, audits the result (:mod:`.protect`) and writes CSV, XLSX and a
Frictionless data package (:mod:`.write`) into ``out/<release>/``. Nothing of a release
is written unless its audit passes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis.fact import Fact
from ..errors import InputError
from ..model import Observation
from .charts import PublishedChart, wide_charts
from .protect import DisclosureError, Protection, Rule, audit, failed, parse_rule, relations, suppress
from .tables import CellStatus, LinkedSet, linked_sets
from .write import write_release

__all__ = ["DEFAULT_RULE", "CellStatus", "DisclosureError", "Published", "PublishResult", "Rule", "Withheld", "audit",
           "failed", "linked_sets", "parse_rule", "publish", "relations", "suppress", "withheld"]

# the rule publishing, the dashboard and the static site protect small numbers by unless told otherwise
DEFAULT_RULE = "k=5"


@dataclass
class Published:
    """One release as written: its files and the disclosure control of each measure."""

    release: str
    folder: Path
    files: list[Path]
    linked: list[LinkedSet]
    protections: list[Protection]
    charts: list[PublishedChart]
    undrawn: list[str] = field(default_factory=list)  # why a nation of a table has no chart


@dataclass
class PublishResult:
    out: Path
    rule: Rule
    releases: list[Published] = field(default_factory=list)
    seconds: float = 0.0
    chart_seconds: float = 0.0  # of ``seconds``, drawing the charts


def publish(
    facts: Iterable[Fact],
    observations: Iterable[Observation],
    *,
    out: Path,
    releases: Mapping[str, str] | None = None,
    release: str | Iterable[str] | None = None,
    rule: str | Rule | None = None,
    secondary: bool = True,
    charts: bool = True,
) -> PublishResult:
    """Write each release (or those named) into ``out/<release>/``. ``releases`` maps
    release names to publication dates; ``secondary=False`` skips secondary suppression
    (for showing what the audit catches: the publish then stops at the audit);
    ``charts`` draws each nation of each wide table with its forces (SVG and PNG)."""
    started = time.perf_counter()
    rule = _rule(rule)
    wanted = None if release is None else ({release} if isinstance(release, str) else set(release))
    facts = list(facts)
    every = linked_sets(facts, observations)
    found = [ls for ls in every if wanted is None or ls.release in wanted]
    if wanted:
        missing = wanted - {ls.release for ls in found}
        if missing:
            known = ", ".join(sorted({ls.release for ls in every})) or "none"
            raise InputError(f"--release {', '.join(sorted(missing))}: no counts to publish in that release; "
                             f"the releases with counts are: {known}")
    by_release: dict[str, list[LinkedSet]] = {}
    for ls in found:
        by_release.setdefault(ls.release, []).append(ls)
    result = PublishResult(Path(out), rule)
    # every release is protected and audited before anything is written
    protected = {name: [suppress(ls, rule, secondary=secondary) for ls in sets] for name, sets in by_release.items()}
    for name, sets in by_release.items():
        failures = [i for p in protected[name] for i in p.intervals if failed(i, rule) and not i.inherent]
        if failures:
            first = failures[0]
            raise DisclosureError(
                f"{name}: {len(failures)} hidden figure{'s' if len(failures) > 1 else ''} can be worked out "
                f"from the published ones "
                f"(first: {first.cell.area} {first.cell.period.label} {first.cell.breakdown or 'all'}, "
                f"{first.lower:g} to {first.upper:g}); secondary suppression is off, so nothing was published")
    by_id = {f.id: f for f in facts}
    for name, sets in by_release.items():
        folder = Path(out) / name
        drawing = time.perf_counter()
        drawn, undrawn = [], []
        for ls in sets if charts else ():
            made, why = wide_charts(ls, by_id, folder, releases or {})
            drawn += made
            undrawn += why
        result.chart_seconds += time.perf_counter() - drawing
        files = write_release(folder, name, (releases or {}).get(name), sets, protected[name], drawn)
        result.releases.append(Published(name, folder, files + [f for c in drawn for f in c.files], sets,
                                         protected[name], drawn, undrawn))
    result.seconds = time.perf_counter() - started
    return result


@dataclass(frozen=True)
class Withheld:
    """What may not be shown beside a release published under ``rule``: the Facts whose
    value it hides, and the observations they were read from.

    A count or total publishing writes as a cell is hidden when disclosure control hid it
    (a small number, or another figure hidden so that it cannot be worked out) or when no
    number is written for it and it was summed from a hidden figure. Every other Fact (a
    region's total, a change, a share, a rank) is not published: it is hidden when it was
    made from a hidden figure, however many steps away. ``named`` are the shown Facts whose
    formula names a hidden figure (a nation's total listing its forces, a rank its league)."""

    rule: Rule
    facts: frozenset[str]
    observations: frozenset[str]
    named: frozenset[str]

    def hides(self, fact: Fact | str) -> bool:
        return (fact if isinstance(fact, str) else fact.id) in self.facts


def withheld(facts: Iterable[Fact], observations: Iterable[Observation], rule: str | Rule | None = None) -> Withheld:
    """The Facts and observations publishing under ``rule`` does not show (:class:`Withheld`),
    found by the very disclosure control :func:`publish` runs."""
    rule = _rule(rule)
    facts = list(facts)
    cells = {}  # a published cell's Fact id -> the cell
    for linked in linked_sets([f for f in facts if f.kind in ("count", "total")], observations):
        suppress(linked, rule)
        cells.update({fid: cell for cell in linked.cells.values() for fid in cell.fact_ids})
    by_id = {f.id: f for f in facts}
    hidden = {fid for fid, cell in cells.items() if cell.suppressed in ("primary", "secondary")}
    read = {i for fid in hidden for i in by_id[fid].inputs if fid in by_id and by_id[fid].kind == "count"}
    decided: dict[str, bool] = {}

    def hides(fid: str) -> bool:
        if fid in hidden or fid in read:
            return True
        if fid not in by_id:
            return False
        if fid not in decided:
            cell = cells.get(fid)
            decided[fid] = False  # a Fact is never its own input; this only ends a cycle
            shown = cell is not None and (cell.published_value is not None or cell.source_suppressed)
            decided[fid] = not shown and any(hides(i) for i in by_id[fid].inputs)
        return decided[fid]

    out = {f.id for f in facts if hides(f.id)}
    named = {f.id for f in facts if f.id not in out and any(hides(i) for i in f.inputs)}
    # a rank's formula gives its whole league: it names a hidden figure when any rank of its league is hidden
    leagues: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.kind == "rank":
            leagues.setdefault((f.release, f.measure, f.unit, f.period, f.breakdown, f.detail.get("group")), []).append(f)
    for league in leagues.values():
        if any(f.id in out for f in league):
            named.update(f.id for f in league if f.id not in out)
    return Withheld(rule, frozenset(out), frozenset(read), frozenset(named))


def _rule(rule: str | Rule | None) -> Rule:
    return rule if isinstance(rule, Rule) else parse_rule(rule or DEFAULT_RULE)
