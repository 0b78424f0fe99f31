"""Step 3 of :mod:`foistats.ingest.interpret`, for lines: ``label – value`` lines, numbered
answers and the few kinds of sentence that state a figure plainly."""

from __future__ import annotations

import re

from ..offences import offences
from ..periods import Period
from . import prose
from .account import COST_ESTIMATE
from .figures import Figure
from .labels import (CODE, FOOTNOTE_MARK, NOTE_REFERENCE, Label, axis_name, code_titled_in, heading_label, month_within, other_platform, read_label,
                     without_title, year_after)
from .setting import (Context, codes_for, suspects_as_said, flatten, footnoted_period, kind_measure, measure_for_code,
                      question_for, requested_span, settle, whose_ages, years_in)
from .structure import Placed
from .tables import cell_figure, span_of
from .values import WORD_NUMBER, read_value, suppression_rule, word_number

# --- lines: "2022/23 - 10", "1a. Charged – 5", "2. 4", "... - Total Count 52" ------------------

_LINE_FIGURE = re.compile(
    r"^(?P<label>.*?\S)\s*(?:[-–—:=]|\.{2,})\s*(?P<total>(?:total(?: count)?|count|sum|number)\s*:?\s*)?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|1\s?[-–]\s?(?:[2-9]|10)(?!\d)|\d+|<\s*\d+|\*|(?:less|fewer) than \d+|nil|none|zero|not held|n/h[*†‡]?|"
    # ("Outcome 3 - Adult caution: one": a small count in words, not the end of one said in a sentence, "twenty-nine")
    rf"(?<![A-Za-z][-–]){WORD_NUMBER}\b)"
    r"(?:\s+of\s+(?P<whole>\d{1,3}(?:,\d{3})+|\d+))?(?P<rest>(?:\s*\([^()]{1,30}\))?(?:\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s*\([^()]{1,30}\))*)"
    r"(?:\s+(?:recorded\s+)?(?:offences?|crimes?|victims?|incidents?|cases?|reports?)(?:\s+recorded)?|\s+(?P<people>suspects?|offenders?))?"
    r"\s*\.?$",  # "2019: 12 offences", "2021/22: 23 suspects", "2020/21 – N/H*" (its note's mark on it)
    re.I)
# a value after its label with only a space between, in a list whose lines before it give theirs after a mark
_SPACED = re.compile(r"^(?P<label>[A-Za-z].*?[A-Za-z)])\s+(?P<value>\d{1,3}(?:,\d{3})+|1\s?[-–]\s?(?:[2-9]|10)|\d+|<\s*\d+|\*)$")
_SPACED_AXES = ("outcome", "victim_gender", "victim_age", "suspect_age", "platform")
# a value glued to its label, as a page's copied table cells can come ("Female12")
_GLUED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ()'/-]*?[a-z)])(?P<value>\d{1,3}(?:,\d{3})+|\d+)$")
_FLAGGED_PART = re.compile(r"\s*\(\s*(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:were |was )?(?:flagged |with the )?(?:as )?online(?: flag(?:ged)?)?|cyber(?:[- ]flagged)?)\s*\)\s*", re.I)
_BRACKETED_PART = re.compile(r"^\s*(?:(?P<label>[A-Za-z][A-Za-z '/-]*?[a-z])\s*:?\s+(?P<value>\d{1,3}(?:,\d{3})+|\d+)|"
                             r"(?P<first>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<after>[A-Za-z][A-Za-z '/-]*?[a-z]))\s*$")


def _parts_in_brackets(rest: str, ctx: Context) -> list[tuple[dict[str, str], int]]:
    """The parts a list line gives in brackets after its count, each by a label of one dimension ("61 (Female 47,
    Male 14)", "(47 female, 14 male)"); none unless every part reads so and they all split the same way."""
    inner = re.fullmatch(r"\s*\(([^()]*)\)\s*", rest)
    if inner is None:
        return []
    parts = []
    for item in re.split(r"\s*[,;]\s*|\s+and\s+", inner.group(1).strip()):
        m = _BRACKETED_PART.match(item)
        label = read_label((m.group("label") or m.group("after")) if m else "", child=ctx.child)
        if m is None or not label.understood or label.axis in ("period", "total", "value"):
            return []
        parts.append((label.axis, dict(label.dims), int((m.group("value") or m.group("first")).replace(",", ""))))
    if len(parts) < 2 or len({axis for axis, _, _ in parts}) > 1:
        return []
    return [(dims, value) for _, dims, value in parts]


_ONLINE_ADJECTIVE = re.compile(r"\bonline\s+(?=(?:child\s+)?(?:sexual\s+)?(?:offences|crimes)\b)", re.I)
_OF_WHICH = re.compile(r"\(\s*of which[^()]*\)", re.I)
_SYSTEM_PAIR = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s*\(([^()]{1,30})\)")
_REFERENCE = re.compile(r"\b(?:ref(?:erence)?|our ref|your ref|no\.|no(?=\s*[:#]?\s*\d)|number|pub|foi|enquiry|request id|id)\b", re.I)
_PHRASE_EXTRA = re.compile(r"\b(?:female|male|girls?|boys?|aged|age|cautioned|charged|online|cyber)\b", re.I)
# a label naming its dimension before its value: "Victim sex: female", "Age group: 13-15"
_NAMED_AXIS = re.compile(r"^(?P<axis>[A-Za-z][A-Za-z' ]{2,30}?)\s*:\s*(?P<value>\S.*)$")
# the words a label written as a phrase ("Resulting in a charge or summons", "Victim aged 12 or
# under when the offence took place") may hold besides what it places: any other word may
# narrow its figure in a way foistats does not read, so such a label is no phrase it reads
_PHRASE_WORDS = frozenset("""
    a an the of or and in on with where when whose was were is had has have been which that by at as
    victim victims child children offence offences crime crimes recorded flagged flag flags marker online cyber
    enabled related sex gender female females male males girl girls boy boys aged age ages under over took place
    time resulting resulted result results in charge charges charged summons summonsed caution cautions cautioned
    """.split())


