"""Shapes of reply the forty-seventh blind round (held back, then opened) showed the readers
losing or misreading, each written here as an invented reply, label or sentence of that kind: a
gender centred over each pair of year columns of a table aligned on spaces; "In 2022/23, 44 of the
online flagged offences … had at least one suspect aged under 18"; a cost refusal headed by its
section whose last sentence names the years it refuses, beside a figure for the year it does not;
"Of the CSE flagged crimes, 12 of those recorded in 2022 and 8 of those recorded in 2023 have
resulted in a charge"; a PDF table at the top of a page whose caption ends the page before; a
question asking to "break the offences down", the offences of the question before; a paragraph
over a list opened by a title ("Outcomes of the offences recorded between …"); "figures below show
offences … where at least one suspect was aged 10 to 17"; "Other outcomes" and "Investigation
ongoing – no outcome yet recorded"; "Home Office Code 86/2 – Take, make or distribute …"; "… recorded
in 2022 and 2023 combined"; "… crimes by age of victim:" over a list; and columns headed by the
question each answers ("Q2 – CSE flagged crimes"), a recording system named only in the year a
force moved between two; "The corresponding figures for 2021/22 and 2022/23 are 22 and 11"; "for
each financial year from 2021/22 to date"; Scots law's crimes of "a young child" or "an older
child", and "Detected"; "All other outcomes"; "the figures below are crimes of … (71/17)" over a
list; and, which the rest of the corpus showed once these were read, "not held for April 2021 –
March 2023" over two of the years asked, and a refused question asking "the age of the youngest
suspect", a value and not a count; and "≤5" (as "â‰¤5", mended) for five or fewer."""

from __future__ import annotations

from foistats.ingest.labels import read_label
from foistats.ingest.prose import lead_dims

from .test_questions import _given, _read, _read_file


def test_a_gender_centred_over_its_pair_of_year_columns_heads_both(tmp_path):
    given = _given(_read(tmp_path, """Cleveland Police
You asked: for the calendar years 2022 and 2023, the number of crimes recorded with a CSE flag by the gender and age of the victim.
Our response
                       Girls                  Boys
Age of victim      2022      2023        2022      2023
Under 13             21        26           7         9
13 - 15              48        52          11        13
Total                69        78          18        22
"""))
    assert {("2022-01-01", "2022-12-31", "victim_age_max=12;victim_age_min=0;victim_gender=female", 21, "reported"),
            ("2023-01-01", "2023-12-31", "victim_age_max=12;victim_age_min=0;victim_gender=female", 26, "reported"),
            ("2022-01-01", "2022-12-31", "victim_age_max=15;victim_age_min=13;victim_gender=male", 11, "reported"),
            ("2023-01-01", "2023-12-31", "victim_gender=male", 22, "reported")} <= given
    assert not any(v in (7, 9) and "female" in breakdown for *_, breakdown, v, _ in given)


def test_a_part_of_the_online_flagged_offences_said_after_its_year_with_the_suspects_band(tmp_path):
    given = _given(_read(tmp_path, """Merseyside Police
Request
For the financial years 2021/22 and 2022/23:
1. The number of sexual offences against children recorded with the online flag.
2. Of these, how many had a suspect aged under 18.
Response
Question 1
2021/22: 240
2022/23: 262
Question 2
In 2022/23, 44 of the online flagged offences shown in question 1 had at least one suspect aged under 18 at the time of the offence.
"""))
    assert ("2022-04-01", "2023-03-31", "online_flag=true;suspect_age_max=17;suspect_age_min=0", 44, "reported") in given


COST_REFUSAL_NAMING_ITS_YEARS = """Lancashire Constabulary
Request
For each of the financial years 2020/21, 2021/22 and 2022/23:
1. How many sexual offences against children were recorded?
2. Of those offences, in how many was a suspect aged under 18?
Response
Question 1
2020/21: 1,204
2021/22: 1,311
2022/23: 1,290
Question 2
For 2022/23 this figure can be drawn from a report introduced during that year: 187.
Section 12(1) – Cost of compliance
Section 12(1) of the Act means that we are not obliged to comply where the cost would exceed the appropriate limit of 18 hours. For the earlier years every crime record would have to be read.
This part of your request is therefore refused under section 12(1) for 2020/21 and 2021/22.
"""


def test_a_cost_refusal_naming_its_years_in_its_last_sentence_refuses_those_years_alone(tmp_path):
    given = _given(_read(tmp_path, COST_REFUSAL_NAMING_ITS_YEARS))
    refused = {(start, status) for start, _, breakdown, _, status in given if status == "exempt"}
    assert refused == {("2020-04-01", "exempt"), ("2021-04-01", "exempt")}
    assert not any(start == "2022-04-01" and status == "exempt" for start, _, _, _, status in given)


