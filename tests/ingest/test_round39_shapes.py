"""Shapes of reply the thirty-ninth blind round (held back a session, then opened) and the
fortieth showed the readers losing or misreading, and some the rest of the corpus showed once
those were read, each written here as an invented reply or sentence of that kind: a pasted table
whose year cell spanned two rows; a question counting "sexual offences" or "crimes flagged as
CSE" beside one naming a code; a table one cell a line with a bare code ("21") and a "1-4" among
its cells; a table one space apart, its header ending in its years; quarters asked and headed
"Q1 Jan–Mar"; "Suspects linked" over bands beside "Offences recorded"; "N/H" shown as a year's
cells; numbered notes in a sheet of their own; a PDF table whose rows go on over the page with
no header; a pivot's first year heading right under its header; years in brackets."""

from __future__ import annotations

import io

from foistats.ingest import prose
from foistats.ingest.labels import months_of_year, read_label
from foistats.ingest.text import mend
from foistats.ingest.values import suppression_rule
from foistats.periods import Period

from .test_questions import _given, _read, _read_file


def test_a_year_cell_spanning_two_pasted_rows_heads_both_and_sexual_offences_are_of_no_code_named_elsewhere(tmp_path):
    ws = _read(tmp_path, """Essex Police
Request
1. Please provide the number of sexual offences recorded where the victim was under 18 and the crime was flagged as online, for each of the financial years 2022/23 and 2023/24. Please break this down by the victim's gender and age (0-10, 11-15, 16-17).
2. The number of crimes flagged as child sexual exploitation (CSE) in each of the same years.
3. The number of arrests made for sexual communication with a child (71/17) in each of the same years.
Response
Question 1
Financial Year\tVictim Gender\tVictim age at time of offence
0-10\t11-15\t16 - 17\tAge not recorded
2022/23\tFemale\t26\t151\t52\t8
Male\t11\t33\t6\t7
2023/24\tFemale\t19\t142\t58\t5
Male\t9\t31\t8\t0
Question 2
2022/23: 113
2023/24: 87
Question 3
2022/23 - 41
2023/24 - 37
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_age_max=10;victim_age_min=0;victim_gender=male", 11,
            "reported") in given
    assert ("2023-04-01", "2024-03-31", "online_flag=true;victim_age_max=15;victim_age_min=11;victim_gender=female", 142,
            "reported") in given
    assert ("2022-04-01", "2023-03-31", "", 113, "reported") in given  # the CSE flag any crime may carry: no code
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17", 37, "reported") in given


def test_a_table_one_cell_a_line_with_a_bare_code_and_a_range_reads_by_its_width(tmp_path):
    ws = _read(tmp_path, """Surrey Police
Your request asked:
1. For the financial years 2022/23 and 2023/24, the number of child sexual offences recorded, broken down by Home Office offence code.
2. For offences recorded in 2023/24, the outcome of each offence.
Question 1
HO Code
Offence description
2022/23
2023/24
19G
Rape of a male child under 16
6
1-4
20B
Sexual assault on a female child under 13
44
51
21
Sexual activity involving a child under 13
37
29
22B
Sexual activity involving a child under 16
96
104
Total
183
188
Question 2
Charged/Summonsed: 21
Under investigation (no outcome yet): 63
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "offence_code=20B", 44, "reported") in given  # not "… under 13 44 51", one line
    assert ("2023-04-01", "2024-03-31", "offence_code=21", 29, "reported") in given  # "21" a code where codes stand
    assert ("2023-04-01", "2024-03-31", "offence_code=19G", None, "suppressed") in given
    assert ("2022-04-01", "2023-03-31", "", 183, "reported") in given
    # the outcomes of all the offences: of none of the codes the table breaks question 1 down by
    assert ("2023-04-01", "2024-03-31", "outcome=charged", 21, "reported") in given


