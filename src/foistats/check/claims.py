"""Claims: the number-bearing statements of a text, and the subjects they are about.

:func:`extract` runs the steps over a text: it is split into sentences
(:mod:`.sentences`); in each, the numbers that are claims are found (:mod:`.find`, ranks
by :mod:`.ranks`), each a :class:`.claim.Claim`; each is given a subject, its reading
(:mod:`.subjects`), from its sentence and the sentences before it; and a claim the text
before it leaves with no area, period or measure takes the article's only one; a comparison
whose base is guessed keeps the bases the text names for its area, measure and period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..periods import Period
from .claim import Article, Claim
from .context import find_areas, find_measures, find_periods
from .find import find_claims, non_claims
from .sentences import CAPTION, SCOPE, published_date, split_sentences
from .subjects import State, date_headline, resolve_subjects, text_bases, the_only_one


def extract(text: str, *, reference: date | None = None) -> Article:
    """Every claim of a text with its subject, leaving out the numbers that are not
    claims; ``reference`` (else the ``Published:`` line) dates "last year"."""
    reference = reference or published_date(text)
    state = State()
    claims: list[Claim] = []
    sentences = split_sentences(text)
    named_areas: set[str] = set()
    named_periods: set[Period] = set()
    named_measures: set[str] = set()
    for sentence in sentences:
        s = sentence.text
        if s.startswith("Published:"):
            continue
        periods = find_periods(s, reference, state.period)
        if not CAPTION.match(s):
            named_areas.update(a for _, _, a in find_areas(s))
            named_measures.update(find_measures(SCOPE.sub("", s)))
            named_periods.update(p.period for p in periods if p.period and p.kind != "before")
        found = find_claims(s, non_claims(s), [(p.start, p.end) for p in periods])
        spans = [(c.start, c.end) for c in found if c.detail.get("series")]
        periods = [p for p in periods if not _inside(spans, p.start, p.end)]  # "since 2015/16" is a range
        resolve_subjects(found, s, periods, replace(state) if CAPTION.match(s) else state)
        for claim in found:
            claim.sentence = sentence
            claim.start += sentence.start
            claim.end += sentence.start
        claims += found
        if state.first_period is None and sentence.index > 0:
            state.first_period = next((p.period for p in periods if p.period and p.kind != "before"), None)
    the_only_one(claims, named_areas, named_periods, named_measures)
    date_headline(claims, state.first_period)
    text_bases(claims)
    return Article(text, sentences, claims)


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(x <= a and b <= y for x, y in spans)
