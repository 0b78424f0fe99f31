"""Shapes of reply the fourth blind round showed the readers missing or misreading, each written
here as a force would write it, with what a careful person reads from it: a flattened table
whose rows are age ranges and whose corner is its period, an outcome number column, a table a
sentence says answers question 1, kinds a question asks for "by the type of location", a
provision of law that looks like an offence code, an age band heading a sentence's figures,
offences named by their titles in a reply of several codes, a gender heading a line of figures,
and unnumbered points under a requester's lead-in."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import code_titled_in, read_label

from .test_questions import _given, _read

AGE_RANGES_FLATTENED = """Cheshire Constabulary
Request
Please can you tell me how many online child sexual abuse offences your force recorded in 2022 and 2023, by
the gender of the victim and by age band.
Response
Figures below five are shown as <5. Totals are exact.
2023 (1 January 2023 – 31 December 2023)

Female
Male
Total
0-10
18
7
25
11-15
46
<5
49
Total
64
10
74
"""


def test_a_flattened_table_of_age_ranges_takes_its_period_from_its_corner(tmp_path):
    given = _given(_read(tmp_path, AGE_RANGES_FLATTENED))
    assert {("2023-01-01", "2023-12-31", "victim_age_max=10;victim_age_min=0;victim_gender=female", 18, "reported"),
            ("2023-01-01", "2023-12-31", "victim_age_max=15;victim_age_min=11;victim_gender=female", 46, "reported"),
            ("2023-01-01", "2023-12-31", "victim_gender=male", 10, "reported"),
            ("2023-01-01", "2023-12-31", "", 74, "reported")} <= given


OUTCOME_NUMBERS = """Dorset Police
Request
1. How many offences of sexual communication with a child (71/17) were recorded in 2022/23 and 2023/24, by outcome?
Response
Outcome number | Outcome | 2022/23 | 2023/24
1 | Charge/Summons | 61 | 58
3 | Caution - adult | 7 | 5
| Under investigation / outcome pending | 62 | 97
Total offences recorded | Total offences recorded | 130 | 160
"""


def test_an_outcome_number_column_and_a_total_naming_what_it_counts(tmp_path):
    given = _given(_read(tmp_path, OUTCOME_NUMBERS))
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;outcome=charged", 61, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=cautioned;suspect_age_min=18", 5, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=ongoing", 97, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17", 130, "reported")} <= given
    assert read_label("1", axis="outcome").dims == (("outcome", "charged"),)
    assert read_label("1").understood is False  # a bare number is an outcome only under an outcome header


LOCATION_TYPES = """Wiltshire Police
You asked:
1. For the calendar years 2022 and 2023, how many sexual offences against children were recorded, broken down by
the type of location where the offence took place?
2. Of the offences that took place at a school, how many had a suspect who was also under 18?
Response
Wiltshire Police holds the information. Question 1 is answered in the table below.
Location type | 2022 | 2023 | Total
School | 19 | 23 | 42
Public place | 37 | 45 | 82
Total | 56 | 68 | 124
"""


def test_kinds_asked_by_the_type_of_location_in_a_table_a_sentence_gives_to_question_1(tmp_path):
    ws = _read(tmp_path, LOCATION_TYPES)
    by_measure = {(o.measure, o.period.start.year, o.value) for o in ws.observations()}
    assert {(m.rsplit("_", 2)[-2:] == ["public", "place"] or m.endswith("_school"), y, v) for m, y, v in by_measure
            if v in (19, 45)} == {(True, 2022, 19), (True, 2023, 45)}
    assert any(v == 19 and m.endswith("_school") for m, _, v in by_measure)
    assert all(str(o.breakdown) == "" for o in ws.observations())  # a location is no dimension: the measure narrows
    assert prose.categories_in("how many offences, broken down by offence type?") is None  # a dimension, not kinds


def test_a_provision_of_law_is_not_an_offence_code():
    assert prose.codes_in("sexual communication with a child (Article 22A of the Sexual Offences (Northern Ireland) "
                          "Order 2008)") == []
    assert prose.codes_in("22A Sexual activity with a child under 16") == ["22A"]


def test_an_age_band_before_a_sentences_figures_is_each_ones():
    found = prose.period_figures("Victims aged 12 or under accounted for 41 of the offences recorded in 2021, "
                                 "39 in 2022 and 52 in 2023.")
    assert [(f.value, f.period.label, f.dims) for f in found] == [
        (v, str(y), {"victim_age_min": "0", "victim_age_max": "12"}) for v, y in ((41, 2021), (39, 2022), (52, 2023))]


def test_a_gender_heading_a_line_of_figures_is_each_ones_and_one_said_after_them_is_not_placed():
    found = prose.period_figures("Female: 16 (2022-23), 20 (2023-24)")
    assert [(f.value, f.dims) for f in found] == [(16, {"victim_gender": "female"}), (20, {"victim_gender": "female"})]
    assert prose.period_figures("In 2021 there were 41, and 39 in 2022, for female victims.") == []


def test_an_offence_named_by_its_title_is_its_code_only_where_one_title_is_named():
    assert code_titled_in("In 2022-23 the force recorded 19 offences of abuse of position of trust of a sexual "
                          "nature", ["73", "23"]) == "73"
    assert code_titled_in("Rape of a female child under 13: 41", ["19D", "19E"]) == "19E"
    assert code_titled_in("rape of a female child", ["19D", "19E"]) is None  # both titles begin so
    assert code_titled_in("How many offences of abuse of position of trust and of incest or familial sexual "
                          "offences?", ["73", "23"]) is None  # two offences named


TWO_CODES = """Dyfed-Powys Police
Request
1. How many offences of abuse of position of trust of a sexual nature (HO code 73) and how many incest or
familial sexual offences (HO code 23) were recorded in the financial years 2022-23 and 2023-24?
2. For the abuse of position of trust offences, the gender of the victims.
Response
1. In 2022-23 the force recorded 19 offences of abuse of position of trust of a sexual nature, and in 2023-24
there were 23.
Incest or familial sexual offences:
2022-23 - 31
2023-24 - 27
2. Abuse of position of trust - gender of victim
Female: 16 (2022-23), 20 (2023-24)
"""


def test_a_reply_of_two_codes_places_each_figure_by_the_title_its_line_names(tmp_path):
    ws = _read(tmp_path, TWO_CODES)
    given = _given(ws)
    # each code's figures under a measure of its own offence, not the question's first one
    assert {o.measure for o in ws.observations() if o.breakdown.get("offence_code") == "23"} == {"incest_familial_sexual_offences"}
    assert {("2022-04-01", "2023-03-31", "offence_code=73", 19, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=73", 23, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=23", 31, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=23", 27, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=73;victim_gender=female", 16, "reported")} <= given
    assert not any(value == 16 and "victim_gender" not in b for _, _, b, value, _ in given)


POINTS_AFTER_A_LEAD_IN = """South Wales Police
Request
Could you please tell me, for the financial years 2022-23 and 2023-24:
The outcomes of all offences of sexual communication with a child (Home Office code 71/17), using the Home Office
outcome types.
How many of those offences were flagged as online.
Response
South Wales Police holds the information you requested.
Outcome | 2022-23 | 2023-24
Charge/Summons | 31 | 27
Under investigation | 125 | 145
Total | 156 | 172
Of the offences above, 131 recorded in 2022-23 and 149 recorded in 2023-24 carried the online crime flag.
"""


def test_unnumbered_points_under_a_lead_in_are_questions_each_with_its_own_scope(tmp_path):
    given = _given(_read(tmp_path, POINTS_AFTER_A_LEAD_IN))
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;outcome=charged", 31, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17", 156, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true", 131, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;online_flag=true", 149, "reported")} <= given
    # the outcome table is not the online question's: none of its figures carries the flag
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;online_flag=true", 156, "reported") not in given


def test_a_figure_asked_for_names_asks_no_count():
    assert prose.figures_asked("The names of any schools attended by the victims.") == 0
    assert prose.figures_asked("How many schools, and the names of them?") >= 1


def test_two_years_joined_by_and_are_two_years_and_only_between_makes_them_a_span():
    def labels(text):
        return [[p.label for p in m.periods] for m in prose.periods_in(text)]

    assert labels("The figures for 2021 and 2022 are not held.") == [["2021", "2022"]]
    assert labels("In 2020 and 2021 there were 41 and 39.") == [["2020", "2021"]]
    assert labels("Offences recorded between 2019 and 2022.") == [["2019 to 2022"]]


CHILD_DEFINED = """Cheshire Constabulary
Request
How many child sexual abuse offences (victims under 18) carried the online flag in 2023, by the gender of the victim?
Response
Female - 162
Male - 34
Total - 196
"""


def test_under_18_defining_a_child_is_no_band_but_aged_17_and_under_is_one(tmp_path):
    (tmp_path / "defined").mkdir()
    (tmp_path / "aged").mkdir()
    given = _given(_read(tmp_path / "defined", CHILD_DEFINED))
    assert ("2023-01-01", "2023-12-31", "online_flag=true", 196, "reported") in given
    aged = CHILD_DEFINED.replace("child sexual abuse offences (victims under 18)",
                                 "child sexual abuse offences (aged 17 and under)")
    given = _given(_read(tmp_path / "aged", aged))
    assert ("2023-01-01", "2023-12-31", "online_flag=true;victim_age_max=17;victim_age_min=0", 196, "reported") in given


def test_a_title_names_the_code_of_its_own_sentence_and_of_a_further_count_not_of_the_next_sentence(tmp_path):
    text = TWO_CODES.replace(
        "1. In 2022-23 the force recorded 19 offences of abuse of position of trust of a sexual nature, and in 2023-24\n"
        "there were 23.",
        "1. In 2022-23 the force recorded 19 offences of abuse of position of trust of a sexual nature. Between 1 April\n"
        "2023 and 31 March 2024 a further 23 were recorded. In 2024-25 there were 12 offences recorded.")
    ws = _read(tmp_path, text)
    given = _given(ws)
    assert ("2023-04-01", "2024-03-31", "offence_code=73", 23, "reported") in given  # "a further 23": more of the same
    assert not any(value == 12 for *_, value, _ in given)  # which of the two offences, its sentence does not say
    assert any((r.guess or {}).get("value") == 12 for r in ws.review_items())


def test_generated_replies_naming_offences_by_title_read_exactly_in_every_format(tmp_path):
    import foistats

    from .corpus import score
    from .replies import FORMATS, make_reply, render

    for seed in range(4):
        reply = make_reply(seed, layout="titled")
        for fmt in FORMATS:
            path = tmp_path / f"titled-{seed}.{fmt}"
            path.write_bytes(render(reply, fmt))
            ws = foistats.init(tmp_path / f"ws-{seed}-{fmt}")
            ws.ingest(path)
            result = score(reply.truth, ws.observations(), ws.review_items())
            assert (result.exact, result.wrong) == (len(reply.truth), 0), (seed, fmt, result.wrong_details)
