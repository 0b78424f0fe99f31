"""From a RawDocument to Observations: what each figure counts, for whom, when.

The steps, in order:

1. **Structure.** Walk the blocks, telling the request (the requester's questions) from
   the response, and which numbered question each block belongs to ("Question 2",
   "1a.", "Response a:", a bare "B").
2. **What the document says about itself**: the periods it states, the Home Office codes
   it names, whether it is about children, the suppression rule the force states.
3. **Figures**: every table cell, every ``label – value`` line, every numbered answer and
   the few kinds of sentence that state a figure plainly. Each figure's breakdown comes
   from its own labels, then its question, then the whole document (one code named in
   the whole reply belongs to every figure in it).
4. **Refusals**: s.12 cost, exemptions with their sections, "not held" — for the figures
   the question asked (one per "how many", for each period asked).
5. **Totals** are kept as figures and checked against their parts.

A figure is certain only when its period, its breakdown and its value are all read from
what the reply states. Anything else becomes a :class:`ReviewItem` carrying the guess and
why it is unsure — never a silent observation.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..errors import FoistatsError
from ..model import LARGEST_VALUE, Breakdown, Observation, Qualifier, SourceRef, Status
from ..offences import measures, offences
from ..periods import Period
from . import account, prose
from .labels import Label, axis_name, read_label, resolve_unknowns
from .raw import Line, RawDocument, RawTable
from .values import CellValue, SuppressionRule, read_value, suppression_rule

# --- what comes out -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    """Something a person must decide: a guessed figure (or a note) and why it is unsure."""

    location: str
    context: str
    reason: str
    guess: dict | None  # an observation's fields, or None for a note that changes no figure


@dataclass
class Interpretation:
    observations: list[Observation]
    review: list[ReviewItem]
    contexts: dict[str, str]  # location -> the cell or line in its context
    numbers: list[account.Number] = field(default_factory=list)  # every numeric token and its fate


@dataclass
class Figure:
    """A figure on its way to becoming an Observation (or a review item)."""

    value: int | None
    status: str
    where: str
    context: str
    measure: str
    unit: str
    dims: dict[str, str] = field(default_factory=dict)
    period: Period | None = None
    lower: int | None = None
    upper: int | None = None
    is_total: bool = False
    note: str = ""
    doubts: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)  # the measures a person picks from, when the reader cannot tell
    question: str | None = None  # the numbered question it answers
    fate: str = ""  # figure (in the data) or review, once decided
    explains_refusal: bool = False  # a count given in a refusal's reasoning: it answers no question
    own_measure: bool = False  # its own label names what it counts ("Arrests"): no question or campaign decides it


@dataclass(frozen=True)
class Asked:
    """What the campaign asked the force that answered (its measures and periods), and
    the measure a person says a reply answers (``ingest --measure``)."""

    measures: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    measure: str | None = None


# --- structure ----------------------------------------------------------------------------------

_KEY = r"(?:[0-9]{1,2}[a-z]?|[a-h])"
_RESPONSE_HEAD = re.compile(
    r"^(?:in |our |the |my )?(?:response|answer|reply|disclosure)s?(?:\s+(?:to\s+)?(?:questions?\s+|parts?\s+)?"
    rf"({_KEY}(?:\s*(?:,|and|&|-|to)\s*{_KEY})*))?\s*[:.\-–]?\s*$", re.I)
_REQUEST_HEAD = re.compile(
    r"^(?:your |the |original )?(?:request|requests|questions?)(?: details)?\s*[:.]?\s*$|^you asked\b|"
    r"^your request (?:was|is|reads)\b|^request for information\s*:?$|^information requested\s*:?$", re.I)
_KEYED = [
    re.compile(r"^(?:question|q|request|part)\.?\s*(\d{1,2})\s*([a-z])?\b\s*[:.)\-–]?\s*(.*)$", re.I),
    re.compile(r"^(\d{1,2})\s*([a-z])?\s*[.)]\s*(.*)$"),
    re.compile(r"^(\d{1,2})([a-z])\s+(.*)$"),
    re.compile(r"^\((\d{1,2})([a-z])?\)\s*(.*)$"),
]
# an unnumbered point of a request ("- How many …", "• The ages of …"): its order is its number,
# as the force's answer refers to it ("points 3, 4 and 5")
_BULLET = re.compile(r"^[-•*–·▪◦]\s+(\S.*)$")
_LETTER = [re.compile(r"^()([a-h])\s*[.)]\s+(.*)$", re.I), re.compile(r"^()([A-H])()$")]
_FORCE_VOICE = re.compile(
    r"^(?:i have|we have|i can confirm|we can confirm|i confirm|we confirm|please find|the information you|"
    r"(?:[A-Z][\w-]+ )+(?:police|constabulary|service) (?:confirms|can confirm|holds|does not hold|has))", re.I)
_STRICT_QUESTION = re.compile(r"\bhow many\b|\?\s*$|\bthe number of\b|\bplease\b", re.I)


@dataclass
class Placed:
    block: Line | RawTable
    role: str  # request | response | unknown
    key: str | None
    content: str = ""  # a line's text less its question number


def _keyed(text: str, number: str | None) -> tuple[str, str, str] | None:
    for pattern in _KEYED:
        if m := pattern.match(text):
            return m.group(1), (m.group(2) or "").lower(), m.group(3)
    for pattern in _LETTER:
        if m := pattern.match(text):
            return number or "", m.group(2).lower(), m.group(3)
    return None


def structure(doc: RawDocument) -> tuple[list[Placed], dict[str, str]]:
    """Each block with its role and question key; and each question's text."""
    placed: list[Placed] = []
    questions: dict[str, str] = {}
    mode, role, number, key, seen_keys = "unknown", "unknown", None, None, False
    asking: list[str] = []  # the numbered questions asked since the last answer heading
    bullets = 0  # the unnumbered points of the request so far
    for block in doc.blocks:
        if isinstance(block, RawTable):
            table_role = "response" if role == "request" and _has_numbers(block) else role
            placed.append(Placed(block, table_role, key))
            continue
        text = block.text
        if m := _RESPONSE_HEAD.match(text):
            mode = role = "response"
            # a bare "Answer" under one numbered question answers that question; under a
            # list of questions it answers them all
            # "Answer 1, 2 & 3" answers several questions at once: its lines say which by their own labels
            named = re.findall(_KEY, m.group(1).lower()) if m.group(1) else []
            key = named[0] if len(named) == 1 else None if named else (asking[0] if len(set(asking)) == 1 else None)
            number = None if key is None else number
            asking = []
            placed.append(Placed(block, "heading", key))
            continue
        if _REQUEST_HEAD.match(text):
            mode = role = "request"
            key = number = None
            bullets = 0
            placed.append(Placed(block, "heading", None))
            continue
        found = _keyed(text, number)
        if found is None and mode == "request" and (bullets or not seen_keys) and (m := _BULLET.match(text)):
            bullets += 1
            found = (str(bullets), "", m.group(1))
        if found is not None:
            num, letter, content = found
            if num:
                number = num
            key = f"{number or ''}{letter}" or None
            seen_keys = True
            asks = prose.question_like(content) if mode != "response" else bool(_STRICT_QUESTION.search(content) and not _FORCE_VOICE.match(content))
            if re.match(r"^request\b", text, re.I) and not content.strip():
                mode, asks = "request", True  # "Request 1" alone: a heading, its question on the lines below
            role = "request" if (mode == "request" or asks) else mode
            if role == "request" and key:
                questions[key] = f"{questions.get(key, '')} {content}".strip()
                asking.append(key)
            placed.append(Placed(block, role, key, content))
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
        if not seen_keys and _COUNT_QUESTION.search(text) and not _FORCE_VOICE.match(text) \
                and (mode != "response" or _ASKING_AGAIN.search(text)):
            # a question with no number: the blocks after it answer it, until the next
            key = f"u{sum(1 for k in questions if k.startswith('u')) + 1}"
            questions[key] = text
            asking.append(key)
            placed.append(Placed(block, "request", key, text))
            role = "response"  # what follows answers it (a letter's paragraphs are whole blocks)
            continue
        if mode == "request" and seen_keys and _FORCE_VOICE.match(text):
            mode = role = "response"
            key = None
        if role == "request" and key:
            questions[key] = f"{questions[key]} {text}".strip() if key in questions else text
        placed.append(Placed(block, role, key, text))
    return placed, questions


