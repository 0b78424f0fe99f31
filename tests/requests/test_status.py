"""Every state and every transition of a request, and the calendar-driven states.

Gwent Police answers under FOIA, Police Scotland under FOISA. Due dates are counted by
hand (see test_deadlines.py for the method)."""

from datetime import date

import pytest

from foistats.areas import resolve_area
from foistats.requests.law import RequestError
from foistats.requests.log import Event, EventKind
from foistats.requests.status import State, replay, request_status, status_table

GWENT = resolve_area("gwent")
SCOTLAND = resolve_area("police-scotland")
K = EventKind


def ev(kind, day, authority="gwent", **extra):
    if kind is K.REFUSED and "sections" not in extra:
        extra["sections"] = ("12",)
    return Event(authority=authority, kind=kind, date=day, **extra)


def d(month, day, year=2025):
    return date(year, month, day)


# Each phase of a request, reached by a history (Gwent, sent Monday 2 June 2025).
PHASES = {
    "not sent": [],
    "open": [ev(K.SENT, d(6, 2))],
    "clarification": [ev(K.SENT, d(6, 2)), ev(K.CLARIFICATION_ASKED, d(6, 4))],
    "fee": [ev(K.SENT, d(6, 2)), ev(K.FEE_NOTICE, d(6, 9))],
    "answered": [ev(K.SENT, d(6, 2)), ev(K.REFUSED, d(6, 20))],
    "review": [ev(K.SENT, d(6, 2)), ev(K.REFUSED, d(6, 20)), ev(K.REVIEW_ASKED, d(6, 23))],
    "withdrawn": [ev(K.SENT, d(6, 2)), ev(K.WITHDRAWN, d(6, 5))],
}

OUTCOME_STATES = {
    K.ANSWERED: State.SUCCESSFUL,
    K.PARTIAL: State.PARTIALLY_SUCCESSFUL,
    K.REFUSED: State.REFUSED,
    K.NOT_HELD: State.NOT_HELD,
}

# (phase, event) -> the state on 25 June 2025 (before the 30 June due date). Every pair
# not listed here must be rejected.
TRANSITIONS = {
    ("not sent", K.SENT): State.WAITING_RESPONSE,
    ("open", K.ACKNOWLEDGED): State.WAITING_RESPONSE,
    ("open", K.CLARIFICATION_ASKED): State.WAITING_CLARIFICATION,
    ("open", K.FEE_NOTICE): State.AWAITING_FEE,
    ("open", K.EXTENSION): State.WAITING_RESPONSE,
    ("open", K.REVIEW_ASKED): State.INTERNAL_REVIEW,
    ("open", K.WITHDRAWN): State.WITHDRAWN,
    **{("open", k): s for k, s in OUTCOME_STATES.items()},
    ("clarification", K.CLARIFICATION_ANSWERED): State.WAITING_RESPONSE,
    ("clarification", K.WITHDRAWN): State.WITHDRAWN,
    **{("clarification", k): s for k, s in OUTCOME_STATES.items()},
    ("fee", K.FEE_PAID): State.WAITING_RESPONSE,
    ("fee", K.WITHDRAWN): State.WITHDRAWN,
    **{("fee", k): s for k, s in OUTCOME_STATES.items()},
    ("answered", K.REVIEW_ASKED): State.INTERNAL_REVIEW,
    **{("answered", k): s for k, s in OUTCOME_STATES.items()},
    ("review", K.REVIEW_ANSWERED): State.REFUSED,  # the refusal stands
    **{("review", k): s for k, s in OUTCOME_STATES.items()},
}


@pytest.mark.parametrize("phase", list(PHASES))
@pytest.mark.parametrize("kind", list(EventKind))
def test_every_event_in_every_phase(phase, kind):
    events = [*PHASES[phase], ev(kind, d(6, 25))]
    expected = TRANSITIONS.get((phase, kind))
    if expected is None:
        with pytest.raises(RequestError, match="does not fit"):
            replay(GWENT, events)
    else:
        assert request_status(GWENT, events, d(6, 25)).state is expected


def test_the_phases_before_the_next_event_have_their_own_states():
    states = {phase: request_status(GWENT, events, d(6, 25)).state for phase, events in PHASES.items()}
    assert states == {
        "not sent": State.NOT_SENT,
        "open": State.WAITING_RESPONSE,
        "clarification": State.WAITING_CLARIFICATION,
        "fee": State.AWAITING_FEE,
        "answered": State.REFUSED,
        "review": State.INTERNAL_REVIEW,
        "withdrawn": State.WITHDRAWN,
    }


