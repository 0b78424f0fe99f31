"""In a real browser (Debian's Chromium, driven by Playwright): click from the home page to
a figure's source, check an article, and decide a review item with and without the token.

`make test` installs Chromium where it is missing; a missing browser or Playwright fails
the tests with what to install, here and in CI alike."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest

from foistats.web import create_app

from .conftest import TOKEN, with_review

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _missing(reason: str):
    pytest.fail(reason)  # `make test` installs both, so a missing one is a broken setup, never a pass


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install -e '.[test]'")
    if not os.path.exists(CHROMIUM):
        _missing("Chromium is not installed: `make test` installs it (apt-get install -y chromium)")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


class Server:
    """The dashboard of a workspace on a free loopback port, in a thread, until stopped."""

    def __init__(self, ws, token=TOKEN):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(create_app(ws, token, recheck=0), host="127.0.0.1",
                                                    port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def demo_url(demo_read):
    with Server(demo_read) as url:
        yield url


def test_home_to_release_to_area_to_fact_to_source(browser, demo_url):
    page = browser.new_page()
    page.goto(demo_url + "/")
    page.get_by_role("link", name="nspcc-online-2019").click()
    page.wait_for_url("**/release/nspcc-online-2019")
    assert page.get_by_role("table").first.locator("caption").inner_text().startswith("online sexual offences")
    page.get_by_role("row").filter(has_text="Gwent Police").first.get_by_role("link", name="Gwent Police").click()
    page.wait_for_url("**/release/nspcc-online-2019/area/gwent")
    assert page.locator("figure.chart img").get_attribute("alt").startswith("Bar chart")
    series = page.locator("#table-series")
    figure = series.locator("a.fact").first
    shown = figure.inner_text()
    figure.click()
    page.wait_for_url("**/fact/fact-*")
    assert page.locator("#table-fact a.fact").first.inner_text() == shown
    page.locator("#table-inputs a").first.click()
    page.wait_for_url("**/observation/obs-*")
    table = page.locator("#table-observation")

    def field(name):
        return table.locator("tr").filter(has=page.get_by_role("rowheader", name=name, exact=True)).locator("td")

    assert field("Figure").inner_text() == shown
    assert field("Document").inner_text().strip() and field("Place in the document").inner_text().strip()
    page.close()


def test_the_keyboard_reaches_the_content(browser, demo_url):
    page = browser.new_page()
    page.goto(demo_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.wait_for_url("**/#main", timeout=10_000)  # the fragment is set after the key's default action
    assert page.url.endswith("#main")
    page.close()


def test_submit_an_article_to_check(browser, demo_url):
    page = browser.new_page()
    page.goto(demo_url + "/check")
    page.get_by_label("Paste the article's text").fill(
        "Gwent Police recorded 229 online sexual offences against children in 2018/19.\n"
        "South Wales Police recorded 300 online sexual offences against children in 2018/19.")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("mark")
    assert page.locator("mark.supported").first.inner_text().startswith("229")
    assert page.locator("mark.contradicted").first.inner_text().startswith("300")
    assert page.locator("#table-claims").get_by_role("row").count() == 3
    page.close()


def test_decide_a_review_item_without_then_with_the_token(browser, demo_ws, tmp_path):
    ws = with_review(demo_ws, tmp_path)
    item = ws.review_items()[0]
    with Server(ws) as url:
        page = browser.new_page()
        page.goto(url + "/review")
        form = page.locator(f'form[action="/review/{item.id}"]')
        form.get_by_label("Your name").fill("Eve")
        form.get_by_role("button", name="Reject").click()
        assert "needs the token" in page.locator("main").inner_text()
        assert ws.review_item(item.id).state == "open"  # refused: nothing changed
        page.goto(url + "/login")
        page.get_by_label("Token").fill(TOKEN)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url("**/review")
        form = page.locator(f'form[action="/review/{item.id}"]')
        form.get_by_label("Your name").fill("Ann")
        form.get_by_role("button", name="Reject").click()
        page.wait_for_url("**/review")
        assert ws.review_item(item.id).state == "rejected" and ws.review_item(item.id).decided_by == "Ann"
        assert item.id not in page.locator("#table-review").inner_text()  # off the open queue
        page.close()
