"""Consistency: an article's derived claims checked against its own stated counts.

With no workspace (``--self``), or for claims the workspace cannot decide, the article's
exact counts are the data. Two counts are about the same thing when they have the same
area (or neither names one), count the same thing (offences, people, …), have the same measure (or one of them
only inherits its measure from the sentences before) and the same period (or one has
none). A sentence about a part of a measure (a platform, girls) gives no counts here.

- **A total** is judged against its parts given in the article: the counts of every
  force of its area, or of every year of its span ("2,895 since 2016/17" against 1,437
  and 1,458). Two or more of its forces with one missing give only what it must at least
  be: they contradict it only by exceeding it ("some 565" against four of five forces
  making 566). The parts themselves, and a count nothing else bears on, cannot be decided.
- **A rounded or worded count** ("more than 270", "almost 2,000") is judged against the
  exact counts of the same thing (those of the same period first): supported if one
  allows it, contradicted if every one rules it out.
- **A change or multiple** is judged against pairs of counts: "from A to B" and counts of
  different periods, in its own sentence, else with the sentence before, else — where its
  sentence names its area or measure — anywhere in the article. One pair that allows it
  supports it; it is contradicted when every pair rules it out. A multiple between two
  parts ("girls … nearly three times higher than … boys") is held only to the pairs of
  counts of those parts the article gives in one sentence, never to a count over time.
- **A daily, weekly or per-minute rate** is judged against the count of the same thing
  for its period (the latest such count if it names none), over that period's days.
- **A share listed with its parts** ("over a quarter …, with WhatsApp used in 12 per
  cent, Facebook in 10 per cent and Instagram in six per cent") is judged against their
  sum, each part standing for what rounds to it.
- **A wording paired with its own number** ("almost half (48 per cent)") is judged as
  wording against that number; a fraction paired with a count ("a quarter (5,500)") is
  that count's share of the nearest larger count before it of the same area (a share of
  the victims or children is of the offences where the article counts no victims).
- **Precision first**: a figure elsewhere in the article contradicts a claim only if its
  own area and measure (and period, where it matters) are pinned and the same as the
  claim's (an unknown one matches nothing), or the claim's own sentence pairs them ("from
  146 to 714", "1,141 …, almost three times the number against boys (374)"); a comparison
  whose periods are pinned is held only to counts of those periods. Otherwise a figure
  that disagrees leaves the claim *cannot decide*.
- **A rank** ("the most", "the lowest of the four") is judged when the article gives a
  count for every force of the group (the area named, else the one its sentence or the
  text before gives, see :mod:`.claims`). A year's place in the area's own series ("the
  highest since 2015/16") is left to the data pass.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ..areas import all_areas, forces_in
from ..periods import Period
from .claim import PINNED, Article, Claim
from .context import COUNTED_BY_VICTIM, NUM, number_value
from .judge import ANSWERED
from .tolerance import CONTRADICTED, SUPPORTED, Known, decide
from .verdict import Finding, undecided

NOTHING = "nothing else in the article bears on it"
MAX_PAIRED = 24
MAX_WIDE = 200
ANY, FITS = object(), object()  # periods for _Judge._of: any at all; the claim's own, or none named


@dataclass(frozen=True)
class _Pair:
    """Two counts compared: ``stated`` when the text pairs them ("from 146 to 714"), so
    their periods need no pinning."""

    base: Claim
    current: Claim
    stated: bool = False


def check_article(article: Article) -> dict[int, Finding]:
    """The self pass's finding for every claim, by its index in ``article.claims``."""
    counts = [c for c in article.claims if c.is_count and c.qualifier == "exact" and not c.breakdown_hint
              and c.role != "part"]
    judge = _Judge(article, counts)
    return {i: judge.one(claim) for i, claim in enumerate(article.claims)}


