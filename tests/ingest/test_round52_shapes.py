"""Shapes of reply the fifty-second blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: a question asking for
one coded offence and one named in words ("(a) … (86/2) and (b) possession of …", "… and
separately the number of offences of possession …"), its Total and later questions' figures of
no one code; an outcome's label wrapped over two lines in a table aligned on spaces, and a column
headed by what the rows name; "Online Y" and "Online N" under the years; a pivot's filters over
a blank row, one of them a year; "Sexual offences (victim under 18)" over a table's columns; ",
ten offences in all" after a sentence's figures; "Unknown" after "Female | Male" among columns of
another kind too; crimes "which carry" a flag named long after the word "crimes"; and "n/a" in an
outcome's number column."""

from __future__ import annotations

from foistats.ingest import labels, prose

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_question_of_one_coded_offence_and_one_in_words_gives_its_total_no_code(tmp_path):
    given = _given(_read(tmp_path, """Bedfordshire Police
Request
For each of the calendar years 2022 and 2023:
1. The number of offences of (a) taking, making or distributing indecent photographs of children (Home Office code 86/2) and (b) possession of indecent photographs of children.
2. For the offences in question 1, the ages of the suspects.
Response
1. Offences recorded
Offence | 2022 | 2023
Take, make or distribute indecent photographs of children (86/2) | 120 | 141
Possession of indecent photographs of a child | 40 | 47
Total | 160 | 188
2. Ages of suspects
Suspect age | 2022 | 2023
Under 18 | 22 | 30
18 and over | 101 | 117
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2", 120, "reported"),
            ("2022-01-01", "2022-12-31", "", 40, "reported"),
            ("2023-01-01", "2023-12-31", "", 188, "reported"),
            ("2023-01-01", "2023-12-31", "suspect_age_max=17;suspect_age_min=0", 30, "reported")} <= given
    assert not any("86/2" in breakdown for _, _, breakdown, value, _ in given if value in (160, 188, 22, 30, 101, 117))


def test_a_question_asking_for_another_offence_separately_gives_its_total_no_code(tmp_path):
    given = _given(_read(tmp_path, """Cleveland Police
Request
1. For 2022 and 2023, the number of offences recorded under Home Office code 86/2 (taking, making or distributing indecent photographs of children), and separately the number of offences of possession of indecent photographs of children.
Response
Offence | 2022 | 2023
Take, make or distribute indecent photos (86/2) | 131 | 109
Possession of indecent photos of children | 72 | 81
Total | 203 | 190
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2", 131, "reported"),
            ("2023-01-01", "2023-12-31", "", 81, "reported"),
            ("2023-01-01", "2023-12-31", "", 190, "reported")} <= given


def test_an_outcomes_label_wrapped_over_two_lines_of_an_aligned_table_stays_its_row(tmp_path):
    given = _given(_read(tmp_path, """Greater Manchester Police
Q1. For the crimes of sexual communication with a child (71/17) recorded in 2023/24, what was the outcome of each crime?
A1. The outcomes are as follows.

Outcome                                                           Crimes
1  - Charged/Summonsed                                                27
14 - Evidential difficulties: suspect not identified; victim
     does not support further action                                  12
15 - Evidential difficulties: named suspect identified; victim
     supports action                                                  58
18 - Investigation complete - no suspect identified                   33
Total                                                                130
"""))
    assert {("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=outcome 15", 58, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17", 130, "reported")} <= given


def test_a_column_headed_by_what_the_rows_name_gives_a_total_row_no_such_value(tmp_path):
    given = _given(_read(tmp_path, """Greater Manchester Police
Request
1. The outcomes of offences of sexual communication with a child (71/17) recorded in 2023.
Response
Outcome | 16 - Evidential difficulties: victim does not support
18 - Investigation complete - no suspect identified | 42
21 - Further investigation not in the public interest | 11
Total | 150
"""))
    assert not any(value == 150 and "outcome" in breakdown for _, _, breakdown, value, _ in given)


def test_online_y_and_online_n_under_the_years_are_flagged_and_not(tmp_path):
    ws = _workbook(tmp_path, {"Q1": [
        ["HO Code", "2022/23", "", "2023/24", ""],
        ["HO Code", "Online Y", "Online N", "Online Y", "Online N"],
        ["071/17", 402, 61, 371, 54],
    ]}, merged={"Q1": ["B1:C1", "D1:E1"]}, authority="West Midlands")
    given = _given(ws)
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true", 402, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;online_flag=false", 54, "reported")} <= given


def test_a_pivots_filters_over_a_blank_row_give_their_year_and_code(tmp_path):
    ws = _workbook(tmp_path, {"Outcomes": [
        ["HO Code", "071/17"],
        ["Financial Year Recorded", "2022/23"],
        [],
        ["Count of Crime Number"],
        ["Row Labels", "Total"],
        ["1 - Charge/Summons", 41],
        ["8 - Community Resolution", 6],
        ["Not yet finalised - under investigation", 88],
        ["Grand Total", 135],
    ]}, authority="West Midlands")
    given = _given(ws)
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;outcome=charged", 41, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17", 135, "reported")} <= given


