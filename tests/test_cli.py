"""The CLI as a user meets it: the demo, listing figures, and one-line errors."""

import json

from .conftest import SAMPLE_CSV


def test_demo_builds_the_sample_and_a_second_run_changes_nothing(tmp_path, run_cli):
    code, out, _ = run_cli("demo", tmp_path / "demo")
    assert code == 0
    # the 42 published figures, and the 2018/19 figure of each of the three forces that
    # answered, read from their replies (North Wales sent the same reply twice: DOCX, then PDF)
    assert "published_figures.csv: 42 figures written" in out
    for reply in ("gwent.html", "south-wales.xlsx", "north-wales.docx"):
        assert f"{reply}: 1 figure written" in out
    assert "north-wales.pdf: 1 figure written, superseding 1 figure" in out
    assert "45 figures in 5 releases" in out
    assert "reported 42, not_held 2, no_response 1" in out
    assert "Imported the sample" in out
    code, out, _ = run_cli("demo", tmp_path / "demo")
    assert code == 0 and "Nothing changed" in out


def test_dyfed_powys_figures_include_the_missing_2018_19_online_figure(tmp_path, run_cli):
    run_cli("demo", tmp_path / "demo")
    code, out, _ = run_cli("observations", "--workspace", tmp_path / "demo", "--area", "Dyfed Powys", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {r["area"] for r in rows} == {"dyfed-powys"}
    online = [r for r in rows if r["measure"] == "online_child_sexual_offences"]
    # 2018/19 as the release published it; the other years asked from the request log
    assert [(r["period"], r["status"], r["value"]) for r in online] == [
        ("2018/19", "no_response", None), ("2015/16", "no_response", None),
        ("2016/17", "no_response", None), ("2017/18", "no_response", None)]
    assert online[1]["source"].startswith("requests.log.jsonl")
    assert set(rows[0]) >= {"id", "release", "measure", "area", "period", "period_start", "period_end", "breakdown",
                            "value", "lower", "upper", "unit", "status", "qualifier", "note", "source"}
    assert [r["value"] for r in rows if r["measure"] == "child_sexual_offences"] == [1110]


def test_filters_and_formats(tmp_path, run_cli, monkeypatch):
    run_cli("init", tmp_path / "ws")
    monkeypatch.setenv("FOISTATS_WORKSPACE", str(tmp_path / "ws"))
    code, out, _ = run_cli("ingest", SAMPLE_CSV)
    assert code == 0 and "42 figures written" in out
    code, out, _ = run_cli("observations", "--measure", "online_child_sexual_offences", "--period", "2018/19",
                           "--status", "reported", "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("id,release,measure,area,period")
    assert sorted(line.split(",")[3] for line in lines[1:]) == ["gwent", "north-wales", "south-wales", "wales"]
    code, out, _ = run_cli("observations", "--area", "Gwent", "--format", "table")
    assert code == 0 and "128" in out


def test_errors_are_one_line_with_what_to_do(tmp_path, run_cli):
    code, out, err = run_cli("observations", "--workspace", tmp_path / "nowhere")
    assert code == 2 and err.count("\n") == 1 and "foistats init" in err and "Traceback" not in err
    run_cli("init", tmp_path / "ws")
    code, _, err = run_cli("ingest", "--workspace", tmp_path / "ws", tmp_path / "missing.csv")
    assert code == 1 and "missing.csv: no such file" in err
    code, _, err = run_cli("observations", "--workspace", tmp_path / "ws", "--area", "Atlantis")
    assert code == 1 and "not a known police force" in err
    code, _, err = run_cli("observations", "--workspace", tmp_path / "ws", "--format", "xml")
    assert code == 2 and "not one of table, csv, json" in err


def test_debug_shows_the_traceback(tmp_path, run_cli):
    import pytest

    from foistats.errors import WorkspaceError

    with pytest.raises(WorkspaceError):
        run_cli("--debug", "observations", "--workspace", tmp_path / "nowhere")
