"""Judge: each claim against the workspace's Facts (the data pass).

A claim is looked up by its subject — area, period (and base period for a change or
multiple), measure — among the Facts of that kind:

========================  ===============================================================
claim                     Facts
========================  ===============================================================
count                     count, else total, else implied (bounds); a nation's count not
                          given is its group's count less the other members' ("England"
                          = England and Wales − Wales)
change ("down 44%")       change in per cent: from the counts first, else as published
multiple ("doubled")      ratio, else 1 + a published change / 100
share, fraction           share: of the measure, or a published share of it or of a part
                          of it (online offences are a part of child sexual offences)
daily / weekly average    per_day (a week is seven days)
"every N minutes"         the minutes of the period divided by the count
rank ("the highest in")   rank among the forces of the group (named, else its peers or
                          the area in force: see :mod:`.claims`)
series extreme ("the      count of every year of its span (since a year, the last N
lowest since 2015/16")    years, else the data's first year) up to the claim's
========================  ===============================================================

A change or multiple whose base the text does not pin (a headline: "Offences down 100 per
cent in South Wales") is judged against each base it may mean — the one guessed (the year
before), the bases the text names for the same area, measure and period, and the first
year the data compare its period with: supported by one that agrees (its verdict shows
that base), cannot decide otherwise — never contradicted on a base it may not mean.

Which value a claim allows is :mod:`.tolerance`'s table. Where the sentence names its
measure, only that measure is tried; where the measure is inherited and has Facts, only
it; otherwise every measure with Facts for the area and period is a candidate, one that
agrees supports the claim, and they contradict it only when there is one candidate and
the text named no measure at all. A claim about a part of a measure it does not say
(in a sentence about platforms or girls, a count of no named one; one kind of image
offence), about something the Facts do not count (people, forces, months), or with no
single area or no period cannot be decided here; one about an age group ("aged 10 and
under") or a part ("girls (24,457)") is judged against the Facts of that breakdown. A count of children or victims
where the Facts count offences is supported by the same number, never contradicted (a
child may be the victim of several offences).

A rank the Facts make among only some of the group's forces is contradicted when even
the forces that answered put the area elsewhere, and cannot be decided otherwise ("Gwent
Police is the highest of the 3 forces that gave a figure; Dyfed-Powys Police did not
respond") — unless the claim itself ranks only those that answered ("the most of the
three forces that gave figures", "1 of 3 in Wales"). A rank that gives neither its group
(named or from its context) nor its size ("the four forces") cannot be decided.

A series extreme is supported when the claim's count is above (for "the lowest", below)
that of every other year of its span, contradicted when a year's is, and cannot be decided
when a year of the span has no figure, one may be equal, or its span starts at a time the
text does not date ("since the law came into force"). "Since 2015/16" may leave 2015/16
out (it was last higher then), so a count only 2015/16 beats cannot be decided.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from ..analysis import COUNT_KINDS as FACT_COUNTS
from ..analysis import Fact, FactSet
from ..areas import all_areas
from ..model import Breakdown
from ..periods import Period
from .claim import NAMED, PINNED, Claim
from .context import COUNTED_BY_VICTIM, NUM, measures, number_value, parts_of, previous, share_measures
from .tolerance import CANNOT_DECIDE, CONTRADICTED, SUPPORTED, Known, decide
from .verdict import Finding, undecided

# a claimed count is judged against counts, totals and the counts a published share implies
COUNT_KINDS = (*FACT_COUNTS, "implied")
ANSWERED = r"\bthat (?:answered|responded|replied|gave|provided)\b|\bwith figures\b"


class FactIndex:
    """The Facts judged against (one release, or all): those of whole figures fetched once
    for every period of an area, those of a breakdown once per area, period and breakdown."""

    def __init__(self, facts: FactSet, release: str | None = None) -> None:
        self.release = release
        self._cache: dict[tuple, list[Fact]] = {}
        self._fetched: set[str] = set()
        self._facts = facts

    def fetch(self, areas: Iterable[str]) -> None:
        """Fetch every period's Facts for some areas in one query."""
        wanted = sorted(set(areas) - self._fetched)
        if not wanted:
            return
        for fact in self._facts.facts(area=wanted, breakdown=Breakdown({}),
                                      release=[self.release] if self.release else None):
            self._cache.setdefault((fact.area, fact.period), []).append(fact)
        self._fetched.update(wanted)

    def series(self, area: str) -> list[Fact]:
        """The Facts of an area's whole figures, every period."""
        self.fetch([area])
        return [f for key, facts in self._cache.items() if len(key) == 2 and key[0] == area for f in facts]

    def about(self, area: str, period: Period, breakdown: dict[str, int] | None = None) -> list[Fact]:
        """The Facts about an area and period: of the whole figures, or of a breakdown."""
        if breakdown:
            key = (area, period, str(Breakdown(breakdown)))
            if key not in self._cache:
                self._cache[key] = self._facts.facts(
                    area=[area], period=period, breakdown=Breakdown(breakdown),
                    release=[self.release] if self.release else None)
            return self._cache[key]
        self.fetch([area])
        return self._cache.get((area, period), [])


