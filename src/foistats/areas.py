"""Areas: the police forces and the regions, nations and the UK their figures add up to.

The reference list is ``data/areas.csv``. :func:`resolve_area` maps every spelling met in
the wild ("Dyfed Powys", "Dyfed–Powys Police", "the Met", "Heddlu Gwent") to one id.

Matching ignores case, spacing, punctuation and the kind of dash, reads "&" as "and",
and treats "Police", "Constabulary" and "Service" as optional. A bare region or nation
name ("West Midlands", "Northern Ireland", "Wales") means that region or nation, not the
force of the same name: say "West Midlands Police" or "PSNI" for the force.

The national bodies that report figures beside the forces in Home Office tables (Action
Fraud, CIFAS, UK Finance: fraud reported nationally, not in any place) are not areas:
they have their own list, ``data/national_bodies.csv``, read by :func:`national_bodies`,
and their figures are kept apart from every area's (see ``foistats bodies``).
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import AreaError

LEVELS = ("force", "region", "nation", "group", "uk")
_OPTIONAL_WORDS = {"police", "constabulary", "service"}


@dataclass(frozen=True)
class Area:
    """A police force area, an English region, a nation, England and Wales, or the UK."""

    id: str
    name: str
    short_name: str
    level: str
    nation: str
    region: str
    ons_code: str
    territorial: bool
    parents: tuple[str, ...]
    aliases: tuple[str, ...]
    foi_email: str

    @property
    def is_force(self) -> bool:
        return self.level == "force"

    def __str__(self) -> str:
        return self.name


def _normalise(text: str) -> str:
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[\u2010-\u2015\u2212_\-/]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _strip_optional(normalised: str) -> str:
    return " ".join(w for w in normalised.split() if w not in _OPTIONAL_WORDS)


@cache
def all_areas() -> dict[str, Area]:
    """Every area of the reference list, by id, in file order."""
    text = resources.files("foistats.data").joinpath("areas.csv").read_text(encoding="utf-8")
    areas = {}
    for row in csv.DictReader(text.splitlines()):
        areas[row["id"]] = Area(
            id=row["id"],
            name=row["name"],
            short_name=row["short_name"],
            level=row["level"],
            nation=row["nation"],
            region=row["region"],
            ons_code=row["ons_code"],
            territorial=row["territorial"] == "yes",
            parents=tuple(p for p in row["parents"].split(";") if p),
            aliases=tuple(a for a in row["aliases"].split(";") if a),
            foi_email=row["foi_email"],
        )
    return areas


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """(exact, stripped): normalised spelling -> area id.

    Region and nation names are entered first and win over a force alias of the same
    spelling; the stripped index (optional words removed) holds forces only.
    """
    exact: dict[str, str] = {}
    stripped: dict[str, str] = {}
    ordered = sorted(all_areas().values(), key=lambda a: a.level == "force")
    for area in ordered:
        for spelling in (area.id, area.name, area.short_name, *area.aliases):
            key = _normalise(spelling)
            exact.setdefault(key, area.id)
            if area.is_force:
                stripped.setdefault(_strip_optional(key), area.id)
    return exact, stripped


def resolve_area(text: str) -> Area:
    """The one area a name means; :class:`AreaError` naming the closest ids otherwise."""
    if isinstance(text, Area):
        return text
    exact, stripped = _index()
    key = _normalise(text or "")
    areas = all_areas()
    if key in exact:
        return areas[exact[key]]
    bare = _strip_optional(key)
    if bare and bare in stripped:
        return areas[stripped[bare]]
    body = national_body(text or "")
    if body is not None:
        raise AreaError(f"{text!r} is {body.name}, a national reporting body, not an area: its figures are kept "
                        "apart from every area's; see `foistats bodies`")
    close = difflib.get_close_matches(key, list(exact), n=6, cutoff=0.6)
    ids = list(dict.fromkeys(exact[c] for c in close))[:3]
    hint = f"; did you mean {', '.join(ids)}?" if ids else "; see `foistats areas` for the list"
    raise AreaError(f"{text!r} is not a known police force or area{hint}")


def ancestors(area_id: str) -> list[str]:
    """Every area a force or area adds up to, nearest first (gwent -> wales, england-and-wales, uk)."""
    areas = all_areas()
    out: list[str] = []
    frontier = list(areas[area_id].parents)
    while frontier:
        parent = frontier.pop(0)
        if parent not in out:
            out.append(parent)
            frontier.extend(areas[parent].parents)
    return out


def common_area(area_ids: list[str], otherwise: str | None = None) -> str:
    """The smallest area holding every one of some areas (one area is its own; Wales for
    Welsh forces); ``otherwise`` (default: the last of them) when no area holds them all."""
    holding = [[a, *ancestors(a)] for a in area_ids]
    found = next((a for a in holding[0] if all(a in h for h in holding[1:])), None)
    return found or (area_ids[-1] if otherwise is None else otherwise)


def forces_in(area_id: str) -> list[Area]:
    """The forces whose figures add up to an area (a force is its own only member)."""
    areas = all_areas()
    if areas[area_id].is_force:
        return [areas[area_id]]
    return [a for a in areas.values() if a.is_force and area_id in ancestors(a.id)]


@dataclass(frozen=True)
class NationalBody:
    """A body that reports figures beside the police forces (Action Fraud, CIFAS, UK
    Finance): not a force and not an area, so never part of a total."""

    id: str
    name: str
    aliases: tuple[str, ...]
    about: str

    def __str__(self) -> str:
        return self.name


@cache
def national_bodies() -> dict[str, NationalBody]:
    """Every national reporting body of ``data/national_bodies.csv``, by id."""
    text = resources.files("foistats.data").joinpath("national_bodies.csv").read_text(encoding="utf-8")
    return {row["id"]: NationalBody(row["id"], row["name"], tuple(a for a in row["aliases"].split(";") if a),
                                    row["about"])
            for row in csv.DictReader(text.splitlines())}


@cache
def _body_index() -> dict[str, str]:
    return {_normalise(spelling): body.id for body in national_bodies().values()
            for spelling in (body.id, body.name, *body.aliases)}


def national_body(text: str) -> NationalBody | None:
    """The national reporting body a name means (matched as area names are), or None."""
    found = _body_index().get(_normalise(text))
    return national_bodies()[found] if found else None
