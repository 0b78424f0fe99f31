"""The tolerance rules, each against values worked out by hand."""

from __future__ import annotations

import math

import pytest

from foistats.check.claim import Claim
from foistats.check.tolerance import Known, decide


def _claim(kind: str, value: float, qualifier: str = "exact", **detail) -> Claim:
    return Claim("x", 0, 1, kind, value, qualifier=qualifier, detail=detail)


@pytest.mark.parametrize("claim, known, verdict", [
    (_claim("count", 229), Known.exact(229), "supported"),
    (_claim("count", 229), Known.exact(230), "contradicted"),
    (_claim("count", 300, "over"), Known.exact(314), "supported"),
    (_claim("count", 300, "over"), Known.exact(300), "contradicted"),  # "more than" is strict
    (_claim("count", 2000, "almost"), Known.exact(1904), "supported"),  # 4.8 per cent short
    (_claim("count", 2000, "almost"), Known.exact(1753), "contradicted"),  # 12.4 per cent short
    (_claim("count", 2000, "almost"), Known.exact(2000), "contradicted"),
    (_claim("count", 500, "approx"), Known.exact(520), "supported"),
    (_claim("count", 200, "at_least"), Known.exact(199), "contradicted"),
    (_claim("count", 4, "at_most"), Known(0, 4), "supported"),  # a force's "<5", told as "at most four"
    (_claim("count", 4, "at_most"), Known.exact(5), "contradicted"),
    (_claim("count", 4, "at_most"), Known(0, 6), "cannot_decide"),
    (_claim("count", 229), Known(229, math.inf), "cannot_decide"),  # a lower bound
    (_claim("count", 200), Known(282, 284), "contradicted"),
    (_claim("change", -44), Known.exact(-44.10), "supported"),
    (_claim("change", -50), Known.exact(-44.10), "contradicted"),
    (_claim("change", 44), Known.exact(-44.10), "contradicted"),  # the wrong way
    (_claim("change", -17), Known.exact(-18.18), "contradicted"),  # 18.2 rounds to 18
    (_claim("percent", 36), Known.exact(36.7), "contradicted"),  # truncated, not rounded
    (_claim("percent", 36.7, decimals=1), Known.exact(36.66), "supported"),
    (_claim("change", 16), Known(15.5, 16.5), "supported"),  # against a published, rounded 16
    (_claim("change", -50, "over"), Known.exact(-56.9), "supported"),  # a fall of more than 50
    (_claim("percent", 60, "almost"), Known.exact(59.4), "supported"),
    (_claim("fraction", 25), Known.exact(16.2), "contradicted"),
    (_claim("fraction", 80), Known.exact(83), "supported"),  # "four in five"
    (_claim("fraction", 50, "almost", fraction=True), Known(47.5, 48.5), "supported"),
    (_claim("fraction", 25, "over", fraction=True), Known.exact(28), "supported"),
    (_claim("change", 25, "almost", fraction=True), Known(24.5, 25.5), "cannot_decide"),
    (_claim("multiple", 2), Known.exact(2.0), "supported"),
    (_claim("multiple", 2), Known.exact(2.06), "contradicted"),
    (_claim("multiple", 2, "over"), Known.exact(2.02), "supported"),
    (_claim("multiple", 2, "almost"), Known.exact(2.23), "contradicted"),
    (_claim("multiple", 3, "almost"), Known.exact(2.39), "contradicted"),
    (_claim("multiple", 4), Known.exact(4.89), "contradicted"),
    (_claim("multiple", 4), Known.exact(3.6), "supported"),
    (_claim("per_day", 6), Known.exact(2202 / 365), "supported"),
    (_claim("per_day", 2, "almost"), Known.exact(674 / 365), "supported"),
    (_claim("per_day", 5, "almost"), Known.exact(4.66), "supported"),
    (_claim("per_day", 5, "almost"), Known.exact(4.4), "contradicted"),
    (_claim("every_minutes", 23), Known.exact(525600 / 22724), "supported"),
])
def test_tolerance(claim, known, verdict):
    assert decide(claim, known) == verdict


def test_a_hedge_widens_a_round_count_but_not_one_written_to_the_unit():
    assert decide(_claim("count", 580, "approx"), Known.exact(566)) == "supported"  # within 5 per cent
    assert decide(_claim("count", 565, "approx"), Known.exact(566)) == "contradicted"
    assert decide(_claim("count", 565, "approx"), Known.exact(565)) == "supported"


def test_a_range_of_counts():
    between = _claim("count", 4, "between", low=1)
    assert decide(between, Known(1, 4)) == "supported"
    assert decide(between, Known.exact(5)) == "contradicted"
