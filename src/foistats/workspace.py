"""The workspace: a campaign's folder, as a git repository is a folder.

::

    my-campaign/
      campaign.toml     the question, the authorities asked, the periods, house style
      replies/          what came back, as received
      published/        published figures (releases) in the published-figures CSV form
      foistats.duckdb   the store
      out/              stories, tables, charts, site

Every CLI verb is a method here, so a notebook can do what the CLI does::

    import foistats
    ws = foistats.open("my-campaign")
    ws.ingest("replies/gwent.html")
    ws.observations(area="Gwent").to_pandas()
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from time import perf_counter

from .analysis import FactSet, NotMade, derived_measures, kind_names as fact_kinds
from .areas import national_bodies, national_body, resolve_area
from .errors import AreaError, FoistatsError, InputError, WorkspaceError
from .ingest.published import READER as PUBLISHED_READER
from .ingest import review
from .ingest.prc import ingest_prc, looks_like_prc, read_head
from .ingest.published import looks_like_published_figures, published_figures, repeated_figure
from .ingest.text import encoding_of
from .ingest.reply import ArchiveResult, ReplyResult, ingest_archive, ingest_reply, is_archive, parse_received, release_for
from .ingest.review import Review, record_failure
from .model import Breakdown, Observation, Status
from .paths import check_slug
from .periods import Period, parse_period
from .requests.campaign import CAMPAIGN_FILE
from .requests.log import LOG_FILE as REQUEST_LOG
from .store import DB_NAME, Store, WriteResult

POPULATION_FILE = "population.csv"
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
ENV_VAR = "FOISTATS_WORKSPACE"

_CAMPAIGN_TEMPLATE = """# The foistats campaign: one FOI request sent to many authorities.
# Fill in the [request] table below and take the '# ' off the start of each of its lines,
# from '# [request]' to the end (a line left starting '# # ' stays a note). Until then the
# workspace asks nothing, and replies go under the release 'replies'.
title = "{title}"

