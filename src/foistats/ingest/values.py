"""What a cell holds: a number, a suppressed small number, a blank, or words.

- ``0`` is a real zero; a blank is unknown, never zero.
- Suppression markers (``*``, ``<5``, ``1-4``, "fewer than 5", "less than 3", ``-``,
  "redacted", "n/a") are ``suppressed``. A marker that states its own range (``<5``,
  ``1-4``) gives those bounds; a bare ``*`` or ``-`` gets bounds only from a rule the
  reply states (:func:`suppression_rule`), never by assumption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS = {word: n for n, word in enumerate(_UNITS)} | {w: 20 + 10 * n for n, w in enumerate(_TENS)}
WORD_NUMBER = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"

NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_NUMBER = re.compile(rf"^(?:{NUMBER})$")
# "<5", "fewer than 5"; in words only a small number hides a count: "Under 18" is an age band's label
_LESS_THAN = re.compile(r"^(?:<\s*(\d+)|(?:less than|fewer than|under|below)\s*([1-9]|10))$", re.I)
_AT_MOST = re.compile(r"^(?:≤|<=|=<)\s*(\d{1,2})$")  # "≤5": five or fewer
_RANGE = re.compile(r"^(\d+)\s*(?:-|–|to)\s*(\d+)$")
_MARKERS = {"*", "**", "***", "#", "-", "–", "—", "x", "[x]", "c", "[c]", "redacted", "suppressed",
            "n/a", "na", "withheld", "[redacted]", "[suppressed]"}


@dataclass(frozen=True)
class SuppressionRule:
    """A reply's stated rule for a marker: ``*`` means 1 to 4, or "under 5 are not released"."""

    marker: str  # "*" or "<" (any "<N") or "" for any marker
    lower: int | None
    upper: int | None
    means: str = "suppressed"  # or "nil" ("- denotes a nil return") or "not_held" ("N/H = information not held")


@dataclass(frozen=True)
class CellValue:
    kind: str  # number | suppressed | not_held | blank | share | words
    value: int | None = None
    lower: int | None = None
    upper: int | None = None


BLANK = CellValue("blank")
SHARE = CellValue("share")
_WITH_SHARE = re.compile(r"^(\S+)\s*\(\s*\d+(?:\.\d+)?\s?%\s*\)$")
DECIMAL = re.compile(r"^\d{1,3}\.\d{1,2}$")  # no count has a fraction: a share or a rate
_SHARE = re.compile(r"^\(?[+\-−–]?\d+(?:\.\d+)?\s?%\)?$")


def word_number(text: str) -> int | None:
    """'eight' -> 8, 'twenty-one' -> 21; None for anything else."""
    parts = re.split(r"[- ]", text.strip().lower())
    if not parts or any(p not in WORD_NUMBERS for p in parts):
        return None
    if len(parts) == 1:
        return WORD_NUMBERS[parts[0]]
    if len(parts) == 2 and parts[0] in _TENS and WORD_NUMBERS[parts[1]] < 10:
        return WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]
    return None


def to_int(text: str) -> int:
    return int(text.replace(",", ""))


@lru_cache(maxsize=4096)  # a table repeats its few values in many cells, read more than once each
def read_value(text: str, rules: tuple[SuppressionRule, ...] = ()) -> CellValue:
    """Read one cell, using the reply's suppression rules for markers that carry no range."""
    text = text.strip().strip("\u200b")
    if not text:
        return CellValue("number", 0) if any(r.marker == "blank" and r.means == "nil" for r in rules) else BLANK
    if _NUMBER.match(text):
        return CellValue("number", to_int(text))
    if (m := _WITH_SHARE.match(text)) and _NUMBER.match(m.group(1)):
        return CellValue("number", to_int(m.group(1)))  # "272 (82%)": the count, and its share of the total
    low = text.lower()
    if low in ("nil", "none", "zero"):
        return CellValue("number", 0)
    marked = low.rstrip("*†‡") or low  # "N/H*", its note's mark on it
    mark = low[len(marked):][:1]  # and "N/H*" under "*Information not held": the mark's note says so
    # ("N/H", "N/H*" under a note saying why and not "N/H – not held": the abbreviation is not held's by itself)
    if low in ("not held", "information not held") or marked == "n/h" \
            or any(r.means == "not_held" and r.marker in (low, marked, mark) for r in rules):
        return CellValue("not_held")
    if m := _LESS_THAN.match(text):
        upper = int(m.group(1) or m.group(2)) - 1
        rule = _rule_for("<", rules)
        return CellValue("suppressed", lower=rule.lower if rule else None, upper=upper)
    if m := _AT_MOST.match(text):
        rule = _rule_for("≤", rules) or _rule_for("<", rules)
        return CellValue("suppressed", lower=rule.lower if rule else None, upper=int(m.group(1)))
    if (m := _RANGE.match(text)) and int(m.group(1)) < int(m.group(2)) <= 10:
        return CellValue("suppressed", lower=int(m.group(1)), upper=int(m.group(2)))
    if _SHARE.match(text) or DECIMAL.match(text):
        return SHARE  # "80%", "+9%", "(29%)", "38.6" under "%": a share or a change worked out from counts, not a count
    if low in _MARKERS:
        rule = _rule_for(text if text.startswith("*") else _DASHES.get(text[:1], text[:1]), rules)
        if rule is not None and rule.means == "nil":
            return CellValue("number", 0)  # the reply says the marker is nil
        return CellValue("suppressed", lower=rule.lower if rule else None, upper=rule.upper if rule else None)
    return CellValue("words")