def test_parts_of_a_whole_named_first_each_with_its_year_and_the_outcome_after(tmp_path):
    given = _given(_read(tmp_path, """Durham Constabulary
Please provide the following for the calendar years 2022 and 2023.
1. The number of crimes that carried a child sexual exploitation (CSE) flag.
2. How many of the crimes in question 1 have resulted in a charge or summons.
Question 1
2022: 104
2023: 98
Question 2
Of the CSE flagged crimes, 12 of those recorded in 2022 and 8 of those recorded in 2023 have resulted in a charge or summons.
"""))
    assert {("2022-01-01", "2022-12-31", "outcome=charged", 12, "reported"),
            ("2023-01-01", "2023-12-31", "outcome=charged", 8, "reported")} <= given


def test_a_pdf_tables_caption_at_the_foot_of_the_page_before_past_the_page_break(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Suffolk Constabulary\nYour request\n1. How many offences of sexual communication with a child "
                   "(Home Office code 71/17) were recorded in each calendar year from 2021 to 2023?\n"
                   "2. For the whole of that period, please break the offences down by the gender of the victim.\n"
                   "Question 1\n2021 - 64\n2022 - 71\n2023 - 80\nQuestion 2\n"
                   "Offences of sexual communication with a child recorded between 1 January 2021 and 31 December 2023, "
                   "by gender of the victim:")
    pdf.set_y(270)
    pdf.cell(0, 6, "OFFICIAL    Page 1 of 2")
    pdf.add_page()
    pdf.cell(0, 6, "Suffolk Constabulary - FOI 004512/24", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(60, 30)) as table:
        for row in [("Gender of victim", "Offences"), ("Female", "171"), ("Male", "44")]:
            table.row(row)
    given = _given(_read_file(tmp_path, "reply.pdf", bytes(pdf.output()), authority="Suffolk"))
    assert {("2021-01-01", "2023-12-31", "offence_code=71/17;victim_gender=female", 171, "reported"),
            ("2021-01-01", "2023-12-31", "offence_code=71/17;victim_gender=male", 44, "reported")} <= given


def test_a_paragraph_opened_by_a_title_gives_the_list_under_it_its_period(tmp_path):
    given = _given(_read(tmp_path, """Norfolk Constabulary
Your request
1. How many offences of sexual communication with a child (Home Office code 71/17) were recorded in each calendar year from 2021 to 2023?
2. For the whole of that period, please give the outcome of these offences.
Question 1
2021 - 64
2022 - 71
2023 - 80
Question 2
Outcomes of the offences recorded between 1 January 2021 and 31 December 2023, as at the date of extraction (31 January 2024). Outcome types with no offences are not listed.
Charged/summonsed: 23
Community resolution: 6
Investigation ongoing: 41
"""))
    assert {("2021-01-01", "2023-12-31", "offence_code=71/17;outcome=charged", 23, "reported"),
            ("2021-01-01", "2023-12-31", "offence_code=71/17;outcome=ongoing", 41, "reported")} <= given


def test_figures_said_to_have_a_suspect_aged_10_to_17_are_of_that_band(tmp_path):
    given = _given(_read(tmp_path, """Essex Police
Request
1. How many offences of taking, making or distributing indecent images of children (Home Office code 86/2) were recorded in each calendar year 2022 and 2023 where the suspect was aged under 18?
Response
The figures below show offences of Home Office code 86/2 where at least one suspect was aged 10 to 17.
2022 - 71
2023 - 84
"""))
    assert {("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 71, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=10", 84, "reported")} <= given


def test_other_outcomes_and_an_outcome_not_yet_recorded():
    assert dict(read_label("Other outcomes").dims) == {"outcome": "other"}
    assert dict(read_label("All other outcomes").dims) == {"outcome": "other"}
    assert dict(read_label("Other outcome types (outcomes 14, 16 and 20)").dims) == {"outcome": "other"}
    assert dict(read_label("Investigation ongoing – no outcome yet recorded").dims) == {"outcome": "ongoing"}
    assert read_label("Other").axis is None


def test_a_code_named_with_its_words_before_it_and_its_title_after():
    assert dict(read_label("Home Office Code 86/2 – Take, make or distribute indecent photographs of children").dims) \
        == {"offence_code": "86/2"}
    assert read_label("Home Office Code 86/2 – Sexual assault on a female child under 13").axis is None  # another's title


def test_years_said_together_and_combined_are_one_span(tmp_path):
    given = _given(_read(tmp_path, """Northumbria Police
Please provide the following for the calendar years 2022 and 2023:
1. The number of crimes recorded which carried a child sexual exploitation (CSE) flag.
2. The outcomes of those crimes.
Question 1
2022 - 197
2023 - 220
Question 2
The outcomes below are for the CSE flagged crimes recorded in 2022 and 2023 combined, as they stood when the data was extracted.
Charged/summonsed - 31
Investigation ongoing - 54
"""))
    assert {("2022-01-01", "2023-12-31", "outcome=charged", 31, "reported"),
            ("2022-01-01", "2023-12-31", "outcome=ongoing", 54, "reported")} <= given


