"""Shapes of reply the thirty-sixth blind round (held back for a session, then opened) showed the
readers misreading, each written here as an invented reply of that kind: an attachment quoting no
request whose title says all it counts has a suspect under 18; "the age of the victim for those
offences", a breakdown of the offences, not a count of victims; a list of suspects' ages answering
"how many of the suspects were under 18"; an answer saying the information is not held and then,
under a heading of its own, citing s.40(2) for the figures withheld elsewhere; "the under 18
suspects"; a year asked "up to the date you answer this request"; "11 and under" as a row's
label; an HTML table's caption as its title; "- : no offences were recorded"; a row headed
"April 2023 – 31 October 2023"; a workbook's cover set out as a form ("Request | 1. …",
"Response | …") with a sheet for each answer; a Home Office title in other words ("Rape of a
female aged under 16"); a refusal "in each year" under a request line naming the years; and the
force's words under the last of questions each answered in turn."""

from __future__ import annotations

from datetime import date

import openpyxl

from foistats.ingest import prose
from foistats.ingest.labels import read_label
from foistats.ingest.values import suppression_rule
from foistats.periods import Period, parse_period

from .test_questions import _given, _read, _read_file


def test_a_title_over_an_attachments_tables_gives_them_its_suspects_band(tmp_path):
    given = _given(_read_file(tmp_path, "reply.csv", """Derbyshire Constabulary,,
"Crimes recorded under Home Office offence code 086/02 where a suspect was aged under 18",,
Period covered: 01/04/2022 to 31/03/2024,,
,,
Table 1 - Crimes by financial year and age of youngest suspect,,
Financial Year,Suspect aged 10-13,Suspect aged 14-17
2022/23,9,41
2023/24,12,38
,,
Table 2 - Crimes in Table 1 carrying the online flag,,
Financial Year,Online flag,
2022/23,21,
2023/24,30,
""".encode("utf-8")))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;online_flag=true;suspect_age_max=17;suspect_age_min=0", 21,
            "reported") in given


def test_the_age_of_the_victim_for_those_offences_counts_offences():
    assert prose.unit_for("The age of the victim for those offences (age bands are fine).") == "offences"
    assert prose.unit_for("How many victims were there, by age?") == "victims"


def test_ages_listed_under_a_question_counting_suspects_are_the_suspects(tmp_path):
    given = _given(_read(tmp_path, """Sussex Police
1. The number of offences of rape of a female child under 13 (19E) recorded in 2023.
2. How many of the suspects were themselves under 18?
Response
1. 58
2. The number of suspects linked to these offences is shown below.
Aged 10 to 13: 14
Aged 14 to 17: 38
"""))
    assert ("2023-01-01", "2023-12-31", "offence_code=19E;suspect_age_max=13;suspect_age_min=10", 14, "reported") in given
    assert not any("victim_age" in breakdown for _, _, breakdown, *_ in given)


def test_not_held_then_a_section_explained_under_its_own_heading_is_for_a_person(tmp_path):
    ws = _read(tmp_path, """Gloucestershire Constabulary
Please can you tell me, for each of the calendar years 2022 and 2023:
1. The number of offences recorded of taking, making or distributing indecent photographs of children (86/2).
2. How many of the under 18 suspects were pupils at a school in Gloucestershire?
Response:
Question 1
2022 - 164
2023 - 171
* Small numbers have been suppressed. Please see the section 40(2) explanation below.
Question 2
Gloucestershire Constabulary does not hold this information. This is a notice under section 1(1)(a) of the Act that the information is not held.
Section 40(2) – Personal information
Section 40(2) is an absolute exemption where disclosure would breach a data protection principle. These figures have therefore been withheld.
""")
    assert not any(status == "exempt" for *_, status in _given(ws))
    assert any("says the information is not held" in item.reason for item in ws.review_items())


def test_the_under_18_suspects_are_a_suspects_band():
    assert prose.age_scope("How many of the under 18 suspects were pupils at a school?") == \
        {"suspect_age_min": "0", "suspect_age_max": "17"}


def test_a_year_asked_up_to_the_date_of_the_answer_is_asked_to_date():
    assert prose.periods_to_date("in each calendar year 2021, 2022 and 2023, and in 2024 up to the date you answer "
                                 "this request") == [Period.calendar_year(2024)]


def test_a_row_of_ages_and_under_is_no_title_cut_off(tmp_path):
    given = _given(_read(tmp_path, """Northumbria Police
Offences of sexual communication with a child (HO code 71/17) by age of victim

Victim age          2021      2022
11 and under          38        41
12-13                 97       104
14-15                141       129
"""))
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;victim_age_max=11;victim_age_min=0", 38, "reported") in given


