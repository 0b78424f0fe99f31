"""The dashboard's pages as data: titles, facets, story sentences and tables of cells.

A page is built here once, from a :class:`~.snapshot.Snapshot`, and then shown three ways
(HTML, JSON, CSV) from the same :class:`Page`, so the JSON and CSV hold exactly what the
HTML shows. Every number a table or a sentence shows that is a figure of the data is a
:class:`Cell` linked to the Fact it is (``fact``); a figure that is not a number (``[c]``,
"refused") links to its observation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from ..analysis import Fact
from ..areas import all_areas, ancestors
from ..errors import FoistatsError
from ..model import Observation, Status
from ..narrative.material import measure_order
from ..narrative.numbers import numbers_in
from ..offences import measures as known_measures


class NotFound(LookupError):
    """The page names something the workspace does not hold."""


@dataclass
class Cell:
    text: str
    href: str | None = None
    fact: str | None = None  # the id of the Fact whose value the text shows

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "href": self.href, "fact": self.fact}


@dataclass
class Table:
    name: str
    caption: str
    columns: list[str]
    rows: list[list[Cell]]
    numeric: frozenset[int] = frozenset()  # columns of numbers, set right

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "caption": self.caption, "columns": self.columns,
                "rows": [{c: cell.to_json() for c, cell in zip(self.columns, row)} for row in self.rows]}


@dataclass
class Facet:
    label: str
    options: list[tuple[str, str, bool]]  # (label, href, chosen)
    in_path: bool = False  # its choices are paths, not queries, so the static site has them too

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "options": [{"label": t, "href": h, "chosen": c} for t, h, c in self.options]}


@dataclass
class Sentence:
    text: str
    facts: list[Cell]  # each Fact the sentence states, its value as text
    parts: list[Cell] = field(default_factory=list)  # the text in pieces, a figure written as digits linked

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "facts": [c.to_json() for c in self.facts],
                "parts": [c.to_json() for c in self.parts]}


def linked_parts(text: str, facts: list[Fact]) -> list[Cell]:
    """``text`` in pieces, each whole count or total written in it as the dashboard writes
    it ("1,110") a link to its Fact; a number in words or rounded ("more than 300", "26 per
    cent") stays text, its Fact listed after the sentence."""
    spans: list[tuple[int, int, Fact]] = []
    tokens = numbers_in(text)  # as the stories' own tracing reads them: "2015/16" is one token, not 2015
    for fact in facts:
        if fact.kind not in ("count", "total") or fact.value is None or not float(fact.value).is_integer():
            continue
        written = number(fact.value)
        match = next((m for m in tokens if m.group() == written and all(m.start() != a for a, _, _ in spans)), None)
        if match is not None:
            spans.append((match.start(), match.end(), fact))
    parts, at = [], 0
    for start, end, fact in sorted(spans, key=lambda s: s[0]):
        parts += [Cell(text[at:start]), Cell(text[start:end], f"/fact/{fact.id}", fact.id)]
        at = end
    return parts + [Cell(text[at:])]


@dataclass
class Page:
    kind: str  # the template that shows it
    title: str
    url: str
    intro: list[str] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    story: list[list[Sentence]] = field(default_factory=list)  # paragraphs (a headline is the first)
    story_refused: str | None = None
    chart: dict[str, str] | None = None  # src, alt, embed
    tables: list[Table] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)  # the forms' data (review, check)

    def to_json(self) -> dict[str, object]:
        return {"title": self.title, "url": self.url, "intro": self.intro,
                "facets": [f.to_json() for f in self.facets],
                "story": [[s.to_json() for s in p] for p in self.story], "story_refused": self.story_refused,
                "chart": self.chart, "tables": [t.to_json() for t in self.tables]}

    def table(self, name: str | None) -> Table:
        if name is None:
            if not self.tables:
                raise NotFound("this page has no table")
            return self.tables[0]
        found = next((t for t in self.tables if t.name == name), None)
        if found is None:
            raise NotFound(f"no table {name!r} on this page; it has {', '.join(t.name for t in self.tables)}")
        return found


