"""Shapes of reply the eighteenth blind round showed the readers missing or misreading once it
was opened, each written here as an invented reply of that kind: a row label carrying its
note's reference ("Snapchat [note 3]"), a code and an outcome in one row label under
"Offence", a cell of "11 (amended)", mojibake in a web page's table cells and in a list's
dashes, a year with the dates it covers in brackets, a figure put right in a sentence ("253,
not 247"), "Answer to (a) and (b):", a table's header printed again after a page break, a
column of "Offences with a suspect aged 10-17", a cost estimate in a paragraph of its own,
and a table titled as one of suspects by age."""

from __future__ import annotations

from foistats.ingest import account
from foistats.ingest.labels import read_label

from .test_questions import _given, _read


def test_a_note_reference_in_a_label_is_no_part_of_it():
    assert read_label("Snapchat [note 3]").dims == (("platform", "snapchat"),)
    assert read_label("Snapchat [note 3]", axis="platform").dims == (("platform", "snapchat"),)


def test_a_code_and_an_outcome_in_one_label_under_offence_keep_both():
    assert dict(read_label("19H - charged/summonsed", axis="offence_code").dims) == {"offence_code": "19H", "outcome": "charged"}
    # a code's own title under "Offence" is still only the code
    assert read_label("19E Rape of a female child under 13 - offences recorded", axis="offence_code").dims == \
        (("offence_code", "19E"),)


CODE_AND_OUTCOME_ROWS = """North Yorkshire Police
Request
1. How many offences of rape of a male child under 13 (19H) were recorded in 2023 and 2024, and how many were charged?
Response
Offence | 2023 | 2024
19H - offences recorded | 11 (amended) | 8
19H - charged/summonsed | - | 1
Key: "-" = nil.
"""


def test_rows_of_a_code_and_its_charges_and_an_amended_cell(tmp_path):
    given = _given(_read(tmp_path, CODE_AND_OUTCOME_ROWS))
    assert ("2023-01-01", "2023-12-31", "offence_code=19H", 11, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=19H;outcome=charged", 0, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=19H", 0, "reported") not in given


def test_a_year_with_the_dates_it_covers_in_brackets_is_those_dates():
    period = read_label("2024-25 (01/04/2024 - 30/09/2024)").period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2024-04-01", "2024-09-30")


MOJIBAKE_PAGE = """<html><body><h1>CSE flagged crimes</h1>
<h2>Request</h2><p>1. How many crimes carried a child sexual exploitation (CSE) flag in each financial year?</p>
<h2>Response</h2>
<table><tr><th>Financial year</th><th>CSE-flagged crimes</th></tr>
<tr><td>April 2021 \u00e2\u20ac\u201c March 2022</td><td>184</td></tr>
<tr><td>April 2022 \u00e2\u20ac\u201c March 2023</td><td>203</td></tr></table>
</body></html>"""