# [request]
# release = "my-campaign-2025"        # the name this round of requests' figures go under
# # forces by tag or by name: all-territorial, non-territorial, a nation (wales, scotland,
# # england-and-wales), a region (north-west-region, ...), or force names in any spelling.
# # `foistats areas` lists them all.
# authorities = ["north-west-region", "wales"]
# exclude = []                        # forces to leave out of a tag
# periods = ["2021/22 to 2023/24"]    # financial years "2023/24", a run "A to B", calendar years "2023"
# question = \"\"\"
# Please tell me, for each of the financial years {{periods}}, how many sexual offences against
# children (victims under 18) {{authority_name}} recorded, broken down by the age of the victim.
# \"\"\"
#
# [request.measures]                  # each figure asked, with its unit; `foistats measures` lists them
# child_sexual_offences = "offences"
#
# [request.requester]
# name = "Your name"
# organisation = "Your organisation"
# email = "you@example.org"
#
# [request.foi_addresses]             # where a force's FOI address is not known (for .eml letters)
# cheshire = "foi@example.org"
"""


def _document_error_first(ingest):
    """A document's own error is the one to report: when recording it as a failure meets a
    busy (or read-only) workspace, the error says what was wrong with the document, and
    that it is not listed under `foistats failures`."""

    @functools.wraps(ingest)
    def run(*args, **kwargs):
        try:
            return ingest(*args, **kwargs)
        except WorkspaceError as exc:
            cause = exc.__context__  # the error being recorded when the store could not be written
            while cause is not None and not isinstance(cause, FoistatsError):
                cause = cause.__context__
            if cause is not None and not isinstance(cause, WorkspaceError):
                raise InputError(f"{cause} (not listed under `foistats failures`: {exc})") from None
            raise

    return run


class FactList(list):
    """A list of Facts that can become JSON rows or a pandas DataFrame."""

    def to_json(self) -> list[dict[str, object]]:
        return [fact.to_json() for fact in self]

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame(self.to_json())


class ObservationList(list):
    """A list of Observations that can become a pandas DataFrame."""

    def to_json(self) -> list[dict[str, object]]:
        return [obs.to_json() for obs in self]

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame(self.to_json())


@dataclass
class Summary:
    """What a workspace holds: figures per release, areas, periods and statuses."""

    folder: Path
    per_release: dict[str, int] = field(default_factory=dict)
    areas: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def figures(self) -> int:
        return sum(self.per_release.values())


class Workspace:
    """A campaign folder and its store."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).resolve()
        self.store = Store(self.folder)
        self._facts: tuple[object, FactSet] | None = None

    def __repr__(self) -> str:
        return f"Workspace({str(self.folder)!r})"

    # --- ingest ------------------------------------------------------------------------------

    def batch(self):
        """A context for many writes as one command (``with ws.batch(): ...``): the writer
        lock is held throughout and the store backed up once, before the first; each write
        is still all in or not at all."""
        return self.store.batch()

    @_document_error_first
    def ingest(
        self,
        path: str | os.PathLike,
        *,
        authority: str | None = None,
        release: str | None = None,
        received: str | date | None = None,
        at: datetime | None = None,
        measure: str | None = None,
    ) -> WriteResult | ReplyResult | ArchiveResult:
        """Read one document into the store: all its figures, or none with a clear error.

        A published-figures CSV is a release's figures; a police recorded crime open data
        table the Home Office's figures by force, quarter and offence code (release
        ``police-recorded-crime`` unless ``release`` says); anything else is a police reply
        (text, HTML, CSV, XLSX, XLS, ODS, PDF, DOCX, or a ZIP of them), whose ``authority``,
        ``release`` and ``received`` date say what the document cannot (and ``measure`` the measure
        asked that a reply answers); a reply from an
        authority in ``campaign.toml`` answers its request and joins the campaign's release. Ingesting a
        document already in the store changes nothing. A changed version of a release (or
        of a reply for the same release and authority) supersedes its earlier figures,
        which stay readable with ``as_of``. A document that cannot be read is recorded as
        failed (:meth:`failures`) and nothing else changes.
        """
        path = Path(path)
        if release is not None:
            check_slug(release, "--release")  # it names the folder its stories are written in
        if path.suffix.lower() == ".csv" and path.is_file() and looks_like_prc(read_head(path)):
            return ingest_prc(self.store, path, release=release, at=at)  # streamed: may be larger than a reply
        try:
            published = _check_document(path).suffix.lower() == ".csv" and looks_like_published_figures(_head(path))
            data = b"" if published else _read_document(path)
        except InputError as exc:
            if path.is_file():
                record_failure(self.store, path.name, None, str(exc))
            raise
        if published:
            return self._ingest_published(path, at=at)
        document = hashlib.sha256(data).hexdigest()
        options = dict(authority=authority, release=release, received=parse_received(received), at=at,
                       campaign=self.requests.asked(), measure=measure)
        if is_archive(data, path.name):
            return ingest_archive(self.store, data, file_name=path.name, **options)
        return ingest_reply(self.store, data, file_name=path.name, document=document, **options)

    def _ingest_published(self, path: Path, *, at: datetime | None) -> WriteResult:
        """A published-figures CSV, read as it is written: a file of millions of rows is
        never held in memory at once."""
        with open(path, "rb") as f:
            document = hashlib.file_digest(f, "sha256").hexdigest()
        releases: dict[str, str] = {}
        encoding = _encoding(path)
        try:
            with open(path, encoding=encoding, newline="") as stream:
                figures = published_figures(stream, file_name=path.name, document=document, releases=releases)
                return self.store.write_source(
                    source_id=document, file_name=path.name, kind="published", reader=PUBLISHED_READER,
                    parts=((part, [f"published:{obs.release}" for obs in part]) for part in figures),
                    releases=releases, at=at, also=repeated_figure(path.name, document))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path.name}: read as {encoding} but byte {exc.start:,} of a later part is not; "
                             "save the file again as UTF-8") from None

    # --- the review queue and where figures came from ------------------------------------------

    def review_items(self, state: str | None = "open") -> list[Review]:
        """The review queue: open items, or those in ``state`` (``None`` for all)."""
        return review.items(self.store, state)

    def review_item(self, item_id: str) -> Review:
        return review.item(self.store, item_id)

    def review_decide(self, item_id: str, decision: str, *, by: str, value: str | None = None,
                      status: str | None = None, period: str | None = None,
                      breakdown: str | None = None, measure: str | None = None,
                      lower: str | None = None, upper: str | None = None) -> list[Observation]:
        """Accept, edit or reject a review item, at once; an accepted or edited guess becomes
        an observation (a row's guesses, one each), an edit of an item holding no figure
        files the one it gives, and a later decision on the same item replaces the earlier
        one's figures. ``decision`` is accepted, edited or rejected; ``lower`` and ``upper``
        are a suppressed figure's bounds."""
        changes = review.parse_changes(value=value, status=status, period=period, breakdown=breakdown,
                                       measure=measure, lower=lower, upper=upper)
        if decision == "rejected" and changes:
            given = dict.fromkeys("period" if k.startswith("period_") else k for k in changes)
            raise InputError(f"a rejection files no figure, so {', '.join(f'--{k}' for k in given)} would be lost: "
                             "use `review edit` to change the figure, or reject without them")
        if decision == "edited" and not changes:
            raise InputError("an edit changes something: give --value, --status, --lower, --upper, --period, "
                             "--breakdown or --measure")
        campaign = self.requests.asked()
        return review.decide(self.store, item_id, decision, by=by, changes=changes,
                             release_for=lambda area: release_for(area, campaign))

    def review_history(self, item_id: str) -> list[dict[str, object]]:
        """Every decision on one review item, oldest first, with who made it and when."""
        return review.history(self.store, item_id)

    def source(self, observation_id: str) -> dict[str, object]:
        """Where one observation came from: document, place and the text around it."""
        return review.context(self.store, observation_id)

    def failures(self) -> list[dict[str, object]]:
        """Documents that could not be read, with the reason."""
        return review.failures(self.store)

    def forget(self, document: str | os.PathLike) -> str:
        """Take a document ingested by mistake out of the store (see :meth:`Store.forget`):
        ``document`` is its file (found by its bytes, wherever it is now), its file name in
        the store, or the start of its id. What was done, in words."""
        path = Path(document)
        sources = self.store.sources()
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found = [s for s in sources if s.id == digest]
        else:
            text = str(document)
            found = [s for s in sources if s.file_name == text] or [s for s in sources if len(text) >= 8
                                                                     and s.id.startswith(text)]
        if not found:
            raise InputError(f"{document}: no such document in the store; `foistats requests status --format json` "
                             "and `foistats observations --with-source` name the documents it holds")
        if len(found) > 1:
            raise InputError(f"{document}: {len(found)} documents have that name; give one's id: "
                             + ", ".join(s.id[:12] for s in found))
        source = found[0]
        figures, items = self.store.forget(source.id)
        revised = (f"; the figures it revised ({_count(len(source.supersedes), 'document')}) stand again"
                   if source.supersedes else "")
        return (f"{source.file_name}: taken out of the store with its {_count(figures, 'current figure')} and "
                f"{_count(items, 'review item')}{revised} (the store as it was is in {self.store.backups.name}/)")

    # --- reading -----------------------------------------------------------------------------

    def observations(
        self,
        *,
        area: str | Iterable[str] | None = None,
        measure: str | Iterable[str] | None = None,
        period: str | None = None,
        status: str | Iterable[str] | None = None,
        release: str | Iterable[str] | None = None,
        as_of: str | date | datetime | None = None,
    ) -> ObservationList:
        """The figures in the store, as a source gave them, and for every authority the
        campaign asked, the status of each figure asked and not given (``no_response``,
        ``exempt``, ``not_held``) with its request-log line as the source. Areas may be any
        spelling; ``as_of`` shows the store as it stood then (a date means the end of that
        day), without the log's statuses."""
        self._known_release_and_measure(release, measure)
        filters = dict(
            area=[resolve_area(a).id for a in _as_list(area)] if area is not None else None,
            measure=_as_list(measure) if measure is not None else None,
            period=parse_period(period) if period else None,
            status=[Status(s).value for s in _as_list(status)] if status is not None else None,
            release=_as_list(release) if release is not None else None,
        )
        found = self.store.observations(**filters, as_of=_as_of(as_of))
        if as_of is None:
            found += _gaps_not_in(self.request_gaps(), self.store.observations(), **filters)
        return ObservationList(found)

    def _known_release_and_measure(self, release, measure) -> None:
        """A filter naming a release or measure the workspace does not hold is an error that
        lists the ones it does (never an empty answer that looks like "no figures")."""
        if release is None and measure is None:
            return
        held = self.store.query("SELECT DISTINCT release, measure FROM observations")
        campaign = self.requests.asked()
        releases = {r for r, _ in held} | ({campaign.release} if campaign else set())
        measures = {m for _, m in held} | (set(campaign.measures) if campaign else set())
        measures |= derived_measures(measures)
        _known("release", release, sorted(releases))
        _known("measure", measure, sorted(measures))

    def releases(self) -> dict[str, str]:
        """Release name -> publication date as written (YYYY, YYYY-MM or YYYY-MM-DD)."""
        return self.store.releases()

    def national_bodies(self) -> list[dict[str, object]]:
        """The national reporting bodies (Action Fraud, CIFAS, UK Finance), which are not
        areas, each with how many of its figures the store holds and their periods."""
        held: dict[str, list[dict[str, object]]] = {}
        for figure in self.store.national_body_figures():
            held.setdefault(figure["body"], []).append(figure)
        rows = []
        for body in national_bodies().values():
            figures = held.get(body.id, [])
            periods = sorted({(f["period_start"], f["period_end"]) for f in figures})
            rows.append({"id": body.id, "name": body.name, "figures": len(figures),
                         "from": Period(*periods[0]).label if periods else "",
                         "to": Period(*periods[-1]).label if periods else "", "about": body.about})
        return rows

    def national_body_figures(self, body: str | Iterable[str] | None = None, *,
                              as_of: str | date | datetime | None = None) -> list[dict[str, object]]:
        """The figures of national reporting bodies, kept apart from every area's: of the
        bodies named (any spelling) or of all; ``as_of`` as for :meth:`observations`."""
        ids = None
        if body is not None:
            ids = []
            for name in _as_list(body):
                found = national_body(name)
                if found is None:
                    raise AreaError(f"{name!r} is not a national reporting body; see `foistats bodies` for the list")
                ids.append(found.id)
        return [{**{k: v for k, v in f.items() if k not in ("period_start", "period_end")},
                 "period": Period(f["period_start"], f["period_end"]).label}
                for f in self.store.national_body_figures(body=ids, as_of=_as_of(as_of))]

    def summary(self) -> Summary:
        """What the store holds (the figures its documents gave, not the log's statuses)."""
        observations = self.store.observations()
        return Summary(
            folder=self.folder,
            per_release=dict(sorted(Counter(o.release for o in observations).items())),
            areas=sorted({o.area for o in observations}),
            periods=sorted({o.period.label for o in observations}),
            statuses=dict(Counter(o.status.value for o in observations).most_common()),
        )

    # --- facts ----------------------------------------------------------------------------------

    def fact_set(self) -> FactSet:
        """Every Fact the store supports, computed once per state of the store, with the
        figures the request log says were asked and not given (``request_gaps``); no total
        or rank of the campaign's figures for an area some of whose forces it never asked."""
        state = (self.store.state(), _mtime(self.folder / POPULATION_FILE),
                 _mtime(self.folder / CAMPAIGN_FILE), _mtime(self.folder / REQUEST_LOG))
        if self._facts is None or self._facts[0] != state:
            population = self.folder / POPULATION_FILE
            self._facts = (state, FactSet.compute(
                self.store, extra=self.request_gaps(), population_csv=population if population.exists() else None,
                asked=self._asked()))
        return self._facts[1]

    def facts(
        self,
        *,
        release: str | Iterable[str] | None = None,
        area: str | Iterable[str] | None = None,
        measure: str | Iterable[str] | None = None,
        period: str | Period | None = None,
        base_period: str | Period | None = None,
        kind: str | Iterable[str] | None = None,
        breakdown: str | Mapping[str, object] | None = None,
    ) -> FactList:
        """The Facts (totals, changes, shares, ranks…) about the figures in the store.
        Areas may be any spelling; a breakdown is ``key=value;…`` or a mapping."""
        _known("kind", kind, fact_kinds(), "not a kind of Fact; the kinds are")
        self._known_release_and_measure(release, measure)
        return FactList(self.fact_set().facts(
            release=_as_list(release) if release is not None else None,
            area=[resolve_area(a).id for a in _as_list(area)] if area is not None else None,
            measure=_as_list(measure) if measure is not None else None,
            period=_period(period),
            base_period=_period(base_period),
            kind=_as_list(kind) if kind is not None else None,
            breakdown=_breakdown(breakdown),
        ))

    def why_not(
        self,
        *,
        kind: str | Iterable[str] | None = None,
        area: str | Iterable[str] | None = None,
        measure: str | Iterable[str] | None = None,
        period: str | Period | None = None,
        base_period: str | Period | None = None,
    ) -> list[NotMade]:
        """Why a Fact could not be made (a change across periods that are not comparable,
        a rate with no population…), so a story can say so and a check can answer
        "cannot decide"."""
        return self.fact_set().why_not(
            kind=_as_list(kind) if kind is not None else None,
            area=[resolve_area(a).id for a in _as_list(area)] if area is not None else None,
            measure=_as_list(measure) if measure is not None else None,
            period=_period(period),
            base_period=_period(base_period),
        )

    # --- stories ------------------------------------------------------------------------------

    def stories(
        self,
        release: str | Iterable[str] | None = None,
        area: str | Iterable[str] | None = None,
        *,
        format: str | Iterable[str] | None = None,  # noqa: A002 - the CLI's word
        out: str | os.PathLike | None = None,
        charts: bool = True,
        check: bool = True,
        progress=None,
    ):
        """Write a story per area (and a national briefing) for each release, in Markdown,
        HTML and DOCX with a sidecar JSON, into ``out`` (default ``out/stories``); returns a
        :class:`foistats.narrative.StoriesResult` listing what was written and what was
        refused, and why. ``check`` runs the claim checker over each story and refuses one
        with a number it contradicts or cannot decide; ``progress(done, total, what)`` is told
        how far it has gone."""
        from .narrative import write_stories

        started = perf_counter()
        if progress is not None:
            progress(0, None, "Computing Facts")
        inputs = self._story_inputs()
        result = write_stories(**inputs, checker=self.story_checker() if check else None,
                               out=Path(out) if out is not None else self.folder / "out" / "stories",
                               release=release, area=area, format=format, charts=charts, progress=progress)
        result.seconds = perf_counter() - started  # the Facts computed here count too
        return result

    def composer(self):
        """The composer of this workspace's stories (a :class:`foistats.narrative.compose.Composer`),
        as :meth:`stories` writes them: the dashboard shows its stories without writing them."""
        from .narrative import composer_for

        return composer_for(**self._story_inputs())

    def _story_inputs(self) -> dict[str, object]:
        """What a story is written from (:func:`foistats.narrative.composer_for`'s arguments):
        every Fact, the releases' dates, the settings (templates and house style), the forces
        the campaign asked and the figures held for review (a story does not lead on one)."""
        from .narrative import Settings

        releases = self.releases()
        asked = self._asked()
        pending = [(g["area"], Period(date.fromisoformat(g["period_start"]), date.fromisoformat(g["period_end"])))
                   for r in self.review_items() for g in r.figures if g.get("area") and g.get("period_start")
                   and g.get("period_end") and not g.get("breakdown")]
        return {"facts": self.fact_set().facts(), "releases": releases,
                "settings": Settings.load(self.folder, published=releases), "asked": asked, "pending": pending}

    def _asked(self) -> dict[str, frozenset[str]]:
        """The campaign's release and the forces it asked (none without a campaign)."""
        campaign = self.requests.asked()
        return {campaign.release: frozenset(a.id for a in campaign.authorities)} if campaign else {}

    def story_checker(self):
        """The claim checker a story is read by: its text against every Fact of the workspace."""
        from .check import check_text

        releases = self.releases()
        # all releases, not only the story's: a story may state an earlier release's figure
        # (the 229 of 2018/19 that the 2019/20 change is on)
        return functools.partial(check_text, facts=self.fact_set(), releases=releases)

    # --- publishing ---------------------------------------------------------------------------

    def publish(
        self,
        release: str | Iterable[str] | None = None,
        *,
        out: str | os.PathLike | None = None,
        rule: str | None = None,
        secondary: bool = True,
        charts: bool = True,
    ):
        """Write each release (or those named) as CSV tables, an accessible XLSX and a
        Frictionless data package into ``out`` (default ``out/publish``), small numbers
        hidden by ``rule`` (``k=N``, ``dfe`` or ``none``) with secondary suppression and an
        audit, and a chart of each nation's forces (``charts``); returns a
        :class:`foistats.publish.PublishResult`. A release whose audit finds a recoverable
        hidden figure is not written (:class:`foistats.publish.DisclosureError`)."""
        from .publish import publish

        return publish(*self._published_from(), out=Path(out) if out else self.folder / "out" / "publish",
                       releases=self.releases(), release=release, rule=rule, secondary=secondary, charts=charts)

    def withheld(self, rule: str | None = None):
        """What :meth:`publish` under ``rule`` (default its own) does not show (a :class:`foistats.publish.Withheld`):
        the dashboard and the static site show no more than it does."""
        from .publish import withheld

        # every Fact: a change or a rank made from a hidden figure is hidden too
        return withheld(self.facts(), self._published_from()[1], rule)

    def _published_from(self) -> tuple[list, list[Observation]]:
        """The Facts and observations a release is published from."""
        return self.facts(kind=["count", "total"]), [*self.observations(), *self.request_gaps()]

    # --- checking -----------------------------------------------------------------------------

    def check(self, text_or_path: str | os.PathLike, *, release: str | None = None,
              on: str | date | None = None, self_only: bool = False):
        """Every numeric claim of an article — its text, or a .txt/.md/.html/.docx file —
        with its verdict against this workspace's Facts and its own figures: a list of
        :class:`foistats.check.Verdict` (supported, contradicted or cannot_decide)."""
        from .check.api import check

        return check(text_or_path, None if self_only else self.fact_set(), self.releases(), release=release, on=on,
                     self_only=self_only)

    # --- requests -----------------------------------------------------------------------------

    @property
    def requests(self):
        """The campaign's FOI requests (a :class:`foistats.requests.Requests`): letters,
        the log, deadlines, status."""
        from .requests import Requests

        return Requests(self)

    def request_gaps(self, release: str | None = None) -> list[Observation]:
        """The no_response / exempt / not_held figures the request log implies."""
        return self.requests.gaps(release)

    # --- the sample campaign ------------------------------------------------------------------

    def import_sample(self) -> list[WriteResult | ReplyResult]:
        """Copy the bundled sample's published figures into ``published/`` and its
        illustrative police replies into ``replies/``, and ingest them all."""
        sample = resources.files("foistats.data").joinpath("sample")
        published = [i for i in sample.iterdir() if i.name.endswith(".csv")]
        replies = list(sample.joinpath("replies").iterdir())
        results = []
        with self.batch():
            for folder, items in (("published", published), ("replies", replies)):
                (self.folder / folder).mkdir(exist_ok=True)
                for item in sorted(items, key=lambda i: i.name):
                    dest = self.folder / folder / item.name
                    dest.write_bytes(item.read_bytes())
                    results.append(self.ingest(dest))
        return results


