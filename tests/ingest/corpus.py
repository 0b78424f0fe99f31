"""Scoring a workspace's figures against the figures a careful person reads from a reply.

Each expected figure is *exact* (an observation with the same period, breakdown, value and
status), *wrong* (an observation for the same period and breakdown with another value or
status), *sent to review* (a review item whose guess matches it in full) or *missed*.
An observation that matches no expected figure at all is also *wrong*.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import foistats
from foistats.errors import FoistatsError
from foistats.model import Breakdown


def figure_key(period_start, period_end, breakdown, value, status) -> tuple:
    value = None if value is None else int(value)
    return (period_start, period_end, Breakdown(breakdown or {}), value, status)


def _guess_key(guess: dict) -> tuple | None:
    """A review guess's key; None for one whose breakdown a person must mend before it can be
    filed (a row's "1-4" over a column's "18 and over"), which matches no expected figure."""
    try:
        return figure_key(guess["period_start"], guess["period_end"], guess["breakdown"], guess["value"], guess["status"])
    except FoistatsError:
        return None


@dataclass
class Score:
    exact: int = 0
    review: int = 0
    wrong: int = 0
    missed: int = 0
    wrong_details: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.exact += other.exact
        self.review += other.review
        self.wrong += other.wrong
        self.missed += other.missed


def score(expected: list[dict], observations: list, reviews: list) -> Score:
    result = Score()
    got = Counter(figure_key(o.period.start.isoformat(), o.period.end.isoformat(), o.breakdown,
                             o.value, o.status.value) for o in observations)
    guesses = Counter(key for r in reviews if r.guess is not None and (key := _guess_key(r.guess)) is not None)
    remaining = []
    for e in expected:
        key = figure_key(e["period_start"], e["period_end"], e["breakdown"], e["value"], e["status"])
        if got[key] > 0:
            got[key] -= 1
            result.exact += 1
        else:
            remaining.append((e, key))
    for e, key in remaining:
        same_place = next((k for k, n in got.items() if n > 0 and k[:3] == key[:3]), None)
        if same_place is not None:
            got[same_place] -= 1
            result.wrong += 1
            result.wrong_details.append(f"expected {key}, got {same_place}")
        elif guesses[key] > 0:
            guesses[key] -= 1
            result.review += 1
        else:
            result.missed += 1
    for key, n in got.items():
        if n > 0:
            result.wrong += n
            result.wrong_details.append(f"not in the reply: {key} x{n}")
    return result


ACCOUNT = re.compile(r"(\d+) numbers: (\d+) figures, (\d+) to review, (\d+) not figures")


@dataclass
class CorpusRun:
    """A folder of replies read as a user would, each scored against its expected figures."""

    total: Score = field(default_factory=Score)
    expected: int = 0
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def table(self) -> str:
        head = f"{'document':28} {'expected':>8} {'exact':>6} {'review':>6} {'wrong':>6} {'missed':>6}   numbers"
        foot = (f"{'overall':28} {self.expected:>8} {self.total.exact:>6} {self.total.review:>6} "
                f"{self.total.wrong:>6} {self.total.missed:>6}")
        return "\n".join([head, *self.lines, foot])


def reply_folders(root: Path) -> list[Path]:
    """The folders under ``root`` holding a reply (``reply.txt``, ``reply.html``, ``reply.xlsx`` …)."""
    return sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("reply.*")))


def read_corpus(folders: list[Path], workspaces: Path, ingest: Callable[..., tuple[int, str, str]]) -> CorpusRun:
    """Ingest each folder's reply into a fresh workspace with ``ingest`` (the CLI's arguments
    after ``foistats``; returns exit code, stdout, stderr) and score it. Asserts what holds of
    every reply: it is read without error, every number in it is accounted for, and a reply
    from which no figure can be read gives none."""
    run = CorpusRun()
    for folder in folders:
        meta = json.loads((folder / "meta.json").read_text())
        expected = [json.loads(line) for line in (folder / "expected.jsonl").read_text().splitlines() if line.strip()]
        reply = next(folder.glob("reply.*"))
        ws = foistats.init(workspaces / folder.name)
        code, out, err = ingest("ingest", reply, "--authority", meta["authority"], "--workspace", ws.folder)
        assert code == 0, f"{folder.name}: {err}"
        numbers, figures, to_review, not_figures = map(int, ACCOUNT.search(out).groups())
        assert figures + to_review + not_figures == numbers, f"{folder.name}: a number is unaccounted for: {out}"
        assert figures <= len(ws.observations()), f"{folder.name}: more numbers counted as figures than were written"
        if not expected:
            assert ws.observations() == [], f"{folder.name}: no figure can be read from this reply, yet some were"
        result = score(expected, ws.observations(), ws.review_items())
        run.total.add(result)
        run.expected += len(expected)
        run.lines.append(f"{folder.name:28} {len(expected):>8} {result.exact:>6} {result.review:>6} "
                         f"{result.wrong:>6} {result.missed:>6}   {numbers}: {figures} figures, "
                         f"{to_review} review, {not_figures} not")
        run.problems += [f"{folder.name}: {d}" for d in result.wrong_details]
    return run


def _ingest_by_process(*args) -> tuple[int, str, str]:
    done = subprocess.run([str(Path(sys.executable).with_name("foistats")), *map(str, args)],
                          capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


if __name__ == "__main__":
    # Score a folder of replies without pytest, e.g. while working on the readers:
    #   .venv/bin/python tests/ingest/corpus.py tests/ingest/blind [--only 0[13579]_]
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description="Score each reply folder under ROOT against its expected.jsonl.")
    parser.add_argument("root", type=Path)
    parser.add_argument("--only", default="", help="a regular expression the folder names must match")
    options = parser.parse_args()
    chosen = [f for f in reply_folders(options.root) if re.search(options.only, f.name)]
    with tempfile.TemporaryDirectory() as workspaces:
        result = read_corpus(chosen, Path(workspaces), _ingest_by_process)
    print(result.table())
    print("\n".join(result.problems))
