"""A Fact (a derived statistic with its formula, inputs and caveats), its caveats, and a
Fact that could not be made, and why: what every stage after analysis reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Breakdown, _number
from ..periods import Period

# the kinds whose value is a number of things: a count, or a total of counts
COUNT_KINDS = ("count", "total")


@dataclass(frozen=True)
class Caveat:
    """Something a reader of a Fact must be told: a kind and a sentence, and the areas it names."""

    kind: str
    text: str
    areas: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "areas": list(self.areas)}


@dataclass(frozen=True)
class Fact:
    """A derived statistic: its value or bounds, how it was made, and its caveats."""

    id: str
    kind: str
    release: str
    measure: str
    area: str
    period: Period
    base_period: Period | None
    breakdown: Breakdown
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    qualifier: str | None
    formula: str
    inputs: tuple[str, ...]
    caveats: tuple[Caveat, ...]
    detail: dict[str, object] = field(default_factory=dict)

    def caveat(self, kind: str) -> Caveat | None:
        """The first caveat of a kind, if the Fact carries one."""
        return next((c for c in self.caveats if c.kind == kind), None)

    @property
    def is_exact(self) -> bool:
        return self.value is not None and self.lower is None and self.upper is None

    def to_json(self) -> dict[str, object]:
        """The stable JSON row of ``foistats facts --format json``."""
        return {
            "id": self.id,
            "kind": self.kind,
            "release": self.release,
            "measure": self.measure,
            "area": self.area,
            "period": self.period.label,
            "base_period": self.base_period.label if self.base_period else None,
            "breakdown": self.breakdown.to_json(),
            "value": _number(self.value),
            "lower": _number(self.lower),
            "upper": _number(self.upper),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "formula": self.formula,
            "inputs": list(self.inputs),
            "caveats": [c.to_json() for c in self.caveats],
            "detail": self.detail,
        }


@dataclass(frozen=True)
class NotMade:
    """A Fact that could not be made, and why (for stories to say so and checks to answer
    "cannot decide")."""

    kind: str
    measure: str
    area: str
    period: Period
    base_period: Period | None
    breakdown: Breakdown
    reason: str
