"""Shapes of reply the tenth blind round showed the readers missing or misreading, each
written here as an invented reply of that kind: a row label begun on the line above its
figures with its code in brackets below; a figure the reply puts right by itself ("23, not
32"); a heading answering a range of questions ("Q1 - Q3"); a numbered point that is the
next of the list though it asks in no question's words; a question of the offences "in Q1
and Q2", and its refusal; answers in a later message of an e-mail thread; the request at
the end of a letter as an annex; months one space apart; a corner wrapped onto the line
below; a title naming the victims' gender; a figure marked for its footnote; bilingual
labels; a year alone over its lines; a long table giving each group's labels once; "All
three codes"; outcomes with their numbers in brackets; and a refusal of something asked
about now."""

from __future__ import annotations

from foistats.ingest.labels import read_label
from foistats.ingest.raw import RawTable

from .test_questions import _given, _read
from .test_round9_shapes import _blocks, _rows

THREAD_WITH_A_REVIEW = '''From: A Requester
Dear Northumbria Police,
Q1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded in each of the calendar years 2022 and 2023.
Q2. The number of offences of sexual grooming (Home Office code 88A) recorded in each of the same years.
Q3. For the offences in Q1, the gender of the victim, for each year.
Q4. For the offences in Q1 and Q2, the apps or websites used to contact the child, for each year.
Yours faithfully,

Freedom of Information Team, Northumbria Police
Please find our response below.

Q1 - Q2

                                    2022      2023
Sexual communication with a child
(HO code 71/17)                      140       152

Sexual grooming (HO code 88A)         41        38

Q4

We estimate that finding the apps used would exceed the appropriate limit, so this part of the request is refused under section 12(1).

From: A Requester
Please review the response. Q3 was not answered, and the 2023 figure for grooming looks wrong.

Freedom of Information Team, Northumbria Police
Internal review

Question 3
In 2022 the victim was female in 118 of the 140 offences and male in the rest; in 2023 it was 127 of the 152.

Question 2 - amended figure
The number of grooming offences recorded in 2023 is 33, not 38: the digits were typed wrongly.
'''


def test_a_review_later_in_a_thread_answers_and_puts_right(tmp_path):
    given = _given(_read(tmp_path, THREAD_WITH_A_REVIEW))
    # the label begun on the line above its figures: "(HO code 71/17)" goes on with it
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17", 140, "reported") in given
    # "Q1 - Q2" over the table answers both; "33, not 38" puts 38 right, so 38 waits for a person
    assert not any(o[3] == 38 for o in given)
    assert not any(o[4] == "no_response" for o in given)  # question 3's answer is there, though unread
    # "Q4. For the offences in Q1 and Q2, the apps …": a point of the list, of both codes, refused of both
    assert ("2023-01-01", "2023-12-31", "", None, "exempt") in given


ANNEX_AND_MONTHS = '''Our reference: FOI 2025/0101
Summary of our decision
Part Decision Section(s)
1 Information provided in full –
2 Neither confirm nor deny 30(3)

Our response

Part 1
Month recorded Apr-24 May-24 Jun-24
Offences 14 11 19
of which online flagged 6 4 9

Part 2
The force neither confirms nor denies that it holds the information requested, by virtue of section 30(3).

Annex A – your request as received
For the financial year 2024/25, please tell me:
1. How many offences of sexual communication with a child were recorded, by month, from April to June 2024.
2. How many investigations into such offences your force currently has open.
'''


def test_a_request_in_an_annex_is_the_request_and_months_one_space_apart_are_a_table(tmp_path):
    ws = _read(tmp_path, ANNEX_AND_MONTHS)
    given = _given(ws)
    assert ("2024-05-01", "2024-05-31", "", 11, "reported") in given
    assert ("2024-06-01", "2024-06-30", "online_flag=true", 9, "reported") in given
    # what is open now is of no period: its refusal waits for a person, not filed under 2024/25
    assert not any(o[4] == "exempt" for o in given)
    assert any("asks about now" in r.reason for r in ws.review_items())


def test_a_corner_wrapped_onto_the_line_below_is_put_back():
    [table] = [b for b in _blocks("Table 2 – Male victims, by age\n\nFinancial Under 13 13 to 15 Total\nyear\n"
                                  "2021/22 6 15 21\n2022/23 4 21 25\n") if isinstance(b, RawTable)]
    assert _rows(table)[0] == ["Financial year", "Under 13", "13 to 15", "Total"]


