"""Story charts: the area's series against its peers, from the Facts, rendered offline.

Expected figures are the published ones (issue 4, DOMAIN.md): in the 2019 online release
Gwent 229, South Wales 214 and North Wales 133 in 2018/19, Dyfed-Powys did not respond;
in the 2020 release Gwent 128 in 2019/20.
"""

import altair as alt
import pytest

import foistats
from foistats.analysis.fact import Caveat, Fact
from foistats.model import Breakdown
from foistats.narrative.chart import story_chart
from foistats.periods import Period

ONLINE = "online_child_sexual_offences"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    workspace, _ = foistats.demo(tmp_path_factory.mktemp("chart") / "demo")
    return workspace


@pytest.fixture(scope="module")
def gwent_2019(demo):
    return story_chart(demo.facts(release="nspcc-online-2019"), release="nspcc-online-2019", area="Gwent",
                       measure=ONLINE, published=demo.releases())


def rows(chart):
    return {(r["area"], r["period"]): r for r in chart.spec["datasets"]["figures"]}


def walk(node):
    """Every dict inside a spec."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def test_bars_start_at_zero(gwent_2019):
    bars = [n for n in walk(gwent_2019.spec) if n.get("mark", {}).get("type") == "bar"]
    assert bars
    for bar in bars:
        x = bar["encoding"]["x"]
        assert x["type"] == "quantitative"
        assert x["scale"]["zero"] is True and x["scale"]["domainMin"] == 0


def test_gwent_values_come_from_the_facts(demo, gwent_2019):
    got = rows(gwent_2019)
    assert got["Gwent", "2018/19"]["bar"] == 229
    assert got["South Wales", "2018/19"]["bar"] == 214
    assert got["North Wales", "2018/19"]["bar"] == 133
    assert got["Gwent", "2018/19"]["label"] == "229"
    gwent_counts = demo.facts(release="nspcc-online-2019", area="gwent", measure=ONLINE, kind="count")
    assert gwent_counts and {f.id for f in gwent_counts} <= set(gwent_2019.fact_ids)


def test_the_story_area_is_highlighted(gwent_2019):
    highlighted = {area for (area, _), r in rows(gwent_2019).items() if r["highlight"]}
    assert highlighted == {"Gwent"}
    colours = [n["color"] for n in walk(gwent_2019.spec) if "color" in n and isinstance(n["color"], dict)
               and "condition" in n["color"]]
    assert colours and colours[0]["condition"]["test"] == "datum.highlight"


def test_a_missing_force_is_never_a_zero_bar(gwent_2019):
    dyfed = rows(gwent_2019)["Dyfed-Powys", "2018/19"]
    assert dyfed["bar"] is None and dyfed["label"] == "no figure"
    subtitle = " ".join(gwent_2019.spec["title"]["subtitle"])
    assert "Dyfed-Powys Police did not respond" in subtitle


def test_title_and_source_line(gwent_2019):
    assert gwent_2019.spec["title"]["text"] == "Online sexual offences against children"
    source = gwent_2019.spec["datasets"]["source"][0]["line"]
    assert "nspcc-online-2019" in source and "2019" in source


def test_alt_text_is_one_sentence_of_the_figures(gwent_2019):
    text = gwent_2019.alt_text
    assert text.endswith(".") and ". " not in text
    assert "Gwent" in text and "Dyfed-Powys" in text
    for figure in ("229", "214", "133"):
        assert figure in text


def test_the_spec_is_valid_vega_lite_and_fetches_nothing(gwent_2019):
    alt.VConcatChart.from_dict(gwent_2019.spec, validate=True)
    assert not any("url" in node for node in walk(gwent_2019.spec))


def test_a_change_brings_its_base_year_when_all_facts_are_given(demo):
    own = story_chart(demo.facts(release="nspcc-online-2020"), release="nspcc-online-2020", area="gwent",
                      measure=ONLINE)
    assert {k: r["bar"] for k, r in rows(own).items() if r["bar"] is not None} == {("Gwent", "2019/20"): 128}
    full = story_chart(demo.facts(), release="nspcc-online-2020", area="gwent", measure=ONLINE,
                       published=demo.releases())
    got = rows(full)
    assert got["Gwent", "2018/19"]["bar"] == 229 and got["Gwent", "2019/20"]["bar"] == 128
    assert "229 in 2018/19" in full.alt_text and "128 in 2019/20" in full.alt_text
    assert "nspcc-online-2019" in full.spec["datasets"]["source"][0]["line"]


def test_a_nation_story_charts_the_nation_and_its_forces(demo):
    chart = story_chart(demo.facts(release="nspcc-online-2019"), release="nspcc-online-2019", area="wales",
                        measure=ONLINE)
    got = rows(chart)
    assert got["Wales", "2018/19"]["bar"] == 576 and got["Wales", "2015/16"]["bar"] == 258
    assert got["Wales", "2018/19"]["highlight"] and not got["Gwent", "2018/19"]["highlight"]
    assert got["Gwent", "2015/16"]["bar"] is None


def test_save_writes_real_png_and_svg(gwent_2019, tmp_path):
    paths = gwent_2019.save(tmp_path / "charts" / "gwent")
    assert [p.name for p in paths] == ["gwent.svg", "gwent.png"]
    assert paths[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = paths[0].read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and "Gwent" in svg and "229" in svg


def test_an_area_with_no_figure_has_no_chart(demo):
    facts = demo.facts(release="nspcc-online-2019")
    assert story_chart(facts, release="nspcc-online-2019", area="Dyfed-Powys", measure=ONLINE) is None
    assert story_chart(facts, release="nspcc-online-2019", area="Gwent", measure="grooming") is None
    assert story_chart(facts, release="no-such-release", area="Gwent", measure=ONLINE) is None


def count(area, value=None, *, lower=None, upper=None, qualifier=None, caveats=()):
    return Fact(id=f"fact-{area}", kind="count", release="r", measure="m", area=area,
                period=Period.financial_year(2022), base_period=None, breakdown=Breakdown({}), value=value,
                lower=lower, upper=upper, unit="offences", qualifier=qualifier, formula="", inputs=(),
                caveats=tuple(caveats))


def test_suppressed_and_qualified_counts_are_shown_as_published():
    facts = [
        count("gwent", 12.0, qualifier="exact"),
        count("south-wales", None, lower=1.0, upper=4.0,
              caveats=[Caveat("suppressed", "South Wales Police withheld this small number", ("south-wales",))]),
        count("north-wales", None, upper=2000.0, qualifier="almost"),
        count("dyfed-powys", None, upper=5.0, qualifier="under"),
    ]
    chart = story_chart(facts, release="r", area="gwent", measure="m")
    got = {area: (r["bar"], r["label"]) for (area, _), r in rows(chart).items()}
    assert got == {
        "Gwent": (12.0, "12"),
        "South Wales": (None, "suppressed (1 to 4)"),
        "North Wales": (2000.0, "almost 2,000"),
        "Dyfed-Powys": (None, "under 5"),
    }
    assert "suppressed (1 to 4)" in chart.alt_text and "almost 2,000" in chart.alt_text
    assert set(chart.fact_ids) == {f.id for f in facts}
    assert "2022/23" in chart.alt_text


def test_counts_that_disagree_are_not_drawn():
    facts = [count("gwent", 12.0), count("gwent", 13.0)]
    facts[1] = Fact(**{**facts[1].__dict__, "id": "fact-gwent-2"})
    chart = story_chart(facts, release="r", area="gwent", measure="m")
    assert rows(chart)["Gwent", "2022/23"]["bar"] is None
    assert rows(chart)["Gwent", "2022/23"]["label"] == "figures disagree"
