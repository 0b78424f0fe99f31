"""Step 3 of :mod:`foistats.ingest.interpret`, for tables: every cell a figure, the many a person
must review sent a row or a table at a time."""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass, replace

from ..offences import offences
from ..periods import Period
from .figures import Figure, Group
from .labels import (CAPTION, CODE, FOOTNOTE_MARK, FOOTNOTE_SIGNS, PART_OF_ABOVE, Label, axis_name, calendar_quarter, months_of_year, outcome_worded, pivot_counted, pivot_filter, pivot_header, pivot_title, read_label,
                     code_from_token, resolve_unknowns, without_defining_titles, yes_or_no)
from .raw import Cell, RawTable
from . import prose
from .setting import LEFT_OUT, Context, codes_for, flatten, footnoted_period, kind_measure, offence_parts, question_for, requested_span, settle, whose_ages, without_defining_band
from .values import CellValue, read_value

# --- tables --------------------------------------------------------------------------------------

_DASHES = re.compile(r"[-–—]+")  # a label cell holding only a dash: nothing in that column for the row
_LINKING = {"of", "a", "an", "the", "and", "or", "to", "in", "on", "for", "by", "with"}


def _named_in(label: str, text: str) -> bool:
    """Whether every word of a label that says something is in ``text``, whole or shortened ("… of
    a child" in "… of children", "photos" in "photographs")."""
    def words(said: str) -> set[str]:
        return {re.sub(r"(?:ren|s)$", "", w) for w in re.findall(r"[a-z]+", said.lower())} - _LINKING
    own, theirs = words(label), words(text)
    return len(own) >= 2 and all(w in theirs or (len(w) >= 4 and any(t.startswith(w) for t in theirs)) for w in own)


_NOT_HELD_MARKS = {"n/h", "n/k", "n/a"}


def _all_not_held(cells: list[Cell]) -> bool:
    return bool(cells) and all(cell.text.strip().lower() in _NOT_HELD_MARKS for cell in cells)


def _any_not_held(cells: list[Cell]) -> bool:
    """Whether any of a row's cells is "N/H"."""
    return any(_all_not_held([cell]) for cell in cells)


def _is_data(text: str, ctx: Context) -> bool:
    if not text.strip():
        return False  # a blank, even one the reply says is nil, says nothing of a table's shape
    if ctx.bracketed and (pair := _WITH_PART.fullmatch(text.strip())):
        text = pair.group(1)  # "58 (6)": a count and the part of it the reply says the brackets give
    value = read_value(text, ctx.rules)
    # ("N/H" a row's cells: no figure, whether or not the reply keys it, and no header either)
    # ("1-4" is an age band's label too, unless the reply says it is its mark for a count withheld)
    return value.kind in ("number", "not_held") or (value.kind == "suppressed" and (
        not re.fullmatch(r"\d+\s*[-–]\s*\d+", text.strip()) or any(rule.marker == text.strip() for rule in ctx.rules))) \
        or text.strip().lower() in _NOT_HELD_MARKS


def _split_stacked(table: RawTable, ctx: Context) -> list[RawTable]:
    """A table whose header row comes again part-way down is two tables, one above the other."""
    parts, start = [], 0
    for r in range(1, len(table.rows)):
        row = table.rows[r]
        previous = table.rows[r - 1]
        if not any(_is_data(c.text, ctx) for c in row[1:]) and not _is_header(previous[1:], ctx) \
                and [c.text for c in row] == [c.text for c in table.rows[start]]:
            parts.append(RawTable(table.rows[start:r], table.where))
            start = r
        elif not any(_is_data(c.text, ctx) for c in row[1:]) and not _is_header(previous[1:], ctx) \
                and axis_name(row[0].text) is not None and any(c.text.strip() for c in row[1:]):
            # a row naming an axis over headers of its own starts a table; one over blank cells heads rows
            parts.append(RawTable(table.rows[start:r], table.where))
            start = r
    parts.append(RawTable(table.rows[start:], table.where))
    return parts


_CODE_TOKEN = re.compile(r"\d{1,3}[A-Za-z]?(?:/\d{1,2})?")


def _is_header(cells: list[Cell], ctx: Context) -> bool:
    """Whether a row is a header: no figure in it, though it may be all years ("Gender |
    2019 | 2020") or offence codes, some bare numbers ("Outcome | 21 | 22B"): digits, but
    labels, not data."""
    data = [c.text for c in cells if _is_data(c.text, ctx) and read_label(c.text).axis != "period"]
    # "Under 18 | 18-24 | 60+": age bands, though one reads as a number suppressed in words
    ages = [c.text for c in cells if read_label(c.text).axis in ("victim_age", "suspect_age")]
    if len(ages) >= 2 and all(read_label(text).axis in ("victim_age", "suspect_age") and re.search(r"[a-z+]", text, re.I)
                              for text in data):
        return True
    if not data:
        return True
    if ages and _single_years([text for text in data if text not in ages]):
        return True  # "Under 10 | 10 | 11 | 12 | Not recorded": ages year by year beside a band
    texts = [c.text.strip() for c in cells if c.text.strip() and read_label(c.text).axis != "total"]  # "… | Grand Total"
    return any(read_label(text).axis == "offence_code" for text in texts) and all(
        _CODE_TOKEN.fullmatch(text) and read_label(text, axis="offence_code").axis == "offence_code"
        and (not text.isdigit() or _known_class(text)) for text in texts)


def _single_years(texts: list[str]) -> bool:
    """Whether bare numbers run as ages do, one year after another ("10 | 11 | 12")."""
    return all(t.strip().isdigit() for t in texts) and len(texts) >= 2 and all(
        int(b) == int(a) + 1 for a, b in zip(texts, texts[1:])) and int(texts[-1]) <= 25


def _ages_beside_ages(edge: list[Label], ctx: Context) -> list[Label]:
    """Bare numbers in a header beside age bands ("10 | 11" beside "Under 10") are ages too."""
    axes = {label.axis for label in edge if label.axis in ("victim_age", "suspect_age")}
    bare = [label.text for label in edge if label.axis is None and re.fullmatch(r"\d{1,2}", label.text.strip())]
    if len(axes) != 1 or not _single_years(bare):
        return edge
    axis = axes.pop()
    return [read_label(label.text, axis=axis, child=ctx.child) if label.text in bare else label for label in edge]


def _merged(row: list[Cell], c: int, beside: int) -> bool:
    """Whether two cells of a row are one merged cell, its text in each place it covers: one place
    named, which the row's other cells do not share (a line of text names all its cells alike)."""
    cell, other = row[c], row[beside]
    return cell.where == other.where and cell.text == other.text and bool(cell.text.strip()) \
        and any(o.where != cell.where for o in row)


def _flags_beside_flags(edge: list[Label], ctx: Context) -> list[Label]:
    """"Flagged" or "Yes" in a header beside "Not flagged" (a label of the online flag) is the
    flag applied, "No" the flag absent: not the count a question asks, whatever its words."""
    if not any(label.axis == "online_flag" for label in edge):
        return edge
    return [read_label(label.text, axis="online_flag", child=ctx.child)
            if label.axis in (None, "value") and yes_or_no(label.text) else label for label in edge]


def _known_class(number: str) -> bool:
    """Whether a bare number is the class of an offence foistats knows ("21" beside "22B"): a
    count beside a code in a row of figures ("20A | 96 | 121") is no code."""
    return any(re.match(r"\d*", code).group() == number.lstrip("0") for code in offences())


def _codes_beside_codes(edge: list[Label], ctx: Context) -> list[Label]:
    """Bare numbers in a header beside offence codes ("21" beside "22B") are codes too."""
    if not any(label.axis == "offence_code" for label in edge):
        return edge
    return [read_label(label.text, axis="offence_code", child=ctx.child)
            if label.axis is None and re.fullmatch(r"\d{1,3}", label.text.strip()) else label for label in edge]


_PART = re.compile(r"\bto date\b|\bpart(?:ial)?(?:[- ]year)?\b|\bonly\b|\bup to\b|\buntil\b|\bytd\b|\bso far\b|\bincomplete\b", re.I)


_VICTIM = re.compile(r"\bvictims?\b", re.I)


def _victims_if_said(corner: str) -> str:
    """"victim" where the corner over the row labels names the victims' age ("Victim age"):
    then the age bands under it are the victims', whatever else the request asks of suspects."""
    return "victim" if axis_name(corner.strip()) == "victim_age" and _VICTIM.search(corner) else ""


