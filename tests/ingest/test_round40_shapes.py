"""Shapes of reply the fortieth blind round (opened at once) showed the readers misreading, each
written here as an invented reply of that kind: a neither-confirm-nor-deny of a question asking
for "any other information you hold", which asks no count; a count of investigations into an
offence named by its title, which writers of labels give that offence's code or not; a table's
not-held cells under a question of offences "where the victim was aged under 18", as open as its
figures; and a table titled with the suspects' band its columns split ("86/2 crimes with a suspect
aged under 18, by age of suspect"), whose total is of that band or of all that is counted, and
the refusals of "those crimes" after it."""

from __future__ import annotations

from .test_questions import _given, _read, _read_file


def test_a_refusal_of_any_other_information_refuses_no_figure(tmp_path):
    ws = _read(tmp_path, """Staffordshire Police
Please provide, for each of the financial years 2022/23 and 2023/24:
1. The number of crimes recorded with a child sexual exploitation (CSE) flag.
2. Any other information you hold about organised CSE networks operating in Stoke-on-Trent.
Response
Question 1
2022/23 - 147
2023/24 - 118
Question 2
Staffordshire Police can neither confirm nor deny that it holds any other information relevant to this question, by virtue of section 30(3) and section 31(3).
""")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "", 147, "reported") in given
    assert not any(status == "exempt" for *_, status in given)


def test_investigations_into_an_offence_named_by_title_are_not_its_codes_by_definition(tmp_path):
    ws = _read(tmp_path, """Essex Police
Please provide, for each of the financial years 2022/23 and 2023/24:
1. The number of arrests made for sexual communication with a child (71/17).
2. In each of the same years, how many investigations into sexual communication with a child involved police officers posing online as a child?
Response
Question 1
2022/23 - 41
2023/24 - 37
Question 2
Essex Police can neither confirm nor deny that it holds any information relevant to this question, by virtue of section 23(5) and section 31(3).
""")
    assert not any(status == "exempt" for *_, status in _given(ws))
    assert any("under other questions" in item.reason for item in ws.review_items())


def test_not_held_cells_under_a_question_of_victims_under_18_are_as_open_as_its_figures(tmp_path):
    ws = _read_file(tmp_path, "reply.csv", """Humberside Police,,
"Q1 & Q2. Crimes recorded with a Child Sexual Exploitation (CSE) flag where the victim was aged under 18, and the number of these which also carry the Online flag",,
Financial Year,CSE flagged crimes,Of which Online flag
2020/21,N/H,N/H
2021/22,187,61
2022/23,203,74
,,
N/H = Not held. The force moved to a new records system on 01/04/2021.,,
""".encode("utf-8"))
    assert not any(status == "not_held" for *_, status in _given(ws))
    assert any(item.guess and item.guess.get("status") == "not_held" and "victim was under 18" in item.reason
               for item in ws.review_items())


def test_a_total_under_a_title_naming_the_suspects_band_its_columns_split_is_for_a_person(tmp_path):
    page = """<html><body><h1>Indecent images of children offences by children</h1>
<h2>Request</h2>
<p>1. The number of crimes of taking, making or distributing indecent photographs of children (86/2) recorded in each of the
calendar years 2022 and 2023 where a suspect was aged under 18.</p>
<p>2. For those crimes, a breakdown by the age of the suspect.</p>
<p>3. For each year, how many of those crimes involved Category A images.</p>
<p>4. Any other information you hold about the sharing of indecent images between pupils.</p>
<h2>Response</h2>
<h3>Questions 1 and 2</h3>
<table><caption>86/2 crimes with a suspect aged under 18, by age of suspect and year recorded</caption>
<tr><th rowspan="2">Year</th><th colspan="3">Age of suspect</th><th rowspan="2">Total</th></tr>
<tr><th>10 to 13</th><th>14 to 15</th><th>16 to 17</th></tr>
<tr><td>2022</td><td>9</td><td>57</td><td>44</td><td>110</td></tr>
<tr><td>2023</td><td>12</td><td>70</td><td>49</td><td>131</td></tr></table>
<h3>Question 3</h3>
<p>Lancashire Constabulary does not hold this information. The category of an image is not recorded in a searchable field.</p>
<h3>Question 4</h3>
<p>Lancashire Constabulary can neither confirm nor deny that it holds any other information relevant to this question, by virtue of section 30(3).</p>
</body></html>"""
    ws = _read_file(tmp_path, "reply.html", page.encode("utf-8"))
    given = _given(ws)
    assert ("2022-01-01", "2022-12-31", "offence_code=86/2;suspect_age_max=13;suspect_age_min=10", 9, "reported") in given
    assert not any(value == 110 for *_, value, _ in given)
    assert not any(status == "not_held" for *_, status in given)
    # (the table answers questions 1 and 2, whose band its total may or may not be of)
    assert any(item.guess and item.guess.get("value") == 110 and "band" in item.reason for item in ws.review_items())
