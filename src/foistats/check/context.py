"""Context: what a piece of text is about — its areas, measure, periods and breakdown.

- **Areas**: every spelling of ``data/areas.csv`` (names, short names, aliases), plus
  "Welsh" (Wales) and "nationally", "UK-wide", "across the country" (the UK).
- **Measures**: the titles of ``data/measures.csv`` (longest first, so "online sexual
  offences against children" is not "sexual offences against children") and the vocabulary of
  :data:`MEASURE_SYNONYMS` ("online grooming" is sexual communication with a child,
  "cyber" and "an online element" are online offences, …), most specific first.
- **Periods**: "2019/20", "2019-20", "2015", "between 2013 and 2015", "April 2017 and March
  2018"; "last year" and "this year" are the latest financial year ended by the reference
  date; "since 2017/18" or "since 2013" run from the financial year starting then to that
  latest year; "the past four years" and "for five years now" are the financial years up
  to it; "the year before" / "the previous 12 months" is the year before the period named
  earlier, "the period before" the period of its length just before it. A span of years
  the text does not date ("in six years") has no period, and the numbers of its sentence
  take none from the sentences before.
- **Breakdowns**: a sentence naming platforms, girls or boys, an age group ("aged 10 and
  under", "victims under 12") or kinds of image offence is about a part of a measure, which the
  totals cannot judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..areas import all_areas, common_area  # noqa: F401 - subjects.py reads common_area from here
from ..errors import FoistatsError
from ..offences import measures
from ..periods import Period, parse_period

MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

MEASURE_SYNONYMS = [
    (r"sexual communication with a child|online grooming", "sexual_communication_with_child"),
    (r"possess\w* (?:an )?indecent|possession of indecent", "indecent_images_possession"),
    (r"indecent (?:images?|photographs?|pictures?)|abuse images?|image offences|abuse image", "indecent_images_offences"),
    (r"\bonline (?:[\w-]+ ){0,3}?(?:offences|crimes|abuse|element)|online element|committed online|took place online|"
     r"\bcyber|internet (?:played|involvement)|use of the internet", "online_child_sexual_offences"),
    (r"sex(?:ual)? (?:offences?|crimes?|abuse) against (?:a child|children|under-18s)"
     r"|child sex(?:ual)? (?:offences?|crimes?|abuse)",
     "child_sexual_offences"),
    (r"grooming|groomed", "grooming"),
]
AREA_EXTRA = [(r"\bWelsh\b", "wales"), (r"\bnationally\b|\bUK-wide\b|\bacross the country\b", "uk")]
BREAKDOWN_HINTS = [
    (r"\b(?:Snapchat|Instagram|Facebook|WhatsApp|TikTok|Messenger|Twitter|YouTube|Kik|Meta|platforms?|apps?)\b", "platform"),
    (r"\b(?:girls?|boys?|female|male)\b", "victim_gender"),
    (r"\b(?:taking|making|distribut\w*|sharing)\b", "offence"),
    (rf"\baged (?:under )?(?:{NUM})\b|\baged under a year\b|\b(?:children|victims) under (?:the age of )?(?:{NUM})\b|\byounger than (?:{NUM})\b|\bbab(?:y|ies)\b", "age"),
]
# Offences against children are recorded by victim: what a text counts as victims or
# children may be the offences against them (never surely: a child may be the victim of several)
COUNTED_BY_VICTIM = ("victims", "children", "young people")
FORCE_ANAPHORA = r"\bthe (?:force|county)\b|\bforce's\b"


def number_value(token: str) -> float:
    """A number written in figures ("1,110", "4.5") or as a word ("nine")."""
    token = token.lower().replace(",", "")
    return float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token)


# --- areas ----------------------------------------------------------------------------


@cache
def _area_pattern() -> tuple[re.Pattern, dict[str, str]]:
    names: dict[str, str] = {}
    for area in sorted(all_areas().values(), key=lambda a: a.level == "force"):
        for spelling in (area.name, area.short_name, *area.aliases):
            if len(spelling) >= 2:
                for variant in (spelling, spelling.replace("-", " "), spelling.replace(" ", "-")):
                    names.setdefault(variant.lower(), area.id)
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])", re.I)
    return pattern, names


def find_areas(text: str) -> list[tuple[int, int, str]]:
    """(start, end, area id) for every area named in a piece of text, in order. "NI"
    counts only in capitals."""
    pattern, names = _area_pattern()
    found = [(m.start(), m.end(), names[m.group(0).lower()]) for m in pattern.finditer(text)
             if m.group(0).lower() != "ni" or m.group(0) == "NI"]
    for regex, area in AREA_EXTRA:
        found += [(m.start(), m.end(), area) for m in re.finditer(regex, text, re.I)]
    return sorted(found)


def is_force(area_id: str | None) -> bool:
    return area_id is not None and all_areas()[area_id].is_force


# --- measures ---------------------------------------------------------------------------


@cache
def _measure_patterns() -> list[tuple[re.Pattern, str]]:
    titled = sorted(((re.escape(m.title), slug) for slug, m in measures().items() if not m.share_of),
                    key=lambda t: -len(t[0]))
    return [(re.compile(p, re.I), m) for p, m in titled + MEASURE_SYNONYMS]


def find_measure(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The measure a piece of text names (the most specific first) and where; (None, None)
    if it names none."""
    for pattern, measure in _measure_patterns():
        m = pattern.search(text)
        if m:
            return measure, m.span()
    return None, None


