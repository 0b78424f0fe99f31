"""Shapes of reply the fifty-seventh blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: a refusal of a
question counting within a question that counts within one of no code; "For the online grooming
offences" and "these grooming offences" after a question that asked them; "Cautions (youth and
adult cautions together):" over a list; a title over an aligned table's empty corner; "Part 2",
its question quoted, then "Response:"; "Unknown / not stated"; a question narrowing its own
years ("For the last two financial years only") under a request stating its years outright; and
"… 15 in 2024 to date" where the reply says what part of 2024 its figures cover. With them, two
the whole-corpus run and the second reading asked for: "the online-flagged offences" after a
question naming a code, and a count in a sheet's cell merged across columns."""

from __future__ import annotations

from foistats.ingest import labels

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_question_counting_within_questions_of_no_code_is_of_no_code(tmp_path):
    given = _given(_read(tmp_path, """Durham Constabulary
Request
Please provide the following for each of the calendar years 2022 and 2023.
1. How many crimes were recorded with a child sexual exploitation (CSE) flag?
2. Of the crimes in question 1, how many also had the online flag?
3. How many offences of abuse of position of trust of a sexual nature (Home Office code 73) were recorded?
4. Of the online-flagged crimes in question 2, how many were identified through covert policing?
Response
Questions 1 to 3
 | 2022 | 2023
Crimes with a CSE flag | 141 | 133
Of which online flagged | 52 | 47
Position of trust (HO code 73) | 6 | 9
Question 4
Durham Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of Section 31(3) – Law enforcement.
"""))
    refused = [g for g in given if g[4] == "exempt"]
    assert refused and not any("offence_code" in breakdown for _, _, breakdown, *_ in refused)


GROOMING_ASKED_SECOND = """Northumbria Police
Request
Please provide the following for each of the financial years 2021/22 and 2022/23.
1. How many crimes were recorded with a child sexual exploitation (CSE) flag?
2. How many offences of sexual grooming (Home Office code 88A) were recorded, and how many of these had the online flag?
3. For the online grooming offences, which apps or websites were used to contact the victim?
4. In how many of these grooming offences was the suspect identified through covert policing?
Response
Question 1
2021/22 - 301
2022/23 - 288
Question 2
Northumbria Police recorded 77 and 69 offences of sexual grooming in 2021/22 and 2022/23 respectively. Of these, 58 in 2021/22 and 51 in 2022/23 carried the online flag.
Question 3
Platform (2022/23) | Offences
Snapchat | 21
Instagram | 12
Other | 18
For 2021/22 the platform is held only in the free text of each report. The cost of reading them would exceed the appropriate limit of £450, and section 12(1) of the Act applies to that part of question 3.
Question 4
Northumbria Police can neither confirm nor deny that it holds this information, by virtue of Section 31(3).
"""


