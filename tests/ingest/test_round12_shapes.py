"""Shapes of reply the twelfth blind round showed the readers missing or misreading, each
written here as an invented reply of that kind: a numbered heading whose words name two
outcomes ("3. Charges and cautions"), a code the reference lacks in a known class (86/4), a
space-aligned table split by a page break under a running head with the letter's reference,
a later question's "the offences", a workbook's notes merged across the sheet, a caption above
a key line, a one-row tab table, a cyber marker column, two-digit years in a span of days, two
codes in one sentence and "the figures were … respectively" after it, a bracket wrapped over a
line, "taken … to be", a band the offences' own titles define, codes said to be combined, and
"which apps …, and how many offences involved each one"."""

from __future__ import annotations

import io

import foistats
from foistats.ingest.labels import read_label
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
