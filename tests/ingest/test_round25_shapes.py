"""Shapes of reply the twenty-fifth blind round showed the readers misreading, each written here
as an invented reply of that kind: an amendment box at the top saying what a count "was given
as", read as a question; "the number of crimes where the victim was aged under 18" read as a
count stated, not asked; "Question 2" under a "Notes:" heading read as a note; a refusal "over
the same period" as a question asking a year "so far", whose end the request does not say;
"the apps on which the messages were sent" asked of the question before; AirDrop as a platform;
"where two or more offenders were linked" beside figures given respectively; "Art 22A" as a
code; offences named by title and section over a table's columns; a code said aside in a
sentence; an e-mail wrapped at a fixed width before a capital; "[1]www…" and "contact West
Mercia Police on 101"."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read


def test_an_amendment_saying_what_a_count_was_given_as_is_no_question(tmp_path):
    given = _given(_read(tmp_path, """Lincolnshire Police
Amendment: this response replaces our letter of 2 May 2025. The number of offences of sexual activity with a child (22A) recorded in 2023 was given as 41; the correct figure is 44.
You asked:
1. How many offences of sexual activity with a child (22A) and of causing a child to watch a sexual act (22B) were recorded in each of 2023 and 2024?
2. For the offences recorded in 2024, what outcome has each been given?
Response
Question 2
Outcome\tOffences
Charged\t12
Investigation ongoing\t30
"""))
    assert ("2024-01-01", "2024-12-31", "outcome=charged", 12, "reported") in given
    assert not any("22A" in breakdown or "22B" in breakdown for *_, breakdown, _, _ in given)


def test_a_count_asked_of_crimes_where_the_victim_was_a_given_age_is_a_question():
    assert prose.question_like("The number of sexual crimes recorded where the victim was aged under 18, "
                               "broken down by local policing division.")
    assert not prose.question_like("At 31 March the number of children with an open risk assessment was:")


def test_a_question_heading_after_notes_ends_them(tmp_path):
    given = _given(_read(tmp_path, """Police Scotland
For each of the financial years 2022/23 and 2023/24 please provide:
1. The number of sexual crimes recorded where the victim was a child, broken down by gender.
2. How many of those crimes were flagged as cyber-enabled.
Question 1
Gender\t2022-23\t2023-24
Female\t812\t845
Male\t203\t199
Notes:
Data is based on the date the crime was raised.
Question 2
2022-23: 266
2023-24: 281
"""))
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 266, "reported") in given
    assert not any(value == 266 and "online" not in breakdown for *_, breakdown, value, _ in given)


SO_FAR = """Gloucestershire Constabulary
You asked:
1. How many sexual offences against children did you record in 2023 and in 2024 so far?
2. Over the same period, how many of these offences involved a image sent by AirDrop?
Response
In answer to question 1, we recorded 402 such offences in 2023. {so_far}
In answer to question 2, this information is not held: no field records how an image was sent.
"""


def test_a_span_over_a_year_asked_so_far_waits_for_a_person(tmp_path):
    given = _given(ws := _read(tmp_path, SO_FAR.format(so_far="Figures for 2024 will be published next year.")))
    assert ("2023-01-01", "2023-12-31", "", 402, "reported") in given
    # over 2023 and 2024 so far: where the span ends neither the request nor the reply says, so the refusal waits
    assert not any(status == "not_held" for *_, status in given)
    assert any("'to date'" in item.reason for item in ws.review_items())


def test_a_span_over_a_year_asked_so_far_ends_where_the_reply_says_so_far_ends(tmp_path):
    given = _given(_read(tmp_path, SO_FAR.format(so_far="Between 1 January and 31 August 2024, 288 were recorded.")))
    assert ("2024-01-01", "2024-08-31", "", 288, "reported") in given
    assert ("2023-01-01", "2024-08-31", "platform=airdrop", None, "not_held") in given


def test_apps_on_which_the_messages_were_sent_are_asked_of_the_question_before(tmp_path):
    given = _given(_read(tmp_path, """Cumbria Constabulary
