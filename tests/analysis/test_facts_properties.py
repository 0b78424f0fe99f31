"""Properties of Facts over random observations: totals always bound the true sum, and no
change is ever made across periods that are not comparable."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import foistats
from foistats.areas import forces_in
from foistats.model import Observation
from foistats.periods import Period

WELSH = [a.id for a in forces_in("wales")]
FY = Period.financial_year(2019)


def write(ws, observations):
    ws.store.write_source(
        source_id=f"test-{id(observations)}", file_name="generated", kind="published", reader="test",
        observations=observations, revision_keys=["published:generated"] * len(observations),
        releases={"generated": "2020"},
    )


@st.composite
def force_figures(draw):
    """Each Welsh force: a true count, shown as it is, suppressed (with or without a stated
    range holding the truth), or not given at all."""
    figures = []
    for force in WELSH:
        truth = draw(st.integers(0, 500))
        shown = draw(st.sampled_from(["reported", "suppressed_with_range", "suppressed", "no_response"]))
        if shown == "suppressed_with_range":
            low = draw(st.integers(0, truth))
            high = draw(st.integers(truth, truth + 10))
            figures.append((force, truth, Observation(measure="m", area=force, period=FY, value=None, unit="offences",
                                                      status="suppressed", lower=low, upper=high, release="generated")))
        elif shown == "suppressed":
            figures.append((force, truth, Observation(measure="m", area=force, period=FY, value=None, unit="offences",
                                                      status="suppressed", release="generated")))
        elif shown == "no_response":
            figures.append((force, truth, Observation(measure="m", area=force, period=FY, value=None, unit="offences",
                                                      status="no_response", release="generated")))
        else:
            figures.append((force, truth, Observation(measure="m", area=force, period=FY, value=truth,
                                                      unit="offences", release="generated")))
    return figures


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(force_figures())
def test_totals_always_bound_the_true_sum(figures):
    true_sum = sum(truth for _, truth, _ in figures)
    given_any = [obs for _, _, obs in figures if obs.status.value in ("reported", "suppressed")]
    with tempfile.TemporaryDirectory() as folder:
        ws = foistats.init(Path(folder) / "ws")
        write(ws, [obs for _, _, obs in figures])
        totals = ws.facts(kind="total", area="wales")
        if not given_any:
            assert totals == []  # no force gave a figure: there is nothing to add up
            return
        (total,) = totals
        if total.value is not None and total.lower is None:
            assert total.value == true_sum
        else:
            assert total.lower is not None and total.lower <= true_sum
            assert total.upper is None or true_sum <= total.upper
        if any(obs.status.value == "no_response" for _, _, obs in figures):
            assert total.caveat("missing_areas") and total.upper is None


PERIODS = st.sampled_from(
    [Period.financial_year(y) for y in range(2014, 2020)]
    + [Period.calendar_year(y) for y in range(2014, 2020)]
    + [Period(Period.calendar_year(2013).start, Period.calendar_year(2015).end),
       Period(Period.financial_year(2016).start, Period.financial_year(2018).end),
       Period(Period.financial_year(2017).start, Period.financial_year(2017).end.replace(month=9, day=30))]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(PERIODS, st.integers(1, 1000), min_size=2, max_size=8),
       st.sampled_from(["m", "sexual_communication_with_child"]))
def test_no_change_is_made_across_non_comparable_periods(series, measure):
    with tempfile.TemporaryDirectory() as folder:
        ws = foistats.init(Path(folder) / "ws")
        write(ws, [Observation(measure=measure, area="gwent", period=p, value=v, unit="offences", release="generated")
                   for p, v in series.items()])
        for fact in ws.facts(kind=["change", "ratio"]):
            period, base = fact.period, fact.base_period
            assert period.kind == base.kind
            assert abs(period.days - base.days) <= 3  # the same length, but for leap days
            assert base.end < period.start
            assert series[period] is not None and series[base] is not None
            if measure == "sexual_communication_with_child":
                assert base.end.isoformat() >= "2017-04-03"  # in force in both


def test_comparable_change_covers_only_forces_that_answered_both_years(tmp_path):
    ws = foistats.init(tmp_path / "ws")
    before, after = Period.financial_year(2018), Period.financial_year(2019)
    figures = {"gwent": (100, 120), "south-wales": (200, 150), "north-wales": (50, None), "dyfed-powys": (None, 80)}
    observations = []
    for force, (old, new) in figures.items():
        for period, value in ((before, old), (after, new)):
            status = "reported" if value is not None else "no_response"
            observations.append(Observation(measure="m", area=force, period=period, value=value, unit="offences",
                                            status=status, release="generated"))
    write(ws, observations)
    change = [f for f in ws.facts(kind="comparable_change", area="wales") if f.unit == "percent_change"]
    assert len(change) == 1
    assert round(change[0].value, 1) == -10.0  # (120 + 150) against (100 + 200): -30 / 300
    assert change[0].detail == {"forces": 2, "forces_in_area": 4}
    assert "the 2 of the 4 forces in Wales that gave figures for both 2019/20 and 2018/19" in change[0].formula


def test_a_workspace_with_no_figures_has_no_facts(tmp_path):
    ws = foistats.init(tmp_path / "empty")
    assert ws.facts() == [] and ws.why_not() == []
