"""Step 1 of :mod:`foistats.ingest.interpret`: the structure of a reply — the request told from
the response, and which numbered question each block belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import prose
from .labels import CAPTION
from .raw import Line, RawDocument, RawTable
from .values import read_value

# --- structure ----------------------------------------------------------------------------------

_KEY = r"(?:[0-9]{1,2}[a-z]?|[a-h])"
_RESPONSE_HEAD = re.compile(
    r"^(?:in |our |the |my )?(?:(?:response|answer|reply|disclosure|decision)s?|information (?:disclosed|provided|released|supplied))"
    r"(?:\s+(?:to\s+)?(?:questions?\s+|parts?\s+|q\.?\s*)?"
    rf"({_KEY}\)?(?:\s*(?:,|and|&|-|to)\s*{_KEY}\)?)*))?(?:\s+to\s+(?:your|the)\s+(?:request|questions?|enquiry))?\s*[:.\-–]?\s*$", re.I)
_REQUEST_HEAD = re.compile(
    r"^(?:your |the |original )?(?:request|requests|questions?)(?: details)?\s*[:.]?\s*$|^you asked\b|"
    r"^your request (?:was|is|reads)\b|^request for information\s*:?$|^information requested\s*:?$|"
    r"^(?:annex|appendix)\s+[a-z0-9]{1,3}\s*[-–—:]\s*(?:a copy of )?(?:your|the) (?:original )?request\b", re.I)  # "Annex A – your request as received"
_KEYED = [
    re.compile(r"^(?:question|q|request|part|point|cwestiwn)\.?\s*(\d{1,2})\s*([a-z])?\b\s*[:.)\-–]?\s*(.*)$", re.I),  # and in Welsh
    re.compile(r"^(\d{1,2})\s*([a-z])?\s*[.)](?!\d)\s*(.*)$"),  # not "3.5 Our crime system …", a paragraph's number
    re.compile(r"^(\d{1,2})([a-z])\s+(.*)$"),
    re.compile(r"^\((\d{1,2})([a-z])?\)\s*(.*)$"),
]
# points numbered in roman numerals, "(iv) …", "iv. …", "Part (iv)": the fourth question
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
_ROMAN_NUMBER = "(" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + ")"
_ROMAN_KEYED = [
    re.compile(rf"^(?:(?:question|q|request|part)\.?\s*)?\({_ROMAN_NUMBER}\)\s*[:.\-–]?\s*(.*)$", re.I),
    re.compile(rf"^(?:(?:question|q|request|part)\.?\s+)?{_ROMAN_NUMBER}[.)]\s+(.*)$"),
    re.compile(rf"^(?:question|q|request|part)\.?\s+{_ROMAN_NUMBER}\b\s*[:.\-–]?\s*(.*)$", re.I),
]
# an answer that carries its question's number ("A1 As at 31 January …", "Answer 2: 45",
# "In response to question 1, the information …"): what follows answers that question
_ANSWER_KEYED = re.compile(
    r"^(?:[ar](?=\d)|(?:ans|answer|response|reply)\.?\s*)(\d{1,2})\s*([a-z])?\b\s*[:.)\-–]?\s*(\S.*)$|"  # not "A 12 month …"
    r"^(?:(?:in )?(?:response|answer|reply) to|(?:with )?regard(?:s|ing)? to|regarding|with respect to|turning to|as for|for|"
    r"in relation to|in respect of) "
    # "Response to Q2", "In respect of part (c), …"
    r"(?:your )?(?:(?:question|part|point) |q\.?\s*)(?:(\d{1,2})\s*([a-z])?\b|\(([a-h])\))\s*[:,.\-–]?\s*(.*)$", re.I)
# an answer written on its question's line, after the question mark: "How many …? 45", "…? – 12 offences"
_INLINE_ANSWER = re.compile(r"^(.*\?)\s*(?:[-–—:]\s*)?((?:(?:answer|response)\s*[:\-–]?\s*)?\d{1,3}(?:,\d{3})*(?![\d/-])(?:\s+[a-z][^?]*)?\.?)$", re.I)
_NAMES_PART = re.compile(r"^(?:part|question|q)\.?\s*(\d{1,2})\b\s*[:.)\-–—]?\s*(.*)$", re.I)
_SECTION_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+(?=[A-Z])")
_KEY_RANGE = re.compile(r"^(?:q|questions?|points?|requests?)\s*(\d{1,2})\s*(?:-|–|—|to)\s*(?:q|questions?)?\s*(\d{1,2})\s*:?$", re.I)
_SEVERAL_PARTS = re.compile(r"^(?:parts|questions|points)\s+\(?[a-h\d]\)?(?:\s*(?:,|and|&)\s*\(?[a-h\d]\)?)+\s*(?::|\s[-–—:]\s.{0,80})?$"
                            r"|^q\.?\s?\d{1,2}(?:\s*(?:,|and|&)\s*q\.?\s?\d{1,2})+\s*:?$"  # "Q1 and Q2"
                            r"|^\(?[a-h]\)(?:\s*(?:,|and|&)\s*\(?[a-h]\))+\s*:?$", re.I)  # "(a) and (b)"
# an item of a list a figure beside its name, "Snapchat – 23", "Other: 4"
_LISTED_ITEM = re.compile(r"[A-Za-z][^–:=]{0,40}?\s*(?:[-–—:=])\s*(?:\d[\d,]*|<\s*\d+|\*|nil)\s*\.?")
# an answer to several questions on the line that names them: "Questions 1 and 2: the information is shown below"
_PARTS_THEN_ANSWER = re.compile(r"^(?:questions|parts|points)\s+((?:\d{1,2}|\(?[a-h]\)?)(?:\s*(?:,|and|&)\s*(?:\d{1,2}|\(?[a-h]\)?))+)"
                                r"\s*:\s*\S.*$", re.I)
# a heading naming the questions below it answers: "Answer to (c):", "Response to questions 1 and 2"
_ANSWER_TO_PARTS = re.compile(r"^(?:in )?(?:answers?|responses?|reply|replies) to\s+(?:(?:questions?|parts?|points?|q)\.?\s*)?"
                              r"((?:\(?(?:[a-h]|\d{1,2})\)?\s*(?:,|and|&)\s*)*\(?(?:[a-h]|\d{1,2})\)?)\s*[:.\-–]?$", re.I)
# a heading that names the one question its section answers, among other words
# ("Section 12 - question 4 (teachers and school staff)", "Information not held - question 6")
_NAMING_HEADING = re.compile(r"^(?=.{0,90}$)(?=[a-z])[^.?!:;,]{3,50}?\s[-–—:]\s(?:question|part|q)\.?\s?(\d{1,2})(?:\s\([^()]{1,40}\))?$", re.I)
# an answer the force wrote into its question, in square brackets: "…(CSE) flag? [2021/22 - 143; …]"
_BRACKETED_ANSWER = re.compile(r"^(.*?\S)\s*\[((?=[^\[\]]*(?:\d|\bnot held\b|\bnil\b|\bnone\b))[^\[\]]{2,})\]\s*$", re.I)
_BRACKET_OPENED = re.compile(r"^(.*?\S)\s*\[([^\[\]]*)$")  # "… school staff? [Code 73 offences:", closed lines below
_BRACKET_LINES = 8
# an answer led by its heading on its own line's start, numbered by the question above it: "Answer: 45"
_ANSWER_LED = re.compile(r"^(?:(?:answer|response|reply|our response)\s*[:\-–]|a\s*:)\s*(\S.*)$", re.I)
# "Questions 1 and 2 are answered in the table below": the next table answers each of them
_TABLE_ANSWERS = re.compile(r"\bquestions? ((?:\d{1,2}[a-z]?\s*(?:,|and|&|to|-|–)\s*)*\d{1,2}[a-z]?)\b(?: (?:is|are))? "
                            r"(?:answered|provided|given|shown|set out|covered)\b[^.]*\btable\b", re.I)
# "…for your request. You asked:": the lines after it are the request
_ASKED_AT_END = re.compile(r"\b(?:you asked|your request (?:was|read|reads)|you requested|you (?:seek|sought|are seeking) access to)(?: (?:for|the following))?[^.]{0,40}:\s*$|"
                           r"\brequest\b[^.]{0,80}\b(?:reads?|was|is) as follows\s*:\s*$|"
                           r"\b(?:made|submitted|sent|asked) the following (?:request|questions?)\s*:\s*$", re.I)  # "… received on 15 January, which reads as follows:"
# an unnumbered point of a request ("- How many …", "• The ages of …"): its order is its number,
# as the force's answer refers to it ("points 3, 4 and 5")
# the requester's own message quoted under the reply ("-----Original Message-----", "On 16 Jan
# 2025, Jo Bloggs wrote:"): the request, wherever it stands; and its sign-off, where it ends
_QUOTED_ORIGINAL = re.compile(r"^-{2,}\s*original message\s*-{2,}$|^on\b.{5,120}\bwrote:$", re.I)
# a letter's salutation says who writes it: to the force ("Dear Durham Constabulary,", "Dear FOI
# Team"), the requester asking; to anyone else ("Dear S. Okafor,", "Dear Applicant"), after a
# message that asked questions, the force answering (at a letter's top it says nothing: the
# letter may quote the request next). In a thread of several messages each begins another's turn.
_TO_THE_FORCE = re.compile(r"^dear\s+(?:[\w&'.-]+\s+){0,4}?(?:police|constabulary|constable|service|foi|freedom of information|"
                           r"information (?:rights|management|compliance)|disclosure|team|unit|office|department)\b[^.;:]{0,40},?$", re.I)
_SALUTATION = re.compile(r"^dear\s+(?!sir\b|madam\b|sirs\b|all\b)\S[^;:]{0,40},?$", re.I)
_ELIDED = re.compile(r"\[\s*(?:\.{3}|…|snip|snipped|truncated|cut)\s*\]|\.{3}|…", re.I)
_SIGN_OFF = re.compile(r"^(?:yours (?:faithfully|sincerely)|(?:kind |best |many )?(?:regards|thanks)),?$", re.I)
# a page's list of links to other disclosures ("Related disclosures", "You may also be
# interested in"): their titles name codes and years of other requests, not this one's
_ASIDE_HEAD = re.compile(r"^(?:related (?:disclosures?|links?|requests?|content|pages?|documents?|information|foi requests?|articles?)|"
                         # "Other requests you may be interested in"
                         r"(?:other|similar|more|recent) (?:foi |freedom of information )?(?:disclosures|requests|responses|releases)"
                         r"(?: you (?:may|might) (?:also )?(?:be interested in|like))?|"
                         r"you (?:may|might) also (?:be interested in|like)|see also)\s*:?\s*$", re.I)
_LINK_TITLE_LENGTH = 120  # a longer line is the page's text again, not a link
_BULLET = re.compile(r"^[-•*–·▪◦\uf0b7\uf0a7]\s+(\S.*)$")
_LETTER = [re.compile(r"^()([a-h])\s*[.)]\s+(.*)$", re.I), re.compile(r"^()([A-H])()$"),
           re.compile(r"^()(?:part|question)\s*\(?([a-h])\)?\s*[:.]?()$", re.I),  # "Part d)", "Part (c):" as a heading
           re.compile(r"^()\(([a-h])\)\s+([^\[\]]*\[.*)$"),  # "(a) under 13 [31]": a part with its answer written in
           re.compile(r"^()\(([a-h])\)\s+([A-Z].*)$"),  # "(a) The number of crimes …"
           # "(a) the number of … flag;", a sentence of a list ("…; and", its last closing the quote: "… crimes.”")
           re.compile(r"^()\(([a-h])\)\s+([a-z][^\[\]]{25,}(?:[;?.,]|[;,]?\s+(?:and|or))[\"”’']?)$"),
           re.compile(r"^()\(([a-h])\)\s*[:.]?()$")]  # "(c)" alone over its answer
_FORCE_VOICE = re.compile(  # after a short label of its own ("First Duty – Essex Police holds …")
    # "Having considered your request in terms of the above Act, …", as Scottish replies open
    r"^(?:[a-z]+(?: [a-z]+){0,3}\s[-–—:]\s+)?(?:having (?:now )?considered your request|i have|we have|i can confirm|we can confirm|i confirm|we confirm|please (?:find|see|note|refer to)|the information you|"
    r"the (?:information|figures|data|answer)s? (?:is|are) (?:set out|shown|given|provided|listed|as follows)|"
    r"(?:the|this) information (?:(?:you )?requested )?(?:is|was) (?:not )?held\b|"  # "The information is held and is shown in Table 1."
    r"(?:the )?(?:following |attached )?(?:tables?|figures|chart|list|spreadsheet) (?:below |above |attached )?"
    r"(?:shows?|sets? out|gives?|provides?|lists?|details?|contains?|breaks? down)\b|"  # "The table below shows the number of …"
    r"(?:[A-Z][\w-]+ )+(?:police|constabulary|service) (?:confirms|can confirm|holds|does not hold|has)|"
    # the Act's duties, as many letters set them out before answering ("Section 1 of the Freedom of Information Act
    # 2000 (the Act) places two duties on public authorities")
    r"(?:section 1(?:\(1\))? of )?the (?:freedom of information )?act(?: 2000)?(?: \(the act\))? (?:places|imposes|gives|requires)\b)", re.I)
_STRICT_QUESTION = re.compile(r"\bhow many\b|\?\s*$|\bthe number of\b|\bplease\b", re.I)


@dataclass
class Placed:
    block: Line | RawTable
    role: str  # request | response | heading | aside (links to other pages) | unknown
    key: str | None
    content: str = ""  # a line's text less its question number
    covers: tuple[str, ...] = ()  # the questions a table answers, where the reply says it answers several


_REFERENCE_LED = re.compile(r"^(?:foi|ref(?:erence)?)\.?\s*(?:no\.?\s*)?[:.]?\s*[a-z]*\s*\d[\w/.-]*\s+[-–—:|]\s+(?=(?:question|q)\.?\s*\d)", re.I)


def _keyed(text: str, number: str | None) -> tuple[str, str, str] | None:
    text = _OPENING_QUOTE.sub("", text)  # '"1. How many …', a request quoted as received
    text = _REFERENCE_LED.sub("", text)  # "FOI 000284-25 - Q3: …", a sheet's title: the reply's reference, then the question
    for pattern in _KEYED:
        if m := pattern.match(text):
            return m.group(1), (m.group(2) or "").lower(), m.group(3)
    for pattern in _ROMAN_KEYED:
        if m := pattern.match(text):
            return str(_ROMAN.index(m.group(1).lower()) + 1), "", m.group(2)
    for pattern in _LETTER:
        if m := pattern.match(text):
            return number or "", m.group(2).lower(), m.group(3)
    return None


_SAID_OF_LATER = re.compile(r"^\W*(?:questions?|q|parts?)\s*\d{1,2}[a-z]?\s+(?:is|are|has been|have been|will be)\b[^.]*"
                            r"\b(?:further on|later|below|further down|elsewhere)\b", re.I)
_OPENING_QUOTE = re.compile(r"^\s*[\"“‘']\s*(?=\(?\w{1,2}[.)])")
_TWO_SIDES = re.compile(r"^\s*([^/\d]{2,30}?)\s+/\s+([A-Za-z][^/\d]{1,30})$")


def _english_side(heading: str) -> str:
    """A bilingual heading's English side ("Ymateb / Response", "Eich cais / Your request"): the
    side that reads as a heading, the other said first in Welsh."""
    heads = (_RESPONSE_HEAD, _REQUEST_HEAD, _NOTES_HEAD)  # ("Nodiadau / Notes")
    if (m := _TWO_SIDES.match(heading.strip())) and any(head.match(m.group(2)) for head in heads) \
            and not any(head.match(m.group(1)) for head in heads):
        return m.group(2)
    return heading


def _numbers_named(text: str) -> tuple[str, ...]:
    """The questions "1, 2 and 4" or "1 to 3" name, in order."""
    named: list[str] = []
    for m in re.finditer(r"(\d{1,2}[a-z]?)(?:\s*(?:to|-|–)\s*(\d{1,2})\b)?", text):
        first, last = m.group(1), m.group(2)
        named += [str(n) for n in range(int(first), int(last) + 1)] if last and first.isdigit() and int(first) < int(last) <= 30 \
            else [first]
    return tuple(named)


_SHEET = re.compile(r"^sheet (.+?) (?:[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?|row \d+)$")  # a workbook block's place: "sheet Data A4:E23"


_SEE_SHEET = re.compile(r"^\W*(?:question|q)\s*(\d{1,2})\b[^.]{0,80}?\b(?:see|refer to|(?:is|are|provided|given|set out) (?:on|in))\s+"
                        r"(?:the\s+)?['\"‘“]([^'\"’”]{1,31})['\"’”]\s+(?:tab|sheet|worksheet)\b", re.I)


# (not "Q1-Q2 Offences", a sheet of two questions)
_SHEET_OF_QUESTION = re.compile(r"(?:q|question)\s*(\d{1,2}[a-h]?)(?:$|\s+(?![-–&,+]|and\b|to\b)|\s*[-–:]\s+(?!(?:q|question)?\s*\d))", re.I)


def same_sheet(where: str, other: str) -> bool:
    """Whether two places are on one workbook sheet (or neither is on a sheet)."""
    first, second = _SHEET.match(where), _SHEET.match(other)
    return (first.group(1) if first else None) == (second.group(1) if second else None)


def _answered_on_sheets(doc: RawDocument) -> dict[str, str]:
    """The sheet each question's answer is on, where the reply says ("Question 1: Please see the
    'Data' tab of this workbook."), by the sheet's name in lower case."""
    said = [(m.group(2).strip().lower(), m.group(1)) for block in doc.blocks if isinstance(block, Line)
            and (m := _SEE_SHEET.match(block.text))]
    return {name: key for name, key in said if len({k for n, k in said if n == name}) == 1}  # one question a sheet


