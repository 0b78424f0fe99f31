"""Shapes of reply the fifth blind round and a count of lost figures showed the readers missing
or misreading, each written here as a force would write it, with what a careful person reads
from it: a header wrapped over two lines with a corner cell over nothing, a column naming its
offence code ("86/2 offences"), small counts written in words, one count a sentence says was
flagged online, a part year written "to 31/12/2024", numbers after "question 1," and figures
given "respectively" after the periods were named in another order; months named alone under
their year, ages under a heading naming whose, ages year by year as headers, a table in long
form, an outcome or the online flag said once for a sentence's figures, tables told apart by
their captions, and a PDF table running on to the next page; and from its held-out half, counts
with their flagged part in brackets, long tables with code and title columns, a period with its
recording system, a definition list, codes that define the scope, "respectively" then one more,
and "The figure for 2022 was …" going on from the sentence before. Also `foistats ingest
--format json`: every number of a reply with its fate."""

from __future__ import annotations

import json

import foistats
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
Q1. In 2023/24 the Constabulary recorded 40 such offences, compared with 38 in 2022/23. The corresponding figures for those with a male victim were 31 and twenty-six respectively.
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


MONTHS_AND_AGES_UNDER_HEADINGS = """Essex Police
Request
Your request asked for the following about offences of sexual communication with a child (Home Office code 71/17):
•  the number of offences recorded in each month of 2023;
•  the age of the suspect in each case, grouped into bands if necessary.
FOI Duty
First Duty – Essex Police holds information within the scope of your request
Offences recorded in 2023, by month of recording:
January – 14
February – 11
March – 17
Age of suspect
10 to 17 – 27
18 to 24 – 31
No suspect identified / age not known – 29
"""


def test_months_named_alone_under_their_year_and_ages_under_a_heading_naming_whose(tmp_path):
    given = _given(_read(tmp_path, MONTHS_AND_AGES_UNDER_HEADINGS))
    assert {("2023-01-01", "2023-01-31", "offence_code=71/17", 14, "reported"),
            ("2023-02-01", "2023-02-28", "offence_code=71/17", 11, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;suspect_age_max=17;suspect_age_min=10", 27, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;suspect_age_known=false", 29, "reported")} <= given
    assert not any("victim_age" in breakdown or "outcome" in breakdown for _, _, breakdown, _, _ in given)


SINGLE_YEARS_OF_AGE = """Suffolk Constabulary
Question 1:
Please provide the number of offences of sexual communication with a child (71/17) recorded in 2022/23 and 2023/24, by the age of the victim.
Answer:
Financial year    Under 10    10    11    12  Not recorded  Total
2022/23                  6    12    21    35             *     78
2023/24                  *     8    19    40             7     76
"""


def test_ages_year_by_year_as_headers_beside_an_age_band(tmp_path):
    given = _given(_read(tmp_path, SINGLE_YEARS_OF_AGE))
    assert {("2022-04-01", "2023-03-31", "offence_code=71/17;victim_age_max=9;victim_age_min=0", 6, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_age_max=10;victim_age_min=10", 12, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_max=12;victim_age_min=12", 40, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_age_known=false", 7, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=71/17", 76, "reported")} <= given


def test_a_table_in_long_form_gives_a_figure_a_row(tmp_path):
    path = tmp_path / "reply.csv"
    path.write_text('"North Yorkshire Police - FOI 1530/24",,,\n,,,\n'
                    '"Financial Year","Victim Gender","Victim Age Group","Crimes"\n'
                    '"2022/23","Female","0-9",47\n"2022/23","Male","10-12",29\n"2023/24","Female","13-15",262\n',
                    encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="North Yorkshire")
    assert _given(ws) == {
        ("2022-04-01", "2023-03-31", "victim_age_max=9;victim_age_min=0;victim_gender=female", 47, "reported"),
        ("2022-04-01", "2023-03-31", "victim_age_max=12;victim_age_min=10;victim_gender=male", 29, "reported"),
        ("2023-04-01", "2024-03-31", "victim_age_max=15;victim_age_min=13;victim_gender=female", 262, "reported")}


