"""Statutory deadlines. Every expected due date below was counted by hand, day by day,
from the rules in shared/reference/uk_holidays_notes.md: receipt is day 0; a FOIA
working day excludes weekends and a bank holiday in any part of the UK; a FOISA working
day excludes weekends and Scottish bank holidays only."""

from datetime import date

import pytest

from foistats.requests.deadlines import (
    Pause,
    extended_deadline,
    long_overdue_from,
    reply_deadline,
    review_deadline,
)
from foistats.requests.law import Regime

FOIA, FOISA = Regime.FOIA, Regime.FOISA

CASES = [
    # received, regime, due, what the case shows
    # Christmas and New Year: 25, 26 Dec, 1 Jan and (Scotland) 2 Jan skipped. An English
    # force skips Scotland's 2 January too, so both land on Thu 23 Jan (not Wed 22 Jan).
    (date(2024, 12, 20), FOIA, date(2025, 1, 23), "Friday 20 December 2024, English force"),
    (date(2024, 12, 20), FOISA, date(2025, 1, 23), "Friday 20 December 2024, Police Scotland"),
    # Easter 2025: Good Friday 18 Apr everywhere; Easter Monday 21 Apr not in Scotland;
    # early May 5 May everywhere
    (date(2025, 4, 10), FOIA, date(2025, 5, 13), "Easter, FOIA"),
    (date(2025, 4, 10), FOISA, date(2025, 5, 12), "Easter, FOISA: Easter Monday is a working day"),
    # St Andrew's Day, Thursday 30 November 2023: a Scottish holiday, so FOIA skips it too
    (date(2023, 11, 16), FOIA, date(2023, 12, 15), "St Andrew's Day, FOIA"),
    (date(2023, 11, 16), FOISA, date(2023, 12, 15), "St Andrew's Day, FOISA"),
    # St Andrew's Day 2024 is a Saturday: Monday 2 December is the holiday
    (date(2024, 11, 25), FOISA, date(2024, 12, 24), "St Andrew's Day substitute, FOISA"),
    # St Patrick's Day, Monday 17 March 2025: Northern Ireland only
    (date(2025, 3, 3), FOIA, date(2025, 4, 1), "St Patrick's Day, FOIA"),
    (date(2025, 3, 3), FOISA, date(2025, 3, 31), "St Patrick's Day, FOISA: a working day"),
    # St Patrick's Day 2024 is a Sunday (Monday 18 March off in NI), then Easter 29 Mar / 1 Apr
    (date(2024, 3, 11), FOIA, date(2024, 4, 11), "St Patrick's substitute and Easter, FOIA"),
    (date(2024, 3, 11), FOISA, date(2024, 4, 9), "St Patrick's substitute and Easter, FOISA"),
    # 12 July 2024 (Friday): Northern Ireland only
    (date(2024, 6, 28), FOIA, date(2024, 7, 29), "12 July, FOIA"),
    (date(2024, 6, 28), FOISA, date(2024, 7, 26), "12 July, FOISA: a working day"),
]


@pytest.mark.parametrize(("received", "regime", "due", "case"), CASES, ids=[c[3] for c in CASES])
def test_reply_due_on_the_20th_working_day_following_receipt(received, regime, due, case):
    deadline = reply_deadline(received, regime)
    assert deadline.due == due
    assert deadline.received == received
    assert [d.working_day for d in deadline.days if d.working_day] == list(range(1, 21))


def test_christmas_working_out_names_each_skipped_day():
    deadline = reply_deadline(date(2024, 12, 20), FOIA)
    skipped = {d.date: d.why for d in deadline.skipped}
    assert skipped[date(2024, 12, 21)] == "Saturday"
    assert "Christmas" in skipped[date(2024, 12, 25)]
    assert "Boxing" in skipped[date(2024, 12, 26)]
    assert "New Year" in skipped[date(2025, 1, 1)]
    assert skipped[date(2025, 1, 2)].endswith("a bank holiday in Scotland")
    assert date(2024, 12, 24) not in skipped and date(2024, 12, 31) not in skipped
    # every day from day 1 to the due date is listed once, in order
    dates = [d.date for d in deadline.days]
    assert dates[0] == date(2024, 12, 21) and dates[-1] == date(2025, 1, 23) and len(dates) == 34


