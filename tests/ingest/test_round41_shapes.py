"""Shapes of reply the forty-first blind round (held back a session, then opened) showed the
readers losing or misreading, each written here as an invented reply or sentence of that kind: a
code named in the lower row of a two-level header beside an offence with none; a
neither-confirm-nor-deny naming its question in a paragraph that names others as answered;
quarters given where months were asked, the reply saying so; a part year said of "that year";
a title's band that each of its table's codes defines; a header cell wrapped onto lines of its
own; "the last three financial years" counted from the day the reply says the request came;
"the outcomes of the offences"; "N/H*" with its note "*N/H – Not held"; "Rape" grouping the
codes of rape below it; a row of "N/H" cells under the header. And two the rest of the corpus
showed: "Total offences recorded (71/17)", and "Unknown" beside genders under a pivot's year."""

from __future__ import annotations

import io

from foistats.ingest import prose
from foistats.ingest.values import read_value, suppression_rule

from .test_questions import _given, _read, _read_file


def _review_of(ws, value: int) -> list[str]:
    return [r.reason for r in ws.review_items() if r.guess and r.guess.get("value") == value]


def test_a_code_in_the_lower_row_of_a_two_level_header_is_that_columns_only(tmp_path):
    page = """<html><body><main>
<h1>Indecent images offences</h1>
<h2>Request</h2>
<p>1. The number of crimes recorded in each of the calendar years 2022 and 2023 for (a) taking or making indecent photographs of children and (b) possessing indecent photographs of children.</p>
<p>2. For each year, how many of these crimes had a suspect aged under 18, broken down by the suspect's age?</p>
<h2>Response</h2>
<h3>Question 1</h3>
<table>
<tr><th rowspan="2">&nbsp;</th><th colspan="2">Crimes recorded</th><th rowspan="2">Total</th></tr>
<tr><th>086/02 Take or make indecent photographs of children</th><th>Possess indecent photographs of children (s.160 CJA 1988)</th></tr>
<tr><td>2022</td><td>305</td><td>140</td><td>445</td></tr>
<tr><td>2023</td><td>322</td><td>151</td><td>473</td></tr>
</table>
<h3>Question 2</h3>
<table>
<tr><th>Age of suspect</th><th>2022</th><th>2023</th></tr>
<tr><td>10 - 13</td><td>6</td><td>8</td></tr>
<tr><td>14 - 17</td><td>51</td><td>47</td></tr>
</table>
</main></body></html>"""
    ws = _read_file(tmp_path, "reply.html", page.encode("utf-8"), authority="Kent")
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2", 305, "reported") in given
    # the suspects' crimes are of both offences: not of the code one column names
    assert ("2023-01-01", "2023-12-31", "suspect_age_max=17;suspect_age_min=14", 47, "reported") in given
    assert not any("offence_code=86/2" in g[2] and g[3] in (6, 8, 51, 47) for g in given)


def test_a_neither_confirm_nor_deny_refuses_the_question_its_sentence_names_not_those_said_answered(tmp_path):
    ws = _read(tmp_path, """Gwent Police
You asked:
"For each of the financial years 2022/23 and 2023/24:
1. The number of sexual offences recorded where the victim was a child (aged under 18).
2. Of those offences, how many were flagged as child sexual exploitation.
3. How many of the online flagged offences were investigated with the help of the security bodies."
I can confirm that information is held in respect of questions 1 to 2, which is provided below. In respect of question 3 Gwent Police can neither confirm nor deny that it holds the information, by virtue of Section 23(5) and Section 24(2).
Financial year | Sexual offences - victim under 18 | Of which CSE flag
2022/23 | 1,204 | 96
2023/24 | 1,187 | 88
""")
    given = _given(ws)
    assert not any(g[4] == "exempt" and "online_flag" not in g[2] for g in given)  # question 1 is answered, not refused
    assert any(g[4] == "exempt" and "online_flag=true" in g[2] for g in given)
    assert not any("the number 2 is not read" in r.reason for r in ws.review_items())  # "questions 1 to 2": their numbers


