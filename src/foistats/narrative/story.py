"""Stories: headline and paragraphs, every sentence carrying the Facts it states.

A :class:`Phrase` is a piece of text made from Facts (a number in house style, a period,
a place in a ranking) and knows their ids. Templates receive phrases and return
sentences; :func:`sentence` renders one and records as the sentence's Facts those of the
phrases it used. Then :func:`trace` checks it: **every number in a sentence must lie
inside a phrase made from a Fact, or inside a declared literal** (a helpline's telephone
number, a publication date on the provenance line). A sentence with a number and no Fact
is a :class:`TraceError` at render time — so a template that writes a number of its own
cannot produce a story.

Before a story is written, :func:`validate` checks it as a whole (see its docstring); a
story that fails is not written and the reason is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..analysis import Fact
from ..errors import FoistatsError
from ..periods import Period
from .material import comparable, just_before
from .numbers import numbers_in


class TraceError(FoistatsError):
    """A sentence states a number that no Fact of it gives."""


class StoryError(FoistatsError):
    """A story that cannot be written correctly (the message says why)."""


class Phrase(str):
    """Text made from Facts; ``facts`` holds their ids."""

    facts: tuple[str, ...]

    def __new__(cls, text: str, facts: Iterable[str] = ()) -> "Phrase":
        obj = super().__new__(cls, text)
        obj.facts = tuple(facts)
        return obj

    def __add__(self, other: str) -> "Phrase":
        return Phrase(str(self) + str(other), self.facts + getattr(other, "facts", ()))


def phrase(text: str | None, *facts: Fact | None) -> Phrase | None:
    """A phrase from the given Facts (``None`` passes through)."""
    if text is None:
        return None
    return Phrase(text, (f.id for f in facts if f is not None))


@dataclass
class Sentence:
    """One sentence: its text, the ids of the Facts it states, the literal numbers it may
    hold that are not about the data, and its kind (the template macro that made it)."""

    text: str
    facts: tuple[str, ...] = ()
    kind: str = ""
    literals: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "facts": list(self.facts), "literals": list(self.literals)}


@dataclass
class Paragraph:
    role: str  # lead, peers, national, other, breakdown, caveats, quote, includes, provenance, help
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass
class Table:
    """A table of figures (the national briefing's): each cell a phrase with its Facts."""

    columns: list[str]
    rows: list[list[Phrase]]

    def to_json(self) -> dict[str, object]:
        return {"columns": self.columns,
                "rows": [[{"text": str(c), "facts": list(getattr(c, "facts", ()))} for c in row] for row in self.rows]}


@dataclass
class Story:
    """A local story (or the national briefing) of one release."""

    release: str
    area: str
    area_name: str
    measure: str
    period: Period
    headline: Sentence
    paragraphs: list[Paragraph]
    facts: dict[str, Fact]
    angles: list[object] = field(default_factory=list)
    table: Table | None = None
    kind: str = "local"  # or "briefing"
    published: str = ""
    chart: object | None = None
    checks: list[dict[str, object]] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return [self.headline] + [s for p in self.paragraphs for s in p.sentences]

    @property
    def text(self) -> str:
        """Headline and paragraphs as plain text, a blank line between paragraphs."""
        return "\n\n".join([self.headline.text, *(p.text for p in self.paragraphs)])

    @property
    def slug(self) -> str:
        return "briefing" if self.kind == "briefing" else self.area

    def to_json(self) -> dict[str, object]:
        """The sidecar: every sentence with the Facts it used, and those Facts in full."""
        return {
            "kind": self.kind,
            "release": self.release,
            "published": self.published,
            "area": self.area,
            "area_name": self.area_name,
            "measure": self.measure,
            "period": self.period.label,
            "headline": self.headline.to_json(),
            "paragraphs": [{"role": p.role, "sentences": [s.to_json() for s in p.sentences]} for p in self.paragraphs],
            "angles": [a.to_json() for a in self.angles],
            "table": self.table.to_json() if self.table else None,
            "chart": self.chart,
            "checks": self.checks,
            "facts": {fid: self.facts[fid].to_json() for fid in sorted(self.facts)},
        }


# --- rendering one sentence --------------------------------------------------------------------


def _phrases(value: object) -> Iterable[Phrase]:
    if isinstance(value, Phrase):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _phrases(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _phrases(v)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, low, find = [], text.lower(), needle.lower()
    start = low.find(find)
    while find and start != -1:
        out.append((start, start + len(find)))
        start = low.find(find, start + 1)
    return out


def trace(text: str, phrases: Iterable[Phrase], literals: Iterable[str] = (), *, kind: str = "") -> tuple[str, ...]:
    """The ids of the Facts a rendered sentence states, from the phrases it used.

    Raises :class:`TraceError` when a number in the text lies outside every phrase made
    from a Fact and every declared literal, and when a sentence with a number has no Fact
    and no literal."""
    used: list[str] = []
    covered: list[tuple[int, int]] = []
    for p in phrases:
        spans = _spans(text, p)
        if spans and p.facts:
            covered += spans
            used += [f for f in p.facts if f not in used]
    for literal in literals:
        covered += _spans(text, literal)
    for match in numbers_in(text):
        if not any(a <= match.start() and match.end() <= b for a, b in covered):
            raise TraceError(f"the number {match.group()!r} in the {kind or 'a'} sentence {text!r} comes from no Fact")
    return tuple(used)


def sentence(macro, kind: str, *, literals: Iterable[str] = (), **phrases: object) -> Sentence:
    """Render a template macro with phrases and trace the result."""
    text = " ".join(str(macro(**phrases)).split())
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    literals = tuple(literals)
    facts = trace(text, _phrases(list(phrases.values())), literals, kind=kind)
    return Sentence(text=text, facts=facts, kind=kind, literals=tuple(lit for lit in literals if lit in text))


# --- validation before rendering -------------------------------------------------------------

LITERAL_KINDS = ("help", "provenance")


def validate(story: Story, *, allowed_areas: Iterable[str], latest: Period) -> None:
    """Check a story before it is written; raise :class:`StoryError` with the reason.

    - every sentence's Facts are Facts of the story, and every number is traced (again);
    - only the help and provenance lines may hold literal numbers;
    - every Fact is about the story's area, its peers or the areas it adds up to;
    - the story leads on the latest period of the release ("last year" means that period);
    - a change or ratio is only between comparable periods (same kind and length, the
      base before), and "the year before" only for the period just before;
    - no Fact the story uses carries a ``conflict`` caveat (a published figure the
      counts contradict): that story cannot be written correctly until someone decides.
    """
    allowed = set(allowed_areas)
    if story.period != latest:
        raise StoryError(f"the story leads on {story.period.label}, not the latest period of the release "
                         f"({latest.label})")
    for s in story.sentences:
        if s.literals and s.kind not in LITERAL_KINDS:
            raise StoryError(f"the {s.kind} sentence {s.text!r} holds literal numbers")
        if numbers_in(s.text) and not s.facts and s.kind not in LITERAL_KINDS:
            raise StoryError(f"the sentence {s.text!r} states a number and no Fact")
        for fid in s.facts:
            fact = story.facts.get(fid)
            if fact is None:
                raise StoryError(f"the sentence {s.text!r} names a Fact the story does not hold ({fid})")
            if fact.area not in allowed:
                raise StoryError(f"the sentence {s.text!r} uses a Fact about {fact.area}, "
                                 f"which is not {story.area_name}, its peers or the areas it adds up to")
            if fact.base_period is not None and not comparable(fact.period, fact.base_period):
                raise StoryError(f"{fact.period.label} and {fact.base_period.label} are not comparable periods "
                                 f"(the sentence {s.text!r})")
            if fact.caveat("conflict") is not None:
                raise StoryError(f"{fact.formula}: {fact.caveat('conflict').text}; resolve it before a story "
                                 "states this figure")
        if "the year before" in s.text:
            changes = [story.facts[f] for f in s.facts if story.facts[f].kind == "change"]
            if not any(just_before(f.base_period, f.period) for f in changes):
                raise StoryError(f"the sentence {s.text!r} says 'the year before' of a period that is not "
                                 "the one just before")
        if "last year" in s.text and not any(story.facts[f].period == latest for f in s.facts):
            raise StoryError(f"the sentence {s.text!r} says 'last year' but states no figure of {latest.label}")
