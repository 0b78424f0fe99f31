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
