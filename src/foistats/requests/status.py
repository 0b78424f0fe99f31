"""Where each authority's request stands, replayed from the log.

The states are the ones public FOI sites use:

==========================  ===================================================
state                       when
==========================  ===================================================
``not_sent``                no ``sent`` event yet
``waiting_response``        sent, not yet due
``overdue``                 past the due date
``long_overdue``            past the 40th working day after receipt
``waiting_clarification``   the authority asked what was meant; the clock has stopped
``awaiting_fee``            a fees notice is outstanding; the clock is paused
``successful``              answered in full
``partially_successful``    answered in part
``refused``                 refused, citing sections
``not_held``                the information is not held
``internal_review``         a review was asked and is not yet answered
``withdrawn``               the requester withdrew the request
==========================  ===================================================

Events are replayed in date order (the log's order breaks ties). Each event must fit the
request's phase, as the table ``ALLOWED`` says; one that does not raises
:class:`RequestError` naming its line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..areas import Area
from .deadlines import (
    Deadline,
    Pause,
    deadline_on,
    extended_deadline,
    long_overdue_from,
    reply_deadline,
    review_deadline,
)
from .law import Regime, RequestError, regime_for
from .log import OUTCOMES, Event, EventKind
from .workdays import working_days_after


class State(StrEnum):
    NOT_SENT = "not_sent"
    WAITING_RESPONSE = "waiting_response"
    OVERDUE = "overdue"
    LONG_OVERDUE = "long_overdue"
    WAITING_CLARIFICATION = "waiting_clarification"
    AWAITING_FEE = "awaiting_fee"
    SUCCESSFUL = "successful"
    PARTIALLY_SUCCESSFUL = "partially_successful"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    INTERNAL_REVIEW = "internal_review"
    WITHDRAWN = "withdrawn"


class Phase(StrEnum):
    """Where a request is in its life, before the calendar says whether it is late."""

    NOT_SENT = "not sent yet"
    OPEN = "waiting for a reply"
    CLARIFICATION = "waiting for the requester's clarification"
    FEE = "waiting for a fee"
    ANSWERED = "answered"
    REVIEW = "under internal review"
    WITHDRAWN = "withdrawn"


_OUTCOME_STATE = {
    EventKind.ANSWERED: State.SUCCESSFUL,
    EventKind.PARTIAL: State.PARTIALLY_SUCCESSFUL,
    EventKind.REFUSED: State.REFUSED,
    EventKind.NOT_HELD: State.NOT_HELD,
}

ALLOWED: dict[Phase, frozenset[EventKind]] = {
    Phase.NOT_SENT: frozenset({EventKind.SENT}),
    Phase.OPEN: frozenset({
        EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_ASKED, EventKind.FEE_NOTICE, EventKind.EXTENSION,
        EventKind.REVIEW_ASKED, EventKind.WITHDRAWN, *OUTCOMES,
    }),
    Phase.CLARIFICATION: frozenset({EventKind.CLARIFICATION_ANSWERED, EventKind.WITHDRAWN, *OUTCOMES}),
    Phase.FEE: frozenset({EventKind.FEE_PAID, EventKind.WITHDRAWN, *OUTCOMES}),
    Phase.ANSWERED: frozenset({EventKind.REVIEW_ASKED, *OUTCOMES}),
    Phase.REVIEW: frozenset({EventKind.REVIEW_ANSWERED, *OUTCOMES}),
    Phase.WITHDRAWN: frozenset(),
}


@dataclass
class History:
    """One authority's request after replaying its events."""

    authority: Area
    regime: Regime
    phase: Phase = Phase.NOT_SENT
    sent: date | None = None
    clock_start: date | None = None
    pauses: list[Pause] = field(default_factory=list)
    fee_notice: date | None = None
    extension: Event | None = None
    review_asked: date | None = None
    phase_before_review: Phase = Phase.OPEN
    outcomes: list[Event] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def apply(self, event: Event) -> None:
        """Move on by one event; :class:`RequestError` if it does not fit."""
        kind = event.kind
        if kind not in ALLOWED[self.phase]:
            allowed = ", ".join(sorted(ALLOWED[self.phase])) or "nothing more"
            raise RequestError(
                f"{self.authority.id} {kind} on {event.date} does not fit: the request is {self.phase.value} "
                f"then (what can happen next: {allowed})"
            )
        if kind is EventKind.EXTENSION and not self.regime.has_public_interest_extension:
            raise RequestError(f"{self.authority.id} answers under FOISA, which has no public-interest extension")
        self.events.append(event)
        if kind is EventKind.SENT:
            self.phase, self.sent, self.clock_start = Phase.OPEN, event.date, event.date
        elif kind is EventKind.CLARIFICATION_ASKED:
            self.phase = Phase.CLARIFICATION
        elif kind is EventKind.CLARIFICATION_ANSWERED:
            self.phase, self.clock_start, self.pauses, self.extension = Phase.OPEN, event.date, [], None
        elif kind is EventKind.FEE_NOTICE:
            self.phase, self.fee_notice = Phase.FEE, event.date
        elif kind is EventKind.FEE_PAID:
            why = f"fees notice of {self.fee_notice} outstanding until {event.date} ({self.regime.value} s.10(2))"
            self.pauses.append(Pause(self.fee_notice, event.date, why))
            self.phase, self.fee_notice = Phase.OPEN, None
        elif kind is EventKind.EXTENSION:
            self.extension = event
        elif kind is EventKind.REVIEW_ASKED:
            self.phase_before_review, self.phase, self.review_asked = self.phase, Phase.REVIEW, event.date
        elif kind is EventKind.REVIEW_ANSWERED:
            self.phase, self.review_asked = self.phase_before_review, None
        elif kind is EventKind.WITHDRAWN:
            self.phase = Phase.WITHDRAWN
        elif kind.is_outcome:
            self.phase, self.review_asked = Phase.ANSWERED, None
            self.outcomes.append(event)

    def reply_deadline(self) -> Deadline:
        """When the reply is (or was) due on the current clock."""
        if self.extension is None:
            return reply_deadline(self.clock_start, self.regime, pauses=self.pauses)
        if self.extension.until is None:
            return extended_deadline(self.clock_start, self.regime, pauses=self.pauses)
        return deadline_on(
            self.clock_start, self.extension.until, self.regime, pauses=self.pauses,
            rule="FOIA s.10(3) public-interest extension: the date the authority gave",
        )

    def current_deadline(self) -> Deadline | None:
        """The deadline the authority is working to now: the reply's, or the internal review's."""
        if self.phase is Phase.REVIEW:
            return review_deadline(self.review_asked, self.regime)
        if self.phase is Phase.OPEN:
            return self.reply_deadline()
        return None


