"""Shapes of reply the fifty-sixth blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: an outcomes table
whose note says "these crimes" after a table titled with the whole and its flagged part; a corner
"Suspect age (years)"; "[...]" in a quoted request; the online ("cyber") flag, quoted in brackets;
a question of the crimes another question counts with no code; "2021:  Female - 88   Male - 21"
on one line; "N/H" in a cell merged across two columns; "Notes applying to all tabs"; a sheet
titled "FOI 000284-25 - Q3: …"; "(a) Under 13" over a column; "2024/25 (part year)"; "HO code
086/02 offences recorded"; "the outcomes of the offences recorded in 2023/24"; "23 were finalised
as outcome 16 (…) and 11 as outcome 18 (…)"; and "Other outcome types (5, 10, 12, 20 and
transfers)"."""

from __future__ import annotations

from foistats.ingest import labels, prose

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_table_titled_with_the_whole_and_its_flagged_part_gives_no_flag_to_the_next(tmp_path):
    given = _given(_read(tmp_path, """Norfolk Constabulary
Request
1. How many crimes of taking, making or distributing indecent images of children (Home Office code 86/2) were recorded in each of the calendar years 2021 and 2022?
2. How many of these crimes had the online flag applied?
3. Please provide the outcomes of these crimes for each year.
Response
Questions 1 and 2
The table below shows the number of crimes recorded under Home Office code 86/2 by calendar year, and how many of those crimes were recorded with the online flag.
 | 2021 | 2022
Crimes recorded (86/2) | 412 | 455
Of which online flagged | 371 | 409
Question 3
The outcome shown is the one recorded on each crime at the time the data was extracted. Outcome types not used for these crimes are not listed.
Outcome | 2021 | 2022
Outcome 1 – Charge/Summons | 58 | 49
No outcome yet | 91 | 110
"""))
    assert ("2021-01-01", "2021-12-31", "offence_code=86/2;outcome=charged", 58, "reported") in given
    assert not any("online_flag" in breakdown and "outcome" in breakdown for _, _, breakdown, *_ in given)


def test_a_corner_naming_the_suspects_age_in_years_is_the_suspects():
    assert labels.axis_name("Suspect age (years)") == "suspect_age"
    assert labels.axis_name("Age of suspect at time of offence") == "suspect_age"


QUOTED_AGAIN = """Cumbria Constabulary
Dear Cumbria Constabulary,
Please provide the following information for each of the calendar years 2021 and 2022:
1. How many crimes recorded by your force carried a child sexual exploitation (CSE) flag?
2. Of the crimes in question 1, how many also carried the online ("cyber") flag?
3. Please break the crimes in question 1 down by the gender of the victim.
4. How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) did your force record?
Yours faithfully,
Harriet Ellwood
Dear Ms Ellwood
Question 1 - How many crimes recorded by your force carried a child sexual exploitation (CSE) flag?
In 2021 there were 112 crimes with a CSE flag, and in 2022 there were 97.
Question 2 - Of the crimes in question 1, how many also carried the online ("cyber") flag?
Forty-one and 38 respectively.
Question 3 - Please break the crimes in question 1 down by the gender of the victim.
2021:  Female - 88   Male - 21   Not recorded - 3
2022:  Female - 79   Male - 15   Not recorded - 3
Question 4
2021 - 9
2022 - 14
Yours sincerely
-----Original Message-----
Dear Cumbria Constabulary,
1. How many crimes recorded by your force carried a child sexual exploitation (CSE) flag?
2. Of the crimes in question 1, how many also carried the online ("cyber") flag?
[...]
Yours faithfully,
Harriet Ellwood
Dear Ms Ellwood
I am writing about our response. The number of offences recorded under Home Office code 73 in 2022 was given as 14; this should have read 16.
"""


def test_the_crimes_of_a_question_of_no_code_carry_no_code_whatever_is_quoted_after(tmp_path):
    given = _given(_read(tmp_path, QUOTED_AGAIN))
    assert {("2021-01-01", "2021-12-31", "online_flag=true", 41, "reported"),
            ("2022-01-01", "2022-12-31", "online_flag=true", 38, "reported")} <= given
    assert not any(breakdown == "offence_code=73" and value in (41, 38) for _, _, breakdown, value, _ in given)


def test_a_periods_pairs_parted_by_spaces_alone_are_each_a_figure(tmp_path):
    given = _given(_read(tmp_path, QUOTED_AGAIN))
    assert {("2021-01-01", "2021-12-31", "victim_gender=female", 88, "reported"),
            ("2022-01-01", "2022-12-31", "victim_gender=unknown", 3, "reported")} <= given


def test_the_online_flag_quoted_in_brackets_is_the_flag():
    assert prose.says_flagged_online('Of the crimes in question 1, how many also carried the online ("cyber") flag?')
    assert prose.says_flagged_online("how many carried the online (“cyber”) flag?")


