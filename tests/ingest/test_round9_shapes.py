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
    assert _given(_read(tmp_path, OFFENCE_HEADINGS)) == {
        ("2022-04-01", "2023-03-31", "offence_code=71/17", 247, "reported"),
        ("2023-04-01", "2024-03-31", "offence_code=71/17", 231, "reported"),
        ("2022-04-01", "2023-03-31", "offence_code=88A", 41, "reported"),
        ("2023-04-01", "2024-03-31", "offence_code=88A", 29, "reported")}


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
    assert _rows(table)[2] == ["Cyber flag = Y", "3", "", "2"]
    assert dict(read_label("Cyber flag = Y").dims) == {"online_flag": "true"}
