"""Shapes of reply the sixth blind round showed the readers missing or misreading, each written
here as a force would write it, with what a careful person reads from it: figures in sentences
that state no period of their own, told apart by a gender or an outcome, in a reply about one
period; an outcome number in brackets after its words; `<5` in a line that is not a table; the
request quoted under the reply, or each question quoted before its answer; periods each with its
figure on one line, between pipes or commas; a full refusal under "For each of the last three
years:"; "nil"; information "not held in a searchable field"; links to other disclosures; a
table's title narrowing its count; "cyber marker"; "Table 1"; part years in brackets and in
footnotes; "Response to part a)"; a label column set apart by spaces; "Age of suspect" over a
table; outcomes "as at" a day; a total said again; contact made online that is not the flag."""

from __future__ import annotations

from foistats.ingest import prose

from .test_questions import _given, _read

ONE_YEAR_IN_SENTENCES = """Cleveland Police
Freedom of Information Request Reference No: 2025-0412
Offences of sexual communication with a child (Home Office code 71/17) recorded in 2024:

Total – 157

The victim was female in 121 offences and male in 31. In the remaining five offences the gender of the victim was not recorded.

As at 3 January 2025 nine of the offences had resulted in a charge or summons (Home Office outcome 1) and none had resulted in a caution. A further 64 remained under investigation.
"""


def test_sentences_with_no_period_of_their_own_take_the_one_period_of_the_reply(tmp_path):
    ws = _read(tmp_path, ONE_YEAR_IN_SENTENCES)
    given = _given(ws)
    year = ("2024-01-01", "2024-12-31")
    assert {(*year, "offence_code=71/17;victim_gender=female", 121, "reported"),
            (*year, "offence_code=71/17;victim_gender=male", 31, "reported"),
            (*year, "offence_code=71/17;victim_gender=unknown", 5, "reported"),
            (*year, "offence_code=71/17;outcome=ongoing", 64, "reported")} <= given
    # but "As at 3 January 2025 nine … had resulted in a charge": of the offences of 2024, or a count of that
    # day, is not said (writers of labels read it both ways), so its figures are not placed
    assert not any(value in (9, 0) for *_, value, _ in given)


def test_a_sentence_with_no_period_gives_figures_only_where_each_names_what_it_is():
    assert prose.period_figures("The victim was female in 121 offences and male in 31.", unstated=True)
    # nothing tells these apart, and nothing says what they count
    assert prose.period_figures("We recorded 121 offences and 31 more were reported to us.", unstated=True) == []
    # a period stated is for the reading with periods
    assert prose.period_figures("The victim was female in 121 offences in 2022.", unstated=True) == []


def test_a_number_hidden_as_less_than_five_is_not_a_count_of_five():
    assert prose.counts_in("(b) Cautioned – <5") == []


REPLY_ABOVE_ITS_REQUEST = """From: Freedom of Information <foi@example.police.uk>
Date: 14 February 2025 10:52
Subject: RE: Freedom of Information request (Ref: FOI 2025/00417)

Dear Mr Okafor,

Please see the original request at the foot of this e-mail.

Question 1 - offences recorded

Sexual communication with a child (HO code 71/17):   2022 – 97  |  2023 – 104  |  2024 – 88
Meeting a child following sexual grooming (HO code 88A):   2022 – 21  |  2023 – 17  |  2024 – 25

Question 2 - online flag

Of the offences above, 81, 90 and 70 had the online flag applied in 2022, 2023 and 2024 respectively.

Yours sincerely,

Hannah Pryce

-----Original Message-----
From: Daniel Okafor <foi+request-1184302@whatdotheyknow.com>
Sent: 16 January 2025 21:14

Dear Humberside Police,

Under the Freedom of Information Act 2000 I would like to request the following for 2022, 2023 and 2024:

1. The number of offences of sexual communication with a child and of meeting a child following sexual grooming recorded by your force.

2. Of those, how many were flagged as online / cyber-enabled.

3. The age of the suspects, split into under 18 and 18 and over.

Yours faithfully,

Daniel Okafor

Please use this email address for all replies to this request: 2019 and 2020
"""