def _line_label(label: str, ctx: Context, axis: str | None = None) -> tuple[dict[str, str], Period | None, bool, list[str]] | None:
    """A list line's label read as one label (along ``axis``, where a heading over the list
    names it, or the label names it before a colon), as a phrase naming a period or a code,
    or as a phrase whose every word foistats reads ("Flagged online", "Resulting in a charge")."""
    label = NOTE_REFERENCE.sub("", label)
    read = read_label(label, axis=axis, child=ctx.child)
    if not read.understood and axis is None:
        read = _after_its_axis(label, ctx) or read
    if not read.understood and (m := FOOTNOTE_MARK.fullmatch(label.strip())) and m.group(2) in ctx.footnotes:
        read = read_label(m.group(1), axis=axis, child=ctx.child)  # "2024* - 341" under "*2024 covers …"
    if read.axis == "total":
        return {}, None, True, []
    if read.axis == "value":
        return {}, None, False, []  # "Count of offences = 36": the count asked, its period from the question
    if read.understood:  # "2024/25* - 215", the part of the year its footnote says
        return dict(read.dims), footnoted_period(label, read.period, ctx) or read.period, False, []
    mentions = prose.periods_in(label)
    codes = prose.codes_in(label)
    periods = flatten(mentions)
    if not periods and not codes:
        phrase = None if axis else _phrase_dims(label)
        return (phrase, None, False, []) if phrase else None
    doubts = []
    if len(periods) > 1:
        doubts.append("the label names several periods")
    if _PHRASE_EXTRA.search(label):
        doubts.append(f"the label {label!r} may say more than its period and code")
    dims = {"offence_code": codes[0]} if len(codes) == 1 else {}
    if len(codes) > 1:
        doubts.append("the label names several offence codes")
    period = (footnoted_period(label, periods[0], ctx) or periods[0]) if periods else None
    return dims, period, bool(re.search(r"\btotal\b", label, re.I)), doubts


_COUNTED = re.compile(r"\b(?:offences|crimes|victims|incidents|reports|cases)\b", re.I)
_FILLER = frozenset("a an the of all total number recorded".split())


def _names_what_was_asked(label: str, question: str) -> bool:
    """Whether a label only names, in the question's own words, what the question counts
    ("Sexual offences against children" where it asked for "the number of sexual offences
    against children"): its figure is the count asked."""
    words = [w for w in re.findall(r"[a-z]+", NOTE_REFERENCE.sub("", label).lower()) if w not in _FILLER]
    asked = " ".join(re.findall(r"[a-z]+", question.lower()))
    return len(words) >= 2 and bool(_COUNTED.search(label)) and f" {' '.join(words)} " in f" {asked} "


def _band_said(ages: dict[str, str], dims: dict[str, str]) -> dict[str, str]:
    """The age bands a line leading into a list says its figures are of ("Incest or familial
    sexual offences where the victim was under 18:"), for each party the figure's own label
    gives no age; not a victim under 18 on an offence only against children, which says
    only what it is."""
    offence = offences().get(dims.get("offence_code", ""))
    childs = offence is not None and offence.child_specific == "yes"
    return {k: v for k, v in ages.items() if not any(d.startswith(k.rsplit("_", 1)[0]) for d in dims)
            and not (childs and k.startswith("victim_age") and ages.get("victim_age_min") == "0"
                     and ages.get("victim_age_max") == "17")}


def _after_its_axis(label: str, ctx: Context) -> Label | None:
    """A label naming its dimension before its value, with a colon or without ("Victim sex:
    female", "sex not recorded"): the value read along that dimension."""
    if named := _NAMED_AXIS.match(label):
        splits = [(named.group("axis"), named.group("value"))]
    else:
        words = label.split()
        splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, min(3, len(words) - 1) + 1)]
    for head, value in splits:
        if (of := axis_name(head)) is not None and (inner := read_label(value, axis=of, child=ctx.child)).understood \
                and inner.axis == of:
            return inner
    return None


def _phrase_dims(label: str) -> dict[str, str] | None:
    """What a label written as a phrase says its figure is, where every word of it is one
    foistats reads or one that narrows nothing; None otherwise."""
    words = re.findall(r"[a-z]+", label.lower())
    if not words or any(w not in _PHRASE_WORDS for w in words):
        return None
    dims, ages = prose.lead_dims(label)
    return {**dims, **ages} if dims is not None and (dims or ages) else None


_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)-(\d\d)")


_LIST_LETTER = re.compile(r"^\(?(?:[a-h]|i{1,3}|iv|v)\)\s+(?=\S)")
_BULLET = re.compile(r"^(?:[•·▪◦►‣➢\uf0b7\uf0a7]|[-–]\s)\s*")  # and a Word bullet's private-use glyph, as PDFs copy it


_COUNT = r"(\d{1,3}(?:,\d{3})+|\d+)\.?"
_COUNT_ALONE = re.compile(_COUNT)  # "A1. 168"
_COUNT_THEN_NOTE = re.compile(rf"{_COUNT}\s+([A-Z].*)")  # "A2. 31. Where an offence has more than one victim …"


