"""Charts that travel with the tables: each nation of a wide table and its forces.

The stories' chart (:func:`foistats.narrative.chart.story_chart`) is drawn from the
*published* cells: a figure hidden by disclosure control is given to it as a count with
no number, so it is labelled "suppressed" and never drawn as a bar, in the picture or the
alternative text; a force's own suppression keeps the range the force gave. A nation or
UK row made by adding up the forces is drawn from its ``total`` Fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..analysis.fact import Caveat, Fact
from ..areas import all_areas, ancestors
from ..model import Breakdown
from ..narrative.chart import story_chart
from .tables import LinkedSet


@dataclass(frozen=True)
class PublishedChart:
    area: str
    files: list[Path]
    alt_text: str

    def to_json(self) -> dict[str, object]:
        return {"area": self.area, "paths": [p.name for p in self.files], "alt_text": self.alt_text}


def wide_charts(linked: LinkedSet, facts: Mapping[str, Fact], folder: Path,
                published: Mapping[str, str]) -> tuple[list[PublishedChart], list[str]]:
    """A chart (SVG and PNG) per nation of the linked set's wide table that has forces with
    figures, written as ``<table>_<nation>``, and for each such nation not drawn, why."""
    shown = _published_facts(linked, facts)
    areas = all_areas()
    out, undrawn = [], []
    nations = sorted({n for f in shown if areas[f.area].is_force for n in ancestors(f.area)
                      if areas[n].level == "nation"})
    for nation in nations:
        chart = story_chart(shown, release=linked.release, area=nation, measure=linked.measure, published=published)
        if chart is None:  # the chart draws the forces beside their nation's own figure
            undrawn.append(f"{linked.name}: no chart of {areas[nation].name}: a chart draws a nation's forces beside "
                           f"its own figure, and the table has no exact figure for {areas[nation].name} (not every "
                           "force of it gave one, or was asked)")
            continue
        files = chart.save(folder / f"{linked.name}_{nation}")
        out.append(PublishedChart(nation, files, chart.alt_text))
    return out, undrawn


def _published_facts(linked: LinkedSet, facts: Mapping[str, Fact]) -> list[Fact]:
    """The Facts of the whole figures as published: hidden ones stripped of their number."""
    out = []
    for cell in linked.cells.values():
        if cell.breakdown != Breakdown() or len(cell.fact_ids) != 1 or cell.fact_ids[0] not in facts:
            continue
        fact = facts[cell.fact_ids[0]]
        if fact.kind == "total" and not fact.is_exact:
            continue
        fact = replace(fact, kind="count")  # a nation's sum is drawn as its figure
        if cell.suppressed and not cell.source_suppressed:
            fact = replace(fact, value=None, lower=None, upper=None, caveats=(
                Caveat("suppressed", "hidden to protect small numbers", (cell.area,)),))
        out.append(fact)
    return out
