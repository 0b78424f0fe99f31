"""The reply as a whole: answers found by how they are keyed to their questions, figures
read from sentences in any order, refusals covering what they name, and no question
called unanswered while figures that may answer it are there. Every reply is written here."""

from __future__ import annotations

import pytest

from foistats.ingest import prose
from foistats.ingest.text import clean

from .test_questions import _given, _read


@pytest.mark.parametrize("sentence, pairs", [
    ("In 2021 there were 143 offences recorded, compared with 118 in 2020.", [(143, "2021", {}), (118, "2020", {})]),
    ("The figure for 2020 was 287, rising to 301 in 2021, before falling back to 266 in 2022.",
     [(287, "2020", {}), (301, "2021", {}), (266, "2022", {})]),
    ("Of the 214 offences recorded in 2019, 171 involved a female victim and 38 a male victim; in the remaining 5 "
     "the gender of the victim was not recorded.",
     [(214, "2019", {}), (171, "2019", {"victim_gender": "female"}), (38, "2019", {"victim_gender": "male"}),
      (5, "2019", {"victim_gender": "unknown"})]),
    ("Of the arrests above, 17 resulted in a charge in 2019-20, 12 in 2020-21 and 1,021 in 2021-22.",
     [(17, "2019/20", {"outcome": "charged"}), (12, "2020/21", {"outcome": "charged"}),
      (1021, "2021/22", {"outcome": "charged"})]),  # the list goes on saying what its first figure said
    ("As at 31 January 2024 there were 1,046 registered sex offenders living in the community.",
     [(1046, "31 January 2024", {})]),
])
def test_figures_in_a_sentence_take_their_own_clause_period_in_any_order(sentence, pairs):
    got = [(p.value, p.period.label, p.dims) for p in prose.period_figures(sentence)]
    assert got == pairs


@pytest.mark.parametrize("sentence", [
    "In 2022 there were 40 offences against victims aged 13 and 12 against younger children.",  # ages it does not place
    "In 2022, 12 female suspects and 30 male suspects were arrested.",  # a suspect's gender, not a victim's
    "In 2021 and 2022 there were 40 and 12 offences recorded.",  # two periods and two figures in one clause
    "There were 52 offences recorded, and in 2022 a further 12.",  # a figure before any period
])
def test_a_sentence_this_reader_cannot_pair_pairs_nothing(sentence):
    assert prose.period_figures(sentence) == []


def test_utf8_read_as_windows_1252_is_read_again():
    assert clean("Constabularyâ€™s figures â€“ Â£450") == "Constabulary’s figures – £450"


KEYED = """Gwent Police
Our reference: FOI 123/24
Q1 How many registered sex offenders live in the force area?
A1 As at 31 January 2024 there were 1,046 registered sex offenders living in the community.
Q2 How many were arrested for breaching their notification requirements in each of the last two calendar years?
A2 In 2023, 58 were arrested for failing to comply, compared with 47 in 2022.
Question 3: How many offences of sexual communication with a child were recorded in 2023? 71
Question 4: How many of those were charged?
Answer: 12 offences were charged.
"""


def test_answers_keyed_to_their_questions(tmp_path):
    assert _given(_read(tmp_path, KEYED)) == {
        ("2024-01-31", "2024-01-31", "", 1046, "reported"), ("2023-01-01", "2023-12-31", "", 58, "reported"),
        ("2022-01-01", "2022-12-31", "", 47, "reported"), ("2023-01-01", "2023-12-31", "", 71, "reported"),
        ("2023-01-01", "2023-12-31", "outcome=charged", 12, "reported")}


TABLE_FOR_TWO = """Gwent Police
I write in response to your request. You asked:
1) How many crimes carried a CSE flag in 2021 and 2022?
2) How many arrests were made in connection with those crimes?
3) How many of those arrests resulted in a charge?
Gwent Police can confirm that it holds the information. Questions 1 and 2 are answered in the table below.
Year | Crimes with a CSE flag | Arrests linked to CSE-flagged crimes |
2021 | 147 | 58 |
2022 | 129 | 41 |
3) Of the arrests above, 17 resulted in a charge in 2021 and 12 in 2022.
"""


def test_a_table_said_to_answer_two_questions_leaves_neither_unanswered(tmp_path):
    ws = _read(tmp_path, TABLE_FOR_TWO)
    assert [o for o in ws.observations() if o.status.value == "no_response"] == []
    assert {("2021-01-01", "2021-12-31", "outcome=charged", 17, "reported"),
            ("2022-01-01", "2022-12-31", "outcome=charged", 12, "reported")} <= _given(ws)


