"""Shapes of reply the twenty-first blind round showed the readers missing or misreading, each
written here as an invented reply of that kind: a space-aligned header wrapped over three lines
and printed again after a page break, a bilingual letter ("Ymateb / Response", Welsh dates,
"Questions 1 and 2: …"), a count told to explain a correction, a crime-system export headed
"HOCR Code" with a part year its notes define, a table by year and quarter, "Table 2: …" over a
line of a sheet's chrome, the flag "not applied to the remaining sixteen", a measure that is
one code's offence, "for the three years combined", a request quoted in a Word table, "23
suspects" under a question of suspects, and "Caution - youth (suspect under 18)"."""

from __future__ import annotations

import io

from foistats.ingest import account, prose
from foistats.ingest.labels import read_label

from .test_questions import _given, _read

THREE_LINE_HEADER = """Warwickshire Police
1. How many crimes of rape of a female child under 13 (019E) and of sexual communication with a child (071/17) were recorded in each financial year from 2022/23, and in 2024/25 to date?
Response
Table 1 - Crimes recorded, by Home Office offence code

Home     Offence                                   April 2022 -   April 2023 -   April 2024 -
Office                                             March 2023     March 2024     December
Code                                                                             2024
019E     Rape of a female child under 13                     41             35            29

OFFICIAL
Warwickshire Police, Leek Wootton, Warwick CV35 7QA               Page 1 of 2

OFFICIAL

Home     Offence                                   April 2022 -   April 2023 -   April 2024 -
Office                                             March 2023     March 2024     December
Code                                                                             2024
071/17   Sexual communication with a child                  102             97            70
         Total                                              143            132            99

Of the crimes in Table 1, the online flag was applied to 117 in 2022/23 and 124 in 2023/24.
"""


def test_a_header_wrapped_over_three_lines_and_printed_again_after_a_page(tmp_path):
    given = _given(_read(tmp_path, THREE_LINE_HEADER))
    assert ("2024-04-01", "2024-12-31", "offence_code=71/17", 70, "reported") in given
    assert ("2022-04-01", "2023-03-31", "offence_code=19E", 41, "reported") in given
    assert ("2023-04-01", "2024-03-31", "", 132, "reported") in given
    assert ("2022-04-01", "2023-03-31", "online_flag=true", 117, "reported") in given
    assert not any(value == 2024 for *_, value, _ in given)  # the header's last line is no row


def test_bilingual_headings_dates_and_an_answer_to_two_questions_on_its_line(tmp_path):
    ws = _read(tmp_path, """Heddlu Dyfed-Powys Police
Diolch am eich cais a dderbyniwyd ar 13 Mehefin 2024.
Eich cais / Your request
1. For 2023-24, how many crimes of taking, making or distributing indecent images of children (Home Office code 86/2) were recorded?
2. How many of these crimes involved images shared through Snapchat?
Ymateb / Response
Questions 1 and 2: Dyfed-Powys Police holds the information. The information is shown in the table below.
Financial Year | 86/2 crimes | Snapchat
2023-24 | 45 | 6
""")
    given = _given(ws)
    assert ("2023-04-01", "2024-03-31", "offence_code=86/2", 45, "reported") in given
    assert not any("13" in item.reason for item in ws.review_items())  # "13 Mehefin 2024" is a date


def test_welsh_months_are_dates():
    text = "a gofnodwyd rhwng 1 Ebrill 2022 a 31 Mawrth 2024"
    assert account.kind_of(text, text.index("1 "), text.index("1 ") + 1) == "date"


def test_a_count_told_to_explain_a_correction_is_no_figure():
    assert prose.period_figures("While re-running the data it was also found that two crimes recorded in 2022/23 "
                                "had the CSE flag added after the original extraction was taken.") == []


def _given_by_workbook(tmp_path, wb, authority: str) -> set[tuple]:
    import foistats

    path = tmp_path / "reply.xlsx"
    wb.save(path)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path, authority=authority)
    return _given(ws)