def structure(doc: RawDocument) -> tuple[list[Placed], dict[str, str]]:
    """Each block with its role and question key; and each question's text."""
    placed: list[Placed] = []
    questions: dict[str, str] = {}
    mode, role, number, key, seen_keys = "unknown", "unknown", None, None, False
    asking: list[str] = []  # the numbered questions asked since the last answer heading
    bullets = 0  # the unnumbered points of the request so far
    announced: tuple[str, ...] = ()  # questions a line says the next table answers
    notes = ""  # under a "Notes" heading, until the next heading of a request or response: the mode it came in
    aside = False  # under a "Related disclosures" heading, while its lines are short
    # an e-mail quoting the requester's numbered questions ("> 1. …"): its unquoted lines are the force's
    quoting = sum(1 for b in doc.blocks if isinstance(b, Line) and b.quoted and _keyed(b.text, None)) >= 2
    in_quote, previous = False, ""  # inside a request quoted over several lines; the line before
    marked: set[str] = set()  # footnote marks met so far ("2024 (1)")
    bracket = 0  # lines left of an answer in square brackets that goes on over lines (a bracket never closed ends)
    sheet = None  # the workbook sheet of the block before
    answered_on = _answered_on_sheets(doc)
    for index, block in enumerate(doc.blocks):
        if (this_sheet := _SHEET.match(block.where)) and sheet is not None and this_sheet.group(1) != sheet:
            # a sheet of its own answers no question of the sheet before, until it says one, or unless the
            # reply said which it answers ("Question 1: Please see the 'Data' tab of this workbook.")
            key = number = answered_on.get(this_sheet.group(1).strip().lower())
            if key is None and (named := _SHEET_OF_QUESTION.match(this_sheet.group(1).strip())) \
                    and named.group(1).lower() in questions:
                key = number = named.group(1).lower()  # a sheet named "Q2" or "Q2 Victim age" answers question 2
            notes = ""  # the notes of the sheet before end with it
            if mode == "request" and questions:
                mode = role = "response"  # a sheet after the one that sets out the request answers it
            if key is None and mode == "response" and len(questions) == 1:
                key = next(iter(questions))  # a request of one question: every sheet of the response answers it
        sheet = this_sheet.group(1) if this_sheet else None
        if not isinstance(block, RawTable):
            line = block.text.strip()
            aside = (aside and len(line) <= _LINK_TITLE_LENGTH and not _RESPONSE_HEAD.match(line)
                     and not _REQUEST_HEAD.match(line)) or bool(_ASIDE_HEAD.match(line))
            if aside:
                placed.append(Placed(block, "aside", None))
                continue
        if isinstance(block, RawTable):
            table_role = "response" if role == "request" and _has_numbers(block) else role
            placed.append(Placed(block, table_role, key, covers=announced))
            announced = ()
            continue
        text = block.text
        if bracket:  # inside an answer written into the question in brackets, until it closes
            inside, closed, _ = text.partition("]")
            bracket = 0 if closed else bracket - 1
            if inside.strip():
                placed.append(Placed(Line(inside.strip(), block.where), "response", key, inside.strip()))
            continue
        # a request quoted over several lines ends with its closing quote mark: what follows is
        # the force's again, not more of the last question ('… (A, B or C)."' then "Appendix A")
        # a request quoted whole in one paragraph ends with it, as one quoted over several lines does
        whole_quote = mode == "request" and previous.startswith(_OPENING) and len(previous) > 1
        if (in_quote or whole_quote) and previous.endswith(_CLOSING) and not text.lstrip().startswith(_OPENING):
            if "request" in (mode, role):  # (numbered questions read as the request before any heading said so)
                mode = role = "response"
                if in_quote:  # a quoted request's lines: what follows answers no one question of it
                    key = number = None
                    asking = []
            in_quote = False
        elif not in_quote and ((mode == "request" and text.lstrip().startswith(_OPENING) and not text.rstrip().endswith(_CLOSING))
                               or _opens_quote(text)):
            in_quote = True  # (or opened after a colon mid-line: 'You asked: "Please provide the following …')
        previous = text.strip()
        marked.update(_MARK.findall(text[1:]))
        if quoting and not block.quoted and placed and isinstance(placed[-1].block, Line) \
                and placed[-1].block.quoted and placed[-1].role == "request":
            mode = role = "response"  # "> 2. Please break these down …" quoted, then the force's answer to it
        if _ELIDED.fullmatch(text.strip()):
            placed.append(Placed(block, "heading", None))  # "[...]": a quoted message cut short, no one's words
            continue
        original = bool(_QUOTED_ORIGINAL.match(text.strip()))
        signed_off = "request" in (mode, role) and seen_keys and _SIGN_OFF.match(text.strip())
        if original or signed_off:
            # the requester's message ends with its sign-off: what follows is the force's, even where
            # no heading says so (a WhatDoTheyKnow thread, its reply restating each question)
            mode = role = "request" if original else "response" if mode == "unknown" else "unknown"
            key = number = None
            asking = []
            bullets = 0
            notes = ""  # another message: the notes of the one before end with it
            placed.append(Placed(block, "heading", None))
            continue
        if _TO_THE_FORCE.match(text.strip()):
            mode = role = "request"  # the requester writes again (a clarification), asking anew
            key = number = None
            bullets = 0
            placed.append(Placed(block, "heading", None))
            continue
        if _SALUTATION.match(text.strip()) and ("request" in (mode, role) or (mode == "unknown" and seen_keys)):
            mode = role = "response"  # the force writes, after the requester's message
            if seen_keys:
                key = number = None
            asking = []
            placed.append(Placed(block, "heading", None))
            continue
        if m := _TABLE_ANSWERS.search(text):
            announced = _numbers_named(m.group(1))
        # "1. Your request", "3. Response": a letter's numbered section headings, not questions
        heading = _SECTION_NUMBER.sub("", text) if _SECTION_NUMBER.match(text) else text
        heading = _english_side(heading)
        if m := _RESPONSE_HEAD.match(heading):
            mode = role = "response"
            notes = ""
            # a bare "Answer" under one numbered question answers that question; under a
            # list of questions it answers them all
            # "Answer 1, 2 & 3" answers several questions at once: its lines say which by their own labels
            named = re.findall(_KEY, m.group(1).lower()) if m.group(1) else []
            if named:
                key = named[0] if len(named) == 1 else None
            elif asking:
                key = asking[0] if len(set(asking)) == 1 else None
            elif not (key and placed and placed[-1].key == key and (placed[-1].role != "heading" or placed[-1].content)):
                # (but "Part 2", its question quoted, then "Response:": the answer to that part; or "Question 2",
                # the question written again as its heading, then "Answer")
                key = None
            number = None if key is None else number
            asking = []
            placed.append(Placed(block, "heading", key))
            continue
        if (m := _ANSWER_KEYED.match(text)) and (seen_keys or m.group(4) or m.group(6)):
            number, letter, content = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(7))
            key = f"{number or ''}{(letter or m.group(6) or '').lower()}"
            number = number or None
            mode = role = "response"
            asking = []
            placed.append(Placed(block, "response", key, content))
            continue
        if seen_keys and (m := _KEY_RANGE.match(text.strip())) and m.group(1) in questions and m.group(2) in questions:
            mode = role = "response"  # "Q1 - Q3" over a table: it answers each, its rows saying which
            key = number = None
            asking = []
            announced = tuple(str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1))
            placed.append(Placed(block, "heading", None))
            continue
        if seen_keys and (m := _ANSWER_TO_PARTS.match(text.strip())) \
                and (keys := re.findall(r"\b(?:[a-h]|\d{1,2})\b", m.group(1).lower())) and all(k in questions for k in keys):
            mode = role = "response"  # "Answer to (c):", "Answer to (a) and (b):", over what answers them
            key = keys[0] if len(keys) == 1 else None
            number = key if key and key.isdigit() else None  # a lettered question's parts are its own letters
            asking = []
            announced = tuple(keys) if len(keys) > 1 else ()
            placed.append(Placed(block, "heading", key))
            continue
        if seen_keys and (m := _PARTS_THEN_ANSWER.match(text.strip())) \
                and (keys := re.findall(r"\b(?:[a-h]|\d{1,2})\b", m.group(1).lower())) and all(k in questions for k in keys):
            mode = role = "response"  # "Questions 1 and 2: … shown in the table below": an answer to both, what follows too
            key = number = None
            asking = []
            announced = tuple(keys)
            placed.append(Placed(block, "response", None, covers=announced))
            continue
        if seen_keys and _SEVERAL_PARTS.match(text.strip()):
            mode = role = "response"  # "Parts (a) and (b)": answers to both, their lines saying which
            key = number = None
            asking = []
            named = _parts_named(text)
            announced = named if named and all(k in questions for k in named) else ()
            placed.append(Placed(block, "heading", None))
            continue
        if seen_keys and (m := _NAMING_HEADING.match(text.strip())) and m.group(1) in questions:
            key, number = m.group(1), m.group(1)  # "Section 12 - question 4 (teachers)": what follows answers question 4
            mode = role = "response"
            asking = []
            placed.append(Placed(block, "heading", key))
            continue
        if _REQUEST_HEAD.match(heading):
            mode = role = "request"
            notes = ""
            key = number = None
            bullets = 0
            # "You asked for … for the last three years, which we have taken to mean 2020, 2021 and
            # 2022": a sentence, not a heading; what it says of the request is the request's
            sentence = len(text) > 60 and not text.rstrip().endswith(":")
            placed.append(Placed(block, "request" if sentence else "heading", None, text if sentence else ""))
            continue
        if _NOTES_HEAD.match(heading):
            notes = mode  # "Notes:": its numbered lines are notes, not questions or answers
            placed.append(Placed(block, "heading", key))
            continue
        if notes and (m := _ANSWER_HEAD_ALONE.fullmatch(text.strip())) and m.group(1).lower() in questions:
            notes = ""  # "Question 2" alone, once question 2 was asked: the notes above it have ended
        found = None if notes or (mode != "request" and _footnote(text, marked, questions)) else _keyed(text, number)
        if found and mode == "response" and _SAID_OF_LATER.match(text):
            found = None  # "Question 3 is refused for the reasons given further on.": a word about it, not its answer
        if found and found[1] and mode == "response" and text.lstrip().startswith("(") and number \
                and f"{number}{found[1]}" not in questions:
            found = None  # "(a) Sports coach – nil" in question 3's answer, which asked no part (a): a line of it
        if found and found[0] and not found[1] and mode == "response" and key == number and key in questions \
                and _LISTED_ITEM.fullmatch(found[2]) and (found[0] == "1" or (
                    placed and placed[-1].key == key and placed[-1].role == "response" and _LISTED_ITEM.fullmatch(placed[-1].content))):
            found = ("", "", found[2])  # "1. Snapchat – 23" in question 3's answer: a numbered list of it, not question 1's
        if found is None and (m := _BULLET.match(text)) and (
                (mode == "request" and (bullets or not seen_keys))
                # "• How many …? [2017/18: 320; …]" under "our answers are inserted below": a question answered in it
                or ((inside := _BRACKETED_ANSWER.match(m.group(1))) and (bullets or not seen_keys)
                    and prose.question_like(inside.group(1)))):
            bullets += 1
            found = (str(bullets), "", m.group(1))
        if found is not None:
            num, letter, content = found
            if (named := _NAMES_PART.match(content)) and num and not letter:
                num, content = named.group(1), named.group(2)  # "2. Part 4 – apps and websites": part 4's, not a second point
            if num:
                number = num
            key = f"{number or ''}{letter}" or None
            seen_keys = True
            inserted = _BRACKETED_ANSWER.match(content) or _BRACKET_OPENED.match(content)
            asked = inserted.group(1) if inserted else content  # the question, less an answer written into it
            # (under the response, "Q3. … The number of such suspects was 203 in 2021/22 …" answers: a count said, not asked)
            asks = prose.question_like(asked) if mode != "response" else not _FORCE_VOICE.match(asked) and any(
                _STRICT_QUESTION.search(sentence) and not _COUNT_SAID.search(sentence) for sentence in prose.sentences(asked))
            # "(a) under 13 [31]" under "2. Of the crimes …, how many had a victim who was:": a part of question 2
            asks = asks or bool(letter and inserted and num and num in questions and mode != "response")
            # "Q5. For the offences in Q1 and Q2, the apps … used" straight after "Q4. …", asked: the next point of the list
            asks = asks or bool(mode != "response" and num and not letter and num.isdigit() and placed
                                and placed[-1].role == "request" and placed[-1].key == str(int(num) - 1)
                                and not _FORCE_VOICE.match(asked))
            # "Question 4" alone under the response, once question 4 was asked: its answer's heading
            answering = key in questions and (mode == "response" or (
                mode == "unknown" and bool(_ANSWER_HEAD_ALONE.fullmatch(text.strip())) and not _asks_next(doc.blocks[index + 1:index + 2])))
            if answering:
                mode = "response"  # "Question 1" alone after the questions, under no heading: its answer follows
            if not content.strip() and not answering and (re.match(r"^request\b", text, re.I) or (
                    re.match(r"^(?:question|q)\b", text, re.I) and _asks_next(doc.blocks[index + 1:index + 2]))):
                mode, asks = "request", True  # "Request 1" alone: a heading, its question on the lines below
            if mode == "request" and not asks and key in questions and questions[key] and not letter \
                    and not prose.requester_voice(asked):
                mode = "response"  # "1) Cheshire Constabulary recorded 412 …" after "1) The number of …": its answer
            role = "request" if (mode == "request" or asks) else mode
            answer = None
            if role == "request" and (inline := _INLINE_ANSWER.match(content)) and not prose.question_like(inline.group(2)):
                content, answer = inline.group(1), inline.group(2)  # "1. How many …? 45": the answer after its question
                block = Line(block.text[:len(block.text) - len(inline.group(0)) + inline.end(1)], block.where)
            elif role == "request" and inserted:
                content, answer = inserted.group(1), inserted.group(2)  # "… flag? [2021/22 - 143; 2022/23 - 161]"
                block = Line(block.text[:len(block.text) - len(inserted.group(0)) + inserted.end(1)], block.where)
                bracket = _BRACKET_LINES if inserted.re is _BRACKET_OPENED else 0
            if role == "request" and key:
                # not the question quoted again at the foot, nor restated in other words over its answer
                if not _same_words(questions.get(key, ""), content) and not (mode == "response" and key in questions):
                    questions[key] = f"{questions.get(key, '')} {content}".strip()
                asking.append(key)
                if questions.keys() - {key} and content.strip().startswith(_OPENING) and content.strip().endswith(_CLOSING):
                    mode = "response"  # 'Part 2 – "how many …"': the force quoting a part again over its answer
            placed.append(Placed(block, role, key, content))
            if answer:
                placed.append(Placed(Line(answer, block.where), "response", key, answer))
                asking = []  # answered
            continue
        if mode == "request" and seen_keys and CAPTION.match(text.strip()):
            # "Table 1: Recorded crimes …" straight after the questions, under no heading: the answer has begun,
            # to the one question asked, or to them all (its tables' labels saying which), as under "Response"
            mode = role = "response"
            key = number = asking[0] if len(set(asking)) == 1 else None
            asking = []
            placed.append(Placed(block, "response", key, text))
            continue
        if mode == "response" and key and (named := _caption_question(text, questions, key)) is not None:
            key = number = named  # "Table 2: Recorded crimes of taking, … indecent photos" under question 2: question 3's
            placed.append(Placed(block, "response", key, text))
            continue
        if m := _ANSWER_LED.match(text):
            # "Answer: 45" under its one question; under a list of questions it answers them all
            key = asking[0] if len(set(asking)) == 1 else None
            mode = role = "response"
            asking = []
            placed.append(Placed(block, "response", key, m.group(1)))
            continue
        if (again := next((k for k, q in questions.items() if _same_words(q, text)), None)) is not None:
            key, role = again, "heading"  # a question written again as the heading of its answer
            placed.append(Placed(block, role, key, text))
            mode = role = "response"
            continue
        if placed and placed[-1].role == "request" and key and key.startswith("u") and prose.requester_voice(text) \
                and not _FORCE_VOICE.match(text):
            questions[key] = f"{questions[key]} {text}"  # the unnumbered question goes on ("Please break these down by gender")
            placed.append(Placed(block, "request", key, text))
            continue
        if not seen_keys and not _FORCE_VOICE.match(text) and (
                (_asks_a_count(text) and (mode != "response" or _ASKING_AGAIN.search(text)))
                or (mode == "request" and _POINT.match(text) and _leads_points(placed))):
            # a question with no number: the blocks after it answer it, until the next
            key = f"u{sum(1 for k in questions if k.startswith('u')) + 1}"
            questions[key] = text
            asking.append(key)
            placed.append(Placed(block, "request", key, text))
            role = "response"  # what follows answers it (a letter's paragraphs are whole blocks)
            continue
        if "request" in (mode, role) and _FORCE_VOICE.match(text):
            mode = role = "response"
            # under a question's heading whose words the page lost, the force's words answer it; and under the
            # last of questions each answered in turn ("1. …" over Table 1, "2. …" over Table 2, …, "4. …"), its answer
            # (an earlier question's answer may stand on the lines under it, in no heading: "1. How many …?" then
            # "In 2021 the force recorded 87 crimes …")
            answered_in_turn = any(p.key in questions and p.key != key and (p.role == "response" or _answers_in_request(p))
                                   for p in placed)
            # and under the one question asked so far, led by its own heading ("Question 1" over its words): its answer,
            # the next question to come after it
            alone = asking == [key] and _asks_later(doc.blocks[index + 1:])
            key = key if key and (not questions.get(key) or answered_in_turn or alone) else None
        elif "request" in (mode, role) and key and questions.get(key) and placed and placed[-1].key == key \
                and not prose.question_like(text) and not prose.requester_voice(text) \
                and any(p.role == "response" and p.key in questions and p.key != key for p in placed):
            # "Question 3", its words, then "A mandatory field … was added on 1 January 2023 …", in a reply that
            # answers each question under it: the answer, in words no heading leads
            mode = role = "response"
        if _ASKED_AT_END.search(text):
            placed.append(Placed(block, role, key, text))
            mode = role = "request"
            key = number = None
            bullets = 0
            continue
        if role == "request" and mode == "response" and key and not prose.question_like(text) \
                and not prose.requester_voice(text):
            role = "response"  # a question quoted again in the response, and then its answer
            if len(_restated_over(placed)) > 1:  # "(a) …? (b) …?" restated together, then one answer to both
                key = number = None
        if role == "request" and key and not notes:  # (the force's notes under the questions are not asked)
            questions[key] = f"{questions[key]} {text}".strip() if key in questions else text
        if role == "request" and notes == "request":  # the force's notes under the questions it restates: its words, of no one question
            placed.append(Placed(block, "unknown", None, text))
            continue
        placed.append(Placed(block, role, key, text))
    return placed, questions


