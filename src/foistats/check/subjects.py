"""Subjects: each claim of a sentence given its reading, from its sentence and from what the
text before it left in force.

Each claim is given a subject — its **reading** — and, for each coordinate, where it came
from (``sources``): *named* in its sentence, *inherited* from an earlier sentence that
left one value in force, or *guessed* (inherited where that sentence named several, an
area from a later clause, the year before taken by default in a sentence that runs over
years, a sentence whose measure or period is worded in a way not read here). A measure
or period the text has not named at all is inherited: nothing competes with it. Only a
reading whose coordinates are named or inherited (*pinned*) may contradict (see
:func:`.verdict.pinned_only`). The subject (see :mod:`.context` for the vocabulary):

- **measure**: the one its sentence names, else the one in force from the sentences
  before (the headline included);
- **area**: an area written just after the number ("25 in Cheshire"), else the nearest
  area named before the number in its sentence, else (but for a rank, whose areas after
  it are its group) the first named after it; "the force" means
  the force named last; a list of areas ("England and Wales, Northern Ireland and …") is
  a combination no single area matches; a sentence naming none keeps the area of the
  sentence before (for a sentence about several forces, the smallest area holding them
  all);
- **group** (of a rank among forces): the area its words name ("in the East of England",
  "of the four Welsh forces"; "any force" is the UK), else the smallest area holding its
  area and the other areas of its sentence ("Durham recorded the most, followed by
  Cleveland and Northumbria"), else the area in force if it holds its area; a series
  extreme has a span instead: since a year ("since 2015/16", "since records began in
  2015/16"), the last N years ("in five years"), else every year of the data — the
  periods its words name are its span, not its period;
- **breakdown**: an age group named with the number ("aged 10 and under"), of suspects
  where suspects are counted; else the part a count is of where its sentence breaks its
  figures down by that dimension ("girls (24,457)": victim gender female; "Instagram in
  126 instances": platform instagram);
- **period**: the nearest period after the number and before the next number, else the
  nearest before it in the sentence, else the period in force (the one most counts of
  the sentence before were for). A number after "from", "against", "on the", "compared
  with" or "double the" is the base of a comparison and takes only a period written after
  it. A period written after "on", "than", "from", "compared with" or "against" ("up 11
  per cent on 2015/16"), or that the words after a change or multiple go on to ("down 100
  per cent on one in 2017/18", "on about 458 offences in 2017/18", "more than in
  2017/18", "double the 2015/16 figure"), is the base of that comparison (if written
  before the next one), and no other number's period but its base figure's ("… in
  2017/18 (378)"). A comparison on such a base, where it names a base count or its clause
  no period of its own, is of its sentence's latest count of its area. A change or
  multiple otherwise compares the period of its base count with the latest other count
  of its sentence, else the earliest and latest periods of its sentence's counts, else
  its own period with the year before. A headline with no period is about the first
  period the text after it names. A comparison whose base is guessed keeps the bases the
  text names for its area, measure and period, which the data pass also tries.

A claim the text before it leaves with no area, period or measure (a lede ahead of its
figures: "Every 10 minutes, police log another offence") takes the one the whole article
names, if it names exactly one: nothing competes with it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from ..areas import ancestors
from ..periods import Period
from .claim import GUESSED, INHERITED, NAMED, PINNED, Claim
from .context import (FORCE_ANAPHORA, NUM, PeriodMention, age_group, breakdown_hint, common_area, find_areas,
                      find_measure, find_measures, is_force, parts_named, previous)
from .sentences import LOOKBACK, SCOPE, clause_end

_AREA_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|for|by|across)\s+(?:the\s+)?$", re.I)
_YEAR_FIGURE_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:total|figure|count|number|tally)\s+(?:of\s+)?$|\s*\($", re.I)
_SPAN_WORDS = re.compile(rf"\bsince\b|\b(?:in|over|past|last) (?:the )?(?:past |last )?(?:{NUM}|a) "
                         r"(?:financial )?(?:years|decade)\b", re.I)
_OTHER_MEASURE = re.compile(r"\b(?:sex|sexual) (?:offences|crimes)\b", re.I)
_OTHER_PERIOD = re.compile(r"\b(?:first|last|past|previous|latest) (?:[\w-]+ )?months\b|\bcurrent year\b"
                           r"|\b(?:a|the) year earlier\b|\bto date\b|\bso far\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:on|than|from|compared (?:with|to)|against)\s+(?:the\s+)?(?:year\s+)?$", re.I)
# What may stand between a change or multiple and the period it is against: "up 26 per cent
# on (about) 458 (offences) in 2017/18", "50 per cent more than in 2017/18", "compared with the
# figure for 2017/18"; for a multiple also "double the 2015/16 figure", "twice the 258 of 2015/16"
_VALUE_IN = rf"(?:(?:(?:[a-z-]+\s+){{0,2}}?(?:{NUM})|number|figure|level|total|count)" \
            r"(?:\s+(?!to\b|and\b)[a-z-]+){0,4}?\s+(?:in|of|for)\s+|in\s+)?"
_BASE_AFTER = {
    "change": re.compile(rf"\s*(?:(?:more|higher|lower|fewer)\s+)?(?:on|than|from|compared (?:with|to)|against)\s+"
                         rf"(?:the\s+)?{_VALUE_IN}", re.I),
    "multiple": re.compile(rf"\s*(?:(?:on|than|from|compared (?:with|to)|against)\s+)?the\s+{_VALUE_IN}", re.I),
}


@dataclass
class State:
    """What the text so far is about: inherited by sentences that do not say. A Markdown
    image's description is read on its own: it neither inherits nor leaves a subject."""

    measure: str | None = None
    area: str | None = None
    period: Period | None = None
    last_force: str | None = None
    first_period: Period | None = None
    measure_sure: bool = False  # the measure in force was the only one its sentence named
    area_sure: bool = False  # the area in force was the one area its sentence named
    period_sure: bool = False  # the period in force was the one period its sentence's counts had


