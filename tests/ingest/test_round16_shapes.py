"""Shapes of reply the sixteenth blind round showed the readers missing or misreading once it
was opened, each written here as an invented reply of that kind: a "YTD" column a sentence
defines, a question counting back years beside the one year it names, a paragraph saying the
list below is of a narrower band, a dash keyed as "no suspects", a key under the request's
heading, an "Online flagged crimes" column, "the whole period 2021 to 2023", a figure "our
original response" gave, "the victim's gender had not been recorded", "the 15 crimes recorded in
2024" said again, and a review that upholds a refusal for some years only."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read

YEAR_TO_DATE_COLUMN = """Dyfed-Powys Police
Request
"Please provide the number of the following offences recorded in each of the last three financial years, and in the current financial year to date: 19E, 71/17."
Response
HO Code\tOffence\t2021-22\t2022-23\t2023-24\t2024-25 YTD\tTotal
19E\tRape of a female child under 13\t21\t19\t25\t9\t74
71/17\tSexual communication with a child\t40\t52\t61\t30\t183
- denotes that no offences were recorded.
2024-25 YTD covers the period 1 April 2024 to 31 August 2024 only.
"""


def test_a_year_to_date_column_a_sentence_defines_and_the_total_beside_it(tmp_path):
    given = _given(_read(tmp_path, YEAR_TO_DATE_COLUMN))
    assert ("2024-04-01", "2024-08-31", "offence_code=19E", 9, "reported") in given
    assert ("2021-04-01", "2024-08-31", "offence_code=71/17", 183, "reported") in given
    assert not any(g[1] == "2024-08-31" and g[3] in (74, 183) and g[0] == "2024-04-01" for g in given)
    said = prose.part_said("2024-25 YTD covers the period 1 April 2024 to 31 August 2024 only.")
    assert said is not None and said[1].label == "April 2024 to August 2024"


def test_a_question_counting_back_years_beside_the_one_it_names_does_not_lend_that_one(tmp_path):
    text = YEAR_TO_DATE_COLUMN.replace("2024-25 YTD covers the period 1 April 2024 to 31 August 2024 only.\n", "")
    text = text.replace("2024-25 YTD", "2024-25 (provisional)")
    ws = _read(tmp_path, text)
    assert not any(o.value in (9, 30, 74, 183) for o in ws.observations())  # which period, the reply does not say
    assert {9, 183} <= {f.get("value") for r in ws.review_items() if r.guess for f in [r.guess]}


BAND_OF_THE_LIST = """Avon and Somerset Constabulary
Request
1. How many suspects were recorded against 86/2 offences in 2022 and 2023, by age?
2. For the suspects who were under 18 at the time, what outcomes were recorded?
Response
Question 2
The outcomes below relate to the suspects aged 12 to 17 in the table above. They are given for the two years combined (1 January 2022 to 31 December 2023).
Charged/summonsed - 7
Youth caution - 4
Investigation ongoing - 5
"""


def test_a_paragraph_saying_what_band_the_list_below_is_of(tmp_path):
    given = _given(_read(tmp_path, BAND_OF_THE_LIST))
    assert ("2022-01-01", "2023-12-31", "offence_code=86/2;outcome=charged;suspect_age_max=17;suspect_age_min=12", 7, "reported") in given
    assert not any("suspect_age_min=0" in g[2] for g in given)


def test_keys_and_labels_of_the_round():
    assert suppression_rule("A dash (-) indicates that no suspects were recorded in that category.").means == "nil"
    assert read_label("Online flagged crimes").dims == (("online_flag", "true"),)
    [mention] = prose.periods_in("For the whole period 2021 to 2023, a list of the schools")
    assert [p.label for p in mention.periods] == ["2021 to 2023"]
    said = prose.period_figures("In 2024, 60 were female and 11 were male, and in 2 crimes the victim's gender had not been recorded.")
    assert [(f.value, f.dims) for f in said][-1] == (2, {"victim_gender": "unknown"})


KEY_UNDER_THE_REQUEST = """Essex Police
Request
1. How many offences of sexual communication with a child were recorded in 2022 and 2023, by age of victim?
Notes on the data
'-' denotes nil (no crimes recorded).
Victim age\t2022\t2023
Under 13\t30\t41
13-15\t77\t80
Not recorded\t-\t4
"""


def test_a_key_standing_under_the_request_heading(tmp_path):
    given = _given(_read(tmp_path, KEY_UNDER_THE_REQUEST))
    assert ("2022-01-01", "2022-12-31", "victim_age_known=false", 0, "reported") in given


CORRECTED_AND_RESTATED = """West Mercia Police
Internal review
1. How many crimes recorded in 2022, 2023 and 2024 carried a CSE flag?
2. Which apps were used in the online-flagged crimes?
Response
In our original response we said that 64 crimes recorded in 2022 carried a CSE flag. This was wrong. The correct figure for 2022 is 69.
2022 - 69
2023 - 72
2024 - 58
For question 2 the original decision under section 12(1) is upheld for 2022 and 2023. I have asked for the 58 crimes recorded in 2024 to be read.
"""


def test_an_earlier_replys_figure_a_count_said_again_and_a_refusal_upheld_for_some_years(tmp_path):
    ws = _read(tmp_path, CORRECTED_AND_RESTATED)
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "", 69, "reported") in given
    assert not any(g[3] == 64 for g in given)  # the earlier reply's figure is for a person
    assert [g for g in given if g[3] == 58] == [("2024-01-01", "2024-12-31", "", 58, "reported")]  # read once
    assert not any(g[4] == "exempt" and g[0] == "2024-01-01" for g in given)


def test_only_a_band_named_as_what_the_list_below_is_of_narrows_it():
    from foistats.ingest.interpret import _band_said_of_list

    assert _band_said_of_list("The outcomes below relate to the suspects aged 10 to 17 in Table 1.") == {
        "suspect_age_min": "10", "suspect_age_max": "17"}
    assert _band_said_of_list("Regarding your point about victims aged 15 and under, these offences are only committed "
                              "against a child under 16, so every figure below already relates to victims of that age.") == {}
