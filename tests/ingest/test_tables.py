"""Tables found and read by structure: a legend that defines a marker, a footnote mark on a
header, a Total beside period columns, months stored as dates, a table printed as text."""

from __future__ import annotations

import io
from datetime import date

import pytest

from foistats.ingest.interpret import interpret
from foistats.ingest.readers import read_document
from foistats.ingest.spreadsheet import read_spreadsheet
from foistats.ingest.values import read_value, suppression_rule


def _read(text: str):
    doc = read_document(text.encode(), "reply.txt")
    return interpret(doc, area="gwent", release="r", document="d")


@pytest.mark.parametrize(("sentence", "cell", "kind", "value"), [
    ("- denotes a nil return (no crimes recorded).", "-", "number", 0),
    ("A dash (-) indicates that no offences were recorded.", "–", "number", 0),
    ("Nil returns are shown as '-'.", "-", "number", 0),
    ("Figures under 5 are not released and are shown as -.", "-", "suppressed", None),
    ("N/H = information not held.", "N/H", "not_held", None),
    ("* denotes a figure between 1 and 4", "*", "suppressed", None),
    ("A blank cell means that no offences were recorded.", "", "number", 0),
    ("Blank cells have been left where data is unavailable.", "", "blank", None),
])
def test_a_legend_says_what_its_marker_is(sentence, cell, kind, value):
    read = read_value(cell, tuple(filter(None, [suppression_rule(sentence)])))
    assert (read.kind, read.value) == (kind, value)


def test_a_dash_is_suppressed_unless_the_reply_says_it_is_nil():
    assert read_value("-").kind == "suppressed"
    # a rule for any marker ("under 5 are not released") does not make a nil dash suppressed, nor the reverse
    nil, under_five = suppression_rule("- denotes nil"), suppression_rule("Figures under 5 are not released.")
    assert read_value("-", (under_five, nil)).value == 0
    assert read_value("*", (nil,)).kind == "suppressed"


REPLY = """Gwent Police
Request
1. How many crimes with a child sexual exploitation flag were recorded in each of 2022, 2023 and 2024 to date?
Response
Year | 2022 | 2023 | 2024* |
Female | 10 | 12 | 5 |
Male | 3 | - | 2 |
Total | 13 | 12 | 7 |
- denotes a nil return.
{note}
"""


def test_a_marked_header_takes_the_period_its_note_gives():
    result = _read(REPLY.format(note="* 2024 figures cover 1 January 2024 to 30 June 2024 only."))
    found = {(o.period.label, str(o.breakdown)): o.value for o in result.observations}
    assert found[("January 2024 to June 2024", "victim_gender=female")] == 5
    assert found[("2023", "victim_gender=male")] == 0  # the dash the reply calls nil


@pytest.mark.parametrize("note", ["* 2024 is the year to date.", ""])
def test_a_marked_header_without_a_note_that_dates_it_is_not_read_as_the_whole_year(note):
    result = _read(REPLY.format(note=note))
    assert not [o for o in result.observations if o.period.start.year == 2024]
    assert [r for r in result.review if r.guess and r.guess.get("value") == 5]


def test_a_total_column_beside_months_covers_them():
    result = _read("Gwent Police\nResponse\nCode | Apr-21 | May-21 | Jun-21 | Total |\n88A | 1 | 2 | 3 | 6 |\n"
                   "71/17 | 4 | 5 | 6 | 15 |\n")
    totals = {str(o.breakdown): o.period for o in result.observations if o.value in (6, 15)}
    assert {p.start for p in totals.values()} == {date(2021, 4, 1)} and {p.end for p in totals.values()} == {date(2021, 6, 30)}


