"""Phrases: the words a story names areas, periods and breakdowns with, and its numbers
as phrases that carry the Facts they state.
"""

from __future__ import annotations

import calendar
import re

from ..analysis import Fact
from ..areas import Area, all_areas
from . import numbers
from .material import just_before
from .settings import Settings
from .story import Phrase, StoryError, phrase

ADJECTIVES = {"wales": "Welsh", "england": "English", "scotland": "Scottish", "northern-ireland": "Northern Irish",
              "uk": "UK", "england-and-wales": "England and Wales"}
_GAP = re.compile(r"\s+for\s+(?:\d{4}/\d{2}|\d{4})(?:\s+to\s+(?:\d{4}/\d{2}|\d{4}))?$")


# --- naming areas --------------------------------------------------------------------------


def place(area: Area) -> str:
    """An area where "in …" follows: "Wales", "the UK", "the North East"."""
    if area.is_force:
        return area.short_name
    if area.level == "uk":
        return "the UK"
    if area.level == "region" and area.id != "london-region" and " The " not in area.name:
        return f"the {area.name}"
    return area.name


def adjective(area: Area) -> str:
    return ADJECTIVES.get(area.id, area.name)


def _answered(fact: Fact) -> bool:
    return any(c.kind == "missing_areas" for c in fact.caveats)


def who(area: Area, lead: Fact | None = None, *, across: bool = False) -> str:
    """Who recorded the figure: a force by its full name; for a group, its police (the
    forces that gave figures, when some did not). ``across`` when the sentence has
    already said where ("Across Wales, police forces recorded …")."""
    if area.is_force:
        return area.name
    some = lead is not None and _answered(lead)
    if across:
        return "the forces that gave figures" if some else "police forces"
    return f"the forces in {place(area)} that gave figures" if some else f"police in {place(area)}"


def when(period) -> str:
    """A period after "in": "2019/20", "2015", "the years 2013 to 2015"."""
    return f"the years {period.label}" if period.kind in ("financial_years", "calendar_years") else period.label


def published_on(text: str) -> str:
    """A publication date as written in a story: "15 August 2023", "August 2023", "2019"."""
    parts = text.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    return text


# --- phrases from Facts ------------------------------------------------------------------------


class Phrases:
    def __init__(self, settings: Settings) -> None:
        self.symbol = settings.symbol

    @staticmethod
    def count(fact: Fact, *, zero: str | None = None) -> Phrase:
        """A count in house style; ``zero`` is the word for an exact 0 ("no")."""
        if zero is not None and fact.is_exact and fact.value == 0:
            return phrase(zero, fact)
        text = numbers.count(fact.value, fact.lower, fact.upper, fact.qualifier)
        if text is None:
            raise StoryError(f"{fact.formula}: no figure to state")
        return phrase(text, fact)

    @staticmethod
    def period(period, *facts: Fact | None) -> Phrase:
        return phrase(when(period), *facts)

    def change(self, fact: Fact) -> Phrase:
        return phrase(numbers.change(fact.value, symbol=self.symbol), fact)

    def per_cent(self, fact: Fact) -> Phrase:
        return phrase(numbers.per_cent(fact.value, symbol=self.symbol), fact)

    def base_when(self, change: Fact, base: Fact | None) -> Phrase:
        if just_before(change.base_period, change.period):
            return phrase("the year before" if change.period.is_whole_year else "the period before", change)
        return phrase(f"in {change.base_period.label}" if base is not None else change.base_period.label, change)


def join(parts: list[str]) -> str:
    parts = list(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def gap_texts(caveat, *, keep: bool = False) -> list[tuple[str, str]]:
    """(area id, "Dyfed-Powys Police did not respond") for each area a caveat names, its
    period dropped (the story says which period it is about) unless ``keep``."""
    areas = all_areas()
    parts = [p.strip() for p in caveat.text.split(";")]
    out = []
    for area_id in dict.fromkeys(caveat.areas):
        name = areas[area_id].name if area_id in areas else area_id
        part = next((p for p in parts if p.startswith(name)), None)
        if part is None:
            continue
        out.append((area_id, part if keep else _GAP.sub("", part)))
    return out


def group_words(fact: Fact) -> str:
    """A breakdown in words: "against children aged 10 and under", "against girls",
    "where Snapchat was used", "aged 17 and under" (suspects)."""
    b = dict(fact.breakdown)
    suspects = "suspect" in fact.measure or fact.unit == "suspects"
    words = []
    who_ = "suspects" if suspects else "children"
    gender = b.get("victim_gender")
    if gender in ("female", "male"):
        who_ = "girls" if gender == "female" else "boys"
    prefix = "suspect" if suspects else "victim"
    lo, hi = b.get(f"{prefix}_age_min"), b.get(f"{prefix}_age_max")
    if b.get(f"{prefix}_age_known") == "false":
        words.append(f"against {who_} of unknown age")
    elif hi is not None:
        lo_i, hi_i = int(lo or 0), int(hi)
        if lo_i == 0 and hi_i == 0:
            ages = "aged under a year"
        elif lo_i == 0:
            ages = f"aged {numbers.number(hi_i)} and under"
        elif lo_i == hi_i:
            ages = f"aged {numbers.number(lo_i)}"
        else:
            ages = f"aged {numbers.number(lo_i)} to {numbers.number(hi_i)}"
        words.append(ages if suspects else f"against {who_} {ages}")
    elif gender:
        words.append(f"against {who_}" if gender in ("female", "male") else f"where the victim's gender was {gender}")
    if b.get("platform"):
        words.append(f"where {b['platform'].replace('-', ' ').title()} was used")
    for key in ("offence_code", "outcome", "online_flag", "recording_system"):
        if key in b:
            words.append(f"with {key.replace('_', ' ')} {b[key]}")
    return " ".join(words) or "in the breakdown"
