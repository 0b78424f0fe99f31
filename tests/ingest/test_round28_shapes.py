"""Shapes of reply the twenty-eighth blind round showed the readers misreading, each written here
as an invented reply of that kind: a neither-confirm-nor-deny "in respect of question 3" said
again under question 3's own answer; "Other platform / app"; the youngest victim's age asked
"across the two years"; "Other requests you may be interested in" naming another code; a
question asking "since 1 April 2022"; a long CSV export with outcome codes in a column of their
own and its dashes mangled; "Outstanding"; "Total FY22/23 - FY24/25"; "- - nil"; a key of two
entries on one line; "Dan 13 / Under 13"; "Offences where a suspect was aged under 18 at the
time"; a row label read as a column's name among rows of platforms; and a question of "the
offences at (a) to (c)", not held "in relation to question (d)"."""

from __future__ import annotations

from foistats.ingest.labels import read_label
from foistats.ingest.readers import read_document
from foistats.ingest.structure import structure
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read, _read_file


def test_a_refusal_said_of_a_question_and_again_under_it_refuses_it_once(tmp_path):
    ws = _read(tmp_path, """Lancashire Constabulary
Request
For each of the financial years 2022/23 and 2023/24:
1. How many crimes carried a child sexual exploitation flag?
2. How many of those crimes involved the National Crime Agency?
Response
In respect of question 2, Lancashire Constabulary can neither confirm nor deny that it holds the information.
1. 2022/23 - 211
2023/24 - 236
2. Lancashire Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of section 23(5).
""")
    refused = [o for o in ws.observations() if o.status.value == "exempt"]
    assert sorted(o.period.start.isoformat() for o in refused) == ["2022-04-01", "2023-04-01"]


def test_other_platform_or_app_is_the_platform_lists_other():
    assert read_label("Other platform / app").dims == (("platform", "other"),)
    assert read_label("Other apps or websites").dims == (("platform", "other"),)


def test_an_age_asked_across_the_two_years_is_refused_over_the_span(tmp_path):
    given = _given(_read(tmp_path, """Surrey Police
1. How many crimes of rape of a female child under 13 did you record in each of 2023/24 and 2024/25?
2. What was the age of the youngest victim across the two years?
Response
1. 2023/24 - 47
2024/25 - 52
2. The information you have asked for in question 2 is exempt from disclosure under section 40(2), as it would identify the child.
"""))
    assert ("2023-04-01", "2025-03-31", "", None, "exempt") in given


def test_a_list_of_other_requests_is_an_aside():
    doc = read_document(b"""<html><body><main>
<h1>Sexual communication with a child (Ref 0934-24)</h1>
<h2>Request</h2><p>How many offences of sexual communication with a child (Home Office classification 71/17) did you record in 2023?</p>
<h2>Response</h2><p>Between 1 January 2023 and 31 December 2023 a total of 257 offences were recorded.</p>
<section><h2>Other requests you may be interested in</h2>
<ul><li><a href="/foi/0611-24/">Grooming offences (88A) 2021 to 2023</a></li></ul></section>
</main></body></html>""", "reply.html")
    placed, _ = structure(doc)
    assert [p.role for p in placed if "88A" in getattr(p.block, "text", "")] == ["aside"]


def test_a_question_asked_since_a_day_is_refused_for_a_person_to_place(tmp_path):
    ws = _read(tmp_path, """Devon & Cornwall Police
Q1. How many crimes recorded in 2022/23 and 2023/24 carried a child sexual exploitation marker?
Q2. Since 1 April 2022, in how many of these crimes was the suspect a serving police officer?
Response
Q1. Between April 2022 and March 2023 there were 312 such crimes, and between April 2023 and March 2024 there were 287.
Q2. Devon & Cornwall Police can neither confirm nor deny that it holds this information, by virtue of section 30(3).
""")
    assert not any(status == "exempt" for *_, status in _given(ws))
    assert any("Since 1 April 2022" in item.reason for item in ws.review_items())


def test_a_long_csv_with_outcome_codes_and_mojibake(tmp_path):
    ws = _read_file(tmp_path, "reply.csv", """\ufeffHampshire and Isle of Wight Constabulary,,,
Crimes recorded under Home Office code 086/02 \u00e2\u20ac\u201c indecent photographs of a child,,,
,,,
Financial Year,Outcome Code,Outcome Description,Number of Crimes
2022-23,01,Charged/Summonsed,87
2022-23,03,Caution \u00e2\u20ac\u201c Adult,6
2022-23,18,Investigation complete \u00e2\u20ac\u201c no suspect identified,9
2022-23,,Outstanding \u00e2\u20ac\u201c no outcome yet assigned,12
2022-23,,Total,114
""".encode("utf-8"))
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;outcome=charged", 87, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=86/2;outcome=ongoing", 12, "reported") in given


def test_labels_of_spans_keys_translations_and_suspects():
    assert str(read_label("Total FY22/23 - FY24/25").period) == "2022/23 to 2024/25"
    assert suppression_rule("- - nil (no records).").means == "nil"
    assert read_label("Dan 13 / Under 13").dims == (("victim_age_min", "0"), ("victim_age_max", "12"))
    assert read_label("Caution – youth (2) / adult (3)").dims == (("outcome", "cautioned"),)
    assert read_label("Offences where a suspect was aged under 18 at the time").dims == \
        (("suspect_age_min", "0"), ("suspect_age_max", "17"))


def test_a_key_of_two_entries_on_one_line_makes_a_dash_nil(tmp_path):
    given = _given(_read(tmp_path, """Northamptonshire Police
1. How many offences of indecent images of children were recorded in 2022/23 and 2023/24, by online flag?
Response
Online flag\t2022/23\t2023/24
Yes\t412\t398
No\t-\t77
x = 1 to 4 (totals include these figures) - = nil
"""))
    assert ("2022-04-01", "2023-03-31", "online_flag=false", 0, "reported") in given


def test_a_row_read_as_a_columns_name_among_rows_of_platforms_waits(tmp_path):
    ws = _read(tmp_path, """West Yorkshire Police
1. Which platforms were used in offences of sexual communication with a child recorded in 2023?
Response
Platform / app | 2023
Snapchat | 162
Instagram | 71
Gaming sites / apps | 12
""")
    assert ("2023-01-01", "2023-12-31", "platform=snapchat", 162, "reported") in _given(ws)
    assert not any(value == 12 for *_, value, _ in _given(ws))
    assert any("Gaming sites / apps" in item.reason for item in ws.review_items())


def test_a_question_of_the_offences_at_a_to_c_not_held_in_relation_to_it(tmp_path):
    given = _given(_read(tmp_path, """Suffolk Constabulary
Request
Please provide the following for the calendar year 2024:
(a) the number of offences of rape of a female child under 13 (019E);
(b) the number of offences of rape of a male child under 13 (019H);
(c) the number of offences of sexual activity involving a child under 16 (022B);
(d) of the offences at (a) to (c), how many involved a victim who was a looked after child?
Response
(a) 41
(b) 12
(c) 77
In relation to question (d), Suffolk Constabulary does not hold this information, as whether a victim is looked after is not recorded.
"""))
    assert ("2024-01-01", "2024-12-31", "", None, "not_held") in given
    assert not any(status == "not_held" and "offence_code" in breakdown for *_, breakdown, _, status in given)