_DASHES = {"–": "-", "—": "-"}


def _rule_for(marker: str, rules: tuple[SuppressionRule, ...]) -> SuppressionRule | None:
    """The rule for a marker: one stated for that very marker first, else one for any."""
    for rule in rules:
        if rule.marker == marker or (marker.startswith("*") and rule.marker == "*"):
            return rule
    return next((rule for rule in rules if rule.marker == "" and rule.means == "suppressed"), None)


_RULE = re.compile(
    r"(?:under|less than|fewer than|below|lower than)\s+(\d+|" + WORD_NUMBER + r")\b[^.]*?"
    r"(?:not (?:been )?(?:released|disclosed|provided|shown|given)|suppressed|redacted|withheld|"
    r"shown as|replaced|marked|denoted|represented)"
    r"|(\*|asterisk|#)[^.]*?(?:between|from)\s+(\d+)\s+(?:and|to)\s+(\d+)",
    re.I,
)


_NIL_WORDS = r"(?:a )?(?:nil(?: return)?|zero|none|0|no (?:\w+ )?(?:crimes?|offences?|incidents?|cases?|victims?|suspects?|offenders?|people|persons?|records?)(?: (?:were |was )?(?:recorded|reported))?(?![\w ]*\bheld\b))"  # not "held": "no data held" is not held, not nil
_NIL_MARK = r"""(?:['"‘’“”(]?(?P<{0}>-|–|—|x|\.\.)['"‘’“”)]?|a (?:dash|hyphen)(?:\s*\(\s*[-–—]\s*\))?)"""
_NIL = re.compile(
    rf"^\s*(?:\d{{1,2}}[.)]\s*)?(?:(?:key|note|legend)\s*:\s*)?(?:in (?:the )?tables?(?: below| above)?(?: \d{{1,2}}(?:\s*(?:,|and|&)\s*\d{{1,2}})*)?,?\s+)?(?:where\s+)?{_NIL_MARK.format('a')}\s*(?:=|:|denotes|indicates|means|represents|signifies|shows|is shown,?|is used)"
    rf"\s*(?:that\s+)?(?:there (?:were|was)\s+)?{_NIL_WORDS}"
    rf"|\b{_NIL_WORDS}s?\s+(?:are|is)\s+(?:shown|marked|denoted|represented|indicated)\s+(?:as|by)\s+{_NIL_MARK.format('b')}"
    rf"|^\s*(?:key|legend)\s*:\s*{_NIL_MARK.format('c')}\s+{_NIL_WORDS}\s*\.?\s*$"  # "Key: - nil"
    rf"|;\s*{_NIL_MARK.format('d')}\s*[=:]?\s*{_NIL_WORDS}\s*(?:[.;]|$)"  # a key's last item: "…; – nil."
    # a key laid out in columns: "-    nil return (no crimes recorded)"; only the word nil, as a bullet of a list
    # is no key ("- None of them were charged")
    rf"|^\s*{_NIL_MARK.format('e')}\s+(?:[-–—:]\s+)?(?:a\s+)?nil(?:\s+returns?)?\s*(?:\((?:no|nil|zero)\b[^)]*\))?\s*\.?\s*$",
    re.I)


_SHOWN_AS = re.compile(r"\b(?:from|between|of)\s+(\d+)\s+(?:and|to)\s+(\d+)\b[^.]*?\b(?:shown|replaced|marked|denoted)\s+(?:as|by|with)\s+"
                       r"(?:an?\s+)?(\S+?)[.,;]?(?:\s|$)", re.I)
_MARK_NAMES = {"asterisk": "*", "asterisks": "*", "dash": "-", "hyphen": "-", "hash": "#"}  # "replaced with an asterisk"


_BLANK_NIL = re.compile(rf"\b(?:blank|empty)(?: cells?| spaces?| entries| boxes)?(?: in the tables?(?: above| below)?)?"
                        rf"(?: (?:indicates?|means?|denotes?|represents?|shows?)|\s*=)"
                        rf"\s+(?:that\s+)?(?:there (?:were|was)\s+)?{_NIL_WORDS}"
                        rf"|\bwhere (?:a|the|any) (?:cell|box|space) (?:is|has been|was|are) (?:left )?(?:blank|empty),?\s+(?:there (?:were|was)\s+)?{_NIL_WORDS}"
                        # a key's entry: "(blank) Nil - no crimes with this outcome"
                        rf"|^\s*\((?:blank|empty)(?: cells?)?\)\s*(?:[-–:=]\s*)?{_NIL_WORDS}\b", re.I)


