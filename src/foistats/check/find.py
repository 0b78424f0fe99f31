"""Finding claims: the numbers of a sentence that are claims, what each counts and how it is
qualified, before any subject is given to them.

Every number in a sentence — in figures ("1,110"), in words ("nine"), as a percentage ("44
per cent", "83%"), a fraction ("a quarter", "four in five"), a multiple ("more than
double", "a fourfold rise"), a rank (:mod:`.ranks`) among forces ("the highest", "fourth
highest", "1 of 3 in Wales", "the highest number in the South West") or in the area's own series ("the lowest of its figures in the data",
"the highest figure since 2015/16", "its highest level in five years"), a daily or
weekly average ("six … every day") or an interval ("every 23 minutes") — is a
:class:`.claim.Claim`, unless it is one of the numbers that are not claims about the data
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
A number that says not what it counts counts what the count before it in its sentence does
("Lancashire recorded 175 grooming offences, Greater Manchester 296"); "between one and
four" is one range.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .claim import Claim
from .context import MONTHS, NUM, NUMBER_WORDS, number_value
from .ranks import find_ranks
from .sentences import LOOKBACK

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
    (r"at most|no more than|not more than", "at_most"),  # before "more than"
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
_NUMBER_RE = re.compile(r"(?<![\w/,.])(" + NUM + r")(?![\w/]|,\d|\.\d)", re.I)
_TIMES_RE = re.compile(rf"\b({NUM})[- ]?(?:times|fold)\b(?! (?:a|per|every|each) )", re.I)
_QUALIFIER_RE = [(re.compile(r"(?:\b(?:" + p + r"))\s+(?:a |an |the )?$", re.I), q) for p, q in QUALIFIERS]
_NOUN_RE = "(?<!against )(?:" + "|".join(f"(?P<{unit}>{pattern})" for unit, pattern in NOUNS.items()) \
    + f"|(?P<other>{OTHER_NOUNS}))"
_WORD_BASE_BEFORE = re.compile(r"\b(?:on|from|against|compared (?:with|to)) $", re.I)
_WORD_BASE_AFTER = re.compile(r"\s(?:(?:in|of|for)\s(?:19|20)\d\d|(?:the|a)\s(?:year|period|12 months)\sbefore)\b", re.I)
_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN})\b(?:\s+by)?(?:\s+\w+){{0,2}}\s*$|\bby\s+(?:\w+\s+){{0,2}}$", re.I)


def non_claims(s: str) -> list[tuple[int, int]]:
    """The spans of a sentence that hold numbers that are not claims (dates, telephone
    numbers, ages that define a group …: :data:`NON_CLAIM_PATTERNS`)."""
    low = s.lower()
    return [(m.start(), m.end()) for words, p in _NON_CLAIM_RE
            if words is None or any(w in low for w in words) for m in p.finditer(s)]


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
    find_ranks(s, free, add, noun)
    for m in _NUMBER_RE.finditer(s):
        word = m.group(1).lower()
        # a number word a comparison is on, dated ("down 100 per cent on one in 2017/18"), counts
        stated_base = word in NUMBER_WORDS and _WORD_BASE_BEFORE.search(s, max(0, m.start() - 20), m.start()) \
            and _WORD_BASE_AFTER.match(s, m.end())
        if not free(m.start(), m.end()) or (word == "one" and not stated_base):
            continue
        counts = _noun_after(s, m.end())
        if word in NUMBER_WORDS and not stated_base and (counts is None or (
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
        before = s[max(0, qs - 20):qs]  # the words before its qualifier: "on about 400" is a base
        if re.search(rf"\b(?:{fraction_words}|(?:{NUM}) in (?:{NUM}))\s*\($", s[max(0, m.start() - 30):m.start()], re.I):
            role = "part"  # "a quarter (5,500)": a part of a whole, never the whole's equal
        elif re.search(r"\b(?:from|against|on|compared (?:with|to)|double|twice|times) (?:the )?$", before, re.I):
            role = "base"
        elif re.search(r"\bto (?:the )?$", before, re.I):
            role = "current"
        add(qs, m.end(), "count", number_value(m.group(1)), qualifier=q, unit=counts, counts=counts, role=role)
    out.sort(key=lambda c: c.start)
    return out
