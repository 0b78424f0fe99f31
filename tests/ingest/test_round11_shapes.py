"""Shapes of reply the tenth and eleventh blind rounds showed the readers missing or
misreading, each written here as an invented reply of that kind: years once over runs of
columns one space apart ("2021 2022" over "All Online All Online"), a year marked for a
footnote in superscript, a key whose last item makes a dash nil, a title wrapped over a
header of periods, rows under headings that name their axis ("Gender of victim"), a
reference repeated at each page break, a tab table under merged year cells whose trailing
tabs were cut, a sentence putting a figure right ("was shown as 16; the correct figure is
26"), a long table's flag column of "Flagged" / "Not flagged", a row naming a count foistats
cannot place, a code a question names for one of its counts only, bulleted questions answered
in brackets after the force's own line, an annex table that lost its alignment (a header's
words wrapped over its periods, a title's age alone on the next line, "104(a)", "0 to 4"), an
offence named by its title in a reply that writes no code, a label wrapped after a slash, and a
header cell spanning columns over a second row, pasted with tabs."""

from __future__ import annotations

import foistats
from foistats.ingest.account import NOT_A_FIGURE
from foistats.ingest.figures import Figure
from foistats.ingest.interpret import _doubt_corrected

from .test_questions import _given, _read
from .test_round9_shapes import _blocks, _rows

SPANNED_WITH_A_PART_YEAR = '''Cleveland Police
Information Rights Team
Your request
How many offences of sexual grooming (88A) and sexual communication with a child (71/17) did
you record in each calendar year from 2021 to 2023, and how many were flagged as online?
Our response
Table 1: Offences recorded, by calendar year
Home Office code and offence 2021 2022 2023²
All Online All Online All Online
88A Sexual grooming 31 22 40 33 18 15
71/17 Sexual communication with a 102 90 120 101 77 70
child
² 1 January 2023 to 30 June 2023 only.
Key: "All" - all offences under the code; "Online" - flagged online; – nil.
'''


def test_years_over_runs_of_columns_one_space_apart(tmp_path):
    given = _given(_read(tmp_path, SPANNED_WITH_A_PART_YEAR))
    # each year stands over its own two columns; the wrapped title goes on in lower case below
    assert ("2022-01-01", "2022-12-31", "offence_code=88A", 40, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=88A;online_flag=true", 33, "reported") in given
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;online_flag=true", 90, "reported") in given
    # the superscript's footnote narrows the year to the months it covers
    assert ("2023-01-01", "2023-06-30", "offence_code=71/17", 77, "reported") in given
    # "Online" is a part of "All", not all its parts: no disputed total
    assert ("2021-01-01", "2021-12-31", "offence_code=88A", 31, "reported") in given


def test_a_dash_the_last_item_of_a_key_calls_nil_is_zero(tmp_path):
    text = SPANNED_WITH_A_PART_YEAR.replace("88A Sexual grooming 31 22 40 33 18 15", "88A Sexual grooming 31 22 40 – 18 15")
    given = _given(_read(tmp_path, text))
    assert ("2022-01-01", "2022-12-31", "offence_code=88A;online_flag=true", 0, "reported") in given


GROUPED_OVER_A_PAGE_BREAK = '''OFFICIAL
DC/FOI/9999/2024
Derbyshire Constabulary
1. How many sexual offences against children did you record in each of the last three financial years, by the age and gender of the victim?
Response
Table 1 – Sexual offences against children recorded, by financial year
2021/22 2022/23 2023/24
Age of victim
0-12 41 52 45
13-15 138 151 189
Gender of victim
Female 150 171 200

Page 1 of 2
OFFICIAL
DC/FOI/9999/2024
Male 29 32 34
Not recorded 7 5 6

Page 2 of 2
OFFICIAL
DC/FOI/9999/2024
'''


def test_rows_under_headings_that_name_their_axis(tmp_path):
    blocks = _blocks(GROUPED_OVER_A_PAGE_BREAK)
    [table] = [b for b in blocks if hasattr(b, "rows")]
    # the title is not joined to the header of periods; the reference at the break is the page's
    assert _rows(table)[0] == ["", "2021/22", "2022/23", "2023/24"]
    assert ["Age of victim", "", "", ""] in _rows(table) and ["Male", "29", "32", "34"] in _rows(table)
    given = _given(_read(tmp_path, GROUPED_OVER_A_PAGE_BREAK))
    assert ("2022-04-01", "2023-03-31", "victim_age_max=15;victim_age_min=13", 151, "reported") in given
    # "Not recorded" under "Gender of victim" is the gender not recorded
    assert ("2021-04-01", "2022-03-31", "victim_gender=unknown", 7, "reported") in given
    assert ("2023-04-01", "2024-03-31", "victim_gender=male", 34, "reported") in given


MERGED_YEARS_PASTED_WITH_TABS = (
    "Merseyside Police\n"
    "a) How many offences of sexual communication with a child (71/17) were recorded in 2022 and 2023, by victim sex?\n"
    "Response\n"
    "\t2022\t\t2023\n"
    "Age of victim\tFemale\tMale\tFemale\tMale\n"
    "Under 13\t38\t9\t44\t12\n"
    "13 - 15\t97\t21\t109\t26\n"
    "Total\t135\t30\t153\t38\n"
)


def test_merged_year_cells_pasted_with_tabs_head_their_columns(tmp_path):
    given = _given(_read(tmp_path, MERGED_YEARS_PASTED_WITH_TABS))
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;victim_age_max=15;victim_age_min=13;victim_gender=male",
            26, "reported") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;victim_age_max=12;victim_age_min=0;victim_gender=female",
            38, "reported") in given


