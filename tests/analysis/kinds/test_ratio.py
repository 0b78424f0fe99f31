"""Ratio Facts of the demo workspace, against the published figures themselves."""

from . import one


def test_wales_online_2018_19_against_2015_16(demo_ws):
    ratio = one(demo_ws.facts(area="wales", measure="online_child_sexual_offences", kind="ratio",
                              period="2018/19", base_period="2015/16"))
    assert round(ratio.value, 2) == 2.23  # 576 / 258
