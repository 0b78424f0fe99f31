"""Sentences and clauses: a text split into sentences (the first line of an article is its
headline; a list item or table row is a sentence of its own), its ``Published:`` date, and
the stretches of a sentence a number's clause and a figure's scope are looked for in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

LOOKBACK = 200  # characters a number's clause is looked for in, before it: a long sentence costs no more per number
CAPTION = re.compile(r"!\[")  # a Markdown image: its description stands on its own
# A list after "including" or "such as" describes the scope of a figure, not its measure
# ("576 cyber-related sex crimes, including online grooming, … and rape"): to the clause's end.
SCOPE = re.compile(r"\b(?:including|such as|among them|among which)\b[^;:.()–—]*"
                    # a list of kinds of offence ("reports of rape, sexual assault and grooming of
                    # children"): the offences against children, not the measure of its last item
                    r"|\b(?:rapes?|sexual assaults?)(?:,\s*[\w -]+?)*,?\s+(?:and|or)\s+[\w -]+?(?=\s+(?:of|against)\s|[,;:.]|$)",
                    re.I)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


_SENTENCE_END = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“‘']?[A-Z0-9]|\s*$)")


def split_sentences(text: str) -> list[Sentence]:
    """Lines, then sentences within a line at '. ', '? ' or '! ' (a closing quote may
    follow) before a capital or digit: "76.7 per cent" and "Hello!" inside a sentence stay
    whole."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        begin = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(line)] + [len(line)]:
            piece = line[begin:end]
            if piece.strip():
                s = start + begin + len(piece) - len(piece.lstrip())
                out.append(Sentence(len(out), s, s + len(piece.strip()), piece.strip()))
            begin = end
    return out


def published_date(text: str) -> date | None:
    """The date of a ``Published: YYYY[-MM-DD]`` line (a bare year means its last day)."""
    m = re.search(r"^Published:\s*(\d{4})(?:-(\d\d)-(\d\d))?", text, re.M)
    return date(int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 31)) if m else None


def clause_end(s: str, at: int) -> int:
    m = re.search(r"[,.;:]", s[at:])
    return at + m.start() if m else len(s)
