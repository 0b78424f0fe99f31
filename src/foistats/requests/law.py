"""Which FOI law an authority answers under, and the sections it cites.

- The Freedom of Information Act 2000 (FOIA) covers the forces of England, Wales and
  Northern Ireland and the UK-wide bodies (British Transport Police, the Ministry of
  Defence Police, the Civil Nuclear Constabulary).
- The Freedom of Information (Scotland) Act 2002 (FOISA) covers Police Scotland.
- The police of Jersey, Guernsey and the Isle of Man answer under their own islands' laws,
  which foistats does not model.

Which is which is read from ``data/areas.csv``: a force in Scotland is FOISA, a force in
England, Wales or Northern Ireland, or a non-territorial UK body, is FOIA.
"""

from __future__ import annotations

import re
from enum import StrEnum

from ..areas import Area
from ..errors import FoistatsError


class RequestError(FoistatsError):
    """A request that foistats cannot track as asked: an authority outside UK FOI law,
    an event that does not fit the request's history, a bad date or section."""


class Regime(StrEnum):
    FOIA = "FOIA"
    FOISA = "FOISA"

    @property
    def act(self) -> str:
        """The Act's short title, as a letter cites it."""
        if self is Regime.FOISA:
            return "Freedom of Information (Scotland) Act 2002"
        return "Freedom of Information Act 2000"

    @property
    def has_public_interest_extension(self) -> bool:
        """FOIA s.10(3) lets an authority take longer to weigh the public interest; FOISA does not."""
        return self is Regime.FOIA

    @property
    def regulator(self) -> str:
        if self is Regime.FOISA:
            return "the Scottish Information Commissioner"
        return "the Information Commissioner's Office"


_UK_NATIONS = {"england", "wales", "scotland", "northern-ireland"}


def regime_for(area: Area) -> Regime:
    """The FOI law a police force answers under; :class:`RequestError` for any other area."""
    if not area.is_force:
        raise RequestError(f"{area.id} is a {area.level}, not a police force: FOI requests go to forces")
    if area.nation == "scotland":
        return Regime.FOISA
    if area.nation in _UK_NATIONS or not area.territorial:
        return Regime.FOIA
    raise RequestError(
        f"{area.id} ({area.name}) answers under its own island's law, not FOIA or FOISA; "
        "foistats cannot compute its deadlines, so leave it out of [request] authorities"
    )


# The sections police forces cite most often, by Act (FOIA and FOISA number them differently).
SECTION_TITLES: dict[Regime, dict[str, str]] = {
    Regime.FOIA: {
        "12": "cost of compliance exceeds the appropriate limit",
        "14": "vexatious or repeated request",
        "21": "information accessible by other means",
        "22": "information intended for future publication",
        "23": "information supplied by, or relating to, security bodies",
        "24": "national security",
        "30": "investigations and proceedings",
        "31": "law enforcement",
        "38": "health and safety",
        "40": "personal information",
        "44": "prohibitions on disclosure",
    },
    Regime.FOISA: {
        "12": "excessive cost of compliance",
        "14": "vexatious or repeated request",
        "25": "information otherwise accessible",
        "27": "information intended for future publication",
        "34": "investigations",
        "35": "law enforcement",
        "38": "personal information",
        "39": "health, safety and the environment",
    },
}

_SECTION = re.compile(r"\d{1,2}[A-Z]?(?:\(\d{1,2}[A-Za-z]?\))*(?:\([a-z]{1,4}\))*")


def parse_sections(text: str | list[str]) -> list[str]:
    """'12, s.40(2)' -> ['12', '40(2)']: the sections cited, in the order given, without repeats.

    "section", "s." and "s" prefixes are dropped. Anything that is not a section number
    such as ``31(1)(a)`` raises :class:`RequestError`.
    """
    parts = text if isinstance(text, list) else re.split(r"[,;]", text or "")
    sections: list[str] = []
    for part in parts:
        cleaned = re.sub(r"^(?:sections?|s\.?)\s*", "", part.strip(), flags=re.I).replace(" ", "")
        if not cleaned:
            continue
        if not _SECTION.fullmatch(cleaned):
            raise RequestError(
                f"{part.strip()!r} is not a section number; write sections as 12, 40(2) or 31(1)(a)"
            )
        if cleaned not in sections:
            sections.append(cleaned)
    return sections


def describe_sections(regime: Regime, sections: list[str]) -> str:
    """'section 12 (cost of compliance exceeds the appropriate limit) and section 40(2) (…)'."""
    described = []
    for section in sections:
        title = SECTION_TITLES[regime].get(re.match(r"\d+[A-Z]?", section).group(0))
        described.append(f"section {section} ({title})" if title else f"section {section}")
    return join_words(described)


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
