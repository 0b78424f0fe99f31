"""Shapes of reply the readers missed or misread, each written here as a force would write it,
with what a careful person reads from it: rows of figures split by slashes under a line naming
the periods once in the same order; a withholding that names the one offence it withholds, beside
the other offence's figures; "less than 5" as a list line's value."""

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
