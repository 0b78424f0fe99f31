"""House-style numbers: each phrase is true of its number, by the checker's tolerances
(fixtures/articles/README.md "Tolerances"), restated here independently of the code."""

import re

from hypothesis import given
from hypothesis import strategies as st

from foistats.narrative import numbers

# the checker's tolerances, copied from the fixtures README
ALMOST_MAX_BELOW = 0.05
FRACTION_MAX_POINTS = 5.0
FRACTION_VALUES = {
    "one in ten": 10, "a fifth": 20, "a quarter": 25, "a third": 100 / 3, "two in five": 40,
    "half": 50, "three in five": 60, "two-thirds": 200 / 3, "three-quarters": 75,
    "four in five": 80, "nine in ten": 90,
}
WORD_VALUES = {w: i for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], 1)}


def read(text: str) -> int:
    return WORD_VALUES[text] if text in WORD_VALUES else int(text.replace(",", ""))


def test_house_style_examples():
    assert numbers.number(7) == "seven"
    assert numbers.number(10) == "10"
    assert numbers.number(1110) == "1,110"
    assert numbers.per_cent(44.1) == "44 per cent"
    assert numbers.per_cent(36.7) == "37 per cent"
    assert numbers.per_cent(12.5, symbol=True) == "13%"
    assert numbers.change(-44.10480349344978) == "down 44 per cent"
    assert numbers.change(11) == "up 11 per cent"
    assert numbers.more_than(314) == "more than 300"
    assert numbers.more_than(300) is None
    assert numbers.almost(1904) == "almost 2,000"
    assert numbers.almost(1753) == "almost 1,800"  # never "almost 2,000"
    assert numbers.multiple(2.23) == "more than double"
    assert numbers.multiple(1.5) is None
    assert numbers.fraction(25.4) == "a quarter"
    assert numbers.fraction(16.2) == "almost a fifth"  # never "a quarter"
    assert numbers.fraction(30) == "almost a third"  # 3.3 points below a third
    assert numbers.fraction(3) is None  # no fraction word within five points
    assert numbers.fraction(83) == "more than four in five"
    assert numbers.fraction(47) == "almost half"


@given(st.integers(min_value=0, max_value=10**7))
def test_number_reads_back(n):
    text = numbers.number(n)
    assert read(text) == n
    assert (text in WORD_VALUES) == (1 <= n <= 9)


@given(st.floats(min_value=-1000, max_value=1000, allow_nan=False))
def test_per_cent_is_nearest_whole(v):
    n = int(numbers.per_cent(v).removesuffix(" per cent").replace(",", ""))
    assert abs(n - v) <= 0.5


@given(st.floats(min_value=-100, max_value=1000, allow_nan=False))
def test_change_direction_and_size(v):
    text = numbers.change(v)
    if text == "unchanged":
        assert v == 0
        return
    if text == "almost unchanged":
        assert 0 < abs(v) < 0.5
        return
    direction, size, _ = text.split(" ", 2)
    assert direction == ("up" if v > 0 else "down")
    assert abs(int(size.replace(",", "")) - abs(v)) <= 0.5


@given(st.integers(min_value=0, max_value=10**7))
def test_more_than_is_strictly_below(n):
    text = numbers.more_than(n)
    if text is not None:
        r = read(text.removeprefix("more than "))
        assert r < n
        assert n - r <= 0.1 * n  # honest: not far below


@given(st.integers(min_value=0, max_value=10**7))
def test_almost_is_close_below(n):
    text = numbers.almost(n)
    if text is not None:
        x = read(text.removeprefix("almost "))
        assert n < x
        assert x - n <= ALMOST_MAX_BELOW * x


@given(st.floats(min_value=0, max_value=10, allow_nan=False))
def test_multiple_words(r):
    text = numbers.multiple(r)
    if text == "more than double":
        assert 2 < r < 3
    elif text == "more than triple":
        assert 3 < r < 4
    elif text == "double":
        assert r >= 1.95 and r <= 2.05
    elif text == "almost double":
        assert r >= 1.9 and r < 2
    else:
        assert text is None


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_fraction_within_tolerance(share):
    text = numbers.fraction(share)
    if text is None:
        assert all(abs(share - v) > 1 for v in FRACTION_VALUES.values())
        return
    m = re.fullmatch(r"(almost |more than )?(.+)", text)
    target = FRACTION_VALUES[m.group(2)]
    assert abs(share - target) <= FRACTION_MAX_POINTS
    if m.group(1) == "almost ":
        assert share < target
    if m.group(1) == "more than ":
        assert share > target


ORDINAL_VALUES = {w: i for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"], 1)}


@given(st.integers(min_value=1, max_value=10**5))
def test_ordinal_reads_back(place):
    text = numbers.ordinal(place)
    if place <= 9:
        assert ORDINAL_VALUES[text] == place
    else:
        assert int(re.fullmatch(r"([\d,]+)(st|nd|rd|th)", text).group(1).replace(",", "")) == place


def test_count_says_how_sure_it_is():
    assert numbers.count(128) == "128"
    assert numbers.count(5500, qualifier="approx") == "about 5,500"
    assert numbers.count(None, 34000, None, "over") == "more than 34,000"
    assert numbers.count(1424, 1424, None) == "at least 1,424"
    assert numbers.count(None, 1, 4) == "between one and four"
    assert numbers.count(None, None, 2000, "almost") == "at most 2,000"
    assert numbers.count(None) is None


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_count_bounds_hold(a, b):
    lower, upper = min(a, b), max(a, b)
    text = numbers.count(None, lower, upper)
    values = [read(t) for t in re.findall(r"[\d,]+|\b(?:one|two|three|four|five|six|seven|eight|nine)\b", text)]
    assert values == ([lower] if lower == upper else [lower, upper])


@given(st.floats(min_value=0, max_value=10**5, allow_nan=False))
def test_per_day_is_the_nearest_whole_average(v):
    text = numbers.per_day(v)
    if text is None:
        assert v < 0.5
        return
    n = read(text.removeprefix("an average of ").removesuffix(" a day"))
    assert n >= 1 and abs(n - v) <= 0.5


def test_numbers_in_finds_figures_words_and_dates():
    found = [m.group() for m in numbers.numbers_in(
        "In 2019/20, 11 per cent; more than double 1,110, on 3 April 2017, the second most, nine.")]
    assert found == ["2019/20", "11", "double", "1,110", "3 April 2017", "second", "nine"]
    assert numbers.numbers_in("Gwent Police did not respond.") == []
