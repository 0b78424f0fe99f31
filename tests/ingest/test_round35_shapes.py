"""Shapes of reply the thirty-fifth blind round (opened at once) showed the readers misreading,
each written here as an invented reply of that kind: a code after "Home Office classification";
"When the data was extracted, …", the force's own time, not a condition; an earlier response's
figures said again ("Our response to your earlier request … gave …"); a first question asking
"Please break this down …", which refers back to nothing, so the next one's "these" are its
offences; a workbook answering a request of one question on sheets of their own; a header
row parted from its figures by each block's merged title naming a code ("020B - Sexual assault
on a female child under 13"), whose words are what the offence is; a title naming a band one
column gives ("… in which the suspect was aged under 18" over "86/2 offences | Suspect aged under 18");
"In the tables below a dash (-) denotes nil"; and a total "across the three years" the reply names
one after another, where the request names them only as "the last three"."""

from __future__ import annotations

from foistats.ingest import prose

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_code_after_home_office_classification():
    assert prose.codes_in("68 offences of sexual activity involving a child under 13 (Home Office classification 21) and "
                          "311 under 16 (Home Office classification 22B)") == ["21", "22B"]
    assert prose.codes_in("with classifications 21 and 22B combined") == ["21", "22B"]


def test_when_the_data_was_extracted_is_the_forces_own_time():
    said = prose.period_figures("When the data was extracted, 126 of the offences recorded in 2023-24 were still under investigation.")
    assert [(f.value, f.dims) for f in said] == [(126, {"outcome": "ongoing"})]
    assert prose.requester_voice("When a crime has more than one victim, please count it once.")


def test_an_earlier_responses_figures_are_not_the_replys(tmp_path):
    given = _given(_read(tmp_path, """Gloucestershire Constabulary
1. The number of crimes that carried a child sexual exploitation (CSE) flag in each of the calendar years 2022 and 2023.
Response
2022: 120
2023: 105
Our response to your earlier request, reference 2024/0893, gave 19 CSE-flagged crimes with a male victim in 2023 and a total of 107 for that year.
"""))
    assert ("2023-01-01", "2023-12-31", "", 105, "reported") in given
    assert not any(value in (19, 107) for *_, value, _ in given)


def test_a_first_question_asking_to_break_this_down_is_the_one_the_next_refers_to(tmp_path):
    given = _given(_read(tmp_path, """Lancashire Constabulary
1. For each of the financial years 2022-23, 2023-24 and 2024-25, how many sexual offences against children were recorded with the online flag? Please break this down by the age of the victim.
2. Of these offences, how many were identified as a result of proactive online operations?
Response
Question 1
Age of victim | 2022-23 | 2023-24 | 2024-25
Under 13 | 142 | 158 | 149
13 - 15 | 311 | 334 | 362
Question 2
This information is exempt from disclosure under section 31(1)(a) of the Act.
"""))
    assert ("2023-04-01", "2024-03-31", "online_flag=true", None, "exempt") in given
    assert not any(status == "exempt" and "online_flag" not in dims for _, _, dims, _, status in given)


def test_a_workbook_answering_one_question_on_sheets_of_its_own(tmp_path):
    given = _given(_workbook(tmp_path, {
        "Request": [["Essex Police – Freedom of Information Request PUB 1234"],
                    ["Request"],
                    ["Please provide the number of sexual offences against children recorded where the online flag was "
                     "applied, for each of the financial years 2022/23 and 2023/24, broken down by the gender of the victim."],
                    ["Response"],
                    ["Essex Police holds the information requested. Please read the notes beneath each table."]],
        "Victim gender": [["Essex Police – PUB 1234"],
                          ["Sexual offences against children, by gender of victim"],
                          ["Financial year", "Female", "Male"],
                          ["2022/23", 301, 88],
                          ["2023/24", 329, 97]]}, authority="Essex"))
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_gender=female", 301, "reported") in given
    assert ("2023-04-01", "2024-03-31", "online_flag=true;victim_gender=male", 97, "reported") in given


def test_a_header_row_heads_each_block_under_a_merged_title_naming_its_code(tmp_path):
    given = _given(_workbook(tmp_path, {"Data": [
        ["Humberside Police – sexual assault on a child under 13, by age of victim"],
        ["Financial year", "Victim age 0-4", "Victim age 5-9", "Victim age 10-12", "Total"],
        ["020B - Sexual assault on a female child under 13", None, None, None, None],
        ["FY22/23", 14, 58, 97, 169],
        ["FY23/24", 11, 63, 104, 178],
        [],
        ["017B - Sexual assault on a male child under 13", None, None, None, None],
        ["FY22/23", 3, 29, 22, 54],
        ["FY23/24", 6, 31, 18, 55]]}, authority="Humberside", merged={"Data": ["A3:E3", "A7:E7"]}))
    assert ("2022-04-01", "2023-03-31", "offence_code=20B;victim_age_max=9;victim_age_min=5", 58, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=17B", 55, "reported") in given
    assert not any("victim_gender" in dims for _, _, dims, _, _ in given)  # 20B's "female" is what the offence is


def test_a_band_a_title_names_of_one_column_is_that_columns(tmp_path):
    given = _given(_read(tmp_path, """Gwent Police
For each of the financial years 2022/23 and 2023/24:
1) How many offences of taking, making or distributing indecent images of children (Home Office code 86/2) were recorded?
2) In how many of those offences was the suspect aged under 18?
Response
Questions 1 and 2
The table below shows the number of offences recorded under code 86/2 in each financial year,
and the number of those offences in which the suspect was aged under 18 at the time of the offence.

Financial year                 86/2 offences     Suspect aged under 18
April 2022 to March 2023            187                   34
April 2023 to March 2024            226                   41
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2", 187, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 41, "reported") in given


def test_a_nil_key_for_the_tables_below():
    from foistats.ingest.values import suppression_rule

    rule = suppression_rule("In the tables below a dash (-) denotes nil.")
    assert (rule.marker, rule.means) == ("-", "nil")


def test_a_total_across_the_years_the_reply_names_one_after_another(tmp_path):
    given = _given(_read(tmp_path, """North Yorkshire Police
(a) How many offences of rape of a child under 13 were recorded in each of the last three financial years?
Response
Part (a)
In April 2021 to March 2022, 45 offences of rape of a child under 13 were recorded. In April 2022 to March 2023
the figure was 47, and in April 2023 to March 2024 it was 45. In total, 137 offences were recorded across the three years.
"""))
    assert ("2021-04-01", "2024-03-31", "", 137, "reported") in given
