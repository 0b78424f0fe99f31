"""Shapes of reply the ninth blind round showed the readers missing or misreading, each
written here as a force would write it, with what a careful person reads from it: a PDF
letter's page break inside a table; a request quoted whole in one paragraph, and a footnote
"(1)" under a table that is no question 1; rows led by an age band on lines one space apart;
a key of several entries on one line; a reference number on a line of its own; a label and
its figure apart on a run of spaces; an e-mail's answer above its thread that the readers
cannot read, which is no sign of a question left unanswered; answers written into the
questions in square brackets; a heading naming the one question its section answers; "For
2024 it is 11" after a sentence the readers could not place; "as had 23 of those recorded in
…"; a heading naming the offence its paragraphs count; '#' as the mark of a small figure; a
"Not recorded" column beside "Female" and "Male"; a row with empty cells in a table aligned
on spaces; and a total said again under a question of its own."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label
from foistats.ingest.raw import Line, RawTable
from foistats.ingest.text import blocks_from_lines
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read


def _blocks(text: str) -> list:
    return blocks_from_lines([Line(t, f"line {n}") for n, t in enumerate(text.splitlines(), start=1)])[0]


def _rows(block) -> list[list[str]]:
    return [[c.text for c in row] for row in block.rows]


TABLE_OVER_A_PAGE_BREAK = '''Table 3: offences by age of victim
Age of victim 2021 2022 2023
Under 10 12 15 <3
10 - 12 40 38 51

OFFICIAL
Dorset Police – FOI 2291-24                                        Page 1 of 2

OFFICIAL

13 - 15 101 117 122
Total 153 170 175
'''


def test_a_page_break_inside_a_table_is_read_past():
    blocks = _blocks(TABLE_OVER_A_PAGE_BREAK)
    table = next(b for b in blocks if isinstance(b, RawTable))
    assert _rows(table) == [["Age of victim", "2021", "2022", "2023"], ["Under 10", "12", "15", "<3"],
                            ["10 - 12", "40", "38", "51"], ["13 - 15", "101", "117", "122"],
                            ["Total", "153", "170", "175"]]
    assert [b.text for b in blocks[-3:]] == ["OFFICIAL", "Dorset Police – FOI 2291-24 Page 1 of 2", "OFFICIAL"]


QUOTED_WHOLE_THEN_FOOTNOTE = '''Wiltshire Police
Your request
"Please tell me, for 2022 and 2023, how many offences of sexual communication with a child (code 71/17) you recorded."
Our response
Calendar year | 2022 | 2023 (1) |
Offences recorded | 140 | 152 |
(1) 2023 figures are provisional and may change slightly.
'''


def test_a_footnote_under_a_table_is_no_question_of_its_number(tmp_path):
    assert _given(_read(tmp_path, QUOTED_WHOLE_THEN_FOOTNOTE)) == {
        ("2022-01-01", "2022-12-31", "offence_code=71/17", 140, "reported"),
        ("2023-01-01", "2023-12-31", "offence_code=71/17", 152, "reported")}


def test_a_key_of_several_entries_on_one_line_gives_each():
    rules = [suppression_rule(entry) for entry in ("Key: <3 = a figure of one or two, which we have suppressed.", "- = nil.")]
    assert rules[1] is not None and rules[1].means == "nil" and rules[1].marker == "-"


KEY_ON_ONE_LINE = '''Gwent Police
Request
For 2022 and 2023, how many offences of sexual communication with a child (code 71/17) were recorded, by age of victim?
Response
Age of victim | 2022 | 2023 |
Under 13 | 14 | - |
13 to 15 | 61 | 70 |
Key: <3 = a figure of one or two, which we have suppressed. - = nil.
'''


def test_a_dash_keyed_as_nil_after_another_entry_of_its_key_is_nil(tmp_path):
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 0, "reported") \
        in _given(_read(tmp_path, KEY_ON_ONE_LINE))


REFERENCE_ON_ITS_OWN_LINE = '''Gwent Police
Disclosure log
Reference number
2024-1187
Request
How many offences of sexual communication with a child (code 71/17) were recorded in 2023?
Response
There were 96 such offences recorded in 2023.
'''


def test_a_reference_on_a_line_of_its_own_is_no_figure(tmp_path):
    assert _given(_read(tmp_path, REFERENCE_ON_ITS_OWN_LINE)) == {
        ("2023-01-01", "2023-12-31", "offence_code=71/17", 96, "reported")}


ANSWER_ABOVE_ITS_THREAD = '''From: Information Rights Team
Sent: 07 May 2024 15:41

Results

YEAR ENDING 31 MARCH 2023
    Crimes recorded - HO code 86/2                               438
        Suspects linked, aged 10 to 13                           Nil
        Suspect count by postcode sector                          17

Question 2 - Category A images

This information is not held. This is a notice under section 1(1)(a) of the Act.

________________________________

From: A Requester
Sent: 02 April 2024 09:12

Q1. The number of offences recorded under Home Office code 86/2 in the last three financial years.
Q2. How many of the offences in Q1 involved Category A images?
'''


def test_an_answer_above_its_thread_that_states_unread_numbers_leaves_no_question_unanswered(tmp_path):
    ws = _read(tmp_path, ANSWER_ABOVE_ITS_THREAD)
    assert {o for o in _given(ws) if o[4] == "no_response"} == set()
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2", 438, "reported") in _given(ws)


ANSWERS_IN_BRACKETS = '''Suffolk Constabulary
We have answered each question by inserting our reply into the text of your request, in square brackets.

1. How many crimes recorded in each of the financial years 2022/23 and 2023/24 carried a child sexual
exploitation (CSE) flag? [2022/23 - 161; 2023/24 - 158]

2. How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) were
recorded in the same years, and in how many was the suspect a teacher? [Code 73 offences:
2022/23 - 14; 2023/24 - 11. Teachers: please see "Section 12" below]

Section 12 - question 2 (teachers)

To establish the occupation of each suspect we would need to read every crime report, which would exceed the cost limit of 18 hours. We are therefore unable to provide this part of your request under section 12(1).
'''


def test_answers_in_square_brackets_are_answers_and_a_code_named_under_one_question_is_not_the_others(tmp_path):
    ws = _read(tmp_path, ANSWERS_IN_BRACKETS)
    given = _given(ws)
    assert not any(o[2] == "offence_code=73" and o[3] in (161, 158) for o in given)  # CSE-flagged crimes are not code 73
    assert {o for o in given if o[4] == "no_response"} == set()


THE_SENTENCE_BEFORE_UNREAD = '''Avon and Somerset Constabulary
Request
How many offences of sexual communication with a child (code 71/17) were recorded in 2022, 2023 and 2024, and how many resulted in a charge?
Response
Of the crimes recorded in 2022, twenty-three resulted in a charge. The figure for 2023 is nineteen. For 2024 it is 11, although this is likely to rise.
'''


def test_it_is_after_a_sentence_the_readers_could_not_place_is_not_a_count_of_its_own(tmp_path):
    assert not any(o[3] == 11 for o in _given(_read(tmp_path, THE_SENTENCE_BEFORE_UNREAD)))


def test_as_had_n_of_those_says_again_what_the_clause_before_said():
    said = prose.period_figures("As at 3 March 2025, 19 of the offences recorded in 2021/22 had resulted in a charge "
                                "or summons, as had 23 of those recorded in 2022/23 and 14 of those recorded in 2023/24.")
    assert [(f.value, f.period.label, f.dims) for f in said] == [
        (19, "2021/22", {"outcome": "charged"}), (23, "2022/23", {"outcome": "charged"}), (14, "2023/24", {"outcome": "charged"})]


def test_a_flag_said_before_a_colon_is_of_the_figures_after_it():
    said = prose.period_figures("Almost all of these offences carried the online flag: 189 in 2021/22, 226 in 2022/23.")
    assert [(f.value, f.dims) for f in said] == [(189, {"online_flag": "true"}), (226, {"online_flag": "true"})]


OFFENCE_HEADINGS = '''South Wales Police
Request
"For 2022/23 and 2023/24, how many offences of sexual communication with a child and of meeting a child following sexual grooming did you record?"
Response
Sexual communication with a child
In 2022/23 the force recorded 247 offences. The figure for 2023/24 was 231.
Meeting a child following sexual grooming
The force recorded 41 in 2022/23 and 29 in 2023/24.
'''


def test_a_heading_naming_an_offence_by_its_title_is_the_offence_of_its_paragraphs(tmp_path):
    ws = _read(tmp_path, OFFENCE_HEADINGS)
    # the reply writes no Home Office code: each heading's title is the offence its measure is named for, and no code
    # is written into the breakdown that the reply does not write
    assert {(o.period.start.isoformat(), o.measure, str(o.breakdown), o.value) for o in ws.observations()} == {
        ("2022-04-01", "sexual_communication_with_child", "", 247), ("2023-04-01", "sexual_communication_with_child", "", 231),
        ("2022-04-01", "grooming", "", 41), ("2023-04-01", "grooming", "", 29)}


def test_a_hash_is_a_mark_its_key_can_define():
    rule = suppression_rule("# denotes a figure between 1 and 4.")
    assert (rule.marker, rule.lower, rule.upper) == ("#", 1, 4)


def test_a_header_one_space_apart_may_name_its_axiss_unknown():
    table = next(b for b in _blocks("Year Female Male Not recorded\n2022 109 33 0\n2023 118 36 #\n") if isinstance(b, RawTable))
    assert _rows(table)[0] == ["Year", "Female", "Male", "Not recorded"]
    assert _rows(table)[2] == ["2023", "118", "36", "#"]


def test_a_row_with_empty_cells_takes_its_values_from_the_columns_they_stand_under():
    table = next(b for b in _blocks("Row Labels                2023     2024   Jan-Jun 2025\n"
                                    "19E Rape                    34       41        17\n"
                                    "   Cyber flag = Y            3                  2\n") if isinstance(b, RawTable))
    assert _rows(table)[2] == ["of which Cyber flag = Y", "3", "", "2"]  # indented under the row above: a part of it
    assert dict(read_label("Cyber flag = Y").dims) == {"online_flag": "true"}


# --- the even half of the round, opened after it was measured as written ----------------------

def test_a_financial_year_at_a_lines_end_is_no_figure_of_the_year_before():
    from foistats.ingest.text import _is_paired_line
    assert not _is_paired_line("Cautioned: 2020-21 – 9; 2021-22")
    assert _is_paired_line("Cautioned: 2020-21 – 9; 2021-22 – 4")


def test_a_row_of_cells_is_no_label_and_its_figure():
    from foistats.ingest.lines import _MARKER_AT_END
    assert _MARKER_AT_END.search("Code 73 7 1-4 1")
    assert not _MARKER_AT_END.search("Victims aged under 13")


NUMBERED_PARAGRAPHS = '''Durham Constabulary
1. Your request
1.1 You asked for the following information:
"Over the last three years:
\uf0b7 The number of offences of sexual activity involving a child under 16 (code 22B) recorded;
\uf0b7 How many of the suspects were teachers."
2. Decision
2.1 We have taken "the last three years" as the financial years 2021/22, 2022/23 and 2023/24.
3. Response
3.1 Offences recorded: 176 in 2021/22, 183 in 2022/23 and 201 in 2023/24.
3.2 The occupation of suspects is withheld under section 40(2).
'''


def test_a_letters_numbered_sections_and_paragraphs_are_no_questions(tmp_path):
    given = _given(_read(tmp_path, NUMBERED_PARAGRAPHS))
    assert {o for o in given if o[4] == "reported"} == {
        ("2021-04-01", "2022-03-31", "offence_code=22B", 176, "reported"),
        ("2022-04-01", "2023-03-31", "offence_code=22B", 183, "reported"),
        ("2023-04-01", "2024-03-31", "offence_code=22B", 201, "reported")}


PARTS_QUOTED_AGAIN = '''Norfolk Constabulary
Please could you tell me, for each of the calendar years 2022 and 2023, how many offences of sexual communication with a child (code 71/17) you recorded, how many had the online flag applied, and which apps were used.
Part 1 – "how many offences of sexual communication with a child (code 71/17) you recorded"

================================  ======  ======  ======
Offence                             2022    2023   Total
================================  ======  ======  ======
71/17 Sexual communication           214     206     420
      with a child
All                                  214     206     420
================================  ======  ======  ======

Part 2 – "how many had the online flag applied"
The online flag was applied to 183 of the offences recorded in 2022 and to 190 of those recorded in 2023.

Internal review
1. The 2022 figure
The amended figure for 2022 is 209, not 214; five crimes were counted twice.
2. Part 3 – apps and websites
I uphold the decision that section 12(1) applies to Part 3.
'''


def test_a_part_quoted_again_heads_its_answer_and_a_corrected_figure_goes_to_review(tmp_path):
    ws = _read(tmp_path, PARTS_QUOTED_AGAIN)
    given = _given(ws)
    assert not any(o[3] in (214, 420) for o in given)  # the first figure, and the totals that add it, wait for a person
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", 206, "reported") in given
    assert not any(o[4] == "exempt" and "online_flag" in o[2] for o in given)  # Part 3's refusal is not Part 2's


def test_codes_named_together_are_of_both_not_of_the_first():
    from foistats.ingest.lines import _CODES_TOGETHER
    assert _CODES_TOGETHER.search("Counting offences of either type (71/17 or 88A) in which a suspect was under 16:")
    assert not _CODES_TOGETHER.search("in 2021 and 2022")


def test_a_numbered_row_that_is_part_of_another_is_no_outcome():
    assert read_label("4 …of which a suspect aged under 18").axis != "outcome"
    assert dict(read_label("16 Evidential difficulties").dims) == {"outcome": "outcome 16"}


def test_a_sentence_naming_the_parts_it_refuses_refuses_those():
    from foistats.ingest.refusals import _parts_refused
    assert _parts_refused("Part d) is refused under section 12(1) and part e) is withheld under section 40(2).") == ["d", "e"]
    assert _parts_refused("Questions 4 and 5 are refused.") == ["4", "5"]
    assert _parts_refused("Parts a), b) and c) are answered below.") == []


ALL_CODES_TABLES = '''Warwickshire Police
Request
Since January 2023, how many offences of rape of a female child under 16 (019D) and sexual activity involving a child under 13 (021) were recorded, by sex of victim?
Response
Table 1: Offences by Home Office code
Offence                                        2023    2024
All of the offences below                       78      81
019D  Rape of a female child under 16           34      39
021   Sexual activity involving a child         44      42
Table 2: Offences in Table 1 by sex of victim
Year          Female     Male     Total
2023              61       17        78
2024              63       18        81
'''


def test_a_title_of_the_offences_in_another_table_is_of_all_its_codes(tmp_path):
    given = _given(_read(tmp_path, ALL_CODES_TABLES))
    assert ("2023-01-01", "2023-12-31", "victim_gender=female", 61, "reported") in given
    assert ("2024-01-01", "2024-12-31", "", 81, "reported") in given  # "All of the offences below": their total


def test_a_tab_header_broken_over_lines_is_one_header():
    table = next(b for b in _blocks("Financial year\tCrimes with a CSE\nflag\tOf which also flagged\nas online\n"
                                    "2021/22\t214\t97\n2022/23\t236\t118\n2023/24\t251\t139\n") if isinstance(b, RawTable))
    assert _rows(table)[0] == ["Financial year", "Crimes with a CSE flag", "Of which also flagged as online"]
    assert dict(read_label("Of which also flagged as online").dims) == {"online_flag": "true"}


def test_a_label_begun_on_the_line_above_its_figures_is_one_label():
    table = next(b for b in _blocks("Offence 2021/22 2022/23 2023/24 Three-year total\n"
                                    "All offences (73 and 22B) 195 207 218 620\n"
                                    "73 Abuse of position of trust of a\n"
                                    "sexual nature 19 24 17 60\n") if isinstance(b, RawTable))
    assert _rows(table) == [["Offence", "2021/22", "2022/23", "2023/24", "Three-year total"],
                            ["All offences (73 and 22B)", "195", "207", "218", "620"],
                            ["73 Abuse of position of trust of a sexual nature", "19", "24", "17", "60"]]


def test_words_one_space_apart_are_cut_into_columns_by_their_vocabulary_or_not_at_all():
    assert not any(isinstance(b, RawTable) for b in _blocks("Offence 2021/22 2022/23 Rolling figure\n"
                                                             "Code 73 19 24 43\nCode 22B 176 183 359\n"))


NESTED_BULLETS = '''Greater Manchester Police
Request
"For 2021/22 and 2022/23, how many offences of sexual communication with a child (code 71/17) were recorded, by gender of the victim, and which apps were used?"
Response
Offences recorded, by gender of the victim:
• 2021/22 – 349 crimes
o  female victim – 281
o  male victim – 68
• 2022/23 – 422 crimes
o  female victim – 338
o  male victim – 84
For 2022/23 the platforms recorded were Snapchat (131), Instagram (58), WhatsApp (22), other platforms (46) and not recorded (165).
'''


def test_bullets_one_level_in_split_the_line_above_and_a_list_of_named_counts_is_read(tmp_path):
    given = _given(_read(tmp_path, NESTED_BULLETS))
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;victim_gender=female", 281, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_gender=male", 84, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;platform=snapchat", 131, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;platform=unknown", 165, "reported") in given


def test_a_list_of_named_counts_with_a_name_foistats_does_not_know_is_not_read(tmp_path):
    text = NESTED_BULLETS.replace("other platforms (46)", "gaming consoles (46)")
    assert not any("platform=" in o[2] for o in _given(_read(tmp_path, text)))


PIVOTS_PASTED = '''From: Freedom of Information Unit
Dear Ms Pryce,
Points 1 and 2 - crimes recorded, and those with the cyber flag

Cyber Flag\t(All)

Count of Crime Number\tColumn Labels
Row Labels\t2023\t2024\tGrand Total
071/17 - Sexual Communication with a Child\t163\t149\t312
Grand Total\t163\t149\t312

Cyber Flag\tY

Count of Crime Number\tColumn Labels
Row Labels\t2023\t2024\tGrand Total
071/17 - Sexual Communication with a Child\t147\t138\t285
Grand Total\t147\t138\t285

Notes on the data
1. Crimes are counted by the date they were recorded.

-----Original Message-----
Dear Staffordshire Police,
For the calendar years 2023 and 2024:
1) The number of offences of sexual communication with a child (HO code 71/17).
2) How many of the offences in 1) were flagged as online / cyber-enabled.
'''


def test_a_pivots_filter_says_what_its_figures_are_and_another_messages_questions_are_no_notes(tmp_path):
    given = _given(_read(tmp_path, PIVOTS_PASTED))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", 163, "reported") in given
    assert ("2024-01-01", "2024-12-31", "offence_code=71/17;online_flag=true", 138, "reported") in given
    assert not any(o[3] in (163, 149) and "online_flag" in o[2] for o in given)  # "(All)" narrows nothing


def test_a_pivots_outline_rows_are_parts_of_the_row_above_and_a_code_keeps_its_short_title():
    assert dict(read_label("19E Rape F child U13").dims) == {"offence_code": "19E"}
    assert dict(read_label("21 Sexual Activity Child U13").dims) == {"offence_code": "21"}
    assert dict(read_label("21 Not in the public interest").dims) == {"outcome": "outcome 21"}
    table = next(b for b in _blocks("Row Labels                        2023     2024\n"
                                    "19E Rape F child U13                34       41\n"
                                    "   Cyber flag = Y                    3        5\n"
                                    "   Cyber flag = N                   31       36\n") if isinstance(b, RawTable))
    assert [row[0] for row in _rows(table)[1:]] == ["19E Rape F child U13", "of which Cyber flag = Y", "of which Cyber flag = N"]