Request
(a) The number of crimes of sexual communication with a child recorded in 2024 where the suspect was aged under 18.
(b) The apps on which the messages were sent.
Response
(a) In 2024 there were 17 such crimes.
(b) This information is not held, as the app used is not a mandatory field on our crime recording system.
"""))
    assert not any(status == "not_held" and "suspect_age_max=17" not in breakdown for *_, breakdown, _, status in given)


def test_airdrop_is_a_platform():
    assert read_label("AirDrop").dims == (("platform", "airdrop"),)


def test_a_threshold_in_what_is_counted_is_no_figure_and_three_complete_years_are_counted_back():
    figures, _ = prose.respective_counts("Of the crimes shown above, 11, 8 and 14 respectively were recorded as "
                                         "group-based exploitation, where two or more offenders were linked to the same crime.")
    assert figures == [11, 8, 14]
    assert prose.relative_periods("for the last three complete financial years").count == 3


def test_an_article_number_is_no_home_office_code():
    assert prose.codes_in("Art 22A Sexual communication with a child") == []
    assert prose.codes_in("offence code 22A") == ["22A"]


def test_offences_named_by_title_and_section_are_the_kinds_a_table_counts(tmp_path):
    given = _given(_read(tmp_path, """Bedfordshire Police
Request
Please provide for each of the last two calendar years:
1. The number of offences of sexual communication with a child (Section 15A) recorded.
2. The number of offences of causing a child to watch a sexual act (Section 12) recorded.
Response
We have taken the last two calendar years to mean 1 January 2023 to 31 December 2024.
Questions 1 and 2
Year | Sexual communication with a child (s.15A) | Causing a child to watch a sexual act (s.12)
2023 | 26 | 11
2024 | 31 | 9
"""))
    assert ("2023-01-01", "2023-12-31", "", 26, "reported") in given
    assert ("2024-01-01", "2024-12-31", "", 9, "reported") in given
    assert not any("71/17" in breakdown for *_, breakdown, _, _ in given)


def test_a_code_said_aside_leaves_the_figure_its_period():
    pairs = prose.period_figures("West Mercia Police recorded 187 offences of sexual communication with a child "
                                 "(Home Office classification 71/17) between 1 January 2024 and 31 December 2024.")
    assert [(p.value, p.period.start.isoformat(), p.period.end.isoformat()) for p in pairs] == [(187, "2024-01-01", "2024-12-31")]


WRAPPED_AT_72 = """From: West Mercia Police
Dear Ms Harding

I write in connection with your request for information received by West
Mercia Police on 11 August 2025 in which you sought access to the
following information about offences recorded in the calendar year 2024:

"1. How many offences of sexual communication with a child did your force
record in the calendar year 2024?"

1. West Mercia Police recorded 187 offences of sexual communication with a
child in the calendar year 2024, a figure drawn from our crime recording
system on 2 September 2025 and correct at the time it was extracted.

If you have any concerns about a child's safety, please contact West
Mercia Police on 101, or 999 in an emergency. More information is at
[1]www.westmercia.police.uk and we are always happy to help with advice.
"""


def test_an_email_wrapped_at_its_width_is_read_whole_and_its_numbers_to_call_are_no_figures(tmp_path):
    ws = _read(tmp_path, WRAPPED_AT_72)
    assert ("2024-01-01", "2024-12-31", "", 187, "reported") in _given(ws)
    assert not any(n in item.reason for item in ws.review_items() for n in ("101", "999", "number 1 "))


def test_a_count_a_sentence_hides_is_suppressed_within_the_replys_rule(tmp_path):
    given = _given(_read(tmp_path, """Rutland Constabulary
1. How many offences carried the cyber-enabled flag in 2022, 2023 and 2024?
Response
Figures between one and four are shown as <5, as a number that small could identify a child.
1. The cyber-enabled flag was applied to 5 offences in 2022, 8 in 2023 and <5 in 2024.
"""))
    assert ("2023-01-01", "2023-12-31", "online_flag=true", 8, "reported") in given
    assert ("2024-01-01", "2024-12-31", "online_flag=true", None, "suppressed") in given
    pairs = prose.period_figures("In 2022 there were fewer than five such offences, and 12 in 2023.")
    assert [(p.value, p.marker) for p in pairs] == [(None, "<5"), (12, "")]


def test_of_these_a_band_of_the_victims_age_then_the_count_it_was_in(tmp_path):
    given = _given(_read(tmp_path, """West Mercia Police
1. How many offences of sexual communication with a child were recorded in 2024?
2. Of those, how many involved a victim aged 12 or under?
Response
1. West Mercia Police recorded 203 offences of sexual communication with a child (Home Office classification 71/17) in 2024.
2. Of these, the victim was aged 12 or under at the time of the offence in 52 offences.
"""))
    assert ("2024-01-01", "2024-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 52, "reported") in given


def test_a_count_so_far_in_a_year_is_of_no_whole_year(tmp_path):
    # found in session 40 (the reading before it put the 288 in the whole of 2024)
    ws = _read(tmp_path, SO_FAR.format(so_far="So far in 2024, 288 have been recorded."))
    assert not any(o.value == 288 for o in ws.observations())
    assert any("288" in item.reason for item in ws.review_items())
