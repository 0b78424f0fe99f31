"""Shapes of reply the forty-second blind round (held back a session, then opened) showed the
readers losing or misreading, each written here as an invented reply or sentence of that kind: a
flattened table whose last year carries a note's mark; a year asked "up to the date of this
request" that the reply says its figures cover part of; "an online (cyber) element"; "over the
same four years"; a refused count of "online investigations"; "shown below as N/H" and a list line
of "N/H"; an offence named by its title in a sentence under a table of codes; a title's "where the
victim was under 18" over offences with adult victims too; "photographs of a child" for "… of
children"; crimes "which carried a CSE flag" beside a question of one code; "under 18 years of
age"; quarters of a financial or a calendar year; "Female – 30, Male – 7" after a year; "Q1
(Apr-Jun)" beside a financial year; "Arrests - suspect aged under 18"; a note of the whole year
over a column of its first months; the outcomes "as they currently stand" of an earlier question's
offences; "the figure covers the whole period …"; "a suspect who was himself or herself under
18"; "Count of Crime No"; "Under 18" over "10-13"; a cover sheet's request fields, a sheet named
"Q2", a workbook note led by "Question 4:", a form's "Date received:", and "Please read this
workbook together with the covering letter", which asks nothing; a column naming what an export's
title says it counts; "in that period" after a sentence naming one. And one the rest of the
corpus showed: advice to ask again "within the cost limit", which refuses nothing."""

from __future__ import annotations

import io

from foistats.ingest import prose
from foistats.ingest.labels import read_label
from foistats.ingest.values import read_value, suppression_rule

from .test_questions import _given, _read, _read_file


def _review_of(ws, value: int) -> list[str]:
    return [r.reason for r in ws.review_items() if r.guess and r.guess.get("value") == value]


def test_a_flattened_table_whose_last_year_carries_a_notes_mark_keeps_its_columns(tmp_path):
    ws = _read(tmp_path, """Essex Police
Request
1. For each of the calendar years 2021 and 2022, and 2023 up to the date of this request, the number of offences of sexual communication with a child (71/17), by the age of the victim.
2. For each year, the apps used in these offences.
Response
The 2023 figures cover 1 January – 31 May 2023.
Question 1
Age of victim
2021
2022
2023*
Under 13
21
25
9
13 - 15
70
64
33
*1 January – 31 May 2023
Question 2
We do not hold this information in a retrievable form.
""")
    given = _given(ws)
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 21, "reported") in given
    assert ("2023-01-01", "2023-05-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", 33, "reported") in given
    # the year asked "up to the date of this request" is the part the figures cover, refused as given
    assert ("2023-01-01", "2023-05-31", "offence_code=71/17", None, "not_held") in given
    assert not any(g[0] == "2023-01-01" and g[1] == "2023-12-31" for g in given)


