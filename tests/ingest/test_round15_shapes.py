"""Shapes of reply the fifteenth blind round showed the readers missing or misreading once it
was opened, each written here as an invented reply of that kind: a thread whose messages are
told apart by their salutations (a clarification among them, its lead line saying what every
question counts), a letter that answers each question under it with no response heading, a one-cell-per-line table with a dash in it, figures "A further 41 … and 87 …
are still under investigation", a tab table whose first column is given once per group, a
dash keyed as "no offences", a key in a workbook's notes beside their label, a question "in each year",
a question list typed with tabs and a paragraph that says its table is online-flagged after a
sentence saying something is not held."""

from __future__ import annotations

import io

import openpyxl

import foistats
from foistats.ingest import prose
from foistats.ingest.prose import period_figures
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read

CLARIFIED_THREAD = """Online abuse of children
J. Patel made this Freedom of Information request to Cumbria Constabulary
----------------------------------------------------------------------
J. Patel
3 March 2024
Dear Cumbria Constabulary,
Please could you tell me how many online child abuse cases you have dealt with recently,
and how many led to charges.
Yours faithfully,
J. Patel
----------------------------------------------------------------------
Cumbria Constabulary
6 March 2024
Dear J. Patel,
Could you clarify which years you are interested in, and what you mean by online?
Kind regards,
FOI Team
----------------------------------------------------------------------
J. Patel
8 March 2024
Dear Cumbria Constabulary,
Thank you. I mean recorded sexual offences where the victim was under 18 and the online flag was applied.
Please could you give:
1. the number for each of the financial years 2022/23 and 2023/24;
2. the same figures by the age of the victim: under 13 and 13-17;
3. how many of them resulted in a charge.
Yours faithfully,
J. Patel
----------------------------------------------------------------------
Cumbria Constabulary
2 April 2024
Dear J. Patel,
I write in response to your request as clarified on 8 March 2024.
1. Please see the table under question 2.
2. By age of victim:
Age of victim
2022/23
2023/24
Under 13
31
28
13-17
90
104
Age not recorded
-
6
Total
121
138
- denotes nil
3. Of the offences recorded in 2022/23, 12 have resulted in a charge; of those recorded in 2023/24, 9 have.
A further 22 offences from 2022/23 and 51 from 2023/24 are still under investigation.
Yours sincerely,
FOI Team
"""


