"""The kinds of Fact run in two lanes side by side. Run one lane wholly before the other,
in either order, and the Facts are the same: no kind reads what the other lane makes."""

import pytest

from foistats.analysis.engine import lanes
from foistats.analysis.frame import build_frame
from foistats.areas import forces_in
from foistats.model import Observation
from foistats.periods import Period


def everything(con) -> tuple[list, list]:
    facts = con.execute("SELECT * REPLACE (CAST(detail AS VARCHAR) AS detail) FROM facts ORDER BY id, formula")
    return facts.fetchall(), con.execute("SELECT * FROM why_not ORDER BY ALL").fetchall()


@pytest.fixture
def welsh_ws(ws):
    """Every Welsh force's offences and online offences for three years, one figure
    withheld: exact totals and one range, changes, ratios, comparable changes, shares,
    ranks and daily averages of counts and of totals."""
    observations = []
    for n, force in enumerate(forces_in("wales")):
        for year in (2017, 2018, 2019):
            period = Period.financial_year(year)
            observations.append(Observation(measure="child_sexual_offences", area=force.id, period=period,
                                            value=300 + 40 * n + year % 10, unit="offences", release="welsh"))
            if (force.id, year) == ("gwent", 2017):
                observations.append(Observation(measure="online_child_sexual_offences", area=force.id, period=period,
                                                value=None, unit="offences", status="suppressed", lower=1, upper=4,
                                                release="welsh"))
            else:
                observations.append(Observation(measure="online_child_sexual_offences", area=force.id, period=period,
                                                value=30 + 5 * n + year % 10, unit="offences", release="welsh"))
    ws.store.write_source(source_id="welsh", file_name="welsh.csv", kind="published", reader="test",
                          observations=observations, revision_keys=["published:welsh"] * len(observations),
                          releases={"welsh": "2020"})
    return ws


@pytest.mark.parametrize("order", [(0, 1), (1, 0)], ids=["first lane first", "second lane first"])
def test_one_lane_after_the_other_gives_the_same_facts(welsh_ws, order):
    side_by_side = everything(welsh_ws.fact_set().con)
    con = build_frame(welsh_ws.store, extra=welsh_ws.request_gaps())
    made = lanes()
    for lane in order:
        for kind in made[lane]:
            kind.validate(con)
            kind.run(con)
    assert everything(con) == side_by_side
    kinds = {row[1] for row in side_by_side[0]}
    assert kinds == {"count", "total", "change", "ratio", "comparable_change", "share", "rank", "per_day"}
    daily_totals = con.execute("SELECT count(*) FROM facts WHERE kind = 'per_day' AND area = 'wales'").fetchone()[0]
    assert daily_totals > 0