def test_an_online_cyber_element_a_same_span_refusal_and_n_h_shown_below(tmp_path):
    ws = _read(tmp_path, """Dorset Police
Question 1
The number of crimes with a child sexual exploitation flag in each financial year from 2021/22 to 2023/24.
Response
The flag was introduced in April 2022. Information for 2021/22 is therefore not held and is shown below as N/H.
2021/22 – N/H
2022/23 – 64
2023/24 – 71
Question 2
Of those crimes, how many were flagged as having an online (cyber) element?
Response
2021/22 – N/H
2022/23 – 18
2023/24 – 25
Question 3
Over the same three years, how many of the online CSE investigations were led by a specialist team?
Response
Dorset Police can neither confirm nor deny that it holds this information by virtue of Section 31(3) (Law enforcement).
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 18, "reported") in given
    assert ("2021-04-01", "2022-03-31", "", None, "not_held") in given
    assert ("2021-04-01", "2022-03-31", "online_flag=true", None, "not_held") in given
    # one count over the three years; whether "online investigations" means the flag, a refusal cannot tell
    assert not any(g[4] == "exempt" for g in given)
    assert any("online" in reason for reason in (r.reason for r in ws.review_items() if r.guess
                                                  and r.guess.get("status") == "exempt"
                                                  and (r.guess.get("period_start"), r.guess.get("period_end"))
                                                  == ("2021-04-01", "2024-03-31")))
    assert prose.states_online("flagged as having an online (cyber) element")


def test_an_offence_named_by_its_title_in_a_sentence_under_a_table_of_codes(tmp_path):
    ws = _read(tmp_path, """Kent Police
1. For 2023, the number of the following offences recorded:
a. Rape of a female child under 13 (Home Office code 19E)
b. Rape of a male child under 13 (19H)

2. For each of the two offences, how many had a suspect who was aged under 18 at the time of the offence?

Q1.
Offence	2023
19E Rape of a female child under 13	120
19H Rape of a male child under 13	44

Q2.
Of the 120 offences of rape of a female child under 13 recorded in 2023, 31 had a suspect who was aged under 18 at the time of the offence. For rape of a male child under 13 the figure was 12 of the 44 offences.
""")
    given = _given(ws)
    assert ("2023-01-01", "2023-12-31", "offence_code=19E;suspect_age_max=17;suspect_age_min=0", 31, "reported") in given
    assert not any(g[3] == 12 for g in given)


def test_a_title_of_victims_under_18_over_offences_with_adult_victims_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, """British Transport Police
1. For 2022/23 and 2023/24, sexual offences recorded where the victim was under 18, by offence code.
Questions 1 and 2
Table 1: Sexual offences recorded where the victim was under 18, by Home Office offence code
Offence | 2022/23 | 2023/24 |
20A Sexual assault on a female aged 13 and over | 141 | 150 |
22B Sexual activity involving a child under 16 | 9 | 7 |
86/2 Take, make or distribute indecent photographs of a child | 4 | 6 |
Total | 154 | 163 |
""")
    given = _given(ws)
    # 22B is against children by definition; 86/2's title says "a child" where the reference says "children"
    assert ("2022-04-01", "2023-03-31", "offence_code=22B", 9, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2", 6, "reported") in given
    # 20A has victims of every age: whether the band narrows it is not said
    assert not any("offence_code=20A" in g[2] for g in given)
    assert any("victims of every age" in reason for reason in _review_of(ws, 141))


def test_crimes_which_carried_a_flag_and_the_same_crimes_are_of_no_code_a_later_question_names(tmp_path):
    ws = _read(tmp_path, """Lancashire Constabulary
Request
Please provide the following for the calendar years 2021 and 2022:
1. The number of crimes recorded which carried a Child Sexual Exploitation (CSE) flag.
2. The same crimes broken down by the age of the victim.
3. The number of offences of taking, making or distributing indecent images of children (Home Office code 86/2) in which the suspect was aged under 18.
Response
Question 1
2021: 310
2022: 295

Question 2
Victim age | 2021 | 2022 |
0-12 | 40 | 37 |
13-17 | 270 | 258 |

Question 3
Offences of taking, making or distributing indecent images of children (86/2) where the suspect was under 18 years of age:
2021: 44
2022: 39
""")
    given = _given(ws)
    assert ("2021-01-01", "2021-12-31", "", 310, "reported") in given
    assert ("2022-01-01", "2022-12-31", "victim_age_max=17;victim_age_min=13", 258, "reported") in given
    assert ("2021-01-01", "2021-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 44, "reported") in given
    assert prose.without_age_bands("where the suspect was under 18 years of age:").split() == ["where", "the", ":"]


def test_quarters_of_a_financial_year_and_of_a_calendar_year(tmp_path):
    assert read_label("Q2 2024/25 (Jul–Sep 2024)").period.label == "July 2024 to September 2024"
    assert read_label("Q4 2023/24").period.label == "January 2024 to March 2024"
    assert read_label("Q2 2024/25 (Apr–Jun 2024)").period is None  # months of another quarter
    assert read_label("Q3 2023").period is None  # which year's quarter, the label alone does not say
    ws = _read(tmp_path, """Suffolk Constabulary
1. How many offences were recorded in each quarter from January 2023 to June 2023 under codes 19E and 19H?
Offence | Q1 2023 | Q2 2023 |
19E Rape of a female child under 13 | 14 | 11 |
19H Rape of a male child under 13 | 6 | 8 |
""")
    given = _given(ws)
    assert ("2023-04-01", "2023-06-30", "offence_code=19H", 8, "reported") in given


def test_a_years_counts_after_dashes_on_one_line(tmp_path):
    ws = _read(tmp_path, """Dyfed-Powys Police
1. For 2022 and 2023, the number of offences of sexual communication with a child (71/17), by the gender of the victim.
Question 1 - Gender of victims
2022: Female – 41, Male – 10, Not recorded – 2
2023: Female – 36, Male – 11, Not recorded – 0
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_gender=male", 10, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_gender=unknown", 2, "reported") in given


