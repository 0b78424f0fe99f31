"""The review queue and provenance, through the CLI a person uses."""

from __future__ import annotations

import json

import foistats

UNSURE = ("South Wales Police\nRequest\n1. How many offences were recorded in 2018/19 and 2019/20?\n"
          "Response\nGender | Count |\nFemale | 7 |\nMale | 9 |\n")


def _workspace(tmp_path):
    ws = foistats.init(tmp_path / "ws")
    path = tmp_path / "reply.txt"
    path.write_text(UNSURE)
    ws.ingest(path)
    return ws, path


def test_unsure_figures_go_to_review_not_the_data(tmp_path, run_cli):
    ws, _ = _workspace(tmp_path)
    assert ws.observations() == []
    code, out, _ = run_cli("review", "list", "--format", "json", "--workspace", ws.folder)
    items = json.loads(out)
    assert code == 0 and len(items) == 2
    assert all("several periods" in i["reason"] for i in items)
    assert {i["guess"]["value"] for i in items} == {7, 9}


def test_accept_edit_reject_record_who_and_when(tmp_path, run_cli):
    ws, path = _workspace(tmp_path)
    female, male = sorted(ws.review_items(), key=lambda i: i.guess["value"])
    code, out, err = run_cli("review", "accept", female.id, "--workspace", ws.folder)
    assert code != 0 and "--by" in err
    code, out, err = run_cli("review", "edit", female.id, "--period", "2019/20", "--by", "Ana", "--workspace", ws.folder)
    assert code == 0, err
    code, out, err = run_cli("review", "reject", male.id, "--by", "Ben", "--workspace", ws.folder)
    assert code == 0, err
    [obs] = ws.observations()
    assert (obs.period.label, obs.value, dict(obs.breakdown)) == ("2019/20", 7, {"victim_gender": "female"})
    decided = {i.id: i for i in ws.review_items(None)}
    assert (decided[female.id].state, decided[female.id].decided_by) == ("edited", "Ana")
    assert (decided[male.id].state, decided[male.id].decided_by) == ("rejected", "Ben")
    assert decided[female.id].decided_at is not None
    ws.ingest(path)  # the same document again: nothing changes, decisions stay
    assert ws.review_items() == [] and len(ws.observations()) == 1
    # a decision can be changed: the rejected guess has no period, so accepting it asks for one
    code, _, err = run_cli("review", "accept", male.id, "--by", "Ana", "--workspace", ws.folder)
    assert code != 0 and "--period" in err
    code, _, err = run_cli("review", "edit", male.id, "--period", "2019/20", "--by", "Ana", "--workspace", ws.folder)
    assert code == 0, err
    assert sorted(o.value for o in ws.observations()) == [7, 9]
    assert [(d["state"], d["decided_by"]) for d in ws.review_history(male.id)] == [("rejected", "Ben"), ("edited", "Ana")]


def test_observations_with_source_and_source_show_the_cell_in_context(tmp_path, run_cli):
    ws = foistats.init(tmp_path / "ws")
    path = tmp_path / "gwent.txt"
    path.write_text("Gwent Police\n1. How many offences were recorded in 2019/20?\n"
                    "Age | Female | Male |\n0-4 | 3 | 12 |\n")
    ws.ingest(path)
    code, out, _ = run_cli("observations", "--with-source", "--format", "json", "--workspace", ws.folder)
    rows = json.loads(out)
    male = next(r for r in rows if r["breakdown"].get("victim_gender") == "male")
    assert (male["value"], male["location"], male["method"], male["document"]) == (12, "line 4 column 3", "text", "gwent.txt")
    code, out, _ = run_cli("source", male["id"], "--workspace", ws.folder)
    assert code == 0
    assert "gwent.txt line 4 column 3" in out and "0-4 | 3 | [12]" in out
