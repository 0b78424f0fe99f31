"""Shapes of reply the forty-fourth blind round (held back a session, then opened) showed the
readers losing or misreading, each written here as an invented reply or sentence of that kind:
"Table 1: …" straight after several numbered questions, under no "Response" heading; "All 86/2
crimes" beside "Crimes with a suspect aged under 18"; a question naming no years ("The age of the
youngest suspect.") among questions asking some one count a year and others one "across the four
years"; a row's Total beside a year the row marks "N/H"; a table caption naming the first
question's offences under a question of "these offences"; "Questions 1, 2 and 3" over a table; "In
total, how many …" refused; "Victim gender - Female"; "Of which online/cyber flagged"; a list line
whose figure follows its label after a space only; "Of these offences, the online flag was applied
to 7 offences in 2021/22, …"; "Number of crimes recorded"; a "1-4" the reply keys as its mark,
alone in its column; figures "for all of the offences in the table above", split by two codes; "2.
For the 2024 crimes, how many …" counting the first question's crimes. And
ones the rest of the corpus showed: a question of a class wider than any code ("sexual offences
against children") under a heading answering several questions takes none of the codes a note
lists; "Offences flagged online"; and the refusals of "those crimes", after a table of the first
question's suspects' bands and their total, are as open as that total."""

from __future__ import annotations

from foistats.ingest.labels import read_label

from .test_questions import _given, _read, _read_file


def test_a_table_caption_straight_after_several_questions_begins_the_answer_to_them_all(tmp_path):
    data = """Lancashire Constabulary,,,,
Reference,FOI 0417/24,,,
,,,,
Request,,,,
"1) For each financial year from 2021/22 to 2023/24, the number of crimes recorded of sexual communication with a child, and how many of these were flagged as online.",,,,
2) The same figures for crimes where the suspect was aged under 18.,,,,
"3) For 2023/24, the outcomes of the crimes in question 2.",,,,
,,,,
"Table 1: Recorded crimes - Home Office code 71/17, by financial year",,,,
,All 71/17 crimes,,Crimes with a suspect aged under 18,
Financial Year,Recorded,Online flagged,Recorded,Online flagged
2021/22,301,270,41,38
2022/23,322,290,47,44
2023/24,350,318,52,49
,,,,
"Table 2: Outcomes of 71/17 crimes with a suspect aged under 18, 2023/24",,,,
Outcome,2023/24,,,
Charged/Summonsed,12,,,
Community Resolution,9,,,
"""
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Lancashire"))
    # Table 1 answers questions 1 and 2, its labels saying which: not question 3's outcomes
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17", 301, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;online_flag=true", 270, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;suspect_age_max=17;suspect_age_min=0", 41, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged;suspect_age_max=17;suspect_age_min=0", 12,
            "reported") in given
    assert not any("outcome" in g[2] for g in given if g[3] in (301, 270, 41, 38))


def test_all_of_a_codes_crimes_is_that_codes_whole_not_an_unread_label():
    label = read_label("All 86/2 crimes")
    assert (label.axis, dict(label.dims)) == ("total", {"offence_code": "86/2"})


def test_a_question_naming_no_years_among_ones_asking_each_year_and_the_span_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, """Cleveland Police
Request
1. For each of the financial years 2021/22, 2022/23 and 2023/24, the number of offences of taking, making or distributing indecent images of children (Home Office code 86/2) recorded.
2. The outcomes of these offences across the three years.
3. The age of the youngest suspect.
Response
Question 1
2021/22 - 210
2022/23 - 236
2023/24 - 251
Question 2
Charged - 41
Question 3
This information is exempt under section 40(2) of the Act, as it is personal information.
""")
    assert not any(o.status.value == "exempt" for o in ws.observations())
    refused = [r for r in ws.review_items() if r.guess and r.guess["status"] == "exempt"]
    assert refused and all("one count over the years or one a year" in r.reason for r in refused)


def test_a_rows_total_beside_a_year_it_marks_not_held_is_of_the_years_held(tmp_path):
    data = """Leicestershire Police,,,,
Table 1: CSE flagged crimes,,,,
,2021/22,2022/23,2023/24,Total
Crimes with a CSE flag,150,170,190,510
Of which: online flag applied,N/H,95,110,205
,,,,
1. N/H = not held.,,,,
"""
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Leicestershire"))
    assert ("2022-04-01", "2024-03-31", "online_flag=true", 205, "reported") in given
    assert ("2021-04-01", "2024-03-31", "", 510, "reported") in given