TITLED_BY_GENDER = '''Cleveland Police
Request
How many offences of sexual communication with a child were recorded in 2022/23 and 2023/24, by the age and gender of the victim?
Response
Table 2a – Female victims, by age
Year | Under 13 | 13 to 15 | Total
2022/23 | 21 | 88† | 109
2023/24 | 26 | 101 | 127
† Amended since our earlier reply.
Table 2b – Male victims, by age
Year | Under 13 | 13 to 15 | Total
2022/23 | 6 | 15 | 21
2023/24 | 5 | 18 | 23
'''


def test_a_title_naming_the_victims_gender_is_the_gender_of_its_figures_and_a_marked_figure_is_read(tmp_path):
    given = _given(_read(tmp_path, TITLED_BY_GENDER))
    assert ("2022-04-01", "2023-03-31", "victim_age_max=15;victim_age_min=13;victim_gender=female", 88, "reported") in given
    assert ("2023-04-01", "2024-03-31", "victim_gender=male", 23, "reported") in given
    assert read_label("Female and male victims").axis is None


BILINGUAL_LINES = '''Heddlu Dyfed-Powys Police
Request
How many offences of sexual communication with a child were recorded in 2022 and 2023, by the gender of the victim?
Response
2022
Benyw / Female: 58
Gwryw / Male: 14

2023
Benyw / Female: 66
Gwryw / Male: 15
'''


def test_a_year_alone_heads_the_lines_under_it_and_a_bilingual_label_reads_by_its_known_side(tmp_path):
    given = _given(_read(tmp_path, BILINGUAL_LINES))
    assert ("2023-01-01", "2023-12-31", "victim_gender=female", 66, "reported") in given
    assert not any(o[3] in (2022, 2023) for o in given)  # the years are headings, not counts
    # two sides that read as two sexes are either sex, not one of them (round 19's "Age not recorded | Female / Male")
    assert read_label("Female / Male").dims == ()


LONG_TABLE_LABELLED_ONCE = '''Cambridgeshire Constabulary
Request
How many offences under Home Office codes 21 and 73 were recorded in 2023 and 2024, by the sex of the victim, and how many had a suspect aged under 18?
Response
HO code\tOffence\tSex of victim\t2023\t2024
21\tSexual activity involving a child under 13\tAll\t104\t88
\t\tFemale\t80\t63
\t\tMale\t24\t25
73\tAbuse of position of trust of a sexual nature\tAll\t27\t22
\t\tFemale\t21\t17
\t\tMale\t6\t5

Year\t21\t73\tAll three codes
2023\t45\t0\t45
2024\t41\t0\t41
'''


def test_a_groups_labels_given_once_go_down_its_rows_and_all_codes_is_their_total(tmp_path):
    given = _given(_read(tmp_path, LONG_TABLE_LABELLED_ONCE))
    assert ("2023-01-01", "2023-12-31", "offence_code=73;victim_gender=male", 6, "reported") in given
    assert ("2024-01-01", "2024-12-31", "offence_code=21;victim_gender=female", 63, "reported") in given
    assert read_label("All three codes").axis == "total"


def test_an_outcome_with_its_number_in_brackets_is_that_outcome_unless_its_words_say_another():
    assert dict(read_label("Community resolution (8)").dims) == {"outcome": "community resolution"}
    assert dict(read_label("Evidential difficulties, suspect identified (15)").dims) == {"outcome": "outcome 15"}
    assert dict(read_label("Caution – youth (2) / adult (3)").dims) == {"outcome": "cautioned"}
    assert read_label("Charge/summons (8)").axis is None
    assert read_label("Investigation ongoing (2)").axis is None


SHARES_BESIDE_COUNTS = '''South Yorkshire Police
Request
How many sexual offences against children were recorded in 2022/23 and 2023/24, by the age of the victim, and how many suspects were aged under 16?
Response
Table 1 – Offences flagged as online¹
Age of victim    2022/23      %    2023/24      %
0-12                 141   38.6        152   40.2
13-17                224   61.4        226   59.8
All ages             365  100.0        378  100.0
¹ The flag is applied where the internet was used.

Year\tUnder 18\t18 and over\tTotal
2022/23\t74\t151\t225
2023/24\t88\t162\t250
'''