_COUNT_QUESTION = re.compile(r"\bhow many\b|\bthe (?:total )?number of\b", re.I)
# under an answer's heading, "The number of offences recorded was 45" answers; only a line that
# plainly asks is a question there
_ASKING_AGAIN = re.compile(r"^how many\b|\?\s*$|\bplease\b", re.I)


def _same_words(a: str, b: str) -> bool:
    words = lambda text: re.findall(r"[a-z0-9]+", text.lower())  # noqa: E731
    return len(b) > 30 and words(a) == words(b)


def _has_numbers(table: RawTable) -> bool:
    return any(read_value(c.text).kind == "number" for row in table.rows[1:] for c in row[1:])


# --- what the document says about itself ---------------------------------------------------------


@dataclass
class Context:
    area: str
    release: str
    document: str
    file_name: str
    reader: str
    child: bool
    codes: list[str]
    periods: list[Period]
    rules: tuple[SuppressionRule, ...]
    reference: date | None
    truncated: bool
    questions: dict[str, "Question"]
    subject: str  # what the reply is about, when no question says it
    requested: list[Period] = field(default_factory=list)  # the periods the request's own lines state
    asked: Asked = field(default_factory=Asked)
    groups: list["Group"] = field(default_factory=list)  # figures sent to review a row or a table at a time


@dataclass
class Question:
    key: str
    text: str
    codes: list[str]
    online: bool
    outcome: str | None
    periods: list[Period]
    relative: prose.RelativePeriods | None
    measure: str
    unit: str
    asked: int
    ages: dict[str, str] = field(default_factory=dict)  # the age band the question limits itself to
    platform: str | None = None  # the one platform the question names ("requests made to Snapchat")


def _measure(text: str, codes: list[str], online: bool) -> str:
    known = [m for m in measures().values() if not getattr(m, "share_of", "") and "share" not in m.measure]
    by_code = [m.measure for m in known if m.offence_code and m.offence_code in codes]
    if len(by_code) == 1:
        return by_code[0]
    low = re.sub(r"\bchild\b", "children", text.lower())
    titled = sorted((m for m in known if m.title and m.title.lower() in low), key=lambda m: -len(m.title))
    if titled:
        return titled[0].measure
    named = {code for code, o in offences().items() if o.description.lower() in text.lower()}
    by_title = [m.measure for m in known if m.offence_code and m.offence_code in named]
    if len(by_title) == 1:
        return by_title[0]
    return prose.measure_slug(text)


def _question(key: str, text: str, doc_codes: list[str]) -> Question:
    codes = prose.codes_in(text)
    online = prose.states_online(text)
    periods = _flatten(prose.periods_in(text))
    return Question(
        key=key, text=text, codes=codes, online=online, outcome=prose.single_outcome(text), periods=periods,
        relative=prose.relative_periods(text) if not periods else None,
        measure=_measure(text, codes or (doc_codes if len(doc_codes) == 1 else []), online),
        unit=prose.unit_for(text), asked=prose.figures_asked(text), ages=prose.age_scope(text),
        platform=prose.single_platform(text),
    )


def _flatten(mentions: list[prose.PeriodMention]) -> list[Period]:
    return list(dict.fromkeys(p for m in mentions for p in m.periods))


_ASKS = re.compile(r"\bhow many\b|\bthe number of\b|\bplease (?:supply|provide|give|list)\b", re.I)
_CHILD = re.compile(r"\bchild(?:ren)?\b|\bunder[- ]18s?\b|\bunder 18\b|\bminors?\b|\bjuveniles?\b|\bgirls?\b|\bboys?\b", re.I)


def _context(doc: RawDocument, placed: list[Placed], questions: dict[str, str], *, area: str, release: str,
              document: str, received: date | None, asked: Asked) -> Context:
    lines = [p.block.text for p in placed if isinstance(p.block, Line)]
    text = "\n".join(lines)
    codes = list(dict.fromkeys(c for line in lines for c in prose.codes_in(line)))
    child = bool(_CHILD.search(text)) or any(offences().get(c) and offences()[c].child_specific == "yes" for c in codes)
    rules = tuple(
        rule for p in placed if isinstance(p.block, Line) and p.role != "request"
        for s in prose.sentences(p.block.text) if not prose.requester_voice(s) and (rule := suppression_rule(s))
    )
    periods = _flatten([m for line in lines for m in prose.periods_in(line)])
    requested = _flatten([m for p in placed if isinstance(p.block, Line) and p.role == "request"
                          and not _answer_in_request(p) for m in prose.periods_in(p.block.text)])
    subject = next((slug for p in placed if isinstance(p.block, Line) and (p.role == "request" or _ASKS.search(p.block.text))
                    and (slug := prose.measure_slug(p.content if p.key else p.block.text))), "")  # not "Request 1"
    subject = subject or _measure(text, [], False)
    return Context(
        area=area, release=release, document=document, file_name=doc.file_name, reader=doc.reader,
        child=child, codes=codes, periods=periods, rules=rules,
        reference=received or prose.reference_date(text), truncated=doc.truncated,
        questions={k: _question(k, t, codes) for k, t in questions.items()}, subject=subject, asked=asked,
        requested=requested,
    )


# --- one figure's setting: its question, then the document ------------------------------------


def _question_for(ctx: Context, key: str | None) -> Question | None:
    if key is None:
        return None
    return ctx.questions.get(key) or ctx.questions.get(key.rstrip("abcdefgh")) or None


