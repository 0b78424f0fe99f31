"""Shapes of reply the twenty-sixth blind round showed the readers misreading, each written here
as an invented reply of that kind: a reply saying what it searched carried the online flag,
which the question did not ask; "Question 3 is refused for the reasons given further on" between
a table and the line announcing it; a question of all sexual offences against children in a
reply whose one code is another question's; "how many of the CSE investigations in question 1"
after a question of one code; a figure an earlier response gave, said again to be put right; and
"Offences recorded (086/02)"."""

from __future__ import annotations

from foistats.ingest import prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read


def test_a_search_said_to_be_of_flagged_crimes_the_question_did_not_ask_waits(tmp_path):
    ws = _read(tmp_path, """Thames Valley Police
Request
1) For 2024, how many sexual offences against children involved an online gaming platform? Please break this down by platform.
2) For 2024, in how many of these offences was the suspect also aged under 18?
Response
A search has been carried out of the free text of crimes recorded in 2024 that carried the online (cyber) flag, for the names of the platforms below.
Question 1
Platform\t2024
Roblox\t51
Discord\t44
""")
    assert not any(value in (51, 44) for *_, value, _ in _given(ws))
    assert any("searched carried the online flag" in item.reason for item in ws.review_items())


def test_a_word_about_a_later_answer_is_no_heading_and_a_question_of_no_one_code(tmp_path):
    given = _given(_read(tmp_path, """Durham Constabulary
1. How many offences under Home Office code 086/02 were recorded in 2023-24?
2. For all sexual offences against children recorded with the online flag in 2023-24, which platform or app was used?
RESPONSE
Durham Constabulary holds the information for question 1, which is provided in the table below.
Question 2 is refused for the reasons given further on.
\t2023-24
Offences recorded (086/02)\t389
Question 2
In 2023-24 a total of 812 sexual offences against children were recorded with the online flag.
"""))
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2", 389, "reported") in given
    assert not any("86/2" in breakdown for _, _, breakdown, value, _ in given if value == 812)


def test_a_question_naming_an_earlier_one_counts_within_that_ones_scope(tmp_path):
    given = _given(_read(tmp_path, """Northumbria Police
Request
1. The number of crimes recorded which carried a child sexual exploitation (CSE) flag in 2024.
2. The number of offences of taking, making or distributing indecent photographs of children (Home Office code 86/2) recorded in 2024.
3. How many of the CSE investigations in question 1 were assisted by covert tactics?
Response
Question 1
2024 – 502
Question 2
2024 – 74
Question 3
Northumbria Police can neither confirm nor deny that it holds any information relevant to this part of your request, by virtue of section 31(3).
"""))
    assert not any("86/2" in breakdown for *_, breakdown, _, status in given if status == "exempt")


def test_a_figure_an_earlier_response_gave_and_a_code_after_offences_recorded():
    assert prose.period_figures("In our response to your earlier request we stated that 288 CSE flagged crimes were "
                                "recorded in 2022.") == []
    assert read_label("Offences recorded (086/02)").dims == (("offence_code", "86/2"),)
