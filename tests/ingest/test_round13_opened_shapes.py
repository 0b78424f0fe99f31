"""Shapes of reply the thirteenth blind round's held-back half showed the readers missing or
misreading once it was opened, each written here as an invented reply of that kind: a request
signed off and then restated question by question in the force's reply with no response
heading, two questions restated together over one answer, a year with its months in brackets,
a count with its part in brackets, "over the same four years", months of one year ("between
April and September 2024"), outcome rows led by their code ("OC1 Charge/summons"), a victim's sex as a letter, "2021 - Not held" under a code's heading, and a count
"under 86/2 or 86/4"."""

from __future__ import annotations

from datetime import date

from foistats.ingest.labels import read_label
from foistats.ingest.prose import period_figures, periods_in
from foistats.periods import Period

from .test_questions import _given, _read

RESTATED_AFTER_SIGN_OFF = """Online child sexual exploitation 2021-2023

Sam Okafor made this Freedom of Information request to Essex Police

Dear Essex Police,

(a) For each of the calendar years 2021, 2022 and 2023, how many crimes were recorded with a child sexual exploitation flag?

(b) Of the crimes in (a), how many had a victim aged under 13?

(c) Over the same three years, in how many of these investigations was an undercover officer deployed?

Yours faithfully,

Sam Okafor

Essex Police
14 May 2024

Dear Sam Okafor

(a) For each of the calendar years 2021, 2022 and 2023, how many crimes were recorded with a CSE flag?
(b) Of these, how many had a victim aged under 13?

The flag came into use in June 2021. In 2021 (June to December) thirty-one crimes were recorded with the CSE flag, of which nine involved a victim aged under 13. In 2022 there were sixty-four such crimes (twelve with a victim under 13), and in 2023 there were 120 (twenty with a victim under 13).

(c) Over the same three years, in how many of these investigations was an undercover officer deployed?

Essex Police can neither confirm nor deny that it holds this information by virtue of Section 30(3) and Section 31(3).

Yours sincerely

Information Rights Team
"""


def test_questions_restated_after_the_requesters_sign_off_are_answered_where_they_stand(tmp_path):
    given = _given(_read(tmp_path, RESTATED_AFTER_SIGN_OFF))
    assert ("2021-06-01", "2021-12-31", "", 31, "reported") in given
    assert ("2021-06-01", "2021-12-31", "victim_age_max=12;victim_age_min=0", 9, "reported") in given
    assert ("2022-01-01", "2022-12-31", "", 64, "reported") in given
    assert ("2022-01-01", "2022-12-31", "victim_age_max=12;victim_age_min=0", 12, "reported") in given
    assert ("2023-01-01", "2023-12-31", "", 120, "reported") in given
    assert ("2023-01-01", "2023-12-31", "victim_age_max=12;victim_age_min=0", 20, "reported") in given
    assert ("2021-01-01", "2023-12-31", "", None, "exempt") in given  # one count over the span, refused
    assert not {g for g in given if g[4] == "no_response"}  # (a) is answered beside (b), not unanswered


def test_months_of_one_year_are_a_period():
    assert periods_in("12 between April and September 2024 were")[0].periods == (Period(date(2024, 4, 1), date(2024, 9, 30)),)
    assert periods_in("figures for May-July 2023")[0].periods == (Period(date(2023, 5, 1), date(2023, 7, 31)),)
    assert periods_in("In 2022 (March to November) there were")[0].periods == (Period(date(2022, 3, 1), date(2022, 11, 30)),)
    assert periods_in("in January and March 2024") == []  # two months, not the months between them
    assert periods_in("October to March 2024") == []  # which year October is in is not said


def test_a_count_in_brackets_is_a_part_only_of_a_count_before_it():
    said = period_figures("In 2023 there were 75 such offences (eleven with a victim under 13).")
    assert [(f.value, f.dims) for f in said] == [(75, {}), (11, {"victim_age_min": "0", "victim_age_max": "12"})]
    alone = period_figures("Offences recorded in 2023 are still being investigated (27 of them as at 01/02/2024).")
    assert [(f.value, f.dims) for f in alone] == [(27, {"outcome": "ongoing"})]


def test_outcome_rows_led_by_their_code_and_the_rest():
    assert read_label("OC1 Charge/summons").dims == (("outcome", "charged"),)
    assert read_label("OC2 Youth caution/conditional caution").dims == (("outcome", "cautioned"), ("suspect_age_max", "17"))
    assert read_label("OC3 Adult caution/conditional caution").dims == (("outcome", "cautioned"), ("suspect_age_min", "18"))
    assert read_label("OC 18").dims == (("outcome", "outcome 18"),)
    # labels differ on "All other outcomes" (outcome "other", or the measure with no outcome): a person decides,
    # shown the figure with outcome "other" as its guess (see test_round47_shapes)
    assert read_label("All other outcomes").dims == (("outcome", "other"),)
    assert read_label("No outcome yet – under investigation").dims == (("outcome", "ongoing"),)
    assert read_label("Other").dims == ()  # other what, the label does not say


def test_a_victims_sex_written_as_a_letter():
    assert read_label("U", axis="victim_gender").dims == (("victim_gender", "unknown"),)
    assert read_label("U").dims == ()


NOT_HELD_UNDER_CODE_HEADINGS = """Cheshire Constabulary
Request
1. How many offences under 86/2 and under 86/4 were recorded in 2021, 2022 and 2023?
2. For each of those years, how many of the suspects were aged under 18?
3. How many people were charged with either offence in each of those years?
Response
1. We recorded 301 offences under 86/2 in 2021, 322 in 2022 and 290 in 2023.
2. Suspect ages were not migrated to our new system, so 2021 is not held.
86/2 – Take, make or distribute indecent photographs of children
2021 - Not held
2022 - 28
2023 - 33
86/4 – Possession of indecent photographs of children
2021 - Not held
2022 - 7
2023 - 6
3. Thirty people were charged with an offence under 86/2 or 86/4 in 2021. In 2022 the number was 44 and in 2023 it was 39.
"""


def test_not_held_lines_under_code_headings_and_a_count_of_either_code(tmp_path):
    given = _given(_read(tmp_path, NOT_HELD_UNDER_CODE_HEADINGS))
    assert ("2021-01-01", "2021-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", None, "not_held") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 28, "reported") in given
    assert ("2021-01-01", "2021-12-31", "offence_code=86/4;suspect_age_max=17;suspect_age_min=0", None, "not_held") in given
    assert ("2021-01-01", "2021-12-31", "outcome=charged", 30, "reported") in given  # of either code: no code
    assert ("2023-01-01", "2023-12-31", "outcome=charged", 39, "reported") in given


THOSE_YEARS = """Cheshire Constabulary
Request
1. How many suspects aged under 18 were linked to offences under 86/2 in 2022 and 2023?
2. How many people were charged with an 86/2 offence in each of those years?
Response
1. 2022 - 28
2023 - 33
2. 2022 - 61
2023 - 57
"""


def test_each_of_those_years_carries_the_years_not_the_suspects_ages(tmp_path):
    given = _given(_read(tmp_path, THOSE_YEARS))
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 28, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;outcome=charged", 61, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2;outcome=charged", 57, "reported") in given