def test_quarters_given_where_months_were_asked_answer_the_months_when_the_reply_says_so(tmp_path):
    ws = _read(tmp_path, """Cumbria Constabulary
Your request:
1. Please provide the number of offences of sexual communication with a child (71/17) recorded in each month of 2023/24.
Our response:
Monthly figures have been combined into quarters to reduce the risk of identification.
Quarter | Offences recorded
Apr - Jun 2023 | 22
Jul - Sep 2023 | 19
Oct - Dec 2023 | 25
Jan - Mar 2024 | 17
""")
    given = _given(ws)
    assert ("2023-07-01", "2023-09-30", "offence_code=71/17", 19, "reported") in given
    assert not any(g[4] == "no_response" for g in given)


def test_a_part_year_said_of_that_year_ends_its_figures_in_sentences_too():
    said = prose.part_said("As 2024/25 was not complete when your request was received, figures for that year cover "
                           "the period 01/04/2024 to 31/10/2024, the last full month before your request.")
    assert said is not None and said[1].end.isoformat() == "2024-10-31"


def test_a_title_band_each_code_of_its_table_defines_is_no_band_of_its_total(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    for row in [("REQUEST",), ("I would like the following for the financial years 2022/23 and 2023/24:",),
                ("1. The number of rapes and sexual assaults recorded against children aged under 13, broken down by Home "
                 "Office offence code.",),
                ("2. How many of these offences had the online flag applied.",),
                ("RESPONSE",), ("The information is provided in the tables on the following sheets.",)]:
        cover.append(row)
    sheet = wb.create_sheet("Offences")  # a sheet tied to no one question: the title's band is the table's
    for row in [("Table 1: Rape and sexual assault offences against children aged under 13",),
                ("Financial year", "Rape", None, "Sexual assault", "Total"),
                (None, "19E - Rape of a female child under 13", "19H - Rape of a male child under 13",
                 "20B - Sexual assault on a female child under 13", None),
                ("2022-23", 31, 7, 66, 104), ("2023-24", 29, 12, 70, 111)]:
        sheet.append(row)
    data = io.BytesIO()
    wb.save(data)
    ws = _read_file(tmp_path, "reply.xlsx", data.getvalue(), authority="Wiltshire")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "", 104, "reported") in given  # every code's victims are under 13: no band
    # "Rape" over the codes of rape groups them; it is no label left unread
    assert ("2023-04-01", "2024-03-31", "offence_code=19H", 12, "reported") in given