def the_only_one(claims: list[Claim], areas: set[str], periods: set[Period], measures: set[str]) -> None:
    """A claim left with no area, period or measure by the text before it — a lede ahead
    of its figures — is about the one area (period, measure) the whole article names, if it
    names exactly one: nothing competes with it, so it is inherited. A list of areas read as
    a combination, a sentence over undated years and the base of a comparison keep none."""
    if len(measures) == 1:
        (measure,) = measures
        for claim in claims:
            if claim.measure is None and claim.sources.get("measure") == INHERITED:  # not "sex offences"
                claim.measure = measure
    if len(areas) == 1:
        (area,) = areas
        for claim in claims:
            if claim.area is None and claim.sources.get("area") != NAMED:
                claim.area, claim.sources["area"] = area, INHERITED
    if len(periods) == 1:
        (period,) = periods
        for claim in claims:
            if claim.period is None and not claim.detail.get("undated") and claim.role != "base":
                claim.period, claim.sources["period"] = period, INHERITED
                if claim.kind in ("change", "multiple") and claim.base_period is None:
                    claim.base_period = previous(period)
                    claim.sources["base"] = INHERITED if claim.detail.get("on_year_before") else GUESSED


def date_headline(claims: list[Claim], period: Period | None) -> None:
    """A headline that names no period is about the first period its text names."""
    for claim in claims:
        if claim.sentence.index != 0 or claim.period is not None or claim.detail.get("undated") or period is None:
            continue
        claim.period, claim.sources["period"] = period, GUESSED
        if claim.kind in ("change", "multiple") and claim.base_period is None:
            claim.base_period, claim.sources["base"] = previous(period), GUESSED


def text_bases(claims: list[Claim]) -> None:
    """A comparison whose base is guessed ("Offences down 100 per cent in South Wales") may
    be against any base the text names for the same area, measure and period ("… in
    2019/20, down 100 per cent on one in 2017/18"): those are kept as ``bases``, readings
    the data pass tries beside the guessed one."""
    named: dict[tuple, list[Period]] = {}
    for claim in claims:
        if claim.over_time and claim.base_period is not None and claim.sources.get("base") in PINNED:
            named.setdefault((claim.area, claim.measure, claim.period), []).append(claim.base_period)
    for claim in claims:
        if claim.over_time and claim.sources.get("base") not in PINNED:
            others = [b for b in named.get((claim.area, claim.measure, claim.period), []) if b != claim.base_period]
            if others:
                claim.detail["bases"] = list(dict.fromkeys(others))