def _settle(fig: Figure, ctx: Context, key: str | None, own_periods: list[Period] | None = None) -> Figure:
    """Give a figure what its question and the document say about it, and note doubts."""
    q = _question_for(ctx, key)
    fig.question = key
    dims = dict(fig.dims)
    codes = (q.codes if q and q.codes else ctx.codes)
    if "offence_code" not in dims:
        if len(codes) == 1:
            dims["offence_code"] = codes[0]
        elif len(codes) > 1:
            fig.doubts.append(f"the reply names several offence codes ({', '.join(codes)}) and this figure's labels name none")
    if q is not None:
        if q.online and "online_flag" not in dims:
            dims["online_flag"] = "true"
        if q.outcome and "outcome" not in dims:
            dims["outcome"] = q.outcome
        if q.platform and "platform" not in dims:
            dims["platform"] = q.platform
        for who in ("victim", "suspect"):
            own = any(k.startswith(f"{who}_age") for k in dims)
            if not own:
                dims.update({k: v for k, v in q.ages.items() if k.startswith(f"{who}_age")})
    fig.dims = dims
    if not fig.measure:
        fig.measure = q.measure if q and q.measure else (_measure("", codes, False) if len(codes) == 1 else "") or ctx.subject or "reply_figures"
        fig.unit = q.unit if q else fig.unit
    _file_as_asked(fig, ctx.asked)
    if fig.period is None:
        # the answer's own period, else its question's, else the request's, else the reply's
        candidates = own_periods or (q.periods if q and q.periods else []) or ctx.requested or ctx.periods
        if len(candidates) == 1:
            fig.period = candidates[0]
        elif candidates:
            fig.doubts.append("the reply states several periods (" + ", ".join(p.label for p in candidates[:6]) +
                              ") and this figure's labels do not say which")
        else:
            fig.doubts.append("no period is stated for this figure")
    return fig


def _file_as_asked(fig: Figure, asked: Asked) -> None:
    """File a figure under a measure the campaign asked (or the one a person named): its
    own reading where that is asked (or is the whole an asked part is flagged within),
    the one measure asked, or — where several were asked and the reply does not say
    which this is — the first, with every asked measure offered as a choice in review.
    A measure is never made up from a reply's title or quoted request."""
    if not asked.measure and not asked.measures:
        return
    flagged = [m for m in (measures().get(slug) for slug in asked.measures) if m and m.part_of == fig.measure and
               all(fig.dims.get(k) == v for k, v in Breakdown.parse(m.part_breakdown).items())]
    if asked.measure:
        fig.measure = asked.measure
    elif fig.measure in asked.measures or flagged:
        pass  # as_asked files a flagged whole under its part when the reply is written
    elif fig.own_measure:
        fig.doubts.append(f"the reply's own label says this counts {fig.measure}, which the campaign did not ask "
                          f"({', '.join(asked.measures)}); file it under one only if it is the same thing")
        fig.choices = list(asked.measures)
    elif len(asked.measures) == 1 and fig.measure not in measures():
        fig.measure = asked.measures[0]
    else:
        fig.doubts.append(f"the reply does not say which measure asked ({', '.join(asked.measures)}) this figure counts "
                          f"(read as {fig.measure!r}); choose one")
        fig.choices = list(asked.measures)
        fig.measure = asked.measures[0]
    part = measures().get(fig.measure)
    for k, v in (Breakdown.parse(part.part_breakdown).items() if part and part.part_breakdown else ()):
        if fig.dims.get(k) == v:
            del fig.dims[k]  # an asked part (the online offences) carries its flag in its name, not its breakdown


# --- tables --------------------------------------------------------------------------------------


def _is_data(text: str, ctx: Context) -> bool:
    value = read_value(text, ctx.rules)
    return value.kind == "number" or (value.kind == "suppressed" and not re.fullmatch(r"\d+\s*-\s*\d+", text.strip()))


def _split_stacked(table: RawTable, ctx: Context) -> list[RawTable]:
    """A table whose header row comes again part-way down is two tables, one above the other."""
    parts, start = [], 0
    for r in range(1, len(table.rows)):
        row = table.rows[r]
        previous = table.rows[r - 1]
        if not any(_is_data(c.text, ctx) for c in row[1:]) and any(_is_data(c.text, ctx) for c in previous[1:]) \
                and [c.text for c in row] == [c.text for c in table.rows[start]]:
            parts.append(RawTable(table.rows[start:r], table.where))
            start = r
        elif not any(_is_data(c.text, ctx) for c in row[1:]) and any(_is_data(c.text, ctx) for c in previous[1:]) \
                and axis_name(row[0].text) is not None:
            parts.append(RawTable(table.rows[start:r], table.where))
            start = r
    parts.append(RawTable(table.rows[start:], table.where))
    return parts


def _merge(labels: list[Label]) -> tuple[dict[str, str], Period | None, bool, list[str]]:
    """Several labels over one row or column: their dimensions, period, whether any is a
    total, and the labels that could not be read."""
    dims: dict[str, str] = {}
    period, total, unread = None, False, []
    seen: set[str] = set()
    for label in labels:
        if label.text.strip() in seen or not label.text.strip():
            continue
        seen.add(label.text.strip())
        if label.axis == "total":
            total = True
        elif label.axis == "period":
            if period is not None and period != label.period:
                unread.append(f"{label.text} (a second period)")
            period = label.period
        elif label.axis in (None, "unknown"):
            unread.append(label.text)
        for k, v in label.dims:
            if k in dims and dims[k] != v:
                unread.append(f"{label.text} (conflicts with {k}={dims[k]})")
            dims[k] = v
    return dims, period, total, unread


def _cell_context(table: RawTable, r: int, c: int, header_rows: int) -> str:
    def show(row: int) -> str:
        return " | ".join(f"[{cell.text}]" if (row, k) == (r, c) else cell.text for k, cell in enumerate(table.rows[row]))

    lines = [show(h) for h in range(header_rows)] + ([show(r)] if r >= header_rows else [])
    return f"{table.where}\n" + "\n".join(lines)


def _table_figures(table: RawTable, ctx: Context, key: str | None) -> list[Figure]:
    figures: list[Figure] = []
    for part in _split_stacked(table, ctx):
        figures.extend(_grid_figures(part, ctx, key))
    return figures


