"""What the replies in the store say about each request: an ingested reply moves its
request on as a logged outcome does.

- A reply that gives figures (or figures still under review) **answered**; one that also
  refuses some, says some are not held or leaves a question unanswered answered **in part**.
- One that gives no figure and refuses is a **refusal**, with the sections its refusals cite.
- One that only says the information is not held is **not-held**.
- One that holds only numbers still to be decided in review (none a figure yet) answered.
- A document that gives nothing — every figure rejected in review, or nothing read at all
  (the requester's own letter) — is not a reply: it moves nothing and is not listed.

A reply is dated by the day it was received (``ingest --received``, else the date the
document gives itself, such as an email's ``Date:``). One the log already names (the same
bytes, wherever the file is kept) is that log line, not a second reply. One whose date is
not known moves its request only when nothing else says it was answered, and then on the
day it was ingested, with no lateness worked out from that day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Status
from .law import parse_sections
from .log import Event, EventKind

if TYPE_CHECKING:
    from ..store import ReplyRecord

_FIGURES = (Status.REPORTED, Status.SUPPRESSED)
_SECTION = re.compile(r"\bs\.\s*(\d{1,2}[A-Z]?(?:\([0-9a-z]{1,4}\))*)")


@dataclass(frozen=True)
class Replies:
    """The log's events with the replies' outcomes among them."""

    events: list[Event]
    undated: frozenset[str]  # the sources of outcomes dated by the day they were ingested
    documents: dict[str, list[str]]  # by authority: the reply files the log does not name


def outcome(record: "ReplyRecord") -> tuple[EventKind, tuple[str, ...]] | None:
    """What a reply did, and the sections it cites; None for a document that gives nothing."""
    given = record.statuses
    figures = record.open_figures + sum(given.get(s, 0) for s in _FIGURES)
    withheld = {s for s in (Status.EXEMPT, Status.NOT_HELD, Status.NO_RESPONSE) if given.get(s)}
    sections = tuple(parse_sections([m for note in record.refusal_notes for m in _SECTION.findall(note)]))
    if figures:
        return (EventKind.PARTIAL if withheld else EventKind.ANSWERED), sections
    if Status.EXEMPT in withheld:
        return EventKind.REFUSED, sections
    if Status.NOT_HELD in withheld:
        return EventKind.NOT_HELD, ()
    return (EventKind.ANSWERED, ()) if record.open_review else None  # what it says is still to be decided


def with_replies(events: list[Event], records: Iterable["ReplyRecord"], logged: set[str]) -> Replies:
    """``events`` (the log) with an outcome for each reply in ``records`` whose source is not
    among ``logged`` (the hashes of the files the log names)."""
    answered = {e.authority for e in events if e.kind.is_outcome}
    dated, undated, documents = [], [], {}
    for record in records:
        found = outcome(record) if record.id not in logged else None
        if found is None:
            continue
        documents.setdefault(record.authority, []).append(record.file_name)
        kind, sections = found
        event = Event(record.authority, kind, record.received or record.ingested_at.date(), sections=sections,
                      document=record.file_name, source=record.id)
        (dated if record.received else undated).append(event)
    answered |= {e.authority for e in dated}
    kept = [e for e in undated if e.authority not in answered]
    return Replies([*events, *dated, *kept], frozenset(e.source for e in kept), documents)