def test_months_a_sheet_stores_as_dates_are_months():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Offence", date(2021, 12, 1), date(2022, 1, 1), "Total"])
    sheet.append(["Sexual grooming", 1, 2, 3])
    sheet.append(["Date extracted", date(2022, 2, 14)])  # a date on its own stays a date
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_spreadsheet(buffer.getvalue(), "reply.xlsx", "xlsx").blocks[0]
    assert [c.text for c in table.rows[0]] == ["Offence", "Dec 2021", "Jan 2022", "Total"]
    assert table.rows[2][1].text == "2022-02-14"


def test_a_table_printed_as_text_with_rules_codes_and_a_header_of_codes():
    result = _read("""Derbyshire Constabulary
Request
(a) How many offences of sexual activity involving a child under 13 and under 16 were recorded in 2022?
Reply
Outcomes of the offences recorded in 2022, as at 14 February 2023:
Outcome                                   21     22B
---------------------------------------------------
1 Charged/Summonsed                       11      19
2 Caution - youth                         <5      <5
15 Evidential difficulties (suspect identified)    17    28
---------------------------------------------------
Total                                     33      52
""")
    found = {str(o.breakdown): o.value for o in result.observations if o.period.label == "2022"}
    assert found["offence_code=21;outcome=charged"] == 11
    assert found["offence_code=22B;outcome=outcome 15"] == 28
    assert found["offence_code=22B"] == 52
    assert not [o for o in result.observations if o.value == 14]  # the day of a date is no figure


def test_a_sentence_over_a_header_of_years_aligned_right_is_no_part_of_it():
    # the sentence's full stop stands over the first year: found by the generator's ruled layout
    result = _read("""In response:
The force holds the information you asked for.
                                           2021    2022    2023    2024
-----------------------------------------------------------------------
88A Sexual grooming                          41     171     283      20
71/17 Sexual communication with a child     194      86     231     216
-----------------------------------------------------------------------
Total                                       235     257     514     236
""")
    found = {(o.period.label, str(o.breakdown)): o.value for o in result.observations}
    assert found[("2021", "offence_code=88A")] == 41
    assert found[("2021", "")] == 235
    assert not result.review


def test_a_footer_written_before_the_body_is_read_last():
    from foistats.ingest.html import read_html

    page = (b"<table><thead><tr><th>Year</th><th>Offences</th></tr></thead><tfoot><tr><th>Total</th><th>5</th></tr></tfoot>"
            b"<tbody><tr><td>2019</td><td>2</td></tr><tr><td>2020</td><td>3</td></tr></tbody></table>")
    table = read_html(page, "reply.html").blocks[0]
    assert [row[0].text for row in table.rows] == ["Year", "2019", "2020", "Total"]


def test_a_title_merged_across_a_sheet_is_a_line_not_a_table_row():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Sexual offences by year", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["Year", "Female", "Male"])
    sheet.append([2019, 3, 4])
    sheet.append([2020, 5, 6])
    buffer = io.BytesIO()
    book.save(buffer)
    title, table = read_spreadsheet(buffer.getvalue(), "reply.xlsx", "xlsx").blocks
    assert title.text == "Sexual offences by year" and [c.text for c in table.rows[0]] == ["Year", "Female", "Male"]


def test_a_pivot_table_reads_through_its_chrome():
    pivot = ("Sum of Count,Column Labels,,\nRow Labels,2021,2022,Grand Total\nFemale,10,12,22\nMale,3,4,7\n"
             "Grand Total,13,16,29\n")
    doc = read_document(pivot.encode(), "reply.csv")
    result = interpret(doc, area="gwent", release="r", document="d")
    found = {(o.period.label, str(o.breakdown)): o.value for o in result.observations}
    assert found == {("2021", "victim_gender=female"): 10, ("2022", "victim_gender=female"): 12,
                     ("2021 to 2022", "victim_gender=female"): 22, ("2021", "victim_gender=male"): 3,
                     ("2022", "victim_gender=male"): 4, ("2021 to 2022", "victim_gender=male"): 7,
                     ("2021", ""): 13, ("2022", ""): 16, ("2021 to 2022", ""): 29}
    assert result.review == []
