"""What a document says cannot run in a spreadsheet or change a terminal: formula cells
are made inert in CSV, markup and control characters are shown as text in tables."""

from __future__ import annotations

import csv
import io
import json

import pytest

import foistats
from foistats.cells import inert_cell, printable

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
NOTES = ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "[/x]", "[redacted]",
         "[see note 1]", "\x1b[31mred\x1b[0m and \x1b]0;title\x07 bell\x07"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tmp_path):
    ws = foistats.init(tmp_path / "ws")
    path = tmp_path / "figures.csv"
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(HEADER.strip().split(","))
    writer.writerows(["r-1", "2020", "child_sexual_offences", "Gwent", f"{2000 + i}/{i + 1:02d}", "", i + 1,
                      "offences", "", "", note] for i, note in enumerate(NOTES))
    path.write_text(text.getvalue(), encoding="utf-8")
    ws.ingest(path)
    return ws


@pytest.mark.parametrize("command", [["observations"], ["observations", "--with-source"], ["facts"]])
def test_csv_cells_cannot_run_as_formulas(hostile, run_cli, command):
    code, out, err = run_cli(*command, "-w", hostile.folder, "--format", "csv")
    assert code == 0, err
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    assert cells and not [c for c in cells if c.startswith(FORMULA_START) and inert_cell(c) != c]
    if command[0] == "observations":
        assert "'=HYPERLINK(\"http://x\")" in cells and "'-2+3" in cells


def test_inert_cell_keeps_numbers_and_neutralises_formulas():
    assert inert_cell("-12.5") == "-12.5" and inert_cell(-3) == -3 and inert_cell("+1e3") == "+1e3"
    assert inert_cell("=1+1") == "'=1+1" and inert_cell("-1+1") == "'-1+1" and inert_cell("@x") == "'@x"
    assert inert_cell("\x1b[2J=1+1\x07") == "'=1+1"


@pytest.mark.parametrize("command", [["observations"], ["observations", "--with-source", "--columns", "id,note"]])
def test_markup_and_escapes_show_as_text_in_tables(hostile, run_cli, monkeypatch, command):
    monkeypatch.setenv("COLUMNS", "200")
    code, out, err = run_cli(*command, "-w", hostile.folder, "--columns", "period,note")
    assert code == 0, err
    assert "[/x]" in out and "[redacted]" in out and "[see note 1]" in out
    assert "\x1b" not in out and "\x07" not in out and "red and  bell" in out


def test_json_keeps_the_text_as_given(hostile, run_cli):
    code, out, _ = run_cli("observations", "-w", hostile.folder, "--format", "json")
    assert sorted(r["note"] for r in json.loads(out)) == sorted(NOTES)


def test_review_list_and_show_print_markup_as_text(tmp_path, run_cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    ws = foistats.init(tmp_path / "ws")
    path = tmp_path / "reply [b] [redacted].txt"
    path.write_text("South Wales Police\nRequest\n1. How many offences were recorded in 2018/19 and 2019/20?\n"
                    "Response\nGender [/bold] \x1b[2J| Count |\nFemale | 7 |\nMale | 9 |\n", encoding="utf-8")
    ws.ingest(path)
    code, out, err = run_cli("review", "list", "-w", ws.folder)
    assert code == 0, err
    assert "reply [b] [redacted].txt" in out
    item = ws.review_items()[0].id
    code, out, err = run_cli("review", "show", item, "-w", ws.folder)
    assert code == 0 and "[/bold]" in out and "\x1b" not in out, err


def test_printable_strips_escape_sequences_whole():
    assert printable("a\x1b[1;31mb\x1b[0m\x1b]8;;http://x\x1b\\c\x00\x9b\r\nd\te") == "abc\nd\te"


def test_published_tables_and_workbook_cannot_run_formulas(hostile, tmp_path):
    import openpyxl

    [release] = hostile.publish(out=tmp_path / "pub", rule="none", charts=False).releases
    cells = [cell for path in release.files if path.suffix == ".csv"
             for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))) for cell in row]
    [book] = [path for path in release.files if path.suffix == ".xlsx"]
    cells += [c for sheet in openpyxl.load_workbook(book).worksheets for row in sheet.iter_rows(values_only=True)
              for c in row if isinstance(c, str)]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(A1:A2)" in cells and "red and  bell" in cells
    assert not [c for c in cells if c.startswith(FORMULA_START) and inert_cell(c) != c]
    assert not [c for c in cells if "\x1b" in c or "\x07" in c]