def test_the_offences_of_a_kind_refer_back_to_the_question_that_asked_that_kind(tmp_path):
    given = _given(_read(tmp_path, GROOMING_ASKED_SECOND))
    assert ("2022-04-01", "2023-03-31", "offence_code=88A;online_flag=true;platform=snapchat", 21, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=88A;online_flag=true", None, "exempt") in given
    # "these grooming offences" are those question 2 counts, not the online ones question 3 lists
    assert ("2021-04-01", "2022-03-31", "offence_code=88A", None, "exempt") in given


def test_a_list_led_by_an_outcome_whose_bracket_joins_its_kinds_is_of_that_outcome(tmp_path):
    given = _given(_read(tmp_path, """Dorset Police
Request
For the calendar years 2022 and 2023:
1. How many crimes of taking, making or distributing indecent photographs of children (Home Office code 86/2) were recorded?
2. How many of those crimes led to a caution?
Response
Question 1
2022 – 188
2023 – 204
Question 2
Cautions (youth and adult cautions together):
2022 – 7
2023 – 9
"""))
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2;outcome=cautioned", 9, "reported") in given
    assert labels.heading_label("Cautions (adults only):") is None


def test_a_title_over_an_aligned_tables_empty_corner_is_no_columns_header(tmp_path):
    given = _given(_read(tmp_path, """Suffolk Constabulary
Request
Please provide the number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the financial years 2021/22 and 2022/23, broken down by the age of the victim at the time of the offence.
Response
Victim age at the time of the offence
                          2021/22     2022/23
Under 13                       17          26
13 - 15                        44          51
16 - 17                         9          11
"""))
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 17, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", 51, "reported") in given


def test_a_response_heading_under_each_quoted_part_answers_that_part(tmp_path):
    given = _given(_read(tmp_path, """From: Freedom of Information - Essex Police
Dear Requester
FREEDOM OF INFORMATION REQUEST 2291/24

Part 1
"Please provide the number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the financial years 2021/22 and 2022/23."

Response:
Essex Police recorded 131 offences in 2021/22 and 142 in 2022/23.

Part 2
"Please list the apps or websites used to commit each offence."

Response:
The platform is not a searchable field. Reading each of the 273 crime reports would take about 27 hours.

Section 12(1) of the Act does not oblige a public authority to comply with a request where it estimates that the cost of doing so would exceed the appropriate limit. This letter is therefore a refusal notice under section 17(5) of the Act in respect of Part 2.

> 1. Please provide the number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the financial years 2021/22 and 2022/23.
>
> 2. Please list the apps or websites used to commit each offence.
"""))
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17", 131, "reported") in given
    refused = sorted(g for g in given if g[4] == "exempt")
    assert refused == [("2021-04-01", "2022-03-31", "offence_code=71/17", None, "exempt"),
                       ("2022-04-01", "2023-03-31", "offence_code=71/17", None, "exempt")]


def test_two_words_for_one_unknown_read_as_one():
    assert labels.read_label("Unknown / not stated").dims == (("victim_gender", "unknown"),)
    assert labels.read_label("Age unknown / not recorded").dims == (("victim_age_known", "false"),)
    assert labels.read_label("Female / Male").axis != "victim_gender"


def test_a_question_narrowing_its_own_years_leaves_the_others_the_requests(tmp_path):
    given = _given(_read(tmp_path, """Staffordshire Police
Dear Requester
You asked:
"Please can you tell me, for each of the financial years 2021/22, 2022/23 and 2023/24:
1. How many offences of sexual communication with a child (Home Office code 71/17) were recorded?
2. For the last two financial years only, the gender of the victims.
3. Which apps or websites were used to contact the child?"
Staffordshire Police received your request on 20 May 2024.
Question 1
2021/22 - 201
2022/23 - 219
2023/24 - 236
Question 3
To answer this question each of the 656 crime reports would have to be read, which would exceed the cost limit, and section 12(1) applies.
"""))
    refused = sorted(g[:2] for g in given if g[4] == "exempt")
    assert refused == [("2021-04-01", "2022-03-31"), ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")]


def test_the_online_flagged_offences_are_those_a_question_asked_flagged_not_the_question_before(tmp_path):
    # (a guard the whole-corpus run asked for: the referring back read above first sent these to a code's question)
    given = _given(_read(tmp_path, """Cleveland Police
Dear Requester,
Your questions and our answers are set out below.
(a) Please provide the number of sexual offences against children recorded by Cleveland Police in each of the calendar years 2022 and 2023 that carried the online (cyber) flag.
Answer to (a):
2022 – 77
2023 – 81
(b) How many offences of sexual activity involving a child under 16 (Home Office code 22B) were recorded in each of those years?
Answer to (b):
2022 – 45
2023 – 52
(c) Which social media platforms or apps were used in the online-flagged offences in 2023?
Answer to (c):
For the 81 online-flagged offences recorded in 2023, the platform first recorded was:
Snapchat – 33
Instagram – 19
Other platforms – 29
"""))
    assert ("2023-01-01", "2023-12-31", "online_flag=true;platform=snapchat", 33, "reported") in given


def test_a_count_in_a_sheets_cell_merged_across_columns_is_read_once_of_what_they_share(tmp_path):
    # (the merged-cell rule at the spreadsheet reader: a merged range's cells in a row are one cell, as in HTML)
    ws = _workbook(tmp_path, {"Victims": [
        ["Victims of offences under Home Office code 71/17, by gender"],
        ["Calendar year", "2022", None, "2023", None],
        [None, "Female", "Male", "Female", "Male"],
        ["Victims", 51, 12, 47, "N/H"],
        ["All victims", 63, None, 59, None],
    ]}, authority="Durham", merged={"Victims": ["B2:C2", "D2:E2", "B5:C5", "D5:E5"]})
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17", 63, "reported") in given
    assert not any(value == 63 and "victim_gender" in breakdown for _, _, breakdown, value, _ in given)


def test_a_year_to_date_in_a_sentence_is_the_part_of_it_the_reply_says_its_figures_cover(tmp_path):
    given = _given(_read(tmp_path, """Wiltshire Police
Request
For the calendar years 2022 and 2023 and for 2024 to date:
1. How many crimes of taking, making or distributing indecent photographs of children (Home Office code 86/2) were recorded?
2. How many of them were closed as Outcome 21?
Response
Figures for 2024 cover 1 January to 31 August 2024.
Question 1
2022 – 171
2023 – 188
2024 (1 January – 31 August) – 120
Question 2
Outcome 21 was recorded for 22 crimes in 2022, 31 in 2023 and 12 in 2024 to date.
"""))
    assert ("2024-01-01", "2024-08-31", "offence_code=86/2;outcome=outcome 21", 12, "reported") in given