def _label(text: str, axis: str | None, ctx: Context, key: str | None, ages_of: str = "") -> Label:
    """A row or column label, read with its footnote where a mark points to one ("2024*"
    with "* 2024 figures cover 1 January 2024 to 30 June 2024 only"): the note's period
    where it narrows the label's; the label alone where the note says nothing of a period
    or a part of one; unread (for review) where the note is missing or says otherwise.
    ``ages_of`` is whose ages the table's heading says its age labels are ("Age of suspect")."""
    label = read_label(text, axis=axis, child=ctx.child)
    if not label.understood and (m := _QUESTION_NAMED.fullmatch(text.strip())) and m.group(2) in ctx.questions \
            and f"({m.group(2)})" not in ctx.footnotes:
        return _label(m.group(1), axis, ctx, m.group(2), ages_of)  # "Crimes with a CSE flag (a)": the row answering (a)
    if not label.understood and (m := _PART_LETTERED.fullmatch(text.strip())) \
            and read_label(m.group(2), axis=axis, child=ctx.child).understood:
        # "(a) Under 13" under "how many suspects were (a) under 13 and (b) aged 13 to 17": the part's letter, then its label
        return _label(m.group(2), axis, ctx, key, ages_of)
    if not label.understood and (answering := _question_heading(text, ctx)) is not None:
        return _label(answering[1], axis, ctx, answering[0], ages_of)  # "Q2 – CSE flagged crimes": the column answering question 2
    if not label.understood and (words := ctx.abbreviations.get(text.strip())) is not None:
        label = read_label(words, axis=axis, child=ctx.child)  # "CS" under "CS = Charge / summons (outcome 1)"
    if not label.understood and (quarter := calendar_quarter(text)) is not None and _counts_calendar_years(ctx):
        return Label(text, "period", period=quarter)  # "Q1 2023" in a reply of no financial year
    if not label.understood and _lists_every_code_asked(text, ctx, key):
        return Label(text, "total")  # "021, 022B, 071/17, 073, 088A" in a request for those five: all of them, no one code
    q = question_for(ctx, key)
    if label.axis == "victim_age" and whose_ages(ctx, key, ages_of) == "suspect":
        label = read_label(text, axis="suspect_age", child=ctx.child)  # "Under 18" under "by the age of the suspect"
    if not label.understood and _names_what_is_asked(text, ctx, key):
        # (what a question of flagged offences asks, its flag said: "Sexual offences (victim under 18) with online flag")
        return Label(text, "online_flag", (("online_flag", "true"),)) if prose.says_flagged_online(text) else Label(text, "value")
    # (Scots law's "… a young child", a crime of a victim under 13, names its age as a Home Office title does, save
    # where the label or the reply says what the term is in years, "(13-15)", when some read it as that age band:
    # for a person)
    crime = _SECTION_LED.sub("", text if ctx.child_terms_as_ages else _CHILD_TERM.sub("child", text))
    if not label.understood and not ctx.codes and _OFFENCE_IN_WORDS.search(text) and not _AGE_IN_TITLE.search(crime) \
            and not re.search(r"\d", crime):
        # "S52 Taking indecent photographs of children" in a reply that writes no Home Office code (a Scottish
        # force's crimes): a kind of what is counted, named in the measure, not a dimension of it
        return Label(text, "counted", counted=prose.measure_slug(_SECTION_LED.sub("", text)) or "offences",
                     kind_of=(q.measure if q else "") or ctx.subject)
    if label.period is not None and label.period in ctx.parts:
        return Label(text, "period", period=ctx.parts[label.period])  # a year the reply says runs only to a day inside it
    if not label.understood and _PART.search(text) \
            and (whole := read_label(re.sub(r"\(\s*\)", "", _PART.sub("", text)).strip(" ()*"), child=ctx.child)).period \
            and whole.period in ctx.parts:
        # "2024-25 YTD", which the reply says runs to 30 September; "2024/25 (part year) Total", that part's total
        return Label(text, "period", period=ctx.parts[whole.period])
    if (m := FOOTNOTE_MARK.fullmatch(text.strip())) and m.group(2) not in ctx.footnotes \
            and (whole := read_label(m.group(1), child=ctx.child).period) in ctx.parts:
        return Label(text, "period", period=ctx.parts[whole])  # "2023/24 *" under no "*" note, the reply saying "2023/24 is a part year: …"
    if not (m := FOOTNOTE_MARK.fullmatch(text.strip())) or (note := ctx.footnotes.get(m.group(2))) is None:
        return label
    bare = read_label(m.group(1), axis=axis, child=ctx.child)
    if (part := footnoted_period(text, bare.period, ctx)) is not None:
        return Label(text, "period", period=part)
    periods = flatten(prose.periods_in(note))
    if label.understood:
        return label
    if bare.period is not None and periods == [bare.period]:
        return Label(text, "period", period=bare.period)  # "Apr 25 – Aug 25*" under "* Part year: 1 April 2025 to 31 August 2025"
    if len(periods) == 1 and (months := months_of_year(m.group(1), Period.calendar_year(periods[0].start.year))) is not None \
            and months.start <= periods[0].start and periods[0].end <= months.end:
        return Label(text, "period", period=periods[0])  # "Jan-Mar (2)" under "(2) Part quarter: 01/01/2025 to 28/02/2025"
    if bare.understood and not _PART.search(note) and (not periods or bare.period is not None and all(
            p.start <= bare.period.start and bare.period.end <= p.end for p in periods)):
        # (or a note of the year that holds the label's days: "1 Jan – 30 Jun 2024*" under "* Figures for 2024 are
        # provisional")
        return Label(text, bare.axis, bare.dims, bare.period, bare.counted)
    return label


_FINANCIAL = re.compile(r"\bfinancial\b|\bfiscal\b|\bFY\b")


def _counts_calendar_years(ctx: Context) -> bool:
    """Whether a reply counts in calendar years only: no question says financial years, and no
    period it or its request names is one."""
    return not any(_FINANCIAL.search(q.text) for q in ctx.questions.values()) \
        and not any(p.kind == "financial_year" for p in (*ctx.periods, *ctx.requested))


def _question_heading(text: str, ctx: Context) -> tuple[str, str] | None:
    """The question a header names before what its column is ("Q2 – CSE flagged crimes"), where
    the request asks it, and what it says the column is; None otherwise."""
    m = _QUESTION_LED.fullmatch(text.strip())
    return (m.group(1), m.group(2)) if m and m.group(1) in ctx.questions \
        and not read_label(text, child=ctx.child).understood else None


_QUESTION_NAMED = re.compile(r"(.*?\S)\s*\(([a-z]|\d{1,2})\)")
_PART_LETTERED = re.compile(r"\(([a-h])\)\s+(\S.*)")
_QUESTION_LED = re.compile(r"(?:q|question)\s?(\d{1,2})\s*[-–—:.]\s*(\S.*)", re.I)
_OFFENCE_IN_WORDS = re.compile(r"\b(?:rape|sexual(?:ly)?|indecent(?:ly)?|intercourse|grooming|exposure|voyeurism|incest|"
                               r"communicat\w*|photographs?|images?)\b", re.I)
# Scots law's terms for a child victim of the 2009 Act's crimes ("a young child"), said with no age beside them
_CHILD_TERM = re.compile(r"\b(?:a |an )?(?:young|younger|older) child\b(?!\s*\()", re.I)
_AGE_IN_TITLE = re.compile(r"\b(?:young|older|younger)\s+child|\bunder\s+\d{1,2}\b|\baged\b", re.I)
# "S18 ", "Article 22A - ", or after the title, " (s.9)"
# (or its Act before it, "Sexual Offences (Scotland) Act 2009 s18 - "; or after the title, " - s.24")
_SECTION_LED = re.compile(r"^\s*(?:[A-Z][A-Za-z() ]{3,60}? Act \d{4},?\s+)?(?:s\.?|section|art(?:icle)?\.?)\s?\d{1,3}[a-z]?\b\s*[-–:]?\s*|"
                          r"\s*\((?:s|ss|section|art|article)\.?\s?\d{1,3}[a-z]?(?:\(\d\))?\)\s*$|"
                          r"\s+[-–]\s+(?:s|section)\.?\s?\d{1,3}[a-z]?\s*$", re.I)
_COUNT_NOUN = re.compile(r"\b(?:crimes|offences|victims|incidents|cases|reports|referrals)$", re.I)
_COUNT_NOUN_FIRST = re.compile(r"(?:crimes|offences|victims|incidents|cases|reports|referrals) (?:with|flagged|involving)\b", re.I)
_LITTLE = {"of", "the", "a", "an", "and", "with", "which", "that", "number", "no", "recorded", "total"}