# --- numbers --------------------------------------------------------------------------------


def number(x: float, decimals: int = 0) -> str:
    return f"{x:,.{decimals}f}"


def figure(fact: Fact) -> str:
    """A Fact's value as the dashboard shows it: whole counts with thousands separators,
    changes signed in per cent, bounds as a range or "at least"."""
    if fact.value is None:
        if fact.upper is None:
            return f"at least {number(fact.lower or 0)}"
        return f"{number(fact.lower or 0)} to {number(fact.upper)}"
    if fact.unit == "percent_change":
        text = f"{'+' if fact.value > 0 else ''}{number(fact.value, 0 if float(fact.value).is_integer() else 1)}%"
    elif fact.unit == "percent":
        text = f"{number(fact.value, 1)}%"
    elif fact.unit == "ratio" or fact.unit.endswith(("_per_day", "_per_10000_children")):
        text = number(fact.value, 2)
    else:
        text = number(fact.value, 0 if float(fact.value).is_integer() else 2)
    if fact.lower is not None and fact.upper is None:
        return f"at least {text}"
    return text


# what stands for a figure publishing hides, as in its tables: nothing says which cells are the small ones
HIDDEN = "[c]"


def fact_cell(snap, fact: Fact) -> Cell:
    """A Fact's value linked to its page, or ``[c]`` where publishing would hide it."""
    if not snap.shows(fact):
        return Cell(HIDDEN)
    return Cell(figure(fact), f"/fact/{fact.id}", fact.id)


def status_text(obs: Observation) -> str:
    """A figure with no value, as a table shows it: suppressed as [c], a refusal named."""
    match obs.status:
        case Status.SUPPRESSED:
            return "[c]"
        case Status.EXEMPT:  # its note (the sections, who refused and when) is on its observation's page
            return "refused"
        case Status.NOT_HELD:
            return "not held"
        case Status.NO_RESPONSE:
            return "no response"
        case Status.NOT_IN_FORCE:
            return "not in force"
    return "—"


def _href(path: str, **query: str | None) -> str:
    chosen = {k: v for k, v in query.items() if v}
    return f"{path}?{urlencode(chosen)}" if chosen else path


def _measure_title(measure: str) -> str:
    found = known_measures().get(measure)
    return found.title if found else measure.replace("_", " ")


def _ordered_measures(measures: Iterable[str]) -> list[str]:
    order = measure_order()
    return sorted(set(measures), key=lambda m: (order.get(m, len(order)), m))


def _area_order(area_id: str) -> tuple[int, str]:
    area = all_areas().get(area_id)
    levels = ("force", "body", "region", "nation", "group", "uk")
    return (levels.index(area.level) if area and area.level in levels else 9, area.name if area else area_id)


# --- the pages ------------------------------------------------------------------------------


def home(snap) -> Page:
    rows = []
    for release in snap.releases:
        forces = _force_states(snap, release)
        counts = {s: sum(1 for v in forces.values() if v == s) for s in ("answered", "refused", "not held", "silent")}
        rows.append([Cell(release, f"/release/{release}"), Cell(snap.published.get(release, "")),
                     Cell(str(len(forces))), Cell(str(counts["answered"])), Cell(str(counts["refused"])),
                     Cell(str(counts["not held"])), Cell(str(counts["silent"]))])
    review = len(snap.review_open)
    intro = [f"{len(snap.releases)} releases; {review} figure{'s' if review != 1 else ''} waiting in the review queue."]
    return Page("page", snap.campaign.title if snap.campaign else "foistats", "/", intro=intro, tables=[
        Table("releases", "Releases and what the forces asked did", ["Release", "Published", "Forces", "Answered",
              "Refused", "Not held", "Silent"], rows, frozenset({2, 3, 4, 5, 6}))])


