"""Shapes of reply the fifty-eighth blind round (held back, then opened) showed the readers
misreading or losing, each written here as an invented reply of that kind: "no crimes were
recorded under code 73 … in 2021, 2022 or 2023"; "Offences in which the victim's gender was not
recorded … (six, four and three offences in … respectively)"; a column "Sexual offences – victim
aged under 18"; an answer whose figures "will not add up to the total shown in question 1"; a
cost refusal whose years are named in the estimate's paragraph before it; quarters beside a year
its note says runs part way; "167 were flagged as online offences in 2021/22"; and "n/a" in a
code column beside the outcome's words."""

from __future__ import annotations

from foistats.ingest import labels, prose

from .test_questions import _given, _read


def test_no_crimes_recorded_in_words_is_no_unanswered_question(tmp_path):
    ws = _read(tmp_path, """City of London Police
Request
For the calendar years 2021, 2022 and 2023:
1. The number of crimes recorded under Home Office code 71/17.
2. The number of crimes recorded under Home Office code 73.
Response
Q1. The number of crimes recorded under Home Office code 71/17.
2021 – 14
2022 – 19
2023 – 17
Q2. The number of crimes recorded under Home Office code 73.
I can confirm that no crimes were recorded under Home Office code 73 by the City of London Police in 2021, 2022 or 2023.
""")
    assert not any(o.status.value == "no_response" for o in ws.observations())


def test_offences_whose_victims_gender_was_not_recorded_are_of_unknown_gender():
    said = prose.period_figures("Offences in which the victim's gender was not recorded are not shown in the table above "
                                "(five, two and four offences in 2021/22, 2022/23 and 2023/24 respectively).")
    assert [(f.value, f.dims) for f in said] == [(5, {"victim_gender": "unknown"}), (2, {"victim_gender": "unknown"}),
                                                 (4, {"victim_gender": "unknown"})]


def test_a_column_naming_its_victims_under_18_after_a_dash_is_the_counts_scope():
    assert labels.read_label("Sexual offences – victim aged under 18").axis == "value"


def test_an_answer_whose_figures_are_of_another_questions_offences_takes_its_code(tmp_path):
    given = _given(_read(tmp_path, """Heddlu Gogledd Cymru / North Wales Police
Request
For each of the financial years 2022/23 and 2023/24, please provide:
1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded by your force.
2. The apps, websites or platforms used by the offender to communicate with the child, with the number of offences for each.
Response
Question 1
2022/23 – 131
2023/24 – 146
Question 2
From 1 April 2023 the force records the platform in a field of its own, so the information below is for 2023/24 only. More than one platform can be recorded against an offence, so the figures below will not add up to the total shown in question 1.

Snapchat – 52
Instagram – 23
Other – 17

For 2022/23 the platform was not recorded in a structured field, and every crime record for that year shown at question 1 would need to be read. A sample showed this takes about five minutes per record, so that this part of the request would take in excess of 10 hours.

Section 12(1) of the Act does not oblige a public authority to comply with a request where it estimates that the cost of doing so would exceed the appropriate limit. This letter therefore acts as a refusal notice under section 17(5) of the Act for that part of question 2.
"""))
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;platform=snapchat", 52, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", None, "exempt") in given


def test_quarters_beside_a_year_its_note_says_runs_part_way_are_those_quarters(tmp_path):
    given = _given(_read(tmp_path, """Hampshire and Isle of Wight Constabulary
Recorded crimes: sexual communication with a child (HO 071/17), by financial quarter
Financial Year | Quarter | HO Code | Crimes Recorded
2023/24 | Q3 (Oct–Dec) | 071/17 | 49
2023/24 | Q4 (Jan–Mar) | 071/17 | 61
2024/25 | Q1 (Apr–Jun) | 071/17 | 66
2024/25 | Q2 (Jul–Sep) | 071/17 | 53
Notes:
1. 2024/25 is a part year (1 April 2024 to 30 September 2024).
"""))
    assert ("2024-07-01", "2024-09-30", "offence_code=71/17", 53, "reported") in given


def test_figures_flagged_as_online_offences_each_with_its_year():
    said = prose.period_figures("Of the offences shown in the table at question 1, 167 were flagged as online offences "
                                "in 2021/22.")
    assert [(f.value, f.dims) for f in said] == [(167, {"online_flag": "true"})]


def test_no_entry_in_a_code_column_beside_the_outcomes_words_is_no_label(tmp_path):
    given = _given(_read(tmp_path, """Avon and Somerset Constabulary
Table 2: Crimes of taking, making or distributing indecent photographs of children (086/02) by outcome
HO Outcome | Outcome description | 2022 | 2023
01 | Charged/Summonsed | 61 | 48
n/a | Investigation ongoing - no outcome assigned | 132 | 204
"""))
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2;outcome=ongoing", 204, "reported") in given
