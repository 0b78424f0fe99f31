"""Shapes of reply the twenty-third blind round (held back, then opened in the same session)
showed the readers misreading, each written here as an invented reply of that kind: a workbook
whose cover says which sheet answers which question, and a sheet that answers no question of
the sheet before; offences "where the victim was a child and the suspect was also under 18";
a figure and its period far apart across an offence's title; "the last three years (2022, 2023
and 2024 to date)"; a refusal "across the whole period"; a workbook's notes in cells ("the
figures for 071/17 and 088A have been combined", "'-' denotes nil."); a Scottish force's crimes
named in words; and an address's number before its postcode."""

from __future__ import annotations

import foistats
from foistats.ingest import account, prose

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_cover_saying_which_sheet_answers_a_question_and_a_sheet_answering_none_of_the_one_before(tmp_path):
    ws = _workbook(tmp_path, {
        "Cover": [["1. Please provide the number of sexual offences against children recorded in 2022/23 and 2023/24."],
                  ["2. Of these, how many were offences of sexual communication with a child?"],
                  ["Question 1: Please see the 'Data' tab of this workbook."],
                  ["Question 2: Of the offences on the 'Data' tab, 131 in 2022/23 were recorded under code 71/17."]],
        "Data": [["Financial year", "Offences"], ["2022/23", 1204], ["2023/24", 1311]]})
    given = _given(ws)
    # the Data sheet answers question 1, whose offences are of no one code: 71/17 is question 2's
    assert not any("71/17" in breakdown for _, _, breakdown, value, _ in given if value in (1204, 1311))


def test_offences_by_children_against_children_wait_for_a_person(tmp_path):
    ws = _read(tmp_path, """Nottinghamshire Police
1. For 2023/24, how many sexual offences were recorded where the victim was a child (under 18) and the suspect was also under 18?
Response
Question 1
2023/24 - 412
""")
    assert not any(value == 412 for *_, value, _ in _given(ws))
    assert any(item.guess and item.guess["value"] == 412 for item in ws.review_items())


def test_a_figure_and_its_period_across_an_offences_title():
    said = prose.period_figures("A search found that 211 offences of sexual communication with a child were recorded "
                                "in 2022 and 240 were recorded in 2023.")
    assert [(f.value, f.period.label) for f in said] == [(211, "2022"), (240, "2023")]


def test_years_counted_back_that_leave_out_years_the_request_writes_wait(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text("""Metropolitan Police Service
1. For each of the last three calendar years (2022, 2023 and 2024 to date), the number of offences of sexual communication with a child.
2. For the offences in question 1 taken together, the apps used, with the number of offences for each.
Response
Question 2
Section 12(1) applies, and the MPS is not obliged to comply with question 2.
""", encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Metropolitan", received="2024-12-03")
    assert not any(status == "exempt" for *_, status in _given(ws))
    assert any("leaves out years the request writes" in item.reason for item in ws.review_items())


def test_a_refusal_across_the_whole_period_is_one_figure_over_it(tmp_path):
    given = _given(_read(tmp_path, """South Wales Police
Please provide the following for the calendar years 2021, 2022 and 2023:
1. The number of crimes recorded with a child sexual exploitation flag.
2. Across the whole period, in how many of these investigations did the force act on information from a body listed in section 23(3)?
Response
Question 1
2021 - 189
2022 - 218
2023 - 236
Question 2
South Wales Police can neither confirm nor deny that it holds any information relevant to this question, by virtue of section 23(5).
"""))
    assert ("2021-01-01", "2023-12-31", "", None, "exempt") in given


def test_a_workbooks_notes_in_cells_combine_codes_and_key_a_dash(tmp_path):
    ws = _workbook(tmp_path, {
        "Cover": [["Request", "The outcomes of offences of sexual communication with a child (071/17) and sexual grooming (088A) "
                              "recorded in 2023."],
                  ["Notes", "1. The figures for offence codes 071/17 and 088A have been combined, as the numbers are small."],
                  [None, "2. '-' denotes nil."]],
        "Data": [["Outcome", "2023"], ["Charged / summonsed", 7], ["Community resolution", "-"], ["Total", 19]]}, authority="City of London")
    given = _given(ws)
    assert ("2023-01-01", "2023-12-31", "outcome=charged", 7, "reported") in given
    assert ("2023-01-01", "2023-12-31", "outcome=community resolution", 0, "reported") in given


def test_crimes_named_in_words_where_the_reply_writes_no_code_are_kinds_of_what_is_counted(tmp_path):
    ws = _read(tmp_path, """Police Scotland
Request
How many sexual crimes against children were recorded in 2023?
Response
Crime\t2023
S24 Communicating indecently with a child\t1117
S52 Taking indecent photographs of children\t742
S18 Rape of a young child\t171
Total\t2030
""")
    figures = {(o.measure, str(o.breakdown), o.value) for o in ws.observations()}
    assert {value for _, breakdown, value in figures if breakdown == ""} >= {1117, 742, 171}
    assert len({measure for measure, _, value in figures if value in (1117, 742, 171)}) == 3
    # "a young child" is under 13 in Scots law, as "… a child under 13" is in a Home Office title: the crime's
    # name, no age band of it (as the writers of the Police Scotland replies in the corpus that print the term with
    # no age beside it label it)


def test_a_crime_of_a_young_child_where_the_reply_says_the_term_in_years_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, """Police Scotland
Request
How many sexual crimes against children were recorded in 2023?
Response
For clarity, a 'young child' is a child who has not attained the age of 13 years under the 2009 Act.
Crime\t2023
S24 Communicating indecently with a child\t1117
S18 Rape of a young child\t171
Total\t1288
""")
    # said in years, the term is an age band to some readers (two of the four such replies' writers), the crime to others
    assert not any(o.value == 171 for o in ws.observations())
    assert any(item.guess and item.guess.get("value") == 171 for item in ws.review_items())


def test_an_address_number_before_its_postcode_is_no_figure():
    text = "write to us at 182 Bishopsgate, London EC2M 4WN"
    assert account.kind_of(text, text.index("182"), text.index("182") + 3) == "address"