def _gaps_not_in(gaps: list[Observation], stored: list[Observation], *, area, measure, period, status,
                 release) -> list[Observation]:
    """The request log's statuses for subjects the store holds nothing for, filtered as asked."""
    held = {(o.measure, o.area, o.period, str(o.breakdown)) for o in stored if o.base_period is None}
    return [g for g in gaps
            if (g.measure, g.area, g.period, str(g.breakdown)) not in held
            and (area is None or g.area in area) and (measure is None or g.measure in measure)
            and (period is None or g.period == period) and (status is None or g.status.value in status)
            and (release is None or g.release in release)]


def _known(name: str, given: str | Iterable[str] | None, valid: list[str],
           where: str = "not in this workspace, which has") -> None:
    unknown = [v for v in _as_list(given) if v not in valid] if given is not None else []
    if unknown:
        raise InputError(f"--{name} {', '.join(map(repr, unknown))}: {where} {', '.join(valid) or 'none yet'}")


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _period(value: str | Period | None) -> Period | None:
    return parse_period(value) if isinstance(value, str) else value


def _breakdown(value: str | Mapping[str, object] | None) -> Breakdown | None:
    if value is None or isinstance(value, Breakdown):
        return value
    return Breakdown.parse(value) if isinstance(value, str) else Breakdown(value)


