"""Shapes of reply the fifty-ninth blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: a pivot under a
title naming its one offence code; "For 2024/25 the figure was 441." after a sentence of
flagged figures; "Question 2", the question written again, then "Answer"; "for each of the
four years" in a question naming no year; a Welsh-first "Nodiadau / Notes" heading; a
period's line of "Under 13 – 21, 13 to 15 – 54, Not recorded – <5"; "Adult caution: one";
"recorded over the three years" and "the same 88A crimes"; "(a) Under 18 - 12" in an answer;
a sheet named "Q2 Victim age"; "… a suspect aged 18 or over"; and "the age of the suspect was
not recorded for a further 63 suspects in 2022/23 and 58 suspects in 2023/24"; and, found by the
reply generator, "2020/21:  Under 13 – 24  13 to 15 – 64  16 to 17 – <5  Not recorded – 186"."""

from __future__ import annotations

from foistats.ingest import prose

from .test_questions import _given, _read, _read_file
from .test_round20_shapes import _workbook


def test_a_pivot_under_a_title_naming_one_code_is_of_that_code(tmp_path):
    given = _given(_workbook(tmp_path, {
        "Read Me": [["Request"], ["1. The number of crimes recorded under codes 71/17 and 86/2 in 2022 and 2023."],
                    ["2. For the sexual communication with a child offences, the platforms used in 2023."]],
        "Offences": [["HO Code", "2022", "2023"], ["071/17", 150, 171], ["086/02", 210, 187], ["Total", 360, 358]],
        "Platforms": [["071/17 Sexual communication with a child - platform recorded, 2023"], [],
                      ["Year", "2023"], [], ["Row Labels", "Count of Crime Ref"], ["Snapchat", 58], ["Instagram", 29],
                      ["Grand Total", 87]],
    }, "Northamptonshire"))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=snapchat", 58, "reported") in given
    assert not any("platform=snapchat" == b for _, _, b, _, _ in given)


LETTER = """West Yorkshire Police
Your request
1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the financial years 2022/23, 2023/24 and 2024/25.
2. For 2024/25 only, a breakdown of those offences by the gender of the victim.
3. For each of the three years, how many of those offences were flagged as having an online element.
4. For each of the three years, the social media sites or apps used to communicate with the child.
Our response
Question 1
The number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the financial years 2022/23, 2023/24 and 2024/25.
Answer
2022/23 – 447
2023/24 – 489
2024/25 – 476
Question 2
For 2024/25 only, a breakdown of those offences by the gender of the victim.
Answer
Gender of victim | Offences
Female | 384
Male | 92
Total | 476
Question 3
For each of the three years, how many of those offences were flagged as having an online element.
Answer
Of the offences shown in our answer to question 1, 409 and 452 were flagged as online offences in 2022/23 and 2023/24 respectively. For 2024/25 the figure was 441.
Question 4
For each of the three years, the social media sites or apps used to communicate with the child.
Answer
The platform is held only in the free text of each record. Reading every record would exceed the cost limit, and so section 12(1) of the Act applies to this question.
"""


def test_the_figure_for_a_year_after_a_sentence_of_flagged_figures_is_flagged(tmp_path):
    given = _given(_read(tmp_path, LETTER))
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17;online_flag=true", 441, "reported") in given
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17", 441, "reported") not in given


def test_answer_under_its_question_written_again_answers_that_question(tmp_path):
    given = _given(_read(tmp_path, LETTER))
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17;victim_gender=female", 384, "reported") in given


def test_each_of_the_three_years_are_the_years_asked_before(tmp_path):
    given = _given(_read(tmp_path, LETTER))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", None, "exempt") in given
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17", None, "exempt") in given


def test_a_welsh_first_notes_heading_ends_the_answers(tmp_path):
    ws = _read(tmp_path, """Heddlu Dyfed-Powys Police
Cais / Request
1. The number of crimes recorded under code 71/17 in 2022/23 and 2023/24.
2. How many of them had the online flag?
3. How many had a female victim?
Ymateb / Response
1. 2022/23 – 59; 2023/24 – 68
2. 2022/23 – 51; 2023/24 – 60
3. 2022/23 – 47; 2023/24 – 55
Nodiadau / Notes
1. Data extracted on 12/08/2025.
2. '-' = dim / nil
3. N/H = heb ei gadw / not held. The force moved to a new crime recording system in 2023. The online flag for crimes recorded before 1 April 2023 was not migrated and cannot be reported.
""")
    assert not any(o.status.value == "not_held" for o in ws.observations())


