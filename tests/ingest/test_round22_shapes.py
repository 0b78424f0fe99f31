"""Shapes of reply the twenty-second blind round showed the readers missing or misreading, each
written here as an invented reply of that kind: questions lettered "(a) the number of …;" in
lower case, answered in numbered sentences that match none of them; a request quoted with its
opening quote mark ('"1. How many …'); "Cwestiwn 1"; a bilingual table cell, Welsh over English;
"A total of 562 offences were recorded over the period, 211 of them in 2023-24"; a sheet whose
caption stands over a "Source:" line; age bands written "10 – 12"; "aged 12 or under at time of
offence"; a header wrapped over three lines with its corner on the middle one; a child defined
in brackets ("a child (aged under 18)"); periods listed before their figures "respectively"; and
a refusal beside figures foistats could not read."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read

LETTERED_THEN_NUMBERED = """Dear Staffordshire Police,
Please provide the following for each of the calendar years 2022 and 2023:
(a) the number of sexual offences recorded by your force where the victim was aged under 16 and the crime carried the online flag;
(b) for the offences in (a), the gender of the victim;
Yours faithfully,
Priya

Response
Dear Ms Mehta
Our answer is set out below.
1. In calendar year 2022 there were 312 offences recorded.
2. In calendar year 2023 there were 287 offences recorded.
"""


def test_answers_numbered_as_no_question_is_wait_for_a_person(tmp_path):
    ws = _read(tmp_path, LETTERED_THEN_NUMBERED)
    assert not any(value == 287 for *_, value, _ in _given(ws))  # of (a)'s band and flag, or not: not said
    assert any("numbered 2, which no question is" in item.reason for item in ws.review_items())


def test_a_quoted_request_welsh_question_headings_and_a_cell_in_two_languages(tmp_path):
    given = _given(_read(tmp_path, """South Wales Police
You asked for the following:
"1. How many offences of sexual communication with a child (71/17) were recorded in each of the last two financial years?
2. Please break these down by the gender of the victim."
Ymateb / Response
Cwestiwn 1
Blwyddyn ariannol / Financial year | Troseddau / Offences
Ebrill 2022 – Mawrth 2023 / April 2022 – March 2023 | 187
Ebrill 2023 – Mawrth 2024 / April 2023 – March 2024 | 211
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", 187, "reported") in given
    assert read_label("Ebrill 2021 – Mawrth 2022\nApril 2021 – March 2022").period.label == "2021/22"


def test_one_period_said_of_another_figure_than_the_one_read():
    sentence = "A total of 562 offences were recorded over the period, 211 of them in 2023-24."
    found = prose.prose_figures(sentence)
    assert found and prose.period_nearer_another(sentence, found[0])
    alone = "In all, 78 sexual offences were recorded in 2023, under code 71/17."
    assert not prose.period_nearer_another(alone, prose.prose_figures(alone)[0])


def test_labels_of_age():
    assert read_label("aged 12 or under at time of offence").dims == (("victim_age_min", "0"), ("victim_age_max", "12"))
    assert read_label("10 \u2013 12", axis="victim_age").dims == (("victim_age_min", "10"), ("victim_age_max", "12"))


SOURCE_UNDER_CAPTION = """Humberside Police
1. How many child sexual offences were recorded under codes 19E and 71/17 in each of the last two financial years?
Response
Child sexual offences recorded - April 2022 to March 2023
Source: Niche RMS, crime data extracted 22/05/2024
HO Code | Offence | Crimes recorded
019E | Rape of a female child under 13 | 64
071/17 | Sexual communication with a child | 161
"""


def test_a_caption_over_a_source_line_gives_the_tables_period(tmp_path):
    given = _given(_read(tmp_path, SOURCE_UNDER_CAPTION))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", 161, "reported") in given


CORNER_ON_THE_MIDDLE_LINE = """West Yorkshire Police
1. How many sexual communication with a child offences (71/17) were recorded in 2022 and 2023, and how many had a victim aged 12 or under?
Response

                       Sexual communication       Of which, victim
   Calendar year       with a child offences      aged 12 or under at
                       recorded (71/17)           time of offence

   2022                        431                       87
   2023                        468                      102
"""


def test_a_header_of_three_lines_with_its_corner_on_the_middle_one(tmp_path):
    given = _given(_read(tmp_path, CORNER_ON_THE_MIDDLE_LINE))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", 468, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 102, "reported") in given


CHILD_IN_BRACKETS = """Kent Police
1) For each of 2022/23 and 2023/24, please provide the number of sexual offences recorded where the victim was a child (aged under 18), by Home Office offence code.
2) For each of those years, how many of these offences were flagged as having an online element?
Response
Question 1
Offence | 2022/23 | 2023/24
19E Rape of a female child under 13 | 41 | 35
71/17 Sexual communication with a child | 102 | 97
Question 2
Of the crimes shown above, the number which carried the online flag in 2022/23 and 2023/24 was 88 and 91 respectively.
"""


def test_a_child_defined_in_brackets_and_periods_listed_before_their_figures(tmp_path):
    given = _given(_read(tmp_path, CHILD_IN_BRACKETS))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", 102, "reported") in given
    assert not any("victim_age" in breakdown for _, _, breakdown, _, _ in given)
    assert [(f.value, f.period.label) for f in prose.period_figures(
        "the number which carried the online flag in 2022/23 and 2023/24 was 88 and 91 respectively.")] == \
        [(88, "2022/23"), (91, "2023/24")]


def test_a_refusal_beside_figures_not_read_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, """Kent Police
1. How many offences of sexual communication with a child (71/17) were recorded in 2023/24?
2. How many of these were flagged online?
Response
Question 1
There were 412 such offences in 2023/24.
Question 2
Figures of this kind, 88 and 91 by quarter half, follow the flag.
Section 40(2) - Personal information
Section 40(2) is an absolute exemption.
""")
    refused = [item for item in ws.review_items() if (item.guess or {}).get("status") == "exempt"]
    assert refused and all("could not read" in item.reason for item in refused)
    assert not any(status == "exempt" for *_, status in _given(ws))
