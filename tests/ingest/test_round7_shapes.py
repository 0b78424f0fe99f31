"""Shapes of reply the readers missed or misread, each written here as a force would write it,
with what a careful person reads from it: rows of figures split by slashes under a line naming
the periods once in the same order; a withholding that names the one offence it withholds, beside
the other offence's figures; "less than 5" as a list line's value; a table titled "the same
offences" counting what the table before it counted (its flag quoted, 'Online'); markdown bold
and a "2023 total" column; percentages beside counts, and a count with its share in brackets; a
"(1)" footnote mark on a row label; a year the reply says runs short ("run to 27 March 2025
only"); a PDF's header line that lost its column gaps; "Response to Q2" and "the same crimes"; a
request defining what it means by a child, for an offence against children; abbreviated headers
a key explains; "Crimes" over counts; a request that "reads as follows", answered under
"Decision"; blocks of leader lines under year headings whose labels are phrases ("Victim sex:
female", "Flagged online (note 2)", "41 of 532"); platform lines under "2023 (412 offences)";
a tab table of months across with blank cells; a dash keyed as not held; a line leading into
a list with a victims' band; parts numbered in roman numerals; a CSV block pasted into a page,
its online flag a column of Y and N."""

from __future__ import annotations

from .test_questions import _given, _read

SLASHED_ROWS_UNDER_THEIR_PERIODS = """Gwent Police - FOI 2025/311

1. How many offences of sexual communication with a child (71/17) and of meeting a child following sexual grooming (88A) were recorded in each of 2022, 2023 and 2024?

2. Please give the sex of the victims.

Answer 1

Sexual communication with a child (71/17)
2022: 64
2023: 70
2024: 58

Meeting a child following sexual grooming (88A)
2022: 7
2023: less than 5
2024: 6

Answer 2

71/17 - figures given as 2022 / 2023 / 2024

Girls – 52 / 61 / 49
Boys – 9 / 7 / 6
Not recorded – 3 / 2 / 3

For 88A the numbers are so small that a split by sex could identify a victim. That breakdown is withheld under section 40(2) of the Act.
"""


def test_rows_split_by_slashes_take_the_periods_named_once_above_them(tmp_path):
    given = _given(_read(tmp_path, SLASHED_ROWS_UNDER_THEIR_PERIODS))
    years = {"2022": ("2022-01-01", "2022-12-31"), "2023": ("2023-01-01", "2023-12-31"),
             "2024": ("2024-01-01", "2024-12-31")}
    for year, girls, boys, unknown in (("2022", 52, 9, 3), ("2023", 61, 7, 2), ("2024", 49, 6, 3)):
        assert {(*years[year], "offence_code=71/17;victim_gender=female", girls, "reported"),
                (*years[year], "offence_code=71/17;victim_gender=male", boys, "reported"),
                (*years[year], "offence_code=71/17;victim_gender=unknown", unknown, "reported")} <= given


def test_a_withholding_naming_one_offence_refuses_that_offence_beside_the_others_figures(tmp_path):
    given = _given(_read(tmp_path, SLASHED_ROWS_UNDER_THEIR_PERIODS))
    assert {("2022-01-01", "2022-12-31", "offence_code=88A", None, "exempt"),
            ("2023-01-01", "2023-12-31", "offence_code=88A", None, "exempt"),
            ("2024-01-01", "2024-12-31", "offence_code=88A", None, "exempt")} <= given


def test_less_than_five_is_a_list_lines_value(tmp_path):
    ws = _read(tmp_path, SLASHED_ROWS_UNDER_THEIR_PERIODS)
    small = [o for o in ws.observations() if o.status.value == "suppressed"]
    assert [(o.period.start.isoformat(), str(o.breakdown), o.upper) for o in small] == [("2023-01-01", "offence_code=88A", 4)]


TABLES_OF_THE_SAME_OFFENCES = """Request
How many children under 16 were victims of sexual offences committed online in 2023 and 2024?

Response
The figures below use our standard dataset of victims aged 0 to 17, not under 16s.

Table 1: Sexual offences flagged 'Online' where the victim was aged under 18, by half year
| Offence group | Jan–Jun 2023 | Jul–Dec 2023 | 2023 total |
|:--------------|-------------:|-------------:|-----------:|
| **Total** | **410** | **433** | **843** |

Table 2: The same offences by sex of victim
| Victim sex | 2023 |
|:-----------|-----:|
| Female | 702 |
| Male | 141 |
"""