def test_a_caption_naming_the_first_questions_offences_stays_with_the_question_of_these_offences(tmp_path):
    ws = _read(tmp_path, """Humberside Police
You asked:
"1. For each of the financial years 2022/23 and 2023/24, how many offences of sexual communication with a child (Home Office code 71/17) were recorded by Humberside Police?
2. How many of these offences resulted in a charge or summons?"
Response
Question 1
Table 1: Sexual communication with a child (HO code 71/17) - crimes recorded
Financial year | Crimes recorded
2022/23 | 203
2023/24 | 196
Question 2
Table 2: Outcomes of sexual communication with a child (HO code 71/17) crimes, by financial year the crime was recorded
Financial year | Charge / summons
2022/23 | 17
2023/24 | 9
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;outcome=charged", 17, "reported") in given
    assert not any(g[4] == "no_response" for g in given)


def test_a_heading_answering_several_questions_hands_its_table_to_them(tmp_path):
    ws = _read(tmp_path, """Lincolnshire Police
You asked:
1. The number of crimes recorded with a child sexual exploitation (CSE) flag in each of the calendar years 2022 and 2023.
2. Of these, how many also had the online flag?
3. The number of sexual grooming offences (Home Office code 88A) recorded in each of those years.
Response
Questions 1 and 2
| 2022 | 2023
Crimes with a CSE flag | 104 | 96
Of which online flag | 55 | 49
Question 3
2022 - 69
2023 - 60
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=88A", 69, "reported") in given
    # the CSE-flagged crimes are of no one code: not the grooming offences question 3 names
    assert not any(g[3] in (104, 96, 55, 49) and "88A" in g[2] for g in given)
    assert not any(r.guess and r.guess["value"] in (104, 96) and r.guess["breakdown"].get("offence_code")
                   for r in ws.review_items())


def test_in_total_how_many_refused_is_one_count_over_the_years(tmp_path):
    ws = _read(tmp_path, """Avon and Somerset Constabulary
Please provide for the years 2021 to 2023:
1. The number of crimes recorded which carried a child sexual exploitation (CSE) flag, for each year.
2. In total, how many of these investigations involved police officers posing online as children.
Response
1. 2021 - 101
2022 - 113
2023 - 120
2. Avon and Somerset Constabulary can neither confirm nor deny that it holds this information, by virtue of sections 23(5) and 24(2) of the Act.
""")
    refused = [(o.period.start.isoformat(), o.period.end.isoformat()) for o in ws.observations() if o.status.value == "exempt"]
    refused += [(r.guess["period_start"], r.guess["period_end"]) for r in ws.review_items()
                if r.guess and r.guess["status"] == "exempt"]
    assert refused == [("2021-01-01", "2023-12-31")]


def test_a_victims_gender_then_its_value_is_that_gender():
    assert dict(read_label("Victim gender - Female").dims) == {"victim_gender": "female"}
    assert dict(read_label("Victim's sex: Male").dims) == {"victim_gender": "male"}


def test_of_which_online_slash_cyber_flagged_is_the_flag():
    assert dict(read_label("Of which online/cyber flagged").dims) == {"online_flag": "true"}
    assert dict(read_label("Offences flagged online").dims) == {"online_flag": "true"}


def test_a_question_of_a_class_wider_than_any_code_takes_none_of_the_codes_a_note_lists(tmp_path):
    given = _given(_read(tmp_path, """Derbyshire Constabulary
You asked for the following information:
1. The number of sexual offences against children (victims under 18) recorded by your force in each of the financial years 2022/23 and 2023/24.
2. For each year, how many of the offences were flagged as having an online element.
Our response
Sexual offences against children here are those recorded under Home Office codes 17B, 19D, 19E, 20B and 22B.
Questions 1 and 2
| 2022/23 | 2023/24
All offences | 1,243 | 1,307
Offences flagged online | 214 | 236
"""))
    assert ("2022-04-01", "2023-03-31", "", 1243, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 214, "reported") in given


def test_a_list_line_whose_figure_follows_its_label_after_a_space_only(tmp_path):
    given = _given(_read(tmp_path, """West Midlands Police
Please tell me, for the financial year 2023/24, the outcomes of offences of rape of a child under 13.
Response
The outcomes recorded are:
Charged/Summonsed: 41
Caution - Youth 6
Outcome 16 - Evidential difficulties: victim does not support action 94
Outcome 18 - Investigation complete: no suspect identified 7
"""))
    assert any(g[:2] == ("2023-04-01", "2024-03-31") and g[3] == 94 and "outcome=outcome 16" in g[2] for g in given)
    assert any(g[3] == 6 and "outcome=cautioned" in g[2] and "suspect_age_max=17" in g[2] for g in given)
    assert any(g[3] == 7 and "outcome=outcome 18" in g[2] for g in given)


def test_of_these_offences_the_flag_was_applied_to_counts_in_each_year(tmp_path):
    given = _given(_read(tmp_path, """West Midlands Police
Please can you tell me, for each of the financial years 2021/22, 2022/23 and 2023/24:
1. The number of rapes of children recorded.
2. How many of these offences had the online (cyber) flag applied.
Response
Question 1
In 2021/22 there were 100 offences, 120 in 2022/23 and 130 in 2023/24.
Question 2
Of these offences, the online flag was applied to 7 offences in 2021/22, 11 in 2022/23 and 9 in 2023/24.
"""))
    assert {(g[0], g[3]) for g in given if "online_flag=true" in g[2]} == {
        ("2021-04-01", 7), ("2022-04-01", 11), ("2023-04-01", 9)}


def test_number_of_crimes_recorded_is_the_count_itself():
    assert read_label("Number of crimes recorded").axis == "value"


def test_a_keyed_one_to_four_alone_in_its_column_is_a_figure_withheld_not_an_age_band(tmp_path):
    data = """City of London Police,,,,,,
"4. Counts between 1 and 4 are shown as '1-4'.",,,,,,
Table 2: Suspects identified for indecent images of children offences,,,,,,
,2022/23,2022/23,2023/24,2023/24,,
,Under 18,18 and over,Under 18,18 and over,,
Suspects identified,1-4,13,5,15,,
"""
    ws = _read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="City of London")
    given = _given(ws)
    # (whose ages the table does not say, with no request over it: the bands are the point here)
    assert any(g[:2] == ("2022-04-01", "2023-03-31") and g[2].endswith("age_min=18") and g[3:] == (13, "reported")
               for g in given)
    assert any(g[:2] == ("2023-04-01", "2024-03-31") and g[2].endswith("age_max=17;victim_age_min=0") and g[3] == 5
               for g in given)
    assert any(g[:2] == ("2022-04-01", "2023-03-31") and g[3:] == (None, "suppressed") for g in given)


