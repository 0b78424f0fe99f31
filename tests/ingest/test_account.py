"""The account of a reply's numbers: what each number that is not a figure is, and a
number nothing explains sent to review with its line."""

from __future__ import annotations

import pytest

from foistats.ingest.account import NOT_A_FIGURE, REVIEW, kind_of, summary
from foistats.ingest.interpret import interpret
from foistats.ingest.text import read_text

CASES = [
    ("Enquiry Reference: 699 - 24", "24", "reference number"),
    ("Our reply under section 12(1) of the Act", "12(1)", "FOIA section"),
    ("It would cost more than £450 to find", "450", "money in a cost estimate"),
    ("It would take more than 18 hours", "18", "hours or days in a cost estimate"),
    ("Offences under Home Office code 71/17", "71/17", "offence code"),
    ("Date released: 27 January 2010", "27", "date"),
    ("from 1st April 2024", "1st", "date"),
    ("For the financial year 2019/20", "2019/20", "year or period label"),
    ("Call Childline on 0800 1111", "0800", "phone number"),
    ("victims aged 13 and under", "13", "age that defines a band"),
    ("Figures under 5 are not released and are shown as <5.", "5", "suppression threshold"),
    ("2. How many were charged?", "2", "question or list number"),
    ("see the attached file 62A_23_attachment.pdf", "62A_23", "file name or reference number"),
    ("Our reference: FOI/DP/2023/0789", "2023/0789", "reference number"),
    ("Date: Mon, 24 Jul 2023 10:14:02 +0100", "0100", "e-mail header"),
    ("Content-Type: text/plain; charset=utf-8", "8", "e-mail header"),
    # an address's postcode and box number, the police and emergency numbers, a disclosure log's references
    ("Avon and Somerset Police, PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ. © 2024", "8Q", "postcode"),
    ("Force Headquarters, Winfrith, Dorchester DT2 8DZ", "8D", "postcode"),
    ("Information Commissioner's Office, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113", "5A", "postcode"),
    ("Avon and Somerset Police, PO Box 37, Valley Road, Portishead", "37", "address"),
    ("Call 101 or 999 in an emergency", "101", "phone number"),
    ("Call 101 or 999 in an emergency", "999", "phone number"),
    ("Related: 2461/24 Stop and search 2023 | 2460/24 Drones", "2461/24", "reference number"),
    ("Mottisfont Court, Tower Street, Winchester, SO23 8ZD", "8Z", "postcode"),
    ("Page 1 of 2", "2", "question or list number"),
]


@pytest.mark.parametrize("text, token, kind", CASES)
def test_a_number_that_is_not_a_figure_says_what_it_is(text, token, kind):
    start = text.index(token)
    assert kind_of(text, start, start + len(token)) == kind


@pytest.mark.parametrize("text, token", [
    ("We recorded 101 offences in 2023/24; call us on 0800 111 2222", "101"),
    ("Offences in AB1: 999", "999"),
])
def test_a_count_that_looks_like_a_phone_number_or_postcode_is_not_classed_as_one(text, token):
    start = text.index(token)
    assert kind_of(text, start, start + len(token)) is None


def test_a_number_nothing_explains_goes_to_review_with_its_line():
    doc = read_text(b"Gwent Police\nResponse\n2019/20 - 12\nThe figure we hold is 4418, as at today.\n", "r.txt")
    result = interpret(doc, area="gwent", release="r", document="d")
    assert [o.value for o in result.observations] == [12]
    assert summary(result.numbers) == "3 numbers: 1 figures, 1 to review, 1 not figures"
    [unplaced] = [n for n in result.numbers if n.fate == REVIEW]
    assert unplaced.text == "4418"
    [item] = [i for i in result.review if i.location == unplaced.where]
    assert item.context == "The figure we hold is 4418, as at today." and "4418" in item.reason
    assert {n.kind for n in result.numbers if n.fate == NOT_A_FIGURE} == {"year or period label"}
