"""Rank Facts of the demo workspace, against the published figures themselves."""

from . import one


def test_gwent_highest_of_the_three_welsh_forces_that_answered(demo_ws):
    rank = one([f for f in demo_ws.facts(area="gwent", kind="rank", period="2018/19",
                                         measure="online_child_sexual_offences")
                if f.detail["group"] == "wales"])
    assert rank.value == 1
    assert rank.detail["ranked"] == 3 and rank.detail["forces_in_group"] == 4
    assert rank.caveat("incomplete_peers").areas == ("dyfed-powys",)
    assert "ranked among the 3 forces in Wales that gave a figure" in rank.caveat("incomplete_peers").text
    lowest = one(demo_ws.facts(area="north-wales", kind="rank", period="2018/19",
                               measure="online_child_sexual_offences"))
    assert lowest.detail["from_bottom"] == 1