def _grid_figures(table: RawTable, ctx: Context, key: str | None) -> list[Figure]:
    rows = table.rows
    if len(rows) < 2 or table.width < 2:
        return []
    header_rows = 0
    # a header row may be all years ("Gender | 2019 | 2020"): digits, but labels, not data
    while header_rows < min(3, len(rows) - 1) and not any(
            _is_data(c.text, ctx) and read_label(c.text).axis != "period" for c in rows[header_rows][1:]):
        header_rows += 1
    label_cols = 1
    while label_cols < min(2, table.width - 1) and not any(_is_data(rows[r][label_cols].text, ctx) for r in range(header_rows, len(rows))):
        label_cols += 1
    corner = " ".join(rows[h][c].text for h in range(header_rows) for c in range(label_cols))
    row_axis = axis_name(corner.strip()) if corner.strip() else None
    col_axes = [next((a for h in range(header_rows) if (a := axis_name(rows[h][c].text))), None) for c in range(table.width)]

    col_labels: list[list[Label]] = [[] for _ in range(table.width)]
    for h in range(header_rows):
        edge = resolve_unknowns([read_label(rows[h][c].text, axis=col_axes[c], child=ctx.child) for c in range(table.width)])
        for c in range(label_cols, table.width):
            if axis_name(rows[h][c].text) is None or edge[c].understood:
                col_labels[c].append(edge[c])
    row_labels: list[list[Label]] = [[] for _ in rows]
    for c in range(label_cols):
        edge = resolve_unknowns([read_label(rows[r][c].text, axis=row_axis, child=ctx.child) for r in range(header_rows, len(rows))])
        for offset, label in enumerate(edge):
            row_labels[header_rows + offset].append(label)

    value_cols = [c for c in range(label_cols, table.width)]
    plain_value_cols = [c for c in value_cols if all(l.axis == "value" for l in col_labels[c] if l.text.strip())]
    figures: list[Figure] = []
    group: list[Label] = []
    held = _Held(table, header_rows, key)
    for r in range(header_rows, len(rows)):
        cells = [rows[r][c] for c in value_cols]
        if all(not cell.text.strip() for cell in cells):
            labels = [l for l in row_labels[r] if l.text.strip()]
            if labels and all(l.understood for l in labels):
                group = [l for l in group if l.axis not in {x.axis for x in labels}] + labels
            continue
        row_dims, row_period, row_total, row_unread = _merge(row_labels[r] + group)
        if row_unread and held.whole:  # each of its figures would go to review: they are only counted
            held.count(r, [cell.where for cell in cells if read_value(cell.text, ctx.rules).kind != "blank"],
                       f"the label {row_unread[0]!r} is not one foistats can place in a dimension")
            continue
        row_figures = []
        for c in value_cols:
            cell = rows[r][c]
            value = read_value(cell.text, ctx.rules)
            if value.kind == "blank":
                continue
            col_dims, col_period, col_total, col_unread = _merge(col_labels[c])
            fig = _cell_figure(value, cell.text, cell.where, _cell_context(table, r, c, header_rows), ctx)
            fig.is_total = row_total or col_total
            for k, v in col_dims.items():
                if k in row_dims and row_dims[k] != v:
                    fig.doubts.append(f"the row says {k}={row_dims[k]} and the column {k}={v}")
            fig.dims = {**row_dims, **col_dims}
            if row_period and col_period and row_period != col_period:
                fig.doubts.append("the row and the column name different periods")
            fig.period = col_period or row_period
            counted = {l.counted for l in row_labels[r] + col_labels[c] if l.axis == "counted"}
            if len(counted) > 1:
                fig.doubts.append(f"the row and the column name different things counted ({', '.join(sorted(counted))})")
            elif counted:
                fig.measure, fig.own_measure = counted.pop(), True
            for text in row_unread + col_unread:
                fig.doubts.append(f"the label {text!r} is not one foistats can place in a dimension")
            if len(plain_value_cols) > 1 and c in plain_value_cols:
                fig.doubts.append("the table has several value columns and their headers do not say how they differ")
            row_figures.append(_settle(fig, ctx, key))
        figures.extend(held.keep(r, row_figures))
    figures = held.finish(figures, ctx)
    _hold_disputed_totals(figures)
    return figures


# a table with more figures to review than this sends them a row at a time...
CELL_ITEMS = 50
# ... and with more than this, as one item for the whole table, counted but not kept (memory stays flat)
ROW_ITEMS_FIGURES = 20_000


@dataclass
class Group:
    """Figures of one table row, or of a whole table, sent to review as one item: a table
    with many figures the reader cannot place gives a person one decision a row (or one
    for the table), not one a cell."""

    where: str  # the row's or the table's cells, "sheet Offences B3–D3"
    context: str
    reason: str
    key: str | None  # the question it answers
    count: int  # its figures
    figures: list[Figure]  # a row's figures; a whole table's are counted, not kept
    cells: set[str]  # the places of its figures


def _span(first: str, last: str) -> str:
    """Two places as one span: "sheet Data B3", "sheet Data D3" -> "sheet Data B3–D3";
    "line 4 column 2", "line 9 column 4" -> "line 4 column 2–line 9 column 4"."""
    if first == last:
        return first
    common = re.sub(r"[A-Za-z0-9]+$", "", os.path.commonprefix([first, last]))
    rest = last[len(common):]
    return f"{first}–{rest if ' ' not in rest else last}"


class _Held:
    """The figures to review of one table, while they are read: kept as they are while
    few (one item each), a row's as one item when many, and only counted (their places
    and why) once there are more than a row at a time keeps in bounds."""

    def __init__(self, table: RawTable, header_rows: int, key: str | None) -> None:
        self.table, self.header_rows, self.key = table, header_rows, key
        self.rows: list[tuple[int, list[Figure]]] = []
        self.total = 0
        self.whole = False
        self.cells: set[str] = set()
        self.reasons: list[str] = []  # two, to show
        self.more = False  # other reasons than those
        self.span: list[int] = []  # the table rows counted
        self.first = self.last = ""  # the first and last place counted, in reading order

    def keep(self, r: int, figures: list[Figure]) -> list[Figure]:
        """A row's figures: those that go on as figures (all of them, while the table's
        figures to review are few enough to be items of their own)."""
        doubted = [f for f in figures if f.doubts]
        if not doubted:
            return figures
        if self.whole:
            for fig in doubted:
                self.count(r, [fig.where], "; ".join(fig.doubts))
            return [f for f in figures if not f.doubts]
        self.rows.append((r, doubted))
        self.total += len(doubted)
        if self.total > ROW_ITEMS_FIGURES:
            self.whole = True
            rows, self.rows, self.total = self.rows, [], 0
            for row, kept in rows:
                for fig in kept:
                    self.count(row, [fig.where], "; ".join(fig.doubts))
            return [f for f in figures if not f.doubts]
        return figures

    def count(self, r: int, cells: list[str], reason: str) -> None:
        if not cells:
            return
        self.cells.update(cells)
        self.first, self.last = self.first or cells[0], cells[-1]
        self.total += len(cells)
        if reason not in self.reasons:
            self.more = self.more or len(self.reasons) == 2
            self.reasons = self.reasons if self.more else [*self.reasons, reason]
        if not self.span or self.span[-1] != r:
            self.span.append(r)

    def finish(self, figures: list[Figure], ctx: Context) -> list[Figure]:
        """The table's figures less those sent to review as a row or a table; those groups in ``ctx``."""
        if not self.whole and self.total <= CELL_ITEMS:
            return figures
        if self.whole:
            ctx.groups.append(Group(
                _span(self.first, self.last),
                _rows_context(self.table, self.header_rows, sorted({self.span[0], self.span[-1]})) +
                f"\n({len(self.span):,} rows in all)",
                f"{self.total:,} figures in {len(self.span):,} rows of this table cannot be placed ("
                + "; ".join(self.reasons) + ("; …" if self.more else "") + "); too many to file from review one "
                "by one, they are one item: reject it, or give the rows labels foistats reads and ingest the file again",
                self.key, self.total, [], self.cells))
            return [f for f in figures if not f.doubts]
        grouped = {id(f) for _, row in self.rows for f in row}
        for r, row in self.rows:
            reasons = list(dict.fromkeys(d for f in row for d in f.doubts))
            ctx.groups.append(Group(
                _span(row[0].where, row[-1].where), _rows_context(self.table, self.header_rows, [r]),
                "; ".join(reasons) + f" ({len(row)} figures of this row, decided together)",
                self.key, len(row), row, {f.where for f in row}))
        return [f for f in figures if id(f) not in grouped]


