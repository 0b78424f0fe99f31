"""Shapes of reply the fifty-third blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: victims' age bands
under a question asking "by the age band and the gender of the victim" in a request that asks
the suspects' ages elsewhere, and under a corner cell "Victim age"; "where you have asked for
2025 to date, the figures cover …" over a row labelled only "2025"; a list led in by "… is as
follows."; what "remained under investigation with no final outcome assigned" as at a day; a
WhatDoTheyKnow banner "part of a batch sent to 45 authorities" and its "1 person following this
request"; a question the reply never answers, under the years the request states; "All offences
in Q1" and "Online qualifier applied" as labels; "The figures for 2022/23 were 102 and seven, and
for 2023/24 they were 64 and four"; "Section 40(2) and (3A)(a)"; a whole with its period, then
the part of it flagged online ("twenty-three offences …, nineteen of which had the online flag
applied"); "Of which flagged as online" under a blank row, its words in the label column; a
request quoted after a colon, ending at its closing quote; one figure "finalised with outcome 21
(…)"; a text cut short mid-word; and "the last two financial years" in a reply with no date."""

from __future__ import annotations

from foistats.ingest import account, labels, prose

from .test_questions import _given, _read, _read_file
from .test_round20_shapes import _workbook


# a later question asking the suspects' ages, refused: the request names whose ages it asks for other figures
SUSPECTS_AGES_REFUSED = """Question 2
The ages of the suspects for the offences in question 1.
Response
Suspect age is not held in a form that can be reported, and to read each record would exceed the cost limit under section 12.
"""

