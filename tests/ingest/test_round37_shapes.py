"""Shapes of reply the thirty-seventh blind round (opened at once) showed the readers
misreading, each written here as an invented reply of that kind: a table flattened one cell per
line under a heading and a line leading into it, whose header of years is not the first group's
label of a table with two label columns; a row whose label wrapped over one or two lines above
its figures, as text copied out of a PDF leaves it; a workbook setting out the request's
questions one a row, the key in one cell and the words in the next; "Recorded" over a column of
what is counted, beside "Online flag"; "of which online flag attached"; and quarters named by
their months without a year ("January – March") beside columns of years. One more, caught by
the whole corpus when numbered notes in a workbook came to be read as text: a value an
amendment puts right in the year it names leaves the same value of another year standing."""

from __future__ import annotations

from foistats.ingest.text import read_text

from foistats.ingest.labels import read_label

from .test_questions import _given, _read
from .test_round20_shapes import _workbook

FLATTENED_UNDER_A_LEAD = """North Yorkshire Police
Request
1. For each of the financial years 2021/22, 2022/23 and 2023/24 so far, how many sexual offences with the online flag were recorded, by the gender of the victim.
Response
Online flagged sexual offences against children, by victim gender:
Victim gender
2021/22
2022/23
2023/24 (to 31/12/23)
Female
172
190
139
Male
38
45
29
"""


def test_a_flattened_tables_header_of_years_is_not_a_group_label():
    tables = [b for b in read_text(FLATTENED_UNDER_A_LEAD.encode(), "reply.txt").blocks if hasattr(b, "rows")]
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["Victim gender", "2021/22", "2022/23", "2023/24 (to 31/12/23)"], ["Female", "172", "190", "139"],
        ["Male", "38", "45", "29"]]


def test_a_flattened_table_under_a_lead_is_read_in_step(tmp_path):
    given = _given(_read(tmp_path, FLATTENED_UNDER_A_LEAD))
    assert ("2021-04-01", "2022-03-31", "online_flag=true;victim_gender=female", 172, "reported") in given
    assert ("2023-04-01", "2023-12-31", "online_flag=true;victim_gender=male", 29, "reported") in given


def test_a_row_whose_label_wrapped_over_its_figures_line(tmp_path):
    given = _given(_read(tmp_path, """Staffordshire Police
1. The number of crimes recorded where a suspect was aged under 18, broken down by Home Office offence code, for 2022 and 2023.
Response
HO Code Offence Description 2022 2023 Total
19D Rape of a female child under 16 17 19 36
20B Sexual assault on a female child
under 13
26 31 57
17B Sexual assault on a male child under 13 12 9 21
Total 55 59 114
"""))
    assert ("2022-01-01", "2022-12-31", "offence_code=20B;suspect_age_max=17;suspect_age_min=0", 26, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=17B;suspect_age_max=17;suspect_age_min=0", 9, "reported") in given


def test_a_workbooks_questions_set_out_one_a_row(tmp_path):
    given = _given(_workbook(tmp_path, {
        "Response": [["Leicestershire Police"],
                     ["Request"],
                     ["Q1", "How many crimes recorded in each financial year from 2021/22 to 2022/23 had a child sexual "
                            "exploitation (CSE) flag attached?"],
                     ["Q2", "Of the crimes in Q1, how many also had the online (cyber) flag attached?"],
                     ["Response"],
                     ["Q1 and Q2 - please see the tab 'CSE crimes'."]],
        "CSE crimes": [["Crimes with a CSE flag attached"],
                       [None, "2021/22", "2022/23", "Total"],
                       ["CSE flagged crimes", 263, 298, 561],
                       ["of which online flag attached", 104, 121, 225]]}, authority="Leicestershire"))
    assert ("2021-04-01", "2022-03-31", "", 263, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 121, "reported") in given


def test_recorded_over_a_column_is_what_is_counted():
    assert read_label("Recorded").axis == "value"
    assert read_label("of which online flag attached").dims == (("online_flag", "true"),)


def test_quarters_without_their_year_beside_columns_of_years(tmp_path):
    given = _given(_read(tmp_path, """Humberside Police
1. How many crimes with a child sexual exploitation (CSE) flag were recorded in each quarter of 2022 and 2023?
Response
1. CSE-flagged crimes recorded, by quarter
Quarter | 2022 | 2023
January – March | 31 | 34
April – June | 36 | 29
Total | 67 | 63
"""))
    assert ("2022-01-01", "2022-03-31", "", 31, "reported") in given
    assert ("2023-04-01", "2023-06-30", "", 29, "reported") in given


def test_a_value_put_right_in_one_year_leaves_the_same_value_of_another(tmp_path):
    given = _given(_read(tmp_path, """Norfolk Constabulary
1. How many sexual offences against children were recorded in each of 2022/23 and 2023/24?
Response
Year | Offences
2022/23 | 107
2023/24 | 104
AMENDMENT: in the original response the 2022/23 figure was given as 104. Offences transferred from another force had been excluded in error and the figure has been corrected.
"""))
    assert ("2023-04-01", "2024-03-31", "", 104, "reported") in given