def test_a_clarified_thread_its_lead_line_and_a_dash_among_cells_one_per_line(tmp_path):
    given = _given(_read(tmp_path, CLARIFIED_THREAD))
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_age_max=12;victim_age_min=0", 31, "reported") in given
    assert ("2023-04-01", "2024-03-31", "online_flag=true;victim_age_known=false", 6, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_age_known=false", 0, "reported") in given  # "-" keyed nil
    assert ("2023-04-01", "2024-03-31", "online_flag=true", 138, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true;outcome=charged", 12, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true;outcome=ongoing", 22, "reported") in given
    assert not any(g[1] == "2023-03-31" and g[3] == 22 and "charged" in g[2] for g in given)


def test_a_predicate_after_the_last_of_several_counts_is_said_of_each():
    said = period_figures("A further 17 offences from 2021 and 40 from 2022 are still under investigation.")
    assert [(f.value, f.dims) for f in said] == [(17, {"outcome": "ongoing"}), (40, {"outcome": "ongoing"})]
    # not where the first count's clause says more than its count and period
    said = period_figures("In 2021 there were 17 offences, and 40 from 2022 are still under investigation.")
    assert said == [] or said[0].dims == {}


LETTER_ANSWERING_UNDER_EACH_QUESTION = """From: FOI Requests
Suffolk Constabulary
OFFICIAL
Dear Mr Evans,
Freedom of Information Request Reference No: FOI 2024/0990
Your questions and our answers are shown in turn.
Q1. How many sexual offences against children recorded in 2023 carried the online flag?
2023 – 164
Q2. How many of these offences came to light through intelligence from a security body?
Suffolk Constabulary can neither confirm nor deny that it holds any information relevant to this question by virtue of Section 23(5) and Section 24(2).
Yours sincerely,
Information Rights Officer
"""


def test_a_letter_answering_under_each_question_with_no_response_heading(tmp_path):
    given = _given(_read(tmp_path, LETTER_ANSWERING_UNDER_EACH_QUESTION))
    assert ("2023-01-01", "2023-12-31", "online_flag=true", 164, "reported") in given
    # a salutation opening the letter does not by itself make what follows the force's (a letter
    # may quote the request after it): the refusal under Q2 is not read as an answer, nor Q2 as unanswered
    assert not any(g[4] == "no_response" for g in given)


GROUPED_TAB_TABLE = """Dyfed-Powys Police
Request
1.\tPlease provide the number of crimes with a CSE flag in each of the financial years 2022/23 and 2023/24, by gender and age of the victim.
2.\tHow many CSE investigations in each year involved a covert officer?
Response
Question 1
Victim gender\tVictim age\t2022/23\t2023/24
Female\tUnder 13\t11\t14
\t13-17\t40\t38
\tAge not recorded\t3\t1
Male\tUnder 13\t4\t2
\t13-17\t9\t12
Total\t\t67\t67
Question 2
Dyfed-Powys Police can neither confirm nor deny that it holds this information by virtue of Section 31(3).
"""


def test_a_group_label_given_once_and_a_question_in_each_year(tmp_path):
    given = _given(_read(tmp_path, GROUPED_TAB_TABLE))
    assert ("2022-04-01", "2023-03-31", "victim_age_known=false;victim_gender=female", 3, "reported") in given
    assert ("2023-04-01", "2024-03-31", "victim_age_max=17;victim_age_min=13;victim_gender=male", 12, "reported") in given
    assert ("2022-04-01", "2023-03-31", "", None, "exempt") in given  # "in each year": the request's years
    assert ("2023-04-01", "2024-03-31", "", None, "exempt") in given


def test_a_dash_keyed_as_no_offences_is_nil():
    assert suppression_rule("A dash (-) indicates that there were no offences.").means == "nil"
    assert suppression_rule("- indicates no records held") is None


def test_a_key_in_a_workbooks_notes_beside_their_label_is_read(tmp_path):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Response"
    notes.append(["Notes", "1. Figures are taken from the crime system as at 1 May 2024 and may change."])
    notes.append([None, "2. Figures of 1 to 4 are shown as *. A dash (-) indicates that there were no offences."])
    data = book.create_sheet("Data")
    data.append(["Victims of 71/17 offences by age", None, None])
    data.append(["Age of victim", "2022", "2023"])
    data.append(["Under 13", 21, 25])
    data.append(["13-15", 80, "*"])
    data.append(["Age not recorded", "-", 3])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "reply.xlsx"
    path.write_bytes(buffer.getvalue())
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Kent")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_age_known=false", 0, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", None, "suppressed") in given


def test_online_said_in_its_own_sentence_of_a_paragraph():
    paragraph = ("Before April 2023 the platform is not held in a searchable form. For 2023/24 the platform "
                 "recorded for the 431 online flagged offences is shown below.")
    assert prose.says_flagged_online(paragraph)
    assert not prose.says_flagged_online("These offences were not flagged as online.")


def test_the_first_months_of_a_year_and_counts_recorded_in_each_after_as_did():
    from datetime import date

    from foistats.periods import Period

    assert prose.periods_in("For the first six months of 2024 the figures were")[0].periods == (Period(date(2024, 1, 1), date(2024, 6, 30)),)
    said = period_figures("Of the crimes shown in Q1, 12 recorded in 2020/21 resulted in a charge, as did 15 recorded in "
                          "2021/22, 9 recorded in 2022/23 and 4 recorded in 2023/24.")
    assert [(f.value, f.dims) for f in said] == [(n, {"outcome": "charged"}) for n in (12, 15, 9, 4)]


def test_an_outcome_named_with_its_number_in_brackets():
    from foistats.ingest.labels import read_label

    assert read_label("Evidential difficulties (Outcome 15)").dims == (("outcome", "outcome 15"),)
    assert read_label("Charged (Outcome 3)").dims == ()  # the words and the number disagree
