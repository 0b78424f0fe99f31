"""The issue's "done when" cases on the demo workspace (the bundled Welsh figures).

Expected values are worked out by hand from src/foistats/data/sample/published_figures.csv:
Gwent's online offences were 229 in 2018/19 and 128 in 2019/20 ((128 − 229) / 229 =
−44.1 per cent); Dyfed-Powys did not respond for 2018/19; Gwent's 314 in 2016/17 has one
Welsh peer (Dyfed-Powys, 1,110), so two forces' figures are unknown.
"""

from __future__ import annotations

from datetime import date

import pytest

from foistats.check import check_text


def _by_text(verdicts):
    return {v.text: v for v in verdicts}


def test_count_supported_and_highest_undecided_without_dyfed_powys(demo_ws):
    found = _by_text(demo_ws.check("Gwent Police recorded 229 offences in 2018/19, the highest in Wales."))
    assert found["229"].verdict == "supported"
    assert found["229"].computed == 229
    highest = found["the highest in Wales"]
    assert highest.verdict == "cannot_decide"
    assert "highest of the 3 forces" in highest.reason and "Dyfed-Powys Police did not respond" in highest.reason


def test_wrong_fall_contradicted_with_computed_change(demo_ws):
    [fall] = demo_ws.check("Gwent's figure fell by 50 per cent in 2019/20.")
    assert fall.verdict == "contradicted"
    assert fall.computed == pytest.approx(-44.1, abs=0.05)
    assert fall.fact_ids


def test_lowest_of_four_undecided_with_two_unknown(demo_ws):
    found = _by_text(demo_ws.check("Gwent recorded 314 offences in 2016/17, the lowest of the four forces."))
    assert found["314"].verdict == "supported"
    lowest = found["the lowest of the four forces"]
    assert lowest.verdict == "cannot_decide"
    assert "North Wales Police" in lowest.reason and "South Wales Police" in lowest.reason


def test_a_rank_the_answering_forces_already_rule_out_is_contradicted(demo_ws):
    found = _by_text(demo_ws.check("South Wales Police recorded 214 offences in 2018/19, the highest in Wales."))
    assert found["214"].verdict == "supported"
    assert found["the highest in Wales"].verdict == "contradicted"  # Gwent's 229 is higher


def test_wrong_count_contradicted(demo_ws):
    [count] = demo_ws.check("North Wales Police recorded 143 online offences in 2018/19.")
    assert count.verdict == "contradicted"
    assert count.computed == 133


def test_qualified_counts(demo_ws):
    found = _by_text(demo_ws.check(
        "Dyfed-Powys Police recorded more than 1,100 offences in 2016/17. "
        "Gwent Police recorded almost 400 offences in 2016/17."))
    assert found["more than 1,100"].verdict == "supported"  # 1,110
    assert found["almost 400"].verdict == "contradicted"  # 314 is 21.5 per cent below 400


def test_relative_year_follows_the_date(demo_ws):
    text = "Gwent Police recorded 128 online offences last year."
    facts, releases = demo_ws.fact_set(), demo_ws.releases()
    assert check_text(text, facts, releases, on=date(2020, 9, 1))[0].verdict == "supported"
    assert check_text(text, facts, releases, on=date(2019, 9, 1))[0].verdict == "contradicted"


def test_release_limits_the_data(demo_ws):
    text = "Gwent Police recorded 314 offences in 2016/17."
    facts, releases = demo_ws.fact_set(), demo_ws.releases()
    assert check_text(text, facts, releases, release="nspcc-how-safe-2017")[0].verdict == "supported"
    assert check_text(text, facts, releases, release="nspcc-online-2020")[0].verdict == "cannot_decide"


def test_self_only_ignores_the_workspace(demo_ws):
    [count] = demo_ws.check("Gwent Police recorded 229 offences in 2018/19.", self_only=True)
    assert count.verdict == "cannot_decide"


def test_age_groups_are_judged_against_their_breakdown(demo_ws):
    text = ("Police across the UK recorded 64,667 sexual offences against children in 2016/17. Of these, "
            "13,875 were against children aged 10 and under (21 per cent), 2,788 against children aged four "
            "and under (4 per cent) and 193 against children aged under a year.")
    found = {v.text: v.verdict for v in demo_ws.check(text)}
    assert found == {"64,667": "supported", "13,875": "supported", "21 per cent": "supported",
                     "2,788": "supported", "4 per cent": "supported", "193": "supported"}
    wrong = {v.text: v.verdict for v in demo_ws.check(text.replace("2,788", "2,878"))}
    assert wrong["2,878"] == "contradicted"


def test_ranks_among_the_forces_that_answered(demo_ws):
    found = demo_ws.check("Of the forces that gave figures, Gwent Police recorded the most online offences "
                          "in 2018/19, 229, followed by South Wales Police with 214 and North Wales Police with 133.")
    assert [v.verdict for v in found] == ["supported"] * 4
    [rank] = [v for v in demo_ws.check("| Gwent Police | 2018/19 | 229 | 2 of 3 in Wales |") if v.claim.kind == "rank"]
    assert rank.verdict == "contradicted" and rank.computed == 1


def test_two_comparisons_in_one_sentence_keep_their_own_bases(demo_ws):
    found = {v.text: v for v in demo_ws.check(
        "Welsh forces recorded 576 online offences in 2018/19, up 26 per cent on 458 the year before "
        "and more than double the 258 of 2015/16.")}
    assert found["26 per cent"].verdict == "supported"  # (576 - 458) / 458 = 25.8
    assert found["more than double"].verdict == "supported"  # 576 / 258 = 2.23


def test_the_base_of_a_year_on_year_fall_is_the_year_before(demo_ws):
    found = {v.text: v for v in demo_ws.check(
        "Gwent Police recorded fewer online offences in 2019/20, falling 44 per cent from 229 to 128.")}
    assert found["229"].verdict == "supported"  # 2018/19
    assert found["128"].verdict == "supported"  # 2019/20
    assert found["44 per cent"].verdict == "supported"


def test_ws_check_reads_a_file_given_as_a_path_or_its_name(demo_ws, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Gwent\n\nGwent Police recorded **314** offences in 2016/17.\n")
    assert [v.verdict for v in demo_ws.check(story)] == ["supported"]
    assert [v.verdict for v in demo_ws.check(str(story), on="2017-06-01")] == ["supported"]