def test_a_decimal_is_a_share_and_a_total_beside_age_columns_is_of_every_age(tmp_path):
    ws = _read(tmp_path, SHARES_BESIDE_COUNTS)
    given = _given(ws)
    # "38.6" under "%" is no count; the note's mark on the title is no letter of "online"
    assert ("2022-04-01", "2023-03-31", "online_flag=true;victim_age_max=12;victim_age_min=0", 141, "reported") in given
    assert not any(r.reason.startswith("the number 38.6") for r in ws.review_items())
    # all suspects, not those under 16 the question asked about
    assert not any(o[3] == 225 and "suspect_age" in o[2] for o in given)


FLAG_ROWS_AND_LISTS = '''Gloucestershire Constabulary
Request
a) How many offences of sexual communication with a child were recorded in 2022/23 and 2023/24, and how many had the cyber flag?
b) Which platforms were used, for each of those years?
c) How many arrests were made for these offences?
Response
a)
Table A: crimes recorded, by cyber flag
\t2022/23\t2023/24
Cyber flag - Yes\t341\t377
Cyber flag - No\t58\t47
Financial year total\t399\t424

Note: one offence recorded in 2023/24 has no valid recorded date on our system and cannot be placed in a month.

b)
April 2022 – March 2023
Snapchat – 171
No platform identified – 96

April 2023 – March 2024
Snapchat – 158
No platform identified – 88

c) Arrests are not linked to crime records, so this information is not held. We have not needed to consider section 12 (the £450 cost limit) for this part of your request.
'''


def test_flag_rows_a_year_total_two_lists_and_a_section_not_relied_on(tmp_path):
    given = _given(_read(tmp_path, FLAG_ROWS_AND_LISTS))
    assert ("2023-04-01", "2024-03-31", "online_flag=true", 377, "reported") in given
    assert ("2023-04-01", "2024-03-31", "", 424, "reported") in given  # the total of both rows is of no flag
    assert not any(o[3] == 1 for o in given)  # "one offence … has no valid date" counts no year
    # "– 96" then a blank line then "April 2023 – …": a list's figure, not a date "96 April"
    assert ("2023-04-01", "2024-03-31", "platform=unknown", 88, "reported") in given
    assert ("2022-04-01", "2023-03-31", "platform=unknown", 96, "reported") in given
    assert not any(o[4] == "exempt" for o in given)  # section 12 named only as not relied on
    assert ("2023-04-01", "2024-03-31", "", None, "not_held") in given


SAID_AGAIN_AND_IN_WORDS = '''Hertfordshire Constabulary
Request
1) How many offences of sexual communication with a child were recorded in each of 2021/22, 2022/23 and 2023/24, and how many resulted in a charge?
2) How many of these had a child sexual exploitation flag?
Response
Point 1
Eleven offences in the first year were the subject of a charge, as did nine from 2022/23 and 12 from 2023/24.
Point 2
The CSE flag was applied to 14 of the offences recorded in 2021/22 and to 19 of those recorded in 2022/23. For 2023/24 the number is fewer than five.
'''


def test_as_did_after_an_unread_clause_and_a_year_given_in_words_leave_nothing_wrong(tmp_path):
    given = _given(_read(tmp_path, SAID_AGAIN_AND_IN_WORDS))
    assert not any(o[3] == 9 and "outcome=charged" not in o[2] for o in given)
    assert not any(o[4] == "no_response" for o in given)  # "fewer than five" is 2023/24's answer, for a person


def test_a_part_letter_over_a_table_heads_the_answer_not_its_columns():
    [table] = [b for b in _blocks("a)\n\t2022/23\t2023/24\nCyber flag - Yes\t341\t377\nTotal\t399\t424\n")
               if isinstance(b, RawTable)]
    assert _rows(table)[0] == ["", "2022/23", "2023/24"]


def test_a_header_one_space_apart_wrapped_onto_a_second_line_is_put_back():
    [table] = [b for b in _blocks("Year Under 18 18-34 55 and Not Total\nover known\n2021 23 71 31 * 125\n2022 29 80 27 * 136\n")
               if isinstance(b, RawTable)]
    assert _rows(table)[0] == ["Year", "Under 18", "18-34", "55 and over", "Not known", "Total"]
    [table] = [b for b in _blocks("Victim age Female Male Not recorded Total\nAged 16 38 9 - 47\nAged 17 41 7 - 48\n")
               if isinstance(b, RawTable)]
    assert [row[0] for row in _rows(table)] == ["Victim age", "Aged 16", "Aged 17"]
    assert read_label("Total (2021–2024)").axis == "period"
