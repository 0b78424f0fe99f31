"""Shapes of reply the fifty-fifth blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: a count said once over
two years listed together ("the 152 crimes recorded in 2021/22 and 2022/23"), in a cost estimate;
"the number of such deployments", a question's own words, not a reference back to the question
before; "the current financial year covers 1 April 2023 to 29 February 2024 only", the year not
named; "Total (10-17)" under the bands it is the sum of; "(2022, 2023 and 2024 combined)"; a
workbook's numbered notes under the request, the force's words; a pivot in compact form under its
filters ("HO Code | 071/17", "Financial Year | (Multiple Items)"), its years said combined in the
note under it; a cover sheet's "Question 3 | <answer>" rows; "Offences (2023)" over a column;
"were also flagged as online"; "how many CSE investigations", counting investigations; and "The
information is held and is shown in Table 1." under a quoted question, the force's answer. The
last test guards a mend the whole corpus asked for: the notes of a response end no message after
them (a requester's reply to the force, which the readers never read as figures)."""

from __future__ import annotations

from foistats.ingest import labels, prose

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_count_said_once_over_two_listed_years_is_neither_years(tmp_path):
    given = _given(_read(tmp_path, """North Wales Police
Request
For the financial years 2021/22, 2022/23 and 2023/24:
1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded in each year.
2. For each offence, the platform used.
Response
Question 1
Financial year     Offences
2021/22                71
2022/23                81
2023/24                95
Question 2
To carry out the same exercise for the 152 crimes recorded in 2021/22 and 2022/23 would take an estimated 25 hours (152 reports at 10 minutes each).
"""))
    assert not any(value == 152 for *_, value, _ in given)
    assert prose.period_figures("There were 12 in 2021/22 and 14 in 2022/23.")[1].value == 14


def test_such_in_a_questions_own_words_refers_back_to_nothing(tmp_path):
    given = _given(_read(tmp_path, """Cambridgeshire Constabulary
I note you seek access to the following information:
1. The number of crimes recorded with a child sexual exploitation (CSE) flag in each of the financial years 2022/23 and 2023/24.
2. The number of offences of abuse of position of trust of a sexual nature (Home Office code 73) recorded in each of the same years.
3. Whether the force uses officers posing online as children and, if so, the number of such deployments in each of the same years.
Response to your request
Question 1
2022/23 - 194
2023/24 - 152
Question 2
The force recorded 14 offences in 2022/23 and seven in 2023/24.
Question 3
Cambridgeshire Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of Section 23(5) and Section 24(2).
"""))
    assert not any(breakdown == "offence_code=73" and status == "exempt" for _, _, breakdown, _, status in given)


def test_the_current_financial_year_covers_a_part_of_the_year_it_begins():
    assert prose.year_covers("The information was extracted on 4 March 2024, so the current financial year covers "
                             "1 April 2023 to 29 February 2024 only.") == (
        prose.Period.financial_year(2023), prose.Period(prose.date(2023, 4, 1), prose.date(2024, 2, 29)))
    assert prose.year_covers("The current year covers 1 January 2024 to 30 June 2024.")[1].end.isoformat() == "2024-06-30"
    assert prose.year_covers("The current calendar year runs from 1 April 2024 to 30 June 2024.") is None
    # (a sentence naming the current year that says no part of it leaves the year it names to say so)
    assert prose.year_covers("The current financial year is 2024/25; 2024/25 figures cover 1 April 2024 to 30 September 2024.") == (
        prose.Period.financial_year(2024), prose.Period(prose.date(2024, 4, 1), prose.date(2024, 9, 30)))


def test_a_total_naming_its_band_is_that_band():
    assert labels.read_label("Total (10-17)", axis="suspect_age").dims == (("suspect_age_min", "10"), ("suspect_age_max", "17"))
    assert labels.read_label("Total (under 18)", axis="suspect_age").axis is None  # a band from birth: what a child is


def test_years_said_combined_are_one_span():
    combined = prose.periods_in("Outcomes of the crimes in Q1 (2022, 2023 and 2024 combined)")
    assert [m.periods for m in combined] == [(prose.Period(prose.date(2022, 1, 1), prose.date(2024, 12, 31)),)]
    listed = prose.periods_in("Outcomes for 2021/22, 2022/23 and 2023/24 combined")
    assert [m.periods for m in listed] == [(prose.Period(prose.date(2021, 4, 1), prose.date(2024, 3, 31)),)]
    assert len(prose.periods_in("in 2021, 2022 and 2023 there were")[0].periods) == 3


def test_a_workbooks_numbered_notes_under_the_request_are_the_forces_words(tmp_path):
    ws = _workbook(tmp_path, {"Read Me": [
        ["Your request"],
        ["Q1. For each of the calendar years 2022 and 2023, the number of crimes of indecent images of children "
         "(Home Office code 86/2) where the suspect was under 18 years of age, by the age of the suspect."],
        ["Q2. The outcomes of the crimes in Q1."],
        ["Notes"],
        ["1. Figures are crimes recorded under Home Office offence code 86/2 where at least one suspect was aged "
         "between 10 and 17 at the time of the offence."],
        ["2. Crime data is live and subject to change."],
    ], "Q1": [
        ["Q1. Crimes recorded under HO code 86/2 with a suspect aged 10-17, by age of suspect"],
        ["Suspect age", 2022, 2023],
        ["10-13", 6, 7],
        ["14-17", 37, 55],
        ["Total (10-17)", 43, 62],
    ]}, authority="Bedfordshire")
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 43, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 62, "reported")} <= given


