"""Claims: the number-bearing statements of a text, and the subjects they are about.

A text is split into sentences (the first line of an article is its headline; a list
item or table row is a sentence of its own). Every number in a sentence — in figures
("1,110"), in words ("nine"), as a percentage ("44 per cent", "83%"), a fraction ("a
quarter", "four in five"), a multiple ("more than double", "a fourfold rise"), a rank
among forces ("the highest", "fourth highest", "1 of 3 in Wales", "the highest number in
the South West") or in the area's own series ("the lowest of its figures in the data",
"the highest figure since 2015/16", "its highest level in five years"), a daily or
weekly average ("six … every day") or an interval ("every 23 minutes") — is a
:class:`Claim`, unless it is one of the numbers that are not claims about the data
(:data:`NON_CLAIM_PATTERNS`):

- telephone numbers ("0800 1111", "01634 564 741") and the short numbers 999, 101, 111;
- dates and years used as dates ("1 April 2016", "April 2017", "Tuesday 20 February", "by
  the end of 2021"), years and financial years (they are periods), the ``Published:``
  line, and the length of a period a figure covers ("an 18-month period");
- ages that define a group ("aged 12 to 15", "under-18s", "under the age of 16",
  "12 or younger", "younger than 11", "the nine to 10 age group"), the age of a named
  person and comparisons with it ("about twice her age");
- section numbers and Acts ("s.12", "section 40", "Sexual Offences Act 2003");
- lengths of time that date something ("two and a half years ago", "two decades",
  "more than a year after") and spans of years ("in six years", "the past four years");
- "one" on its own (an article, not a count) and a number word that counts nothing.

A claim's text stops before a number that is not a claim. Finding claims is linear in a
sentence (where claims and non-claims lie is kept a byte a character; areas and periods
are found by bisection), so one line of thousands of numbers costs no more per number.

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
  the sentence before were for). A number after "from", "against", "on the" or "double
  the" is the base of a comparison and takes only a period written after it. A period
  written after "on", "than", "from" or "against" ("up 11 per cent on 2015/16") is the
  base of the change or multiple before it, and no other number's period. A change or
  multiple otherwise compares the period of its base count with the latest other count
  of its sentence, else the earliest and latest periods of its sentence's counts, else
  its own period with the year before. A headline with no period is about the first
  period the text after it names.

A claim the text before it leaves with no area, period or measure (a lede ahead of its
figures: "Every 10 minutes, police log another offence") takes the one the whole article
names, if it names exactly one: nothing competes with it. A number that says not what it
counts counts what the count before it in its sentence does ("Lancashire recorded 175
grooming offences, Greater Manchester 296"); "between one and four" is one range.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..areas import all_areas, ancestors
from ..periods import Period, parse_period
from .context import (FORCE_ANAPHORA, MONTHS, NUM, NUMBER_WORDS, PeriodMention, age_group, breakdown_hint,
                      common_area, find_areas, find_measure, find_measures, find_periods, is_force, number_value,
                      parts_named, previous)

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
FRACTIONS = {
    "half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0, "one quarter": 25.0,
    "two-thirds": 200 / 3, "two thirds": 200 / 3, "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0,
}
MULTIPLES = [
    (r"quadrupled|fourfold|four-fold|four times", 4.0),
    (r"tripled|trebled|threefold|three-fold|three times|tripling", 3.0),
    (r"doubled|double|doubling|twofold|two-fold|twice", 2.0),
    (r"halved|halving", 0.5),
]
QUALIFIERS = [
    (r"more than|over|above|passed|exceeding|in excess of", "over"),
    (r"at least|no fewer than|no less than", "at_least"),
    (r"almost|nearly|just under|close to", "almost"),
    (r"around|about|approximately|roughly|some|an estimated", "approx"),
    (r"fewer than|less than|under", "under"),
]
NOUNS = {
    "offences": r"offences?|crimes?|cases?|incidents?|reports?",
    "images": r"(?:images?|photographs?|pictures?|videos?)(?! offences)",
    "people": r"people|persons|adults",
    "platforms": r"apps|platforms|websites|sites",
}
OTHER_NOUNS = r"suspects?|children|young people|victims?|parents|paedophiles|offenders"
FORCES_AFTER = r"\s(?:of the |[\w-]+ ){0,2}?(?:police )?forces\b"
CHANGE_UP = r"rise|rises|rose|risen|increase|increased|(?<!made )(?<!make )(?<!makes )up|higher|grew|growth|climbed|surge"
CHANGE_DOWN = r"fall|fell|fallen|falling|drop|dropped|decrease|decreased|down|lower|decline|declined|fewer"
_AGE = r"(?:" + NUM + r")"
LOOKBACK = 200  # characters a number's clause is looked for in, before it: a long sentence costs no more per number
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_WORDS = tuple(MONTHS.lower().split("|"))
# Each pattern with the words (lower case) one of which a sentence must hold for it to be
# tried (None: always): most sentences are spared most patterns.
NON_CLAIM_PATTERNS: list[tuple[tuple[str, ...] | None, str]] = [
    # telephone numbers: a leading 0 and groups of digits ("0800 1111", "01634 564 741")
    (None, r"(?<![\d,.])(?:\b0\d{2,4}(?:[ -]?\d{3,4}){1,2}\b|\b(?:999|101|111)\b)(?![,.]\d)"),
    (_MONTH_WORDS, rf"\b(?:\d{{1,2}}\s)?(?:{MONTHS})\s\d{{4}}\b"),
    # a day of a month ("Tuesday 20 February", "20th February", "February 20")
    (_MONTH_WORDS, rf"\b(?:{_WEEKDAY},?\s)?\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTHS})\b"
                   rf"|\b(?:{MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?\b"),
    # the length of a period a figure covers ("an 18-month period"), a comparison with an
    # age ("younger than 11", "about twice her age")
    (("period", "spell", "window", "span", "stretch"),
     rf"\b{_AGE}-(?:month|week|year|day)\s(?:period|spell|window|span|stretch)\b"),
    (("than",), rf"\b(?:younger|older)\sthan\s{_AGE}\b"),
    (("age",), rf"\b(?:(?:about|around|nearly|almost|more than)\s)?(?:twice|double|treble|triple|{_AGE}\stimes)\s"
               r"(?:her|his|their|its|my|your)\s(?:own\s)?age\b"),
    (None, r"\b(?:the end of|in|by|since|from|until|before|after)\s(?:19|20)\d\d\b(?!/)"),
    (("age",), rf"\b(?:aged|age of|ages of)\s{_AGE}(?:\s(?:to|and|or)\s{_AGE})?"
               r"(?:\s(?:and|or)\s(?:under|over|younger|older))?"),
    (("under",), rf"\bunder[- ]{_AGE}s?\b"),
    (("younger", "under", "older", "over"), rf"\b{_AGE}\s(?:or|and)\s(?:younger|under|older|over)\b"),
    (("age group",), rf"\b{_AGE}\s(?:to|-)\s{_AGE}\sage group\b"),
    (("year-old",), rf"\b{_AGE}-year-old\b"),
    (None, r"\b[sS](?:ection)?\.?\s?\d+[A-Z]?(?:\(\d+\))?"),
    (None, r"\bAct\s\d{4}\b"),
    (("ago", "now", "decade"), rf"\b{_AGE}(?:\sand a half)?\s(?:years?|decades?)\s(?:ago|now)\b|\b{_AGE}\sdecades?\b"),
    (None, r"\b(?:more than |over )?a year after\b"),
    (("year", "12 months"),
     rf"\b(?:in|over|past|last|for|first)\s(?:the\s)?(?:past\s|last\s|first\s)?{_AGE}\s(?:years|financial years|12 months)\b"),
    (("month", "week", "day"), rf"\b(?:its |the )?(?:first|past|last|previous|next)\s{_AGE}\s(?:months|weeks|days)\b"),
    (None, r"\b(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?\b"),
]
_NON_CLAIM_RE = [(words, re.compile(p, re.I)) for words, p in NON_CLAIM_PATTERNS]


# Where a coordinate of a claim's reading came from: named in its sentence, inherited from
# an earlier sentence that left one value in force, or guessed (inherited where the text
# before named several, taken from another clause, or defaulted: the year before).
NAMED, INHERITED, GUESSED = "named", "inherited", "guessed"
PINNED = (NAMED, INHERITED)
SOURCE_WORDS = {INHERITED: "from an earlier sentence", GUESSED: "guessed", None: "guessed"}


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Claim:
    """One number-bearing statement: where it is, what it says, and what it is about.

    ``kind`` is count, percent (a share), change (a per cent change), fraction (a share in
    words), multiple, rank, per_day, per_week or every_minutes; ``value`` the number as
    stated (a change is signed, a fraction is in per cent); ``counts`` what is counted
    (offences, people, forces, …); ``role`` ``base`` or ``current`` for the two ends of
    a comparison ("from 77 to 63"), ``part`` for the count a fraction gives ("a quarter
    (5,500)").
    """

    text: str
    start: int
    end: int
    kind: str
    value: float
    qualifier: str = "exact"
    unit: str = "offences"
    counts: str = "offences"
    sentence: Sentence | None = None
    measure: str | None = None
    area: str | None = None
    period: Period | None = None
    base_period: Period | None = None
    role: str | None = None
    breakdown_hint: str | None = None
    breakdown: dict[str, int | str] | None = None
    detail: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def is_count(self) -> bool:
        return self.kind == "count"

    @property
    def measure_stated(self) -> bool:
        return self.sources.get("measure") == NAMED

    @property
    def area_stated(self) -> bool:
        return self.sources.get("area") == NAMED

    def stated_number(self) -> "Claim":
        """The number of a wording paired with it ("more than half (52 per cent)": 52 per
        cent), as the claim the data judge; the claim itself where there is none."""
        if not self.detail.get("paired_is_percent"):
            return self
        number = float(self.detail["paired"]) * (-1 if self.value < 0 else 1)
        return replace(self, kind="percent" if self.kind == "fraction" else "change", value=number, qualifier="exact",
                       detail={"decimals": self.detail.get("paired_decimals", 0)})

    @property
    def over_time(self) -> bool:
        """A change or multiple between two periods (not between two parts, "girls … three
        times … boys")."""
        return self.kind in ("change", "multiple") and "parts" not in self.detail

    def coordinates(self) -> tuple[str, ...]:
        """The coordinates a reading of this claim needs: area, measure, period, and the
        base period of a comparison over time."""
        return ("area", "measure", "period", "base") if self.over_time else ("area", "measure", "period")

    def unpinned(self) -> list[str]:
        """The coordinates of the reading that are not pinned — neither named in the
        claim's sentence nor inherited from one earlier reading without competitors."""
        values = {"area": self.area, "measure": self.measure, "period": self.period, "base": self.base_period}
        # a measure or period the text has not named so far is the article's one unnamed
        # one: nothing competes with it (the data pass still needs one measure in the data,
        # and decides nothing without a period)
        return [c for c in self.coordinates() if self.sources.get(c) not in PINNED
                or (values[c] is None and c not in ("measure", "period"))]

    def read_as(self) -> dict[str, object]:
        """The reading as data: each coordinate with where it came from (named,
        inherited, guessed), the breakdown and the kind of claim."""
        def coordinate(value: object, source: str | None) -> dict[str, object]:
            return {"value": value, "from": source if value is not None or source == INHERITED else None}

        return {
            "kind": self.kind,
            "area": coordinate(self.area, self.sources.get("area")),
            "measure": coordinate(self.measure, self.sources.get("measure")),
            "period": coordinate(self.period.label if self.period else None, self.sources.get("period")),
            **({"base_period": coordinate(self.base_period.label if self.base_period else None,
                                          self.sources.get("base"))} if self.over_time else {}),
            **({"parts": [f"{d}={v}" for d, v in self.detail["parts"]]} if "parts" in self.detail else {}),
            "breakdown": dict(self.breakdown) if self.breakdown else None,
            "pinned": not self.unpinned(),
        }

    def reading(self) -> str:
        """The reading in words: "Gwent Police, online child sexual offences, 2019/20
        against 2018/19", each coordinate not pinned marked with where it came from."""
        from .context import measures

        def mark(coordinate: str, words: str) -> str:
            source = self.sources.get(coordinate)
            return words if source in PINNED else f"{words} ({SOURCE_WORDS.get(source, 'guessed')})"

        parts = [mark("area", all_areas()[self.area].name if self.area else "no single area")]
        if self.measure:
            parts.append(mark("measure", measures()[self.measure].title))
        else:
            parts.append("no measure named")
        when = mark("period", self.period.label) if self.period else "no period"
        if self.over_time:
            when += " against " + (mark("base", self.base_period.label) if self.base_period else "no base period")
        parts.append(when)
        if "parts" in self.detail:
            (dimension, current), (_, base) = self.detail["parts"]
            parts.append(f"{dimension.replace('_', ' ')} {current} against {base}")
        if self.breakdown:
            parts.append(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in self.breakdown.items()))
        return ", ".join(parts)


@dataclass
class Article:
    """A text, its sentences and its claims, in order."""

    text: str
    sentences: list[Sentence]
    claims: list[Claim]


_SENTENCE_END = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“‘']?[A-Z0-9]|\s*$)")


def split_sentences(text: str) -> list[Sentence]:
    """Lines, then sentences within a line at '. ', '? ' or '! ' (a closing quote may
    follow) before a capital or digit: "76.7 per cent" and "Hello!" inside a sentence stay
    whole."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        begin = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]:
            piece = line[begin:end]
            if piece.strip():
                s = start + begin + len(piece) - len(piece.lstrip())
                out.append(Sentence(len(out), s, s + len(piece.strip()), piece.strip()))
            begin = end
    return out


def published_date(text: str) -> date | None:
    """The date of a ``Published: YYYY[-MM-DD]`` line (a bare year means its last day)."""
    m = re.search(r"^Published:\s*(\d{4})(?:-(\d\d)-(\d\d))?", text, re.M)
    return date(int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 31)) if m else None


@dataclass
class _State:
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


def extract(text: str, *, reference: date | None = None) -> Article:
    """Every claim of a text with its subject, leaving out the numbers that are not
    claims; ``reference`` (else the ``Published:`` line) dates "last year"."""
    reference = reference or published_date(text)
    state = _State()
    claims: list[Claim] = []
    sentences = split_sentences(text)
    named_areas: set[str] = set()
    named_periods: set[Period] = set()
    named_measures: set[str] = set()
    for sentence in sentences:
        s = sentence.text
        if s.startswith("Published:"):
            continue
        periods = find_periods(s, reference, state.period)
        if not _CAPTION.match(s):
            named_areas.update(a for _, _, a in find_areas(s))
            named_measures.update(find_measures(_SCOPE.sub("", s)))
            named_periods.update(p.period for p in periods if p.period and p.kind != "before")
        low = s.lower()
        non_claims = [(m.start(), m.end()) for words, p in _NON_CLAIM_RE
                      if words is None or any(w in low for w in words) for m in p.finditer(s)]
        found = find_claims(s, non_claims, [(p.start, p.end) for p in periods])
        spans = [(c.start, c.end) for c in found if c.detail.get("series")]
        periods = [p for p in periods if not _inside(spans, p.start, p.end)]  # "since 2015/16" is a range
        _resolve_subjects(found, s, periods, replace(state) if _CAPTION.match(s) else state)
        for claim in found:
            claim.sentence = sentence
            claim.start += sentence.start
            claim.end += sentence.start
        claims += found
        if state.first_period is None and sentence.index > 0:
            state.first_period = next((p.period for p in periods if p.period and p.kind != "before"), None)
    _the_only_one(claims, named_areas, named_periods, named_measures)
    _date_headline(claims, state.first_period)
    return Article(text, sentences, claims)


def _the_only_one(claims: list[Claim], areas: set[str], periods: set[Period], measures: set[str]) -> None:
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


def _date_headline(claims: list[Claim], period: Period | None) -> None:
    """A headline that names no period is about the first period its text names."""
    for claim in claims:
        if claim.sentence.index != 0 or claim.period is not None or claim.detail.get("undated") or period is None:
            continue
        claim.period, claim.sources["period"] = period, GUESSED
        if claim.kind in ("change", "multiple") and claim.base_period is None:
            claim.base_period, claim.sources["base"] = previous(period), GUESSED


# --- subjects ---------------------------------------------------------------------------


def _resolve_subjects(found: list[Claim], s: str, periods: list[PeriodMention], state: _State) -> None:
    areas = find_areas(s)
    in_scope = _SCOPE.sub(lambda m: " " * len(m.group(0)), s)
    measure, named = find_measure(in_scope)
    hint = breakdown_hint(s[:named[0]] + s[named[1]:] if named else s)
    refers_to_force = re.search(FORCE_ANAPHORA, s, re.I) is not None
    previous_end = 0
    starts = [a[0] for a in areas]
    layout = _PeriodLayout(s, periods)
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
    after = parts_named(ahead[:_clause_end(ahead, 0)])
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
             next_start: int, refers_to_force: bool, state: _State) -> tuple[str | None, str]:
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


def _group_of(claim: Claim, areas: list[tuple[int, int, str]], state: _State) -> str | None:
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

    def __init__(self, s: str, periods: list[PeriodMention]) -> None:
        self.text = s
        dated = [p for p in periods if p.period]
        is_base = [_BASE_BEFORE.search(s[max(0, p.start - 40):p.start]) is not None for p in dated]
        self.bases = [p for p, base in zip(dated, is_base) if base]
        self.usable = [p for p, base in zip(dated, is_base) if not base]
        # "a 50% increase since 2017/18": the base of a comparison, and no other claim's
        self.since = [p for p in self.usable if re.search(r"\bsince $", s[max(0, p.start - 6):p.start], re.I)]
        self.comparing = [p for p in self.usable if p.kind != "before" and p not in self.since]
        self.before_starts = [p.start for p in periods if p.kind == "before"]
        self.undated = any(p.kind == "span" for p in periods)
        self.comparison_bases = sorted(self.bases + self.since, key=lambda p: p.start)
        self.base_starts = [p.start for p in self.comparison_bases]
        self.starts = {id(ps): [p.start for p in ps] for ps in (self.usable, self.comparing)}
        self.ends = {id(ps): [p.end for p in ps] for ps in (self.usable, self.comparing)}


def _period_of(claim: Claim, layout: _PeriodLayout, previous_end: int, next_start: int,
               state: _State) -> Period | None:
    """The period of a claim: the first written after it (before the next number), else
    the last before it — for a comparison, only if no other number comes between; for a
    count, a base's period too if no other number comes between ("a 5% increase on the
    2019/20 total of 651") — else the period in force."""
    comparing = claim.kind in ("change", "multiple")
    usable = layout.comparing if comparing else layout.usable
    if comparing:
        at = bisect_left(layout.base_starts, claim.end)
        if at < len(layout.comparison_bases):
            claim.base_period, claim.sources["base"] = layout.comparison_bases[at].period, NAMED
        if bisect_left(layout.before_starts, claim.end) < len(layout.before_starts):
            claim.detail["on_year_before"] = True  # "down 17 per cent on the year before": a named base
    if layout.undated:
        claim.detail["undated"] = True
    claim.sources["period"] = NAMED
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
        return base.period  # "… on the 2019/20 total of 651": the count the base is
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


def _compare_periods(found: list[Claim], state: _State, sentence: str) -> None:
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
        if claim.base_period is not None:
            continue
        after = comparisons[i + 1].start if i + 1 < len(comparisons) else math.inf
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


# --- finding the numbers ----------------------------------------------------------------


_NUMBER_RE = re.compile(r"(?<![\w/,.])(" + NUM + r")(?![\w/]|,\d|\.\d)", re.I)
_AREA_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|for|by|across)\s+(?:the\s+)?$", re.I)
_CAPTION = re.compile(r"!\[")  # a Markdown image: its description stands on its own
# A list after "including" or "such as" describes the scope of a figure, not its measure
# ("576 cyber-related sex crimes, including online grooming, … and rape"): to the clause's end.
_SCOPE = re.compile(r"\b(?:including|such as|among them|among which)\b[^;:.()–—]*"
                    # a list of kinds of offence ("reports of rape, sexual assault and grooming of
                    # children"): the offences against children, not the measure of its last item
                    r"|\b(?:rapes?|sexual assaults?)(?:,\s*[\w -]+?)*,?\s+(?:and|or)\s+[\w -]+?(?=\s+(?:of|against)\s|[,;:.]|$)",
                    re.I)