def test_a_table_of_the_same_offences_counts_what_the_table_before_counted(tmp_path):
    given = _given(_read(tmp_path, TABLES_OF_THE_SAME_OFFENCES))
    band = "online_flag=true;victim_age_max=17;victim_age_min=0"
    assert {("2023-01-01", "2023-06-30", band, 410, "reported"),
            ("2023-07-01", "2023-12-31", band, 433, "reported"),
            ("2023-01-01", "2023-12-31", band, 843, "reported"),  # "2023 total": the year, in bold
            ("2023-01-01", "2023-12-31", f"{band};victim_gender=female", 702, "reported"),
            ("2023-01-01", "2023-12-31", f"{band};victim_gender=male", 141, "reported")} <= given
    assert not any("victim_gender" in breakdown and "online_flag" not in breakdown for _, _, breakdown, _, _ in given)


PERCENTAGES_BESIDE_COUNTS_AND_A_YEAR_THAT_RUNS_SHORT = """Request
Please provide, for each of the financial years 2022/23, 2023/24 and 2024/25, the number of offences of sexual assault on a female aged 13 and over (20A), by sex of victim.

Response
The 2024/25 figures are provisional and run to 27 March 2025 only.

                                 2022/23    2023/24    2024/25   Change 2022/23 to 2024/25
20A offences recorded (1)           201        219        208             +3%
Of which online flag applied         18         22         25            +39%
Share of all sexual offences         61%        60%        59%

(1) Sexual assault on a female aged 13 and over.

Year        Female        Male
2022/23     190 (95%)     11 (5%)
2023/24     207 (95%)     12 (5%)
"""


