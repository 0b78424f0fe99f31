"""A claim: one number-bearing statement of a text, what it says and what it is about (its
reading), with where each coordinate of the reading came from; and an article's claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..areas import all_areas
from ..periods import Period
from .sentences import Sentence


# Where a coordinate of a claim's reading came from: named in its sentence, inherited from
# an earlier sentence that left one value in force, or guessed (inherited where the text
# before named several, taken from another clause, or defaulted: the year before).
NAMED, INHERITED, GUESSED = "named", "inherited", "guessed"
PINNED = (NAMED, INHERITED)
SOURCE_WORDS = {INHERITED: "from an earlier sentence", GUESSED: "guessed", None: "guessed"}


@dataclass
class Claim:
    """One number-bearing statement: where it is, what it says, and what it is about.

    ``kind`` is count, percent (a share), change (a per cent change), fraction (a share in
    words), multiple, rank, per_day, per_week or every_minutes; ``value`` the number as
    stated (a change is signed, a fraction is in per cent); ``counts`` what is counted
    (offences, people, forces, …); ``role`` ``base`` or ``current`` for the two ends of
    a comparison ("from 77 to 63"), ``part`` for the count a fraction gives ("a quarter
    (5,500)").
    """

    text: str
    start: int
    end: int
    kind: str
    value: float
    qualifier: str = "exact"
    unit: str = "offences"
    counts: str = "offences"
    sentence: Sentence | None = None
    measure: str | None = None
    area: str | None = None
    period: Period | None = None
    base_period: Period | None = None
    role: str | None = None
    breakdown_hint: str | None = None
    breakdown: dict[str, int | str] | None = None
    detail: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def is_count(self) -> bool:
        return self.kind == "count"

    @property
    def measure_stated(self) -> bool:
        return self.sources.get("measure") == NAMED

    @property
    def area_stated(self) -> bool:
        return self.sources.get("area") == NAMED

    def stated_number(self) -> "Claim":
        """The number of a wording paired with it ("more than half (52 per cent)": 52 per
        cent), as the claim the data judge; the claim itself where there is none."""
        if not self.detail.get("paired_is_percent"):
            return self
        number = float(self.detail["paired"]) * (-1 if self.value < 0 else 1)
        return replace(self, kind="percent" if self.kind == "fraction" else "change", value=number, qualifier="exact",
                       detail={"decimals": self.detail.get("paired_decimals", 0)})

    @property
    def over_time(self) -> bool:
        """A change or multiple between two periods (not between two parts, "girls … three
        times … boys")."""
        return self.kind in ("change", "multiple") and "parts" not in self.detail

    def coordinates(self) -> tuple[str, ...]:
        """The coordinates a reading of this claim needs: area, measure, period, and the
        base period of a comparison over time."""
        return ("area", "measure", "period", "base") if self.over_time else ("area", "measure", "period")

    def unpinned(self) -> list[str]:
        """The coordinates of the reading that are not pinned — neither named in the
        claim's sentence nor inherited from one earlier reading without competitors."""
        values = {"area": self.area, "measure": self.measure, "period": self.period, "base": self.base_period}
        # a measure or period the text has not named so far is the article's one unnamed
        # one: nothing competes with it (the data pass still needs one measure in the data,
        # and decides nothing without a period)
        return [c for c in self.coordinates() if self.sources.get(c) not in PINNED
                or (values[c] is None and c not in ("measure", "period"))]

    def read_as(self) -> dict[str, object]:
        """The reading as data: each coordinate with where it came from (named,
        inherited, guessed), the breakdown and the kind of claim."""
        def coordinate(value: object, source: str | None) -> dict[str, object]:
            return {"value": value, "from": source if value is not None or source == INHERITED else None}

        return {
            "kind": self.kind,
            "area": coordinate(self.area, self.sources.get("area")),
            "measure": coordinate(self.measure, self.sources.get("measure")),
            "period": coordinate(self.period.label if self.period else None, self.sources.get("period")),
            **({"base_period": coordinate(self.base_period.label if self.base_period else None,
                                          self.sources.get("base"))} if self.over_time else {}),
            **({"parts": [f"{d}={v}" for d, v in self.detail["parts"]]} if "parts" in self.detail else {}),
            "breakdown": dict(self.breakdown) if self.breakdown else None,
            "pinned": not self.unpinned(),
        }

    def reading(self) -> str:
        """The reading in words: "Gwent Police, online child sexual offences, 2019/20
        against 2018/19", each coordinate not pinned marked with where it came from."""
        from .context import measures

        def mark(coordinate: str, words: str) -> str:
            source = self.sources.get(coordinate)
            return words if source in PINNED else f"{words} ({SOURCE_WORDS.get(source, 'guessed')})"

        parts = [mark("area", all_areas()[self.area].name if self.area else "no single area")]
        if self.measure:
            parts.append(mark("measure", measures()[self.measure].title))
        else:
            parts.append("no measure named")
        when = mark("period", self.period.label) if self.period else "no period"
        if self.over_time:
            when += " against " + (mark("base", self.base_period.label) if self.base_period else "no base period")
        parts.append(when)
        if "parts" in self.detail:
            (dimension, current), (_, base) = self.detail["parts"]
            parts.append(f"{dimension.replace('_', ' ')} {current} against {base}")
        if self.breakdown:
            parts.append(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in self.breakdown.items()))
        return ", ".join(parts)


@dataclass
class Article:
    """A text, its sentences and its claims, in order."""

    text: str
    sentences: list[Sentence]
    claims: list[Claim]
