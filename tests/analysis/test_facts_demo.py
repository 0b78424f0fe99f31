"""Facts of the demo workspace, every kind together: their JSON rows, stable ids and
formulas (each kind's own, against the published figures: tests/analysis/kinds/)."""

import json

import pytest


def test_facts_json_rows(demo_ws, run_cli):
    code, out, _ = run_cli("facts", "--workspace", demo_ws.folder, "--area", "Gwent", "--kind", "rank", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows and set(rows[0]) >= {"id", "kind", "release", "measure", "area", "period", "base_period", "breakdown",
                                     "value", "lower", "upper", "unit", "formula", "inputs", "caveats"}
    assert all(set(c) >= {"kind", "text"} for r in rows for c in r["caveats"])


def test_every_fact_id_is_unique_and_stable(demo_ws, tmp_path):
    import foistats

    ids = [f.id for f in demo_ws.facts()]
    assert len(ids) == len(set(ids))
    again, _ = foistats.demo(tmp_path / "again")
    assert sorted(f.id for f in again.facts()) == sorted(ids)


@pytest.mark.parametrize("kind", ["count", "total", "change", "ratio", "share", "rank", "per_day", "implied"])
def test_every_kind_has_a_formula_with_its_numbers(demo_ws, kind):
    facts = demo_ws.facts(kind=kind)
    assert facts
    assert all(f.formula and any(ch.isdigit() for ch in f.formula) for f in facts)