# --- the calendar ---------------------------------------------------------------------------


def test_waiting_then_overdue_then_long_overdue():
    # received Fri 20 Dec 2024: due Thu 23 Jan 2025; long overdue after Thu 20 Feb 2025
    events = [ev(K.SENT, date(2024, 12, 20))]
    on_due_day = request_status(GWENT, events, d(1, 23))
    assert (on_due_day.state, on_due_day.due, on_due_day.working_days_overdue) == (State.WAITING_RESPONSE, d(1, 23), 0)
    day_after = request_status(GWENT, events, d(1, 24))
    assert (day_after.state, day_after.working_days_overdue) == (State.OVERDUE, 1)
    saturday = request_status(GWENT, events, d(1, 25))
    assert (saturday.state, saturday.working_days_overdue) == (State.OVERDUE, 1)
    fortieth = request_status(GWENT, events, d(2, 20))
    assert (fortieth.state, fortieth.working_days_overdue) == (State.OVERDUE, 20)
    after = request_status(GWENT, events, d(2, 21))
    assert (after.state, after.working_days_overdue) == (State.LONG_OVERDUE, 21)


def test_police_scotland_gets_foisa_and_the_same_christmas_due_date():
    status = request_status(SCOTLAND, [ev(K.SENT, date(2024, 12, 20), "police-scotland")], d(1, 24))
    assert status.regime.value == "FOISA"
    assert (status.due, status.state) == (d(1, 23), State.OVERDUE)


def test_clarification_restarts_the_clock():
    # sent Mon 3 Feb 2025 (due Mon 3 Mar); clarification asked 5 Feb, answered Mon 10 Feb:
    # day 0 is 10 Feb; no holidays till March, so the 20th working day is Mon 10 March
    events = [ev(K.SENT, d(2, 3)), ev(K.CLARIFICATION_ASKED, d(2, 5)), ev(K.CLARIFICATION_ANSWERED, d(2, 10))]
    assert request_status(GWENT, events[:1], d(2, 4)).due == d(3, 3)
    paused = request_status(GWENT, events[:2], d(3, 20))
    assert (paused.state, paused.due, paused.working_days_overdue) == (State.WAITING_CLARIFICATION, None, None)
    restarted = request_status(GWENT, events, d(3, 10))
    assert (restarted.state, restarted.due) == (State.WAITING_RESPONSE, d(3, 10))
    assert request_status(GWENT, events, d(3, 11)).state is State.OVERDUE


def test_a_fees_notice_pauses_the_clock_until_the_fee_is_paid():
    # sent Mon 2 June 2025 (due 30 June); notice Mon 9 June, paid Fri 13 June: due Mon 7 July
    events = [ev(K.SENT, d(6, 2)), ev(K.FEE_NOTICE, d(6, 9)), ev(K.FEE_PAID, d(6, 13))]
    waiting = request_status(GWENT, events[:2], d(7, 1))
    assert (waiting.state, waiting.due) == (State.AWAITING_FEE, None)
    paid = request_status(GWENT, events, d(7, 7))
    assert (paid.state, paid.due) == (State.WAITING_RESPONSE, d(7, 7))
    assert request_status(GWENT, events, d(7, 8)).working_days_overdue == 1


def test_a_public_interest_extension_moves_the_due_date():
    sent = ev(K.SENT, d(6, 2))
    # no date given: the ICO's 40 working days, Tue 29 July 2025
    open_ended = request_status(GWENT, [sent, ev(K.EXTENSION, d(6, 27))], d(7, 28))
    assert (open_ended.state, open_ended.due) == (State.WAITING_RESPONSE, d(7, 29))
    # after the 40th working day an extended request is long overdue at once
    assert request_status(GWENT, [sent, ev(K.EXTENSION, d(6, 27))], d(7, 30)).state is State.LONG_OVERDUE
    # the date the force gave
    named = [sent, ev(K.EXTENSION, d(6, 27), until=d(7, 14))]
    assert request_status(GWENT, named, d(7, 14)).due == d(7, 14)
    # 14 July is a NI holiday, so the first working day late is 15 July
    late = request_status(GWENT, named, d(7, 15))
    assert (late.state, late.working_days_overdue) == (State.OVERDUE, 1)


