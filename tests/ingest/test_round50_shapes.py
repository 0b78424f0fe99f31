"""Shapes of reply the fiftieth blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: a sentence naming a
Home Office outcome by its number ("outcome 1 (charge/summons)"); a note saying what a year
label means for the whole reply ('"2024" means 1 January 2024 to 30 September 2024'); a child
defined in brackets "(aged under 18 at the time of the offence)" under a table titled with the
victims' age; a later question "For the online offences, …" of an earlier one's flagged
offences; age bands listed in one sentence, each figure's band after it, and "The corresponding
figures for 2024 were …" after them; a question asking a count broken down by age, answered
"not held" for a year whose count is given; "at Answer 1" before a list of figures; and a row
labelled with every code the request lists ("021, 022B, 071/17, 073, 088A"), under a request
listing its codes after "codes:"; and "For sexual grooming the corresponding figures were 9, 7
and 13" after a sentence giving another offence's figures a year."""

from __future__ import annotations

from .test_questions import _given, _read
from .test_round20_shapes import _workbook
from .test_round48_shapes import _guessed


def test_an_outcome_named_by_its_number_in_a_sentence_is_that_outcome(tmp_path):
    ws = _read(tmp_path, """Avon and Somerset Constabulary
Request
1. How many offences of sexual communication with a child (71/17) were recorded in each of 2022 and 2023?
2. How many of these offences resulted in a charge or summons?
Response
1. In 2022 the force recorded 310 offences and in 2023 it recorded 288.
2. The number of these offences with Home Office outcome 1 (charge/summons) was 31 for 2022 and 27 for 2023.
""")
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "offence_code=71/17;outcome=charged", 31, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=charged", 27, "reported")} <= given
    assert not any("outcome 1" in breakdown for _, _, breakdown, _, _ in given)


def test_a_note_saying_what_a_year_means_ends_that_years_figures_where_it_says(tmp_path):
    ws = _read(tmp_path, """West Yorkshire Police
Request
Please send me the following information for the calendar years 2022 and 2023, and for 2024 up to the date you process this request.
1. The number of offences recorded under Home Office code 86/2.
Response
Please note that, for every part of this response, "2024" means 1 January 2024 to 30 September 2024, the last full month before your request was processed.
1. The number of offences recorded under Home Office code 86/2 in 2022 and 2023 was 1,181 and 1,093 respectively. For 2024 the figure was 802.
""")
    periods = {o.value: (o.period.start.isoformat(), o.period.end.isoformat()) for o in ws.observations()}
    assert periods[802] == ("2024-01-01", "2024-09-30")
    assert periods[1093] == ("2023-01-01", "2023-12-31")


def test_a_child_said_in_brackets_to_be_under_18_is_no_band_of_a_table_titled_by_that_age(tmp_path):
    ws = _read(tmp_path, """British Transport Police
Request
1. For each of the calendar years 2023 and 2024, the number of sexual offences recorded where the victim was a child (aged under 18 at the time of the offence).
2. The same figures broken down by the gender of the victim.
Response
The table below shows sexual offences recorded in which the victim was aged under 18, by year and gender of the victim.
Year | Female | Male | Total
2023 | 289 | 61 | 350
2024 | 270 | 63 | 333
""")
    given = _given(ws)
    assert {("2023-01-01", "2023-12-31", "", 350, "reported"),
            ("2024-01-01", "2024-12-31", "victim_gender=male", 63, "reported")} <= given
    assert not _guessed(ws)


def test_the_online_offences_of_a_later_question_are_those_an_earlier_one_asked_flagged(tmp_path):
    ws = _read(tmp_path, """British Transport Police
Request
1. For each of the calendar years 2023 and 2024, the number of sexual offences against children recorded.
2. How many of the offences at question 1 were flagged as online / cyber-enabled?
3. For the online offences, which apps, websites or methods were used?
Response
1. 2023 - 356; 2024 - 341.
2. 2023 - 27; 2024 - 44.
3. We do not record the app or website used in a searchable form. Each flagged crime report would have to be read, which would take well over 18 hours, so section 12(1) of the Act applies and this part of your request is refused.
""")
    refused = {(start, breakdown, status) for start, _, breakdown, _, status in _given(ws) if status == "exempt"}
    assert refused == {("2023-01-01", "online_flag=true", "exempt"), ("2024-01-01", "online_flag=true", "exempt")}


