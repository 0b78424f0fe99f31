"""Police recorded crime open data tables: recognised by their headers, streamed into the
store, national fraud bodies kept apart from the forces."""

from __future__ import annotations

import csv
import json

import pytest

import foistats
from foistats.areas import all_areas, national_body, resolve_area
from foistats.errors import AreaError, InputError

from ..conftest import shared_path

REAL = ("fixtures", "prc", "prc-pfa-2017-18.csv")
HOME_OFFICE_HEADER = ["Financial Year", "Financial Quarter", "Force Name", "Offence Description", "Offence Group",
                      "Offence Subgroup", "Offence Code", "Number of Offences"]


def home_office_form(source, dest) -> None:
    """The real table as the Home Office writes it: spaces in the header names, no index
    column and no Policeuk_Cat."""
    with open(source, newline="") as f, open(dest, "w", newline="") as out:
        reader = csv.DictReader(f)
        writer = csv.writer(out)
        writer.writerow(HOME_OFFICE_HEADER)
        for row in reader:
            writer.writerow([row[h.replace(" ", "_")] for h in HOME_OFFICE_HEADER])


def table(path, rows, header=("Financial Year", "Financial Quarter", "Force Name", "Offence Code",
                              "Number of Offences")):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def real_ws(tmp_path_factory):
    ws = foistats.init(tmp_path_factory.mktemp("prc") / "ws")
    result = ws.ingest(shared_path(*REAL))
    return ws, result


def test_the_real_table_is_read_whole(real_ws):
    ws, result = real_ws
    # 23,068 rows; each force's homicide (1/4.1/4.10/4.2) comes in four rows a quarter, which
    # add up to one figure: 44 forces x 4 quarters x 3 rows fewer; and the 12 rows of the
    # three national fraud bodies (a row a quarter each) are filed apart
    assert (result.written, result.bodies) == (23_068 - 44 * 4 * 3 - 12, 12)
    assert "12 figures of national reporting bodies, which are not areas, kept apart" in result.describe()
    gwent_71 = {o.period.label: o.value for o in ws.observations(area="Gwent", measure="recorded_offences")
                if o.breakdown == {"offence_code": "71"}}
    # Gwent, code 71 in the file: quarters 1-4 give 0, 0, 1, 1 (a real 0 is a 0)
    assert gwent_71 == {"April 2017 to June 2017": 0, "July 2017 to September 2017": 0,
                        "October 2017 to December 2017": 1, "January 2018 to March 2018": 1}


def test_national_fraud_bodies_are_not_areas(real_ws):
    ws, _ = real_ws
    held = {o.area for o in ws.observations(measure="recorded_offences")}
    # every observation is a force's: the 43 territorial forces and British Transport Police
    assert len(held) == 44 and all(all_areas()[a].is_force for a in held)
    # the names the file gives its fraud bodies (UK Finance was Financial Fraud Action UK in
    # quarter 1) name national bodies, which are no area and never an unknown one
    for name in ("Action Fraud", "CIFAS", "UK Finance", "Financial Fraud Action UK"):
        assert national_body(name) is not None
        with pytest.raises(AreaError, match="a national reporting body, not an area"):
            resolve_area(name)
    assert not {"action-fraud", "cifas", "uk-finance"} & set(all_areas())
    # their rows are kept apart, where `foistats bodies` lists them
    listed = {b["id"]: (b["figures"], b["from"], b["to"]) for b in ws.national_bodies()}
    year = ("April 2017 to June 2017", "January 2018 to March 2018")
    assert listed == {"action-fraud": (4, *year), "cifas": (4, *year), "uk-finance": (4, *year)}
    fraud = {f["period"]: f["value"] for f in ws.national_body_figures("Action Fraud")}
    assert fraud["April 2017 to June 2017"] == 66776
    finance = ws.national_body_figures("uk-finance")
    assert [f["location"].split(",")[0] for f in finance] == ["Financial Fraud Action UK"] + ["UK Finance"] * 3


def test_the_home_office_header_form_gives_the_same_figures(real_ws, tmp_path):
    ws, _ = real_ws
    spaced = tmp_path / "prc-pfa-2017-18-home-office.csv"
    home_office_form(shared_path(*REAL), spaced)
    other = foistats.init(tmp_path / "other")
    other.ingest(spaced)
    figures = lambda w: sorted((o.area, o.period, str(o.breakdown), o.value)  # noqa: E731
                               for o in w.observations(measure="recorded_offences"))
    assert figures(other) == figures(ws)


def test_re_ingest_changes_nothing_and_a_revised_table_supersedes(tmp_path, ws):
    rows = [["2017/18", q, "Gwent", "71", n] for q, n in ((1, 0), (2, 0), (3, 1), (4, 1))]
    rows.append(["2017/18", 1, "Action Fraud", "AF", 50])
    first = ws.ingest(table(tmp_path / "a.csv", rows))
    assert (first.written, first.bodies) == (4, 1) and ws.ingest(tmp_path / "a.csv").already_present
    rows[3][4] = 3  # the Home Office revised quarter 4, and Action Fraud's quarter 1
    rows[4][4] = 55
    revised = ws.ingest(table(tmp_path / "b.csv", rows))
    assert revised.superseded == 4
    values = sorted(o.value for o in ws.observations(measure="recorded_offences"))
    assert values == [0, 0, 1, 3]
    assert [f["value"] for f in ws.national_body_figures()] == [55]
    before = ws.store.sources()[0].ingested_at
    assert [f["value"] for f in ws.national_body_figures("Action Fraud", as_of=before)] == [50]
    # another year's table is added beside, superseding nothing
    later = ws.ingest(table(tmp_path / "c.csv", [["2018/19", 1, "Gwent", "71", 2],
                                                 ["2018/19", 1, "CIFAS", "CIFAS", 7]]))
    assert later.superseded == 0 and len(ws.observations(measure="recorded_offences")) == 5
    assert sorted(f["value"] for f in ws.national_body_figures()) == [7, 55]
    # a revised 2017/18 without Action Fraud's row revises its figure away, as a force's would be
    ws.ingest(table(tmp_path / "d.csv", rows[:4]))
    assert [f["value"] for f in ws.national_body_figures()] == [7]


