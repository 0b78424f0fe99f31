"""Shapes of reply the forty-fifth and forty-sixth blind rounds (each held back, then opened)
showed the readers losing or misreading, each written here as an invented reply or sentence of
that kind: a count a cost estimate says again ("As shown in Table 1, 325 crimes were recorded …")
under a question of platforms "used by the offender, with the number of offences for each"; "No
outcome yet – investigation ongoing"; "The outcome shown is the one recorded on …" leading into
a list; a footnote line ending in a year, and the lines after it, read as a table's rows; "forty (40) working days"; questions
written inline ("Question 2: …?") with their answers under them, the first under no heading;
"Caution (Adult or Youth)"; "2020/21 – N/H*"; a note saying its
figures carried the online flag "…, counted by crime, not by victim"; "n/a - …. This information
is not held"; a list's labels wrapped onto the next line; a lead naming two offences by their
titles; "2023/24 *" with the part year said in a note; a caption "…, 2020/21 to 2023/24" over a
table naming no years; "Of which online (cyber) flag applied"; "of which a suspect was aged under
18"; "In 2021/22, 88 of the offences above carried the online flag"; a bare "N/H"; and, which
the rest of the corpus showed, "Offence figures include the offence of … (Home Office code 86/2)
and the offence of possession of …", of no one code."""

from __future__ import annotations

from foistats.ingest.labels import read_label
from foistats.ingest.prose import unit_for
from foistats.ingest.values import read_value, suppression_rule

from .test_questions import _given, _read, _read_file


def test_the_number_of_offences_for_each_platform_counts_offences_though_the_offender_is_named():
    assert unit_for("For each year, please list the social media platforms or apps used by the offender, "
                    "with the number of offences for each.") == "offences"


def test_a_count_a_cost_estimate_says_again_is_the_tables_total_read_once(tmp_path):
    ws = _read(tmp_path, """Staffordshire Police
Request
1. How many offences of sexual communication with a child (Home Office code 71/17) were recorded in each of the financial years 2021/22 and 2022/23?
2. Of those offences, how many were flagged as online-enabled?
3. For each year, please list the social media platforms or apps used by the offender, with the number of offences for each.
Response
Questions 1 and 2
Table 1 - Sexual communication with a child (Home Office code 71/17), crimes recorded by financial year
 | 2021/22 | 2022/23 | Total
Offences recorded | 154 | 171 | 325
Of which flagged online-enabled | 119 | 140 | 259
Question 3
Staffordshire Police does not record the platform used in a searchable field. The only way to establish this would be to read each crime record. As shown in Table 1, 325 crimes were recorded across the two years. It takes on average 6 minutes to review one record, so this question alone would take approximately 33 hours.
Section 12(1) of the Act means that we are not obliged to comply where the cost would exceed the appropriate limit. This letter acts as a refusal notice in respect of question 3.
""")
    assert [o.value for o in ws.observations() if o.value == 325] == [325]


def test_no_outcome_yet_dash_investigation_ongoing_is_one_outcome_said_twice():
    assert dict(read_label("No outcome yet – investigation ongoing").dims) == {"outcome": "ongoing"}


def test_the_outcome_shown_leading_into_a_list_narrows_nothing(tmp_path):
    given = _given(_read(tmp_path, """Cumbria Constabulary
You asked:
1. For the offences of taking, making or distributing indecent photographs of children (HO code 86/2) recorded in 2023/24, what was the outcome?
Question 1
Outcomes of the offences recorded in 2023/24. The outcome shown is the one recorded on 20 June 2024, when the data was extracted:
Charged/summonsed: 74
Community resolution: 6
"""))
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2;outcome=charged", 74, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2;outcome=community resolution", 6, "reported") in given


def test_a_footnote_line_and_the_next_questions_heading_are_no_rows_of_the_table_above(tmp_path):
    ws = _read(tmp_path, """North Yorkshire Police
1. How many offences of taking, making or distributing indecent photographs of children (Home Office code 86/2) were recorded in each of the calendar years 2021 and 2022?
2. How many arrests were made for these offences in each year?
3. What were the outcomes of these offences?

DECISION

Question 1

The table below shows the offences recorded.

Year Crimes
2021 498
2022 431

* 1st January to 31st December 2021

To reduce the risk of individuals being identified, where a figure is
between one and four it has been shown as "1-4".

Question 2

North Yorkshire Police does not hold this information. Arrests are
recorded on the custody system and are not linked to the Home Office code
of the crime that is finally recorded.

Question 3

Charged/Summonsed: 41
""")
    held = {(o.period.start.isoformat(), o.status.value) for o in ws.observations() if o.status.value == "not_held"}
    assert held == {("2021-01-01", "not_held"), ("2022-01-01", "not_held")}


