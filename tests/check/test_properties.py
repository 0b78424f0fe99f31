"""Property: claims of known truth, generated from the figures of a random release.

Each claim form the checker pins (a count, a change between two stated counts, a daily
average, an interval, a region's total against its forces, a multiple between two parts,
a fraction paired with its count, a lede ahead of its figures) is written true and false
from the same figures. In both modes (the article's own figures, and a workspace holding
the release) a true claim is never contradicted; a false claim whose reading is pinned is
caught. The truth is worked out here from the figures, not by the checker's tolerance
table: a true claim states the rounded value, a false one is off by more than any wording
allows.

A hedged count ("some 565", "about 570") is written true and false too: one written to the
unit allows only the count, a round one 5 per cent either way; a true one is supported and a
false one caught, in both modes.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import foistats
from foistats.check import check_text
from foistats.model import Observation
from foistats.periods import Period

WALES = {"gwent": "Gwent Police", "south-wales": "South Wales Police", "north-wales": "North Wales Police",
         "dyfed-powys": "Dyfed-Powys Police"}
MEASURE = "sexual offences against children"
YEARS = (Period.financial_year(2018), Period.financial_year(2019))  # 365 and 366 days


@dataclass(frozen=True)
class Known:
    """A generated claim: the exact text the checker should find it at, and its truth."""

    text: str
    true: bool
    caught_in_self: bool = True  # a false one is caught from the article's own figures too


def _round(x: float) -> int:
    return int(x + 0.5)


@st.composite
def releases(draw):
    """Counts for the four Welsh forces in two years, and a split of one force's latest
    count by victim gender and age."""
    counts = {(force, year): draw(st.integers(min_value=400, max_value=20_000)) for force in WALES for year in YEARS}
    boys = draw(st.integers(min_value=40, max_value=400))
    times = draw(st.sampled_from([2, 3, 4]))
    return {"counts": counts, "boys": boys, "girls": boys * times, "times": times,
            "force": draw(st.sampled_from(sorted(WALES))), "true": draw(st.booleans()),
            "off": draw(st.integers(min_value=2, max_value=9))}


def articles(r) -> list[tuple[str, list[Known]]]:
    """Articles of one claim form each, with the claims in them, true or false as drawn."""
    force, name, true, off = r["force"], WALES[r["force"]], r["true"], r["off"]
    before, latest = YEARS
    b, c = r["counts"][force, before], r["counts"][force, latest]
    out = []

    change = round((c - b) / b * 100)
    stated = abs(change if true else change + off)
    word = "rise" if (change if true else change + off) >= 0 else "fall"
    out.append((f"{name} recorded {b:,} {MEASURE} in {before.label} and {c:,} in {latest.label}, "
                f"a {word} of {stated} per cent.", [Known(f"{stated} per cent", true)]))

    per_day = _round(c / latest.days) + (0 if true else off)
    out.append((f"{name} recorded {c:,} {MEASURE} in {latest.label}, {per_day} a day.",
                [Known(f"{per_day} a day", true)]))

    minutes = _round(latest.days * 1440 / c) + (0 if true else off)
    out.append((f"Police log a sexual offence against a child every {minutes} minutes.\n\n"
                f"{name} recorded {c:,} {MEASURE} in {latest.label}.",
                [Known(f"every {minutes} minutes", true)]))

    total = sum(r["counts"][f, latest] for f in WALES)
    listed = ", ".join(f"{WALES[f]} {r['counts'][f, latest]:,}" for f in WALES)
    stated_total = total if true else total - off
    out.append((f"Forces in Wales recorded {stated_total:,} {MEASURE} in {latest.label}.\n\n"
                f"By force: {listed}.", [Known(f"{stated_total:,}", true)]))

    three = [f for f in WALES if f != force]
    some = sum(r["counts"][f, latest] for f in three)
    # with one force left out, a total is false only when its listed forces exceed it
    partial = some + r["counts"][force, latest] if true else some - off
    listed = ", ".join(f"{WALES[f]} {r['counts'][f, latest]:,}" for f in three)
    out.append((f"Forces in Wales recorded {partial:,} {MEASURE} in {latest.label}.\n\n"
                f"Of them, {listed}.", [Known(f"{partial:,}", true)]))

    girls, boys, times = r["girls"], r["boys"], r["times"]
    wording = f"{times} times" if true else f"almost {times} times"  # the ratio is exactly ``times``
    out.append((f"Offences against girls were {wording} those against boys.\n\n"
                f"In {latest.label}, {name} recorded {girls:,} {MEASURE} against girls and {boys:,} against boys.",
                [Known(wording, true)]))

    part = _round(c / 4) if true else _round(c * 0.45)
    out.append((f"{name} recorded {c:,} {MEASURE} in {latest.label}, and a quarter ({part:,}) were against "
                f"children aged 10 and under.", [Known("a quarter", true)]))
    return out


def _workspace(r, tmp: Path):
    ws = foistats.init(tmp / "ws")
    observations = [Observation(measure="child_sexual_offences", area=force, period=year, value=value,
                                unit="offences", release="p") for (force, year), value in r["counts"].items()]
    ws.store.write_source(source_id="p", file_name="p", kind="published", reader="test", observations=observations,
                          revision_keys=["published:p"] * len(observations), releases={"p": "2020-10-01"})
    return ws


def _verdict(verdicts, text: str, snippet: str):
    at = text.index(snippet)
    found = [v for v in verdicts if v.claim.start < at + len(snippet) and at < v.claim.end]
    assert found, f"no claim found at {snippet!r} in {text!r}"
    return min(found, key=lambda v: v.claim.start)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_true_claims_are_never_contradicted_and_false_ones_are_caught(r):
    with tempfile.TemporaryDirectory() as tmp:
        ws = _workspace(r, Path(tmp))
        problems = []
        for text, claims in articles(r):
            for mode, verdicts in (("self", check_text(text, self_only=True)),
                                   ("with data", check_text(text, ws.fact_set(), ws.releases()))):
                for known in claims:
                    v = _verdict(verdicts, text, known.text)
                    if known.true and v.verdict == "contradicted":
                        problems.append(f"{mode}: true {known.text!r} called contradicted ({v.reason}) in {text!r}")
                    if not known.true and v.verdict != "contradicted":
                        problems.append(f"{mode}: false {known.text!r} not caught ({v.verdict}: {v.reason}; "
                                        f"read as {v.claim.reading()}) in {text!r}")
        assert not problems, "\n".join(problems)


HEDGES = ("about", "some", "around", "approximately", "roughly")


@st.composite
def hedged(draw):
    """A release, and one force's latest count stated after a hedge word, to the unit or as
    a round figure, true or false as drawn. The truth is worked out here: a figure written
    to the unit allows only the count; a round one (a multiple of 10) allows 5 per cent
    either way. True round figures are kept well inside that (4.5 per cent), false ones
    well outside it (6 per cent), so no case rests on the boundary."""
    r = draw(releases())
    c = r["counts"][r["force"], YEARS[1]]
    true, to_unit = r["true"], draw(st.booleans())
    if to_unit and true:
        stated = c
    elif to_unit:  # another figure to the unit, never a round one (which would allow the count)
        step = draw(st.sampled_from([-1, 1]))
        stated = c + step * draw(st.integers(min_value=1, max_value=9))
        while stated % 10 == 0:
            stated += step
    elif true:
        places = draw(st.sampled_from([10, 100, 1000]))
        stated = _round(c / places) * places
        if abs(stated - c) > 0.045 * stated:
            stated = _round(c / 10) * 10  # within 5 of a count of 400 or more: 1.25 per cent at most
    else:
        factor = 1 + draw(st.sampled_from([-1, 1])) * draw(st.floats(min_value=0.07, max_value=0.5))
        stated = _round(c * factor / 10) * 10
        assume(abs(stated - c) >= 0.06 * stated)
    return r, draw(st.sampled_from(HEDGES)), stated, true


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hedged())
def test_hedged_figures_allow_what_they_are_written_to(case):
    r, hedge, stated, true = case
    name, latest = WALES[r["force"]], YEARS[1]
    claim = f"{hedge} {stated:,}"
    text = (f"{name} recorded {claim} {MEASURE} in {latest.label}.\n\n"
            f"In all, {name} recorded {r['counts'][r['force'], latest]:,} {MEASURE} in {latest.label}.")
    with tempfile.TemporaryDirectory() as tmp:
        ws = _workspace(r, Path(tmp))
        for mode, verdicts in (("self", check_text(text, self_only=True)),
                               ("with data", check_text(text, ws.fact_set(), ws.releases()))):
            v = _verdict(verdicts, text, claim)
            assert v.verdict == ("supported" if true else "contradicted"), \
                f"{mode}: {'true' if true else 'false'} {claim!r} is {v.verdict} ({v.reason}) in {text!r}"