def _says_nothing_of_what_is_counted(note: str) -> bool:
    """Whether the sentences after an answer's count add no count, period or code of their own."""
    return not prose.counts_in(note) and not prose.periods_in(note) and not prose.codes_in(note)


def line_figures(placed: Placed, ctx: Context, above: list[Figure] = (), lead: Period | None = None,
                 leads: str = "") -> list[Figure]:
    """The figure a list line gives ("2022/23 - 10"). ``above`` are the figures of the list
    lines over it: a "Sum: 184" under them covers their periods' span and sums over what
    they split by (their codes, say). ``lead`` is the period the line leading into the list
    states ("As at 31 March 2024, the number … was:"), the period of a line that names none;
    ``leads`` is a line leading into the list, which may say what its figures all are
    ("Suspects charged …:"), or a heading naming what its labels are ("Age of suspect");
    where it says what foistats cannot place, they go to review."""
    # "•  2020 – 412" is "2020 – 412"; "(a) Under 18 - 12", a part of a question that named none as its own, is "Under 18 - 12"
    text, line = _LIST_LETTER.sub("", _BULLET.sub("", placed.content)), placed.block
    if (items := _items(text)) is not None:
        return _item_figures(placed, ctx, *items)
    if placed.key and ((bare := _COUNT_ALONE.fullmatch(text.strip())) or (
            (bare := _COUNT_THEN_NOTE.fullmatch(text.strip())) and _says_nothing_of_what_is_counted(bare.group(2))
            and placed.content.strip() != line.text.strip())):
        # "A1. 168"; "A2. 31. Where an offence has more than one victim it has been counted …", after its answer's
        # number: a note of how (not a numbered note, "1. The online flag is applied …")
        fig = Figure(int(bare.group(1).replace(",", "")), "reported", line.where, line.text, "", "offences")
        return [settle(fig, ctx, placed.key)]
    if (glued := _GLUED.match(text.strip())) and read_label(glued.group("label"), child=ctx.child).understood:
        text = f"{glued.group('label')} - {glued.group('value')}"
    elif above and (spaced := _SPACED.match(text.strip())) \
            and read_label(spaced.group("label"), child=ctx.child).axis in _SPACED_AXES:
        # "Outcome 16 - Evidential difficulties: victim does not support action 94", "Caution - Youth 1-4" under
        # "Charged/Summonsed: 41": a list line whose figure follows its label after a space only
        text = f"{spaced.group('label')} - {spaced.group('value')}"
    m = _LINE_FIGURE.match(text)
    if not m or _REFERENCE.search(m.group("label")) or suppression_rule(text):  # a legend ("1-4 = ...") is no figure
        return []
    if re.fullmatch(r"[\w/]*\d-\d+", text.strip()):
        return []  # "2024-1187" on a line of its own: a reference number, not 1,187 in 2024
    if m.group("people") and not ((q := question_for(ctx, placed.key)) and q.unit == "suspects"):
        return []  # "23 suspects" where the question counts offences: another count than the one asked
    if _MARKER_AT_END.search(m.group("label")) or _PAIRS_BEFORE.search(m.group("label")):
        # "Age not recorded <3 - 5", "Code 73 7 1-4 1-4": a table's row of cells, not a label and its figure; nor
        # "2021:  Under 13 – 24  13 to 15 – 64  Not recorded" before "– 186", pairs of their own before the last
        return []
    if _YEAR_PAIR.fullmatch(text.strip()) or (
            (year := re.search(r"((?:19|20)\d\d)$", m.group("label"))) and re.fullmatch(r"\d\d", m.group("value"))
            and year_after(year.group(1), m.group("value"))
            # (a year written "2024-25", its dash between no spaces, is one whatever follows: "… in 2024-25 (as at …)")
            and (not m.group("rest").strip() or re.search(rf"{year.group(1)}[-–/]{m.group('value')}\b", text))) or (
            year and re.fullmatch(r"(?:19|20)\d\d", m.group("value")) and 0 < int(m.group("value")) - int(year.group(1)) <= 30):
        # "2022-23", "… and 1,319 in 2023-24": a financial year, not 23 or 24 in the year before; "… offences 2023 - 2024":
        # a span of years, not 2,024 in 2023
        return []
    axis = axis_name(leads) if leads else None
    if axis is None and read_label(m.group("label"), child=ctx.child).axis == "victim_age" and "suspect" in (
            prose.ages_of(leads), whose_ages(ctx, placed.key)):
        axis = "suspect_age"  # "Under 18 = 22" under "The suspects … were of the following ages:"
    headed = axis  # what the lead names the labels ("Age of suspect"): no scope of their figures
    if axis is None and above and all("platform" in f.dims for f in above) and other_platform(m.group("label").strip().lower(), whole=True):
        axis = "platform"  # "Other = 4", "Not recorded = 13" under "Snapchat = 29", "TikTok = 5"
    if axis is None and above and read_label(m.group("label"), child=ctx.child).axis == "unknown":
        # "Not recorded: 23" under "Female: 318", "Male: 71": the list's own axis, not known
        axis = next((a for a, key in (("victim_gender", "victim_gender"), ("victim_age", "victim_age_"), ("suspect_age", "suspect_age_"))
                     if all(any(k.startswith(key) for k in f.dims) for f in above)), None)
    read = _line_label(m.group("label"), ctx, axis)
    if read is None and lead is not None and (month := month_within(m.group("label"), lead)) is not None:
        read = ({}, month, False, [])  # "January – 15" under "… recorded in 2024, by month:"
    kind = None
    if read is None and (q := question_for(ctx, placed.key)) and q.kinds and (
            q.kinds.words or (q.kinds.noun and m.group("label").lower().rstrip().endswith(q.kinds.noun))):
        kind = kind_measure(m.group("label"), ctx, placed.key)  # "High risk = 14" under "by risk level"
        read = ({}, None, False, []) if kind else None
    if read is None and (q := question_for(ctx, placed.key)) and _names_what_was_asked(m.group("label"), q.text):
        read = ({}, None, False, [])  # "Sexual offences against children – 1,284" under a request for them
    if read is None:
        return []
    dims, period, is_total, doubts = read
    is_total = is_total or bool(m.group("total"))
    pairs = _SYSTEM_PAIR.findall(m.group("value") + m.group("rest"))
    figures = []
    if len(pairs) >= 2:
        for number, system in pairs:
            slug = re.sub(r"[^a-z0-9 ]", "", system.lower()).strip()
            figures.append(Figure(int(number.replace(",", "")), "reported", line.where, line.text, "", "offences",
                                  dims={**dims, "recording_system": slug}, period=period, doubts=list(doubts),
                                  note=f"from {system.strip()}"))
    else:
        said = word_number(m.group("value"))  # "Adult caution: one"
        value = read_value(m.group("value"), ctx.rules) if said is None else read_value(str(said))
        fig = cell_figure(value, m.group("value"), line.where, line.text, ctx)
        span = span_of([f.period for f in above]) if is_total and all(f.period for f in above) else None
        fig.dims, fig.period, fig.is_total = dict(dims), period or span, is_total
        fig.doubts.extend(doubts)
        if kind:
            fig.measure, fig.kind_of, fig.own_measure = kind, q.measure, True
        figures.append(fig)
        if m.group("whole"):  # "97 of 1,284": the whole said again, one fact counted once
            figures.append(Figure(int(m.group("whole").replace(",", "")), "reported", line.where, line.text, "",
                                  "offences", period=fig.period, is_total=True, restates=True))
            fig.within = figures[-1]
        if (part := _FLAGGED_PART.fullmatch(m.group("rest"))) is not None:  # "FY22/23: 65 (58 online)"
            figures.append(Figure(int(part.group(1).replace(",", "")), "reported", line.where, line.text, "", "offences",
                                  dims={**fig.dims, "online_flag": "true"}, period=fig.period, doubts=list(doubts),
                                  within=fig))
        elif parts := _parts_in_brackets(m.group("rest"), ctx):  # "2021/22 – 61 (Female 47, Male 14)"
            figures.extend(Figure(value, "reported", line.where, line.text, "", "offences", dims={**fig.dims, **part},
                                  period=fig.period, doubts=list(doubts), within=fig) for part, value in parts)
        elif m.group("rest").strip():
            fig.note = m.group("rest").strip()
    # (the lead says what every line's figure is, "Other – 9" under "Snapchat – 38" too, whose axis its siblings give)
    if leads and not headed and (heading := heading_label(leads, child=ctx.child)) is not None:
        said, ages = dict(heading.dims), {}  # a heading that is one label: "19E – Rape of a female child under 13"
    else:  # "(of which online flagged)" says what the part in brackets is, not what every figure is
        said, ages = prose.lead_dims(_OF_WHICH.sub("", leads)) if leads and not headed else ({}, {})
        if said is None and leads and not headed and (q := question_for(ctx, placed.key)) is not None and q.online \
                and _ONLINE_ADJECTIVE.search(leads):
            # "Outcomes of the online child sexual offences recorded in 2024:", answering a question asking of flagged
            # offences: the offences it asks of
            said, ages = prose.lead_dims(_ONLINE_ADJECTIVE.sub("", _OF_WHICH.sub("", leads)))
    if axis != headed and (said is None or ages or any(any(f.dims.get(k) != v for k, v in said.items()) for f in above)):
        said, ages = {}, {}  # (a line its siblings give its axis takes the lead's words only as they took them)
    if said is not None and leads:  # "Incest or familial sexual offences …:" in a reply of several codes
        code, measure = _sentence_code(leads, ctx, placed.key)
        said = {**code, **said}
        for fig in figures:
            fig.measure = fig.measure or measure
    for fig in figures:
        fig.dims = {**(said or {}), **fig.dims}
        fig.dims.update(_band_said(ages, fig.dims))
    # a total sums over what the lines above split by ("019D …: 58", "021 …: 64", "Total: 742")
    split = frozenset(k for k in {k for f in above for k in f.dims} if len({f.dims.get(k) for f in above}) > 1)
    # the whole a part is "of" is split by what the part's label names, so the question does not name it either
    parts = frozenset(dims)
    settled = [settle(f, ctx, placed.key, own_periods=[lead] if lead else None,
                      broken_down=(split | parts if f.restates else split) if f.is_total else frozenset()) for f in figures]
    for fig in settled:
        if said is None or any(fig.dims.get(k) != v for k, v in suspects_as_said(ages, ctx).items()):
            fig.doubts.append("the line leading into this list narrows its figures in a way foistats cannot place")
    return settled


