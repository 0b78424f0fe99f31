"""The real-world corpus: every article of ../shared/fixtures/articles in both modes.

``with_data``: the article's data.csv imported into a fresh workspace; ``self``: the
article's own figures only. Each mode prints a confusion table of the hand-labelled
verdicts (rows) against the checker's (columns). Every contradicted claim must be
flagged, no supported claim may be called contradicted, and no number that is not a
claim may be treated as one.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import foistats
from foistats.check import check_text

from ..conftest import shared_path

VERDICTS = ("supported", "contradicted", "cannot_decide")


def _given(verdicts, start: int, end: int):
    """The checker's verdict on the text [start, end): the first claim overlapping it."""
    overlapping = [v for v in verdicts if v.claim.start < end and start < v.claim.end]
    return min(overlapping, key=lambda v: v.claim.start) if overlapping else None


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _workspace(folder: Path, tmp_path: Path):
    ws = foistats.init(tmp_path / folder.name)
    data = folder / "data.csv"
    if len(data.read_text(encoding="utf-8").strip().splitlines()) > 1:
        ws.ingest(data)
    return ws


def _table(mode: str, confusion: Counter, extra: int) -> str:
    header = f"{'expected / given':20}" + "".join(f"{v:>15}" for v in (*VERDICTS, "missing"))
    rows = [f"{e:20}" + "".join(f"{confusion[e, g]:>15}" for g in (*VERDICTS, "missing")) for e in VERDICTS]
    agreed = sum(confusion[v, v] for v in VERDICTS)
    total = sum(confusion.values())
    return "\n".join([f"mode {mode}: {agreed} of {total} claims as labelled; {extra} numbers taken as "
                      "claims that the labels list as neither", header, *rows])


@pytest.mark.parametrize("mode", ["with_data", "self"])
def test_every_article(mode, tmp_path):
    articles = shared_path("fixtures", "articles")
    confusion: Counter = Counter()
    failures: list[str] = []
    extra = 0
    for folder in sorted(p for p in articles.iterdir() if p.is_dir()):
        text = (folder / "article.txt").read_text(encoding="utf-8")
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        ws = _workspace(folder, tmp_path) if mode == "with_data" else None
        verdicts = check_text(text, ws, self_only=mode == "self")
        matched = set()
        for claim in expected["claims"]:
            start = text.index(claim["claim"])
            given = _given(verdicts, start, start + len(claim["claim"]))
            got = given.verdict if given else "missing"
            matched |= {id(v) for v in verdicts
                        if v.claim.start < start + len(claim["claim"]) and start < v.claim.end}
            confusion[claim[mode], got] += 1
            if claim[mode] == "contradicted" and got != "contradicted":
                failures.append(f"{folder.name}: {claim['claim']!r} is contradicted, checker says {got}")
            if claim[mode] == "supported" and got == "contradicted":
                failures.append(f"{folder.name}: {claim['claim']!r} is supported, checker says contradicted "
                                f"({given.reason})")
        for number in expected["non_claims"]:
            for start in _occurrences(text, number):
                hit = _given(verdicts, start, start + len(number))
                if hit is not None:
                    failures.append(f"{folder.name}: {number!r} is not a claim, checker took {hit.text!r}")
                    matched.add(id(hit))
        extra += sum(1 for v in verdicts if id(v) not in matched)
    print()
    print(_table(mode, confusion, extra))
    assert not failures, "\n".join(failures)