_TIMES_RE = re.compile(rf"\b({NUM})[- ]?(?:times|fold)\b(?! (?:a|per|every|each) )", re.I)
_YEAR_FIGURE_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:total|figure|count|number|tally)\s+(?:of\s+)?$", re.I)
_SPAN_WORDS = re.compile(rf"\bsince\b|\b(?:in|over|past|last) (?:the )?(?:past |last )?(?:{NUM}|a) "
                         r"(?:financial )?(?:years|decade)\b", re.I)
_OTHER_MEASURE = re.compile(r"\b(?:sex|sexual) (?:offences|crimes)\b", re.I)
_OTHER_PERIOD = re.compile(r"\b(?:first|last|past|previous|latest) (?:[\w-]+ )?months\b|\bcurrent year\b"
                           r"|\b(?:a|the) year earlier\b|\bto date\b|\bso far\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:on|than|from|compared with|against)\s+(?:the\s+)?(?:year\s+)?$", re.I)
_QUALIFIER_RE = [(re.compile(r"(?:\b(?:" + p + r"))\s+(?:a |an |the )?$", re.I), q) for p, q in QUALIFIERS]
_NOUN_RE = "(?<!against )(?:" + "|".join(f"(?P<{unit}>{pattern})" for unit, pattern in NOUNS.items()) \
    + f"|(?P<other>{OTHER_NOUNS}))"