_ITEM_BREAK = re.compile(r"\s*;\s*")


def _items(text: str) -> tuple[str, list[str]] | None:
    """A line of several list items ("Of those, flagged online: 2021 – 88;  2022 – 97"): its
    lead-in (what comes before a colon) and its items, when every item is a list line."""
    parts = [part for part in _ITEM_BREAK.split(text.strip().rstrip(".;")) if part]
    if len(parts) < 2:
        return _labelled_items(text)
    lead, colon, first = parts[0].rpartition(":")
    if colon and _LINE_FIGURE.match(first.strip()):
        parts[0] = first.strip()
    else:
        lead = ""
    return (lead.strip(), parts) if all(_LINE_FIGURE.match(part) for part in parts) else None


# ("Under 13 – 21", "13 to 15 – 54", "Unknown – <5": a label with figures of its own, or a hidden count, after a dash)
_LABEL_THEN_COUNT = re.compile(r"^([A-Za-z][A-Za-z '/-]*?[a-z])(?:\s+|\s*[-–—=]\s*)(\d{1,3}(?:,\d{3})+|\d+)$|"
                               r"^((?=[^,]*[A-Za-z]|\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s*[-–—=])[^,]*?[A-Za-z\d)])\s*[-–—=]\s*"
                               r"(\d{1,3}(?:,\d{3})+|\d+|[<≤]\s*\d+|\*)$")


