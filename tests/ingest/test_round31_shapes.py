"""Shapes of reply the thirty-first blind round showed the readers misreading, each written here
as an invented reply of that kind: a table of offence types in which one row writes its Home
Office code and the others name their offences by statute only."""

from __future__ import annotations

from foistats.ingest import prose

from .test_questions import _given, _read


def test_a_code_one_row_of_offence_types_writes_is_that_rows_not_the_next_questions(tmp_path):
    given = _given(_read(tmp_path, """Lancashire Constabulary
1. For the financial years 2022/23 and 2023/24, how many offences relating to indecent images of children were recorded, by type of offence?
2. For the same years, the ages of the suspects linked to these offences.
Response
Question 1
Offence type | 2022/23 | 2023/24
Distribute or publish indecent photographs of a child (code 86/2) | 317 | 295
Possession of an indecent photograph of a child (s.160 CJA 1988) | 143 | 150
Total | 460 | 445
Question 2
Suspect age | 2022/23 | 2023/24
10 - 17 | 38 | 44
18 and over | 301 | 287
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2", 317, "reported") in given
    assert ("2022-04-01", "2023-03-31", "suspect_age_max=17;suspect_age_min=10", 38, "reported") in given
    assert not any(value in (38, 44, 301, 287, 460, 445) and "86/2" in breakdown for *_, breakdown, value, _ in given)


def test_rows_aligned_on_spaces_ending_in_a_day_like_figure_above_a_row_led_by_a_month(tmp_path):
    given = _given(_read(tmp_path, """Cheshire Constabulary
Please provide the number of crimes carrying the child sexual exploitation flag in each of the last two financial years, by the gender of the victim.
Response
                              CSE flagged    Victim      Victim
Period                        crimes         female      male
April 2022 - March 2023          61             52          9
April 2023 - March 2024          58             47          11
"""))
    assert ("2022-04-01", "2023-03-31", "victim_gender=male", 9, "reported") in given
    assert ("2023-04-01", "2024-03-31", "victim_gender=female", 47, "reported") in given


def test_a_part_year_label_whose_footnote_states_the_same_span(tmp_path):
    given = _given(_read(tmp_path, """Avon and Somerset Police
How many crimes of taking, making or distributing indecent images of children (86/2) were recorded in 2024/25 and in the current financial year to date?
Response
Financial year | Crimes
Apr 24 – Mar 25 | 402
Apr 25 – Jul 25* | 139
* Part year: 1 April 2025 to 31 July 2025 only.
"""))
    assert ("2025-04-01", "2025-07-31", "offence_code=86/2", 139, "reported") in given


def test_days_of_one_year_over_columns_and_rows_marked_with_the_question_they_answer(tmp_path):
    given = _given(_read(tmp_path, """Bedfordshire Police
(a) How many crimes recorded in 2023 and in 2024 carried a child sexual exploitation (CSE) flag?
(b) Of those, in how many was the victim aged under 13?
(c) How many related to children living at a named address?
Our response
 | 1 January - 31 December 2023 | 1 January - 31 December 2024
Crimes with a CSE flag (a) | 93 | 108
of which victim aged under 13 (b) | 12 | 15
In respect of part (c), we can neither confirm nor deny that we hold the information, by virtue of Section 40(5B)(a)(i) - Personal Information.
"""))
    assert ("2023-01-01", "2023-12-31", "", 93, "reported") in given
    assert ("2024-01-01", "2024-12-31", "victim_age_max=12;victim_age_min=0", 15, "reported") in given
    assert ("2024-01-01", "2024-12-31", "", None, "exempt") in given


def test_a_section_cited_to_its_subsection_with_a_letter_and_its_paragraphs_point():
    assert prose.sections_in("by virtue of Section 40(5B)(a)(i) - Personal Information") == ["40(5B)(a)(i)"]
    assert prose.sections_in("Sections 31(1)(a) and (b)") == ["31(1)(a)", "31(1)(b)"]


def test_a_table_broken_by_a_page_whose_footer_is_an_address_across_the_whole_page(tmp_path):
    footer = ("Kent Police, Force Headquarters, Sutton Road, Maidstone, Kent, ME15 9BZ - "
              "Freedom of Information and Data Protection Unit")
    given = _given(_read(tmp_path, f"""OFFICIAL
Kent Police
How many offences of sexual communication with a child (71/17) were recorded in 2022 and 2023, by age of victim?
Response
Age of victim        2022      2023
Under 13               41        52
13 to 15               88        97

{footer}
Page 1 of 2
OFFICIAL

OFFICIAL
16 to 17               12        19
Not recorded            3         2

Yours sincerely
{footer}
Page 2 of 2
OFFICIAL
"""))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_age_max=17;victim_age_min=16", 19, "reported") in given


def test_a_figure_after_its_period_and_a_long_aside_in_brackets():
    said = prose.period_figures("Between 1 January 2025 and 31 May 2025 (the latest complete month when your request "
                                "was received) a further 47 offences were recorded.")
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat()) for f in said] == [(47, "2025-01-01", "2025-05-31")]


def test_an_answer_of_a_count_alone_then_a_note_of_how_it_was_counted(tmp_path):
    given = _given(_read(tmp_path, """Dorset Police
For the purpose of this request the last financial year has been taken as 01/04/2024 - 31/03/2025.
Q1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded by Dorset Police.
A1. 204
Q2. Of those, how many involved a victim under the age of 13?
A2. 38. Where an offence has more than one victim it has been counted where any victim was under 13.
Notes
1. The figures are taken from the crime recording system and may change.
"""))
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 38, "reported") in given
    assert not any(value == 1 for *_, value, _ in given)  # a numbered note is no count


def test_investigations_open_on_a_day_said_of_no_offences_of_a_period():
    said = prose.period_figures("As at 31 July 2025 Essex Police had 64 open investigations into crimes carrying the CSE flag.")
    assert [(f.value, f.period.start.isoformat(), f.period.end.isoformat(), f.dims) for f in said] == [
        (64, "2025-07-31", "2025-07-31", {"outcome": "ongoing"})]
    assert prose.period_figures("As at 3 January 2025, 12 of the offences were still under investigation.") == []
    # a question of the crimes an investigation is about asks no outcome
    assert prose.single_outcome("How many of these crimes are connected to the ongoing investigation into the grooming "
                                "of children in the town?") is None


def test_a_refusal_of_the_last_three_years_the_replys_table_heads_its_columns_with(tmp_path):
    ws = _read(tmp_path, """Lincolnshire Police
Date of response: 27 June 2025
Your request, received on 30/05/2025, was as follows:
Please provide the following for each of the last three financial years:
1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded.
2. The age of the suspect in each case.
RESPONSE
Question 1
Offences | FY22/23 | FY23/24 | FY24/25
Sexual communication with a child | 142 | 144 | 134
Question 2
The age of the suspect is not held in a searchable format. Section 12(1) of the Freedom of Information Act 2000 therefore applies to this part of your request.
""")
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17", None, "exempt") in _given(ws)


def test_a_refusal_of_the_same_year_as_the_question_before_not_of_the_years_the_request_leads_with(tmp_path):
    given = _given(_read(tmp_path, """Police Service of Northern Ireland
Date of response: 27/06/2025
Request 1
The number of crimes recorded which had a Child Sexual Exploitation (CSE) flag, for each of the last three financial years.
Answer
Financial Year | CSE Flagged Crimes
01/04/2022 - 31/03/2023 | 231
01/04/2023 - 31/03/2024 | 268
01/04/2024 - 31/03/2025 | 254
Request 2
For the same year, how many of the victims were looked-after children?
Answer
This information is not held.
"""))
    refused = {(start, end) for start, end, _, _, status in given if status == "not_held"}
    assert not refused & {("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")}