def same_thing(a: Claim, b: Claim, *, periods: bool = True) -> bool:
    """Whether two claims are about the same area (or both about none named), measure,
    counted thing and period."""
    if a.area != b.area:
        return False
    return _alike(a, b) and (not periods or _period_fits(a.period, b.period))


def _alike(a: Claim, b: Claim) -> bool:
    """Same counted thing and measure, whatever the area and period."""
    return a.counts == b.counts and (a.measure == b.measure or not (a.measure_stated and b.measure_stated))


def _pinned_same(claim: Claim, other: Claim, *, area: bool = True, period: bool = True) -> bool:
    """Whether another count is surely about the claim's thing: its own area and measure
    (and period) pinned, and the same known measure, counted thing, area (unless ``area``
    is False: a part of the claim's area) and period (unless ``period`` is False) as the
    claim. An area, measure or period that is unknown matches nothing here: it may let a
    claim be supported, never contradicted."""
    loose = set(other.unpinned())
    return (other.measure == claim.measure and other.counts == claim.counts
            and not loose & {"area", "measure"} and other.area is not None
            and (not area or other.area == claim.area)
            and (not period or (other.period == claim.period and "period" not in loose)))


class _Judge:
    """The self pass over one article: its counts indexed by area and its claims by
    sentence, so that each claim looks only at the figures that may bear on it."""

    def __init__(self, article: Article, counts: list[Claim]) -> None:
        self.article = article
        self.by_thing: dict[tuple, list[Claim]] = {}  # (area, counted thing)
        self.by_period: dict[tuple, list[Claim]] = {}  # (area, counted thing, period)
        self.by_place: dict[tuple, list[Claim]] = {}  # (sentence, area, counted thing)
        for c in counts:
            self.by_thing.setdefault((c.area, c.counts), []).append(c)
            self.by_period.setdefault((c.area, c.counts, c.period), []).append(c)
            self.by_place.setdefault((c.sentence.index if c.sentence else -1, c.area, c.counts), []).append(c)
        self.by_sentence: dict[int, list[Claim]] = {}
        self.by_part: dict[tuple, list[Claim]] = {}  # (part, area): the exact counts of a part ("girls")
        for c in article.claims:
            self.by_sentence.setdefault(c.sentence.index if c.sentence else -1, []).append(c)
            if c.is_count and c.qualifier == "exact" and "part" in c.detail:
                self.by_part.setdefault((c.detail["part"], c.area), []).append(c)

    def _of(self, area: str | None, claim: Claim, period: object = ANY) -> list[Claim]:
        """The counts of an area of what the claim counts: of one period (None: of none
        named), of the claim's period or none (``FITS``), or of any (``ANY``) — these only
        where there are at most :data:`MAX_WIDE`: an article with more figures of one thing
        pins no reading by looking far from the claim."""
        if period is ANY or (period is FITS and claim.period is None):
            found = self.by_thing.get((area, claim.counts), [])
            return found if len(found) <= MAX_WIDE else []
        if period is FITS:
            return self.by_period.get((area, claim.counts, claim.period), []) + \
                self.by_period.get((area, claim.counts, None), [])
        return self.by_period.get((area, claim.counts, period), [])

    def _near(self, claim: Claim, before: int = 0) -> list[Claim]:
        """The claims of the claim's sentence and of the ``before`` sentences before it."""
        at = claim.sentence.index if claim.sentence else -1
        if not before:
            return self.by_sentence.get(at, [])
        return [c for i in range(at - before, at + 1) for c in self.by_sentence.get(i, [])]

    def one(self, claim: Claim) -> Finding:
        if claim.is_count:
            return self._count(claim)
        if claim.kind in ("change", "multiple"):
            return self._comparison(claim)
        if claim.kind in ("per_day", "per_week", "every_minutes"):
            return self._rate(claim)
        if claim.kind in ("fraction", "percent") and "paired" in claim.detail:
            return self._paired(claim)
        if claim.kind in ("fraction", "percent") and (parts := self._listed_parts(claim)):
            low, high = sum(p.value - 0.5 for p in parts), sum(p.value + 0.5 for p in parts)
            how = f"{_sum(parts)} = {sum(p.value for p in parts):g} per cent"
            return replace(_any_or_all(claim, [_Option(Known(low, high), how, True)]), own_words=True)
        if claim.kind == "rank":
            return self._rank(claim)
        return undecided(NOTHING)

    # --- counts -------------------------------------------------------------------------

    def _count(self, claim: Claim) -> Finding:
        if claim.breakdown_hint:
            return undecided(f"the sentence is about a part of the figures (by {claim.breakdown_hint.replace('_', ' ')})")
        total = self._total_of_parts(claim)
        if claim.qualifier == "exact":
            if total is None:
                return undecided(NOTHING)
            return _any_or_all(claim, [_total_option(claim, total)])
        same_period = [c for c in self._of(claim.area, claim, claim.period) if c is not claim
                       and claim.period is not None and same_thing(c, claim)]
        others = same_period or [c for c in self._of(claim.area, claim) if c is not claim and same_thing(c, claim)]
        options = [_Option(Known.exact(c.value), f"{c.value:,.0f} elsewhere in the article", _pinned_same(claim, c))
                   for c in others]
        if total is not None:
            options.append(_total_option(claim, total))
        return _any_or_all(claim, options)

    def _total_of_parts(self, claim: Claim) -> tuple[float, list[Claim], bool] | None:
        """The sum of the parts of the claim's total the article gives — every force of its
        area, or every year of its span — and whether they are all of them (else the sum
        is only what the total must at least be: two or more of its forces)."""
        if claim.area is None:
            return None
        area = all_areas()[claim.area]
        if not area.is_force:
            members = [f.id for f in forces_in(area.id) if f.territorial]
            parts = [found[0] for member in members
                     if (found := [c for c in self._of(member, claim, FITS) if c is not claim and _alike(c, claim)])]
            if len(parts) >= 2:
                return sum(p.value for p in parts), parts, len(parts) == len(members)
        if claim.period is not None and len(claim.period.years) >= 2:
            parts = []
            for year in claim.period.years:
                found = [c for c in self._of(claim.area, claim, year) if c is not claim and _alike(c, claim)]
                if not found:
                    return None
                parts.append(found[0])
            return sum(p.value for p in parts), parts, True
        return None

    # --- comparisons ----------------------------------------------------------------------

    def _comparison(self, claim: Claim) -> Finding:
        pairs = self._pairs(claim)
        if not pairs:
            return undecided("the article gives no two counts of the same thing to compare")
        options = []
        for pair in pairs:
            base, current = pair.base.value, pair.current.value
            if base == 0:
                continue
            sure = _own_pair(claim, pair) or (
                _pinned_same(claim, pair.base, period=False) and _pinned_same(claim, pair.current, period=False)
                and (pair.stated or not {"period"} & {*pair.base.unpinned(), *pair.current.unpinned()}))
            if claim.kind == "multiple":
                options.append(_Option(Known.exact(current / base), f"{current:,.0f} / {base:,.0f} = {current / base:.2f}",
                                       sure))
            else:
                change = (current - base) / base * 100
                options.append(_Option(Known.exact(change),
                                       f"({current:,.0f} − {base:,.0f}) / {base:,.0f} = {change:+.1f} per cent", sure))
        # the pairs stand for the claim's periods: only its area and measure need pinning,
        # and nothing where the claim names both of the counts it compares ("from 77 to 63")
        own = all(_own_pair(claim, p) for p in pairs)
        return replace(_any_or_all(claim, options), needs=() if own else ("area", "measure"))

    def _pairs(self, claim: Claim) -> list[_Pair]:
        """The pairs of counts a comparison may be about: in its sentence, else with the
        sentence before, else (where it names its area or measure) anywhere — keeping
        only pairs whose periods are those the claim names (a base "on 2015/16", a year
        "in 2019/20")."""
        def related(claims: list[Claim]) -> list[Claim]:
            return [c for c in claims if same_thing(c, claim, periods=False)]

        bracket = self._bracket(claim)
        if bracket:
            return [bracket]
        if "parts" in claim.detail:  # two parts compared, never one count over time
            return self._part_pairs(claim)
        at = claim.sentence.index if claim.sentence else -1
        own = self.by_place.get((at, claim.area, claim.counts), [])
        levels = [related(own), related(self.by_place.get((at - 1, claim.area, claim.counts), []) + own)]
        if claim.area_stated or claim.measure_stated:
            levels.append(related(self._of(claim.area, claim)))
        for counts in levels:
            pairs = [p for p in _pairs_of(counts) if _periods_fit(claim, p)]
            if pairs:
                return pairs
        return []

    def _bracket(self, claim: Claim) -> _Pair | None:
        """A multiple between the two counts of its sentence, the one before it compared
        with the first after it ("girls were the victims in 1,141 offences, almost three
        times the number against boys (374)"): a pair the sentence states, parts or not."""
        if claim.kind != "multiple":
            return None
        counts = [c for c in self._near(claim) if c.is_count and c.qualifier == "exact"]
        before = [c for c in counts if c.end <= claim.start]
        after = [c for c in counts if c.start >= claim.end]
        if len(before) != 1 or not after or after[0].counts != before[0].counts:
            return None
        return _Pair(after[0], before[0], stated=True)

    def _part_pairs(self, claim: Claim) -> list[_Pair]:
        """The pairs of counts of the two parts a multiple compares ("girls were nearly
        three times higher than boys"), each pair given in one sentence of the article."""
        current, base = claim.detail["parts"]
        bases = self.by_part.get((base, claim.area), [])
        return [_Pair(b, c, stated=True) for c in self.by_part.get((current, claim.area), []) for b in bases
                if b.sentence is c.sentence and _alike(b, c) and _alike(b, claim)]

    # --- rates ----------------------------------------------------------------------------

    def _rate(self, claim: Claim) -> Finding:
        """A rate against the count of its period (where it names one), else against every
        count of the same thing that has a period, each over its period's days."""
        named = claim.period is not None and claim.sources.get("period") in PINNED
        related = [c for c in self._of(claim.area, claim, claim.period) if claim.period is not None
                   and same_thing(c, claim, periods=False)]
        if not related and not named:
            related = [c for c in self._of(claim.area, claim) if c.period is not None
                       and same_thing(c, claim, periods=False)]
        if not related:
            return undecided("the article gives no count for the period of the rate")
        options = []
        for count in sorted(related, key=lambda c: c.period, reverse=True):
            days = count.period.days
            if claim.kind == "every_minutes":
                value, how = days * 1440 / count.value, f"{days * 1440:,} minutes / {count.value:,.0f}"
            else:
                per = 7 if claim.kind == "per_week" else 1
                value, how = count.value / days * per, f"{count.value:,.0f} / {days} days" + (" × 7" if per == 7 else "")
            options.append(_Option(Known.exact(value), f"{how} = {value:.2f} ({count.period.label})",
                                   _pinned_same(claim, count, period=named)))
        return replace(_any_or_all(claim, options), needs=("area", "measure") + (("period",) if named else ()))

    # --- paired numbers and ranks -----------------------------------------------------------

    def _paired(self, claim: Claim) -> Finding:
        paired = float(claim.detail["paired"])
        if claim.detail.get("paired_is_percent"):  # its own words: no reading needed
            return replace(_finding(claim, Known(paired - 0.5, paired + 0.5), f"the wording against its own number, {paired:g} per cent"),
                           own_words=True)
        larger = [c for c in self._near(claim, before=1) if c.is_count and c.area == claim.area
                  and c.start < claim.start and c.value > paired]
        # offences are recorded by victim: a share of the victims or children is of the
        # offences against them where the article counts no victims themselves
        wholes = [c for c in larger if c.counts == claim.counts] or \
            [c for c in larger if claim.counts in COUNTED_BY_VICTIM and c.counts == "offences"]
        if not wholes:
            return undecided("the article gives no whole for the paired count")
        whole = wholes[-1]
        share = paired / whole.value * 100
        known = Known(0.0, share) if whole.qualifier == "over" else Known.exact(share)
        how = f"{paired:,.0f} of {whole.text} = {'at most ' if whole.qualifier == 'over' else ''}{share:.1f} per cent"
        verdict = decide(claim, known)
        if whole.sentence is claim.sentence:  # "more than 34,000 …, and a quarter (5,500)": its own words
            return Finding(verdict, how, share, own_words=True)
        if verdict == CONTRADICTED and (whole.unpinned() or claim.area is None):
            return undecided(f"{how}, if the whole is {whole.text}; but its reading is not pinned")
        return Finding(verdict, how, share)

    def _listed_parts(self, claim: Claim) -> list[Claim]:
        """The whole-number percentages listed after a share as its parts ("…, with
        WhatsApp used in 12 per cent, Facebook in 10 per cent and Instagram in six")."""
        own = self._near(claim)
        after = own[bisect_right(own, claim.end, key=lambda c: c.start):]
        if len(after) < 2 or any(c.kind != "percent" or c.detail.get("decimals") for c in after):
            return []
        lead = self.article.text[claim.end:after[0].start]
        return after if re.search(r"\bwith\b|:|\bincluding\b", lead) else []

    def _rank(self, claim: Claim) -> Finding:
        if claim.detail.get("series"):
            return undecided("a place in the area's own series is judged against the data only")
        group = self._group(claim)
        if group is None:
            return undecided("the article does not give every member of the group")
        members = [f.id for f in forces_in(group) if f.territorial]
        values = {}
        for member in members:
            found = [c for c in self._of(member, claim, FITS) if _alike(c, claim)]
            if not found:
                return undecided(f"the article gives no count for {all_areas()[member].name}")
            values[member] = found[0].value
        if claim.area not in values:
            return undecided(NOTHING)
        low = claim.detail["from"] == "bottom"
        place = 1 + sum(1 for v in values.values() if (v < values[claim.area] if low else v > values[claim.area]))
        others = ", ".join(f"{v:,.0f}" for m, v in values.items() if m != claim.area)
        verdict = SUPPORTED if place == claim.value else CONTRADICTED
        return Finding(verdict, f"{values[claim.area]:,.0f} against {others}: number {place} "
                                f"{'from the bottom' if low else 'from the top'} in {all_areas()[group].name}", place)

    def _group(self, claim: Claim) -> str | None:
        """The group a rank places a force in (see :mod:`.claims`), if the article can give
        every member: not "any force", nor "of the three that answered"."""
        if claim.area is None or not all_areas()[claim.area].is_force or claim.detail.get("only"):
            return None
        text = str(claim.detail.get("group_text") or "")
        if claim.detail.get("of") or re.search(rf"\bany\b|\ball\b|\bevery\b|{ANSWERED}", text, re.I):
            return None
        group = claim.detail.get("group")
        size = re.search(rf"\b({NUM})\b", text, re.I)
        if group is None or (size and int(number_value(size.group(1))) != len(forces_in(group))):
            return None
        return group


