"""Publishing a campaign of six forces: the notes say in plain words what a reader needs (a
figure a reviewer placed is said to be so, never the review queue's own working; a refusal
on cost is not called an exemption), and a nation with no chart says why."""

from __future__ import annotations

import csv
import dataclasses

from foistats.model import SourceRef
from foistats.publish import linked_sets

from ..six_forces import six_forces


def test_a_cost_refusal_is_published_as_one_and_not_as_an_exemption(tmp_path):
    ws = six_forces(tmp_path / "grooming")  # Gwent: "refused under s.12 (cost)"
    result = ws.publish(out=tmp_path / "publish", charts=False)
    with open(result.releases[0].folder / "notes.csv", encoding="utf-8") as handle:
        notes = [row["Note text"] for row in csv.DictReader(handle)]
    assert any("refused on cost grounds" in n for n in notes)
    assert not any("exemption" in n for n in notes)


def test_a_figure_decided_in_review_is_published_as_a_reviewers_not_with_the_queues_words(tmp_path):
    ws = six_forces(tmp_path / "grooming")
    observations = ws.observations()
    avon = next(o for o in observations if o.area == "avon-and-somerset" and o.period.label == "2021/22")
    working = "decided in review (read as 'devon_cornwall_police_freedom_request_online'); choose one)"
    reviewed = dataclasses.replace(avon, note=working, source=SourceRef("doc", "avon.html", "table 1 row 2", "review"))
    sets = linked_sets(ws.facts(kind=["count", "total"]), [reviewed if o is avon else o for o in observations])
    notes = [n for ls in sets for cell in ls.cells.values() if cell.area == "avon-and-somerset" for n in cell.notes]
    assert "a reviewer read this figure in the reply and decided what it counts" in notes
    assert not any("decided in review" in n or "choose one" in n for n in notes)


def test_a_nation_whose_chart_cannot_be_drawn_is_named_with_why(tmp_path, run_cli):
    ws = six_forces(tmp_path / "grooming")
    # England (three of its forces asked) and Wales (three of four) have no figure of their own to draw beside
    code, stdout, err = run_cli("publish", "--workspace", ws.folder, "--out", tmp_path / "publish")
    assert code == 0, err
    for nation in ("England", "Wales"):
        assert f"no chart of {nation}: a chart draws a nation's forces beside its own figure" in stdout
