"""Ingest one police reply (or a ZIP of them) into the store: read, interpret, write.

Every figure of a reply is written in one transaction with its review items and the
context of each place a figure came from. A reply's figures revise those of an earlier
reply for the same release and authority (revision key ``reply:RELEASE:AUTHORITY``).
A document that cannot be read is recorded as failed with its reason, and the store is
otherwise left as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import PurePath

from ..areas import _normalise, all_areas, resolve_area
from ..errors import FoistatsError, InputError
from ..model import Breakdown, Observation
from ..offences import measures
from ..periods import parse_day
from ..requests.campaign import Campaign
from ..store import Store, WriteResult
from . import archive, prose, review
from .account import FIGURE, NOT_A_FIGURE, REVIEW, Number, summary
from .figures import Asked, Interpretation
from .interpret import interpret
from .raw import Line, RawDocument
from .readers import kind_of, read_document
from .structure import structure

DEFAULT_RELEASE = "replies"


@dataclass(frozen=True)
class ReplyResult:
    """What ingesting one reply did: figures written, items sent to review."""

    write: WriteResult
    authority: str
    sent_to_review: int
    numbers: tuple[Number, ...] = ()  # every numeric token of the reply and its fate

    @property
    def already_present(self) -> bool:
        return self.write.already_present

    @property
    def source_id(self) -> str:
        return self.write.source_id

    @property
    def written(self) -> int:
        return self.write.written

    def to_json(self) -> dict[str, object]:
        """The write, the authority, and every numeric token of the reply with its fate and place."""
        fates = Counter()
        for n in self.numbers:
            fates[n.fate] += n.count
        return {**self.write.to_json(), "authority": self.authority, "sent_to_review": self.sent_to_review,
                "account": {"numbers": fates.total(), "figures": fates[FIGURE], "to_review": fates[REVIEW],
                            "not_figures": fates[NOT_A_FIGURE]},
                "numbers": [n.to_json() for n in self.numbers]}

    def describe(self) -> str:
        if self.already_present:
            return self.write.describe()
        review_part = f", {self.sent_to_review} sent to review" if self.sent_to_review else ""
        return f"{self.write.describe()} ({self.authority}{review_part}); {summary(list(self.numbers))}"


@dataclass(frozen=True)
class ArchiveResult:
    """What ingesting a ZIP of replies did, one result (or error) per member."""

    file_name: str
    results: tuple[ReplyResult, ...]
    errors: tuple[str, ...]

    @property
    def already_present(self) -> bool:
        return all(r.already_present for r in self.results)

    def to_json(self) -> dict[str, object]:
        return {"file": self.file_name, "documents": [r.to_json() for r in self.results], "errors": list(self.errors)}

    def describe(self) -> str:
        lines = [f"{self.file_name}: {len(self.results)} documents read, {len(self.errors)} failed"]
        lines += [f"  {r.describe()}" for r in self.results] + [f"  error: {e}" for e in self.errors]
        return "\n".join(lines)


def authority_of(doc: RawDocument, file_name: str) -> str:
    """The force a document names, from its file name or its text; InputError when it
    names none or several (then --authority says which)."""
    haystacks = [_normalise(PurePath(file_name).stem.replace("_", " ")), _normalise(doc.text(20000))]
    for hay in haystacks:
        padded = f" {hay} "
        found = {a.id for a in all_areas().values() if a.is_force and any(
            len(s) >= 4 and f" {_normalise(s)} " in padded for s in (a.name, *a.aliases) if _normalise(s))}
        found = {f for f in found if not any(o != f and _normalise(all_areas()[f].name) in _normalise(all_areas()[o].name)
                                             for o in found)}
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            raise InputError(f"{file_name}: names several forces ({', '.join(sorted(found))}); say which answered with --authority")
    raise InputError(f"{file_name}: does not say which force answered; give it with --authority NAME")


def ingest_reply(store: Store, data: bytes, *, file_name: str, document: str, authority: str | None = None,
                 release: str | None = None, received: date | None = None, at: datetime | None = None,
                 kind: str | None = None, campaign: Campaign | None = None, measure: str | None = None) -> ReplyResult:
    """Read, interpret and write one reply. Errors are recorded as failures and raised.

    A reply from an authority the workspace's ``campaign`` asked answers that request: it
    goes into the campaign's release unless ``release`` says otherwise, and its figures
    are filed under the measures the campaign asked (:func:`as_asked`); ``measure`` says
    which one the whole reply answers."""
    check_measure(measure, tuple(campaign.measures) if campaign else ())
    try:
        doc = read_document(data, file_name, kind)
        area = resolve_area(authority).id if authority else authority_of(doc, file_name)
        asked = campaign if campaign and any(a.id == area for a in campaign.authorities) else None
        release = release or release_for(area, campaign)
        result = interpret(doc, area=area, release=release, document=document, received=received,
                           asked=Asked(tuple(asked.measures), asked.periods, measure) if asked else Asked(measure=measure))
        if is_request(doc, result):
            raise InputError(
                f"{file_name}: reads as a request for information (it asks, and answers nothing), not a reply "
                f"from {area}; nothing ingested. If it is the force's reply, log it with "
                f"`foistats requests log {area} answered --document FILE`")
    except FoistatsError as exc:
        review.record_failure(store, file_name, document, str(exc))
        raise
    observations = as_asked(result.observations, asked.measures) if asked else result.observations
    key = f"reply:{release}:{area}"
    # the day it came: as given, else the date the reply gives itself (the request's status counts from it)
    dated = received or prose.reference_date(doc.text(20000))
    write = store.write_source(
        source_id=document, file_name=file_name, kind="reply", reader=doc.reader,
        observations=observations, revision_keys=[key] * len(observations),
        authority=area, received=dated, at=at, also=review.writer(document, result),
    )
    return ReplyResult(write, area, 0 if write.already_present else len(result.review), tuple(result.numbers))


def release_for(area: str, campaign: Campaign | None) -> str:
    """The release a reply from ``area`` goes under when no one names one: the campaign's,
    when it asked that force, else ``replies``."""
    asked = campaign is not None and any(a.id == area for a in campaign.authorities)
    return campaign.release if asked else DEFAULT_RELEASE


# what only an answer says: the force speaking of the request, or of what it holds
_ANSWERING = re.compile(r"\byou asked\b|\byour (?:request|email|letter|enquiry)\b|\bwe (?:have|hold|can|are|do)\b|"
                        r"\bi (?:have|can confirm)\b|\bplease find\b|\bnot held\b|\bexempt|\bwithh[oe]ld|\brefus", re.I)


def is_request(doc: RawDocument, result: Interpretation) -> bool:
    """A request letter, not a reply (the requester's own, ingested by mistake): it asks,
    gives nothing to decide (a number of its address is no answer), and no line of it
    answers. A document cut short may have lost its answer, so it is never one."""
    if doc.truncated or result.observations or any(item.guess for item in result.review):
        return False
    placed, _ = structure(doc)
    return any(p.role == "request" for p in placed) and not any(
        isinstance(p.block, Line) and p.role != "request" and _ANSWERING.search(p.block.text) for p in placed)


def check_measure(measure: str | None, asked: tuple[str, ...]) -> None:
    """A measure named with ``--measure`` must be one the campaign asked (or, outside a
    campaign, one foistats knows)."""
    if measure is None:
        return
    valid = asked or tuple(measures())
    if measure not in valid:
        where = "the campaign asked" if asked else "foistats knows (foistats measures)"
        raise InputError(f"--measure {measure!r} is not a measure {where}: {', '.join(valid)}")


def as_asked(observations: list[Observation], asked: Iterable[str]) -> list[Observation]:
    """The figures under the measures a campaign asked for: a reply that gives "sexual
    offences against children with the online flag" answers ``online_child_sexual_offences``
    (``part_of`` child_sexual_offences, ``part_breakdown`` online_flag=true in measures.csv),
    so the figure is filed under that measure with the flag taken out of its breakdown."""
    parts = [(m.measure, m.part_of, dict(Breakdown.parse(m.part_breakdown)))
             for m in (measures().get(slug) for slug in asked) if m and m.part_of and m.part_breakdown]
    renamed = []
    for obs in observations:
        for slug, whole, flag in parts:
            if obs.measure == whole and all(obs.breakdown.get(k) == v for k, v in flag.items()):
                rest = {k: v for k, v in obs.breakdown.items() if k not in flag}
                obs = replace(obs, measure=slug, breakdown=Breakdown(rest), id="")
                break
        renamed.append(obs)
    return renamed


def ingest_archive(store: Store, data: bytes, *, file_name: str, **options) -> ArchiveResult:
    """Each file of a ZIP as its own reply; one that fails does not stop the others."""
    import hashlib

    try:
        members = archive.members(data, file_name)
    except FoistatsError as exc:
        review.record_failure(store, file_name, hashlib.sha256(data).hexdigest(), str(exc))
        raise
    results, errors = [], []
    for name, content in members:
        label = f"{file_name}/{name}"
        try:
            if kind_of(content, name) == "zip":
                raise InputError(f"{label}: an archive inside an archive; unpack it first")
            results.append(ingest_reply(store, content, file_name=label,
                                        document=hashlib.sha256(content).hexdigest(), **options))
        except FoistatsError as exc:
            errors.append(str(exc))
    return ArchiveResult(file_name, tuple(results), tuple(errors))


def is_archive(data: bytes, file_name: str) -> bool:
    try:
        return kind_of(data, file_name) == "zip"
    except FoistatsError:
        return False


def parse_received(text: str | None) -> date | None:
    return None if text is None else parse_day(text, "--received")