def test_percentages_are_not_counts_and_a_year_said_to_run_short_is_that_part(tmp_path):
    given = _given(_read(tmp_path, PERCENTAGES_BESIDE_COUNTS_AND_A_YEAR_THAT_RUNS_SHORT))
    assert {("2022-04-01", "2023-03-31", "offence_code=20A", 201, "reported"),
            ("2024-04-01", "2025-03-27", "offence_code=20A", 208, "reported"),  # to 27 March only
            ("2024-04-01", "2025-03-27", "offence_code=20A;online_flag=true", 25, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=20A;victim_gender=female", 190, "reported"),
            ("2023-04-01", "2024-03-31", "offence_code=20A;victim_gender=male", 12, "reported")} <= given
    assert not {value for *_, value, _ in given} & {3, 39, 61, 60, 59, 95, 5}


A_PDF_TABLE_THAT_LOST_ITS_COLUMN_GAPS = """You asked:
Q1 For Home Office offence code 22B (sexual activity involving a child under 16), the number of
crimes recorded in 2022, 2023 and 2024 so far, broken down by the age of the suspect.
Q2 For the same crimes, how many of the suspects were known to the police before.
Response to Q1
The year 2024 covers 1 January to 30 September 2024 only.
Table 1: HO code 22B - Sexual activity involving a child under 16
Year Suspect under 18 Suspect 18 and over Suspect age not known Total
2022 96 88 23 207
2023 104 79 5 188
2024 (1 Jan - 30 Sep) 71 66 3 140
Response to Q2
We do not hold this information. This is a notice under section 1(1)(a) of the Act that the information is not held.
"""


def test_a_header_that_lost_its_gaps_is_cut_into_the_labels_foistats_reads(tmp_path):
    given = _given(_read(tmp_path, A_PDF_TABLE_THAT_LOST_ITS_COLUMN_GAPS))
    assert {("2022-01-01", "2022-12-31", "offence_code=22B;suspect_age_max=17;suspect_age_min=0", 96, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=22B;suspect_age_known=false", 5, "reported"),
            ("2024-01-01", "2024-09-30", "offence_code=22B;suspect_age_min=18", 66, "reported"),
            ("2024-01-01", "2024-09-30", "offence_code=22B", 140, "reported")} <= given


def test_response_to_q2_answers_q2_and_the_same_crimes_are_q1s(tmp_path):
    given = _given(_read(tmp_path, A_PDF_TABLE_THAT_LOST_ITS_COLUMN_GAPS))
    assert {("2022-01-01", "2022-12-31", "offence_code=22B", None, "not_held"),
            ("2024-01-01", "2024-09-30", "offence_code=22B", None, "not_held")} <= given


A_CHILD_DEFINED_FOR_AN_OFFENCE_AGAINST_CHILDREN = """Information requested
For each of the calendar years 2023 and 2024:
1. The number of offences of sexual communication with a child (Home Office code 71/17) recorded.
2. Which apps were used to contact the child.
For clarity, a child here means anyone aged 15 or under.

Information disclosed
Question 1
2023 - 287
2024 - 341
Question 2
The app used is not recorded in a searchable field. Reading all 628 records would take well over 18 hours, so question 2 is refused under section 12(1).
"""


def test_a_request_defining_a_child_puts_no_band_on_an_offence_against_children(tmp_path):
    given = _given(_read(tmp_path, A_CHILD_DEFINED_FOR_AN_OFFENCE_AGAINST_CHILDREN))
    assert {("2023-01-01", "2023-12-31", "offence_code=71/17", 287, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=71/17", None, "exempt"),
            ("2024-01-01", "2024-12-31", "offence_code=71/17", None, "exempt")} <= given
    assert not any("victim_age" in breakdown for _, _, breakdown, _, _ in given)


OUTCOMES_UNDER_ABBREVIATIONS_A_KEY_EXPLAINS = """Summary of request
The applicant asked for the number of crimes flagged as child sexual exploitation in each of the last three financial years, with the outcome of each.

Disclosure
The table below shows crimes recorded in the financial years 2022/23 and 2023/24 that carry a CSE flag.

Financial Year\tCrimes\tCS\tCAU\tOC16\tOTH\tUI
2022/23\t94\t18\t*\t16\t12\t11
2023/24\t102\t10\t-\t10\t15\t46

Key
CS = Charge / summons (outcome 1)
CAU = Caution, adult or youth (outcomes 2 and 3)
OC16 = Evidential difficulties, victim does not support action (outcome 16)
OTH = All other outcomes
UI = Under investigation, no outcome yet assigned
- = nil
* = fewer than five
"""


def test_abbreviated_headers_read_as_the_key_under_the_table_says(tmp_path):
    given = _given(_read(tmp_path, OUTCOMES_UNDER_ABBREVIATIONS_A_KEY_EXPLAINS))
    year = ("2023-04-01", "2024-03-31")
    assert {(*year, "", 102, "reported"),  # "Crimes" over the counts is what is counted, no offence code
            (*year, "outcome=charged", 10, "reported"),
            (*year, "outcome=cautioned", 0, "reported"),
            (*year, "outcome=outcome 16", 10, "reported"),
            (*year, "outcome=ongoing", 46, "reported")} <= given
    assert not any("offence_code" in breakdown for _, _, breakdown, _, _ in given)


A_LETTER_QUOTING_THE_REQUEST_AS_FOLLOWS = """Dear Sir/Madam
Thank you for your request for information received on 15 January 2025, which
reads as follows:
  "Please provide, for each of the calendar years 2023 and 2024:
  a) the number of sexual offences recorded against children where the suspect was a family member;
  b) of those, how many resulted in the suspect being charged."
Decision
The cost of complying with your request would exceed the appropriate limit, so the force is not obliged to comply with it under section 12(1) of the Act.
"""


def test_a_request_that_reads_as_follows_is_the_request_and_a_decision_answers_it(tmp_path):
    given = _given(_read(tmp_path, A_LETTER_QUOTING_THE_REQUEST_AS_FOLLOWS))
    assert given == {("2023-01-01", "2023-12-31", "", None, "exempt"), ("2024-01-01", "2024-12-31", "", None, "exempt"),
                     ("2023-01-01", "2023-12-31", "outcome=charged", None, "exempt"),
                     ("2024-01-01", "2024-12-31", "outcome=charged", None, "exempt")}


A_PLAIN_TEXT_TABLE_IN_BORDERS = """Your request
- How many crimes were recorded under HO code 86/2 in each of the last three financial years?

Our response
Table 1 - Crimes recorded under HO code 86/2, financial years
+----------------+-------------+---------------------+
| Financial year | 86/2 crimes | of which cyber flag |
+----------------+-------------+---------------------+
| 2021/22        |         468 |                 402 |
| 2022/23        |         507 |                 449 |
+----------------+-------------+---------------------+
| Total          |         975 |                 851 |
+----------------+-------------+---------------------+
"""


def test_a_table_drawn_with_plus_and_minus_borders_is_one_table_with_its_header(tmp_path):
    given = _given(_read(tmp_path, A_PLAIN_TEXT_TABLE_IN_BORDERS))
    assert {("2021-04-01", "2022-03-31", "offence_code=86/2", 468, "reported"),
            ("2022-04-01", "2023-03-31", "offence_code=86/2;online_flag=true", 449, "reported"),
            ("2021-04-01", "2023-03-31", "offence_code=86/2", 975, "reported")} <= given


A_WHOLE_REFUSAL_OF_THE_LAST_THREE_YEARS_AS_INTERPRETED = """Dear Ms Jones,
Thank you for your email of 11 February 2025 in which you made the following request:
> Please can you tell me, for the last three years:
> - the number of rapes of a child under 13, separately for female victims (code 19E) and male victims (19H);
> - in how many of them the suspect first made contact with the child online.
I have interpreted "the last three years" as the financial years 2021/22, 2022/23 and 2023/24.
Decision
The cost of complying with your request would exceed the appropriate limit, so it is refused under section 12(1) of the Act.
"""


def test_a_whole_refusal_covers_each_code_asked_separately_in_each_year_the_reply_took(tmp_path):
    ws = _read(tmp_path, A_WHOLE_REFUSAL_OF_THE_LAST_THREE_YEARS_AS_INTERPRETED)
    given = _given(ws)
    for start, end in (("2021-04-01", "2022-03-31"), ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")):
        assert {(start, end, "offence_code=19E", None, "exempt"), (start, end, "offence_code=19H", None, "exempt")} <= given
    # contact made online may or may not be what the online flag records: a person decides
    assert not any("online_flag" in breakdown for _, _, breakdown, _, _ in given)
    assert any("first contact" in item.reason for item in ws.review_items())


A_PERIOD_DEFINED_AS_TWELVE_MONTH_PARTS = """Your request
1. How many offences of sexual grooming (88A) has the force recorded in each of the last three years?
2. How many of them were committed by a teacher?
Our response
We have interpreted "the last three years" as the 36 months from 1 October 2021 to 30 September 2024, split into three 12-month periods.
Question 1
Oct 21 - Sep 22: 23
Oct 22 - Sep 23: 25
Oct 23 - Sep 24: 26
Question 2
The occupation of a suspect is not held on our systems; this is a notice under section 1(1)(a) that it is not held.
"""


def test_a_span_the_reply_splits_into_twelve_month_parts_is_those_parts(tmp_path):
    given = _given(_read(tmp_path, A_PERIOD_DEFINED_AS_TWELVE_MONTH_PARTS))
    assert {("2021-10-01", "2022-09-30", "offence_code=88A", None, "not_held"),
            ("2023-10-01", "2024-09-30", "offence_code=88A", None, "not_held")} <= given
    assert not any(start == "2021-10-01" and end == "2024-09-30" for start, end, *_ in given)


YEAR_BLOCKS_OF_LEADER_LINES = """Durham Constabulary
Our ref: 0412/25

You asked, for each of the last two financial years, how many sexual offences against children
the force recorded, how many were flagged online, the sex of the victims and how many were charged.
The information is set out below, year by year.

Financial year 2022/23 (1 April 2022 to 31 March 2023)
   Sexual offences against children (note 1) ......... 532
   Flagged online (note 2) ........................... 88
   Victim sex: female ................................ 401
   Victim sex: male .................................. 120
   Victim sex: not recorded .......................... 11
   Resulting in a charge or summons .................. 41 of 532

Financial year 2023/24 (1 April 2023 to 31 March 2024)
   Sexual offences against children (note 1) ......... 575
   Flagged online (note 2) ........................... 97
   Victim sex: female ................................ 450
   Victim sex: male .................................. 125
   Victim sex: not recorded .......................... nil
   Resulting in a charge or summons .................. 30 of 575

Notes
1. Sexual offences against children are the crimes recorded under Home Office codes 19E, 19H, 20B, 21 and 22B.
2. The online flag is applied where the offence was committed in whole or part online.
"""


def test_year_blocks_of_leader_lines_read_their_labels_as_phrases(tmp_path):
    fy22, fy23 = ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")
    assert _given(_read(tmp_path, YEAR_BLOCKS_OF_LEADER_LINES)) == {
        (*fy22, "", 532, "reported"), (*fy22, "online_flag=true", 88, "reported"),
        (*fy22, "victim_gender=female", 401, "reported"), (*fy22, "victim_gender=male", 120, "reported"),
        (*fy22, "victim_gender=unknown", 11, "reported"), (*fy22, "outcome=charged", 41, "reported"),
        (*fy23, "", 575, "reported"), (*fy23, "online_flag=true", 97, "reported"),
        (*fy23, "victim_gender=female", 450, "reported"), (*fy23, "victim_gender=male", 125, "reported"),
        (*fy23, "victim_gender=unknown", 0, "reported"), (*fy23, "outcome=charged", 30, "reported")}


PLATFORMS_UNDER_YEARS_WITH_THEIR_WHOLE = """Norfolk Constabulary
Request: how many offences of sexual communication with a child (71/17) were recorded in 2023 and 2024, and which apps were used?
Response
Norfolk Constabulary recorded 412 offences of sexual communication with a child in 2023 and 398 in 2024.
Apps used
2023 (412 offences)
Snapchat – 150 (36%)
Instagram – 61 (15%)
Other apps named – 40 (10%)
None identified – 161 (39%)
2024 (398 offences)
Snapchat – 171 (43%)
Instagram – 48 (12%)
Other apps named – 35 (9%)
None identified – 144 (36%)
"""


def test_platform_lines_under_a_year_heading_that_says_its_whole_again(tmp_path):
    y23, y24 = ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31")
    assert _given(_read(tmp_path, PLATFORMS_UNDER_YEARS_WITH_THEIR_WHOLE)) == {
        (*y23, "offence_code=71/17", 412, "reported"), (*y24, "offence_code=71/17", 398, "reported"),
        (*y23, "offence_code=71/17;platform=snapchat", 150, "reported"),
        (*y23, "offence_code=71/17;platform=instagram", 61, "reported"),
        (*y23, "offence_code=71/17;platform=other", 40, "reported"),
        (*y23, "offence_code=71/17;platform=unknown", 161, "reported"),
        (*y24, "offence_code=71/17;platform=snapchat", 171, "reported"),
        (*y24, "offence_code=71/17;platform=instagram", 48, "reported"),
        (*y24, "offence_code=71/17;platform=other", 35, "reported"),
        (*y24, "offence_code=71/17;platform=unknown", 144, "reported")}


MONTHS_ACROSS_YEARS_DOWN_WITH_BLANKS = (
    "Suffolk Constabulary\n"
    "Request: how many offences of abuse of position of trust (Home Office code 73) were recorded in each month of 2023 and 2024?\n"
    "Response\n"
    "Year\tJan\tFeb\tMar\tApr\tMay\tJun\tJul\tAug\tSep\tOct\tNov\tDec\tTotal\n"
    "2023\t1\t\t2\t\t\t3\t\t\t1\t\t\t2\t9\n"
    "2024\t\t1\t\t\t4\t\t\t2\t\t\t1\t\t8\n"
    "A blank cell means that no crimes were recorded in that month.\n")


def test_a_tab_table_of_months_across_keeps_its_blank_cells_in_their_columns(tmp_path):
    given = _given(_read(tmp_path, MONTHS_ACROSS_YEARS_DOWN_WITH_BLANKS))
    months23 = [1, 0, 2, 0, 0, 3, 0, 0, 1, 0, 0, 2]
    months24 = [0, 1, 0, 0, 4, 0, 0, 2, 0, 0, 1, 0]
    import calendar
    expected = {("2023-01-01", "2023-12-31", "offence_code=73", 9, "reported"),
                ("2024-01-01", "2024-12-31", "offence_code=73", 8, "reported")}
    for year, counts in ((2023, months23), (2024, months24)):
        for month, count in enumerate(counts, start=1):
            last = calendar.monthrange(year, month)[1]
            expected.add((f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}", "offence_code=73", count, "reported"))
    assert given == expected


A_DASH_KEYED_NOT_HELD = (
    "Gwent Police\n"
    "Request: how many offences of sexual communication with a child (71/17) were recorded in each of 2021, 2022 and 2023, and how many of them carried the online flag?\n"
    "Response\n"
    "The online flag was not in use until 2022, so for 2021 the information is not held. In the table a dash (-) shows information not held.\n"
    "Year\tOffences\tOnline flag\n"
    "2021\t40\t-\n"
    "2022\t52\t30\n"
    "2023\t61\t44\n")


def test_a_dash_the_reply_keys_as_not_held_is_not_held(tmp_path):
    given = _given(_read(tmp_path, A_DASH_KEYED_NOT_HELD))
    assert ("2021-01-01", "2021-12-31", "offence_code=71/17;online_flag=true", None, "not_held") in given
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;online_flag=true", 30, "reported") in given


A_LEAD_NARROWING_BY_A_VICTIMS_BAND = """Gwent Police
1. How many offences of abuse of position of trust (HO code 73) and how many incest or familial sexual offences (HO code 23) with a victim aged under 18 were recorded in 2022 and 2023?
Response
1. In 2022 the force recorded 14 offences of abuse of position of trust, and in 2023 there were 17.
Incest or familial sexual offences (23) where the victim was under 18:
2022 - 96
2023 - 104
"""


def test_a_line_leading_into_a_list_gives_its_victims_band_to_the_figures_under_it(tmp_path):
    assert _given(_read(tmp_path, A_LEAD_NARROWING_BY_A_VICTIMS_BAND)) == {
        ("2022-01-01", "2022-12-31", "offence_code=73", 14, "reported"),
        ("2023-01-01", "2023-12-31", "offence_code=73", 17, "reported"),
        ("2022-01-01", "2022-12-31", "offence_code=23;victim_age_max=17;victim_age_min=0", 96, "reported"),
        ("2023-01-01", "2023-12-31", "offence_code=23;victim_age_max=17;victim_age_min=0", 104, "reported")}


ROMAN_NUMBERED_PARTS = """Cleveland Police
Request
For each of the calendar years 2022 and 2023:
(i) how many offences of sexual communication with a child (71/17) were recorded;
(ii) the relationship between the victim and the suspect in each.
Response
(i) 2022 - 58
2023 - 66
Part (ii)
The relationship is not held in a searchable field and would have to be read from each record. To do so would exceed the cost limit, and section 12(1) of the Act applies to part (ii).
"""


def test_parts_numbered_in_roman_numerals_are_the_questions_a_refusal_names(tmp_path):
    assert _given(_read(tmp_path, ROMAN_NUMBERED_PARTS)) == {
        ("2022-01-01", "2022-12-31", "offence_code=71/17", 58, "reported"),
        ("2023-01-01", "2023-12-31", "offence_code=71/17", 66, "reported"),
        ("2022-01-01", "2022-12-31", "offence_code=71/17", None, "exempt"),
        ("2023-01-01", "2023-12-31", "offence_code=71/17", None, "exempt")}


CSV_PASTED_INTO_A_PAGE = """Metropolitan Police Service
Request
For 2022/23 and 2023/24, the number of offences of sexual grooming (88A) recorded, split by whether the online flag was applied.
Response
The log takes no attachments, so the data is pasted below as comma-separated values.
"Financial Year","HO Code","Online Flag","Offences"
"2022/23","88A","Y","1,187"
"2022/23","88A","N","63"
"2023/24","88A","Y","204"
"2023/24","88A","N","71"
"""


def test_a_csv_block_pasted_into_a_page_is_a_table_in_long_form_with_its_flag_as_yes_or_no(tmp_path):
    fy22, fy23 = ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")
    assert _given(_read(tmp_path, CSV_PASTED_INTO_A_PAGE)) == {
        (*fy22, "offence_code=88A;online_flag=true", 1187, "reported"),
        (*fy22, "offence_code=88A;online_flag=false", 63, "reported"),
        (*fy23, "offence_code=88A;online_flag=true", 204, "reported"),
        (*fy23, "offence_code=88A;online_flag=false", 71, "reported")}