def test_mojibake_in_a_pages_table_cells_is_mended(tmp_path):
    import foistats

    path = tmp_path / "reply.html"
    path.write_text(MOJIBAKE_PAGE, encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Gloucestershire")
    assert ("2021-04-01", "2022-03-31", "", 184, "reported") in _given(ws)


MOJIBAKE_LIST = """Dear Dorset Police,
(a) The number of offences recorded under Home Office code 86/2 in 2022 and 2023.
Yours faithfully,
Sam
Dear Sam
(a) Offences recorded under Home Office code 86/2
2022 \u00e2\u20ac\u201c 214
2023 \u00e2\u20ac\u201c 247

On checking our response we found that the figure given at (a) for 2023 was incorrect. The correct figure for 2023 is 253, not 247.
"""


def test_a_list_under_its_heading_though_its_dashes_are_mangled_and_a_figure_put_right(tmp_path):
    ws = _read(tmp_path, MOJIBAKE_LIST)
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2", 214, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2", 253, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2", 247, "reported") not in given


def test_the_figure_a_correction_replaces_is_no_figure():
    text = "The correct figure for 2023 is 253, not 247."
    at = text.index("247")
    assert account.kind_of(text, at, at + 3) == "a figure the reply puts right"
    reference = "FOIA 2024-0291 \u2013 amended response"
    assert account.kind_of(reference, 5, 14) == "reference number"


ANSWER_TO_PARTS = """Gwent Police
Our reference: FOI 0871/24
(a) Please provide the number of sexual offences against children recorded in 2022 and 2023 that carried the online flag.
(b) For those offences, please provide a breakdown by the age of the victim.
Answer to (a) and (b):
Year | Aged 0-12 | Aged 13-17 | Total
2022 | 40 | 61 | 101
2023 | 38 | 65 | 103
(c) How many offences of sexual activity involving a child under 16 (Home Office code 22B) were recorded in 2023?
Answer to (c):
There were 57 offences of 22B recorded in 2023.
"""


def test_answer_to_a_and_b_heads_a_table_of_both_and_not_of_the_code_asked_in_c(tmp_path):
    given = _given(_read(tmp_path, ANSWER_TO_PARTS))
    assert not any("22B" in g[2] and g[3] in (40, 61, 101, 38, 65, 103) for g in given)
    assert ("2023-01-01", "2023-12-31", "offence_code=22B", 57, "reported") in given


HEADER_AGAIN_AFTER_A_PAGE_BREAK = """Cambridgeshire Constabulary
Q1 How many 86/2 offences were recorded in 2020, 2021 and 2022?
Q2 Of those offences, in how many was the suspect a child?
Response:
Q2 The table below shows the number of the above offences where at least one
suspect was aged between 10 and 17 at the time of the offence.
Calendar year       Offences with a suspect aged 10-17
2020                38
                                                   Page 1 of 2
OFFICIAL
Calendar year       Offences with a suspect aged 10-17
2021                52
2022                47
                                                   Page 2 of 2
OFFICIAL
"""


def test_a_header_printed_again_after_a_page_break_and_a_column_of_suspects_aged_10_to_17(tmp_path):
    given = _given(_read(tmp_path, HEADER_AGAIN_AFTER_A_PAGE_BREAK))
    for year, value in (("2020", 38), ("2021", 52), ("2022", 47)):
        assert (f"{year}-01-01", f"{year}-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", value,
                "reported") in given


def test_offences_with_a_party_of_a_band_are_that_band():
    assert dict(read_label("Offences with a suspect aged 10-17").dims) == {"suspect_age_min": "10", "suspect_age_max": "17"}
    assert dict(read_label("Crimes with a female victim").dims) == {"victim_gender": "female"}
    assert read_label("Crimes with a CSE flag").axis is None


COST_ESTIMATE_APART = """Cambridgeshire Constabulary
Q1 How many 86/2 offences were recorded in each of 2021 and 2022?
Q2 For each of those years, which platforms were used to share the images, and how many offences involved each platform?
Response:
Q1 In 2021 the force recorded 251 offences under code 86/2, and 238 in 2022.
Q2 Section 12(1) of the Act allows a public authority to refuse a request where the cost of complying would exceed the limit.
The platform is not a searchable field. To answer, an officer would have to read the full crime report for each of the 489 offences recorded during 2021 to 2022. Even at five minutes per report, this would take more than 40 hours.
"""


def test_a_cost_estimate_in_a_paragraph_of_its_own_answers_no_question(tmp_path):
    given = _given(_read(tmp_path, COST_ESTIMATE_APART))
    refused = sorted(g for g in given if g[4] == "exempt")
    assert refused == [("2021-01-01", "2021-12-31", "offence_code=86/2", None, "exempt"),
                       ("2022-01-01", "2022-12-31", "offence_code=86/2", None, "exempt")]  # one a year, not one per count


SUSPECTS_BY_AGE_TITLE = """Bedfordshire Police
1. How many suspects were identified for 86/2 offences in 2022-23 and 2023-24?
Response
Table A - Suspects linked to 86/2 crimes, by age at the time of the offence
Age group | 2022-23 | 2023-24
Under 18 | 77 | 68
18 and over | 304 | 290
"""


def test_a_title_of_suspects_by_age_makes_its_bands_the_suspects(tmp_path):
    given = _given(_read(tmp_path, SUSPECTS_BY_AGE_TITLE))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 77, "reported") in given
    assert not any("victim_age" in g[2] for g in given)


CODE_AND_TITLE_COLUMNS = """Derbyshire Constabulary
1. How many child sexual offences were recorded in 2021/22 and 2022/23, by offence?
Response
HO Code | Offence | 2021/22 | 2022/23
019E | Rape of a female child under 13 | 38 | 44
086/02 | Take, make or distribute indecent photographs of children | 203 | 187
"""