def _stem(word: str) -> str:
    stem = re.sub(r"(?:ged|ed|s)$", "", word) if len(word) > 4 else word  # "flagged" is "flag"; "aged" is not "a"
    return "offence" if stem == "crime" else stem  # "CSE flagged crimes" for "offences … with a CSE flag"


_FLAG_NAMED = re.compile(r"\b(?:flag|flags|flagged|marker|markers)\b", re.I)


def _names_what_is_asked(text: str, ctx: Context, key: str | None) -> bool:
    """Whether a label is the thing the request asks to count, in the request's own words
    ("CSE flagged crimes", "Crimes with a CSE flag" for "crimes ... that carry a child sexual
    exploitation (CSE) flag"): the column of the values its question asks, not a breakdown."""
    question = ctx.questions.get(key or "") or ctx.questions.get((key or "").rstrip("abcdefgh"))
    if key is None and question is None and ctx.questions:  # a table under "(a) and (b)": what one of the questions it answers asks
        return any(_names_what_is_asked(text, ctx, k) for k in ctx.questions)
    # (where no request is quoted, what the lines over the first table say is counted: "Child Sexual Exploitation
    # (CSE) flagged crimes" over a column of "CSE flagged crimes")
    wording = question.text if question is not None else ctx.lead_text
    # (or the flag that marks them: "CSE flag" beside "Of which online flag", under a question of crimes with that flag)
    if not (_COUNT_NOUN.search(text.strip()) or _COUNT_NOUN_FIRST.match(text.strip()) or _FLAG_NAMED.search(text)) or not wording:
        return False
    if not set(re.findall(r"\d+", text)) <= set(re.findall(r"\d+", wording)):
        return False  # its numbers too: a band the question does not name ("aged 10-17") narrows what it asks
    said = re.findall(r"[a-z]+", wording.lower())
    # and what they stand for in capitals ("CSE" for "child sexual exploitation")
    initials = {"".join(w[0] for w in said[i:i + n]) for n in (2, 3, 4) for i in range(len(said) - n + 1)}
    asked = {_stem(w) for w in said} | {w for w in initials if len(w) >= 3}
    words = [_stem(w.lower()) if not w.isupper() else w.lower() for w in re.findall(r"[A-Za-z]+", text)
             if w.lower() not in _LITTLE]
    return bool(words) and all(w in asked for w in words)


def _kinds(edge: list[Label], ctx: Context, key: str | None) -> list[Label]:
    """Labels naming the kinds the question splits what it counts into ("High" under "graded
    high, medium and low risk"), read as what they count. The rows answering a question left
    open ("reported missing from:" | Care | Home …) are its kinds only when foistats knows no
    label on the edge: one it knows (a gender, an outcome) says the edge is that dimension,
    and its unknown neighbours are for a person."""
    q = question_for(ctx, key)
    if q is None or q.kinds is None:
        return edge
    named = [kind_measure(label.text, ctx, key) if not label.understood and label.text.strip() else None for label in edge]
    if not q.kinds.words and any((label.understood and label.axis not in ("total", "value")) or
                                 (label.text.strip() and not label.understood and measure is None)
                                 for label, measure in zip(edge, named)):
        return edge
    return [Label(label.text, "counted", counted=measure, kind_of=q.measure) if measure else label
            for label, measure in zip(edge, named)]


def span_of(periods: list[Period | None]) -> Period | None:
    """The whole span of an edge's periods when they follow one another without a gap or
    overlap (the period a Total beside them covers); None otherwise."""
    given = sorted({p for p in periods if p is not None}, key=lambda p: p.start)
    if len(given) < 2 or any((b.start - a.end).days != 1 for a, b in zip(given, given[1:])):
        return None
    return Period(given[0].start, given[-1].end)


def _merge(labels: list[Label]) -> tuple[dict[str, str], Period | None, bool, list[str]]:
    """Several labels over one row or column: their dimensions, period, whether any is a
    total, and the labels that could not be read."""
    dims: dict[str, str] = {}
    period, total, unread = None, False, []
    seen: set[str] = set()
    years = [label.period for label in labels if label.period is not None and label.period.kind in ("calendar_year", "financial_year")]
    # (or, where none is whole, the part of one a note says its figures cover: "2024/25" run to 30 September 2024
    # beside "Q2 (Jul-Sep)")
    years = years or [label.period for label in labels if label.period is not None and label.axis == "period"]
    if len(years) == 1:
        # "2022" beside "Jan-Mar", "2022/23" beside "Q1 (Apr-Jun)": the months of that year
        labels = [Label(label.text, "period", period=months) if not label.understood and label.text.strip()
                  and (months := months_of_year(label.text, years[0])) is not None else label for label in labels]
        if any(label.axis == "period" and label.period != years[0] for label in labels):
            labels = [label for label in labels if label.period != years[0]]
    labels = _within_wider_band(labels)
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
    # "Rape" over "19E - Rape of a female child under 13": a heading grouping codes by what their titles say
    title = (offence.description.lower() if (offence := offences().get(dims.get("offence_code", ""))) else "")
    unread = [text for text in unread if not (title and re.search(rf"\b{re.escape(text.strip().lower())}\b", title))]
    if dims:  # "n/a" in the code column beside "Investigation ongoing - no outcome assigned": no code, said so
        unread = [text for text in unread if not _NO_ENTRY.fullmatch(text.strip())]
    return dims, period, total, unread


_NO_ENTRY = re.compile(r"n/?a|[-–—]", re.I)


def _band(label: Label, who: str) -> tuple[int, int] | None:
    dims = dict(label.dims)
    if f"{who}_age_min" not in dims and f"{who}_age_max" not in dims:
        return None
    return int(dims.get(f"{who}_age_min", 0)), int(dims.get(f"{who}_age_max", 200))


def _within_wider_band(labels: list[Label]) -> list[Label]:
    """The labels less a band another label's band lies inside: "Under 18" over "10-13" in a
    two-level header is of suspects aged 10 to 13."""
    for who in ("victim", "suspect"):
        banded = [(label, band) for label in labels if (band := _band(label, who)) is not None]
        if len(banded) == 2:
            (a, (a_lo, a_hi)), (b, (b_lo, b_hi)) = banded
            if (a_lo, a_hi) != (b_lo, b_hi) and a_lo <= b_lo and b_hi <= a_hi:
                labels = [label for label in labels if label is not a]
            elif (a_lo, a_hi) != (b_lo, b_hi) and b_lo <= a_lo and a_hi <= b_hi:
                labels = [label for label in labels if label is not b]
    return labels


def _cell_context(table: RawTable, r: int, c: int, header_rows: int) -> str:
    def show(row: int) -> str:
        return " | ".join(f"[{cell.text}]" if (row, k) == (r, c) else cell.text for k, cell in enumerate(table.rows[row]))

    lines = [show(h) for h in range(header_rows)] + ([show(r)] if r >= header_rows else [])
    return f"{table.where}\n" + "\n".join(lines)


@dataclass(frozen=True)
class _Title:
    """What the line over a table says of every figure in it."""
    online: bool = False  # "Of the above, crimes with the online flag applied"
    measure: str = ""  # "Table 1 - Suspects linked to offences, by age": what it counts
    over: frozenset[str] = frozenset()  # "… of both codes": what its totals sum over
    ages_of: str = ""  # "Age of suspect": whose ages its age labels are
    code: tuple[tuple[str, str], ...] = ()  # "071/17 - figures shown as": the one offence it is of
    scope: tuple[tuple[str, str], ...] = ()  # "Victims under 16 - by age": the band it narrows the count to
    gender: str = ""  # "Table 2b – Male victims, by age": the victims' gender of all its figures
    outcome: str = ""  # "Table 2 – Offences in Table 1 with an outcome of charge/summons": the outcome of all of them
    text: str = ""
    scope_before: bool = False  # "Outcomes recorded for the crimes in Table 1": its band, if any, is that title's


# "Outcomes recorded for the crimes in Table 1": of the crimes that table's title names (not of a flag it
# splits them by, "… and those flagged online")
# (not "… higher than the number of crimes in Table 1")
_IN_TABLE_BEFORE = re.compile(r"\b(?:for|of)\s+the\s+(?:offences|crimes|cases)\s+(?:shown\s+|counted\s+)?in\s+"
                              r"(?:table\s+\d+|the\s+(?:first\s+)?table)\b", re.I)


_FOOTNOTE_MARKS = re.compile(f"[{FOOTNOTE_SIGNS.replace('*', '')}]+")  # in a title, where "*" may be a word's wildcard