def test_quarters_beside_a_financial_year_and_columns_of_arrests_by_band(tmp_path):
    assert read_label("Arrests - suspect aged under 18").dims == (("suspect_age_min", "0"), ("suspect_age_max", "17"))
    assert read_label("Total arrests").counted == "arrests"
    data = ("Table 1 - Crimes and arrests,,,\n"
            "Financial Year,Quarter,Crimes,Arrests - suspect aged under 18,Arrests - suspect aged 18 and over,Total arrests\n"
            "2022/23,Q1 (Apr-Jun),38,4,9,13\n"
            "2022/23,Q4 (Jan-Mar),41,3,12,15\n")
    ws = _read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Cheshire")
    given = _given(ws)
    assert ("2022-04-01", "2022-06-30", "", 38, "reported") in given
    assert ("2023-01-01", "2023-03-31", "suspect_age_max=17;suspect_age_min=0", 3, "reported") in given
    assert ("2023-01-01", "2023-03-31", "", 15, "reported") in given


def test_a_note_of_the_whole_year_over_a_column_of_its_first_months(tmp_path):
    page = """<html><body><main><h2>Request</h2>
<p>1. The number of offences of sexual communication with a child (71/17) recorded in 2022, 2023 and the first half of 2024, by the gender of the victim.</p>
<h2>Response</h2>
<table><tr><th>Victim gender</th><th>2022</th><th>2023</th><th>1 Jan &ndash; 30 Jun 2024*</th></tr>
<tr><td>Female</td><td>301</td><td>266</td><td>129</td></tr>
<tr><td>Male</td><td>71</td><td>58</td><td>33</td></tr></table>
<p>* Figures for 2024 are provisional.</p></main></body></html>"""
    given = _given(_read_file(tmp_path, "reply.html", page.encode("utf-8"), authority="Greater Manchester"))
    assert ("2024-01-01", "2024-06-30", "offence_code=71/17;victim_gender=male", 33, "reported") in given