def resolve_subjects(found: list[Claim], s: str, periods: list[PeriodMention], state: State) -> None:
    areas = find_areas(s)
    in_scope = SCOPE.sub(lambda m: " " * len(m.group(0)), s)
    measure, named = find_measure(in_scope)
    hint = breakdown_hint(s[:named[0]] + s[named[1]:] if named else s)
    refers_to_force = re.search(FORCE_ANAPHORA, s, re.I) is not None
    previous_end = 0
    starts = [a[0] for a in areas]
    layout = _PeriodLayout(s, periods, found)
    names_parts = bool(parts_named(s))  # most sentences name no part: their numbers are spared the search
    # a sentence that words its measure or period in a way not read here ("sex offences",
    # "the first eight months of the current year") does not inherit them with certainty
    inherited_measure = INHERITED if (state.measure is None or state.measure_sure) \
        and not _OTHER_MEASURE.search(in_scope) else GUESSED
    if _OTHER_PERIOD.search(s) or (re.search(r"\b(?:that|the same) year\b", s, re.I) and state.period is not None
                                   and len(state.period.years) > 1):
        state.period_sure = False  # "in that year" after a span of years: which year is not said
    for i, claim in enumerate(found):
        next_start = found[i + 1].start if i + 1 < len(found) else len(s)
        claim.measure = measure or state.measure
        claim.sources["measure"] = NAMED if measure else inherited_measure
        claim.breakdown_hint = hint
        if hint == "age":
            claim.breakdown = _age_of(claim, s, next_start)
        claim.area, claim.sources["area"] = _area_of(claim, s, areas, starts, previous_end, next_start,
                                                     refers_to_force, state)
        if claim.kind == "rank" and not claim.detail.get("series"):
            claim.detail["group"] = _group_of(claim, areas, state)
        claim.period = _period_of(claim, layout, previous_end, next_start, state)
        if names_parts:
            _parts_of(claim, s, previous_end, next_start)
        part = claim.detail.get("part")
        if part is not None and part[0] == hint and not claim.breakdown:  # "girls (24,457)": that part's count
            claim.breakdown = {part[0]: part[1]}
        previous_end = claim.end
    _compare_periods(found, state, s)
    if measure:
        state.measure = measure
        state.measure_sure = len(find_measures(in_scope)) == 1
    with_area = list(dict.fromkeys(c.area for c in found if c.area))
    if with_area:
        sources = {c.sources["area"] for c in found if c.area}
        state.area_sure = len(with_area) == 1 and (sources == {NAMED} or (sources == {INHERITED} and state.area_sure
                                                                          and state.area == with_area[0]))
        state.area = common_area(with_area)
    elif areas:
        state.area = areas[0][2]
        state.area_sure = len({a for _, _, a in areas}) == 1
    forces = [a for _, _, a in areas if is_force(a)]
    if forces:
        state.last_force = forces[-1]
    elif refers_to_force and with_area and is_force(with_area[-1]):
        state.last_force = with_area[-1]
    period, sure = _context_period(found, periods)
    if period is not None:
        state.period, state.period_sure = period, sure


def _parts_of(claim: Claim, s: str, previous_end: int, next_start: int) -> None:
    """The part a count is of, named after it before the next number ("80 against girls
    and 40 against boys"), else before it in its clause ("Girls were the victims in 1,141
    offences", "against boys (374)"), as ``part``; the two parts a multiple compares
    ("girls … nearly three times higher than … boys": the one before it, then the one
    after it in its clause) as ``parts`` (current, base)."""
    start = max(0, claim.start - LOOKBACK)
    clause = max((m.end() for m in re.finditer(r",(?!\d)|[;:–—]", s[start:claim.start])), default=0) + start
    # a count's part is not one named before the number before it; a multiple's is ("girls (24,457) were
    # nearly five times as many as …")
    before = parts_named(s[max(clause, previous_end) if claim.is_count else clause:claim.start])
    ahead = s[claim.end:min(next_start, claim.end + LOOKBACK)]  # bounded: a long line costs no more per number
    after = parts_named(ahead[:clause_end(ahead, 0)])
    if claim.is_count and (before or after):  # "80 against girls and 40 against boys", "Girls … in 1,141"
        claim.detail["part"] = after[0][1] if after else before[-1][1]
    elif claim.kind == "multiple" and before:
        if after and after[0][1][0] == before[-1][1][0] and after[0][1] != before[-1][1]:
            claim.detail["parts"] = (before[-1][1], after[0][1])