def judge(claim: Claim, index: FactIndex) -> Finding:
    """The data pass's finding for one claim (of a wording paired with its number, "more
    than half (52 per cent)", the number's: the wording is held to the number by the self
    pass)."""
    claim = claim.stated_number()
    if claim.area is None:
        return undecided("the claim is about several areas together, which no Fact covers"
                         if claim.sources.get("area") == NAMED else "the claim names no area")
    if claim.breakdown_hint and not claim.breakdown:
        return undecided(f"the sentence is about a part of the figures (by {claim.breakdown_hint.replace('_', ' ')}), "
                         "which the Facts here do not give")
    if claim.period is None:
        return undecided("the claim names no period the data can be matched to")
    if claim.role == "part" and not claim.breakdown:
        return undecided("the count is the part a fraction before it describes, which the Facts here do not give")
    handler = _HANDLERS.get(claim.kind)
    if handler is None:
        return undecided(f"the Facts do not decide a claim of {claim.kind.replace('_', ' ')}")
    return handler(claim, index)


# --- choosing among measures -------------------------------------------------------------


def _by_measure(claim: Claim, facts: Iterable[Fact]) -> tuple[dict[str, list[Fact]], bool]:
    """The candidate Facts per measure, and whether a mismatch may contradict."""
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.measure, []).append(fact)
    if claim.measure_stated or (claim.measure in grouped):
        wanted = claim.measure
        return ({wanted: grouped[wanted]} if wanted in grouped else {}), True
    return grouped, claim.measure is None and len(grouped) == 1


def _judge_candidates(claim: Claim, candidates: dict[str, tuple[Known, Fact]], strict: bool, what: str) -> Finding:
    if not candidates:
        return undecided(f"the workspace has no {what} for {_subject(claim)}")
    findings = []
    for measure, (known, fact) in candidates.items():
        verdict = SUPPORTED if _as_published(claim, fact) else decide(claim, known)
        findings.append(Finding(verdict, _because(fact, known, verdict), known.value, (fact.id,)))
    return _one_of(findings, strict)


def _one_of(findings: list[Finding], strict: bool) -> Finding:
    """The finding of the measure that agrees; else the only one, where a mismatch may
    contradict (``strict``); else cannot decide."""
    agreeing = [f for f in findings if f.verdict == SUPPORTED]
    if agreeing:
        return agreeing[0]
    if strict and len(findings) == 1:
        return findings[0]
    return undecided("no figure agrees, but the measure is not certain: "
                     + "; ".join(f.reason for f in findings), fact_ids=tuple(i for f in findings for i in f.fact_ids))


def _as_published(claim: Claim, fact: Fact) -> bool:
    """A claim that repeats a figure exactly as it was published ("about 5,500")."""
    return fact.value == claim.value and fact.qualifier == claim.qualifier and claim.qualifier != "exact"


def _because(fact: Fact, known: Known, verdict: str) -> str:
    lead = {SUPPORTED: "agrees", CONTRADICTED: "disagrees"}.get(verdict, "cannot say")
    caveats = "; ".join(c.text for c in fact.caveats if c.kind not in ("implied",))
    return f"{lead}: {fact.formula}" + (f" ({caveats})" if caveats else "")


