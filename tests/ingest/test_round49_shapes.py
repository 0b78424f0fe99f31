"""Shapes of reply the forty-ninth blind round (held back, then opened) showed the readers
misreading, each written here as an invented reply of that kind: numbered notes under a
"Notes" heading straight after the questions, one of them about the online flag; a figure the
reply says "has been revised from 243, as given in our response to …"; a year's figure "up to
and including 30 June"; a count "as at" a day of the offences recorded in an earlier year,
answering a question asking how many are "still under investigation"; "Of the 407 victims, 331
were female, …" naming no period, under a question asking of one year; "Over the four years
this is 526 crimes" under a list of the four years; figures given "respectively" by a sentence
saying what they are of ("with a female victim", "in which a suspect was aged under 18"); and a
column headed "Offences recorded (victim under 18)"."""

from __future__ import annotations

from .test_questions import _given, _read
from .test_round48_shapes import _guessed


def test_notes_under_the_questions_are_not_part_of_the_last_question(tmp_path):
    ws = _read(tmp_path, """Devon and Cornwall Police
Request
Q1 Please provide the number of sexual offences against children recorded in each of the financial years 2022/23 and 2023/24.
Q2 For the same years, how many of those offences carried the online flag?
Q3 For the same years, please give the gender of the victims of those offences.
Notes
1. Figures are crimes recorded in each financial year (1 April to 31 March).
2. The online flag was not migrated from the previous crime system and is only partly held for 2022/23.
Response
Q1
2022/23 - 400
2023/24 - 420
Q2
2022/23 - 90
2023/24 - 101
Q3
Victim gender | 2022/23 | 2023/24
Female | 300 | 310
Male | 95 | 104
Unknown | 5 | 6
""")
    genders = {(o.period.label, o.breakdown.get("victim_gender"), o.breakdown.get("online_flag"), o.value)
               for o in ws.observations() if "victim_gender" in o.breakdown}
    assert ("2022/23", "female", None, 300) in genders
    assert not any(online for *_, online, _ in genders)


def test_a_figure_the_reply_says_was_revised_from_another_is_not_taken(tmp_path):
    ws = _read(tmp_path, """Hertfordshire Constabulary
Sexual offences recorded where the victim was aged under 18, by quarter
Financial Year | Quarter | Offences recorded
2022/23 | Q1 (Apr-Jun) | 231
2022/23 | Q2 (Jul-Sep) | 247
2022/23 | Q3 (Oct-Dec) | 219
2022/23 | Q4 (Jan-Mar) | 238
Notes
1. Figures are crimes recorded in the period and are subject to change.
2. The 2022/23 Q2 (Jul-Sep) figure for offences recorded has been revised from 243, as given in our response to FOI-2024-1172, following a crime data integrity audit.
""")
    assert not any(o.value == 243 for o in ws.observations())
    assert any(value == 243 for *_, value, _ in _guessed(ws))
    assert ("2022-07-01", "2022-09-30", "", 247, "reported") in _given(ws)


def test_a_year_up_to_and_including_a_day_ends_that_day(tmp_path):
    ws = _read(tmp_path, """Nottinghamshire Police
Request
1. The number of offences of taking, making or distributing indecent photographs of children (Home Office code 86/2) recorded in each calendar year 2022, 2023 and 2024, and in 2025 to date.
Response
In 2022, 2023 and 2024 the force recorded 412, 388 and 451 offences under Home Office code 86/2 respectively. For 2025, up to and including 30 June, the figure is 203.
""")
    periods = {o.value: (o.period.start.isoformat(), o.period.end.isoformat()) for o in ws.observations()}
    assert periods[203] == ("2025-01-01", "2025-06-30")
    assert periods[451] == ("2024-01-01", "2024-12-31")