def test_a_list_lead_saying_what_its_lines_are_broken_down_by_narrows_none_of_them():
    assert lead_dims("CSE flagged crimes by age of victim:") == ({}, {})
    assert lead_dims("Offences by the victim's age and gender:") == ({}, {})
    assert lead_dims("Crimes where the victim was aged 13:")[0] is None


QUESTION_COLUMNS = """Greater Manchester Police
Request
For the financial years 2019-20 to 2021-22:
1. The number of sexual offences against children (victims aged under 18) recorded that carried the online flag.
2. The number of offences recorded with a child sexual exploitation (CSE) flag.
Response
On 22 July 2019 GMP moved from its previous crime recording system (ICIS) to iOPS. Figures for 2019-20 are shown separately for each system.
Questions 1 and 2
Financial year | Recording system | Q1 – Online flagged sexual offences, victim under 18 | Q2 – CSE flagged crimes
2019-20 | ICIS | 88 | 41
2019-20 | iOPS | 203 | 122
2020-21 | iOPS | 451 | 260
2021-22 | iOPS | 497 | 284
"""


def test_columns_headed_by_the_question_each_answers_and_a_system_only_where_a_year_is_split(tmp_path):
    ws = _read(tmp_path, QUESTION_COLUMNS)
    given = _given(ws)
    assert {("2019-04-01", "2020-03-31", "online_flag=true;recording_system=icis", 88, "reported"),
            ("2019-04-01", "2020-03-31", "recording_system=iops", 122, "reported"),
            ("2020-04-01", "2021-03-31", "online_flag=true", 451, "reported"),
            ("2021-04-01", "2022-03-31", "", 284, "reported")} <= given
    measures = {o.value: o.measure for o in ws.observations()}
    assert measures[451] != measures[260]  # the online flagged offences and the CSE flagged crimes: two counts