def _mtime(path: Path) -> float | None:
    return path.stat().st_mtime if path.exists() else None


def _as_of(value: str | date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value or " " in value else date.fromisoformat(value)
        except ValueError:
            raise InputError(f"--as-of {value!r}: write a date as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)") from None
        if isinstance(value, datetime):
            return value
    return datetime.combine(value, time.max)


def _read_document(path: Path) -> bytes:
    _check_document(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


def _head_bytes(path: Path, size: int = 65536) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


def _encoding(path: Path) -> str:
    return encoding_of(_head_bytes(path))


def _head(path: Path) -> str:
    """The start of a document as text (in its own encoding), enough to tell its kind by
    its first line."""
    head = _head_bytes(path)
    return head.decode(encoding_of(head), errors="replace")


def _check_document(path: Path) -> Path:
    """``path``, when it names a file that is not empty and not over the size limit."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; name the files in it")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(f"{path}: {size:,} bytes is over the {MAX_DOCUMENT_BYTES:,}-byte limit for one document")
    return path


def is_workspace(folder: Path) -> bool:
    return (folder / DB_NAME).exists() or (folder / CAMPAIGN_FILE).exists()


def init(folder: str | os.PathLike, *, title: str | None = None) -> Workspace:
    """Create a workspace (or open the one already there): campaign.toml, replies/, the store."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise WorkspaceError(f"{folder}: exists and is not a folder")
    campaign = folder / CAMPAIGN_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not campaign.exists():
            campaign.write_text(_CAMPAIGN_TEMPLATE.format(title=(title or folder.resolve().name).replace('"', "'")))
        (folder / "replies").mkdir(exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{folder}: cannot make a workspace here ({exc.strerror}); "
                             "choose a folder you can write in") from None
    ws = Workspace(folder)
    ws.store.create()
    return ws


def open_workspace(folder: str | os.PathLike | None = None) -> Workspace:
    """Open the workspace in ``folder``, else ``$FOISTATS_WORKSPACE``, else the one holding
    the current folder (looking upward, as git does)."""
    named = folder or os.environ.get(ENV_VAR)
    chosen = Path(named) if named else _enclosing_workspace(Path.cwd())
    if not is_workspace(chosen):
        raise WorkspaceError(
            f"no foistats workspace at {chosen.resolve()}: run `foistats init {chosen}` to make one, "
            f"or name one with --workspace DIR or ${ENV_VAR}"
        )
    if not (chosen / DB_NAME).exists():
        Store(chosen).create()
    return Workspace(chosen)


def _enclosing_workspace(start: Path) -> Path:
    """The nearest folder at or above ``start`` that is a workspace (``start`` when none is)."""
    return next((f for f in (start, *start.parents) if is_workspace(f)), start)


def demo(folder: str | os.PathLike = "demo") -> tuple[Workspace, list[WriteResult]]:
    """Build the bundled sample campaign into ``folder`` and import its published figures."""
    ws = init(folder, title="NSPCC releases about Wales, 2013 to 2023 (foistats sample)")
    ws.requests.install_sample()
    return ws, ws.import_sample()


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"
