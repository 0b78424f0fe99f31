"""The base a change or multiple is against: named after it ("up 50 per cent on 500 in
2017/18", "on one in 2017/18", "since 2017/18", "more than in 2017/18", "double the 2016/17
figure"), the claim itself of its sentence's period; and, where the text names no base (a
headline), each base it may mean, against a small hand-made release.

Sexual offences against children, by financial year:

==============  =======  =======  =======  =======
force           2016/17  2017/18  2018/19  2019/20
==============  =======  =======  =======  =======
Gwent               380      500      600      750
South Wales                    1        0        0
==============  =======  =======  =======  =======

Worked by hand: Gwent's 2019/20 is up 25 per cent on 2018/19 (150 / 600), up 50 per cent on
2017/18 (250 / 500) and up 97 per cent on 2016/17 (370 / 380 = 97.4), 1.97 times 2016/17
(750 / 380); its 2018/19 is up 20 per cent on 2017/18 (100 / 500). South Wales's 2019/20 is
down 100 per cent on 2017/18 (−1 / 1); against 2018/19 (a 0) there is no change.
"""

from __future__ import annotations

import pytest

from foistats.check import check_text

from .hand_release import hand_release

ROWS = {"gwent": [380, 500, 600, 750], "south-wales": [None, 1, 0, 0]}
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20"]
GWENT = "Gwent Police recorded 750 sexual offences against children in 2019/20"
HEAD = "Sexual offences against children {} in Gwent\n\nGwent Police recorded 750 sexual offences against children in 2019/20."


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    return hand_release(tmp_path_factory.mktemp("bases"), ROWS, YEARS)


def _all(ws, text: str) -> list:
    return check_text(text, ws.fact_set(), ws.releases())


def _one(ws, text: str, claim: str, nth: int = 0):
    found = [v for v in _all(ws, text) if v.text == claim]
    assert len(found) > nth, f"{claim!r} not read as a claim in {text!r}"
    return found[nth]


@pytest.mark.parametrize("text, claim, verdict, base", [
    (f"{GWENT}, up 50 per cent on 500 in 2017/18.", "50 per cent", "supported", "2017/18"),
    (f"{GWENT}, up 50 per cent on about 500 in 2017/18.", "50 per cent", "supported", "2017/18"),
    (f"{GWENT}, up 50 per cent on 500 sexual offences against children in 2017/18.", "50 per cent", "supported",
     "2017/18"),
    (f"{GWENT}, up 50 per cent from 500 in 2017/18.", "50 per cent", "supported", "2017/18"),
    (f"{GWENT}, up 50 per cent compared with 500 in 2017/18.", "50 per cent", "supported", "2017/18"),
    (f"{GWENT}, up 50 per cent on 2017/18.", "50 per cent", "supported", "2017/18"),
    (f"{GWENT}, a rise of 50% since 2017/18.", "50%", "supported", "2017/18"),
    (f"In 2019/20 Gwent Police recorded 750 sexual offences against children, 50 per cent more than in 2017/18.",
     "50 per cent", "supported", "2017/18"),
    (f"{GWENT}, 97 per cent more than in 2016/17 (380).", "97 per cent", "supported", "2016/17"),
    (f"{GWENT}, up 25 per cent on 600 the year before.", "25 per cent", "supported", "2018/19"),
    # the true change on the base named, and on no other, is the one these are held to
    (f"{GWENT}, up 25 per cent on 500 in 2017/18.", "25 per cent", "contradicted", "2017/18"),
    (f"{GWENT}, up 40 per cent on about 500 in 2017/18.", "40 per cent", "contradicted", "2017/18"),
    (f"{GWENT}, a rise of 97% since 2017/18.", "97%", "contradicted", "2017/18"),
    (f"{GWENT}, up 50 per cent compared with 2016/17.", "50 per cent", "contradicted", "2016/17"),
])
def test_a_base_named_after_the_change(release, text, claim, verdict, base):
    v = _one(release, text, claim)
    assert (v.verdict, v.claim.reading()) == (
        verdict, f"Gwent Police, sexual offences against children, 2019/20 against {base}"), v.reason


def test_the_base_figure_is_of_the_base_year(release):
    text = f"{GWENT}, up 50 per cent on about 500 in 2017/18."
    v = _one(release, text, "about 500")
    assert (v.verdict, v.claim.period.label) == ("supported", "2017/18")
    v = _one(release, f"{GWENT}, 97 per cent more than in 2016/17 (380).", "380")
    assert (v.verdict, v.claim.period.label) == ("supported", "2016/17")