def test_the_corresponding_figures_for_other_years_are_the_count_the_sentence_before_gave(tmp_path):
    given = _given(_read(tmp_path, """Sussex Police
Q1. For each of the financial years 2020/21, 2021/22 and 2022/23, how many offences of sexual communication with a child (71/17) were recorded?
Q2. How many of the offences resulted in a suspect being charged?
Q1. 2020/21 - 301
2021/22 - 322
2022/23 - 340
Q2. Of the offences recorded in 2020/21, 27 have resulted in a suspect being charged or summonsed. The corresponding figures for 2021/22 and 2022/23 are 22 and 11.
"""))
    assert {("2020-04-01", "2021-03-31", "offence_code=71/17;outcome=charged", 27, "reported"),
            ("2021-04-01", "2022-03-31", "offence_code=71/17;outcome=charged", 22, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=71/17;outcome=charged", 11, "reported")} <= given


def test_each_year_from_one_to_date_is_the_years_the_reply_heads_its_table_with(tmp_path):
    given = _given(_read(tmp_path, """Avon and Somerset Constabulary
You asked:
1. For each financial year from 2021/22 to date, the number of offences of sexual grooming (88A) recorded with the online flag.
2. For each year, please break down the figures in question 1 by local authority area.
Question 1
Financial year | Offences
2021/22 | 14
2022/23 | 11
2023/24 (to 30/09/2023) | 6
Question 2
The information you have requested at question 2 is exempt from disclosure under Section 40(2) of the Act - Personal Information.
"""))
    refused = {(start, end) for start, end, _, _, status in given if status == "exempt"}
    assert refused == {("2021-04-01", "2022-03-31"), ("2022-04-01", "2023-03-31"), ("2023-04-01", "2023-09-30")}


def test_scots_crimes_of_a_young_or_older_child_and_their_detections(tmp_path):
    ws = _read_file(tmp_path, "reply.txt", """Police Scotland
Request
For each of the financial years 2021/22 and 2022/23, how many crimes of communicating indecently with a child were recorded, and how many were detected?
Response
Crime type\t2021/22\t2021/22\t2022/23\t2022/23
Crime type\tRecorded\tDetected\tRecorded\tDetected
Communicating indecently with a young child - s.24\t52\t33\t61\t40
Sexual Offences (Scotland) Act 2009 s34 - Communicating indecently with an older child\t230\t162\t251\t170
Causing an older child (13-15) to look at a sexual image\t17\t9\t21\t12
Total\t299\t204\t333\t222
""".encode(), authority="Police Scotland")
    figures = {(o.period.start.isoformat(), o.measure, str(o.breakdown), o.value) for o in ws.observations()}
    assert {(start, breakdown, value) for start, _, breakdown, value in figures} >= {
        ("2021-04-01", "", 52), ("2021-04-01", "outcome=detected", 33), ("2022-04-01", "", 251),
        ("2022-04-01", "outcome=detected", 170), ("2022-04-01", "", 333), ("2022-04-01", "outcome=detected", 222)}
    assert len({measure for _, measure, _, value in figures if value in (52, 230)}) == 2  # two crimes, no age band
    # its age said beside the term, "(13-15)": an age band to some readers, the crime's name to others
    assert not any(value in (17, 9, 21, 12) for *_, value in figures)
    assert dict(read_label("Detected").dims) == {"outcome": "detected"}


ALL_OTHER_OUTCOMES = """Leicestershire Police
Request
For 2023/24, the outcomes of the offences of sexual communication with a child (71/17) recorded.
Response
Outcome | 2023/24
Charged/summonsed | 21
Community resolution | 4
All other outcomes | 57
{note}"""


def test_all_other_outcomes_is_the_outcome_other(tmp_path):
    # (it waited for a person once, when writers of labels read it both ways; the brief and every writer
    # since label it `other`)
    given = _given(_read(tmp_path, ALL_OTHER_OUTCOMES.format(note="")))
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=charged", 21, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=other", 57, "reported") in given


def test_all_other_outcomes_the_reply_lists_waits_for_a_person_with_its_guess(tmp_path):
    # a set of outcomes the reply names, which a writer of labels read as no outcome
    ws = _read(tmp_path, ALL_OTHER_OUTCOMES.format(
        note="'All other outcomes' combines outcomes 14, 18, 20, 21 and 22, each too small to show on its own.\n"))
    assert not any(o.value == 57 for o in ws.observations())
    assert any(item.guess and item.guess.get("breakdown", {}).get("outcome") == "other" for item in ws.review_items())


def test_the_code_a_paragraph_says_the_figures_below_are_of_is_the_lists_until_the_next_part(tmp_path):
    given = _given(_read(tmp_path, """Northumbria Police
You asked, for 2022 to 2024 taken together:
– The number of offences of sexual communication with a child (71/17) and of sexual grooming (88A), by the age of the victim.
– The number of offences charged.
Response
Offence | Offences
71/17 | 402
88A | 61
First bullet point
Victim details are held against each crime, so the figures below are crimes of sexual communication with a child (71/17) only.
By age of the victim at the time of the offence:
0-12: 88
13-15: 250
16-17: 64
Second bullet point
The number of crimes (71/17 and 88A together) that have resulted in a charge or summons:
2022 – 21
2023 – 19
"""))
    assert ("2022-01-01", "2024-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0", 88, "reported") in given
    assert not any(value == 19 and "71/17" in breakdown for *_, breakdown, value, _ in given)


def test_not_held_for_a_span_of_the_years_asked_is_not_held_for_each_of_them(tmp_path):
    given = _given(_read(tmp_path, """Surrey Police
Please could you provide the following for each of the last three financial years (2021/22, 2022/23 and 2023/24):
1. The social media platforms or apps used to commit offences of sexual communication with a child (71/17), with the number of offences for each.
Response
We have only recorded the platform in a searchable field since 1 April 2023. The information is therefore not held for April 2021 – March 2023.
Platforms recorded in 2023/24:
Snapchat - 41
Instagram - 17
"""))
    held_not = {(start, end) for start, end, _, _, status in given if status == "not_held"}
    assert held_not == {("2021-04-01", "2022-03-31"), ("2022-04-01", "2023-03-31")}


def test_the_youngest_suspect_refused_after_a_question_limiting_the_suspects_ages_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, """Cumbria Constabulary
1) For each year from January 2022 to date, the number of offences of rape of a female child under 13 recorded where the suspect was aged under 18.
2) For each year, the age of the youngest suspect.
Question 1
Year | Offences
2022 | 14
2023 | 11
1 Jan - 30 Sep 2024 | 9
Question 2
The age of the youngest suspect in each year relates to a single, identifiable child. This information is therefore withheld under section 40(2) of the Act.
""")
    assert not any(o.status.value == "exempt" for o in ws.observations())
    waiting = {(item.guess["period_start"], item.guess["period_end"]) for item in ws.review_items()
               if item.guess and item.guess["status"] == "exempt" and "youngest" in item.reason}
    assert waiting == {("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-09-30")}


def test_at_most_five_is_a_suppressed_figure_of_five_or_fewer():
    from foistats.ingest.values import read_value
    for text in ("≤5", "≤ 5", "<=5"):
        value = read_value(text)
        assert (value.kind, value.upper) == ("suppressed", 5)
