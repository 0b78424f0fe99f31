"""Shapes of reply the forty-third blind round (held back a session, then opened) showed the
readers losing or misreading, each written here as an invented reply or sentence of that kind: a
table of "the crimes in Table 1", whose title names the suspects' band; a request whose lines over
its numbered questions name the suspects' band, or the years, that the questions do not; "Figures
for 2021/22 are not held" under a question naming no year; "As at …, of the 108 offences recorded
in 2023, 6 had …"; "41 of the offences recorded in 2024" where a note says what part of 2024 the
figures cover; a letter setting each "Question N" over its words and then its answer; "Financial
year (1 April – 31 March)" over the years; a "CSE flag" column beside "Of which online flag";
"Sex of victim not recorded"; "12 of the offences recorded in 2023 and 41 … were still under
investigation"; "N/H*" under "*Information not held"; "Not recorded" after the lists under
"Female" and "Male"; "for each calendar year from 2021 to date"; "flagged as online (cyber)";
outcomes of "the crimes identified at question 1 (all years combined)"; an
attached image's "image001.png"; "2023/24 to date" where a note says what part of 2023/24 the
figures cover; a summary's "some of the information is not held" over questions each answered
or refused on its own. And ones the rest of the corpus showed: a table of "the offences
in Table 1" is not of the online flag that table splits its offences by, and one "higher than the
number of crimes in Table 1" is not of that table's crimes at all; a summary's "part of it is not
being provided because of cost", over a question refused under s.12 in its own answer, is that
refusal said first; a row naming what a question of flagged offences asks keeps the flag."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import axis_name, heading_label, read_label
from foistats.ingest.values import read_value, suppression_rule

from .test_questions import _given, _read, _read_file


def test_a_table_of_the_crimes_in_table_1_carries_the_suspects_band_its_title_names(tmp_path):
    data = """Bedfordshire Police,,,,
Reference,FOI 24-0001,,,
Date of response,18/10/2024,,,
,,,,
"Table 1: Crimes of indecent images of children (HO 086/02) where a suspect was aged under 18 at the time of the offence, by financial year",,,,
Financial Year,HO Offence Code,Suspect Age Band,Number of Crimes,
2021-22,086/02,10 - 13,4,
2021-22,086/02,14 - 15,11,
2021-22,086/02,16 - 17,16,
2021-22,086/02,Total,31,
2022-23,086/02,10 - 13,6,
2022-23,086/02,14 - 15,15,
2022-23,086/02,16 - 17,19,
2022-23,086/02,Total,40,
,,,,
Table 2: Outcomes recorded for the crimes in Table 1,,,,
Outcome,2021-22,2022-23,,
Charged/Summonsed,5,8,,
Youth Caution,3,2,,
Community Resolution,7,9,,
"""
    ws = _read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Bedfordshire")
    # the band, with the doubt Table 1's own total carries: whether under 18 is a band of what is counted
    assert not any("outcome=charged" in g[2] for g in _given(ws))
    charged = [r for r in ws.review_items() if r.guess and r.guess["breakdown"].get("outcome") == "charged"]
    assert {r.guess["value"] for r in charged} == {5, 8}
    assert all(r.guess["breakdown"].get("suspect_age_max") == 17 for r in charged)
    assert all("the crimes of an earlier one" in r.reason for r in charged)


def test_a_table_of_the_offences_in_table_1_is_not_of_the_flag_that_table_splits_them_by(tmp_path):
    data = """Cambridgeshire Constabulary,,,
"Table 1 - Recorded offences of sexual communication with a child (71/17), and those flagged online",,,
Financial year,All offences,Flagged online,
2022/23,120,96,
2023/24,131,104,
,,,
Table 2 - Arrests for the offences in Table 1,,,
Financial year,Arrests,,
2022/23,64,,
2023/24,71,,
"""
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Cambridgeshire"))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true", 96, "reported") in given
    assert not any(g[3] in (64, 71) and "online_flag" in g[2] for g in given)


def test_the_suspects_band_of_the_lines_over_the_numbered_questions_is_each_questions(tmp_path):
    ws = _read(tmp_path, """Norfolk Constabulary
Request
I would like the following information about offences of taking, making or distributing indecent
images of children (Home Office code 86/2) where the suspect was aged under 18, for each of the
calendar years 2022 and 2023:
1. The number of crimes recorded.
2. The age and gender of each victim.
Response
Question 1
2022 – 104
2023 – 96
Question 2
This information is exempt under section 40(2) of the Freedom of Information Act 2000 – Personal Information.
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", None, "exempt") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", None, "exempt") in given


