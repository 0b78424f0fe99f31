"""The material of a story: the Facts of one release about one area, gathered once.

:class:`Material` indexes every Fact of a workspace so that gathering a story's Facts
costs a few dictionary look-ups; :class:`Subject` is what one area's story about one
measure stands on — the lead figure of the latest period of the release, its change on
the period before, its long-run multiple, its series, its place among its peers, its
shares and breakdowns. Nothing here formats a number; nothing here computes one either,
except comparisons between Facts' values (which is larger) and picking among them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from ..analysis import COUNT_KINDS, Fact
from ..areas import Area, all_areas, ancestors, forces_in
from ..model import RATE_UNITS
from ..offences import measures
from ..periods import Period


@lru_cache(maxsize=1)
def measure_order() -> dict[str, int]:
    """The order measures are told in: that of ``data/measures.csv``."""
    return {m: i for i, m in enumerate(measures())}


def share_of(measure: str) -> str:
    """The measure a share measure is a share of ('' for a count measure)."""
    known = measures().get(measure)
    return known.share_of if known else ""


def is_count(fact: Fact) -> bool:
    return fact.kind in COUNT_KINDS and fact.unit not in RATE_UNITS and not fact.unit.endswith("_per_day")


def comparable(a: Period, b: Period) -> bool:
    """Two periods a change may be stated between: the same kind, the same length (a leap
    day apart at most per year), one wholly before the other."""
    if a.kind != b.kind or a.kind == "days":
        return False
    if abs(a.days - b.days) > 3:
        return False
    return b.end < a.start or a.end < b.start


def just_before(base: Period, period: Period) -> bool:
    """True when ``base`` ends the day before ``period`` starts ("the year before")."""
    return base.end + timedelta(days=1) == period.start


@dataclass
class Subject:
    """What one area's story about one measure in one release stands on."""

    release: str
    area: Area
    measure: str
    period: Period
    lead: Fact
    same: list[Fact] = field(default_factory=list)  # other Facts giving the lead figure (count and total)
    change: Fact | None = None  # per cent change on the period before (from the counts where possible)
    published_change: Fact | None = None
    base: Fact | None = None  # the count the change is on
    long_ratio: Fact | None = None  # the latest against the earliest comparable period
    long_base: Fact | None = None
    series: list[Fact] = field(default_factory=list)  # one count per comparable period, oldest first
    withheld: list[Fact] = field(default_factory=list)  # earlier comparable counts given only as a range
    rank: Fact | None = None
    peers: list[Fact] = field(default_factory=list)  # the peers' counts, highest first
    shares: list[Fact] = field(default_factory=list)  # the share of the latest period, then the one before
    per_day: Fact | None = None
    spans: list[Fact] = field(default_factory=list)  # counts of longer periods of the release holding this one
    breakdowns: list[tuple[Fact, Fact | None]] = field(default_factory=list)  # (count, its share)

    @property
    def facts(self) -> list[Fact]:
        """Every Fact of the subject, the lead first."""
        out: list[Fact] = [self.lead, *self.same]
        for fact in (self.change, self.published_change, self.base, self.long_ratio, self.long_base,
                     self.rank, self.per_day):
            if fact is not None:
                out.append(fact)
        out += self.series + self.peers + self.shares + self.spans
        for count, share in self.breakdowns:
            out.append(count)
            if share is not None:
                out.append(share)
        seen: dict[str, Fact] = {}
        for fact in out:
            seen.setdefault(fact.id, fact)
        return list(seen.values())


