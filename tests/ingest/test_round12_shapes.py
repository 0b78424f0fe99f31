"""Shapes of reply the twelfth blind round showed the readers missing or misreading, each
written here as an invented reply of that kind: a numbered heading whose words name two
outcomes ("3. Charges and cautions"), a code the reference lacks in a known class (86/4), a
space-aligned table split by a page break under a running head with the letter's reference,
a later question's "the offences", a workbook's notes merged across the sheet, a caption above
a key line, a one-row tab table, a cyber marker column, two-digit years in a span of days, two
codes in one sentence and "the figures were … respectively" after it, a bracket wrapped over a
line, "taken … to be", a band the offences' own titles define, codes said to be combined, and
"which apps …, and how many offences involved each one"; then, from the twelfth round's held-out
half once opened and the thirteenth's tuned half: a note keying two marks, figures "previously
given as" another, headers naming their axis, a year with its days, a Total beside a period
foistats cannot read, mangled dashes in an aligned table, "126*", an outcome's label wrapped onto
an indented line, an ordered list's drawn numbers and a span of financial years."""

from __future__ import annotations

import io

import foistats
from foistats.ingest.labels import read_label
from foistats.model import Breakdown
from foistats.ingest.prose import codes_in, figures_asked
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read


def test_a_numbered_heading_naming_two_outcomes_is_no_outcome_number():
    assert read_label("3. Charges and cautions").dims == ()
    assert read_label("3 Caution - adult").dims == (("outcome", "cautioned"), ("suspect_age_min", "18"))
    assert read_label("8. Community resolution").dims == (("outcome", "community resolution"),)


def test_a_code_the_reference_lacks_in_a_known_class_is_a_code():
    assert codes_in("Possession of indecent photographs of children (86/4)") == ["86/4"]
    assert read_label("Possession of indecent photographs of children (86/4)").dims == (("offence_code", "86/4"),)
    # not a short financial year, nor a number in brackets that is no code
    assert codes_in("in 21/22 and 22/23") == [] and read_label("Sexual offences (15)").dims == ()


LISTS_OF_TWO_CODES = """Devon and Cornwall Police
Request
1. The number of offences recorded for taking, making or distributing indecent images of children, and for
possession of indecent images of children, in 2021/22 and 2022/23.
2. How many of these offences resulted in a charge or a caution.
Response
1. Offences recorded
Take, make or distribute indecent photographs of children (86/2)
April 2021 to March 2022 - 364
April 2022 to March 2023 - 391
Possession of indecent photographs of children (86/4)
April 2021 to March 2022 - 251
April 2022 to March 2023 - 278
2. Charges and cautions
The figures below are for offences recorded under 86/2 and 86/4 combined.
2021/22
Charged/summonsed: 118
Youth caution: 6
2022/23
Charged/summonsed: 131
Youth caution: 9
"""


