"""Tolerance: which true values a claim's wording allows, and the verdict that follows.

A claim allows a range of values (:func:`allowed`); the data pin the true value down to a
range (:class:`Known`: one number, or bounds where a figure was suppressed, published
rounded or "more than"). The claim is **supported** when every value the data allow is
one the claim allows, **contradicted** when none is, and **cannot decide** otherwise.

=====================  =====================================================================
claim                  allows
=====================  =====================================================================
count "229"            exactly 229
"more than/over X"     strictly above X ("passed X" too)
"almost/nearly X"      below X by no more than 5 per cent of X
"around/about X"       within 5 per cent of X, for a round X (a multiple of 10, or under 100);
                       a figure written to the unit ("some 565") is as exact as it is written:
                       the hedge does not make another count right
"fewer than X"         strictly below X
"at most X"            X or below ("no more than X" too): the story writer's words for a
                       figure a force suppressed below a stated threshold
"hundreds/thousands"   at least 200 / 2,000
"between one and four" one to four
"44 per cent"          the value rounded to the stated decimals equals 44 (a truncated figure
                       fails: 36 per cent for 36.7 is contradicted); a change must also go
                       the stated way ("a fall of 18 per cent" for −18.2)
"more than 50%"        above 50 (for a change, a rise or fall of more than 50)
"almost 60 per cent"   below 60 by no more than 5 per cent of 60
fraction "a quarter"   within 5 percentage points of 25; "almost" below it and within 5
"four in five"         points, "more than/over" above it and within 5 points
"doubled", "halved"    a ratio within 0.05 of 2 (0.025 of 0.5)
"tripled"              within 0.15 of 3
"fourfold"             within 0.5 of 4 (3.5 to 4.5)
"more than double"     a ratio strictly above 2 (3 for "more than tripled")
"almost/nearly double" at least 95 per cent of the multiple and below it (1.9 to 2)
"six a day/week"       a daily or weekly average that rounds to six; "almost" also below it
"every 23 minutes"     minutes in the period divided by the count rounds to 23
=====================  =====================================================================

Rates use the days of the period (366 for 2019/20); a week is seven days. A value the
data give rounded (a published "44%") stands for everything that rounds to it, so a claim
of "almost 25 per cent" against a published 25 cannot be decided.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..tolerances import ALMOST_WITHIN, AROUND_WITHIN, FRACTION_WITHIN, MULTIPLE_SLACK, MULTIPLE_SLACK_OTHER
from .claim import Claim

SUPPORTED, CONTRADICTED, CANNOT_DECIDE = "supported", "contradicted", "cannot_decide"
_EPS = 1e-9


@dataclass(frozen=True)
class Known:
    """What the data say a value is: ``low`` to ``high`` (equal when exact)."""

    low: float
    high: float

    @classmethod
    def exact(cls, value: float) -> "Known":
        return cls(value, value)

    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    @property
    def is_unknown(self) -> bool:
        """True when the data bound the value neither way (a figure not given)."""
        return math.isinf(self.low) and math.isinf(self.high)

    @property
    def value(self) -> float | None:
        """The one value, or the only finite bound."""
        if self.is_exact or math.isinf(self.high):
            return None if math.isinf(self.low) else self.low
        return self.high if math.isinf(self.low) else None

    def map(self, fn) -> "Known":
        """The range of a monotonic function of the value (either direction)."""
        a, b = fn(self.low), fn(self.high)
        return Known(min(a, b), max(a, b))


@dataclass(frozen=True)
class Allowed:
    low: float
    high: float


def allowed(claim: Claim) -> Allowed:
    """The values a claim's wording allows (see the module table)."""
    q, v, kind = claim.qualifier, claim.value, claim.kind
    if kind in ("fraction",) or (kind == "change" and claim.detail.get("fraction")):
        return _signed(_fraction(q, abs(v)), v)
    if kind == "multiple":
        return _multiple(q, v)
    if kind in ("per_day", "per_week", "every_minutes"):
        return _rounds_to(q, v, 0)
    if kind in ("percent", "change"):
        return _signed(_near(q, abs(v), int(claim.detail.get("decimals", 0))), v)
    if q == "between":
        return Allowed(float(claim.detail["low"]), v)
    return _near(q, v, None)


def _near(q: str, v: float, decimals: int | None) -> Allowed:
    if q == "over":
        return Allowed(v + _EPS, math.inf)
    if q == "under":
        return Allowed(-math.inf, v - _EPS)
    if q == "at_least":
        return Allowed(v, math.inf)
    if q == "at_most":
        return Allowed(-math.inf, v)
    if q == "almost":
        return Allowed((1 - ALMOST_WITHIN) * v, v - _EPS)
    if q == "approx" and (decimals is not None or v < 100 or v % 10 == 0):
        return Allowed((1 - AROUND_WITHIN) * v, (1 + AROUND_WITHIN) * v)
    if decimals is None:
        return Allowed(v, v)
    half = 0.5 * 10 ** -decimals
    return Allowed(v - half, v + half)


def _fraction(q: str, v: float) -> Allowed:
    if q == "at_most":
        return Allowed(v - FRACTION_WITHIN, v)
    if q == "almost" or q == "under":
        return Allowed(v - FRACTION_WITHIN, v - _EPS)
    if q == "over":
        return Allowed(v + _EPS, v + FRACTION_WITHIN)
    return Allowed(v - FRACTION_WITHIN, v + FRACTION_WITHIN)


def _multiple(q: str, v: float) -> Allowed:
    if q == "over":
        return Allowed(v + _EPS, math.inf)
    if q == "almost":
        return Allowed((1 - ALMOST_WITHIN) * v, v - _EPS)
    slack = MULTIPLE_SLACK.get(v, MULTIPLE_SLACK_OTHER * v)
    return Allowed(v - slack, v + slack)


def _rounds_to(q: str, v: float, decimals: int) -> Allowed:
    if q == "over":
        return Allowed(v + _EPS, math.inf)
    near = _near("exact", v, decimals)
    return Allowed(near.low, v - _EPS) if q == "almost" else near


def _signed(magnitude: Allowed, claimed: float) -> Allowed:
    if claimed >= 0:
        return magnitude
    return Allowed(-magnitude.high, -magnitude.low)


def decide(claim: Claim, known: Known) -> str:
    """Supported, contradicted or cannot decide for a claim against what the data say."""
    ok = allowed(claim)
    if ok.low <= known.low and known.high <= ok.high:
        return SUPPORTED
    if known.high < ok.low or known.low > ok.high:
        return CONTRADICTED
    return CANNOT_DECIDE
