"""Shapes of reply the fifty-first blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: an answer standing
under its question in no heading, before the next question's table; a question of arrests in a
reply asking both of flagged crimes and of one code; a pivot's "(blank)" row; a note "2024 =
…" and a Grand Total running to that part year; an outcome's number beside words that could be
two outcomes; a count named again as "the 104 suspects"; a paragraph straight above a table
aligned on spaces; a PDF table going on over a page whose footer is met first there; "the figure
is fewer than five and has been shown as <5"; section 40(2) explaining hidden small numbers
after a "not held" answer; "from 2021/22 up to the date of this request"; figures each with its
period in brackets; "the current financial year up to the end of October 2023"; a CSV's "Of
which" row under a blank row; the youngest suspect's age refused after a question of its own
about young suspects; and a refusal of a year asked "up to the date of your reply"."""

from __future__ import annotations

from .test_questions import _given, _read, _read_file
from .test_round20_shapes import _workbook
from .test_round48_shapes import _guessed


def test_an_answer_under_its_question_lets_the_next_questions_table_answer_that_question(tmp_path):
    ws = _read(tmp_path, """Dorset Police
Each question is set out below with our answer after it.
1. How many crimes carried a child sexual exploitation (CSE) flag in each of the calendar years 2022 and 2023?
In 2022 the force recorded 77 crimes with the flag. The figure for 2023 was 81.
2. For the crimes in question 1, please give the age of the victim.
Please see the table below.
Year | Under 13 | 13 to 17
2022 | 20 | 57
2023 | 26 | 55
3. How many offences of sexual grooming (Home Office code 88A) were recorded in the same years?
There were 31 such offences in 2022 and 40 in 2023.
""")
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "victim_age_max=12;victim_age_min=0", 20, "reported"),
            ("2023-01-01", "2023-12-31", "victim_age_max=17;victim_age_min=13", 55, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=88A", 40, "reported")} <= given
    assert not any("88A" in breakdown and value in (20, 57, 26, 55) for _, _, breakdown, value, _ in given)


def test_a_table_answering_no_question_takes_no_code_named_under_one_question_only(tmp_path):
    ws = _read(tmp_path, """Dorset Police
Request
1. How many crimes with a CSE flag were recorded in 2023?
2. How many offences of sexual grooming (Home Office code 88A) were recorded in 2023?
Response
Table 1: Crimes by age of victim, 2023
Age | Crimes
Under 13 | 20
13 to 17 | 57
In 2023 there were 40 offences of sexual grooming.
""")
    assert not any("88A" in breakdown for _, _, breakdown, value, _ in _given(ws) if value in (20, 57))


def test_a_question_of_arrests_naming_no_offence_is_of_no_code_beside_one_of_flagged_crimes(tmp_path):
    ws = _read(tmp_path, """Suffolk Constabulary
Request
1. How many crimes were recorded with a CSE flag in each of 2022 and 2023?
2. How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) were recorded in the same years?
3. How many arrests followed the use of online decoy accounts, in each of the same years?
Response
1. There were 64 such crimes in 2022 and 70 in 2023.
2. There were 5 such offences in 2022 and 8 in 2023.
3. Suffolk Constabulary can neither confirm nor deny that it holds this information, by virtue of sections 23(5), 24(2) and 31(3) of the Act.
""")
    refused = {(start, breakdown) for start, _, breakdown, _, status in _given(ws) if status == "exempt"}
    assert refused == {("2022-01-01", ""), ("2023-01-01", "")}


def test_a_pivots_blank_row_is_the_records_with_the_field_not_recorded(tmp_path):
    ws = _workbook(tmp_path, {"Suspects": [
        ["Suspects linked to 86/2 offences by age"],
        ["Count of Suspect", "Column Labels"],
        ["Row Labels", "2022", "2023", "Grand Total"],
        ["Under 18", 40, 44, 84],
        ["18 and over", 120, 131, 251],
        ["(blank)", 17, 12, 29],
        ["Grand Total", 177, 187, 364],
    ]}, authority="Essex")
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_known=false", 17, "reported"),
            ("2022-01-01", "2023-12-31", "offence_code=86/2;suspect_age_known=false", 29, "reported")} <= given


def test_a_note_giving_a_year_with_an_equals_sign_ends_it_and_the_grand_total_there(tmp_path):
    ws = _workbook(tmp_path, {"Offences": [
        ["Offences recorded under Home Office code 71/17"],
        ["Year", "2022", "2023", "2024", "Grand Total"],
        ["Offences", 140, 151, 97, 388],
        [],
        ["2024 = 01/01/2024 to 31/08/2024"],
    ]}, authority="Essex")
    periods = {o.value: (o.period.start.isoformat(), o.period.end.isoformat()) for o in ws.observations()}
    assert periods[97] == ("2024-01-01", "2024-08-31")
    assert periods[388] == ("2022-01-01", "2024-08-31")