def _period_fits(part: Period | None, whole: Period | None) -> bool:
    return part is None or whole is None or part == whole


def _own_pair(claim: Claim, pair: _Pair) -> bool:
    """Whether the claim's own sentence pairs the two counts it compares ("fell from 77 to
    63, a fall of 17 per cent"): its reading is those counts, whatever they are of."""
    return pair.stated and pair.base.sentence is claim.sentence and pair.current.sentence is claim.sentence


def _total_option(claim: Claim, total: tuple[float, list[Claim], bool]) -> _Option:
    """What the parts the article gives make of the claim's total: their sum, or at least
    their sum where some are not given (parts contradict a whole only by exceeding it)."""
    value, parts, complete = total
    if complete:
        return _Option(Known.exact(value), f"{_sum(parts)} = {value:,.0f}", _sure_parts(claim, parts))
    return _Option(Known(value, math.inf), f"{_sum(parts)} = {value:,.0f} for {len(parts)} of its forces, so at least "
                                           f"{value:,.0f}", _sure_parts(claim, parts))


def _sure_parts(claim: Claim, parts: list[Claim]) -> bool:
    """Whether listed parts are surely the parts of the claim's total: each of its measure,
    with its area and period pinned."""
    return claim.area is not None and all(
        _pinned_same(claim, p, area=False, period=False) and "period" not in p.unpinned() for p in parts)


