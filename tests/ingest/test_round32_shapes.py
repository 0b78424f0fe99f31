"""Shapes of reply the thirty-second blind round (held back, then opened) showed the readers
misreading, each written here as an invented reply of that kind: a financial year written with an
en dash ("2022–23"); a Scottish reply opening "Having considered your request …" straight after
the questions; a part "of the 431 … recorded across the three years"; a sentence's parts after a
dash ("… were recorded – 83 with a female victim …"); a code after "HO" in a label
("Offences recorded (HO 071/17)"); a label of what is counted and when ("Offences 2023-24"); a
force's note beginning "Please be aware that 37 …", which is no request; and an outcome said after
the figures ("…, had no outcome yet")."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label
from foistats.ingest.structure import structure
from foistats.ingest.text import read_text

from .test_questions import _given, _read


def test_a_financial_year_written_with_an_en_dash_is_a_year_not_a_figure(tmp_path):
    given = _given(_read(tmp_path, """Lancashire Constabulary
1. How many offences of sexual communication with a child were recorded in each of the last two financial years?
Response
For the purposes of this request the last two financial years are 2021–22 (1 April 2021 to 31 March 2022) and 2022–23 (1 April 2022 to 31 March 2023).
1. In 2021–22 the force recorded 305 offences of sexual communication with a child, and in 2022–23 it recorded 287.
"""))
    assert ("2021-04-01", "2022-03-31", "", 305, "reported") in given
    assert ("2022-04-01", "2023-03-31", "", 287, "reported") in given
    assert not any(value in (22, 23) for *_, value, _ in given)


def test_a_span_of_financial_years_written_with_en_dashes():
    said = prose.periods_in("in each financial year from 2019–20 to 2021–22")
    assert [(p.start.isoformat(), p.end.isoformat()) for m in said for p in m.periods] == \
        [("2019-04-01", "2020-03-31"), ("2020-04-01", "2021-03-31"), ("2021-04-01", "2022-03-31")]


def test_a_scottish_reply_opening_having_considered_your_request_is_the_response():
    doc = read_text("""Police Scotland
You asked for the following:
(a) the number of sexual crimes against children recorded in each of the calendar years 2022 and 2023;
(b) how many of those crimes were cyber-enabled.
Having considered your request in terms of the above Act, I am able to provide the following.
(a) Recorded crimes
In 2022 Police Scotland recorded 1,204 such crimes and in 2023 it recorded 1,311.
""".encode("utf-8"), "reply.txt")
    placed, _ = structure(doc)
    roles = {p.block.text[:21]: p.role for p in placed}
    assert roles["Having considered you"] == "response"
    assert roles["(a) Recorded crimes"] == "response"


def test_a_part_of_the_figures_said_across_the_years_asked(tmp_path):
    given = _given(_read(tmp_path, """Cumbria Constabulary
1. The number of crimes recorded with a child sexual exploitation (CSE) flag in each of the calendar years 2021 – 2023.
2. Of those crimes, how many also had the online flag applied?
Response
1. CSE flagged crimes by calendar year recorded:
2021: 88
2022: 102
2023: 95
2. Of the 285 CSE flagged crimes recorded across the three years, 61 also carried the online flag.
"""))
    assert ("2021-01-01", "2023-12-31", "", 285, "reported") in given
    assert ("2021-01-01", "2023-12-31", "online_flag=true", 61, "reported") in given


def test_the_parts_of_a_sentence_after_a_dash():
    said = prose.period_figures("In 2023/24 a total of 96 offences were recorded – 80 with a female victim and 16 with a male victim.")
    assert [(f.value, f.dims) for f in said] == [(96, {}), (80, {"victim_gender": "female"}), (16, {"victim_gender": "male"})]
    assert prose.period_figures("In 2023 the figure was 1 – 4 offences.") == []
    # (but not a label from its figure: "(b) Cautioned – <5")
    assert [f.dims for f in prose.period_figures("(b) Cautioned – <5", unstated=True)] == [{"outcome": "cautioned"}]


def test_a_code_after_ho_in_a_label():
    for text in ("Offences recorded (HO 071/17)", "HO 071/17", "Offences (HO code 71/17)"):
        assert dict(read_label(text, child=True).dims) == {"offence_code": "71/17"}, text


def test_a_label_saying_what_is_counted_and_when_is_the_period():
    for text, period in (("Offences 2023-24", "2023/24"), ("Crimes 2022", "2022"), ("2023-24 offences", "2023/24"),
                         ("Offences recorded 2023/24", "2023/24")):
        label = read_label(text, child=True)
        assert (label.axis, label.period.label if label.period else None) == ("period", period), text
    assert read_label("Female 2022", child=True).axis != "period"


def test_a_force_note_beginning_please_be_aware_gives_its_figure():
    said = prose.period_figures("Please be aware that 37 of the offences recorded in 2023 were still under investigation.")
    assert [(f.value, f.period.start.isoformat(), f.dims) for f in said] == [(37, "2023-01-01", {"outcome": "ongoing"})]
    assert prose.requester_voice("Please provide the number of offences recorded in 2023.")


def test_an_outcome_said_after_the_figures_is_each_ones():
    said = prose.period_figures("At the date of extraction 21 of the offences recorded in 2023, and 4 of those recorded in 2022, "
                                "had no outcome yet, so the figures for those years may go up.")
    assert [(f.value, f.period.start.year, f.dims) for f in said] == [(21, 2023, {"outcome": "ongoing"}),
                                                                      (4, 2022, {"outcome": "ongoing"})]
    # and said in the last figure's clause, of each figure before it that says only its count and period
    said = prose.period_figures("Please note that at the time the data was extracted, 6 of the offences recorded in 2022-23 "
                                "and 41 of those recorded in 2023-24 had no outcome as the investigation was ongoing.")
    assert [(f.value, f.dims) for f in said] == [(6, {"outcome": "ongoing"}), (41, {"outcome": "ongoing"})]
    # (not "… of which some were charged", which says nothing of each)
    assert all("outcome" not in f.dims for f in prose.period_figures(
        "There were 41 offences in 2022, and 57 in 2023, of which some were charged."))