def _title(title: str, ctx: Context, key: str | None) -> _Title:
    title = _FOOTNOTE_MARKS.sub(" ", title).strip()  # "Offences flagged as online³": the mark of a note, not a letter of the word
    # a numbered caption says what its table counts ("Table 1 - Suspects linked to offences, by
    # age"), where no question does: tables of suspects and of offences are two measures
    caption = CAPTION.match(title.strip())
    # (not a code a note leaves out: "Offences of … (022A) are not included")
    codes = set() if LEFT_OUT.search(title) else set(prose.codes_in(title))
    # (the victims a code's title names are what the offence is: "020B - Sexual assault on a female child under 13")
    victims = without_defining_titles(title)
    return _Title(
        online=prose.says_flagged_online(title) and not ctx.bracketed,  # a flag the brackets give is the part's, not all
        measure=prose.measure_slug(caption.group(1)) if caption and key is None else "",
        over=frozenset({"offence_code"}) if _EVERY_CODE.search(title) or (len(ctx.codes) > 1 and _IN_TABLE.search(title))
        else frozenset(),
        ages_of="suspect" if axis_name(title.strip()) == "suspect_age" or prose.ages_of(title) == "suspect" else "",
        code=(("offence_code", codes.pop()),) if len(codes) == 1 else (),
        scope=tuple(prose.age_scope(victims).items()), gender=_victims_gender(victims),
        outcome=(prose.single_outcome(caption.group(1)) or "") if caption else "", text=title)


_GENDERED = re.compile(r"\b(female|male|girl|boy)s?\s+(?:victims?|children|child)\b", re.I)


def _victims_gender(title: str) -> str:
    """The one gender a title names its victims by ("Female victims, by age"); none where it
    names both ("Female and male victims") or sets them side by side."""
    named = {m.group(1).lower() for m in _GENDERED.finditer(title)}
    said = {"girl": "female", "boy": "male"}
    genders = {said.get(g, g) for g in named}
    both = re.search(r"\b(?:female|girls?)\b.*\b(?:male|boys?)\b|\b(?:male|boys?)\b.*\b(?:female|girls?)\b", title, re.I)
    return genders.pop() if len(genders) == 1 and not both else ""


_WHOLE_AND_FLAGGED_PART = re.compile(r"\b(?:how many|the number|which)\b[^.;]{0,20}?\bof (?:those|these|them)\b|\bof which\b", re.I)


def _heading(title: str, previous: str, ctx: Context, key: str | None) -> _Title:
    """What the line over a table says of its figures, with what the title of the table
    before says where this one counts the same figures ("The same offences by sex of victim")."""
    heading = _title(title, ctx, key)
    if previous and not prose.REFERS_BACK.search(title) and _IN_TABLE_BEFORE.search(title):
        before = _title(previous, ctx, key)
        return replace(heading, code=heading.code or before.code, scope=heading.scope or before.scope, text=f"{previous} {title}",
                       scope_before=not heading.scope)
    if not previous or not prose.REFERS_BACK.search(title):
        return heading
    before = _title(previous, ctx, key)
    # (not the flag of a title over the whole and its flagged part: "… the number of crimes recorded …, and how many of
    # those crimes were recorded with the online flag", whose table's rows each say which)
    online = before.online and not _WHOLE_AND_FLAGGED_PART.search(previous)
    return replace(heading, online=heading.online or online, code=heading.code or before.code,
                   scope=heading.scope or before.scope, outcome=heading.outcome or before.outcome, text=f"{previous} {title}",
                   scope_before=not heading.scope)


def table_figures(table: RawTable, ctx: Context, key: str | None, lead: Period | None = None,
                  title: str = "", previous: str = "") -> list[Figure]:
    """A table's figures; ``lead`` is the period the line leading into it states, ``title``
    that line, which may say what every figure of it is (see ``_Title``), ``previous`` the
    title of the table before it in the answer."""
    if (pivot := _pivot_chrome(table)) is not None:
        table, chrome = pivot
        if lead is None and len(filtered := flatten(prose.periods_in(chrome))) == 1:
            lead = filtered[0]  # a filter of one year ("Financial Year Recorded | 2023/24"): every figure's
        # (and the line over it still says what it is of: "071/17 Sexual communication with a child - platform recorded")
        title = f"{title}; {chrome}" if title else chrome
    heading = _heading(title, previous, ctx, key)
    figures: list[Figure] = []
    for part in _split_stacked(table, ctx):
        figures.extend(_grid_figures(part, ctx, key, lead, heading))
    # a band the title narrows the count to ("Victims under 16 - by age"): of every figure with none of its own
    scope = dict(heading.scope)
    unsettled = narrows_adult_offences = False
    if (scope.get("victim_age_min"), scope.get("victim_age_max")) == ("0", "17") and not _answers_another_band(ctx, key):
        scope = {k: v for k, v in scope.items() if not k.startswith("victim_age")}  # under 18 is what a child is
        # "Sexual offences recorded where the victim was under 18" over 17A and 20A, offences against anyone:
        # the band narrows those, or says what a child is; writers of labels read it both ways
        narrows_adult_offences = not _OF_CHILDREN.search(prose.without_age_bands(heading.text))
        q = question_for(ctx, key)
        asked = q.text if q else " ".join(o.text for o in ctx.questions.values())
        # but a title of "sexual offences, victim aged under 18" over a request for offences against
        # children: readers take the band as the child the request means, or as narrowing
        # offences against anyone; which, the reply does not say
        # (where the question says its child is one under 18, the title's band is that child; unless the reply says it
        # left out victims of unrecorded age, not known to be under 18: a band it tested each victim's age against)
        unsettled = not _OF_CHILDREN.search(prose.without_age_bands(heading.text)) \
            and bool(_OF_CHILDREN.search(prose.without_age_bands(asked))) \
            and not (prose.child_said_under_18(asked) and not ctx.unknown_ages_left_out)
    _system_where_split(figures)
    coded = [fig.dims["offence_code"] for fig in figures if "offence_code" in fig.dims]
    if coded and not without_defining_band({k: v for k, v in scope.items() if k.startswith("victim_age")}, coded):
        # "Rape and sexual assault offences against children aged under 13" over 19E, 19H, 20B and 17B: the band is what
        # each of its offences is, so its Total is of no band either
        scope = {k: v for k, v in scope.items() if not k.startswith("victim_age")}
    counts_offences = bool(_OFFENCES_COUNTED.search(heading.text)) and not _PEOPLE_COUNTED.search(heading.text)
    # a band a column or row of the table gives ("Suspect aged under 18" beside "86/2 offences"): the title
    # naming it says what that column is, not every figure
    # (a youth caution's band is what the outcome is, not a split of the table)
    banded = [{k: v for k, v in fig.dims.items() if k.startswith(who)} for fig in figures for who in ("victim_age", "suspect_age")
              if not (who == "suspect_age" and fig.dims.get("outcome") == "cautioned")]
    for fig in figures:
        if counts_offences and fig.unit != "offences":
            # "Table 1: 86/2 offences by age of first named suspect" under a question of people: the reply counts
            # offences, as it says, not what was asked; they are the offences the request counts elsewhere
            fig.unit = "offences"
            fig.measure = next((q.measure for q in ctx.questions.values() if q.unit == "offences" and q.measure), "") \
                or ctx.subject or fig.measure
        offence = offences().get(fig.dims.get("offence_code", ""))
        if narrows_adult_offences and offence is not None and offence.child_specific == "no" \
                and not any(k.startswith("victim_age") for k in fig.dims):
            fig.doubts.append("the table's title counts offences where the victim was under 18, and this offence has "
                              "victims of every age; whether the band narrows it or says what a child is, is not said")
            fig.dims.update(victim_age_min="0", victim_age_max="17")  # the guess: a band of an offence against anyone
        if unsettled and not (offence is not None and offence.child_specific == "yes") \
                and not any(k.startswith("victim_age") for k in fig.dims):
            fig.doubts.append("the table's title narrows it to victims under 18 where the question asks of children; "
                              "whether the band is what a child is or a part of what is counted is not said")
        if heading.gender and "victim_gender" not in fig.dims:
            fig.dims["victim_gender"] = heading.gender
        if heading.outcome and "outcome" not in fig.dims:
            fig.dims["outcome"] = heading.outcome
        for who in ("victim", "suspect"):
            band = {k: v for k, v in scope.items() if k.startswith(f"{who}_age")}
            if band and band not in banded and not any(k.startswith(f"{who}_age") for k in fig.dims):
                fig.dims.update(band)
                if who == "suspect" and heading.scope_before and ctx.title_band_unsettled:
                    # "Outcomes recorded for the crimes in Table 1", whose total the reply left of that band or of all
                    fig.doubts.append("the table counts the crimes of an earlier one, whose title gives the suspects' band "
                                      "and leaves open whether its total is of that band; so is this")
                if who == "suspect" and fig.is_total and any(k.startswith("suspect_age") for b in banded for k in b):
                    # "86/2 crimes with a suspect aged under 18, by age of suspect" over "10 to 13 | … | Total": the
                    # total is of that band, or the title says what is counted and the total is its whole; writers
                    # of labels read both ways, and so may the refusals of "those crimes" after it
                    fig.doubts.append("the table's title gives the suspects' band its columns split, and whether its "
                                      "total is of that band or of what is counted, the reply does not say")
                    ctx.title_band_unsettled = True
    return figures


