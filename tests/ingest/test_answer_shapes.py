"""Shapes of answer the second blind round showed the readers missing, each written here as a
force would write it, with what a careful person reads from it: figures listed then flagged,
"respectively" over the periods asked, a part of a whole said again, a Sum under month lines,
a year heading its list, headers over several aligned columns, cells led by '|', dashes as
nil cells, suspects' age bands, and the questions an answer heading names."""

from __future__ import annotations

from foistats.ingest import prose

from .test_questions import _given, _read


def test_figures_listed_with_their_periods_then_said_to_be_flagged_online_are_each_flagged():
    found = prose.period_figures("Of the offences above, 301 in 2021/22, 322 in 2022/23 and 351 in 2023/24 "
                                 "carried the online flag.")
    assert [(f.value, f.period.label, f.dims) for f in found] == [
        (301, "2021/22", {"online_flag": "true"}), (322, "2022/23", {"online_flag": "true"}),
        (351, "2023/24", {"online_flag": "true"})]
    # said of the last figure only, the flag is not spread over the others
    assert prose.period_figures("In 2021 there were 400 offences, and 120 in 2022 were flagged as online.") == []


def test_parts_of_a_whole_take_what_the_rest_of_the_sentence_says():
    part = prose.part_of_whole("Of the 742 crimes above, 96 have resulted in a charge or summons.")
    assert (part.whole, part.part, part.dims) == (742, 96, {"outcome": "charged"})
    assert prose.part_of_previous("Of those, 151 had the online crime flag applied.") == (151, {"online_flag": "true"})
    assert prose.part_of_whole("Of the 742 crimes above, 96 were in Leeds.") is None  # a part it cannot place


RESPECTIVELY = """Greater Manchester Police
Request
1. Please provide the number of offences of sexual communication with a child recorded in each of the financial
years 2021/22, 2022/23 and 2023/24.
2. How many resulted in a charge?
Response
Question 1
2021/22 - 339
2022/23 - 369
2023/24 - 397
Question 2
The number of these crimes finalised with a charge/summons outcome was 41, 38 and 29 respectively.
"""


def test_figures_given_respectively_are_the_periods_asked_in_order(tmp_path):
    given = _given(_read(tmp_path, RESPECTIVELY))
    assert {("2021-04-01", "2022-03-31", "outcome=charged", 41, "reported"),
            ("2022-04-01", "2023-03-31", "outcome=charged", 38, "reported"),
            ("2023-04-01", "2024-03-31", "outcome=charged", 29, "reported")} <= given
    assert ("2021-04-01", "2022-03-31", "", 339, "reported") in given  # "Question 2" heads an answer, not a question


MONTHS_AND_SUM = """Essex Police
Request
1. Please give the monthly figures for sexual offences against children for the current financial year to date.
Response
Apr-24: 29
May-24: 34
Jun-24: 27
Jul-24 to date: figures for the current month are incomplete.
Sum: 90
"""


def test_a_sum_under_month_lines_covers_their_span(tmp_path):
    given = _given(_read(tmp_path, MONTHS_AND_SUM))
    assert ("2024-04-01", "2024-06-30", "", 90, "reported") in given
    assert ("2024-05-01", "2024-05-31", "", 34, "reported") in given


YEAR_HEADINGS = """Durham Constabulary
Request
1. For the financial years 2022-23 and 2023-24, what outcome was assigned to each offence of sexual activity with a
child (Home Office code 22B)?
Response
2022-23
Outcome 1 – Charged/Summonsed - 28
Outcome 18 – Investigation complete, no suspect identified - 5
Not yet finalised (investigation ongoing) - 16
2023-24
Outcome 1 – Charged/Summonsed - 22
Outcome 18 – Investigation complete, no suspect identified - 3
Not yet finalised (investigation ongoing) - 31
"""


