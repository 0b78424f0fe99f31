"""Shapes of reply the nineteenth blind round showed the readers missing or misreading once it
was opened, each written here as an invented reply of that kind: "Youth caution" under a
question of suspects aged 10 to 17, "1-4 in a caution" in a sentence, an outcome label wrapped
over two lines with a number in its first ("Outcome 15 - Evidential difficulties (suspect"), one
row under a header of periods alone, months with two-digit years glued ("Apr21-Mar22"), a part
year written "2024 (01/01 – 30/06)", "Investigation ongoing - no outcome yet", "Of which flagged
as online-enabled", "Questions 1 to 3 are answered in the table below", an offence title whose
age defines it in a sentence ("78 offences of rape of a child under 13 in 2021"), a row of
"Female / Male" beside an age nobody recorded, a Welsh page footer ("Tudalen 1 o 2"), "the suspect also a child (under 18)", a key
laid out in columns ("-    nil return (no crimes recorded)"), examples in a label's brackets
("Other (incl. Discord, Roblox)") and a cost estimate saying "each of the 1,146 crimes … would
have to be opened"."""

from __future__ import annotations

from foistats.ingest import account, prose
from foistats.ingest.labels import read_label
from foistats.ingest.values import suppression_rule

from .test_questions import _given, _read


YOUTH_CAUTION = """Sussex Police
Your request
1. How many crimes under Home Office code 86/2 were recorded in 2023 in which the suspect was aged 10 to 17, and what was the outcome of each?
Our response
Outcome | Number of crimes
Charged / summonsed | 9
Youth caution | 6
Community resolution | 8
"""


def test_a_youth_caution_under_a_question_of_suspects_aged_10_to_17_is_of_those_suspects(tmp_path):
    given = _given(_read(tmp_path, YOUTH_CAUTION))
    assert ("2023-01-01", "2023-12-31", "offence_code=86/2;outcome=cautioned;suspect_age_max=17;suspect_age_min=10", 6,
            "reported") in given
    assert not any("suspect_age_min=0" in breakdown for _, _, breakdown, _, _ in given)


def test_a_range_in_a_sentence_is_no_count_of_its_own():
    # "1-4 in a caution": the hidden figure, neither 1 nor 4
    assert prose.counts_in("Of these, 22 resulted in a charge and 1-4 in a caution.") == [22]
    assert prose.counts_in("Of these, 22 resulted in a charge and 1 – 4 in a caution.") == [22]
    # a financial year before a dash is no range: "2021/22 - 143"
    assert prose.counts_in("In 2021/22 - 143 offences were recorded.") == [143]


WRAPPED_OUTCOMES = """Durham Constabulary
(a) What was the outcome of each crime recorded with a CSE flag in 2021 and 2022?
Response:

Outcome                                              2021         2022
Outcome 1 - Charged/Summonsed                          24           19
Outcome 15 - Evidential difficulties (suspect
identified, victim supports action)                    51           46
Under investigation (no outcome yet)                    7           16
"""


def test_an_outcome_label_wrapped_with_a_number_in_its_first_line_is_one_row(tmp_path):
    given = _given(_read(tmp_path, WRAPPED_OUTCOMES))
    assert ("2021-01-01", "2021-12-31", "outcome=outcome 15", 51, "reported") in given
    assert ("2022-01-01", "2022-12-31", "outcome=ongoing", 16, "reported") in given


ONE_ROW_UNDER_PERIODS = """Durham Constabulary
(a) How many crimes were recorded with a child sexual exploitation (CSE) flag in each of 2020-21, 2021-22 and 2022-23?
Response:

(a) Crimes recorded with a CSE flag

                          2020-21      2021-22      2022-23
CSE flagged crimes            164          151          137
"""


def test_one_row_under_a_header_of_periods_alone_is_a_table(tmp_path):
    given = _given(_read(tmp_path, ONE_ROW_UNDER_PERIODS))
    assert ("2021-04-01", "2022-03-31", "", 151, "reported") in given


def test_period_labels_of_glued_months_and_of_days_in_a_year():
    glued = read_label("Apr21-Mar22").period
    assert (glued.start.isoformat(), glued.end.isoformat()) == ("2021-04-01", "2022-03-31")
    dashed = read_label("April 2021-March 2022").period
    assert (dashed.start.isoformat(), dashed.end.isoformat()) == ("2021-04-01", "2022-03-31")
    part = read_label("2024 (01/01 \u2013 30/06)").period
    assert (part.start.isoformat(), part.end.isoformat()) == ("2024-01-01", "2024-06-30")
    assert read_label("2023 (01/07 \u2013 30/06)").period is None  # runs backwards inside its year: no period
    assert read_label("March 12").period is None  # a day without its year, not March 2012


def test_outcome_and_flag_labels():
    assert read_label("Investigation ongoing - no outcome yet").dims == (("outcome", "ongoing"),)
    assert read_label("Ongoing investigation").dims == (("outcome", "ongoing"),)
    assert read_label("Of which flagged as online-enabled").dims == (("online_flag", "true"),)
    assert read_label("Female / Male").axis == "value"  # either sex, not split: no gender and no total