def test_a_count_as_at_a_day_of_an_earlier_years_offences_still_open_waits(tmp_path):
    ws = _read(tmp_path, """Cheshire Constabulary
You asked:
1. For each of the calendar years 2022 and 2023, the number of sexual offences against children recorded.
2. How many of the offences recorded in 2023 are still under investigation?
Response
Question 1
In 2022 the force recorded 504 offences and in 2023 it recorded 483.
Question 2
As at 18 November 2024, 96 of the offences recorded in 2023 had not been finalised and remained under investigation.
""")
    assert not any(o.value == 96 for o in ws.observations())
    assert any(value == 96 for *_, value, _ in _guessed(ws))


def test_parts_of_a_whole_said_again_take_the_period_their_question_asks(tmp_path):
    ws = _read(tmp_path, """Kent Police
3. For 2023/24, please give the number of victims of CSE-flagged crimes by age group.
Response: In 2023/24 there were 407 victims linked to CSE-flagged crimes.
4. For 2023/24, please give the number of victims by gender.
Response: Of the 407 victims, 331 were female, 69 were male and for seven the gender was not recorded.
""")
    given = {(o.period.label, str(o.breakdown), o.value) for o in ws.observations()}
    assert {("2023/24", "victim_gender=female", 331), ("2023/24", "victim_gender=male", 69),
            ("2023/24", "victim_gender=unknown", 7)} <= given
    assert [o.value for o in ws.observations()].count(407) == 1  # the whole said again is read once


def test_this_is_a_count_over_the_years_listed_above_is_their_total(tmp_path):
    ws = _read(tmp_path, """Kent Police
2. Of the crimes recorded with a CSE flag in each of the financial years 2020/21 to 2023/24, how many also had the online (cyber) flag?
Response: The number of CSE-flagged crimes that also carried the online flag in each year is as follows:
2020/21 – 117
2021/22 – 132
2022/23 – 148
2023/24 – 129
Over the four years this is 526 crimes.
""")
    assert ("2020-04-01", "2024-03-31", "online_flag=true", 526, "reported") in _given(ws)


def test_what_figures_given_respectively_are_said_to_be_of_is_each_ones(tmp_path):
    ws = _read(tmp_path, """Thames Valley Police
1. How many offences of sexual communication with a child (71/17) were recorded in each of 2021 and 2022?
Response
In 2021 the force recorded 300 offences and in 2022 it recorded 310.
The number of crimes with a female victim was 238 and 241 in 2021 and 2022 respectively.
The number of crimes flagged as online was 38 and 41 in 2021 and 2022 respectively.
The number of crimes in which a suspect was aged under 18 was 17 and 19 in 2021 and 2022 respectively.
The number of crimes against victims aged 13 to 15 and 16 to 17 was 62 and 64 in 2021 and 2022 respectively.
""")
    given = _given(ws)
    assert {("2021-01-01", "2021-12-31", "offence_code=71/17;online_flag=true", 38, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=71/17;online_flag=true", 41, "reported"),
            ("2021-01-01", "2021-12-31", "offence_code=71/17;victim_gender=female", 238, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_gender=female", 241, "reported")} <= given
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;suspect_age_max=17;suspect_age_min=0", 17, "reported") in given
    assert not any(value in (62, 64) for *_, value, _ in given)  # two bands: which figure is of which, not said


def test_a_column_of_counts_headed_with_the_childs_age_is_the_count_with_no_band(tmp_path):
    ws = _read(tmp_path, """Hertfordshire Constabulary
Sexual offences recorded where the victim was aged under 18, and the number carrying the online (cyber) flag
Financial Year | Offences recorded (victim under 18) | Of which online flagged
2022/23 | 935 | 182
2023/24 | 1018 | 209
""")
    given = _given(ws)
    assert {("2022-04-01", "2023-03-31", "", 935, "reported"), ("2023-04-01", "2024-03-31", "", 1018, "reported"),
            ("2022-04-01", "2023-03-31", "online_flag=true", 182, "reported")} <= given
