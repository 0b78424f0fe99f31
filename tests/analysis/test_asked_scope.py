"""A campaign's Facts stay within the forces it asked: a force never asked never "gave no
figure", and an area some of whose forces were not asked gets no total or rank (README)."""

from __future__ import annotations

import foistats
from foistats.areas import all_areas

from ..six_forces import ASKED, RELEASE, six_forces


def test_a_campaign_of_six_forces_makes_no_total_or_rank_over_forces_it_never_asked(tmp_path):
    ws = six_forces(tmp_path / "grooming")
    facts = ws.facts(release=RELEASE)
    # every force's own figures are there: 212, 245, 268 for Avon and Somerset
    assert [f.value for f in facts if f.kind == "count" and f.area == "avon-and-somerset"] == [212, 245, 268]
    # South West (Gloucestershire, Wiltshire), Wales (North Wales), England and Wales and the UK
    # all hold forces never asked: no total, no rank among them
    assert [(f.kind, f.area) for f in facts if f.kind == "total"] == []
    assert [(f.area, f.detail.get("group")) for f in facts if f.kind == "rank"] == []
    never_asked = [a.name for a in all_areas().values() if a.is_force and a.id not in ASKED]
    said = [c.text for f in facts for c in f.caveats]
    assert not [t for t in said for name in never_asked if name in t]
    briefing = ws.composer().briefing(RELEASE)
    assert "England and Wales" not in briefing.text and "the forces asked" in briefing.headline.text
    # Gwent, asked, refused: no group total names it, so the briefing's table does
    assert [str(row[3]) for row in briefing.table.rows if str(row[1]) == "Gwent Police"] == [
        "no figure (`foistats observations --area gwent` says why)"]


def test_without_a_campaign_the_same_figures_make_the_totals_of_wales(tmp_path):
    """The control: nothing says which forces were asked, so Wales adds up what it was given
    (South Wales 156 and Dyfed-Powys 41 in 2021/22)."""
    asked = six_forces(tmp_path / "grooming")
    ws = foistats.init(tmp_path / "no-campaign")
    ws.ingest(asked.folder / "answers.csv")
    wales = [f.value for f in ws.facts(release=RELEASE, kind="total", area="wales", period="2021/22")]
    assert wales == [156 + 41]