_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN})\b(?:\s+by)?(?:\s+\w+){{0,2}}\s*$|\bby\s+(?:\w+\s+){{0,2}}$", re.I)


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(x <= a and b <= y for x, y in spans)


def _qualifier_before(s: str, at: int) -> tuple[str, int]:
    before = s[max(0, at - 30):at]
    for regex, qualifier in _QUALIFIER_RE:
        m = regex.search(before)
        if m:
            return qualifier, at - (len(before) - m.start())
    return "exact", at


def _counted(match: re.Match | None) -> str | None:
    if match is None:
        return None
    unit = next(name for name, value in match.groupdict().items() if value)
    return match.group("other").lower() if unit == "other" else unit


def _noun_after(s: str, end: int) -> str | None:
    """What the number at ``end`` counts: "forces" ("46 forces", "three of the forces"),
    months, else the first noun within six words with no number between."""
    rest = s[end:end + 70]
    if re.match(FORCES_AFTER, rest, re.I):
        return "forces"
    if re.match(r"\smonths\b", rest, re.I):
        return "months"
    return _counted(re.match(rf"\s(?:(?!\d)[\w'-]+\s){{0,6}}?(?:{_NOUN_RE})\b", rest, re.I))


def _sentence_noun(s: str) -> str:
    """What a sentence counts, for numbers that do not say: its first counted noun."""
    return _counted(re.search(rf"\b(?:{_NOUN_RE})\b", s, re.I)) or "offences"