def _force_states(snap, release: str) -> dict[str, str]:
    """Each force of a release: answered (gave a figure, even a suppressed one), refused, not
    held or silent (never answered), the first that applies over all it was asked."""
    statuses: dict[str, set[Status]] = {}
    for obs in snap.by_release.get(release, ()):
        if all_areas()[obs.area].is_force:
            statuses.setdefault(obs.area, set()).add(obs.status)
    if snap.campaign is not None and snap.campaign.release == release:
        for area in snap.campaign.authorities:
            statuses.setdefault(area.id, set())
    states = {}
    for area, held in statuses.items():
        if held & {Status.REPORTED, Status.SUPPRESSED}:
            states[area] = "answered"
        elif Status.EXEMPT in held:
            states[area] = "refused"
        elif Status.NOT_HELD in held:
            states[area] = "not held"
        else:
            states[area] = "silent"
    return states


def release(snap, release_id: str, *, measure: str | None = None, within: str | None = None,
            status: str | None = None) -> Page:
    if release_id not in snap.releases:
        raise NotFound(f"no release {release_id!r}")
    observations = [o for o in snap.by_release[release_id] if o.base_period is None and not o.breakdown]
    measures = _ordered_measures(o.measure for o in observations)
    if measure is not None and measure not in measures:
        raise NotFound(f"release {release_id} has no measure {measure!r}")
    measure = measure or (measures[0] if measures else None)
    if status is not None and status not in {s.value for s in Status}:
        raise NotFound(f"no status {status!r}")
    shown = [o for o in observations if o.measure == measure]
    groups = sorted({g for o in shown for g in ancestors(o.area) if all_areas()[g].level in ("nation", "region")},
                    key=_area_order)
    if within is not None and within not in groups:
        raise NotFound(f"release {release_id} has no figures within {within!r}")
    path = f"/release/{release_id}/measure/{measure}" if measure else f"/release/{release_id}"
    facets = [
        # another measure may have other areas and statuses: choosing one starts its filters afresh
        Facet("Measure", [(_measure_title(m), f"/release/{release_id}/measure/{m}", m == measure) for m in measures],
              in_path=True),
        Facet("Nation or region", [("All", _href(path, status=status), within is None)]
              + [(all_areas()[g].name, _href(path, within=g, status=status), g == within) for g in groups]),
        Facet("Status", [("All", _href(path, within=within), status is None)]
              + [(s.value.replace("_", " "), _href(path, within=within, status=s.value),
                  s.value == status) for s in Status if any(o.status is s for o in shown)]),
    ]
    if within is not None:
        shown = [o for o in shown if o.area == within or within in ancestors(o.area)]
    if status is not None:
        keep = {o.area for o in shown if o.status.value == status}
        shown = [o for o in shown if o.area in keep]
    periods = sorted({o.period for o in shown})
    facts = [f for f in snap.material.by_release.get(release_id, ()) if f.measure == measure and not f.breakdown]
    counts = {(f.area, f.period): f for f in facts if f.kind == "count"}
    totals = {(f.area, f.period): f for f in facts if f.kind == "total"}
    cells: dict[tuple[str, object], Observation] = {(o.area, o.period): o for o in shown}
    areas = sorted({o.area for o in shown}, key=_area_order)
    rows = []
    for area in areas:
        row = [Cell(snap.area_name(area), f"/release/{release_id}/area/{area}")]
        for period in periods:
            obs = cells.get((area, period))
            fact = counts.get((area, period)) or totals.get((area, period))
            if obs is not None and obs.status is not Status.REPORTED:
                row.append(Cell(status_text(obs), f"/observation/{obs.id}"))
            elif fact is not None:
                row.append(fact_cell(snap, fact))
            else:
                row.append(Cell(""))
        rows.append(row)
    title_measure = _measure_title(measure) if measure else "no figures"
    tables = [Table("figures", f"{title_measure}: each area by period ({release_id})", ["Area", *(p.label for p in periods)],
                    rows, frozenset(range(1, len(periods) + 1)))]
    in_scope = {o.area for o in shown}
    tables.append(Table("totals", "Totals over forces, with their caveats", ["Area", "Period", "Total", "Caveats"], [
        [Cell(snap.area_name(f.area)), Cell(f.period.label), fact_cell(snap, f), Cell(" ".join(c.text for c in f.caveats))]
        for f in sorted(totals.values(), key=lambda f: (_area_order(f.area), f.period))
        if within is None or f.area == within or within in ancestors(f.area)], frozenset({2})))
    tables.append(Table("ranks", "Rank among the forces that gave a figure", ["Area", "Period", "Rank", "Among"], [
        [Cell(snap.area_name(f.area)), Cell(f.period.label), fact_cell(snap, f), Cell(_among(f))]
        for f in sorted((f for f in facts if f.kind == "rank" and f.area in in_scope),
                        key=lambda f: (f.period, f.value or 0, f.area))], frozenset({2})))
    tables.append(Table("changes", "Change on an earlier period", ["Area", "Period", "Against", "Change"], [
        [Cell(snap.area_name(f.area)), Cell(f.period.label), Cell(f.base_period.label), fact_cell(snap, f)]
        for f in sorted((f for f in facts if f.kind == "change" and f.area in in_scope),
                        key=lambda f: (_area_order(f.area), f.period))], frozenset({3})))
    briefing = snap.story(release_id, "briefing")
    page = Page("page", f"{release_id}: {title_measure}", _href(path, within=within, status=status),
                intro=[f"Published {snap.published[release_id]}." if release_id in snap.published else ""],
                facets=facets, tables=tables)
    _add_story(page, snap, briefing)
    return page