def test_figures_for_all_of_the_offences_in_the_table_above_are_of_its_codes_together(tmp_path):
    given = _given(_read(tmp_path, """Dorset Police
Please provide for each of the calendar years 2022 and 2023:
1. The number of offences recorded of possession of indecent images of children, and of taking, making or distributing indecent images of children.
2. Of the suspects for those offences, how many were aged under 18?
Response
Question 1
Year | 86/1 Possession | 86/2 Take/make/distribute | Total
2022 | 120 | 230 | 350
2023 | 131 | 252 | 383
Question 2
The number of suspects aged under 18 at the time of the offence, for all of the offences in the table above, is shown below.
Year | Aged 10 to 15 | Aged 16 to 17
2022 | 11 | 10
2023 | 8 | 7
"""))
    assert ("2022-01-01", "2022-12-31", "suspect_age_max=15;suspect_age_min=10", 11, "reported") in given


def test_a_heading_over_a_table_of_bands_leaves_the_refusals_of_those_crimes_as_open_as_its_total(tmp_path):
    ws = _read(tmp_path, """Lancashire Constabulary
Request
1. The number of crimes of taking, making or distributing indecent photographs of children (Home Office code 86/2) where the suspect was aged under 18, for each of the calendar years 2022 and 2023.
2. For those crimes, a breakdown by the age of the suspect.
3. For each year, how many of those crimes involved Category A images.
Response
Questions 1 and 2
Year | 10-13 | 14-15 | 16-17 | Total
2022 | 9 | 57 | 44 | 110
2023 | 12 | 70 | 49 | 131
Question 3
Lancashire Constabulary does not hold this information.
""")
    # whether the total, and so "those crimes", is of the band or of all 86/2 crimes, writers read both ways
    assert not any(o.status.value == "not_held" for o in ws.observations())
    assert any(r.guess and r.guess["status"] == "not_held" for r in ws.review_items())


def test_a_numbered_question_for_the_crimes_of_the_one_before_counts_within_its_code(tmp_path):
    given = _given(_read(tmp_path, """Devon and Cornwall Police
Request
I would like to request the following information for the calendar years 2023 and 2024:
1. The number of crimes recorded for taking, making or distributing indecent images of children where the suspect was aged under 18 at the time of the offence.
2. For the 2024 crimes, how many resulted in a youth caution.
3. The social media platforms or messaging apps on which the images were shared.
Response
1. In 2023 there were 52 crimes of taking, making or distributing indecent images of children (Home Office code 86/2) recorded where the suspect was under 18 at the time of the offence. In 2024 the figure was 68.
2. Of the crimes recorded in 2024, 7 resulted in a youth caution.
3. The force does not hold this information.
"""))
    # "2. For the 2024 crimes, …" counts question 1's crimes, which its answer says are 86/2's, as question 3 does
    assert ("2024-01-01", "2024-12-31", "offence_code=86/2;outcome=cautioned;suspect_age_max=17;suspect_age_min=0", 7,
            "reported") in given
