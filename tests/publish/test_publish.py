"""Publishing a workspace: the files, their symbols, the package, and what is hidden."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest
from frictionless import validate

from foistats.model import Observation
from foistats.periods import Period
from foistats.publish import DisclosureError

FORMULA_NOTE = '=HYPERLINK("http://example.invalid","click")'
Y1, Y2 = Period.financial_year(2018), Period.financial_year(2019)


@pytest.fixture
def welsh(ws):
    """Four Welsh forces, two years: Dyfed-Powys gave 3, then withheld its figure (with a
    note that reads as a formula); Gwent's second year is split by gender."""
    def count(area, period, value, **extra):
        return Observation(measure="child_sexual_offences", area=area, period=period, value=value,
                           unit="offences", release="welsh-2020", **extra)

    observations = [
        count("dyfed-powys", Y1, 3), count("gwent", Y1, 40), count("north-wales", Y1, 25), count("south-wales", Y1, 90),
        count("dyfed-powys", Y2, None, status="suppressed", lower=1, upper=4, note=FORMULA_NOTE),
        count("gwent", Y2, 38), count("north-wales", Y2, 27), count("south-wales", Y2, 101),
        count("gwent", Y2, 30, breakdown={"victim_gender": "female"}),
        count("gwent", Y2, 8, breakdown={"victim_gender": "male"}),
    ]
    ws.store.write_source(source_id="welsh-2020", file_name="welsh.csv", kind="published", reader="test",
                          observations=observations, revision_keys=["published:welsh-2020"] * len(observations),
                          releases={"welsh-2020": "2020-09-01"})
    return ws


def _csv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _wide(folder, name="child_sexual_offences"):
    rows = _csv(folder / f"{name}.csv")
    return rows[0], {row[1]: dict(zip(rows[0], row)) for row in rows[1:]}


def test_small_numbers_are_hidden_with_the_cell_that_would_give_them_away(welsh, tmp_path):
    result = welsh.publish(out=tmp_path / "out")
    folder = tmp_path / "out" / "welsh-2020"
    header, rows = _wide(folder)
    assert header == ["Area", "Area id", "2018/19", "2019/20", "Notes"]
    assert [r["Area id"] for r in rows.values()] == ["dyfed-powys", "gwent", "north-wales", "south-wales", "wales"]
    # 3 is hidden, and so is the next smallest force, else 158 - 40 - 90 - 25 gives it away
    assert [rows[a]["2018/19"] for a in rows] == ["[c]", "40", "[c]", "90", "158"]
    # the force withheld its figure; with it the Welsh total is not exact, so not given
    assert [rows[a]["2019/20"] for a in rows] == ["[c]", "38", "27", "101", "[x]"]
    (published,) = result.releases
    (protection,) = published.protections
    assert (protection.source, protection.primary, protection.secondary) == (1, 1, 1)
    audit = {(i.cell.area, i.cell.period.label): (i.lower, i.upper) for i in protection.intervals}
    assert audit[("dyfed-powys", "2018/19")] == (0, 28) and audit[("north-wales", "2018/19")] == (0, 28)
    assert audit[("dyfed-powys", "2019/20")] == (1, 4)
    # the chart says what the table says, and no more
    (chart,) = published.charts
    assert [p.name for p in chart.files] == ["child_sexual_offences_wales.svg", "child_sexual_offences_wales.png"]
    assert "Dyfed-Powys suppressed in 2018/19 and suppressed (1 to 4) in 2019/20" in chart.alt_text
    assert "North Wales suppressed in 2018/19 and 27 in 2019/20" in chart.alt_text
    assert "25" not in chart.alt_text and "3 " not in chart.alt_text
    svg = chart.files[0].read_text()
    assert ">25<" not in svg and ">3<" not in svg and ">suppressed<" in svg
    # the gender split of Gwent's 38
    rows = _csv(folder / "child_sexual_offences_by_victim_gender.csv")
    assert rows[0][:4] == ["Area", "Area id", "Group", "2018/19"]
    assert [r[2:5] for r in rows[1:]] == [["female", "[x]", "30"], ["male", "[x]", "8"]]


def test_a_force_suppression_stays_whatever_the_rule(welsh, tmp_path):
    welsh.publish(out=tmp_path / "out", rule="none")
    _, rows = _wide(tmp_path / "out" / "welsh-2020")
    assert rows["dyfed-powys"]["2018/19"] == "3" and rows["north-wales"]["2018/19"] == "25"
    assert rows["dyfed-powys"]["2019/20"] == "[c]"


