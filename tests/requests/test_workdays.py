"""The holidays package's UK lists, checked against the rules in
shared/reference/uk_holidays_notes.md (§1, §2, §5, §6) — the expected days are written
from those rules, not read from the package."""

from datetime import date, timedelta

import pytest

from foistats.requests.law import Regime
from foistats.requests.workdays import is_working_day, non_working_reason, working_days_after

FOIA, FOISA = Regime.FOIA, Regime.FOISA


def _holidays_in(year: int, regime: Regime) -> set[date]:
    """Weekday non-working days of a year (weekends left out)."""
    day, out = date(year, 1, 1), set()
    while day.year == year:
        if day.weekday() < 5 and not is_working_day(day, regime):
            out.add(day)
        day += timedelta(days=1)
    return out


def test_scotland_2024_is_the_scottish_list_and_nothing_else():
    # New Year's Day, 2 January, Good Friday, early May, spring, summer (first Monday in
    # August), St Andrew's Day (30 Nov is a Saturday: the Monday after), Christmas, Boxing Day
    expected = {
        date(2024, 1, 1), date(2024, 1, 2), date(2024, 3, 29), date(2024, 5, 6), date(2024, 5, 27),
        date(2024, 8, 5), date(2024, 12, 2), date(2024, 12, 25), date(2024, 12, 26),
    }
    assert _holidays_in(2024, FOISA) == expected


def test_foia_2024_is_the_union_of_all_four_nations():
    # E&W: 1 Jan, Good Friday 29 Mar, Easter Monday 1 Apr, 6 May, 27 May, 26 Aug, 25 and 26 Dec
    # plus Scotland: 2 Jan, 5 Aug, 2 Dec (St Andrew's substitute)
    # plus Northern Ireland: 18 Mar (St Patrick's Day, 17th a Sunday), 12 Jul
    expected = {
        date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 6), date(2024, 5, 27),
        date(2024, 8, 26), date(2024, 12, 25), date(2024, 12, 26),
        date(2024, 1, 2), date(2024, 8, 5), date(2024, 12, 2),
        date(2024, 3, 18), date(2024, 7, 12),
    }
    assert _holidays_in(2024, FOIA) == expected


@pytest.mark.parametrize("day", [date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19), date(2023, 5, 8)])
def test_proclaimed_one_off_days_count_everywhere(day):
    # the 2022 jubilee (spring holiday moved to 2 June, plus 3 June), the state funeral of
    # 19 September 2022 and the coronation holiday of 8 May 2023
    assert not is_working_day(day, FOIA)
    assert not is_working_day(day, FOISA)


def test_ni_only_days_stop_the_foia_clock_but_not_the_foisa_one():
    assert non_working_reason(date(2025, 3, 17), FOIA).endswith("Northern Ireland")
    assert is_working_day(date(2025, 3, 17), FOISA)
    assert "Northern Ireland" in non_working_reason(date(2024, 7, 12), FOIA)
    assert is_working_day(date(2024, 7, 12), FOISA)
    # 12 July 2025 is a Saturday: the holiday moves to Monday 14 July
    assert "Northern Ireland" in non_working_reason(date(2025, 7, 14), FOIA)


def test_easter_monday_is_not_a_scottish_holiday_and_good_friday_is_everywhere():
    assert is_working_day(date(2025, 4, 21), FOISA)
    assert not is_working_day(date(2025, 4, 21), FOIA)
    assert not is_working_day(date(2025, 4, 18), FOISA)
    assert non_working_reason(date(2025, 4, 18), FOIA) == non_working_reason(date(2025, 4, 18), FOISA)


def test_a_uk_wide_day_is_not_labelled_with_places_but_a_local_one_is():
    assert "a bank holiday in" not in non_working_reason(date(2024, 12, 25), FOIA)
    assert non_working_reason(date(2025, 1, 2), FOIA).endswith("a bank holiday in Scotland")
    assert non_working_reason(date(2024, 12, 21), FOIA) == "Saturday"
    assert non_working_reason(date(2025, 1, 3), FOIA) is None


def test_working_days_after_counts_the_end_but_not_the_start():
    # Thu 23 Jan 2025 to Fri 31 Jan 2025: 24, 27, 28, 29, 30, 31 January
    assert working_days_after(date(2025, 1, 23), date(2025, 1, 31), FOIA) == 6
    assert working_days_after(date(2025, 1, 23), date(2025, 1, 23), FOIA) == 0
    assert working_days_after(date(2025, 1, 23), date(2025, 1, 1), FOIA) == 0