NCND = """Hampshire Constabulary
You asked for the following information for "the last two years", which we have taken to mean the calendar years 2021 and 2022 (1 January 2021 to 31 December 2022).
Question 1
How many offences relating to indecent images of children were recorded by the force?
Response
•  2021 – 455
•  2022 – 438
Question 2
How many of these investigations started from intelligence received from a security body?
Response
The force can neither confirm nor deny that it holds information relevant to question 2, by virtue of the following exemptions:
Section 23(5) – Information supplied by, or concerning, certain security bodies
"""


def test_a_neither_confirm_nor_deny_aimed_at_a_question_refuses_each_period_it_asked(tmp_path):
    assert _given(_read(tmp_path, NCND)) == {
        ("2021-01-01", "2021-12-31", "", 455, "reported"), ("2022-01-01", "2022-12-31", "", 438, "reported"),
        ("2021-01-01", "2021-12-31", "", None, "exempt"), ("2022-01-01", "2022-12-31", "", None, "exempt")}


COST_WITH_ADVICE = """Merseyside Police
Request
Please provide the following for April 2021 to March 2022:
1. The number of offences where the suspect first made contact with the child online.
2. How many of those offences resulted in a suspect being charged.
Response
Merseyside Police is unable to provide the information, as to do so would exceed the appropriate cost limit under section 12(1) of the Act.
Advice and assistance
You may wish to submit a narrower request. For example, the number of crimes recorded under Home Office code 71/17 could be provided.
"""


def test_a_cost_refusal_covers_every_question_and_a_code_offered_as_advice_is_not_its_subject(tmp_path):
    ws = _read(tmp_path, COST_WITH_ADVICE)
    # Whether "first made contact online" is the online flag, replies and their readers disagree:
    # both questions' refusals wait in review with that reading, not in the data and not lost.
    assert _given(ws) == set()
    pending = sorted((item.guess["status"], item.guess["period_start"], str(item.guess["breakdown"]))
                     for item in ws.review_items())
    assert pending == [("exempt", "2021-04-01", "{'online_flag': True, 'outcome': 'charged'}"),
                       ("exempt", "2021-04-01", "{'online_flag': True}")]
    assert all("first contact was made online" in item.reason for item in ws.review_items())


DEFINED = """Gwent Police
Request
1. How many offences of sexual communication with a child were recorded in each of the last two years?
2. How many of those were online?
Response
We have taken "the last two years" to mean the calendar years 2021 and 2022.
1. 2021 – 40
2022 – 52
2. This information is exempt under section 31(1)(a).
"""


def test_years_counted_back_are_the_years_the_reply_says_it_took_them_to_mean(tmp_path):
    assert _given(_read(tmp_path, DEFINED)) == {
        ("2021-01-01", "2021-12-31", "", 40, "reported"), ("2022-01-01", "2022-12-31", "", 52, "reported"),
        ("2021-01-01", "2021-12-31", "online_flag=true", None, "exempt"),
        ("2022-01-01", "2022-12-31", "online_flag=true", None, "exempt")}


TO_DATE = """Police Scotland
1. Please provide the number of recorded crimes of communicating indecently with a child for 2022, 2023 and 2024 to date.
2. For each of those crimes where the communication took place online, please state the platform used.
In response to question 2, I am unable to provide the information, as it would exceed the cost limit under Section 12(1) of the Act.
* 2024 figures cover 1 January 2024 to 30 June 2024 only.
"""


def test_a_year_asked_to_date_is_the_part_a_footnote_says_it_covers(tmp_path):
    refused = {(o.period.start.isoformat(), o.period.end.isoformat()) for o in _read(tmp_path, TO_DATE).observations()
               if o.status.value == "exempt"}
    assert refused == {("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-06-30")}


@pytest.mark.parametrize("text", [
    # a response led by "Response:" under a list of questions answers them all
    "Gwent Police\nRequest\n1. How many offences were recorded in 2022?\n2. How many were charged in 2022?\n"
    "Response: The information requested is exempt under section 30(1) of the Act.\n",
    # a bare "Question 2" heading in the response heads its answer, not a question
    "Gwent Police\nRequest\n1. How many offences were recorded in 2022?\n2. How many were charged in 2022?\nResponse\n"
    "Question 1\n45 offences were recorded.\nQuestion 2\nThe information is exempt under section 30(1) of the Act.\n",
])
def test_a_refusal_is_never_taken_for_an_unanswered_question(tmp_path, text):
    statuses = {o.status.value for o in _read(tmp_path, text).observations()}
    assert "no_response" not in statuses and "exempt" in statuses


def test_a_sentence_naming_two_codes_pairs_nothing():
    assert prose.period_figures("In 2022 there were 40 offences under code 71/17 and 12 under code 88/5.") == []
