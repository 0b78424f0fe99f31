"""A total with a withheld part and a force that did not respond has a lower bound and no
upper bound, and says so in words without a placeholder for the missing upper bound."""

from foistats.model import Observation
from foistats.periods import Period

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