def _among(rank: Fact) -> str:
    d = rank.detail
    group = all_areas().get(str(d.get("group", "")))
    return f"{d.get('ranked')} figures of {d.get('forces_in_group')} forces in {group.name if group else d.get('group')}"


# a number that is a period or a date, not a figure: "2023/24", "2019", "3 April 2017"
_PERIOD = re.compile(r"\d{4}(?:/\d{2})?|\d{1,2} [A-Za-z]+ \d{4}")


def _add_story(page: Page, snap, story) -> None:
    if isinstance(story, FoistatsError):
        page.story_refused = str(story)
        return

    def sentence(s) -> Sentence:
        facts = [snap.facts[f] for f in dict.fromkeys(s.facts) if f in snap.facts]
        # a sentence that names only periods and dates (a headline) states no Fact's number: nothing to link
        stated = facts if any(not _PERIOD.fullmatch(m.group()) for m in numbers_in(s.text)) else []
        return Sentence(s.text, [fact_cell(snap, f) for f in stated], linked_parts(s.text, stated))

    page.story = [[sentence(story.headline)]] + [[sentence(s) for s in p.sentences] for p in story.paragraphs]


def area(snap, release_id: str, area_id: str) -> Page:
    if release_id not in snap.releases:
        raise NotFound(f"no release {release_id!r}")
    if area_id not in {o.area for o in snap.by_release[release_id]}:
        raise NotFound(f"release {release_id} has no figures for {area_id!r}")
    name = snap.area_name(area_id)
    path = f"/release/{release_id}/area/{area_id}"
    page = Page("page", f"{name}: {release_id}", path)
    story = snap.story(release_id, area_id)
    _add_story(page, snap, story)
    measure = None if isinstance(story, FoistatsError) else story.measure
    drawn = snap.chart(release_id, area_id)
    if drawn is not None:
        chart, _ = drawn
        page.chart = {"src": f"{path}/chart.svg", "alt": chart.alt_text, "embed": f"/embed{path}"}
        page.tables.append(chart_table(snap, chart, name))
    elif snap.chart_withheld(release_id, area_id):
        page.intro.append(snap.chart_withheld(release_id, area_id))
    own = [f for f in snap.material.by_release.get(release_id, ()) if f.area == area_id and not f.breakdown]
    measures = _ordered_measures(f.measure for f in own if f.kind == "count")
    series = [f for m in measures for f in snap.material.series_counts.get((m, area_id, _unit(own, m)), ())
              if snap.material.visible(f, release_id)]
    page.tables.append(Table("series", f"{name}: its figures, period by period", ["Measure", "Period", "Figure", "Release"],
                             [[Cell(_measure_title(f.measure)), Cell(f.period.label), fact_cell(snap, f), Cell(f.release)]
                              for f in sorted(series, key=lambda f: (f.measure, f.period, f.release))],
                             frozenset({2})))
    page.tables.append(Table("ranks", f"{name}: its rank among its peers", ["Measure", "Period", "Rank", "Among"], [
        [Cell(_measure_title(f.measure)), Cell(f.period.label), fact_cell(snap, f), Cell(_among(f))]
        for f in sorted((f for f in own if f.kind == "rank"), key=lambda f: (f.measure, f.period))], frozenset({2})))
    page.tables.append(Table("changes", f"{name}: change on an earlier period", ["Measure", "Period", "Against", "Change"], [
        [Cell(_measure_title(f.measure)), Cell(f.period.label), Cell(f.base_period.label), fact_cell(snap, f)]
        for f in sorted((f for f in own if f.kind == "change"), key=lambda f: (f.measure, f.period))], frozenset({3})))
    if measure:
        page.intro.append(f"The story is about {_measure_title(measure).lower()}.")
    # where the force gave no figure: what it said instead (a refusal and its sections, no response)
    gaps = sorted((o for o in snap.by_release[release_id] if o.area == area_id and o.base_period is None
                   and o.status not in (Status.REPORTED, Status.SUPPRESSED)),
                  key=lambda o: (o.measure, o.period, str(o.breakdown)))
    if gaps:
        if not own:
            said = sorted({status_text(o) for o in gaps})
            page.intro.append(f"{name} gave no figure in this release: {' / '.join(said)} (the table below says "
                              "what it said, measure by measure).")
        page.tables.append(Table("answers", f"{name}: where it gave no figure, what it said",
                                 ["Measure", "Period", "Breakdown", "Answer", "What it said"],
                                 [[Cell(_measure_title(o.measure)), Cell(o.period_label), Cell(str(o.breakdown) or "all"),
                                   Cell(status_text(o), f"/observation/{o.id}"), Cell(o.note)] for o in gaps]))
    return page


