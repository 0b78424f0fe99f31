"""The self pass: an article's derived claims against its own counts."""

from __future__ import annotations

import pytest

from foistats.check import check_text


def _verdicts(text: str) -> dict[str, tuple[str, float | None]]:
    return {v.text: (v.verdict, v.computed) for v in check_text(text)}


def test_a_quarter_of_more_than_34000_is_not_5500():
    found = _verdicts("Police recorded more than 34,000 offences across the UK in 2022/23, "
                      "and a quarter (5,500) of the victims were under 12.")
    verdict, computed = found["a quarter"]
    assert verdict == "contradicted"
    assert computed == pytest.approx(16.18, abs=0.01)  # 5,500 / 34,000 at most
    assert found["more than 34,000"][0] == "cannot_decide"  # the 5,500 is a part of it, not its equal


def test_more_than_double():
    found = _verdicts("Welsh forces recorded 576 online offences in 2018/19, more than double "
                      "the 258 recorded in 2015/16.")
    assert found["more than double"][0] == "supported"
    assert found["more than double"][1] == pytest.approx(2.23, abs=0.01)


def test_a_total_against_its_parts():
    text = ("Welsh forces recorded 274 offences in 2017/18. South Wales Police logged 158, "
            "North Wales Police 53, Gwent Police 44 and Dyfed-Powys Police 19.")
    assert _verdicts(text)["274"] == ("supported", 274)
    wrong = text.replace("274", "284")
    assert _verdicts(wrong)["284"] == ("contradicted", 274)
    assert _verdicts(text)["158"][0] == "cannot_decide"  # a part on its own


def test_a_restated_count():
    text = "Kent recorded 2,202 offences in 2016/17. That is more than 2,300 offences."
    assert _verdicts(text)["more than 2,300"][0] == "contradicted"


def test_a_change_from_one_count_to_another():
    assert _verdicts("Cases fell from 77 to 63, a fall of 17 per cent.")["17 per cent"] == (
        "contradicted", pytest.approx(-18.18, abs=0.01))
    assert _verdicts("Cases rose from 51 in 2013 to 79 in 2015, a rise of 55 per cent.")["55 per cent"][0] == "supported"


def test_a_daily_average_from_a_count():
    found = _verdicts("Kent recorded 2,202 offences in 2016/17, an average of seven every day.")
    assert found["an average of seven every day"][0] == "contradicted"  # 6.03 a day


def test_a_rank_among_every_member():
    text = ("The four Welsh forces recorded 155 crimes. Dyfed-Powys Police recorded the most, with 60 crimes. "
            "South Wales Police recorded 35, Gwent Police 34 and North Wales Police 26.")
    assert _verdicts(text)["the most"][0] == "supported"
    assert _verdicts(text.replace("with 60", "with 30"))["the most"][0] == "contradicted"


def test_a_count_nothing_bears_on():
    assert _verdicts("Gwent recorded 229 offences in 2018/19.")["229"][0] == "cannot_decide"


def test_a_wording_and_its_own_number_are_one_claim_judged_once():
    text = "Police across the UK recorded 1,000 offences in 2019/20. More than half (52 per cent) were online."
    [_, share] = check_text(text)
    assert (share.text, share.verdict) == ("More than half (52 per cent)", "supported")
    [_, wrong] = check_text(text.replace("More than half", "Almost half"))
    assert (wrong.text, wrong.verdict) == ("Almost half (52 per cent)", "contradicted")
    assert "its own number, 52 per cent" in wrong.reason


def test_no_false_alarm_from_a_guessed_reading():
    """Pairs of counts from another sentence whose years the claim does not name, and an
    area or measure only guessed, make *cannot decide*, never *contradicted*."""
    text = ("Kent Police recorded 1,568 offences in 2022/23, against 1,356 the year before. "
            "There has been a 50% increase since 2017/18, when there were only 1,042 such crimes.")
    assert _verdicts(text)["50%"][0] == "supported"  # (1,568 − 1,042) / 1,042
    guessed = "Kent and Essex recorded 300 offences in 2019/20. The figure rose by 40 per cent on 2018/19, to 500."
    assert _verdicts(guessed)["40 per cent"][0] == "cannot_decide"


