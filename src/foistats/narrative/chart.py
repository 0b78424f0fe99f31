"""A chart per story: an area's series against its peers, drawn from the story's Facts.

:func:`story_chart` builds a Vega-Lite chart with Altair from the ``count`` Facts of one
measure (whole breakdown) in a release: one panel per period, a horizontal bar per area,
the story's area highlighted, the value axis starting at zero, a title, a subtitle naming
the areas with no figure, and a source line. Its peers are the other police forces of its
nation for a force, and the areas inside it for a region, a nation, England and Wales or
the UK. :meth:`StoryChart.save` renders SVG and PNG with vl-convert, offline: the data is
inline, no URL may be fetched, and text is set in the Liberation Sans built into vl-convert.

What is a bar: an exact count, or one published as approximate ("about 5,500"), as "over"
a figure (drawn to it) or "almost" a figure (drawn to it), each labelled as published. A
suppressed count, an "under" figure and a missing figure are never drawn as a bar, so
never read as 0: the panel says "suppressed (1 to 4)", "under 5" or "no figure" where the
bar would be, and an area with no figure in any panel is named in the subtitle with the
reason its caveats give ("Dyfed-Powys Police did not respond for 2018/19").

The text alternative is one sentence made from the same Facts; ``fact_ids`` lists every
Fact the chart and its sentence state.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import altair as alt
import vl_convert as vlc

from ..analysis.fact import Fact
from ..areas import Area, all_areas, forces_in, resolve_area
from ..offences import measures
from ..periods import Period

HIGHLIGHT = "#1d4f91"
PEER = "#a9b4c2"
MUTED = "#666666"
# Liberation Sans is built into vl-convert, so PNGs look the same on every machine; a
# system font (DejaVu Sans) made each chart several times slower to lay out
FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
PANEL_WIDTH = 220
ROW_HEIGHT = 20
PNG_SCALE = 2
# above this many areas the alternative text names the story's area, the highest and the lowest
ALT_TEXT_MAX_AREAS = 8
_VL_VERSION = "6.4"


@dataclass(frozen=True)
class StoryChart:
    """A story's chart: the Vega-Lite ``spec``, its one-sentence ``alt_text``, and the
    ids of the Facts both state."""

    spec: dict
    alt_text: str
    fact_ids: tuple[str, ...]

    def svg(self) -> str:
        """The chart as SVG text, rendered offline (no URL may be fetched)."""
        return vlc.vegalite_to_svg(self.spec, vl_version=_VL_VERSION, allowed_base_urls=[])

    def png(self, svg: str | None = None) -> bytes:
        """The chart as PNG bytes at twice its nominal size, rasterised from its SVG (or
        from ``svg`` when already rendered)."""
        return vlc.svg_to_png(svg if svg is not None else self.svg(), scale=PNG_SCALE)

    def save(self, stem: Path) -> list[Path]:
        """Write ``stem.svg`` and ``stem.png`` (making the folder) and return their paths."""
        stem = Path(stem)
        stem.parent.mkdir(parents=True, exist_ok=True)
        svg_path, png_path = stem.with_name(stem.name + ".svg"), stem.with_name(stem.name + ".png")
        svg = self.svg()
        svg_path.write_text(svg, encoding="utf-8")
        png_path.write_bytes(self.png(svg))
        return [svg_path, png_path]


@dataclass(frozen=True)
class _Cell:
    """What one area's panel for one period shows: a bar (``bar`` is its length) or a text."""

    bar: float | None
    label: str
    facts: tuple[Fact, ...]


