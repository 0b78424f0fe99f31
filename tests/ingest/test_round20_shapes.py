"""Shapes of reply the twentieth blind round (held back for two sessions, then opened) showed the
readers missing or misreading, each written here as an invented reply of that kind: a period said
again in brackets ("in the calendar year 2023 (1 January to 31 December 2023)"); a question the
reply quotes again in its own words; a part year written "2024/25 (Apr-Sep)"; a key saying a
blank cell is nil, and a footnote numbered in a list ("2. * 2024 covers …", "4. (r) revised");
a row naming the flag the request counts in capitals ("Crimes with a CSE flag"); a reply saying
all its suspects are aged 10 to 17; a refusal under a question restated over its answer; "For
2023, 23 suspects …"; figures each with its year and then the band they share; "in 52 of the
214 offences recorded in …"; outcomes "for the offences in Q1" of two codes; sections of
another Act than FOIA; a page title "… offences 2023 - 2024"; and a count "as at" a day."""

from __future__ import annotations

import io
from datetime import date

import openpyxl

import foistats
from foistats.ingest import prose
from foistats.ingest.labels import read_label
from foistats.periods import Period
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read


def _workbook(tmp_path, sheets: dict[str, list[list]], authority: str = "Kent", merged: dict[str, list[str]] | None = None):
    """A workspace with one workbook ingested; ``merged`` lists each sheet's merged ranges ("A8:F8")."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(title, []):
            sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "reply.xlsx"
    path.write_bytes(buffer.getvalue())
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority=authority)
    return ws


def test_a_period_said_again_in_brackets_is_one_period():
    said = prose.period_figures("Gwent Police recorded 61 of these offences in the calendar year 2022 "
                                "(1 January to 31 December 2022) and 70 in the calendar year 2023.")
    assert [(f.value, f.period.label) for f in said] == [(61, "2022"), (70, "2023")]
    # and its days without the year, inside the year: the part of it they say
    [mention] = prose.periods_in("In 2024 (1 January to 31 May) there were 40 offences")
    assert mention.periods == (Period(date(2024, 1, 1), date(2024, 5, 31)),)


def test_a_question_quoted_again_in_the_replys_words_asks_once():
    assert prose.figures_asked("How many suspects of these crimes were themselves aged under 18. "
                               "How many suspects of these crimes were under 18 at the time?") == 1
    assert prose.figures_asked("Which apps were used, and how many offences involved each one? "
                               "We have searched our systems for the information.") == 1
    assert prose.figures_asked("How many offences were recorded, and how many were charged?") == 2


def test_months_in_brackets_after_a_financial_year_are_its_part():
    assert read_label("2024/25 (Apr-Sep)").period == Period(date(2024, 4, 1), date(2024, 9, 30))
    assert read_label("2023-24 (October to March)").period == Period(date(2023, 10, 1), date(2024, 3, 31))
    assert read_label("2023 (Oct-Mar)").period is None  # no such run of months inside one calendar year


def test_a_key_saying_a_blank_cell_is_nil_a_numbered_footnote_and_a_caption_over_a_notes_line(tmp_path):
    rule = suppression_rule("Where a cell has been left blank, no suspects were recorded in that category (nil).")
    assert (rule.marker, rule.means) == ("blank", "nil")
    ws = _workbook(tmp_path, {
        "Cover": [["Request: I would like the number of suspects for offences of sexual communication with a child "
                   "(71/17) and of sexual grooming (88A) for 2022 and 2024 to date."],
                  [],
                  ["Notes"],
                  ["1. Where a cell has been left blank, no suspects were recorded in that category (nil)."],
                  ["2. * 2024 covers 1 January 2024 to 30 June 2024 only."]],
        "Q2": [["Q2. Suspects linked to offences under code 88A, by age"],
               ["Please read the notes on the Cover sheet before using these figures."],
               ["Suspect age", "2022", "2024*"],
               ["Under 18", 14, 9],
               ["Not recorded", 3, None]]})
    given = _given(ws)
    assert ("2024-01-01", "2024-06-30", "offence_code=88A;suspect_age_max=17;suspect_age_min=0", 9, "reported") in given
    assert ("2024-01-01", "2024-06-30", "offence_code=88A;suspect_age_known=false", 0, "reported") in given


def test_a_row_naming_the_flag_the_request_counts_in_capitals_and_a_revised_mark(tmp_path):
    ws = _workbook(tmp_path, {"FOI 1234": [
        ["Request: the number of crimes recorded with a child sexual exploitation flag in 2022/23 and 2023/24, "
         "by gender of the victim."],
        [None, "2022/23", "2023/24"],
        ["Crimes with a CSE flag", 120, "131 (r)"],
        ["   of which victim female", 98, 104],
        [],
        ["Notes"],
        ["1. (r) revised. The 2023/24 figure has been amended since our last response."]]}, authority="Derbyshire")
    given = _given(ws)
    assert ("2023-04-01", "2024-03-31", "", 131, "reported") in given
    assert ("2022-04-01", "2023-03-31", "victim_gender=female", 98, "reported") in given


def test_a_reply_saying_all_its_suspects_are_aged_10_to_17_gives_under_18_that_band(tmp_path):
    given = _given(_read(tmp_path, """Wiltshire Police