_MARK = re.compile(r"(?<=[\w%])\s\((\d)\)(?![\w(])")  # "2024 (1)", not "section 12(1)" or "(1)(a)"
_FOOTNOTE = re.compile(r"^\((\d)\)\s+\S")


def _parts_named(heading: str) -> tuple[str, ...]:
    """The questions or parts a heading answering several names: "Questions 1, 2 and 3", "Q1 and Q2",
    "(a) and (b) - victims"."""
    named = re.split(r"\s[-–—:]\s|:", heading.strip(), maxsplit=1)[0].lower()
    return tuple(re.findall(r"(?<![a-pr-z])\d{1,2}|\b[a-h]\b", re.sub(r"^(?:parts|questions|points)\s+", "", named)))


def _footnote(text: str, marked: set[str], questions: dict[str, str]) -> bool:
    """"(1) 2024 figures are provisional." under a table whose "2024 (1)" it explains: a
    footnote, not question 1's answer, unless question 1 was asked."""
    return bool((m := _FOOTNOTE.match(text)) and m.group(1) in marked and m.group(1) not in questions)


_LITTLE_WORDS = frozenset("the of and or to in for by with each year years number many how what which were was "
                          "are is recorded these those this that from your force".split())


def _content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.lower())} - _LITTLE_WORDS


