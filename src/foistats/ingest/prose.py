"""Reading sentences: the periods, offence codes, flags and FOIA sections a reply's prose
states, whether a sentence is the requester's voice or the force's, what kind of refusal
a sentence makes, and figures written in sentences ("In all, 78 offences were recorded").

Everything here is about what the words *say*; nothing guesses. A period written
relative to a date ("the past three financial years") is returned as relative, for the
interpreter to send to review.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass, replace
from datetime import date

from ..errors import PeriodError
from ..offences import offences
from ..periods import MONTHS, Period, day_label, parse_period
from .labels import (CODE, PLATFORMS, UP_TO_DAY, code_from_token, code_titled_in, in_a_known_class, outcome_numbered,
                     part_up_to, without_defining_titles, without_title)
from .values import NUMBER, WORD_NUMBER, to_int, word_number

# a month's name, short or long, in English or in Welsh (a bilingual letter dates itself both ways)
MONTH = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|ionawr|chwefror|mawrth|ebrill|mai|mehefin|" \
        r"gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)"
_DAY_DATE = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+(?:19|20)\d\d"
_NUM_DATE = r"\d{1,2}/\d{1,2}/(?:19|20)\d\d"
_MONTH_YEAR = rf"{MONTH}\s+(?:19|20)\d\d"
_DASH = r"\s*(?:-|–|—|to|and|until)\s*"
_YEAR = r"(?:19|20)\d\d"

_DATE_RANGE = re.compile(rf"({_DAY_DATE}|{_NUM_DATE}|{_MONTH_YEAR}){_DASH}({_DAY_DATE}|{_NUM_DATE}|{_MONTH_YEAR})", re.I)
# "1 April to 31 December 2022", "between 1 January and 31 December 2023": one year for both
_SHARED_YEAR_RANGE = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})\s*(?:-|–|—|to|and|until)\s*(\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+((?:19|20)\d\d))", re.I)
# "between April and September 2024", "April to September 2024": whole months of one year
_SHARED_YEAR_MONTHS = re.compile(rf"\b(?:(?P<word>between|from|in|during|for)\s+)?(?P<first>{MONTH})\s*(?P<join>-|–|—|to|and|until)\s*"
                                 rf"(?P<last>{MONTH})\s+(?P<year>(?:19|20)\d\d)\b(?![/-]\d)", re.I)
_FIRST_MONTHS = re.compile(rf"\bthe first (\d{{1,2}}|{WORD_NUMBER}) months of ((?:19|20)\d\d)\b(?![/-]\d)", re.I)
# "the current financial year up to the end of October 2023", "the current year to 30 June 2024": from that year's start
_CURRENT_YEAR_TO = re.compile(rf"\bthe current (financial |calendar )?year,?\s+(?:up )?(?:to|until|till)\s+(?:the end of\s+|(\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
                              rf"({MONTH})\s+((?:19|20)\d\d)\b", re.I)
# a year's halves joined by a slash or a hyphen, spaced or not, or by an en dash between no spaces ("2022–23")
_FY_JOIN = r"(?:\s*[/-]\s*|–)"
_FY = re.compile(rf"(?<![\d/])(?:fy\s*)?({_YEAR}){_FY_JOIN}(\d{{2}}|{_YEAR})(?![\d/])", re.I)
_YEAR_WORDS = r"(?:calendar years?|financial years?|years?|in|for|during|between|from|covering|since|each of|over|period|(?:quarter|month)s? of)"
_YEAR_SPAN = re.compile(rf"(?:\b(?P<word>{_YEAR_WORDS})\s+(?:the\s+)?(?:years?\s+)?|\((?=[^)]*\)))({_YEAR})\s*(?P<join>-|–|—|to|and|until)\s*({_YEAR})\b", re.I)
_LIST_AND = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"  # "2018, 2019, and 2020", "2019 & 2020"
_YEAR_THEN_CALENDAR = re.compile(r"\b((?:19|20)\d\d)\s+calendar\s+year\b", re.I)
_SHORT_FY = re.compile(r"\bFY\s?(\d{2})\s?[/-]\s?(\d{2})(?![\d/])", re.I)
# a span of financial years: "from 2019/20 to 2023/24", "(2019/20 to 2023/24)", "between FY20/21 and FY22/23"
_FY_SPAN = re.compile(rf"(?:\b(?P<word>{_YEAR_WORDS})\s+(?:the\s+)?(?:(?:financial\s+)?years?\s+)?|\()(?:fy\s*)?(?P<first>{_YEAR}){_FY_JOIN}"
                      rf"(?P<first_end>\d{{2}})\s*(?P<join>-|–|—|to|and|until)\s*(?:fy\s*)?(?P<last>{_YEAR}){_FY_JOIN}(?P<last_end>\d{{2}})(?![\d/])",
                      re.I)
# words saying a span's years are each asked for: "in each calendar year from 2019 to 2022"
_EACH_YEAR = re.compile(r"years|each|per (?:calendar |financial )?year|by (?:calendar |financial )?year|every year", re.I)
_EACH_YEAR_SAID = re.compile(r"\beach\b|per (?:calendar |financial )?year|by (?:calendar |financial )?year|every year", re.I)
_TOGETHER = re.compile(r"\b(?:together|combined|in total|as a whole)\b", re.I)
_YEARS_COMBINED = re.compile(rf"\(\s*((?:{_YEAR})(?:{_LIST_AND}{_YEAR})+)\s+(?:combined|together|in total)\s*\)", re.I)
# (or "or" between them: "not held for 2021 or 2022", both years)
_YEAR_LIST = re.compile(rf"\b{_YEAR_WORDS}:?\s+((?:{_YEAR})(?:(?:{_LIST_AND}|\s+or\s+){_YEAR})*)\b", re.I)
# the last year of a list cut short: "2021 up to the end of August", "2021 to end of June"
_PART_YEAR = re.compile(rf"^\s*(?:up )?(?:to|until|till)\s+(?:the )?end of\s+({MONTH})(?!\s*(?:19|20)\d\d)", re.I)
# "2021 (April to December)": the months of the year the figure covers
_MONTHS_OF_YEAR = re.compile(rf"^\s*\(\s*({MONTH})\s*(?:to|until|-|–|—)\s*({MONTH})\s*(?:only\s*)?\)", re.I)
# "2024 to date", "2019-20 to date": a year not yet over when the request was made, its end unstated
_DAYS_OF_YEAR = re.compile(rf"^\s*\(\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\s*(?:to|until|-|–|—)\s*"
                           rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\s*\)", re.I)
# "In 2025, between 1 January and 11 February, …": the days of the year just named
_DAYS_AFTER_YEAR = re.compile(rf"^\s*,?\s*(?:between|from)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\s+(?:to|until|and)\s+"
                              rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)
_UP_TO = re.compile(rf"\s*(?:\(|,)?\s*(?:{UP_TO_DAY.pattern})\s*\)?", re.I)  # "2025 (to 30 June)", "2025, up to 30 June"
_TO_DATE = re.compile(r"^\s*(?:\(?(?:to date|so far|year[- ]to[- ]date|ytd)\)?|(?:up )?(?:to|until) (?:the )?(?:present|"
                      # "and in 2024 up to the date you answer this request", "in 2024 up to the date of this request"
                      r"(?:date|day|time) (?:of (?:your|this|the|my) (?:response|reply|answer|request)|(?:that |when |on which )?you (?:answer|respond|reply|process|deal with|handle))))\b", re.I)
# "So far in 2024, 288 …", "To date in 2024 …": the year's part up to a day not stated
_TO_DATE_BEFORE = re.compile(r"\b(?:so far|to date|thus far|year[- ]to[- ]date)\s*$", re.I)
_RELATIVE = re.compile(
    r"\b(each of )?(?:the )?(?:last|past|previous|preceding) (\d+|" + WORD_NUMBER + r") (?:(?:complete|full|whole) )?"
    r"(financial |calendar )?years?\b", re.I
)


@dataclass(frozen=True)
class PeriodMention:
    """A period the text states: one span, or a run of years meant one by one."""

    periods: tuple[Period, ...]
    text: str
    span: tuple[int, int] = (0, 0)  # where in the sentence


@dataclass(frozen=True)
class RelativePeriods:
    """'The past three financial years': needs a date to mean anything."""

    count: int
    financial: bool
    each: bool
    text: str

    def resolve(self, reference: date) -> tuple[Period, ...]:
        """The whole years that ended before ``reference``, oldest first."""
        if self.financial:
            last = reference.year - 1 if reference >= date(reference.year, 4, 1) else reference.year - 2
            years = [Period.financial_year(y) for y in range(last - self.count + 1, last + 1)]
        else:
            last = reference.year - 1
            years = [Period.calendar_year(y) for y in range(last - self.count + 1, last + 1)]
        return tuple(years) if self.each else (Period(years[0].start, years[-1].end),)


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS["sept" if word[:4] == "sept" else word[:3]]


def _date(text: str) -> tuple[date, bool]:
    """A written date and whether it names a whole month (no day given)."""
    text = text.strip().rstrip(".")
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), False
    parts = text.split()
    if len(parts) == 2:
        month = _month_number(parts[0])
        return date(int(parts[1]), month, 1), True
    day = int(re.match(r"\d+", parts[0]).group())
    month = MONTHS.get(parts[1].lower().rstrip("."), MONTHS.get(parts[1].lower()[:3]))
    return date(int(parts[2]), month, day), False


def _range(first: str, last: str) -> Period | None:
    try:
        start, _ = _date(first)
        end, whole_month = _date(last)
        if whole_month:
            end = date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
        return Period(start, end)
    except (ValueError, KeyError, TypeError, AttributeError, PeriodError):
        return None


def _days_of(year: Period, days: re.Match) -> Period | None:
    """The days a bracket after a year names ("(1 January to 31 May)"), in that year."""
    return _range(f"{days.group(1)} {days.group(2)} {year.start.year}", f"{days.group(3)} {days.group(4)} {year.start.year}")


def periods_in(text: str) -> list[PeriodMention]:
    """Every period a sentence states outright, in order. Years alone count only after a
    word that makes them periods ("in 2022, 2021", "for the calendar years 2020 - 2024"),
    so the year of an Act or a date of publication is never read as a period."""
    found: list[tuple[int, PeriodMention]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for m in _DATE_RANGE.finditer(text):
        if (period := _range(m.group(1), m.group(2))) is not None:
            found.append((m.start(), PeriodMention((period,), m.group(0), m.span())))
            taken.append(m.span())
    for m in _SHARED_YEAR_RANGE.finditer(text):
        if free(m) and (period := _range(f"{m.group(1)} {m.group(3)}", m.group(2))) is not None:
            found.append((m.start(), PeriodMention((period,), m.group(0), m.span())))
            taken.append(m.span())
    for m in _FIRST_MONTHS.finditer(text):  # "the first six months of 2024"
        count = int(m.group(1)) if m.group(1).isdigit() else word_number(m.group(1))
        if free(m) and 1 <= count <= 11:
            year = int(m.group(2))
            found.append((m.start(), PeriodMention((Period(date(year, 1, 1), date(year, count, calendar.monthrange(year, count)[1])),),
                                                   m.group(0), m.span())))
            taken.append(m.span())
    for m in _CURRENT_YEAR_TO.finditer(text):
        month, year = _month_number(m.group(3)), int(m.group(4))
        with contextlib.suppress(ValueError):  # (not "31 February")
            end = date(year, month, int(m.group(2)) if m.group(2) else calendar.monthrange(year, month)[1])
            financial = (m.group(1) or "").strip().lower() == "financial"
            start = date(year if not financial or month >= 4 else year - 1, 4 if financial else 1, 1)
            if free(m):
                found.append((m.start(), PeriodMention((Period(start, end),), m.group(0), m.span())))
                taken.append(m.span())
    for m in _SHARED_YEAR_MONTHS.finditer(text):
        if not free(m) or (m.group("join").lower() == "and" and (m.group("word") or "").lower() != "between"):
            continue
        first, last, year = _month_number(m.group("first")), _month_number(m.group("last")), int(m.group("year"))
        if first < last:
            period = Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))
            start = m.start("first")
            found.append((start, PeriodMention((period,), text[start:m.end()], (start, m.end()))))
            taken.append((start, m.end()))
    for m in _FY_SPAN.finditer(text):
        first, last = int(m.group("first")), int(m.group("last"))
        if not free(m) or (m.group("join").lower() == "and" and (m.group("word") or "").lower() != "between") \
                or not first < last <= first + 30 or (int(m.group("first_end")), int(m.group("last_end"))) != \
                ((first + 1) % 100, (last + 1) % 100):
            continue
        # "in each financial year from 2019/20 to 2023/24": each year; "between 2019/20 and 2021/22": the span
        each = bool(_EACH_YEAR.search(text[max(0, m.start() - 25):m.start()] + m.group(0) + text[m.end():m.end() + 12]))
        years = tuple(parse_period(f"{y}/{(y + 1) % 100:02d}") for y in range(first, last + 1))
        found.append((m.start(), PeriodMention(years if each else (Period(years[0].start, years[-1].end),), m.group(0), m.span())))
        taken.append(m.span())
    for m in _YEAR_THEN_CALENDAR.finditer(text):  # "In the 2023 calendar year": the year, its word after it
        if free(m):
            found.append((m.start(), PeriodMention((Period.calendar_year(int(m.group(1))),), m.group(0), m.span())))
            taken.append(m.span())
    for m in _SHORT_FY.finditer(text):  # "FY22/23": a financial year by its two short years, "FY" saying so
        if free(m) and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
            found.append((m.start(), PeriodMention((parse_period(f"20{m.group(1)}/{m.group(2)}"),), m.group(0), m.span())))
            taken.append(m.span())
    for m in _FY.finditer(text):
        if not free(m):
            continue
        first, second = int(m.group(1)), m.group(2)
        if len(second) == 4 and int(second) != first + 1:
            continue  # 2013-2015 is a span of years, read below when a word says so
        if re.search(r"\bsince\s+$", text[:m.start()], re.I):
            taken.append(m.span())  # "each year since 2020/21": from that year to now, its end not stated
            continue
        if _TO_DATE.match(text[m.end():]):
            taken.append(m.span())
            continue
        try:
            period = parse_period(f"{first}/{second}")
        except PeriodError:
            continue
        end = m.end()
        if (up := _UP_TO.match(text, end)) and (part := part_up_to(period, up)) is not None:
            period, end = part, up.end()  # "2024-25 (to 31/12/2024)": the year so far
        found.append((m.start(), PeriodMention((period,), text[m.start():end], (m.start(), end))))
        taken.append((m.start(), end))
    for m in _YEAR_SPAN.finditer(text):
        if not free(m) or (m.group("join").lower() == "and" and (m.group("word") or "").lower() != "between"):
            continue  # "for 2021 and 2022" is two years, read as a list below; "between 2021 and 2022" a span (and
            # "(2021 to 2023 combined)", the years in brackets, one)
        first, last = int(m.group(2)), int(m.group(4))
        if last <= first or last - first > 30:
            continue
        near = text[max(0, m.start() - 25):m.start()] + m.group(0) + text[m.end():m.end() + 12]
        # (years in brackets after "the three years together" are one span: only "each", "per year" … split them)
        each = bool((_EACH_YEAR if m.group("word") else _EACH_YEAR_SAID).search(near)) and not _TOGETHER.search(near)
        years = tuple(Period.calendar_year(y) for y in range(first, last + 1))
        found.append((m.start(), PeriodMention(years if each else (Period(years[0].start, years[-1].end),), m.group(0), m.span())))
        taken.append(m.span())
    for m in _YEARS_COMBINED.finditer(text):  # "(2022, 2023 and 2024 combined)": no word before them, the years as one
        years = [int(y) for y in re.findall(_YEAR, m.group(1))]
        if free(m) and years == list(range(years[0], years[0] + len(years))):
            found.append((m.start(1), PeriodMention((Period(date(years[0], 1, 1), date(years[-1], 12, 31)),), m.group(0), m.span(1))))
            taken.append(m.span(1))
    for m in _YEAR_LIST.finditer(text):
        if not free(m):
            continue
        years = [Period.calendar_year(int(y)) for y in re.findall(_YEAR, m.group(1))]
        end = m.end()
        if len(years) == 1 and m.group(0).lower().startswith("since"):
            taken.append(m.span())  # "each year since 2020": from that year to now, its end not stated
            continue
        if _TO_DATE.match(text[end:]) or _TO_DATE_BEFORE.search(text[:m.start()]):
            years.pop()  # the last year runs "to date" ("so far in 2024" too): its end is not stated
            taken.append((m.start(), end))
            if not years:
                continue
        if (up := _UP_TO.match(text, end)) and (part := part_up_to(years[-1], up)) is not None:
            years[-1], end = part, up.end()  # "2024 (to 30/11)"
        elif part := _PART_YEAR.match(text[end:]):
            month = _month_number(part.group(1))
            last = years[-1].start.year
            years[-1] = Period(years[-1].start, date(last, month, calendar.monthrange(last, month)[1]))
            end += part.end()
        elif (days := _DAYS_OF_YEAR.match(text[end:]) or _DAYS_AFTER_YEAR.match(text[end:])) \
                and (part := _days_of(years[-1], days)) is not None:
            years[-1], end = part, end + days.end()  # "2023 (1 January to 31 December)": the days of that year
        elif (part := _MONTHS_OF_YEAR.match(text[end:])) and _month_number(part.group(1)) <= _month_number(part.group(2)):
            first, last, year = _month_number(part.group(1)), _month_number(part.group(2)), years[-1].start.year
            years[-1] = Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))
            end += part.end()
        found.append((m.start(), PeriodMention(tuple(years), text[m.start():end], (m.start(), end))))
        taken.append((m.start(), end))
    return _lists_merged(text, _restatements_merged(text, [mention for _, mention in sorted(found, key=lambda pair: pair[0])]))


def _lists_merged(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"the 152 crimes recorded in 2021/22 and 2022/23": periods listed one after another, nothing
    between them but commas and "and", are one run of periods meant one by one, as a list of years
    is: a figure said once beside them is none of theirs alone."""
    merged: list[PeriodMention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if before is not None and re.fullmatch(_LIST_AND, text[before.span[1]:mention.span[0]], re.I):
            merged[-1] = PeriodMention(before.periods + mention.periods, text[before.span[0]:mention.span[1]],
                                       (before.span[0], mention.span[1]))
        else:
            merged.append(mention)
    # "(2021/22, 2022/23 and 2023/24 combined)": years one after another, said to be taken together, are their span
    return [PeriodMention((Period(m.periods[0].start, m.periods[-1].end),), m.text, m.span)
            if len(m.periods) > 1 and all((b.start - a.end).days == 1 for a, b in zip(m.periods, m.periods[1:]))
            and _COMBINED_AFTER.match(text, m.span[1]) else m for m in merged]


_COMBINED_AFTER = re.compile(r"\s+(?:combined|together|in total)\b", re.I)


_IN_BRACKETS = re.compile(r"\s*(?:(?:financial|calendar)\s+year\s*)?\(\s*", re.I)  # "2023/24 financial year (1 April …)"


def _restatements_merged(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"the calendar year 2023 (1 January to 31 December 2023)": a period said again in brackets
    is the one period, its brackets part of the mention."""
    merged: list[PeriodMention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if before is not None and before.periods == mention.periods \
                and _IN_BRACKETS.fullmatch(text, before.span[1], mention.span[0]) \
                and (close := re.compile(r"\s*\)").match(text, mention.span[1])):
            merged[-1] = PeriodMention(before.periods, text[before.span[0]:close.end()], (before.span[0], close.end()))
        else:
            merged.append(mention)
    return merged


# "for each calendar year from 2021 to date", "each year since 2021": every calendar year from that one on
_EACH_YEAR_FROM = re.compile(rf"\beach (?:calendar )?year (?:from|since) ({_YEAR})(?: (?:to date|to the present(?: day)?|until now))?\b", re.I)


def each_year_from(text: str) -> int | None:
    """The first of the calendar years a request asks each of, up to the day it was made."""
    return int(m.group(1)) if (m := _EACH_YEAR_FROM.search(text)) else None


def periods_to_date(text: str) -> list[Period]:
    """The years a sentence asks for only "to date", calendar or financial ("2022, 2023 and
    2024 to date", "2021/22, 2022/23 and 2023/24 to date")."""
    return [whole for m in _YEAR_OR_FY.finditer(text) if _TO_DATE.match(text[m.end():]) and (whole := _year_named(m))]


def to_date_as_covered(text: str, covers: dict[Period, Period]) -> str:
    """``text`` with each year it gives "to date" or "so far" ("… and 15 in 2024 to date") written
    as the part of it the reply says that year's figures cover ("… and 15 in 1 January 2024 to 30
    September 2024"); unchanged where the reply says none."""
    out, at = [], 0
    for m in _YEAR_OR_FY.finditer(text) if covers else ():
        if (to_date := _TO_DATE.match(text[m.end():])) and (part := covers.get(_year_named(m))) is not None:
            out += [text[at:m.start()], f"{day_label(part.start)} to {day_label(part.end)}"]
            at = m.end() + to_date.end()
    return "".join(out) + text[at:]


_YEAR_OR_FY = re.compile(rf"\b({_YEAR})(?:[/-](\d{{2}}))?\b")


def _year_named(m: re.Match) -> Period | None:
    """The calendar year ("2024") or financial year ("2023/24") a :data:`_YEAR_OR_FY` match names."""
    first = int(m.group(1))
    if m.group(2) is None:
        return Period.calendar_year(first)
    return Period.financial_year(first) if int(m.group(2)) == (first + 1) % 100 else None


# "* 2024 figures cover 1 January 2024 to 30 June 2024 only", "The year 2024 covers …", "Figures for 2023/24 cover
# the period 01/04/2023 to 31/01/2024", '"2024" means 1 January 2024 to 30 September 2024': what a year label stands for
_YEAR_COVERS = re.compile(rf"\b({_YEAR})(?:[/-](\d{{2}}))?['\"’”]?\s+"
                          # "where you have asked for 2025 to date, the figures cover …"
                          r"(?:(?:to date|so far|year to date),?\s+(?:the\s+)?(?=(?:figures?|data|numbers?)\s))?"
                          r"(?:(?:figures?|data|numbers?)\s+)?"
                          r"(?:(?:cover|covers|relate to|relates to|are for|run from|runs from|span|means|refers to|stands for)\s+|=\s*)", re.I)


# "the current financial year covers …", "figures for the current year run from …": a year to date, not named
_CURRENT_YEAR_COVERS = re.compile(r"\bthe current (?:(financial|calendar) )?year(?:'s (?:figures?|data))?\s+"
                                  r"(?:(?:figures?|data)\s+)?(?:covers?|runs? from|relates? to|is)\s+(?:only\s+)?(?:the period\s+)?(?:from\s+)?", re.I)


def year_covers(sentence: str) -> tuple[Period, Period] | None:
    """The year (calendar or financial) a footnote names, and the part of it it says that
    year's figures cover; or "the current financial year covers 1 April 2023 to 29 February
    2024 only", the year not named: the one the part begins."""
    if current := _CURRENT_YEAR_COVERS.search(sentence):
        spans = [p for mention in periods_in(sentence[current.end():]) for p in mention.periods]
        kind = (current.group(1) or "").lower()
        years = [year for year in ([] if len(spans) != 1 else [Period.financial_year(spans[0].start.year)] * (kind != "calendar")
                                   + [Period.calendar_year(spans[0].start.year)] * (kind != "financial"))
                 if year.start == spans[0].start and spans[0].end < year.end]
        if len(years) == 1:
            return years[0], spans[0]
    if not (m := _YEAR_COVERS.search(sentence)) or (whole := _year_named(m)) is None:
        return None
    spans = [p for mention in periods_in(sentence[m.end():]) for p in mention.periods]
    if len(spans) != 1 or not (whole.start <= spans[0].start and spans[0].end <= whole.end):
        return None
    return whole, spans[0]


# "The 2024/25 figures are provisional and run to 27 March 2025 only": what part of the year they are
_RUN_TO = re.compile(r"\b(?:run|runs|running|go|goes|cover|covers|covering|extend|extends|are|is|only)\s+(?:only\s+)?(?:up\s+)?"
                     r"(?=to\b|until\b)", re.I)


_SO_FAR_COVERS = re.compile(rf"\s*(?:the\s+)?(?:figures?\s+for\s+)?({_YEAR}(?:\s*[/-]\s*\d\d(?:\d\d)?)?)\s*\(?(?:ytd|year to date|to date|so far)\)?\s+"
                            r"(?:figures?\s+|data\s+)?(?:covers?|relates? to|runs? from|is for|are for)\s+(?:the\s+)?(?:period\s+)?(?:from\s+)?", re.I)


# what joins a year to the part of it its figures cover: "2024/25 is a part year: data runs from …", "2024 covers …",
# "As 2023/24 was not complete …, figures for that year cover the period …"
_PART_YEAR_SAID = re.compile(r"\bpart[- ](?:year|period)\b|"
                             r"\b(?:data|figures?)\s+(?:for\s+(?:that|this|the)\s+(?:year|period)\s+)?(?:only\s+)?(?:runs?|covers?|relates?|are)\b|"
                             r"^\s*(?:figures?|data\s+)?(?:covers?|runs?\s+from|relates?\s+to)\b", re.I)


def part_said(sentence: str) -> tuple[Period, Period] | None:
    """A whole year a sentence names and the part of it it says that year's figures run to
    ("The 2024/25 figures … run to 27 March 2025 only"); None where it names no one year, or
    no day inside it."""
    mentions = periods_in(sentence)
    if len(mentions) == 1 and len(mentions[0].periods) == 1 and (said := _SO_FAR_COVERS.fullmatch(sentence[:mentions[0].span[0]])):
        # "2024-25 YTD covers the period 1 April 2024 to 30 September 2024 only"
        try:
            whole = parse_period(said.group(1))
        except PeriodError:
            return None
        part = mentions[0].periods[0]
        inside = whole.start <= part.start and part.end <= whole.end and part != whole
        return (whole, part) if whole.kind in ("calendar_year", "financial_year") and inside else None
    if len(mentions) == 2 and all(len(m.periods) == 1 for m in mentions) \
            and _PART_YEAR_SAID.search(sentence[mentions[0].span[1]:mentions[1].span[0]]):
        # "2024/25 is a part year: data runs from 01/04/2024 to 30/09/2024"
        whole, part = mentions[0].periods[0], mentions[1].periods[0]
        inside = whole.start <= part.start and part.end <= whole.end and part != whole
        return (whole, part) if whole.kind in ("calendar_year", "financial_year") and inside else None
    if len(mentions) != 1 or len(mentions[0].periods) != 1:
        return None
    whole = mentions[0].periods[0]
    after = sentence[mentions[0].span[1]:]
    if whole.kind not in ("calendar_year", "financial_year") or not (verb := _RUN_TO.search(after)):
        return None
    if not (day := UP_TO_DAY.match(after, verb.end())) or (part := part_up_to(whole, day)) is None or part == whole:
        return None
    return whole, part


# a day, a month or a year to count from: "1 April 2022", "April 2022", "2022", "2020/21"
_FROM_WHEN = rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?:({MONTH})\s+)?({_YEAR})(?:{_FY_JOIN}(\d\d(?:\d\d)?))?"
# "in each year since 2020", "since January 2022", "since 1 April 2022": from a day, to one not said
SINCE = re.compile(rf"\bsince\s+{_FROM_WHEN}\b"
                   rf"(?!\s*(?:to\b|and\b|[-–]\s*{_YEAR}))", re.I)


# "from 2020/21 to date", "from April 2021 to the present": since that year, month or day
# (and "from 2021/22 up to the date of this request")
_FROM_TO_DATE = re.compile(rf"\bfrom\s+{_FROM_WHEN}\s+(?:to|until|up to)\s+(?:date|the present(?: day| date)?|now|today|"
                           r"the (?:date|day) (?:of (?:your|this|the|my) (?:response|reply|answer|request)|"
                           r"(?:that |when |on which )?you (?:answer|respond|reply|process|deal with|handle)))\b", re.I)


def since_said(text: str) -> re.Match | None:
    """Where a text asks from a year, month or day to a day it leaves unsaid ("since 2020",
    "from 2020/21 to date"); None where it does not."""
    return SINCE.search(text) or _FROM_TO_DATE.search(text)


def since_start(text: str) -> date | None:
    """The day a text counts from when it asks "since" a year, month or day; None where it
    does not, or names where that span ends ("since 2019 to 2023")."""
    if not (m := since_said(text)):
        return None
    try:
        if m.group(4):  # "since 2020/21": from the first day of that financial year (not "since 2019-2023", a span)
            year, end = int(m.group(3)), m.group(4)
            return date(year, 4, 1) if int(end) in ((year + 1) % 100, year + 1) and len(end) in (2, 4) else None
        return date(int(m.group(3)), _month_number(m.group(2)) if m.group(2) else 1, int(m.group(1) or 1))
    except ValueError:
        return None


def relative_periods(text: str) -> RelativePeriods | None:
    m = _RELATIVE.search(text)
    if not m:
        return None
    count = int(m.group(2)) if m.group(2).isdigit() else word_number(m.group(2))
    if not count or count > 20:
        return None
    each = bool(m.group(1)) or bool(re.search(r"\b(?:in )?each\b|per year|by year", text[: m.start()][-20:], re.I))
    return RelativePeriods(count, bool(m.group(3) and m.group(3).lower().startswith("financial")), each, m.group(0))


# a labelled date; an email's "Date: Fri, 20 Sep 2024" too, and never a "Request date:" (the request's)
_REFERENCE_DATE = re.compile(
    rf"(?:date released|released|date of (?:response|reply|disclosure)|response date|published(?: on)?|"
    rf"(?<!request )(?<!requested )date)\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?({_DAY_DATE}|{_NUM_DATE})",
    re.I,
)


# a page dated at its top, month first as many disclosure logs print it ("October 06, 2025")
_HEAD_DATE = re.compile(rf"^\s*(?:({_DAY_DATE})|({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))\b", re.I)


# "your request for information which was received by West Yorkshire Police on 02/09/2024"
_RECEIVED_ON = re.compile(rf"\brequest\b[^.]{{0,60}}?\breceived\b[^.]{{0,50}}?\bon\s+({_DAY_DATE}|{_NUM_DATE})|"
                          # a form's field: "Date received: 10/04/2024", "Request received: 16/05/2023"
                          rf"^\s*(?:date (?:request )?received|request received|date of request)\s*:?\s+({_DAY_DATE}|{_NUM_DATE})\s*$",
                          re.I | re.M)


def request_date(text: str) -> date | None:
    """The date a reply says the request was received on, which "the last three years" count
    back from, if it says one."""
    try:
        return _date(m.group(1) or m.group(2))[0] if (m := _RECEIVED_ON.search(text)) else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def reference_date(text: str) -> date | None:
    """The date a reply says it was released or sent, if it says one: a labelled date, else
    a date that opens one of its first lines."""
    try:
        if m := _REFERENCE_DATE.search(text):
            return _date(m.group(1))[0]
        for line in text.splitlines()[:5]:
            if m := _HEAD_DATE.match(line):
                return _date(m.group(1) if m.group(1) else f"{m.group(3)} {m.group(2)} {m.group(4)}")[0]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


# --- offence codes, flags, outcomes -----------------------------------------------------------

_CODE_IN_TEXT = re.compile(rf"\b(?:home office|h\.?o\.?)\s*(?:offence\s*)?(?:sub-?)?(?:codes?|classifications?)\s*(?:is|of|:)?\s*({CODE}|\d{{5}})\b", re.I)
_SLASH_CODE = re.compile(r"(?<![\d/.])(\d{2,3}/\d{1,2})(?![\d/])")
_CODES_LISTED = re.compile(rf"(?<![\w-])\bcodes\s*:?\s*({CODE}(?:\s*(?:,|\band\b|&|\bor\b)\s*{CODE})+)\b", re.I)
_BARE_CODE = re.compile(rf"(?<![\w-])(?<!outcome )(?<!outcome type )\b(?:codes?|classifications?)\s*:?\s*({CODE})\b", re.I)  # "(code 23)", "classification 21"


# a code leading its offence's title, as lists give them: "019D Rape of a female child under 16: 58"
_LETTERED_CODE = re.compile(r"(?<![\w/£$.-])(0?\d{2}[A-H])(?![\w/])")  # "088A", "22B"
_CODE_LEADING = re.compile(r"^\s*(0\d{2}[A-Ha-h]?|\d{2}[A-Ha-h])\s+[A-Z][a-z]")  # "019D", "021", "88A"; not "21 Offences"


# the words before a number naming a provision of law ("Article 22A of the Sexual Offences (Northern
# Ireland) Order 2008", "section 15A", "s.40(2) and 30"): it may look like a Home Office code, but is not one,
# and it is never a figure (not the "s" of "the force's 22A offences")
PROVISION = re.compile(r"(?<!['’])\b(?:articles?|art\.?|sections?|ss?\.?|regulations?|schedule|paragraphs?|para\.?)\s*"
                       # (and a subsection said alone after one: "Section 40(2) and (3A)(a)")
                       r"(?:\d+\w*(?:\s?\([0-9a-z]{1,4}\))*\s*(?:,|and|or|&)\s*)*\(?$", re.I)


def codes_in(text: str) -> list[str]:
    """Home Office codes a sentence states ("HO code 08805", "code 71/17", "71/17", "019D Rape of …")."""
    codes = [code_from_token(m.group(1)) for m in _CODE_IN_TEXT.finditer(text)]
    codes += [code for m in _BARE_CODE.finditer(text) if (code := code_from_token(m.group(1))) in _known_codes()]
    # and each code of a list after them: "offence codes: 21, 22B, 71/17, 73 and 88A"
    codes += [code for m in _CODES_LISTED.finditer(text) for token in re.findall(CODE, m.group(1), re.I)
              if (code := code_from_token(token)) in _known_codes()]
    if (m := _CODE_LEADING.match(text)) and code_from_token(m.group(1)) in _known_codes():
        codes.append(code_from_token(m.group(1)))
    codes += [code for m in _LETTERED_CODE.finditer(text)
              if (code := code_from_token(m.group(1))) in _known_codes() and not PROVISION.search(text, 0, m.start())]
    for m in _SLASH_CODE.finditer(text):
        token = m.group(1)
        if PROVISION.search(text, 0, m.start()):
            continue
        if re.fullmatch(r"(?:19|20)\d\d/\d\d", token) or re.fullmatch(r"\d{2}/\d{2}", token) and int(token[:2]) > 90:
            continue
        if code_from_token(token) in _known_codes() or in_a_known_class(code_from_token(token)):
            codes.append(code_from_token(token))
    return list(dict.fromkeys(codes))


def _known_codes() -> set[str]:
    from ..offences import offences

    return set(offences())


_ONLINE = re.compile(
    # the flag's name may be quoted: "flagged 'Online'", "an 'Online' flag"
    r"cyber['’\"]?[- ]?(?:crime[- ])?(?:flag|marker|tag|indicator)|online['’\"]?[- ]?(?:crime[- ])?(?:flag|element|marker|tag|indicator)|"
    r"(?:online|cyber) ?/ ?(?:online|cyber)[- ](?:flag|marker|tag|indicator)|"  # "the online / cyber flag"
    r"flagged (?:as )?['‘’\"]?(?:online|cyber)\b|"
    r"\b(?:online|cyber) \(['‘’\"“”]?(?:online|cyber)['‘’\"“”]?\) (?:flag|marker|element|tag|indicator)|"  # "the online (cyber) flag"
    r"(?:use|used|using) (?:of )?the internet|internet (?:was )?used|via the internet|over the internet|cyber[- ]?enabled|"
    r"\b(?:were|was|are|is)\s+(?:committed\s+|carried out\s+)?online\b|"  # "How many of those were online?"
    r"\b(?:took place|taking place|happened|occurred|made|initiated|started)\s+online\b|"  # "where the communication took place online"
    r"\bcontact(?:ed)?\b[^.?]{0,30}?\bonline\b",  # "where the suspect first made contact with the child online"
    re.I,
)
_CONTACT_ONLINE = re.compile(r"\bcontact(?:ed)?\b[^.?]{0,30}?\bonline\b", re.I)
# "The flag does not, however, show how the offender first made contact": the force says the flag is another thing
_FLAG_IS_NOT_CONTACT = re.compile(r"\b(?:flag|marker)\b[^.]{0,30}?\b(?:does not|doesn't|do not|cannot)\b"
                                  r"[^.]{0,30}?\b(?:show|record|capture|indicate|identify|tell)\b[^.]{0,60}?\bcontact", re.I)


def online_by_contact(question: str) -> bool:
    """Whether a question is of offences online only in that first contact was made online
    ("where the suspect first made contact with the child online"): a thing the online flag
    may or may not record."""
    return bool(_CONTACT_ONLINE.search(question)) and not states_online(_CONTACT_ONLINE.sub("", question))


def online_by_contact_only(question: str, reply: str) -> bool:
    """Whether a question is of offences online only in that first contact was made online,
    and the reply says its online flag does not record that: then it does not ask for the flag."""
    return bool(_FLAG_IS_NOT_CONTACT.search(reply)) and not states_online(_CONTACT_ONLINE.sub("", question))


_OF_THOSE = re.compile(rf"^\s*of (?:those|these|them|which|this number|the above)\s*,?\s*(?P<part>{NUMBER})\s+(?P<rest>[a-z][^;]*)$", re.I)
# "Of these, the victim was aged 12 or under at the time of the offence in 46 offences": the part last
_OF_THOSE_IN = re.compile(rf"^\s*of (?:those|these|them|which|this number|the above)\s*,?\s*(?P<rest>[a-z][^;]*?)\s+in\s+"
                          rf"(?P<part>{NUMBER})\s*(?:of (?:them|these|those)|offences|crimes|cases)?\s*\.?$", re.I)


def part_of_previous(sentence: str) -> tuple[int, dict] | None:
    """"Of those, 151 had the online crime flag applied": a part of the figure just given,
    with what the rest of the sentence says it is (the online flag, an outcome, a gender);
    None where it says nothing this reader places."""
    if not (m := _OF_THOSE.match(sentence) or _OF_THOSE_IN.match(sentence)) or periods_in(sentence) \
            or counts_in(m.group("rest")) or not (dims := _part_dims(m.group("rest"))):
        return None
    return to_int(m.group("part")), dims


def _part_dims(rest: str) -> dict | None:
    """What the words about a part of a whole say it is: the online flag, an outcome, a
    victim's gender, an age band; None (or nothing) where they say something else or nothing placed."""
    ages = age_scope(rest)
    rest = without_age_bands(rest) if ages else rest
    online = says_flagged_online(rest)
    dims = _clause_dims(rest, True, online)
    if dims is None:
        return None
    return {**dims, **ages, **({"online_flag": "true"} if online else {})}


def states_online(text: str) -> bool:
    """True when a question asks about the online/cyber flag or use of the internet
    ("online grooming", an offence's name, is not the flag)."""
    return bool(_ONLINE.search(text))


def says_flagged_online(text: str) -> bool:
    """Whether words say their figures carry the online flag ("carried the online flag"), and
    not that they lack it ("not flagged online", "without the cyber flag"), in the sentences
    that speak of the flag (not "… is not held for 2021/22. For 2023/24 the 431 online flagged
    offences are shown below"), and in their clauses that do (not "… to which the online flag has been
    applied, counted by crime, not by victim")."""
    said = [s for s in sentences(text) if states_online(s)] if _NOT_ONLINE.search(text) else [text]
    return bool(said) and states_online(said[0]) and not any(_negated_online(s) for s in said)


def _negated_online(sentence: str) -> bool:
    """Whether a sentence speaking of the flag denies it: a negation in a clause that names the
    flag, or ending the clause before it ("… were not, at the time, flagged online")."""
    clauses = re.split(r"\s*[,;:]\s*", sentence)
    return any(_NOT_ONLINE.search(clause) or any(re.search(r"\b(?:not|no)$", before, re.I) for before in clauses[:n])
               for n, clause in enumerate(clauses) if states_online(clause)) or not any(states_online(c) for c in clauses)


_OPEN_COUNT = r"\d[\d,]* (?:open|ongoing|live) investigations\b"  # "64 open investigations": how many were open
_OUTCOME_WORDS = {"charged": re.compile(r"\bcharged\b|\b(?:resulted|ended|results) in (?:a )?charges?\b|"
                                         r"\boutcome of (?:a )?charge\b|\bcharge ?(?:/|or) ?summons\b", re.I),
                  "cautioned": re.compile(r"\bcautioned\b|\b(?:resulted|ended|results) in (?:a )?cautions?\b", re.I),
                  # an investigation with no outcome yet is the outcome "ongoing"
                  "ongoing": re.compile(r"\bstill (?:under investigation|being investigated)\b|"
                                        r"\b(?:have|has|had|with|given) no outcome\b|\bawaiting (?:an )?outcome\b|"
                                        r"\binvestigations? (?:is |are |remains? )?(?:still )?(?:ongoing|open)\b|"
                                        rf"\b{_OPEN_COUNT}", re.I),
                  # Scotland's outcome: "How many of these crimes have been detected?" (not "detected by officers …" or
                  # "detected as a result of …", which say how they came to light)
                  "detected": re.compile(r"\b(?:(?:have|has|had) been|were|was) detected(?=\s*(?:[?.;,)]|$|(?:to date|so far)\b))",
                                         re.I)}


def platforms_named(text: str) -> set[str]:
    """The platforms a text names ("Snapchat, WhatsApp, Instagram or TikTok")."""
    return {value for name, value in PLATFORMS.items() if re.search(rf"\b{re.escape(name)}\b", text, re.I)}


def single_platform(text: str) -> str | None:
    """The one platform a question names, where it names exactly one."""
    found = platforms_named(text)
    return found.pop() if len(found) == 1 else None


def first_ask(question: str) -> str:
    """A question's first count asked, where it asks several ("how many offences were
    recorded, and how many of them were flagged as online?"): what the question says of
    all its figures is said there (its later asks are of some of them)."""
    asks = list(_COUNT_ASKED.finditer(question))
    return question[:asks[1].start()] if len(asks) > 1 else question


def single_outcome(text: str) -> str | None:
    """The one outcome a question's first count asks about ("how many were later charged");
    in "how many suspects …? … how many of these were charged?" it is the second's only."""
    text = first_ask(text)
    found = [name for name, pattern in _OUTCOME_WORDS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


_COUNT_ASKED = re.compile(r"\bhow many\b|\bthe number of\b", re.I)
# "the number of suspects …, by age group": whom the question counts is whose ages split it
_COUNTED_BY_AGE = r"[^.?;]{0,80}\bby (?:their )?age\b"
_AGE_OF_SUSPECT = re.compile(r"\bages? of (?:the |each )?(?:suspects?|offenders?|perpetrators?|accused|person)\b|"
                             r"\bages?(?: bands?| groups?| ranges?)? and (?:the )?(?:gender|sex) of (?:the |each )?(?:suspects?|offenders?|perpetrators?)\b|"
                             r"\b(?:suspects?|offenders?|perpetrators?)(?:'s|’s|s'|s’)? ages?\b|"
                             r"\bnumber of (?:suspects|offenders|perpetrators)\b" + _COUNTED_BY_AGE + "|"
                             # "Suspects linked to 86/2 crimes, by age at the time of the offence"
                             r"\b(?:suspects|offenders|perpetrators)\b[^.?;]{0,60}\b(?:by|(?:broken down|split) (?:by|into)) (?:their |the )?age\b", re.I)
_AGE_OF_VICTIM = re.compile(r"\bages? of (?:the |each )?(?:victims?|child|children)\b|\b(?:victims?|child)(?:'s|’s|s'|s’)? ages?\b|"
                            # "broken down by the age band and the gender of the victim"
                            r"\bages?(?: bands?| groups?| ranges?)? and (?:the )?(?:gender|sex) of (?:the |each )?(?:victims?|child|children)\b|"
                            r"\bnumber of victims\b" + _COUNTED_BY_AGE, re.I)


def ages_of(question: str) -> str:
    """Whose age a question asks its figures broken down by: "suspect" for "broken down by
    the age of the suspect", "victim" for the victim's, '' when it names neither or both."""
    suspect, victim = bool(_AGE_OF_SUSPECT.search(question)), bool(_AGE_OF_VICTIM.search(question))
    return "suspect" if suspect and not victim else "victim" if victim and not suspect else ""


# people named by what was done to them as suspects: "the persons reported to the Procurator Fiscal", "people arrested"
_AS_SUSPECTS = (r"(?:persons?|people|individuals)\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:arrested|charged|summonsed|cautioned|"
                r"convicted|prosecuted|reported\s+to\s+the\s+procurator\s+fiscal)")
_WHO = rf"(?P<who>suspects?|offenders?|perpetrators?|accused(?: (?:persons?|people))?|{_AS_SUSPECTS})"
_BAND = (r"(?:aged\s+(?P<a>\d{1,2})\s+(?:and|or)\s+(?:under|younger|below)|aged\s+(?:under|below)\s+(?P<b>\d{1,2})|"
         r"(?:aged\s+)?under\s+the\s+age\s+of\s+(?P<c>\d{1,2})|aged\s+(?P<d>\d{1,2})\s*(?:-|–|to)\s*(?P<e>\d{1,2}))")
# "a suspect aged 18 or over": a band with no upper age, said of whom it is (not "an adult aged 18 or over
# communicating sexually with a child", an offence's definition)
_OPEN_BAND = r"aged\s+(?P<o>\d{1,2})\s+(?:and|or)\s+(?:over|above|older)"
_SUSPECT_BAND = re.compile(rf"\b{_WHO}\s+(?:(?:who\s+)?(?:was|were|is|are)\s+)?(?:(?:also|too|themselves|both|himself or herself|herself or himself|himself|herself)\s+)?"
                           rf"(?:{_BAND}|{_OPEN_BAND}|under\s+(?P<f>\d{{1,2}})\b|"
                           # "was the suspect also a child (under 18)"
                           rf"(?:an?\s+)?(?:child|juvenile|minor|young person)\s*\(\s*(?:aged\s+)?under\s+(?P<h>\d{{1,2}})\s*\))", re.I)
_VICTIM_BAND = re.compile(rf"\b{_BAND}|\bvictims?\s+(?:(?:who\s+)?(?:was|were|is|are)\s+)?(?:under\s+(?P<g>\d{{1,2}})\b|{_OPEN_BAND})", re.I)


_BAND_BEFORE_SUSPECT = re.compile(r"\bunder[-\s](\d{1,2})s?\s+(?:suspects?|offenders?|perpetrators?)\b", re.I)
# "How many children (under 18) were arrested …": the children are the ones arrested, so the band is a suspect's
_CHILDREN_ARRESTED = re.compile(r"\b(?:children|juveniles|young people)\s*(?:\(\s*(?:aged\s+)?under\s+(\d{1,2})\s*\)\s*)?"
                                r"(?:who\s+)?(?:were|have been|had been)\s+(?:arrested|charged|cautioned|summonsed)\b", re.I)


# the victim as a Home Office title names them, a band following ("Rape of a female aged under 16",
# "Sexual assault on a male aged 13 and over")
_OFFENCE_TITLE_PARTY = re.compile(r"\b(?:rape|assault|activity|offences?) (?:of|on|with) an? (?:fe)?male\s+$", re.I)


_PARTY = re.compile(rf"\b(?:(?P<victim>victims?)|(?P<suspect>suspects?|offenders?|perpetrators?|accused|{_AS_SUSPECTS}))\b", re.I)


def _last_party(text: str) -> str:
    """Whom the clause a band closes speaks of: the last victim or suspect named in it."""
    clause = re.split(r"[.;:?]|\band\s+(?:how|the number|what)\b", text)[-1]
    found = [m.lastgroup for m in _PARTY.finditer(clause)]
    return found[-1] if found else ""


def age_scope(question: str) -> dict[str, str]:
    """The age band a question limits what it counts to, as breakdown dimensions: a
    suspect's ("where the suspect was under the age of 18", "with a suspect under 18")
    or, where the question says "aged" ("missing children (aged 17 and under)"), the
    victim's. "Children under 18" only says what a child is, so it sets no band (but "children
    (under 18) were arrested" are suspects, and the band is theirs)."""
    found: set[tuple[str, int, int]] = set()
    suspect_spans = []
    for m in _SUSPECT_BAND.finditer(question):
        found.add(("suspect", *_band(m)))
        suspect_spans.append(m.span())
    for m in _BAND_BEFORE_SUSPECT.finditer(question):  # "How many of the under 18 suspects …"
        found.add(("suspect", 0, int(m.group(1)) - 1))
        suspect_spans.append(m.span())
    for m in _CHILDREN_ARRESTED.finditer(question):
        found.add(("suspect", 0, int(m.group(1) or 18) - 1))
        suspect_spans.append(m.span())
    for m in _VICTIM_BAND.finditer(question):
        if _OFFENCE_TITLE_PARTY.search(question[:m.start()]):
            continue  # "rape of a female aged under 16 (19D)": an offence's title, not the request's band
        if not any(a <= m.start() < b for a, b in suspect_spans):
            # "… and the suspect was also a child (aged 10 to 17)": the band of whom the clause is about
            found.add(("suspect" if _last_party(question[:m.start()]) == "suspect" else "victim", *_band(m)))
    if len({who for who, _, _ in found}) != len(found):
        return {}  # two bands for one person: the question's parts differ, so none is the scope
    return {k: str(v) for who, lo, hi in found for k, v in ((f"{who}_age_min", lo), (f"{who}_age_max", hi)) if v is not None}


# a sentence saying what the request means by a child, not narrowing what it asks: "For clarity, a
# child here means anyone aged 15 or under", "I am interested in victims aged 17 and under only"
_DEFINES_CHILD = re.compile(r"\bchild(?:ren)?\b[^.]{0,20}?\b(?:means?|refers? to|is defined as|I mean)\b|"
                            r"\bfor (?:the avoidance of doubt|clarity)\b|\bI am (?:only )?interested (?:only )?in\b", re.I)


# "where the victim was a child (aged under 18)", "a child (aged under 18 at the time of the offence)", "children
# (victims under 18)": the brackets say what "a child" is (where "missing children (aged 17 and under)" gives the
# band the request counts in, as its writers read it)
_A_CHILD_AGED = re.compile(r"\bchild(?:ren)?\s*\(\s*(?:i\.?e\.?,?\s+)?(?:(?:victims?|persons?|people|those|anyone)\s+)?"
                           r"(?:aged\s+)?under\s+(?:the\s+age\s+of\s+)?18"
                           r"(?:,?\s+at\s+the\s+time\s+of\s+(?:the\s+)?(?:offences?|crimes?|incidents?|report))?\s*\)", re.I)


def child_said_under_18(text: str) -> bool:
    """Whether a text says in brackets that the child it asks about is one under 18: what a
    child is, not a band of what it counts."""
    return _A_CHILD_AGED.search(text) is not None


def defines_child(text: str) -> bool:
    """Whether every age band a question names is in a sentence defining what it means by a
    child: a band that, for an offence against children in law, says nothing more."""
    banded = [s for s in sentences(text) if _VICTIM_BAND.search(s)]
    return bool(banded) and all(_DEFINES_CHILD.search(s) for s in banded)


def bands_named(text: str) -> list[tuple[int, int]]:
    """Every age band a text names, a suspect's or a victim's ("aged 13 to 17", "children under 13")."""
    return [_band(m) for pattern in (_SUSPECT_BAND, _VICTIM_BAND, _CHILDREN_UNDER) for m in pattern.finditer(text)]


# "children under 13": a band; "children under 18" only says what a child is
_CHILDREN_UNDER = re.compile(r"\b(?:children|child|girls?|boys?)\s+under\s+(?P<b>(?!18\b)\d{1,2})\b", re.I)


# a band and the words of years after it: "where the suspect was under 18 years of age"
_YEARS_AFTER = r"(?:\s+years?(?:\s+of\s+age|\s+old)?\b)?"
_SUSPECT_BAND_SAID = re.compile(rf"(?:{_SUSPECT_BAND.pattern}){_YEARS_AFTER}", re.I)
_VICTIM_BAND_SAID = re.compile(rf"(?:{_VICTIM_BAND.pattern}){_YEARS_AFTER}", re.I)


def without_age_bands(text: str) -> str:
    """A question's words less the age bands it names ("victims under 18")."""
    return _VICTIM_BAND_SAID.sub(" ", _SUSPECT_BAND_SAID.sub(" ", text))


def _band(m: re.Match) -> tuple[int, int | None]:
    groups = m.groupdict()
    if groups.get("o"):
        return int(groups["o"]), None
    if groups.get("d"):
        return int(groups["d"]), int(groups["e"])
    if groups.get("a"):
        return 0, int(groups["a"])
    return 0, int(next(groups[k] for k in ("b", "c", "f", "g", "h") if groups.get(k))) - 1


# --- who is speaking, and refusals --------------------------------------------------------------

# (not "Please note …", "Please be aware that 37 …", as forces write a note of their own)
_REQUESTER = re.compile(r"\bplease\b(?! (?:note|be aware|be advised)\b)|\bi would like\b|\bi request\b|\bcould you\b|\bcan you\b|\bi am requesting\b|\bwould you\b", re.I)
# (not "When the data was extracted, 126 … were still under investigation", the force's own time)
_CONDITIONAL = re.compile(r"^(?:if|where|should)\b|^when\b(?! (?:the )?(?:data|figures|information) (?:was|were) "
                          r"(?:extracted|retrieved|collected|run|compiled)\b)", re.I)


def asks(sentence: str) -> bool:
    """A sentence in the requester's voice ("please", "I would like")."""
    return bool(_REQUESTER.search(sentence))


def requester_voice(sentence: str) -> bool:
    """A sentence that asks or lays down a condition, rather than stating an answer."""
    return asks(sentence) or bool(_CONDITIONAL.match(sentence.strip()))


_NCND = re.compile(r"neither confirm nor deny|not confirm or deny|not confirm nor deny|\bNCND\b|confirm or deny whether", re.I)
_COST = re.compile(r"appropriate (?:\(cost\) )?limit|cost limit|fees? limit|time and cost|time/cost|cost grounds|"
                   r"\(cost\) limit|costs? (?:would )?exceed|exceed(?:s|ed)? the (?:cost|appropriate)|18 hours|\b(?:18|24) ?hours? (?:threshold|limit)|£450|£600|fees regulations",
                   re.I)
# "Our estimated cost of answering (2.5 hours) was within the appropriate limit": no refusal
_WITHIN_LIMIT = re.compile(r"\b(?:was|is|were|are|falls?|fell|came|comes)\s+(?:well\s+)?(?:within|below|under|less than) the "
                           r"(?:appropriate |cost |fees? )?(?:\(cost\) )?limit\b|\b(?:did|does|do) not exceed\b|"
                           # advice: "… we would then consider whether that can be answered within the cost limit"
                           r"\b(?:can|could|may|might)\s+(?:then\s+)?be\s+(?:answered|provided|met|dealt with|complied with)\s+"
                           r"within the (?:appropriate |cost |fees? )?limit\b", re.I)
_NOT_HELD = re.compile(r"\bnot held\b(?!\s+(?:in|as|on)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:searchable|retrievable|reportable|structured|extractable|readily|easily)\b)|\bwas not (?:in use|captured|collected)\b|\bwere not (?:in use|captured|collected)\b|\bdoes not hold\b|\bdo not hold\b|\bno (?:recorded )?information (?:is )?held\b|\bholds no (?:recorded )?information\b", re.I)
_EXEMPT = re.compile(r"\bexempt\b|\bwithh[oe]ld|\bexemption\b|\brefus", re.I)
_PARTIAL = re.compile(r"\bpart of (?:it|what|the information)|\bpartial(?:ly)?\b|\bsome of the information\b", re.I)

# "Sections 31(1)(a) and (b)": the letters after "and" belong to the same subsection
_SECTION = re.compile(r"\b(?:section|sections|s\.|s)\s?(\d{1,2})((?:\s?\(\s?[0-9a-z]{1,4}\s?\))*(?:\s*(?:,|and|&)\s*\([a-z]\))*)", re.I)
_EXEMPTION_NUMBERS = {12, 14} | set(range(21, 45))
_ROMAN = re.compile(r"i{1,3}|iv|vi{0,3}|ix|x", re.I)


# the Act a run of sections is of ("sections 24, 23 … of the Sexual Offences (Scotland) Act 2009")
_OF_AN_ACT = re.compile(r"(?:\s*(?:,|and|&|or)\s*\d{1,3}[a-z]?(?:\(\w{1,3}\))*)*\s+of\s+the\s+([^.;]{3,80}?\bAct\b)", re.I)
_FOI_ACT = re.compile(r"\bfreedom of information\b|\bFOI(?:S)?A\b", re.I)


def sections_in(text: str) -> list[str]:
    """FOIA exemption sections cited ("Section 31(1)(a)(b)" -> 31(1)(a), 31(1)(b)); the
    duty (s.1), refusal-notice (s.17) and other procedural sections are left out."""
    found: list[str] = []
    for m in _SECTION.finditer(text):
        number = int(m.group(1))
        if number not in _EXEMPTION_NUMBERS or ((act := _OF_AN_ACT.match(text, m.end())) and not _FOI_ACT.search(act.group(1))):
            continue  # "offences under sections 24, 23, 33 and 34 of the Sexual Offences (Scotland) Act 2009": another Act's
        parts = re.findall(r"\(\s?([0-9a-zA-Z]{1,4})\s?\)", m.group(2))
        numeric = [p for p in parts if p[0].isdigit()]  # "(2)", "(5B)"
        letters: list[str] = []
        for part in (p for p in parts if not p[0].isdigit()):
            if letters and _ROMAN.fullmatch(part) and not _ROMAN.fullmatch(letters[-1]):
                letters[-1] += f")({part}"  # "40(5B)(a)(i)": a point of paragraph (a), not another paragraph
            else:
                letters.append(part)
        head = f"{number}" + "".join(f"({p})" for p in numeric[:1])
        found.extend([f"{head}({letter})" for letter in letters] if letters else [head])
    return most_specific(found)


def most_specific(sections: list[str]) -> list[str]:
    """Sections without repeats, leaving out one that a more specific citation covers
    (40 beside 40(2))."""
    unique = list(dict.fromkeys(sections))
    return [s for s in unique if not any(o != s and o.startswith(s + "(") for o in unique)]


# "We have not needed to consider section 12", "section 12 does not apply": a section named as not relied on
_NOT_RELIED_ON = re.compile(r"\bnot (?:needed |had |been necessary )?(?:to )?(?:consider(?:ed)?|appl(?:y|ied)|rel(?:y|ied) on|us(?:e|ed)|engag(?:e|ed))\b"
                            r"[^.;]{0,40}\b(?:section|s\.?)\s?\d|\b(?:section|s\.?)\s?\d+[^.;]{0,40}\b(?:does|did|do) not (?:apply|arise)\b", re.I)


def disclaims_section(sentence: str) -> bool:
    """Whether a sentence names a section only to say it was not relied on."""
    return bool(_NOT_RELIED_ON.search(sentence))


def refusal_kind(sentence: str) -> str | None:
    """ncnd | cost | not_held | partial | exempt, or None for a sentence that refuses nothing."""
    if requester_voice(sentence):
        return None
    if _NCND.search(sentence):
        return "ncnd"
    disclaimed = disclaims_section(sentence)
    if not disclaimed and (_COST.search(sentence) or re.search(r"\bsection 12\b|\bs\.?\s?12\b", sentence, re.I)) \
            and not _WITHIN_LIMIT.search(sentence):
        return "cost"
    if _NOT_HELD.search(sentence):
        return "not_held"
    if disclaimed:
        return None
    if _PARTIAL.search(sentence) and _EXEMPT.search(sentence):
        return "partial"
    if _EXEMPT.search(sentence):
        return "exempt"
    return None


_BREAKDOWN = re.compile(r"\b(?:breakdown|broken down|split (?:by|into)|by (?:victim |suspect )?(?:age|gender|sex|ethnicity|platform|offence|month)|"
                        r"age (?:bands?|groups?|ranges?)|ages? of (?:the )?(?:victims?|suspects?))\b", re.I)


def refuses_breakdown(sentence: str) -> bool:
    """A refusal that names a breakdown ("we cannot provide the age breakdown within the
    cost limit") refuses that breakdown, not the figures it breaks down."""
    return bool(_BREAKDOWN.search(sentence))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+(?=[A-Z(\"'‘“])", text) if s.strip()]


# --- questions ----------------------------------------------------------------------------------

_QUESTION_LIKE = re.compile(r"\bhow many\b|\bthe number of\b|^(?:for [^,]{1,40}, )?the (?:ages?|genders?|sex|outcomes?) of\b(?![^.]*\b(?:is|are|was|were|has|have)\b)|\?\s*$|\bplease\b|\bwhich\b.*\bused\b|\bprovide\b|\bbreakdown\b|\blist\b", re.I)


# "… the number of children with an open CSE risk assessment was:": it says, it does not ask (a verb of
# a clause inside what is counted, "the number of crimes where the victim was aged under 18", says nothing)
_NUMBER_STATED = re.compile(r"\bthe number of\b(?:(?!\b(?:where|who|whose|which|that|when|if)\b)[^?])*"
                            r"\b(?:was|were|is|are|stood at|stands at|came to)\b[^?]*$|"
                            # "… who received a youth caution was <5 in each of the three years": the count, after any clause
                            r"\bthe number of\b[^?]*\b(?:was|were)\s+(?:<\s*|≤\s*|fewer than |less than )?\d[\d,]*"
                            r"(?!\s*(?:or (?:under|younger|over|older)|and (?:under|over)|years?)\b)(?![\d,])[^?]*$", re.I)


def question_like(text: str) -> bool:
    return bool(_QUESTION_LIKE.search(text)) and not (_NUMBER_STATED.search(text) and not re.search(
        r"\bhow many\b|\?|\bplease\b", text, re.I))


_NAMES_ASKED = re.compile(r"\bnames?\s+of\b|\b(?:list|provide|give|tell me)\b[^.?]{0,20}\bnames?\b", re.I)
_COUNTING = re.compile(r"\bhow many\b|\bnumbers?\b|\bcounts?\b|\btotals?\b|\bfigures?\b|\bstatistics\b|\bbreakdown\b", re.I)


GIVEN = r"(?:shown|given|stated|printed|listed|recorded|reported|published|provided|disclosed)"
EARLIER = r"(?:originally|previously|first|wrongly|incorrectly)"  # "was originally given as 41": a figure put right since
# words saying the reply puts a figure of its own right
CORRECTING = re.compile(rf"\b(?:previously|originally) {GIVEN} as\b|"  # "381 (previously given as 318)"
                        r"\b(?:amend|correct|error|revis|mistake|duplicat|superseded|re-?issued|wrong|transpos|typo|"
                        r"should (?:have )?(?:read|been)|should be)"
                        rf"|\b(?:{NUMBER}),? not (?:{NUMBER})\b", re.I)  # "is 23, not 32": a figure put right says so by itself


_EACH_COUNTED = re.compile(r"how many\b[^.?;]*\beach(?: one| [a-z]+(?: or [a-z]+)?| of (?:them|these|those))?\s*(?:[?.]|$)", re.I)  # "… each platform"


def _ask_words(question: str, ask: re.Match) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z]+", question[ask.end():].lower())[:4])


_READING_NOTE = re.compile(r"^\W*(?:please (?:read|note|see|refer)|(?:this|it) (?:should|must) be read)\b", re.I)


def figures_asked(question: str) -> int:
    """How many figures one question asks for: one per 'how many', one per item joined on
    ("…, together with the outcome of each"), and the thing named before a first 'how many'
    ("The ages of the suspects, and how many were …"); none for a question asking for names
    ("The names of any schools attended by the victims"), at least one otherwise."""
    if _NAMES_ASKED.search(question) and not _COUNTING.search(question):
        return 0
    asks = list(re.finditer(r"\bhow many\b", question, re.I))
    # the question said again in the reply's words ("How many suspects for those offences were …"): one ask
    asks = [m for n, m in enumerate(asks) if _ask_words(question, m) not in {_ask_words(question, e) for e in asks[:n]}]
    # (not in a note on how to read the reply: "Please read this workbook together with the covering letter")
    joined = sum(len(re.findall(r"\b(?:together with|along with|as well as)\b", sentence, re.I))
                 for sentence in sentences(question) if not _READING_NOTE.match(sentence))
    named_first = bool(asks) and bool(re.search(r"\band\s*$", question[:asks[0].start()], re.I))
    if named_first and _EACH_COUNTED.match(question, asks[0].start()):
        named_first = False  # "which apps were used, and how many offences involved each one": the list's counts
    return max(1, len(asks) + joined + named_first)


_STOP = set("""a an the of your you force has have had were was is are did do does been by many how number
that which with to and or any all for in on at from between during over since each per this these those
these their its it be as if please say provide give tell me us list i would like could can there recorded
record records total split broken down most recent financial calendar year years also what proportion
who whom where when why information following data details figures supply
january february march april may june july august september october november december""".split())


_DELIMITERS = {"for", "in", "between", "from", "during", "over", "since", "covering", "split", "broken", "where",
               "when", "within", "under", "as", "at", "per", "each", "including"}


def measure_slug(question: str) -> str:
    """A measure name from a question's words: 'How many cases had a CSE flag applied' ->
    'cases_cse_flag_applied' (at most six words; '' when no word says what is counted)."""
    text = re.sub(r"\([^)]*\)|[\"'‘’“”]", " ", question.lower())
    if m := re.search(r"\bhow many\b|\bthe number of\b", text):
        text = text[m.end():]
    words: list[str] = []
    for token in re.findall(r"[a-z][a-z0-9]*|[,;:?.]", text):
        if token in _DELIMITERS or token in ",;:?.":
            if words:
                break
            continue
        if token not in _STOP:
            words.append(token)
    return "_".join(words[:6])


_WORD = r"[a-z][a-z-]*"
_WORD_LIST = rf"{_WORD}(?:\s*,\s*{_WORD})*,?\s+(?:and|or)\s+{_WORD}"
# "how many incidents were graded high, medium and low risk", "… classed as red, amber or green"
_GRADED_AS = re.compile(rf"(?P<what>.+?)\s+(?:were|was|are|is|have been|has been|had been)\s+"
                        rf"(?:graded|assessed|rated|classed|classified|categori[sz]ed|risk[- ]assessed)\s+(?:as\s+)?"
                        rf"(?P<list>{_WORD_LIST})(?:\s+(?P<noun>{_WORD}))?", re.I)
# "… by risk level (high, medium and low)"
_BY_LIST = re.compile(rf"(?P<what>.+?)\s+(?:by|into)\s+(?P<noun>{_WORD}(?:\s+{_WORD}){{0,2}})\s*\((?P<list>{_WORD_LIST})\)", re.I)
# "… by risk level": the kinds are the answer's, each named with its noun ("High risk")
_BY_LEVEL = re.compile(rf"(?P<what>.+?),?\s+(?:broken down |split )?by (?:the )?(?P<noun>{_WORD}) (?:level|category|grade|grading|rating)s?\b", re.I)
# "… broken down by the type of location", "… by location type": kinds the answer names, in any words,
# unless what they are of is a dimension foistats knows
_BY_TYPE = re.compile(rf"(?P<what>.+?),?\s+(?:broken down |split |categori[sz]ed )?by (?:the )?"
                      rf"(?:(?:type|kind|category|nature) of (?:the )?(?P<noun>{_WORD})|(?P<noun2>{_WORD}) (?:type|kind|category)s?)\b", re.I)
_DIMENSION_NOUNS = {"offence", "offences", "crime", "crimes", "age", "ages", "gender", "sex", "outcome", "outcomes", "disposal",
                    "platform", "platforms", "app", "apps", "website", "websites", "site", "year", "month", "period", "victim",
                    "suspect", "offender", "system", "flag", "classification", "code"}
# "… where they were reported missing from:" — the answer's rows complete it
_OPEN_LIST = re.compile(r"(?P<what>.+?\b(?:from|as|to|at|in|into|under|by))\s*:\s*$", re.I)


@dataclass(frozen=True)
class Categories:
    """The kinds a question splits what it counts into, in its own words ("graded high,
    medium and low risk"): a row so labelled counts that kind, the question's measure
    narrowed, not a dimension foistats knows. ``words`` is empty where the answer names
    the kinds: after "by risk level" each with the noun ("High risk"), after a question
    left open ("reported missing from:") in any words."""

    what: str  # the question's words for what is counted, without the kinds
    words: tuple[str, ...]
    noun: str  # what the kinds are of ("risk"), '' where the question does not say


def categories_in(question: str) -> Categories | None:
    """The kinds a question names for what it counts, or leaves open with a colon."""
    text = re.sub(r"\s+", " ", question.strip())
    for pattern in (_GRADED_AS, _BY_LIST):
        if m := pattern.search(text):
            words = tuple(w.strip().lower() for w in re.split(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", m.group("list")) if w.strip())
            noun = (m.group("noun") or "").lower()
            if noun in _STOP or noun in _DELIMITERS:
                noun = ""
            return Categories(m.group("what"), words, noun)
    if m := _BY_LEVEL.search(text):
        return Categories(m.group("what"), (), m.group("noun").lower())
    if (m := _BY_TYPE.search(text)) and (m.group("noun") or m.group("noun2")).lower() not in _DIMENSION_NOUNS:
        return Categories(m.group("what"), (), "")
    if m := _OPEN_LIST.search(text):
        return Categories(m.group("what"), (), "")
    return None


_UNITS = [("people", r"\bpeople\b|\bpersons?\b|\bindividuals\b"), ("suspects", r"\bsuspects?\b|\boffenders?\b|\bperpetrators?\b"),
          ("victims", r"\bvictims?\b"), ("cases", r"\bcases?\b"), ("referrals", r"\breferrals?\b"),
          ("images", r"\bimages?\b|\bpictures?\b|\bphotographs?\b"), ("notices", r"\bnotices?\b"),
          ("offences", r"\boffences?\b|\bcrimes?\b")]


# "how many of the suspects", "how many individual suspects": what is counted, named before any verb
# ("how many had a suspect aged under 18" counts offences)
_HOW_MANY_OF = re.compile(r"\bhow many (?:of (?:the|these|those) )?(?:(?!(?:had|have|has|were|was|are|is|did|do|does|resulted|involved)\b)"
                          r"[a-z]+ ){0,2}?(?=[a-z]+\b)", re.I)
# "list the platforms used by the offender, with the number of offences for each": what is counted, asked as a number
_NUMBER_OF = re.compile(r"\bthe (?:total )?number of (?:the |these |those )?(?=[a-z]+\b)", re.I)


def noun_counted(question: str) -> str | None:
    """The word a question asks how many of ("how many investigations into …" -> investigations),
    or the number of ("with the number of offences for each" -> offences)."""
    if not (m := _HOW_MANY_OF.search(question) or _NUMBER_OF.search(question)):
        return None
    # (past the initials or the flag that name what kind: "how many CSE investigations", "the number of online offences")
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", question[m.end():m.end() + 60], re.I)[:3]
    noun = next((w for w in words if not (re.fullmatch(r"[A-Z]{2,5}", w) or w.lower() in _KIND_WORDS)), None)
    return noun.lower() if noun else None


_KIND_WORDS = frozenset({"online", "cyber", "cyber-enabled", "cyber-flagged", "online-flagged", "flagged"})


def unit_for(question: str) -> str:
    """What a question counts: what it asks how many of ("For those offences, how many of the
    suspects …" counts suspects); else the first of people, suspects, victims, cases… it names
    (offences when it names none)."""
    if noun := noun_counted(question):
        asked = [unit for unit, pattern in _UNITS if re.fullmatch(pattern, noun, re.I)]
        if asked:
            return asked[0]
    first = None
    for unit, pattern in _UNITS:
        found = (m for m in re.finditer(pattern, question, re.I) if not _WHOSE.search(question[:m.start()]))
        if (m := next(found, None)) and (first is None or m.start() < first[1]):
            first = (unit, m.start())
    return first[0] if first else "offences"


# "The age of the victim for those offences": whose age is asked, not what is counted
_WHOSE = re.compile(r"\b(?:ages?|genders?|sex|ethnicity)(?: (?:and|or|/) (?:ages?|genders?|sex|ethnicity))? of (?:the |each |any )?$", re.I)


# --- figures written in sentences -------------------------------------------------------------

_AMOUNT = rf"(?P<n>{NUMBER}|{WORD_NUMBER})"
_PROSE_FIGURES = [
    re.compile(rf"(?:^|[,;:]\s+|[\"”’')]\s+|\b(?:in all|in total|overall|altogether|(?:during|in|over|for) (?:this|that|the) (?:period|time|year)),?\s+){_AMOUNT}\s+(?P<noun>[a-z][a-z -]{{2,60}}?)\s+(?:were|was|have been|had been|has been)\s+(?:recorded|reported|identified|received|charged|cautioned|arrested)\b", re.I),
    re.compile(rf"\bthere (?:have been|were|was|are)\s+{_AMOUNT}\s+(?P<noun>[a-z][a-z -]{{2,40}}?)\s+(?:recorded|reported)\b", re.I),
    re.compile(rf"\b(?:the|a) total\b[^.;]{{0,80}}?\b(?:is|was|were|of|came to|stands at|amounts to)\s+{_AMOUNT}\b(?!\s*(?:%|per ?cent))", re.I),
    re.compile(rf"\bthe number of\b[^.;\d]{{0,80}}?\b(?:is|was|came to|stands at)\s+{_AMOUNT}\b(?!\s*(?:%|per ?cent))", re.I),
    # "Over the four years this is 526 crimes": the figures above, added up
    re.compile(rf"\b(?:this|that) (?:is|was|comes to|came to|makes|made)\s+{_AMOUNT}\s+(?P<noun>offences|crimes|cases|incidents|victims)\b", re.I),
]


# "No arrests matching these criteria have been recorded": a zero in words. "No information
# is held" is not a zero but a refusal, so what is counted must not be information or data.
_NONE_RECORDED = re.compile(
    r"^(?:there (?:were|have been|has been|was) )?no (?P<noun>(?!(?:information|data|records?|details|figures)\b)[a-z][a-z -]{2,60}?)"
    r"\s+(?:have been|has been|were|was|had been)\s+(?:recorded|reported|made|identified|charged|cautioned|arrested)\b", re.I)


# "… were identified for the period you gave": the whole span the request asked about
_WHOLE_ASKED = re.compile(r"\b(?:for|over|in|during|across|covering) (?:the|your|this) (?:whole |entire )?(?:time |date )?"
                          r"(?:period|timeframe|time frame|time period|date range|range)s? (?:you (?:gave|asked|requested|specified|stated|gave us)|"
                          r"(?:requested|asked|specified|in question|of (?:your|the) request))\b", re.I)


# "for the three years combined", "Across the three years", "over all three years together": the years asked, as one
_YEARS_TOGETHER = re.compile(r"\b(?:for|over|across|in|during|covering) (?:the|all|all the|these|those) (two|three|four|five|\d) "
                            r"(?:(?:financial|calendar) )?years\b(?! (?:before|after|ago|to come))", re.I)


def whole_period_asked(sentence: str, years_asked: int = 0) -> bool:
    """Whether a sentence gives its figure over the whole period the request asked: "for the
    period you requested"; or, where it asked ``years_asked`` years, "for the three years
    combined" (a sentence counting those years one by one names them, so this is their sum)."""
    if _WHOLE_ASKED.search(sentence):
        return True
    said = _YEARS_TOGETHER.search(sentence)
    count = (int(said.group(1)) if said.group(1).isdigit() else word_number(said.group(1))) if said else None
    return years_asked > 1 and count == years_asked


# "… the figure covers the whole period 1 April 2021 to 31 March 2024": the period of the figure said before it
_FIGURE_COVERS = re.compile(r"\b(?:the|this|that) (?:figure|number|count|total)s? (?:covers?|relates? to|is for|are for|runs? from|spans?)\s+"
                            r"(?:the (?:whole |full |entire )?period\s+)?(?:from\s+)?", re.I)


def figure_covers(sentence: str) -> Period | None:
    """The one period a sentence says the figure before it covers ("It has not been possible to
    break this figure down by year; the figure covers the whole period 1 April 2021 to 31 March
    2024"); None where it says no such thing, or names no one period."""
    if not (m := _FIGURE_COVERS.search(sentence)):
        return None
    periods = [p for mention in periods_in(sentence[m.end():]) for p in mention.periods]
    return periods[0] if len(periods) == 1 and not counts_in(sentence) else None


@dataclass(frozen=True)
class ProseFigure:
    value: int
    is_total: bool
    text: str


def prose_figures(sentence: str) -> list[ProseFigure]:
    """Figures a force states in a sentence, in the few shapes that say plainly what they
    count ("In all, 78 sexual offences were recorded…", "the total … is eight")."""
    if m := _NONE_RECORDED.match(sentence.strip()):
        return [ProseFigure(0, False, m.group(0))]
    if _SAID_BEFORE.search(sentence):
        return []  # "Our response to your earlier request … gave … a total of 107": what was said, put right since
    found = []
    for pattern in _PROSE_FIGURES:
        for m in pattern.finditer(sentence):
            raw = m.group("n")
            value = to_int(raw) if raw[0].isdigit() else word_number(raw)
            if value is None or (raw.isdigit() and len(raw) == 4 and raw.startswith(("19", "20"))):
                continue
            is_total = bool(re.search(r"\b(?:in all|in total|overall|altogether|total)\b", sentence, re.I))
            found.append(ProseFigure(value, is_total, m.group(0)))
    return found[:1]


# --- figures paired with periods in one sentence ----------------------------------------------

# a count in digits, or in words as house style writes small ones ("three in 2022 and five in
# 2023", "None of the offences recorded in 2022 …"); not a length of time, a share or a date
_BARE_NUMBER = re.compile(rf"(?<![\w/.,£$<>≤-])(?:{NUMBER}|(?<!\bno )\b{WORD_NUMBER}\b(?!-)|\bnone(?= of\b| (?:had|have|has|were|was)\b)|\bnil\b(?!\s+return))"
                          rf"(?![\w/%]|[.,]\d|\s*(?:%|per ?cent|hours?|minutes?|days?|working days|weeks?|months?|"
                          rf"(?:(?:financial|calendar) )?years?|pounds|p\b)|(?:st|nd|rd|th)?\s+{MONTH}(?!\w))", re.I)
# a number after these is a section, a code, a table, an age, money — or only roughly a count ("approximately 3,400")
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\b(?:section|sections|s\.|s|article|code|codes|question|questions|q|answer|answers|request|requests|point|points|paragraph|page|table|annex|appendix|ref|reference|no\.?|number|outcome|aged?|under|over|"
                                 r"approximately|approx\.?|around|about|roughly|some|almost|nearly|up to|at least|more than|fewer than|less than|box|age of)|£)\s*$", re.I)
_ONE_QUESTION = re.compile(r"\b(?:question|q|answer|request|point|paragraph|table)\s*$", re.I)
_RANGE_BEFORE = re.compile(r"(?<![\d/.,])(\d{1,3})\s*[-–]\s*$")
_RANGE_AFTER = re.compile(r"\s*[-–]\s*(\d{1,3})(?![\d/.,])")


def _in_range(sentence: str, m: re.Match) -> bool:
    """Whether a number is an end of a range of small numbers ("1-4", "1 – 4"), as a reply writes
    a figure it hides: the lower end before the higher, neither part of a year or a date."""
    if not m.group().isdigit():
        return False
    value = int(m.group())
    before = _RANGE_BEFORE.search(sentence[:m.start()])
    after = _RANGE_AFTER.match(sentence, m.end())
    return (before is not None and int(before.group(1)) < value) or (after is not None and value < int(after.group(1)))
# a number listed after one that counts nothing is listed with it ("aged 13, 14 or 15")
_LISTED_AFTER = re.compile(r"\d\s*(?:,|or|and|to|-|–)\s*$", re.I)
_COUNT_NOUN_AFTER = re.compile(r"\s+(?:offences|crimes|cases|victims|suspects|incidents|reports)\b", re.I)
_COUNT_SAID_AFTER = re.compile(r"\s+(?:involved|involving|had|related|concerned|a|an|with|where|in which)\s+(?!years?\b)", re.I)
_AN_AGE_BEFORE = re.compile(r"\b(?:aged?|under|over|age of)\s*$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_COUNTED = re.compile(r"\b(?:recorded|reported|there (?:were|was|are|is|have been|had been)|identified|logged|charged|cautioned|arrested|"
                      r"remain(?:s|ed)?|resulted in)\b|"
                      # "52 also carried the online (cyber) flag in 2021": how many had the flag (the count's own verb)
                      r"\b\d[\d,]*\s+(?:[a-z]+\s+){0,4}?(?:(?:carried|had|bore)\s+(?:the|an?)\s+(?:online|cyber)|(?:were|was)\s+(?:also\s+)?flagged)\b|"
                      r"\bthe (?:figure|number|total|count)\b[^.;\d]{0,60}?\b(?:is|was|were|came to|stands at|stood at)\b", re.I)
# "… had 64 open investigations into …": how many were open, on a day
_OPEN_INVESTIGATIONS = re.compile(rf"\b(?:had|has|have) {_OPEN_COUNT}", re.I)
# "For 2023, 23 suspects linked to these offences were …": the period, then the count with what it counts
_COUNT_WITH_NOUN = re.compile(r"^\W*(?:(?:for|in|during|between|from|over)\s+)?then\s*,\s*\d[\d,]*\s+(?:of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?)?"
                              r"(?:offences|crimes|suspects|offenders|victims|children|cases)\b", re.I)  # ("In 2021, 88 of the (online flagged) offences above …")
# where one clause of a sentence ends and the next begins: "…, compared with 118 in 2020",
# "236 female and 49 male", "…; in the remaining 5 …"
_CLAUSE_BREAK = re.compile(r"\s*(?:,(?!\d{3}\b)|[;:])\s*|\s+(?:and|but|while|whilst|whereas|compared (?:with|to)|before|up from|down from)\s+"
                           # "eighty-seven such crimes (sixty-two with a victim under 16)": a part of it, in brackets
                           rf"|\s*\((?=\s*(?:{NUMBER}|{WORD_NUMBER})\s+(?:with|of (?:them|which|these)|involv|where|had|were)\b)"
                           # "… were recorded – 83 with a female victim …": a dash between words, not a range "1 – 4"
                           r"|(?<=[a-z)])\s+[–—]\s+(?=[a-z\d])", re.I)
_GENDER = [("female", re.compile(r"\bfemales?\b|\bgirls?\b|\bwomen\b", re.I)),
           ("male", re.compile(r"\bmales?\b|\bboys?\b|\bmen\b", re.I)),
           ("unknown", re.compile(r"\b(?:unknown|not (?:been )?(?:recorded|known|stated|specified)|unrecorded)\b", re.I))]
_AGE_UNRECORDED = re.compile(r"\bage of the (victim|suspect|offender|perpetrator|child)s?\b[^.,;]{0,20}?\b(?:was|were|is|are|has|have|had)\s+"
                             r"(?:not\s+(?:been\s+)?(?:recorded|known|stated)|unknown|unrecorded)\b", re.I)
_GENDER_NAMED = re.compile(r"\b(?:gender|sex) of the (?:victim|child)", re.I)
_PERSON_NOT_VICTIM = re.compile(r"\b(?:suspects?|offenders?|perpetrators?|accused|defendants?)\b", re.I)
# a clause whose figure is cut by something this reader does not place (an age, the online flag)
# a count of those that lack something ("one offence recorded in 2023/24 has no valid date"), not of all the period's
# (not "… the gender was not recorded", which names the unknown; "had no outcome" is one, read first)
_NEGATED = re.compile(r"\b(?:has|have|had)\s+no\b|\b(?:cannot|can ?not|could not|couldn't)\b", re.I)
_UNPLACED_SCOPE = re.compile(r"\baged?\b|\b(?:under|over) (?:the age of )?\d|\byounger\b|\bolder\b|\bonline\b|\bcyber\b|\binternet\b", re.I)
_AGE_SCOPE = re.compile(r"\baged?\b|\b(?:under|over) (?:the age of )?\d|\byounger\b|\bolder\b", re.I)
# a count of records whose data changed, told to explain a correction ("two crimes recorded in 2022/23 had the CSE
# flag added after the original extraction"): of no measure the reply counts
_DATA_CHANGED = re.compile(r"\b(?:re-?classified|cancelled|duplicated|counted twice|recorded in error|(?:added|removed|changed) after|"
                           r"(?:original|first|earlier) extraction|re-?running the data)\b", re.I)
_NOT_ONLINE = re.compile(r"\b(?:not|no|without|non|offline)\b", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")
_CAUTION_KIND = re.compile(r"\b(youth|adult)\s+cautions?\b", re.I)
# words of an outcome: a clause naming one foistats does not place is not the period's count
# ("The outcome shown is the one recorded on 20 June 2024": of the list's outcomes, whichever each is)
_OUTCOME_NAMED = re.compile(r"\bcaution|\bcharge|\bsummons|\boutcome(?!s\b)(?! (?:shown|given|listed)\b)|\bdivers|\bcommunity resolution|"
                            r"\bno further action\b", re.I)
_OUTCOME_IN_CLAUSE = [("charged", re.compile(r"\bcharged\b|\ba charge\b|\bcharge\s*/\s*summons\b|\boutcome of (?:a )?charge\b", re.I)),
                      ("cautioned", re.compile(r"\bcautioned\b|\ban? (?:(?:youth|adult)\s+)?caution\b", re.I)),
                      ("ongoing", re.compile(r"\bunder investigation\b|\bbeing investigated\b|\b(?:with|have|has|had|given) no outcome\b|"
                                             r"\bawaiting (?:an )?outcome\b|\binvestigations? (?:is |are )?(?:still )?(?:ongoing|open)\b|"
                                             r"\b(?:open|ongoing)\b[^.;,]{0,30}\binvestigations?\b", re.I))]
_OUTCOME_NUMBER = re.compile(r"\b(?:home office |ho )?outcome (?:type )?(\d{1,2}[a-c]?)\b", re.I)
# "… resulted in a charge or summons (Home Office outcome 1)": the number names the words before it
_BRACKETED_OUTCOME = re.compile(r"(?:\bcharged?\b|\bsummons(?:ed)?\b|\bcaution(?:ed)?\b|\binvestigation\b)\s*"
                                r"\((?:home office |ho )?outcome (?:type )?\d{1,2}[a-c]?\)", re.I)
# "outcome 21 (further investigation … not in the public interest – police decision)": the number, its title after it
_OUTCOME_NUMBER_TITLED = re.compile(r"(\b(?:home office |ho )?outcome (?:type )?\d{1,2}[a-c]?)\s*\([^()]*\)", re.I)
_AS_AT = re.compile(rf"\bas (?:at|of|on) ({_DAY_DATE}|{_NUM_DATE})", re.I)
_NO_OUTCOME_YET = re.compile(r"\b(?:with|has|have|had|given|yet)\s+no\s+(?:final\s+)?outcome\b(?:\s+(?:assigned|recorded|yet))?", re.I)
_PAIR_GAP = 60  # characters of words allowed between a figure and its period ("301 sexual offences against children in")


@dataclass(frozen=True)
class PairedFigure:
    """A figure a sentence gives with its own period, and what its clause says it counts."""

    value: int | None
    period: Period | None
    dims: dict
    whole: bool = False  # the whole said again to give its parts ("Of the 640 offences recorded in 2023, …")
    marker: str = ""  # a count the sentence hides ("<5", "fewer than five"), as "<5"; its value None
    summed: bool = False  # the sum of the sentence's figures said after them (", ten offences in all"): no whole said again


def periods_with_as_at(sentence: str) -> list[PeriodMention]:
    """The periods a sentence states, and the day a count stands "as at" (a one-day period)."""
    mentions = periods_in(sentence)
    for m in _AS_AT.finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b in (x.span for x in mentions)):
            continue
        try:
            day = _date(m.group(1))[0]
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        mentions.append(PeriodMention((Period(day, day),), m.group(0), m.span()))
    return sorted(mentions, key=lambda x: x.span[0])


_OR_MORE = re.compile(r"\s+or\s+(?:more|over|above|fewer|less)\b", re.I)


# "outcome 16 and 11 as outcome 18": a count after an outcome's number, the outcome it was given after it
_OUTCOME_GIVEN_AFTER = re.compile(r"\s+(?:(?:were|was)\s+)?(?:as|with|under)\s+(?:home office |ho )?outcome\s+\d", re.I)


def _counts(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The numbers of a sentence that may count something: not a year, not inside a period,
    not after a word that makes it a section, a code, an age or money."""
    numbers = []
    excluded_end = -1
    of_age = False  # whether the number that was no count was an age
    for m in _BARE_NUMBER.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = sentence[:m.start()]
        if (word := _NOT_A_COUNT_BEFORE.search(before)) or (excluded_end >= 0 and m.start() - excluded_end < 8
                                                           and _LISTED_AFTER.search(sentence[excluded_end - 1:m.start()])
                                                           and not _COUNT_NOUN_AFTER.match(sentence, m.end())
                                                           and not _OUTCOME_GIVEN_AFTER.match(sentence, m.end())
                                                           and not (of_age and _COUNT_SAID_AFTER.match(sentence, m.end()))):
            # (but "code 21 and 266 offences under code 22B": a count, its noun after it; "a victim aged under 13,
            # 129 a victim aged 13 to 15": after an age, a count, what it is of after it)
            # "question 1, 14 and 9": one question is one number; the numbers after its comma count
            excluded_end = -1 if word and _ONE_QUESTION.search(word.group()) else m.end()
            of_age = bool(_AN_AGE_BEFORE.search(word.group())) if word else of_age
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group()) or _in_range(sentence, m):
            continue  # a year; an end of a range ("1-4 in a caution"), which is no count of its own
        if _OR_MORE.match(sentence, m.end()):
            continue  # "where two or more offenders were linked": what is counted, not a count
        numbers.append((m.start(), m.end(), _count_value(m.group())))
    return numbers


def period_nearer_another(sentence: str, figure: ProseFigure) -> bool:
    """Whether the one period a sentence names stands nearer another of its counts than the
    figure read from it ("A total of 562 offences were recorded over the period, 211 of them in
    2023-24": 2023-24 is the 211's)."""
    mentions = periods_in(sentence)
    at = sentence.find(figure.text)
    if len(mentions) != 1 or at < 0:
        return False
    numbers = _counts(sentence, [mentions[0].span])
    own = [n for n in numbers if at <= n[0] < at + len(figure.text)]
    if len(own) != 1:
        return False
    start, end = mentions[0].span

    def gap(n: tuple[int, int, int]) -> int:
        return max(start - n[1], n[0] - end, 0)
    return any(gap(n) < gap(own[0]) for n in numbers if n is not own[0])


def counts_in(sentence: str) -> list[int]:
    """The numbers of a sentence that may count something (not a year, a section, an age …)."""
    return [n[2] for n in _counts(sentence, [m.span for m in periods_with_as_at(sentence)])]


def _count_value(token: str) -> int:
    """'1,379' -> 1379, 'five' -> 5, 'None' (of them) -> 0."""
    if token[0].isdigit():
        return to_int(token)
    return 0 if token.lower() in ("none", "nil") else word_number(token)


def _clause_dims(clause: str, gendered: bool, online: bool) -> dict | None:
    """What a clause says its figure counts, beyond its period: a victim's gender in a
    sentence that splits by gender, an outcome; None when it names a scope this reader
    does not place (the online flag, unless the whole sentence is of flagged figures)."""
    if unrecorded := _AGE_UNRECORDED.search(clause):  # "In the remaining 88 the age of the suspect was not recorded"
        return {f"{'victim' if unrecorded.group(1).lower().startswith(('victim', 'child')) else 'suspect'}_age_known": "false"}
    if (_AGE_SCOPE if online else _UNPLACED_SCOPE).search(clause) or _DATA_CHANGED.search(clause):
        return None
    dims = {}
    if gendered:
        found = [g for g, pattern in _GENDER if pattern.search(clause)]
        if len(found) > 1:
            return None
        if found:
            dims["victim_gender"] = found[0]
    outcomes = [o for o, pattern in _OUTCOME_IN_CLAUSE if pattern.search(clause)]
    if len(outcomes) > 1:
        return None
    if outcomes:
        dims["outcome"] = outcomes[0]
        if outcomes[0] == "cautioned" and (kind := _CAUTION_KIND.search(clause)):
            dims.update({"suspect_age_min": "0", "suspect_age_max": "17"} if kind.group(1).lower() == "youth"
                        else {"suspect_age_min": "18"})  # "a youth caution was given in six"
    elif _NEGATED.search(clause):
        return None  # of those that lack something no outcome names: not all the period's
    elif _OUTCOME_NAMED.search(_BRACKETED.sub("", clause)) and not _OUTCOME_NUMBER.search(clause):
        # an outcome this reader does not place ("diverted", "no further action"): not all the period's
        # (one named by its number, "Outcome 21 was recorded for 19", is the sentence's subject)
        return None
    return dims


_PART_OF_WHOLE = re.compile(
    rf"^\s*of (?:the|these|those|all)\s+(?P<whole>{NUMBER})\s+(?P<noun>[a-z][a-z -]{{2,40}}?)"
    r"(?:\s+(?:above|recorded|reported|identified|listed|shown|in (?:question|q)\s?\d{1,2}))?"
    r"(?:\s+(?:across|over|in|during|for) (?:the|all|all the|these|those) \w+ (?:(?:financial|calendar) )?years)?\s*,\s*"  # "… across the three years, 96 …"
    rf"(?P<part>{NUMBER})\s+(?P<rest>[a-z][^\d]*)$", re.I)


@dataclass(frozen=True)
class PartOfWhole:
    """"Of the 742 crimes above, 96 have resulted in a charge": the whole, said again, and
    the part of it the rest of the sentence names."""

    whole: int
    part: int
    dims: dict


def part_of_whole(sentence: str) -> PartOfWhole | None:
    """A sentence giving part of a whole it names, where what the part is (an outcome, a
    gender, the online flag) is one thing this reader places; None otherwise."""
    if not (m := _PART_OF_WHOLE.match(sentence)) or periods_in(sentence) or not (dims := _part_dims(m.group("rest"))):
        return None
    return PartOfWhole(to_int(m.group("whole")), to_int(m.group("part")), dims)


def lead_dims(line: str) -> tuple[dict | None, dict[str, str]]:
    """What a line leading into a list ("Suspects charged or summonsed for an 86/2 offence:")
    says of every figure under it: an outcome, the online flag, a victim's gender (None
    where it narrows them in a way this reader does not place), and the age bands it names
    ("Victims under 18 where the suspect was also under 18:"), which its figures must have.
    What it says they are broken down by ("… by age of victim:") narrows none of them."""
    line = _BROKEN_DOWN_BY.sub("", line)
    ages = age_scope(line)
    bare = without_age_bands(line) if ages else line
    return _part_dims(bare), ages


# "… by age of victim", "… by the victim's age and gender": the dimension a list's lines split by
_BROKEN_DOWN_BY = re.compile(r"\b(?:broken down )?by (?:the )?(?:(?:victim|suspect)(?:'s|s'|s)? )?(?:age|gender|sex)"
                             r"(?: (?:and|or|&) (?:age|gender|sex))?(?: (?:band|group)s?)?(?: of (?:the )?(?:victims?|suspects?))?\b", re.I)


def split_by_person(text: str) -> bool:
    """Whether a text asks its count broken down by the victims' or suspects' age or gender."""
    return _BROKEN_DOWN_BY.search(text) is not None


# "For 2023 the figures were 17 and 14, and for 2024 they were 26 and 21": the figures of the sentence before, in turn
_THE_FIGURES_WERE = re.compile(r"\bthe (?:figures|numbers|counts)(?: for [^,.;]{1,40}?)? (?:were|are)\b", re.I)


def respective_by_period(sentence: str) -> list[tuple[Period, list[int]]]:
    """"In 2023 the figures were 94 and nineteen respectively, and in 2024 they were 83 and 22" (or
    without "respectively", the figures being plural):
    for each period the sentence names, the figures listed after it, in the order of the
    figures the sentence before gave; empty unless each period has as many (two or more),
    listed one after another."""
    if not (_RESPECTIVELY.search(sentence) or _THE_FIGURES_WERE.search(sentence)) or requester_voice(sentence):
        return []
    mentions = periods_in(sentence)
    if not mentions or any(len(m.periods) != 1 for m in mentions):
        return []
    numbers = _counts(sentence, [m.span for m in mentions])
    if not numbers or numbers[0][0] < mentions[0].span[1]:
        return []
    groups = []
    for i, mention in enumerate(mentions):
        end = mentions[i + 1].span[0] if i + 1 < len(mentions) else len(sentence)
        group = [n for n in numbers if mention.span[1] <= n[0] < end]
        if len(group) < 2 or not _one_after_another(sentence, group):
            return []
        groups.append((mention.periods[0], [n[2] for n in group]))
    return groups if len({len(values) for _, values in groups}) == 1 else []


def _one_after_another(sentence: str, numbers: list[tuple[int, int, int]]) -> bool:
    """Whether a sentence's numbers are listed one after another ("41, 38 and 29"), nothing else between them."""
    return all(_LISTED.fullmatch(sentence[a[1]:b[0]]) for a, b in zip(numbers, numbers[1:]))


# "The corresponding figures for 2021/22 and 2022/23 are": the same count as the sentence before, for other periods
_CORRESPONDING = re.compile(r"^\s*the (?:corresponding|equivalent|comparable) (?:figures?|numbers?|totals?) for\b", re.I)


def corresponding(sentence: str) -> tuple[list[Period], list[int]]:
    """"The corresponding figures for 2021/22 and 2022/23 are 16 and 8": the periods a sentence
    gives again what the sentence before counted for, and its figures, listed after them; and
    "The corresponding figures for 2024 were 37, 121 and 183": the one period of the sentence
    before's several figures, in turn. Empty unless the figures are as many as the periods, or
    the period is one, each listed one after another."""
    if not _CORRESPONDING.match(sentence) or requester_voice(sentence):
        return [], []
    mentions = periods_in(sentence)
    periods = [p for m in mentions for p in m.periods]
    if not mentions or any(a.span[1] > b.span[0] or not _LISTED.fullmatch(sentence[a.span[1]:b.span[0]])
                           for a, b in zip(mentions, mentions[1:])):
        return [], []
    numbers = _counts(sentence, [m.span for m in mentions])
    rest = sentence[mentions[-1].span[1]:numbers[0][0]] if numbers else ""
    if not numbers or len(numbers) != len(periods) != 1 or not re.fullmatch(r"\s*(?:are|were|is|was)\s*", rest, re.I) \
            or not _one_after_another(sentence, numbers) \
            or not re.fullmatch(r"\s*(?:respectively)?\s*\.?\s*", sentence[numbers[-1][1]:], re.I):
        return [], []
    return periods, [number[2] for number in numbers]


# "For sexual grooming the corresponding figures were 9, 7 and 13": the counts of the sentence before, of another offence
_CORRESPONDING_OF = re.compile(r"^\s*for\s+[^,.;]{3,80}?,?\s+the (?:corresponding|equivalent|comparable) (?:figures|numbers) "
                               r"(?:are|were)\s+(?P<listed>.+?)\s*\.?\s*$", re.I)


def corresponding_of(sentence: str) -> list[int]:
    """"For sexual grooming the corresponding figures were 9, 7 and 13": the figures a sentence
    naming no period gives for what it names, one for each figure of the sentence before, in
    turn; empty unless they are two or more, listed one after another and nothing else."""
    if not (m := _CORRESPONDING_OF.match(sentence)) or periods_in(sentence) or requester_voice(sentence):
        return []
    numbers = _counts(sentence, [])
    if len(numbers) < 2 or numbers[0][0] != m.start("listed") or numbers[-1][1] != m.end("listed") \
            or not _one_after_another(sentence, numbers):
        return []
    return [number[2] for number in numbers]


def respective_counts(sentence: str) -> tuple[list[int], dict]:
    """The figures of a sentence that gives them "respectively" for periods it does not name
    ("… was 41, 38 and 29 respectively"): they are the periods asked, in order; and what the
    sentence says they all are (an outcome, the online flag). Empty where the sentence names
    a period, lists no figures one after another, or narrows them in a way this reader does
    not place ("57, 64 and 71 offences respectively had a suspect whose age was not recorded")."""
    if not _RESPECTIVELY.search(sentence) or periods_in(sentence) or requester_voice(sentence):
        return [], {}
    numbers = _counts(sentence, [])
    if len(numbers) < 2 or not _one_after_another(sentence, numbers):
        return [], {}
    if (dims := _part_dims(sentence)) is None:
        return [], {}
    named = {value for name, value in PLATFORMS.items() if re.search(rf"\b{re.escape(name)}\b", sentence, re.I)}
    if len(named) > 1:
        return [], {}  # which platform each is, the sentence does not say
    # "Instagram is mentioned in forty-one and fifty-six respectively": the one platform they are of
    return [n[2] for n in numbers], {**dims, **({"platform": named.pop()} if named else {})}


_SAID_BEFORE = re.compile(r"\b(?:in|to) (?:our|my|the|a) (?:earlier|previous|original|last|first) (?:response|reply|answer|letter|disclosure)\b|"
                          r"\b(?:in|to) that (?:response|reply|answer|letter|disclosure)\b|"
                          rf"\b(?:was|were) (?:{EARLIER} )?(?:given|stated|published) as\b|"
                          # (an internal review: "Question 1 was answered as follows: FY21/22 - 263, …")
                          rf"\b(?:was|were) (?:{EARLIER} )?answered(?: as follows)?:|"
                          r"\b(?:in )?(?:our|my) (?:response|reply|answer|letter) to your (?:earlier|previous|last|first)\b|"
                          r"\b(?:we|it) (?:previously|originally) (?:stated|said|gave|reported|provided|disclosed)\b", re.I)
_OF_THE_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|these|those|all)\s+", re.I)
_WHOLE_NOUN = re.compile(r"\s+(?:offences|crimes|cases)\s+(?:(?:recorded|reported)\s+)?(?:in|during|between|from|for)?\s*$", re.I)


def _whole_then_period(sentence: str, whole: tuple[int, int, int], mentions: list[PeriodMention]) -> bool:
    """Whether a whole said after its part runs straight into the period it is of ("of the 214
    offences recorded in April 2022 to March 2023"), so the period is the part's too."""
    return any(_WHOLE_NOUN.fullmatch(sentence, whole[1], m.span[0]) for m in mentions if m.span[0] >= whole[1])
_THE_COUNT = re.compile(rf"\b(?:the|these|those|all)\s+(?:{NUMBER}|{WORD_NUMBER})\s+(?:\w+[- ])?(?:crimes|offences|cases|records|reports)\b", re.I)
# ("12 of the offences recorded in 2023", its period said with its "in")
_COUNT_AND_PERIOD = re.compile(rf"\s*(?:a further|another)?\s*(?:{NUMBER}|{WORD_NUMBER})\s+(?:of (?:the|these|those)\s+(?:(?:offences|crimes|cases)\s+)?|(?:offences|crimes|cases)\s+)?"
                               r"(?:(?:recorded|reported)\s+)?(?:(?:in|from|for|during)\s+)?(?:the\s+)?then\s*", re.I)
# "61 in 2022/23", "and in two of those recorded in 2024": a figure and its period, saying no more
# ("… for a further 63 suspects in 2022/23 and 58 suspects in 2023/24": the count's noun said again)
_BARE_PAIR = re.compile(rf"\s*(?:and\s+)?(?:in\s+)?(?:{NUMBER}|{WORD_NUMBER})\s+(?:(?:offences|crimes|cases|suspects|victims)\s+)?"
                        r"(?:of (?:those|these|them)\s+)?(?:(?:recorded|reported)\s+)?"
                        r"(?:in|for|during)\s+[^,;]*?\s*[.;,]?\s*", re.I)
# "131 recorded in 2022-23", "Two of the offences recorded in 2023"
_PAIRED = re.compile(r"\s+(?:(?:sexual\s+)?(?:offences|crimes|cases)\s+(?:against\s+(?:a\s+)?child(?:ren)?\s+)?)?"
                     r"(?:of (?:the|these|those) [a-z ]{1,40}?\s+)?(?:(?:recorded|reported)\s+)?"
                     r"(?:(?:were|was)\s+(?:also\s+)?(?:flagged|marked|tagged)\s+(?:as\s+)?(?:online|cyber)(?:[- ](?:enabled|related))?"
                     r"(?:\s+(?:offences|crimes|cases))?\s+|"  # "167 were flagged as online offences in 2021/22"
                     # "198 carried the online crime flag in 2021/22", "52 also carried the online (cyber) flag in 2021",
                     # "287 sexual offences against children that carried the online flag in 2022"
                     r"(?:(?:that|which)\s+)?(?:also\s+)?(?:carried|had|bore|were recorded with|were given)\s+(?:the|an?)\s+(?:online|cyber)"
                     r"(?:\s*\((?:online|cyber)\))?(?:[- ]crime)?[- ](?:flag|marker|tag|indicator)\s+)?"
                     r"(?:(?:in|for|during|between|from)\s+)?", re.I)
_LISTED = re.compile(r"\s*(?:,|and|, and)\s*")


_LISTED_AFTER_RESPECTIVELY = re.compile(r"\s*,?\s*(?:and|while|with)?\s*$", re.I)


def _each_with_its_period(sentence: str, numbers: list[tuple[int, int, int]], mentions: list[PeriodMention]) -> bool:
    """Whether figures are listed each followed by its one period ("301 in 2021/22, 322 in 2022/23")."""
    if len(numbers) != len(mentions) or any(len(m.periods) != 1 for m in mentions):
        return False
    # "131 (2021/22), 149 (2022/23) and 85 (1 April to 31 October 2023)": each period in brackets after its figure
    bracketed = all(re.fullmatch(r"\s*\(", sentence[number[1]:mention.span[0]]) and sentence[mention.span[1]:mention.span[1] + 1] == ")"
                    for number, mention in zip(numbers, mentions))
    for n, (number, mention) in enumerate(zip(numbers, mentions)):
        if not bracketed and not _PAIRED.fullmatch(sentence[number[1]:mention.span[0]]):
            return False
        if n and not _LISTED.fullmatch(sentence[mentions[n - 1].span[1] + bracketed:number[0]]) \
                and not (_TO_BEFORE.search(sentence, 0, numbers[0][0])
                         and _LISTED_TO.fullmatch(sentence[mentions[n - 1].span[1]:number[0]])):
            return False
    return True


# "… applied to 71 of the offences recorded in 2022/23 and to 84 of …": the word before the first figure said again
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_LISTED_TO = re.compile(r"\s*(?:,|and|, and)\s*to\s+", re.I)


def _pairs_then_flag(sentence: str, numbers: list[tuple[int, int, int]], mentions: list[PeriodMention]) -> bool:
    """Whether a sentence gives its figures each with its period ("301 in 2021/22, 322 in
    2022/23 and 351 in 2023/24", "Two of the offences recorded in 2023") and says, only after
    them all or only before them, what they all were ("… carried the online flag", "The online
    flag was applied to 402 of the offences recorded in 2022, 455 of those recorded in 2023"); or
    gives its one figure after its one period, and then what it was ("In 2021, 88 of the offences
    above carried the online flag")."""
    if len(numbers) == len(mentions) == 1 and len(mentions[0].periods) == 1 \
            and re.fullmatch(r"\s*(?:(?:in|during|for)\s+)?", sentence[:mentions[0].span[0]], re.I) \
            and re.fullmatch(r"\s*,?\s*", sentence[mentions[0].span[1]:numbers[0][0]]):
        return says_flagged_online(sentence[numbers[0][1]:])
    if not _each_with_its_period(sentence, numbers, mentions):
        return False
    before, after = sentence[:numbers[0][0]], sentence[mentions[-1].span[1]:]
    first = sentence[numbers[0][1]:mentions[0].span[0]]  # "64 were flagged as online-enabled in 2021, 60 in 2022"
    if _ONLINE.search(after) or re.search(r"\bonline\b|\bcyber", after, re.I):
        return not re.search(r"\bonline\b|\bcyber|\binternet\b", before + first, re.I)
    if says_flagged_online(first):
        return not re.search(r"\bonline\b|\bcyber|\binternet\b", before, re.I)
    # "… carried the online flag: 189 in 2021/22, …": the colon leads into them, no clause apart
    before = _OF_THE_WHOLE_LEAD.sub("", before)  # "Of the crimes in Table 1, the online flag was applied to …"
    return says_flagged_online(before) and not _CLAUSE_BREAK.search(re.sub(r"\s*:\s*$", "", before))


def _ages_said_after_pairs(sentence: str, numbers: list[tuple[int, int, int]], mentions: list[PeriodMention]) -> dict | None:
    """The age band a sentence says, after its figures each with its period, of them all ("Of
    these, nine offences in 2022 and 14 offences in 2023 were recorded with a victim aged 12 or
    under"); None where the figures are not so listed, or the sentence says anything more of them."""
    if len(numbers) < 2 or not _each_with_its_period(sentence, numbers, mentions) \
            or _OF_THE_WHOLE_LEAD.sub("", sentence[:numbers[0][0]]).strip():
        return None
    after = sentence[mentions[-1].span[1]:]
    ages = age_scope(after)
    if not ages or _clause_dims(without_age_bands(after), True, False) != {} \
            or _UNPLACED_SCOPE.search(without_age_bands(after)) or re.search(r"\d", without_age_bands(after)):
        return None
    return ages


# a sentence's lead naming the whole its figures are of, said before: "Of these,", "Of these offences,", "Of the crimes in
# Table 1,", "Of the offences shown in the table above,"
_OF_THE_WHOLE_LEAD = re.compile(r"^\s*of (?:(?:these|those)(?: [a-z-]+){0,3}?|them|the (?:[a-z-]+ ){0,6}?(?:above|listed|shown|"
                                r"(?:at|in|under|(?:in )?(?:answer|reply|response) to) (?:table|question|answer|point|part) \d{1,2}))"
                                r"\s*,\s*", re.I)


def _periods_said(sentence: str, spans: list[tuple[int, int]]) -> str:
    """A sentence with each period it states said as "then": "the figure for 2021/22 was 48"
    is "the figure for then was 48", whose words say it counts."""
    for start, end in sorted(spans, reverse=True):
        sentence = f"{sentence[:start]}then{sentence[end:]}"
    return sentence


# a period, then a part of a whole: "In 2023, 522 of the 640 offences involved a female victim …",
# said the way the reader takes it, "Of the 640 offences recorded in 2023, 522 involved …"
_PERIOD_THEN_PART = re.compile(rf"^\s*(?:in|during)\s+(?P<period>[^,]{{4,40}}?),\s*(?P<part>{NUMBER})\s+of\s+(?:the\s+)?"
                               rf"(?P<whole>{NUMBER})\s+(?P<noun>offences|crimes|victims|cases)\s+(?P<rest>[a-z].*)$", re.I)


def _said_of_each_respectively(sentence: str) -> dict | None:
    """What a sentence giving its figures "respectively" says of every one of them: the online
    flag, the one gender of the victims it names ("crimes with a female victim"), the one age
    band it names and whose it is ("crimes in which a suspect was aged under 18"), or nothing;
    None where it names both genders or someone else's, an age it does not place, or a scope
    this reader does not place, which of them it is of not being said."""
    genders = [gender for gender, pattern in _GENDER[:2] if pattern.search(sentence)]
    # (one band said once: "victims aged 13 to 15 and 16 to 17" is two, of which figure each is not said)
    band = age_scope(sentence) if _AGE_SCOPE.search(sentence) and len(_BAND_SAID.findall(sentence)) == 1 else {}
    if (_AGE_SCOPE.search(sentence) and not band) or (genders and (
            len(genders) > 1 or _PERSON_NOT_VICTIM.search(sentence) or not _VICTIM_WORD.search(sentence))):
        return None
    if (band.get("victim_age_min"), band.get("victim_age_max")) == ("0", "17"):
        band = {}  # "victims aged under 18": what a child is, the count's scope, not a part of it
    if not genders and _GENDER_UNRECORDED.search(sentence) and _VICTIM_WORD.search(sentence) and not _PERSON_NOT_VICTIM.search(sentence):
        genders = ["unknown"]  # "Offences in which the victim's gender was not recorded … (six, four and three … respectively)"
    elif not genders and _GENDER_WORD.search(sentence):
        return None  # the victims' gender named, but not one of them
    said = {"victim_gender": genders[0]} if genders else {}
    if says_flagged_online(sentence):
        return {**said, **band, "online_flag": "true"}
    return None if _UNPLACED_SCOPE.search(_AGE_SCOPE.sub("", sentence)) else {**said, **band}  # (its age said, above)


_VICTIM_WORD = re.compile(r"\b(?:victims?|girls?|boys?)\b", re.I)
_GENDER_WORD = re.compile(r"\b(?:gender|sex)\b", re.I)
_GENDER_UNRECORDED = re.compile(r"\b(?:gender|sex)\b(?: of (?:the |each )?(?:victims?|child))?\s+(?:was|is|were|had)\s+"
                                r"(?:not\s+(?:been\s+)?(?:recorded|known|stated|specified)|unknown|unrecorded)\b", re.I)
_BAND_SAID = re.compile(r"\b\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\b|\b(?:under|over|below|above)\s+(?:the age of\s+)?\d{1,2}\b|"
                        r"\b\d{1,2}\s*(?:and|or)\s*(?:under|over|below|above|younger|older)\b", re.I)


# "187 offences of sexual communication with a child (Home Office classification 71/17) between …": the
# one code said aside, which the sentence's reader takes from the sentence whole
# "412 offences recorded under 86/2 were …": the one code the sentence's figures are of, said where it is read
_CODE_UNDER = re.compile(r"\s+(?:under|for)\s+(?:the\s+)?(?:(?:home office|ho)\s+)?(?:offence\s+)?"
                         r"(?:(?:code|classification)\s*\d{1,3}(?:/\d{1,2}|[a-h])?|\d{1,3}(?:/\d{1,2}|[a-h]))\b", re.I)
_CODE_ASIDE = re.compile(r"\s*\((?:(?:home office|ho)\s+)?(?:offence\s+)?(?:code|classification)s?:?\s+"
                         r"[0-9]{1,3}(?:/[0-9]{1,2}|[a-h])?(?:\s*(?:,|and|&)\s*[0-9]{1,3}(?:/[0-9]{1,2}|[a-h])?)*\)", re.I)


# a count a sentence hides ("8 in 2023 and <5 in 2024", "fewer than five in 2022")
_HIDDEN = re.compile(rf"(?<![\w<≤])(?:<\s?(\d{{1,2}})\b|\b(?:fewer|less) than ({WORD_NUMBER}|\d{{1,2}})\b)"
                     r"(?!\s*(?:%|per ?cent|hours?|minutes?|days?|weeks?|months?|years?|working)\b)", re.I)
_STAND_IN = 9_000_000  # a number no reply counts, standing in for a hidden count while its sentence is read


def period_figures(sentence: str, unstated: bool = False) -> list[PairedFigure]:
    """The figures :func:`_period_figures` reads, a count a sentence hides ("… and <5 in 2024")
    among them, with no value and its marker."""
    hidden: dict[int, str] = {}

    def stand_in(m: re.Match) -> str:
        hidden[_STAND_IN + len(hidden)] = f"<{m.group(1) or word_number(m.group(2)) or m.group(2)}"
        return str(_STAND_IN + len(hidden) - 1)
    if len(_HIDDEN.findall(sentence)) > 1:
        # "the figure is fewer than five and has been shown as <5": the mark it is printed with, said after it, no other count
        sentence = _SHOWN_AS.sub("", sentence)
    figures = _period_figures(_HIDDEN.sub(stand_in, sentence), unstated)
    if not figures and not unstated and (tail := _TOTAL_AFTER.search(sentence)):
        # "… three in 2023 and one in 2024 (to 30 September), ten offences in all": the figures, each with its period,
        # then their sum over those periods (where it is their sum)
        # ("104 of the victims were female, 25 were male and two were not recorded (131 in all)": the parts, their sum the
        # year's whole, given elsewhere; a "total" that is not their sum leaves what either counts unplain)
        total = _count_value(tail.group("n") or tail.group("n2"))
        each = _period_figures(_HIDDEN.sub(stand_in, sentence[:tail.start()] + "."))
        if each and all(f.value is not None and f.value not in hidden for f in each) and sum(f.value for f in each) == total:
            over_years = len({f.period for f in each}) == len(each) > 1 and all(f.period is not None and not f.dims for f in each)
            figures = [*each, *([PairedFigure(total, Period(min(f.period.start for f in each), max(f.period.end for f in each)), {},
                                              whole=True, summed=True)] if over_years else [])]
    return [replace(f, value=None, marker=hidden[f.value]) if f.value in hidden else f for f in figures]


# a sum said after a sentence's figures: ", a total of 10", ", ten offences in all", " (nine in total)"
_TOTAL_AFTER = re.compile(rf"(?:,\s*|\s*\(\s*)(?:(?:a total of|making|totalling)\s+(?P<n>{NUMBER}|{WORD_NUMBER})"
                          rf"(?:\s+(?:offences|crimes))?(?:\s+(?:in all|in total|altogether))?|(?P<n2>{NUMBER}|{WORD_NUMBER})"
                          r"(?:\s+(?:offences|crimes))?\s+(?:in all|in total|altogether))\s*\)?\s*\.?\s*$", re.I)


_SHOWN_AS = re.compile(r"\s*(?:and\s+)?(?:(?:has|have)\s+been|is|are|was|were)\s+(?:shown|displayed|given|presented|represented|recorded)\s+"
                       r"as\s+['\"‘“]?<\s?\d{1,2}['\"’”]?", re.I)


def _outcome_of_each_clause(sentence: str, numbers: list) -> bool:
    """Whether a sentence's figures each stand in a clause of their own that names one outcome by
    its number after the figure ("23 were finalised as outcome 16 (…) and 11 as outcome 18 (…)")."""
    if len(numbers) < 2:
        return False
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(_BRACKETS_BLANKED.sub(lambda m: " " * len(m.group()), sentence))), len(sentence)]
    spans = [(a, z) for a, z in zip(cuts, cuts[1:]) if any(a <= n[0] < z for n in numbers)]
    return len(spans) == len(numbers) and all(
        len(_OUTCOME_NUMBER.findall(sentence[n[1]:z])) == 1 and not _OUTCOME_NUMBER.search(sentence[a:n[0]])
        for (a, z), n in zip(spans, numbers))


_BRACKETS_BLANKED = re.compile(r"\([^()]*\)")


def _period_figures(sentence: str, unstated: bool = False) -> list[PairedFigure]:
    """Figures a sentence gives with their periods, in any order: "301 in 2020/21, 327 in
    2021/22", "In 2021 there were 143 …, compared with 118 in 2020", "The figure for 2020 was
    287, rising to 301 in 2021", "of the 214 recorded in 2019, 171 involved a female victim
    and 38 a male victim", "301, 327 and 344 in 2020/21, 2021/22 and 2022/23 respectively".
    The sentence is cut into clauses; a clause's figure takes the clause's one period, else
    the last period stated before it. A clause with two figures, or two periods for one, a
    figure with no period, or a scope this reader does not place (an age, the online flag)
    pairs nothing in the whole sentence: its numbers go to review. A sentence that says its
    figures carried the online flag ("301 in 2021/22 and 322 in 2022/23 carried the online
    flag") says it of each, so long as each has a period of its own.

    ``unstated``: read a sentence that states no period ("The victim was female in 121
    offences and male in 31"), each figure with no period of its own (``period`` None, for
    the question's or the reply's one period to settle), so long as each clause's figure is
    told apart by what it names (a gender, an outcome)."""
    # "78 offences of rape of a child under 13 in 2021": the title's age is what the offence is, no scope of its figures
    sentence = without_defining_titles(sentence)
    if len(codes_in(sentence)) == 1:  # (two codes said aside are each of their own clause's figures)
        sentence = _CODE_UNDER.sub("", _CODE_ASIDE.sub("", sentence))
    if m := _PERIOD_THEN_PART.match(sentence):  # "In 2023, 522 of the 640 offences involved …"
        sentence = f"Of the {m.group('whole')} {m.group('noun')} recorded in {m.group('period')}, {m.group('part')} {m.group('rest')}"
    if not unstated and (split := _whole_then_part(sentence)):
        return split
    sentence = _OUTCOME_NUMBER_TITLED.sub(r"\1", sentence)
    # outcomes "as at" a day are those of offences recorded earlier, taken that day: the day is no period of theirs
    # (an outcome not yet given, "with no final outcome assigned", is none: what is still open is counted that day)
    outcomes = any(pattern.search(sentence) for pattern in _OUTCOME_WORDS.values()) \
        or bool(re.search(r"\boutcomes?\b", _NO_OUTCOME_YET.sub("", sentence), re.I))
    # (but "As at 31 July 2025 Essex Police had 64 open investigations …", a stock on that day, of no offences said: that day's)
    mentions = periods_in(sentence) if outcomes and not _OPEN_INVESTIGATIONS.search(sentence) else periods_with_as_at(sentence)
    if bool(mentions) == unstated or requester_voice(sentence) or _SAID_BEFORE.search(sentence) or _DATA_CHANGED.search(sentence):
        # (nor what an earlier response said: "In our response to your earlier request we stated that 288 …"; nor
        # records changed since: "Two of the crimes counted for 2022/23 … have since been cancelled")
        return []
    if unstated and _AS_AT.search(sentence):
        return []  # "As at 31 October 2024, 87 remained under investigation": of that day, or of the year asked, is not said
    taken = [m.span for m in mentions]
    numbers = _counts(sentence, taken)
    # "in 52 of the 214 offences recorded in …": the whole said again after its part, which is the figure
    numbers = [n for k, n in enumerate(numbers) if not (k and _OF_THE_WHOLE_AFTER.fullmatch(sentence, numbers[k - 1][1], n[0])
                                                        and _whole_then_period(sentence, n, mentions))]
    if not numbers:
        return []
    if said := _RESPECTIVELY.search(sentence):
        # "96, 104 and 121 … in 2021/22, 2022/23 and 2023/24 respectively, and 33 between 1 April
        # and 30 June 2024": the list, then figures each with its own period
        head = [n for n in numbers if n[0] < said.start()]
        periods = [p for m in mentions if m.span[0] < said.start() for p in m.periods]
        tail = [n for n in numbers if n[0] > said.end()]
        after = [m for m in mentions if m.span[0] > said.end()]
        if len(periods) == len(head) >= 2 and head[-1][1] < mentions[0].span[0] and (
                not tail or (_LISTED_AFTER_RESPECTIVELY.match(sentence, said.end(), tail[0][0])
                             and _each_with_its_period(sentence, tail, after))):
            # (what the figures are said to be of is each one's: "The number of crimes with a female victim was 38
            # and 41 in 2021 and 2022 respectively" is not the crimes' count)
            if (said_of_all := _said_of_each_respectively(sentence[:said.start()])) is None:
                return []
            return [PairedFigure(n[2], p, dict(said_of_all)) for n, p in zip(head, periods)] + \
                [PairedFigure(n[2], m.periods[0], {}) for n, m in zip(tail, after)]
        # "the number which carried the online flag in 2021/22, 2022/23 and 2023/24 was 412, 468 and 503
        # respectively": the periods before, listed one after another, then the figures; or "96, 110 and 85
        # respectively were flagged as online crimes in 2021, 2022 and 2023": the periods after
        later = [p for m in after for p in m.periods]
        before = len(periods) == len(head) >= 2 and mentions[-1].span[1] < head[0][0] \
            and _one_after_another(sentence, head)
        if not tail and (before or (not periods and len(later) == len(head) >= 2)) \
                and (said_of_all := _said_of_each_respectively(sentence)) is not None:
            return [PairedFigure(n[2], p, dict(said_of_all)) for n, p in zip(head, periods if before else later)]
        return []
    if len(numbers) == 1 and not _COUNTED.search(said := _periods_said(sentence, taken)) and not _OPEN_INVESTIGATIONS.search(said) \
            and not _COUNT_WITH_NOUN.match(said):
        return []
    if (ages_after := _ages_said_after_pairs(sentence, numbers, mentions)) is not None:
        return [PairedFigure(n[2], m.periods[0], dict(ages_after)) for n, m in zip(numbers, mentions)]
    clause_codes = _code_of_each(sentence, numbers) if len(codes_in(sentence)) > 1 else {}
    if len(codes_in(sentence)) > 1 and not clause_codes:
        return []  # which code each figure counts is not said figure by figure
    # "In the remaining five offences the gender of the victim was not recorded"
    gendered = ((any(pattern.search(sentence) for _, pattern in _GENDER[:2]) or _GENDER_NAMED.search(sentence))
                and not _PERSON_NOT_VICTIM.search(sentence))
    if not gendered and any(pattern.search(sentence) for _, pattern in _GENDER[:2]):
        return []  # the gender of someone other than the victim: not placed here
    online = says_flagged_online(sentence) and _pairs_then_flag(sentence, numbers, mentions)
    # an age band named before the first figure is the subject of them all ("Victims aged 12 or
    # under accounted for 41 … in 2021, 39 in 2022 and 52 in 2023")
    ages = age_scope(sentence[:numbers[0][0]])
    # and so is an outcome named by its number before them ("Outcome 21 (…) was recorded for 19 offences in 2021, 27 in 2022")
    named_outcomes = set(_OUTCOME_NUMBER.findall(sentence[:numbers[0][0]]))
    # (or after the one figure of the sentence: "…, 412 offences … were finalised with outcome 21 (…)")
    after = set(_OUTCOME_NUMBER.findall(_BRACKETED_OUTCOME.sub("", sentence[numbers[0][0]:])))
    # (in its own clause, the sentence naming no outcome in words: not "thirty-one … were still under investigation …, and
    # so the number finalised with Outcome 21 for that year may rise")
    if len(numbers) == 1 and len(after) == 1 and not named_outcomes \
            and not re.search(r"[,;]", sentence[numbers[0][1]:_OUTCOME_NUMBER.search(sentence, numbers[0][1]).start()]) \
            and not any(pattern.search(sentence) for pattern in _OUTCOME_WORDS.values()):
        named_outcomes, after = after, set()
    if each_outcome := _outcome_of_each_clause(sentence, numbers):
        after = set()  # "23 were finalised as outcome 16 and 11 as outcome 18": each figure's own, in its own clause
    if len(named_outcomes) > 1 or after:
        return []
    subject = {**ages, **{k: v for o in named_outcomes for k, v in outcome_numbered(o.lower())}}
    bounds = [0] + [b for m in _CLAUSE_BREAK.finditer(sentence)
                    if not any(a < m.start() < z or a < m.end() < z for a, z in taken)
                    # a count in brackets is a part of the count before it; with none before, it is the clause's own;
                    # and a dash parts clauses only after a figure ("… 102 offences were recorded – 83 with …"), not a
                    # label from its figure ("Cautioned – <5")
                    and (m.group().strip() not in ("(", "–", "—") or numbers[0][1] <= m.start()) for b in (m.start(), m.end())] \
        + [len(sentence)]
    found = []
    bare: list[bool] = []  # whether each figure's clause is only the count and its period ("41 offences from 2021/22")
    current: Period | None = None
    heading: dict = {}  # what a clause with no figure says of those after it ("Female: 16 (2022-23), 20 (2023-24)")
    for start, end in zip(bounds[0::2], bounds[1::2]):
        clause_numbers = [n for n in numbers if start <= n[0] < end]
        clause_periods = [m for m in mentions if start <= m.span[0] < end]
        if not clause_numbers and not clause_periods and gendered:
            heading = {k: v for k, v in (_clause_dims(sentence[start:end], gendered, online) or {}).items()
                       if k == "victim_gender"}
            if heading and found:
                return []  # a gender said after figures ("…, 39 in 2022, for female victims"): of which is not clear
        if len(clause_periods) > 1 or any(len(m.periods) != 1 for m in clause_periods):
            if clause_numbers:
                return []
            current = None  # several periods at once: none of them is the next figure's
            continue
        if clause_periods:
            current = clause_periods[0].periods[0]
        if not clause_numbers:
            if found and _PREDICATE.match(sentence[start:end]) and (after := _clause_dims(sentence[start:end], False, online)) \
                    and "outcome" in after:
                # "21 of the offences recorded in 2023, and <5 of those recorded in 2022, had no outcome yet":
                # the outcome said after the figures is each one's
                if not any("outcome" in f.dims for f in found):  # (else it goes on from the one figure that names it)
                    found = [replace(f, dims={**f.dims, **after}) for f in found]
                continue
            scope = without_age_bands(sentence[start:end]) if ages and start < numbers[0][0] else sentence[start:end]
            if (_AGE_SCOPE if online else _UNPLACED_SCOPE).search(scope):
                return []  # "Of the offences flagged online, 12 …", "12 … and were flagged online": a scope apart from its figure
            continue
        if len(clause_numbers) > 1 or (current is None and not unstated):
            return []
        number = clause_numbers[0]
        if unstated and not found and (whole := _OF_THE_WHOLE.match(sentence)) and number[0] == whole.start(1):
            # "Of the 407 victims, 331 were female, 69 were male …": the whole said again, its parts named after it
            found.append(PairedFigure(number[2], current, {}, whole=True))
            bare.append(False)
            continue
        # the words between a figure and its period, an offence's title said as one word ("537 offences of sexual
        # communication with a child were recorded in 2022")
        gap = sentence[min(number[1], clause_periods[0].span[1]):max(number[0], clause_periods[0].span[0])] if clause_periods else ""
        gap = _BRACKETED.sub("", gap)  # "31 May 2025 (the latest complete month when your request was received) a further 47"
        if len(gap) > _PAIR_GAP and len(_titles_said_short(gap)) > _PAIR_GAP and not _PAIRED.fullmatch(gap):
            return []
        clause = sentence[start:end]
        if number in clause_codes:  # "rape of a female child under 13 (019E)": the title's age is what the offence is
            clause = without_title(clause, clause_codes[number])
        if ages and start < numbers[0][0]:
            clause = without_age_bands(clause)
        # a band the clause itself names ("41 offences against victims aged 13 to 15 in 2022"); a
        # victim under 18 is what a child is, the scope of the count, not a part of it ("three
        # offences where the victim was under 18 in 2022")
        if found and clause_periods and age_scope(sentence[max(number[1], clause_periods[0].span[1]):end]):
            return []  # "9 in 2021, … and 15 in 2023 had a suspect aged under 18": of the last figure, or of all?
        named_ages = {} if ages else age_scope(clause) or _victim_of_two_ages(clause)
        if not _PARTY.search(clause) and _last_party(sentence[:start]) == "suspect":
            # "Of the suspects linked to …, 71 were aged under 18 in 2021/22": the suspects' band
            named_ages = {k.replace("victim_", "suspect_"): v for k, v in named_ages.items()}
        own_ages = {k: v for k, v in named_ages.items() if not k.startswith("victim_age")
                    or (named_ages.get("victim_age_min"), named_ages.get("victim_age_max")) != ("0", "17")}
        own = _clause_dims(_VICTIM_OF_TWO_AGES.sub(" ", without_age_bands(clause)) if named_ages else clause, gendered, online)
        if own is None:
            return []
        if each_outcome and (numbered := _OUTCOME_NUMBER.search(sentence, number[1], end)):
            own = {**own, **dict(outcome_numbered(numbered.group(1).lower()))}
        dims = {**heading, **own, **subject, **own_ages}
        if not found and _AS_HAD.match(sentence[start:end]) and not _WHOLE_NAMED.fullmatch(sentence[:start]):
            # "…, as did nine from 2022/23" after a clause not read: what it did is not placed (but "Of the CSE
            # flagged crimes, 9 of those recorded in 2022 …": those of the whole the sentence begins by naming)
            return []
        if found and not own and (_BARE_PAIR.fullmatch(sentence[start:end]) or _AS_HAD.match(sentence[start:end])):
            dims = found[-1].dims  # "58 were charged in 2021/22, 61 in 2022/23", "…, as had 23 of those recorded in …"
        if unstated and not (dims.keys() & {"victim_gender", "outcome", "victim_age_known", "suspect_age_known"}):
            return []  # with no period to tell them apart, a figure must name what it is
        if number in clause_codes:
            dims = {**dims, "offence_code": clause_codes[number]}
        found.append(PairedFigure(number[2], current, {**dims, "online_flag": "true"} if online else dims))
        bare.append(bool(_COUNT_AND_PERIOD.fullmatch(_periods_said(sentence[start:end], [
            (m.span[0] - start, m.span[1] - start) for m in clause_periods]))))
    if len(found) > 1 and all(bare[:-1]) and not bare[-1] and found[-1].dims.get("outcome") \
            and not any(f.dims for f in found[:-1]):
        # "A further 41 offences from 2021/22 and 87 from 2022/23 are still under investigation": said of each
        found[:-1] = [replace(f, dims=dict(found[-1].dims)) for f in found[:-1]]
    if len(found) > 1 and (unrecorded := _AGE_UNRECORDED.search(sentence)) and unrecorded.start() > numbers[-1][1] \
            and not any(f.dims for f in found[:-1]):
        # "for 19 offences in 2022, 23 in 2023 and 31 in 2024 the age of the suspect was not recorded": said of each
        found[:-1] = [replace(f, dims=dict(found[-1].dims)) for f in found[:-1]]
    if len({(f.period, tuple(sorted(f.dims.items()))) for f in found}) < len(found):
        return []  # two figures with one period and nothing else between them: which is which is not said
    if online and len({f.period for f in found}) < len(found):
        return []  # the flagged figures beside the whole they are part of: which is which is not said
    if found and (m := _OF_THE_WHOLE.match(sentence)) and to_int(m.group(1)) == found[0].value and not found[0].dims:
        found[0] = replace(found[0], whole=True)
    elif len(found) == 1 and not found[0].dims and _THE_COUNT.search(sentence[max(0, numbers[0][0] - 12):numbers[0][1] + 30]):
        found[0] = replace(found[0], whole=True)  # "I have asked for the 15 crimes recorded in 2024 to be read": said again
    return found


# a whole with its period, then a part of it: "In 2022 there were twenty-three offences … recorded, nineteen of which had the
# online flag applied", "Between 1 January and 30 September 2025, 9 offences were recorded, of which <5 had …", "Of the 23
# offences recorded in 2022, 19 had …"
_NOUN_SAID = (r"(?P<noun>offences|crimes|cases)\b"
              # (what they are, a code in brackets among it: "offences of sexual grooming (88A) recorded")
              r"(?P<said>(?:\([^()\d]{0,30}\d{1,3}(?:/\d{1,2}|[A-Ha-h])\)|[^,;\d()]){0,100}?"
              r"(?:\b(?:19|20)\d\d(?:/\d\d)?)?[^,;\d]{0,20}?)\s*,\s*")
_WHOLE_THEN_PART = re.compile(
    rf"^(?P<head>[^\d]*?|[^,]*?\b{_YEAR}[^,]*?,?\s*(?:there\s+were\s+)?)(?<![\w<])(?P<whole>{NUMBER}|{WORD_NUMBER})\s+{_NOUN_SAID}"
    rf"(?:(?:and\s+)?(?P<part>{NUMBER}|{WORD_NUMBER})\s+of\s+(?:which|these|them|those)|of\s+(?:which|these|them|those)\s*,?\s*"
    rf"(?P<part2>{NUMBER}|{WORD_NUMBER}))\s+(?P<rest>[a-z][^\d]*)$", re.I)
_OF_THE_WHOLE_THEN_PART = re.compile(
    rf"^(?P<head>\s*of (?:the|these|those|all)\s+)(?P<whole>{NUMBER}|{WORD_NUMBER})\s+{_NOUN_SAID}"
    rf"(?P<part>{NUMBER}|{WORD_NUMBER})\s+(?P<rest>[a-z][^\d]*)$", re.I)


def _whole_then_part(sentence: str) -> list[PairedFigure]:
    """The whole a sentence gives with its one period, then the part of it the rest names
    (the online flag, an outcome, a gender), both of that period; empty where the sentence
    is not of that shape, names more or less than one period, or the part is of a kind this
    reader does not place."""
    if not (m := _WHOLE_THEN_PART.match(sentence) or _OF_THE_WHOLE_THEN_PART.match(sentence)):
        return []
    mentions = periods_in(sentence)
    if len(mentions) != 1 or len(mentions[0].periods) != 1 or mentions[0].span[0] > m.end("said") \
            or any(_counts(sentence[:m.start("whole")], [mentions[0].span])):
        return []
    if (dims := _part_dims(m.group("rest"))) is None or not dims or age_scope(m.group("head") + m.group("said")):
        return []
    period = mentions[0].periods[0]
    part = m.group("part") or m.groupdict().get("part2")
    return [PairedFigure(_count_value(m.group("whole")), period, {}, whole=True), PairedFigure(_count_value(part), period, dims)]


# a clause that is only what the figures before it did or had ("…, had no outcome yet")
_PREDICATE = re.compile(r"\s*(?:had|have|has|were|are|remain(?:ed|s)?|resulted|ended)\b", re.I)


# "129 a victim aged 13 to 15 and 186 a victim aged 16 or 17": a figure's band, two ages one after the other (not
# a band in a question: "include 19C and 19F where the victim was aged 16 or 17" says which of those offences count)
_VICTIM_OF_TWO_AGES = re.compile(r"\b(?:victims?|child(?:ren)?|girls?|boys?)\s+(?:(?:was|were)\s+)?aged\s+(\d{1,2})\s+or\s+(\d{1,2})\b", re.I)


def _victim_of_two_ages(clause: str) -> dict[str, str]:
    """The band a figure's clause names as two ages, one year apart ("a victim aged 16 or 17")."""
    m = _VICTIM_OF_TWO_AGES.search(clause)
    if m is None or int(m.group(2)) != int(m.group(1)) + 1:
        return {}
    return {"victim_age_min": m.group(1), "victim_age_max": m.group(2)}


def _titles_said_short(text: str) -> str:
    """``text`` with the Home Office title it names said as "offences"."""
    return without_title(text, code) if (code := code_titled_in(text, list(offences()))) else text


def _code_of_each(sentence: str, numbers: list[tuple[int, int, int]]) -> dict[tuple[int, int, int], str]:
    """Each figure's code, where a sentence names one code after each figure and before the next
    ("71 offences of rape of a female child under 13 (019E) and 18 … (019H)"), and none before
    the first; empty where any figure has none or several of its own."""
    if codes_in(sentence[:numbers[0][0]]):
        return {}
    ends = [n[0] for n in numbers[1:]] + [len(sentence)]
    codes = {n: codes_in(sentence[n[1]:end]) for n, end in zip(numbers, ends)}
    if len(numbers) > 2 and not codes[numbers[-1]] and _A_TOTAL_OF.search(sentence[:numbers[-1][0]]):
        del codes[numbers[-1]]  # "…, a total of 75 offences": the figures' total, of no one code
    return {n: c[0] for n, c in codes.items()} if all(len(c) == 1 for c in codes.values()) else {}


_A_TOTAL_OF = re.compile(r"\b(?:a total of|in total|totalling|making)\s*$", re.I)


# "Of the CSE flagged crimes, ": the whole a sentence's figures are parts of, named before them with no figure
_WHOLE_NAMED = re.compile(r"\s*of (?:the|these|those|all)\b[^,;\d]*,\s*", re.I)

# a clause that says again what the one before said of its figure: "as had 23 of those recorded in 2022/23"
_AS_HAD = re.compile(rf"^\W*(?:and\s+)?(?:as\s+(?:had|did|were|was|have)\s+(?:{NUMBER}|{WORD_NUMBER})|(?:{NUMBER}|{WORD_NUMBER})\s+of\s+(?:those|these))\b",
                     re.I)


# (after a clause of when: "As at 26 February 2024, of the 108 offences recorded in 2023, 6 had …")
_OF_THE_WHOLE = re.compile(rf"^\s*(?:(?:as at|as of|at|by|on)\s[^,;]{{0,40}},\s*)?of (?:the|these|those|all)\s+({NUMBER})\b", re.I)


# words saying what they count is what was counted before ("Table 2: The same offences by sex of victim",
# "How many of these offences resulted in a charge")
REFERS_BACK = re.compile(r"\b(?:the same|these|those)\s+(?:offences|crimes|figures|cases|victims|data|records)\b|"
                         r"\bof (?:these|those|them|the above)\b", re.I)
