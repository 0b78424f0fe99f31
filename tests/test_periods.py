from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foistats.errors import PeriodError
from foistats.periods import Period, parse_comparison, parse_period

FY_2019 = (date(2019, 4, 1), date(2020, 3, 31))


@pytest.mark.parametrize(
    "text",
    ["2019/20", "2019-20", "2019–20", "2019—20", "FY2019/20", "FY 2019/2020", "2019/2020", "fy 2019-20",
     "April 2019 to March 2020", "1 April 2019 to 31 March 2020", "Apr 2019 - Mar 2020", " 2019 / 20 "],
)
def test_every_spelling_of_a_financial_year(text):
    period = parse_period(text)
    assert (period.start, period.end) == FY_2019
    assert period.label == "2019/20"
    assert period.kind == "financial_year"


@pytest.mark.parametrize(
    "text, start, end, label",
    [
        ("2015", date(2015, 1, 1), date(2015, 12, 31), "2015"),
        ("2013 to 2015", date(2013, 1, 1), date(2015, 12, 31), "2013 to 2015"),
        ("between 2013 and 2015", date(2013, 1, 1), date(2015, 12, 31), "2013 to 2015"),
        ("2013-2015", date(2013, 1, 1), date(2015, 12, 31), "2013 to 2015"),
        ("2017/18 to 2022/23", date(2017, 4, 1), date(2023, 3, 31), "2017/18 to 2022/23"),
        ("October 2017 to March 2018", date(2017, 10, 1), date(2018, 3, 31), "October 2017 to March 2018"),
        ("3 April 2017 to 31 March 2018", date(2017, 4, 3), date(2018, 3, 31), "3 April 2017 to 31 March 2018"),
        ("March 2018", date(2018, 3, 1), date(2018, 3, 31), "March 2018"),
        # a month to a day: a part year's row ("April 2023 – 31 October 2023")
        ("April 2023 – 15 October 2023", date(2023, 4, 1), date(2023, 10, 15), "1 April 2023 to 15 October 2023"),
    ],
)
def test_calendar_years_spans_and_part_years(text, start, end, label):
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)


def test_since_runs_to_the_latest_period_asked():
    assert parse_period("since 2017/18", latest=parse_period("2022/23")).label == "2017/18 to 2022/23"
    with pytest.raises(PeriodError, match="latest period"):
        parse_period("since 2017/18")


@pytest.mark.parametrize(
    "text, why",
    [
        ("2019/21", "the year after 2019 is 20"),
        ("2019/18", "the year after 2019 is 18|not 18"),
        ("13/2019", "starts with its four-digit year"),
        ("2019/2021", "the year after 2019 is 2020"),
        ("2015 to 2013", "ends"),
        ("2015 to 2019/20", "same kind"),
        ("Smarch 2019", "not a month"),
        ("", "empty"),
        ("last year", "not a period"),
        ("31 February 2019", "day is out of range"),
    ],
)
def test_nonsense_is_rejected_with_the_reason(text, why):
    with pytest.raises(PeriodError, match=why.split("|")[-1]):
        parse_period(text)


def test_comparison_reads_both_periods():
    period, base = parse_comparison("2019/20 vs 2018/19")
    assert (period.label, base.label) == ("2019/20", "2018/19")
    assert parse_comparison("2015") == (parse_period("2015"), None)


def test_day_counts_of_financial_years():
    assert parse_period("2019/20").days == 366  # holds 29 February 2020
    assert parse_period("2018/19").days == 365
    assert parse_period("2015/16").days == 366
    assert parse_period("2017/18 to 2022/23").days == 365 * 6 + 1  # one 29 February, in 2020
    assert len(parse_period("2017/18 to 2022/23").years) == 6


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@given(st.integers(1990, 2090))
def test_financial_year_round_trip_and_days(year):
    period = Period.financial_year(year)
    assert parse_period(period.label) == period
    assert period.days == (366 if _is_leap(year + 1) else 365)
    assert parse_period(f"{year}/{year + 1}") == period
    assert parse_period(f"April {year} to March {year + 1}") == period


@given(st.integers(1990, 2080), st.integers(0, 10))
def test_spans_round_trip(year, length):
    for period in (Period(Period.calendar_year(year).start, Period.calendar_year(year + length).end),
                   Period(Period.financial_year(year).start, Period.financial_year(year + length).end)):
        assert parse_period(period.label) == period
        assert len(period.years) == length + 1


@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.integers(0, 4000))
def test_any_period_label_round_trips(start, length):
    period = Period(start, date.fromordinal(min(start.toordinal() + length, date(2099, 12, 31).toordinal())))
    assert parse_period(period.label) == period