QUESTIONS_ONE_TO_THREE = """<html><body>
<h2>Request</h2>
<p>1. For each calendar year from 2021 to 2023, the number of crimes recorded which carry a child sexual exploitation (CSE) flag.</p>
<p>2. Of those crimes, how many also carry the online flag?</p>
<p>3. A breakdown of the crimes in question 1 by the gender of the victim.</p>
<h2>Response</h2>
<p>Questions 1 to 3 are answered in the table below.</p>
<table><tr><th>Year</th><th>CSE flagged crimes</th><th>Of which online</th><th>Female</th><th>Male</th></tr>
<tr><td>2021</td><td>287</td><td>112</td><td>221</td><td>66</td></tr>
<tr><td>2022</td><td>316</td><td>131</td><td>247</td><td>69</td></tr></table>
</body></html>"""


def test_a_table_said_to_answer_questions_1_to_3_takes_the_first(tmp_path):
    import foistats

    path = tmp_path / "reply.html"
    path.write_text(QUESTIONS_ONE_TO_THREE, encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Essex")
    given = _given(ws)
    assert ("2021-01-01", "2021-12-31", "", 287, "reported") in given
    assert ("2022-01-01", "2022-12-31", "online_flag=true", 131, "reported") in given


def test_an_offence_title_whose_age_defines_it_is_no_band_in_a_sentence():
    figures = prose.period_figures("Leicestershire Police recorded 78 offences of rape of a child under 13 in 2021, "
                                   "92 in 2022 and 71 in 2023.")
    assert [(f.value, f.period.start.year, f.dims) for f in figures] == [(78, 2021, {}), (92, 2022, {}), (71, 2023, {})]
    # a band that narrows children is still a band
    narrowed = prose.period_figures("We recorded 78 offences against children aged under 13 in 2021 and 92 in 2022.")
    assert all(f.dims == {"victim_age_min": "0", "victim_age_max": "12"} for f in narrowed)


AGE_NOT_RECORDED_EITHER_SEX = """South Wales Police
1. How many sexual communication with a child offences (71/17) were recorded in 2022, by the age and gender of the victim?
Response
Age | Gender | 2022
Under 13 | Female | 30
Under 13 | Male | 8
13 - 15 | Female | 70
13 - 15 | Male | 22
Age not recorded | Female / Male | 2
Total | | 132
"""


def test_a_row_of_either_sex_beside_an_unknown_age_is_a_part_of_the_total(tmp_path):
    given = _given(_read(tmp_path, AGE_NOT_RECORDED_EITHER_SEX))
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_age_known=false", 2, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17", 132, "reported") in given


def test_a_welsh_page_footer_is_page_numbers():
    footer = "Tudalen 1 o 2 / Page 1 of 2"
    assert account.kind_of(footer, 8, 9) == "question or list number"  # Tudalen 1
    assert account.kind_of(footer, 12, 13) == "question or list number"  # o 2


def test_a_suspect_also_a_child_under_18_is_a_suspects_band():
    assert prose.age_scope("In how many of these offences was the suspect also a child (under 18)?") == \
        {"suspect_age_min": "0", "suspect_age_max": "17"}


def test_a_key_in_columns_and_examples_in_brackets():
    rule = suppression_rule("- nil return (no crimes recorded)")
    assert (rule.marker, rule.means) == ("-", "nil")
    assert suppression_rule("- None of the offences were charged") is None  # a bullet, no key
    assert read_label("Under investigation - no outcome assigned yet").dims == (("outcome", "ongoing"),)
    assert read_label("Other (incl. Discord, Roblox, online gaming)", axis="platform").dims == (("platform", "other"),)
    assert read_label("Snapchat (including Snap Map)").dims == (("platform", "snapchat"),)


def test_records_to_open_in_a_cost_estimate():
    assert account.COST_ESTIMATE.search("To find this information each of the 1,146 CSE flagged crimes recorded between "
                                        "1 January 2021 and 30 June 2024 would have to be opened and read.")


def test_a_band_said_of_the_suspects_a_sentence_begins_with_is_theirs():
    figures = prose.period_figures("Of the suspects linked to the offences in Table 1, 71 were aged under 18 at the time "
                                   "of the offence in 2021/22 and 64 in 2022/23.")
    assert [f.dims for f in figures] == [{"suspect_age_min": "0", "suspect_age_max": "17"}] * 2


def test_a_whole_said_again_before_its_part_takes_no_outcome_from_the_question(tmp_path):
    given = _given(_read(tmp_path, """Humberside Police
1. How many sexual communication with a child offences (71/17) were recorded in 2023/24?
2. How many of these offences have resulted in a charge?
Response
1. We recorded 101 offences in 2023/24.
2. Of the 101 offences recorded in 2023/24, 22 have resulted in a charge or summons.
"""))
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 22, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 101, "reported") not in given


def test_a_location_is_no_outcome():
    assert read_label("Educational establishment").dims == ()
    assert read_label("Diversionary, educational or intervention activity").dims == (("outcome", "outcome 22"),)