Request
Please provide, for 2022/23 and 2023/24, the number of crimes under Home Office code 86/2 where the suspect was aged under 18.
Response
The age of criminal responsibility is 10, so all of the suspects below were aged between 10 and 17.
Crimes recorded under code 86/2 with a suspect aged under 18:
2022/23 – 41
2023/24 – 38
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 41, "reported") in given


def test_a_refusal_under_a_question_restated_over_its_answer_covers_it_for_a_person_to_confirm(tmp_path):
    ws = _read(tmp_path, """British Transport Police
1. Please provide the number of sexual offences against children recorded by BTP in 2022 and 2023.
2022 – 301
2023 – 344
2. How many of these were committed by a member of BTP staff?
BTP can neither confirm nor deny that it holds the information requested at question 2, by virtue of section 40(5).
""")
    refused = [item.guess for item in ws.review_items() if item.guess and item.guess["status"] == "exempt"]
    assert {(g["period_start"], g["value"]) for g in refused} == {("2022-01-01", None), ("2023-01-01", None)}


def test_counts_in_sentences_the_period_first_the_band_after_and_a_whole_said_again(tmp_path):
    said = prose.period_figures("For 2023, 23 suspects linked to these offences were aged under 18.")
    assert [(f.value, f.period.label, f.dims) for f in said] == [(23, "2023", {"suspect_age_min": "0", "suspect_age_max": "17"})]
    said = prose.period_figures("Of these, nine offences in 2022 and 14 offences in 2023 were recorded with a victim aged 12 or under.")
    assert [(f.value, f.period.label, f.dims) for f in said] == [
        (9, "2022", {"victim_age_min": "0", "victim_age_max": "12"}), (14, "2023", {"victim_age_min": "0", "victim_age_max": "12"})]
    said = prose.period_figures("The victim was aged under 13 in 31 of the 160 offences recorded in April 2022 to March 2023, "
                                "and in 28 of the 171 offences recorded in April 2023 to March 2024.")
    assert [(f.value, f.period.label) for f in said] == [(31, "2022/23"), (28, "2023/24")]
    # the records a cost refusal would have to read are no figure
    assert prose.period_figures("A search for the period 1 April 2021 to 31 March 2024 returned 1,204 crimes.") == []
    # nor a count "as at" a day the sentence does not say is its period
    assert prose.period_figures("As at 31 October 2024, 87 remained under investigation.", unstated=True) == []


def test_outcomes_for_the_offences_in_a_question_of_two_codes_are_of_both(tmp_path):
    given = _given(_read(tmp_path, """Gloucestershire Constabulary
Q1. For 2023, how many offences of rape of a female child under 13 and of rape of a male child under 13 were recorded?
Q2. For the offences in Q1, how many resulted in a charge or summons?
Response to Q1
19E - Rape of a female child under 13: 37
19H - Rape of a male child under 13: 8
Response to Q2
Charged / summonsed: 5
"""))
    assert ("2023-01-01", "2023-12-31", "outcome=charged", 5, "reported") in given


def test_sections_of_another_act_are_no_exemption_and_a_span_of_years_is_no_figure(tmp_path):
    assert prose.sections_in("offences under sections 24, 23 and 34 of the Sexual Offences (Scotland) Act 2009") == []
    assert prose.sections_in("section 24 of the Freedom of Information (Scotland) Act 2002") == ["24"]
    ws = _read(tmp_path, """Sexual communication with a child offences 2023 - 2024
Request
How many offences of sexual communication with a child did you record in 2023?
Response
We recorded 186 offences in 2023.
""")
    assert not any(value == 2024 for *_, value, _ in _given(ws))
    assert not any(item.guess and item.guess["value"] == 2024 for item in ws.review_items())


def test_a_cost_said_to_be_within_the_limit_refuses_nothing():
    assert prose.refusal_kind("Our estimated cost of answering (2.5 hours) was within the appropriate limit.") is None
    assert prose.refusal_kind("We cannot give you this information within the appropriate (cost) limit.") == "cost"