def _unit(facts: list[Fact], measure: str) -> str:
    return next(f.unit for f in facts if f.measure == measure and f.kind == "count")


def chart_table(snap, chart, name: str) -> Table:
    """What the chart draws, as a table (for a reader who cannot see it): its areas and
    periods in its order, each figure linked to its Fact, a gap in the chart's own words."""
    drawn = chart.spec["datasets"]["figures"]
    areas = sorted({(r["area_order"], r["area"]) for r in drawn})
    periods = sorted({(r["period_order"], r["period"]) for r in drawn})
    label = {(r["area"], r["period"]): r["label"] for r in drawn}
    counts = {(all_areas()[f.area].short_name, f.period.label): f for f in map(snap.facts.get, chart.fact_ids)
              if f is not None and f.kind == "count" and not f.breakdown}
    rows = [[Cell(a)] + [fact_cell(snap, counts[a, p]) if (a, p) in counts else Cell(label.get((a, p)) or "")
                         for _, p in periods] for _, a in areas]
    return Table("chart", f"The chart's figures: {name} and its peers", ["Area", *(p for _, p in periods)], rows,
                 frozenset(range(1, len(periods) + 1)))


def fact(snap, fact_id: str) -> Page:
    found = snap.facts.get(fact_id)
    if found is None or not snap.shows(found):
        raise NotFound(f"no Fact {fact_id!r}" if found is None else
                       f"Fact {fact_id} is not shown: publishing (rule {snap.withheld.rule.name}) hides its figure")
    formula = snap.formula(found)
    about = [
        [Cell("Value"), fact_cell(snap, found)],
        [Cell("Kind"), Cell(found.kind)],
        [Cell("Measure"), Cell(_measure_title(found.measure))],
        [Cell("Area"), Cell(snap.area_name(found.area))],
        [Cell("Period"), Cell(found.period.label + (f" against {found.base_period.label}" if found.base_period else ""))],
        [Cell("Breakdown"), Cell(str(found.breakdown) or "all")],
        [Cell("Unit"), Cell(found.unit)],
        [Cell("Release"), Cell(found.release, f"/release/{found.release}" if found.release in snap.releases else None)],
        [Cell("Formula"), Cell(formula)],
    ]
    inputs = []
    for input_id in found.inputs:
        if input_id in snap.facts:
            made = snap.facts[input_id]
            inputs.append([Cell(input_id, f"/fact/{input_id}" if snap.shows(made) else None), Cell(f"Fact ({made.kind})"),
                           fact_cell(snap, made),
                           Cell(snap.area_name(made.area)), Cell(made.period.label)])
        elif input_id in snap.observations:
            obs = snap.observations[input_id]
            shown = _obs_value(obs) if snap.shows_observation(obs.id) else HIDDEN
            inputs.append([Cell(input_id, f"/observation/{input_id}"), Cell(f"observation ({obs.status.value})"),
                           Cell(shown), Cell(snap.area_name(obs.area)), Cell(obs.period_label)])
        else:
            inputs.append([Cell(input_id), Cell("no longer held"), Cell(""), Cell(""), Cell("")])
    return Page("page", f"Fact {found.id}: {figure(found)}", f"/fact/{found.id}", intro=[formula], tables=[
        Table("fact", "The Fact", ["Field", "Value"], about),
        Table("inputs", "What it was made from", ["Input", "Kind", "Value", "Area", "Period"], inputs, frozenset({2})),
        Table("caveats", "Its caveats", ["Kind", "Caveat"],
              [[Cell(c.kind), Cell(c.text)] for c in found.caveats]),
    ])


