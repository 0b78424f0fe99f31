"""Round trip: replies generated with known figures, in every layout and format, are
ingested and compared with the truth — nothing wrong, nothing lost (anything unsure is
in review)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import foistats

from foistats.ingest.account import FIGURE, NOT_A_FIGURE, REVIEW, summary

from .corpus import score
from .replies import FORMATS, LAYOUTS, make_reply, render


def _round_trip(tmp_path, seed: int, layout: str, fmt: str, with_result: bool = False):
    reply = make_reply(seed, layout=layout)
    path = tmp_path / f"reply-{seed}-{layout}.{fmt}"
    path.write_bytes(render(reply, fmt))
    ws = foistats.init(tmp_path / f"ws-{seed}-{layout}-{fmt}")
    ingested = ws.ingest(path)
    scored = score(reply.truth, ws.observations(), ws.review_items())
    return (reply, scored, ingested) if with_result else (reply, scored)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_in_every_format(tmp_path, layout, fmt):
    reply, result = _round_trip(tmp_path, 11, layout, fmt)
    assert result.wrong == 0, result.wrong_details
    assert result.missed == 0
    assert result.exact + result.review == len(reply.truth)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), layout=st.sampled_from(LAYOUTS), fmt=st.sampled_from(("txt", "html", "csv", "docx")))
def test_any_generated_reply_round_trips(tmp_path, seed, layout, fmt):
    reply, result = _round_trip(tmp_path, seed, layout, fmt)
    assert result.wrong == 0, result.wrong_details
    assert result.missed == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), layout=st.sampled_from(LAYOUTS), fmt=st.sampled_from(("txt", "html", "xlsx", "docx")))
def test_every_number_of_a_generated_reply_is_accounted_for(tmp_path, seed, layout, fmt):
    reply, result, ingested = _round_trip(tmp_path, seed, layout, fmt, with_result=True)
    numbers = ingested.numbers
    assert {n.fate for n in numbers} <= {FIGURE, REVIEW, NOT_A_FIGURE}
    assert all(n.kind for n in numbers if n.fate == NOT_A_FIGURE)
    assert ingested.describe().endswith(summary(list(numbers)))
    # every figure the reply gives is one of its numbers counted as a figure (or, when it
    # went to review, as a figure to review), and no number is counted twice
    counted = Counter(int(n.text.replace(",", "")) for n in numbers if n.fate in (FIGURE, REVIEW))
    given_values = Counter(f["value"] for f in reply.truth if f["status"] == "reported" and "shown" not in f)  # not a nil '-'
    assert given_values <= counted
    assert sum(1 for n in numbers if n.fate == FIGURE) <= result.exact


def test_a_wrong_total_is_held_for_review_as_printed(tmp_path):
    text = ("Gwent Police\nRequest\n1. How many sexual offences against children were recorded in 2019/20?\n"
            "Response\nAge | Female | Male | Total |\n0-4 | 3 | 2 | 5 |\n5-10 | 10 | 4 | 14 |\nTotal | 13 | 6 | 25 |\n")
    path = tmp_path / "reply.txt"
    path.write_text(text)
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    # held out of the data until a person decides it; the printed value is the guess
    assert [o for o in ws.observations() if not o.breakdown] == []
    [held] = [i for i in ws.review_items() if "does not match its parts, which add to 19" in i.reason]
    assert held.guess["value"] == 25 and held.guess["breakdown"] == {}


def test_a_table_split_across_pdf_pages_is_one_table(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 7, "Dyfed-Powys Police. How many offences were recorded in each financial year?",
                   new_x="LMARGIN", new_y="NEXT")
    with pdf.table(repeat_headings=1) as table:
        header = table.row()
        header.cell("Financial year")
        header.cell("Offences")
        for year in range(1960, 2020):
            row = table.row()
            row.cell(f"{year}/{(year + 1) % 100:02d}")
            row.cell(str(year - 1900))
    path = tmp_path / "long.pdf"
    path.write_bytes(bytes(pdf.output()))
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    found = {o.period.label: o.value for o in ws.observations()}
    assert len(found) == 60
    assert found["1960/61"] == 60 and found["2019/20"] == 119


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_renders_in_every_format_whatever_its_seed_draws(layout):
    # a seed draws the layout's wording, bullets and marks; each must be one every format can write
    for seed in range(8):
        reply = make_reply(seed, layout=layout)
        assert all(render(reply, fmt) for fmt in FORMATS)


def test_sub_bullets_indented_with_a_tab_read_exactly_from_a_pdf(tmp_path):
    # a tab has no glyph in a PDF's font ("(cid:9)" as pdfminer names it): a gap, and the bullet after it one level in
    seeds = [seed for seed in range(60) if "\t" in render(make_reply(seed, layout="nested_bullets"), "txt").decode("utf-8")]
    assert seeds
    for seed in seeds[:3]:
        reply, result = _round_trip(tmp_path, seed, "nested_bullets", "pdf")
        assert result.exact == len(reply.truth), (seed, result.wrong_details)


def test_a_review_guess_with_an_impossible_band_is_scored_as_missed_not_a_crash():
    # a row's "1-4" under a column's "18 and over" is sent to review with both ends kept, for a
    # person to mend; it can match no expected figure
    from types import SimpleNamespace
    expected = [{"period_start": "2022-01-01", "period_end": "2022-12-31", "value": 12, "status": "reported",
                 "breakdown": {"suspect_age_min": 18}}]
    guess = {"period_start": "2022-01-01", "period_end": "2022-12-31", "value": 12, "status": "reported",
             "breakdown": {"suspect_age_min": "18", "suspect_age_max": "4"}}
    result = score(expected, [], [SimpleNamespace(guess=guess)])
    assert (result.exact, result.review, result.missed, result.wrong) == (0, 0, 1, 0)