def _rows_context(table: RawTable, header_rows: int, shown: list[int]) -> str:
    lines = [" | ".join(cell.text for cell in table.rows[r]) for r in [*range(header_rows), *shown]]
    return f"{table.where}\n" + "\n".join(lines)


def _cell_figure(value: CellValue, text: str, where: str, context: str, ctx: Context) -> Figure:
    fig = Figure(value=None, status="reported", where=where, context=context, measure="", unit="offences")
    if value.kind == "number":
        fig.value = value.value
    elif value.kind == "suppressed":
        fig.status, fig.lower, fig.upper = "suppressed", value.lower, value.upper
        fig.note = f"shown as {text.strip()!r}"
    else:
        fig.doubts.append(f"the cell says {text.strip()!r}, which is not a number or a suppression marker")
        fig.status = "reported"
    return fig


def _hold_disputed_totals(figures: list[Figure]) -> None:
    """Check each total in a table against the cells it sums. A total that cannot be the
    sum of its parts (given the bounds of suppressed parts) is held for review, its printed
    value as the guess: until a person decides, it is in no Fact, story or export."""
    parts = [f for f in figures if not f.is_total and not f.doubts]
    for total in (f for f in figures if f.is_total and f.value is not None and not f.doubts):
        members = [p for p in parts if p.period == total.period and all(p.dims.get(k) == v for k, v in total.dims.items())
                   and len(p.dims) > len(total.dims)]
        if not members:
            continue
        extra = {k for p in members for k in p.dims if k not in total.dims}
        axes = {frozenset(k for k in p.dims if k not in total.dims) for p in members}
        if len(axes) != 1 or len({k.replace("_max", "_min") for k in extra}) > 2:
            continue
        low = sum(p.value if p.value is not None else (p.lower or 0) for p in members)
        unbounded = any(p.value is None and p.upper is None for p in members)
        high = None if unbounded else sum(p.value if p.value is not None else p.upper for p in members)
        if total.value < low or (high is not None and total.value > high):
            span = f"{low}" if high == low else (f"{low} to {high}" if high is not None else f"at least {low}")
            total.doubts.append(f"the total {total.value} does not match its parts, which add to {span}")


# --- lines: "2022/23 - 10", "1a. Charged – 5", "2. 4", "... - Total Count 52" ------------------

_LINE_FIGURE = re.compile(
    r"^(?P<label>.*?\S)\s*(?:[-–—:=]|\.{2,})\s*(?P<total>(?:total(?: count)?|count|sum|number)\s*:?\s*)?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+|<\s*\d+|\*)(?P<rest>(?:\s*\([^()]{1,30}\))?(?:\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s*\([^()]{1,30}\))*)"
    r"(?:\s+(?:recorded\s+)?(?:offences?|crimes?|victims?|incidents?|cases?|reports?)(?:\s+recorded)?)?\s*\.?$",  # "2019: 12 offences"
    re.I)
# a value glued to its label, as a page's copied table cells can come ("Female12")
_GLUED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ()'/-]*?[a-z)])(?P<value>\d{1,3}(?:,\d{3})+|\d+)$")
_SYSTEM_PAIR = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s*\(([^()]{1,30})\)")
_REFERENCE = re.compile(r"\b(?:ref(?:erence)?|our ref|your ref|no\.?|number|pub|foi|enquiry|request id|id)\b", re.I)
_PHRASE_EXTRA = re.compile(r"\b(?:female|male|girls?|boys?|aged|age|cautioned|charged|online|cyber)\b", re.I)


def _line_label(label: str, ctx: Context) -> tuple[dict[str, str], Period | None, bool, list[str]] | None:
    """A list line's label read as one label, or as a phrase naming a period or a code."""
    read = read_label(label, child=ctx.child)
    if read.axis == "total":
        return {}, None, True, []
    if read.axis == "value":
        return {}, None, False, []  # "Count of offences = 36": the count asked, its period from the question
    if read.understood:
        return dict(read.dims), read.period, False, []
    mentions = prose.periods_in(label)
    codes = prose.codes_in(label)
    periods = _flatten(mentions)
    if not periods and not codes:
        return None
    doubts = []
    if len(periods) > 1:
        doubts.append("the label names several periods")
    if _PHRASE_EXTRA.search(label):
        doubts.append(f"the label {label!r} may say more than its period and code")
    dims = {"offence_code": codes[0]} if len(codes) == 1 else {}
    if len(codes) > 1:
        doubts.append("the label names several offence codes")
    return dims, (periods[0] if periods else None), bool(re.search(r"\btotal\b", label, re.I)), doubts


def _line_figures(placed: Placed, ctx: Context) -> list[Figure]:
    text, line = placed.content, placed.block
    if placed.key and re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)\.?", text.strip()):
        fig = Figure(int(text.strip().rstrip(".").replace(",", "")), "reported", line.where, line.text, "", "offences")
        return [_settle(fig, ctx, placed.key)]
    if (glued := _GLUED.match(text.strip())) and read_label(glued.group("label"), child=ctx.child).understood:
        text = f"{glued.group('label')} - {glued.group('value')}"
    m = _LINE_FIGURE.match(text)
    if not m or _REFERENCE.search(m.group("label")):
        return []
    read = _line_label(m.group("label"), ctx)
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
        value = read_value(m.group("value"), ctx.rules)
        fig = _cell_figure(value, m.group("value"), line.where, line.text, ctx)
        fig.dims, fig.period, fig.is_total = dict(dims), period, is_total
        fig.doubts.extend(doubts)
        if m.group("rest").strip():
            fig.note = m.group("rest").strip()
        figures.append(fig)
    return [_settle(f, ctx, placed.key) for f in figures]


def _prose_figures(placed: Placed, ctx: Context) -> list[Figure]:
    figures = []
    explaining = False  # after a cost refusal, a count explains the cost ("524 crimes … each read by hand")
    for sentence in prose.sentences(placed.block.text):
        explaining = explaining or prose.refusal_kind(sentence) == "cost"
        if prose.requester_voice(sentence):
            continue
        start = len(figures)
        if paired := prose.period_figures(sentence):
            for value, period in paired:
                fig = Figure(value, "reported", placed.block.where, placed.block.text, "", "offences",
                             dims={"offence_code": c for c in prose.codes_in(sentence)[:1]}, period=period)
                figures.append(_settle(fig, ctx, placed.key))
            continue
        for found in prose.prose_figures(sentence):
            periods = _flatten(prose.periods_in(sentence))
            if not periods and ctx.requested and prose.whole_period_asked(sentence):
                periods = [Period(min(p.start for p in ctx.requested), max(p.end for p in ctx.requested))]
            fig = Figure(found.value, "reported", placed.block.where, placed.block.text, "", "offences",
                         dims={"offence_code": c for c in prose.codes_in(sentence)[:1]}, is_total=found.is_total)
            if len(periods) > 1:
                fig.doubts.append("the sentence names several periods")
            figures.append(_settle(fig, ctx, placed.key, own_periods=periods[:1]))
        for fig in figures[start:]:
            fig.explains_refusal = explaining
    return figures


# --- refusals ------------------------------------------------------------------------------------


