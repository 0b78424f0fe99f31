"""One vocabulary for table labels: what a label places its figures in, or nothing (so
the figure goes to review, never into a measure name)."""

from __future__ import annotations

import pytest

from foistats.ingest.labels import read_label


@pytest.mark.parametrize(("text", "axis", "dims"), [
    ("Evidential difficulties: suspect identified; victim does not support further action", "outcome",
     (("outcome", "outcome 16"),)),
    ("Evidential difficulties: suspect not identified; victim does not support further action", "outcome",
     (("outcome", "outcome 14"),)),
    ("Investigation complete - no suspect identified", "outcome", (("outcome", "outcome 18"),)),
    ("Further investigation to support formal action not in the public interest", "outcome", (("outcome", "outcome 21"),)),
    ("Charged/Summonsed", "outcome", (("outcome", "charged"),)),
    # an outcome's number before its words, with no mark between them
    ("1 Charged/Summonsed", "outcome", (("outcome", "charged"),)),
    ("2 Caution - youth", "outcome", (("outcome", "cautioned"), ("suspect_age_max", "17"))),
    ("15 Evidential difficulties (suspect identified)", "outcome", (("outcome", "outcome 15"),)),
    ("21 Not in the public interest (police decision)", "outcome", (("outcome", "outcome 21"),)),
    # a code before its title, the title's little words put in or left out
    ("21 Sexual activity involving a child under 13", "offence_code", (("offence_code", "21"),)),
    ("22B Sexual activity involving a child under 16", "offence_code", (("offence_code", "22B"),)),
    ("071/17 - Sexual communication with a child", "offence_code", (("offence_code", "71/17"),)),
    ("21 Sexual assault", None, ()),  # a number before words that are no title and no outcome: unread
    ("Sexual grooming (88A)", "offence_code", (("offence_code", "88A"),)),
    ("Sexual grooming (21)", None, ()),  # a code in brackets that is not the title's: unread
    ("Of which online flagged", "online_flag", (("online_flag", "true"),)),
    ("Sum of Count", "value", ()),
    ("Row Labels", "value", ()),
    ("Count of female victims", None, ()),  # a pivot's "Count of" over a breakdown is not chrome
    ("Awaiting outcome", "outcome", (("outcome", "ongoing"),)),  # no outcome yet: the investigation goes on
    ("Arrests", "counted", ()),
    ("Non-crime incidents", "counted", ()),
    ("High", None, ()),
    ("Suspect age not known", "suspect_age", (("suspect_age_known", "false"),)),
    ("Victim age not recorded", "victim_age", (("victim_age_known", "false"),)),
    ("Care", None, ()),
])
def test_label_vocabulary(text, axis, dims):
    label = read_label(text)
    assert (label.axis, label.dims) == (axis, dims)


def test_a_code_before_its_description_in_an_offence_column_is_that_code():
    assert read_label("88/5 Indecent images", axis="offence_code").dims == (("offence_code", "88/5"),)
    assert read_label("08805 Indecent images", axis="offence_code").dims == (("offence_code", "88/5"),)
    assert read_label("88/5 Indecent images").dims == ()  # outside an offence column only a known title counts


@pytest.mark.parametrize(("text", "label"), [("Apr 19 - Mar 20", "2019/20"), ("Apr-21 to Mar-22", "2021/22"),
                                             ("Jan-21", "January 2021"), ("Jan 21", None), ("March 12", None)])
def test_months_with_two_digit_years(text, label):
    period = read_label(text).period
    assert (period.label if period else None) == label


@pytest.mark.parametrize(("text", "label"), [("FY 19/20", "2019/20"), ("FY 19/21", None), ("2024*", None),
                                             ("Year ending March 2020", "2019/20"), ("Jan-Mar 2023", "January 2023 to March 2023"),
                                             ("2023 (Jan-Jun)", "January 2023 to June 2023"), ("Mar-Jan 2023", None)])
def test_short_financial_years_and_marked_years(text, label):
    """"2024*" is read only with the note its mark points to (tests/ingest/test_tables.py)."""
    period = read_label(text).period
    assert (period.label if period else None) == label


def test_a_period_narrowed_in_brackets_is_the_part_it_names():
    part = read_label("2022-23 (1 April to 31 December 2022)").period
    assert (part.start.isoformat(), part.end.isoformat()) == ("2022-04-01", "2022-12-31")
    assert read_label("2022 (1 January to 30 June 2024)").period is None  # a part outside its period: unread