def _system_where_split(figures: list[Figure]) -> None:
    """A recording system is a breakdown only of a period the table splits between systems
    (2019-20 "ICIS" and "iOPS", the year a force moved): a period counted on one system
    alone ("2020-21 | iOPS") is that period's whole count, its system a note."""
    placed = [(fig, (fig.period, tuple(sorted((k, v) for k, v in fig.dims.items() if k != "recording_system"))))
              for fig in figures if "recording_system" in fig.dims]
    systems: dict[tuple, set[str]] = {}
    for fig, cell in placed:
        systems.setdefault(cell, set()).add(fig.dims["recording_system"])
    for fig, cell in placed:
        if len(systems[cell]) == 1:
            fig.note = "; ".join(filter(None, [fig.note, f"from {fig.dims.pop('recording_system')}"]))


def _pivot_chrome(table: RawTable) -> tuple[RawTable, str] | None:
    """A spreadsheet pivot's rows over its table, as a sheet, a saved page or a Word table
    keeps them: each filter a field and its value ("Cyber Flag | Y"), then what it counts
    ("Count of Crime Number | Column Labels"), every other cell blank. The table is what is
    under them, and they its title."""
    filters: list[tuple[str, str]] = []
    for r, row in enumerate(table.rows):
        cells = [c.text.strip() for c in row if c.text.strip()]
        if not cells:
            continue
        if (counted := pivot_counted(cells)) is not None:
            return (RawTable(table.rows[r + 1:], table.where), pivot_title(counted, filters)) \
                if filters and r + 1 < len(table.rows) else None
        if (counted := pivot_header(cells)) is not None:  # ("Row Labels" | "Count of …": the table's header row too)
            return (RawTable(table.rows[r:], table.where), pivot_title(counted, filters)) if filters else None
        if row[0].text.strip() != cells[0] or (filtered := pivot_filter(cells)) is None:
            return None
        filters.append(filtered)
    return None


_OF_CHILDREN = re.compile(r"\bchild(?:ren)?\b|\bminors?\b|\bjuveniles?\b", re.I)


def _answers_another_band(ctx: Context, key: str | None) -> bool:
    """Whether the question asked about children of another band than under 18 ("children
    under 16"): a table titled "where the victim was aged under 18" then answers with its
    own band, which its figures must carry, not the one asked."""
    q = question_for(ctx, key) or (next(iter(ctx.questions.values())) if len(ctx.questions) == 1 else None)
    return q is not None and any(band != (0, 17) for band in prose.bands_named(q.text))


_OFFENCES_COUNTED = re.compile(r"\b(?:offences|crimes)\b", re.I)
_PEOPLE_COUNTED = re.compile(r"\b(?:people|persons|suspects|victims|offenders|individuals|children)\b(?! of\b)", re.I)
_ONLINE_WORD = re.compile(r"\bonline\b|\bcyber|\binternet\b", re.I)
# "Offences in Table 1 by sex of victim": the offences of that table, all its codes together
_IN_TABLE = re.compile(r"\b(?:offences|crimes)\s+(?:in|from|of)\s+table\s+\d+\b", re.I)
_EVERY_CODE = re.compile(r"\b(?:of|for|across|over) (?:both|all(?: (?:the|four|three|two|five|six|seven))?) (?:offence )?codes\b|"
                         r"\b(?:both|all) codes (?:combined|together)\b|\bcodes combined\b|"
                         r"\(\s*(?:both|all(?: (?:the|four|three|two|five|six|seven))?) (?:offence )?codes\s*\)", re.I)  # "(all four codes)"


_WITH_PART = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+|[*]|<\s*\d+)\s*\(\s*(\d{1,3}(?:,\d{3})+|\d+|[*]|<\s*\d+)\s*\)")
_DESCRIBES = re.compile(r"\b(?:description|title)\b", re.I)  # "HO Offence Description" beside "HO Code"
_AXIS_THEN_PERIOD = re.compile(r"(.+?)\s*\((.+)\)")


def _spread_spanning_headers(rows: list[list[Cell]], header_rows: int, label_cols: int) -> None:
    """A header cell standing over the blank cells after it, above a header row that fills
    them ("| 2022 |  | 2023 |  |" over "| Charged | Cautioned | …"), heads them too, as a
    merged cell would: the text form of a spanning header."""
    for h in range(header_rows - 1):
        above = ""
        for c in range(label_cols, len(rows[h])):
            cell = rows[h][c]
            if cell.text.strip():
                above = cell.text
            elif above and rows[h + 1][c].text.strip():
                rows[h][c] = Cell(above, cell.where)


_NAMES_CODES = re.compile(r"\bcodes?\b|\bclassification\b", re.I)
_NAMES_OUTCOME_NUMBERS = re.compile(r"\b(?:codes?|numbers?|no\.?|type)\b", re.I)
_OUTCOME_NUMBER = re.compile(r"0?\d{1,2}[a-h]?", re.I)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _ages_within_asked(dims: set[tuple[str, str]], ctx: Context, key: str | None) -> frozenset[str]:
    """The age dimensions a table splits by only inside the band its question asks about
    ("10-13 | 14-15 | 16-17 | Total" under "suspects aged under 18"): its totals are of that
    band. Bands reaching past it ("Under 18 | 18 and over | Total" under "aged under 16")
    make the totals of every age."""
    q = question_for(ctx, key)
    within: set[str] = set()
    for who in ("victim", "suspect"):
        asked_min, asked_max = (int(q.ages[f"{who}_age_{e}"]) if q and f"{who}_age_{e}" in q.ages else None
                                for e in ("min", "max"))
        mins = [int(v) for k, v in dims if k == f"{who}_age_min"]
        maxes = [int(v) for k, v in dims if k == f"{who}_age_max"]
        reaches_past = (asked_max is not None and (any(m > asked_max for m in mins + maxes)
                                                   or len(mins) > len(maxes))) \
            or (asked_min is not None and any(m < asked_min for m in mins + maxes))
        if not reaches_past:
            within |= {f"{who}_age_min", f"{who}_age_max"}
    return frozenset(within)


def _bands_short_of(dims: set[tuple[str, str]], given: dict[str, str]) -> str:
    """Whose age bands a table splits by ("victim", "suspect") where they span less than the band a
    total of them was given from its question ("10 - 13" to "16 - 17" under "aged under 18")."""
    for who in ("victim", "suspect"):
        mins = [int(v) for k, v in dims if k == f"{who}_age_min"]
        maxes = [int(v) for k, v in dims if k == f"{who}_age_max"]
        lo, hi = given.get(f"{who}_age_min"), given.get(f"{who}_age_max")
        if mins and maxes and lo is not None and hi is not None and (min(mins) > int(lo) or max(maxes) < int(hi)):
            return who
    return ""


def _carry_labels_down(rows: list[list[Cell]], header_rows: int, label_cols: int, ctx: Context) -> None:
    """A long table exported with each group's labels on its first row only ("21 | Sexual activity
    … | All | 104" over " |  | Female | 80"): a row's blank leading label cells are its group's,
    from the row above, as merged cells would give them; only where the labels after them come
    again in each group (not "Not yet finalised" under "20 | Other body"), and never on a total
    row, which is of every group."""
    for r in range(header_rows + 1, len(rows)):
        row = rows[r]
        first = next((c for c in range(label_cols) if row[c].text.strip()), None)
        if not first or (sum(other[first].text.strip() == row[first].text.strip() for other in rows[header_rows:]) < 2
                         and not _adds_a_dimension(rows[r - 1][:first], row[first])) \
                or not any(_is_data(cell.text, ctx) for cell in row[label_cols:]) \
                or read_label(row[first].text).axis == "total" or not all(rows[r - 1][c].text.strip() for c in range(first)):
            continue
        for c in range(first):
            row[c] = Cell(rows[r - 1][c].text, row[c].where)


