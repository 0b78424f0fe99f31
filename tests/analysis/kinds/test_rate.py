"""Rate Facts (per 10,000 children) of the demo workspace, against the published figures themselves."""

from . import one


def test_a_rate_needs_a_population_table(demo_ws):
    assert demo_ws.facts(kind="rate") == []
    assert {n.reason for n in demo_ws.why_not(kind="rate", area="gwent")} == {
        "the workspace has no population table (population.csv)"}
    (demo_ws.folder / "population.csv").write_text("area,year,population_0_17,source\nGwent,2019,100000,test\n")
    rate = one(demo_ws.facts(kind="rate", area="gwent", period="2019/20"))
    assert round(rate.value, 1) == 12.8  # 128 / 100,000 x 10,000
    assert rate.unit == "offences_per_10000_children"