def test_the_request_quoted_under_the_reply_is_the_request_and_ends_at_its_sign_off(tmp_path):
    ws = _read(tmp_path, REPLY_ABOVE_ITS_REQUEST)
    given = _given(ws)
    assert {("2022-01-01", "2022-12-31", "offence_code=71/17", 97, "reported"),
            ("2024-01-01", "2024-12-31", "offence_code=71/17", 88, "reported"),
            ("2023-01-01", "2023-12-31", "offence_code=88A", 17, "reported")} <= given
    # the online counts are of which code, or of both, the sentence does not say
    assert not any(value in (81, 90, 70) for *_, value, _ in given)
    assert {r.guess["value"] for r in ws.review_items() if r.guess} >= {81, 90, 70}


def test_periods_each_with_its_figure_between_pipes_are_a_table_not_a_row_of_cells():
    from foistats.ingest.readers import read_document

    doc = read_document(REPLY_ABOVE_ITS_REQUEST.encode(), "reply.txt")
    table = next(b for b in doc.blocks if hasattr(b, "rows"))
    assert [[c.text for c in row] for row in table.rows] == [
        ["", "2022", "2023", "2024"],
        ["Sexual communication with a child (HO code 71/17)", "97", "104", "88"],
        ["Meeting a child following sexual grooming (HO code 88A)", "21", "17", "25"]]


FULL_REFUSAL_UNDER_A_RELATIVE_LEAD = """Norfolk Constabulary
19 November 2024
Freedom of Information Request Reference No: FOI 000734/24

I write in connection with your request for information which was received on 22 October 2024. I note you seek access to the following information:

"For each of the last three financial years:

1. How many offences of sexual communication with a child (71/17) were recorded where images were asked for?

2. How many of the victims were looked after children?"

Response to your Request

We are unable to provide it within the appropriate limit. A search of 71/17 for the period 1 April 2021 to 31 March 2024 returned 1,204 crimes, but what you ask is not held in a searchable field. To answer, each record would need to be read, which far exceeds the 18 hour limit, and I am refusing your request under Section 12(1).
"""