def test_outcomes_and_the_online_flag_said_once_for_a_sentences_figures():
    pairs = prose.period_figures("Outcome 21 (further investigation is not in the public interest) was recorded for "
                                 "19 offences in 2021, 27 in 2022 and 16 in 2023.")
    assert [(f.value, f.dims) for f in pairs] == [(19, {"outcome": "outcome 21"}), (27, {"outcome": "outcome 21"}),
                                                  (16, {"outcome": "outcome 21"})]
    pairs = prose.period_figures("The online flag was applied to 402 of the offences recorded in 2022, 455 of those "
                                 "recorded in 2023 and 391 of those recorded between 1 January and 30 November 2024.")
    assert [(f.value, f.period.end.isoformat(), f.dims) for f in pairs] == [
        (402, "2022-12-31", {"online_flag": "true"}), (455, "2023-12-31", {"online_flag": "true"}),
        (391, "2024-11-30", {"online_flag": "true"})]
    assert prose.period_figures("Outcome 21 was recorded for 19 offences in 2021 and outcome 22 for 6 in 2022.") == []


def test_captions_keep_tables_of_suspects_and_of_offences_apart(tmp_path):
    path = tmp_path / "reply.csv"
    path.write_text("Hertfordshire Constabulary - FOI 2024-1093 (86/2),,\n"
                    '"Table 1 - Suspects linked to offences, by age group of suspect",,\n'
                    "Suspect age group,FY 2022-23,FY 2023-24\nUnder 18,41,29\n18 and over,220,233\nTotal,261,262\n,,\n"
                    '"Table 2 - Offences recorded, by online flag",,\n'
                    "Online flag,FY 2022-23,FY 2023-24\nOnline flag applied,203,214\nNo online flag,39,51\nTotal,242,265\n"
                    '"Source: Athena (ext. 2260)",,\n', encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    result = ws.ingest(path, authority="Hertfordshire")
    totals = {(o.measure, o.value) for o in ws.observations() if str(o.breakdown) in ("", "offence_code=86/2")}
    assert {value for _, value in totals} == {261, 262, 242, 265} and len({m for m, _ in totals}) == 2
    assert ws.review_items() == [] and all(n.fate != "review" for n in result.numbers)


def _letter_pdf(pages: list[tuple[list[str], list[list[str]]]]) -> bytes:
    """A letter of several pages, each with the force's letterhead, its lines, a ruled table and a footer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for number, (lines, rows) in enumerate(pages, start=1):
        pdf.add_page()
        for line in ["WEST MIDLANDS POLICE", "Freedom of Information Unit, Lloyd House, Birmingham", *lines]:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        with pdf.table() as table:
            for row in rows:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        pdf.set_y(-20)
        pdf.cell(0, 6, f"OFFICIAL    Page {number} of {len(pages)}")
    return bytes(pdf.output())


def test_a_pdf_table_running_on_past_the_page_furniture_is_one_table(tmp_path):
    header = ["HO code", "2022", "2023", "Total"]
    path = tmp_path / "reply.pdf"
    path.write_bytes(_letter_pdf([
        (["Dear Applicant,", "Table 1: child sexual offences recorded, by Home Office offence code and calendar year"],
         [header, ["17B", "61", "58", "119"], ["20B", "232", "247", "479"]]),
        (["Table 1 (continued)"], [header, ["88A", "27", "22", "49"], ["Total", "320", "327", "647"]])]))
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="West Midlands")
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "offence_code=17B", 61, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=88A", 22, "reported"),
            ("2022-01-01", "2022-12-31", "", 320, "reported"),
            ("2022-01-01", "2023-12-31", "", 647, "reported")} <= given
    assert ws.review_items() == []


BRACKETED_PARTS = """Hampshire and Isle of Wight Constabulary
1. Please provide the number of offences recorded under Home Office codes 17B and 20B for 2022-23 and 2023-24.
2. For each of these, how many had the online (cyber) flag applied?
Hampshire and Isle of Wight Constabulary holds this information. Questions 1 and 2 are answered in the table below. The first figure in each cell is the number of offences recorded; the figure in brackets is how many of those offences had the online flag applied.
HO code | 2022-23 | 2023-24
17B | 58 (6) | 64 (9)
20B | 187 (21) | 203 (26)
3. How many of the offences involved a suspect aged under 18?
The age of a suspect is not held in a field that can be searched. To answer we would have to read each of the 512 crime records, about 50 hours of work, so we refuse question 3 under Section 12(1).
"""


def test_a_count_with_its_flagged_part_in_brackets_and_a_refusal_over_every_code(tmp_path):
    ws = _read(tmp_path, BRACKETED_PARTS)
    given = _given(ws)
    assert {("2022-04-01", "2023-03-31", "offence_code=17B", 58, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=17B;online_flag=true", 6, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=20B;online_flag=true", 26, "reported"),
            ("2022-04-01", "2023-03-31", "suspect_age_max=17;suspect_age_min=0", None, "exempt")} <= given
    flagged = [o for o in ws.observations() if o.value == 6]
    assert len(flagged) == 1


def test_long_tables_with_codes_and_their_titles_as_label_columns(tmp_path):
    path = tmp_path / "reply.csv"
    path.write_text("Kent Police - FOI 24/03315,,,,\nNotes:,,,,\n1. Financial years run from 1 April to 31 March.,,,,\n"
                    "2. Values between 1 and 4 are shown as *.,,,,\n"
                    "Financial Year,HO Code,HO Offence Description,Victim Gender,Number of Crimes\n"
                    "2022/23,021,Sexual activity involving a child under 13,Female,88\n"
                    "2022/23,021,Sexual activity involving a child under 13,Not Recorded,*\n"
                    "2023/24,071/17,Sexual communication with a child,Male,29\n", encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    result = ws.ingest(path, authority="Kent")
    assert _given(ws) == {("2022-04-01", "2023-03-31", "offence_code=21;victim_gender=female", 88, "reported"),
                          ("2022-04-01", "2023-03-31", "offence_code=21;victim_gender=unknown", None, "suppressed"),
                          ("2023-04-01", "2024-03-31", "offence_code=71/17;victim_gender=male", 29, "reported")}
    assert all(n.fate != "review" for n in result.numbers)


def test_labels_of_a_period_and_its_system_of_a_code_and_its_flag_and_a_total_of_childrens_ages():
    assert read_label("2021/22 (legacy system)").period.label == "2021/22"
    assert read_label("14/11/2022 - 31/03/2023 (Niche)").period.start.isoformat() == "2022-11-14"
    assert read_label("71/17 online flag").dims == (("offence_code", "71/17"), ("online_flag", "true"))
    assert read_label("All victims under 18").axis == "total"
    assert read_label("2021/22 (Mr Smith)").period is None


def test_a_definition_list_an_axis_and_period_in_the_corner_and_codes_that_define_the_scope(tmp_path):
    path = tmp_path / "reply.html"
    path.write_text("""<html><body><h1>Surrey Police</h1>
<p>You asked how many sexual offences against children were recorded in 2022/23 and 2023/24, and how many had the online flag.</p>
<p>Surrey Police holds this information.</p>
<p>Sexual offences are those in Home Office classes 17 to 23; codes 17A and 20A are included only where the victim was under 18.</p>
<table><tr><th>Platform (2023/24)</th><th>Offences</th></tr><tr><td>Snapchat</td><td>168</td></tr><tr><td>Other</td><td>42</td></tr></table>
<p>Of these offences, the number that had the online crime flag applied was:</p>
<dl><dt>2022/23</dt><dd>288</dd><dt>2023/24</dt><dd>317</dd></dl></body></html>""", encoding="utf-8")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority="Surrey")
    given = _given(ws)
    assert {("2023-04-01", "2024-03-31", "platform=snapchat", 168, "reported"),
            ("2022-04-01", "2023-03-31", "online_flag=true", 288, "reported"),
            ("2023-04-01", "2024-03-31", "online_flag=true", 317, "reported")} <= given
    assert not any("offence_code" in breakdown for _, _, breakdown, _, _ in given)


def test_respectively_then_one_more_with_its_own_period_and_a_sentence_going_on_from_the_last():
    pairs = prose.period_figures("Lincolnshire Police recorded 96, 104 and 121 offences in the financial years 2021/22, "
                                 "2022/23 and 2023/24 respectively, and 33 between 1 April and 30 June 2024.")
    assert [(f.value, f.period.end.isoformat()) for f in pairs] == [(96, "2022-03-31"), (104, "2023-03-31"),
                                                                   (121, "2024-03-31"), (33, "2024-06-30")]
    assert prose.respective_counts("A further 57, 64 and 71 offences respectively had a suspect whose age was not "
                                   "recorded.") == ([], {})


THE_FIGURE_GOES_ON = """Durham Constabulary
1. How many sexual offences against children were recorded in 2021 and 2022, by the gender of the victim?
Response
In 2021, 41 offences with a female victim were recorded. The figure for 2022 was 39.
Where a suspect was recorded, they were aged under 18 in 141 of the offences in 2021, among others. The figure for 2022 was 162.
"""


def test_the_figure_for_a_year_counts_what_the_sentence_before_counted(tmp_path):
    ws = _read(tmp_path, THE_FIGURE_GOES_ON)
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "victim_gender=female", 39, "reported") in given
    assert not any(o.value == 162 for o in ws.observations())
    assert any(r.guess and r.guess["value"] == 162 for r in ws.review_items())


CODES_AS_HEADINGS_AND_A_CUT_TABLE = """Cleveland Police
Request:
Please provide for the financial years 2023/24 and 2024/25:
1. The number of recorded offences of rape of a child under 13 (HO codes 19E and 19H).
2. The outcomes assigned to those offences, using the Home Office outcome framework.
Response:
Cleveland Police does hold information within the scope of your request.
1.
19E – Rape of a female child under 13
2023/24 - 58
2024/25 – 64
19H – Rape of a male child under 13
2023/24 - 21
2024/25 – 17
2.
|
Outcome |
2023/24 |
2024/25 |
|
01: Charged/summonsed |
9 |
4 |
|
Under investigation |
12 |
4
[EXCERPT ENDS]
"""


def test_codes_heading_their_lists_and_a_flattened_table_cut_after_its_last_cell(tmp_path):
    given = _given(_read(tmp_path, CODES_AS_HEADINGS_AND_A_CUT_TABLE))
    assert {("2023-04-01", "2024-03-31", "offence_code=19E", 58, "reported"),
            ("2024-04-01", "2025-03-31", "offence_code=19H", 17, "reported"),
            ("2023-04-01", "2024-03-31", "outcome=charged", 9, "reported"),  # of both codes, as question 1 asked one count
            ("2024-04-01", "2025-03-31", "outcome=ongoing", 4, "reported")} <= given


def test_a_number_before_words_is_an_outcome_only_with_an_outcomes_words():
    assert read_label("1. Essex Police holds this information. Crimes recorded 01/04/2023 – 31/03/2024:").dims == ()
    assert read_label("19E – Rape of a female child under 13").dims == (("offence_code", "19E"),)
    assert read_label("13: Named suspect identified but victim dead").dims == (("outcome", "outcome 13"),)


A_ROW_ENDING_IN_A_DASH_AND_A_PLATFORM_LIST = """Suffolk Constabulary
Request
1) The number of offences of sexual communication with a child (71/17) recorded in each of the calendar years 2022 and 2023, by the age of the victim.
2) Of those, how many were flagged as online.
3) Which apps or platforms were used, for each year.
Response
1) Please see the table below. A dash (-) indicates nil.
Victim age           2022      2023
Under 13               22        25
Age not recorded        2         -
Total                  24        25
2) Of the offences above, 20 were flagged as online-enabled in 2022 and nineteen in 2023.
3) The platform has only been captured in a searchable field since 1 January 2023. Figures for 2022 are therefore not held. For 2023 the platforms recorded were:
Snapchat = 12
Discord = 1-4
Other = 4
Not recorded = 5
"""


def test_a_row_ending_in_a_dash_a_flag_said_with_the_first_figure_and_others_in_a_platform_list(tmp_path):
    ws = _read(tmp_path, A_ROW_ENDING_IN_A_DASH_AND_A_PLATFORM_LIST)
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "offence_code=71/17;victim_age_known=false", 2, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_age_known=false", 0, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17", 25, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=71/17;online_flag=true", 20, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;online_flag=true", 19, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=snapchat", 12, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=other", 4, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17;platform=unknown", 5, "reported")} <= given
    # "1-4" is no label's tail ("Discord = 1" and a 4): it is the count, hidden between 1 and 4
    assert [(v, s) for _, _, breakdown, v, s in given if "discord" in breakdown] == [(None, "suppressed")]
    hidden = next(o for o in ws.observations() if "discord" in str(o.breakdown))
    assert (hidden.lower, hidden.upper) == (1, 4)


def test_a_header_of_codes_with_a_grand_total():
    from foistats.ingest.raw import Cell
    from foistats.ingest.setting import Context
    from foistats.ingest.tables import _is_header

    ctx = Context(area="x", release="r", document="d", file_name="f", reader="xlsx", child=True, codes=[], periods=[],
                  rules=(), reference=None, truncated=False, questions={}, subject="")
    assert _is_header([Cell(text, "c") for text in ["021", "022B", "071/17", "Grand Total"]], ctx)
    assert not _is_header([Cell(text, "c") for text in ["21", "96", "121", "Grand Total"]], ctx)