def _adds_a_dimension(above: list[Cell], label: Cell) -> bool:
    """Whether the group labels above a row name other dimensions than the row's own label
    ("Female" over "Age not recorded", a row of its group though no other group has it), so
    that the row is of the group, not another kind of row ("Not yet finalised" under "20")."""
    own = read_label(label.text).axis
    axes = [read_label(cell.text).axis for cell in above]
    return own is not None and all(axis not in (None, own, "total") for axis in axes)


# a label that is only offence codes, listed: "021, 022B, 071/17, 073 and 088A"
_CODE_LIST = re.compile(rf"\s*{CODE}(?:\s*(?:,|&|\band\b)\s*{CODE})+\s*", re.I)


def _lists_every_code_asked(text: str, ctx: Context, key: str | None) -> bool:
    """Whether a label lists offence codes and nothing else, two or more, and they are every
    code the figure's question may be of (a subset listed is a count foistats cannot place)."""
    if not _CODE_LIST.fullmatch(text):
        return False
    listed = {code_from_token(token) for token in re.findall(CODE, text, re.I)}
    return len(listed) > 1 and listed == set(codes_for(ctx, key))


def _labels_column(rows: list[list[Cell]], header_rows: int, c: int, ctx: Context) -> bool:
    """Whether column ``c`` (after the first) holds labels: no figure in it, or, under a header
    naming offence codes, codes ("021"); past the second, only under a header saying what it
    holds ("Victim Gender", "HO Offence Description")."""
    head = rows[header_rows - 1][c].text if header_rows else ""
    cells = [rows[r][c].text for r in range(header_rows, len(rows))]
    # numbers are codes only under a header saying so ("HO Code"), and only codes there are: "Crimes"
    # over 87, 94, 102 counts them
    codes = axis_name(head) == "offence_code" and bool(_NAMES_CODES.search(head)) and all(
        (read := read_label(text, axis="offence_code")).axis == "total"
        or (read.axis == "offence_code" and dict(read.dims).get("offence_code") in offences())
        for text in cells if text.strip())
    # and years under a header of periods ("Year" over 2022, blank, blank, 2023 … beside "Quarter"): the rows' years
    years = axis_name(head) == "period" and any(text.strip() for text in cells) \
        and all(_A_YEAR.fullmatch(text.strip()) or read_label(text).axis == "total" for text in cells if text.strip())
    # and outcome numbers under a header saying so ("Outcome Code" over 01, 03, 18, blank for those with none)
    outcomes = axis_name(head) == "outcome" and bool(_NAMES_OUTCOME_NUMBERS.search(head)) and any(text.strip() for text in cells) \
        and all(_OUTCOME_NUMBER.fullmatch(text.strip()) and 1 <= int(text.strip()[:2].rstrip("abcdefgh")) <= 22
                or read_label(text).axis == "total" for text in cells if text.strip())
    return (codes or years or outcomes or not any(_is_data(text, ctx) for text in cells)) and (
        c < 2 or bool(axis_name(head)) or bool(_DESCRIBES.search(head)) or _flag_column(rows, header_rows, c))


def _flag_column(rows: list[list[Cell]], header_rows: int, c: int) -> bool:
    """Whether column ``c`` is the online flag as yes or no: a header naming the flag ("Online
    Flag") over cells each "Y" or "N" (a table in long form, a row a flag value)."""
    if not header_rows or read_label(rows[header_rows - 1][c].text).axis != "online_flag":
        return False
    cells = [rows[r][c].text for r in range(header_rows, len(rows))]
    return bool(cells) and all(yes_or_no(text) for text in cells)


def _month_in(unread: list[str], whole: Period) -> tuple[Period | None, list[str]]:
    """The month, or run of months, a label the edge could not read names within the period
    across it ("Jan" over a row of 2023 is January 2023; "January – March" beside a column of
    2022 is January to March 2022), and the labels left unread."""
    if len(unread) == 1 and (month := months_of_year(unread[0], whole)) is not None:
        return month, []
    return None, unread


