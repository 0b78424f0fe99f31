"""Shapes of reply the twenty-fourth blind round showed the readers missing or misreading, each
written here as an invented reply of that kind: a sheet's numbered caption over two lines of
chrome ("Calendar year of recording.", "Ref: …"); "the last three financial years" defined after
a clause naming another year; a table broken by a page whose footer is the force's address;
"Other" among platforms; "Of which online (cyber) flagged"; and "In the 2023 calendar year"."""

from __future__ import annotations

from datetime import date

from foistats.ingest import prose
from foistats.ingest.labels import read_label, resolve_unknowns
from foistats.periods import Period

from .test_questions import _given, _read
from .test_round20_shapes import _workbook


def test_a_numbered_caption_over_two_lines_of_chrome_says_what_its_table_counts(tmp_path):
    ws = _workbook(tmp_path, {"Table 2": [
        ["Table 2: Sexual offences against children carrying the online / cyber-enabled flag, by age of victim"],
        ["Calendar year of recording."],
        ["Ref: FOI/2025/0042"],
        ["Year", "Under 13", "13-15"],
        ["2022", 41, 97],
        ["2023", 45, 102]]})
    assert ("2023-01-01", "2023-12-31", "online_flag=true;victim_age_max=12;victim_age_min=0", 45, "reported") in _given(ws)


def test_the_last_three_years_defined_after_a_clause_naming_another_year(tmp_path):
    given = _given(_read(tmp_path, """Suffolk Constabulary
Request
For each of the last three financial years, how many offences of sexual communication with a child (71/17) did you record?
Response
As the 2024/25 financial year has not yet finished, we have taken "the last three financial years" to mean 1 April 2021 to 31 March 2024.
We cannot provide this information within the appropriate limit, and refuse it under section 12(1).
"""))
    assert {(start, status) for start, _, _, _, status in given} == {
        ("2021-04-01", "exempt"), ("2022-04-01", "exempt"), ("2023-04-01", "exempt")}


def test_a_table_broken_by_a_page_whose_footer_is_the_forces_address(tmp_path):
    footer = "Suffolk Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"
    given = _given(_read(tmp_path, f"""Suffolk Constabulary
Request
For 2022/23 and 2023/24, how many offences of each of these did you record: 21, 22B, 71/17?
Response

HO Code   Offence                                     2022/23    2023/24
21        Sexual activity involving a child under 13       44         51

{footer}
                                                                   Page 1 of 2
OFFICIAL
OFFICIAL

HO Code   Offence                                     2022/23    2023/24
22B       Sexual activity involving a child under 16      190        203
71/17     Sexual communication with a child               131        140

{footer}
                                                                   Page 2 of 2
"""))
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17", 140, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=22B", 190, "reported") in given


def test_other_among_platforms_the_online_cyber_flag_and_a_calendar_year_said_after_its_year():
    edge = resolve_unknowns([read_label("Snapchat"), read_label("Instagram"), read_label("Other")])
    assert edge[2].dims == (("platform", "other"),)
    assert resolve_unknowns([read_label("Female"), read_label("Other")])[1].dims == ()  # not among platforms
    assert read_label("Of which online (cyber) flagged").dims == (("online_flag", "true"),)
    [mention] = prose.periods_in("In the 2023 calendar year there were 187 crimes")
    assert mention.periods == (Period(date(2023, 1, 1), date(2023, 12, 31)),)
