"""The real-world corpus: every article of ../shared/fixtures/articles in both modes.

``with_data``: the article's data.csv imported into a fresh workspace; ``self``: the
article's own figures only. Each mode prints a confusion table of the hand-labelled
verdicts (rows) against the checker's (columns), and the catch rate split into the first
articles (01–12) and the later ones (50–74): those rules were tuned on and those held out,
so that a rule fitted to one part can be seen on the others.

Hard: no claim labelled supported (nor cannot_decide) is called contradicted — a false
alarm is the one failure a fact-checker cannot afford. Ratchets (raise them as the
checker improves, never lower them): the number of reporters' errors caught has a floor,
the number of numbers that are not claims (phone numbers, dates, ages) taken as claims
has a ceiling.
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
CAUGHT_AT_LEAST = {"with_data": 20, "self": 18}
NON_CLAIMS_TAKEN_AT_MOST = {"with_data": 0, "self": 0}


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


def _part(folder: Path) -> str:
    """Which part of the corpus a folder is in: the first twelve; of the later ones (all
    even), those rules were tuned on (50, 54, …, 74) and those held out (52, 56, …, 72)."""
    number = int(folder.name[:2])
    return "01-12" if number < 50 else ("50-74 tuned" if number % 4 == 2 else "50-74 held out")


def _table(mode: str, confusion: Counter, extra: int) -> str:
    header = f"{'expected / given':20}" + "".join(f"{v:>15}" for v in (*VERDICTS, "missing"))
    rows = [f"{e:20}" + "".join(f"{confusion[e, g]:>15}" for g in (*VERDICTS, "missing")) for e in VERDICTS]
    agreed = sum(confusion[v, v] for v in VERDICTS)
    total = sum(confusion.values())
    return "\n".join([f"mode {mode}: {agreed} of {total} claims as labelled; {extra} numbers taken as claims "
                      "that the labels list as neither claim nor non-claim (table cells, mostly)", header, *rows])


@pytest.mark.parametrize("mode", ["with_data", "self"])
def test_every_article(mode, tmp_path):
    articles = shared_path("fixtures", "articles")
    confusion: Counter = Counter()
    false_alarms: list[str] = []
    missed: list[str] = []
    non_claims: list[str] = []
    errors: Counter = Counter()
    caught: Counter = Counter()
    extra = 0
    for folder in sorted(p for p in articles.iterdir() if p.is_dir()):
        text = (folder / "article.txt").read_text(encoding="utf-8")
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        ws = _workspace(folder, tmp_path) if mode == "with_data" else None
        verdicts = check_text(text, ws.fact_set() if ws else None, ws.releases() if ws else None,
                              self_only=mode == "self")
        matched = set()
        for claim in expected["claims"]:
            start = text.index(claim["claim"])
            given = _given(verdicts, start, start + len(claim["claim"]))
            got = given.verdict if given else "missing"
            matched |= {id(v) for v in verdicts
                        if v.claim.start < start + len(claim["claim"]) and start < v.claim.end}
            confusion[claim[mode], got] += 1
            if claim[mode] == "contradicted":
                errors[_part(folder)] += 1
                if got == "contradicted":
                    caught[_part(folder)] += 1
                else:
                    missed.append(f"{folder.name}: {claim['claim']!r} ({got})")
            elif got == "contradicted":
                false_alarms.append(f"{folder.name}: {claim['claim']!r} is {claim[mode]}, checker says contradicted "
                                    f"({given.reason})")
        for number in expected["non_claims"]:
            for start in _occurrences(text, number):
                hit = _given(verdicts, start, start + len(number))
                if hit is not None:
                    non_claims.append(f"{folder.name}: {number!r} is not a claim, checker took {hit.text!r}")
                    matched.add(id(hit))
        extra += sum(1 for v in verdicts if id(v) not in matched)
    print()
    print(_table(mode, confusion, extra))
    parts = "; ".join(f"{part} {caught[part]} of {errors[part]}" for part in sorted(errors))
    print(f"errors caught: {sum(caught.values())} of {sum(errors.values())} ({parts})")
    print("missed:", *missed, sep="\n  ")
    print(f"numbers that are not claims taken as claims: {len(non_claims)}", *non_claims, sep="\n  ")
    assert not false_alarms, "\n".join(false_alarms)
    assert sum(caught.values()) >= CAUGHT_AT_LEAST[mode], f"fewer errors caught than the floor {CAUGHT_AT_LEAST[mode]}"
    assert len(non_claims) <= NON_CLAIMS_TAKEN_AT_MOST[mode], "\n".join(non_claims)