def _direction(s: str, start: int, end: int) -> int:
    """-1 for a fall, +1 for a rise: the words of the clause, else of the sentence before."""
    after = s[end:end + 25]
    if re.match(r"\s*(?:fewer|lower|down)\b", after, re.I):
        return -1
    if re.match(r"\s*(?:more|higher|up)\b", after, re.I):
        return 1
    window = max(0, start - LOOKBACK)
    clause = s[max(s.rfind(",", window, start), s.rfind(";", window, start), window):start] + " " + after
    for text in (clause, s[window:start]):
        if re.search(rf"\b(?:{CHANGE_DOWN})\b", text, re.I):
            return -1
        if re.search(rf"\b(?:{CHANGE_UP})\b", text, re.I):
            return 1
    return 1


def _is_change(s: str, start: int, end: int) -> bool:
    """A percentage or fraction that states a change ("a rise of 11 per cent", "down 44%",
    "17 per cent higher", "up by almost a quarter") rather than a share."""
    window = max(0, start - LOOKBACK)
    clause = s[max(s.rfind(",", window, start) + 1, s.rfind(";", window, start) + 1, window):start]
    after = s[end:end + 30]
    return bool(re.search(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN})\b", clause, re.I)
                or re.match(r"\s*(?:more|higher|up|fewer|lower|down|rise|increase|fall|drop|decrease|on the year)\b",
                            after, re.I)
                or _CHANGE_BEFORE.search(clause))