def _subject(claim: Claim) -> str:
    parts = [all_areas()[claim.area].name if claim.area else "several areas"]
    if claim.measure:
        parts.append(measures()[claim.measure].title)
    if claim.period:
        parts.append(claim.period.label + (f" against {claim.base_period.label}" if claim.base_period else ""))
    return ", ".join(parts)


def known_of(fact: Fact) -> Known:
    """The range a Fact pins its value to."""
    if fact.value is not None and fact.lower is None and fact.upper is None:
        if fact.qualifier == "rounded":
            return Known(fact.value - 0.5, fact.value + 0.5)
        if fact.qualifier == "approx":
            return Known(0.95 * fact.value, 1.05 * fact.value)
        if fact.qualifier == "over":
            return Known(fact.value + 1e-9, math.inf)
        return Known.exact(fact.value)
    low = fact.lower if fact.lower is not None else (fact.value if fact.value is not None else -math.inf)
    if fact.qualifier == "over":
        low += 1e-9
    return Known(low, fact.upper if fact.upper is not None else math.inf)


def _best(facts: list[Fact], kinds: tuple[str, ...]) -> Fact | None:
    order = {kind: i for i, kind in enumerate(kinds)}
    ranked = sorted((f for f in facts if f.kind in order),
                    key=lambda f: (order[f.kind], f.qualifier not in (None, "exact"), f.id))
    return ranked[0] if ranked else None


def _totals(facts: list[Fact], counts: str) -> list[Fact]:
    """The count Facts of what a claim counts (offences of images are offences)."""
    unit = "offences" if counts in ("offences", "images") else counts
    return [f for f in facts if f.kind in COUNT_KINDS and f.unit == unit]


def _facts(claim: Claim, index: FactIndex) -> list[Fact]:
    return index.about(claim.area, claim.period, claim.breakdown)


# --- each kind of claim ------------------------------------------------------------------


def _count(claim: Claim, index: FactIndex) -> Finding:
    facts = _facts(claim, index)
    grouped, strict = _by_measure(claim, _totals(facts, claim.counts))
    candidates = {m: (known_of(f), f) for m, facts in grouped.items() if (f := _best(facts, COUNT_KINDS))}
    if not candidates and claim.counts in COUNTED_BY_VICTIM:
        # "2,895 children aged five and under" where the Facts count offences against them:
        # the same number supports it, but a child may be the victim of several offences
        grouped, strict = _by_measure(claim, _totals(facts, "offences"))
        candidates = {m: (known_of(f), f) for m, facts in grouped.items() if (f := _best(facts, COUNT_KINDS))}
        finding = _judge_candidates(claim, candidates, strict, "count")
        if finding.verdict == CONTRADICTED:
            return undecided(f"the Facts count offences, not {claim.counts}: {finding.reason}", finding.fact_ids)
        return finding
    if not candidates:
        derived = _difference(claim, index)
        if derived:
            return derived
    return _judge_candidates(claim, candidates, strict, "count")


def _difference(claim: Claim, index: FactIndex) -> Finding | None:
    """A count for an area the data do not give, as its group's count less its siblings'."""
    areas = all_areas()
    for parent in areas[claim.area].parents:
        siblings = [a.id for a in areas.values() if parent in a.parents and a.id != claim.area]
        if areas[parent].level == "uk" or not siblings:
            continue
        parts = [(a, index.about(a, claim.period, claim.breakdown)) for a in (parent, *siblings)]
        chosen = []
        for area, facts in parts:
            grouped, _ = _by_measure(claim, _totals(facts, claim.counts))
            fact = _best(grouped.get(claim.measure, []), ("count",)) if claim.measure else None
            if fact is None or not fact.is_exact:
                break
            chosen.append(fact)
        else:
            value = chosen[0].value - sum(f.value for f in chosen[1:])
            verdict = decide(claim, Known.exact(value))
            formula = (f"{chosen[0].value:,.0f} ({areas[parent].name}) − "
                       + " − ".join(f"{f.value:,.0f} ({areas[f.area].name})" for f in chosen[1:])
                       + f" = {value:,.0f} for {areas[claim.area].name} in {claim.period.label}")
            lead = {SUPPORTED: "agrees", CONTRADICTED: "disagrees"}.get(verdict, "cannot say")
            return Finding(verdict, f"{lead}: {formula}", value, tuple(f.id for f in chosen))
    return None