def test_a_base_figure_in_words_is_a_count_of_the_base_year(release):
    # the story writer's wording for South Wales's 1, 0, 0
    verdicts = {v.text: v for v in _all(release, "South Wales Police recorded 0 sexual offences against children "
                                                 "in 2019/20, down 100 per cent on one in 2017/18.")}
    assert verdicts["100 per cent"].verdict == "supported"
    assert verdicts["100 per cent"].claim.reading() == \
        "South Wales Police, sexual offences against children, 2019/20 against 2017/18"
    assert (verdicts["one"].verdict, verdicts["one"].claim.period.label) == ("supported", "2017/18")
    wrong = _one(release, "South Wales Police recorded 0 sexual offences against children in 2019/20, "
                          "down 100 per cent on two in 2017/18.", "two")
    assert wrong.verdict == "contradicted"  # 1 in 2017/18


def test_each_comparison_keeps_its_own_base(release):
    verdicts = {v.text: v for v in _all(release, f"{GWENT}, up 25 per cent on 600 the year before and nearly "
                                                 "double the 380 of 2016/17.")}
    assert verdicts["25 per cent"].claim.reading().endswith("2019/20 against 2018/19")
    assert verdicts["25 per cent"].verdict == "supported"
    assert verdicts["nearly double"].claim.reading().endswith("2019/20 against 2016/17")
    assert verdicts["nearly double"].verdict == "supported"  # 1.97: below 2, within 5 per cent


def test_a_multiple_of_a_years_figure(release):
    v = _one(release, f"{GWENT}, nearly double the 2016/17 figure.", "nearly double")
    assert (v.verdict, v.claim.reading()) == (
        "supported", "Gwent Police, sexual offences against children, 2019/20 against 2016/17")
    v = _one(release, f"{GWENT}, nearly double the 2017/18 figure.", "nearly double")
    assert v.verdict == "contradicted"  # 1.5


@pytest.mark.parametrize("change, claim, verdict, base", [
    ("up 25 per cent", "25 per cent", "supported", "2018/19"),  # the year before
    ("up 97 per cent", "97 per cent", "supported", "2016/17"),  # the first year of the series
    ("nearly doubled", "nearly doubled", "supported", "2016/17"),
    # no base it may mean agrees: cannot decide, never contradicted
    ("up 50 per cent", "50 per cent", "cannot_decide", "2018/19"),
    ("up 60 per cent", "60 per cent", "cannot_decide", "2018/19"),
    ("down 25 per cent", "25 per cent", "cannot_decide", "2018/19"),
])
def test_a_headline_naming_no_base(release, change, claim, verdict, base):
    v = _one(release, HEAD.format(change), claim)
    assert (v.verdict, v.claim.reading()) == (
        verdict, f"Gwent Police, sexual offences against children, 2019/20 against {base} (guessed)"), v.reason
    if verdict == "cannot_decide":
        assert "2018/19" in v.reason and "2016/17" in v.reason  # it says what each reading gives


def test_a_headline_takes_the_base_its_story_names(release):
    # 2017/18 is neither the year before nor the first year: the text's own base
    text = ("Sexual offences against children up 50 per cent in Gwent\n\n"
            f"{GWENT}, up 50 per cent on 500 in 2017/18.")
    head = _one(release, text, "50 per cent")
    assert (head.verdict, head.claim.reading()) == (
        "supported", "Gwent Police, sexual offences against children, 2019/20 (guessed) against 2017/18 (guessed)")
    # the story the property test found: the year before has no change (its figure is 0)
    text = ("Sexual offences against children down 100 per cent in South Wales\n\n"
            "South Wales Police recorded 0 sexual offences against children in 2019/20, down 100 per cent on one "
            "in 2017/18.")
    assert [v.verdict for v in _all(release, text)] == ["supported"] * 4


def test_the_period_before_a_run_of_months(tmp_path):
    # the story writer's wording for a change between two half-years: 500 against 400 is +25 per cent
    import foistats

    data = tmp_path / "data.csv"
    data.write_text("release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
                    "h,2020-06-01,child_sexual_offences,gwent,October 2018 to March 2019,,400,offences,exact,reported,\n"
                    "h,2020-06-01,child_sexual_offences,gwent,April 2019 to September 2019,,500,offences,exact,reported,\n",
                    encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(data)
    verdicts = {v.text: v for v in _all(ws, "Gwent Police recorded 500 sexual offences against children in April 2019 "
                                            "to September 2019, up 25 per cent on 400 the period before.")}
    assert verdicts["25 per cent"].claim.reading() == ("Gwent Police, sexual offences against children, "
                                                       "April 2019 to September 2019 against October 2018 to March 2019")
    assert [verdicts[t].verdict for t in ("25 per cent", "400")] == ["supported", "supported"]