def _grid_figures(table: RawTable, ctx: Context, key: str | None, lead: Period | None, heading: _Title) -> list[Figure]:
    rows = table.rows
    if len(rows) < 2 or table.width < 2 or not any(_is_data(cell.text, ctx) for row in rows for cell in row[1:]):
        return []  # a page's layout or a block of particulars ("Date of request | 17/04/2024"): no figure
    header_rows = 0
    while header_rows < min(3, len(rows) - 1) and _is_header(rows[header_rows][1:], ctx) \
            and not (header_rows and rows[header_rows][0].text.strip() and not any(c.text.strip() for c in rows[header_rows][1:])):
        header_rows += 1  # (but "2021-22" alone under the header, its cells blank, heads the group of rows under it)
    label_cols = 1
    # a third label column and more only where its header names what it holds: a table in long
    # form ("Financial Year | Victim Gender | Victim Age Group | Crimes"), a row a figure
    while label_cols < table.width - 1 and _labels_column(rows, header_rows, label_cols, ctx):
        label_cols += 1
    _spread_spanning_headers(rows, header_rows, label_cols)
    _carry_labels_down(rows, header_rows, label_cols, ctx)
    corner = " ".join(rows[h][c].text for h in range(header_rows) for c in range(label_cols))
    row_axis = axis_name(corner.strip()) if corner.strip() else None
    if lead is None and (said := read_label(corner)).axis == "period":
        lead = said.period  # a period in the corner ("2023 (1 January – 31 December)") is the whole table's
    elif row_axis is None and (m := _AXIS_THEN_PERIOD.fullmatch(corner.strip())) and (named := axis_name(m.group(1))) \
            and (said := read_label(m.group(2))).axis == "period":
        row_axis, lead = named, lead or said.period  # "Platform (2023/24)": what the rows are, and when
    col_axes = [next((a for h in range(header_rows) if (a := axis_name(rows[h][c].text))), None)
                or ("online_flag" if _flag_column(rows, header_rows, c) else None) for c in range(table.width)]

    col_labels: list[list[Label]] = [[] for _ in range(table.width)]
    # "Suspects linked, by age at time of offence" over "Under 18 | 18 and over": the bands under it are the suspects'
    ages_of = [next(("suspect" for h in range(header_rows) if read_label(rows[h][c].text).counted == "suspects"), heading.ages_of)
               for c in range(table.width)]
    for h in range(header_rows):
        # the corner heads the label column, not the value columns: it says nothing of their axis
        edge = _kinds(_flags_beside_flags(_ages_beside_ages(_codes_beside_codes(resolve_unknowns(
            [_label(rows[h][c].text if c >= label_cols else "", col_axes[c], ctx, key, ages_of[c]) for c in range(table.width)]),
            ctx), ctx), ctx), ctx, key)
        for c in range(label_cols, table.width):
            if axis_name(rows[h][c].text) is None or edge[c].understood:
                col_labels[c].append(edge[c])
    part_of = [any(PART_OF_ABOVE.match(rows[h][c].text) for h in range(header_rows)) for c in range(table.width)]
    for c in range(label_cols + 1, table.width):
        # an "Of which cyber-flagged" column counts part of the column it follows, the nearest that is no part of
        # another ("Crimes recorded | Of which flagged as online | Of which a suspect was under 18"): that
        # column's labels (its offence, say) are its own too
        whole = next((w for w in range(c - 1, label_cols - 1, -1) if not part_of[w]), None)
        if part_of[c] and whole is not None:
            own = {label.axis for label in col_labels[c]}
            col_labels[c] += [label for label in col_labels[whole] if label.axis not in (None, "total", "value", *own)]
    row_labels: list[list[Label]] = [[] for _ in rows]
    headed = _headed_axes(rows, header_rows, label_cols)
    for c in range(label_cols):
        # a label column's own header names its axis ("HO Code" over the codes), else a row heading
        # the rows below it does ("Gender of victim" over "Not recorded"), else the corner
        axis = (col_axes[c] if label_cols > 1 else None) or row_axis
        edge = _kinds(_flags_beside_flags(_codes_beside_codes(resolve_unknowns(
            [_label(rows[r][c].text, headed[r] or axis, ctx, key, _victims_if_said(corner) or heading.ages_of)
             for r in range(header_rows, len(rows))]),
            ctx), ctx), ctx, key)
        for offset, label in enumerate(edge):
            row_labels[header_rows + offset].append(label)
    asked = question_for(ctx, key)
    for labels in row_labels[header_rows:]:
        # "086/02" | "Take, make or distribute indecent photographs of children": a title in words
        # foistats does not hold, in a column headed "Offence" beside the code's, says no more than the code
        if sum(1 for label in labels if label.axis == "offence_code") == 1:
            labels[:] = [Label(label.text, "value") if col_axes[c] == "offence_code" and not label.understood
                         and label.text.strip() and not re.search(r"\d", label.text) else label for c, label in enumerate(labels)]
        # "Possession of indecent photographs of a child", under a question asking "(a) … (86/2) and (b) possession
        # of indecent photographs of children": the part its question names in words, no code of its own, counting
        # what its words say (not the whole the Total row counts)
        if asked is not None and offence_parts(asked.text):
            labels[:] = [Label(label.text, "counted", counted=prose.measure_slug(label.text), kind_of=asked.measure) if label.axis is None
                         and label.text.strip() and not re.search(r"\d", label.text) and _named_in(label.text, asked.text)
                         else label for label in labels]
        # "21" | "Not in the public interest - police decision" under "Outcome Code | Outcome Description": words
        # in an outcome's wording that foistats cannot tell from another's (10 or 21) say no more than the number; and
        # "-" | "Under investigation - no outcome yet": a dash where the row has no number
        if sum(1 for label in labels if label.axis == "outcome") == 1:
            labels[:] = [Label(label.text, "value") if not label.understood and label.axis != "total" and (
                _DASHES.fullmatch(label.text.strip()) or (outcome_worded(label.text) and not re.search(r"\d", label.text)))
                else label for label in labels]

    value_cols = [c for c in range(label_cols, table.width)]
    # "Q2 – CSE flagged crimes" over a column: its figures answer question 2, whatever the table's heading answers
    col_keys = {c: named[0] for c in value_cols
                if (named := next((k for h in range(header_rows) if (k := _question_heading(rows[h][c].text, ctx))), None))}
    plain_value_cols = [c for c in value_cols if all(l.axis == "value" for l in col_labels[c] if l.text.strip())]
    figures: list[Figure] = []
    group: list[Label] = []
    held = _Held(table, header_rows, key)
    dims = {(k, v) for labels in [*col_labels, *row_labels] for label in labels for k, v in label.dims}
    # the dimensions the table splits by; a code only when it gives two or more (one code is the reply's scope)
    broken_down = frozenset(k for k, _ in dims if k != "offence_code" or sum(d == "offence_code" for d, _ in dims) > 1) | heading.over
    broken_down -= _ages_within_asked(dims, ctx, key)
    # a column of its own for the flagged ("Of which flagged online"), read or not: the title's flag is that column's, not all
    online_column = any(_ONLINE_WORD.search(label.text) for c in value_cols for label in col_labels[c])
    # a question limiting the suspects' ages, over bands no heading gives to anyone
    q = question_for(ctx, key)
    whose_ages_unsaid = q is not None and not heading.ages_of and not q.ages_of and not ctx.ages_of \
        and any(k.startswith("suspect_age") for k in q.ages) and not any(k.startswith("victim_age") for k in q.ages)
    # a Total beside periods spans them all: not where one of them is a label foistats could not read
    # (but not a year whose every cell is "N/H": the Total sums the years held)
    col_span = None if any(_merge(col_labels[c])[3] for c in value_cols) else span_of(
        [_merge(col_labels[c])[1] for c in value_cols if not _all_not_held([row[c] for row in rows[header_rows:] if c < len(row)])])
    row_span = None if any(_merge(row_labels[r])[3] for r in range(header_rows, len(rows))) \
        else span_of([_merge(row_labels[r])[1] for r in range(header_rows, len(rows))
                      if not _all_not_held([rows[r][c] for c in value_cols if c < len(rows[r])])])
    parent: list[Label] = []
    # the dimensions the rows (not those counting part of the row above) each give
    row_axes = {k for r in range(header_rows, len(rows)) if not PART_OF_ABOVE.match(rows[r][0].text)
                for label in row_labels[r] for k, _ in label.dims}
    unread_rows = any(not label.understood and label.axis != "total" and label.text.strip()
                      for r in range(header_rows, len(rows)) for label in row_labels[r])
    # a first row naming a count foistats cannot place ("Crimes with a CSE flag" over "Victim aged under 16"):
    # what the table counts is not known, so neither is what the rows under it are parts of
    unread_count = next((label.text for label in row_labels[header_rows] if not label.understood and label.axis != "total"
                         and (_COUNT_NOUN.search(label.text.strip()) or _COUNT_NOUN_FIRST.match(label.text.strip()))),
                        None) if header_rows < len(rows) else None
    for r in range(header_rows, len(rows)):
        cells = [rows[r][c] for c in value_cols]
        if all(not cell.text.strip() for cell in cells):
            labels = [l for l in row_labels[r] if l.text.strip()]
            if labels and all(l.understood for l in labels):
                group = [l for l in group if l.axis not in {x.axis for x in labels}] + labels
            continue
        # an "of which flagged online" row counts part of the row above it: that row's labels
        # (its offence, say) are its own too
        of_above = bool(PART_OF_ABOVE.match(rows[r][0].text))
        part = [l for l in parent if l.axis != "total"] if of_above else []
        if not of_above:
            parent = row_labels[r]
        row_dims, row_period, row_total, row_unread = _merge(row_labels[r] + part + group)
        if not row_dims and not row_total and (named := next(
                (label.text for label in row_labels[r] if label.axis == "value"
                 and any(axis_name(word) in row_axes for word in re.split(r"\s*/\s*|\s+", label.text.strip()))), None)):
            # "Other platform / app" read as a column's name ("app"), among rows each of a platform: no whole of
            # them (as "Offences recorded" over "Female victims" is), a label unread
            row_unread = [*row_unread, f"{named} (beside rows of {', '.join(sorted(row_axes))})"]
        if row_unread and held.whole:  # each of its figures would go to review: they are only counted
            held.count(r, [cell.where for cell in cells if read_value(cell.text, ctx.rules).kind not in ("blank", "share")],
                       f"the label {row_unread[0]!r} is not one foistats can place in a dimension")
            continue
        row_figures = []
        for c in value_cols:
            cell = rows[r][c]
            # "58 (6)", where the reply says what the figure in brackets is: the count, and that part of it
            pair = _WITH_PART.fullmatch(cell.text.strip()) if ctx.bracketed else None
            value = read_value(pair.group(1) if pair else cell.text, ctx.rules)
            if value.kind in ("blank", "share"):
                continue  # a percentage beside the counts is worked out from them
            if c - 1 in value_cols and _merged(rows[r], c - 1, c):
                continue  # a cell merged across columns is read once, at its first
            spanned = list(itertools.takewhile(lambda o: o in value_cols and _merged(rows[r], c, o), range(c + 1, table.width)))
            # (its figure of what the columns it spans have in common: "All victims" across Female and Male, the year's)
            shared = [label for label in col_labels[c] if all(label in col_labels[o] for o in spanned)]
            col_dims, col_period, col_total, col_unread = _merge(shared)
            month, cell_row_unread = None, row_unread
            if row_period is not None and col_period is None:
                month, col_unread = _month_in(col_unread, row_period)  # "Jan" over a row of 2023
            elif col_period is not None and row_period is None:
                month, cell_row_unread = _month_in(row_unread, col_period)
            elif (whole := lead or requested_span(ctx)) is not None and whole.is_whole_year:
                # "Q1 Jan–Mar" over a column, in a reply about 2023 alone: those months of it
                month, col_unread = _month_in(col_unread, whole)
                if month is None:
                    month, cell_row_unread = _month_in(row_unread, whole)
            fig = cell_figure(value, cell.text, cell.where, _cell_context(table, r, c, header_rows), ctx)
            fig.measure = fig.measure or heading.measure
            fig.is_total = row_total or col_total
            for k, v in col_dims.items():
                if k in row_dims and row_dims[k] != v:
                    fig.doubts.append(f"the row says {k}={row_dims[k]} and the column {k}={v}")
                elif k in row_axes and k not in row_dims and k != "offence_code":
                    # a Total row under a column headed "16 - Evidential difficulties …", beside rows each of an
                    # outcome: a row's label taken for the column's heading, not the total's outcome
                    fig.doubts.append(f"the column says {k}={v}, as the rows each name a {k}; the row names none")
            fig.dims = {**dict(heading.code), **row_dims, **col_dims}
            if heading.online and "online_flag" not in fig.dims and "online_flag" not in broken_down and not online_column:
                fig.dims["online_flag"] = "true"  # its title says every figure of it is flagged
            if row_period and col_period and row_period != col_period:
                fig.doubts.append("the row and the column name different periods")
            fig.period = month or col_period or row_period
            if fig.period is None and col_total and col_span:
                # a Total column sums the period columns beside it: those of its own row held ("N/H" in 2021/22 of
                # the online row alone: its Total is of 2022/23 and 2023/24)
                fig.period = col_span if not _any_not_held(cells) else span_of(
                    [_merge(col_labels[k])[1] for k, cell in zip(value_cols, cells) if not _all_not_held([cell])])
            elif fig.period is None and row_total and row_span:
                fig.period = row_span
            counted = {(l.counted, l.kind_of) for l in row_labels[r] + col_labels[c] if l.axis == "counted"}
            if len(counted) > 1:
                fig.doubts.append("the row and the column name different things counted "
                                  f"({', '.join(sorted(m for m, _ in counted))})")
            elif counted:
                (fig.measure, fig.kind_of), fig.own_measure = counted.pop(), True
            for text in cell_row_unread + col_unread:
                fig.doubts.append(f"the label {text!r} is not one foistats can place in a dimension")
            if unread_count and not cell_row_unread:
                fig.doubts.append(f"the table counts {unread_count!r}, which foistats cannot place, and this row may be part of it")
            if len(plain_value_cols) > 1 and c in plain_value_cols:
                fig.doubts.append("the table has several value columns and their headers do not say how they differ")
            part = None
            if pair is not None:
                part = cell_figure(read_value(pair.group(2), ctx.rules), pair.group(2), cell.where, fig.context, ctx)
                part.measure, part.dims, part.period, part.is_total = fig.measure, {**fig.dims, **ctx.bracketed}, fig.period, fig.is_total
                part.doubts = list(fig.doubts)
            own = set(fig.dims)
            row_figures.append(settle(fig, ctx, col_keys.get(c, key), own_periods=[lead] if lead else None,
                                      broken_down=broken_down | frozenset(ctx.bracketed) if part else broken_down))
            if fig.is_total and unread_rows and (added := sorted(k for k in set(fig.dims) - own
                                                                   if k != "offence_code" and "_age_" not in k)):
                # "Total" under rows foistats could not read ("Cyber flag - Yes | No"): they may split by what
                # the question names, so the total may be of all of it, not the part asked
                fig.doubts.append(f"the rows this totals are not all read, so whether it is of {', '.join(added)} "
                                  "as the question asks is not settled")
            if whose_ages_unsaid and (any(k.startswith("victim_age") for k in own)
                                      or (fig.is_total and any(k.startswith("victim_age") for k, _ in dims))):
                # "10 - 13 | 14 - 15 | 16 - 17" under "crimes with a suspect aged under 18", no heading saying whose ages
                fig.doubts.append("the question limits the suspects' ages and names no victim's; whose ages these bands "
                                  "are, the table does not say")
            if fig.is_total and (short := _bands_short_of(dims, fig.dims)):
                # "10 - 13 | 14 - 15 | 16 - 17 | Total" under suspects under 18: the total is of 10 to 17, or of all
                # under 18 as asked; the reply does not say which
                fig.doubts.append(f"the {short} bands this totals span less than the band its question asks")
                # and so may the refusals of "those crimes" after it, where the band is in the first count asked (not a
                # narrowing of it: "How many of the crimes in Q1 had a suspect aged under 18?"): whether they are of it is as open
                ctx.title_band_unsettled = ctx.title_band_unsettled or (short == "suspect" and key == next(iter(ctx.questions), None))
            if part is not None:
                part.within = row_figures[-1]
                row_figures.append(settle(part, ctx, key, own_periods=[lead] if lead else None, broken_down=broken_down))
        figures.extend(held.keep(r, row_figures))
    figures = held.finish(figures, ctx)
    _hold_disputed_totals(figures)
    _hold_totals_of_several_measures(figures)
    return figures