def find_claims(s: str, non_claims: list[tuple[int, int]], periods: list[tuple[int, int]]) -> list[Claim]:
    """The claims of one sentence (offsets within it), without their subjects, leaving out
    the numbers inside ``non_claims`` and ``periods`` (spans of the sentence). Linear in
    the sentence: where claims and non-claims lie is kept as one byte a character, so a
    number asks only about its own characters, never about the claims found before it."""
    out: list[Claim] = []
    taken = bytearray(len(s) + 1)  # 1 where a claim already is
    open_ = bytearray(b"\x01") * (len(s) + 1)  # 0 inside a non-claim or a period
    for a, b in periods:
        open_[a:b] = bytes(b - a)
    # a claim's text stops before a number that is not a claim ("… against under 16s …"),
    # but may run over a period ("the highest since 2015/16")
    non_claim_starts = sorted(a for a, b in non_claims if open_.find(0, a, b) < 0)
    for a, b in non_claims:
        open_[a:b] = bytes(b - a)

    def add(start: int, end: int, kind: str, value: float, **kw: object) -> Claim:
        at = bisect_right(non_claim_starts, start)
        if at < len(non_claim_starts) and non_claim_starts[at] < end:
            end = start + len(s[start:non_claim_starts[at]].rstrip(" ,;:–—-"))
        claim = Claim(s[start:end], start, end, kind, value, **kw)  # type: ignore[arg-type]
        out.append(claim)
        taken[start:end] = b"\x01" * (end - start)
        return claim

    def free(a: int, b: int) -> bool:
        return taken.find(1, a, b) < 0 and open_.find(1, a, b) >= 0

    def blocked(a: int, b: int) -> bool:
        return open_.find(0, a, b) >= 0

    noun = _sentence_noun(s)
    for m in re.finditer(rf"every ({NUM}) minutes", s, re.I):
        add(m.start(), m.end(), "every_minutes", number_value(m.group(1)), unit="minutes", counts=noun)
    for m in re.finditer(rf"(?:an average of |average of )?({NUM})(?:[\w\s-]{{0,120}}?)\b(?:every|each|a|per) (day|week)\b",
                         s, re.I):
        if not free(m.start(1), m.end(1)) or m.group(1).lower() == "one":
            continue
        q, qs = _qualifier_before(s, m.start())
        add(qs, m.end(), "per_day" if m.group(2).lower() == "day" else "per_week", number_value(m.group(1)),
            qualifier=q, unit=m.group(2).lower(), counts=_noun_after(s, m.end(1)) or noun)
    fraction_words = "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True))
    for m in re.finditer(rf"({NUM})(?:\s?per cent|\s?%)", s, re.I):
        if not free(m.start(1), m.end()) or (s[m.end():m.end() + 1] == ")" and re.search(
                rf"\b(?:{fraction_words}|(?:{NUM}) in (?:{NUM}))\s*\($", s[max(0, m.start() - 30):m.start()], re.I)):
            continue  # "more than half (52 per cent)": one claim in two wordings, found with its fraction
        change = _is_change(s, m.start(), m.end())
        q, qs = _qualifier_before(s, m.start())
        value = number_value(m.group(1)) * (_direction(s, m.start(), m.end()) if change else 1)
        add(qs, m.end(), "change" if change else "percent", value, qualifier=q, unit="percent", counts=noun,
            detail={"decimals": len(m.group(1).split(".")[1]) if "." in m.group(1) else 0})
    for m in re.finditer(rf"\b(?:({fraction_words})|({NUM}) in ({NUM}))\b(?![/,])", s, re.I):
        if not free(m.start(), m.end()):
            continue
        if m.group(1):
            value = FRACTIONS[m.group(1).lower()]
        else:
            part, whole = number_value(m.group(2)), number_value(m.group(3))
            if part >= whole or blocked(m.start(3), m.end(3)):
                continue
            value = 100 * part / whole
        q, qs = _qualifier_before(s, m.start())
        paired = re.match(rf"\s*\(({NUM})(\s?per cent|%)?\)", s[m.end():], re.I)
        detail: dict[str, object] = {"fraction": True}
        end = m.end()
        if paired:
            detail["paired"] = number_value(paired.group(1))
            detail["paired_is_percent"] = bool(paired.group(2))
            if paired.group(2):  # the claim runs over its number: "more than half (52 per cent)"
                end += paired.end()
                detail["paired_decimals"] = len(paired.group(1).split(".")[1]) if "." in paired.group(1) else 0
        if _is_change(s, m.start(), m.end()):
            add(qs, end, "change", value * _direction(s, m.start(), m.end()), qualifier=q, unit="percent",
                counts=noun, detail=detail)
        else:
            add(qs, end, "fraction", value, qualifier=q, unit="percent", counts=noun, detail=detail)
    for m in re.finditer(rf"\b({NUM})-month\b", s, re.I):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "count", number_value(m.group(1)), unit="months", counts="months")
    for m in re.finditer(rf"\bbetween ({NUM}) and ({NUM})\b", s, re.I):  # a range: "between one and four"
        low, high = number_value(m.group(1)), number_value(m.group(2))
        if low < high and not blocked(m.start(1), m.end(2)) and free(m.start(), m.end()):
            counts = _noun_after(s, m.end()) or noun
            add(m.start(), m.end(), "count", high, qualifier="between", unit=counts, counts=counts, detail={"low": low})
    for m in re.finditer(r"\b(hundreds|thousands)\b", s, re.I):
        if free(m.start(), m.end()):
            counts = _noun_after(s, m.end()) or noun
            add(m.start(), m.end(), "count", 200.0 if m.group(1).lower() == "hundreds" else 2000.0,
                qualifier="at_least", unit=counts, counts=counts)
    for pattern, factor in MULTIPLES:
        for m in re.finditer(rf"\b(?:{pattern})\b", s, re.I):
            if free(m.start(), m.end()):
                q, qs = _qualifier_before(s, m.start())
                add(qs, m.end(), "multiple", factor, qualifier=q, unit="ratio", counts=noun)
    for m in _TIMES_RE.finditer(s):  # "nearly five times as many", "a 10-fold rise"
        if free(m.start(), m.end()) and number_value(m.group(1)) > 1:
            q, qs = _qualifier_before(s, m.start())
            add(qs, m.end(), "multiple", number_value(m.group(1)), qualifier=q, unit="ratio", counts=noun)
    _find_ranks(s, free, add, noun)
    for m in _NUMBER_RE.finditer(s):
        word = m.group(1).lower()
        if not free(m.start(), m.end()) or word == "one":
            continue
        counts = _noun_after(s, m.end())
        if word in NUMBER_WORDS and (counts is None or (
                counts == "forces" and re.search(r"\b(?:the|all)\s+$", s[max(0, m.start() - 12):m.start()], re.I))):
            continue  # "two of them said", "the four Welsh forces": a number word that counts nothing
        if counts is None:
            # a bare number counts what the count before it does ("the number against boys (374)",
            # "175 grooming offences, Greater Manchester 296", "1,141 offences, against 374 for boys")
            counts = next((c.counts for c in reversed(out) if c.is_count and c.end <= m.start()
                           and c.counts not in ("forces", "months")), None)  # "all 45 forces, from 4,530"
        counts = counts or noun
        q, qs = _qualifier_before(s, m.start())
        role = None
        before = s[max(0, m.start() - 20):m.start()]
        if re.search(rf"\b(?:{fraction_words}|(?:{NUM}) in (?:{NUM}))\s*\($", s[max(0, m.start() - 30):m.start()], re.I):
            role = "part"  # "a quarter (5,500)": a part of a whole, never the whole's equal
        elif re.search(r"\b(?:from|against|on|double|twice|times) (?:the )?$", before, re.I):
            role = "base"
        elif re.search(r"\bto (?:the )?$", before, re.I):
            role = "current"
        add(qs, m.end(), "count", number_value(m.group(1)), qualifier=q, unit=counts, counts=counts, role=role)
    out.sort(key=lambda c: c.start)
    return out