def _over_bases(judge_on: Callable[[Claim, FactIndex], Finding]) -> Callable[[Claim, FactIndex], Finding]:
    """A comparison judged on its base; where the text does not pin the base, on each base
    it may mean (:func:`_readings`): supported by the first reading that agrees (the verdict
    shows that base), never decided against (a base it may not mean must not contradict it)."""
    def judge(claim: Claim, index: FactIndex) -> Finding:
        if claim.base_period is None:
            return undecided("the claim does not say which year it compares with")
        readings = _readings(claim, index)
        if len(readings) == 1:
            return judge_on(claim, index)
        findings = [(base, judge_on(replace(claim, base_period=base), index)) for base in readings]
        years = ", ".join(base.label for base in readings)
        for base, finding in findings:
            if finding.verdict == SUPPORTED and base == claim.base_period:
                return finding
            if finding.verdict == SUPPORTED:
                return replace(finding, reason=f"{finding.reason} (read against {base.label}: the claim does not "
                                               f"name its base, which may be {years})", base=base)
        return undecided(f"the claim does not name its base, which may be {years}, and no reading agrees: "
                         + "; ".join(f"against {base.label}, {finding.reason}" for base, finding in findings),
                         tuple(i for _, finding in findings for i in finding.fact_ids))
    return judge


def _readings(claim: Claim, index: FactIndex) -> list[Period]:
    """The bases a comparison may be against: its own, where the text pins it; else the one
    guessed (the year before), those the text names for the same area, measure and period
    (``bases``), and the first year the data compare its period with (the start of the
    series)."""
    if claim.sources.get("base") in PINNED:
        return [claim.base_period]
    compared = [f.base_period for f in _facts(claim, index) if f.kind in ("change", "ratio") and f.base_period
                and f.base_period.kind == claim.base_period.kind and (claim.measure is None or f.measure == claim.measure)]
    first = [min(compared, key=lambda p: p.start)] if compared else []
    return list(dict.fromkeys([claim.base_period, *claim.detail.get("bases", ()), *first]))


@_over_bases
def _change(claim: Claim, index: FactIndex) -> Finding:
    facts = [f for f in _facts(claim, index)
             if f.kind == "change" and f.unit == "percent_change" and f.base_period == claim.base_period]
    grouped, strict = _by_measure(claim, facts)
    candidates = {m: (known_of(f), f) for m, fs in grouped.items() if (f := _best(fs, ("change",)))}
    return _judge_candidates(claim, candidates, strict, "change")


@_over_bases
def _multiple(claim: Claim, index: FactIndex) -> Finding:
    facts = [f for f in _facts(claim, index)
             if f.kind in ("ratio", "change") and f.unit in ("ratio", "percent_change")
             and f.base_period == claim.base_period]
    grouped, strict = _by_measure(claim, facts)
    candidates = {}
    for measure, fs in grouped.items():
        fact = _best(fs, ("ratio", "change"))
        if fact is not None:
            known = known_of(fact)
            candidates[measure] = (known if fact.kind == "ratio" else known.map(lambda v: 1 + v / 100), fact)
    return _judge_candidates(claim, candidates, strict, "comparison")


def _share(claim: Claim, index: FactIndex) -> Finding:
    """A share of the measure, or of one of its parts ("11 per cent of the sexual offences
    against children had an online element"); decided by the one share there is."""
    wanted = set(share_measures(claim.measure)) | {m for part in parts_of(claim.measure) for m in share_measures(part)} \
        if claim.measure else None
    facts = [f for f in _facts(claim, index)
             if f.kind == "share" and f.unit == "percent" and (wanted is None or f.measure in wanted)]
    candidates = {f.measure: (known_of(f), f) for f in facts}
    return _judge_candidates(claim, candidates, len(candidates) == 1, "share")


def _average(claim: Claim, index: FactIndex) -> Finding:
    facts = [f for f in _facts(claim, index)
             if f.kind == "per_day"]
    grouped, strict = _by_measure(claim, facts)
    scale = 7 if claim.kind == "per_week" else 1
    candidates = {m: (known_of(f).map(lambda v: v * scale), f) for m, fs in grouped.items()
                  if (f := _best(fs, ("per_day",)))}
    return _judge_candidates(claim, candidates, strict, "daily average")


