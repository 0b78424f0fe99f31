"""Implied Facts (the value, or bounds, a published figure implies) of the demo workspace,
against the published figures themselves."""

from . import one


def test_implied_values(demo_ws):
    gwent = one(demo_ws.facts(area="gwent", measure="child_sexual_offences", kind="implied", period="2015/16"))
    assert (gwent.value, gwent.lower, gwent.upper) == (None, 282, 284)  # 314 / 1.115 .. 314 / 1.105
    assert gwent.caveat("implied")
    images = one(demo_ws.facts(area="wales", measure="indecent_images_possession", kind="implied", period="2014"))
    assert images.value == 382  # 1,321 - 201 - 738
    daily = one(demo_ws.facts(area="wales", measure="child_sexual_offences", kind="implied", period="2016/17"))
    assert (daily.lower, daily.upper) == (3103, 3467)  # 8.5 x 365 = 3,102.5 .. 9.5 x 365 = 3,467.5