def test_a_ligature_copied_out_of_a_pdf_is_its_letters_and_a_listed_figure_may_say_its_to_again():
    assert mend("ﬂagged as online, ﬁgures") == "flagged as online, figures"
    found = prose.period_figures("The online (cyber-enabled) flag was applied to 71 of the offences recorded in 2022/23 "
                                 "and to 84 of the offences recorded in 2023/24.")
    assert [(f.value, f.period.label, f.dims.get("online_flag")) for f in found] == [(71, "2022/23", "true"),
                                                                                      (84, "2023/24", "true")]


def test_the_acts_duties_end_the_request_and_a_lead_saying_what_is_shown_gives_its_span(tmp_path):
    ws = _read(tmp_path, """Cumbria Constabulary
Please provide the following for each of the calendar years 2021, 2022 and 2023:
1. The number of crimes recorded of taking, making or distributing indecent photographs of children.
2. The outcome of each of the crimes in question 1.
3. Which social media platforms were used to share the images.
Section 1 of the Freedom of Information Act 2000 (the Act) places two duties on public authorities.
Question 1
2021 - 112
2022 - 134
2023 - 151
Question 2
Outcomes are shown for all of the crimes in question 1 taken together, from 1 January 2021 to 31 December 2023, as the numbers for individual years are too small to publish.
Charged / summonsed – 18
Community resolution – 17
Question 3
Cumbria Constabulary does not hold this information.
""")
    given = _given(ws)
    assert ("2021-01-01", "2023-12-31", "outcome=charged", 18, "reported") in given
    assert ("2022-01-01", "2022-12-31", "", None, "not_held") in given  # no "figures it could not read" ("two duties")


def test_detected_quarters_and_their_months_without_a_year():
    assert prose.single_outcome("2. How many of these crimes have been detected?") == "detected"
    assert prose.single_outcome("3. How many crimes were detected by officers posing online as children?") is None
    year = Period.calendar_year(2023)
    assert months_of_year("Q2 (Apr-Jun)", year).label == "April 2023 to June 2023"
    assert months_of_year("Q1 Jan–Mar", year).label == "January 2023 to March 2023"


def test_quarters_asked_head_the_columns_and_a_refusal_for_each_quarter_refuses_each(tmp_path):
    ws = _read(tmp_path, """Northamptonshire Police
1. The number of offences of sexual communication with a child recorded in each quarter of 2023.
2. For the same quarters, the platform used by the suspect to contact the child.
3. For each quarter, in how many of these cases did the suspect go on to meet the child?
Response
Questions 1 and 2
                 Q1           Q2           Q3           Q4
                 Jan–Mar      Apr–Jun      Jul–Sep      Oct–Dec
Snapchat         14           11           17           9
Instagram        4            6            2            3
Total            18           17           19           12

Question 3
Section 12(1) of the Act provides that a public authority is not obliged to comply with a request where the cost would exceed the appropriate limit, so question 3 is refused.
""")
    given = _given(ws)
    assert ("2023-04-01", "2023-06-30", "platform=snapchat", 11, "reported") in given
    assert ("2023-10-01", "2023-12-31", "", 12, "reported") in given
    refused = {(start, end) for start, end, _, _, status in given if status == "exempt"}
    assert refused == {("2023-01-01", "2023-03-31"), ("2023-04-01", "2023-06-30"), ("2023-07-01", "2023-09-30"),
                       ("2023-10-01", "2023-12-31")}


def test_suspects_linked_over_bands_beside_offences_recorded_is_another_count_with_its_own_total(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Table 1"
    for row in [["Offences of taking, making or distributing indecent photographs of children (HO code 086/02), and suspects linked"],
                ["Financial year", "Offences recorded", "Suspects linked, by age at time of offence", None, None, None],
                [None, None, "Under 18", "18 and over", "Age not recorded", "Total suspects"],
                ["2022-23", 1467, 188, 902, 49, 1139], ["2023-24", 1603, 226, 981, 63, 1270]]:
        sheet.append(row)
    sheet.merge_cells("C2:F2")
    outcomes = book.create_sheet("Table 2")
    for row in [["Outcomes of 086/02 offences recorded in 2023-24"], ["Outcome", "Offences"], ["Charged/Summonsed", 58],
                ["Other outcome types", 115], ["Under investigation (no outcome recorded)", 87]]:
        outcomes.append(row)
    data = io.BytesIO()
    book.save(data)
    given = _given(_read_file(tmp_path, "reply.xlsx", data.getvalue()))
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2", 1467, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 226, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2", 1139, "reported") in given  # "Total suspects": its own count's
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2;outcome=ongoing", 87, "reported") in given


