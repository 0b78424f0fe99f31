"""Shapes of reply the twenty-seventh blind round (held back from session 20's start, then opened)
showed the readers misreading, each written here as an invented reply of that kind: "In relation
to question 4, …" and a numbered table caption naming another question's subject under the
answer to question 2; and "Q3. … these are suspects aged 10 to 17 … The number of such suspects
was 203 in 2021/22" under the response; and, the other way, a caption naming a word of its own
question ("… who were charged") that stays that question's answer."""

from __future__ import annotations

from .test_questions import _given, _read


def test_a_caption_naming_another_questions_subject_and_in_relation_to_question_4(tmp_path):
    given = _given(_read(tmp_path, """Police Scotland
1. The number of crimes of communicating indecently with an older child recorded in each financial year 2022/23 and 2023/24.
2. For each of those years, how many of these crimes carried the cyber marker.
3. The number of crimes of taking, distributing or possessing indecent photos of children recorded in each of the calendar years 2022 and 2023.
4. For each year at question 1, the number of these crimes in which the accused was under 18.
In response to question 1:
2022/23: 612
2023/24: 655
With regard to question 2, of the crimes above 489 recorded in 2022/23 and 522 recorded in 2023/24 carried the cyber marker.
Table 2: Recorded crimes of taking, distributing, possessing indecent photos of children, by calendar year
Year\tCrimes
2022\t693
2023\t758
In relation to question 4, the number of crimes in which at least one accused was aged under 18 was:
2022/23: 226
2023/24: 241
"""))
    assert ("2022-01-01", "2022-12-31", "", 693, "reported") in given
    assert ("2023-04-01", "2024-03-31", "suspect_age_max=17;suspect_age_min=0", 241, "reported") in given
    assert not any(value in (693, 758, 226, 241) and "online" in breakdown for *_, breakdown, value, _ in given)


def test_a_numbered_paragraph_of_the_response_that_says_its_count_answers(tmp_path):
    given = _given(_read(tmp_path, """Greater Manchester Police
Your request
Q1. For each of the financial years 2021/22 and 2022/23, how many crimes carried a child sexual exploitation flag?
Q2. How many suspects aged under 18 were linked to these crimes in each year?
Our response
Q1. 2021/22 - 1,204
2022/23 - 1,311
Q2. The youngest age of criminal responsibility is 10, so these are suspects aged 10 to 17 at the time of the offence. The number of such suspects was 203 in 2021/22 and 231 in 2022/23.
"""))
    assert ("2021-04-01", "2022-03-31", "suspect_age_max=17;suspect_age_min=10", 203, "reported") in given


def test_a_caption_naming_a_word_of_its_own_question_stays_its_answer(tmp_path):
    given = _given(_read(tmp_path, """Metropolitan Police Service
1. For each of the financial years 2021-22 and 2022-23, the number of suspects linked to offences of taking, making or distributing indecent photographs of children (Home Office code 86/2), broken down by age.
2. Of those suspects, how many were charged in each year, again broken down by age.
Question 2
Table 2: Suspects linked to Home Office code 86/2 offences who were charged, by age of suspect
Age of suspect\t2021-22\t2022-23
Under 18\t12\t15
18 and over\t88\t93
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;outcome=charged;suspect_age_min=18", 93, "reported") in given