def _age_of(claim: Claim, s: str, next_start: int) -> dict[str, int] | None:
    """The age breakdown of a number: the age group named after it and before the next
    number ("13,875 were against children aged 10 and under"), or just before it for a
    number in brackets ("aged 10 and under (21 per cent)"); of suspects where suspects
    are counted, else of victims."""
    # a number in brackets is about the phrase just before it in its clause, whatever the
    # next clause names ("aged 10 and under (21 per cent)"); one after a fraction ("but one
    # in three (8,282) were younger than 11") is the fraction's, whose group follows
    bracketed = s[:claim.start].endswith("(")
    before = s[max(0, claim.start - 60):claim.start]
    before = before[max((m.end() for m in re.finditer(r"[,;:]|\bbut\b", before)), default=0):]
    group = (age_group(before, last=True) if bracketed else None) or age_group(s[claim.end:next_start])
    if group is None:
        return None
    who = "suspect" if claim.counts.startswith("suspect") else "victim"
    return {f"{who}_age_min": group[0], f"{who}_age_max": group[1]}


def _area_of(claim: Claim, s: str, areas: list[tuple[int, int, str]], starts: list[int], previous_end: int,
             next_start: int, refers_to_force: bool, state: State) -> tuple[str | None, str]:
    """The claim's area and where it came from (an area named after the number, in a later
    clause, is a guess: "no area taken from a later clause"); ``starts`` are the areas'
    offsets, searched by bisection so that a long sentence costs no more per number."""
    upto = bisect_left(starts, claim.start)
    if upto < len(areas) and areas[upto][0] < next_start and _AREA_AFTER.match(s, claim.end, areas[upto][0]):
        return areas[upto][2], NAMED  # "while there were 25 in Cheshire": the area it is in, after it
    between = areas[bisect_left(starts, previous_end):upto]
    if len({a[2] for a in between}) >= 2 and any(
            re.fullmatch(r",\s*|\s+and\s+|,\s+and\s+", s[first[1]:second[0]])
            for first, second in zip(between, between[1:])):
        return None, NAMED  # "England and Wales, Northern Ireland and the Channel Islands"
    if upto:
        return areas[upto - 1][2], NAMED
    if areas and claim.kind != "rank":  # a rank's areas after it are its group or its peers
        later_clause = re.search(r"[,;:–—(]", s[claim.end:areas[0][0]])
        return areas[0][2], GUESSED if later_clause else NAMED
    if refers_to_force and state.last_force:
        return state.last_force, INHERITED
    return state.area, INHERITED if state.area_sure else GUESSED


def _group_of(claim: Claim, areas: list[tuple[int, int, str]], state: State) -> str | None:
    """The area a rank places its area in: the one its words name ("in the South West",
    "of the four Welsh forces"; "any force", "in the country": the UK), else the smallest
    holding it and the other areas of its sentence ("Durham recorded the most, followed by
    Cleveland and Northumbria"), else the area in force if it holds it."""
    text = str(claim.detail.get("group_text") or "")
    named = find_areas(text)
    if named:
        return named[0][2]
    if re.search(r"\b(?:any|all|every)\b|\bcountry\b", text, re.I):
        return "uk"
    if claim.area is None:
        return None
    holding = ancestors(claim.area)
    peers = common_area([claim.area, *(a for _, _, a in areas if a != claim.area)])
    if peers in holding:
        return peers
    return state.area if state.area in holding else None


