"""Ranks among the forces of an English region, and series extremes (a year's place in
the area's own figures), against a small hand-made release.

Sexual offences against children, by financial year (no row: no figure):

==================  =======  =======  =======  =======  =======
force               2015/16  2016/17  2017/18  2018/19  2019/20
==================  =======  =======  =======  =======  =======
Avon and Somerset       900      500      600      700      800
Devon and Cornwall                                        1,000
Dorset                  600      650      700      640      720
Gloucestershire         300               280      310      320
Wiltshire                                                   450
Bedfordshire                                                500
Essex                                                       900
==================  =======  =======  =======  =======  =======

The South West's five forces all gave a 2019/20 figure: Devon and Cornwall is first,
Avon and Somerset second, Dorset third, Wiltshire fourth, Gloucestershire last. Only two
of the East of England's six forces gave one. Dorset's 720 in 2019/20 is above each of its
other years; its 640 in 2018/19 is below 2016/17 and 2017/18 but above 2015/16.
Gloucestershire has no 2016/17 figure. Avon and Somerset's 800 in 2019/20 is above every
year but 2015/16.
"""

from __future__ import annotations

import pytest

from foistats.check import check_text

from .hand_release import hand_release

ROWS = {
    "avon-and-somerset": [900, 500, 600, 700, 800],
    "devon-and-cornwall": [None, None, None, None, 1000],
    "dorset": [600, 650, 700, 640, 720],
    "gloucestershire": [300, None, 280, 310, 320],
    "wiltshire": [None, None, None, None, 450],
    "bedfordshire": [None, None, None, None, 500],
    "essex": [None, None, None, None, 900],
}
YEARS = ["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    return hand_release(tmp_path_factory.mktemp("series"), ROWS, YEARS)


def _verdicts(ws, text: str) -> dict[str, str]:
    return {v.text: v.verdict for v in check_text(text, ws.fact_set(), ws.releases())}


def _one(ws, text: str, claim: str):
    found = [v for v in check_text(text, ws.fact_set(), ws.releases()) if v.text == claim]
    assert found, f"{claim!r} not read as a claim in {text!r}"
    return found[0]


# --- ranks among the forces of a region ---------------------------------------------------


@pytest.mark.parametrize("text, claim, verdict", [
    ("Devon and Cornwall Police recorded 1,000 sexual offences against children in 2019/20, "
     "the highest number in the South West.", "the highest number in the South West", "supported"),
    ("Dorset Police recorded 720 sexual offences against children in 2019/20, the highest of the five "
     "forces in the South West.", "the highest of the five forces in the South West", "contradicted"),
    ("That was the second most of the five forces in the South West in 2019/20, Avon and Somerset "
     "Police said of its 800 sexual offences against children.",
     "the second most of the five forces in the South West", "cannot_decide"),  # whose? no area before it
    ("Avon and Somerset Police recorded 800 sexual offences against children in 2019/20, the second most "
     "of the five forces in the South West in 2019/20.",
     "the second most of the five forces in the South West", "supported"),
    ("Gloucestershire Constabulary recorded 320 sexual offences against children in 2019/20, the fewest "
     "in the South West.", "the fewest in the South West", "supported"),
    ("Wiltshire Police recorded 450 sexual offences against children in 2019/20, the lowest in the South West "
     "region.", "the lowest in the South West region", "contradicted"),
])
def test_rank_in_a_region(release, text, claim, verdict):
    assert _one(release, text, claim).verdict == verdict


def test_east_of_england_is_the_region_not_england(release):
    found = _one(release, "Essex Police recorded 900 sexual offences against children in 2019/20, the most in "
                          "the East of England.", "the most in the East of England")
    assert found.verdict == "cannot_decide"  # four of its six forces gave no figure
    assert "East of England" in found.reason
    found = _one(release, "Bedfordshire Police recorded 500 sexual offences against children in 2019/20, the most "
                          "in the East of England.", "the most in the East of England")
    assert found.verdict == "contradicted"  # Essex's 900 is already higher


def test_a_rank_naming_no_group_is_among_its_peers_or_the_area_before(release):
    region = "Police in the South West recorded 3,290 sexual offences against children in 2019/20.\n"

    def ranks(text: str) -> list[str]:
        return [v.verdict for v in check_text(region + text, release.fact_set(), release.releases())
                if v.claim.kind == "rank"]

    # among its peers in the sentence, the South West
    assert ranks("Devon and Cornwall Police recorded the most, 1,000, followed by Avon and Somerset Police "
                 "with 800.") == ["supported"]
    # among the forces of the area in force, the South West
    assert ranks("Avon and Somerset Police recorded the second most.") == ["supported"]
    assert ranks("Dorset Police recorded the most.") == ["contradicted"]  # third
    # named: Devon and Cornwall, Essex and Avon and Somerset recorded more in England
    assert ranks("Dorset Police recorded the most sexual offences against children of any force in England "
                 "in 2019/20.") == ["contradicted"]


# --- series extremes -------------------------------------------------------------------------


@pytest.mark.parametrize("text, claim, verdict", [
    # Dorset 2019/20: 720 is above 600, 650, 700 and 640
    ("Dorset Police recorded 720 sexual offences against children in 2019/20. That is the highest of its "
     "figures in the data, which go back to 2015/16.",
     "the highest of its figures in the data, which go back to 2015/16", "supported"),
    ("Dorset Police recorded 720 sexual offences against children in 2019/20, its highest level in five years.",
     "its highest level in five years", "supported"),
    ("Dorset Police recorded 720 sexual offences against children in 2019/20, the highest figure since 2015/16.",
     "the highest figure since 2015/16", "supported"),
    ("Dorset Police recorded 720 sexual offences against children in 2019/20, the lowest figure since records "
     "began in 2015/16.", "the lowest figure since records began in 2015/16", "contradicted"),
    # Dorset 2018/19: 640 is below 650 and 700, above 600
    ("Dorset Police recorded 640 sexual offences against children in 2018/19, the lowest in three years.",
     "the lowest in three years", "supported"),
    ("Dorset Police recorded 640 sexual offences against children in 2018/19, the lowest figure since records "
     "began in 2015/16.", "the lowest figure since records began in 2015/16", "contradicted"),
    ("Dorset Police recorded 640 sexual offences against children in 2018/19, the second lowest of its figures.",
     "the second lowest of its figures", "supported"),
    # Gloucestershire 2019/20: 320 is above 300, 280, 310, but 2016/17 is missing
    ("Gloucestershire Constabulary recorded 320 sexual offences against children in 2019/20, the highest "
     "number since 2015/16.", "the highest number since 2015/16", "cannot_decide"),
    ("Gloucestershire Constabulary recorded 320 sexual offences against children in 2019/20, the lowest "
     "number since 2015/16.", "the lowest number since 2015/16", "contradicted"),  # 280 in 2017/18, 300, 310
    ("Gloucestershire Constabulary recorded 320 sexual offences against children in 2019/20, its highest "
     "level in two years.", "its highest level in two years", "supported"),  # 310 in 2018/19
    # of its figures: 2016/17, with none, is not one of them; the last six years run back to 2014/15
    ("Gloucestershire Constabulary recorded 320 sexual offences against children in 2019/20, the highest of "
     "its figures in the data.", "the highest of its figures in the data", "supported"),
    ("Gloucestershire Constabulary recorded 320 sexual offences against children in 2019/20, its highest "
     "level in six years.", "its highest level in six years", "cannot_decide"),
    # Devon and Cornwall has one figure: nothing to be the highest of
    ("Devon and Cornwall Police recorded 1,000 sexual offences against children in 2019/20, the highest of "
     "its figures in the data.", "the highest of its figures in the data", "cannot_decide"),
    # Avon and Somerset 2019/20: 800 is below only 900 in 2015/16
    ("Avon and Somerset Police recorded 800 sexual offences against children in 2019/20, its highest level "
     "in four years.", "its highest level in four years", "supported"),
    ("Avon and Somerset Police recorded 800 sexual offences against children in 2019/20, its highest level "
     "in five years.", "its highest level in five years", "contradicted"),
    ("Avon and Somerset Police recorded 800 sexual offences against children in 2019/20, the highest since "
     "2015/16.", "the highest since 2015/16", "cannot_decide"),  # "since 2015/16" may leave 2015/16 out
    ("Avon and Somerset Police recorded 800 sexual offences against children in 2019/20, the most in any year "
     "since the force began counting.", "the most in any year since the force began counting", "cannot_decide"),
])
def test_series_extreme(release, text, claim, verdict):
    assert _one(release, text, claim).verdict == verdict


def test_series_extreme_names_the_years_that_beat_it(release):
    found = _one(release, "Dorset Police recorded 640 sexual offences against children in 2018/19, the lowest "
                          "figure since records began in 2015/16.", "the lowest figure since records began in 2015/16")
    assert "600 in 2015/16" in found.reason
    assert found.fact_ids


def test_series_headline_takes_the_period_of_the_text(release):
    text = ("Sexual offences against children in Dorset at their highest in the figures\n"
            "Dorset Police recorded 720 sexual offences against children in 2019/20.")
    assert _verdicts(release, text)["their highest in the figures"] == "supported"


def test_series_words_do_not_date_the_other_numbers(release):
    verdicts = _verdicts(release, "Dorset Police recorded 720 sexual offences against children in 2019/20, "
                                  "its highest level in five years.")
    assert verdicts["720"] == "supported"  # "in five years" is the span of the extreme, not an undated span


def test_a_series_extreme_is_not_a_rank_among_forces_and_has_no_self_check():
    [claim] = [v for v in check_text("Dorset Police recorded 720 offences in 2019/20, the highest figure since "
                                     "2015/16. Avon and Somerset Police recorded 800 in 2019/20.")
               if v.claim.kind == "rank"]
    assert claim.claim.detail.get("series") and claim.verdict == "cannot_decide"


def test_a_description_is_not_a_rank():
    assert not [v for v in check_text("Across the four Welsh forces, their most common offence was grooming.")
                if v.claim.kind == "rank"]
