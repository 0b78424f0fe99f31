"""Tables a person reads at 80 columns: one line a row, ids whole, numbers rounded, prose
cut, --columns and --limit; CSV and JSON keep everything."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer

from foistats.cli import render

ROWS = [{"id": f"fact-{i:012x}", "area": "dyfed-powys", "value": 3.041095890410959 * (i + 1) * 400,
         "formula": "1,110 offences over the 365 days of 2016/17 = 3.04 a day, as published in the release " * 2}
        for i in range(150)]


@pytest.fixture
def narrow(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")  # the console reads it as it prints


def _lines(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_a_table_row_is_one_line_with_ids_whole_and_numbers_rounded(narrow, capsys):
    render.render(ROWS, ["id", "area", "value", "formula"], "table", title="150 facts")
    lines = _lines(capsys)
    assert all(len(line) <= 80 for line in lines)
    body = [line for line in lines if line.lstrip().startswith("fact-")]
    assert len(body) == render.TABLE_ROWS  # one line a row, the first hundred
    assert body[0].split()[:3] == ["fact-000000000000", "dyfed-powys", "1,216"]
    assert body[0].rstrip().endswith("…")
    assert "first 100 of 150 rows: --limit 0 shows all" in lines[-1]


def test_limit_and_columns(narrow, capsys):
    render.render(ROWS, ["id", "area", "value", "formula"], "table", chosen="value,id", limit=2)
    lines = _lines(capsys)
    assert lines[0].split() == ["value", "id"] and lines[2].split() == ["1,216", "fact-000000000000"]
    assert len([line for line in lines if "fact-" in line]) == 2
    with pytest.raises(typer.BadParameter, match="nope: choose from id, area, value, formula"):
        render.render(ROWS, ["id", "area", "value", "formula"], "table", chosen="id,nope")


def test_names_are_cut_only_when_nothing_else_gives_room_and_numbers_never(narrow, capsys):
    rows = [{"measure": "sexual_communication_with_child_share", "area": "england-and-wales",
             "period": "2017/18 to 2022/23", "breakdown": "victim_gender=female;victim_age_max=17", "value": 34000}]
    render.render(rows, ["measure", "area", "period", "breakdown", "value"], "table")
    lines = _lines(capsys)
    assert all(len(line) <= 80 for line in lines)
    row = lines[2]
    assert "34,000" in row and "england-and-wales" in row and "…" in row


def test_csv_and_json_keep_full_precision_and_every_row(capsys):
    render.render(ROWS, ["id", "value"], "csv")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 150 and float(rows[0]["value"]) == ROWS[0]["value"]
    render.render(ROWS, ["id", "value"], "json", limit=3)
    assert json.loads(capsys.readouterr().out) == ROWS[:3]