def test_outcomes_as_they_currently_stand_are_of_the_offences_of_the_question_they_name(tmp_path):
    ws = _read(tmp_path, """West Midlands Police
1. For each quarter of 2022, the number of offences of rape of a child under 13 (19E and 19H) recorded.
2. For the whole of 2022, for each offence, how many had a suspect aged under 18?
3. The outcomes of the offences in question 1 as they currently stand.
Q1.
Offence	Jan - Mar 2022	Apr - Jun 2022	Jul - Sep 2022	Oct - Dec 2022
19E Rape of a female child under 13	58	61	49	66
19H Rape of a male child under 13	20	17	24	19

Q2.
Of the 234 offences of rape of a female child under 13 recorded in 2022, 72 had a suspect who was aged under 18 at the time of the offence.

Q3.
Charge/Summons – 27
Under investigation – 192
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "outcome=charged", 27, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=19E;suspect_age_max=17;suspect_age_min=0", 72, "reported") in given


def test_a_figure_a_sentence_after_it_says_covers_the_whole_period(tmp_path):
    ws = _read(tmp_path, """Transport Police
1. For 2022/23 and 2023/24, the number of sexual offences recorded where the victim was a child (under 18).
2. Of these, how many had a suspect who was himself or herself under 18?
Question 1
2022/23 - 151
2023/24 - 159

Question 2
Of the 310 offences shown above, 41 had a suspect who was recorded as under 18 at the time of the offence. A breakdown by year is not possible; the figure covers the whole period 1 April 2022 to 31 March 2024.
""")
    assert ("2022-04-01", "2024-03-31", "suspect_age_max=17;suspect_age_min=0", 41, "reported") in _given(ws)


def test_count_of_crime_no_is_the_column_of_counts():
    assert read_label("Count of Crime No").axis == "value"


def test_a_band_inside_the_one_over_it_in_a_two_level_header(tmp_path):
    page = """<html><body><main><h2>Request</h2>
<p>1. For 2023/24, suspects linked to offences of taking, making or distributing indecent images of children (86/2), by the age of the suspect.</p>
<h2>Response</h2>
<table><tr><th rowspan="2">Financial Year</th><th colspan="2">Under 18</th><th rowspan="2">18 and over</th></tr>
<tr><th>10-13</th><th>14-17</th></tr>
<tr><td>2023/24</td><td>61</td><td>265</td><td>1698</td></tr></table></main></body></html>"""
    given = _given(_read_file(tmp_path, "reply.html", page.encode("utf-8"), authority="Metropolitan"))
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2;suspect_age_max=13;suspect_age_min=10", 61, "reported") in given


def test_a_cover_sheets_request_fields_a_sheet_named_for_its_question_and_a_note_led_by_one(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    for row in [["Reference:", "FOI 2024/123"], [],
                ["Request:", "1. How many offences of sexual communication with a child (71/17) were recorded in 2023?"],
                [None, "2. How many suspects were linked to these offences in 2023?"],
                [None, "3. How many of these offences involved a live-streaming app?"],
                ["Data source:", "Crime recording system, extracted on 02/05/2024"]]:
        cover.append(row)
    first = book.create_sheet("Q1")
    for row in [["Year", "Offences"], ["2023", 412]]:
        first.append(row)
    second = book.create_sheet("Q2")
    for row in [["Year", "Suspects"], ["2023", 287]]:
        second.append(row)
    notes = book.create_sheet("Notes")
    for row in [["Notes"], [None, "1. Figures are provisional."],
                [None, "2. Question 3: The force does not record the app used in a searchable field, and this information is therefore not held."]]:
        notes.append(row)
    data = io.BytesIO()
    book.save(data)
    ws = _read_file(tmp_path, "reply.xlsx", data.getvalue(), authority="Metropolitan")
    given = _given(ws)
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", 412, "reported") in given
    # the sheet named "Q2" answers question 2, of suspects: not a second count of the offences
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", 287, "reported") in given
    assert not any("more than once" in r.reason for r in ws.review_items())
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", None, "not_held") in given


def test_not_held_shown_below_is_a_key():
    rule = suppression_rule("Information for 2021/22 is therefore not held and is shown below as N/H.")
    assert rule is not None and rule.means == "not_held"
    assert read_value("N/H", (rule,)).kind == "not_held"


def test_a_column_naming_what_an_exports_title_says_it_counts(tmp_path):
    data = ("Lancashire Constabulary,,\n"
            "Child Sexual Exploitation (CSE) flagged crimes,,\n"
            ",,\n"
            "Financial Year,CSE flagged crimes,Of which also flagged Online\n"
            "2022/23,158,48\n"
            "2023/24,165,60\n")
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Lancashire"))
    assert ("2023-04-01", "2024-03-31", "", 165, "reported") in given
    assert ("2023-04-01", "2024-03-31", "online_flag=true", 60, "reported") in given


def test_advice_to_ask_again_within_the_cost_limit_refuses_nothing():
    assert prose.refusal_kind("You may wish to submit a new request for a single year; we would then consider "
                              "whether that can be answered within the cost limit.") is None
    assert prose.refusal_kind("To answer would exceed the cost limit.") == "cost"


def test_a_forms_date_received_and_a_note_on_reading_the_reply_are_no_part_of_what_is_asked():
    from datetime import date
    assert prose.request_date("Reference: FOI 2024/123\nDate received: 10/04/2024\n") == date(2024, 4, 10)
    assert prose.figures_asked("How many of these offences involved self-generated images? Please read this "
                               "workbook together with the covering letter.") == 1


def test_a_figure_in_that_period_is_of_the_period_the_sentence_before_names(tmp_path):
    ws = _read(tmp_path, """Greater Manchester Police
1. For 2023 and for the first half of 2024, how many offences of sexual communication with a child (71/17) resulted in a charge or summons?
Question 1
In 2023, 31 offences resulted in a charge or summons.
For the first six months of 2024, nine offences have so far resulted in a charge or summons. A further 64 offences recorded in that period were still under investigation and had not yet been given an outcome.
""")
    assert ("2024-01-01", "2024-06-30", "offence_code=71/17;outcome=ongoing", 64, "reported") in _given(ws)