def test_a_title_foistats_does_not_hold_beside_its_code_says_no_more_than_the_code(tmp_path):
    given = _given(_read(tmp_path, CODE_AND_TITLE_COLUMNS))
    assert ("2021-04-01", "2022-03-31", "offence_code=86/2", 203, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=19E", 44, "reported") in given


def test_figures_respectively_of_the_periods_after_them():
    from foistats.ingest.prose import period_figures

    found = period_figures("Of the offences in question 1, 96, 110 and 85 respectively were flagged as online crimes "
                           "in 2021, 2022 and 2023.")
    assert [(f.value, f.period.start.year, f.dims) for f in found] == [
        (96, 2021, {"online_flag": "true"}), (110, 2022, {"online_flag": "true"}), (85, 2023, {"online_flag": "true"})]
    # an age band said of them all is each one's; a scope the reader does not place (two bands) places none
    assert [f.dims for f in period_figures("96, 110 and 85 respectively had a victim aged under 13 in 2021, 2022 and 2023.")] \
        == [{"victim_age_min": "0", "victim_age_max": "12"}] * 3
    assert period_figures("96, 110 and 85 respectively had a victim aged 13 to 15 or 16 to 17 in 2021, 2022 and 2023.") == []


def test_two_label_columns_run_together_are_both_read():
    assert dict(read_label("Female Under 13").dims) == {"victim_gender": "female", "victim_age_min": "0", "victim_age_max": "12"}
    assert dict(read_label("Male 13 to 15").dims) == {"victim_gender": "male", "victim_age_min": "13", "victim_age_max": "15"}
    assert dict(read_label("Victim aged 16 or 17").dims) == {"victim_age_min": "16", "victim_age_max": "17"}
    assert read_label("Not recorded Not recorded").axis is None  # whose, and of what, the columns' heads would say


ONE_ROW_UNDER_PERIODS = """Lancashire Constabulary
1. How many 71/17 offences recorded in 2021-22 and 2022-23 resulted in a charge or summons?
Response
Of the offences above, the number which have resulted in a charge or summons are as follows:

 Outcome                                  2021-22      2022-23
 Charged / summonsed                           23           19
"""


def test_one_aligned_row_under_a_header_of_periods_is_a_table(tmp_path):
    given = _given(_read(tmp_path, ONE_ROW_UNDER_PERIODS))
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;outcome=charged", 23, "reported") in given


YEAR_OVER_A_LIST_AMONG_THE_QUESTIONS = """Bedfordshire Police
Your questions and our answers are shown in turn.

Q1. How many 71/17 offences were recorded in 2023 and in 2024 so far?

2023 (01/01/2023 - 31/12/2023) - 212
2024 (01/01/2024 - 30/06/2024) - 97

Q2. For those offences, which apps or platforms were used, and how many offences involved each?

2023
Snapchat - 41
Instagram - 22
"""


def test_a_year_alone_over_a_list_answering_among_the_questions_is_the_lists_year(tmp_path):
    given = _given(_read(tmp_path, YEAR_OVER_A_LIST_AMONG_THE_QUESTIONS))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=snapchat", 41, "reported") in given
    assert not any(g[3] == 2023 for g in given)


def test_a_gender_after_the_word_victim():
    assert read_label("of which: victim female").dims == (("victim_gender", "female"),)
    assert read_label("victim gender not recorded").dims == (("victim_gender", "unknown"),)


LIST_UNDER_A_WHOLE_SAID_AGAIN = """Kent Police
1. How many 71/17 offences were recorded in each of the last three financial years?
2. Please break these down by the gender of the victim.
3. For the most recent year, which platforms were used?

1. Kent Police recorded 412 offences in 2021/22, 389 in 2022/23 and 447 in 2023/24.

2. The gender of the victim for these offences is shown below.

2021/22
Female: 318
Male: 71
Not recorded: 23

3. Of the 447 offences recorded in 2023/24, the platforms recorded are:

Snapchat - 164
Instagram - 71
"""


def test_a_list_under_a_line_saying_its_whole_again_takes_that_lines_year(tmp_path):
    given = _given(_read(tmp_path, LIST_UNDER_A_WHOLE_SAID_AGAIN))
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;platform=snapchat", 164, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;victim_gender=unknown", 23, "reported") in given


SENTENCE_WRAPPED_AFTER_A_CODE = """Sussex Police
Q1. How many offences of rape of a female child under 13 (19E) and of a male child under 13 (19H) were recorded in 2021 and 2022?
Response
Q1. In 2021 Sussex Police recorded 96 offences of rape of a female child under 13 (19E)
and 27 offences of rape of a male child under 13 (19H). In 2022 the figures were 104
(19E) and 22 (19H).
"""


def test_a_sentence_wrapped_after_a_code_in_brackets_and_before_one_is_one_sentence(tmp_path):
    given = _given(_read(tmp_path, SENTENCE_WRAPPED_AFTER_A_CODE))
    assert ("2021-01-01", "2021-12-31", "offence_code=19H", 27, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=19E", 104, "reported") in given
    assert account.kind_of("FOI-SX-24-0917", 7, 14) == "reference number"
