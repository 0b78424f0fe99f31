"""The dashboard's review form decides as `foistats review` does: a guessed measure is
refused until one is named, and a suppressed figure takes its bounds."""

from __future__ import annotations

from fastapi.testclient import TestClient

import foistats
from foistats.web import create_app

from ..ingest.test_review_decisions import CAMPAIGN, YEARS
from .conftest import TOKEN


def test_the_review_form_refuses_a_guessed_measure_and_sets_a_suppressed_figures_bounds(tmp_path):
    ws = foistats.init(tmp_path / "ws")
    (ws.folder / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    (tmp_path / "gwent.txt").write_text(YEARS, encoding="utf-8")
    ws.ingest(tmp_path / "gwent.txt", authority="gwent")
    client = TestClient(create_app(ws, TOKEN))
    headers = {"X-Foistats-Token": TOKEN}
    page = client.get("/review").text
    twelve = next(i for i in ws.review_items() if i.guess["value"] == 12)
    star = next(i for i in ws.review_items() if i.guess["status"] == "suppressed")
    assert f'id="lower-{star.id}"' in page and f'id="upper-{star.id}"' in page and f'id="status-{star.id}"' in page

    refused = client.post(f"/review/{twelve.id}?_format=json", data={"decision": "accept", "by": "Jo"}, headers=headers)
    assert refused.status_code == 400
    assert refused.json()["error"] == (
        f"review item {twelve.id}: the measure sexual_communication_with_child was guessed, not read (it may be "
        f"sexual_communication_with_child or grooming); say which with `foistats review edit {twelve.id} --measure SLUG`")
    assert ws.observations() == [] and ws.review_item(twelve.id).state == "open"

    typed = client.post(f"/review/{star.id}?_format=json", headers=headers,
                        data={"decision": "accept", "by": "Jo", "lower": "1", "upper": "2", "measure": ""})
    assert typed.status_code == 400
    assert typed.json()["error"] == ("the form says lower, upper but the button was accept: press Edit to make the "
                                     "change, or clear the fields")
    assert ws.review_item(star.id).state == "open"

    edited = client.post(f"/review/{star.id}", headers=headers, data={
        "decision": "edit", "by": "Jo", "measure": "grooming", "status": "suppressed", "lower": "1", "upper": "2",
        "value": "", "period": ""})
    assert edited.status_code == 200, edited.text
    (figure,) = ws.observations()
    assert (figure.measure, figure.period.label, figure.status.value, figure.lower, figure.upper) == (
        "grooming", "2022/23", "suppressed", 1, 2)