def test_age_bands_by_the_age_band_and_gender_of_the_victim_are_the_victims(tmp_path):
    given = _given(_read(tmp_path, """Northamptonshire Police
Question 1
For the financial year 2023/24, the number of offences of sexual communication with a child (71/17), broken down by the age band and the gender of the victim.
Response
Age | Female | Male
Under 13 | 17 | 6
13 to 15 | 41 | 7
""" + SUSPECTS_AGES_REFUSED))
    assert {("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0;victim_gender=female", 17, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13;victim_gender=male", 7, "reported")} <= given
    assert not any("suspect_age" in breakdown for _, _, breakdown, value, _ in given if value in (17, 6, 41, 7))


def test_a_corner_naming_the_victims_age_makes_the_bands_under_it_the_victims(tmp_path):
    given = _given(_read(tmp_path, """Northamptonshire Police
Question 1
For the financial year 2023/24, the number of offences of sexual communication with a child (71/17) recorded, by age.
Response
Victim age | Offences
Under 13 | 24
13 to 15 | 48
""" + SUSPECTS_AGES_REFUSED))
    assert {("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 24, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", 48, "reported")} <= given


def test_a_year_asked_to_date_that_the_reply_says_its_figures_cover_in_part():
    assert prose.year_covers("Please note that where you have asked for 2025 to date, the figures cover the period "
                             "1 January 2025 to 30 September 2025, the last complete month.") is not None
    whole, part = prose.year_covers("For 2025 to date, the figures cover 1 January 2025 to 30 June 2025.")
    assert (whole.start.isoformat(), whole.end.isoformat()) == ("2025-01-01", "2025-12-31")
    assert (part.start.isoformat(), part.end.isoformat()) == ("2025-01-01", "2025-06-30")


def test_a_row_of_the_year_asked_to_date_ends_where_the_reply_says(tmp_path):
    given = _given(_read(tmp_path, """Dyfed-Powys Police
Under the Freedom of Information Act 2000 I would like to request the following information for each of the calendar years 2023 and 2024, and for 2025 to date:
1. The number of offences recorded under Home Office code 86/2.
Dear Requester,
Please note that where you have asked for 2025 to date, the figures cover the period 1 January 2025 to 30 September 2025.
Q1
Year      Offences
2023           164
2024           201
2025           139
"""))
    assert ("2025-01-01", "2025-09-30", "offence_code=86/2", 139, "reported") in given
    assert not any(end == "2025-12-31" for _, end, *_ in given)


def test_a_list_led_in_by_a_span_as_follows_takes_that_span(tmp_path):
    given = _given(_read(tmp_path, """Northumbria Police
1. The apps or platforms used in crimes of sexual communication with a child (71/17), for 2022, 2023 and 2024.
Response
For crimes recorded between 1 January 2023 and 31 December 2024 the platform recorded is as follows.
Snapchat – 187
Instagram – 64
Not recorded – 168
"""))
    assert {(start, end, value) for start, end, breakdown, value, _ in given if "platform=" in breakdown} == \
        {("2023-01-01", "2024-12-31", 187), ("2023-01-01", "2024-12-31", 64), ("2023-01-01", "2024-12-31", 168)}


def test_what_remained_open_with_no_final_outcome_as_at_a_day():
    [figure] = prose.period_figures("As at 14 July 2025, 46 of the crimes recorded over the period of your request "
                                    "remained under investigation with no final outcome assigned.")
    assert (figure.value, figure.period.start.isoformat(), figure.period.end.isoformat(), figure.dims) == \
        (46, "2025-07-14", "2025-07-14", {"outcome": "ongoing"})


def test_the_counts_whatdotheyknow_gives_of_a_request_are_no_figures():
    line = "This request is part of a batch sent to 45 authorities."
    start = line.index("45")
    assert account.kind_of(line, start, start + 2) == "web page furniture"
    line = "There is 1 person following this request"
    assert account.kind_of(line, line.index("1"), line.index("1") + 1) == "web page furniture"


def test_a_question_the_reply_never_answers_is_unanswered_in_each_year_the_request_states(tmp_path):
    given = _given(_read(tmp_path, """Northumbria Police
Dear Northumbria Police,
I would like to request the following information for the calendar years 2022 and 2023:
1. The number of crimes of sexual communication with a child (Home Office code 71/17) recorded in each year.
2. How many of these crimes resulted in a charge or summons in each year.
Yours faithfully,
Dear Ms Whitlock
Question 1
Calendar year    Crimes recorded
2022                        184
2023                        203
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=71/17;outcome=charged", None, "no_response"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=charged", None, "no_response")} <= given


def test_all_offences_of_a_question_is_their_total():
    assert labels.read_label("All offences in Q1").axis == "total"
    assert labels.read_label("All crimes at question 2").axis == "total"


def test_an_online_qualifier_is_the_online_flag():
    assert labels.read_label("Online qualifier applied").dims == (("online_flag", "true"),)
    assert labels.read_label("Cyber-enabled qualifier").dims == (("online_flag", "true"),)
    assert labels.read_label("Online qualifier not applied").dims == (("online_flag", "false"),)


def test_a_workbook_row_of_every_offence_of_a_question_flagged_online(tmp_path):
    ws = _workbook(tmp_path, {"Response": [
        ["Q1 - Offences of sexual communication with a child (071/17) recorded, by gender of victim"],
        ["Gender", "2022/23", "2023/24"],
        ["Female", 71, 78],
        ["Male", 15, 17],
        ["Total", 86, 95],
        [],
        ["Q2 - Of the crimes in Q1, the number with the online (cyber) flag applied"],
        [None, "2022/23", "2023/24"],
        ["All offences in Q1", 61, 70],
    ]}, authority="Sussex")
    given = _given(ws)
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true", 61, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;online_flag=true", 70, "reported")} <= given


def test_the_figures_for_a_year_after_a_sentence_of_two_figures_are_those_two_in_turn(tmp_path):
    given = _given(_read(tmp_path, """Essex Police
4. How many of the offences recorded under Home Office code 86/2 in 2021/22, 2022/23 and 2023/24 resulted in a charge/summons, and how many in a caution?
In 2021/22, 118 offences resulted in a charge or summons and nine in a caution. The figures for 2022/23 were 102 and seven, and for 2023/24 they were 64 and four.
"""))
    assert {("2022-04-01", "2023-03-31", "offence_code=86/2;outcome=charged", 102, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=86/2;outcome=cautioned", 7, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=86/2;outcome=charged", 64, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=86/2;outcome=cautioned", 4, "reported")} <= given


def test_a_subsection_said_alone_after_a_section_is_a_section():
    line = "This information is exempt under Section 40(2) and (3A)(a) of the Act."
    start = line.index("3A")
    assert account.kind_of(line, start, start + 2) == "FOIA section"


def test_a_whole_with_its_period_then_the_part_of_it_flagged_online(tmp_path):
    given = _given(_read(tmp_path, """Dyfed-Powys Police
1. The number of offences of sexual grooming (Home Office code 88A) recorded in each of the calendar years 2022, 2023 and 2024, and how many of these had the online flag applied.
Our response:
In 2022 there were twenty-three offences of sexual grooming (88A) recorded, nineteen of which had the online flag applied. For 2023 the figures were 17 and 14.
Of the 26 offences recorded in 2024, 21 had the online flag applied.
Between 1 January and 30 June 2025, 9 offences were recorded, of which <5 had the online flag applied. Numbers of less than five are shown as <5.
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=88A", 23, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=88A;online_flag=true", 19, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=88A", 17, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=88A;online_flag=true", 14, "reported"),
            ("2024-01-01", "2024-12-31", "offence_code=88A", 26, "reported"),
            ("2024-01-01", "2024-12-31", "offence_code=88A;online_flag=true", 21, "reported"),
            ("2025-01-01", "2025-06-30", "offence_code=88A", 9, "reported"),
            ("2025-01-01", "2025-06-30", "offence_code=88A;online_flag=true", None, "suppressed")} <= given


def test_a_whole_then_a_part_of_a_kind_not_placed_reads_no_pair():
    assert prose.period_figures("In 2024 there were 301 offences recorded, 41 of which involved a school.") == []


def test_a_part_of_the_table_above_under_a_blank_row_with_its_words_in_the_label_column(tmp_path):
    data = ("HO Code,Offence Description,2022,2023\r\n"
            "019D,Rape of a female child under 16,38,42\r\n"
            "071/17,Sexual communication with a child,33,40\r\n"
            "Total,,71,82\r\n"
            ",,,\r\n"
            ",Of which flagged as online (cyber) offence,29,35\r\n").encode("cp1252")
    given = _given(_read_file(tmp_path, "reply.csv", data, authority="Durham"))
    assert {("2022-01-01", "2022-12-31", "online_flag=true", 29, "reported"),
            ("2023-01-01", "2023-12-31", "online_flag=true", 35, "reported")} <= given


def test_a_request_quoted_after_a_colon_ends_at_its_closing_quote(tmp_path):
    given = _given(_read(tmp_path, """Lancashire Constabulary
I write in connection with your request for information. You asked: "Please provide the following for the financial years 2021/22 and 2022/23:
1. The number of crimes recorded with a child sexual exploitation (CSE) flag.
2. How many of the suspects in those crimes were registered as informants."
Your request has now been considered. Figures for 2023/24 run from 1 April 2023 to 31 January 2024.
Question 1
Financial year | Crimes
2021/22 | 603
2022/23 | 571
Question 2
Lancashire Constabulary can neither confirm nor deny that it holds the information you have requested at question 2, by virtue of Section 23(5) and Section 31(3).
"""))
    assert {("2021-04-01", "2022-03-31", "", None, "exempt"), ("2022-04-01", "2023-03-31", "", None, "exempt")} <= given


def test_one_figure_finalised_with_an_outcome_named_by_its_number_after_it():
    [figure] = prose.period_figures("Between 1 January 2022 and 31 March 2025, 412 offences recorded under 86/2 were finalised "
                                    "with outcome 21 (further investigation to support formal action not in the public "
                                    "interest – police decision).")
    assert (figure.value, figure.period.start.isoformat(), figure.period.end.isoformat(), figure.dims) == \
        (412, "2022-01-01", "2025-03-31", {"outcome": "outcome 21"})
    assert prose.period_figures("In 2023, 41 offences were charged and 12 had outcome 16 and 3 outcome 15.") == []


def test_a_text_cut_short_mid_word_is_cut_short(tmp_path):
    ws = _read(tmp_path, """Humberside Police
Please provide figures for the calendar years 2022 and 2023.
1. The number of crimes recorded which carried a child sexual exploitation (CSE) flag.
2. How many of the crimes in question 1 resulted in a charge?
Response
1. CSE-flagged crimes
2022 – 148
2023 – 146
2. Outcomes
The outcomes assigned to the crimes recorded in each year are shown below, and the figures for 2023 in partic[EXCERPT ENDS]
""")
    assert not any(status == "no_response" for *_, status in _given(ws))


def test_the_last_years_asked_with_no_date_are_the_years_the_reply_answers_for(tmp_path):
    given = _given(_read(tmp_path, """PSNI
1. For each of the last two financial years, the number of crimes of sexual communication with a child recorded.
2. For the same years, the apps or websites used.
Response
1.
Financial year | 2022/23 | 2023/24
Crimes | 118 | 131
2. To find the app or website used would mean reading each crime record by hand, which would exceed the cost limit under section 12 of the Act.
"""))
    assert {("2022-04-01", "2023-03-31", "", None, "exempt"), ("2023-04-01", "2024-03-31", "", None, "exempt")} <= given
