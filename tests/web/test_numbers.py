"""Every number the dashboard shows as a figure is the value of the Fact it links to: a walk
over every page of the demo, reading each linked number as a reader would."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urldefrag

FACT_LINK = re.compile(r'<a href="/fact/([^"]+)" class="fact" data-fact="\1"[^>]*>([^<]*)</a>')
HREF = re.compile(r'href="(/[^"]*)"')
NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?")


def _read(text: str) -> list[tuple[float, int]]:
    """The numbers in a shown text, each with the decimals it was shown to."""
    found = []
    for match in NUMBER.finditer(text):
        digits = match.group().replace(",", "")
        found.append((float(digits), len(digits.split(".")[1]) if "." in digits else 0))
    return found


def _agrees(text: str, fact) -> bool:
    numbers = _read(text)
    if text.startswith("at least"):
        expected = [fact.lower if fact.lower is not None else fact.value]
    elif " to " in text:
        expected = [fact.lower, fact.upper]
    else:
        expected = [fact.value]
    return len(numbers) == len(expected) and all(
        e is not None and abs(round(e, d) - n) < 10 ** -d / 2 for (n, d), e in zip(numbers, expected))


def _walk(client):
    """Every page reachable from the home page by its links (not its formats or files)."""
    seen, todo = set(), ["/"]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        yield url, response.text
        for href in HREF.findall(response.text):
            href = urldefrag(unescape(href)).url
            if "_format=" in href or href.startswith(("/static/", "/login", "/check", "/review")) or href.endswith(".svg"):
                continue
            todo.append(href)


def test_every_number_shown_is_the_fact_it_links_to(client, demo_read):
    facts = {f.id: f for f in demo_read.facts()}
    pages = checked = 0
    kinds = set()
    for url, html in _walk(client):
        pages += 1
        for fact_id, text in FACT_LINK.findall(html):
            fact = facts[fact_id]
            assert _agrees(unescape(text), fact), (url, text, fact.value, fact.lower, fact.upper)
            checked += 1
            kinds.add(fact.kind)
    # the walk reached every release, area, Fact and observation page, and numbers of every kind
    assert pages > len(facts) and checked > 500
    assert {"count", "total", "change", "rank", "share"} <= kinds


def test_every_figure_in_a_table_is_linked(client, demo_read):
    """A number in a figures column is a link to its Fact (or, with no value, its observation)."""
    for release in demo_read.releases():
        page = client.get(f"/release/{release}?_format=json").json()
        for table in page["tables"]:
            numeric = [c for i, c in enumerate(table["columns"]) if i and table["name"] in ("figures", "chart")]
            for row in table["rows"]:
                for column in numeric:
                    cell = row[column]
                    if NUMBER.search(cell["text"]):
                        assert cell["fact"], (release, table["name"], cell)
