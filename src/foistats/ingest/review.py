"""The review queue, and the other records ingest keeps beside the figures: each figure's
cell or line in its context, and the documents that failed to read.

A review item holds a guessed figure (or a note that changes no figure), the place in the
document, the text around it and why it is unsure. A person accepts it (the guess becomes
an observation), edits it (a changed value, status or period becomes the observation) or
rejects it; each decision records who made it and when. Re-ingesting the same document
changes nothing, so decisions stay.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

import duckdb

from ..errors import FoistatsError, InputError, ValidationError
from ..model import Breakdown, Observation, Qualifier, SourceRef, Status
from ..periods import Period, parse_period
from ..offences import measures
from ..store import Store
from ..store import review as stored
from .figures import Interpretation

STATES = ("open", "accepted", "edited", "rejected")


@dataclass(frozen=True)
class Review:
    """One item of the review queue."""

    id: str
    source_id: str
    file_name: str
    location: str
    context: str
    guess: dict | None
    reason: str
    state: str
    decided_by: str | None
    decided_at: datetime | None
    decision: dict | None
    created_at: datetime

    @property
    def figures(self) -> list[dict]:
        """The guessed figures it holds: its own guess, or each of a table row's (none for a
        note, nor for a whole table's, which are counted, not kept)."""
        if self.guess is None or isinstance(self.guess.get("figures"), int):
            return []
        return self.guess.get("figures") or [self.guess]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "file_name": self.file_name, "location": self.location, "context": self.context,
            "guess": self.guess, "reason": self.reason, "state": self.state, "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat() if self.decided_at else None, "decision": self.decision,
        }


def review_id(source_id: str, location: str, guess: dict | None, reason: str) -> str:
    key = json.dumps([source_id, location, guess, reason], sort_keys=True, default=str)
    return "rev-" + hashlib.sha256(key.encode()).hexdigest()[:10]


def writer(source_id: str, result: Interpretation):
    """What :meth:`Store.write_source` runs inside its transaction for a reply: its review
    items and the context of every place a figure came from."""

    def write(conn: duckdb.DuckDBPyConnection, at: datetime) -> None:
        items: dict[str, object] = {}
        for item in result.review:  # the same item twice is one item
            items.setdefault(review_id(source_id, item.location, item.guess, item.reason), item)
        stored.write_items(conn, at, source_id, items)
        stored.write_contexts(conn, source_id, result.contexts)

    return write


def record_failure(store: Store, file_name: str, document: str | None, reason: str) -> None:
    """Note a document that could not be read; nothing else in the store changes."""
    store.write_failure(file_name, document, reason)


def failures(store: Store) -> list[dict[str, object]]:
    """The documents that failed and are still not in the store (one read later, or already
    read when a mistyped option failed it again, is no longer a failure)."""
    rows = store.query("SELECT file_name, document, reason, failed_at FROM ingest_failures "
                       "WHERE document IS NULL OR document NOT IN (SELECT id FROM sources) ORDER BY failed_at")
    return [dict(zip(("file_name", "document", "reason", "failed_at"), row)) for row in rows]


_COLUMNS = ("r.id, r.source_id, s.file_name, r.location, r.context, r.guess, r.reason, r.state, "
            "r.decided_by, r.decided_at, r.decision, r.created_at")


def _review(row: tuple) -> Review:
    values = list(row)
    values[5] = json.loads(values[5]) if values[5] else None
    values[10] = json.loads(values[10]) if values[10] else None
    return Review(*values)


def items(store: Store, state: str | None = "open") -> list[Review]:
    """The review queue: open items by default, or every item with ``state=None``."""
    if state is not None and state not in STATES:
        raise InputError(f"review state {state!r} is not one of {', '.join(STATES)}")
    where = "WHERE r.state = ?" if state else ""
    rows = store.query(
        f"SELECT {_COLUMNS} FROM review_items r JOIN sources s ON s.id = r.source_id {where} "
        "ORDER BY s.file_name, r.created_at, r.location, r.id", [state] if state else [])
    return [_review(row) for row in rows]


def item(store: Store, review: str) -> Review:
    rows = store.query(
        f"SELECT {_COLUMNS} FROM review_items r JOIN sources s ON s.id = r.source_id WHERE r.id = ? OR r.id = ?",
        [review, f"rev-{review}"])
    if not rows:
        raise InputError(f"no review item {review!r}; `foistats review list` shows the open ones")
    return _review(rows[0])


def decide(store: Store, review: str, state: str, *, by: str, changes: dict[str, object] | None = None) -> list[Observation]:
    """Accept, edit or reject one item, at once. Accepting or editing a guessed figure
    writes it as an observation of its document (method ``review``); an item holding a
    table row writes every figure of the row, the changes made to each. A later decision
    on the same item replaces the figures an earlier one wrote (which stay under
    ``as_of``), and rejecting takes them out. Every decision is kept, with who made it
    and when (:func:`history`)."""
    if state not in ("accepted", "edited", "rejected"):
        raise InputError(f"a decision is accepted, edited or rejected, not {state!r}")
    if not by.strip():
        raise InputError("say who decides: --by NAME")
    current = item(store, review)
    changes = dict(changes or {})
    made = dict(current.decision.get("changes") or {}) if current.state == "edited" and current.decision else {}
    made.update(changes)  # a later decision starts from the last edit
    guess = {**(current.guess or {}), **made}
    observations = []
    if state != "rejected" and current.guess is not None:
        observations = _observations(current, made)
    earlier = (current.decision or {}).get("observation")
    store.write_decision(
        review_id=current.id, state=state, by=by.strip(), changes=changes, observations=observations,
        source_id=current.source_id, revision_key=f"reply:{guess.get('release', '')}:{guess.get('area', '')}",
        replaces=earlier.split() if earlier else [],
    )
    return observations


