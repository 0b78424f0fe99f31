"""Shapes of reply the thirty-fourth blind round (held back, then opened) showed the readers
misreading, each written here as an invented reply of that kind: "in each year since 2020",
whose years run to a day the request does not say, so they are the ones a table of the reply
heads its rows with from then on (the last perhaps a part year its footnote gives), never 2020
alone; people named by what was done to them as suspects ("the persons reported to the
Procurator Fiscal were under 18", "people arrested"), whose band is a suspect's; records
changed since ("Two of the crimes counted for 2022/23 … have since been cancelled"), no count
of what the reply counts; and "… used to share the images in each case", a question about each
of the offences the one before counts; and a table's title ending in a year ("… - platform
recorded, 2024"), that year."""

from __future__ import annotations

from foistats.ingest import prose

from .test_questions import _given, _read

SINCE_2020 = """Police Scotland
Your request was as follows:
1. How many crimes of possessing indecent photographs of children have been recorded in each year since 2020?
2. For those crimes, in each year, how many of the persons reported to the Procurator Fiscal were under 18?
In response to question 1, the information is provided in the table below.
Calendar Year | Crimes
2020 | 402
2021 | 455
2022 | 431
2023* | 489
* 1 January - 30 September 2023
In response to question 2, I estimate that it would cost well in excess of the £600 limit to provide this information.
In terms of Section 16(4) of the Act, where Section 12(1) of the Act (Excessive Cost of Compliance) has been applied, this
represents a refusal notice for the information sought.
"""


def test_each_year_since_a_year_is_never_that_year_alone():
    assert prose.periods_in("How many crimes have been recorded in each year since 2020?") == []
    assert prose.since_start("recorded in each year since 2020?").isoformat() == "2020-01-01"
    assert prose.since_start("recorded since 1 April 2022").isoformat() == "2022-04-01"
    assert prose.periods_in("in each financial year since 2020/21?") == []
    assert prose.since_start("in each financial year since 2020/21?").isoformat() == "2020-04-01"
    assert prose.since_start("between 2019 and 2023") is None


def test_the_years_since_a_year_are_those_its_answer_heads_its_rows_with(tmp_path):
    given = _given(_read(tmp_path, SINCE_2020))
    refused = sorted((start, end) for start, end, _, _, status in given if status == "exempt")
    assert refused == [("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-12-31"), ("2022-01-01", "2022-12-31"),
                       ("2023-01-01", "2023-09-30")]
    assert all(dims == "suspect_age_max=17;suspect_age_min=0" for _, _, dims, _, status in given if status == "exempt")
    assert ("2023-01-01", "2023-09-30", "", 489, "reported") in given


def test_people_named_by_what_was_done_to_them_as_suspects_have_a_suspects_band():
    suspect_under_18 = {"suspect_age_min": "0", "suspect_age_max": "17"}
    assert prose.age_scope("how many of the persons reported to the Procurator Fiscal were under 18?") == suspect_under_18
    assert prose.age_scope("how many of the people arrested were aged under 18?") == suspect_under_18
    assert prose.age_scope("how many of the persons charged were under 18?") == suspect_under_18


def test_records_changed_since_are_no_count_of_what_the_reply_counts(tmp_path):
    given = _given(_read(tmp_path, """City of London Police
Freedom of Information Request – AMENDED RESPONSE
This letter replaces our response to you dated 12 March 2025. In that response the number of offences recorded in 2022/23 was given as 16 and the three-year total as 36. Two of the crimes counted for 2022/23 were later found to have been recorded in error and have since been cancelled. The correct figures are 14 for 2022/23 and 34 for the three years, and they are shown below.
You asked:
“Please could you tell me, for each financial year from 1 April 2021 to 31 March 2024:
(a) the number of offences of taking, making or distributing indecent images of children (Home Office code 86/2) recorded;
(b) how many of those offences resulted in a charge.”
(a) Number of offences recorded under Home Office code 86/2
The City of London Police recorded nine offences under Home Office code 86/2 in 2021/22, 14 in 2022/23 and 11 in 2023/24.
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2", 14, "reported") in given
    assert not any(value == 2 for *_, value, _ in given)


def test_a_question_of_each_case_refers_to_the_offences_before(tmp_path):
    given = _given(_read(tmp_path, """Metropolitan Police Service
1. The number of offences of taking, making or distributing indecent images of children recorded where the suspect was aged under 18, in 2022-23 and 2023-24.
2. The app or platform used to share the images in each case.
Answer to question 1: the offences below are those recorded under Home Office classification 86/2.
2022-23 - 913
2023-24 - 977
Answer to question 2: to answer this question we would need to read every crime report, which would exceed the cost limit.
Section 12(1) of the Freedom of Information Act 2000 does not oblige a public authority to comply with a request where the
cost would exceed the appropriate limit. This letter acts as a refusal notice for question 2.
"""))
    refused = {dims for _, _, dims, _, status in given if status == "exempt"}
    assert refused == {"offence_code=86/2;suspect_age_max=17;suspect_age_min=0"}


def test_a_tables_title_ending_in_a_year_gives_its_period(tmp_path):
    given = _given(_read(tmp_path, """South Yorkshire Police
Q1. How many offences of sexual communication with a child were recorded in each of the last three years?
Q2. Which social media platforms or apps were used to commit the offences?
Our response:
We have provided figures for the calendar years 2022, 2023 and 2024.
Q1
South Yorkshire Police recorded 212 offences of sexual communication with a child in 2022, 248 in 2023 and 231 in 2024.
Q2
A field for the platform used was added to the crime record on 1 January 2024. The platforms recorded for offences in 2024 are shown below.
Sexual communication with a child (71/17) - platform recorded, 2024
Platform / app | Offences
Snapchat | 97
Instagram | 41
Other | 18
"""))
    assert ("2024-01-01", "2024-12-31", "offence_code=71/17;platform=snapchat", 97, "reported") in given


def test_a_title_ending_in_a_span_of_years_is_not_its_last_year(tmp_path):
    given = _given(_read(tmp_path, """South Yorkshire Police
Q1. Which social media platforms or apps were used to commit offences of sexual communication with a child in 2022, 2023 and 2024?
Our response:
Sexual communication with a child (71/17) - platform recorded, 2022 - 2024
Platform / app | Offences
Snapchat | 297
Instagram | 141
"""))
    assert not any(start == "2024-01-01" and end == "2024-12-31" for start, end, *_ in given)
