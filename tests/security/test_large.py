"""A published-figures file is read and written in parts, all in one transaction: the
parts never add up to the file in memory, and a bad row near the end writes nothing."""

from __future__ import annotations

import pytest

import foistats
from foistats.ingest import published

from .conftest import one_line_error, store_digest

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
FORCES = ["Gwent", "Dyfed Powys", "North Wales", "South Wales"]


def _rows(count: int) -> str:
    return "".join(f"big,2021,child_sexual_offences,{FORCES[i % 4]},{2000 + i // 4}/{(2001 + i // 4) % 100:02d},,"
                   f"{i},offences,,,\n" for i in range(count))


@pytest.fixture
def small_parts(monkeypatch):
    seen = []
    reader = published.published_figures

    def counted(*args, **kwargs):
        for part in reader(*args, **kwargs):
            seen.append(len(part))
            yield part

    monkeypatch.setattr(published, "PART_ROWS", 7)
    monkeypatch.setattr(foistats.workspace, "published_figures", counted)
    return seen


def test_a_file_is_written_in_parts(ws, tmp_path, small_parts):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + _rows(40), encoding="utf-8")
    assert ws.ingest(path).written == 40
    assert small_parts == [7, 7, 7, 7, 7, 5]
    assert len(ws.observations(release="big")) == 40


@pytest.mark.parametrize("bad, said", [
    ("big,2021,child_sexual_offences,Gwent,2040/41,,1e300,offences,,,\n", "line 42: value"),
    ("big,2021,child_sexual_offences,Gwent,2000/01,,5,offences,,,\n", "line 42: the same figure as line 2"),
    ("big,2022,child_sexual_offences,Gwent,2041/42,,5,offences,,,\n", "line 42: release 'big' was published"),
])
def test_a_bad_row_in_a_late_part_writes_nothing(demo, tmp_path, run_cli, small_parts, bad, said):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + _rows(40) + bad, encoding="utf-8")
    store = store_digest(demo)
    assert said in one_line_error(*run_cli("ingest", "-w", demo, path)[::2])
    assert store_digest(demo) == store and len(small_parts) >= 5


@pytest.mark.parametrize("limit, value, said", [
    ("MAX_CELLS", 100, "more than 100 cells; split it"),
    ("MAX_CSV_BYTES", 1000, "over the 1,000-byte limit for a reply's CSV"),
])
def test_a_reply_csv_too_big_to_read_whole_is_refused_in_one_line(demo, tmp_path, run_cli, monkeypatch,
                                                                  limit, value, said):
    from foistats.ingest import spreadsheet

    monkeypatch.setattr(spreadsheet, limit, value)
    path = tmp_path / "gwent.csv"
    path.write_text("Gwent Police\nOffence,2019/20,2020/21\n" + "".join(f"Offence type {r},{r},{r + 1}\n" for r in range(60)))
    before = (foistats.open(demo).observations(), foistats.open(demo).review_items(None))
    assert said in one_line_error(*run_cli("ingest", "-w", demo, path)[::2])
    assert (foistats.open(demo).observations(), foistats.open(demo).review_items(None)) == before


def test_a_workbook_over_the_cell_limit_is_refused_in_one_line(tmp_path, monkeypatch):
    import openpyxl

    from foistats.errors import InputError
    from foistats.ingest import spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 100)
    book = openpyxl.Workbook()
    for r in range(60):
        book.active.append([f"Offence type {r}", r, r + 1])
    book.save(tmp_path / "gwent.xlsx")
    with pytest.raises(InputError, match=r"gwent.xlsx: more than 100 cells; split it"):
        foistats.init(tmp_path / "ws").ingest(tmp_path / "gwent.xlsx", authority="Gwent")