def test_receipt_on_a_weekend_still_counts_as_day_0():
    # Saturday 1 March 2025: day 1 is Monday 3 March. 3-14 March = 10; Mon 17 March (NI)
    # skipped; 18-28 March = 19; Mon 31 March = 20
    assert reply_deadline(date(2025, 3, 1), FOIA).due == date(2025, 3, 31)


def test_a_fees_notice_pauses_the_clock_for_the_days_it_is_outstanding():
    # received Mon 2 June 2025; notice Mon 9 June; fee received Fri 13 June: 9-13 June do
    # not count (s.10(2)). 3-6 June = 4; 16-27 June = 14; 30 June, 1-4 July = 19; Mon 7 July = 20
    pause = Pause(date(2025, 6, 9), date(2025, 6, 13), "fees notice outstanding")
    deadline = reply_deadline(date(2025, 6, 2), FOIA, pauses=[pause])
    assert deadline.due == date(2025, 7, 7)
    assert [d.why for d in deadline.skipped if d.date == date(2025, 6, 10)] == ["fees notice outstanding"]
    assert reply_deadline(date(2025, 6, 2), FOIA).due == date(2025, 6, 30)


def test_public_interest_extension_runs_to_the_40th_working_day():
    # from Mon 2 June 2025: 20th = Mon 30 June; 1-11 July = 29; Mon 14 July is the NI
    # Boyne holiday (12th a Saturday); 15 July = 30 … Tue 29 July = 40
    assert extended_deadline(date(2025, 6, 2), FOIA).due == date(2025, 7, 29)


def test_long_overdue_after_the_40th_working_day():
    # from Fri 20 Dec 2024: 20th = Thu 23 Jan; 24 Jan … 20 Feb = the next 20 working days
    assert long_overdue_from(date(2024, 12, 20), FOIA) == date(2025, 2, 20)


def test_internal_review_20_working_days_expected_40_at_most():
    # asked Mon 7 July 2025: 8-11 July = 4; 14 July (NI) skipped; 15 July-1 Aug = 18;
    # Mon 4 Aug (Scottish summer holiday) skipped; 5 Aug = 19; Wed 6 Aug = 20
    assert review_deadline(date(2025, 7, 7), FOIA).due == date(2025, 8, 6)
    # Police Scotland: 14 July is a working day there, 4 August is not
    # 8-11 July = 4, 14 July-1 Aug = 19, 5 Aug = 20
    assert review_deadline(date(2025, 7, 7), FOISA).due == date(2025, 8, 5)
    # 40 at most: from 6 Aug (20th) on: 7 Aug … 3 Sep; 25 Aug is the E&W summer holiday
    # 7-8 Aug = 22, 11-15 = 27, 18-22 = 32, 26-29 = 36, 1-3 Sep = 39, Thu 4 Sep = 40
    assert review_deadline(date(2025, 7, 7), FOIA, latest=True).due == date(2025, 9, 4)


def test_the_json_working_out_has_the_documented_keys():
    row = reply_deadline(date(2024, 12, 20), FOISA).to_json("police-scotland")
    assert {"authority", "regime", "received", "due", "skipped"} <= set(row)
    assert row["authority"] == "police-scotland" and row["regime"] == "FOISA"
    assert row["received"] == "2024-12-20" and row["due"] == "2025-01-23"
    assert row["skipped"][0] == {"date": "2024-12-21", "why": "Saturday"}
    assert [s["date"] for s in row["skipped"]] == [
        "2024-12-21", "2024-12-22", "2024-12-25", "2024-12-26", "2024-12-28", "2024-12-29", "2025-01-01",
        "2025-01-02", "2025-01-04", "2025-01-05", "2025-01-11", "2025-01-12", "2025-01-18", "2025-01-19",
    ]