def test_a_year_a_not_held_sentence_names_under_a_question_naming_none_is_the_only_one_not_held(tmp_path):
    ws = _read(tmp_path, """Warwickshire Police
Request:
For each of the last three financial years (2021/22, 2022/23 and 2023/24) please provide:
1. The number of crimes recorded with a child sexual exploitation (CSE) flag.
2. Of those crimes, how many involved a looked-after child.
Response:
Question 1 - please see the attached table. Figures for 2021/22 are not held; the flag was introduced in April 2022.
Question 2 - Not held. Warwickshire Police does not record whether a victim is a looked-after child.
""")
    first = sorted(o.period.start.isoformat() for o in ws.observations() if "question 1" in o.source.location)
    assert first == ["2021-04-01"]
    assert len([o for o in ws.observations() if "question 2" in o.source.location]) == 3


def test_of_the_whole_after_a_clause_of_when_is_the_whole_said_again():
    found = prose.period_figures("As at 26 February 2024, of the 108 sexual communication with a child offences recorded in "
                                 "2023, 6 had resulted in a suspect being charged or summonsed and 2 in an adult caution.")
    assert found[0].value == 108 and found[0].whole
    assert [f.value for f in found[1:]] == [6, 2]


def test_a_figure_of_a_year_the_reply_says_its_figures_cover_part_of_is_of_that_part(tmp_path):
    ws = _read(tmp_path, """West Mercia Police
Under the Freedom of Information Act 2000 please provide, for each of the calendar years 2022 and 2023, and for 2024 up to the end of June:
1. The number of offences of sexual communication with a child (71/17).
2. How many of them resulted in a charge.
Question 1
2022 - 167
2023 - 181
2024 (Jan-Jun) - 88
2024 figures cover offences recorded between 1 January 2024 and 30 June 2024 only.
Question 2
Number of offences with an outcome of charge/summons:
2022 - 19
2023 - 15
2024 (Jan-Jun) - 3
At the time the data was extracted, 12 of the offences recorded in 2023 and 41 of the offences recorded in 2024 were still under investigation.
""")
    given = _given(ws)
    assert ("2024-01-01", "2024-06-30", "offence_code=71/17;outcome=ongoing", 41, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=ongoing", 12, "reported") in given
    assert not any(g[1] == "2024-12-31" for g in given)


def test_a_letter_setting_each_question_over_its_words_and_then_its_answer(tmp_path):
    ws = _read(tmp_path, """Wiltshire Police
Our reference: FOI 2024/00999
Dear Requester
Wiltshire Police holds some of the information you have requested. Question 2 is answered in part, as some of the information is not held.
Question 1
How many offences of sexual communication with a child (71/17) and sexual grooming (88A) were recorded in 2022 and 2023?
The table below shows the number of offences recorded in each calendar year.
Home Office code | Offence | 2022 | 2023
88A | Sexual grooming | 14 | 11
71/17 | Sexual communication with a child | 96 | 108
Question 2
Which social media platforms or apps were used in the sexual communication with a child offences in each year?
A field recording the method of communication was added to the crime recording system on 1 January 2023, so this information is not held for 2022.
For offences recorded in 2023, the main platform or app recorded was as follows:
Snapchat – 41
Instagram – 19
Other – 48
Question 3
What were the outcomes of the sexual communication with a child offences recorded in 2023?
As at 26 February 2024, of the 108 sexual communication with a child offences recorded in 2023, 6 had resulted in a suspect being charged or summonsed. The remaining 57 offences are still under investigation.
""")
    given = _given(ws)
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=snapchat", 41, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=other", 48, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=charged", 6, "reported") in given
    assert sum(1 for g in given if g[3] == 108) == 1  # the table's, read once


def test_a_header_of_the_financial_year_and_the_months_it_runs():
    for text in ("Financial year (1 April – 31 March)", "Financial Year (Apr-Mar)", "Calendar year (January - December)"):
        assert axis_name(text) == "period", text
    assert axis_name("Year (2023)") is None


def test_a_flag_column_beside_of_which_online_is_what_the_question_counts(tmp_path):
    data = """Northumbria Police,,,,
Request,,,,
"1. The number of crimes recorded that carried a Child Sexual Exploitation (CSE) flag, broken down by the gender of the victim.",,,,
Response,,,,
Victim gender,2022-23,,2023-24,
,CSE flag,Of which online flag,CSE flag,Of which online flag
Female,151,66,118,49
Male,29,14,22,11
Total,180,80,140,60
"""
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Northumbria"))
    assert ("2022-04-01", "2023-03-31", "victim_gender=female", 151, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_gender=female", 66, "reported") in given
    assert ("2023-04-01", "2024-03-31", "", 140, "reported") in given


def test_labels_of_a_gender_not_recorded_and_of_the_online_flag_in_brackets():
    for text in ("Sex of victim not recorded", "Victim sex not recorded", "Gender of victim - not known", "Sex not known"):
        assert read_label(text).dims == (("victim_gender", "unknown"),), text
    assert read_label("Sex of suspect not recorded").axis is None  # a suspect's is no victim's gender
    assert read_label("Of which flagged as online (cyber)").dims == (("online_flag", "true"),)


def test_figures_of_two_years_said_still_under_investigation_are_each_ongoing():
    found = prose.period_figures("At the time the data was extracted, 12 of the offences recorded in 2023 and 41 of the "
                                 "offences recorded in 2024 were still under investigation.")
    assert [(f.value, f.dims.get("outcome")) for f in found] == [(12, "ongoing"), (41, "ongoing")]


def test_a_cell_marked_with_a_note_that_says_not_held():
    rule = suppression_rule("*Information not held. Until June 2022 the force used a legacy custody system.")
    assert rule is not None and (rule.marker, rule.means) == ("*", "not_held")
    assert read_value("N/H*", (rule,)).kind == "not_held"
    # and with no note read: "N/H" is the abbreviation forces use for not held (rounds 45 and 46 print it bare
    # beside a note foistats cannot key, and under one saying "These years are marked N/H below")
    assert read_value("N/H*").kind == "not_held"


def test_not_recorded_after_headings_of_gender_is_of_no_recorded_gender(tmp_path):
    heading = heading_label("Male\nNot recorded")
    assert heading is not None and heading.dims == (("victim_gender", "unknown"),)
    ws = _read(tmp_path, """Gloucestershire Constabulary
Request
1. The number of crimes with a child sexual exploitation flag in 2022/23 and 2023/24, by the gender of the victim.
Response
Female
2022/23 – 152
2023/24 – 196
Male
2022/23 – 31
2023/24 – 41
Not recorded
2022/23 – 4
2023/24 – 6
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "victim_gender=unknown", 4, "reported") in given
    assert ("2023-04-01", "2024-03-31", "victim_gender=male", 41, "reported") in given
    assert not any(r.guess for r in ws.review_items())


def test_a_refusal_under_a_question_naming_no_year_is_of_each_year_the_lines_over_the_questions_ask(tmp_path):
    ws = _read(tmp_path, """West Yorkshire Police
Please provide the following for each calendar year from 2021 to 2023:
1. The number of offences of sexual communication with a child (71/17).
2. For offences recorded in 2023 only, the number of victims by gender.
3. The social media platforms used by the offender in each offence.
I can confirm that the information you asked for is held in part. Part of it is not being provided because the cost of finding and extracting it would exceed the appropriate limit.
Question 1
2021 – 497
2022 – 461
2023 – 489
Question 2
Female – 250
Male – 60
Question 3
To answer this question would mean reading each of the 1,447 crime records by hand. Section 12(1) of the Act means that we are not obliged to comply with a request where the cost of doing so would exceed the appropriate limit.
""")
    given = _given(ws)
    for year in ("2021", "2022", "2023"):
        assert (f"{year}-01-01", f"{year}-12-31", "offence_code=71/17", None, "exempt") in given
    # the summary's "part of it is not being provided" is that refusal, said first: nothing of it waits
    assert not [r for r in ws.review_items() if r.guess and r.guess.get("status") == "exempt"]


def test_each_calendar_year_from_a_year_to_date_ends_where_the_reply_says_its_last_year_does(tmp_path):
    assert prose.each_year_from("for each calendar year from 2021 to date:") == 2021
    ws = _read(tmp_path, """North Yorkshire Police
I write in connection with your request for information, which was received by North Yorkshire Police on 8 July 2024.
"Please could you provide the following information for each calendar year from 2021 to date:
1. The number of offences of sexual communication with a child (Home Office code 71/17).
2. The social media platform or app used by the offender in each case."
Part 1
2021 - 92
2022 - 101
2023 - 118
2024 - 47
The 2024 figure covers the period 1 January 2024 to 30 June 2024 only.
Part 2
Section 12(1) of the Freedom of Information Act 2000 does not oblige a public authority to comply with a request if the cost of complying would exceed the appropriate limit.
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17", None, "exempt") in given
    assert ("2024-01-01", "2024-06-30", "offence_code=71/17", None, "exempt") in given


def test_outcomes_of_the_crimes_at_question_1_all_years_combined_span_that_questions_years(tmp_path):
    ws = _read(tmp_path, """Suffolk Constabulary
Request
1. The number of crimes of sexual communication with a child (71/17) recorded in each of 2022 and 2023, and 2024 to date.
2. The outcomes of these crimes.
Response
Question 1
2022 – 104
2023 – 96
2024 (1 January to 31 October) – 71
Question 2
The outcomes below relate to the 271 crimes identified at question 1 (all years combined).
Charged/Summonsed: 11
Still under investigation: 52
Other outcomes: 208
""")
    given = _given(ws)
    assert ("2022-01-01", "2024-10-31", "offence_code=71/17;outcome=charged", 11, "reported") in given
    assert ("2022-01-01", "2024-10-31", "offence_code=71/17;outcome=ongoing", 52, "reported") in given
    assert ("2022-01-01", "2024-10-31", "offence_code=71/17;outcome=other", 208, "reported") in given


def test_a_number_in_an_attached_images_file_name_is_no_figure():
    from foistats.ingest import account
    text = "Attachment image001.png"
    assert account.kind_of(text, text.index("001"), text.index("001") + 3) == "file name or reference number"


def test_a_row_naming_what_a_question_of_flagged_offences_asks_keeps_the_flag(tmp_path):
    ws = _read(tmp_path, """Northamptonshire Police
Q1. How many crimes recorded by Northamptonshire Police carried a child sexual exploitation (CSE) flag in each of the financial years 2022/23 and 2023/24?
Q2. For the crimes in Q1, please give the gender of the victim.
Q3. How many sexual offences against children (victims under 18) recorded in the same years carried the online flag?
Response
Northamptonshire Police holds the information you have requested; it is given in the table below.
| FY22/23 | FY23/24
Crimes with a CSE flag | 161 | 158
of which: victim female | 128 | 131
of which: victim male | 30 | 25
of which: victim gender not recorded | 3 | 2
Sexual offences (victim under 18) with online flag | N/H | 247
N/H = not held
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "victim_gender=unknown", 3, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true", None, "not_held") in given
    assert ("2023-04-01", "2024-03-31", "online_flag=true", 247, "reported") in given
    assert not any(g[2] == "" and g[4] == "not_held" for g in given)


def test_a_title_comparing_with_the_crimes_in_table_1_is_of_its_own_crimes(tmp_path):
    data = """Merseyside Police,,,
"Table 1 shows crimes recorded with a CSE flag, and the number of those crimes in which at least one suspect was aged under 18.",,,
Financial year,CSE flagged crimes,Crimes with a suspect aged under 18,
2022/23,161,42,
2023/24,158,39,
,,,
"Table 2 shows the victims linked to CSE-flagged crimes recorded in 2023/24, by gender. A crime can have more than one victim, so the total is higher than the number of crimes in Table 1.",,,
Gender,Victims,,
Female,126,,
Male,28,,
"""
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Merseyside"))
    assert not any(g[3] in (126, 28) and "suspect_age" in g[2] for g in given)


def test_a_financial_year_asked_to_date_is_the_part_a_note_says_the_figures_cover(tmp_path):
    assert prose.year_covers("Figures for 2023/24 cover the period 01/04/2023 to 31/01/2024.")[1].end.isoformat() == "2024-01-31"
    ws = _read(tmp_path, """Northumbria Police
Request
I would like the following information for the financial years 2021/22, 2022/23 and 2023/24 to date:
1. The number of crimes recorded that carried a child sexual exploitation (CSE) flag.
2. Of those crimes, how many involved a victim who was a looked after child.
Response
Question 1
2021/22 – 175
2022/23 – 184
2023/24 – 143
Question 2 - Northumbria Police does not hold this information.
Notes
Figures for 2023/24 cover the period 01/04/2023 to 31/01/2024.
""")
    given = _given(ws)
    assert ("2023-04-01", "2024-01-31", "", 143, "reported") in given
    assert ("2023-04-01", "2024-01-31", "", None, "not_held") in given
    assert not any(g[1] == "2024-03-31" for g in given)


def test_a_summary_saying_some_information_is_not_held_refuses_no_question_answered_or_refused_apart(tmp_path):
    ws = _read(tmp_path, """Wiltshire Police
Wiltshire Police holds some of the information you have requested. Question 2 is answered in part, as some of the information is not held. In respect of question 3, Wiltshire Police can neither confirm nor deny whether it holds the information.
Question 1
How many offences of sexual communication with a child (71/17) were recorded in 2022 and 2023?
2022 – 96
2023 – 108
Question 2
Which apps were used in those offences in 2023?
Snapchat – 41
Other – 67
Question 3
How many of the offences in question 1 came from a National Crime Agency referral?
Wiltshire Police can neither confirm nor deny that it holds the information you have requested by virtue of Section 23(5) and Section 24(2).
""")
    assert not [r for r in ws.review_items() if r.guess and r.guess.get("status") == "not_held"]
    assert not any(o.status.value == "not_held" for o in ws.observations())