def test_a_share_against_the_parts_listed_with_it():
    text = ("Meta's apps appeared in over a quarter of cases, with WhatsApp used in 12 per cent, "
            "Facebook in 10 per cent and Instagram in six per cent.")
    assert _verdicts(text)["over a quarter"][0] == "supported"  # 28, each part within half a point
    assert _verdicts(text.replace("over a quarter", "over a third"))["over a third"][0] == "contradicted"


def test_a_lede_ahead_of_its_figures_takes_the_articles_only_area_and_period():
    text = ("Police log a sexual offence against a child every 10 minutes.\n\n"
            "Forces across the UK recorded 55,507 sexual offences against children in 2015/16.")
    rate = check_text(text)[0]
    assert rate.claim.reading() == "United Kingdom, sexual offences against children, 2015/16"
    assert (rate.verdict, rate.computed) == ("contradicted", pytest.approx(9.495, abs=0.001))  # 527,040 / 55,507
    # a second area named anywhere competes: the lede is left unread
    other = text + " Kent recorded 1,000."
    assert check_text(other)[0].verdict == "cannot_decide"


def test_a_daily_average_of_a_count_whose_year_is_the_articles_only_one():
    text = "Police in England and Wales were told of 31,238 offences in total – 85 a day.\n\nThe figures are for 2013/14."
    found = _verdicts(text)
    assert found["85 a day"] == ("contradicted", pytest.approx(85.58, abs=0.01))  # 365 days
    assert _verdicts(text.replace("85 a day", "86 a day"))["86 a day"][0] == "supported"


def test_a_fraction_of_the_victims_is_of_the_offences_against_them():
    text = ("Police in England and Wales recorded 31,238 offences in 2013/14.\n\n"
            "Most of the victims were aged 12 to 16, but more than one in three (8,282) were younger than 11.")
    verdicts = {v.text: v for v in check_text(text)}
    assert verdicts["more than one in three"].verdict == "contradicted"  # 26.5 per cent
    assert verdicts["8,282"].claim.breakdown == {"victim_age_min": 0, "victim_age_max": 10}
    true = text.replace("8,282", "11,282")
    assert _verdicts(true)["more than one in three"][0] == "supported"  # 36.1 per cent


def test_a_multiple_between_two_parts_is_held_to_the_articles_counts_of_them():
    text = ("Offences recorded against girls in Gwent were nearly three times higher than those against boys.\n\n"
            "Girls were the victims in 1,141 offences, against 374 for boys.")
    multiple = check_text(text)[0]
    assert multiple.claim.reading().endswith("victim gender female against male")
    assert (multiple.verdict, multiple.computed) == ("contradicted", pytest.approx(3.05, abs=0.01))  # not below 3
    assert check_text(text.replace("nearly three", "three"))[0].verdict == "supported"
    # counts of two years are no reading of it
    years = ("Offences against girls in Gwent were three times those against boys.\n\n"
             "Gwent recorded 100 offences in 2018/19 and 500 in 2019/20.")
    assert check_text(years)[0].verdict == "cannot_decide"


def test_listed_forces_contradict_their_regions_total_only_by_exceeding_it():
    text = ("Forces in the North West recorded some 565 grooming offences in 2017/18.\n\n"
            "Lancashire recorded 175 grooming offences, Greater Manchester 296 and Merseyside 70, "
            "while there were 25 in Cheshire.")
    found = _verdicts(text)
    assert found["some 565"] == ("contradicted", 566)  # four of its five forces already make 566
    for total in ("567", "some 600"):  # at least 566: Cumbria's figure is not given
        assert _verdicts(text.replace("some 565", total))[total][0] == "cannot_decide"
    cumbria = text + " Cumbria recorded 34 grooming offences."
    assert _verdicts(cumbria.replace("some 565", "some 600"))["some 600"] == ("supported", 600)