def _interval(claim: Claim, index: FactIndex) -> Finding:
    grouped, strict = _by_measure(claim, _totals(_facts(claim, index), claim.counts))
    minutes = claim.period.days * 24 * 60
    candidates = {m: (known_of(f).map(lambda v: minutes / v if v else math.inf), f)
                  for m, fs in grouped.items() if (f := _best(fs, COUNT_KINDS))}
    return _judge_candidates(claim, candidates, strict, "count")


def _rank(claim: Claim, index: FactIndex) -> Finding:
    if claim.detail.get("series"):
        return _series(claim, index)
    if claim.detail.get("only"):
        return undecided("'the only' is not a rank the Facts make")
    facts = [f for f in _facts(claim, index) if f.kind == "rank"]
    grouped, _ = _by_measure(claim, facts)
    facts = [f for fs in grouped.values() for f in fs]
    fact = _rank_fact(claim, facts)
    if fact is None:
        return undecided(f"the workspace ranks {_subject(claim)} in no group the claim names")
    detail, areas = fact.detail, all_areas()
    place = int(detail["from_bottom" if claim.detail["from"] == "bottom" else "from_top"])
    missing = [m for m in dict.fromkeys(detail.get("missing") or [])]
    word = "lowest" if claim.detail["from"] == "bottom" else "highest"
    name, group = areas[claim.area].name, areas[str(detail["group"])].name
    stated = f"{name} is number {place} from the {'bottom' if word == 'lowest' else 'top'}" if place > 1 \
        else f"{name} is the {word}"
    ranked = f"{stated} of the {detail['ranked']} forces in {group} that gave a figure"
    verdict = SUPPORTED if place == claim.value else CONTRADICTED
    if not missing:
        return Finding(verdict, f"{stated} of all {detail['ranked']} forces in {group}", place, (fact.id,))
    if _among_answered(claim):
        return Finding(verdict, ranked, place, (fact.id,))
    if place > claim.value:
        return Finding(CONTRADICTED, f"{ranked}, so it cannot be higher among all of them", place, (fact.id,))
    gaps = "; ".join(c.text.split("; ", 1)[-1] for c in fact.caveats if c.kind == "incomplete_peers")
    return Finding(CANNOT_DECIDE, f"{ranked}; {gaps}", place, (fact.id,))


def _among_answered(claim: Claim) -> bool:
    """Whether a rank counts only the forces that gave a figure ("1 of 3", "of the three
    forces that answered", "Of the forces that gave figures, Gwent recorded the most")."""
    return bool(claim.detail.get("of")) or re.search(ANSWERED, claim.sentence.text if claim.sentence else "",
                                                     re.I) is not None


def _rank_fact(claim: Claim, facts: list[Fact]) -> Fact | None:
    """The rank Fact among the group the claim is about (``group``: named, "any force",
    or from its peers and context, see :mod:`.claims`) and of its size — the forces of
    the group ("the four forces"), or those ranked where the claim counts only those that
    answered ("of the three that gave figures", "1 of 3"); None if it says neither."""
    group = claim.detail.get("group")
    size = re.search(rf"\b({NUM})\b", str(claim.detail.get("group_text") or ""), re.I)
    among = claim.detail.get("of") or (int(number_value(size.group(1))) if size else None)
    if group is None and among is None:
        return None
    counted = "ranked" if _among_answered(claim) else "forces_in_group"
    for fact in facts:
        if group is not None and fact.detail.get("group") != group:
            continue
        if among is not None and among != fact.detail.get(counted):
            continue
        return fact
    return None


def _series(claim: Claim, index: FactIndex) -> Finding:
    """A series extreme ("the lowest of its figures in the data", "its highest level in
    five years"): the claim's count against the area's counts of the other years of the
    span, one measure at a time."""
    if claim.detail.get("series_undated"):
        return undecided("the claim does not say when the figures it compares with begin")
    if claim.breakdown:
        return undecided("the Facts here give a series for the whole figures only")
    if previous(claim.period) is None:
        return undecided(f"a series is of whole years, and {claim.period.label} is not one")
    grouped, strict = _by_measure(claim, _totals(index.series(claim.area), claim.counts))
    findings = [f for facts in grouped.values() if (f := _place_in_series(claim, facts))]
    if not findings:
        return undecided(f"the workspace has no count for {_subject(claim)}")
    return _one_of(findings, strict)