def _periods_fit(claim: Claim, pair: _Pair) -> bool:
    """A pair fits a comparison that names its periods (pinned) only if its counts are
    for them — undated counts do not — unless the claim's own sentence pairs them."""
    if _own_pair(claim, pair):
        return True
    for end, period, coordinate in ((pair.base, claim.base_period, "base"), (pair.current, claim.period, "period")):
        if period is not None and claim.sources.get(coordinate) in PINNED and end.period != period:
            return False
    return True


def _pairs_of(counts: list[Claim]) -> list[_Pair]:
    """(base, current) pairs: "from A to B" in one sentence, and counts of two periods —
    the latter only among at most :data:`MAX_PAIRED` counts: more give a comparison too
    many candidate pairs for any to be pinned (and would cost their square)."""
    pairs: list[_Pair] = []
    by_sentence: dict[int, list[Claim]] = {}
    for c in counts:
        by_sentence.setdefault(c.sentence.index if c.sentence else -1, []).append(c)
    for group in by_sentence.values():
        later = [c for c in group if c.role != "base"]
        current = next((c for c in later if c.role == "current"), later[0] if len(later) == 1 else None)
        if current is not None:
            pairs += [_Pair(base, current, stated=True) for base in group if base.role == "base"]
    if len(counts) <= MAX_PAIRED:
        for a in counts:
            for b in counts:
                if a.period and b.period and a.period.end < b.period.start \
                        and a.period.is_whole_year == b.period.is_whole_year:
                    pairs.append(_Pair(a, b))
    unique = {(p.base.value, p.current.value): p for p in pairs}
    return list(unique.values())