def _caption_question(text: str, questions: dict[str, str], key: str) -> str | None:
    """The question a numbered table caption plainly names ("Table 2: Recorded crimes of taking,
    distributing, possessing indecent photos of children" under the answer to question 2, when it
    is question 3's subject), where that is not the question being answered: its words shared with
    that question, four or more, twice those shared with the one being answered, and none of that
    one's own."""
    if not (m := CAPTION.match(text.strip())) or key not in questions:
        return None
    said = _content_words(m.group(1))
    shared = {k: len(said & _content_words(q)) for k, q in questions.items()}
    best = max(shared, key=lambda k: shared[k])
    # (not where it names a word of the answered question's own: "Table 2: Suspects … who were charged"
    # under "Of those suspects, how many were charged", a question of question 1's suspects)
    own = said & _content_words(questions[key]) - _content_words(questions[best])
    # (nor where the one answered asks of the first question's offences, whose words its caption names: "Table 3:
    # Outcomes of sexual communication with a child crimes" under "How many of these offences resulted in a charge")
    of_first = best == next(iter(questions)) and bool(prose.REFERS_BACK.search(questions[key]))
    if best != key and not of_first and shared[best] >= 4 and shared[best] >= 2 * shared[key] and not own \
            and sorted(shared.values())[-2:] != [shared[best], shared[best]]:
        return best
    return None