PUT_RIGHT_IN_A_SENTENCE = '''Merseyside Police
Internal review
a) How many offences of sexual communication with a child (71/17) were recorded in 2023, by the sex and age of the victim?
Response
The number of male victims aged 13 - 15 in 2023 was shown as 16; the correct figure is 26.
'''


def test_a_sentence_putting_a_figure_right_sends_both_to_review(tmp_path):
    ws = _read(tmp_path, PUT_RIGHT_IN_A_SENTENCE)
    # the new figure's sentence does not say again that the victims are male: not filed without it
    assert ws.observations() == []
    reasons = " ".join(item.reason for item in ws.review_items())
    assert "16 was corrected" in reasons and "puts right a figure" in reasons


LONG_TABLE_WITH_A_FLAG_COLUMN = (
    "Northumbria Police\n"
    "How many offences of sexual communication with a child (71/17) did you record in 2022 and 2023, and how many were flagged online?\n"
    "Our reply\n"
    "Calendar year\tOffence\tOnline/cyber flag\tCrimes recorded\n"
    "2022\tSexual communication with a child (71/17)\tFlagged\t88\n"
    "\t\tNot flagged\t19\n"
    "2023\tSexual communication with a child (71/17)\tFlagged\t104\n"
    "\t\tNot flagged\t12\n"
)


def test_a_long_tables_flag_column_of_flagged_and_not_flagged(tmp_path):
    given = _given(_read(tmp_path, LONG_TABLE_WITH_A_FLAG_COLUMN))
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;online_flag=true", 88, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;online_flag=false", 12, "reported") in given
    # never the flagged count filed as every offence
    assert not any(b == "offence_code=71/17" for _, _, b, _, _ in given)


A_COUNT_FOISTATS_CANNOT_PLACE = (
    "Derbyshire Constabulary\n"
    "Request: how many crimes did you record with a child sexual exploitation flag in 2022/23 and 2023/24, "
    "how many of those had a victim under 16, "
    "and how many offences of sexual grooming (88A) did you record?\n"
    "Response\n"
    "\t2022/23\t2023/24\n"
    "Crimes with a CSE flag\t389\t431\n"
    "Victim aged under 16\t270\t318\n"
    "Victim age not recorded\t15\t12\n"
)


def test_rows_beside_a_count_foistats_cannot_place_go_to_review(tmp_path):
    # a first row naming a count the request does not ("… a vulnerability flag"): "Victim aged under 16"
    # is a part of that count, which foistats cannot place
    ws = _read(tmp_path, A_COUNT_FOISTATS_CANNOT_PLACE.replace("Crimes with a CSE flag", "Crimes with a vulnerability flag"))
    assert ws.observations() == []
    assert any("the table counts 'Crimes with a vulnerability flag'" in item.reason for item in ws.review_items())


def test_a_code_the_question_names_for_one_of_its_counts_is_not_every_figures(tmp_path):
    # the table's first row names what the question asks ("crimes … with a CSE flag"), but not the
    # grooming offences the question's code is for
    text = A_COUNT_FOISTATS_CANNOT_PLACE.replace("with a child sexual exploitation flag", "with a CSE flag")
    ws = _read(tmp_path, text)
    assert not any(o.breakdown.get("offence_code") == "88A" for o in ws.observations())
    assert any("names 88A for only some of the counts" in item.reason for item in ws.review_items())


BULLETS_ANSWERED_IN_BRACKETS = '''Gwent Police
Information requested:
Please find our answers inserted below in square brackets.
• How many sexual offences against children were recorded in each of the financial years 2021/22 and 2022/23? [2021/22: 320; 2022/23: 297]
• How many of those offences were flagged as online? [2021/22: 41; 2022/23: 60]
• How many of those offences resulted in a suspect being charged? [2021/22: 29; 2022/23: 24]
'''


def test_bulleted_questions_answered_in_brackets_after_the_forces_own_line(tmp_path):
    given = _given(_read(tmp_path, BULLETS_ANSWERED_IN_BRACKETS))
    assert ("2021-04-01", "2022-03-31", "outcome=charged", 29, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 60, "reported") in given
    assert ("2021-04-01", "2022-03-31", "", 320, "reported") in given
    # never the charges filed as every offence
    assert ("2021-04-01", "2022-03-31", "", 29, "reported") not in given