def test_a_header_cell_wrapped_onto_lines_of_its_own_heads_its_column(tmp_path):
    ws = _read(tmp_path, """West Yorkshire Police
Your request:
1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the financial years 2022/23 and 2023/24 and the current financial year to date, by the age of the victim.
Response
Victim age           2022/23    2023/24    2024/25
                                           (1 Apr –
                                           31 Jul 2024)
Under 13                  71         80         29
13 to 15                 203        221        102
Total                    274        301        131
""")
    given = _given(ws)
    assert ("2024-04-01", "2024-07-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13", 102, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17", 274, "reported") in given


def test_the_last_three_years_count_back_from_the_day_the_reply_says_the_request_came(tmp_path):
    assert prose.request_date("I write in connection with your request for information which was received by "
                              "Humberside Police on 02/09/2024.").isoformat() == "2024-09-02"
    ws = _read(tmp_path, """Humberside Police
I write in connection with your request for information which was received by Humberside Police on 02/09/2024. You asked:
1. The number of offences of sexual communication with a child recorded in each of the last three financial years.
2. The platforms used to contact the child in those offences.
Response
Question 2
This part of the request is refused under Section 12(1) of the Act, as it would exceed the cost limit.
""")
    refused = {(g[0], g[1]) for g in _given(ws) if g[4] == "exempt"}
    assert ("2021-04-01", "2022-03-31") in refused and ("2023-04-01", "2024-03-31") in refused


def test_the_outcomes_of_the_offences_are_of_the_offences_the_first_question_named(tmp_path):
    ws = _read(tmp_path, """Dorset Police
Your request:
"For each of the financial years 2022/23 and 2023/24:
1. How many offences of Sexual Communication with a Child (Home Office code 71/17) were recorded.
2. The outcomes of the offences – how many resulted in a charge or summons, and how many are still being investigated."
Question 1
2022/23 – 64
2023/24 – 58
Question 2
Outcome | 2022/23 | 2023/24
Charged / Summonsed | 8 | 6
Under investigation | 11 | 24
""")
    given = _given(ws)
    assert ("2023-04-01", "2024-03-31", "offence_code=71/17;outcome=ongoing", 24, "reported") in given


def test_not_held_marked_with_its_notes_sign_is_not_held():
    rule = suppression_rule("*N/H – Not held. The force moved to a new crime recording system during 2022.")
    assert rule is not None and rule.means == "not_held"
    assert read_value("N/H*", (rule,)).kind == "not_held"


def test_a_refused_question_asking_each_year_of_years_counted_back_is_refused_a_year_at_a_time(tmp_path):
    ws = _read(tmp_path, """Lincolnshire Police
I write in connection with your request for information, received by Lincolnshire Police on 8 May 2024, in which you asked:
1. For the last two financial years, how many sexual offences were recorded where the suspect was under 18?
2. What was the age of the youngest suspect in each year?
Question 1
Financial year | Offences recorded
2022/23 | 141
2023/24 | 156
Question 2
The age of the youngest suspect in each year is exempt from disclosure under section 40(2) of the Act (personal information).
""")
    # (question 1 limits the suspects' ages, so whether the youngest is of that band waits for a person: see
    # test_round47_shapes; the periods it is refused over are this test's)
    refused = {(item.guess["period_start"], item.guess["period_end"]) for item in ws.review_items()
               if item.guess and item.guess["status"] == "exempt"}
    assert refused == {("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")}


def test_a_year_of_n_h_cells_under_the_header_is_a_row_and_the_total_sums_the_years_held(tmp_path):
    ws = _read(tmp_path, """Warwickshire Police
Your request:
1. For each of the calendar years 2019 to 2022, the number of crimes recorded under Home Office code 86/2 where a suspect was aged under 18, broken down by the age of the suspect.
Response
Suspect details for crimes recorded before November 2019 were not migrated to the new system.
Year\tAged 10-13\tAged 14-17\tTotal
2019\tN/H\tN/H\tN/H
2020\t6\t31\t37
2021\t9\t40\t49
2022\t7\t44\t51
Total\t22\t115\t137
""")
    given = _given(ws)
    assert ("2020-01-01", "2020-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=14", 31, "reported") in given
    # the Total row of bands sums 2020 to 2022, the years held
    assert ("2020-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=13;suspect_age_min=10", 22, "reported") in given
    assert not any("'N/H' is not one foistats can place" in r.reason for r in ws.review_items())


def test_a_total_naming_its_code_is_that_codes_total():
    from foistats.ingest.labels import read_label

    label = read_label("Total offences recorded (71/17)")
    assert label.axis == "total" and dict(label.dims) == {"offence_code": "71/17"}
    assert "offence_code" not in dict(read_label("All offences (73 and 22B)").dims)  # the total of both, of no one code


def test_unknown_beside_genders_under_a_pivots_year_is_the_gender_not_recorded(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Data"
    for row in [("Sexual offences with the online flag where the victim was aged under 18, by financial year",),
                ("Count of Crime Ref", "Column Labels", None, None),
                ("Row Labels", "Under 13", "13-17", "Grand Total"),
                ("2022-23", None, None, None), ("Female", 41, 120, 161), ("Male", 12, 30, 42), ("Unknown", 0, 6, 6),
                ("2022-23 Total", 53, 156, 209),
                ("2023-24", None, None, None), ("Female", 44, 131, 175), ("Male", 15, 28, 43), ("Unknown", 7, 0, 7),
                ("2023-24 Total", 66, 159, 225),
                ("Grand Total", 119, 315, 434)]:
        sheet.append(row)
    data = io.BytesIO()
    wb.save(data)
    ws = _read_file(tmp_path, "reply.xlsx", data.getvalue(), authority="West Mercia")
    given = _given(ws)
    assert ("2023-04-01", "2024-03-31", "online_flag=true;victim_age_max=12;victim_age_min=0;victim_gender=unknown", 7,
            "reported") in given