_OPENING, _CLOSING = ('"', "“"), ('"', "”")
_QUOTE_AFTER_COLON = re.compile(r":\s*([\"“])")


def _opens_quote(text: str) -> bool:
    """Whether a line opens a quotation after a colon that it does not close ('You asked: "Please …')."""
    if not (m := _QUOTE_AFTER_COLON.search(text)):
        return False
    rest = text[m.end():]
    return "”" not in rest if m.group(1) == "“" else rest.count('"') % 2 == 0


_ANSWER_HEAD_ALONE = re.compile(r"(?:question|q)\.?\s*(\d{1,2}[a-h]?)\s*:?", re.I)
_NOTES_HEAD = re.compile(r"^(?:(?:general |important )?notes?|footnotes?|key|caveats?|definitions?|notes? (?:on|to) (?:the )?(?:data|figures|table)|"
                         # "Notes applying to all tabs"
                         r"notes? (?:applying|that apply|which apply|relevant) to (?:all|each|every|the) (?:tabs?|sheets?|tables?|questions?))"
                         r"\s*:?\s*$", re.I)
COUNT_QUESTION = re.compile(r"\bhow many\b|\bthe (?:total )?number of\b", re.I)
# "… recorded in FY 2023/2024 was given as 57": the count said, not asked for
_COUNT_SAID = re.compile(rf"\b(?:was|were|is|are|stood at|came to|totalled)\s+(?:{prose.EARLIER}\s+)?"
                         rf"(?:{prose.GIVEN} as\s+)?\d", re.I)


