"""Home Office offence codes and the measures a campaign counts.

``data/offences.csv`` holds the codes (from the Home Office Counting Rules, via
``shared/reference/offence_codes.csv``); ``data/measures.csv`` the measure slugs used in
releases, with the date each came into force where the law gives one (sexual communication
with a child, 71/17, from 3 April 2017: a count before then is ``not_in_force``, never 0)
the measure each is a part of (online offences are part of all child sexual offences), and
for a measure of published shares, the measure it is a share of: a ``percent`` figure of
``online_share_of_child_sexual_offences`` is ``online_child_sexual_offences`` over *its*
``part_of``; one of ``sexual_communication_with_child_share`` with a breakdown is that
breakdown of ``sexual_communication_with_child`` over the measure's total.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Offence:
    code: str
    description: str
    offence_group: str
    offence_subgroup: str
    child_specific: str
    in_force_from: date | None
    legislation: str
    notes: str


@dataclass(frozen=True)
class Measure:
    measure: str
    title: str
    offence_code: str
    in_force_from: date | None
    part_of: str
    # the breakdown of ``part_of`` this measure is (online = child_sexual_offences with online_flag=true)
    part_breakdown: str
    share_of: str
    notes: str


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("foistats.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def normalise_code(text: str) -> str:
    """'086/02' -> '86/2', '88a' -> '88A', '71 / 17' -> '71/17'."""
    parts = [p.strip() for p in re.split(r"\s*/\s*", text.strip())]
    return "/".join((p.lstrip("0") or "0").upper() for p in parts)


@cache
def offences() -> dict[str, Offence]:
    return {
        r["code"]: Offence(
            code=r["code"],
            description=r["description"],
            offence_group=r["offence_group"],
            offence_subgroup=r["offence_subgroup"],
            child_specific=r["child_specific"],
            in_force_from=_date(r["in_force_from"]),
            legislation=r["legislation"],
            notes=r["notes"],
        )
        for r in _rows("offences.csv")
    }


@cache
def measures() -> dict[str, Measure]:
    return {
        r["measure"]: Measure(
            measure=r["measure"],
            title=r["title"],
            offence_code=r["offence_code"],
            in_force_from=_date(r["in_force_from"]),
            part_of=r["part_of"],
            part_breakdown=r["part_breakdown"],
            share_of=r["share_of"],
            notes=r["notes"],
        )
        for r in _rows("measures.csv")
    }


def in_force_from(measure: str) -> date | None:
    """The day a measure's offence came into force, or None when it is older than the data."""
    known = measures().get(measure)
    return known.in_force_from if known else None


def child_sexual_codes() -> list[Offence]:
    """The classes of sexual offence that are against children by definition
    (``child_specific = yes`` in the sexual offences group), in the file's order. A sub-code
    (71/17, 86/2) is left out: its offences are inside its class's count already, and the
    open data never give it on its own; so are the non-sexual child codes (11A, 13)."""
    return [o for o in offences().values()
            if o.child_specific == "yes" and o.offence_group == "Sexual offences" and "/" not in o.code]


def partly_child_codes() -> list[Offence]:
    """The classes that mix offences against children and adults (23, 86): never counted
    as offences against children."""
    return [o for o in offences().values() if o.child_specific == "partial"]


def without_own_code(measure: str, breakdown: dict[str, str]) -> dict[str, str]:
    """A breakdown without the offence code that *is* ``measure``'s own definition: a row
    "Sexual communication with a child (71/17)" read for sexual_communication_with_child is
    that measure's total, not a part of it (a code that is only a part of a wider measure,
    one code of child_sexual_offences, stays)."""
    own = measures().get(measure)
    code = breakdown.get("offence_code")
    if own is None or not own.offence_code or code is None or normalise_code(code) != normalise_code(own.offence_code):
        return breakdown
    return {k: v for k, v in breakdown.items() if k != "offence_code"}
