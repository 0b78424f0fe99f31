"""An ingested reply moves its request on (issues 8 and 16 of the new user's trial): the
state follows what the reply is, its date is when it came, lateness is counted, the chaser
goes only to those who have not replied, and a document that is not a reply moves nothing.

Every request here was sent on Mon 1 July 2019, so a reply was due on Tue 30 July 2019
(20 working days; Fri 12 July, a Northern Ireland holiday, does not count under FOIA)."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from foistats.requests.status import State

from .conftest import CAMPAIGN

GWENT_REPLY = """From: FOI Unit <foi@gwent.example.org>
To: sam@example.org
Subject: RE: Freedom of Information request
Date: Fri, 2 Aug 2019 10:15:00 +0100

Dear Mr Reporter,

Gwent Police recorded 12 offences of sexual communication with a child in 2016/17, 30 in 2017/18 and 41 in 2018/19.

Regards,
FOI Unit, Gwent Police
"""

SOUTH_WALES_REFUSAL = """Dear Mr Reporter,

South Wales Police estimates that the cost of complying with your request would exceed the appropriate limit.
We are therefore refusing it under section 12(1) of the Freedom of Information Act 2000.

FOI Unit, South Wales Police
"""

PRESS_RELEASE = """Press release, 14 August 2019
Online grooming crimes hit a record: 3,171 offences were recorded by police in 2018/19.
"""


@pytest.fixture
def sent(campaign_ws):
    """The campaign's requests, all sent on 1 July 2019, with nothing else logged."""
    campaign_ws.requests.log("gwent", "sent", on="2019-07-01")
    campaign_ws.requests.log("south-wales", "sent", on="2019-07-01")
    campaign_ws.requests.log("north-wales", "sent", on="2019-07-01")
    campaign_ws.requests.log("dyfed-powys", "sent", on="2019-07-01")
    return campaign_ws


def _reply(ws, name: str, text: str):
    path = ws.folder / "replies" / name
    path.write_text(text, encoding="utf-8")
    return path


def _rows(ws, as_of: str = "2019-09-30") -> dict[str, object]:
    return {s.authority.id: s for s in ws.requests.status(as_of=as_of)}


def test_an_ingested_reply_answers_on_its_own_date_and_is_counted_late(sent):
    sent.ingest(_reply(sent, "gwent-reply.eml", GWENT_REPLY))
    gwent = _rows(sent)["gwent"]
    # the email's Date: is Fri 2 August, the 3rd working day after the due date (Wed 31, Thu 1, Fri 2)
    assert (gwent.state, gwent.replied, gwent.working_days_late, gwent.working_days_overdue) == (
        State.SUCCESSFUL, date(2019, 8, 2), 3, None)
    assert gwent.documents == ("gwent-reply.eml",)
    # before it came the request was overdue: the reply counts from its own date, not from the ingest
    before = _rows(sent, "2019-08-01")["gwent"]
    assert (before.state, before.working_days_overdue) == (State.OVERDUE, 2)


def test_a_reply_is_dated_by_its_response_date_never_by_the_request_date_it_quotes(sent):
    dated = GWENT_REPLY.replace("Date: Fri, 2 Aug 2019 10:15:00 +0100",
                                "Request date: 1 July 2019\nResponse date: 2 August 2019")
    sent.ingest(_reply(sent, "gwent-reply.txt", dated))
    gwent = _rows(sent)["gwent"]
    assert (str(gwent.replied), gwent.working_days_late) == ("2019-08-02", 3)


def test_a_refusal_read_from_a_reply_is_refused_with_its_section_and_received_overrides(sent):
    sent.ingest(_reply(sent, "sw.txt", SOUTH_WALES_REFUSAL), authority="South Wales", received="2019-07-19")
    south_wales = _rows(sent)["south-wales"]
    assert (south_wales.state, str(south_wales.replied), south_wales.working_days_late, south_wales.sections) == (
        State.REFUSED, "2019-07-19", 0, ("12(1)",))


def test_the_chaser_goes_only_to_those_who_have_not_replied(sent, run_cli):
    sent.ingest(_reply(sent, "gwent-reply.eml", GWENT_REPLY))
    sent.ingest(_reply(sent, "sw.txt", SOUTH_WALES_REFUSAL), authority="South Wales", received="2019-07-19")
    code, out, err = run_cli("requests", "chase", "--as-of", "2019-09-30", "--workspace", sent.folder)
    assert code == 0, err
    written = sorted(p.name for p in (sent.folder / "out" / "requests" / "chase").iterdir())
    assert written == ["dyfed-powys.md", "north-wales.md"]
    assert "Not chased, as they have replied: gwent (successful), south-wales (refused)" in out
    assert "south-wales refused: to challenge it, ask for an internal review" in out