def _observations(current: Review, changes: dict[str, object]) -> list[Observation]:
    """The figures an item's guess becomes, with a person's changes: one, or each of a
    row's, as long as no two of them would be the same figure."""
    held = current.guess.get("figures")
    if isinstance(held, int):
        raise InputError(f"review item {current.id} holds {held:,} figures of a table foistats cannot place, too many "
                         f"to file from review; reject it, or give the rows labels foistats reads and ingest the file again")
    made = [_observation({**one, **changes}, current) for one in current.figures]
    same = {(o.measure, o.period, str(o.breakdown), o.unit) for o in made}
    if len(same) < len(made):
        raise InputError(f"review item {current.id}: its {len(made)} figures would not be told apart (the same measure, "
                         "period and breakdown twice); reject it, or correct the reply's labels and ingest it again")
    return made


def history(store: Store, review: str) -> list[dict[str, object]]:
    """Every decision on one item, oldest first: state, who, when, what changed, the figure written."""
    current = item(store, review)
    rows = store.query("SELECT state, decided_by, decided_at, changes, observation FROM review_decisions "
                       "WHERE review_id = ? ORDER BY decided_at", [current.id])
    return [{"state": r[0], "decided_by": r[1], "decided_at": r[2].isoformat(),
             "changes": json.loads(r[3]) if r[3] else {}, "observation": r[4]} for r in rows]


def parse_changes(*, value: str | None = None, status: str | None = None, period: str | None = None,
                  breakdown: str | None = None, measure: str | None = None) -> dict[str, object]:
    """The edits a person gives on the command line, checked."""
    changes: dict[str, object] = {}
    if measure is not None:
        if measure not in measures():
            raise InputError(f"--measure {measure!r} is not a known measure; `foistats measures` lists them")
        changes["measure"] = measure
    if value is not None:
        text = value.strip().replace(",", "")
        if text.lower() in ("", "none", "null"):
            changes["value"] = None
        elif text.isdigit():
            changes["value"] = int(text)
        else:
            raise InputError(f"--value {value!r} is not a whole number (or 'none')")
    if status is not None:
        if status not in {s.value for s in Status}:
            raise InputError(f"--status {status!r} is not one of {', '.join(s.value for s in Status)}")
        changes["status"] = status
    if period is not None:
        p = parse_period(period)
        changes["period_start"], changes["period_end"] = p.start.isoformat(), p.end.isoformat()
    if breakdown is not None:
        changes["breakdown"] = Breakdown.parse(breakdown).to_json()
    return changes


def _observation(guess: dict, current: Review) -> Observation:
    if not guess.get("period_start"):
        raise InputError(f"review item {current.id} has no period; edit it with --period (e.g. 2019/20)")
    if not guess.get("measure"):
        choices = ", ".join(guess.get("choices") or measures())
        raise InputError(f"review item {current.id} does not say which measure it counts; "
                         f"edit it with --measure (one of {choices})")
    status = Status(guess.get("status") or "reported")
    try:
        return Observation(
            measure=guess["measure"], area=guess["area"],
            period=Period(date.fromisoformat(guess["period_start"]), date.fromisoformat(guess["period_end"])),
            value=guess.get("value") if status in (Status.REPORTED,) else None,
            unit=guess.get("unit") or "offences", status=status,
            breakdown=Breakdown(guess.get("breakdown") or {}),
            lower=guess.get("lower") if status is Status.SUPPRESSED else None,
            upper=guess.get("upper") if status is Status.SUPPRESSED else None,
            qualifier=Qualifier.EXACT if status is Status.REPORTED else None,
            release=guess.get("release", ""), note=f"decided in review ({current.reason})"[:500],
            source=SourceRef(current.source_id, current.file_name, guess.get("location") or current.location, "review"),
        )
    except (ValidationError, FoistatsError) as exc:
        raise InputError(f"review item {current.id}: {exc}; edit it with --value, --status or --period") from None


def context(store: Store, observation_id: str) -> dict[str, object]:
    """Where one observation came from: its document, place and the text around it."""
    rows = store.query(
        "SELECT o.id, s.file_name, o.source_id, o.location, o.method, c.context FROM observations o "
        "JOIN sources s ON s.id = o.source_id "
        "LEFT JOIN cell_contexts c ON c.source_id = o.source_id AND (c.location = o.location OR "
        "starts_with(o.location, c.location || ';')) "
        "WHERE o.id = ? OR o.id = ? ORDER BY o.valid_from DESC LIMIT 1",
        [observation_id, f"obs-{observation_id}"])
    if not rows:
        raise InputError(f"no observation {observation_id!r}; `foistats observations --with-source` lists their ids")
    return dict(zip(("id", "file_name", "document", "location", "method", "context"), rows[0]))