ANNEX_TABLE_FROM_A_PDF = '''Thames Valley Police
1. How many offences of rape of a child under 16 or under 13 (codes 19D, 19E, 19G and 19H) did you record in each of the last three financial years?
Response
Please see Annex A, Table 1.
Annex A – Data
HO Offence Recorded in Recorded in Recorded in
code 2021/22 2022/23 2023/24
19D Rape of a female child under 142 151 138
16
19E Rape of a female child under 97 88 104(a)
13
19G Rape of a male child under 16 21 18 25
All three codes 260 257 267
(a) Includes three offences re-classified from 19D to 19E.
Table 2: Offences in Table 1 by age of the victim
Age of victim 2021/22 2022/23 2023/24
0 to 4 34 37 40
5 to 9 92 90 88
'''


def test_an_annex_table_that_lost_its_alignment(tmp_path):
    blocks = _blocks(ANNEX_TABLE_FROM_A_PDF)
    tables = [_rows(b) for b in blocks if hasattr(b, "rows")]
    # the header's words wrapped one space apart ("Recorded in" over "2021/22"); a title's age left alone on
    # the line below its figures; "104(a)" a figure with its note's mark; "0 to 4" a band, not a label and a figure
    assert tables[0][0] == ["HO code Offence", "Recorded in 2021/22", "Recorded in 2022/23", "Recorded in 2023/24"]
    assert ["19D Rape of a female child under 16", "142", "151", "138"] in tables[0]
    assert ["19G Rape of a male child under 16", "21", "18", "25"] in tables[0]
    assert ["0 to 4", "34", "37", "40"] in tables[1]
    given = _given(_read(tmp_path, ANNEX_TABLE_FROM_A_PDF))
    assert ("2023-04-01", "2024-03-31", "offence_code=19E", 104, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=19D", 151, "reported") in given
    # no "13" or "16" left over from the titles as a number to review
    assert not any(n.text in ("13", "16") and n.fate != NOT_A_FIGURE for n in _numbers(tmp_path, ANNEX_TABLE_FROM_A_PDF))


def _numbers(tmp_path, text: str):
    path = tmp_path / "again.txt"
    path.write_text(text, encoding="utf-8")
    return foistats.init(tmp_path / "ws-again").ingest(path, authority="Gwent").numbers


TITLES_ONLY = (
    "Metropolitan Police\n"
    "1) For 2022 and 2023, the number of offences of rape of a female child under 16 and of sexual grooming recorded.\n"
    "Response:\n"
    "\t2022\t2023\n"
    "Offence\tAll crimes\tAll crimes\n"
    "Rape of a female child under 16\t341\t362\n"
    "Sexual grooming\t77\t81\n"
)


def test_an_offence_named_by_title_in_a_reply_that_writes_no_code_waits_for_a_person(tmp_path):
    ws = _read(tmp_path, TITLES_ONLY)
    assert not any("offence_code" in str(o.breakdown) for o in ws.observations())
    assert any("by its title only" in item.reason and item.guess["breakdown"].get("offence_code") == "19D"
               for item in ws.review_items())


A_LABEL_WRAPPED_AT_A_SLASH = '''Surrey Police
1. How many offences of indecent images of children (86/2) did you record in 2022 and 2023, by the age of the suspect?
Response
Age of suspect 2022 2023
18 - 29 97 101
30 - 49 140 152
No suspect identified /
age not recorded 201 193
Total 438 446
'''


def test_a_label_wrapped_after_a_slash_is_not_a_heading_over_the_rows(tmp_path):
    given = _given(_read(tmp_path, A_LABEL_WRAPPED_AT_A_SLASH))
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_known=false", 201, "reported") in given
    assert not any("outcome" in b for _, _, b, _, _ in given)


SPANNING_HEADER_PASTED_WITH_TABS = (
    "Wiltshire Police\n"
    "Request\n"
    "1. How many offences of abuse of position of trust of a sexual nature (code 73) were recorded in 2022/23 and 2023/24, "
    "by the age of the victim?\n"
    "Response\n"
    "Financial year\tAge of victim\tTotal\n"
    "13 and under\t14-15\t16-17\tNot recorded\n"
    "2022/23\t3\t15\t22\t1\t41\n"
    "2023/24\t5\t12\t19\t0\t36\n"
)


def test_a_header_cell_spanning_columns_over_a_second_row_pasted_with_tabs(tmp_path):
    # the page's rowspan corner and Total, and "Age of victim" over its four bands, copied as two lines
    given = _given(_read(tmp_path, SPANNING_HEADER_PASTED_WITH_TABS))
    assert ("2022-04-01", "2023-03-31", "offence_code=73;victim_age_max=15;victim_age_min=14", 15, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=73;victim_age_known=false", 0, "reported") in given
    assert ("2023-04-01", "2024-03-31", "offence_code=73", 36, "reported") in given


def test_a_suppressed_figure_in_a_sentence_putting_one_right_goes_to_review():
    # a figure with no value ("<5") in a correcting sentence: sent to review, not a crash on its missing value
    hidden = Figure(None, "suppressed", "line 5", "The figure was shown as 16; the correct figure is <5.", "", "")
    _doubt_corrected([hidden], [])
    assert any("puts right a figure" in doubt for doubt in hidden.doubts)