def test_sexual_offences_with_a_victim_under_18_over_the_columns_is_what_is_counted_not_a_band(tmp_path):
    given = _given(_read(tmp_path, """City of London Police
Request
1. For 2022 and 2023, the number of sexual offences against children, and how many carried the online flag.
Response
Year | Sexual offences (victim under 18) | Sexual offences (victim under 18)
Year | Total recorded | Online flag
2022 | 14 | 6
2023 | 11 | 5
"""))
    assert {("2022-01-01", "2022-12-31", "", 14, "reported"),
            ("2023-01-01", "2023-12-31", "online_flag=true", 5, "reported")} <= given


def test_a_sum_after_a_sentences_figures_is_their_total_over_the_years(tmp_path):
    given = _given(_read(tmp_path, """City of London Police
Request
1. How many offences of sexual communication with a child (71/17) were recorded in each of 2021, 2022 and 2023?
Response
1. Three offences were recorded in 2021, five in 2022 and four in 2023, twelve offences in all.
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=71/17", 5, "reported"),
            ("2021-01-01", "2023-12-31", "offence_code=71/17", 12, "reported")} <= given
    # a "total" that is not the figures' sum: none of them is read as given
    assert prose.period_figures("Three offences were recorded in 2021, five in 2022 and four in 2023, a total of 14.") == []
    # and the parts of one year, their sum said after them: the parts
    said = prose.period_figures("In 2023, 104 of the victims were female, 25 were male and two were not recorded (131 in all).")
    assert sorted(f.value for f in said) == [2, 25, 104]


def test_unknown_after_female_and_male_is_a_gender_among_columns_of_another_kind(tmp_path):
    given = _given(_read(tmp_path, """Metropolitan Police Service
Request
1. For 2022/23 and 2023/24, the number of offences of sexual communication with a child (71/17) by the victim's gender, and how many had the online flag.
Response
Financial Year | Female | Male | Unknown | Total | Online Flag
2022-23 | 668 | 151 | 29 | 848 | 751
2023-24 | 701 | 172 | 41 | 914 | 809
"""))
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;victim_gender=unknown", 29, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;online_flag=true", 809, "reported")} <= given


def test_crimes_which_carry_a_flag_are_of_no_one_code_beside_a_question_of_one(tmp_path):
    given = _given(_read(tmp_path, """Derbyshire Constabulary
Request
For each of the calendar years 2022 and 2023:
1. The number of crimes recorded by Derbyshire Constabulary which carry a child sexual exploitation (CSE) flag.
2. The number of offences of sexual grooming (Home Office code 88A) recorded.
Response
1. There were 187 such crimes in 2022 and 203 in 2023.
2. There were 31 offences of sexual grooming in 2022 and 40 in 2023.
"""))
    assert {("2022-01-01", "2022-12-31", "", 187, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=88A", 40, "reported")} <= given


def test_an_outcome_with_no_number_in_its_numbers_column():
    assert labels.read_label("n/a Under investigation (no outcome assigned)").dims == (("outcome", "ongoing"),)
    assert labels.read_label("n/a").axis is None