def test_an_unknown_code_of_a_known_class_is_not_stamped_with_its_neighbour(tmp_path):
    given = _given(_read(tmp_path, LISTS_OF_TWO_CODES))
    assert ("2021-04-01", "2022-03-31", "offence_code=86/4", 251, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=86/2", 364, "reported") in given
    # the heading "2. Charges and cautions" is no outcome 2, and the combined codes give the outcomes none
    assert ("2021-04-01", "2022-03-31", "outcome=charged", 118, "reported") in given
    assert ("2022-04-01", "2023-03-31", "outcome=cautioned;suspect_age_max=17;suspect_age_min=0", 9, "reported") in given
    assert not any("offence_code" in b and "outcome" in b for _, _, b, _, _ in given)


SPLIT_BY_A_PAGE = """OFFICIAL
Cumbria Constabulary                                          Our Ref: FOI/3817/24

Request
1. How many offences of sexual communication with a child (Home Office code 71/17) were recorded in each
of the financial years 2021/22, 2022/23 and 2023/24, by gender of the victim?
2. For each year, which apps were used to commit the offences, and how many offences involved each one?

Response

Question 1

Victim gender            2021-22        2022-23        2023-24          Total

Female                        48             53             57            158
Male                           9             11             14             34

                                                                               Page 1 of 2
OFFICIAL


OFFICIAL
Cumbria Constabulary                                          Our Ref: FOI/3817/24

Not recorded                   2              -              1              3
Total                         59             64             72            195

 - denotes a nil return

Question 2

To answer question 2 an officer would have to read every crime report counted above, about 39 hours,
so this part of the request is refused under Section 12(1) of the Freedom of Information Act 2000.

                                                                               Page 2 of 2
OFFICIAL
"""


def test_a_table_goes_on_over_a_page_break_under_a_running_head_with_a_reference(tmp_path):
    ws = _read(tmp_path, SPLIT_BY_A_PAGE)
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_gender=unknown", 0, "reported") in given
    assert ("2021-04-01", "2024-03-31", "offence_code=71/17", 195, "reported") in given
    # "the offences" of question 2 are question 1's: its refusal is of 71/17, one a year
    refused = [o for o in ws.observations() if o.status.value == "exempt"]
    assert sorted(o.period.label for o in refused) == ["2021/22", "2022/23", "2023/24"]
    assert all(str(o.breakdown) == "offence_code=71/17" for o in refused)


def test_which_apps_and_how_many_each_is_one_list():
    assert figures_asked("which apps were used, and how many offences involved each one?") == 1
    assert figures_asked("The ages of the suspects, and how many were charged?") == 2


def test_a_key_of_a_range_replaced_with_a_mark():
    rule = suppression_rule("Figures of 1 to 4 have been replaced with * to reduce the risk of identifying individuals.")
    assert (rule.marker, rule.lower, rule.upper) == ("*", 1, 4)


def _workbook(rows: list[list], merged: list[str]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbooks_merged_notes_are_lines_and_their_key_is_kept(tmp_path):
    data = _workbook([
        ["Surrey Police - Freedom of Information Request FOI/2024/0617", None, None, None],
        ["Sexual Communication with a Child (Home Office Code 71/17) - crimes recorded 01/04/2021 to 31/03/2023", None, None, None],
        ["Figures of 1 to 4 have been replaced with * to reduce the risk of identifying individuals. A dash (-) denotes nil.",
         None, None, None],
        ["Victim age", "FY21/22", "FY22/23", "Total"],
        ["Under 13", 12, "*", 16],
        ["13 - 15", 31, 40, 71],
        ["Age not recorded", "-", 6, 6],
        [],
        ["Q2. Platform used - Home Office Code 71/17 crimes with the online flag, April 2022 to March 2023", None, None, None],
        ["Platform is taken from the free text. Figures of 1 to 4 have been replaced with *.", None, None, None],
        ["Platform", "Crimes"],
        ["Snapchat", 21],
        ["Discord", "*"],
    ], ["A1:D1", "A2:D2", "A3:D3", "A9:D9", "A10:D10"])
    path = tmp_path / "reply.xlsx"
    path.write_bytes(data)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Surrey")
    given = _given(ws)
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;victim_age_known=false", 0, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", None, "suppressed") in given
    # the caption above the key gives the platform table its year
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true;platform=snapchat", 21, "reported") in given


ONE_ROW_AND_A_MARKER = """Request
1. How many offences of sexual communication with a child did you record in each financial year from
2019/20 to 2021/22?
Response
1) The table below shows the crimes recorded.

Home Office code\tOffence\t2019/20\t2020/21\t2021/22\tTotal
71/17\tSexual communication with a child\t118\t143\t162\t423

Of the offences above, 98 carried the online crime flag in 2019/20, 111 in 2020/21 and 140 in 2021/22.
"""


def test_a_tab_table_of_one_row_and_flags_that_were_carried(tmp_path):
    given = _given(_read(tmp_path, ONE_ROW_AND_A_MARKER))
    assert ("2020-04-01", "2021-03-31", "offence_code=71/17", 143, "reported") in given
    assert ("2019-04-01", "2022-03-31", "offence_code=71/17", 423, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=71/17;online_flag=true", 140, "reported") in given


def test_a_cyber_marker_column_counts_flagged_crimes_and_short_years_span_days():
    assert read_label("Cyber marker").dims == (("online_flag", "true"),)
    period = read_label("01/04/23 - 29/02/24").period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2023-04-01", "2024-02-29")


TWO_CODES_IN_SENTENCES = """Leicestershire Police
1) How many rapes of children under the age of 13 has Leicestershire Police recorded in the
last three years?
2) In how many of these cases was the suspect also aged under 18?
Response
For the purposes of your request we have taken "the last three years" to be the calendar years
2022, 2023 and 2024.
Question 1
In 2022 Leicestershire Police recorded 71 offences of rape of a female child under 13 (Home
Office code 019E) and 18 offences of rape of a male child under 13 (019H). In 2023 the figures
were 94 and nineteen respectively, and in 2024 they were 83 and 22.
Question 2
Section 12(1) of the Freedom of Information Act 2000 applies to question 2: each crime would have
to be read, which would take about 25 hours.
"""


def test_two_codes_a_sentence_then_the_figures_respectively(tmp_path):
    given = _given(_read(tmp_path, TWO_CODES_IN_SENTENCES))
    assert ("2022-01-01", "2022-12-31", "offence_code=19H", 18, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=19H", 19, "reported") in given
    assert ("2024-01-01", "2024-12-31", "offence_code=19E", 83, "reported") in given
    # "under 13" is what 19E and 19H are: no band on the figures, nor on the refusal of "these cases"
    assert not any("victim_age" in b for _, _, b, _, _ in given)
    assert ("2023-01-01", "2023-12-31", "suspect_age_max=17;suspect_age_min=0", None, "exempt") in given


# --- the twelfth round's held-out half, once opened, and the thirteenth's tuned half ------------

def test_a_note_keying_two_marks_and_a_mark_named_in_words(tmp_path):
    from foistats.ingest.setting import _KEY_ENTRY

    note = "* Figures between 1 and 4 have been replaced with an asterisk. – denotes nil."
    rules = [suppression_rule(entry) for entry in _KEY_ENTRY.split(note)]
    assert [(r.marker, r.lower, r.upper, r.means) for r in rules] == [("*", 1, 4, "suppressed"), ("-", 0, 0, "nil")]


AMENDED_AT_REVIEW = """Thames Valley Police
1) How many offences of possession of indecent photographs of children (86/4) were recorded in 2022 and 2023?
2) How many of these had a suspect under 18?
Response
1)
86/4 Possession of an indecent photograph of a child
2022 - 318
2023 - 287
2)
86/4: 2022 - <5, 2023 - 6
To reduce the risk of identifying individuals, figures of fewer than five are shown as <5.
Internal review
I uphold your complaint in part. The amended figures are:
86/4 Possession of an indecent photograph of a child, 2022: 381 (previously given as 318)
Of which suspect under 18, 2022: 5 (previously given as <5)
"""


def test_figures_previously_given_otherwise_wait_for_a_person(tmp_path):
    ws = _read(tmp_path, AMENDED_AT_REVIEW)
    given = _given(ws)
    assert ("2023-01-01", "2023-12-31", "offence_code=86/4", 287, "reported") in given
    # neither the 318 nor the "<5" the review put right is in the data, nor the new figures it gave
    assert not any(v in (318, 381) for _, _, _, v, _ in given)
    assert not any(s == "suppressed" for *_, s in given)
    reasons = " ".join(r.reason for r in ws.review_items())
    assert "318 was corrected" in reasons and "shown as <5 was corrected" in reasons


def test_headers_naming_their_axis_and_a_year_with_its_days():
    from foistats.ingest.labels import axis_name

    assert axis_name("Home Office Offence Code") == "offence_code" and axis_name("Year crime recorded") == "period"
    period = read_label("2024 (01/01/2024 - 30/06/2024)").period
    assert (period.start.isoformat(), period.end.isoformat()) == ("2024-01-01", "2024-06-30")
    assert read_label("Cyber / online flag applied").dims == (("online_flag", "true"),)
    assert read_label("Under investigation – no outcome assigned").dims == (("outcome", "ongoing"),)


def test_a_total_beside_a_period_it_cannot_read_spans_nothing(tmp_path):
    data = _workbook([
        ["Year", "Crimes"],
        [2022, 214],
        [2023, 239],
        ["2024 part (see note 2)", 121],
        ["Total", 574],
    ], [])
    path = tmp_path / "reply.xlsx"
    path.write_bytes(data)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Merseyside")
    assert not any(v == 574 for *_, v, _ in _given(ws))  # not a total of 2022 and 2023 alone


MOJIBAKE_IN_AN_ALIGNED_TABLE = """Cleveland Police
Please give the number of offences recorded under 19E, 19H, 21 and 22B in each financial year since April 2021.
Answer
Financial year               19E     19H      21     22B   Total
Apr 2021 \u00e2\u20ac\u201c Mar 2022           61      22      45     118     246
Apr 2022 \u00e2\u20ac\u201c Mar 2023           58      19      41    126*     244
Total                        119      41      86     244     490

* Amended 12/09/2024: the 22B figure for April 2022 to March 2023 was originally published as 162. The correct figure is 126.
"""


def test_an_aligned_table_whose_dashes_were_mangled_and_a_figure_marked_for_its_note(tmp_path):
    given = _given(_read(tmp_path, MOJIBAKE_IN_AN_ALIGNED_TABLE))
    assert ("2022-04-01", "2023-03-31", "offence_code=22B", 126, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=19H", 22, "reported") in given


OUTCOMES_WRAPPED = """South Wales Police
Please give the outcomes charge, evidential difficulties and under investigation for offences under 19E and 21 recorded in 2023-24.
Table 2 \u2013 Selected outcomes, crimes recorded 2023-24

Outcome                                                     19E     21
01 Charge/Summons                                             7     15
15 Evidential difficulties (suspect identified,
   victim supports action)                                   14     29
Under investigation \u2013 no outcome assigned                   13     22
"""


def test_an_outcome_row_whose_label_wrapped_onto_an_indented_line(tmp_path):
    given = _given(_read(tmp_path, OUTCOMES_WRAPPED))
    assert ("2023-04-01", "2024-03-31", "offence_code=19E;outcome=outcome 15", 14, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=21;outcome=charged", 15, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=21;outcome=ongoing", 22, "reported") in given


def test_an_ordered_lists_numbers_are_read_and_a_span_of_financial_years():
    from foistats.ingest.html import read_html
    from foistats.ingest.prose import periods_in

    page = b"<html><body><ol><li>How many offences?</li><li>How many online?</li></ol><ol type='a' start='3'><li>Which apps?</li></ol></body></html>"
    texts = [b.text for b in read_html(page, "reply.html").blocks]
    assert texts == ["1. How many offences?", "2. How many online?", "c) Which apps?"]
    mentions = periods_in("in each of the last five financial years (2019/20 to 2023/24)")
    assert [p.label for p in mentions[0].periods] == ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]
    assert [p.label for m in periods_in("between 2019/20 and 2021/22") for p in m.periods] == ["2019/20 to 2021/22"]


SPLIT_WITH_ITS_HEADER_AGAIN = """Derbyshire Constabulary
1. The number of offences recorded under codes 21 and 22B in the calendar years 2021, 2022 and 2023.
RESPONSE
Question 1
  HO Code   Offence description                                   2021      2022      2023
  -------   ---------------------------------------------------   -------   -------   -------
  021       Sexual activity involving a child under 13                47        52        49

OFFICIAL
                                                                                     Page 1 of 2
OFFICIAL
Derbyshire Constabulary \u2013 FOI 24-01377

  HO Code   Offence description                                   2021      2022      2023
  022B      Sexual activity involving child under 16                 188       201       176

Where a figure is between 1 and 4 it has been suppressed. There is a real risk that releasing low numbers
could identify victims. That information is personal data and is exempt under Section 40(2).
"""


def test_a_table_whose_header_is_printed_again_after_a_page_break(tmp_path):
    ws = _read(tmp_path, SPLIT_WITH_ITS_HEADER_AGAIN)
    given = _given(ws)
    assert ("2021-01-01", "2021-12-31", "offence_code=21", 47, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=22B", 176, "reported") in given
    # the paragraph explaining why small numbers are hidden refuses nothing
    assert not any(o.status.value == "exempt" for o in ws.observations())


UNDER_18_THEN_OF_THESE = """<html><body><h2>Request</h2><p>For the financial years 2021/22 and 2022/23, please tell me:</p>
<ol><li>How many sexual offences were recorded where the victim was aged under 18, by gender of the victim.</li>
<li>How many of these offences had the online (cyber-enabled) flag applied.</li></ol>
<h2>Response</h2><h3>Question 2</h3>
<table><tr><th>Financial year</th><th>Offences with online flag</th></tr>
<tr><td>2021/22</td><td>389</td></tr><tr><td>2022/23</td><td>421</td></tr></table></body></html>"""


def test_of_these_after_a_count_of_victims_under_18_waits_for_a_person(tmp_path):
    # writers of replies and of labels read "under 18" there both ways: as what a child is (no band on
    # the flagged figures) and as a narrowing of sexual offences (the band 0..17 on them)
    path = tmp_path / "reply.html"
    path.write_text(UNDER_18_THEN_OF_THESE)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Thames Valley")
    assert not any(v == 389 for *_, v, _ in _given(ws))
    assert any(r.guess and r.guess["value"] == 389 and "under 18" in r.reason for r in ws.review_items())


SPAN_IN_A_COST_ESTIMATE = """Lancashire Constabulary
1. How many offences of sexual communication with a child (71/17) were recorded in 2021/22, 2022/23 and 2023/24?
2. How many of those offences were flagged as online?
3. Which apps were used?
Response
Question 1
2021/22 - 264
2022/23 - 281
2023/24 - 307
Question 2
Of the offences above, 198 carried the online crime flag in 2021/22, 224 in 2022/23 and 259 in 2023/24.
Question 3
To establish the platform used would require an officer to open and read each of the 681 online-flagged crimes
across the three years. At five minutes per record this would take 56 hours, beyond the 18 hour appropriate limit,
so section 12(1) applies. Checking the 852 crimes in all would take longer still.
"""


def _guessed(ws) -> set[tuple]:
    return {(g["period_start"], g["period_end"], str(Breakdown(g["breakdown"])), g["value"], g["status"])
            for r in ws.review_items() if (g := r.guess)}


def test_a_span_a_cost_estimate_says_again_is_the_sum_of_one_series(tmp_path):
    ws = _read(tmp_path, SPAN_IN_A_COST_ESTIMATE)
    # 681 = 198 + 224 + 259: the flagged series' total over the three years; 852 the offences'. Writers
    # of labels count such a number as the span's figure or as none, so it waits for a person, guessed
    assert ("2021-04-01", "2024-03-31", "offence_code=71/17;online_flag=true", 681, "reported") in _guessed(ws)
    assert ("2021-04-01", "2024-03-31", "offence_code=71/17", 852, "reported") in _guessed(ws)
    assert not any(v in (681, 852) for *_, v, _ in _given(ws))


def test_a_count_in_a_cost_estimate_that_is_no_sum_is_guessed_nothing(tmp_path):
    text = SPAN_IN_A_COST_ESTIMATE.replace("each of the 681", "each of the 690")
    assert not any(v == 690 for *_, v, _ in _guessed(_read(tmp_path, text)))


# --- the fourteenth round, opened whole: half of it PDF and spreadsheet attachments -------------

LETTERED_REQUEST = """<html><body><h2>Request</h2>
<p>Please provide the following for each of the last three financial years (2021/22, 2022/23 and 2023/24):</p>
<p>(a) The number of crimes recorded by Surrey Police that carried a child sexual exploitation (CSE) flag.</p>
<p>(c) The number of sexual offences against children (victims under 18) that carried the online / cyber flag.</p>
<p>(d) The outcomes of the offences in (c).</p>
<h2>Response</h2><p>(a) and (c)</p><p>The CSE flagged crimes were 153 in 2021/22, 138 in 2022/23 and 162 in 2023/24.</p>
<p>(d)</p><p>The outcomes of these offences are shown below.</p>
<table><tr><th>Outcome</th><th>2021/22</th><th>2022/23</th><th>2023/24</th></tr>
<tr><td>Charged / summonsed</td><td>31</td><td>27</td><td>19</td></tr></table></body></html>"""


def test_lettered_questions_and_answers_headed_by_their_letters(tmp_path):
    from foistats.ingest.readers import read_document
    from foistats.ingest.structure import structure

    placed, questions = structure(read_document(LETTERED_REQUEST.encode(), "reply.html"))
    assert list(questions) == ["a", "c", "d"]
    assert {p.key for p in placed if p.role == "response" and "Charged" in str(getattr(p.block, "rows", ""))} == {"d"}
    path = tmp_path / "reply.html"
    path.write_text(LETTERED_REQUEST)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Surrey")
    # "the offences in (c)" are (c)'s: flagged online, and of children (no band)
    assert ("2021-04-01", "2022-03-31", "online_flag=true;outcome=charged", 31, "reported") in _given(ws)


ANSWERED_BY_NUMBER_AGAIN = """Cheshire Constabulary
I write in connection with your request for information, received on 7 March 2024:
1) The number of offences of taking, making or distributing indecent images of children recorded in 2022 and 2023.
2) The number of suspects for those offences in each year, by age group.
1) Cheshire Constabulary recorded 468 offences under code 086/02 in 2022 and 501 in 2023.
2) Suspects are counted once per year for each age group.
Year | 10 to 17 | 18 to 24 | 25 and over |
2022 | 45 | 52 | 207 |
2023 | 51 | 49 | 257 |
"""


def test_answers_numbered_as_their_questions_and_suspects_counted_by_age(tmp_path):
    given = _given(_read(tmp_path, ANSWERED_BY_NUMBER_AGAIN))
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2", 468, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 51, "reported") in given
    assert not any("victim_age" in b for _, _, b, _, _ in given)


def test_words_of_a_band_and_short_financial_years_in_prose():
    from foistats.ingest.prose import periods_in
    from foistats.ingest.values import read_value

    assert read_value("Under 18").kind == "words" and read_value("under 5").kind == "suppressed"
    assert [p.label for m in periods_in("52 in FY22/23 and 63 in FY23/24") for p in m.periods] == ["2022/23", "2023/24"]


def test_a_total_of_bands_short_of_the_band_asked_and_the_suspects_of_another_question(tmp_path):
    text = """Suffolk Constabulary
1. How many crimes under 86/2 had a suspect aged under 18, in 2022 and 2023?
2. How many of the suspects were referred to the Youth Offending Service?
Response
1. The crimes where at least one suspect was aged 10 to 17:
Age of suspect
Year | 10 - 13 | 14 - 15 | 16 - 17 | Total |
2022 | 5 | 31 | 38 | 74 |
2023 | 6 | 35 | 46 | 87 |
2. This information is not held by Suffolk Constabulary.
"""
    ws = _read(tmp_path, text)
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=15;suspect_age_min=14", 31, "reported") in given
    assert not any(v in (74, 87) for *_, v, _ in given)  # 10 to 17, or all under 18 as asked?
    assert not any(s == "not_held" for *_, s in given)  # those suspects, or all?
    reasons = " ".join(r.reason for r in ws.review_items())
    assert "span less than the band" in reasons and "'the suspects'" in reasons


def test_bands_of_no_one_under_a_question_limiting_only_suspects_wait_for_a_person(tmp_path):
    text = """Suffolk Constabulary
1. How many crimes under 86/2 had a suspect aged under 18, in 2022 and 2023?
Response
Year | 10 - 13 | 14 - 15 | 16 - 17 |
2022 | 5 | 31 | 38 |
2023 | 6 | 35 | 46 |
"""
    assert _given(_read(tmp_path, text)) == set()  # the victims' ages, or the suspects'?


def test_the_years_a_reply_says_it_took_the_last_three_to_be():
    from foistats.ingest import prose
    from foistats.ingest.setting import _DEFINES, _split_as_said

    said = "We have interpreted 'the last three financial years' as the three complete financial years from 1 April 2021 to 31 March 2024."
    assert _DEFINES.search(said)
    periods = [p for m in prose.periods_in(said) for p in m.periods]
    assert [p.label for p in _split_as_said(periods, said)] == ["2021/22", "2022/23", "2023/24"]


FIRST_ROW_ENDING_IN_A_DASH = """West Midlands Police
Please provide the number of offences of rape of a child under 13 (019E, 019H) for each financial year since
April 2020, and how many were flagged as online.
Response
Table 2 - Of which flagged as online (cyber) enabled

Financial Year              019E       019H
2020-21                        6          -
2021-22                        9          2

- denotes a nil return.
"""


def test_an_aligned_table_whose_first_row_ends_in_a_dash_and_an_exports_count_column(tmp_path):
    given = _given(_read(tmp_path, FIRST_ROW_ENDING_IN_A_DASH))
    assert ("2020-04-01", "2021-03-31", "offence_code=19H;online_flag=true", 0, "reported") in given
    assert ("2021-04-01", "2022-03-31", "offence_code=19E;online_flag=true", 9, "reported") in given
    assert read_label("Suspect Count").axis == "value" and read_label("Offence total").axis != "value"