def test_not_held_said_twice_of_one_thing_is_one_figure(tmp_path):
    ws = _workbook(tmp_path, {"Tables": [
        ["Table 1: Crimes recorded and detected, by financial year"],
        [None],
        ["Crime type", "2021/22", None, "2022/23", None],
        [None, "Recorded", "Detected", "Recorded", "Detected"],
        ["Grooming of children for the purposes of sexual offences", 62, 41, 71, 74],
        ["Total", 62, 41, 71, 74],
        [None],
        ["Table 2: Crimes in Table 1 with a cyber-enabled marker"],
        [None],
        ["Financial year", "Cyber-enabled", None],
        ["2021/22", "N/H", None],
        ["2022/23", 58, None],
        ["N/H - not held. The marker has only been available for crimes raised from 1 April 2022."],
    ]}, authority="Police Scotland", merged={"Tables": ["B3:C3", "D3:E3", "A3:A4", "B10:C10", "B11:C11", "B12:C12"]})
    assert [str(o.period) for o in ws.observations() if o.status.value == "not_held"] == ["2021/22"]


def test_notes_applying_to_all_tabs_answer_no_question_and_a_titled_sheet_answers_its_own(tmp_path):
    ws = _workbook(tmp_path, {"Notes": [
        ["Request"],
        ["Q1. For each of the financial years 2022/23 and 2023/24, the number of crimes recorded of Sexual Communication "
         "with a Child (Home Office code 71/17) and of Sexual Grooming (Home Office code 88A)."],
        ["Q2. For 2023/24 only, the number of Sexual Communication with a Child crimes broken down by the gender of the victim."],
        ["Notes applying to all tabs"],
        ["1. Data has been extracted from the force crime recording system on 08/01/2025."],
        ["2. Crimes are counted in the financial year in which they were recorded."],
        ["3. To reduce the risk of identifying victims, figures between 1 and 4 are shown as *."],
    ], "Q2": [
        ["FOI 000284-25 - Q2: Sexual Communication with a Child (71/17)"],
        ["Victims by gender - recorded 01/04/2023 to 31/03/2024"],
        ["Victim gender", "Crimes"],
        ["Female", 61],
        ["Male", 9],
    ]}, authority="Lincolnshire")
    given = _given(ws)
    assert {("2023-04-01", "2024-03-31", "offence_code=71/17;victim_gender=female", 61, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_gender=male", 9, "reported")} <= given


def test_a_label_led_by_its_parts_letter_is_the_label(tmp_path):
    given = _given(_read(tmp_path, """Sussex Police
Q1. For each of the calendar years 2022 and 2023, how many suspects of offences under Home Office code 86/2 were (a) under 13 and (b) aged 13 to 17?
A1.
Year                 (a) Under 13   (b) 13 to 17
2022                            6             41
2023                            7             49
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=12;suspect_age_min=0", 6, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=13", 49, "reported")} <= given


def test_a_part_year_and_its_total_are_the_part_the_reply_says(tmp_path):
    given = _given(_read(tmp_path, """West Yorkshire Police
1. For each of the financial years 2023/24 and 2024/25 to date, the number of offences of sexual communication with a child (71/17).
Response
Financial Year | Offences
2023/24 | 485
2024/25 (part year) | 117
2024/25 (part year) Total | 117
2. 2024/25 (part year) covers 01/04/2024 – 30/06/2024 only.
"""))
    assert ("2024-04-01", "2024-06-30", "offence_code=71/17", 117, "reported") in given


def test_a_code_with_its_words_then_what_is_counted_is_that_codes():
    assert labels.read_label("HO code 086/02 offences recorded").dims == (("offence_code", "86/2"),)


def test_the_outcomes_of_the_offences_recorded_in_a_year_are_the_questions_before(tmp_path):
    given = _given(_read(tmp_path, """Dyfed-Powys Police
1. For each of the financial years 2022/23 and 2023/24, the number of offences of sexual communication with a child (Home Office code 71/17) recorded.
2. The outcomes of the offences recorded in 2023/24.
Question 1
2022/23 - 118
2023/24 - 131
Question 2
Of the offences recorded in 2023/24, 9 had resulted in a charge or summons (outcome 1). Twenty-three were finalised as outcome 16 (evidential difficulties: suspect identified, victim does not support further action) and 11 as outcome 18 (investigation complete, no suspect identified).
"""))
    assert {("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 9, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=outcome 16", 23, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=outcome 18", 11, "reported")} <= given


def test_other_outcomes_with_the_outcomes_they_gather_listed_are_other():
    assert labels.read_label("Other outcome types (5, 10, 12, 20 and transfers)").dims == (("outcome", "other"),)
    assert labels.read_label("Charged (outcome 1, 2)").axis != "outcome"