RANK_WORDS = ("most", "highest", "lowest", "largest", "biggest", "smallest", "fewest", "least")
_YEAR = r"(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?"
# After a rank word, a place in the area's own figures: an optional noun ("level",
# "figure"), then its span (since a year or since records began, the last N years, its
# figures / the data / on record / ever), then where the data go back to.
_SERIES_TAIL = re.compile(
    r"(?: (?:annual |yearly |recorded )?(?:level|figure|number|total|count|point|tally)s?)?"
    r"(?: (?:recorded|logged|reported))?"
    r"(?:(?:"
    rf" since (?P<since>records began(?: in {_YEAR})?|{_YEAR}|[\w -]+?(?=[,.;:]|$))"
    rf"| (?:in|for|over) (?:the )?(?:past |last )?(?P<years>{NUM}|a(?= decade)|any) (?:financial )?(?:years?|decades?)\b"
    r"| (?P<whole>(?:of|in) (?:its|their|the) (?:own )?(?:figures|data|series|records)\b|on record\b|ever\b)"
    r")+|(?=[,.;:]|$))"
    rf"(?:,? (?:which |that )?(?:go|goes|going|date|dates|dating) back to {_YEAR})?",
    re.I)
# After a rank word, the group of forces: "in|of|among" within six words, up to the end of
# the clause, a period ("in 2019/20", "last year") or a list of peers ("followed by").
_GROUP_TAIL = re.compile(
    r"(?: [\w-]+){0,6}? (?:in|of|among) ((?:the )?[\w -]+?)"
    rf"(?=[,.;:]|$| followed| with| at| ahead| in {_YEAR}| (?:last|this) year| since)", re.I)


