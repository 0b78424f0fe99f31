"""Share Facts of the demo workspace, against the published figures themselves."""

from . import one


def test_victims_under_12_are_at_most_16_2_per_cent_of_sexual_communication_offences(demo_ws):
    share = one(demo_ws.facts(area="uk", measure="sexual_communication_with_child", kind="share",
                              breakdown="victim_age_max=11"))
    assert share.value is None and share.lower is None
    assert round(share.upper, 1) == 16.2  # 5,500 / 34,000
    assert share.caveat("approximate") or share.caveat("bound")
