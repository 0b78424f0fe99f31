"""Statutory deadlines, worked out day by day.

FOIA s.10(1) and FOISA s.10(1): reply no later than the **20th working day following the
date of receipt**. The day of receipt is day 0, whatever day of the week it is; day 1 is
the first working day after it (ICO line to take LTT47). Then:

- **clarification** (FOIA s.1(3), FOISA s.1(3)): the clock starts again, with the day the
  clarification arrives as the new day 0;
- **fees notice** (s.10(2) of both Acts): the days from the day the notice is given to the
  day the fee is received, both included, do not count;
- **public-interest extension** (FOIA s.10(3) only): "such time as is reasonable"; the ICO
  expects no more than 20 more working days, so foistats takes the 40th working day unless
  the authority named an earlier or later date. FOISA has no such extension.
- **internal review**: 20 working days expected (FOIA s.45 code of practice; statutory
  under FOISA s.21(1)), 40 at most.

A request is *long overdue* once the 40th working day after receipt has passed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import takewhile

from .law import Regime
from .workdays import non_working_reason

REPLY_WORKING_DAYS = 20
LONG_OVERDUE_WORKING_DAYS = 40
EXTENSION_WORKING_DAYS = 40
REVIEW_WORKING_DAYS = 20
REVIEW_LATEST_WORKING_DAYS = 40


@dataclass(frozen=True)
class Day:
    """One day of the working-out: a counted working day (``working_day`` 1, 2, …) or a
    day skipped, with why."""

    date: date
    working_day: int | None
    why: str = ""


@dataclass(frozen=True)
class Pause:
    """Days that do not count although they are working days (a fees notice outstanding)."""

    start: date
    end: date
    why: str

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Deadline:
    """A due date and how it was reached, from day 0 (``received``) to ``due``."""

    regime: Regime
    received: date
    due: date
    working_days: int
    rule: str
    days: tuple[Day, ...]

    @property
    def skipped(self) -> list[Day]:
        return [d for d in self.days if d.working_day is None]

    def to_json(self, authority: str) -> dict[str, object]:
        return {
            "authority": authority,
            "regime": self.regime.value,
            "rule": self.rule,
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
            "working_days": self.working_days,
            "skipped": [{"date": d.date.isoformat(), "why": d.why} for d in self.skipped],
        }

    def lines(self) -> list[str]:
        """The working-out as text, one line per day."""
        out = [f"{self.rule} ({self.regime.act})", f"{_day(self.received)}  day 0: received"]
        for d in self.days:
            what = f"working day {d.working_day}" if d.working_day else f"not counted: {d.why}"
            out.append(f"{_day(d.date)}  {what}")
        out.append(f"Due: {_day(self.due)}")
        return out


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def long_date(d: date) -> str:
    """A date as a letter or a story writes it: 1 July 2019."""
    return f"{d.day} {d:%B %Y}"


def _walk(received: date, regime: Regime, pauses: Sequence[Pause]) -> Iterator[Day]:
    """Every day after ``received``, each numbered if it is a counted working day."""
    counted = 0
    day = received
    while True:
        day += timedelta(days=1)
        why = non_working_reason(day, regime)
        if why is None:
            why = next((p.why for p in pauses if p.covers(day)), None)
        if why is None:
            counted += 1
            yield Day(day, counted)
        else:
            yield Day(day, None, why)


def count_working_days(
    received: date, working_days: int, regime: Regime, *, pauses: Sequence[Pause] = (), rule: str = ""
) -> Deadline:
    """The ``working_days``-th working day following ``received`` (day 0), skipping
    weekends and holidays under ``regime`` and any days inside ``pauses``."""
    days: list[Day] = []
    for day in _walk(received, regime, pauses):
        days.append(day)
        if day.working_day == working_days:
            break
    rule = rule or f"the {_ordinal(working_days)} working day following receipt"
    return Deadline(regime, received, days[-1].date, working_days, rule, tuple(days))


def deadline_on(received: date, due: date, regime: Regime, *, pauses: Sequence[Pause] = (), rule: str) -> Deadline:
    """The working-out from ``received`` to a due date someone named (an extension's end)."""
    days = list(takewhile(lambda d: d.date <= due, _walk(received, regime, pauses)))
    counted = max((d.working_day or 0 for d in days), default=0)
    return Deadline(regime, received, due, counted, rule, tuple(days))


def reply_deadline(received: date, regime: Regime, *, pauses: Sequence[Pause] = ()) -> Deadline:
    """When a reply is due: s.10(1) of FOIA or FOISA."""
    return count_working_days(
        received, REPLY_WORKING_DAYS, regime, pauses=pauses,
        rule=f"{regime.value} s.10(1): the 20th working day following receipt",
    )


def extended_deadline(received: date, regime: Regime, *, pauses: Sequence[Pause] = ()) -> Deadline:
    """The ICO's expected outer limit for a FOIA public-interest extension: 40 working days."""
    return count_working_days(
        received, EXTENSION_WORKING_DAYS, regime, pauses=pauses,
        rule="FOIA s.10(3) public-interest extension: the 40th working day following receipt (ICO guidance)",
    )


def long_overdue_from(received: date, regime: Regime, *, pauses: Sequence[Pause] = ()) -> date:
    """The 40th working day after receipt: a request still unanswered after it is long overdue."""
    return count_working_days(received, LONG_OVERDUE_WORKING_DAYS, regime, pauses=pauses).due


def review_deadline(asked: date, regime: Regime, *, latest: bool = False) -> Deadline:
    """When an internal review is due: 20 working days after it was asked, or 40 at most."""
    n = REVIEW_LATEST_WORKING_DAYS if latest else REVIEW_WORKING_DAYS
    basis = "FOISA s.21(1)" if regime is Regime.FOISA and not latest else "the s.45 code of practice"
    return count_working_days(
        asked, n, regime, rule=f"internal review ({basis}): the {_ordinal(n)} working day after it was asked"
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