def test_without_secondary_suppression_the_audit_stops_the_publish(welsh, tmp_path):
    with pytest.raises(DisclosureError, match=r"welsh-2020: 1 hidden figure can be worked out.*dyfed-powys 2018/19 all, 3 to 3.*nothing was published"):
        welsh.publish(out=tmp_path / "out", secondary=False)
    assert not (tmp_path / "out").exists()


def test_a_formula_in_a_force_note_comes_out_inert(welsh, tmp_path):
    welsh.publish(out=tmp_path / "out")
    folder = tmp_path / "out" / "welsh-2020"
    notes = {row[1] for row in _csv(folder / "notes.csv")[1:]}
    assert "'" + FORMULA_NOTE in notes and FORMULA_NOTE not in notes
    book = openpyxl.load_workbook(folder / "welsh-2020.xlsx")
    texts = [c.value for row in book["Notes"].iter_rows() for c in row]
    assert "'" + FORMULA_NOTE in texts
    assert not [c for ws in book for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith(("=", "+", "@"))]


def test_the_package_validates_and_carries_the_audit(welsh, tmp_path):
    welsh.publish(out=tmp_path / "out")
    folder = tmp_path / "out" / "welsh-2020"
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((folder / "datapackage.json").read_text())
    (control,) = package["foistats"]["disclosure_control"]
    assert control["rule"] == "k=5" and control["cells"] == 11 and control["primary"] == 1
    assert {"area": "dyfed-powys", "period": "2018/19", "breakdown": "", "lower": 0, "upper": 28} in control["audit"]
    figures = {f["name"]: f for f in package["resources"][-2]["schema"]["fields"]}
    assert figures["status"]["constraints"]["enum"] == [
        "reported", "low_reliability", "confidential", "not_available", "not_applicable"]
    assert package["resources"][-2]["schema"]["missingValues"] == ["[c]", "[x]", "[z]"]


def test_the_demo_publishes_packages_that_validate_and_workbooks_of_numbers(demo_ws, tmp_path):
    result = demo_ws.publish(out=tmp_path / "out")
    assert {p.release for p in result.releases} == set(demo_ws.releases())
    for published in result.releases:
        report = validate(str(published.folder / "datapackage.json"))
        assert report.valid, (published.release, report.flatten(["rowNumber", "fieldName", "type", "note"]))
        # a number or a symbol in every numeric column: never a blank
        package = json.loads((published.folder / "datapackage.json").read_text())
        for resource in package["resources"]:
            numeric = [f["name"] for f in resource["schema"]["fields"] if f["type"] in ("integer", "number")]
            with (published.folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            assert all(row[name] != "" for row in rows for name in numeric), resource["path"]
    folder = tmp_path / "out" / "nspcc-online-2019"
    book = openpyxl.load_workbook(folder / "nspcc-online-2019.xlsx")
    assert book.sheetnames[:3] == ["Cover", "Contents", "Notes"]
    table = book["Table_1"]
    assert not table.merged_cells.ranges
    header = [c.value for c in table[1]]
    assert header == ["Area", "Area id", "2015/16", "2016/17", "2017/18", "2018/19", "Notes"]
    rows = {row[1]: dict(zip(header, row)) for row in table.iter_rows(min_row=2, values_only=True)}
    assert rows["gwent"]["2018/19"] == 229 and isinstance(rows["gwent"]["2018/19"], int)
    assert rows["wales"]["2018/19"] == 576
    assert rows["dyfed-powys"]["2018/19"] == "[x]"


def test_the_cli_prints_what_was_hidden_and_the_audit(demo_ws, tmp_path, run_cli):
    code, out, err = run_cli("publish", "-w", demo_ws.folder, "--out", tmp_path / "out", "--release",
                             "nspcc-online-2019", "--rule", "dfe")
    assert code == 0, err
    assert "Rule dfe; 1 releases" in out
    assert "nspcc-online-2019 online_child_sexual_offences: 6 figures; hidden 0" in out
    assert "chart online_child_sexual_offences_wales: Bar chart of online sexual offences" in out
    assert (tmp_path / "out" / "nspcc-online-2019" / "datapackage.json").exists()
    code, _, err = run_cli("publish", "-w", demo_ws.folder, "--release", "no-such-release")
    assert code == 1 and "--release no-such-release: no counts to publish" in err and "nspcc-online-2019" in err
