"""Replies feed the data: the figures an authority was asked for and did not give.

For every authority the request was sent to, every measure and period asked gets the
status of the latest answer that covers it:

- an answer in full or in part: nothing here — the figures come from the reply itself;
- a refusal: ``exempt``, with the sections in the note;
- "not held": ``not_held``;
- no answer covering it: ``no_response``.

Authorities never sent the request, or whose request was withdrawn, were not (or are no
longer) asked, so they give no gaps. A period that ends before the measure's offence
came into force (``data/measures.csv``) is ``not_in_force`` whatever the force says, and
is left to the Facts layer.

Each observation's source is the log line that decided it (the ``sent`` line for a
``no_response``), so a caveat such as "Dyfed-Powys Police did not respond" can be traced
to the event that makes it true.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from ..model import Observation, SourceRef, Status
from ..offences import in_force_from
from ..periods import Period
from .campaign import CAMPAIGN_FILE, Campaign, has_request, load_campaign
from .deadlines import long_date
from .law import describe_sections
from .log import LOG_FILE, Event, EventKind, RequestLog
from .status import History, Phase, replay

if TYPE_CHECKING:
    from ..workspace import Workspace

METHOD = "request_log"


def gap_observations(ws: "Workspace", release: str | None = None) -> list[Observation]:
    """The ``no_response``, ``exempt`` and ``not_held`` figures of the workspace's campaign.

    Empty when the workspace has no ``[request]`` table, or when ``release`` is given and is
    not the campaign's release.
    """
    path = ws.folder / CAMPAIGN_FILE
    if not has_request(path):
        return []
    campaign = load_campaign(path)
    if release is not None and release != campaign.release:
        return []
    replied = ws.store.replied() if ws.store.path.exists() else set()
    return campaign_gaps(campaign, RequestLog(ws.folder / LOG_FILE).events(), replied=replied)


def campaign_gaps(campaign: Campaign, events: list[Event], *, replied: set[str] = frozenset()) -> list[Observation]:
    """The gaps of every authority of ``campaign``, from its log ``events``. An authority
    whose reply is in the store (``replied``) has answered, logged or not: what it did not
    give is for its reply to say, so it is never ``no_response``."""
    gaps: list[Observation] = []
    for authority in campaign.authorities:
        history = replay(authority, events)
        if history.phase in (Phase.NOT_SENT, Phase.WITHDRAWN):
            continue
        for measure, unit in campaign.measures.items():
            for period in campaign.periods:
                gap = _gap(campaign, history, measure, unit, period, replied=authority.id in replied)
                if gap is not None:
                    gaps.append(gap)
    return gaps


def _gap(campaign: Campaign, history: History, measure: str, unit: str, period: Period, *,
         replied: bool) -> Observation | None:
    started = in_force_from(measure)
    if started is not None and period.end < started:
        return None
    decided_by = next((e for e in reversed(history.outcomes) if e.covers(measure, period)), None)
    name = history.authority.name
    if decided_by is None and replied:
        return None
    if decided_by is None:
        sent = next(e for e in history.events if e.kind is EventKind.SENT)
        status, event = Status.NO_RESPONSE, sent
        note = f"{name} has not responded to the request sent on {long_date(sent.date)}"
    elif decided_by.kind is EventKind.REFUSED:
        status, event = Status.EXEMPT, decided_by
        sections = describe_sections(history.regime, list(decided_by.sections))
        note = f"{name} refused it on {long_date(decided_by.date)} under {sections}"
    elif decided_by.kind is EventKind.NOT_HELD:
        status, event = Status.NOT_HELD, decided_by
        note = f"{name} said on {long_date(decided_by.date)} that it does not hold the information"
    else:
        return None
    if event.note:
        note += f" ({event.note})"
    return Observation(
        measure=measure,
        area=history.authority.id,
        period=period,
        value=None,
        unit=unit,
        status=status,
        release=campaign.release,
        note=note,
        source=SourceRef(_event_hash(event), LOG_FILE, f"line {event.line}", METHOD),
    )


def _event_hash(event: Event) -> str:
    return hashlib.sha256(json.dumps(event.to_json(), sort_keys=True).encode()).hexdigest()