def test_a_count_broken_down_by_code_makes_the_later_questions_figures_of_them_all(tmp_path):
    ws = _read(tmp_path, """North Wales Police
For each of the financial years 2022/23 and 2023/24:
1. The number of rapes of children recorded, broken down by Home Office offence code.
2. The age of the suspect(s) in these offences, split into under 18 and 18 and over.
Question 1
2022/23
019D Rape of a female child under 16 – 44
019E Rape of a female child under 13 – 31
2023/24
019D Rape of a female child under 16 – 41
019E Rape of a female child under 13 – 22
Question 2
Financial Year | Suspect aged under 18 | Suspect aged 18 or over
2022/23 | 37 | 58
2023/24 | 33 | 49
""")
    assert ("2022-04-01", "2023-03-31", "suspect_age_max=17;suspect_age_min=0", 37, "reported") in _given(ws)


def test_n_h_shown_for_a_year_is_not_held_there_and_children_arrested_are_suspects(tmp_path):
    rule = suppression_rule("The age of a suspect is therefore not held for crimes recorded in 2021 (shown as N/H below).")
    assert (rule.marker, rule.means) == ("n/h", "not_held")
    assert prose.age_scope("How many children (under 18) were arrested in connection with these offences?") == {
        "suspect_age_min": "0", "suspect_age_max": "17"}
    ws = _read(tmp_path, """Dyfed-Powys Police
1. The number of crimes recorded under Home Office code 86/2 in each of the calendar years 2021, 2022 and 2023.
2. Of these, the number where the suspect was aged under 18, broken down by age of suspect (10-13, 14-15, 16-17).
3. For the crimes where the suspect was under 18, how many resulted in each outcome in each year?
Question 1
2021 – 187
2022 – 203
2023 – 226
Question 2
The age of a suspect is not held for crimes recorded in 2021 (shown as N/H below).

Age of suspect      2021      2022      2023
10-13               N/H       9         7
14-15               N/H       18        21
16-17               N/H       15        19

Question 3
2022
Charge/Summons - 5
Outcome 21 (further investigation not in the public interest – police
decision) - 19
""")
    given = _given(ws)
    assert ("2021-01-01", "2021-12-31", "offence_code=86/2;suspect_age_max=15;suspect_age_min=14", None, "not_held") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;outcome=outcome 21;suspect_age_max=17;suspect_age_min=0", 19,
            "reported") in given