# a table with more figures to review than this sends them a row at a time...
CELL_ITEMS = 50
# ... and with more than this, as one item for the whole table, counted but not kept (memory stays flat)
ROW_ITEMS_FIGURES = 20_000


def _headed_axes(rows: list[list[Cell]], header_rows: int, label_cols: int) -> list[str | None]:
    """For each row, the axis a row of no figures above it names ("Age of victim" over its
    bands, "Gender of victim" over "Female", "Male", "Not recorded"), until the next such row."""
    axes: list[str | None] = [None] * len(rows)
    axis = None
    for r in range(header_rows, len(rows)):
        if all(not cell.text.strip() for cell in rows[r][label_cols:]):
            axis = axis_name(rows[r][0].text)
        else:
            axes[r] = axis
    return axes


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


_AMENDED = re.compile(r"(\S+)\s*[(\[]\s*(?:amended|revised|corrected|updated)\s*[)\]]", re.I)  # "11 (amended)"


def cell_figure(value: CellValue, text: str, where: str, context: str, ctx: Context) -> Figure:
    fig = Figure(value=None, status="reported", where=where, context=context, measure="", unit="offences")
    if value.kind == "number":
        fig.value = value.value
    elif value.kind == "not_held":
        fig.status, fig.note = "not_held", f"shown as {text.strip()!r}"
    elif value.kind == "suppressed":
        fig.status, fig.lower, fig.upper = "suppressed", value.lower, value.upper
        fig.note = f"shown as {text.strip()!r}"
        if text.strip() in ("-", "–", "—") and not any(rule.marker == "-" for rule in ctx.rules):
            # a dash forces use both for nil and for a count withheld: unkeyed, which it is waits for a person
            fig.doubts.append(f"the reply does not say what {text.strip()!r} stands for: nil, or a count withheld")
    elif (marked := FOOTNOTE_MARK.fullmatch(text.strip())) and (note := ctx.footnotes.get(marked.group(2))) is not None \
            and (bare := read_value(marked.group(1), ctx.rules)).kind == "number":
        fig.value, fig.note = bare.value, f"footnote {marked.group(2)}: {note}"  # "152†", a note under the table on it
    elif (amended := _AMENDED.fullmatch(text.strip())) and (bare := read_value(amended.group(1), ctx.rules)).kind == "number":
        fig.value, fig.note = bare.value, f"shown as {text.strip()!r}"  # the figure as put right, the one that stands
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
                   and len(p.dims) > len(total.dims) and _summed_by(p, total)]
        if not members:
            continue
        extra = {k for p in members for k in p.dims if k not in total.dims}
        axes = {frozenset(k for k in p.dims if k not in total.dims) for p in members}
        if len(axes) != 1 or len({k.replace("_max", "_min") for k in extra}) > 2:
            continue
        low = sum(p.value if p.value is not None else (p.lower or 0) for p in members)
        unbounded = any(p.value is None and p.upper is None for p in members)
        # one part beside the total, however many cells of it: a part of it, not all its parts ("All | Online";
        # "Online flag" under each code's row beside an "All recorded" column; "All 86/2 crimes | Crimes with a
        # suspect aged under 18")
        of_which = ("online_flag" in extra and len({p.dims["online_flag"] for p in members}) == 1) \
            or len({tuple(sorted((k, v) for k, v in p.dims.items() if k in extra)) for p in members}) == 1
        high = None if unbounded or of_which else sum(p.value if p.value is not None else p.upper for p in members)
        if total.value < low or (high is not None and total.value > high):
            span = f"{low}" if high == low else (f"{low} to {high}" if high is not None else f"at least {low}")
            total.doubts.append(f"the total {total.value} does not match its parts, which add to {span}")


def _summed_by(part: Figure, total: Figure) -> bool:
    """Whether a total may sum a part: not when the part is another kind than the total's own
    ("Medium" risk under a "High" row's Total column), nor another measure than the one the
    total's own label names ("Total suspects" under "Suspects linked", beside "Offences recorded")."""
    return (not part.kind_of or total.measure in (part.measure, part.kind_of)) \
        and not (total.own_measure and part.measure != total.measure)


def _hold_totals_of_several_measures(figures: list[Figure]) -> None:
    """A total whose rows are of several measures ("s.15A | s.15 | Total") is none of them,
    whatever measure the reply was named for: it is held for review (a person rejects it),
    never filed as one. A total over the parts of one measure is that measure's."""
    for total in (f for f in figures if f.is_total):  # one whose measure was guessed too: the reason says why
        summed = {p.measure if p.measure == total.measure else p.kind_of or p.measure for p in figures
                  if not p.is_total and p.period == total.period
                  and all(p.dims.get(k) == v for k, v in total.dims.items()) and _summed_by(p, total)}
        if summed and summed | {total.measure} != {total.measure}:
            total.doubts.append(f"the total adds rows of several measures ({', '.join(sorted(summed | {total.measure}))})"
                                "; it is none of them alone")
            total.choices = sorted(summed | {total.measure})