def _find_ranks(s: str, free, add, noun: str) -> None:
    """Ranks: "the highest", "the third most of the six forces in the East of England",
    "1 of 3 in Wales" (a place among forces: ``group_text`` names the group), and series
    extremes, a place in the area's own figures over time (``series``): "the lowest of its
    figures in the data", "the highest figure since 2015/16", "its highest level in five
    years" — a rank whose words go on to a span of time, or a possessive one ("its
    highest") naming no group."""
    rank_re = (r"\b(the|its|their) (?:(" + "|".join(ORDINALS) + r") )?(" + "|".join(RANK_WORDS)
               + r")\b|\bthe only\b")
    for m in re.finditer(rank_re, s, re.I):
        if not free(m.start(), m.end()):
            continue
        place = ORDINALS.get((m.group(2) or "").lower(), 1)
        low = (m.group(3) or "").lower() in ("lowest", "smallest", "fewest", "least")
        detail: dict[str, object] = {"from": "bottom" if low else "top", "only": m.group(0).lower() == "the only"}
        span = _SERIES_TAIL.match(s, m.end())
        possessive = (m.group(1) or "").lower() in ("its", "their")
        series = span is not None and m.group(3) is not None and (
            bool(span.group("since") or span.group("years") or span.group("whole"))
            or (possessive and not find_areas(s[m.end():_clause_end(s, m.end())])))
        if series:
            detail.update(series=True, **_series_range(span))
            add(m.start(), span.end(), "rank", float(place), unit="rank", counts=noun, detail=detail)
            continue
        if possessive:
            continue  # "their most common": a description, not a rank
        tail = _GROUP_TAIL.match(s, m.end())
        detail["group_text"] = tail.group(1) if tail else ""
        add(m.start(), tail.end() if tail else m.end(), "rank", float(place), unit="rank", counts=noun, detail=detail)
    for m in re.finditer(r"\b(\d{1,2}) of (\d{1,2})\b((?: in| among) [\w -]+?)?(?=[,.;|]|$)", s):
        place, among = int(m.group(1)), int(m.group(2))
        if 1 <= place <= among and free(m.start(), m.end()):  # "1 of 3 in Wales": a place in a table
            add(m.start(), m.end(), "rank", float(place), unit="rank", counts=noun,
                detail={"from": "top", "group_text": (m.group(3) or "").strip(), "only": False, "of": among})


