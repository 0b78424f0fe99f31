"""The request log file: one JSON object per line, appended only when the event fits."""

import json
from datetime import date

import pytest

from foistats.errors import InputError
from foistats.requests import RequestError
from foistats.requests.campaign import CampaignError
from foistats.requests.log import LOG_FILE, EventKind


def _lines(ws):
    return (ws.folder / LOG_FILE).read_text(encoding="utf-8").splitlines()


def test_an_event_is_one_json_line_and_reads_back(campaign_ws):
    requests = campaign_ws.requests
    requests.log("Heddlu Gwent", "sent", on="2019-07-01")
    written = requests.log("gwent", "refused", on="2019-07-26", sections="12, s.40(2)", note="cost",
                           measures=["platforms_used"], periods=["2017/18 to 2018/19"])
    assert json.loads(_lines(campaign_ws)[1]) == {
        "date": "2019-07-26", "authority": "gwent", "event": "refused", "sections": ["12", "40(2)"],
        "measures": ["platforms_used"], "periods": ["2017/18 to 2018/19"], "note": "cost",
    }
    assert written.line == 2
    assert requests.events()[1] == written
    assert requests.events()[0].kind is EventKind.SENT and requests.events()[0].date == date(2019, 7, 1)


def test_an_event_that_does_not_fit_writes_nothing(campaign_ws):
    requests = campaign_ws.requests
    requests.log("gwent", "sent", on="2019-07-01")
    before = _lines(campaign_ws)
    with pytest.raises(RequestError, match="fee-paid on 2019-07-10 does not fit"):
        requests.log("gwent", "fee-paid", on="2019-07-10")
    with pytest.raises(RequestError, match="not sent yet"):
        requests.log("north wales", "answered", on="2019-07-10")
    assert _lines(campaign_ws) == before


@pytest.mark.parametrize(("args", "kwargs", "error", "message"), [
    (("kent", "sent"), {}, CampaignError, "kent is not one of the authorities asked"),
    (("gwent", "posted"), {}, RequestError, "not an event; the events are sent, acknowledged"),
    (("gwent", "sent"), {"on": "1/7/2019"}, RequestError, "write a date as YYYY-MM-DD"),
    (("gwent", "sent"), {"sections": "12"}, RequestError, "sent event cites no sections"),
    (("gwent", "sent"), {"measures": ["grooming"]}, RequestError, "'grooming' was not asked"),
    (("gwent", "sent"), {"periods": ["2012/13"]}, RequestError, "covers none of the periods asked"),
    (("gwent", "sent"), {"document": "replies/none.pdf"}, RequestError, "no such file"),
    (("gwent", "sent"), {"until": "2019-08-01"}, RequestError, "only an extension runs until a date"),
])
def test_bad_events_are_refused_with_the_reason(campaign_ws, args, kwargs, error, message):
    with pytest.raises(error, match=message):
        campaign_ws.requests.log(*args, **kwargs)
    assert not (campaign_ws.folder / LOG_FILE).exists()


def test_refusals_need_sections_and_scopes_belong_to_answers(campaign_ws):
    requests = campaign_ws.requests
    requests.log("gwent", "sent", on="2019-07-01")
    with pytest.raises(RequestError, match="a refusal names the sections"):
        requests.log("gwent", "refused", on="2019-07-02")
    with pytest.raises(RequestError, match="only an answer, refusal or not-held"):
        requests.log("gwent", "acknowledged", on="2019-07-02", periods=["2018/19"])
    with pytest.raises(RequestError, match="must run to a later date"):
        requests.log("gwent", "extension", on="2019-07-20", until="2019-07-19")


def test_a_reply_document_is_kept_relative_to_the_workspace(campaign_ws):
    (campaign_ws.folder / "replies" / "gwent.pdf").write_bytes(b"%PDF-1.4")
    requests = campaign_ws.requests
    requests.log("gwent", "sent", on="2019-07-01")
    written = requests.log("gwent", "answered", on="2019-07-20", document=str(campaign_ws.folder / "replies" / "gwent.pdf"))
    assert written.document == "replies/gwent.pdf"
    gwent = next(s for s in requests.status(as_of="2019-08-01") if s.authority.id == "gwent")
    assert gwent.documents == ("replies/gwent.pdf",)


def test_a_hand_edited_file_without_a_final_newline_still_appends_cleanly(campaign_ws):
    path = campaign_ws.folder / LOG_FILE
    path.write_text('{"date": "2019-07-01", "authority": "gwent", "event": "sent"}', encoding="utf-8")
    campaign_ws.requests.log("gwent", "acknowledged", on="2019-07-02")
    assert [json.loads(line)["event"] for line in _lines(campaign_ws)] == ["sent", "acknowledged"]


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not JSON"),
    ('{"date": "2019-07-01", "authority": "gwent"}', "event is missing"),
    ('{"date": "2019-07-01", "authority": "gwent", "event": "sent", "colour": "red"}', "unknown keys colour"),
    ('{"date": "July 2019", "authority": "gwent", "event": "sent"}', "write a date as YYYY-MM-DD"),
])
def test_a_broken_line_is_named(campaign_ws, line, message):
    path = campaign_ws.folder / LOG_FILE
    path.write_text('{"date": "2019-07-01", "authority": "gwent", "event": "sent"}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"{LOG_FILE} line 3: .*{message}"):
        campaign_ws.requests.events()