def test_a_periods_line_of_bands_with_their_counts_after_dashes(tmp_path):
    given = _given(_read(tmp_path, """Durham Constabulary
Request
1. The number of sexual communication with a child offences (71/17) recorded in each of 2021 and 2022.
2. For the offences in question 1, a breakdown by the age of the victim (under 13 and 13 to 15).
Response
1.
2021 – 78
2022 – 91
2.
Age of victim
2021: Under 13 – 21, 13 to 15 – 54, Not recorded – <5
2022: Under 13 – 26, 13 to 15 – 62, Not recorded – 3
"""))
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", 54, "reported") in given
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;victim_age_known=false", None, "suppressed") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 26, "reported") in given


GROOMING = """Gwent Police
Request
For each of the calendar years 2021, 2022 and 2023:
1. The number of crimes with a child sexual exploitation (CSE) flag, for each year.
2. For offences of sexual grooming (Home Office code 88A) recorded over the three years, the outcome assigned to each crime.
3. For the same 88A crimes, the number of suspects who were (a) aged under 18 and (b) aged 18 or over at the time of the offence.
Response
Question 1
2021 - 58
2022 - 76
2023 - 74
Question 2
Outcome 1 - Charged/Summonsed: 9
Outcome 3 - Adult caution: one
Outcome 16 - Named suspect identified, evidential difficulties prevent further action (victim does not support action): 11
Question 3
(a) Under 18 - 12
(b) 18 or over - 23
"""


def test_a_count_in_words_after_its_label_and_the_span_of_the_years_asked(tmp_path):
    given = _given(_read(tmp_path, GROOMING))
    assert ("2021-01-01", "2023-12-31", "offence_code=88A;outcome=cautioned;suspect_age_min=18", 1, "reported") in given
    # the caution's adults are its own: not the outcome on the line after it
    assert ("2021-01-01", "2023-12-31", "offence_code=88A;outcome=outcome 16", 11, "reported") in given


def test_the_same_coded_crimes_are_those_of_the_question_naming_the_code(tmp_path):
    given = _given(_read(tmp_path, GROOMING))
    assert ("2021-01-01", "2023-12-31", "offence_code=88A;suspect_age_max=17;suspect_age_min=0", 12, "reported") in given
    assert ("2021-01-01", "2023-12-31", "offence_code=88A;suspect_age_min=18", 23, "reported") in given


def test_a_sheet_named_after_a_question_answers_it(tmp_path):
    given = _given(_workbook(tmp_path, {
        "Read Me": [["Q1", "For each of the financial years 2022/23 and 2023/24, the number of crimes recorded under code 71/17."],
                    ["Q2", "For sexual communication with a child only, the age of the victim for 2023/24 (under 13, 13-15)."]],
        "Q1 Offences": [["HO Code", "2022/23", "2023/24"], ["71/17", 338, 301]],
        "Q2 Victim age": [["Victims by age at the time of the offence"], [], ["Age of victim", "Victims"],
                          ["Under 13", 86], ["13-15", 205], ["Age not known", 15]],
    }, "Essex"))
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", 205, "reported") in given


def test_parts_of_a_whole_by_the_suspects_age_and_the_rest_whose_age_was_not_recorded():
    said = prose.period_figures("Of the 356 crimes recorded in 2023/24, twenty-seven involved a suspect who was aged under 18 "
                                "at the time of the offence and 241 involved a suspect aged 18 or over.")
    assert [(f.value, f.dims) for f in said] == [
        (356, {}), (27, {"suspect_age_min": "0", "suspect_age_max": "17"}), (241, {"suspect_age_min": "18"})]
    rest = prose.period_figures("In the remaining 88 the age of the suspect was not recorded.", unstated=True)
    assert [(f.value, f.dims) for f in rest] == [(88, {"suspect_age_known": "false"})]
    each = prose.period_figures("Please note that the age of the suspect was not recorded for a further 63 suspects in "
                                "2022/23 and 58 suspects in 2023/24.")
    assert [(f.value, f.dims) for f in each] == [(63, {"suspect_age_known": "false"}), (58, {"suspect_age_known": "false"})]


