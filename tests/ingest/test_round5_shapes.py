"""Shapes of reply the fifth blind round and a count of lost figures showed the readers missing
or misreading, each written here as a force would write it, with what a careful person reads
from it: a header wrapped over two lines with a corner cell over nothing, a column naming its
offence code ("86/2 offences"), small counts written in words, one count a sentence says was
flagged online, a part year written "to 31/12/2024", numbers after "question 1," and figures
given "respectively" after the periods were named in another order. Also `foistats ingest
--format json`: every number of a reply with its fate."""

from __future__ import annotations

import json

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read

WRAPPED_WITH_CORNER = """Gwent Police
Request
For each of the financial years FY 20/21 and FY 21/22 please provide:
(a) the number of offences recorded of taking, making or distributing indecent photographs of children (86/2);
(b) the number of suspects linked to those offences, broken down by age group.
Response
Please see the table below.

Year          86/2 offences     Suspects      Suspects
                                aged 10-17    aged 18+
FY 20/21      173               26            97
FY 21/22      161               *             91

*  Figures have been suppressed to protect the identity of individuals.
"""


def test_a_header_wrapped_over_two_lines_keeps_the_corner_that_has_nothing_under_it(tmp_path):
    given = _given(_read(tmp_path, WRAPPED_WITH_CORNER))
    assert {("2020-04-01", "2021-03-31", "offence_code=86/2", 173, "reported"),
            ("2020-04-01", "2021-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 26, "reported"),
            ("2021-04-01", "2022-03-31", "offence_code=86/2;suspect_age_min=18", 91, "reported"),
            ("2021-04-01", "2022-03-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", None, "suppressed")} \
        <= given
    assert not any(value in (2020, 2021) for *_, value, _ in given)


def test_a_code_with_a_word_that_says_only_offences_are_counted_is_the_code():
    for label, code in [("86/2 offences", "86/2"), ("Offences (22A)", "22A"), ("17B crimes recorded", "17B"),
                        ("Recorded crimes 71/17", "71/17")]:
        assert read_label(label).dims == (("offence_code", code),), label
    assert read_label("19 offences").dims == ()  # a count of offences, as like as a code


WORDS_AND_ONE_FLAGGED = """City of London Police
Request
For the calendar years 2022 and 2023:
Q1 How many sexual offences were recorded where the victim was a child (under 18)?
Q2 How many of these offences were flagged as having an online element?
Response
Q1. City of London Police recorded three sexual offences where the victim was under 18 in 2022, and five in 2023.
Q2. None of the offences recorded in 2022 had the online flag applied. Two of the offences recorded in 2023 were flagged as online.
"""


def test_small_counts_in_words_and_one_count_a_sentence_says_was_flagged_online(tmp_path):
    given = _given(_read(tmp_path, WORDS_AND_ONE_FLAGGED))
    assert given == {("2022-01-01", "2022-12-31", "", 3, "reported"), ("2023-01-01", "2023-12-31", "", 5, "reported"),
                     ("2022-01-01", "2022-12-31", "online_flag=true", 0, "reported"),
                     ("2023-01-01", "2023-12-31", "online_flag=true", 2, "reported")}


def test_a_scope_apart_from_its_figures_places_none_of_them():
    # whether the last clause's band or flag is of its own figure or of the whole list is not said
    for sentence in ["Of the offences recorded at a school, 9 in 2021, 12 in 2022 and 15 in 2023 had a suspect aged under 18.",
                     "Of the offences flagged online, 12 were recorded in 2023.",
                     "Of these, 12 were recorded in 2023 and were flagged as online."]:
        assert prose.period_figures(sentence) == [], sentence
    pairs = prose.period_figures("In 2022 there were 41 offences against victims aged 13 to 15, and 12 against victims aged under 13.")
    assert [(f.value, f.dims) for f in pairs] == [(41, {"victim_age_min": "13", "victim_age_max": "15"}),
                                                  (12, {"victim_age_min": "0", "victim_age_max": "12"})]


def test_outcomes_as_at_a_day_keep_the_period_their_offences_were_recorded_in():
    assert prose.period_figures("As at 3 January 2025 nine of the offences had resulted in a charge.") == []


def test_a_part_year_to_a_day_in_a_sentence_and_in_a_label():
    periods = [m.periods[-1] for m in prose.periods_in("Female: 16 (2022-23), nine (2024-25 to 31/12/2024)")]
    assert [(p.start.isoformat(), p.end.isoformat()) for p in periods] == [("2022-04-01", "2023-03-31"),
                                                                            ("2024-04-01", "2024-12-31")]
    for label, end in [("2024-25 to 31/12/2024", "2024-12-31"), ("2024 (to 30/11)", "2024-11-30"),
                       ("2024-25 (to 30/09/24)", "2024-09-30"), ("2024 (to 30 November)", "2024-11-30")]:
        assert read_label(label).period.end.isoformat() == end, label
    assert read_label("2024-25 (to 31/12/2023)").period is None  # a day outside the year narrows nothing


AFTER_QUESTION_ONE = """Northumbria Police
Request
1. How many rape offences against children were recorded in 2021/22, 2022/23 and 2023/24?
2. How many of these resulted in a charge?
Response
Question 1: 17 in 2021/22, 23 in 2022/23 and 19 in 2023/24.
Question 2: Of the offences in question 1, 14, 11 and 9 respectively had a recorded outcome of charge or summons.
"""


def test_numbers_after_question_1_and_a_comma_are_figures(tmp_path):
    given = _given(_read(tmp_path, AFTER_QUESTION_ONE))
    assert {("2021-04-01", "2022-03-31", "outcome=charged", 14, "reported"),
            ("2023-04-01", "2024-03-31", "outcome=charged", 9, "reported")} <= given


RESPECTIVELY_REORDERED = """Hertfordshire Constabulary
Request
Q1. For the financial years 2022/23 and 2023/24, the number of offences of sexual assault on a male child under 13 (17B).
Response
Q1. In 2023/24 the Constabulary recorded 40 such offences, compared with 38 in 2022/23. Of these the figures for boys aged under 10 were 31 and twenty-six respectively.
"""


def test_figures_given_respectively_after_the_periods_named_in_another_order_go_to_review(tmp_path):
    ws = _read(tmp_path, RESPECTIVELY_REORDERED)
    assert not any(o.value in (31, 26) for o in ws.observations())
    assert {r.guess["value"] for r in ws.review_items() if r.guess} >= {31, 26}


def test_ingest_json_gives_every_number_of_a_reply_with_its_fate(tmp_path, run_cli):
    reply = tmp_path / "reply.txt"
    reply.write_text(AFTER_QUESTION_ONE, encoding="utf-8")
    run_cli("init", tmp_path / "ws")
    code, out, _ = run_cli("ingest", reply, "--workspace", tmp_path / "ws", "--format", "json")
    assert code == 0
    [document] = json.loads(out)
    account = document["account"]
    assert account["numbers"] == len(document["numbers"]) == account["figures"] + account["to_review"] + account["not_figures"]
    fates = {(n["text"], n["where"]): (n["fate"], n["kind"]) for n in document["numbers"]}
    assert fates[("14", "line 7")] == ("figure", "")
    assert fates[("1", "line 7")] == ("not a figure", "question or list number")
    assert document["written"] == account["figures"] and document["authority"] == "northumbria"
    code, out, err = run_cli("ingest", tmp_path / "none.txt", "--workspace", tmp_path / "ws", "--format", "json")
    assert code == 1 and json.loads(out)[0]["error"].endswith("no such file") and "none.txt" in err