class Material:
    """Every Fact of a workspace, indexed for writing stories."""

    def __init__(self, facts: Iterable[Fact], published: dict[str, str] | None = None,
                 asked: dict[str, frozenset[str]] | None = None,
                 pending: Iterable[tuple[str, Period]] = ()) -> None:
        self.published = dict(published or {})
        self.asked = dict(asked or {})  # release -> the forces its campaign asked
        self.pending = set(pending)  # (area, period) of the figures held for review
        self.by_id: dict[str, Fact] = {}
        self.by_release_area: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self.by_release: dict[str, list[Fact]] = defaultdict(list)
        self.count_by_obs: dict[str, Fact] = {}
        self.series_counts: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
        self.ranks: dict[tuple[str, str, str, Period], list[Fact]] = defaultdict(list)
        self.by_subject: dict[tuple[str, str, str, Period], list[Fact]] = defaultdict(list)
        self.totals: dict[tuple[str, str], list[Fact]] = defaultdict(list)  # (measure, area): no breakdown
        self.lead_periods: dict[tuple[str, str], list[Fact]] = defaultdict(list)  # (release, measure): totals
        self.naming: dict[tuple[str, str], list[Fact]] = defaultdict(list)  # (release, area): whose caveats name it
        for fact in facts:
            self.by_id[fact.id] = fact
            self.by_release_area[(fact.release, fact.area)].append(fact)
            self.by_release[fact.release].append(fact)
            self.by_subject[(fact.measure, fact.area, str(fact.breakdown), fact.period)].append(fact)
            if not fact.breakdown:
                self.totals[(fact.measure, fact.area)].append(fact)
                if fact.kind in COUNT_KINDS:
                    self.lead_periods[(fact.release, fact.measure)].append(fact)
                    for caveat in fact.caveats:
                        for named in caveat.areas:
                            self.naming[(fact.release, named)].append(fact)
            if fact.kind == "count":
                for obs in fact.inputs:
                    self.count_by_obs[obs] = fact
            if is_count(fact) and not fact.breakdown:
                self.series_counts[(fact.measure, fact.area, fact.unit)].append(fact)
            if fact.kind == "rank" and not fact.breakdown:
                self.ranks[(fact.release, fact.measure, str(fact.detail.get("group", "")), fact.period)].append(fact)

    def visible(self, fact: Fact, release: str) -> bool:
        """May a story of ``release`` state this Fact? Only when it comes from that release
        or one published no later (a 2017 story cannot cite a figure first published in 2019)."""
        if fact.release == release or not fact.release:
            return True
        mine, theirs = self.published.get(release, ""), self.published.get(fact.release, "")
        return bool(mine and theirs) and theirs[: len(mine)] <= mine[: len(theirs)] if mine and theirs else False

    def in_scope(self, release: str, area_id: str) -> bool:
        """Whether a story of the release may name the area: with a campaign behind the
        release, a force it asked, or a group all of whose forces it asked. A force never
        asked did not "give no figure", and a region with forces never asked has no total
        or ranking the campaign can state."""
        forces = self.asked.get(release)
        return forces is None or all(f.id in forces for f in forces_in(area_id))

    # --- what a release holds -------------------------------------------------------------

    def releases(self) -> list[str]:
        return sorted(r for r in self.by_release if r)

    def areas(self, release: str) -> list[str]:
        """The areas a release gives a figure for: forces by name, then regions, nations,
        England and Wales and the UK."""
        areas = all_areas()
        found = {f.area for f in self.by_release.get(release, ()) if is_count(f) and self.in_scope(release, f.area)}
        order = {level: i for i, level in enumerate(("force", "region", "nation", "group", "uk"))}
        return sorted(found, key=lambda a: (order.get(areas[a].level, 9), areas[a].name))

    def measures(self, release: str, area: str) -> list[str]:
        """The count measures a release gives for an area, in the order of measures.csv."""
        found = {f.measure for f in self.by_release_area.get((release, area), ()) if is_count(f) and not f.breakdown}
        order = measure_order()
        return sorted(found, key=lambda m: (order.get(m, len(order)), m))

    # --- one subject --------------------------------------------------------------------------

    def subject(self, release: str, area_id: str, measure: str) -> Subject | None:
        """The subject of an area's story about a measure, or None when the release gives no
        total figure for it."""
        area = all_areas()[area_id]
        own = self.by_release_area.get((release, area_id), [])
        leads = [f for f in own if f.measure == measure and is_count(f) and not f.breakdown]
        if not leads:
            return None
        # the latest period; of periods ending together, the shortest (2015 before 2013 to 2015)
        period = max((f.period for f in leads), key=lambda p: (p.end, -p.days))
        at = [f for f in leads if f.period == period]
        at.sort(key=lambda f: (f.kind != "count", not f.is_exact, f.id))
        lead = at[0]
        subject = Subject(release=release, area=area, measure=measure, period=period, lead=lead, same=at[1:])
        subject.spans = sorted(
            (f for f in leads if f.period != period and f.period.contains(period) and f.kind == "count"),
            key=lambda f: f.period.days,
        )
        self._changes(subject, own)
        self._series(subject)
        self._rank(subject)
        self._shares(subject)
        self._breakdowns(subject, own)
        per_day = [f for f in own if f.kind == "per_day" and f.measure == measure and not f.breakdown
                   and f.period == period]
        per_day.sort(key=lambda f: (not f.detail.get("published"), f.id))
        subject.per_day = per_day[0] if per_day else None
        return subject

    def _changes(self, s: Subject, own: list[Fact]) -> None:
        changes = [f for f in self.by_subject.get((s.measure, s.area.id, "", s.period), ())
                   if f.kind == "change" and f.unit == "percent_change" and f.base_period is not None
                   and comparable(f.period, f.base_period) and self.visible(f, s.release)]
        if not changes:
            return
        # the period before (just before, else the latest earlier one)
        base = max((f.base_period for f in changes), key=lambda p: (just_before(p, s.period), p.end))
        at = [f for f in changes if f.base_period == base]
        computed = [f for f in at if not f.detail.get("published")]
        published = [f for f in at if f.detail.get("published")]
        s.change = computed[0] if computed else published[0]
        s.published_change = published[0] if computed and published else None
        if computed:
            s.base = self.count_by_obs.get(computed[0].inputs[1]) if len(computed[0].inputs) > 1 else None
        # the long run: the latest against the earliest comparable period, when it is not the period before
        ratios = [f for f in self.by_subject.get((s.measure, s.area.id, "", s.period), ())
                  if f.kind == "ratio" and f.base_period is not None and f.base_period != base
                  and comparable(f.period, f.base_period) and self.visible(f, s.release)]
        if ratios:
            earliest = min(ratios, key=lambda f: f.base_period.start)
            s.long_ratio = earliest
            s.long_base = self.count_by_obs.get(earliest.inputs[1]) if len(earliest.inputs) > 1 else None

    def _series(self, s: Subject) -> None:
        by_period: dict[Period, Fact] = {}
        ranges = []
        for fact in self.series_counts.get((s.measure, s.area.id, s.lead.unit), ()):
            if fact.period != s.period and not comparable(fact.period, s.period):
                continue
            if not self.visible(fact, s.release):
                continue
            if fact.period > s.period:
                continue
            if not fact.is_exact:
                ranges.append(fact)
                continue
            held = by_period.get(fact.period)
            if held is None or (fact.release == s.release and held.release != s.release):
                by_period[fact.period] = fact
        s.series = [by_period[p] for p in sorted(by_period)]
        s.withheld = [f for f in ranges if f.period not in by_period and f.period != s.period]

    def _rank(self, s: Subject) -> None:
        for group in ancestors(s.area.id)[:1] if s.area.is_force else []:
            if not self.in_scope(s.release, group):
                continue
            ranks = self.ranks.get((s.release, s.measure, group, s.period), [])
            own = [r for r in ranks if r.area == s.area.id]
            if not own:
                continue
            s.rank = own[0]
            peers = []
            for rank in ranks:
                count = next((self.count_by_obs[i] for i in rank.inputs if i in self.count_by_obs), None)
                if count is not None and rank.area != s.area.id:
                    peers.append((rank.value, count))
            peers.sort(key=lambda p: (p[0], p[1].area))
            s.peers = [count for _, count in peers]

    def _shares(self, s: Subject) -> None:
        shares = [f for f in self.by_release_area.get((s.release, s.area.id), [])
                  if f.kind == "share" and not f.breakdown and f.unit == "percent" and f.value is not None
                  and (f.measure == s.measure or share_of(f.measure) == s.measure) and f.period == s.period]
        if not shares:
            return
        latest = sorted(shares, key=lambda f: (not f.detail.get("published"), f.id))[0]
        earlier = [f for f in self.totals.get((latest.measure, s.area.id), ())
                   if f.kind == "share" and f.unit == "percent" and f.value is not None
                   and f.period < s.period and comparable(s.period, f.period) and self.visible(f, s.release)]
        s.shares = [latest]
        if earlier:
            s.shares.append(max(earlier, key=lambda f: (f.period.end, f.release == s.release)))

    def _breakdowns(self, s: Subject, own: list[Fact]) -> None:
        counts = [f for f in own if f.kind == "count" and f.measure == s.measure and f.breakdown
                  and f.period == s.period and f.is_exact]
        counts.sort(key=lambda f: (-(f.value or 0), str(f.breakdown)))
        for count in counts[:4]:
            share = next((f for f in self.by_subject.get((s.measure, s.area.id, str(count.breakdown), s.period), ())
                          if f.kind == "share" and f.value is not None and f.detail.get("base") == "of all"), None)
            s.breakdowns.append((count, share))

    # --- groups --------------------------------------------------------------------------------

    def groups(self, area_id: str, release: str, measure: str) -> list[Subject]:
        """The subjects of the areas the area adds up to (its nation, the UK…), nearest first,
        that the release gives a figure for."""
        out = []
        for group in ancestors(area_id):
            if not self.in_scope(release, group):
                continue
            subject = self.subject(release, group, measure)
            if subject is not None and subject.period == self._period_of(release, area_id, measure):
                out.append(subject)
        return out[:2]

    def members(self, area_id: str, release: str, measure: str, period: Period) -> list[Fact]:
        """The counts of the forces of a group area for the subject, highest first."""
        forces = {a.id for a in forces_in(area_id)} if not all_areas()[area_id].is_force else set()
        out = []
        for force in forces:
            facts = [f for f in self.by_subject.get((measure, force, "", period), ())
                     if f.kind == "count" and f.is_exact and f.release == release]
            if facts:
                out.append(facts[0])
        return sorted(out, key=lambda f: (-(f.value or 0), f.area))

    def _period_of(self, release: str, area_id: str, measure: str) -> Period | None:
        leads = [f for f in self.by_release_area.get((release, area_id), [])
                 if f.measure == measure and is_count(f) and not f.breakdown]
        return max((f.period for f in leads), key=lambda p: (p.end, -p.days)) if leads else None