def _nil_rule(sentence: str) -> SuppressionRule | None:
    """A marker the reply says is nil ("- denotes a nil return", "nil returns are shown as
    '-'", "a blank cell means zero"): its cells are zeros, reported."""
    if _BLANK_NIL.search(sentence):
        return SuppressionRule("blank", 0, 0, "nil")
    if not (m := _NIL.search(sentence)):
        return None
    mark = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or "-"
    return SuppressionRule(_DASHES.get(mark, mark).lower(), 0, 0, "nil")


# "N/H = information not held", "NH - not held", "*N/H – Not held." (the note of a cell "N/H*"): an abbreviation
# the reply defines
_NOT_HELD = re.compile(r"^\s*[*†‡]?\s*['\"‘“]?(n/?h|n/?k|n/?a)['\"’”]?\s*(?:=|-|–|:|means|denotes|indicates)\s*(?:that\s+)?(?:the\s+)?"
                       r"(?:information|data|figures?)?\s*(?:is|was|were)?\s*not\s+held", re.I)


# "2. n/a - the 'suspect age' field was introduced on 01/04/2021. This information is not held for 2020/21.": the
# abbreviation's note, saying why, then that it is not held
_NOT_HELD_NOTE = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?['\"‘“]?(n/?h|n/?a)['\"’”]?\s*(?:=|-|–|:)\s*[^.]{0,200}\.\s*"
                            r"(?:this|the|that)\s+(?:information|data)\s+is\s+(?:therefore\s+)?not\s+held\b", re.I)


# "In Table 2 a dash (-) shows information not held": a mark the reply says is not held
_MARK_NOT_HELD = re.compile(rf"{_NIL_MARK.format('m')}\s*(?:=|denotes|indicates|means|represents|signifies|shows|is shown)"
                            r"\s*(?:that\s+)?(?:the\s+)?(?:information|data|figures?)?\s*(?:is|was|were)?\s*not\s+held\b", re.I)


# "… is therefore not held for crimes recorded in 2021 (shown as N/H below)", "… not held and is shown below as N/H":
# the mark, after what it stands for
_NOT_HELD_SHOWN_AS = re.compile(r"\bnot\s+held\b[^.]{0,120}?\b(?:shown|marked|given|appears?)(?:\s+(?:below|above|here))?\s+as\s+"
                                r"['\"‘“]?(n/?h|n/?a)\b['\"’”]?",
                                re.I)


# "*Information not held. Until June 2022 …": the note of a mark on the cells not held ("N/H*")
_MARK_NOTE_NOT_HELD = re.compile(r"^\s*([*†‡])\s*(?:the\s+)?(?:information|data|figures?)\s+(?:is\s+|are\s+|was\s+|were\s+)?not\s+held\b", re.I)


def suppression_rule(sentence: str) -> SuppressionRule | None:
    """The rule a force states in a sentence, if it states one: "figures under 5 (<5) are
    not released" (``<`` up to 4), "* denotes a figure between 1 and 4", "- denotes nil"
    (``-`` is 0)."""
    if nil := _nil_rule(sentence):
        return nil
    if m := _NOT_HELD.match(sentence) or _NOT_HELD_NOTE.match(sentence):
        return SuppressionRule(m.group(1).lower(), None, None, "not_held")
    if m := _MARK_NOT_HELD.search(sentence):
        mark = m.group("m") or "-"
        return SuppressionRule(_DASHES.get(mark, mark).lower(), None, None, "not_held")
    if m := _NOT_HELD_SHOWN_AS.search(sentence):
        return SuppressionRule(m.group(1).lower(), None, None, "not_held")
    if m := _MARK_NOTE_NOT_HELD.match(sentence):
        return SuppressionRule(m.group(1), None, None, "not_held")
    if (m := _SHOWN_AS.search(sentence)) and int(m.group(1)) < int(m.group(2)) <= 10:  # "any value from 1 to 4 is shown as 1-4"
        mark = m.group(3).strip("'\"‘’“”").lower()
        return SuppressionRule(_MARK_NAMES.get(mark, mark), int(m.group(1)), int(m.group(2)))
    m = _RULE.search(sentence)
    if not m:
        return None
    if m.group(1):
        limit = m.group(1)
        n = int(limit) if limit.isdigit() else word_number(limit)
        if n is None or n < 1:
            return None
        marker = "*" if re.search(r"\*|asterisk", sentence) else ("<" if "<" in sentence else "")
        lower = 1 if re.search(r"\b(?:1|one)\s*(?:-|to|and)\s*", sentence[m.start():]) and "between" in sentence.lower() else None
        return SuppressionRule(marker, lower, n - 1)
    return SuppressionRule("#" if m.group(2) == "#" else "*", int(m.group(3)), int(m.group(4)))