def replay(authority: Area, events: Iterable[Event]) -> History:
    """Replay one authority's events (in date order) into its History. Outcomes read from
    replies in the store (``source``) come after the log's events of their day; where they
    make a line of the log not fit, the log is replayed alone (a person's record over the
    date a document gives)."""
    mine = sorted((e for e in events if e.authority == authority.id), key=lambda e: (e.date, bool(e.source), e.line))
    try:
        return _replay(authority, mine)
    except RequestError:
        if not any(e.source for e in mine):
            raise
        return _replay(authority, [e for e in mine if not e.source])


def _replay(authority: Area, events: list[Event]) -> History:
    history = History(authority, regime_for(authority))
    for event in events:
        if event.source and event.kind not in ALLOWED[history.phase]:
            continue  # a reply read before the request was logged as sent, or after it was withdrawn
        try:
            history.apply(event)
        except RequestError as exc:
            where = f"log line {event.line}: " if event.line else ""
            raise RequestError(f"{where}{exc}") from None
    return history


@dataclass(frozen=True)
class RequestStatus:
    """One row of the status table."""

    authority: Area
    regime: Regime
    state: State
    sent: date | None
    due: date | None
    working_days_overdue: int | None
    replied: date | None
    working_days_late: int | None  # how late the first reply came (0: in time); None while none has, or undated
    sections: tuple[str, ...]
    documents: tuple[str, ...]
    history: History

    def to_json(self) -> dict[str, object]:
        return {
            "authority": self.authority.id,
            "name": self.authority.name,
            "regime": self.regime.value,
            "state": self.state.value,
            "sent": _iso(self.sent),
            "due": _iso(self.due),
            "working_days_overdue": self.working_days_overdue,
            "replied": _iso(self.replied),
            "working_days_late": self.working_days_late,
            "sections": list(self.sections),
            "documents": list(self.documents),
        }

    @property
    def is_overdue(self) -> bool:
        return bool(self.working_days_overdue)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def request_status(
    authority: Area, events: Iterable[Event], as_of: date, documents: Iterable[str] = (),
    undated: frozenset[str] = frozenset(),
) -> RequestStatus:
    """Where one authority's request stood at the end of ``as_of`` (later events are ignored).
    ``undated`` are the replies in ``events`` dated only by the day they were ingested: they
    answer, but say nothing of when."""
    history = replay(authority, (e for e in events if e.date <= as_of))
    deadline = history.current_deadline()
    due = deadline.due if deadline else None
    late = working_days_after(due, as_of, history.regime) if due else None
    if due is None and history.phase is Phase.ANSWERED:
        due = history.reply_deadline().due
    state = _state(history, as_of, late)
    sections = [s for e in history.events for s in e.sections]
    replied = history.outcomes[-1].date if history.outcomes and history.outcomes[-1].source not in undated else None
    first = history.outcomes[0] if history.outcomes else None
    answered_late = (working_days_after(history.reply_deadline().due, first.date, history.regime)
                     if first and first.source not in undated else None)
    files = [e.document for e in history.events if e.document] + list(documents)
    return RequestStatus(
        authority=authority,
        regime=history.regime,
        state=state,
        sent=history.sent,
        due=due,
        working_days_overdue=late,
        replied=replied,
        working_days_late=answered_late,
        sections=tuple(dict.fromkeys(sections)),
        documents=tuple(dict.fromkeys(files)),
        history=history,
    )


def _state(history: History, as_of: date, late: int | None) -> State:
    phase = history.phase
    if phase is Phase.OPEN:
        if not late:
            return State.WAITING_RESPONSE
        long_after = long_overdue_from(history.clock_start, history.regime, pauses=history.pauses)
        return State.LONG_OVERDUE if as_of > long_after else State.OVERDUE
    if phase is Phase.ANSWERED:
        return _OUTCOME_STATE[history.outcomes[-1].kind]
    return {
        Phase.NOT_SENT: State.NOT_SENT,
        Phase.CLARIFICATION: State.WAITING_CLARIFICATION,
        Phase.FEE: State.AWAITING_FEE,
        Phase.REVIEW: State.INTERNAL_REVIEW,
        Phase.WITHDRAWN: State.WITHDRAWN,
    }[phase]


def status_table(
    authorities: Iterable[Area], events: list[Event], as_of: date, documents: dict[str, list[str]] | None = None,
    undated: frozenset[str] = frozenset(),
) -> list[RequestStatus]:
    """One status per authority: the overdue first (most working days late first), then
    the rest in the campaign's order."""
    documents = documents or {}
    rows = [request_status(a, events, as_of, documents.get(a.id, ()), undated) for a in authorities]
    ranked = sorted(enumerate(rows), key=lambda item: (-(item[1].working_days_overdue or 0), item[0]))
    return [row for _, row in ranked]
