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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import duckdb

from ..errors import FoistatsError, InputError, ValidationError
from ..model import Breakdown, Observation, Qualifier, SourceRef, Status
from ..periods import Period, parse_period
from ..offences import measures, without_own_code
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


def decide(store: Store, review: str, state: str, *, by: str, release_for: Callable[[str], str],
           changes: dict[str, object] | None = None) -> list[Observation]:
    """Accept, edit or reject one item, at once. Accepting or editing a guessed figure
    writes it as an observation of its document (method ``review``); an item holding a
    table row writes every figure of the row, the changes made to each. Editing an item
    that holds no figure (a number the reader did not take as one) files the figure the
    edit gives, under the release of its document's other figures (else the one
    ``release_for`` gives its force). A guess whose measure the reader was not sure of
    is filed only once a person names the measure. A later decision on the same item
    replaces the figures an earlier one wrote (which stay under ``as_of``), and
    rejecting takes them out. Every decision is kept, with who made it and when
    (:func:`history`)."""
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
    elif state != "rejected" and made:  # a number not taken as a figure: an edit (or accepting one) files it
        guess = {**_setting(store, current, release_for), "location": current.location, **made}
        observations = [_observation(_noted(guess, current), current, made)]
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
    if len(current.figures) > 1 and {"value", "lower", "upper"} & changes.keys():
        raise InputError(f"review item {current.id} holds the {len(current.figures)} figures of one row, and --value, "
                         "--lower and --upper would give them all the same; accept or reject the row, or correct the "
                         "reply and ingest it again")
    unsure = next((one for one in current.figures if one.get("measure_choices")), None)
    if unsure is not None and "measure" not in changes:
        raise InputError(f"review item {current.id}: the measure {unsure.get('measure')} was guessed, not read (it may "
                         f"be {' or '.join(unsure['measure_choices'])}); say which with `foistats review edit "
                         f"{current.id} --measure SLUG`")
    made = [_observation(_remeasured(one, changes), current, changes) for one in current.figures]
    same = {(o.measure, o.period, str(o.breakdown), o.unit) for o in made}
    if len(same) < len(made):
        raise InputError(f"review item {current.id}: its {len(made)} figures would not be told apart (the same measure, "
                         "period and breakdown twice); reject it, or correct the reply's labels and ingest it again")
    return made


def _remeasured(guess: dict, changes: dict[str, object]) -> dict:
    """A guess with a person's changes. A measure a person names re-derives the breakdown:
    the offence code that is that measure's own definition is no part of it."""
    edited = {**guess, **changes}
    if "measure" in changes and "breakdown" not in changes:
        edited["breakdown"] = without_own_code(str(changes["measure"]), dict(guess.get("breakdown") or {}))
    return edited


def _setting(store: Store, current: Review, release_for: Callable[[str], str]) -> dict[str, object]:
    """The area and release a figure filed from a figure-less item goes under: its
    document's force, and the release of the document's other figures (else the one
    ``release_for`` gives its force, as ingest would have)."""
    rows = store.query(
        "SELECT s.authority, coalesce((SELECT any_value(o.release) FROM observations o WHERE o.source_id = s.id), "
        "(SELECT any_value(json_extract_string(r.guess, '$.release')) FROM review_items r "
        " WHERE r.source_id = s.id AND r.guess IS NOT NULL)) FROM sources s WHERE s.id = ?", [current.source_id])
    area, held = rows[0] if rows else (None, None)
    if not area:
        raise InputError(f"review item {current.id}: its document {current.file_name} has no force on record, so no "
                         "figure can be filed from it; ingest the document again with --authority NAME")
    return {"area": area, "release": held or release_for(area)}


def _noted(guess: dict, current: Review) -> dict:
    """An edit of an item holding no figure, checked to say a whole figure: its measure,
    its period and its value (or a status that has none)."""
    missing = [option for option, given in (
        ("--value N (or --status)", guess.get("value") is not None or guess.get("status") not in (None, "reported")),
        ("--measure SLUG", guess.get("measure")), ("--period P", guess.get("period_start"))) if not given]
    if missing:
        raise InputError(f"review item {current.id} holds no figure, so the edit must give a whole one; missing: "
                         f"{', '.join(missing)} (or reject the item if it is not a figure)")
    return {"status": "reported", **guess}


def history(store: Store, review: str) -> list[dict[str, object]]:
    """Every decision on one item, oldest first: state, who, when, what changed, the figure written."""
    current = item(store, review)
    rows = store.query("SELECT state, decided_by, decided_at, changes, observation FROM review_decisions "
                       "WHERE review_id = ? ORDER BY decided_at", [current.id])
    return [{"state": r[0], "decided_by": r[1], "decided_at": r[2].isoformat(),
             "changes": json.loads(r[3]) if r[3] else {}, "observation": r[4]} for r in rows]


def parse_changes(*, value: str | None = None, status: str | None = None, period: str | None = None,
                  breakdown: str | None = None, measure: str | None = None, lower: str | None = None,
                  upper: str | None = None) -> dict[str, object]:
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
    for name, bound in (("lower", lower), ("upper", upper)):
        if bound is not None:
            text = bound.strip().replace(",", "")
            if not text.isdigit():
                raise InputError(f"--{name} {bound!r} is not a whole number")
            changes[name] = int(text)
    if period is not None:
        p = parse_period(period)
        changes["period_start"], changes["period_end"] = p.start.isoformat(), p.end.isoformat()
    if breakdown is not None:
        changes["breakdown"] = Breakdown.parse(breakdown).to_json()
    return changes


def _observation(guess: dict, current: Review, changes: dict[str, object]) -> Observation:
    """The figure a guess with a person's ``changes`` (already in it) becomes; an edit the
    figure would not keep is refused, never dropped."""
    if not guess.get("period_start"):
        raise InputError(f"review item {current.id} has no period; edit it with --period (e.g. 2019/20)")
    if not guess.get("measure"):
        choices = ", ".join(guess.get("measure_choices") or measures())
        raise InputError(f"review item {current.id} does not say which measure it counts; "
                         f"edit it with --measure (one of {choices})")
    status = Status(guess.get("status") or "reported")
    if status is not Status.SUPPRESSED and (changes.get("lower") is not None or changes.get("upper") is not None):
        raise InputError(f"review item {current.id}: --lower and --upper are the bounds of a suppressed figure, and this "
                         f"one is {status.value}; add --status suppressed")
    if status is not Status.REPORTED and changes.get("value") is not None:
        raise InputError(f"review item {current.id}: a {status.value} figure has no value, so --value "
                         f"{changes['value']} would be lost; add --status reported (or give a suppressed one --lower "
                         "and --upper)")
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
        raise InputError(f"review item {current.id}: {exc}; edit it with --value, --status, --lower, --upper or --period") from None


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
