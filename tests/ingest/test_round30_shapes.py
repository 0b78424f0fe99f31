"""Shapes of reply the thirtieth blind round showed the readers misreading, each written here as
an invented reply of that kind: the one code a note says every figure counts ("The offences
counted are those recorded under Home Office offence code 71/17"), beside a code a note leaves
out; suspects "aged 10-17" written without spaces; and lettered questions of a quoted list
ending "…; and" and "….”"."""

from __future__ import annotations

from foistats.ingest.readers import read_document
from foistats.ingest.structure import structure

from .test_questions import _given, _read


def test_the_one_code_a_note_says_is_counted_is_every_figures_and_one_left_out_is_none(tmp_path):
    given = _given(_read(tmp_path, """Metropolitan Police Service
Please provide, for each of the financial years 2022/23 and 2023/24, the number of offences of sexual communication with a child, broken down by the gender of the victim.
The offences counted are those recorded under Home Office offence code 71/17 (Sexual communication with a child).
Offences of causing a child to watch a sexual act (022A) are not included.
Gender | 2022/23 | 2023/24
Female | 958 | 986
Male | 171 | 189
"""))
    assert ("2022-04-01", "2023-03-31", "offence_code=71/17;victim_gender=female", 958, "reported") in given
    assert not any("22A" in breakdown for *_, breakdown, _, _ in given)


def test_suspects_aged_10_17_without_spaces_beside_a_question_of_suspects_under_18(tmp_path):
    ws = _read(tmp_path, """West Midlands Police
Q1. How many offences of taking, making or distributing indecent images of children were recorded in 2023 and 2024?
Q2. Of those, in how many was the suspect a child (under 18)?
Response
Q1.
2023 - 1,146
2024 - 1,098
Q2. Crimes at Q1 where at least one suspect was aged 10-17 at the time of the offence
2023 - 221
2024 - 204
""")
    assert not any("suspect_age_min=0" in breakdown for *_, breakdown, _, _ in _given(ws))


def test_lettered_questions_of_a_quoted_list_ending_and_and_a_closing_quote():
    doc = read_document("""City of London Police
“For the calendar years 2023 and 2024, please tell me:
(a) how many crimes recorded by your force carried the child sexual exploitation (CSE) flag;
(b) how many of those crimes also carried the online (cyber-enabled) flag; and
(c) the age of each suspect linked to those crimes.”
Response
(a) In 2023 the City of London Police recorded 11 crimes which carried the CSE flag.
""".encode("utf-8"), "reply.txt")
    _, questions = structure(doc)
    assert list(questions) == ["a", "b", "c"]
