"""Verdicts: what the checker says about each claim, and the JSON row it prints."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import _number
from .claims import Claim
from .tolerance import CANNOT_DECIDE, CONTRADICTED, SUPPORTED

VERDICTS = (SUPPORTED, CONTRADICTED, CANNOT_DECIDE)


@dataclass(frozen=True)
class Finding:
    """One pass's judgement of a claim: its verdict, the value it worked out (if any),
    the Facts it used and one line of reasoning."""

    verdict: str
    reason: str
    computed: float | None = None
    fact_ids: tuple[str, ...] = ()

    @property
    def decided(self) -> bool:
        return self.verdict != CANNOT_DECIDE


def undecided(reason: str, fact_ids: tuple[str, ...] = ()) -> Finding:
    return Finding(CANNOT_DECIDE, reason, None, fact_ids)


@dataclass(frozen=True)
class Verdict:
    """A claim and its verdict: supported, contradicted or cannot_decide."""

    claim: Claim
    verdict: str
    reason: str
    computed: float | None
    fact_ids: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.claim.text

    def to_json(self) -> dict[str, object]:
        """The stable JSON row of ``foistats check --format json``."""
        claim = self.claim
        return {
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "sentence": claim.sentence.text if claim.sentence else "",
            "verdict": self.verdict,
            "claimed": _number(claim.value),
            "computed": _number(round(self.computed, 4)) if self.computed is not None else None,
            "unit": claim.unit,
            "fact_ids": list(self.fact_ids),
            "reason": self.reason,
        }


__all__ = ["CANNOT_DECIDE", "CONTRADICTED", "SUPPORTED", "VERDICTS", "Finding", "Verdict", "undecided"]
