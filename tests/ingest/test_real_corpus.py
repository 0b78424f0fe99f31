"""The real-corpus test: each reconstructed police reply in ../shared/fixtures/foi is
ingested as a user would (`foistats ingest reply.txt --authority …`) and its figures are
compared with the ones a careful person reads from it (expected.jsonl).

It prints, per document and overall, how many expected figures came out exact, were sent
to review, were wrong or were missed, and the account of the reply's numbers (every numeric
token a figure, a figure to review, or not a figure). Nothing may be wrong: a figure
foistats is not sure of must go to review, never silently into the data.
"""

from __future__ import annotations

import json
import re

import foistats

from ..conftest import shared_path
from .corpus import Score, score

# A floor under today's result (raised as the readers improve), so that a change that loses figures is noticed.
MIN_EXACT = 169


def _folders():
    root = shared_path("fixtures", "foi")
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "reply.txt").exists())


def test_real_replies(tmp_path, run_cli, capsys):
    total = Score()
    lines = [f"{'document':24} {'expected':>8} {'exact':>6} {'review':>6} {'wrong':>6} {'missed':>6}   numbers"]
    problems = []
    expected_total = 0
    for folder in _folders():
        meta = json.loads((folder / "meta.json").read_text())
        expected = [json.loads(line) for line in (folder / "expected.jsonl").read_text().splitlines() if line.strip()]
        ws = foistats.init(tmp_path / folder.name)
        code, out, err = run_cli("ingest", folder / "reply.txt", "--authority", meta["authority"],
                                 "--workspace", ws.folder)
        assert code == 0, f"{folder.name}: {err}"
        numbers, figures, to_review, not_figures = map(int, re.search(
            r"(\d+) numbers: (\d+) figures, (\d+) to review, (\d+) not figures", out).groups())
        assert figures + to_review + not_figures == numbers, f"{folder.name}: a number is unaccounted for: {out}"
        assert figures <= len(ws.observations()), f"{folder.name}: more numbers counted as figures than were written"
        result = score(expected, ws.observations(), ws.review_items())
        total.add(result)
        expected_total += len(expected)
        lines.append(f"{folder.name:24} {len(expected):>8} {result.exact:>6} {result.review:>6} {result.wrong:>6} "
                     f"{result.missed:>6}   {numbers}: {figures} figures, {to_review} review, {not_figures} not")
        problems += [f"{folder.name}: {d}" for d in result.wrong_details]
        if not expected:
            assert ws.observations() == [], f"{folder.name}: no figure can be read from this reply, yet some were"
    lines.append(f"{'overall':24} {expected_total:>8} "
                 f"{total.exact:>6} {total.review:>6} {total.wrong:>6} {total.missed:>6}")
    with capsys.disabled():
        print("\nReal replies (../shared/fixtures/foi):\n" + "\n".join(lines))
    assert total.wrong == 0, "figures read wrongly:\n" + "\n".join(problems)
    assert total.exact >= MIN_EXACT