def _labelled_items(text: str) -> tuple[str, list[str]] | None:
    """A period's line of counts each after its label ("2021: total 318, female 262, male 51,
    sex not recorded 5", "2020: Female – 30, Male – 7"): the period, and each count as a list
    line of its own."""
    lead, colon, rest = text.strip().rstrip(".").partition(":")
    if not colon or read_label(lead).axis != "period":
        return None
    items = [_LABEL_THEN_COUNT.match(part.strip()) for part in re.split(r",\s+|;\s*", rest.strip())]
    if len(items) == 1:  # "2021:  Female - 88   Male - 21   Not recorded - 3": pairs parted by spaces alone, each dashed
        items, at = [], 0
        while at < len(rest.strip()) and (m := _DASHED_PAIR.match(rest.strip(), at)):
            items.append(m)
            at = m.end()
        items = items if at == len(rest.strip()) else []
    if len(items) < 2 or not all(items):
        return None
    return lead.strip(), [f"{m.group(1) or m.group(3)} - {m.group(2) or m.group(4)}" for m in items]


# (a label a band may end or be, "Under 13 – 24  13 to 15 – 54", its count hidden or not)
_DASHED_PAIR = re.compile(r"\s*([A-Za-z][A-Za-z '/]*?[a-z]|(?:[A-Za-z][A-Za-z ]*?\s)?\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?)"
                          r"\s*[-–—=]\s*(\d{1,3}(?:,\d{3})+|\d+|[<≤]\s*\d+|\*)(?=\s|$)")


def _item_figures(placed: Placed, ctx: Context, lead: str, items: list[str]) -> list[Figure]:
    """The figures of a line of list items, each as its own line; the lead-in says what they
    all count: a label foistats reads, the online flag, or nothing it can tell (review)."""
    read = read_label(lead, child=ctx.child) if lead else None
    online = bool(lead) and prose.says_flagged_online(lead)
    figures = []
    period = read.period if read is not None and read.axis == "period" else None  # "2021: total 318, female 262"
    for item in items:
        for fig in line_figures(Placed(placed.block, placed.role, placed.key, item), ctx, above=figures, lead=period):
            if read is not None and read.understood and read.axis not in ("total", "value"):
                fig.dims = {**dict(read.dims), **fig.dims}
            elif online:
                fig.dims.setdefault("online_flag", "true")
            elif lead and not _ASKED_AGAIN.match(lead):
                fig.doubts.append(f"the line begins {lead!r}, which may say what its figures count")
            figures.append(fig)
    return figures


# a lead-in that only says the figures answer what was asked ("Of those", "Figures", "Answer")
_ASKED_AGAIN = re.compile(r"^(?:of (?:those|these|them)|figures?|answer|response|number|count|total)?\W*$", re.I)


_THE_FIGURE = re.compile(r"^\s*(?:and\s+)?(?:the|this|that)\s+(?:figure|number|total|count)s?\b(?!\s+of\b)", re.I)
# a hidden figure ("<3", "*") ending a label, or two figures: the label is a table's row of cells
_MARKER_AT_END = re.compile(r"(?:^|\s)(?:[<≤]\s*\d+|\*)$|(?:^|\s)(?:\d+(?:-\d+)?|[<≤]\d+|\*)\s(?:\d+(?:-\d+)?|[<≤]\d+|\*)$")
_PAIRS_BEFORE = re.compile(r"[-–—=]\s*(?:\d{1,3}(?:,\d{3})+|\d+|[<≤]\s*\d+|\*)(?:\s{2,}|,\s+|;\s*)\S")
# "For 2024 it is 11": what "it" counts, the sentence before said
_IT_IS = re.compile(r"^\s*(?:and\s+)?(?:(?:for|in)\s+[^,]{1,40}?,?\s+)?(?:it|this|that)\s+(?:is|was|stood at|stands at)\b", re.I)
# "For 2024 (1 January to 30 June) the figure is fewer than five and has been shown as <5": one period's figure, no rule
_PERIODS_FIGURE = re.compile(r"^\s*(?:for|in)\s+[^,]{1,40}?,?\s+(?:it|this|that|the (?:figure|number|total|count))\s+(?:is|was)\b", re.I)
# the flag a question asks of, said not to be on them: "The flag was not applied to the remaining sixteen offences"
_FLAG_NOT_APPLIED = re.compile(r"\b(?:the )?flag (?:was|is|were|has|had) not (?:been )?(?:applied|added|used|set)\b|"
                               r"\bwithout (?:the|a|an) flag\b|\bnot flagged\b", re.I)
_FURTHER = re.compile(r"\b(?:a further|another|an additional|a more)\s+(?:\d|[a-z]+\s+(?:were|was|have|had)\b)", re.I)


# codes named together ("71/17 or 88A", "codes 73 and 22B"), no figure of either between them
_CODES_TOGETHER = re.compile(rf"(?:codes?\s+)?\b{CODE}\s*(?:,\s*{CODE}\s*)*(?:,?\s*(?:or|and|&|\+)\s*)(?:codes?\s+)?{CODE}\b(?!\s*[-–:=]\s*\d)", re.I)


