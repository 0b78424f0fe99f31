"""Facts of the demo workspace, against expectations written from the published figures
themselves (shared/sample/published_figures.csv), never computed by the code under test."""

import json

import pytest


def one(facts):
    assert len(facts) == 1, [f.formula for f in facts]
    return facts[0]


def computed(facts):
    return [f for f in facts if not f.detail.get("published")]


def test_gwent_online_fell_by_101_or_44_1_per_cent_agreeing_with_the_published_44(demo_ws):
    changes = demo_ws.facts(area="Gwent", measure="online_child_sexual_offences", kind="change",
                            period="2019/20", base_period="2018/19")
    absolute = one([f for f in changes if f.unit == "offences"])
    percent = one([f for f in computed(changes) if f.unit == "percent_change"])
    published = one([f for f in changes if f.detail.get("published")])
    assert absolute.value == -101  # 128 - 229
    assert round(percent.value, 1) == -44.1  # (128 - 229) / 229
    assert percent.formula == "128 in 2019/20 against 229 in 2018/19: (128 − 229) / 229 = −44.1%"
    assert published.value == -44 and "agrees" in published.formula and not published.caveat("conflict")
    assert percent.id in published.inputs


def test_wales_online_total_for_2018_19_names_dyfed_powys_and_agrees_with_the_published_576(demo_ws):
    total = one(demo_ws.facts(area="wales", measure="online_child_sexual_offences", kind="total", period="2018/19"))
    assert total.value == 576  # 229 + 214 + 133
    assert total.formula.startswith("229 (Gwent Police) + 133 (North Wales Police) + 214 (South Wales Police) = 576")
    assert "agrees with the published 576" in total.formula
    missing = total.caveat("missing_areas")
    assert missing.areas == ("dyfed-powys",) and "Dyfed-Powys Police did not respond" in missing.text
    assert total.lower == 576 and total.upper is None  # a lower bound: one force is missing
    assert not total.caveat("conflict")


def test_gwent_highest_of_the_three_welsh_forces_that_answered(demo_ws):
    rank = one([f for f in demo_ws.facts(area="gwent", kind="rank", period="2018/19",
                                         measure="online_child_sexual_offences")
                if f.detail["group"] == "wales"])
    assert rank.value == 1
    assert rank.detail["ranked"] == 3 and rank.detail["forces_in_group"] == 4
    assert rank.caveat("incomplete_peers").areas == ("dyfed-powys",)
    assert "ranked among the 3 forces in Wales that gave a figure" in rank.caveat("incomplete_peers").text
    lowest = one(demo_ws.facts(area="north-wales", kind="rank", period="2018/19",
                               measure="online_child_sexual_offences"))
    assert lowest.detail["from_bottom"] == 1


def test_wales_online_against_2015_16_and_2017_18(demo_ws):
    ratio = one(demo_ws.facts(area="wales", measure="online_child_sexual_offences", kind="ratio",
                              period="2018/19", base_period="2015/16"))
    assert round(ratio.value, 2) == 2.23  # 576 / 258
    changes = demo_ws.facts(area="wales", measure="online_child_sexual_offences", kind="change",
                            period="2018/19", base_period="2017/18")
    assert sorted(round(f.value, 1) for f in changes) == [25.8, 118]  # 576 - 458; 118 / 458
    assert all(f.caveat("missing_areas").areas == ("dyfed-powys",) for f in changes)


def test_implied_values(demo_ws):
    gwent = one(demo_ws.facts(area="gwent", measure="child_sexual_offences", kind="implied", period="2015/16"))
    assert (gwent.value, gwent.lower, gwent.upper) == (None, 282, 284)  # 314 / 1.115 .. 314 / 1.105
    assert gwent.caveat("implied")
    images = one(demo_ws.facts(area="wales", measure="indecent_images_possession", kind="implied", period="2014"))
    assert images.value == 382  # 1,321 - 201 - 738
    daily = one(demo_ws.facts(area="wales", measure="child_sexual_offences", kind="implied", period="2016/17"))
    assert (daily.lower, daily.upper) == (3103, 3467)  # 8.5 x 365 = 3,102.5 .. 9.5 x 365 = 3,467.5


def test_victims_under_12_are_at_most_16_2_per_cent_of_sexual_communication_offences(demo_ws):
    share = one(demo_ws.facts(area="uk", measure="sexual_communication_with_child", kind="share",
                              breakdown="victim_age_max=11"))
    assert share.value is None and share.lower is None
    assert round(share.upper, 1) == 16.2  # 5,500 / 34,000
    assert share.caveat("approximate") or share.caveat("bound")


def test_wales_images_total_says_gwent_gave_2015_only(demo_ws):
    total = one(demo_ws.facts(area="wales", measure="indecent_images_possession", kind="total", period="2013 to 2015"))
    assert total.value == 1321  # 480 + 412 + 320 + 109
    partial = total.caveat("partial_period")
    assert partial.areas == ("gwent",) and partial.text == "Gwent Police gave figures for 2015 only"


def test_no_change_across_years_that_cover_different_forces(demo_ws):
    """Wales 2013 (201) leaves out Gwent, which does not hold it; Wales 2015 (738) includes Gwent."""
    assert demo_ws.facts(area="wales", measure="indecent_images_possession", kind="change", period="2015") == []
    reasons = [n.reason for n in demo_ws.why_not(area="wales", kind="change", period="2015", base_period="2013")]
    assert any("do not cover the same forces" in r and "gwent" in r for r in reasons)
    gwent = demo_ws.why_not(area="gwent", kind="change", period="2015", base_period="2013")
    assert [n.reason for n in gwent] == ["Gwent Police does not hold the figure for 2013"]


def test_a_rate_needs_a_population_table(demo_ws):
    assert demo_ws.facts(kind="rate") == []
    assert {n.reason for n in demo_ws.why_not(kind="rate", area="gwent")} == {
        "the workspace has no population table (population.csv)"}
    (demo_ws.folder / "population.csv").write_text("area,year,population_0_17,source\nGwent,2019,100000,test\n")
    rate = one(demo_ws.facts(kind="rate", area="gwent", period="2019/20"))
    assert round(rate.value, 1) == 12.8  # 128 / 100,000 x 10,000
    assert rate.unit == "offences_per_10000_children"


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