def _asks_a_count(text: str) -> bool:
    """Whether a sentence of ``text`` asks for a count ("How many …", "The number of …"), not
    one that says what the count was, or puts it right (an amendment: "The number of … was given as
    57", "… was originally published as 41")."""
    return any(COUNT_QUESTION.search(s) and not _COUNT_SAID.search(s) for s in prose.sentences(text))


# under an answer's heading, "The number of offences recorded was 45" answers; only a line that
# plainly asks is a question there
_ASKING_AGAIN = re.compile(r"^how many\b|\?\s*$|\bplease\b", re.I)


# an unnumbered point of a request, a thing asked for ("The outcomes of all offences …")
_POINT = re.compile(r"^(?:the|any|all|a breakdown)\b.{10,400}$", re.I)


def _leads_points(placed: list[Placed]) -> bool:
    """Whether the request's lines so far end in a requester's line leading into points
    ("Could you please tell me, for …:") or in a point it led into."""
    for p in reversed(placed):
        if p.role == "heading" or not isinstance(p.block, Line):
            return False
        if p.key is not None and p.key.startswith("u") and p.role == "request":
            continue  # a point before this one, led into by the same line
        return p.role == "request" and p.block.text.rstrip().endswith(":") and prose.requester_voice(p.block.text)
    return False