def _obs_value(obs: Observation) -> str:
    if obs.value is not None:
        return number(obs.value, 0 if float(obs.value).is_integer() else 2)
    if obs.status is Status.SUPPRESSED and (obs.lower is not None or obs.upper is not None):
        return f"[c] ({number(obs.lower or 0)} to {number(obs.upper)})" if obs.upper is not None else "[c]"
    return status_text(obs)


def observation(snap, obs_id: str) -> Page:
    obs = snap.observations.get(obs_id)
    if obs is None:
        raise NotFound(f"no observation {obs_id!r}")
    try:
        source = snap.ws.source(obs_id)
    except FoistatsError:  # a status the request log implies: its source is the log's line
        source = {"file_name": obs.source.file_name if obs.source else "", "location": obs.source.location
                  if obs.source else "", "method": obs.source.method if obs.source else "", "context": ""}
    made = [f for f in snap.facts.values() if obs_id in f.inputs and f.kind == "count"]
    shown = snap.shows_observation(obs_id)  # a hidden figure: neither it nor the text it stands in
    rows = [
        [Cell("Figure"), Cell(_obs_value(obs) if shown else HIDDEN)],
        [Cell("Status"), Cell(obs.status.value)],
        [Cell("Measure"), Cell(_measure_title(obs.measure))],
        [Cell("Area"), Cell(snap.area_name(obs.area))],
        [Cell("Period"), Cell(obs.period_label)],
        [Cell("Breakdown"), Cell(str(obs.breakdown) or "all")],
        [Cell("Release"), Cell(obs.release, f"/release/{obs.release}" if obs.release in snap.releases else None)],
        [Cell("Note"), Cell(obs.note)],
        [Cell("Document"), Cell(str(source.get("file_name") or ""))],
        [Cell("Place in the document"), Cell(str(source.get("location") or ""))],
        [Cell("Read by"), Cell(str(source.get("method") or ""))],
    ] + [[Cell("Its Fact"), fact_cell(snap, f)] for f in made]
    page = Page("page", f"Observation {obs.id}", f"/observation/{obs.id}",
                tables=[Table("observation", "The figure and where it came from", ["Field", "Value"], rows)])
    page.extra["context"] = str(source.get("context") or "") if shown else ""
    return page