def test_numbered_notes_in_a_sheet_of_their_own_are_notes_short_or_long(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Table 1"
    for row in [["Sexual offences recorded where the victim was aged under 18"], [None, "2022/23", "2023/24"],
                ["Online flag", 447, 483], ["CSE flag", 96, "-"]]:
        sheet.append(row)
    notes = book.create_sheet("Notes")
    for row in [["Notes"], ["1", "Data have been extracted from the crime recording system on 10 May 2024."],
                ["2", "Financial years run from 1st April to 31st March."], ["3", "'-' denotes nil."]]:
        notes.append(row)
    data = io.BytesIO()
    book.save(data)
    ws = _read_file(tmp_path, "reply.xlsx", data.getvalue())
    assert not any("is not read as a figure" in item.reason for item in ws.review_items())  # "1", "2", "3": note numbers
    assert any(item.guess and item.guess.get("value") == 0 for item in ws.review_items()) \
        or any(o.value == 0 for o in ws.observations())  # "'-' denotes nil", though three words, is read as a note


def test_a_pdf_tables_rows_going_on_over_the_page_without_their_header_are_one_table(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "City of London Police\nQuestion 1\nOutcomes of the offences, by year the offence was recorded.")
    with pdf.table(col_widths=(90, 30, 30)) as table:
        for row in [("Home Office outcome", "2022", "2023"), ("1 - Charged/Summonsed", "10", "9"),
                    ("8 - Community resolution", "3", "4")]:
            table.row(row)
    pdf.set_y(270)
    pdf.cell(0, 6, "Page 1 of 2")
    pdf.add_page()
    with pdf.table(col_widths=(90, 30, 30), first_row_as_headings=False) as table:
        for row in [("21 - Further investigation not in the public interest", "7", "6"), ("Under investigation", "5", "10")]:
            table.row(row)
    given = _given(_read_file(tmp_path, "reply.pdf", bytes(pdf.output())))
    assert ("2023-01-01", "2023-12-31", "outcome=outcome 21", 6, "reported") in given
    assert ("2022-01-01", "2022-12-31", "outcome=ongoing", 5, "reported") in given


def test_these_offences_under_a_heading_tied_to_no_question_wait_where_the_questions_narrow_differently(tmp_path):
    ws = _read(tmp_path, """Bedfordshire Police
Please provide the following for each calendar year 2022 and 2023:
• The number of sexual offences recorded where the victim was aged under 16 at the time of the offence
• How many of these offences had the online (cyber) flag applied
• How many were committed against a victim with a recorded learning disability
Response
Victims under 16
2022 - 528
2023 - 585
Online flag
The online flag was applied to 97 of these offences in 2022 and to 118 in 2023.
""")
    assert not any(v in (97, 118) for *_, v, _ in _given(ws))
    assert any("counts 'these'" in item.reason for item in ws.review_items())


def test_an_investigation_with_no_outcome_recorded_is_ongoing():
    assert dict(read_label("Under investigation (no outcome recorded)").dims) == {"outcome": "ongoing"}
    # (writers of labels differ on "Other outcome types": outcome "other", or the measure's whole; a person decides,
    # shown outcome "other" as the guess: see test_round47_shapes)
    assert read_label("Other outcome types").dims == (("outcome", "other"),)


def test_ages_one_year_a_row_under_a_corner_naming_the_victims_age_are_labels(tmp_path):
    ws = _read(tmp_path, """Hampshire Constabulary
How many sexual offences against children were recorded in 2022 and 2023, by the age of the victim?
Table 2 - Offences by age of victim at time of offence

Victim age          2022        2023
Under 13              88          97
13                   104         112
14                   131         139
Not recorded           9           8
""")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "victim_age_max=13;victim_age_min=13", 104, "reported") in given
    assert ("2023-01-01", "2023-12-31", "victim_age_max=14;victim_age_min=14", 139, "reported") in given


def test_years_in_brackets_are_a_span():
    found = prose.periods_in("Outcomes as at 01/02/2024 for the offences in question 2 (2021 to 2023 combined):")
    assert [p.label for m in found for p in m.periods] == ["2021 to 2023"]
    assert prose.periods_in("under the Sexual Offences Act (2003)") == []
    together = prose.periods_in("The table below shows the victims for the three years together (2021 to 2023).")
    assert [p.label for m in together for p in m.periods] == ["2021 to 2023"]


