"""The request log: what happened to each authority's request, one event per line.

The log is ``requests.log.jsonl`` in the workspace, beside ``campaign.toml``: a plain
text file that a person can read, diff and keep in git with the campaign. Each line is one
JSON object::

    {"date": "2019-07-01", "authority": "gwent", "event": "sent"}
    {"date": "2019-07-26", "authority": "gwent", "event": "refused", "sections": ["12"],
     "measures": ["platforms_used"], "note": "cannot search by app"}

Events are only ever appended; a mistake is corrected by hand in the file. Whether an
event fits the request's history is checked by :mod:`foistats.requests.status`.

Optional keys: ``sections`` (the sections cited), ``note``, ``document`` (a reply file,
relative to the workspace), ``until`` (the date a public-interest extension runs to), and
``measures`` / ``periods``, which narrow an answer, refusal or "not held" to some of the
figures asked (all of them when absent).
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from ..errors import FoistatsError, InputError
from ..periods import Period, parse_day, parse_period
from .law import RequestError, parse_sections

LOG_FILE = "requests.log.jsonl"


class EventKind(StrEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    CLARIFICATION_ASKED = "clarification-asked"
    CLARIFICATION_ANSWERED = "clarification-answered"
    FEE_NOTICE = "fee-notice"
    FEE_PAID = "fee-paid"
    EXTENSION = "extension"
    ANSWERED = "answered"
    PARTIAL = "partial"
    REFUSED = "refused"
    NOT_HELD = "not-held"
    REVIEW_ASKED = "review-asked"
    REVIEW_ANSWERED = "review-answered"
    WITHDRAWN = "withdrawn"

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]

    @property
    def is_outcome(self) -> bool:
        """An answer of some kind: it decides what the authority gave for the figures it covers."""
        return self in OUTCOMES


_MEANINGS = {
    EventKind.SENT: "the request was sent (and received that day: day 0 of the clock)",
    EventKind.ACKNOWLEDGED: "the authority acknowledged it",
    EventKind.CLARIFICATION_ASKED: "the authority asked what was meant (the clock stops)",
    EventKind.CLARIFICATION_ANSWERED: "the requester clarified (the clock starts again from this day)",
    EventKind.FEE_NOTICE: "the authority asked for a fee (the clock pauses)",
    EventKind.FEE_PAID: "the fee was received (the clock runs again)",
    EventKind.EXTENSION: "the authority extended the time to weigh the public interest (FOIA only)",
    EventKind.ANSWERED: "answered in full",
    EventKind.PARTIAL: "answered in part",
    EventKind.REFUSED: "refused, citing sections",
    EventKind.NOT_HELD: "the information is not held",
    EventKind.REVIEW_ASKED: "the requester asked for an internal review",
    EventKind.REVIEW_ANSWERED: "the authority answered the internal review",
    EventKind.WITHDRAWN: "the requester withdrew the request",
}

OUTCOMES = frozenset({EventKind.ANSWERED, EventKind.PARTIAL, EventKind.REFUSED, EventKind.NOT_HELD})
_CITES_SECTIONS = frozenset({EventKind.REFUSED, EventKind.PARTIAL, EventKind.EXTENSION, EventKind.REVIEW_ANSWERED})


@dataclass(frozen=True)
class Event:
    """One thing that happened to one authority's request."""

    authority: str
    kind: EventKind
    date: date
    sections: tuple[str, ...] = ()
    note: str = ""
    document: str = ""
    until: date | None = None
    measures: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    line: int = 0
    source: str = ""  # the reply in the store this outcome was read from (not a line of the log)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EventKind(self.kind))
        if self.sections and self.kind not in _CITES_SECTIONS:
            raise RequestError(f"a {self.kind} event cites no sections; sections go with {', '.join(sorted(_CITES_SECTIONS))}")
        # a person logging a refusal has the notice in hand; a reply foistats read may not name its sections
        if self.kind is EventKind.REFUSED and not self.sections and not self.source:
            raise RequestError("a refusal names the sections it relies on: give them, as in --sections 12,40(2)")
        if self.until is not None and self.kind is not EventKind.EXTENSION:
            raise RequestError("only an extension runs until a date")
        if self.until is not None and self.until <= self.date:
            raise RequestError(f"an extension given on {self.date} must run to a later date, not {self.until}")
        if (self.measures or self.periods) and not self.kind.is_outcome:
            raise RequestError(f"only an answer, refusal or not-held can cover some of the figures, not {self.kind}")

    def covers(self, measure: str, period: Period) -> bool:
        """True when this event is about the figure for ``measure`` in ``period``."""
        if self.measures and measure not in self.measures:
            return False
        return not self.periods or any(p.contains(period) for p in self.periods)

    def to_json(self) -> dict[str, object]:
        row: dict[str, object] = {"date": self.date.isoformat(), "authority": self.authority, "event": self.kind.value}
        optional = {
            "sections": list(self.sections),
            "until": self.until.isoformat() if self.until else None,
            "measures": list(self.measures),
            "periods": [p.label for p in self.periods],
            "document": self.document,
            "note": self.note,
        }
        row.update({k: v for k, v in optional.items() if v})
        return row

    @classmethod
    def from_json(cls, row: dict, line: int = 0) -> "Event":
        known = {"date", "authority", "event", "sections", "until", "measures", "periods", "document", "note"}
        unknown = sorted(set(row) - known)
        if unknown:
            raise RequestError(f"unknown keys {', '.join(unknown)}; the keys are {', '.join(sorted(known))}")
        for key in ("date", "authority", "event"):
            if not isinstance(row.get(key), str):
                raise RequestError(f"{key} is missing or not text")
        return cls(
            authority=row["authority"],
            kind=parse_event_kind(row["event"]),
            date=parse_date(row["date"], "date"),
            sections=tuple(parse_sections(row.get("sections", []))),
            note=str(row.get("note", "")),
            document=str(row.get("document", "")),
            until=parse_date(row["until"], "until") if row.get("until") else None,
            measures=tuple(row.get("measures", [])),
            periods=tuple(parse_period(p) for p in row.get("periods", [])),
            line=line,
        )


