"""Working days under FOIA and FOISA, from the ``holidays`` package's UK subdivisions.

- **FOIA s.10(6)**: a working day is any day other than a Saturday, a Sunday, Christmas
  Day, Good Friday or a bank holiday *in any part of the United Kingdom* — so St Andrew's
  Day (Scotland) and St Patrick's Day (Northern Ireland) stop the clock for a force in
  England too. The non-working set is the union of the England, Wales, Scotland and
  Northern Ireland lists.
- **FOISA s.73**: any day other than a Saturday, a Sunday, Christmas Day or a bank holiday
  *in Scotland*: the Scotland list only.

The package's lists include Christmas Day and Good Friday in every subdivision, the
substitute days for holidays that fall at a weekend, and one-off proclaimed days (the 2022
jubilee, the 2022 state funeral, the 2023 coronation); the tests check them against the
rules in ``shared/reference/uk_holidays_notes.md``.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays

from .law import Regime, join_words

SUBDIVISIONS = {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}
_REGIME_SUBDIVISIONS = {Regime.FOIA: tuple(SUBDIVISIONS), Regime.FOISA: ("SCT",)}


@cache
def _holidays(subdivision: str, year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv=subdivision, years=year))


def non_working_reason(day: date, regime: Regime) -> str | None:
    """Why ``day`` is not a working day under ``regime`` ("Saturday", "Christmas Day",
    "Saint Patrick's Day, a bank holiday in Northern Ireland"), or None for a working day."""
    names: dict[str, list[str]] = {}
    for subdivision in _REGIME_SUBDIVISIONS[regime]:
        name = _holidays(subdivision, day.year).get(day)
        if name:
            names.setdefault(name, []).append(SUBDIVISIONS[subdivision])
    weekend = day.strftime("%A") if day.weekday() >= 5 else ""
    if not names:
        return weekend or None
    parts = []
    for name, where in names.items():
        local = regime is Regime.FOIA and len(where) < len(SUBDIVISIONS)
        parts.append(f"{name}, a bank holiday in {join_words(where)}" if local else name)
    holiday = "; ".join(parts)
    return f"{weekend}, {holiday}" if weekend else holiday


def is_working_day(day: date, regime: Regime) -> bool:
    return non_working_reason(day, regime) is None


def working_days_after(start: date, end: date, regime: Regime) -> int:
    """How many working days fall after ``start`` up to and including ``end`` (0 if end <= start)."""
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        count += is_working_day(day, regime)
        day += timedelta(days=1)
    return count
