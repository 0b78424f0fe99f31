"""Ranks: a place among forces ("the highest", "the third most of the six forces in the
East of England", "1 of 3 in Wales") and a place in an area's own series over time ("the
lowest of its figures in the data", "the highest figure since 2015/16", "its highest level
in five years").
"""

from __future__ import annotations

import re

from ..periods import parse_period
from .context import NUM, find_areas, number_value
from .sentences import clause_end

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
RANK_WORDS = ("most", "highest", "lowest", "largest", "biggest", "smallest", "fewest", "least")
_YEAR = r"(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?"
# After a rank word, a place in the area's own figures: an optional noun ("level",
# "figure"), then its span (since a year or since records began, the last N years, its
# figures / the data / on record / ever), then where the data go back to.
_SERIES_TAIL = re.compile(
    r"(?: (?:annual |yearly |recorded )?(?:level|figure|number|total|count|point|tally)s?)?"
    r"(?: (?:recorded|logged|reported))?"
    r"(?:(?:"
    rf" since (?P<since>records began(?: in {_YEAR})?|{_YEAR}|[\w -]+?(?=[,.;:]|$))"
    rf"| (?:in|for|over) (?:the )?(?:past |last )?(?P<years>{NUM}|a(?= decade)|any) (?:financial )?(?:years?|decades?)\b"
    r"| (?P<whole>(?:of|in) (?:its|their|the) (?:own )?(?:figures|data|series|records)\b|on record\b|ever\b)"
    r")+|(?=[,.;:]|$))"
    rf"(?:,? (?:which |that )?(?:go|goes|going|date|dates|dating) back to {_YEAR})?",
    re.I)
# After a rank word, the group of forces: "in|of|among" within six words, up to the end of
# the clause, a period ("in 2019/20", "last year") or a list of peers ("followed by").
_GROUP_TAIL = re.compile(
    r"(?: [\w-]+){0,6}? (?:in|of|among) ((?:the )?[\w -]+?)"
    rf"(?=[,.;:]|$| followed| with| at| ahead| in {_YEAR}| (?:last|this) year| since)", re.I)


def find_ranks(s: str, free, add, noun: str) -> None:
    """Ranks: "the highest", "the third most of the six forces in the East of England",
    "1 of 3 in Wales" (a place among forces: ``group_text`` names the group), and series
    extremes, a place in the area's own figures over time (``series``): "the lowest of its
    figures in the data", "the highest figure since 2015/16", "its highest level in five
    years" — a rank whose words go on to a span of time, or a possessive one ("its
    highest") naming no group."""
    rank_re = (r"\b(the|its|their) (?:(" + "|".join(ORDINALS) + r") )?(" + "|".join(RANK_WORDS)
               + r")\b|\bthe only\b")
    for m in re.finditer(rank_re, s, re.I):
        if not free(m.start(), m.end()):
            continue
        place = ORDINALS.get((m.group(2) or "").lower(), 1)
        low = (m.group(3) or "").lower() in ("lowest", "smallest", "fewest", "least")
        detail: dict[str, object] = {"from": "bottom" if low else "top", "only": m.group(0).lower() == "the only"}
        span = _SERIES_TAIL.match(s, m.end())
        possessive = (m.group(1) or "").lower() in ("its", "their")
        series = span is not None and m.group(3) is not None and (
            bool(span.group("since") or span.group("years") or span.group("whole"))
            or (possessive and not find_areas(s[m.end():clause_end(s, m.end())])))
        if series:
            detail.update(series=True, **_series_range(span))
            add(m.start(), span.end(), "rank", float(place), unit="rank", counts=noun, detail=detail)
            continue
        if possessive:
            continue  # "their most common": a description, not a rank
        tail = _GROUP_TAIL.match(s, m.end())
        detail["group_text"] = tail.group(1) if tail else ""
        add(m.start(), tail.end() if tail else m.end(), "rank", float(place), unit="rank", counts=noun, detail=detail)
    for m in re.finditer(r"\b(\d{1,2}) of (\d{1,2})\b((?: in| among) [\w -]+?)?(?=[,.;|]|$)", s):
        place, among = int(m.group(1)), int(m.group(2))
        if 1 <= place <= among and free(m.start(), m.end()):  # "1 of 3 in Wales": a place in a table
            add(m.start(), m.end(), "rank", float(place), unit="rank", counts=noun,
                detail={"from": "top", "group_text": (m.group(3) or "").strip(), "only": False, "of": among})


def _series_range(span: re.Match) -> dict[str, object]:
    """The periods a series extreme runs over: ``series_first`` (the first year, "since
    records began in 2015/16"), ``series_since`` ("since 2015/16": from 2015/16, or from
    the year after if 2015/16 was the last one higher), ``series_years`` (the last N years,
    "in five years", "in a decade"), ``series_undated`` ("since the law came into force": a
    start the text does not date); none of them: every period in the data, and
    ``series_of_figures`` where its words are of the figures ("the lowest of its figures in
    the data"): a year with no figure is not one of them."""
    since, years, whole = span.group("since"), span.group("years"), span.group("whole")
    if whole and re.search(r"figures|data", whole, re.I):
        return {"series_of_figures": True}
    if since:
        year = re.search(_YEAR, since)
        began = re.match(r"records began", since, re.I)
        if year:
            return {"series_first" if began else "series_since": parse_period(year.group(0))}
        return {} if began else {"series_undated": True}
    if years and years.lower() != "any":
        n = 1 if years.lower() == "a" else int(number_value(years))
        return {"series_years": n * 10 if re.search(r"decade", span.group(0), re.I) else n}
    return {}