def parse_event_kind(text: str) -> EventKind:
    try:
        return EventKind(text.strip().lower().replace("_", "-").replace(" ", "-"))
    except ValueError:
        raise RequestError(f"{text!r} is not an event; the events are {', '.join(e.value for e in EventKind)}") from None


def parse_date(text: str | date, what: str = "date") -> date:
    """A day of the request log, or a :class:`RequestError` naming ``what``."""
    return parse_day(text, what, RequestError)


class RequestLog:
    """The log file of a workspace."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def events(self) -> list[Event]:
        """Every event, in the order written, each with its line number."""
        if not self.path.exists():
            return []
        return _parse(self.path.read_text(encoding="utf-8"), self.path)

    def append(self, event: Event, check: Callable[[list[Event]], None]) -> Event:
        """Write ``event`` at the end of the log once ``check`` accepts the whole log with it.

        The file is locked from reading to writing, so two appends never interleave."""
        with self._locked() as handle:
            text = handle.read()
            events = _parse(text, self.path)
            line = len(text.splitlines()) + 1
            written = replace(event, line=line)
            check([*events, written])
            prefix = "\n" if text and not text.endswith("\n") else ""
            handle.write(prefix + json.dumps(written.to_json(), ensure_ascii=False) + "\n")
        return written

    @contextmanager
    def _locked(self) -> Iterator:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                handle.seek(0)
                yield handle
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _parse(text: str, path: Path) -> list[Event]:
    events = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise RequestError("a line must be one JSON object")
            events.append(Event.from_json(row, number))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} line {number}: not JSON ({exc.msg}); fix the line by hand") from None
        except FoistatsError as exc:
            raise InputError(f"{path} line {number}: {exc}; fix the line by hand") from None
    return events