def _clause_end(s: str, at: int) -> int:
    m = re.search(r"[,.;:]", s[at:])
    return at + m.start() if m else len(s)


def _series_range(span: re.Match) -> dict[str, object]:
    """The periods a series extreme runs over: ``series_first`` (the first year, "since
    records began in 2015/16"), ``series_since`` ("since 2015/16": from 2015/16, or from
    the year after if 2015/16 was the last one higher), ``series_years`` (the last N years,
    "in five years", "in a decade"), ``series_undated`` ("since the law came into force": a
    start the text does not date); none of them: every period in the data, and
    ``series_of_figures`` where its words are of the figures ("the lowest of its figures in
    the data"): a year with no figure is not one of them."""
    since, years, whole = span.group("since"), span.group("years"), span.group("whole")
    if whole and re.search(r"figures|data", whole, re.I):
        return {"series_of_figures": True}
    if since:
        year = re.search(_YEAR, since)
        began = re.match(r"records began", since, re.I)
        if year:
            return {"series_first" if began else "series_since": parse_period(year.group(0))}
        return {} if began else {"series_undated": True}
    if years and years.lower() != "any":
        n = 1 if years.lower() == "a" else int(number_value(years))
        return {"series_years": n * 10 if re.search(r"decade", span.group(0), re.I) else n}
    return {}
