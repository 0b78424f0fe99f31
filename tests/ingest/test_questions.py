"""Questions and answers: each answer checked against what its question asked — a refusal
covers what it names, an answer that gives figures but not the ones asked (each month, by
gender) leaves those ``no_response``. Every reply is written here."""

from __future__ import annotations

import foistats


def _read(tmp_path, text: str):
    return _read_file(tmp_path, "reply.txt", text.encode("utf-8"))


def _read_file(tmp_path, name: str, data: bytes, authority: str = "Gwent"):
    """A workspace with one reply ingested, as a force sent it (``name`` says its format)."""
    path = tmp_path / name
    path.write_bytes(data)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority=authority)
    return ws


def _given(ws) -> set[tuple]:
    return {(o.period.start.isoformat(), o.period.end.isoformat(), str(o.breakdown), o.value, o.status.value)
            for o in ws.observations()}


ANSWERED_BY_YEAR = """Gwent Police
Your request is set out below, followed by our reply.
For each month from March 2021 to March 2022, how many missing children incidents were graded high risk?
Please break these figures down by gender.
Financial year | Incidents |
2021/22 | 796 |
2022/23 | 984 |
"""


def test_figures_asked_for_each_month_and_by_gender_but_given_by_year_leave_those_unanswered(tmp_path):
    ws = _read(tmp_path, ANSWERED_BY_YEAR)
    given = _given(ws)
    assert ("2021-04-01", "2022-03-31", "", 796, "reported") in given
    assert ("2022-04-01", "2023-03-31", "", 984, "reported") in given
    unanswered = [o for o in ws.observations() if o.status.value == "no_response"]
    assert [(o.period.start.isoformat(), o.period.end.isoformat()) for o in unanswered] == [("2021-03-01", "2022-03-31")] * 2
    assert sorted(o.note for o in unanswered) == [
        "question u1 asks for a breakdown by gender; the answer gives none",
        "question u1 asks for figures for each month; the answer gives none"]


def test_figures_given_each_month_answer_a_monthly_question(tmp_path):
    text = ANSWERED_BY_YEAR.replace("Please break these figures down by gender.\n", "").replace(
        "Financial year | Incidents |\n2021/22 | 796 |\n2022/23 | 984 |",
        "Month | Incidents |\nMarch 2021 | 70 |\nApril 2021 | 66 |")
    ws = _read(tmp_path, text)
    assert {o.status.value for o in ws.observations()} == {"reported"}


POINTS = """Northshire Police
You asked:
Please answer the points below for each of these years: 2018, 2019, and 2020 up to the end of June.
- How many image offences were reported to your force in each of those years, together with the outcome of each.
- The ages of the suspects, and how many were known to the victim.
In Response:
The information is not held in a form that could be extracted within the 18 hour threshold. In all, 524 crimes were
identified for the period you gave, and each one would have to be read by hand. This applies above all to points 1 and 2.
"""


def test_a_cost_refusal_covers_each_point_and_each_year_and_its_count_is_for_the_whole_period(tmp_path):
    ws = _read(tmp_path, POINTS)
    given = _given(ws)
    assert ("2018-01-01", "2020-06-30", "", 524, "reported") in given
    refused = [o for o in ws.observations() if o.status.value == "exempt"]
    # two points, each asking two figures, for each of three years (the last to the end of June)
    assert len(refused) == 12
    assert {(o.period.start.isoformat(), o.period.end.isoformat()) for o in refused} == {
        ("2018-01-01", "2018-12-31"), ("2019-01-01", "2019-12-31"), ("2020-01-01", "2020-06-30")}
    assert ws.review_items() == []


def test_a_footnote_saying_a_field_was_not_in_use_for_a_year_makes_that_year_not_held(tmp_path):
    text = """Gwent Police
Request
1. How many high-risk incidents were reported from each location in 2021/22, 2022/23 and 2023/24?
Response
Location | 2022/23 | 2023/24 |
Care | 4 | 25 |
Female | 38 | 310 |
* The field was not in use in 2021/22.
"""
    ws = _read(tmp_path, text)
    assert ("2021-04-01", "2022-03-31", "", None, "not_held") in _given(ws)


def test_a_sentence_stating_the_number_under_the_response_heading_is_an_answer_not_a_question(tmp_path):
    text = """Gwent Police
Request
How many sexual offences against children were recorded in 2021/22?
Response
The number of offences recorded was 45.
"""
    assert _given(_read(tmp_path, text)) == {("2021-04-01", "2022-03-31", "", 45, "reported")}


def test_months_with_two_digit_years_label_a_financial_year(tmp_path):
    text = """Gwent Police
Request
1. How many sexual offences against children were recorded in each of the last two financial years?
Response
Financial Year | Apr 20 - Mar 21 | Apr-21 to Mar-22 |
Offences | 15 | 19 |
"""
    assert _given(_read(tmp_path, text)) == {("2020-04-01", "2021-03-31", "", 15, "reported"),
                                             ("2021-04-01", "2022-03-31", "", 19, "reported")}


def test_numbered_answers_each_take_what_their_question_asks(tmp_path):
    text = """Gwent Police
Request
1. How many sexual offences against children were recorded in 2021/22?
2. How many of the victims were aged under 13?
3. How many of those offences were online?
Response
1. 120
3. 14
"""
    given = _given(_read(tmp_path, text))
    assert ("2021-04-01", "2022-03-31", "", 120, "reported") in given
    assert ("2021-04-01", "2022-03-31", "online_flag=true", 14, "reported") in given
    # question 2 got no answer while the one after it did
    assert ("2021-04-01", "2022-03-31", "victim_age_max=12;victim_age_min=0", None, "no_response") in given


RELATIVE = """Gwent Police
Date of response: {date}
Request 1
For each of the past three financial years, how many requests did the force make to Snapchat for account data?
Answer
Complying with your request would exceed the appropriate limit under section 12(1).
"""


def test_the_past_three_years_count_back_from_the_reply_when_its_request_is_in_the_same_year(tmp_path):
    ws = _read(tmp_path, RELATIVE.format(date="27 January 2010"))
    assert _given(ws) == {(f"{y}-04-01", f"{y + 1}-03-31", "platform=snapchat", None, "exempt") for y in (2006, 2007, 2008)}


def test_the_past_three_years_go_to_review_when_the_request_may_be_from_the_year_before(tmp_path):
    ws = _read(tmp_path, RELATIVE.format(date="12 May 2010"))  # asked in March, the years would be others
    assert ws.observations() == []
    assert all("may be from the year before" in item.reason for item in ws.review_items())


def test_a_year_one_question_is_answered_for_and_its_sibling_is_not_is_no_response(tmp_path):
    text = """Gwent Police
1) In each of the past 3 financial years, how many offences under Home Office code 88/5 were recorded?
Answer
2022/23 - 10
2023/24 - 6
2024/25 - 0
2) In each of the past 3 financial years, how many of those took place at a dwelling?
Answer
2022/23 - 2
2023/24 - 1
"""
    given = _given(_read(tmp_path, text))
    assert ("2024-04-01", "2025-03-31", "offence_code=88/5", 0, "reported") in given
    assert ("2024-04-01", "2025-03-31", "offence_code=88/5", None, "no_response") in given
    assert len(given) == 6