def _sum(parts: list[Claim]) -> str:
    return " + ".join(f"{p.value:,.0f}" for p in parts)


def _finding(claim: Claim, known: Known, how: str) -> Finding:
    return Finding(decide(claim, known), how, known.value)


@dataclass(frozen=True)
class _Option:
    """One value the article's figures may give a claim, and whether the figures it comes
    from are surely about the claim's thing (``sure``: see :func:`_pinned_same`)."""

    known: Known
    how: str
    sure: bool


def _any_or_all(claim: Claim, options: list[_Option]) -> Finding:
    """Supported if one option allows the claim; contradicted only if every one rules it
    out and every one is sure — else cannot decide, naming what each would give."""
    if not options:
        return undecided(NOTHING)
    findings = [_finding(claim, o.known, o.how) for o in options]
    for finding in findings:
        if finding.verdict == SUPPORTED:
            return finding
    if all(f.verdict == CONTRADICTED for f in findings) and all(o.sure for o in options):
        return findings[0] if len(findings) == 1 else Finding(
            CONTRADICTED, "; ".join(f.reason for f in findings), findings[0].computed)
    if all(f.verdict == CONTRADICTED for f in findings):
        return undecided("would disagree, but the figures compared may be about something else: "
                         + "; ".join(f.reason for f in findings))
    return undecided("; ".join(f.reason for f in findings))