def test_a_crime_system_export_with_a_part_year_its_notes_define(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    sheet = wb.active
    for row in [("Financial Year", "HOCR Code", "HOCR Description", "Victim Gender", "Crime Count"),
                ("2023/24", "071/17", "Sexual communication with a child", "F", 131),
                ("2024/25", "071/17", "Sexual communication with a child", "F", 64),
                ("Grand Total", None, None, None, 195), (None,),
                ("2. 2024/25 is a part year: data runs from 01/04/2024 to 30/09/2024.",)]:
        sheet.append(row)
    given = _given_by_workbook(tmp_path, wb, "Northamptonshire")
    assert ("2024-04-01", "2024-09-30", "offence_code=71/17;victim_gender=female", 64, "reported") in given
    assert ("2023-04-01", "2024-09-30", "offence_code=71/17", 195, "reported") in given


def test_a_table_by_year_and_quarter_under_its_numbered_caption(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.append(("Your request", "The number of offences of sexual communication with a child (071/17) for each quarter "
                                  "from January 2023, and for 2024 by victim gender."))
    cover.append(("Notes", "4. In Table 2 a dash (-) means that no offences were recorded in that category (nil)."))
    table1 = wb.create_sheet("Table 1")
    for row in [("Table 1: Sexual communication with a child (071/17) - offences recorded by quarter",),
                ("Year", "Quarter", "Offences recorded"),
                (2023, "Jan-Mar", 163), (None, "Apr-Jun", 171), (None, "Jul-Sep", 139), (None, "Oct-Dec", 155),
                ("Total", None, 628)]:
        table1.append(row)
    table1.merge_cells("A3:A6")
    table2 = wb.create_sheet("Table 2")
    for row in [("Table 2: Sexual communication with a child (071/17) - offences recorded January to December 2024",),
                ("Metropolitan Police Service | 01/FOI/25/041872 | see the notes",),
                ("Victim gender", "Offences"), ("Female", 468), ("Male", 134), ("Not stated", "-")]:
        table2.append(row)
    given = _given_by_workbook(tmp_path, wb, "Metropolitan")
    assert ("2023-04-01", "2023-06-30", "offence_code=71/17", 171, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17", 628, "reported") in given
    assert ("2024-01-01", "2024-12-31", "offence_code=71/17;victim_gender=female", 468, "reported") in given
    assert ("2024-01-01", "2024-12-31", "offence_code=71/17;victim_gender=unknown", 0, "reported") in given


FLAG_NOT_APPLIED = """Cambridgeshire Constabulary
1. How many offences of sexual communication with a child (section 15A) were recorded in 2022 and 2023?
2. How many of these offences were flagged as online or cyber-enabled?
Response
1. In 2022 we recorded 203 offences of sexual communication with a child (Home Office offence code 71/17). In 2023 there were 176 such offences.
2. Of the offences given at point 1, 189 in 2022 and 158 in 2023 had the online (cyber-enabled) flag applied. The flag was not applied to the remaining fourteen offences in 2022 and eighteen in 2023.
"""


def test_the_flag_not_applied_and_a_measure_of_one_codes_offence(tmp_path):
    given = _given(_read(tmp_path, FLAG_NOT_APPLIED))
    assert ("2022-01-01", "2022-12-31", "offence_code=71/17;online_flag=true", 189, "reported") in given
    assert ("2023-01-01", "2023-12-31", "offence_code=71/17;online_flag=false", 18, "reported") in given


def _word_reply(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("For ease of reference your request is reproduced in the table below.")
    table = document.add_table(rows=3, cols=2)
    rows = [("1.", "The number of offences of sexual communication with a child recorded in each of the last three financial years."),
            ("2.", "For those offences, how many of the suspects were themselves children (aged 10 to 17)."),
            ("3.", "How many of the offences resulted in a suspect being charged or cautioned.")]
    for row, (number, text) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = number, text
    for text in ["Our response", "The last three financial years are taken to be 1 April 2021 to 31 March 2024.",
                 "Question 1", "April 2021 to March 2022 – 97", "April 2022 to March 2023 – 112", "April 2023 to March 2024 – 104",
                 "Question 2", "2021/22: 23 suspects", "2022/23: 31 suspects", "2023/24: 26 suspects",
                 "Question 3", "We have therefore provided the outcomes for the three years combined:",
                 "Charged or summonsed – 31", "Caution - youth (suspect under 18) – 4"]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "reply.docx"
    path.write_bytes(buffer.getvalue())
    return path


def test_a_request_in_a_word_table_suspects_counted_and_three_years_combined(tmp_path):
    import foistats

    ws = foistats.init(tmp_path / "ws")
    ws.ingest(_word_reply(tmp_path), authority="Nottinghamshire")
    given = _given(ws)
    assert ("2022-04-01", "2023-03-31", "suspect_age_max=17;suspect_age_min=10", 31, "reported") in given
    assert ("2021-04-01", "2024-03-31", "outcome=charged", 31, "reported") in given
    assert ("2021-04-01", "2024-03-31", "outcome=cautioned;suspect_age_max=17;suspect_age_min=0", 4, "reported") in given


def test_what_a_question_asks_how_many_of():
    assert prose.unit_for("For those offences, how many of the suspects were themselves children?") == "suspects"
    assert prose.unit_for("In how many of these offences was the suspect aged under 18?") == "offences"


def test_a_youth_caution_said_again_in_brackets():
    youth = (("outcome", "cautioned"), ("suspect_age_max", "17"))
    assert read_label("Caution - youth (suspect under 18)").dims == youth
    assert read_label("Caution (youth)").dims == youth
    assert read_label("Caution - adult (suspect 18 or over)").dims == (("outcome", "cautioned"), ("suspect_age_min", "18"))