def test_a_bilingual_of_which_row_after_a_blank_row_is_part_of_the_table_above(tmp_path):
    given = _given(_read_file(tmp_path, "reply.csv", """Heddlu Dyfed-Powys Police,,,,
Troseddau rhywiol yn erbyn plant / Sexual offences against children by Home Office code,,,,
,,,,
Cod / HO Code,Trosedd / Offence,2022/23,2023/24,Cyfanswm / Total
019E,Rape of a female child under 13,21,26,47
071/17,Sexual communication with a child,59,68,127
Cyfanswm / Total,,80,94,174
,,,,
,"O'r rhain, baner ar-lein / Of which, online flag",N/H,61,
""".encode("utf-8"), "Dyfed-Powys"))
    assert ("2023-04-01", "2024-03-31", "online_flag=true", 61, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true", None, "not_held") in given
    assert ("2023-04-01", "2024-03-31", "", 94, "reported") in given


def test_a_question_asking_only_the_suspects_age_is_of_the_offences_asked_before(tmp_path):
    given = _given(_read(tmp_path, """Nottinghamshire Police
Request
For the financial year 2024/25:
1. The number of offences of sexual communication with a child (71/17) which carried the online flag.
2. For 2024/25, the age of the suspect (under 18 or 18 and over).
Response
Q1 - 234
Q2 - Of the 234 offences recorded in 2024/25, a suspect aged under 18 was linked to 71 and a suspect aged 18 or over to 96.
"""))
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17;online_flag=true;suspect_age_min=18", 96, "reported") in given
    assert ("2024-04-01", "2025-03-31", "offence_code=71/17;suspect_age_min=18", 96, "reported") not in given


def test_the_age_not_recorded_said_after_several_figures_is_said_of_each():
    said = prose.period_figures("Please note that for 19 offences in 2022, 23 in 2023 and 31 in 2024 the age of the suspect "
                                "was not recorded or no suspect had been identified.")
    assert [(f.value, f.dims) for f in said] == [(19, {"suspect_age_known": "false"}), (23, {"suspect_age_known": "false"}),
                                                 (31, {"suspect_age_known": "false"})]


def test_an_adult_aged_18_or_over_in_an_offences_definition_is_no_band():
    assert prose.age_scope("an adult aged 18 or over communicating sexually with a child under 16") == {}


def test_a_number_ending_a_sentence_in_words_is_no_list_line(tmp_path):
    given = _given(_read(tmp_path, """South Wales Police
Request
1. For each of 2021/22 and 2022/23, how many child rape offences resulted in a charge or summons?
Response
Of the offences recorded in 2021/22, 38 resulted in a suspect being charged or summonsed; the figure for 2022/23 was twenty-nine.
"""))
    assert ("2022-04-01", "2023-03-31", "outcome=charged", 29, "reported") in given
    assert not any(v == 9 for *_, v, _ in given)


def test_a_telephone_number_wrapped_onto_a_line_of_its_own_is_no_figure(tmp_path):
    ws = _read(tmp_path, """Durham Constabulary
Request
1. The number of crimes recorded under code 71/17 over the three years 2021/22 to 2023/24.
Response
Question 1
Between 1 April 2021 and 31 March 2024 a total of 318 offences were recorded under code 71/17.
If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone: 0303 123
1113.
""")
    assert not any(o.value == 1113 for o in ws.observations())
    assert not any(r.guess and r.guess.get("value") == 1113 for r in ws.review_items())


def test_bands_and_their_counts_parted_by_spaces_alone(tmp_path):
    # a shape the reply generator found once it wrote age bands on a line (tests/ingest/replies.py, pairs_on_a_line):
    # the last pair's label swallowed the pairs before it, and "Not recorded – 186" was read as the year's count
    given = _given(_read(tmp_path, """Gwent Police
Request
1. How many sexual offences against children were recorded in each of the financial years 2020/21 and 2021/22? Please break the figures down by the age of the victim.
Response
Figures of fewer than five are shown as <5.
2020/21:  Under 13 – 24  13 to 15 – 64  16 to 17 – <5  Not recorded – 186
2021/22:  Under 13 – 175  13-15 – 143  16-17 – 111  Not recorded – 163
"""))
    assert ("2020-04-01", "2021-03-31", "", 186, "reported") not in given
    assert ("2020-04-01", "2021-03-31", "victim_age_known=false", 186, "reported") in given
    assert ("2021-04-01", "2022-03-31", "victim_age_max=15;victim_age_min=13", 143, "reported") in given


def test_an_internal_reviews_account_of_the_first_answer_is_no_figure():
    # found by a whole-corpus run: once the pairs of such a line stopped being read as one label, the sentence was read
    assert prose.period_figures("Question 1 was answered as follows: FY21/22 - 263, FY22/23 - 412, FY23/24 - 238.") == []
