"""The dashboard and the static site show no more than ``foistats publish``: a figure its
disclosure control hides is hidden on every page, JSON and CSV view, and a story the story
writer refuses is withheld with the reason, as ``foistats stories`` refuses it."""

from __future__ import annotations

import csv
import json
import re

import pytest
from fastapi.testclient import TestClient

from foistats.web import create_app

from ..six_forces import FIGURES, MEASURE, RELEASE, YEARS, six_forces

RULE = "k=40"  # hides 1 to 39: of the figures given, only Dyfed-Powys' 37 of 2023/24
SMALL = re.compile(rb"(?<![\w.,/-])37(?![\w.,/%-])")
REFUSAL = "the test's checker cannot decide it"


@pytest.fixture
def campaign(tmp_path, monkeypatch):
    ws = six_forces(tmp_path / "grooming")
    dorset = ws.composer().story(RELEASE, "dorset")

    def checker(text: str) -> list[dict]:
        """The claim checker, made to refuse Dorset's story (and only it) as a real one can."""
        refused = text.startswith(dorset.headline.text)
        return [{"text": "88", "verdict": "cannot_decide" if refused else "supported", "reason": REFUSAL}]

    monkeypatch.setattr(ws, "story_checker", lambda: checker)
    return ws, dorset


def test_the_site_and_the_dashboard_show_no_figure_publish_hides_and_no_refused_story(campaign, tmp_path, run_cli):
    ws, dorset = campaign
    assert any(f.value == 37 for f in ws.facts(area="dyfed-powys", kind="count"))  # the figure is there to hide
    # publish, under the same rule, hides it (and what it must to protect it)
    published = ws.publish(out=tmp_path / "publish", rule=RULE, charts=False)
    with open(published.releases[0].folder / "figures.csv", encoding="utf-8") as handle:
        hidden = {(r["area_id"], r["period"]) for r in csv.DictReader(handle) if r["status"] == "confidential"}
    assert ("dyfed-powys", "2023/24") in hidden
    # the stories refuse Dorset's
    stories = ws.stories(out=tmp_path / "stories", charts=False)
    assert any(r.area == "dorset" and REFUSAL in r.reason for r in stories.refused)

    code, _, err = run_cli("site", "--out", tmp_path / "site", "--rule", RULE, "--workspace", ws.folder)
    # (the CLI opens the workspace afresh, without the test's checker: write it with it too)
    assert code == 0, err
    from foistats.web.site import write_site

    site = tmp_path / "site-checked"
    write_site(ws, site, rule=RULE)
    for folder in (tmp_path / "site", site):
        leaks = [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and SMALL.search(p.read_bytes())]
        assert not leaks, f"the small figure is in {leaks[:5]}"
    # every figure publish hides is [c] in the site's table of the release
    table = json.loads((site / "release" / RELEASE / "measure" / MEASURE / "index.json").read_text())["tables"][0]
    names = {"Dyfed-Powys Police": "dyfed-powys", "South Wales Police": "south-wales", "Dorset Police": "dorset",
             "Avon and Somerset Constabulary": "avon-and-somerset", "Devon & Cornwall Police": "devon-and-cornwall"}
    for row in table["rows"]:
        area = names.get(row["Area"]["text"])
        for year in YEARS:
            if (area, year) in hidden:
                assert row[year]["text"] == "[c]" and row[year]["href"] is None, (area, year)
            elif area in FIGURES:
                assert row[year]["text"] == f"{FIGURES[area][YEARS.index(year)]:,}", (area, year)
    # Dorset's story is withheld, with the checker's reason
    page = json.loads((site / "release" / RELEASE / "area" / "dorset" / "index.json").read_text())
    assert page["story"] == [] and REFUSAL in page["story_refused"]
    assert dorset.headline.text not in (site / "release" / RELEASE / "area" / "dorset" / "index.html").read_text()

    # the dashboard, page by page and in every format
    client = TestClient(create_app(ws, rule=RULE))
    for url in [f"/release/{RELEASE}", f"/release/{RELEASE}/measure/{MEASURE}", f"/release/{RELEASE}/area/dyfed-powys",
                f"/release/{RELEASE}/area/south-wales", f"/release/{RELEASE}/area/dorset"]:
        for shown in ("", "?_format=json", "?_format=csv"):
            answer = client.get(url + shown)
            assert answer.status_code == 200 and not SMALL.search(answer.content), url + shown
    dorset_page = client.get(f"/release/{RELEASE}/area/dorset?_format=json").json()
    assert dorset_page["story"] == [] and REFUSAL in dorset_page["story_refused"]
    for obs in ws.observations(area="dyfed-powys"):
        answer = client.get(f"/observation/{obs.id}?_format=json")
        assert answer.status_code == 200 and not SMALL.search(answer.content)
    small = next(f for f in ws.facts(area="dyfed-powys", kind="count") if f.value == 37)
    assert client.get(f"/fact/{small.id}").status_code == 404


def test_no_formula_names_a_hidden_figure(tmp_path):
    """Without a campaign the same figures make totals and ranks over Wales and England and
    Wales, whose formulas list their forces' figures (the 37 among them): none is shown."""
    from foistats import init
    from foistats.web.site import write_site

    ws = init(tmp_path / "no-campaign")
    ws.ingest(six_forces(tmp_path / "grooming").folder / "answers.csv")
    assert any("37" in f.formula for f in ws.facts(kind=["total", "rank"]))  # what there is to hide
    site = tmp_path / "site"
    write_site(ws, site, rule=RULE)
    leaks = [str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and SMALL.search(p.read_bytes())]
    assert not leaks, f"the small figure is in {leaks[:5]}"
    client = TestClient(create_app(ws, rule=RULE))
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/check").text).group(1)
    # a claim checked against Wales' total (190 and the hidden 37) shows neither the 37 nor a formula naming it
    answer = client.post("/check", data={"csrf": csrf, "text": "Wales recorded 227 offences in 2023/24."})
    assert answer.status_code == 200 and not SMALL.search(answer.content)
