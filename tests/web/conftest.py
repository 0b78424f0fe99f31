"""The dashboard over the demo workspace: one built for the tests that only read, a fresh
one (with figures waiting in review) for each test that writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import foistats
from foistats.web import create_app

TOKEN = "a-token-for-the-tests-0123456789"
# a reply whose figures go to review: one table for two periods
UNSURE = ("South Wales Police\nRequest\n1. How many offences were recorded in 2018/19 and 2019/20?\n"
          "Response\nGender | Count |\nFemale | 7 |\nMale | 9 |\n")


@pytest.fixture(scope="session")
def demo_read(tmp_path_factory):
    """The demo workspace, shared by the tests that do not change it."""
    workspace, _ = foistats.demo(tmp_path_factory.mktemp("web") / "demo")
    return workspace


@pytest.fixture(scope="session")
def client(demo_read):
    return TestClient(create_app(demo_read, TOKEN))


def with_review(ws, tmp_path):
    """``ws`` with a reply of figures it cannot place, so its review queue has items."""
    path = tmp_path / "south-wales-reply.txt"
    path.write_text(UNSURE)
    ws.ingest(path)
    assert ws.review_items(), "the reply should leave figures to review"
    return ws


@pytest.fixture
def review_ws(demo_ws, tmp_path):
    return with_review(demo_ws, tmp_path)
