"""Angles: what leads a story, and in what order, decided from Facts.

Each angle is a named rule over a :class:`~foistats.narrative.material.Subject`. Every
rule is tried for every story; a story records each rule that fired, why (one line with
the numbers of its Facts) and the Facts it rests on, in the order the story tells them.
The first fired angle that can lead gives the headline.

=====================  ======  ===========================================================
rule                   weight  fires when
=====================  ======  ===========================================================
``rise``               80/55   the change on the period before is at least +5 per cent
                               (80 when at least +20 per cent)
``fall``               80/55   the change is at most −5 per cent (80 at −20 or beyond)
``little_change``      30      the change is under 5 per cent either way
``highest_in_series``  70      the latest figure is above every other comparable period
                               in the data (three periods or more)
``lowest_in_series``   68      … below every other one (a period withheld as a small
                               number counts: neither fires if it may be beyond)
``top_of_peers``       60      first among the forces of its nation or region that gave
                               a figure (three or more ranked)
``bottom_of_peers``    50      last among them (three or more ranked)
``share_moved``        65      a share of the measure moved by 3 points or more since
                               the period before
``multiple``           58      the latest figure is a multiple of the earliest
                               comparable one that house style can word ("more than
                               double")
``missing_data``       10      a force did not give the figure, gave part of it, or a
                               figure is a bound; never leads, always told
=====================  ======  ===========================================================

The thresholds are module constants, so a newsroom can change them in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import numbers
from .material import Subject

LITTLE_CHANGE = 5.0  # per cent: under this either way a change is "little change"
BIG_CHANGE = 20.0  # per cent: at or over this a rise or fall leads above everything else
SHARE_MOVED = 3.0  # percentage points
SERIES_MIN = 3  # periods needed before "the highest in the data" means anything
MISSING_KINDS = ("missing_areas", "incomplete_peers", "partial_period", "lower_bound", "suppressed", "approximate")


@dataclass(frozen=True)
class Angle:
    """A rule that fired: its name, why, the Facts it rests on and its weight."""

    name: str
    why: str
    facts: tuple[str, ...]
    weight: int
    leads: bool = True  # may give the headline

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "why": self.why, "facts": list(self.facts), "weight": self.weight}


Rule = Callable[[Subject], "Angle | None"]
RULES: dict[str, Rule] = {}


def rule(name: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES[name] = fn
        return fn

    return register


def _pct(fact) -> float | None:
    return fact.value if fact is not None and fact.value is not None else None


@rule("rise")
def rise(s: Subject) -> Angle | None:
    value = _pct(s.change)
    if value is None or value < LITTLE_CHANGE:
        return None
    return Angle("rise", f"up {value:.1f}% on {s.change.base_period.label} (rise: +{LITTLE_CHANGE:g}% or more)",
                 (s.change.id,), 80 if value >= BIG_CHANGE else 55)


@rule("fall")
def fall(s: Subject) -> Angle | None:
    value = _pct(s.change)
    if value is None or value > -LITTLE_CHANGE:
        return None
    return Angle("fall", f"down {-value:.1f}% on {s.change.base_period.label} (fall: −{LITTLE_CHANGE:g}% or more)",
                 (s.change.id,), 80 if value <= -BIG_CHANGE else 55)


@rule("little_change")
def little_change(s: Subject) -> Angle | None:
    value = _pct(s.change)
    if value is None or abs(value) >= LITTLE_CHANGE:
        return None
    return Angle("little_change", f"{value:+.1f}% on {s.change.base_period.label}, under {LITTLE_CHANGE:g}% either way",
                 (s.change.id,), 30)


def _extreme(s: Subject, highest: bool) -> Angle | None:
    if len(s.series) < SERIES_MIN or s.series[-1].period != s.period or not s.lead.is_exact:
        return None
    others = [f.value for f in s.series[:-1]]
    latest = s.series[-1].value
    # a year withheld as a small number (1 to 4) is one of its figures too: it may be beyond the latest
    if any((f.upper is None or f.upper >= latest) if highest else (f.lower is None or f.lower <= latest)
           for f in s.withheld):
        return None
    if (highest and latest > max(others)) or (not highest and latest < min(others)):
        word = "highest" if highest else "lowest"
        return Angle(f"{word}_in_series",
                     f"{latest:g} in {s.period.label} is the {word} of {len(s.series)} comparable periods "
                     f"since {s.series[0].period.label}",
                     tuple(f.id for f in s.series), 70 if highest else 68)
    return None


@rule("highest_in_series")
def highest_in_series(s: Subject) -> Angle | None:
    return _extreme(s, True)


@rule("lowest_in_series")
def lowest_in_series(s: Subject) -> Angle | None:
    return _extreme(s, False)


@rule("top_of_peers")
def top_of_peers(s: Subject) -> Angle | None:
    if s.rank is None or s.rank.detail.get("from_top") != 1 or s.rank.detail.get("tied") \
            or (s.rank.detail.get("ranked") or 0) < 3:
        return None
    d = s.rank.detail
    return Angle("top_of_peers", f"first of the {d.get('ranked')} of {d.get('forces_in_group')} forces in "
                 f"{d.get('group')} that gave a figure", (s.rank.id, *(f.id for f in s.peers)), 60)


@rule("bottom_of_peers")
def bottom_of_peers(s: Subject) -> Angle | None:
    if s.rank is None or s.rank.detail.get("from_bottom") != 1 or s.rank.detail.get("tied"):
        return None
    d = s.rank.detail
    if (d.get("ranked") or 0) < 3:
        return None
    return Angle("bottom_of_peers", f"last of the {d.get('ranked')} of {d.get('forces_in_group')} forces in "
                 f"{d.get('group')} that gave a figure", (s.rank.id, *(f.id for f in s.peers)), 50)


@rule("share_moved")
def share_moved(s: Subject) -> Angle | None:
    if len(s.shares) < 2:
        return None
    now, before = s.shares[0].value, s.shares[1].value
    if abs(now - before) < SHARE_MOVED:
        return None
    return Angle("share_moved", f"share {now:g}% in {s.shares[0].period.label} against {before:g}% in "
                 f"{s.shares[1].period.label}, {now - before:+.1f} points", (s.shares[0].id, s.shares[1].id), 65)


@rule("multiple")
def multiple(s: Subject) -> Angle | None:
    if s.long_ratio is None or s.long_ratio.value is None or numbers.multiple(s.long_ratio.value) is None:
        return None
    return Angle("multiple", f"{s.long_ratio.value:.2f} times the {s.long_ratio.base_period.label} figure "
                 f"({numbers.multiple(s.long_ratio.value)})", (s.long_ratio.id,), 58)


@rule("missing_data")
def missing_data(s: Subject) -> Angle | None:
    hit = [f for f in s.facts if any(c.kind in MISSING_KINDS for c in f.caveats)]
    if not hit:
        return None
    kinds = sorted({c.kind for f in hit for c in f.caveats if c.kind in MISSING_KINDS})
    return Angle("missing_data", "caveats: " + ", ".join(kinds), tuple(f.id for f in hit), 10, leads=False)


def angles(subject: Subject) -> list[Angle]:
    """Every rule that fires for the subject, the heaviest first (ties in rule order)."""
    fired = [a for a in (fn(subject) for fn in RULES.values()) if a is not None]
    order = list(RULES)
    return sorted(fired, key=lambda a: (-a.weight, order.index(a.name)))
