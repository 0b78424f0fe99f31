"""A user's own campaign, end to end through the CLI, on replies made the way forces send
them (tests/campaign_kit.py): `init`, the request log, `ingest`, `review`, `stories`.

What must hold: every figure under the measure the campaign asked; the figures a reply
gives in a sentence; a whole-request refusal and a refusal logged by phone as statuses with
section 12; the silent force as no_response; a total that does not match its parts held out
of the Facts and the stories until a person decides it, then the decided value everywhere;
no story naming a force that was not asked; every story written supported by the checker.
"""

from __future__ import annotations

import json

import pytest

import foistats

from . import campaign_kit as kit

ASKED = {"cheshire", "cumbria", "lancashire", "merseyside", "dyfed-powys", "gwent", "north-wales", "south-wales"}


@pytest.fixture
def campaign(tmp_path, run_cli):
    folder = tmp_path / "my-campaign"
    code, _, err = run_cli("init", folder)
    assert code == 0, err
    (folder / "campaign.toml").write_text(kit.CAMPAIGN, encoding="utf-8")
    code, out, err = run_cli("requests", "log", "all", "sent", "--date", "2023-07-03", "-w", folder)
    assert code == 0 and out.count("sent on 2023-07-03") == len(ASKED), err
    assert run_cli("requests", "log", "Cumbria", "refused", "--sections", "12", "--date", "2023-07-24",
                   "--note", "by telephone", "-w", folder)[0] == 0
    replies = kit.write_replies(folder / "replies")
    code, out, err = run_cli("ingest", *sorted(map(str, replies.values())), "-w", folder)
    assert code == 0, err + out
    return folder


def _observations(run_cli, folder, *args):
    code, out, err = run_cli("observations", "--format", "json", "-w", folder, *args)
    assert code == 0, err
    return json.loads(out)


def _totals(observations):
    return {(o["area"], o["period"]): o for o in observations if not o["breakdown"]}


def test_figures_are_filed_under_the_measure_asked(campaign, run_cli):
    observations = _observations(run_cli, campaign)
    assert {o["measure"] for o in observations} == {"child_sexual_offences"}
    assert {o["release"] for o in observations} == {"nw-wales-2023"}


def test_every_force_asked_has_figures_or_a_status_for_every_year(campaign, run_cli):
    totals = _totals(_observations(run_cli, campaign))
    for (force, year), value in kit.expected_totals().items():
        if (force, year) in totals:  # given as a total; else the Facts make it from the age bands
            assert totals[force, year]["value"] == value, (force, year)
    for year in kit.YEARS:
        assert totals["south-wales", year]["value"] == kit.SOUTH_WALES_TOTALS[year], year
        assert totals["south-wales", year]["status"] == "reported"
        for force in ("north-wales", "cumbria"):
            assert totals[force, year]["status"] == "exempt", (force, year)
            assert "12" in totals[force, year]["note"], (force, year, totals[force, year]["note"])
        assert totals["dyfed-powys", year]["status"] == "no_response"
        assert totals["cumbria", year]["source"].startswith("requests.log.jsonl")


def test_a_refusal_of_the_age_breakdown_is_not_a_refusal_of_the_totals(campaign, run_cli):
    south_wales = [o for o in _observations(run_cli, campaign, "--area", "South Wales")]
    assert {o["status"] for o in south_wales if not o["breakdown"]} == {"reported"}


def test_a_disputed_total_is_held_until_decided_then_used_everywhere(campaign, run_cli):
    ws = foistats.open(campaign)
    held = [r for r in ws.review_items() if r.guess and r.guess.get("value") == 1379]
    assert len(held) == 1, [r.reason for r in ws.review_items()]
    assert ("lancashire", "2022/23") not in _totals(_observations(run_cli, campaign))
    facts = ws.facts(area="lancashire", period="2022/23", kind="count", measure="child_sexual_offences")
    assert not [f for f in facts if not f.breakdown], "a figure under review must not become a Fact"
    code, out, err = run_cli("stories", "--no-charts", "--format", "md", "-w", campaign)
    assert code == 0, err
    written = {p.stem for p in (campaign / "out" / "stories" / "nw-wales-2023").glob("*.md")}
    assert "lancashire" not in written
    assert "held for review" in out + err

    code, out, err = run_cli("review", "edit", held[0].id, "--value", "1397", "--by", "Data desk", "-w", campaign)
    assert code == 0, err
    assert _totals(_observations(run_cli, campaign))["lancashire", "2022/23"]["value"] == 1397
    facts = ws.facts(area="lancashire", period="2022/23", kind="count", measure="child_sexual_offences")
    assert [f.value for f in facts if not f.breakdown] == [1397]
    assert run_cli("stories", "--no-charts", "--format", "md", "-w", campaign)[0] == 0
    story = (campaign / "out" / "stories" / "nw-wales-2023" / "lancashire.md").read_text(encoding="utf-8")
    assert "1,397" in story and "1,379" not in story

    # a decision can be changed, and every decision is kept
    assert run_cli("review", "reject", held[0].id, "--by", "Editor", "-w", campaign)[0] == 0
    assert ("lancashire", "2022/23") not in _totals(_observations(run_cli, campaign))
    assert [d["state"] for d in ws.review_history(held[0].id)] == ["edited", "rejected"]


