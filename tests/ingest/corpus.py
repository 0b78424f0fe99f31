"""Scoring a workspace's figures against the figures a careful person reads from a reply.

Each expected figure is *exact* (an observation with the same period, breakdown, value and
status), *wrong* (an observation for the same period and breakdown with another value or
status), *sent to review* (a review item whose guess matches it in full) or *missed*.
An observation that matches no expected figure at all is also *wrong*.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from foistats.model import Breakdown


def figure_key(period_start, period_end, breakdown, value, status) -> tuple:
    value = None if value is None else int(value)
    return (period_start, period_end, Breakdown(breakdown or {}), value, status)


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
    guesses = Counter(figure_key(g["period_start"], g["period_end"], g["breakdown"], g["value"], g["status"])
                      for r in reviews if (g := r.guess) is not None)
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