def _place_in_series(claim: Claim, facts: list[Fact]) -> Finding | None:
    """The claim's place among one measure's yearly counts over its span: the years since
    ``series_since`` (or ``series_first``), the last ``series_years``, else every year in
    the data up to the claim's; None if the measure has no count for the claim's year.
    Supported when its count is above (below) every other year's, contradicted when a year
    is, cannot decide when a year of the span has no figure or one that may be equal.
    "Since 2015/16" may leave 2015/16 out ("the highest since 2015/16", when it was
    higher): a claim only 2015/16 beats is not decided."""
    period, low = claim.period, claim.detail["from"] == "bottom"
    years: dict[Period, list[Fact]] = {}
    for fact in facts:
        if fact.period.kind == period.kind and fact.period.end <= period.end:
            years.setdefault(fact.period, []).append(fact)
    best = {p: f for p, fs in years.items() if (f := _best(fs, COUNT_KINDS)) and not known_of(f).is_unknown}
    if period not in best:
        return None
    since, last = claim.detail.get("series_since"), claim.detail.get("series_years")
    # the last N years run back N years whatever the data hold (a year missing is a doubt)
    first = date.min if last else (since or claim.detail.get("series_first") or min(best)).start
    span = [period]
    while previous(span[-1]).start >= first and (last is None or len(span) < last):
        span.append(previous(span[-1]))
    own = known_of(best[period])
    beyond = {p: _beyond(known_of(best[p]), own, low) for p in span[1:] if p in best}
    beats = [p for p, surely in beyond.items() if surely]
    place, word = 1 + len(beats), "lower" if low else "higher"
    fact_ids = tuple(best[p].id for p in span if p in best)
    stated = f"{_shown(best[period])} in {period.label}"
    if place > claim.value:
        beaten = ", ".join(f"{_shown(best[p])} in {p.label}" for p in beats)
        why = f"{stated}; {beaten} {'is' if len(beats) == 1 else 'are'} {word}"
        if since and beats == [span[-1]] and span[-1].start <= since.end:
            return Finding(CANNOT_DECIDE, f"{why}, but 'since {since.label}' may leave {since.label} out", place,
                           fact_ids)
        return Finding(CONTRADICTED, why, place, fact_ids)
    doubts = [f"{_shown(best[p])} in {p.label} may be {word} or equal" for p, surely in beyond.items()
              if surely is None]
    if not claim.detail.get("series_of_figures"):  # "the lowest of its figures": a year with none is not one
        doubts += [f"no figure for {p.label}" for p in span[1:] if p not in best]
    if not beyond:
        doubts.append("no other year's figure to compare with")
    if doubts:
        return Finding(CANNOT_DECIDE, f"{stated}; {'; '.join(doubts)}", None, fact_ids)
    verdict = SUPPORTED if place == claim.value else CONTRADICTED
    where = f"the {'lowest' if low else 'highest'}" if place == 1 else \
        f"number {place} from the {'bottom' if low else 'top'}"
    return Finding(verdict, f"{stated} is {where} of the {len(span)} years from {span[-1].label} to "
                            f"{period.label}", place, fact_ids)


def _beyond(other: Known, own: Known, low: bool) -> bool | None:
    """Whether another year's count is surely below (``low``) or above the claim's
    (True), surely not (False), or may be, or be equal (None)."""
    if (other.high < own.low) if low else (other.low > own.high):
        return True
    if (other.low > own.high) if low else (other.high < own.low):
        return False
    return None


def _shown(fact: Fact) -> str:
    return f"{fact.value:,.0f}" if fact.value is not None else fact.formula


_HANDLERS = {
    "count": _count,
    "change": _change,
    "multiple": _multiple,
    "percent": _share,
    "fraction": _share,
    "per_day": _average,
    "per_week": _average,
    "every_minutes": _interval,
    "rank": _rank,
}