@dataclass
class Refusal:
    kind: str  # cost | exempt | not_held | partial | ncnd
    sections: list[str]
    where: str
    text: str
    questions: list[str]  # question numbers the sentence names ("On Question 4, …")


def _refusals(blocks: list[Placed]) -> list[Refusal]:
    """The refusals a run of lines makes; a section cited on a line of its own belongs to the
    refusal just before it."""
    found: list[Refusal] = []
    for p in blocks:
        if not isinstance(p.block, Line) or p.role in ("request", "heading"):
            continue
        for sentence in prose.sentences(p.block.text):
            kind = prose.refusal_kind(sentence)
            sections = prose.sections_in(sentence) if not prose.requester_voice(sentence) else []
            named = re.findall(r"\bquestions? (\d{1,2})\b", p.block.text, re.I)
            if kind is None and sections and found:
                found[-1].sections.extend(s for s in sections if s not in found[-1].sections)
                continue
            if kind is None and sections:
                kind = "cost" if any(s.startswith("12") for s in sections) else "exempt"
            if kind is not None:
                found.append(Refusal(kind, sections, p.block.where, sentence, named))
    return found


_STATUS = {"cost": "exempt", "exempt": "exempt", "not_held": "not_held"}
# s.12 is the cost limit, not an exemption: the status is exempt (the figure was refused), the words say why
_IN_WORDS = {"cost": "refused (cost limit)", "exempt": "exempt", "not_held": "not held"}


def _refusal_note(kind: str, sections: list[str]) -> str:
    return _IN_WORDS[kind] + (f", s.{', s.'.join(sections)}" if sections else "")


# how long before its date a reply's request may have been made (the statutory 20 working
# days, extensions, a disclosure log's later publishing date), so that "the past three years"
# counts back from a date known to be in the same year as the request's
_REQUEST_BEFORE_REPLY_DAYS = 183


def _near_year_start(reference: date, financial: bool) -> bool:
    start = date(reference.year, 4, 1) if financial else date(reference.year, 1, 1)
    if start > reference:
        start = date(reference.year - 1, 4, 1)
    return (reference - start).days < _REQUEST_BEFORE_REPLY_DAYS


def _refused_figures(refusal_kind: str, sections: list[str], where: str, text: str, ctx: Context,
                     keys: list[str | None], extra_doubt: str | None = None,
                     named: list[Period] | None = None) -> list[Figure]:
    """One figure per figure asked, per period asked (or per period the refusal names),
    for the questions a refusal covers."""
    status = _STATUS[refusal_kind]
    if refusal_kind == "cost" and not any(s.startswith("12") for s in sections):
        sections = ["12"] + sections
    all_explicit = list(dict.fromkeys(p for q in ctx.questions.values() for p in q.periods))
    figures = []
    for key in keys:
        q = ctx.questions.get(key) if key else None
        doubts = [extra_doubt] if extra_doubt else []
        periods: list[Period | None]
        if named:
            periods = list(named)
        elif q and q.periods:
            periods = list(q.periods)
        elif q and q.relative:
            financial = q.relative.financial or any("financial" in o.text.lower() for o in ctx.questions.values())
            relative = prose.RelativePeriods(q.relative.count, financial, q.relative.each, q.relative.text)
            if ctx.reference:
                periods = list(relative.resolve(ctx.reference))
                if _near_year_start(ctx.reference, financial):
                    doubts.append(f"{relative.text!r} read as {', '.join(p.label for p in periods)}, counting back "
                                  f"from {ctx.reference.isoformat()}; the request may be from the year before")
            else:
                periods = [None]
                doubts.append(f"{relative.text!r} needs the date of the request; give --received")
        elif q and re.search(r"\beach year\b|\bper year\b|\bevery year\b|\bby year\b", q.text, re.I) and all_explicit:
            periods = all_explicit
        elif q and ctx.requested and not all_explicit:
            periods = list(ctx.requested)  # no question names a period: each one the request states is asked
        elif len(ctx.periods) == 1 or (ctx.periods and not q):
            periods = list(ctx.periods) if len(ctx.periods) == 1 else [None]
            if len(ctx.periods) > 1:
                doubts.append("the reply names several periods and the refusal does not say which")
        else:
            periods = [None]
            doubts.append("no period is stated for what was refused")
        asked = q.asked if q else 1
        label = f"question {key}" if key else "the request"
        for period in periods:
            for n in range(asked):
                fig = Figure(None, status, f"{where}; {label} figure {n + 1}", text, "", "offences", period=period,
                             note=(f"{label}: {q.text[:160]}; " if q else "") + _refusal_note(refusal_kind, sections),
                             doubts=list(doubts))
                if period is None:
                    fig.doubts.append("no period")
                figures.append(_settle(fig, ctx, key, own_periods=[period] if period else None))
    return figures


# --- the whole document ---------------------------------------------------------------------------


def interpret(doc: RawDocument, *, area: str, release: str, document: str, received: date | None = None,
              asked: Asked = Asked()) -> Interpretation:
    """Every figure a document states, as Observations where certain and review items where
    not; ``asked`` is what the campaign asked the force, when it did."""
    placed, questions = structure(doc)
    ctx = _context(doc, placed, questions, area=area, release=release, document=document, received=received,
                   asked=asked)
    figures: list[Figure] = []
    answers: dict[str | None, list[Figure]] = {}  # each question's figures (a cost refusal's reasoning answers none)
    for p in placed:
        if p.role == "request" and _answer_in_request(p):
            found = _line_figures(p, ctx) or _prose_figures(p, ctx)  # an answer written in among the questions
        elif p.role in ("request", "heading"):
            continue
        elif isinstance(p.block, RawTable):
            found = _table_figures(p.block, ctx, p.key)
        else:
            found = _line_figures(p, ctx) or _prose_figures(p, ctx)
        figures.extend(found)
        answers.setdefault(p.key, []).extend(f for f in found if f.status != "note" and not f.explains_refusal)
    for grouped in ctx.groups:  # a row held for review answers its question too
        answers.setdefault(grouped.key, []).extend(grouped.figures)
    keyed_figures = {k: len(v) for k, v in answers.items()}
    for grouped in (g for g in ctx.groups if not g.figures):  # a whole table's are counted, not kept
        keyed_figures[grouped.key] = keyed_figures.get(grouped.key, 0) + grouped.count
    refused = _refusal_figures(placed, ctx, answers)
    figures.extend(refused)
    figures.extend(_unanswered(ctx, keyed_figures, {f.question for f in refused}))
    figures.extend(_answered_otherwise(ctx, answers))
    result = _finish(figures, ctx)
    _account(result, placed, figures, ctx.groups, doc.truncated)
    return result


def _account(result: Interpretation, placed: list[Placed], figures: list[Figure], groups: list[Group],
             truncated: bool) -> None:
    """Give every numeric token of the document its fate; one nothing explains goes to
    review with its line, so no number is lost without a word."""
    used = [account.Used(f.where, f.value, f.fate or account.REVIEW)
            for f in [*figures, *(f for g in groups for f in g.figures)] if f.status in ("reported", "suppressed")]
    blocks = account.cells_and_lines((p.block, "response" if _answer_in_request(p) else p.role) for p in placed)
    result.numbers, unplaced = account.account(blocks, used, [account.Held(g.where, g.cells) for g in groups if not g.figures],
                                               cut=truncated)
    for number, text in unplaced:
        result.contexts.setdefault(number.where, text)
        result.review.append(ReviewItem(
            number.where, text,
            f"the number {number.text} is not read as a figure, and nothing says what else it is "
            "(a date, a reference, a section…); if it is a figure, add it", None))