def test_foisa_has_no_public_interest_extension():
    events = [ev(K.SENT, d(6, 2), "police-scotland"), ev(K.EXTENSION, d(6, 20), "police-scotland")]
    with pytest.raises(RequestError, match="FOISA"):
        replay(SCOTLAND, events)


def test_an_internal_review_has_its_own_deadline():
    # review asked Mon 7 July 2025: due Wed 6 Aug (FOIA), Tue 5 Aug (FOISA)
    gwent = [ev(K.SENT, d(6, 2)), ev(K.REFUSED, d(6, 20)), ev(K.REVIEW_ASKED, d(7, 7))]
    status = request_status(GWENT, gwent, d(8, 7))
    assert (status.state, status.due, status.working_days_overdue) == (State.INTERNAL_REVIEW, d(8, 6), 1)
    scot = [ev(K.SENT, d(6, 2), "police-scotland"), ev(K.REFUSED, d(6, 20), "police-scotland"),
            ev(K.REVIEW_ASKED, d(7, 7), "police-scotland")]
    assert request_status(SCOTLAND, scot, d(8, 1)).due == d(8, 5)


def test_a_review_of_a_late_request_returns_to_the_original_clock():
    events = [ev(K.SENT, d(6, 2)), ev(K.REVIEW_ASKED, d(7, 2)), ev(K.REVIEW_ANSWERED, d(7, 3))]
    status = request_status(GWENT, events, d(7, 4))
    # due 30 June; 1, 2, 3, 4 July are four working days late
    assert (status.state, status.due, status.working_days_overdue) == (State.OVERDUE, d(6, 30), 4)


def test_status_as_of_a_date_ignores_later_events():
    events = [ev(K.SENT, d(6, 2)), ev(K.ANSWERED, d(7, 2))]
    assert request_status(GWENT, events, d(7, 1)).state is State.OVERDUE
    assert request_status(GWENT, events, d(7, 2)).state is State.SUCCESSFUL
    assert request_status(GWENT, events, d(6, 1)).state is State.NOT_SENT


def test_an_answered_row_shows_when_it_was_due_and_answered_and_what_was_cited():
    events = [ev(K.SENT, d(6, 2)), ev(K.PARTIAL, d(6, 27), sections=("40(2)",), document="replies/gwent.pdf")]
    status = request_status(GWENT, events, d(8, 1), documents=["gwent-reply.xlsx"])
    assert status.state is State.PARTIALLY_SUCCESSFUL
    assert (status.sent, status.due, status.replied, status.working_days_overdue) == (d(6, 2), d(6, 30), d(6, 27), None)
    assert status.sections == ("40(2)",)
    assert status.documents == ("replies/gwent.pdf", "gwent-reply.xlsx")


def test_events_replay_in_date_order_whatever_order_they_were_logged():
    events = [Event("gwent", K.ANSWERED, d(6, 20), line=2), Event("gwent", K.SENT, d(6, 2), line=1)]
    assert request_status(GWENT, events, d(6, 25)).state is State.SUCCESSFUL


def test_an_event_that_does_not_fit_names_its_log_line():
    events = [Event("gwent", K.FEE_PAID, d(6, 3), line=7), Event("gwent", K.SENT, d(6, 2), line=1)]
    with pytest.raises(RequestError, match=r"log line 7: gwent fee-paid on 2025-06-03 does not fit"):
        replay(GWENT, events)


def test_the_table_puts_the_most_overdue_first_then_the_campaign_order():
    south = resolve_area("south-wales")
    north = resolve_area("north-wales")
    events = [
        ev(K.SENT, d(6, 2)),  # due 30 June
        ev(K.SENT, d(6, 2), "south-wales"), ev(K.ANSWERED, d(6, 10), "south-wales"),
        ev(K.SENT, d(6, 9), "north-wales"),  # due Mon 7 July
    ]
    rows = status_table([GWENT, north, south], events, d(7, 9))
    assert [(r.authority.id, r.working_days_overdue) for r in rows] == [
        ("gwent", 7),  # 1, 2, 3, 4, 7, 8, 9 July
        ("north-wales", 2),
        ("south-wales", None),
    ]