class _PeriodLayout:
    """A sentence's periods sorted once for every number of it: those that are the base
    of a comparison ("up 11 per cent on 2015/16"), the others (with and without "the year
    before", which a comparison reads as its base), and where each starts."""

    def __init__(self, s: str, periods: list[PeriodMention], found: list[Claim]) -> None:
        self.text = s
        dated = [p for p in periods if p.period]
        # the period a comparison's own words go on to ("down 100 per cent on one in 2017/18") is
        # its base even where a figure stands between: the claim is of the sentence's period
        after = {m.end() for c in found if c.kind in _BASE_AFTER and (m := _BASE_AFTER[c.kind].match(s, c.end))}
        is_base = [p.start in after or _BASE_BEFORE.search(s[max(0, p.start - 40):p.start]) is not None for p in dated]
        self.bases = [p for p, base in zip(dated, is_base) if base]
        self.bases_starts = [p.start for p in self.bases]
        self.usable = [p for p, base in zip(dated, is_base) if not base]
        # "a 50% increase since 2017/18": the base of a comparison, and no other claim's
        self.since = [p for p in self.usable if re.search(r"\bsince $", s[max(0, p.start - 6):p.start], re.I)]
        self.comparing = [p for p in self.usable if p.kind != "before" and p not in self.since]
        self.before_starts = [p.start for p in periods if p.kind == "before"]
        self.undated = any(p.kind == "span" for p in periods)
        self.comparison_bases = sorted(self.bases + self.since, key=lambda p: p.start)
        self.comparison_starts = sorted(c.start for c in found if c.kind in ("change", "multiple"))
        self.base_starts = [p.start for p in self.comparison_bases]
        self.starts = {id(ps): [p.start for p in ps] for ps in (self.usable, self.comparing)}
        self.ends = {id(ps): [p.end for p in ps] for ps in (self.usable, self.comparing)}


def _period_of(claim: Claim, layout: _PeriodLayout, previous_end: int, next_start: int,
               state: State) -> Period | None:
    """The period of a claim: the first written after it (before the next number), else
    the last before it — for a comparison, only if no other number comes between; for a
    count, a base's period too if no other number comes between ("a 5% increase on the
    2019/20 total of 651") — else the period in force."""
    comparing = claim.kind in ("change", "multiple")
    usable = layout.comparing if comparing else layout.usable
    if comparing:
        # its base is written before the next comparison ("up 5 per cent on 950 the year before
        # and double the 500 of 2015/16": 2015/16 is the multiple's)
        following = bisect_right(layout.comparison_starts, claim.start)
        limit = layout.comparison_starts[following] if following < len(layout.comparison_starts) else math.inf
        at = bisect_left(layout.base_starts, claim.end)
        if at < len(layout.comparison_bases) and layout.comparison_bases[at].start < limit:
            claim.base_period, claim.sources["base"] = layout.comparison_bases[at].period, NAMED
        at = bisect_left(layout.before_starts, claim.end)
        if at < len(layout.before_starts) and layout.before_starts[at] < limit:
            claim.detail["on_year_before"] = True  # "down 17 per cent on the year before": a named base
    if layout.undated:
        claim.detail["undated"] = True
    claim.sources["period"] = NAMED
    if claim.role == "base":  # "on 458 in 2017/18": the base its comparison is against
        at = bisect_left(layout.bases_starts, claim.end)
        if at < len(layout.bases) and layout.bases[at].start < next_start:
            return layout.bases[at].period
    starts, ends = layout.starts[id(usable)], layout.ends[id(usable)]
    at = bisect_left(starts, claim.end)
    if at < len(usable) and usable[at].start < next_start:
        return usable[at].period
    if claim.role == "base":
        claim.sources["period"] = GUESSED  # "against 1,356 the year before": dated by its comparison, if at all
        return None
    at = bisect_right(ends, claim.start)  # periods end in the order they start: they do not overlap
    base = layout.bases[bisect_right([p.end for p in layout.bases], claim.start) - 1] \
        if not comparing and layout.bases and layout.bases[0].end <= claim.start else None
    if base is not None and base.start >= previous_end and _YEAR_FIGURE_OF.match(layout.text, base.end, claim.start):
        return base.period  # "… on the 2019/20 total of 651", "… than in 2017/18 (378)": the count the base is
    if at and (not comparing or usable[at - 1].start >= previous_end):
        return usable[at - 1].period
    if claim.detail.get("undated"):
        claim.sources["period"] = GUESSED
        return None
    claim.sources["period"] = INHERITED if state.period_sure or state.period is None else GUESSED
    return state.period


