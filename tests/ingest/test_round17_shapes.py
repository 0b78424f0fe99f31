"""Shapes of reply the seventeenth blind round showed the readers missing or misreading once it
was opened, each written here as an invented reply of that kind: a dash nothing keys, a key
whose closing quote was mangled, a key set out as a table, "the offences in questions 1 and 2",
one question asking "for each year" beside another that does not, "Instagram … forty-one and
fifty-six respectively", "each of the last three financial years, i.e. April 2021 to March
2024", and a flagged part answered under the question of its whole."""

from __future__ import annotations

from foistats.ingest.prose import respective_counts
from foistats.ingest.text import clean

from .test_questions import _given, _read

UNKEYED_DASH = """Surrey Police
1. How many 86/2 offences resulted in a youth caution in 2022 and 2023?
Response
Outcome\t2022\t2023
Youth caution\t-\t4
Adult caution\t3\t2
"""


def test_a_dash_nothing_keys_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, UNKEYED_DASH)
    assert not any(g[0] == "2022-01-01" and "suspect_age_max=17" in g[2] for g in _given(ws))  # nil, or a count withheld?
    assert any("stands for" in r.reason for r in ws.review_items())
    (tmp_path / "keyed").mkdir()
    keyed = _given(_read(tmp_path / "keyed", UNKEYED_DASH + "\u00e2\u20ac\u0153-\u00e2\u20ac denotes nil.\n"))
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;outcome=cautioned;suspect_age_max=17;suspect_age_min=0", 0, "reported") in keyed


def test_a_mangled_closing_quote_is_mended():
    assert clean("\u00e2\u20ac\u0153-\u00e2\u20ac denotes nil.") == "\u201c-\u201d denotes nil."


def test_a_key_set_out_as_a_table(tmp_path):
    import io

    import openpyxl

    import foistats

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Sexual offences against children recorded in 2022 and 2023, by outcome"])
    notes.append(["Key", None])
    notes.append(["-", "Nil"])
    notes.append(["x", "Suppressed where the number is small"])
    data = book.create_sheet("Table 1")
    data.append(["Outcome", "2022", "2023"])
    data.append(["Charged", 12, 9])
    data.append(["Community resolution", "-", 2])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "reply.xlsx"
    path.write_bytes(buffer.getvalue())
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="BTP")
    assert ("2022-01-01", "2022-12-31", "outcome=community resolution", 0, "reported") in _given(ws)


QUESTIONS_ONE_AND_TWO = """Bedfordshire Police
1. How many offences of rape of a female child under 13 (Home Office code 19E) were recorded in each of 2022 and 2023?
2. The same information for rape of a male child under 13 (Home Office code 19H).
3. How many of the offences in questions 1 and 2 were first referred by the National Crime Agency?
4. For each year, how many of the offences in questions 1 and 2 resulted in a suspect being charged?
Response
1. 2022 - 30
2023 - 34
2. 2022 - 9
2023 - 11
3. Bedfordshire Police can neither confirm nor deny that it holds this information by virtue of Section 23(5).
4. The number of offences (19E and 19H combined) which resulted in a charge:
2022 - 6
2023 - 4
"""


def test_questions_one_and_two_and_a_refusal_beside_a_later_for_each_year(tmp_path):
    ws = _read(tmp_path, QUESTIONS_ONE_AND_TWO)
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "outcome=charged", 6, "reported") in given  # both codes, not 19E alone
    # one count over the span or one a year: writers read it both ways, so a person decides
    assert not any(g[4] == "exempt" for g in given)
    assert any("one count over the years or one a year" in r.reason for r in ws.review_items())


def test_one_platform_named_with_its_counts_respectively():
    assert respective_counts("Instagram is mentioned in forty-one and fifty-six respectively.") == ([41, 56], {"platform": "instagram"})
    assert respective_counts("Snapchat and Instagram are mentioned in 40 and 12 respectively.") == ([], {})


EACH_YEAR_OF_A_SPAN = """Lancashire Constabulary
Request
1. How many offences of sexual communication with a child (71/17) were recorded in each of the last three financial years, i.e. April 2021 to March 2024?
2. For each year, the platforms used.
Response
1. 2021/22 - 201
2022/23 - 214
2023/24 - 222
2. A search has identified 637 offences recorded over the three years. Reading each at 5 minutes would take over 53 hours, above the 18 hour limit, so section 12(1) applies.
"""


def test_each_of_the_last_three_years_that_is_a_span(tmp_path):
    given = _given(_read(tmp_path, EACH_YEAR_OF_A_SPAN))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", None, "exempt") in given
    assert not any(g[4] == "exempt" and g[1] == "2024-03-31" and g[0] == "2021-04-01" for g in given)


FLAGGED_PART_UNDER_ITS_WHOLE = """Suffolk Constabulary
Request
1. The number of crimes with a CSE flag in each of the last three financial years.
2. Of the crimes in question 1, how many also carried the online flag.
Response
2021/22 - 140
2022/23 - 151
2023/24 - 133
Total - 424
The number of the above crimes which also carried the online flag is as follows:
2021/22 - 52
2022/23 - 64
2023/24 - 47
"""


def test_a_flagged_part_answered_under_its_wholes_question_is_not_unanswered(tmp_path):
    given = _given(_read(tmp_path, FLAGGED_PART_UNDER_ITS_WHOLE))
    assert not any(g[4] == "no_response" for g in given)


def test_a_span_asked_with_each_year_shown_separately():
    from foistats.ingest.setting import _each_if_separately

    said = _each_if_separately("By the last three years I mean April 2021 to March 2024, with each year shown separately please.")
    assert [p.label for p in said] == ["2021/22", "2022/23", "2023/24"]
    assert [p.label for p in _each_if_separately("I mean April 2021 to March 2024.")] == ["2021/22 to 2023/24"]
