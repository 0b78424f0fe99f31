"""Total Facts: of the demo workspace, against the published figures themselves; a total
with a withheld part and a force that did not respond has a lower bound and no upper bound,
and says so in words without a placeholder for the missing upper bound."""

from foistats.model import Observation
from foistats.periods import Period

from . import one

FY = Period.financial_year(2019)


def test_withheld_and_missing_parts_give_at_least_and_no_upper_bound(ws):
    observations = [
        Observation(measure="child_sexual_offences", area="gwent", period=FY, value=None, unit="offences",
                    status="suppressed", lower=1, upper=4, release="r"),
        Observation(measure="child_sexual_offences", area="south-wales", period=FY, value=200, unit="offences",
                    release="r"),
        Observation(measure="child_sexual_offences", area="north-wales", period=FY, value=100, unit="offences",
                    release="r"),
        Observation(measure="child_sexual_offences", area="dyfed-powys", period=FY, value=None, unit="offences",
                    status="no_response", release="r"),
    ]
    ws.store.write_source(source_id="r", file_name="r.csv", kind="published", reader="test",
                          observations=observations, revision_keys=["published:r"] * len(observations),
                          releases={"r": "2020"})
    [total] = ws.facts(kind=["total"], area=["wales"])
    assert (total.value, total.lower, total.upper) == (None, 301, None)
    assert total.formula == ("1 to 4 (Gwent Police) + 100 (North Wales Police) + 200 (South Wales Police)"
                             " = at least 301 offences in 2019/20")
    assert total.caveat("lower_bound").text == (
        "1 figure was withheld or given as a range, so the total is at least 301")
    assert "?" not in " ".join([total.formula, *(c.text for c in total.caveats)])


def test_wales_online_total_for_2018_19_names_dyfed_powys_and_agrees_with_the_published_576(demo_ws):
    total = one(demo_ws.facts(area="wales", measure="online_child_sexual_offences", kind="total", period="2018/19"))
    assert total.value == 576  # 229 + 214 + 133
    assert total.formula.startswith("229 (Gwent Police) + 133 (North Wales Police) + 214 (South Wales Police) = 576")
    assert "agrees with the published 576" in total.formula
    missing = total.caveat("missing_areas")
    assert missing.areas == ("dyfed-powys",) and "Dyfed-Powys Police did not respond" in missing.text
    assert total.lower == 576 and total.upper is None  # a lower bound: one force is missing
    assert not total.caveat("conflict")


def test_wales_images_total_says_gwent_gave_2015_only(demo_ws):
    total = one(demo_ws.facts(area="wales", measure="indecent_images_possession", kind="total", period="2013 to 2015"))
    assert total.value == 1321  # 480 + 412 + 320 + 109
    partial = total.caveat("partial_period")
    assert partial.areas == ("gwent",) and partial.text == "Gwent Police gave figures for 2015 only"
