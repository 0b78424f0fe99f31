"""Kinds a question names: "how many incidents were graded high, medium and low risk" makes
the rows High / Medium / Low counts of incidents of each kind, and the Total the incidents; a
label the question does not name stays for a person. An open question ("reported missing
from:") takes its answer's rows as its kinds only when foistats knows none of them. Every
reply is written here."""

from __future__ import annotations

import foistats
from foistats.ingest.prose import categories_in


ONE_MEASURE_ASKED = '''title = "Child sexual exploitation"

[request]
release = "cse-2024"
authorities = ["durham"]
periods = ["2022", "2023"]
question = "How many referrals to your CSE team were there in each of the calendar years {periods}?"

[request.measures]
child_sexual_offences = "offences"

[request.requester]
name = "Sam Analyst"
'''


def _read(tmp_path, text: str, campaign: str | None = None):
    path = tmp_path / "reply.txt"
    path.write_text(text, encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    if campaign:
        (ws.folder / "campaign.toml").write_text(campaign, encoding="utf-8")
    ws.ingest(path, authority="Durham Constabulary")
    return ws


def _by_measure(ws) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for o in sorted(ws.observations(), key=lambda o: o.period.start):
        out.setdefault(o.measure, []).append(o.value)
    return out


GRADED = """Durham Constabulary - Freedom of Information
Request
In 2022 and 2023, how many referrals to the CSE team were graded high, medium or low risk?
Response
Risk | 2022 | 2023
High | 31 | 40
Medium | 112 | 97
Low | 260 | 301
Total | 403 | 438
"""


def test_rows_a_question_names_as_kinds_count_each_kind_and_the_total_counts_the_whole(tmp_path):
    ws = _read(tmp_path, GRADED)
    assert ws.review_items() == []
    measures = _by_measure(ws)
    assert measures == {
        "referrals_cse_team": [403, 438],
        "referrals_cse_team_high_risk": [31, 40],
        "referrals_cse_team_medium_risk": [112, 97],
        "referrals_cse_team_low_risk": [260, 301],
    }
    assert all(str(o.breakdown) == "" for o in ws.observations())


def test_a_row_the_question_does_not_name_goes_to_review(tmp_path):
    ws = _read(tmp_path, GRADED.replace("Low | 260 | 301", "Very low | 260 | 301"))
    assert {i.guess["value"] for i in ws.review_items()} >= {260, 301}
    assert 260 not in {o.value for o in ws.observations()}


def test_a_later_question_asking_by_the_same_kind_takes_the_kinds_named_earlier(tmp_path):
    text = GRADED + """Request
How many of those referrals had a missing episode in the same year? Please break this down by risk level.
Response
Of those with a missing episode | 2022 | 2023
High | 12 | 9
Medium | 20 | 25
Low | 3 | 4
Total | 35 | 38
"""
    ws = _read(tmp_path, text)
    assert ws.review_items() == []
    split = {m: v for m, v in _by_measure(ws).items() if "missing" in m}
    assert len(split) == 4 and sorted(split.values()) == sorted([[12, 9], [20, 25], [3, 4], [35, 38]])


OPEN = """Durham Constabulary - Freedom of Information
Request
For 2023, how many children reported missing were found at:
Response
Place found | 2023
Home address | 140
Friend's address | 96
Public place | 51
"""


def test_an_open_question_takes_its_answers_rows_as_its_kinds(tmp_path):
    ws = _read(tmp_path, OPEN)
    assert ws.review_items() == []
    assert sorted(o.value for o in ws.observations()) == [51, 96, 140]
    assert len({o.measure for o in ws.observations()}) == 3


def test_an_open_question_answered_with_a_label_foistats_knows_sends_the_unknown_rows_to_review(tmp_path):
    # "Female" says the rows are a dimension; "Public place" beside it is not one foistats can place
    ws = _read(tmp_path, OPEN.replace("Friend's address | 96", "Female | 96"))
    assert 51 in {i.guess["value"] for i in ws.review_items()}
    assert 51 not in {o.value for o in ws.observations()}


def test_kinds_the_campaign_did_not_ask_for_go_to_review(tmp_path):
    ws = _read(tmp_path, GRADED, ONE_MEASURE_ASKED)
    assert {o.value for o in ws.observations()} <= {403, 438}
    assert {i.guess["value"] for i in ws.review_items()} >= {31, 112, 260}


def test_a_question_without_kinds_names_none():
    assert categories_in("How many offences were recorded in 2022, broken down by age and gender?") is None
    named = categories_in("How many referrals were there, by risk level (high, medium or low)?")
    assert named is not None and named.words == ("high", "medium", "low") and named.noun == "risk level"
