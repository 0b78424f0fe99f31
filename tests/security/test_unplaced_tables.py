"""A table whose rows foistats cannot place (labels outside the vocabulary) goes to review
a row at a time, or, when it holds more figures than a row at a time keeps in bounds, as
one item for the whole table: a million such cells never become a million items."""

from __future__ import annotations

import pytest

import foistats
from foistats.ingest import tables

from .conftest import one_line_error, store_digest

HEAD = "Gwent Police\nResponse\nOffence | 2019/20 | 2020/21 | 2021/22 |\n"


def _reply(tmp_path, rows: int, first: int = 0):
    """A reply whose table has ``rows`` rows of three figures, each row an offence named
    in words foistats does not read."""
    path = tmp_path / f"gwent-{rows}.txt"
    path.write_text(HEAD + "".join(f"Offence type {r} | {r} | {r + 100} | {r + 200} |\n"
                                   for r in range(first, first + rows)))
    ws = foistats.init(tmp_path / "ws")
    return ws, ws.ingest(path), path


def test_a_few_unplaced_cells_are_an_item_each(tmp_path):
    ws, result, _ = _reply(tmp_path, 2)
    items = ws.review_items()
    assert len(items) == 6 and {i.guess["value"] for i in items} == {0, 100, 200, 1, 101, 201}
    assert "6 to review" in result.describe()


def test_many_unplaced_rows_are_an_item_a_row(tmp_path):
    rows = tables.CELL_ITEMS // 3 + 1
    ws, result, _ = _reply(tmp_path, rows)
    items = ws.review_items()
    assert len(items) == rows
    row = next(i for i in items if i.location == "line 4 column 2–4")
    assert "'Offence type 0'" in row.reason and "3 figures of this row" in row.reason
    assert [f["value"] for f in row.figures] == [0, 100, 200]
    assert [f["location"] for f in row.figures] == ["line 4 column 2", "line 4 column 3", "line 4 column 4"]
    assert "Offence | 2019/20" in row.context and "Offence type 0 | 0 | 100 | 200" in row.context
    # every number still accounted for: the figures of the rows are to review, one by one
    assert f"{rows * 3} to review" in result.describe()


def test_a_row_item_accepted_with_a_measure_files_its_figures_and_rejected_drops_them(tmp_path, run_cli):
    ws, _, _ = _reply(tmp_path, tables.CELL_ITEMS // 3 + 1)
    first, second = sorted(ws.review_items(), key=lambda i: i.figures[0]["value"])[:2]
    code, out, err = run_cli("review", "accept", first.id, "--measure", "online_child_sexual_offences",
                             "--by", "Ana", "-w", ws.folder)
    assert code == 0, err
    filed = sorted((o.period.label, o.value, o.measure) for o in ws.observations())
    assert filed == [("2019/20", 0, "online_child_sexual_offences"), ("2020/21", 100, "online_child_sexual_offences"),
                     ("2021/22", 200, "online_child_sexual_offences")]
    assert "figures" in out and out.count("obs-") == 3
    # a second decision replaces the figures of the first
    code, _, err = run_cli("review", "reject", first.id, "--by", "Ben", "-w", ws.folder)
    assert code == 0, err
    assert ws.observations() == []
    code, _, err = run_cli("review", "reject", second.id, "--by", "Ben", "-w", ws.folder)
    assert code == 0 and ws.observations() == []
    assert {i.id: i.state for i in ws.review_items(None)}[second.id] == "rejected"


def test_a_row_whose_figures_cannot_be_told_apart_stays_in_review(tmp_path, run_cli):
    path = tmp_path / "gwent.txt"
    path.write_text("Gwent Police\nResponse\nOffence | 2019/20 | 2019/20 |\n" +
                    "".join(f"Offence type {r} | {r} | {r + 1} |\n" for r in range(tables.CELL_ITEMS)))
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    item = ws.review_items()[0]
    before = store_digest(ws.folder)
    error = one_line_error(*run_cli("review", "accept", item.id, "--measure", "child_sexual_offences",
                                    "--by", "Ana", "-w", ws.folder)[::2])
    assert "would not be told apart" in error
    assert store_digest(ws.folder) == before and ws.review_item(item.id).state == "open"


@pytest.fixture
def few_per_table(monkeypatch):
    """A table's figures to review go to one item past 30 (not 20,000), to try it small."""
    monkeypatch.setattr(tables, "ROW_ITEMS_FIGURES", 30)


def test_a_huge_unplaced_table_is_one_item_holding_the_count(tmp_path, few_per_table, run_cli):
    ws, result, _ = _reply(tmp_path, 40)
    [item] = ws.review_items()
    assert item.location == "line 4 column 2–line 43 column 4"
    assert item.reason.startswith("120 figures in 40 rows of this table cannot be placed")
    assert item.guess["figures"] == 120 and item.figures == []
    assert "Offence type 0 | 0" in item.context and "Offence type 39 | 39" in item.context
    assert "(40 rows in all)" in item.context
    assert "120 to review" in result.describe() and "0 figures," in result.describe()
    before = store_digest(ws.folder)
    error = one_line_error(*run_cli("review", "accept", item.id, "--measure", "child_sexual_offences",
                                    "--by", "Ana", "-w", ws.folder)[::2])
    assert "holds 120 figures" in error and "reject it" in error
    assert store_digest(ws.folder) == before
    code, _, err = run_cli("review", "reject", item.id, "--by", "Ana", "-w", ws.folder)
    assert code == 0, err
    assert ws.review_items() == [] and ws.observations() == []


def test_placed_rows_of_a_huge_table_stay_figures(tmp_path, few_per_table):
    path = tmp_path / "gwent.txt"
    path.write_text(HEAD + "".join(f"Offence type {r} | {r} | {r + 100} | {r + 200} |\n" for r in range(40))
                    + "Total | 1 | 2 | 3 |\n")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    assert sorted(o.value for o in ws.observations()) == [1, 2, 3]
    [item] = ws.review_items()
    assert item.guess["figures"] == 120