def story_chart(
    facts: Iterable[Fact],
    *,
    release: str,
    area: str,
    measure: str,
    published: Mapping[str, str] | None = None,
    asked: Collection[str] | None = None,
) -> StoryChart | None:
    """The chart of ``area``'s story in ``release``: its ``measure`` counts against its peers.

    ``facts`` are the Facts to draw from, normally ``ws.facts(release=release)``. Counts of
    other releases in them are used only where a Fact of this release was made from them
    (the base figure of a change), and then with their peers from the same release, for
    periods this release has no count for; so passing ``ws.facts()`` lets the 2019/20
    chart show the 2018/19 figure its change is measured from. ``published`` maps release
    names to publication dates (``ws.releases()``) for the source line. With ``asked`` (the
    forces a campaign asked), the chart shows only those forces, and groups all of whose
    forces were asked: a force never asked is not a gap.

    Returns ``None`` when ``area`` has no count of ``measure`` (whole breakdown) in the
    release: there is then nothing of the story's own to chart. An unknown area is an
    :class:`~foistats.errors.AreaError`.
    """
    story = resolve_area(area)
    facts = list(facts)
    counts = [f for f in facts if f.kind == "count" and f.measure == measure and not f.breakdown]
    chosen = _chosen_counts(facts, counts, release, measure)
    if not any(f.area == story.id and f.release == release for f in chosen):
        return None

    members = _members(story)
    if asked is not None:
        members = [a for a in members if all(f.id in asked for f in forces_in(a.id))]
    member_ids = {a.id for a in members}
    chosen = [f for f in chosen if f.area in member_ids]
    periods = sorted({f.period for f in chosen})
    cells = {(a.id, p): _cell([f for f in chosen if f.area == a.id and f.period == p])
             for a in members for p in periods}
    # the latest period with a bar of the story's area (else the latest) orders the areas
    lead = max((p for p in periods if cells[story.id, p].bar is not None), default=periods[-1])
    members = _ordered(members, story, cells, periods, lead)
    absent = [a for a in members if all(not cells[a.id, p].facts for p in periods)]
    reasons, reason_facts = _reasons(facts, measure, {f.release for f in chosen}, set(periods),
                                     {a.id for a in absent})

    title = _measure_title(measure)
    scope = _scope(story, asked is not None)
    span = _join([p.label for p in periods])
    notes = [f"{scope[:1].upper()}{scope[1:]}, {span}"]
    if absent:
        notes.append(_absent_note(absent, reasons))
    borrowed: dict[str, list[Period]] = {}
    for f in sorted(chosen, key=lambda f: (f.release, f.period)):
        if f.release != release and f.period not in borrowed.setdefault(f.release, []):
            borrowed[f.release].append(f.period)
    source = _source_line(release, borrowed, published or {})

    rows = [
        {
            "area": a.short_name,
            "area_order": i,
            "period": p.label,
            "period_order": j,
            "bar": cells[a.id, p].bar,
            "label": cells[a.id, p].label,
            "highlight": a.id == story.id,
        }
        for i, a in enumerate(members)
        for j, p in enumerate(periods)
    ]
    spec = copy.deepcopy(_layout())
    spec["title"] = alt.Title(title, subtitle=notes, anchor="start", fontSize=15, subtitleFontSize=11,
                              subtitleColor=MUTED, offset=10).to_dict(validate=False)
    spec["datasets"] = {"figures": rows, "source": [{"line": source}]}
    alt_text = _alt_text(title, scope, span, members, story, periods, cells, lead, absent)
    used = [f for cell in cells.values() for f in cell.facts] + reason_facts
    return StoryChart(spec=spec, alt_text=alt_text, fact_ids=tuple(dict.fromkeys(f.id for f in used)))


# --- which Facts, which areas ------------------------------------------------------------


def _chosen_counts(facts: list[Fact], counts: list[Fact], release: str, measure: str) -> list[Fact]:
    """The release's counts, plus the counts of another release that one of its Facts was
    made from, with that release's other counts of the same period, where the release has
    no count for the period."""
    own = [f for f in counts if f.release == release]
    own_periods = {f.period for f in own}
    cited = {i for f in facts if f.release == release and f.measure == measure for i in f.inputs}
    borrowed = {(f.release, f.period) for f in counts
                if f.release != release and f.period not in own_periods and cited.intersection(f.inputs)}
    return own + [f for f in counts if (f.release, f.period) in borrowed]


def _members(story: Area) -> list[Area]:
    """The areas of the chart: for a force, the forces of its nation (itself alone when it
    has none, as British Transport Police); for a region or nation, itself and its forces;
    for England and Wales or the UK, itself and the areas directly inside it."""
    if story.is_force:
        return forces_in(story.nation) if story.nation else [story]
    if story.level in ("region", "nation"):
        return [story, *forces_in(story.id)]
    return [story, *(a for a in all_areas().values() if story.id in a.parents)]


def _cell(facts: list[Fact]) -> _Cell:
    """The bar or text for the counts of one area and period; counts that disagree are
    not drawn."""
    if not facts:
        return _Cell(None, "no figure", ())
    shown = {_shown(f) for f in facts}
    if len(shown) > 1:
        return _Cell(None, "figures disagree", tuple(facts))
    bar, label = shown.pop()
    return _Cell(bar, label, tuple(facts))