def test_a_year_heading_its_list_is_the_period_of_each_line_under_it(tmp_path):
    assert _given(_read(tmp_path, YEAR_HEADINGS)) == {
        ("2022-04-01", "2023-03-31", "offence_code=22B;outcome=charged", 28, "reported"),
        ("2022-04-01", "2023-03-31", "offence_code=22B;outcome=outcome 18", 5, "reported"),
        ("2022-04-01", "2023-03-31", "offence_code=22B;outcome=ongoing", 16, "reported"),
        ("2023-04-01", "2024-03-31", "offence_code=22B;outcome=charged", 22, "reported"),
        ("2023-04-01", "2024-03-31", "offence_code=22B;outcome=outcome 18", 3, "reported"),
        ("2023-04-01", "2024-03-31", "offence_code=22B;outcome=ongoing", 31, "reported")}


SPANNED = """South Yorkshire Police
Request
How many offences of sexual grooming (088A) and sexual communication with a child (071/17) were recorded in
2022/23 and 2023/24, by outcome?
Response
                               2022/23 (FY22/23)      2023/24 (FY23/24)
HO outcome                     088A      071/17       088A      071/17
1   Charged/summonsed             4          19          7          25
Under investigation               1          11          -          70

Key: - = no offences recorded
"""


def test_a_header_over_several_aligned_columns_gives_each_its_period_and_a_dash_is_nil(tmp_path):
    given = _given(_read(tmp_path, SPANNED))
    assert {("2022-04-01", "2023-03-31", "offence_code=88A;outcome=charged", 4, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 25, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=88A;outcome=ongoing", 0, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=ongoing", 70, "reported")} <= given


LED_CELLS = """Durham Constabulary
Request
How many crimes with a CSE flag were recorded in each of the calendar years 2021 and 2022, by victim gender?
Response
| Gender
| 2021
| 2022
| Female
| 161
| 174
| Male
| 23
| 31
"""


def test_cells_one_a_line_led_by_a_bar_are_a_table(tmp_path):
    assert _given(_read(tmp_path, LED_CELLS)) == {
        ("2021-01-01", "2021-12-31", "victim_gender=female", 161, "reported"),
        ("2022-01-01", "2022-12-31", "victim_gender=female", 174, "reported"),
        ("2021-01-01", "2021-12-31", "victim_gender=male", 23, "reported"),
        ("2022-01-01", "2022-12-31", "victim_gender=male", 31, "reported")}


SUSPECT_AGES = """North Wales Police
You asked:
"For each financial year 2022/23 and 2023/24, please tell me how many suspects were identified for offences of
indecent photographs of children (Home Office code 86/2), broken down by the age of the suspect. Please also tell me
how many of these suspects were charged."
Financial year | Under 18 | 18-24 | 25+ | Total
2022/23 | 19 | 27 | 125 | 171
2023/24 | 23 | 25 | 135 | 183
Of the suspects above, 61 were charged in 2022/23 and 49 in 2023/24.
"""


def test_age_bands_asked_as_the_suspects_are_the_suspects_and_the_charge_is_only_the_sentences(tmp_path):
    given = _given(_read(tmp_path, SUSPECT_AGES))
    assert {("2022-04-01", "2023-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 19, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=86/2;suspect_age_min=25", 135, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=86/2", 171, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=86/2;outcome=charged", 61, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=86/2;outcome=charged", 49, "reported")} <= given
    assert not any("victim_age" in breakdown for _, _, breakdown, _, _ in given)


ITEMS_ON_ONE_LINE = """Durham Constabulary
Request
1. How many crimes with a CSE flag were recorded in 2021 and 2022, and how many were flagged online?
Response
Flagged online: 2021 – 88;  2022 – 97
Without the online flag: 2021 – 119;  2022 – 131
"""


def test_list_items_on_one_line_take_what_their_lead_in_says_and_never_a_flag_it_denies(tmp_path):
    ws = _read(tmp_path, ITEMS_ON_ONE_LINE)
    given = _given(ws)
    assert {("2021-01-01", "2021-12-31", "online_flag=true", 88, "reported"),
            ("2022-01-01", "2022-12-31", "online_flag=true", 97, "reported")} <= given
    assert not any(value in (119, 131) and "online_flag=true" in breakdown for _, _, breakdown, value, _ in given)