def test_status_json_and_table_show_the_lateness(sent, run_cli):
    sent.ingest(_reply(sent, "gwent-reply.eml", GWENT_REPLY))
    code, out, _ = run_cli("requests", "status", "--as-of", "2019-09-30", "--format", "json", "--workspace", sent.folder)
    rows = {r["authority"]: r for r in json.loads(out)}
    assert (rows["gwent"]["state"], rows["gwent"]["replied"], rows["gwent"]["working_days_late"]) == (
        "successful", "2019-08-02", 3)
    assert rows["dyfed-powys"]["working_days_late"] is None
    code, out, _ = run_cli("requests", "status", "--as-of", "2019-09-30", "--workspace", sent.folder)
    assert "5 requests, 3 overdue, 1 answered late" in out  # Dyfed-Powys, North and South Wales
    gwent_line = next(line for line in out.splitlines() if line.startswith(" gwent"))
    assert gwent_line.split()[1:2] == ["successful"] and " 3 " in gwent_line


def test_our_own_request_letter_is_not_taken_for_a_reply(sent):
    letter = sent.requests.letters("md", on="2019-07-01")
    north_wales = next(p for p in letter if p.name == "north-wales.md")
    with pytest.raises(Exception, match="reads as a request for information .* not a reply from north-wales"):
        sent.ingest(north_wales, authority="North Wales")
    assert sent.store.sources() == []
    assert _rows(sent)["north-wales"].state is State.LONG_OVERDUE


def test_a_document_whose_every_figure_was_rejected_is_not_a_reply(sent):
    sent.ingest(_reply(sent, "press.txt", PRESS_RELEASE), authority="Dyfed Powys", received="2019-08-14")
    assert _rows(sent)["dyfed-powys"].state is State.SUCCESSFUL  # figures under review: it may be a reply
    for item in sent.review_items():
        sent.review_decide(item.id, "rejected", by="Sam")
    dyfed = _rows(sent)["dyfed-powys"]
    assert (dyfed.state, dyfed.documents, dyfed.replied) == (State.LONG_OVERDUE, (), None)


def test_a_reply_logged_and_ingested_from_another_folder_is_one_reply(sent):
    logged = _reply(sent, "gwent-reply.eml", GWENT_REPLY)
    sent.requests.log("gwent", "answered", on="2019-08-02", document="replies/gwent-reply.eml")
    elsewhere = sent.folder / "gwent-copy.eml"
    shutil.copy(logged, elsewhere)
    sent.ingest(elsewhere)
    gwent = _rows(sent)["gwent"]
    assert (gwent.documents, len(gwent.history.outcomes)) == (("replies/gwent-reply.eml",), 1)


def test_a_mistyped_authority_leaves_no_failure_for_a_file_already_in_the_store(sent, run_cli):
    path = _reply(sent, "sw.txt", SOUTH_WALES_REFUSAL)
    sent.ingest(path, authority="South Wales")
    code, _, err = run_cli("ingest", str(path), "--authority", "Sth Wales Plice", "--workspace", sent.folder)
    assert code != 0 and "not a known police force" in err
    assert sent.failures() == []
    code, out, _ = run_cli("failures", "--workspace", sent.folder)
    assert out.strip() == "No document has failed to read."


def _current(ws) -> dict[str, list[float]]:
    """The current figures by document, in period order."""
    found: dict[str, list[float]] = {}
    for obs in sorted(ws.observations(), key=lambda o: o.period.start):
        if obs.status == "reported":
            found.setdefault(obs.source.file_name, []).append(obs.value)
    return found


def test_a_document_forgotten_takes_only_itself_out_and_what_it_revised_stands_again(sent, run_cli):
    first = _reply(sent, "gwent-reply.eml", GWENT_REPLY)
    second = _reply(sent, "gwent-second.eml", GWENT_REPLY.replace("2 Aug 2019", "9 Aug 2019").replace(
        "12 offences", "13 offences"))
    third = _reply(sent, "gwent-third.eml", GWENT_REPLY.replace("2 Aug 2019", "16 Aug 2019").replace(
        "41 in 2018/19", "44 in 2018/19"))
    sent.ingest(first)
    sent.ingest(second)
    assert _current(sent) == {"gwent-second.eml": [13, 30, 41]}
    code, out, err = run_cli("forget", "gwent-second.eml", "--workspace", sent.folder)
    assert code == 0, err
    assert out.strip() == ("gwent-second.eml: taken out of the store with its 3 current figures and 0 review items; "
                           "the figures it revised (1 document) stand again (the store as it was is in "
                           ".foistats-backups/)")
    assert _current(sent) == {"gwent-reply.eml": [12, 30, 41]}
    assert [s.file_name for s in sent.store.sources()] == ["gwent-reply.eml"]
    # forgotten between two others: the first's figures stay revised, by the third
    sent.ingest(second)
    sent.ingest(third)
    sent.forget(second)
    assert _current(sent) == {"gwent-third.eml": [12, 30, 44]}
    assert [s.supersedes for s in sent.store.sources() if s.file_name == "gwent-third.eml"] == [
        (sent.store.sources()[0].id,)]
    code, _, err = run_cli("forget", "gwent-second.eml", "--workspace", sent.folder)
    assert code == 1 and "no such document in the store" in err