def test_a_full_refusal_covers_each_year_the_line_leading_into_the_questions_asks(tmp_path):
    ws = _read(tmp_path, FULL_REFUSAL_UNDER_A_RELATIVE_LEAD)
    years = [("2021-04-01", "2022-03-31"), ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")]
    assert _given(ws) == {(*y, "offence_code=71/17", None, "exempt") for y in years}
    assert len(ws.observations()) == 6  # two questions, each year


def test_information_not_held_in_a_searchable_field_is_held():
    assert prose.refusal_kind("The role of the suspect is not held in a searchable field.") is None
    assert prose.refusal_kind("This information is not held by the force.") == "not_held"


def test_nil_in_a_sentence_is_a_count_of_none():
    assert prose.period_figures("For 2024/25 the number is nil.")[0].value == 0
    assert prose.counts_in("We made a nil return to the Home Office.") == []


UNDER_16_PAGE = """Bedfordshire Police
Sexual offences against children under 16
Request
Please provide the following for each calendar year 2022 and 2023, and for 2024 up to 30 June:
• The number of sexual offences recorded where the victim was aged under 16, broken down by the victim's age
• The same figures broken down by the sex of the victim
• How many of these offences had a cyber marker attached
Response
To protect the identity of victims, figures from 1 to 4 are shown as [c]. Totals include these figures.
Victims under 16 - by age at time of offence
Age of victim       2022    2023    2024 (1 Jan - 30 Jun)
0-12                 134     145      66
13-15                214     238     121
Total                348     383     187
Victims under 16 - by sex of victim
Female: 2022 - 300 | 2023 - 320 | 2024 (to 30 June) - 150
Male: 2022 - 48 | 2023 - 63 | 2024 (to 30 June) - 37
Related disclosures
Sexual communication with a child (71/17) 2022/23
Child sexual exploitation flags 2019 - 2021
"""


def test_a_table_titled_with_a_narrower_band_counts_within_it_and_links_to_other_pages_say_nothing(tmp_path):
    given = _given(_read(tmp_path, UNDER_16_PAGE))
    under_16 = "victim_age_max=15;victim_age_min=0"
    assert {("2022-01-01", "2022-12-31", under_16, 348, "reported"),
            ("2024-01-01", "2024-06-30", under_16, 187, "reported"),
            ("2024-01-01", "2024-06-30", "victim_age_max=12;victim_age_min=0", 66, "reported"),
            ("2023-01-01", "2023-12-31", f"{under_16};victim_gender=male", 63, "reported"),
            ("2024-01-01", "2024-06-30", f"{under_16};victim_gender=female", 150, "reported")} <= given
    assert not any("offence_code" in breakdown for _, _, breakdown, _, _ in given)  # 71/17 is another page's


def test_vocabulary_of_round_six():
    from foistats.ingest.labels import read_label

    assert prose.states_online("How many of the crimes at 1 and 2 had a cyber marker attached.")
    assert prose.counts_in("Of the crimes in Table 1, 388 were recorded in 2023-24.") == [388]
    assert str(read_label("2024 (1 Jan - 30 Jun)").period) == str(read_label("2024 (to 30 June)").period)


def test_a_not_held_answer_naming_one_year_refuses_that_year_only(tmp_path):
    reply = """Police Scotland
Your request:
1. How many crimes with a cyber marker were recorded in each of 2021-22, 2022-23 and 2023-24?
Our response:
1. The cyber marker was only made mandatory from 1 April 2022, so the information for 2021-22 is not held. In terms of section 17 of the Act, this is a notice that the information is not held.
"""
    ws = _read(tmp_path, reply)
    # (a request asking only of crimes with Police Scotland's cyber marker waits for a person: writers of labels
    # read the marker both as the online flag and as what is counted)
    assert _given(ws) == set()
    assert [(g["period_start"], g["period_end"], g["breakdown"], g["status"])
            for item in ws.review_items() if (g := item.guess)] == [("2021-04-01", "2022-03-31", {"online_flag": True}, "not_held")]


def test_years_asked_by_calendar_year_from_one_to_another_are_each_asked():
    mention = prose.periods_in("the following information, by calendar year from 2020 to 2024 inclusive:")[0]
    assert [p.label for p in mention.periods] == ["2020", "2021", "2022", "2023", "2024"]


def test_contact_made_online_is_not_the_flag_where_the_reply_says_the_flag_does_not_show_it():
    question = "The number of sexual offences against children where the offender first made contact with the child online."
    reply = "The flag does not, however, show how the offender first made contact with the victim."
    assert prose.online_by_contact_only(question, reply)
    assert not prose.online_by_contact_only(question, "Please see the table below.")
    assert not prose.online_by_contact_only("How many had the online flag applied?", reply)


LETTERED_PARTS_AND_A_SPACED_LABEL_COLUMN = """West Mercia Police
You asked:
> a) The number of offences recorded under Home Office code 86/2 in each of the calendar years 2021, 2022 and 2023, and 2024 so far.
> b) For each of those years, the number of suspects broken down by age group.
> c) For the offences where the suspect was aged under 18, how many were charged.

Response to part a)

2021: 702
2022: 649
2023: 688
2024* - 341

*2024 covers 1 January 2024 to 30 June 2024.

Response to part b)

                        Age of suspect
Year                    Under 18 | 18 and over | Total
2021                    96 | 469 | 565
2022                    88 | 446 | 534

Response to part c)

The outcomes of the offences where the suspect was under 18, as at 31 July 2024, were:
Charged – 21
Total – 96
"""


def test_parts_lettered_with_a_bracket_a_label_column_set_apart_by_spaces_and_a_heading_saying_whose_ages(tmp_path):
    given = _given(_read(tmp_path, LETTERED_PARTS_AND_A_SPACED_LABEL_COLUMN))
    assert {("2021-01-01", "2021-12-31", "offence_code=86/2", 702, "reported"),
            ("2024-01-01", "2024-06-30", "offence_code=86/2", 341, "reported"),  # its footnote's part of the year
            ("2021-01-01", "2021-12-31", "offence_code=86/2;suspect_age_max=17;suspect_age_min=0", 96, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_min=18", 446, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=86/2", 534, "reported")} <= given
    assert not any("victim_age" in breakdown for _, _, breakdown, _, _ in given)


def test_outcomes_as_at_a_day_are_of_the_offences_asked_and_their_total_said_again_is_read_once(tmp_path):
    ws = _read(tmp_path, LETTERED_PARTS_AND_A_SPACED_LABEL_COLUMN)
    given = _given(ws)
    assert not any(start == end for start, end, *_ in given)  # 31 July 2024 is no period of theirs
    assert sum(1 for o in ws.observations() if o.value == 96) == 1


def test_a_line_naming_the_next_question_ends_a_list_read_as_a_table():
    from foistats.ingest.readers import read_document

    text = "Question 2\n\n2021/22 - forty-seven\n2022/23 - 52\n2023/24 - 66\n\nQuestion 3\n\nCrimes in 2021/22: 19.\n"
    doc = read_document(text.encode(), "reply.txt")
    assert not any(hasattr(b, "rows") and any(c.text.startswith("Question") for row in b.rows for c in row)
                   for b in doc.blocks)


EACH_QUESTION_QUOTED_THEN_ANSWERED = """From: Freedom of Information Unit
Subject: RE: FOI request

Dear Mr Jones,

> 1. How many sexual communication with a child (71/17) and sexual grooming (88A) offences were recorded in each of 2021, 2022 and 2023?

Sexual communication with a child (071/17)
2021: 87
2022: 102

> 2. How many of these offences were flagged as online / cyber-enabled?

071/17 - 2021: 79, 2022: 95
088A - 2021: 6, 2022: less than 5

Figures of less than 5 are not shown, to protect victims.
"""


def test_questions_quoted_one_by_one_each_with_its_answer_and_periods_listed_with_commas(tmp_path):
    given = _given(_read(tmp_path, EACH_QUESTION_QUOTED_THEN_ANSWERED))
    assert {("2021-01-01", "2021-12-31", "offence_code=71/17", 87, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=71/17;online_flag=true", 95, "reported"),
            ("2021-01-01", "2021-12-31", "offence_code=88A;online_flag=true", 6, "reported"),
            ("2022-01-01", "2022-12-31", "offence_code=88A;online_flag=true", None, "suppressed")} <= given


SUSPECTS_AGES_OVER_A_TABLE_OF_VICTIMS_UNDER_13 = """Your request:
1. The number of offences recorded in 2022 and 2023 where the victim was aged under 13, by age group.

Our response:

                        Age of suspect
Year                    Under 18 | 18 and over
2022                    41 | 77
2023                    39 | 85
"""


def test_a_heading_saying_the_ages_are_suspects_keeps_the_victims_band_the_question_gave(tmp_path):
    given = _given(_read(tmp_path, SUSPECTS_AGES_OVER_A_TABLE_OF_VICTIMS_UNDER_13))
    assert given == {
        ("2022-01-01", "2022-12-31", "suspect_age_max=17;suspect_age_min=0;victim_age_max=12;victim_age_min=0", 41, "reported"),
        ("2022-01-01", "2022-12-31", "suspect_age_min=18;victim_age_max=12;victim_age_min=0", 77, "reported"),
        ("2023-01-01", "2023-12-31", "suspect_age_max=17;suspect_age_min=0;victim_age_max=12;victim_age_min=0", 39, "reported"),
        ("2023-01-01", "2023-12-31", "suspect_age_min=18;victim_age_max=12;victim_age_min=0", 85, "reported")}