def _shown(fact: Fact) -> tuple[float | None, str]:
    """(bar length or None, label) for one count, as sure as the count is."""
    lower, upper, value = fact.lower, fact.upper, fact.value
    if fact.caveat("suppressed") is not None:
        return None, "suppressed" + (f" ({_bounds(lower, upper)})" if upper is not None else "")
    if value is not None and lower is None and upper is None:
        prefix = "about " if fact.qualifier in ("approx", "rounded") else ""
        return value, prefix + _figure(value)
    if fact.qualifier == "over" and lower is not None:
        return lower, f"over {_figure(lower)}"
    if fact.qualifier == "almost" and upper is not None:
        return upper, f"almost {_figure(upper)}"
    if fact.qualifier == "under" and upper is not None:
        return None, f"under {_figure(upper)}"
    return None, _bounds(lower, upper)


def _bounds(lower: float | None, upper: float | None) -> str:
    if lower is not None and upper is not None:
        return f"{_figure(lower)} to {_figure(upper)}"
    if lower is not None:
        return f"at least {_figure(lower)}"
    return f"at most {_figure(upper)}" if upper is not None else "no figure"


def _figure(value: float) -> str:
    """A figure with thousands commas, whole numbers without a decimal point."""
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


def _ordered(members: list[Area], story: Area, cells: dict, periods: list[Period], lead: Period) -> list[Area]:
    """An area that adds up the others first, then by their bars in the lead period, largest
    first and areas with no bar last, ties broken by the other periods, latest first, then
    by name."""
    looked_at = [lead, *(p for p in reversed(periods) if p != lead)]

    def key(a: Area) -> tuple:
        bars = [cells[a.id, p].bar for p in looked_at]
        return (not (a.id == story.id and not story.is_force), [(b is None, -(b or 0)) for b in bars], a.short_name)

    return sorted(members, key=key)


def _reasons(facts: list[Fact], measure: str, releases: set[str], periods: set[Period],
             areas: set[str]) -> tuple[dict[str, list[str]], list[Fact]]:
    """For areas with no figure, the sentences the counts' ``missing_areas`` caveats give
    about each of them alone, one per reason with its periods joined ("Dyfed-Powys Police
    did not respond for 2017/18 and 2018/19"), and the Facts that carry them."""
    said: dict[str, dict[str, list[Period]]] = {}
    carriers: list[Fact] = []
    for f in facts:
        if f.kind != "count" or f.measure != measure or f.release not in releases or f.period not in periods:
            continue
        for c in f.caveats:
            if c.kind == "missing_areas" and len(c.areas) == 1 and c.areas[0] in areas:
                suffix = f" for {f.period.label}"
                stem = c.text[: -len(suffix)] if c.text.endswith(suffix) else c.text
                when = said.setdefault(c.areas[0], {}).setdefault(stem, [])
                if stem != c.text and f.period not in when:
                    when.append(f.period)
                carriers.append(f)
    reasons = {
        area: [f"{stem} for {_join([p.label for p in sorted(when)])}" if when else stem for stem, when in stems.items()]
        for area, stems in said.items()
    }
    return reasons, list({f.id: f for f in carriers}.values())


# --- words ---------------------------------------------------------------------------------


def _measure_title(measure: str) -> str:
    known = measures().get(measure)
    title = known.title if known and known.title else measure.replace("_", " ")
    return title[:1].upper() + title[1:]


def _scope(story: Area, asked: bool = False) -> str:
    if story.is_force:
        nation = all_areas().get(story.nation)
        others = "the other police forces asked" if asked else "the other police forces"
        return f"{story.name} and {others} in {nation.name}" if nation else story.name
    if story.level in ("region", "nation"):
        return f"{story.short_name} and its police forces"
    return f"{story.short_name} and the areas within it"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _absent_note(absent: list[Area], reasons: dict[str, list[str]]) -> str:
    """One line naming the areas with no figure: in their caveats' words where they have
    one, else "no figure for … in this release"."""
    unexplained = [a.name for a in absent if a.id not in reasons]
    parts = [text for a in absent for text in reasons.get(a.id, [])]
    if unexplained:
        parts.append(f"no figure for {_join(unexplained)} in this release")
    note = "; ".join(parts)
    return note[:1].upper() + note[1:] + "."


def _source_line(release: str, borrowed: Mapping[str, list[Period]], published: Mapping[str, str]) -> str:
    """"Source: <release> (published <date>)", then the periods drawn from other releases."""
    def named(name: str) -> str:
        return f"{name} (published {published[name]})" if name in published else name

    line = f"Source: {named(release)}"
    for other, periods in borrowed.items():
        line += f"; figures for {_join([p.label for p in periods])} from {named(other)}"
    return line + ". Chart: foistats."


