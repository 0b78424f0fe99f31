"""House-style number phrases (see DOMAIN.md, "How the figures are reported").

Every function takes the exact value of a Fact and returns a phrase that is true of it,
or ``None`` when its phrase would not be true; the rule each keeps is in its docstring
and keeps within the tolerances the claim checker reads (:mod:`foistats.tolerances`), and
``tests/narrative/test_numbers.py`` checks each rule with Hypothesis. Stories never
format a number any other way.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from ..tolerances import ALMOST_WITHIN, FRACTION_WITHIN

WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# a fraction word stands alone (no "almost"/"more than") only this close to the share
FRACTION_EXACT_WITHIN = 1.0

FRACTIONS = (
    (10.0, "one in ten"),
    (20.0, "a fifth"),
    (25.0, "a quarter"),
    (100 / 3, "a third"),
    (40.0, "two in five"),
    (50.0, "half"),
    (60.0, "three in five"),
    (200 / 3, "two-thirds"),
    (75.0, "three-quarters"),
    (80.0, "four in five"),
    (90.0, "nine in ten"),
)


def whole(value: float) -> int:
    """``value`` rounded to the nearest whole number, halves away from zero (not banker's)."""
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def number(value: float) -> str:
    """A count: one to nine in words, 0 and 10 upwards in figures with thousands commas.

    Only whole numbers are counts; anything else is a ValueError, never silently rounded.
    """
    if value != int(value):
        raise ValueError(f"{value} is not a whole number")
    n = int(value)
    if 1 <= n <= 9:
        return WORDS[n - 1]
    return f"{n:,}"


def per_cent(value: float, *, symbol: bool = False) -> str:
    """A percentage as a whole number: the value rounded to nearest (halves up), then
    "per cent" (or "%" when the workspace asks for it). ``"44 per cent"`` for 44.1."""
    n = whole(value)
    return f"{n:,}%" if symbol else f"{n:,} per cent"


def change(value: float, *, symbol: bool = False) -> str:
    """A percentage change: "up 11 per cent" or "down 44 per cent", its size rounded to
    the nearest whole number (halves up); "unchanged" only for exactly 0, "almost
    unchanged" when the size rounds to 0 but is not 0."""
    n = whole(abs(value))
    if value == 0:
        return "unchanged"
    if n == 0:
        return "almost unchanged"
    return f"{'up' if value > 0 else 'down'} {per_cent(n, symbol=symbol)}"


def _round_steps(value: float) -> list[int]:
    """The steps a round number is taken at: the value's order of magnitude, then one below."""
    k = int(math.floor(math.log10(value)))
    return [10**k, 10 ** (k - 1)] if k >= 1 else []


def more_than(value: float) -> str | None:
    """"more than R": R is the value rounded down at its order of magnitude (314 → 300),
    or one order lower when that is more than a tenth below the value (576 → 570). R is
    strictly below the value and at least 10; ``None`` when no such R exists (for 300,
    for 9)."""
    if value < 11:
        return None
    for step in _round_steps(value):
        r = math.floor(value / step) * step
        if 10 <= r < value and value - r <= 0.1 * value:
            return f"more than {number(r)}"
    return None


def almost(value: float) -> str | None:
    """"almost X": X is the value rounded up at its order of magnitude or one lower, X is
    strictly above the value and the value is below X by no more than 5 per cent of X
    (1,904 → "almost 2,000"; 1,753 → ``None``)."""
    if value < 10:
        return None
    for step in _round_steps(value):
        x = math.ceil(value / step) * step
        if x > value and x - value <= ALMOST_WITHIN * x:
            return f"almost {number(x)}"
    return None


def multiple(ratio: float) -> str | None:
    """A ratio of two counts in words: "more than double" strictly above 2 and below 3,
    "more than triple" strictly above 3 and below 4, "almost double" from 1.9 to below 2,
    and "double" from 1.95 to exactly 2 (the checker's "doubled" allows 1.95 to 2.05);
    ``None`` otherwise."""
    if 2 < ratio < 3:
        return "more than double"
    if 3 < ratio < 4:
        return "more than triple"
    if 1.95 <= ratio <= 2:
        return "double"
    if 1.9 <= ratio < 2:
        return "almost double"
    return None


def fraction(share: float) -> str | None:
    """A share (in per cent) as the nearest fraction word: alone when within one
    percentage point ("a quarter" for 25.4), with "almost" when below it by no more than
    five points ("almost half" for 47), with "more than" when above it by no more than
    five ("more than four in five" for 83); ``None`` when no fraction is that close."""
    target, words = min(FRACTIONS, key=lambda f: abs(f[0] - share))
    gap = share - target
    if abs(gap) <= FRACTION_EXACT_WITHIN:
        return words
    if -FRACTION_WITHIN <= gap < 0:
        return f"almost {words}"
    if 0 < gap <= FRACTION_WITHIN:
        return f"more than {words}"
    return None


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def ordinal(place: int) -> str:
    """A place in a ranking: "second" to "ninth" in words, "10th" upwards in figures;
    the first place is never written as an ordinal ("the most", "the highest")."""
    if place < 1 or place != int(place):
        raise ValueError(f"{place} is not a place in a ranking")
    if place <= 9:
        return ORDINALS[place - 1]
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{place:,}{suffix}"


def count(value: float | None, lower: float | None = None, upper: float | None = None,
          qualifier: str | None = None) -> str | None:
    """A count of a Fact, exactly as sure as the Fact is:

    - an exact whole value: :func:`number` ("128", "nine");
    - a value published as approximate (qualifier ``approx``/``rounded``): "about 5,500";
    - only a lower bound L (published as "over L", or a total missing a force): "at least L"
      when the bound is attained (``lower == value``), "more than L" for a strict "over";
    - only an upper bound U: "at most U";
    - both bounds: "between L and U".

    ``None`` when nothing is known.
    """
    if value is not None and lower is None and upper is None:
        if qualifier in ("approx", "rounded"):
            return f"about {number(value)}"
        return number(value)
    if value is not None and lower is not None and upper is None and value == lower:
        return f"at least {number(lower)}"
    if lower is not None and upper is not None:
        return number(lower) if lower == upper else f"between {number(lower)} and {number(upper)}"
    if lower is not None:
        return f"more than {number(lower)}" if qualifier == "over" else f"at least {number(lower)}"
    if upper is not None:
        return f"at most {number(upper)}"
    return None


def per_day(value: float) -> str | None:
    """An average a day: "an average of nine a day" when the value rounds (halves up) to a
    whole number of at least one; ``None`` for averages under half a day, which read
    better as counts."""
    n = whole(value)
    if n < 1:
        return None
    return f"an average of {number(n)} a day"


# --- finding the numbers in a text (for the render-time traceability check) -------------

_NUMBER_WORDS = "|".join((*WORDS, "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million",
                          *ORDINALS[1:], "double", "triple", "half", "quarter", "third", "fifth",
                          "three-quarters", "two-thirds"))
NUMBER_PATTERN = re.compile(
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"
    r"|\d+(?:,\d{3})*(?:\.\d+)?(?:/\d{2})?%?"
    rf"|\b(?:{_NUMBER_WORDS})\b",
    re.IGNORECASE,
)


def numbers_in(text: str) -> list[re.Match[str]]:
    """Every number in a text: figures ("1,110", "44", "2019/20", "13%"), dates ("3 April
    2017"), number words ("nine", "second") and the words of fractions and multiples
    ("half", "a quarter", "double"). A text with none of these states no number."""
    return list(NUMBER_PATTERN.finditer(text))