def test_age_bands_listed_after_their_figures_and_the_corresponding_figures_of_a_later_year(tmp_path):
    ws = _read(tmp_path, """Leicestershire Police
Request
1. The number of sexual offences against children recorded in 2023 and 2024, broken down by the age of the victim.
Response
Of the offences recorded in 2023, 41 involved a victim aged under 13, 129 a victim aged 13 to 15 and 186 a victim aged 16 or 17. The corresponding figures for 2024 were 37, 121 and 183.
""")
    given = _given(ws)
    assert {("2023-01-01", "2023-12-31", "victim_age_max=12;victim_age_min=0", 41, "reported"),
            ("2023-01-01", "2023-12-31", "victim_age_max=15;victim_age_min=13", 129, "reported"),
            ("2023-01-01", "2023-12-31", "victim_age_max=17;victim_age_min=16", 186, "reported"),
            ("2024-01-01", "2024-12-31", "victim_age_max=12;victim_age_min=0", 37, "reported"),
            ("2024-01-01", "2024-12-31", "victim_age_max=15;victim_age_min=13", 121, "reported"),
            ("2024-01-01", "2024-12-31", "victim_age_max=17;victim_age_min=16", 183, "reported")} <= given


def test_figures_listed_after_a_band_each_with_its_own_verb_are_counts(tmp_path):
    ws = _read(tmp_path, """Leicestershire Police
Request
1. The number of sexual offences against children recorded in 2023, broken down by the age of the victim.
Response
In 2023, 41 offences involved a victim aged under 13 and 129 involved a victim aged 13 to 15.
""")
    assert {("2023-01-01", "2023-12-31", "victim_age_max=12;victim_age_min=0", 41, "reported"),
            ("2023-01-01", "2023-12-31", "victim_age_max=15;victim_age_min=13", 129, "reported")} <= _given(ws)


def test_a_year_not_held_by_age_whose_count_is_given_is_no_figure_of_that_count(tmp_path):
    ws = _read(tmp_path, """British Transport Police
Request
1. For each of the calendar years 2022 and 2023, the number of sexual offences against children recorded.
2. The same figures broken down by the gender of the victim.
3. The same figures broken down by the age of the victim.
Response
Questions 1 and 2
Year | Female | Male | Total
2022 | 251 | 54 | 305
2023 | 289 | 61 | 350
Question 3
Victim age bands are not held for offences recorded in 2022, as the previous crime system recorded only whether a victim was a juvenile. This letter serves as notice under section 1(1)(a) that this part of the information is not held.
""")
    assert not any(o.status.value == "not_held" and not o.breakdown for o in ws.observations())
    assert ("2022-01-01", "2022-12-31", "", 305, "reported") in _given(ws)


def test_a_number_after_answer_names_the_answer(tmp_path):
    ws = _read(tmp_path, """Police Service of Northern Ireland
Request 1
For each of the financial years 2021/22, 2022/23 and 2023/24, the number of sexual offences against children recorded.
Request 2
Of the offences in Request 1, how many were flagged as having an online element?
Answer 1
2021/22 - 1,581; 2022/23 - 1,658; 2023/24 - 1,761.
Answer 2
Of the offences shown at Answer 1, 214, 236 and 259 had the online marker applied in 2021/22, 2022/23 and 2023/24 respectively.
""")
    assert {("2021-04-01", "2022-03-31", "online_flag=true", 214, "reported"),
            ("2023-04-01", "2024-03-31", "online_flag=true", 259, "reported")} <= _given(ws)


def test_every_code_a_request_lists_is_asked_and_a_row_listing_them_all_is_of_no_one_code(tmp_path):
    ws = _workbook(tmp_path, {
        "Request": [["Q1 For each financial year from 2022/23 to 2023/24, the number of crimes recorded under the "
                     "following Home Office offence codes: 21, 22B, 73 and 88A."],
                    ["Q2 The crimes in Q1 broken down by the gender of the victim, for each year."]],
        "Q2": [["Offence codes", "2022/23", "2022/23", "2023/24", "2023/24"],
               ["Offence codes", "Female", "Male", "Female", "Male"],
               ["021, 022B, 073, 088A", 631, 169, 652, 179]],
    }, authority="Devon and Cornwall")
    assert {("2022-04-01", "2023-03-31", "victim_gender=female", 631, "reported"),
            ("2023-04-01", "2024-03-31", "victim_gender=male", 179, "reported")} <= _given(ws)


def test_the_corresponding_figures_of_another_offence_are_each_of_the_sentence_befores_years(tmp_path):
    ws = _read(tmp_path, """Norfolk Constabulary
Request
1. For each of the financial years 2021/22, 2022/23 and 2023/24, the number of offences recorded under Home Office code 71/17 (sexual communication with a child) and Home Office code 88A (sexual grooming).
2. Of the offences in question 1, how many had the online (cyber) flag applied?
Response
2. For offences of sexual communication with a child, 131, 149 and 122 offences respectively carried the online (cyber) flag in 2021/22, 2022/23 and 2023/24. For sexual grooming the corresponding figures were 9, 7 and 13.
""")
    given = _given(ws)
    assert {("2021-04-01", "2022-03-31", "offence_code=71/17;online_flag=true", 131, "reported"),
            ("2021-04-01", "2022-03-31", "offence_code=88A;online_flag=true", 9, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=88A;online_flag=true", 13, "reported")} <= given