def test_an_outcomes_number_stands_where_its_words_could_be_two_outcomes(tmp_path):
    ws = _read(tmp_path, """Essex Police
Request
1. The outcomes of offences of sexual communication with a child (71/17) recorded in 2023.
Response
Outcome Code | Outcome Description | Count
1 | Charged/Summonsed | 31
10 | Not in the public interest - police decision | 6
21 | Not in the public interest - police decision | 19
- | Under investigation - no outcome yet | 74
""")
    given = _given(ws)
    assert {("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=outcome 10", 6, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=outcome 21", 19, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;outcome=ongoing", 74, "reported")} <= given


def test_a_count_named_again_with_the_before_it_is_no_second_figure(tmp_path):
    ws = _read(tmp_path, """Merseyside Police
Request
1. The ages of the suspects linked to offences of sexual communication with a child (71/17) in 2023.
2. The outcomes for the suspects aged under 18.
Response
1. Suspects by age, 2023:
Under 18 - 61
18 and over - 140
2. The outcomes recorded for the 61 suspects aged under 18 in 2023 are shown below.
Charged - 9
Community resolution - 14
""")
    assert sum(1 for o in ws.observations() if o.value == 61) == 1
    assert not [item for item in ws.review_items() if "61" in item.reason]


def test_a_paragraph_straight_above_a_table_aligned_on_spaces_is_no_header_of_it(tmp_path):
    given = _given(_read(tmp_path, """Humberside Police
Request
1. The outcomes of offences of taking, making or distributing indecent photographs of children (86/2) in 2022, 2023 and 2024.
Response
A2. Outcomes are given by the Home Office outcome type recorded against each crime.
We have added Outcome 21 as well, since it is often used where the person responsible
is a child who has shared an image of themselves or of another child.
The other crimes in A1 were finalised with outcome types you did not
ask for, which are not shown here. Outcomes can change while investigations go on;
the figures were extracted on 23 January 2025.

    HO Outcome                                        2022    2023    2024
    ----------------------------------------------    ----    ----    ----
    1   Charge / Summons                                52      47      33
    8   Community Resolution                             7       0       4
    21  Further investigation not in public interest    40      55      58
    Under investigation - no outcome assigned            11      31     104
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2;outcome=charged", 52, "reported"),
            ("2024-01-01", "2024-12-31", "offence_code=86/2;outcome=ongoing", 104, "reported")} <= given


def test_a_pdf_tables_rows_go_on_past_a_footer_first_met_at_that_page_break(tmp_path):
    from fpdf import FPDF
    footer = "Gwent Police welcomes correspondence in Welsh."
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Gwent Police\nYour request\n1. How many crimes with a CSE flag were recorded in each of 2021, "
                   "2022 and 2023, by the gender of the victim?\nAnswer")
    pdf.set_y(226)
    with pdf.table(col_widths=(40, 30, 30)) as table:
        for row in [("Year", "Female", "Male"), ("2021", "52", "9"), ("2022", "61", "12")]:
            table.row(row)
    pdf.set_y(272)
    pdf.cell(0, 6, footer)
    pdf.add_page()
    with pdf.table(col_widths=(40, 30, 30), first_row_as_headings=False) as table:
        table.row(("2023", "66", "14"))
    pdf.multi_cell(0, 6, "\nYours sincerely")
    pdf.set_y(272)
    pdf.cell(0, 6, footer)
    given = _given(_read_file(tmp_path, "reply.pdf", bytes(pdf.output())))
    assert {("2023-01-01", "2023-12-31", "victim_gender=female", 66, "reported"),
            ("2023-01-01", "2023-12-31", "victim_gender=male", 14, "reported")} <= given


def test_a_figure_said_to_be_fewer_than_five_and_shown_as_a_mark_is_one_hidden_count(tmp_path):
    ws = _read(tmp_path, """Gwent Police
Request
1. How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) were recorded in 2022 and 2023?
Response
1. The number of offences recorded under code 73 was 11 in 2022. For 2023 the figure is fewer than five and has been shown as <5 to protect the children concerned.
""")
    hidden = [o for o in ws.observations() if o.status.value == "suppressed"]
    assert [(o.period.start.isoformat(), str(o.breakdown)) for o in hidden] == [("2023-01-01", "offence_code=73")]


def test_section_40_explaining_hidden_small_numbers_leaves_a_not_held_answer_not_held(tmp_path):
    ws = _read(tmp_path, """Gloucestershire Constabulary
Request
1. How many offences of sexual grooming (88A) were recorded in each of 2022 and 2023?
2. For the offences flagged as online, which apps or websites were used?
Response
Question 1
Where the number of offences is between 1 and 4 the figure is shown as *. That figure is withheld under Section 40(2) of the Act (personal information).
2022 - 37
2023 - *
Question 2
The app or website used is not recorded in a retrievable way, so this information is not held.
Section 40(2) - Personal information
Section 40(2) is an absolute exemption. Small numbers of offences could lead to a victim being identified.
""")
    refused = {(start, status) for start, _, _, _, status in _given(ws) if status in ("not_held", "exempt")}
    assert refused == {("2022-01-01", "not_held"), ("2023-01-01", "not_held")}


def test_years_asked_from_one_up_to_the_date_of_the_request_are_those_the_reply_heads(tmp_path):
    ws = _read(tmp_path, """Hertfordshire Constabulary
Request
1. For each financial year from 2022/23 up to the date of this request, how many offences of sexual communication with a child (71/17) were recorded?
2. For the offences in question 1, which apps or websites were used?
Response
Question 1
Financial year | Offences
2022/23 | 151
2023/24 | 162
2024/25* | 70
* 2024/25 is a part year: 1 April 2024 to 31 August 2024.
Question 2
The app used is not recorded in a searchable field. To read each crime report would take over 18 hours, so section 12(1) applies and this question is refused.
""")
    refused = {(start, end) for start, end, _, _, status in _given(ws) if status == "exempt"}
    assert refused == {("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31"), ("2024-04-01", "2024-08-31")}


def test_figures_each_with_its_period_in_brackets_after_the_flag_is_named(tmp_path):
    given = _given(_read(tmp_path, """North Yorkshire Police
Request
1. How many offences of sexual communication with a child (71/17) were recorded in 2021/22 and 2022/23?
2. How many of the offences in question 1 carried the online flag?
Response
Question 1
2021/22 - 180
2022/23 - 201
Question 2
Of the offences given in reply to question 1, the online flag had been applied to 98 (2021/22) and 117 (2022/23).
"""))
    assert {("2021-04-01", "2022-03-31", "offence_code=71/17;online_flag=true", 98, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true", 117, "reported")} <= given


def test_the_current_financial_year_up_to_a_month_runs_from_that_years_start():
    from foistats.ingest import prose
    mentions = prose.periods_in("and in the current financial year up to the end of November 2024?")
    assert [(p.start.isoformat(), p.end.isoformat()) for m in mentions for p in m.periods] == [("2024-04-01", "2024-11-30")]
    mentions = prose.periods_in("in the current year to 15 March 2025")
    assert [(p.start.isoformat(), p.end.isoformat()) for m in mentions for p in m.periods] == [("2025-01-01", "2025-03-15")]


def test_a_csv_rows_of_which_row_under_a_blank_row_is_part_of_the_table_above(tmp_path):
    data = ("Wiltshire Police FOI,,,\r\n"
            "HO Code,2022/23,2023/24,Total\r\n"
            "019E,24,19,43\r\n"
            "071/17,61,72,133\r\n"
            "Grand Total,85,91,176\r\n"
            ",,,\r\n"
            "Of which online flag applied,30,41,71\r\n")
    given = _given(_read_file(tmp_path, "reply.csv", data.encode("utf-8"), authority="Wiltshire"))
    assert {("2022-04-01", "2023-03-31", "online_flag=true", 30, "reported"),
            ("2022-04-01", "2024-03-31", "online_flag=true", 71, "reported")} <= given


def test_the_youngest_suspects_age_refused_after_a_question_of_its_own_about_young_suspects(tmp_path):
    ws = _read(tmp_path, """Merseyside Police
Request
For the calendar years 2022 and 2023:
1. The number of offences of sexual communication with a child (71/17) recorded.
2. For suspects aged under 18 in 2023 only, the outcome of each investigation.
3. The age of the youngest suspect in each year.
Response
1. 2022 - 210; 2023 - 198.
2. Charged - 4; Community resolution - 9.
3. This information is exempt from disclosure under Section 40(2) of the Act, as the youngest suspect could be identified.
""")
    refused = {(start, breakdown) for start, _, breakdown, _, status in _given(ws) if status == "exempt"}
    assert refused == {("2022-01-01", "offence_code=71/17"), ("2023-01-01", "offence_code=71/17")}
    assert not {guess for guess in _guessed(ws) if guess[4] == "exempt"}


def test_a_year_asked_up_to_the_date_of_the_reply_is_refused_for_the_part_the_reply_gives(tmp_path):
    ws = _read(tmp_path, """Merseyside Police
Request
I would like the following for the calendar year 2023 and for 2024 up to the date of your reply:
1. The number of offences of sexual communication with a child (71/17) recorded.
2. The app or platform used.
Response
1. There were 198 such offences recorded in 2023. Between 1 January 2024 and 31 October 2024 a further 160 were recorded.
2. The crime system has no field for the app or platform, so this information is not held.
""")
    refused = {(start, end) for start, end, _, _, status in _given(ws) if status == "not_held"}
    assert refused == {("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-10-31")}