def test_an_all_recorded_column_beside_the_online_flag_and_outcomes_of_codes_a_table_breaks_down(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Request"
    for row in [["Request:", "1. Please provide the number of offences of rape of a child recorded under Home Office codes "
                             "19D, 19E and 19G for the financial years 2022/23 and 2023/24."],
                [None, "2. For each of these, how many had the online (cyber-enabled) flag applied?"],
                [None, "3. For the offences recorded in 2023/24, please provide the outcome of each."]]:
        sheet.append(row)
    table = book.create_sheet("Q1 and Q2")
    for row in [["HO code", "Offence", "2022/23", None, "2023/24", None],
                [None, None, "All recorded", "Online flag", "All recorded", "Online flag"],
                ["019D", "Rape of a female child under 16", 212, 31, 236, 40],
                ["019E", "Rape of a female child under 13", 141, 9, 152, 12],
                ["019G", "Rape of a male child under 16", 38, 3, 41, 5],
                ["Total", None, 391, 43, 429, 57]]:
        table.append(row)
    table.merge_cells("C1:D1")
    table.merge_cells("E1:F1")
    outcomes = book.create_sheet("Q3 Outcomes")
    for row in [["Outcomes of the child rape offences recorded in 2023/24, as at 28/10/2024"], ["Outcome type", "Number of offences"],
                ["01 - Charged/Summonsed", 37], ["Outcome not yet assigned", 104]]:
        outcomes.append(row)
    data = io.BytesIO()
    book.save(data)
    given = _given(_read_file(tmp_path, "reply.xlsx", data.getvalue()))
    assert ("2022-04-01", "2023-03-31", "", 391, "reported") in given  # the flagged beside it are part of it, not all
    assert ("2023-04-01", "2024-03-31", "outcome=charged", 37, "reported") in given


def test_a_question_asking_each_year_after_one_asking_each_quarter_asks_the_years(tmp_path):
    ws = _read(tmp_path, """Nottinghamshire Police
1) How many offences of abuse of a position of trust (Home Office code 73) were recorded in each quarter of the financial year 2023/24?
2) How many of the offences in each year involved a member of staff at a named school?
Response
1)
Apr–Jun 2023: 7
Jul–Sep 2023: 4
Oct–Dec 2023: 9
Jan–Mar 2024: 5
2)
Nottinghamshire Police neither confirms nor denies that it holds any information relevant to this part of your request by virtue of section 40(5).
""")
    refused = {(start, end) for start, end, _, _, status in _given(ws) if status == "exempt"}
    assert refused == {("2023-04-01", "2024-03-31")}


def test_a_pivots_first_year_heading_right_under_its_header_heads_its_rows(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    for row in [["Sexual offences with the online flag, crimes recorded 01/04/2021 to 31/03/2023, by financial year"],
                [], ["Row Labels", "Under 13", "13-15", "Grand Total"], ["2021-22", None, None, None],
                ["Female", 58, 164, 222], ["Male", 21, 36, 57], ["2021-22 Total", 79, 200, 279],
                ["2022-23", None, None, None], ["Female", 63, 181, 244], ["Male", 24, 41, 65], ["2022-23 Total", 87, 222, 309]]:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    given = _given(_read_file(tmp_path, "reply.xlsx", data.getvalue()))
    assert ("2021-04-01", "2022-03-31", "online_flag=true;victim_age_max=12;victim_age_min=0;victim_gender=female", 58,
            "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_age_max=15;victim_age_min=13;victim_gender=male", 41,
            "reported") in given


def test_a_table_one_space_apart_reads_by_the_periods_its_header_ends_in(tmp_path):
    ws = _read(tmp_path, """Essex Police
(a) the number of offences of rape or sexual assault of a child under 13 recorded in each financial year 2021/22 to 2023/24;
(b) for 2023/24, the age of the victim in years.
Parts (a) and (b)

HO code Offence 2021/22 2022/23 2023/24
19E Rape of a female child under 13 (1) 162 171 158
20B Sexual assault on a female child under 13 384 412 397
17B Sexual assault on a male child under 13 141 133 152
Grand total 687 716 707

(1) Includes attempts.

Age of victim 2023/24
0 to 3 74
4 to 6 161
Not recorded 9
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "offence_code=19E", 171, "reported") in given
    assert ("2023-04-01", "2024-03-31", "", 707, "reported") in given
    assert ("2023-04-01", "2024-03-31", "victim_age_max=3;victim_age_min=0", 74, "reported") in given
