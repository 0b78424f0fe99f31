"""Shapes of reply the thirty-eighth blind round (opened at once) showed the readers
misreading, each written here as an invented reply of that kind: a count asked of several named
platforms ("how many involved Snapchat, WhatsApp, Instagram or TikTok?"), whose refusal is of
no one count the reply gives elsewhere; "Recorded crimes - 86/2" over a column, the code's
count; suspects "split into the age bands 10-13, 14-15 and 16-17", bands of the suspects'
ages; and a table flattened one cell per line whose offence titles wrapped before their age
("019D Rape of a female child", "under 16") and whose headings are each in two ("Q1",
"Apr-Jun 2023"). Two more, caught by the whole corpus: an age band after "Total" among a
flattened table's labels is a row of its own, not the end of a title; and a list asked of "each of
the following platforms" is refused a period at a time, as before."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read


def test_a_refused_count_of_several_named_platforms_is_for_a_person(tmp_path):
    ws = _read(tmp_path, """Derbyshire Constabulary
1. How many crimes of taking, making or distributing indecent images of children (Home Office code 86/2) were recorded in each of the calendar years 2021 and 2022?
2. Of the crimes at question 1, how many involved Snapchat, WhatsApp, Instagram or TikTok? Totals for the two years are fine.
Response
Question 1
2021 - 189
2022 - 214
Question 2
Derbyshire Constabulary does not hold this information. This should be treated as a notice under section 17 of the Act
that the information is not held.
""")
    given = _given(ws)
    assert ("2021-01-01", "2021-12-31", "offence_code=86/2", 189, "reported") in given
    assert not any(status == "not_held" for *_, status in given)
    assert any("several platforms" in item.reason for item in ws.review_items())


def test_recorded_crimes_then_a_code_is_that_codes_count():
    assert read_label("Recorded crimes - 86/2").dims == (("offence_code", "86/2"),)


def test_suspects_split_into_age_bands_are_bands_of_their_ages():
    assert prose.ages_of("For those crimes, how many suspects were aged under 18, split into the age bands 10-13, "
                         "14-15 and 16-17, for each year?") == "suspect"


def test_a_flattened_table_with_wrapped_titles_and_headings(tmp_path):
    given = _given(_read(tmp_path, """Merseyside Police
"For the financial year 2023/24 please provide:
1. The number of offences of rape of a child recorded, by Home Office code and quarter."
RESPONSE
Question 1
Offence
Q1
Apr-Jun 2023
Q2
Jul-Sep 2023
019D Rape of a female child
under 16
34
29
019E Rape of a female child
under 13
22
18
Total
56
47
"""))
    assert ("2023-04-01", "2023-06-30", "offence_code=19D", 34, "reported") in given
    assert ("2023-07-01", "2023-09-30", "offence_code=19E", 18, "reported") in given
    assert not any(dims.startswith("victim_age") for _, _, dims, _, _ in given)


def test_an_age_band_after_a_total_is_a_row_of_its_own(tmp_path):
    given = _given(_read(tmp_path, """Greater Manchester Police
1. How many offences of sexual communication with a child (71/17) were recorded in 2022/23 and 2023/24, by the age of the victim?
Response
Age of victim
2022/23
2023/24
Total
Under 13
102
97
199
13 to 15
236
251
487
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 102, "reported") in given


def test_a_list_asked_of_each_named_platform_is_refused_a_period_at_a_time(tmp_path):
    given = _given(_read(tmp_path, """Merseyside Police
Q1 How many offences of sexual communication with a child were recorded in each of 2022 and 2023?
Q2 For each of those years, how many of the offences involved each of the following platforms: Snapchat, Instagram, WhatsApp, Facebook, or any other platform?
Response
Q1 - In 2022 there were 143 offences of sexual communication with a child recorded, and in 2023 there were 167.
Q2 - The platform used has not been captured in a searchable field, so the information for 2022 and 2023 is not held for the purposes of the Act.
"""))
    assert ("2022-01-01", "2022-12-31", "", None, "not_held") in given


def test_a_flattened_table_of_years_over_age_bands_keeps_its_two_label_columns(tmp_path):
    given = _given(_read(tmp_path, """Kent Police
1. How many sexual offences against children were recorded in 2022 and 2023, by the age of the victim?
Response
Year
Age of victim
Offences
2022
Under 13
12
13 to 15
40
2023
Under 13
10
13 to 15
38
"""))
    assert ("2023-01-01", "2023-12-31", "victim_age_max=12;victim_age_min=0", 10, "reported") in given
