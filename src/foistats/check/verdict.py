"""Verdicts: what the checker says about each claim, and the JSON row it prints."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import _number
from ..periods import Period
from .claim import Claim
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
    own_words: bool = False  # judged against the claim's own words ("almost half (48 per cent)"): no reading needed
    needs: tuple[str, ...] | None = None  # the coordinates of the reading it relied on (None: all of them)
    base: Period | None = None  # the base it was read against, where the claim's own was guessed

    @property
    def decided(self) -> bool:
        return self.verdict != CANNOT_DECIDE


def undecided(reason: str, fact_ids: tuple[str, ...] = ()) -> Finding:
    return Finding(CANNOT_DECIDE, reason, None, fact_ids)


def pinned_only(claim: Claim, finding: Finding) -> Finding:
    """Precision first: a finding of *contradicted* stands only when every coordinate of
    the claim's reading is pinned (named in its sentence, or inherited from one earlier
    reading without competitors); otherwise it is *cannot decide*, saying what was not
    pinned and what the reading would have given."""
    if finding.verdict != CONTRADICTED or finding.own_words:
        return finding
    loose = [c for c in claim.unpinned() if finding.needs is None or c in finding.needs]
    if not loose:
        return finding
    return Finding(CANNOT_DECIDE, f"the {', '.join(loose)} of the claim {'is' if len(loose) == 1 else 'are'} not "
                                  f"pinned; read as {claim.reading()}, the figures would disagree ({finding.reason})",
                   finding.computed, finding.fact_ids)


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
            "reading": claim.reading(),
            "read_as": claim.read_as(),
        }


__all__ = ["CANNOT_DECIDE", "CONTRADICTED", "SUPPORTED", "VERDICTS", "Finding", "Verdict", "undecided"]
