"""The area pages of a six-force campaign: a force that refused says so, with what it said,
and a sentence links to a Fact only when it states that Fact's number."""

from __future__ import annotations

from fastapi.testclient import TestClient

from foistats.web import create_app

from ..six_forces import RELEASE, six_forces


def test_a_refusing_force_s_page_says_it_refused_and_a_headline_with_no_figure_links_no_fact(tmp_path):
    ws = six_forces(tmp_path / "grooming")
    client = TestClient(create_app(ws))
    gwent = client.get(f"/release/{RELEASE}/area/gwent?_format=json").json()
    assert any("Gwent Police gave no figure" in line and "refused" in line for line in gwent["intro"])
    answers = next(t for t in gwent["tables"] if t["name"] == "answers")
    assert [(r["Period"]["text"], r["Answer"]["text"], r["What it said"]["text"]) for r in answers["rows"]] == [
        (year, "refused", "refused under s.12 (cost)") for year in ("2021/22", "2022/23", "2023/24")]

    avon = client.get(f"/release/{RELEASE}/area/avon-and-somerset?_format=json").json()
    headline = avon["story"][0][0]
    assert "268" not in headline["text"] and headline["facts"] == []
    stating = next(s for p in avon["story"] for s in p if "268" in s["text"])
    assert "268" in [f["text"] for f in stating["facts"]]