_ASKED_BEFORE = re.compile(r"^(?:by|for|where|when|if|i mean|this means|please)\b", re.I)


def _unanswered(ctx: Context, keyed_figures: dict[str | None, int], refused: set[str | None]) -> list[Figure]:
    """A question that asks for a count and got neither a figure nor a refusal, while a
    question after it was answered, is ``no_response`` (a question the text may have been
    cut before is not: its answer may be in what is missing)."""
    keys = list(ctx.questions)
    given = {k for k, n in keyed_figures.items() if n > 0} | refused
    stem = lambda k: (k or "").rstrip("abcdefgh")  # noqa: E731 - answers 1a and 1b answer question 1
    answered = [k for k in keys if any(g is not None and (g == k or stem(g) == k) for g in given)]
    if not answered:
        return []
    out = []
    for key in keys[:keys.index(answered[-1])]:
        q = ctx.questions[key]
        if key in answered or not _COUNT_QUESTION.search(q.text):
            continue
        for period in q.periods or [None]:
            for n in range(q.asked):
                fig = Figure(None, "no_response", f"question {key} figure {n + 1}", q.text, "", "offences",
                             period=period, note=f"question {key} is not answered")
                figures = _settle(fig, ctx, key, own_periods=[period] if period else None)
                out.append(figures)
    return out


_MONTHLY = re.compile(r"\b(?:each|every|per|by|a) month\b|\bmonthly\b|\bmonth by month\b", re.I)
_BY_GENDER = re.compile(r"\b(?:by|into|per|and) (?:the )?(?:victims?'?s? )?(?:gender|sex)\b", re.I)


def _answered_otherwise(ctx: Context, answers: dict[str | None, list[Figure]]) -> list[Figure]:
    """What a question asked that its answer, though it gives figures, does not: figures
    for each month answered only by longer periods, or a breakdown by gender answered
    without one. Each is ``no_response`` for the period asked — unless a figure of the
    answer has no period or one a month long (it may be the monthly answer misread)."""
    out = []
    for key, q in ctx.questions.items():
        given = answers.get(key, [])
        if not given:
            continue  # a question with no answer at all is for _unanswered
        missing = []
        if _MONTHLY.search(q.text) and all(f.period is not None and (f.period.end - f.period.start).days > 31 for f in given):
            missing.append("figures for each month")
        if _BY_GENDER.search(q.text) and not any("victim_gender" in f.dims for f in given):
            missing.append("a breakdown by gender")
        periods = q.periods or ctx.requested
        for period in _periods_left_out(ctx, key, answers):
            out.append(_settle(Figure(None, "no_response", f"question {key} {period.label}", q.text, "", "offences",
                                      period=period, note=f"question {key} is not answered for {period.label}"),
                               ctx, key, own_periods=[period]))
        for what in missing:
            for period in (periods if len(periods) == 1 else [None]):
                fig = Figure(None, "no_response", f"question {key} {what}", q.text, "", "offences", period=period,
                             note=f"question {key} asks for {what}; the answer gives none")
                if period is None:
                    fig.doubts.append("the request does not say one period for what is not answered")
                out.append(_settle(fig, ctx, key, own_periods=[period] if period else None))
    return out


def _periods_left_out(ctx: Context, key: str, answers: dict[str | None, list[Figure]]) -> list[Period]:
    """Questions asking for the same relative years ("in each of the past 3 financial years")
    ask for the same periods: those another such question was answered for and this one
    was not (a row simply missing is not a zero)."""
    q = ctx.questions[key]
    if q.periods or q.relative is None:
        return []
    phrase = q.relative.text.lower()
    siblings = [k for k, other in ctx.questions.items() if other.relative and other.relative.text.lower() == phrase]
    answered = {k: {f.period for f in answers.get(k, [])} for k in siblings}
    if any(None in periods for periods in answered.values()):
        return []
    every = sorted(set().union(*answered.values()), key=lambda p: p.start)
    return [p for p in every if p not in answered[key]] if len(every) > 1 else []


def _answer_in_request(p: Placed) -> bool:
    """A line under a numbered question that states rather than asks ("5 & Under - 5211")."""
    first = next(iter(prose.sentences(p.content)), "")
    return (isinstance(p.block, Line) and p.key is not None and not prose.question_like(first)
            and not prose.requester_voice(first) and not _ASKED_BEFORE.match(first))


def _by_key(placed: list[Placed]) -> Iterator[tuple[str | None, list[Placed]]]:
    groups: dict[str | None, list[Placed]] = {}
    for p in placed:
        groups.setdefault(p.key if p.role != "request" else "__request__", []).append(p)
    yield from ((k, v) for k, v in groups.items() if k != "__request__")


_WITHHOLDS = re.compile(r"\bwithh[oe]ld|\bwithholding\b|\b(?:is|are) exempt from disclosure\b|\bhas been refused\b", re.I)


def _refusal_figures(placed: list[Placed], ctx: Context, answers: dict[str | None, list[Figure]]) -> list[Figure]:
    """The figures each refusal covers: a refusal under a question covers that question
    (when it gave no figure) or the periods it names that the question's figures leave
    out; one in the general response covers the whole request."""
    keyed_figures = {k: len(v) for k, v in answers.items()}
    out: list[Figure] = []
    any_figures = sum(keyed_figures.values()) > 0
    for key, blocks in _by_key(placed):
        refusals = _refusals(blocks)
        for refusal in (r for r in refusals if r.kind == "ncnd"):
            sections = f" (s.{', s.'.join(refusal.sections)})" if refusal.sections else ""
            out.append(_note(refusal, f"the force neither confirms nor denies holding other information{sections}; no figure is affected"))
        refusing = [r for r in refusals if r.kind != "ncnd"]
        kind = next((k for k in ("cost", "exempt", "not_held") if any(
            r.kind == k and (r.sections or k != "exempt") for r in refusing)), None)
        if kind is None:
            for refusal in refusing:
                if refusal.kind == "partial":
                    out.append(_note(refusal, "the reply says part of the request was withheld but not which figures or why"))
                elif _WITHHOLDS.search(refusal.text):
                    out.append(_note(refusal, "the reply withholds something without citing a section"))
            continue
        first = next(r for r in refusing if r.kind == kind)
        sections = prose.most_specific([s for r in refusing if r.kind in (kind, "exempt") for s in r.sections])
        if kind == "cost":
            sections = [s for s in sections if s.startswith("12")]
        whole = key is None or len(ctx.questions) == 1  # the refusal of a one-question request refuses it all
        if ctx.asked.measures and whole and not any_figures and (ctx.asked.periods or not ctx.questions):
            out.extend(_refused_as_asked(kind, sections, first, ctx))
            continue
        if key is not None:
            if keyed_figures.get(key, 0) == 0:
                out.extend(_refused_figures(kind, sections, first.where, first.text, ctx, [key]))
            else:
                given = {f.period for f in answers[key]}
                named = [p for p in _flatten(prose.periods_in(first.text)) if p not in given]
                out.extend(_refused_figures(kind, sections, first.where, first.text, ctx, [key], named=named)
                           if named else [])
            continue
        if kind == "cost" and any_figures and any(prose.refuses_breakdown(r.text) for r in refusing if r.kind == "cost"):
            out.append(_note(first, f"the reply refuses a breakdown ({_refusal_note(kind, sections)}); "
                                    "the figures it gives stand and no figure is refused"))
            continue
        if ctx.questions:
            asked: list[str | None] = list(ctx.questions)
        else:
            named = list(dict.fromkeys(q for r in refusing for q in r.questions))
            for q in named:
                ctx.questions.setdefault(q, Question(q, f"question {q}", [], False, None, [], None, "", "offences", 1))
            asked = [None, *named]
        unanswered = [k for k in asked if k is None or keyed_figures.get(k, 0) == 0]
        doubt = "the reply gives some figures, so this refusal may not cover every question" if any_figures else None
        out.extend(_refused_figures(kind, sections, first.where, first.text, ctx, unanswered, doubt))
    return out