def _context_period(found: list[Claim], periods: list[PeriodMention]) -> tuple[Period | None, bool]:
    """The period a sentence leaves in force: the one most of its counts (not the base of
    a comparison) are for, the latest on a tie; else the first period it names that is
    not a base's; else None (the period in force stays). True with it when the sentence
    gave no other period it could be (no competitor)."""
    counted = Counter(c.period for c in found if c.is_count and c.period and c.role != "base")
    if counted:
        return max(counted, key=lambda p: (counted[p], p)), len(counted) == 1
    bases = {c.period for c in found if c.role == "base"}
    named = [p.period for p in periods if p.period and p.kind != "before" and p.period not in bases]
    return (named[0], len(set(named)) == 1) if named else (None, False)


def _compare_periods(found: list[Claim], state: State, sentence: str) -> None:
    """A change or multiple compares with the period of its own base count ("up 26 per
    cent on 458 in 2017/18", "double the 258 of 2015/16": the first after it, else the
    last before it), else with the earliest of its sentence's counts' periods, the latest
    other one being its period; else its own period with the year before — and then its
    own base count, if it names no period, is for that year ("falling 18 per cent from
    77 to 63")."""
    counts = [c for c in found if c.is_count and c.qualifier == "exact"]
    dated = [c for c in counts if c.period]
    # a change "in 2019/20" is against the year before, unless its sentence runs over years
    # ("since 2014/15", "in five years", "the past four years")
    spans = any(c.detail.get("undated") for c in found) or bool(_SPAN_WORDS.search(sentence))
    comparisons = [c for c in found if c.kind in ("change", "multiple")]
    for i, claim in enumerate(comparisons):
        after = comparisons[i + 1].start if i + 1 < len(comparisons) else math.inf
        if claim.base_period is not None:
            # a comparison on a count of its base ("double the 258 of 2015/16"), or whose clause names no
            # period ("In 2019/20 it recorded 600, 50 per cent more than in 2017/18"), is of its
            # sentence's latest count
            on_count = any(c.role == "base" and claim.end <= c.start < after for c in counts)
            ends = [c for c in found if c.is_count and c.period and c.role != "base" and c.area == claim.area
                    and c.period.start > claim.base_period.end]
            if ends and (on_count or claim.sources.get("period") != NAMED):
                latest = max(ends, key=lambda c: c.period)
                claim.period, claim.sources["period"] = latest.period, latest.sources.get("period")
            continue
        before = comparisons[i - 1].end if i else -1
        own = [c for c in counts if c.role == "base" and claim.end <= c.start < after] or \
              [c for c in counts if c.role == "base" and before < c.end <= claim.start][-1:]
        if own:
            base, source = own[0].period, own[0].sources.get("period")
        else:
            base, source = (min(c.period for c in dated), GUESSED) if dated else (None, None)
        later = sorted(c.period for c in dated if c.period != base and c.role != "base")
        if base is not None and (own or later):
            claim.base_period, claim.sources["base"] = base, source
            if later:
                latest = next(c for c in dated if c.period == later[-1] and c.role != "base")
                claim.period, claim.sources["period"] = latest.period, latest.sources.get("period")
            elif claim.period == base or claim.period is None:
                claim.period, claim.sources["period"] = state.period, INHERITED if state.period_sure else GUESSED
        else:
            if claim.period is None:
                claim.period, claim.sources["period"] = state.period, INHERITED if state.period_sure else GUESSED
            claim.base_period = previous(claim.period)
            claim.sources["base"] = claim.sources.get("period") if claim.detail.get("on_year_before") or (
                claim.sources.get("period") == NAMED and not spans) else GUESSED
            if own and own[0].period is None:
                own[0].period, own[0].sources["period"] = claim.base_period, GUESSED