def _sentence_code(sentence: str, ctx: Context, key: str | None) -> tuple[dict[str, str], str]:
    """The offence a sentence (or a line leading into a list) names: by its code, the first it
    names ("287 offences under 20B …"), or, in a reply of several codes, by its Home Office
    title ("19 offences of abuse of position of trust …"), and then that offence's own measure,
    not the question's, which names another offence too ('' where the question's stands)."""
    if codes := prose.codes_in(sentence):
        if len(set(codes)) > 1 and any(len(set(prose.codes_in(m.group()))) > 1 for m in _CODES_TOGETHER.finditer(sentence)):
            return {}, ""  # "offences of either type (71/17 or 88A)": of both, not of the first named
        return {"offence_code": codes[0]}, ""
    # (where the question names none and the reply's are its table's rows: "Of the 234 offences of rape of a
    # female child under 13 recorded in 2022, 72 had …", under a table of 19E, 19H and 22B)
    candidates = codes_for(ctx, key) or ctx.codes
    if len(candidates) > 1 and (titled := code_titled_in(sentence, candidates)):
        return {"offence_code": titled}, measure_for_code(titled)
    return {}, ""


def _titles_several(sentence: str, ctx: Context, key: str | None) -> bool:
    """Whether a sentence names several of the reply's offences by their titles ("Of the 234 offences of rape
    of a female child under 13 …, 72 had …. For rape of a male child under 13 the figure was 29 …")."""
    return sum(code_titled_in(sentence, [code]) is not None for code in codes_for(ctx, key) or ctx.codes) > 1


def _doubt_offence_untold(figures: list[Figure]) -> None:
    """Send to review the figures of a sentence naming several offences that name none themselves."""
    for fig in figures:
        if "offence_code" not in fig.dims:
            fig.doubts.append("the sentence names several offences by their titles; which this figure is of is not placed")


_THAT_PERIOD = re.compile(r"\b(?:in|during|over|for|within) (?:that|the same|this) (?:period|year|time)\b", re.I)
_COUNT_IN_BRACKETS = re.compile(r"\(\s*(\d{1,3}(?:,\d{3})+|\d+|#|\*|<\s*\d+)\s*\)")
_NAME_BETWEEN = re.compile(r"^\s*[,;]?\s*(?:and\s+)?(.+?)\s*$")


def _platform_list(sentence: str, placed: Placed, ctx: Context) -> list[Figure]:
    """"For 2023/24 the platforms recorded were Snapchat (131), Instagram (58), … and not
    recorded (102)": each platform its count, in the one period said before the list. Every
    name must be a platform foistats knows, or the list's other or unknown; else none is read."""
    counts = list(_COUNT_IN_BRACKETS.finditer(sentence))
    if len(counts) < 3 or sentence[counts[-1].end():].strip(" .;"):
        return []
    words = sentence[:counts[0].start()].split()
    first = next((k for k in range(1, min(3, len(words)) + 1)
                  if read_label(" ".join(words[-k:])).axis == "platform"), None)
    if first is None:
        return []
    lead = " ".join(words[:-first])
    names = [" ".join(words[-first:])] + [m.group(1) for a, b in zip(counts, counts[1:])
                                           if (m := _NAME_BETWEEN.match(sentence[a.end():b.start()]))]
    if len(names) != len(counts):
        return []
    platforms = [(label.dims[0][1] if (label := read_label(name)).axis == "platform" else other_platform(name.lower(), whole=True))
                 for name in names]
    periods = flatten(prose.periods_in(lead))
    if None in platforms or len(periods) > 1:
        return []
    figures = []
    for platform, count in zip(platforms, counts):
        fig = cell_figure(read_value(count.group(1), ctx.rules), count.group(1), placed.block.where, placed.block.text, ctx)
        fig.dims = {"platform": platform}
        figures.append(settle(fig, ctx, placed.key, own_periods=periods or None))
    return figures


def _as_read(fig: Figure, pair: prose.PairedFigure, ctx: Context) -> Figure:
    """A sentence's figure with what its marker says of it, where the sentence hides the count
    ("<5 in 2024"): suppressed, within the bounds the reply's rule gives."""
    if pair.marker:
        hidden = cell_figure(read_value(pair.marker, ctx.rules), pair.marker, fig.where, fig.context, ctx)
        fig.status, fig.lower, fig.upper, fig.note = hidden.status, hidden.lower, hidden.upper, hidden.note
    return fig


def _said_again(before: Figure, value: int, period: Period | None, placed: Placed, ctx: Context,
                dims: dict[str, str] | None = None) -> Figure:
    """What a figure of the sentence before counts, counted again for another period (or,
    with ``dims``, of another offence)."""
    return settle(Figure(value, "reported", placed.block.where, placed.block.text, before.measure, before.unit,
                         dims=dict(before.dims if dims is None else dims), period=period), ctx, placed.key)