def _refused_as_asked(kind: str, sections: list[str], refusal: Refusal, ctx: Context) -> list[Figure]:
    """A refusal of the whole request: one refused figure for every measure and period the
    campaign asked (or the one measure a person named)."""
    if kind == "cost" and not any(s.startswith("12") for s in sections):
        sections = ["12"] + sections
    chosen = (ctx.asked.measure,) if ctx.asked.measure else ctx.asked.measures
    figures = []
    for period in ctx.asked.periods or (None,):
        for measure in chosen:
            fig = Figure(None, _STATUS[kind], f"{refusal.where}; {measure}", refusal.text, measure, "offences",
                         period=period, note=_refusal_note(kind, sections))
            if period is None:
                fig.doubts.append("the campaign asks no period and the refusal names none")
            figures.append(_settle(fig, ctx, None))
    return figures


def _note(refusal: Refusal, reason: str) -> Figure:
    return Figure(None, "note", refusal.where, refusal.text, "", "", doubts=[reason])


def _finish(figures: list[Figure], ctx: Context) -> Interpretation:
    observations: list[Observation] = []
    review: list[ReviewItem] = []
    contexts: dict[str, str] = {}
    seen_ids: set[str] = set()
    _doubt_out_of_range(figures)
    _doubt_conflicts(figures, ctx)
    for fig in figures:
        contexts.setdefault(fig.where, fig.context)
        if fig.status == "note":
            review.append(ReviewItem(fig.where, fig.context, "; ".join(fig.doubts), None))
            continue
        guess = _guess(fig, ctx)
        obs = None
        if not fig.doubts:
            try:
                obs = _observation(fig, ctx)
            except FoistatsError as exc:
                fig.doubts.append(str(exc))
        if obs is not None and obs.id not in seen_ids:
            seen_ids.add(obs.id)
            observations.append(obs)
            fig.fate = account.FIGURE
        else:
            reason = "; ".join(fig.doubts) or "the same figure is read twice from one place"
            review.append(ReviewItem(fig.where, fig.context, reason, guess))
    for grouped in ctx.groups:
        contexts.setdefault(grouped.where, grouped.context)
        review.append(ReviewItem(grouped.where, grouped.context, grouped.reason, _group_guess(grouped, ctx)))
    return Interpretation(observations, review, contexts)


def _group_guess(grouped: Group, ctx: Context) -> dict:
    """A row's item: what its figures share, and each figure's own guess (``figures``); a
    whole table's: where it is and how many figures it holds."""
    if not grouped.figures:
        return {"area": ctx.area, "release": ctx.release, "location": grouped.where, "method": ctx.reader,
                "figures": grouped.count}
    each = [_guess(f, ctx) for f in grouped.figures]
    shared = {k: v for k, v in each[0].items() if all(g.get(k) == v for g in each[1:])}
    return {**{k: None for k in each[0]}, **shared, "location": grouped.where, "figures": each}


def _doubt_out_of_range(figures: list[Figure]) -> None:
    for fig in figures:
        if any(v is not None and v > LARGEST_VALUE for v in (fig.value, fig.lower, fig.upper)):
            fig.doubts.append(f"{max(v for v in (fig.value, fig.lower, fig.upper) if v is not None):,} is more than "
                              f"any count foistats takes ({LARGEST_VALUE:,})")


def _doubt_conflicts(figures: list[Figure], ctx: Context) -> None:
    """One reply giving one figure (measure, period, breakdown) twice with different values
    contradicts itself: both go to review, for a person to say which stands. Outside a
    campaign, answers to different questions are different figures even where the words
    of their questions make the same measure name."""
    given: dict[tuple, list[Figure]] = {}
    for fig in figures:
        if fig.status in ("reported", "suppressed") and not fig.doubts and fig.period is not None:
            question = None if ctx.asked.measures or ctx.asked.measure else fig.question
            key = (question, fig.measure, fig.period, tuple(sorted(fig.dims.items())))
            given.setdefault(key, []).append(fig)
    for same in given.values():
        values = list(dict.fromkeys((f.value, f.lower, f.upper, f.status) for f in same))
        if len(values) > 1:
            shown = " and ".join(str(v[0]) if v[0] is not None else v[3] for v in values)
            for fig in same:
                fig.doubts.append(f"the reply gives this figure more than once with different values ({shown})")


def _measure_slug(fig: Figure) -> str:
    slug = re.sub(r"[^a-z0-9_]", "_", fig.measure.lower()).strip("_") or "reply_figures"
    return slug if slug[0].isalpha() else f"m_{slug}"


def _observation(fig: Figure, ctx: Context) -> Observation:
    status = Status(fig.status)
    note = "; ".join(filter(None, ["total as printed" if fig.is_total else "", fig.note]))
    return Observation(
        measure=_measure_slug(fig), area=ctx.area, period=fig.period, value=fig.value, unit=fig.unit,
        status=status, breakdown=Breakdown(fig.dims), lower=fig.lower, upper=fig.upper,
        qualifier=Qualifier.EXACT if status is Status.REPORTED else None, release=ctx.release, note=note,
        source=SourceRef(ctx.document, ctx.file_name, fig.where, ctx.reader),
    )


def _guess(fig: Figure, ctx: Context) -> dict:
    try:
        breakdown = Breakdown(fig.dims).to_json()
    except FoistatsError:
        breakdown = dict(fig.dims)
    return {
        "measure": _measure_slug(fig), "area": ctx.area, "release": ctx.release,
        "period_start": fig.period.start.isoformat() if fig.period else None,
        "period_end": fig.period.end.isoformat() if fig.period else None,
        "breakdown": breakdown, "value": fig.value, "lower": fig.lower, "upper": fig.upper,
        "unit": fig.unit, "status": fig.status, "is_total": fig.is_total, "note": fig.note,
        "location": fig.where, "method": ctx.reader, **({"measure_choices": fig.choices} if fig.choices else {}),
    }