def test_a_compact_pivot_under_its_filters_takes_their_code_and_the_span_said_under_it(tmp_path):
    ws = _workbook(tmp_path, {"Cover": [
        ["Request"],
        ["1. For each of the financial years 2022/23 and 2023/24, the number of offences recorded under the "
         "Home Office codes 71/17 and 86/2."],
        ["2. What were the outcomes of the sexual communication with a child (71/17) offences?"],
        [],
        ["Question 1", "Please see sheet 'Offences'."],
        ["Question 2", "Please see sheet 'Outcomes'."],
    ], "Offences": [
        ["HO Code", "2022/23", "2023/24"],
        ["071/17", 7, 6],
        ["086/02", 12, 8],
    ], "Outcomes": [
        ["HO Code", "071/17"],
        ["Financial Year", "(Multiple Items)"],
        [],
        ["Row Labels", "Count of Crime Number"],
        ["Charged/Summonsed", 5],
        ["Investigation complete - no suspect identified (OC18)", 6],
        ["Under investigation", 2],
        ["Grand Total", 13],
        [],
        ["Financial years 2022/23 and 2023/24 combined."],
    ]}, authority="City of London")
    given = _given(ws)
    assert {("2022-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 5, "reported"),
            ("2022-04-01", "2024-03-31", "offence_code=71/17", 13, "reported")} <= given
    assert not any(breakdown == "outcome=charged" for _, _, breakdown, *_ in given)


def test_a_cover_sheets_question_rows_are_each_questions_answer(tmp_path):
    ws = _workbook(tmp_path, {"Cover": [
        ["Request"],
        ["1. For each of the financial years 2022/23 and 2023/24, the number of offences of sexual communication "
         "with a child (71/17)."],
        ["2. What was the age of the suspect in each case?"],
        ["Response"],
        ["Question 1", "See sheet 'Offences'."],
        ["Question 2", "The age of a suspect could lead to the identification of the individual concerned. The "
                       "information is therefore exempt under section 40(2) of the Freedom of Information Act 2000."],
    ], "Offences": [
        ["Financial year", "Offences"],
        ["2022/23", 7],
        ["2023/24", 6],
    ]}, authority="City of London")
    given = _given(ws)
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17", None, "exempt"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17", None, "exempt")} <= {
        (start, end, breakdown.split(";suspect")[0], value, status) for start, end, breakdown, value, status in given}


def test_a_count_with_its_year_in_brackets_is_that_years():
    assert labels.read_label("Offences (2023)").period == prose.Period.calendar_year(2023)
    assert labels.read_label("Number of offences (2023/24)").period == prose.Period.financial_year(2023)


def test_also_flagged_as_online_is_flagged():
    figures = prose.period_figures("Of the CSE flagged crimes shown above, 58 were also flagged as online in 2022/23, "
                                   "63 in 2023/24 and 71 in 2024/25.")
    assert [(f.value, f.dims) for f in figures] == [(58, {"online_flag": "true"}), (63, {"online_flag": "true"}),
                                                     (71, {"online_flag": "true"})]


def test_how_many_cse_investigations_counts_investigations():
    assert prose.noun_counted("In how many CSE investigations were undercover officers deployed online?") == "investigations"
    assert prose.noun_counted("How many online offences were recorded?") == "offences"


def test_the_information_is_held_opens_the_answer_under_a_quoted_question(tmp_path):
    given = _given(_read(tmp_path, """Suffolk Constabulary
Dear Mr Okafor,
Q1. Please provide the number of offences of sexual communication with a child (Home Office code 71/17) recorded by your force in each of the financial years 2022/23 and 2023/24, and in 2024/25 to date.
The information is held and is shown in Table 1. The 2024/25 figures run from 1 April 2024 to 30 September 2024, the last full month available.
Table 1 - Sexual communication with a child (HO 71/17), recorded offences
Financial year | Offences
2022/23 | 118
2023/24 | 131
Q2. For the offences in question 1, how many resulted in a charge?
Financial year | 2022/23 | 2023/24 | 2024/25 (part)
Charged | 12 | 9 | 6
"""))
    assert ("2024-04-01", "2024-09-30", "offence_code=71/17;outcome=charged", 6, "reported") in given


def test_a_requesters_reply_after_the_forces_notes_is_not_read(tmp_path):
    given = _given(_read(tmp_path, """Metropolitan Police Service
Request
How many offences of sexual communication with a child (71/17) were recorded in FY23/24, by the gender of the victim?
Response
Gender | FY23/24
Female | 501
Male | 90
Not recorded | 16
Total | 607
Notes
1. Figures are crimes recorded on CRIS.
Dear Metropolitan Police Service,
I think there may be an error in the table. For FY23/24 the female, male and not recorded figures add up to 607, but the total is given as 609 offences for that year.
Yours faithfully,
"""))
    assert not any(value == 609 for *_, value, _ in given)
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_gender=unknown", 16, "reported") in given
