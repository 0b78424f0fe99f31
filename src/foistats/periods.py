"""Periods: the spans of time figures are given for, and every way people write them.

A Period is two dates, both inclusive. Its label is worked out from the dates, so a
period has exactly one canonical spelling:

========================  ==============================================
dates                     label
========================  ==============================================
1 Apr 2019 – 31 Mar 2020  ``2019/20``            (a financial year)
1 Apr 2017 – 31 Mar 2023  ``2017/18 to 2022/23`` (a run of financial years)
1 Jan 2015 – 31 Dec 2015  ``2015``               (a calendar year)
1 Jan 2013 – 31 Dec 2015  ``2013 to 2015``       (a run of calendar years)
1 Oct 2017 – 31 Mar 2018  ``October 2017 to March 2018`` (whole months)
3 Apr 2017 – 31 Mar 2018  ``3 April 2017 to 31 March 2018`` (anything else)
========================  ==============================================

:func:`parse_period` reads the spellings met in replies and releases ("2019-20",
"FY 2019/2020", "April 2019 to March 2020", "between 2013 and 2015", "since 2017/18", …)
and rejects nonsense with a message that says why.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .errors import FoistatsError, InputError, PeriodError

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# Welsh: a bilingual letter from a Welsh force dates itself in both languages
MONTHS.update({name: number for number, name in enumerate(
    ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"),
    start=1)})


@dataclass(frozen=True, order=True)
class Period:
    """A span of days, both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @classmethod
    def financial_year(cls, start_year: int) -> "Period":
        """The police financial year that starts on 1 April of ``start_year``."""
        return cls(date(start_year, 4, 1), date(start_year + 1, 3, 31))

    @classmethod
    def calendar_year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def kind(self) -> str:
        """``financial_year``, ``financial_years``, ``calendar_year``, ``calendar_years``,
        ``months`` or ``days``."""
        s, e = self.start, self.end
        if (s.month, s.day, e.month, e.day) == (4, 1, 3, 31):
            return "financial_year" if e.year == s.year + 1 else "financial_years"
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            return "calendar_year" if e.year == s.year else "calendar_years"
        if s.day == 1 and e == _month_end(e.year, e.month):
            return "months"
        return "days"

    @property
    def is_whole_year(self) -> bool:
        """True for one financial or one calendar year."""
        return self.kind in ("financial_year", "calendar_year")

    @property
    def years(self) -> list["Period"]:
        """The whole years (financial or calendar) this period is made of; empty otherwise."""
        kind = self.kind
        if kind in ("financial_year", "financial_years"):
            return [Period.financial_year(y) for y in range(self.start.year, self.end.year)]
        if kind in ("calendar_year", "calendar_years"):
            return [Period.calendar_year(y) for y in range(self.start.year, self.end.year + 1)]
        return []

    def contains(self, other: "Period") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Period") -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def label(self) -> str:
        s, e = self.start, self.end
        kind = self.kind
        if kind == "financial_year":
            return _fy_label(s.year)
        if kind == "financial_years":
            return f"{_fy_label(s.year)} to {_fy_label(e.year - 1)}"
        if kind == "calendar_year":
            return str(s.year)
        if kind == "calendar_years":
            return f"{s.year} to {e.year}"
        if kind == "months":
            first = f"{calendar.month_name[s.month]} {s.year}"
            last = f"{calendar.month_name[e.month]} {e.year}"
            return first if first == last else f"{first} to {last}"
        first, last = day_label(s), day_label(e)
        return first if s == e else f"{first} to {last}"

    def __str__(self) -> str:
        return self.label


