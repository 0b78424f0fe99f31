"""Shapes of reply the thirty-third blind round showed the readers misreading, each written here
as an invented reply of that kind: an amended response saying what the earlier one gave; a table
with two label columns, the first left blank under its group; "(a) and (b)" over a table; the days
of a year said after it; a list question refused under years another question names; a request
"broken down by financial year"; a caption naming its table's outcome; "Victims – female"; and a
count after a code ("… code 21 and 266 offences under code 22B")."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read


def test_an_amended_response_saying_what_the_earlier_one_gave_and_two_label_columns(tmp_path):
    given = _given(_read(tmp_path, """Leicestershire Police
AMENDED RESPONSE
This letter replaces our response to you dated 14th March 2024. In that response the
number of crimes recorded in 2022 with a child sexual exploitation flag was given as 198.
The correct figure for 2022 is 207.
(a) How many crimes were recorded with a child sexual exploitation (CSE) flag in each of the calendar years 2022 and 2023?
(b) For the crimes in (a), please give the gender of the victim and their age in the bands under 13, 13 to 15 and 16 to 17.

(a)

                                       2022         2023
CSE flagged crimes                      207          181

(b)

Victim gender     Age of victim          2022         2023
Female            Under 13                 22           19
                  13 to 15                 99           88
                  Not recorded              3            4
Male              Under 13                 12            8
                  13 to 15                 18           16
                  Not recorded              0            1
"""))
    assert ("2022-01-01", "2022-12-31", "", 207, "reported") in given
    assert not any(value == 198 for *_, value, _ in given)
    assert ("2022-01-01", "2022-12-31", "victim_age_max=15;victim_age_min=13;victim_gender=female", 99, "reported") in given
    assert ("2023-01-01", "2023-12-31", "victim_age_known=false;victim_gender=male", 1, "reported") in given


def test_the_days_of_a_year_said_after_it():
    said = prose.period_figures("In 2025, between 1 January and 11 February (the day before your request reached us), "
                                "nine further offences were recorded.")
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in said] == [(9, "2025-01-01", "2025-02-11")]


def test_a_list_question_refused_under_the_years_another_question_names_waits(tmp_path):
    ws = _read(tmp_path, """Northamptonshire Police
1. How many offences of sexual communication with a child were recorded in each of the calendar years 2022, 2023 and 2024?
2. Which apps, websites or platforms were used to contact the child?
Question 1
The force recorded 61 offences in 2022, 74 in 2023 and 58 in 2024.
Question 2
Northamptonshire Police does not hold this information.
""")
    assert not any(status == "not_held" for *_, status in _given(ws))
    assert any("one list over them all or one a year" in item.reason for item in ws.review_items())


def test_a_request_broken_down_by_financial_year_is_refused_a_year_at_a_time(tmp_path):
    given = _given(_read(tmp_path, """Greater Manchester Police
Your request
"Please could you provide the following for the period 01/04/2022 - 31/03/2024, broken down by financial year:
1. The number of offences recorded under Home Office code 86/2.
2. The social media platform or app that was used in each offence."
Our response
Question 1
Financial year | Offences
2022/23 | 932
2023/24 | 951
Question 2
Question 2 is refused under section 12(1) of the Act, as it would exceed the appropriate limit.
"""))
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2", None, "exempt") in given
    assert not any(start == "2022-04-01" and end == "2024-03-31" for start, end, *_ in given)


def test_a_caption_naming_the_outcome_of_every_figure_in_its_table(tmp_path):
    given = _given(_read(tmp_path, """West Mercia Police
1. How many offences of rape of a child under 13 (Home Office codes 19E and 19H) were recorded in 2023 and 2024?
2. How many of those offences resulted in a suspect being charged?
Our response
Our searches have located information relevant to questions 1 and 2, which is provided below.
Table 1 – Offences recorded

Offence                                        2023     2024
019E Rape of a female child under 13             92       88
019H Rape of a male child under 13               31       27

Table 2 – Offences in Table 1 with an outcome of charge/summons

Offence                                        2023     2024
019E Rape of a female child under 13             10        6
019H Rape of a male child under 13                4        3
"""))
    assert ("2023-01-01", "2023-12-31", "offence_code=19E;outcome=charged", 10, "reported") in given
    assert ("2024-01-01", "2024-12-31", "offence_code=19H", 27, "reported") in given


def test_whose_a_label_is_then_its_value_after_a_dash():
    assert read_label("Victims – female").dims == (("victim_gender", "female"),)
    assert read_label("Suspects: under 18").dims == (("suspect_age_min", "0"), ("suspect_age_max", "17"))


def test_a_count_after_a_code_named_with_its_noun():
    said = prose.period_figures("In 2023 Surrey Police recorded 143 offences under code 21 and 266 offences under code 22B.")
    assert [(f.value, f.dims) for f in said] == [(143, {"offence_code": "21"}), (266, {"offence_code": "22B"})]
    assert prose.counts_in("offences under codes 21 and 22 were recorded") == []


def test_a_code_named_only_in_one_answer_is_not_a_table_answering_two_others(tmp_path):
    given = _given(_read(tmp_path, """Derbyshire Constabulary
Request
1. How many crimes carried a child sexual exploitation (CSE) flag in 2022/23 and 2023/24?
2. How many of those crimes involved a victim aged under 16?
3. How many offences of sexual grooming were recorded in those years?
Response
Parts 1 and 2 – crimes with a CSE flag
 | 2022/23 | 2023/24
Crimes with a CSE flag | 389 | 431
Victim aged 16 or 17 | 104 | 101
Part 3 – sexual grooming
Derbyshire Constabulary recorded 58 offences of sexual grooming (Home Office code 88A) in 2022/23 and 51 in 2023/24.
"""))
    assert not any("88A" in breakdown for _, _, breakdown, value, _ in given if value in (389, 431, 104, 101))
    assert ("2022-04-01", "2023-03-31", "offence_code=88A", 58, "reported") in given


def test_a_non_breaking_space_read_as_windows_1252_then_made_a_plain_space():
    from foistats.ingest.text import clean

    assert clean("2024 (01/01/2024\u00c2 \u00e2\u20ac\u201c\u00c2 30/09/2024)") == "2024 (01/01/2024 – 30/09/2024)"


def test_a_year_to_date_its_brackets_saying_how_far_and_a_platform_not_recorded():
    assert read_label("FY24/25 YTD (to 31/10/24)").period.end.isoformat() == "2024-10-31"
    assert read_label("Platform not recorded").dims == (("platform", "unknown"),)
