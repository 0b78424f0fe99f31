import pytest

from foistats.errors import ValidationError
from foistats.model import Breakdown, Observation, Status
from foistats.periods import parse_period

FY = parse_period("2019/20")


def obs(**kw):
    base = dict(measure="online_child_sexual_offences", area="Gwent", period=FY, value=128, unit="offences")
    return Observation(**{**base, **kw})


def test_a_reported_figure_needs_a_value():
    assert obs().area == "gwent"
    with pytest.raises(ValidationError, match="needs a value"):
        obs(value=None)


def test_suppressed_carries_bounds_not_a_value():
    cell = obs(status="suppressed", value=None, lower=1, upper=4)
    assert cell.status is Status.SUPPRESSED and (cell.lower, cell.upper) == (1, 4)
    with pytest.raises(ValidationError, match="no value"):
        obs(status="suppressed", value=3)
    with pytest.raises(ValidationError, match="above upper"):
        obs(status="suppressed", value=None, lower=5, upper=4)


@pytest.mark.parametrize("status", ["not_held", "exempt", "no_response", "not_in_force"])
def test_other_statuses_carry_no_value(status):
    assert obs(status=status, value=None).value is None
    with pytest.raises(ValidationError, match="never 0"):
        obs(status=status, value=0)


@pytest.mark.parametrize(
    "unit, value, why",
    [("offences", -1, "negative"), ("offences", 2.5, "whole number"), ("percent", 101, "0 to 100"),
     ("percent_change", -101, "more than 100"), ("Offences", 1, "lowercase"), ("offences_per_day", -1, "negative")],
)
def test_units_are_checked_for_sense(unit, value, why):
    with pytest.raises(ValidationError, match=why):
        obs(unit=unit, value=value, base_period=parse_period("2018/19") if unit == "percent_change" else None)


def test_breakdown_vocabulary_and_canonical_form():
    b = Breakdown.parse("victim_gender=Female;victim_age_max=11")
    assert str(b) == "victim_age_max=11;victim_age_min=0;victim_gender=female"
    assert b == {"victim_age_min": 0, "victim_age_max": 11, "victim_gender": "female"}
    assert b.to_json() == {"victim_age_max": 11, "victim_age_min": 0, "victim_gender": "female"}
    assert Breakdown.parse("") == Breakdown() and len(Breakdown()) == 0
    assert str(Breakdown(offence_code="071/17")) == "offence_code=71/17"
    # an unknown age is the same for suspects as for victims ("as for victims", ARCHITECTURE.md)
    assert Breakdown(suspect_age_known="False").to_json() == {"suspect_age_known": False}
    for bad, why in [("colour=red", "not in the vocabulary"), ("victim_age_max=old", "whole age"),
                     ("online_flag=maybe", "true or false"), ("victim_age_min=12;victim_age_max=11", "above"),
                     ("victim_gender", "key=value"), ("platform=a;platform=b", "twice"),
                     ("suspect_age_known=true", "only ever false")]:
        with pytest.raises(ValidationError, match=why):
            Breakdown.parse(bad)


def test_a_published_change_names_both_periods():
    change = obs(unit="percent_change", value=-44, base_period=parse_period("2018/19"))
    assert change.period_label == "2019/20 vs 2018/19"
    with pytest.raises(ValidationError, match="compared with"):
        obs(unit="percent_change", value=-44)


def test_ids_are_stable_and_distinct():
    assert obs().id == obs().id
    assert obs().id != obs(area="south-wales").id