def test_a_number_in_brackets_after_its_words_before_working_days_is_no_figure(tmp_path):
    ws = _read(tmp_path, """Cheshire Constabulary
Please tell me how many offences of sexual communication with a child were recorded in 2023.
Response
In 2023, 188 offences of sexual communication with a child were recorded.
Complaints should be made in writing, within forty (40) working days from the date of this letter.
""")
    assert not any("40" in r.reason for r in ws.review_items())


def test_questions_written_inline_each_with_its_answer_under_it(tmp_path):
    ws = _read(tmp_path, """Gloucestershire Constabulary
Dear Requester
Thank you for your request for information about crimes recorded with a child sexual exploitation (CSE) flag.
Question 1: How many crimes were recorded with a CSE flag in each calendar year 2022 and 2023?
Calendar year | 2022 | 2023
CSE flagged crimes | 171 | 158
Question 2: How many of the CSE flagged crimes also had the online flag?
Of the crimes given at question 1, 67 also carried the online flag in 2022. The figure for 2023 was 61.
Question 3: How many of the CSE investigations began with information from the National Crime Agency?
Gloucestershire Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of section 23(5) and section 24(2) of the Act.
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "online_flag=true", 67, "reported") in given
    assert ("2023-01-01", "2023-12-31", "online_flag=true", 61, "reported") in given
    assert {g[0] for g in given if g[4] == "exempt"} == {"2022-01-01", "2023-01-01"}


def test_a_caution_adult_or_youth_in_brackets_is_both_kinds_together():
    assert dict(read_label("Caution (Adult or Youth)").dims) == {"outcome": "cautioned"}


def test_a_list_lines_not_held_mark_with_its_notes_sign_is_not_held(tmp_path):
    given = _given(_read(tmp_path, """Cheshire Constabulary
1. The number of suspects aged under 18 for offences of taking, making or distributing indecent images of children (code 86/2), in each of the financial years 2020/21 and 2021/22.
Response
1. The number of suspects aged under 18.
2020/21 – N/H*
2021/22 – 58
*N/H – Not held. On 1 April 2021 the force moved to a new crime system and suspect ages before then cannot be retrieved.
"""))
    assert any(g[:2] == ("2020-04-01", "2021-03-31") and g[4] == "not_held" for g in given)
    assert any(g[:2] == ("2021-04-01", "2022-03-31") and g[3] == 58 for g in given)


def test_a_note_that_its_figures_carried_the_flag_is_not_denied_by_a_not_in_another_clause(tmp_path):
    data = """Dorset Police,,
"Online (cyber) flagged sexual offences against children",,
,,
Table 1 - Crimes recorded with the online (cyber) flag,,
HO Code,Offence description,2022/23
071/17,Sexual communication with a child,80
,,
"Table 2 - Victim gender, crimes in Table 1",,
Victim gender,2022/23,
Female,60,
Male,20,
,,
Notes,,
"1. Figures are crimes recorded by Dorset Police to which the cyber-enabled (online) flag has been applied, counted by crime, not by victim.",,
"""
    ws = _read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Dorset")
    # the genders are of flagged crimes, which the table's own labels do not say: a person confirms it
    assert not any("victim_gender" in str(o.breakdown) and "online_flag" not in str(o.breakdown) for o in ws.observations())
    assert any(r.guess and r.guess.get("value") == 60 for r in ws.review_items())


def test_a_notes_abbreviation_said_why_then_not_held_is_not_held():
    rule = suppression_rule("2. n/a - the 'suspect age at time of offence' field was introduced on 01/04/2021. "
                            "This information is not held for 2020/21.")
    assert rule is not None and (rule.marker, rule.means) == ("n/a", "not_held")


def test_a_list_lines_label_wrapped_onto_the_next_line_goes_on_there(tmp_path):
    given = _given(_read(tmp_path, """Hertfordshire Constabulary

Dear Ms Hale

Please could you provide, for the calendar year 2023, the outcomes of the
crimes of sexual communication with a child (Home Office code 71/17)
recorded by Hertfordshire Constabulary in that year, broken down by the
outcome type recorded against each crime as at the date of extraction.

Response

Outcomes of crimes of sexual communication with a child recorded in 2023,
as at 24 January 2024, by the outcome recorded against each crime:

Outcome 1 - Charged/Summonsed: 23
Outcome 14 - Evidential difficulties victim based: suspect not
identified: 9
Outcome 21 - Further investigation not in the public interest
(police decision): 8
Total: 40

The figures are taken from a live system and were correct at the time
of extraction, so they may differ from those published at another date.
"""))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=outcome 14", 9, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=outcome 21", 8, "reported") in given
    assert not any(g[3] == 40 and "outcome" in g[2] for g in given)


def test_a_lead_naming_two_offences_by_their_titles_is_of_neither_alone(tmp_path):
    assert read_label("Outcomes of crimes of sexual grooming and sexual communication with a child "
                      "recorded in 2023").axis != "offence_code"
    given = _given(_read(tmp_path, """Hertfordshire Constabulary
1. The number of crimes recorded of sexual grooming (Home Office code 88A) and of sexual communication with a child (Home Office code 71/17) in 2023.
2. For the crimes recorded in 2023, the outcome of each crime.
Response
Question 1
88A - 52
71/17 - 139
Question 2
Outcomes of crimes of sexual grooming and sexual communication with a child recorded in 2023:
Charged/Summonsed: 23
Community Resolution: 6
"""))
    assert not any(g[3] in (23, 6) and "offence_code" in g[2] for g in given)


def test_a_marked_year_under_no_note_of_its_mark_is_the_part_the_reply_says_it_is(tmp_path):
    data = """Dyfed-Powys Police,,
Crimes of taking or making indecent images of children (HO code 086/02),,
Financial year,Recorded,
2022/23,151,
2023/24 *,137,
,,
Notes,,
Financial years run from 1 April to 31 March. 2023/24 is a part year: 01/04/2023 to 31/12/2023.,,
"""
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Dyfed-Powys"))
    assert any(g[:2] == ("2023-04-01", "2023-12-31") and g[3] == 137 for g in given)


def test_a_caption_spanning_two_years_over_a_table_naming_none_is_of_them_all_together(tmp_path):
    ws = _read(tmp_path, """Cleveland Police
Request
For each of the financial years 2020/21, 2021/22, 2022/23 and 2023/24:
1. The number of sexual communication with a child offences (Home Office code 71/17) recorded.
2. A breakdown of the victims by gender.
Response
Question 1
Year | 2020/21 | 2021/22 | 2022/23 | 2023/24
Crimes | 118 | 131 | 109 | 97
Question 2
Victims of sexual communication with a child, 2020/21 to 2023/24
Victim gender | Victims
Female | 357
Male | 104
""")
    given = _given(ws)
    assert ("2020-04-01", "2024-03-31", "offence_code=71/17;victim_gender=female", 357, "reported") in given
    assert ("2020-04-01", "2024-03-31", "offence_code=71/17;victim_gender=male", 104, "reported") in given


def test_of_which_the_flag_applied_and_of_which_a_suspect_under_18_are_parts_of_the_row_above():
    assert dict(read_label("Of which online (cyber) flag applied").dims) == {"online_flag": "true"}
    assert dict(read_label("of which a suspect was aged under 18").dims) == {"suspect_age_min": "0", "suspect_age_max": "17"}


def test_a_year_then_a_part_of_the_offences_above_with_the_flag(tmp_path):
    given = _given(_read(tmp_path, """Devon & Cornwall Police
Request
1. The number of offences of sexual communication with a child recorded in 2021 and 2022.
2. How many of these offences carried the online flag?
Response
Question 1
2021 - 412
2022 - 398
Question 2
In 2021, 88 of the offences above carried the online flag. The equivalent figure for 2022 was 102.
"""))
    assert ("2021-01-01", "2021-12-31", "online_flag=true", 88, "reported") in given


def test_n_slash_h_is_not_held_with_or_without_its_notes_mark():
    assert read_value("N/H").kind == read_value("N/H*").kind == "not_held"


def test_figures_said_to_include_a_code_and_an_offence_it_does_not_cover_are_of_no_code(tmp_path):
    given = _given(_read(tmp_path, """Police Service of Northern Ireland
Request 1
Please provide the number of indecent images of children offences recorded in each of the financial years 2022/23 and 2023/24.
Answer
2022/23 - 801
2023/24 - 779
Request 2
What were the outcomes of these offences?
Answer
Table 2: Outcomes, 2022/23 to 2023/24 combined
Outcome | Number
Charge / Summons | 41
Community Resolution | 58
Notes
Offence figures include the offence of taking, making or distributing indecent images of children (Home Office code 86/2) and the offence of possession of an indecent photograph of a child.
"""))
    assert ("2022-04-01", "2023-03-31", "", 801, "reported") in given
    assert ("2022-04-01", "2024-03-31", "outcome=charged", 41, "reported") in given
