"""child_sexual_offences from police recorded crime open data, and its reconciliation with
the figures forces gave in reply to FOI requests."""

from __future__ import annotations

import pytest

import foistats
from foistats.areas import all_areas

from ..conftest import shared_path
from ..ingest.test_prc import REAL, home_office_form, table

CHILD_CODES = ["19D", "19E", "19G", "19H", "17B", "20B", "21", "22B", "71", "73", "88A"]

# Worked by hand from prc-pfa-2017-18.csv: each child-specific code's four quarters, then
# their sum. A quarter's figure is net of offences cancelled in it, so can be -1.
BY_HAND = {
    "gwent": (
        # 19D: 17 + 18 + 13 + 21 = 69
        # 19E: 9 + 12 + 10 + 20 = 51
        # 19G: 2 + 3 + 1 + 5 = 11
        # 19H: 9 + 5 + 4 + 6 = 24
        # 17B: 12 + 12 + 13 + 6 = 43
        # 20B: 29 + 26 + 27 + 25 = 107
        #  21: 20 + 21 + 23 + 26 = 90
        # 22B: 26 + 23 + 46 + 43 = 138
        #  71: 0 + 0 + 1 + 1 = 2
        #  73: 0 + 0 + 1 + 0 = 1
        # 88A: 12 + 16 + 16 + 13 = 57
        69 + 51 + 11 + 24 + 43 + 107 + 90 + 138 + 2 + 1 + 57  # = 593 (23 gave 8 and 86 gave 223: not in it)
    ),
    "cleveland": (
        # 19D: 35 + 21 + 22 + 26 = 104;  19E: 16 + 10 + 14 + 17 = 57;  19G: 1 + 8 + -1 + 3 = 11
        # 19H: 8 + 8 + 9 + 9 = 34;  17B: 21 + 11 + 8 + 15 = 55;  20B: 45 + 39 + 26 + 35 = 145
        # 21: 25 + 15 + 15 + 28 = 83;  22B: 33 + 41 + 39 + 48 = 161;  71: 0 + 1 + 0 + 2 = 3
        # 73: 1 + 0 + 1 + 1 = 3;  88A: 20 + 31 + 18 + 29 = 98
        104 + 57 + 11 + 34 + 55 + 145 + 83 + 161 + 3 + 3 + 98  # = 754
    ),
    "btp": (
        # 19D: 0 + 1 + 3 + -1 = 3;  19E: 0;  19G: 2 + 0 + 0 + 0 = 2;  19H: 0 + 0 + 0 + 1 = 1
        # 17B: 1 + 3 + 5 + 3 = 12;  20B: 12 + 1 + 5 + 2 = 20;  21: 0 + 0 + 0 + 1 = 1
        # 22B: 4 + 2 + 1 + 5 = 12;  71: 0;  73: 0;  88A: 2 + 4 + 7 + 2 = 15
        3 + 0 + 2 + 1 + 12 + 20 + 1 + 12 + 0 + 0 + 15  # = 66
    ),
    "humberside": (
        # 19D: 43 + 34 + 11 + 44 = 132;  19E: 31 + 25 + 20 + 26 = 102;  19G: 5 + 3 + 8 + 5 = 21
        # 19H: 10 + 5 + 11 + 16 = 42;  17B: 22 + 11 + 12 + 17 = 62;  20B: 56 + 29 + 39 + 49 = 173
        # 21: 64 + 35 + 41 + 62 = 202;  22B: 113 + 88 + 82 + 92 = 375;  71: 24 + 2 + 1 + 4 = 31
        # 73: 2 + 1 + 2 + -1 = 4;  88A: 9 + 11 + 32 + 52 = 104
        132 + 102 + 21 + 42 + 62 + 173 + 202 + 375 + 31 + 4 + 104  # = 1,248
    ),
    "city-of-london": (
        # 19E: 0 + 1 + 0 + 1 = 2;  19H: 0 + 0 + 0 + 2 = 2;  88A: 1 + 0 + 0 + 1 = 2; every other code 0
        2 + 2 + 2  # = 6
    ),
}