def requests(snap) -> Page:
    rows = [[Cell(s.authority.name), Cell(s.state.value.replace("_", " ")), Cell(_day(s.sent)), Cell(_day(s.due)),
             Cell(str(s.working_days_overdue) if s.working_days_overdue else ""), Cell(_day(s.replied)),
             Cell(", ".join(s.sections)), Cell(", ".join(s.documents))] for s in snap.requests]
    intro = [] if snap.campaign else ["This workspace's campaign.toml asks no authority yet."]
    page_links = [("Log what happened to a request", "/requests/log")] if snap.campaign else []
    return Page("page", "Requests", "/requests", intro=intro, tables=[
        Table("requests", "Every authority asked, the most overdue first",
              ["Authority", "State", "Sent", "Due", "Working days overdue", "Replied", "Sections", "Documents"],
              rows, frozenset({4}))], extra={"links": page_links})


def _day(d) -> str:
    return d.isoformat() if d else ""


def review(ws, state: str) -> Page:
    items = ws.review_items(None if state == "all" else state)
    rows = [[Cell(r.id), Cell(r.file_name), Cell(r.location), Cell(_guess(r.guess)), Cell(r.reason), Cell(r.state),
             Cell(r.decided_by or "")] for r in items]
    page = Page("review", "Review queue", _href("/review", state=None if state == "open" else state), tables=[
        Table("review", f"{len(items)} review items ({state})",
              ["Item", "Document", "Place", "Reader's guess", "Reason", "State", "Decided by"], rows)])
    page.extra["items"] = items
    page.extra["statuses"] = [s.value for s in Status]
    campaign = ws.requests.asked()
    page.extra["measures"] = list(campaign.measures) if campaign else sorted(known_measures())
    page.facets = [Facet("State", [(s, _href("/review", state=None if s == "open" else s), s == state)
                                   for s in ("open", "accepted", "edited", "rejected", "all")])]
    return page


def _guess(guess: dict | None) -> str:
    if not guess:
        return "none"
    value = guess.get("value")
    parts = [guess.get("status") or "", "" if value is None else str(value), guess.get("measure") or "",
             guess.get("area") or "", f"{guess.get('period_start') or '?'} to {guess.get('period_end') or '?'}"]
    breakdown = guess.get("breakdown")
    if breakdown:
        parts.append(";".join(f"{k}={v}" for k, v in breakdown.items()))
    return " ".join(p for p in parts if p)


def check(snap, text: str, verdicts) -> Page:
    rows = []
    for i, v in enumerate(verdicts, 1):
        row = v.to_json()
        facts = [snap.facts[f] for f in row["fact_ids"] if f in snap.facts]
        if not all(snap.shows(f) for f in facts):  # the verdict stands; the hidden figure is not said
            row.update(computed=HIDDEN, reason=f"the figure it is checked against is hidden by publishing "
                                               f"(rule {snap.withheld.rule.name})")
            facts = [f for f in facts if snap.shows(f)]
        rows.append([Cell(str(i), f"#claim-{i}"), Cell(row["text"]), Cell(row["verdict"].replace("_", " ")),
                     Cell(row["reading"]), Cell("" if row["claimed"] is None else str(row["claimed"])),
                     Cell("" if row["computed"] is None else str(row["computed"])), Cell(row["reason"]),
                     Cell(" ".join(f.id for f in facts), f"/fact/{facts[0].id}" if len(facts) == 1 else None)])
    page = Page("check", "Check an article", "/check", tables=[
        Table("claims", f"{len(rows)} claims and their verdicts",
              ["Claim", "Text", "Verdict", "Read as", "Claimed", "Computed", "Reason", "Facts"], rows)])
    marks, at = [], 0
    for i, v in enumerate(verdicts, 1):
        if v.claim.start < at:
            continue  # claims do not overlap; one that would is listed but not marked twice
        marks.append({"text": text[at:v.claim.start]})
        marks.append({"text": text[v.claim.start:v.claim.end], "verdict": v.verdict, "n": i})
        at = v.claim.end
    marks.append({"text": text[at:]})
    page.extra.update(marks=marks, facts={f: snap.formula(snap.facts[f]) for v in verdicts for f in v.fact_ids
                                          if f in snap.facts and snap.shows(f)})
    return page