def find_measures(text: str) -> set[str]:
    """Every measure a piece of text names, each span claimed by the most specific."""
    found, taken = set(), []
    for pattern, measure in _measure_patterns():
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append(m.span())
                found.add(measure)
    return found


def share_measures(measure: str) -> list[str]:
    """The measure and the measures that are published shares of it."""
    return [measure] + [slug for slug, m in measures().items() if m.share_of == measure]


def parts_of(measure: str) -> list[str]:
    """The measures that are parts of a measure (``part_of`` in measures.csv)."""
    return [slug for slug, m in measures().items() if m.part_of == measure]


_AGE_GROUPS = [
    (rf"\baged ({NUM}) (?:and|or) (?:under|younger)\b", lambda n: (0, n)),
    (rf"\baged ({NUM}) to ({NUM})\b", None),
    (rf"\b(?:children|victims) under (?:the age of )?({NUM})\b", lambda n: (0, n - 1)),
    (rf"\byounger than ({NUM})\b", lambda n: (0, n - 1)),
    (rf"\baged under (a|{NUM})(?: years?)?\b", lambda n: (0, n - 1)),
    (r"\bbab(?:y|ies)\b", lambda: (0, 0)),  # under a year old
]


def age_group(text: str, *, last: bool = False) -> tuple[int, int] | None:
    """The age group a phrase names ("aged 10 and under": 0 to 10, "aged 12 to 15",
    "victims under 12", "younger than 12": 0 to 11, "aged under a year", "babies": 0) as (lowest,
    highest), the first it names (``last``: the last); None if it names none."""
    found = []
    for pattern, bounds in _AGE_GROUPS:
        for m in re.finditer(pattern, text, re.I):
            numbers = [1 if g.lower() == "a" else int(number_value(g)) for g in m.groups()]
            low, high = bounds(*numbers) if bounds else numbers
            found.append((m.start(), (low, high)))
    if not found:
        return None
    return (max if last else min)(found, key=lambda f: f[0])[1]


# The parts a text may compare ("girls … three times … boys"): a dimension and a value
PARTS = [
    (r"\b(?:girls?|females?)\b", "victim_gender", None, "female"),
    (r"\b(?:boys?|males?)\b", "victim_gender", None, "male"),
    (r"\b(Snapchat|Instagram|Facebook|WhatsApp|TikTok|Messenger|Twitter|YouTube|Kik)\b", "platform", 1, None),
]


def parts_named(text: str) -> list[tuple[int, tuple[str, str]]]:
    """(offset, (dimension, value)) for every part a piece of text names, in order."""
    found = []
    for pattern, dimension, group, value in PARTS:
        found += [(m.start(), (dimension, value or m.group(group).lower())) for m in re.finditer(pattern, text, re.I)]
    return sorted(found)


def breakdown_hint(text: str) -> str | None:
    """The dimension a sentence breaks its figures down by, if it names one."""
    for pattern, dimension in BREAKDOWN_HINTS:
        if re.search(pattern, text, re.I):
            return dimension
    return None


# --- periods ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodMention:
    """A period named in a sentence: its place, its kind and the Period it means (None
    where it cannot be worked out)."""

    start: int
    end: int
    kind: str  # fixed, since, past, span, last, before
    period: Period | None


def latest_year(reference: date) -> Period:
    """The latest financial year ended on or before a date."""
    first = reference.year - 1 if reference >= date(reference.year, 3, 31) else reference.year - 2
    return Period.financial_year(first)