def test_stories_stay_within_the_forces_asked_and_pass_the_checker(campaign, run_cli):
    code, out, err = run_cli("stories", "--no-charts", "--format", "md", "-w", campaign)
    assert code == 0, err
    folder = campaign / "out" / "stories"
    refused = json.loads((folder / "stories.json").read_text())["refused"]
    # Lancashire's latest figure is under review; the others gave no figure at all
    assert sorted(r["area"] for r in refused) == ["cumbria", "dyfed-powys", "lancashire", "north-wales"], refused
    assert all("held for review" in r["reason"] or "gives no figure" in r["reason"] for r in refused), refused
    never_asked = [a for a in foistats.areas.all_areas().values()
                   if a.is_force and a.id not in ASKED and a.territorial]
    written = sorted((folder / "nw-wales-2023").glob("*.md"))
    assert {p.stem for p in written} >= {"cheshire", "merseyside", "gwent", "south-wales"}
    for path in written:
        text = path.read_text(encoding="utf-8")
        named = [a.name for a in never_asked if a.name in text or f"{a.short_name} " in text]
        assert not named, f"{path.name} names forces never asked: {named}"
        assert "Cumbria Constabulary gave no figure" not in text
        if path.stem == "briefing":  # the national table; the checker reads the local stories
            continue
        sidecar = json.loads(path.with_suffix(".json").read_text())
        assert sidecar["checks"], path.name
        assert {c["verdict"] for c in sidecar["checks"]} == {"supported"}, path.name


def test_init_writes_a_campaign_toml_to_fill_in(tmp_path, run_cli):
    folder = tmp_path / "new"
    assert run_cli("init", folder)[0] == 0
    template = (folder / "campaign.toml").read_text(encoding="utf-8")
    assert foistats.open(folder).requests.asked() is None  # it asks nothing until filled in
    # as its header says: take '# ' off each line from '# [request]' to the end
    lines = template.splitlines()
    start = lines.index("# [request]")
    filled = "\n".join(lines[:start] + [line[2:] if line.startswith("# ") else line.lstrip("#")
                                          for line in lines[start:]])
    (folder / "campaign.toml").write_text(filled, encoding="utf-8")
    campaign = foistats.open(folder).requests.asked()
    assert campaign is not None and {a.id for a in campaign.authorities} >= {"cheshire", "gwent"}
    assert list(campaign.measures) == ["child_sexual_offences"]
    code, out, _ = run_cli("measures", "--format", "csv")
    assert code == 0 and "child_sexual_offences" in out


def test_a_command_finds_the_workspace_from_a_subfolder(campaign, run_cli, monkeypatch):
    monkeypatch.chdir(campaign / "replies")
    code, out, err = run_cli("observations", "--area", "Gwent", "--format", "json")
    assert code == 0, err
    assert {o["area"] for o in json.loads(out)} == {"gwent"}


@pytest.mark.parametrize("args, valid", [
    (("facts", "--kind", "totals"), "total"),
    (("facts", "--release", "no-such-release"), "nw-wales-2023"),
    (("observations", "--measure", "no_such_measure"), "child_sexual_offences"),
])
def test_a_filter_that_matches_nothing_lists_the_valid_values(campaign, run_cli, args, valid):
    code, _, err = run_cli(*args, "-w", campaign)
    assert code != 0 and valid in err


def test_deadline_for_any_force_asked_or_not(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no workspace needed
    code, out, err = run_cli("requests", "deadline", "Police Scotland", "--received", "2024-12-20")
    assert code == 0, err
    assert "Due: Thu 23 Jan 2025" in out
