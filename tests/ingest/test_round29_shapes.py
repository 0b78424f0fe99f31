"""Shapes of reply the twenty-ninth blind round showed the readers misreading, each written here
as an invented reply of that kind: an amendment at the top saying a figure "was originally
published as 41"; suspects the reply says are "aged 10 to 17" under a question of suspects
under 18, asked of again by a later question (which waits); a sheet's title "… recorded in 2024-25 (as at
14/10/2025)"; "the accused person was under 18 years of age"; the records a cost estimate
would read under a question of an age band; "The four codes have been combined" after the
sentence naming them; "(blank) Nil"; and a sentence going on over a page break drawn as a line
of dashes; "Taking, making or distributing indecent photographs of children (086/02)"; and a
Word letter in Welsh and English side by side."""

from __future__ import annotations

import io

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read, _read_file


def test_an_amendment_saying_what_a_figure_was_first_published_as_is_no_question_and_no_figure(tmp_path):
    ws = _read(tmp_path, """North Yorkshire Police
Amended 12 August 2025: the number of crimes with a male victim in 2023 was originally published as 41, and the 2023 total as 189. Two crimes were later found to have been recorded twice. The figures have been corrected to 39 and 187 in the table below.
Request
1) The number of crimes recorded with a child sexual exploitation flag in each calendar year from 2022 to 2023, broken down by the gender of the victim.
2) How many of these crimes were also flagged as online?
Response
Question 1
Year | Female | Male | Total
2022 | 131 | 34 | 165
2023 | 148 | 39 (amended) | 187 (amended)
Question 2
2022 - 20
2023 - 22
""")
    assert ("2023-01-01", "2023-12-31", "victim_gender=male", 39, "reported") in _given(ws)
    assert not any(value == 41 for *_, value, _ in _given(ws))


def test_suspects_under_18_beside_a_reply_speaking_of_suspects_aged_10_to_17_wait(tmp_path):
    given = _given(ws := _read(tmp_path, """Cleveland Police
Request
For each of the calendar years 2023 and 2024:
(a) the number of offences of sexual activity involving a child under 16;
(b) in how many of these offences the suspect was also a child (under 18);
(c) how many of the offences in (b) resulted in the suspect being charged.
Response
(a)
2023 - 181
2024 - 175
(b)
The number of the offences in (a) where a suspect aged 10 to 17 at the time of the offence was recorded:
2023 - 48
2024 - 52
(c)
Of the offences in (b), the number where the suspect was charged:
2023 - 6
2024 - 9
"""))
    # the same children, or all those under 18 as question (b) asked? Writers of labels read it both ways
    assert not any("suspect_age_min=0" in breakdown for *_, breakdown, _, _ in given)
    assert any("suspects aged 10 to 17" in item.reason for item in ws.review_items())


def test_a_title_naming_a_financial_year_and_a_day_is_no_figure(tmp_path):
    given = _given(_read(tmp_path, """Lancashire Constabulary
How many crimes carrying a child sexual exploitation flag were charged in 2024-25?
Table 2: Outcomes of CSE-flagged crimes recorded in 2024-25 (as at 14/10/2025)
Outcome | 2024-25
Charged / summonsed | 58
"""))
    assert not any(value == 25 for *_, value, _ in given)


def test_an_accused_person_under_18_is_a_suspect_band_and_corrections_say_so():
    assert prose.age_scope("the number of the crimes at question 1 where the accused person was under 18 years of age") == \
        {"suspect_age_min": "0", "suspect_age_max": "17"}
    assert prose.CORRECTING.search("For each month from March 2021 – March 2022, how many incidents were graded high?") is None
    assert prose.CORRECTING.search("The correct figure is 23, not 32.")


def test_the_records_a_cost_estimate_would_read_are_not_said_to_be_of_the_band_asked(tmp_path):
    ws = _read(tmp_path, """Police Scotland
1. The number of crimes of communicating indecently with an older child recorded in each of 2023 and 2024.
2. For each year, the number of those crimes where the accused person was under 18 years of age.
Response
1. 2023 - 437
2024 - 468
2. Unfortunately, I estimate that it would cost well in excess of the £600 cost threshold to answer this question. I am therefore refusing to provide the information under section 12(1).
By way of explanation, the age of the accused is not held in a way that can be searched. The only way to establish it would be to examine each of the 905 crimes recorded between 2023 and 2024. At an estimated 10 minutes per crime this would take over 150 hours, which is far beyond the cost limit.
""")
    assert not any(value == 905 for *_, value, _ in _given(ws))
    assert any("records a cost estimate would read" in item.reason for item in ws.review_items())


def test_codes_the_sentence_before_named_combined_and_a_blank_keyed_as_nil(tmp_path):
    given = _given(_read(tmp_path, """Hertfordshire Constabulary
For the financial years 2022/23 and 2023/24, please provide the number of offences of rape of a child under 16, broken down by outcome.
Our response
The table counts crimes recorded under Home Office offence codes 19D, 19E, 19G and 19H. The four codes have been combined.
Outcome type\t2022/23\t2023/24
Charged / Summonsed\t14\t17
Community resolution\t\t2
(blank) Nil - no crimes with this outcome.
"""))
    assert ("2022-04-01", "2023-03-31", "outcome=charged", 14, "reported") in given
    assert ("2022-04-01", "2023-03-31", "outcome=community resolution", 0, "reported") in given


def test_a_sentence_goes_on_over_a_page_break_drawn_as_a_line_of_dashes(tmp_path):
    given = _given(_read(tmp_path, """OFFICIAL
Kent Police
1. How many offences of sexual communication with a child were recorded in each of 2023 and 2024?
Response
1. Offences of sexual communication with a child are recorded under Home Office Offence Code 71/17.
Kent Police recorded 196 offences under this code in 2023 and

OFFICIAL
Kent Police FOI/25/2961                                                        Page 1 of 2
---------------------------------------------------------------------------------------------
OFFICIAL

223 in 2024.

Yours sincerely,
OFFICIAL
Kent Police FOI/25/2961                                                        Page 2 of 2
"""))
    assert ("2024-01-01", "2024-12-31", "offence_code=71/17", 223, "reported") in given


def test_a_title_in_the_forces_words_beside_its_code_with_commas():
    assert read_label("Taking, making or distributing indecent photographs of children (086/02)").dims == \
        (("offence_code", "86/2"),)


def test_a_letter_in_welsh_and_english_side_by_side_is_read_in_english(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    rows = [("Eich cais", "Your request"),
            ("1. Nifer y troseddau cyfathrebu rhywiol â phlentyn a gofnodwyd ym mhob un o’r blynyddoedd ariannol "
             "2022-23 a 2023-24, a nifer y rhain a arweiniodd at gyhuddo rhywun yn y flwyddyn.",
             "1. The number of offences of sexual communication with a child recorded in each of the financial "
             "years 2022-23 and 2023-24, and the number of these that led to someone being charged."),
            ("Ymateb", "Response"),
            ("Nifer y troseddau a arweiniodd at gyhuddiad neu wŷs:\n2022-23 – 17\n2023-24 – 22",
             "The number of the offences that resulted in a charge or summons:\n2022-23 – 17\n2023-24 – 22")]
    for row, (welsh, english) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = welsh, english
    buffer = io.BytesIO()
    document.save(buffer)
    ws = _read_file(tmp_path, "reply.docx", buffer.getvalue(), authority="North Wales")
    assert ("2023-04-01", "2024-03-31", "outcome=charged", 22, "reported") in _given(ws)