def _asks_later(following: list) -> bool:
    """Whether another numbered question is asked further on ("Question 2" over its words)."""
    return any(isinstance(b, Line) and _ANSWER_HEAD_ALONE.fullmatch(b.text.strip()) is not None
               and _asks_next(following[n + 1:n + 2]) for n, b in enumerate(following))


def _asks_next(following: list) -> bool:
    """Whether the block after a bare "Question 2" heading is that question (and not its answer)."""
    return bool(following) and isinstance(following[0], Line) and not _FORCE_VOICE.match(following[0].text) \
        and (prose.question_like(following[0].text) or prose.requester_voice(following[0].text))


def _restated_over(placed: list[Placed]) -> set[str | None]:
    """The questions restated one after another straight above a line."""
    keys = set()
    for p in reversed(placed):
        if p.role != "request":
            break
        keys.add(p.key)
    return keys


def _same_words(a: str, b: str) -> bool:
    words = lambda text: re.findall(r"[a-z0-9]+", text.lower())  # noqa: E731
    return len(b) > 30 and words(a) == words(b)


def _has_numbers(table: RawTable) -> bool:
    return any(read_value(c.text).kind == "number" for row in table.rows[1:] for c in row[1:])



_ASKED_BEFORE = re.compile(r"^(?:by|for|where|when|if|i mean|this means|please)\b", re.I)


def _answers_in_request(p: Placed) -> bool:
    """A line under a numbered question (not the question's own, numbered) that says counts
    ("The figure for 2022 was 102"): its answer, though no heading leads it."""
    return p.role == "request" and isinstance(p.block, Line) and not _keyed(p.block.text, None) and answer_in_request(p) \
        and bool(_COUNT_SAID.search(p.content)) and bool(prose.counts_in(p.content))


def answer_in_request(p: Placed) -> bool:
    """A line under a numbered question that states rather than asks ("5 & Under - 5211")."""
    first = next(iter(prose.sentences(p.content)), "")
    return (isinstance(p.block, Line) and p.key is not None and not prose.question_like(first)
            and not prose.requester_voice(first) and not _ASKED_BEFORE.match(first))
