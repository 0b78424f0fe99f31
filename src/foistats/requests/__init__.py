"""Requests: one FOI request sent to many authorities, its statutory deadlines, and who
answered what.

In a notebook, ``ws.requests`` is a :class:`Requests` with the same verbs as
``foistats requests …``::

    ws = foistats.open("demo")
    ws.requests.log("Gwent", "answered", on="2019-07-26")
    ws.requests.status(as_of="2019-08-01")      # one RequestStatus per authority
    ws.requests.deadline("Police Scotland", received="2024-12-20").due
    ws.requests.letters("docx")                 # out/requests/letters/<force>.docx
    ws.requests.gaps()                          # no_response / exempt / not_held Observations

The modules: ``campaign`` (the ``[request]`` table of campaign.toml), ``law`` (FOIA or
FOISA, sections), ``workdays`` (UK bank holidays), ``deadlines`` (s.10 counted day by
day), ``log`` (the event log file), ``status`` (the state of each request), ``letters``
(request and chase letters), ``gaps`` (what the log means for the data).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..areas import resolve_area
from ..periods import parse_period
from .campaign import CAMPAIGN_FILE, Campaign, CampaignError, asks_anything, load_campaign
from .deadlines import Deadline, reply_deadline
from .gaps import gap_observations
from .law import Regime, RequestError, parse_sections, regime_for
from .letters import chase_letter, request_letter, write_letters
from .log import LOG_FILE, Event, EventKind, RequestLog, parse_date, parse_event_kind
from .replies import Replies, with_replies
from .status import Phase, RequestStatus, State, replay, status_table

if TYPE_CHECKING:
    from ..model import Observation
    from ..workspace import Workspace

__all__ = [
    "Campaign", "CampaignError", "Deadline", "Event", "EventKind", "Regime", "RequestError",
    "RequestStatus", "Requests", "State", "gap_observations",
]

SAMPLE_FILES = (CAMPAIGN_FILE, LOG_FILE)


def deadline_from(authority: str, received: str | date) -> Deadline:
    """The due date of a reply from any UK police force, asked or not (the law does not
    depend on the campaign), received on ``received``."""
    return reply_deadline(parse_date(received, "received"), regime_for(resolve_area(authority)))


class Requests:
    """The FOI requests of one workspace: its campaign.toml and its request log."""

    def __init__(self, ws: "Workspace") -> None:
        self.ws = ws
        self.campaign_path = ws.folder / CAMPAIGN_FILE
        self.log_file = RequestLog(ws.folder / LOG_FILE)

    @property
    def campaign(self) -> Campaign:
        return load_campaign(self.campaign_path)

    def asked(self) -> Campaign | None:
        """The campaign, or None while campaign.toml asks nothing (no ``[request]`` table)."""
        return load_campaign(self.campaign_path) if asks_anything(self.campaign_path) else None

    def events(self) -> list[Event]:
        return self.log_file.events()

    def log(
        self,
        authority: str,
        event: str,
        *,
        on: str | date | None = None,
        sections: str | list[str] = "",
        note: str = "",
        document: str = "",
        until: str | date | None = None,
        measures: Iterable[str] = (),
        periods: Iterable[str] = (),
    ) -> Event:
        """Record what happened to one authority's request (``on`` defaults to today).

        ``measures`` and ``periods`` narrow an answer, refusal or not-held to some of the
        figures asked. The event must fit the request's history, or nothing is written."""
        campaign = self.campaign
        area = campaign.authority(authority)
        new = Event(
            authority=area.id,
            kind=parse_event_kind(event),
            date=parse_date(on) if on else date.today(),
            sections=tuple(parse_sections(sections)),
            note=note.strip(),
            document=self._document(document),
            until=parse_date(until, "until") if until else None,
            measures=tuple(_asked_measures(campaign, measures)),
            periods=tuple(_asked_periods(campaign, periods)),
        )
        return self.log_file.append(new, lambda events: replay(area, events))

    def status(self, as_of: str | date | None = None) -> list[RequestStatus]:
        """One row per authority, overdue first, as things stood at the end of ``as_of``: the
        log's events and the replies in the store (see :mod:`foistats.requests.replies`)."""
        campaign = self.campaign
        when = parse_date(as_of, "as-of") if as_of else date.today()
        known = self.replies()
        return status_table(campaign.authorities, known.events, when, known.documents, known.undated)

    def replies(self) -> Replies:
        """The log's events with an outcome for each reply in the store the log does not name."""
        events = self.events()
        if not self.ws.store.path.exists():
            return Replies(events, frozenset(), {})
        logged = {digest for e in events if e.document and (digest := self._digest(e.document))}
        return with_replies(events, self.ws.store.replies(), logged)

    def deadline(self, authority: str, received: str | date | None = None) -> Deadline:
        """The working-out of an authority's due date: from ``received`` under its Act, or
        else from the log (clarifications, fees notices, extensions, internal review)."""
        if received:
            return deadline_from(authority, received)
        area = self.campaign.authority(authority)
        history = replay(area, self.events())
        if history.phase is Phase.NOT_SENT:
            raise RequestError(
                f"{area.id}: the request has not been sent; log it with `foistats requests log {area.id} sent` "
                "or give --received DATE"
            )
        return history.current_deadline() or history.reply_deadline()

    def letters(self, fmt: str = "md", *, on: str | date | None = None, folder: Path | None = None) -> list[Path]:
        """Write the request letter to every authority; the paths written."""
        campaign = self.campaign
        when = parse_date(on) if on else date.today()
        letters = [request_letter(campaign, area, when) for area in campaign.authorities]
        return write_letters(letters, folder or self.ws.folder / "out" / "requests" / "letters", fmt)

    def chase(self, fmt: str = "md", *, as_of: str | date | None = None, folder: Path | None = None) -> list[Path]:
        """Write a chaser to every authority whose reply or internal review is overdue."""
        campaign = self.campaign
        when = parse_date(as_of, "as-of") if as_of else date.today()
        late = [s for s in self.status(when) if s.is_overdue]
        letters = [chase_letter(campaign, status, when) for status in late]
        return write_letters(letters, folder or self.ws.folder / "out" / "requests" / "chase", fmt)

    def gaps(self, release: str | None = None) -> list["Observation"]:
        """The figures asked and not given: see :func:`foistats.requests.gaps.gap_observations`."""
        return gap_observations(self.ws, release)

    def install_sample(self) -> None:
        """Write the bundled sample campaign.toml and request log into the workspace."""
        sample = resources.files("foistats.data").joinpath("sample")
        for name in SAMPLE_FILES:
            (self.ws.folder / name).write_bytes(sample.joinpath(name).read_bytes())

    def _document(self, document: str) -> str:
        if not document:
            return ""
        path = Path(document)
        full = path if path.is_absolute() else self.ws.folder / path
        if not full.is_file():
            raise RequestError(f"document {document!r}: no such file in {self.ws.folder}; save the reply there first")
        full = full.resolve()
        return str(full.relative_to(self.ws.folder)) if full.is_relative_to(self.ws.folder) else str(full)

    def _digest(self, document: str) -> str | None:
        """The hash a reply file named in the log has in the store (its bytes' sha256)."""
        path = Path(document) if Path(document).is_absolute() else self.ws.folder / document
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:  # moved or deleted since it was logged: the log line stands alone
            return None


def _asked_measures(campaign: Campaign, measures: Iterable[str]) -> list[str]:
    measures = list(measures)
    for measure in measures:
        if measure not in campaign.measures:
            raise RequestError(f"measure {measure!r} was not asked; the campaign asks {', '.join(campaign.measures)}")
    return measures


def _asked_periods(campaign: Campaign, periods: Iterable[str]) -> list:
    parsed = [parse_period(p) for p in periods]
    for period in parsed:
        if not any(period.contains(asked) for asked in campaign.periods):
            asked = ", ".join(p.label for p in campaign.periods)
            raise RequestError(f"period {period.label} covers none of the periods asked ({asked})")
    return parsed
