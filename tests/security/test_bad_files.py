"""Broken or hostile files sent into a working campaign: one line naming the file and what
to do, a row in ``failures``, and every figure, review item and source as it was (the
files themselves are built in tests/ingest/test_bad_input.py, where an empty workspace
takes each)."""

from __future__ import annotations

import pytest

import foistats

from ..ingest.test_bad_input import CASES
from .conftest import one_line_error

ATTACKS = ["corrupt.zip", "corrupt.xlsx", "cut-short.pdf", "encrypted.pdf", "encrypted-aes.pdf", "encrypted.xlsx",
           "bomb.zip", "bomb.pdf", "scanned.pdf", "empty.html", "deep.html", "unknown.bin"]


def _held(ws) -> tuple:
    return ws.observations(), ws.review_items(None), ws.store.sources()


@pytest.mark.parametrize("name", ATTACKS)
def test_a_bad_file_is_one_line_and_changes_no_figure(demo, tmp_path, run_cli, name):
    data, why = CASES[name]
    path = tmp_path / name
    path.write_bytes(data() if callable(data) else data)
    before = _held(foistats.open(demo))
    error = one_line_error(*run_cli("ingest", "-w", demo, path)[::2])
    assert why in error and name in error
    ws = foistats.open(demo)
    assert _held(ws) == before
    assert ws.failures()[-1]["file_name"] == name
