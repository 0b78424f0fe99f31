"""Shapes of reply the sixth blind round showed the readers missing or misreading, each written
here as a force would write it, with what a careful person reads from it: figures in sentences
that state no period of their own, told apart by a gender or an outcome, in a reply about one
period; an outcome number in brackets after its words; a small number hidden as `<5` in a line
that is not a table."""

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
    given = _given(_read(tmp_path, ONE_YEAR_IN_SENTENCES))
    year = ("2024-01-01", "2024-12-31")
    assert {(*year, "offence_code=71/17;victim_gender=female", 121, "reported"),
            (*year, "offence_code=71/17;victim_gender=male", 31, "reported"),
            (*year, "offence_code=71/17;victim_gender=unknown", 5, "reported"),
            (*year, "offence_code=71/17;outcome=charged", 9, "reported"),
            (*year, "offence_code=71/17;outcome=cautioned", 0, "reported"),
            (*year, "offence_code=71/17;outcome=ongoing", 64, "reported")} <= given


def test_a_sentence_with_no_period_gives_figures_only_where_each_names_what_it_is():
    assert prose.period_figures("The victim was female in 121 offences and male in 31.", unstated=True)
    # nothing tells these apart, and nothing says what they count
    assert prose.period_figures("We recorded 121 offences and 31 more were reported to us.", unstated=True) == []
    # a period stated is for the reading with periods
    assert prose.period_figures("The victim was female in 121 offences in 2022.", unstated=True) == []


def test_a_number_hidden_as_less_than_five_is_not_a_count_of_five():
    assert prose.counts_in("(b) Cautioned – <5") == []
