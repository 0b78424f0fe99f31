"""Every number in a reply accounted for: each numeric token ends as a figure (in the data),
a figure sent to review, or *not a figure* with its class — never nothing.

A token is a run of digits as printed, with what is glued to it (``2022/23``, ``71/17``,
``1,379``, ``12(1)``, ``1026A/21``). The interpreter says which tokens became figures; this
module classes the rest from the token and the words around it (a date, a period label, a
FOIA section, an offence code, an age that defines a band, a reference, a phone number, a
question or list number, money or hours in a cost estimate). A token it cannot class is
sent to review with the line it sits in, so a figure the readers missed is never lost
without a word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ..offences import offences
from .labels import axis_name, code_from_token, read_label
from .prose import CORRECTING, GIVEN, MONTH, PROVISION, codes_in
from .raw import Cell, Line, RawTable
from .text import POSTCODE
from .values import DECIMAL, suppression_rule

FIGURE, REVIEW, NOT_A_FIGURE = "figure", "review", "not a figure"

# digits with what is glued to them: 2022/23, 1,379, 12(1), 088/05, 1026A/21, 01/01/2025-31/01/2025;
# digits glued after a word ("Female12") are a token too
_TOKEN = re.compile(r"(?:(?<![\w])|(?<=[a-z]{3}))\d+(?:st|nd|rd|th|[A-Za-z])?(?:(?:[,./:\-–_]|\s?/\s?)\d+[A-Za-z]?)*(?:\(\s?[0-9a-z]{1,3}\s?\)|\(\d[A-Z]\))*")


@dataclass(frozen=True, slots=True)
class Number:
    """One numeric token of a document and what became of it."""

    text: str
    where: str  # the line or cell it is in
    offset: int  # where in that line or cell's text
    fate: str  # figure | review | not a figure
    kind: str = ""  # for a number that is not a figure: what it is instead
    count: int = 1  # more than one for the numbers of a review item holding many figures (one entry for them all)

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "where": self.where, "offset": self.offset, "fate": self.fate, "kind": self.kind,
                "count": self.count}


def summary(numbers: list[Number]) -> str:
    """'41 numbers: 30 figures, 7 to review, 4 not figures'."""
    count: Counter[str] = Counter()
    for n in numbers:
        count[n.fate] += n.count
    return (f"{count.total()} numbers: {count[FIGURE]} figures, {count[REVIEW]} to review, "
            f"{count[NOT_A_FIGURE]} not figures")


def tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def value_of(token: str) -> int | None:
    """The count a token states, when it is a plain whole number (1,379 -> 1379)."""
    return int(token.replace(",", "")) if _WHOLE.fullmatch(token) else None


# --- what a number that is not a figure is ----------------------------------------------------

_BEFORE_POSTCODE = re.compile(rf"^[A-Za-z ,'-]{{2,40}}{POSTCODE.pattern}")  # "182 Bishopsgate, London EC2M 4WN"
_CONTEXT_CLASSES: list[tuple[str, re.Pattern, re.Pattern]] = [
    # (class, pattern over the text before the token, pattern over the text after it)
    ("FOIA section", PROVISION, re.compile(r"")),
    ("money in a cost estimate", re.compile(r"£\s?$"), re.compile(r"")),
    ("hours or days in a cost estimate", re.compile(r""), re.compile(r"^\)?\s?(?:hours?|hrs?|minutes?|mins?|(?:working |calendar )?days?|weeks?|months?)\b", re.I)),  # "forty (40) working days"
    ("percentage", re.compile(r""), re.compile(r"^\s?(?:%|per ?cent)", re.I)),
    # "14 Oct 2024", "Apr-24", "Apr '24"
    ("date", re.compile(rf"\b{MONTH}\s?[-'’]?\s?$", re.I), re.compile(r"^(?:st|nd|rd|th)?\s?" + MONTH + r"\b", re.I)),
    # "code 22A", "crime classes 17 to 23, 70, 71 and 88"
    ("offence code", re.compile(r"\b(?:codes?|class(?:es)?|classifications?)\s?:?\s?"
                                r"(?:\d{1,3}[a-z]?(?:/\d{1,2})?\s?(?:,|and|&|or|to|-|–)\s?)*$", re.I), re.compile(r"")),
    ("reference number", re.compile(r"\b(?:ref(?:erence)?|no|number|foia?|pub|enquiry|request|id|case)\.?\s?(?:no\.?|number|id)?\s?[:#]?\s?$|"
                                    r"\b(?:charity|company)\b[^.\d]{0,30}\(?$", re.I), re.compile(r"")),
    ("file size", re.compile(r""), re.compile(r"^\s?(?:kb|mb)\b", re.I)),  # "118 KB"
    ("age that defines a band", re.compile(r"\b(?:aged?|ages|under|over|below|above|younger than|older than|under the age of|between the ages of|"
                                           r"aged? between(?: \d{1,2} and)?|age\b[^.]{0,40}?\bbetween(?: \d{1,2} and)?|aged? \d{1,2}\s?(?:to|-|–)|"
                                           r"age of criminal responsibility\b[^.]{0,40}?\bis|"
                                           # "a breakdown by the age of the suspect: 10 to 13, 14 to 15 and 16 to 17"
                                           r"ages?\b[^.\d]{0,40}?:\s?(?:\d{1,2}\s?(?:to|-|–)\s?\d{1,2}\s?(?:,|and|or)\s?)*(?:\d{1,2}\s?(?:to|-|–))?)[\s-]?$",
     re.I),  # ("sexual offences against under-18s")
     re.compile(r"^\s?(?:\+|years?(?: old)?\b|yrs?\b|(?:and|or|&)\s?(?:under|over|older|younger|above|below)\b|year[- ]olds?\b)", re.I)),
    # "2021: Under 13 – 21, 13 to 15 – 54": a band that is a list item's label, its figure after a dash
    ("age that defines a band", re.compile(r"(?:^|[,;:(]\s?)\d{1,2}\s?(?:to|-|–)\s?$", re.I),
     re.compile(r"^\s?(?:to|-|–)\s?\d{1,2}\s?[-–—=:]\s?(?:\d|[<≤*])", re.I)),
    # "outcomes 14, 18, 20, 21 and 22", "HO outcome 15"
    ("outcome number", re.compile(r"\boutcomes?\s?(?:types?\s?)?(?:\d{1,2}[a-z]?\s?(?:,|and|&|or)\s?)*$", re.I), re.compile(r"")),
    # "question 2", "points 3, 4 and 5", "pages 2 & 3", "questions 1 to 3"
    ("question or list number", re.compile(r"\b(?:questions?|q|parts?|points?|items?|pages?|tudalen|steps?|answers?|responses?|tables?|annex(?:es)?|appendix|appendices|charts?|(?:foot)?notes?)\s?(?:\d{1,2}[a-z]?\s?(?:,|and|&|to|-|–)\s?)*$", re.I), re.compile(r"")),
]
_LIST_NUMBER = re.compile(r"^\s*[(\[]?$")  # at the start of a line, then "1)", "2.", "(3)", "4a."
_LIST_TAIL = re.compile(r"^[a-z]?[.)\]:]?(?:\s|$)", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
# a line that labels itself a reference ("Enquiry Reference: 699 - 24", "PUB 1208", "Our ref 123/45")
_REFERENCE_LINE = re.compile(r"^\W*(?:[a-z]+ ){0,2}(?:ref(?:erence)?|pub|foia?|request (?:no|number|id)|case (?:no|number))\b\.?(?: (?:no|number|id)\b\.?)?\s*[:#]?\s*(?=[a-z/-]*\d)", re.I)  # "Ref: 0789", "Our reference: FOI/DP/2023/0789"
# an e-mail's own header lines, as a pasted or saved message (.eml) begins
_HEADER_LINE = re.compile(r"^(?:from|to|cc|bcc|subject|date|sent|content-type|content-transfer-encoding|"
                          r"mime-version|message-id|reply-to|received|x-[\w-]+):", re.I)
# a page's own furniture, pasted with the reply ("Your cookie choices have been saved (0 of 4 set)")
# ("This request is part of a batch sent to 45 authorities", as WhatDoTheyKnow heads a request it sent to many)
_FURNITURE = re.compile(r"\bcookies?\b|\bleave this site\b|\bskip to (?:main )?content\b|"
                        r"\bsent to \d{1,3} (?:public )?(?:authorities|bodies|forces)\b|\b(?:people|person) following this request\b", re.I)
_PERIOD = re.compile(r"(?:19|20)\d\d\s?[/-]\s?(?:\d\d|(?:19|20)\d\d)")
_FY_SHORT = re.compile(r"\bFY\s?\d\d\s?[/-]\s?\d\d\b", re.I)  # "FY22/23"
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[-–]\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?|(?:19|20)\d\d-\d\d-\d\d")
_ZERO_LED = re.compile(r"0\d{2}[A-Za-z]?(?:/\d{1,2})?")
_PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)\d{2,4}(?:[\s-]\d{3,4}(?:[\s-]?\d{3,4})?|\d{6,7})(?!\d)")
# the short numbers a reply's footer gives (police 101, emergency 999 and 112, NHS 111), named as numbers to call
# (and Relay UK's 18000 and 18001 for textphones)
_SHORT_PHONE = re.compile(r"101|999|111|112|1800[01]")
_CALL = re.compile(r"\b(?:call|ring|dial|phone|telephone|tel|textphone|text relay|minicom|emergency|non-emergency|ffoniwch|"
                   r"contact\b[^.;]{0,40}\bon)\b[^.;]{0,30}$|"
                   r"\btext(?: us)?(?: on)? $", re.I)  # "text 999 once you have registered", "text us on 999"
# a UK postcode ("BS20 8QJ"): its inward part "8QJ" reads as a number and a letter
_LINK_AFTER = re.compile(r"\]\s?(?:https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+)", re.I)  # a page, or an e-mail address
_EXTENSION = re.compile(r"\b(?:ext|extn|extension)\.?\s?$", re.I)  # "(ext. 2260)"
# the patterns of kind_of below, compiled once: it runs for every number of a document
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
_OF_MONTH = re.compile(rf"^\s?(?:of\s)?{MONTH}", re.I)
_FILE_NAME = re.compile(r"^[\w-]*\.(?:pdf|xlsx?|docx?|csv|txt|html?|zip|odt|ods|png|jpe?g|gif)\b", re.I)  # "image001.png"
_BELOW = re.compile(r"(?:<|≤|\b(?:fewer|less|lower) than|\bunder|\bbelow)\s?$", re.I)
_SUPPRESSING = re.compile(r"suppress|not (?:be )?(?:released|disclosed|shown|given)|withh[oe]ld|redact|identif|show(?:n)? (?:it |them )?as|hid(?:e|den)|replaced", re.I)
_SECTION_TOKEN = re.compile(r"\d{1,2}\(\s?\d{1,2}[A-Z]?\s?\)(?:\([a-z]{1,3}\))*")  # "23(5)", "40(5B)(a)(i)"
_LETTER = re.compile(r"[A-Za-z]")
_LETTER_LAST = re.compile(r"[A-Za-z]$")
_SLASH_OR_DASH = re.compile(r"[/-]")
_LIST_MARK = re.compile(r"^[a-z]?[.)\]:]", re.I)
_AGE_SPAN = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
_MARKED = re.compile(r"(?:<|\b(?:fewer|less) than)\s?$", re.I)
_PO_BOX = re.compile(r"\bp\.? ?o\.? box\s?$", re.I)
_LOG_REFERENCE = re.compile(r"\d{3,6}/(?:\d\d|(?:19|20)\d\d)|(?:19|20)\d\d/\d{3,6}")  # "2461/24", "FOI/2024/0617"
_GLUED_TO_LETTERS = re.compile(r"\b[A-Z]{2,}[-/]$")  # a reference's capitals, the number glued on
# the figure a correction replaces: "253, not 247", "instead of 247", "previously given as 247"
_REPLACED = re.compile(rf"\d,?\s(?:and\s)?not\s?$|\binstead of\s?$|\bin error as\s?$|"
                       rf"\b(?:previously|originally)(?:\s{GIVEN})?(?:\sas)?\s?$", re.I)
_PAGE_OF = re.compile(r"\b(?:pages?\s?\d{1,3}\s?(?:of|/)|tudalen\s?\d{1,3}\s?o)\s?$", re.I)  # and in Welsh, "Tudalen 1 o 2"


_RECORDS_TO_READ = re.compile(r"^\s(?:\w+\s){0,2}?(?:crimes?|records?|cases?|reports?|files?|incidents?|occurrences?)\b", re.I)
# a cost estimate's sum: "approximately 671 x 6 = 4,026 minutes"
_TIMES = re.compile(r"^\s?[x×*]\s?\d")
_TIMES_BEFORE = re.compile(r"\d\s?[x×*]\s?$")
# a sentence weighing the work of an answer against the cost limit
COST_ESTIMATE = re.compile(r"\b(?:minutes?|hours?)\b[^.]*\b(?:limit|threshold|exceed|cost|allowed|permitted)|"
                           r"\b(?:limit|threshold|exceed|cost|allowed|permitted)\b[^.]*\b(?:minutes?|hours?)\b|"
                           r"\b(?:minutes?|hours?) (?:each|per|a) (?:crime|record|report|case)|"
                           r"\b(?:read|review|examine|check)\w*\b[^.]{0,40}\beach of the\b|"
                           # "each of the 1,146 crimes … would have to be opened and read"
                           r"\beach of (?:the|these|those)\b[^.]*\b(?:would|will) (?:have|need) to be (?:manually |individually )?"
                           r"(?:opened|read|reviewed|examined|checked|searched)\b", re.I)
_CODE_BEFORE_TITLE = re.compile(r"^\s+[A-Za-z]")


@cache
def _known_codes() -> frozenset[str]:
    return frozenset(code.upper() for code in offences())


def kind_of(text: str, start: int, end: int) -> str | None:
    """What a number that is not a figure is, from itself and its neighbours; None when
    nothing about it says."""
    token = text[start:end]
    before, after = text[:start], text[end:]
    if _DATE.fullmatch(token):
        return "date"
    if DECIMAL.match(token) and text.strip() == token:
        return "percentage"  # a cell of "38.6" beside the counts: no count has a fraction
    if _REFERENCE_LINE.match(text):
        return "reference number"
    if _HEADER_LINE.match(text):
        return "e-mail header"
    if _FURNITURE.search(text):
        return "web page furniture"
    if _ORDINAL.fullmatch(token):
        return "date" if _OF_MONTH.match(after) else "question or list number"
    if _FILE_NAME.match(after) or "_" in token:
        return "file name or reference number"
    if _BELOW.search(before) and _SUPPRESSING.search(text):
        return "suppression threshold"
    if suppression_rule(text) is not None:  # "* denotes a figure between 1 and 4"
        return "suppression threshold"
    if _PERIOD.fullmatch(token) or _YEAR.fullmatch(token) or any(
            m.start() <= start and end <= m.end() for m in _FY_SHORT.finditer(text)):
        return "year or period label"
    if any(m.start() <= start and end <= m.end() for m in _PHONE.finditer(text)) or \
            (_SHORT_PHONE.fullmatch(token) and _CALL.search(before)) or _EXTENSION.search(before):
        return "phone number"
    if any(m.start() <= start and end <= m.end() for m in POSTCODE.finditer(text)):
        return "postcode"
    if _PO_BOX.search(before) or _BEFORE_POSTCODE.match(after):
        return "address"
    if (_RECORDS_TO_READ.match(after) or _TIMES.match(after)) and COST_ESTIMATE.search(text):
        return "records in a cost estimate"  # "we would have to read each of the 193 crimes …, about 26 hours"; "671 x 6 = …"
    if _TIMES_BEFORE.search(before) and COST_ESTIMATE.search(text):
        return "hours or days in a cost estimate"  # "671 x 6 = 4,026 minutes": the minutes each record takes
    if _PAGE_OF.search(before):
        return "question or list number"  # "Page 1 of 2"
    if _SECTION_TOKEN.fullmatch(token):
        return "FOIA section"
    if ("/" in token or _LETTER_LAST.search(token) or len(token) == 5) and codes_in(f"code {token}"):
        return "offence code"
    if _CODE_BEFORE_TITLE.match(after) and not before.strip() and code_from_token(token.lower()).upper() in _known_codes():
        return "offence code"  # "019D Rape of a female child under 16: 58", "073 Abuse of position of trust"
    if re.fullmatch(r"\d{1,2}\([a-h]\)", token):
        return "question or list number"  # "the offences at 1(a) and 1(c)": a question's lettered part
    if before.endswith("[") and _LINK_AFTER.match(after):
        return "a link to another page"  # "[1]www.westmercia.police.uk": an e-mail's mark for a link listed at its foot
    if re.fullmatch(r"\d{1,4}K", token):
        return "file size"  # "118K Download", an attachment's size beside its link
    if _LETTER.search(token) and _SLASH_OR_DASH.search(token):
        return "reference number"
    if _LOG_REFERENCE.fullmatch(token):  # "2461/24": a log's running number and its year, not a period or code
        return "reference number"
    if _LIST_NUMBER.match(before) and _LIST_TAIL.match(after) and _LIST_MARK.match(after):
        return "question or list number"
    if _GLUED_TO_LETTERS.search(before):
        return "reference number"  # "FOI-SX-24-0917", "NP/FOI/24/0977"
    if _REPLACED.search(before) and CORRECTING.search(text):
        return "a figure the reply puts right"  # "the correct figure is 253, not 247"
    for kind, head, tail in _CONTEXT_CLASSES:
        if (head.pattern and head.search(before[-40:])) or (tail.pattern and tail.match(after)):
            return kind
    if _AGE_SPAN.fullmatch(token):
        return "age that defines a band"
    return None


def label_kind(text: str) -> str | None:
    """What a table label holding numbers is (a period, an age band, a code, an outcome)."""
    label = read_label(text)
    if label.axis is None and _ZERO_LED.fullmatch(text.strip()) and read_label(text, axis="offence_code").dims:
        return "offence code"  # "021" in a column of codes (a code with its leading zero)
    return {"period": "year or period label", "victim_age": "age that defines a band",
            "suspect_age": "age that defines a band", "offence_code": "offence code",
            "outcome": "outcome number"}.get(label.axis or "")


# --- the account of one document -------------------------------------------------------------


@dataclass(frozen=True)
class Used:
    """A figure the interpreter read: where it was, the value or marker it took, its fate."""

    where: str
    value: int | None
    fate: str
    kind: str = ""  # for one not a figure: what it is instead


_CODES_HEADER = re.compile(r"\bcodes?\b", re.I)
_LISTED_LABEL = re.compile(r"^\W*(?P<label>.*\S)\s*[-–—:=]\s*(?:<\s*)?[\d*][\d,]*\D*$")  # "10 to 17 – 27", "Aged 18-24: 31"
# a figure printed a second time (a table's total repeating another's): one fact, counted once
REPEAT = "the same figure given again"


@dataclass(frozen=True)
class Held:
    """A review item holding the figures of many cells (a whole table's): its place and
    the places of its cells. Their numbers are one entry of the account, to review."""

    where: str
    cells: set[str]


def account(blocks: Iterable[tuple[Line | Cell, str, bool]], used: list[Used],
            held: Iterable[Held] = (), cut: bool = False) -> tuple[list[Number], list[tuple[Number, str]]]:
    """Every numeric token of ``blocks`` (each a line or cell with its role, and whether
    it is a table's row or column label) with its fate; ``cut`` says that the text stops
    short after the last block (its last number may be cut in two). Returns (numbers,
    unplaced): the second are those nothing classes, each with the text it is in, already
    counted in the first as sent to review."""
    wanted: dict[str, list[Used]] = {}
    for u in used:
        wanted.setdefault(u.where, []).append(u)
    numbers: list[Number] = []
    unplaced: list[tuple[Number, str]] = []
    held = list(held)
    in_held = [0] * len(held)  # how many numbers each holds
    first = [""] * len(held)  # the first of them, to show
    for item, role, is_label, last in _with_last(blocks):
        text = item.text
        if held and isinstance(item, Cell) and (h := next((i for i, h in enumerate(held) if item.where in h.cells), None)) is not None:
            found = tokens(text)
            first[h] = first[h] or (found[0].group() if found else "")
            in_held[h] += len(found)
            continue
        claims = wanted.get(item.where, [])
        # a list line that gave its figure: the numbers of its label are the label's ("10 to 17 – 27")
        listed = _LISTED_LABEL.match(text) if claims and isinstance(item, Line) else None
        for m in tokens(text):
            marked = _MARKED.search(text[:m.start()])
            claim = next((u for u in claims if (u.value is not None and value_of(m.group()) == u.value)
                          or (u.value is None and marked)), None)
            if claim is None and isinstance(item, Cell):
                claim = claims[0] if claims else None  # a cell holds one figure, whatever its marker
            if claim is not None:
                claims.remove(claim)
                numbers.append(Number(m.group(), item.where, m.start(), claim.fate, claim.kind))
                continue
            kind = kind_of(text, m.start(), m.end())
            if kind is None and cut and last and not text[m.end():].strip():
                kind = "cut off where the text stops"
            if kind is None and isinstance(item, Cell):
                kind = label_kind(text) or ("row or column label" if is_label else None)
            if kind is None and listed and m.end() <= listed.end("label"):
                kind = label_kind(listed.group("label"))
            if kind is None and role == "aside":
                kind = "a link to another page"
            if kind is None and role in ("request", "heading") and _in_question(text):
                kind = "in the request's own words"
            if kind is None:
                number = Number(m.group(), item.where, m.start(), REVIEW)
                unplaced.append((number, text))
            else:
                number = Number(m.group(), item.where, m.start(), NOT_A_FIGURE, kind)
            numbers.append(number)
    numbers.extend(Number(first[i], h.where, 0, REVIEW, count=in_held[i]) for i, h in enumerate(held) if in_held[i])
    return numbers, unplaced


def _with_last(blocks: Iterable[tuple[Line | Cell, str, bool]]) -> Iterator[tuple[Line | Cell, str, bool, bool]]:
    """Each block, and whether it is the last (read one ahead, so that the blocks stream)."""
    ahead = None
    for block in blocks:
        if ahead is not None:
            yield (*ahead, False)
        ahead = block
    if ahead is not None:
        yield (*ahead, True)


_ASKING = re.compile(r"\bhow many\b|\bthe number of\b|\bplease\b|\bprovide\b|\?|\bi would like\b|\bcould you\b|\bin each\b|\bbetween\b|\bfrom\b", re.I)


def _in_question(text: str) -> bool:
    """A request line that asks (its numbers are the asking's: how many years, which dates),
    as against an answer written in among the questions ("5 & Under - 5211")."""
    return bool(_ASKING.search(text))


def cells_and_lines(blocks: Iterable[tuple[Line | RawTable, str]]) -> Iterator[tuple[Line | Cell, str, bool]]:
    """The lines and cells of a document, one by one, with their roles and whether each
    cell is a label (a table's first row or column)."""
    for block, role in blocks:
        if isinstance(block, RawTable):
            above: list[Cell] = []
            # a column headed as one of codes ("HO Code" over 21, 22) is a column of labels too
            named = {c for c, cell in enumerate(block.rows[0])
                     if _CODES_HEADER.search(cell.text) and axis_name(cell.text) == "offence_code"} if block.rows else set()
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    # a merged cell repeats itself over a rectangle: it is one cell, met first at its top left
                    if (c and row[c - 1].where == cell.where) or (c < len(above) and above[c].where == cell.where):
                        continue
                    yield cell, role, r == 0 or c == 0 or c in named
                above = row
        else:
            yield block, role, False