def test_csp_rows_add_up_to_their_force_and_extra_columns_are_ignored(tmp_path, ws):
    header = ("Index", "Financial_Year", "Financial_Quarter", "Force_Name", "CSP_Name", "Offence_Code",
              "Offence_Description", "Number_of_Offences", "Something_New")
    rows = [[i, "2017/18", 1, "West Midlands", csp, "88A", "Sexual grooming", n, "x"]
            for i, (csp, n) in enumerate((("Birmingham", " 7"), ("Coventry", 0), ("Dudley", -1),
                                          ("Solihull", "1,000")))]
    ws.ingest(table(tmp_path / "csp.csv", rows, header))
    (obs,) = ws.observations(measure="recorded_offences")
    # a bare "West Midlands" in a force column is the force, not the region; 7 + 0 - 1 + 1,000
    assert (obs.area, obs.value, obs.unit, obs.note) == ("west-midlands", 1006, "net_offences", "Sexual grooming")


@pytest.mark.parametrize("row, line, words", [
    (["2017/18", 5, "Gwent", "71", 1], 4, "quarter '5'"),
    (["2017-2018", 1, "Gwent", "71", 1], 4, "financial year '2017-2018'"),
    (["2017/18", 1, "Gwentshire", "71", 1], 4, "'Gwentshire' is not a known police force or national reporting body"),
    (["2017/18", 1, "Gwent", "71", "lots"], 4, "not a whole number"),
    (["2017/18", 1, "Gwent", "71", "1.5"], 4, "not a whole number"),
    (["2017/18", 1, "Gwent", "71", ""], 4, "blank"),
    (["2017/18", 1, "Gwent", "71", 1_000_000_001], 4, r"beyond what a figure can be \(1,000,000,000 at most\)"),
])
def test_a_bad_row_rejects_the_table_naming_its_line(tmp_path, ws, row, line, words):
    path = table(tmp_path / "bad.csv", [["2017/18", 1, "Gwent", "19D", 4], ["2017/18", 1, "Action Fraud", "AF", 9],
                                        row])
    with pytest.raises(InputError, match=rf"bad.csv line {line}: .*{words}"):
        ws.ingest(path)
    # nothing of the file is kept: neither a force's figure nor a national body's
    assert ws.observations() == [] and ws.national_body_figures() == []
    assert ws.failures()[0]["file_name"] == "bad.csv" and ws.store.sources() == []


def test_a_table_with_renamed_columns_of_other_years_is_recognised(tmp_path, ws):
    header = ("Financial Year", "Financial Quarter", "Police Force Area", "Offence Code", "Offence Count")
    ws.ingest(table(tmp_path / "renamed.csv", [["2022/23", 2, "Dyfed-Powys", "21", 9]], header))
    (obs,) = ws.observations()
    assert (obs.area, obs.period.label, obs.value) == ("dyfed-powys", "July 2022 to September 2022", 9)


def test_foistats_bodies_lists_the_national_bodies_and_their_figures(real_ws, run_cli):
    ws, _ = real_ws
    code, out, _ = run_cli("bodies", "--workspace", ws.folder, "--format", "json")
    assert code == 0 and {(b["id"], b["figures"]) for b in json.loads(out)} == {
        ("action-fraud", 4), ("cifas", 4), ("uk-finance", 4)}
    code, out, _ = run_cli("bodies", "cifas", "--workspace", ws.folder, "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 5 and "offence_code=CIFAS" in out
    # asked for as an area, a body is an error that says where its figures are
    code, _, err = run_cli("observations", "--workspace", ws.folder, "--area", "CIFAS")
    assert code != 0 and "a national reporting body, not an area" in err and "foistats bodies" in err


def test_spellings_of_one_force_code_or_quarter_are_one_figure(tmp_path, ws):
    rows = [["2017/18", 1, "Gwent", "88A", 2], ["2017/18", 1, "Gwent Police", "88A", 3],
            ["2017/18", 2, "Gwent Police", "88A", 4], ["2017/18", 1, "South Wales", "88A", 5],
            ["2017/18 ", " 1", "South Wales ", " 88A", 1]]
    result = ws.ingest(table(tmp_path / "t.csv", rows))
    figures = {(o.area, o.period.label): o.value for o in ws.observations()}
    # Gwent's quarter 1 is 2 + 3, under two names; South Wales's 5 + 1, once written with
    # spaces; Gwent's quarter 2 is one row
    assert result.written == 3 and figures == {("gwent", "April 2017 to June 2017"): 5,
                                               ("gwent", "July 2017 to September 2017"): 4,
                                               ("south-wales", "April 2017 to June 2017"): 6}
