"""Caveats: the sentences that say what the figures a story states do not show — who gave
no figure (and what that does to a total), partial periods, approximate and withheld
figures, and the true scale.
"""

from __future__ import annotations

from ..analysis import Fact
from ..areas import all_areas
from .phrases import adjective, gap_texts, join, place
from .settings import Settings
from .story import Phrase, Sentence, sentence


def caveat_sentences(m, settings: Settings, facts: list[Fact], period, measure: str,
                     stated: set[str] | None = None) -> list[Sentence]:
    """The caveats of the Facts a story states: who gave no figure (and what that does to
    a total), partial periods, approximate and withheld figures, and the true scale; ``m``
    is the templates' sentences (``settings.macros``), ``period`` and ``measure`` the
    story's, ``stated`` the ids of the Facts its sentences state."""
    out: list[Sentence] = []
    gaps: dict[tuple[str, str], tuple[str, list[Fact], Fact | None]] = {}  # (area, measure) -> ...
    for fact in facts:
        for c in fact.caveats:
            if c.kind in ("missing_areas", "incomplete_peers"):
                unstated = stated is not None and fact.id not in stated
                for area_id, text in gap_texts(c, keep=unstated and fact.period != period):
                    group_fact = fact if c.kind == "missing_areas" and fact.kind in ("count", "total") \
                        and not all_areas()[fact.area].is_force and not unstated else None
                    key = (area_id, fact.measure if group_fact is not None else "", text)
                    held = gaps.get(key)
                    if held is None:
                        gaps[key] = (text, [fact], group_fact)
                    else:
                        held[1].append(fact)
                        if held[2] is None and group_fact is not None:
                            gaps[key] = (held[0], held[1], group_fact)
    # one sentence per group total (and measure) a gap makes an underestimate, then the others
    by_group: dict[tuple[str, str], list[tuple[str, list[Fact]]]] = {}
    rest: dict[str, list[tuple[str, list[Fact]]]] = {}
    for (area_id, fact_measure, _), (text, fs, group_fact) in gaps.items():
        if group_fact is not None:
            by_group.setdefault((group_fact.area, fact_measure), []).append((text, fs + [group_fact]))
        else:
            rest.setdefault(fact_measure, []).append((text, fs))
    for (group_id, fact_measure), items in by_group.items():
        out.append(sentence(m.caveat_missing, "caveat_missing",
                            gaps=Phrase(join([t for t, _ in items]), tuple(f.id for _, fs in items for f in fs)),
                            adjective=adjective(all_areas()[group_id]),
                            what=settings.word(fact_measure, "noun") if fact_measure != measure else None))
    for fact_measure, items in rest.items():
        if any(t in sent.text for t, _ in items for sent in out):
            items = [(t, fs) for t, fs in items if not any(t in sent.text for sent in out)]
        if items:
            out.append(sentence(m.caveat_gap, "caveat_gap",
                                gaps=Phrase(join([t for t, _ in items]), tuple(f.id for _, fs in items for f in fs)),
                                what=settings.word(fact_measure, "noun")
                                if fact_measure and fact_measure != measure else None))
    told: set[str] = set()
    bounds = False
    for fact in facts:
        for c in fact.caveats:
            if c.kind == "partial_period" and c.text not in told:
                told.add(c.text)
                out.append(sentence(m.caveat_partial, "caveat_partial", text=Phrase(c.text, (fact.id,))))
            elif c.kind == "approximate" and f"approx:{fact.area}" not in told:
                told.add(f"approx:{fact.area}")
                out.append(sentence(m.caveat_approximate, "caveat_approximate",
                                    place=place(all_areas()[fact.area])))
            elif c.kind in ("lower_bound", "suppressed"):
                bounds = True
    if bounds:
        out.append(sentence(m.caveat_bounds, "caveat_bounds"))
    out.append(sentence(m.caveat_scale, "caveat_scale"))
    return out