@pytest.fixture(scope="module", params=["underscores", "home_office"])
def real_ws(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    path = shared_path(*REAL)
    if request.param == "home_office":
        home_office_form(path, folder / "prc.csv")
        path = folder / "prc.csv"
    ws = foistats.init(folder / "ws")
    ws.ingest(path)
    return ws


def test_child_sexual_offences_for_2017_18_equal_the_sums_by_hand(real_ws):
    for area, expected in BY_HAND.items():
        (count,) = real_ws.facts(kind="count", measure="child_sexual_offences", area=area)
        assert (count.period.label, count.value) == ("2017/18", expected), area
        assert len(count.inputs) == 11 * 4  # each code's four quarters


def test_its_formula_names_the_codes_and_its_caveat_says_23_and_86_are_not_in_it(real_ws):
    (count,) = real_ws.facts(kind="count", measure="child_sexual_offences", area="gwent")
    assert "19D 69 + 19E 51 + 19G 11 + 19H 24 + 17B 43 + 20B 107 + 21 90 + 22B 138 + 71 2 + 73 1 + 88A 57" in count.formula
    text = count.caveat("definition").text
    assert "23 (incest or familial sexual offences) and 86 (obscene publications etc)" in text
    assert "not included" in text


def test_totals_and_ranks_work_on_it_and_fraud_bodies_have_none(real_ws):
    (wales,) = real_ws.facts(kind="total", measure="child_sexual_offences", area="wales")
    # Dyfed-Powys 471 + Gwent 593 + North Wales 1,711 + South Wales 1,260
    assert wales.value == 4035 and wales.caveat("definition") is not None
    ranks = real_ws.facts(kind="rank", measure="child_sexual_offences", area="gwent")
    assert {r.detail["group"]: r.value for r in ranks} == {"wales": 3, "england-and-wales": 38}
    # the national fraud bodies are not areas: their figures are kept apart, and no Fact is theirs
    assert len(real_ws.national_body_figures()) == 12
    assert {f.area for f in real_ws.facts()} <= set(all_areas())


def _quarters(area, year, counts):
    """One row per quarter and code: counts maps a code to its four quarters."""
    return [[year, q + 1, area, code, n] for code, quarters in counts.items() for q, n in enumerate(quarters)]


def test_only_whole_years_and_never_codes_23_or_86(tmp_path, ws):
    rows = (_quarters("Gwent", "2017/18", {"19D": [1, 2, 3, 4], "23": [50, 50, 50, 50], "86": [90, 0, 0, 0],
                                           "11A": [7, 7, 7, 7]})
            + _quarters("Gwent", "2018/19", {"19D": [5, 5, 5, 0]})[:3])  # 2018/19 has three quarters so far
    ws.ingest(table(tmp_path / "t.csv", rows))
    (count,) = ws.facts(kind="count", measure="child_sexual_offences")
    # 1 + 2 + 3 + 4: 23, 86 (partly child) and 11A (not a sexual offence) are not in it
    assert (count.period.label, count.value) == ("2017/18", 10)


def test_changes_and_stories_work_on_it(tmp_path, ws):
    rows = []
    for year, gwent, south in (("2016/17", [1, 1, 1, 1], [2, 2, 2, 2]), ("2017/18", [2, 2, 2, 2], [2, 2, 2, 3])):
        rows += _quarters("Gwent", year, {"22B": gwent, "88A": [0, 0, 0, 0]})
        rows += _quarters("South Wales", year, {"22B": south, "88A": [0, 0, 0, 1]})
    ws.ingest(table(tmp_path / "t.csv", rows))
    # Gwent: 4 in 2016/17, 8 in 2017/18
    changes = {f.unit: f.value for f in ws.facts(kind="change", measure="child_sexual_offences", area="gwent")}
    assert changes == {"offences": 4, "percent_change": 100}
    result = ws.stories(area="gwent", out=tmp_path / "out", charts=False, format="md")
    assert not result.refused
    (story,) = [p for w in result.written if w.area == "gwent" for p in w.paths if p.suffix == ".md"]
    assert "eight sexual offences against children in 2017/18" in story.read_text()


def test_reconcile_compares_a_reply_with_the_open_data(tmp_path, ws, run_cli):
    table(tmp_path / "prc.csv", _quarters("Gwent", "2017/18", {"19D": [10, 10, 10, 10], "88A": [5, 5, 5, 5]}))
    (tmp_path / "pub.csv").write_text(
        "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
        "nspcc-2018,2018-09,child_sexual_offences,Gwent,2017/18,,72,offences,,,\n")
    ws.ingest(tmp_path / "prc.csv")
    assert not ws.facts(kind="reconcile")  # nothing to reconcile yet
    ws.ingest(tmp_path / "pub.csv")
    (fact,) = ws.facts(kind="reconcile")
    # the reply's 72 against the open data's 40 + 20 = 60: 12 more, +20 per cent
    assert (fact.value, fact.detail["open_data"], fact.detail["percent"]) == (12, 60, 20)
    text = fact.caveat("reconcile").text
    assert "12 more than the open data's for 2017/18 (+20.0%)" in text and "revised" in text and "23" in text
    code, out, _ = run_cli("reconcile", "--workspace", ws.folder, "--format", "csv")
    assert code == 0 and "Gwent Police,child_sexual_offences,2017/18,72" in out
