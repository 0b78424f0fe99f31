"""Facts in, Stories out: house-style numbers, angles (what leads), templates.

:func:`write_stories` (``ws.stories()``, ``foistats stories``) writes, for each release,
one local story per area the release gives a figure for, and a national briefing beside
them::

    out/stories/<release>/<area>.md|.html|.docx   the story
    out/stories/<release>/<area>.json             every sentence with the Facts it states
    out/stories/<release>/<area>.png|.svg         its chart (unless charts=False)
    out/stories/<release>/briefing.*              the national briefing: all areas, the table

A story that cannot be written correctly — a sentence whose number no Fact gives, a
published figure the counts contradict, a change between periods that are not
comparable, or a number the claim checker contradicts or cannot decide — is not written;
it is listed in ``refused`` with the reason. The claim checker, when given (the workspace
gives :func:`foistats.check.check_text` on its Facts unless ``check=False``, ``--no-check``),
reads every local story first and refuses one with a number it contradicts or cannot decide.

Nothing here opens a workspace: :func:`write_stories` and :func:`composer_for` take the
Facts, the releases' dates and the settings, and ``foistats.workspace`` wires them.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FoistatsError, InputError
from ..paths import inside
from ..analysis import Fact
from ..periods import Period
from .compose import Composer
from .material import Material
from .settings import Settings, templates_checked
from .story import Story, StoryError, TraceError
from .writers import FORMATS, write

__all__ = ["Refusal", "Settings", "StoriesResult", "Story", "StoryError", "TraceError", "Written", "chart_of",
           "checked_story", "composer_for", "write_stories"]

# the claim checker as a story is read by it: a story's text -> its verdicts
Checker = Callable[[str], list]


@dataclass
class Written:
    release: str
    area: str
    headline: str
    angles: list[str]
    paths: list[Path]
    story: Story

    def to_json(self) -> dict[str, object]:
        return {"release": self.release, "area": self.area, "headline": self.headline, "angles": self.angles,
                "paths": [str(p) for p in self.paths]}


@dataclass
class Refusal:
    release: str
    area: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"release": self.release, "area": self.area, "reason": self.reason}


@dataclass
class StoriesResult:
    """What ``ws.stories()`` wrote and what it refused to write, and why."""

    out: Path
    written: list[Written] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    seconds: float = 0.0
    checked: bool = False

    @property
    def stories(self) -> list[Story]:
        return [w.story for w in self.written]

    @property
    def local(self) -> list[Written]:
        return [w for w in self.written if w.area != "briefing"]

    def to_json(self) -> dict[str, object]:
        return {"out": str(self.out), "written": [w.to_json() for w in self.written],
                "refused": [r.to_json() for r in self.refused], "checked": self.checked}


def _formats(fmt: str | Iterable[str] | None) -> tuple[str, ...]:
    chosen = FORMATS if fmt is None else ((fmt,) if isinstance(fmt, str) else tuple(fmt))
    for f in chosen:
        if f not in FORMATS:
            raise InputError(f"--format {f!r}: write one of {', '.join(FORMATS)}")
    return tuple(dict.fromkeys(chosen))


def chart_of(story: Story, material: Material):
    """The story's chart (a :class:`foistats.narrative.chart.StoryChart`), or None when the
    chart module is not installed or the story has no count of its own to chart."""
    try:
        from .chart import story_chart
    except ImportError:  # the chart module is optional
        return None
    releases = {story.release} | {f.release for f in story.facts.values()}
    facts = [f for r in releases for f in material.by_release.get(r, ()) if material.in_scope(story.release, f.area)]
    return story_chart(facts, release=story.release, area=story.area, measure=story.measure,
                       published=material.published, asked=material.asked.get(story.release))


def _chart(story: Story, material: Material, folder: Path) -> dict | None:
    chart = chart_of(story, material)
    if chart is None:
        return None
    paths = chart.save(inside(folder, story.slug))
    png = next((p for p in paths if p.suffix == ".png"), None)
    svg = next((p for p in paths if p.suffix == ".svg"), None)
    return {"alt_text": chart.alt_text, "fact_ids": list(chart.fact_ids),
            "png": png.name if png else None, "svg": svg.name if svg else None,
            "png_path": str(png) if png else None}


def _check(story: Story, checker: Checker) -> list[dict[str, object]]:
    """Run the claim checker over the story's text; a contradicted or undecided number is
    a StoryError."""
    verdicts = checker(story.text)
    out = []
    for v in verdicts:
        row = v.to_json() if hasattr(v, "to_json") else dict(v)
        out.append(row)
    bad = [r for r in out if r.get("verdict") in ("contradicted", "cannot_decide")]
    if bad:
        first = bad[0]
        raise StoryError(f"the checker finds {first.get('text')!r} {first.get('verdict')}: {first.get('reason')}")
    return out


def checked_story(composer: Composer, release: str, area: str, checker: Checker | None) -> Story:
    """The story of ``area`` as :func:`write_stories` writes it: composed, then read by the
    ``checker``; a story it cannot stand behind is a :class:`StoryError` saying why."""
    story = composer.story(release, area)
    if checker is not None:
        story.checks = _check(story, checker)
    return story


def composer_for(facts: Iterable[Fact], releases: Mapping[str, str], settings: Settings, *,
                 asked: Mapping[str, frozenset[str]] | None = None,
                 pending: Iterable[tuple[str, Period]] = ()) -> Composer:
    """The composer of stories: every Fact, the releases' dates, the forces each release's
    campaign ``asked`` and the (area, period) of the figures ``pending`` review (a story
    does not lead on one)."""
    return Composer(Material(facts, releases, asked, pending), settings)


@templates_checked
def write_stories(
    facts: Iterable[Fact],
    releases: Mapping[str, str],
    settings: Settings,
    checker: Checker | None = None,
    *,
    asked: Mapping[str, frozenset[str]] | None = None,
    pending: Iterable[tuple[str, Period]] = (),
    out: str | Path,
    release: str | Iterable[str] | None = None,
    area: str | Iterable[str] | None = None,
    format: str | Iterable[str] | None = None,  # noqa: A002 - the CLI's word
    charts: bool = True,
    briefing: bool = True,
    progress: Callable[[int, int | None, str], None] | None = None,
) -> StoriesResult:
    """Write every story of the chosen releases (all by default) for the chosen areas (all
    with figures by default) into ``out``, from ``facts``, the ``releases``' dates and the
    ``settings`` (``asked`` and ``pending`` as for :func:`composer_for`).

    With a ``checker`` (the claim checker: a story's text -> its verdicts), each local story
    is read by it first, and a story holding a number it contradicts or cannot decide is
    refused with the checker's reason; its verdicts go in the sidecar JSON (``checks``).
    ``progress(done, total, what)`` is told how far the work has gone."""
    from ..areas import resolve_area

    started = time.perf_counter()
    progress = progress or (lambda done, total, what: None)
    formats = _formats(format)
    composer = composer_for(facts, releases, settings, asked=asked, pending=pending)
    material = composer.material
    chosen = material.releases()
    if release is not None:
        wanted = [release] if isinstance(release, str) else list(release)
        unknown = [r for r in wanted if r not in chosen]
        if unknown:
            raise InputError(f"no release {', '.join(map(repr, unknown))} in the workspace; it has "
                             f"{', '.join(chosen) or 'none'}")
        chosen = wanted
    areas = None
    if area is not None:
        areas = [resolve_area(a).id for a in ([area] if isinstance(area, str) else area)]
    result = StoriesResult(out=Path(out), checked=checker is not None)
    try:  # a folder that cannot be written in is said before any story is composed
        result.out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=result.out):
            pass
    except OSError as exc:
        raise InputError(f"{result.out}: cannot write the stories there ({exc.strerror}); "
                         "give --out a folder you can write in") from None
    total = sum(len([a for a in material.areas(rel) if areas is None or a in areas]) for rel in chosen)
    done = 0
    for rel in chosen:
        folder = inside(result.out, rel)
        todo = [a for a in material.areas(rel) if areas is None or a in areas]
        wanted = areas if areas is not None else sorted(material.asked.get(rel, ()))
        for missing in [a for a in wanted if a not in todo]:
            result.refused.append(Refusal(rel, missing, f"{rel} gives no figure for {missing} to lead a story on "
                                                        f"(`foistats observations --area {missing}` says why)"))
        stories: list[Story] = []
        for area_id in todo:
            progress(done, total, f"Writing stories: {rel}")
            done += 1
            try:
                story = checked_story(composer, rel, area_id, checker)
            except FoistatsError as exc:
                result.refused.append(Refusal(rel, area_id, str(exc)))
                continue
            stories.append(story)
        if briefing and areas is None:
            try:
                stories.append(composer.briefing(rel))
            except FoistatsError as exc:
                result.refused.append(Refusal(rel, "briefing", str(exc)))
        for story in stories:
            folder.mkdir(parents=True, exist_ok=True)
            chart = None
            if charts and story.kind == "local":
                chart = _chart(story, material, folder)
                if chart is not None:
                    story.chart = {k: v for k, v in chart.items() if k != "png_path"}
                    # the chart's Facts join the story's, so its text alternative is traceable too
                    story.facts.update({fid: material.by_id[fid] for fid in chart["fact_ids"]
                                        if fid in material.by_id})
            paths = write(story, folder, settings, formats, chart)
            if chart is not None:
                paths += [folder / chart["png"], folder / chart["svg"]]
            result.written.append(Written(rel, story.area, story.headline.text, [a.name for a in story.angles],
                                          paths, story))
    if result.written or result.refused:
        result.out.mkdir(parents=True, exist_ok=True)
        (result.out / "stories.json").write_text(json.dumps(result.to_json(), indent=2) + "\n", encoding="utf-8")
    result.seconds = time.perf_counter() - started
    return result