def _fy_label(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def day_label(d: date) -> str:
    """A day as a reply writes it: "30 September 2024"."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# --- parsing -------------------------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_YEAR = r"(?:19|20)\d\d"


def _normalise(text: str) -> str:
    text = text.strip()
    for dash in _DASHES:
        text = text.replace(dash, "-")
    text = re.sub(r"\s+", " ", text)
    # "April 2021-March 2022", "1 Apr 2021-31 Mar 2022": a dash glued to a year joins two periods
    return _GLUED_DASH.sub(" - ", text)


_GLUED_DASH = re.compile(r"(?<=(?:19|20)\d\d)\s*-\s*(?=[A-Za-z]|\d{1,2}(?:st|nd|rd|th)?\s*[A-Za-z]|\d{1,2}/\d{1,2}/)")


def _check_year(year: int, text: str) -> int:
    if not 1900 <= year <= 2100:
        raise PeriodError(f"{text!r}: the year {year} is out of range (1900 to 2100)")
    return year


def _financial_year(first: str, second: str, text: str) -> Period:
    """Read the two halves of '2019/20' or '2019/2020' as one financial year."""
    start = _check_year(int(first), text)
    if len(second) == 2:
        expected = f"{(start + 1) % 100:02d}"
    elif len(second) == 4:
        expected = str(start + 1)
    else:
        raise PeriodError(f"{text!r}: the second year must have two or four digits")
    if second != expected:
        raise PeriodError(
            f"{text!r} is not a financial year: the year after {start} is {expected}, "
            f"not {second} (a financial year runs 1 April to 31 March of the next year)"
        )
    return Period.financial_year(start)


_FY = re.compile(rf"^(?:fy\s*)?({_YEAR})\s*[/-]\s*(\d{{2}}|\d{{4}})$", re.I)
_CY = re.compile(rf"^({_YEAR})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]+)\.?\s+((?:19|20)\d\d)$", re.I)


def _one_period(text: str) -> Period:
    """Parse a single period written without 'to' or 'and'."""
    if m := _FY.match(text):
        first, second = m.groups()
        if len(second) == 4 and int(second) != int(first) + 1 and not text.lower().startswith("fy"):
            # '2013-2015' is a run of calendar years, not a broken financial year
            if "-" in text and int(second) > int(first):
                return _span(Period.calendar_year(int(first)), Period.calendar_year(int(second)), text)
        return _financial_year(first, second, text)
    if m := _CY.match(text):
        return Period.calendar_year(_check_year(int(m.group(1)), text))
    if m := _DAY_MONTH_YEAR.match(text):
        day, month_name, year = m.groups()
        month = MONTHS.get(month_name.lower())
        if month is None:
            raise PeriodError(f"{text!r}: {month_name!r} is not a month")
        year = _check_year(int(year), text)
        if day is None:
            return Period(date(year, month, 1), _month_end(year, month))
        try:
            d = date(year, month, int(day))
        except ValueError as exc:
            raise PeriodError(f"{text!r}: {exc}") from None
        return Period(d, d)
    raise PeriodError(
        f"{text!r} is not a period foistats can read; write a financial year as 2019/20, "
        "a calendar year as 2015, or a span as '2013 to 2015' or 'April 2019 to March 2020'"
    )


def _span(first: Period, last: Period, text: str) -> Period:
    if last.end < first.start or last.start < first.start:
        raise PeriodError(f"{text!r}: the span ends ({last}) before it starts ({first})")
    return Period(first.start, last.end)


_SPAN = re.compile(r"^(?:between|from)?\s*(.+?)\s+(?:to|and|until|-)\s+(.+)$", re.I)
_SINCE = re.compile(r"^since\s+(.+)$", re.I)


def parse_period(text: str, *, latest: Period | None = None) -> Period:
    """Read a period in any spelling met in FOI replies and releases.

    ``latest`` is the latest period asked or published; it gives "since 2017/18" its end.
    Raises :class:`PeriodError` saying why a spelling is not a period.
    """
    if not isinstance(text, str) or not text.strip():
        raise PeriodError("an empty period: write one such as 2019/20 or 2015")
    norm = _normalise(text)
    if _FY.match(norm):
        return _one_period(norm)
    if m := _SINCE.match(norm):
        first = _one_period(m.group(1))
        if latest is None:
            raise PeriodError(
                f"{text!r}: 'since' needs to know the latest period asked (pass latest=…)"
            )
        return _span(first, latest, text)
    if m := _SPAN.match(norm):
        first, last = _one_period(m.group(1)), _one_period(m.group(2))
        if {first.kind, last.kind} <= {"days", "months"}:
            # days to days, months to months, or a month to a day ("April 2023 – 31 October 2023": from its first day)
            return _span(first, last, text)
        if first.kind != last.kind:
            raise PeriodError(
                f"{text!r}: a span must run between two periods of the same kind "
                f"({first.label!r} is a {first.kind.replace('_', ' ')}, "
                f"{last.label!r} a {last.kind.replace('_', ' ')})"
            )
        return _span(first, last, text)
    if re.match(r"^\d{1,2}\s*/\s*(?:19|20)\d\d$", norm):
        raise PeriodError(f"{text!r}: a period starts with its four-digit year, as in 2019/20")
    return _one_period(norm)


def parse_comparison(text: str) -> tuple[Period, Period | None]:
    """Read 'P' or 'P vs Q' (a published change of P against Q) into (P, Q)."""
    parts = re.split(r"\s+(?:vs\.?|versus|against|compared with)\s+", _normalise(text), flags=re.I)
    if len(parts) == 1:
        return parse_period(parts[0]), None
    if len(parts) != 2:
        raise PeriodError(f"{text!r}: a comparison has exactly two periods, as in '2019/20 vs 2018/19'")
    return parse_period(parts[0]), parse_period(parts[1])


def parse_day(text: str | date, what: str = "date", error: type[FoistatsError] = InputError) -> date:
    """A day written YYYY-MM-DD (a date is itself); anything else is ``error``, naming
    ``what`` (the option or field it was given as) and how to write it."""
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise error(f"{what} {text!r}: write a date as YYYY-MM-DD") from None
