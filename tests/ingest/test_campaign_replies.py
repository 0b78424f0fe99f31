"""Replies to a user's own campaign (issue 12): figures filed under the measures the
campaign asked, figures in sentences, partial and whole refusals, ``--measure``, and a
damaged PDF that leaves the store as it was. Every reply is written here."""

from __future__ import annotations

import io

import pytest

import foistats

CAMPAIGN = '''title = "Sexual offences against children"

[request]
release = "csa-2023"
authorities = ["cheshire", "merseyside", "gwent", "north-wales"]
periods = ["2020/21 to 2022/23"]
question = """
Please tell me how many sexual offences against children {authority_name} recorded in each
of the financial years {periods}, by the age band of the victim.
"""

[request.measures]
child_sexual_offences = "offences"
{extra}
[request.requester]
name = "Sam Reporter"
email = "sam@example.org"
'''

YEARS = {"2020-04-01": 301, "2021-04-01": 327, "2022-04-01": 344}


def _campaign(tmp_path, extra: str = ""):
    ws = foistats.init(tmp_path / "ws")
    (ws.folder / "campaign.toml").write_text(CAMPAIGN.replace("{extra}", extra), encoding="utf-8")
    return ws


def _ingest(run_cli, ws, tmp_path, name: str, data: bytes | str, *args: str):
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return run_cli("ingest", path, "--workspace", ws.folder, *args)


def _figures(ws) -> dict:
    return {(o.measure, o.period.start.isoformat(), str(o.breakdown)): (o.value, o.status.value, o.note)
            for o in ws.observations()}


EMAIL = """From: FOI Unit, Cheshire Constabulary
Subject: Your FOI request

Thank you for your request.
{sentence}
We cannot provide the age breakdown within the cost limit, so that part of your request is refused under Section 12(1).
"""

SENTENCES = [
    "Cheshire Constabulary recorded 301 sexual offences against children in 2020/21, 327 in 2021/22 and 344 in 2022/23.",
    "In 2020/21 there were 301 such offences recorded, in 2021/22 there were 327 and in 2022/23 there were 344.",
    "The force recorded 301, 327 and 344 offences in 2020/21, 2021/22 and 2022/23 respectively.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_figures_in_a_sentence_and_a_refused_breakdown(tmp_path, run_cli, sentence):
    ws = _campaign(tmp_path)
    code, out, err = _ingest(run_cli, ws, tmp_path, "cheshire.txt", EMAIL.format(sentence=sentence),
                             "--authority", "Cheshire")
    assert code == 0, err
    assert _figures(ws) == {("child_sexual_offences", start, ""): (value, "reported", "") for start, value in YEARS.items()}
    # the refused age breakdown refuses no total: it is a note for a person, not a figure
    assert [r.guess for r in ws.review_items()] == [None]
    assert "refused (cost limit)" in ws.review_items()[0].reason


LETTER = """Merseyside Police
Freedom of Information Request
Request
Please tell me how many sexual offences against children were recorded, by age band.
Response
I estimate that the cost of complying with your request would exceed the appropriate limit.
The Force is therefore not obliged to comply with your request by virtue of section 12(1) of the Act.
"""


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_whole_request_refused_covers_every_measure_and_period_asked(tmp_path, run_cli):
    ws = _campaign(tmp_path, 'online_child_sexual_offences = "offences"')
    code, _, err = _ingest(run_cli, ws, tmp_path, "merseyside.docx", _docx(LETTER))
    assert code == 0, err
    expected = {(m, start, ""): (None, "exempt", "refused (cost limit), s.12(1)")
                for m in ("child_sexual_offences", "online_child_sexual_offences") for start in YEARS}
    assert _figures(ws) == expected
    assert ws.review_items() == []


TABLE = """Gwent Police
Response
Year | Count
2020/21 | 12
2021/22 | 15
"""


def test_a_table_that_does_not_say_which_measure_asked_goes_to_review_with_the_choices(tmp_path, run_cli):
    ws = _campaign(tmp_path, 'online_child_sexual_offences = "offences"')
    code, _, err = _ingest(run_cli, ws, tmp_path, "gwent.txt", TABLE)
    assert code == 0, err
    assert ws.observations() == []
    guesses = [r.guess for r in ws.review_items()]
    assert [g["value"] for g in guesses] == [12, 15]
    assert all(g["measure_choices"] == ["child_sexual_offences", "online_child_sexual_offences"] for g in guesses)


def test_measure_option_says_which_measure_asked_a_reply_answers(tmp_path, run_cli):
    ws = _campaign(tmp_path, 'online_child_sexual_offences = "offences"')
    code, _, err = _ingest(run_cli, ws, tmp_path, "gwent.txt", TABLE, "--measure", "online_child_sexual_offences")
    assert code == 0, err
    assert _figures(ws) == {("online_child_sexual_offences", "2020-04-01", ""): (12, "reported", ""),
                            ("online_child_sexual_offences", "2021-04-01", ""): (15, "reported", "")}
    assert ws.review_items() == []


def test_a_measure_not_asked_is_refused_with_the_ones_asked(tmp_path, run_cli):
    ws = _campaign(tmp_path)
    code, _, err = _ingest(run_cli, ws, tmp_path, "gwent.txt", TABLE, "--measure", "gwent_figures")
    assert code == 1
    assert err.strip() == "error: --measure 'gwent_figures' is not a measure the campaign asked: child_sexual_offences"
    assert ws.observations() == [] and ws.store.sources() == [] and ws.failures() == []


def test_a_titled_reply_is_filed_under_the_measure_asked_not_its_title(tmp_path, run_cli):
    ws = _campaign(tmp_path)
    code, _, err = _ingest(run_cli, ws, tmp_path, "gwent.txt", "Gwent Police child exploitation figures\n" + TABLE)
    assert code == 0, err
    assert {o.measure for o in ws.observations()} == {"child_sexual_offences"}


def test_a_damaged_pdf_is_one_line_naming_the_file_and_the_store_is_untouched(tmp_path, run_cli):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "Gwent Police 2020/21 - 12")
    good = bytes(pdf.output())
    ws = _campaign(tmp_path)
    code, _, err = _ingest(run_cli, ws, tmp_path, "gwent.pdf", good[: len(good) // 2])
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "gwent.pdf" in err and "damaged" in err and "scanned" not in err
    assert ws.observations() == [] and ws.review_items() == [] and ws.store.sources() == []


FLAGGED = """North Wales Police
Request
1. How many sexual offences against children carried the cyber flag in each financial year?
Response
Year | Count
2020/21 | 40
2021/22 | 52
"""


def test_a_figure_of_the_flagged_part_asked_is_filed_under_it_without_the_flag(tmp_path, run_cli):
    ws = _campaign(tmp_path, 'online_child_sexual_offences = "offences"')
    code, _, err = _ingest(run_cli, ws, tmp_path, "north-wales.txt", FLAGGED)
    assert code == 0, err
    assert _figures(ws) == {("online_child_sexual_offences", "2020-04-01", ""): (40, "reported", ""),
                            ("online_child_sexual_offences", "2021-04-01", ""): (52, "reported", "")}