def prose_figures(placed: Placed, ctx: Context, section: tuple[dict[str, str], str] = ({}, "")) -> list[Figure]:
    """The figures a paragraph's sentences give. ``section`` is the offence a heading over the
    paragraph named by its title ("Sexual communication with a child"), the offence of a
    sentence that names none, until one names another."""
    figures = []
    explaining = None  # from the figure on which, after a cost refusal, counts explain the cost ("524 crimes … each read by hand")
    named: tuple[dict[str, str], str] = ({}, "")  # the offence the last sentence naming one named
    # (less its question number, "3) Of the …"; "… 15 in 2024 to date" as the part of 2024 a footnote says it covers)
    sentences = [prose.to_date_as_covered(sentence, ctx.year_covers) for sentence in prose.sentences(placed.content or placed.block.text)]
    mark = 0
    untold: int | None = None  # where the figures of the sentence before start, if it named several offences by title
    for n, sentence in enumerate(sentences):
        _doubt_offence_untold(figures[untold:] if untold is not None else [])
        untold = None
        previous, mark = figures[mark:], len(figures)  # what the sentence before gave
        # or a sentence weighing the work against the limit, in a block of its own after the refusal
        if explaining is None and (prose.refusal_kind(sentence) == "cost" or COST_ESTIMATE.search(sentence)):
            explaining = len(figures)
        if prose.requester_voice(sentence) or (suppression_rule(sentence) and not (_PERIODS_FIGURE.match(sentence) and prose.periods_in(sentence))):
            continue  # "a dash means no offences were recorded" (but "For 2024 the figure is fewer than five and is shown as <5")
        if listed := _platform_list(sentence, placed, ctx):
            figures.extend(listed)
            continue
        # the period a sentence after this one says "the figure" covers, where this one names none; or the one
        # period of the sentence before, where this one says "in that period"
        covered = next((p for later in sentences[n + 1:n + 3] if (p := prose.figure_covers(later))), None) \
            or (said[0] if n and _THAT_PERIOD.search(sentence) and not prose.periods_in(sentence)
                and len(said := flatten(prose.periods_in(sentences[n - 1]))) == 1 else None)
        code, measure = _sentence_code(sentence, ctx, placed.key)
        untold = len(figures) if not code and _titles_several(sentence, ctx, placed.key) else None
        if code and section[0] and code != section[0]:
            section = ({}, "")  # the paragraph turns to another offence
        if not code and section[0]:
            code, measure = section
        if not code and figures and _FURTHER.search(sentence):
            code, measure = named  # "A further 11 were recorded": more of the offence the sentence before named
        named = (code, measure) if code else named
        sentence = without_title(sentence, code.get("offence_code", ""))
        if (groups := prose.respective_by_period(sentence)) and len(previous) == len(groups[0][1]) \
                and len({tuple(sorted(f.dims.items())) for f in previous}) == len(previous):
            # "In 2023 the figures were 94 and nineteen respectively": the figures the sentence before named, in turn
            figures.extend(_said_again(before, value, period, placed, ctx)
                           for period, values in groups for value, before in zip(values, previous))
            continue
        values = prose.corresponding_of(sentence)
        if values and code and len(values) == len(previous) and len({f.period for f in previous}) == len(previous) \
                and all(f.dims.get("offence_code") not in (None, code.get("offence_code")) for f in previous):
            # "For offences of sexual communication with a child, 131, 149 and 122 … in 2021/22, 2022/23 and 2023/24.
            # For sexual grooming the corresponding figures were 9, 7 and 13": each of the sentence before, of this offence
            figures.extend(_said_again(before, value, before.period, placed, ctx, dims={**before.dims, **code})
                           for before, value in zip(previous, values))
            continue
        periods, values = prose.corresponding(sentence)
        if values and len(periods) == len(values) and len(previous) == 1:
            # "Of the offences recorded in 2020/21, 19 have resulted in a charge. The corresponding figures for
            # 2021/22 and 2022/23 are 16 and 8": the count of the sentence before, for the periods this one names
            figures.extend(_said_again(previous[0], value, period, placed, ctx) for period, value in zip(periods, values))
            continue
        if values and len(periods) == 1 and len(values) == len(previous) > 1 and len({f.period for f in previous}) == 1 \
                and len({tuple(sorted(f.dims.items())) for f in previous}) == len(previous):
            # "Of the offences recorded in 2023, 41 involved a victim aged under 13, 129 … The corresponding figures
            # for 2024 were 37, 121 and 183": each count of the sentence before, in turn, for the one period this names
            figures.extend(_said_again(before, value, periods[0], placed, ctx) for before, value in zip(previous, values))
            continue
        if paired := prose.period_figures(sentence):
            # a sentence giving each figure its own code ("61 … (19E) and 14 … (19H), a total of 75") gives a figure
            # with none no code: not the first the sentence names
            each_coded = len({pair.dims.get("offence_code") for pair in paired} - {None}) > 1
            for pair in paired:
                fig = _as_read(Figure(pair.value, "reported", placed.block.where, placed.block.text, measure, "offences",
                                      dims={**({} if each_coded else code), **pair.dims}, period=pair.period,
                                      is_total=pair.whole, restates=pair.whole and not pair.summed),
                               pair, ctx)
                question = ctx.questions.get(placed.key or "")
                if question is not None and question.online and "online_flag" not in fig.dims and _FLAG_NOT_APPLIED.search(sentence):
                    fig.dims["online_flag"] = "false"  # "The flag was not applied to the remaining sixteen offences …"
                if "victim_gender" in pair.dims and not re.search(r"\bvictims?\b", sentence, re.I) and \
                        re.search(r"\b(?:suspects?|offenders?|perpetrators?|accused|arrest)", question.text if question else "", re.I):
                    fig.doubts.append("the sentence gives a gender without saying whose, and its question is about suspects")
                it_is = _IT_IS.match(sentence)
                if it_is or _THE_FIGURE.match(sentence) or (previous and _PERIODS_FIGURE.match(sentence)):
                    # "The figure for 2022 was 162", "For 2024 it is 11", "For 2024/25 the figure was 441": of what
                    # the sentence before counted (where the question does not say, in "In 2022 the figure was 61")
                    if previous:
                        # and with what was doubtful of its placing ("The figure was 44 in 2022/23")
                        fig.dims = {**previous[-1].dims, **fig.dims}
                        fig.doubts += [d for d in previous[-1].doubts if d not in fig.doubts]
                    elif it_is or (n and prose.counts_in(sentences[n - 1])):
                        fig.doubts.append("the sentence goes on from the one before, whose figures foistats could not place")
                # "Of the 101 offences recorded in 2023/24, 22 have resulted in a charge": the whole is of no outcome
                parts = frozenset(k for other in paired if not other.whole for k in other.dims) if pair.whole else frozenset()
                figures.append(settle(fig, ctx, placed.key, broken_down=parts))
            continue
        question = question_for(ctx, placed.key)
        asked = (question.periods if question and question.periods else ctx.requested)
        respective, said_of_all = prose.respective_counts(sentence)
        if respective and len(respective) == len(asked):
            # "… were 31 and 26 respectively" after a sentence naming the years the other way round:
            # in whose order is not said
            said = dict.fromkeys(p for before in sentences[:n] for p in flatten(prose.periods_in(before)))
            reordered = [p for p in said if p in asked] not in ([], list(asked))
            for value, period in zip(respective, asked):
                fig = Figure(value, "reported", placed.block.where, placed.block.text, measure, "offences",
                             dims={**code, **said_of_all}, period=period)
                if reordered:
                    fig.doubts.append("the figures are given 'respectively' after a sentence naming the periods "
                                      "in another order than the request's")
                figures.append(settle(fig, ctx, placed.key))
            continue
        if (previous := prose.part_of_previous(sentence)) and figures:
            value, dims = previous  # "Of those, 151 had the online flag": a part of the figure before it
            whole = figures[-1]
            figures.append(settle(Figure(value, "reported", placed.block.where, placed.block.text, "", "offences",
                                         dims={**whole.dims, **dims}, period=whole.period, within=whole),
                                  ctx, placed.key))
            continue
        if previous and placed.key:
            # "2. Of these, the victim was aged 12 or under … in 46 offences", answering its own question: of the
            # offences that question's "of those" refers to, over its period
            figures.append(settle(Figure(previous[0], "reported", placed.block.where, placed.block.text, measure, "offences",
                                         dims={**code, **previous[1]}), ctx, placed.key))
            continue
        if part := prose.part_of_whole(sentence):  # the whole said again is one fact, counted once
            # "Of the 431 … recorded across the three years, 96 …": both over the span of the years asked; or over the
            # period a sentence after it says the figure covers
            span = requested_span(ctx)
            over = [span] if span is not None and prose.whole_period_asked(sentence, years_in(span)) else \
                [covered] if covered and not prose.periods_in(sentence) else None
            whole = Figure(part.whole, "reported", placed.block.where, placed.block.text, measure, "offences",
                           dims=dict(code), is_total=True, restates=True)
            # the whole is split by what the part is, so the question's online flag or outcome is not the whole's
            figures.append(settle(whole, ctx, placed.key, own_periods=over, broken_down=frozenset(part.dims)))
            figures.append(settle(Figure(part.part, "reported", placed.block.where, placed.block.text, measure, "offences",
                                         dims={**code, **part.dims}, within=whole), ctx, placed.key, own_periods=over))
            continue
        unstated = prose.period_figures(sentence, unstated=True)  # "female in 121 offences and male in 31"
        # ("Of the 407 victims, 331 were female, …": the whole said again, of no gender, restates a figure given before)
        parts = frozenset(k for pair in unstated if not pair.whole for k in pair.dims)
        figures += [settle(_as_read(Figure(pair.value, "reported", placed.block.where, placed.block.text, measure, "offences",
                                           dims={**code, **pair.dims}, is_total=pair.whole, restates=pair.whole and not pair.summed), pair, ctx),
                           ctx, placed.key, own_periods=[covered] if covered else None,
                           broken_down=parts if pair.whole else frozenset()) for pair in unstated]
        for found in [] if unstated else prose.prose_figures(sentence):
            periods = flatten(prose.periods_in(sentence))
            over_span = not periods and (span := requested_span(ctx)) is not None \
                and prose.whole_period_asked(sentence, years_in(span))
            periods = [span] if over_span else periods or ([covered] if covered else [])
            fig = Figure(found.value, "reported", placed.block.where, placed.block.text, measure, "offences",
                         dims=dict(code), is_total=found.is_total)
            # "A search has identified 637 offences recorded over the three years. Reading each …, section 12(1)
            # applies": the span's count, said to explain the cost, answers nothing the refusal refuses
            fig.explains_refusal = over_span and any(prose.refusal_kind(s) == "cost" for s in sentences)
            if len(periods) > 1:
                fig.doubts.append("the sentence names several periods")
            elif periods and prose.period_nearer_another(sentence, found):
                # "A total of 562 offences were recorded over the period, 211 of them in 2023-24": the one period is
                # said of the other figure
                fig.doubts.append("the sentence gives several figures and names one period; whose period it is is not said")
            figures.append(settle(fig, ctx, placed.key, own_periods=periods[:1]))
    _doubt_offence_untold(figures[untold:] if untold is not None else [])
    for fig in figures[len(figures) if explaining is None else explaining:]:
        fig.explains_refusal = True
    question = question_for(ctx, placed.key)
    for fig in figures:
        if fig.explains_refusal and question is not None and question.ages \
                and all(fig.dims.get(k) == v for k, v in question.ages.items()):
            # "each of the 3,185 crimes recorded … would have to be read" to find the accused under 18: the records read
            fig.doubts.append("the count is the records a cost estimate would read; whether the question's age band "
                              "is theirs is not said")
    return figures
