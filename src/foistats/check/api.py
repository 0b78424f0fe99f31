"""The checker's entry points: a text (or a file) in, one Verdict per claim out.

The data pass (:mod:`.judge`) runs first when there are Facts; every claim it cannot
decide goes to the self pass (:mod:`.consistency`), which judges it against the article's
own counts. ``self_only`` runs the self pass alone.
"""

from __future__ import annotations

import calendar
import os
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..analysis import FactSet
from ..errors import InputError
from ..periods import parse_day
from .claim import Article
from .claims import extract
from .consistency import check_article
from .document import read_article
from .judge import FactIndex, judge
from .sentences import published_date
from .verdict import CONTRADICTED, Finding, Verdict, pinned_only

# The longest text checked: claim finding is linear (about 10 s and 110 MB for a million
# characters on one idle core, see bench/check.py), so the cap bounds what any input costs.
MAX_ARTICLE_CHARS = 1_000_000


def check_text(text: str, facts: FactSet | None = None, releases: Mapping[str, str] | None = None,
               release: str | None = None, on: date | None = None, self_only: bool = False,
               source: str = "the article") -> list[Verdict]:
    """Every claim of ``text`` with its verdict, in the order they appear.

    ``facts`` are the Facts to judge against (a :class:`foistats.analysis.FactSet`; None: the
    article's own figures only), ``releases`` the releases' publication dates (as
    ``Workspace.releases()`` gives them); ``release`` restricts the data to one release;
    ``on`` is the date "last year" counts back from (default: the article's ``Published:``
    line, else the release's date); ``source`` names the text in errors. A text over
    :data:`MAX_ARTICLE_CHARS` is refused.
    """
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{source} is {len(text):,} characters; foistats check reads at most "
                         f"{MAX_ARTICLE_CHARS:,} (a long report is under 100,000): split it and check each part")
    reference = on or published_date(text) or _release_date(releases, release)
    article = extract(text, reference=reference)
    return verdicts(article, None if self_only else facts, release)


def check_file(path: str | os.PathLike, facts: FactSet | None = None, releases: Mapping[str, str] | None = None,
               release: str | None = None, on: date | None = None, self_only: bool = False) -> list[Verdict]:
    """:func:`check_text` on an article file (.txt, .md, .html or .docx)."""
    return check_text(read_article(Path(path)), facts, releases, release=release, on=on, self_only=self_only,
                      source=str(path))


def check(text_or_path: str | os.PathLike, facts: FactSet | None = None,
          releases: Mapping[str, str] | None = None, release: str | None = None, on: date | str | None = None,
          self_only: bool = False) -> list[Verdict]:
    """:func:`check_file` for a path (a ``Path``, or a string naming an existing file),
    :func:`check_text` for anything else; ``on`` may be written YYYY-MM-DD."""
    if isinstance(on, str):
        on = parse_day(on, "on")
    if isinstance(text_or_path, os.PathLike) or ("\n" not in text_or_path and Path(text_or_path).is_file()):
        return check_file(text_or_path, facts, releases, release=release, on=on, self_only=self_only)
    return check_text(text_or_path, facts, releases, release=release, on=on, self_only=self_only)


def verdicts(article: Article, facts: FactSet | None = None, release: str | None = None) -> list[Verdict]:
    """The data pass where there are Facts, then the self pass for what it left."""
    own = check_article(article)
    index = FactIndex(facts, release) if facts is not None else None
    if index is not None:
        index.fetch(c.area for c in article.claims if c.area)
    out = []
    for i, claim in enumerate(article.claims):
        mine = pinned_only(claim, own[i])
        if mine.own_words and mine.verdict == CONTRADICTED:  # its wording disagrees with its own number
            finding = _merge(None, mine)
        else:
            finding = pinned_only(claim, judge(claim, index)) if index is not None else None
            if finding is None or not finding.decided:
                finding = _merge(finding, mine)
        read = replace(claim, base_period=finding.base) if finding.base is not None else claim
        out.append(Verdict(read, finding.verdict, finding.reason, finding.computed, finding.fact_ids))
    return out


def _merge(data: Finding | None, own: Finding) -> Finding:
    if own.decided:
        return Finding(own.verdict, f"in the article's own figures: {own.reason}", own.computed, own.fact_ids)
    if data is None:
        return Finding(own.verdict, f"in the article's own figures: {own.reason}", own.computed)
    if data.fact_ids:
        return data
    return Finding(data.verdict, f"{data.reason}; in the article's own figures: {own.reason}",
                   data.computed, data.fact_ids)


def _release_date(releases: Mapping[str, str] | None, release: str | None) -> date | None:
    """A release's publication date (a bare year or month means its last day)."""
    written = releases.get(release) if releases is not None and release else None
    if not written:
        return None
    parts = [int(p) for p in written.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)