def test_an_html_tables_caption_is_its_title(tmp_path):
    page = """<html><body><h1>Rape offences against children</h1>
<p>Please provide, for the financial years 2021/22 and 2022/23, the number of rapes of children recorded (19D and 19E)
and how many carried the online flag.</p>
<table><caption>Table 1: Offences recorded</caption>
<tr><th>Financial year</th><th>19D</th><th>19E</th></tr><tr><td>2021/22</td><td>58</td><td>41</td></tr>
<tr><td>2022/23</td><td>64</td><td>37</td></tr></table>
<table><caption>Table 2: Offences recorded with the online flag</caption>
<tr><th>Financial year</th><th>19D</th><th>19E</th></tr><tr><td>2021/22</td><td>9</td><td>6</td></tr>
<tr><td>2022/23</td><td>11</td><td>7</td></tr></table></body></html>"""
    given = _given(_read_file(tmp_path, "reply.html", page.encode("utf-8")))
    assert ("2021-04-01", "2022-03-31", "offence_code=19D;online_flag=true", 9, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=19D", 58, "reported") in given


def test_a_dash_keyed_with_a_colon_is_nil():
    assert suppression_rule("- : no offences were recorded.").means == "nil"


def test_a_span_from_a_month_to_a_day_is_a_period():
    period = parse_period("April 2023 – 31 October 2023")
    assert (period.start, period.end) == (date(2023, 4, 1), date(2023, 10, 31))


def test_a_workbook_cover_set_out_as_a_form_with_a_sheet_for_each_answer(tmp_path):
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    # (the request's questions in one cell, a line each)
    for row in (["Reference", "FOI 2024/0633"], [], ["Request", "1. Please provide the number of offences of sexual grooming "
                                                                 "(88A) and of sexual communication with a child (71/17) recorded "
                                                                 "in each of the financial years 2022/23 and 2023/24.\n"
                                                                 "2. How many of the offences in question 1 had the online flag applied?"],
                [],
                ["Response", "Please see the worksheets 'Q1' and 'Q2' in this workbook."], [],
                ["Notes", "All figures are for crimes recorded in the financial year shown."],
                [None, "A crime may involve more than one victim; each crime is counted once."]):
        cover.append(row)
    for name, rows in (("Q1", [["Question 1 - Offences recorded"], [], ["HO Code", "2022/23", "2023/24"], ["88A", 21, 17],
                               ["71/17", 40, 44]]),
                       ("Q2", [["Question 2 - Offences in Question 1 with the online flag applied"], [],
                               ["Financial Year", "Online flagged offences"], ["2022/23", 52], ["2023/24", 49]])):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    given = _given(_read_file(tmp_path, "reply.xlsx", path.read_bytes()))
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 52, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=88A", 21, "reported") in given


def test_a_home_office_title_in_other_words_names_its_code():
    assert read_label("Rape of a female aged under 16").dims == (("offence_code", "19D"),)
    assert read_label("Rape of a male under 16").dims == (("offence_code", "19G"),)


def test_a_refusal_in_each_year_is_of_the_years_the_request_names(tmp_path):
    given = _given(_read(tmp_path, """Hertfordshire Constabulary
Please could you provide the following information for each of the calendar years 2021, 2022 and 2023:
1. How many crimes were recorded with a child sexual exploitation (CSE) flag?
2. For 2023 only, the number of victims of CSE flagged crimes.
3. How many referrals relating to CSE has Hertfordshire Constabulary received from the National Crime Agency in each year?
Response
Question 1
2021 - 178
2022 - 201
2023 - 189
Question 2
There were 154 victims.
Question 3
Hertfordshire Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of section 23(5).
"""))
    assert {start for start, _, _, _, status in given if status == "exempt"} == {"2021-01-01", "2022-01-01", "2023-01-01"}


def test_the_forces_words_under_the_last_of_questions_answered_in_turn_answer_it(tmp_path):
    ws = _read(tmp_path, """Suffolk Constabulary
1. Please provide the number of offences of taking, making or distributing indecent photographs of children (086/02) recorded in each financial year 2022/23 and 2023/24.
Financial Year | Offences recorded |
2022/23 | 198 |
2023/24 | 231 |
2. How many of these offences involved images of children under the age of 13?
Suffolk Constabulary does not hold this information. Section 1(1)(a) of the Act provides that a public authority must say whether it holds the information requested.
""")
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;victim_age_max=12;victim_age_min=0", None, "not_held") in _given(ws)
