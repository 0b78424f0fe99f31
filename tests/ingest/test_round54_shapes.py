"""Shapes of reply the fifty-fourth blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: columns "Flagged |
Not flagged" under a line naming the online flag; a question answered by pointing to another
question's table; "Other" and "Not recorded" under platforms led in as flagged offences; the
outcomes of "the 189 crimes recorded in 2023/24", a count given before of one code; a cost
estimate's sum ("671 x 6 = 4,026 minutes"); an "Of which cyber-flagged" column beside a column of
one code; a cell merged across the gender columns ("All victims"); "ffoniwch 999" and
"under-18s"; an offence's title narrowed to its victims' band ("(victims aged 13-17 only)");
"Other (including online gaming platforms …)"; and a refusal whose paragraph names the years it
refuses in the sentence before it."""

from __future__ import annotations

from foistats.ingest import account, labels

from .test_questions import _given, _read, _read_file


def test_flagged_beside_not_flagged_is_the_online_flag(tmp_path):
    given = _given(_read(tmp_path, """Leicestershire Police
1. The number of offences recorded under Home Office code 86/2 in 2021 and 2022.
2. How many of these offences had the online flag applied?
Response
Question 2
Online (cyber-enabled) flag, Home Office code 86/2:

Year                  Flagged    Not flagged
2021                      361             51
2022                      389             48
"""))
    assert {("2021-01-01", "2021-12-31", "offence_code=86/2;online_flag=true", 361, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=86/2;online_flag=false", 48, "reported")} <= given
    assert not any(breakdown == "offence_code=86/2" for _, _, breakdown, value, _ in given if value in (361, 389))


def test_a_question_answered_by_pointing_to_another_questions_table_is_not_unanswered(tmp_path):
    given = _given(_read(tmp_path, """Hertfordshire Constabulary
"Please provide the following for each of the financial years 2022/23 and 2023/24:
1. The number of crimes recorded with a child sexual exploitation (CSE) flag.
2. The outcomes of those crimes, using the Home Office outcome categories."
Question 1
Please see the Total row of the table provided in answer to Question 2.
Question 2
Outcome | 2022/23 | 2023/24
Charged / Summonsed | 27 | 14
Other outcomes | 209 | 237
Total | 236 | 251
"""))
    assert not any(status == "no_response" for *_, status in given)


def test_other_and_not_recorded_under_platforms_led_in_as_flagged_offences_are_flagged(tmp_path):
    given = _given(_read(tmp_path, """Wiltshire Police
1. How many offences of sexual communication with a child (71/17) were recorded in 2024, and which platforms were used?
Response
For crimes recorded in 2024 the primary platform recorded for the cyber-flagged offences was:
Snapchat – 38
Instagram – 17
Other – 9
Not recorded – 11
"""))
    assert {("2024-01-01", "2024-12-31", "offence_code=71/17;online_flag=true;platform=other", 9, "reported"),
            ("2024-01-01", "2024-12-31", "offence_code=71/17;online_flag=true;platform=unknown", 11, "reported")} <= given


def test_the_outcomes_of_a_count_given_before_are_of_its_code(tmp_path):
    given = _given(_read(tmp_path, """Humberside Police
Your request
1. For each financial year 2022/23 and 2023/24, how many offences of sexual communication with a child (Home Office code 71/17) were recorded?
2. For offences recorded in 2023/24, what outcome has been assigned to each?
Our response
Question 1
Financial year | Sexual communication with a child (71/17) – crimes recorded
2022/23 | 163
2023/24 | 189
Question 2
Outcomes for the 189 crimes recorded in 2023/24 are shown below.
Outcome | Crimes
Charged / summonsed | 16
Investigation ongoing | 36
"""))
    assert {("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 16, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=ongoing", 36, "reported")} <= given


def test_a_cost_estimates_sum_is_no_figure():
    line = ("Reviewing all of them would therefore take approximately 671 x 6 = 4,026 minutes, or just over 67 hours, "
            "well above the appropriate limit of 18 hours.")
    kinds = {token: account.kind_of(line, line.index(token), line.index(token) + len(token)) for token in ("671", "6 =")}
    assert kinds["671"] == "records in a cost estimate"
    six = line.index("x 6") + 2
    assert account.kind_of(line, six, six + 1) == "hours or days in a cost estimate"


def test_an_of_which_column_beside_a_column_of_one_code_is_of_that_code(tmp_path):
    given = _given(_read(tmp_path, """Warwickshire Police
1. The number of offences recorded under Home Office code 86/2 in 2021 and 2022, and how many carried the online flag.
2. The number of offences of abuse of position of trust of a sexual nature (Home Office code 73).
Questions 1 and 2 are answered below.
Calendar year | 86/2 offences recorded | Of which cyber-flagged
2021 | 187 | 171
2022 | 208 | 196
In 2021 there were 12 offences under code 73 and in 2022 there were 9.
"""))
    assert {("2021-01-01", "2021-12-31", "offence_code=86/2;online_flag=true", 171, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=86/2;online_flag=true", 196, "reported")} <= given


def test_a_cell_merged_across_the_gender_columns_is_of_both(tmp_path):
    page = """<html><body><h1>Gwent Police: sexual offences against children</h1>
<p>1. The number of victims of sexual offences recorded in 2021 and 2022, by gender.</p>
<table>
<tr><th rowspan="2">Victim age</th><th colspan="2">2021</th><th colspan="2">2022</th></tr>
<tr><th>Female</th><th>Male</th><th>Female</th><th>Male</th></tr>
<tr><td>0-10</td><td>62</td><td>29</td><td>58</td><td>24</td></tr>
<tr><td>11-17</td><td>272</td><td>50</td><td>275</td><td>43</td></tr>
<tr><td>Total</td><td>334</td><td>79</td><td>333</td><td>67</td></tr>
<tr><td>All victims</td><td colspan="2">413</td><td colspan="2">400</td></tr>
</table></body></html>"""
    given = _given(_read_file(tmp_path, "reply.html", page.encode()))
    assert {("2021-01-01", "2021-12-31", "victim_gender=female", 334, "reported"),
            ("2021-01-01", "2021-12-31", "", 413, "reported"),
            ("2022-01-01", "2022-12-31", "", 400, "reported")} <= given
    assert not any("victim_gender" in breakdown for _, _, breakdown, value, _ in given if value in (413, 400))


def test_a_welsh_call_and_under_18s_are_no_figures():
    for line, token in (("Mewn argyfwng ffoniwch 999 bob amser.", "999"), ("Sexual offences against under-18s", "18s")):
        start = line.index(token)
        assert account.kind_of(line, start, start + len(token)) is not None


def test_an_offence_narrowed_to_its_victims_band():
    assert labels.read_label("Sexual assault on a female aged 13 and over (victims aged 13-17 only)").dims == \
        (("offence_code", "20A"), ("victim_age_min", "13"), ("victim_age_max", "17"))
    # (a band from birth may only say what a child is: not read as the offence's band)
    assert labels.read_label("Sexual assault on a female aged 13 and over (victims under 18)").axis is None


def test_other_with_what_it_includes_said_aside():
    assert labels.read_label("Other (including online gaming platforms and text message)", axis="platform").dims == \
        (("platform", "other"),)
    assert labels.read_label("Female (e.g. where recorded at first report)").dims == (("victim_gender", "female"),)
    assert labels.other_platform("other (including online gaming platforms)", whole=True) == "other"


def test_a_refusal_whose_paragraph_names_the_years_in_the_sentence_before(tmp_path):
    given = _given(_read(tmp_path, """Cumbria Constabulary
1. For each of the financial years 2021/22, 2022/23 and 2023/24, which apps or platforms were used to commit offences of sexual communication with a child (71/17)? Please give the number for each platform, for each year.
Response
The information for 2023/24 can be provided:
Snapchat – 31
Instagram – 14
For 2021/22 and 2022/23 the information is not held in a retrievable form. To provide it we would need to read every crime report, at 10 minutes a report, well over 30 hours. This part of your request is therefore refused under Section 12(1).
"""))
    assert {("2021-04-01", "2022-03-31", "offence_code=71/17", None, "exempt"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17", None, "exempt")} <= given


def test_equal_figures_side_by_side_in_a_line_are_no_merged_cell(tmp_path):
    given = _given(_read(tmp_path, """North Wales Police
1. The number of offences of sexual communication with a child (71/17) recorded in 2021, 2022 and 2023, by sex of the victim.
071/17 - figures shown as 2021 / 2022 / 2023
Female – 71 / 84 / 97
Male – 14 / 14 / 14
"""))
    assert {("2021-01-01", "2021-12-31", "offence_code=71/17;victim_gender=male", 14, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_gender=male", 14, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_gender=male", 14, "reported")} <= given


def test_a_second_of_which_column_is_part_of_the_first_whole_not_of_the_part_before_it(tmp_path):
    given = _given(_read(tmp_path, """Lincolnshire Police
1. The number of offences recorded under Home Office code 86/2 in 2021 and 2022, how many were flagged as online, and in how many a suspect was aged under 18.
Calendar Year | 86/2 crimes recorded | Of which flagged as online | Of which a suspect was aged under 18
2021 | 128 | 97 | 23
2022 | 141 | 109 | 31
"""))
    assert ("2021-01-01", "2021-12-31", "offence_code=86/2;online_flag=true", 97, "reported") in given
    assert not any("online_flag" in breakdown for _, _, breakdown, value, _ in given if value in (23, 31))