def _alt_text(title: str, scope: str, span: str, members: list[Area], story: Area, periods: list[Period],
              cells: dict, lead: Period, absent: list[Area]) -> str:
    """One sentence: what the chart shows, then the story's area's figures, then each
    peer's (or, past ``ALT_TEXT_MAX_AREAS`` areas, the highest and lowest peer in the
    lead period), then the areas with no figure; areas are parted by semicolons."""
    def figures(a: Area) -> str:
        shown = [(p, cells[a.id, p]) for p in periods if cells[a.id, p].facts]
        if len(periods) == 1:
            return _join([c.label for _, c in shown])
        return _join([f"{c.label} in {p.label}" for p, c in shown])

    peers = [a for a in members if a.id != story.id and a not in absent]
    parts = [f"{story.short_name} (highlighted) {figures(story)}"]
    if len(members) <= ALT_TEXT_MAX_AREAS:
        parts += [f"{a.short_name} {figures(a)}" for a in peers]
    else:
        ranked = [a for a in peers if cells[a.id, lead].bar is not None]
        others = "the other forces" if story.is_force else "its forces"
        if len(ranked) > 1:
            top, bottom = ranked[0], ranked[-1]
            parts.append(f"among {others} in {lead.label}, {top.short_name} is highest at "
                         f"{cells[top.id, lead].label} and {bottom.short_name} lowest at "
                         f"{cells[bottom.id, lead].label}")
        elif ranked:
            parts.append(f"among {others} in {lead.label}, only {ranked[0].short_name} has a figure, "
                         f"{cells[ranked[0].id, lead].label}")
    if absent:
        parts.append(f"no figure for {_join([a.short_name for a in absent])}")
    return f"Bar chart of {title[:1].lower() + title[1:]} for {scope}, {span}: {'; '.join(parts)}."


# --- the Vega-Lite spec --------------------------------------------------------------------


@cache
def _layout() -> dict:
    """The Vega-Lite layout every story chart shares, built once with Altair: a panel per
    period (ordered by ``period_order``), a bar or a text per area (ordered by
    ``area_order``), the value axis from zero, the source line below. Each chart copies it
    and adds its ``title`` and its ``datasets``: ``figures`` (a row per area and period)
    and ``source`` (the source line)."""
    y = alt.Y("area:N", sort=alt.EncodingSortField("area_order", op="min"), title=None,
              axis=alt.Axis(labelLimit=200))
    x = alt.X("bar:Q", title=None, scale=alt.Scale(zero=True, domainMin=0, nice=True),
              axis=alt.Axis(format=",d", tickMinStep=1, grid=True))
    base = alt.Chart().encode(y=y)
    bars = base.mark_bar(height={"band": 0.75}).encode(
        x=x,
        color=alt.condition("datum.highlight", alt.value(HIGHLIGHT), alt.value(PEER)),
        tooltip=[alt.Tooltip("area:N"), alt.Tooltip("period:N"), alt.Tooltip("label:N", title="figure")],
    ).transform_filter("isValid(datum.bar)")
    figures = base.mark_text(align="left", dx=4, fontSize=11).encode(
        x=alt.X("bar:Q"), text="label:N",
    ).transform_filter("isValid(datum.bar)")
    gaps = base.mark_text(align="left", dx=2, fontSize=11, fontStyle="italic", color=MUTED).encode(
        x=alt.value(0), text="label:N",
    ).transform_filter("!isValid(datum.bar)")
    panels = alt.layer(bars, figures, gaps, data=alt.NamedData(name="figures")).properties(
        width=PANEL_WIDTH, height=alt.Step(ROW_HEIGHT)
    ).facet(
        column=alt.Column("period:N", sort=alt.EncodingSortField("period_order", op="min"), title=None,
                          header=alt.Header(labelFontSize=12, labelFontWeight="bold")),
        spacing=40,
    )
    footer = alt.Chart(alt.NamedData(name="source")).mark_text(
        align="left", baseline="top", fontSize=10, color=MUTED
    ).encode(text="line:N", x=alt.value(0), y=alt.value(0)).properties(width=PANEL_WIDTH, height=12)
    chart = alt.vconcat(panels, footer, spacing=8).configure(
        font=FONT, background="white", padding=12
    ).configure_view(stroke=None)
    return chart.to_dict()
