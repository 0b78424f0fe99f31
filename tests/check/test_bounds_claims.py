"""Claims about a figure a force suppressed ("<5": 0 to 4), as the story writer tells one
("at most four") and as articles do ("fewer than five"), against a small hand-made release:
Dorset Police recorded <5 sexual grooming offences in 2021/22, Gwent Police 12."""

from __future__ import annotations

import pytest

import foistats
from foistats.check import check_text
from foistats.model import Observation
from foistats.periods import Period

YEAR = Period.financial_year(2021)


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    def count(area, value, **extra):
        return Observation(measure="grooming", area=area, period=YEAR, value=value, unit="offences",
                           release="test", **extra)

    observations = [count("dorset", None, status="suppressed", upper=4, note="<5"), count("gwent", 12)]
    ws = foistats.init(tmp_path_factory.mktemp("bounds") / "ws")
    ws.store.write_source(source_id="test", file_name="test.csv", kind="published", reader="test",
                          observations=observations, revision_keys=["published:test"] * len(observations),
                          releases={"test": "2024-06-01"})
    return ws


@pytest.mark.parametrize("text, claim, verdict", [
    ("Dorset Police recorded at most four sexual grooming offences in 2021/22.", "at most four", "supported"),
    ("Dorset Police recorded no more than four sexual grooming offences in 2021/22.", "no more than four",
     "supported"),
    ("Dorset Police recorded fewer than five sexual grooming offences in 2021/22.", "fewer than five", "supported"),
    ("Dorset Police recorded at most three sexual grooming offences in 2021/22.", "at most three", "cannot_decide"),
    ("Gwent Police recorded at most 12 sexual grooming offences in 2021/22.", "at most 12", "supported"),
    ("Gwent Police recorded at most 11 sexual grooming offences in 2021/22.", "at most 11", "contradicted"),
])
def test_a_bound_against_a_suppressed_or_exact_figure(release, text, claim, verdict):
    found = [v for v in check_text(text, release.fact_set(), release.releases())]
    assert [v.text for v in found] == [claim], f"read {[v.text for v in found]} in {text!r}"
    assert found[0].verdict == verdict, found[0]