def previous(period: Period | None) -> Period | None:
    """The year before a financial or calendar year; None for anything else."""
    if period is None:
        return None
    if period.kind == "financial_year":
        return Period.financial_year(period.start.year - 1)
    if period.kind == "calendar_year":
        return Period.calendar_year(period.start.year - 1)
    return None


def period_before(period: Period | None) -> Period | None:
    """The period of the same kind and length just before one ("the period before" April to
    September 2019: October 2018 to March 2019); None where there is none."""
    if period is None or period.kind != "months":
        return previous(period)
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    first = period.start.year * 12 + period.start.month - 1 - months  # months since year 0, zero-based
    last = period.start - timedelta(days=1)
    return Period(date(first // 12, first % 12 + 1, 1), last)


_PATTERNS = [
    ("fixed", rf"(?:{MONTHS}) \d{{4}} (?:and|to) (?:{MONTHS}) (?:\d{{4}}|this year)"),
    ("fixed", r"\b(?:19|20)\d\d[/–-]\d\d(?:\d\d)?\b(?: (?:to|and) (?:19|20)\d\d[/–-]\d\d\b)?"),
    ("since", rf"\bsince (?:(\d{{1,2}}) )?(?:({MONTHS}) )?((?:19|20)\d\d)(?:/\d\d)?\b"),
    ("past", r"\b(?:the )?(?:past|last) (?:" + NUM + r") (?:financial )?years\b|\bfor (?:" + NUM + r") years now\b"),
    ("span", r"\b(?:in|over|for|within) (?:just |only )?(?:the )?(?:first )?(?:" + NUM + r") (?:financial )?years\b"),
    ("fixed", r"\b(?:between |from )?(?:19|20)\d\d(?: (?:and|to) (?:19|20)\d\d)?\b(?![/–-]\d)"),
    ("last", r"\blast year\b|\bthis year\b"),
    ("before", r"\b(?:the|a) (?:year|12 months|period) before\b|\bthe previous (?:year|12 months|period)\b"),
]


def find_periods(text: str, reference: date | None, context: Period | None) -> list[PeriodMention]:
    """The periods named in a sentence, in order; ``context`` is the period of the text
    so far, which "the year before" counts back from when the sentence names none first."""
    found: list[PeriodMention] = []
    taken = bytearray(len(text) + 1)  # 1 where a period already is: linear in a long sentence
    for kind, pattern in _PATTERNS:
        for m in re.finditer(pattern, text, re.I):
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            if kind == "fixed" and re.search(rf"(?:{MONTHS}) $|\d $|\bAct $", text[max(0, m.start() - 12):m.start()]):
                continue  # "April 2017", "1 April 2016": dates, not periods; "the Serious Crime Act 2015": a name
            found.append(PeriodMention(m.start(), m.end(), kind, None))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    found.sort(key=lambda p: p.start)
    resolved: list[PeriodMention] = []
    anchor = context
    for mention in found:
        period = _resolve(text[mention.start:mention.end], mention.kind, anchor, reference)
        resolved.append(PeriodMention(mention.start, mention.end, mention.kind, period))
        if period is not None and mention.kind != "before":
            anchor = period
    return resolved


def _resolve(text: str, kind: str, anchor: Period | None, reference: date | None) -> Period | None:
    if kind == "before":
        return period_before(anchor) if "period" in text.lower() else previous(anchor)
    if kind == "fixed":
        text = re.sub(r"^(?:between|from) ", "", text, flags=re.I)
        if reference is not None:
            text = text.replace("this year", str(reference.year))
        try:
            return parse_period(re.sub(r"(\d{4}) and ", r"\1 to ", text))
        except FoistatsError:
            return None
    if kind == "span" or reference is None:
        return None
    latest = latest_year(reference)
    if kind == "last":
        return latest
    if kind == "past":
        years = int(number_value(re.search(rf"\b({NUM}) ", text, re.I).group(1)))
        first = Period.financial_year(latest.start.year - years + 1)
        return Period(first.start, latest.end) if years >= 1 else None
    m = re.match(rf"since (?:(\d{{1,2}}) )?(?:({MONTHS}) )?((?:19|20)\d\d)", text, re.I)
    day, month, year = m.groups()
    month_number = list(_month_names()).index(month.lower()) + 1 if month else 4
    first_year = int(year) if month_number >= 4 else int(year) - 1
    first = Period.financial_year(first_year)
    return Period(first.start, latest.end) if first.end <= latest.end else None


def _month_names() -> list[str]:
    return [m.lower() for m in MONTHS.split("|")]
