"""Change Facts (absolute and per cent, computed and published) of the demo workspace,
against the published figures themselves."""

from . import computed, one


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


def test_wales_online_2018_19_against_2017_18(demo_ws):
    changes = demo_ws.facts(area="wales", measure="online_child_sexual_offences", kind="change",
                            period="2018/19", base_period="2017/18")
    assert sorted(round(f.value, 1) for f in changes) == [25.8, 118]  # 576 - 458; 118 / 458
    assert all(f.caveat("missing_areas").areas == ("dyfed-powys",) for f in changes)


def test_no_change_across_years_that_cover_different_forces(demo_ws):
    """Wales 2013 (201) leaves out Gwent, which does not hold it; Wales 2015 (738) includes Gwent."""
    assert demo_ws.facts(area="wales", measure="indecent_images_possession", kind="change", period="2015") == []
    reasons = [n.reason for n in demo_ws.why_not(area="wales", kind="change", period="2015", base_period="2013")]
    assert any("do not cover the same forces" in r and "gwent" in r for r in reasons)
    gwent = demo_ws.why_not(area="gwent", kind="change", period="2015", base_period="2013")
    assert [n.reason for n in gwent] == ["Gwent Police does not hold the figure for 2013"]
