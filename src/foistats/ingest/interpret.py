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

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from ..errors import FoistatsError
from ..model import LARGEST_VALUE, Breakdown, Observation, Qualifier, SourceRef, Status
from ..offences import offences
from ..periods import Period
from . import account, prose
from .figures import Asked, Figure, Group, Interpretation, ReviewItem
from .labels import axis_name, code_titled_in, heading_label, read_label
from .lines import line_figures, prose_figures
from .raw import Line, RawDocument, RawTable
from .refusals import Refusal, STATUS, periods_asked, refusal_note, refusals as refusals_in, refused_figures, sentence_questions
from .restated import restated_span_totals
from .setting import Context, Question, codes_for, context, flatten, measure_for_code, referred_to, requested_span, settle, years_in
from .structure import COUNT_QUESTION, Placed, answer_in_request, same_sheet, structure
from .tables import span_of, table_figures
from .text import page_break_line
from .values import NUMBER, WORD_NUMBER, suppression_rule, word_number

# --- the whole document ---------------------------------------------------------------------------


def interpret(doc: RawDocument, *, area: str, release: str, document: str, received: date | None = None,
              asked: Asked = Asked()) -> Interpretation:
    """Every figure a document states, as Observations where certain and review items where
    not; ``asked`` is what the campaign asked the force, when it did."""
    placed, questions = structure(doc)
    ctx = context(doc, placed, questions, area=area, release=release, document=document, received=received,
                   asked=asked)
    figures: list[Figure] = []
    answers: dict[str | None, list[Figure]] = {}  # each question's figures (a cost refusal's reasoning answers none)
    covered: dict[str, int] = {}  # figures held for review in a table said to answer several questions
    listed: list[Figure] = []  # the figures of the list lines just above, one a line ("Apr-24: 29")
    lead: Period | None = None  # the period of a line leading into a list ("As at 31 March 2024, … was:")
    leads = ""  # a line leading into a list, which may say what its figures are ("Suspects charged …:")
    previous_title = ""  # the line over the last table: "The same offences by sex" over the next counts what it did
    section: tuple[dict[str, str], str] = ({}, "")  # the offence a heading over the paragraphs named by its title
    parent: Figure | None = None  # the figure of the last line, which bullets one level in may split
    band: dict[str, str] = {}  # the ages a paragraph says the list below is of ("relate to the suspects aged 10 to 17")
    code_below = ""  # the one offence code a paragraph says the figures below are of
    for number, p in enumerate(placed):
        if number and not _same_question(placed[number - 1].key, p.key):
            listed, lead, leads = [], None, ""  # another question's answer: its own list
            section, parent, band, code_below = ({}, ""), None, {}, ""
        if isinstance(p.block, Line) and p.role in ("response", "unknown") and _HEADING.match(p.block.text):
            # "Sexual communication with a child" over its paragraphs, the code named or not
            code = code_titled_in(p.block.text, ctx.codes or list(offences()))
            section = ({"offence_code": code}, measure_for_code(code)) if code else ({}, "")
        if p.role == "request" and answer_in_request(p):
            # an answer among the questions; "2023" alone over its list, the list's year
            found = [] if _year_heading(p, placed[number + 1] if number + 1 < len(placed) else None, ctx) \
                else line_figures(p, ctx, listed, lead, leads) or prose_figures(p, ctx)
        elif p.role in ("request", "heading", "aside"):
            listed, lead, leads = [], None, ""
            continue
        elif isinstance(p.block, RawTable):
            held = len(ctx.groups)
            before = _caption_over(placed, number)
            table_key = _table_key(p, ctx)
            # a table straight after another (a year's block after the year before's) is under its title
            title = before.block.text if before is not None and isinstance(before.block, Line) else (
                previous_title if before is not None and isinstance(before.block, RawTable) else "")
            found = table_figures(p.block, ctx, table_key, _lead_period(before, ctx) or _lead_over_caption(placed, before, ctx)
                                  or _combined_under(placed, number),
                                  _with_code_counted(title, figures), previous_title)
            previous_title = title
            for key in p.covers:  # "Questions 1 and 2 are answered in the table below"
                answers.setdefault(key, []).extend(found)
                answers[key].extend(f for g in ctx.groups[held:] for f in g.figures)
                covered[key] = covered.get(key, 0) + sum(g.count for g in ctx.groups[held:] if not g.figures)
        elif parent is not None and ((sub := _SUB_BULLET.match(p.content or p.block.text))
                                     or (p.block.nested and (sub := _BULLET_LED.match(p.content or p.block.text)))):
            # "o  female victim – 281" under "• 2021/22 – 349 crimes": a part of the line above, in its year
            found = line_figures(replace(p, content=(p.content or p.block.text)[sub.end():]), ctx, [], parent.period, leads)
        elif _year_heading(p, placed[number + 1] if number + 1 < len(placed) else None, ctx):
            found = []  # "2022" alone over "Female: 58", in a reply about 2022: the year of the lines under it
        else:
            found = line_figures(p, ctx, listed, lead, leads) or prose_figures(p, ctx, section)
            if parent is not None and _BULLET_LED.match(p.content or p.block.text):
                _guess_parents_period(found, parent)
            parent = found[0] if len(found) == 1 and found[0].period is not None else None
        if isinstance(p.block, RawTable) or len(found) > 1 or (found and found[0].is_total):
            listed = []
        elif found:  # a line with no figure ("Oct-24: not yet complete") leaves the list going on
            listed.append(found[0])
        if isinstance(p.block, RawTable):
            lead, leads = None, ""
        elif (not found or all(f.restates for f in found)) and (heading := _lead_period(p, ctx) or _combined_span(p, answers)) is not None:
            # "2022-23" or "As at 31 March 2024, the number … was:" over a list; or "Of the 447 offences
            # recorded in 2023/24, the platforms recorded are:", the whole said again, leading in
            listed, lead = [], heading
            found = found or _heading_whole(p, heading, ctx)
        if not found and isinstance(p.block, Line) and (p.block.text.rstrip().endswith(":") or axis_name(p.block.text)
                                                        or heading_label(p.block.text)):
            leads = p.block.text  # "Suspects charged or summonsed for an 86/2 offence:", "Age of suspect", "19E – Rape of …"
        elif not found and isinstance(p.block, Line) and leads and heading_label(turn := f"{leads.splitlines()[-1]}\n{p.block.text}"):
            leads = turn  # "Not recorded" after the lists under "Female" and "Male": the victims of no recorded gender
        if isinstance(p.block, RawTable):
            band, code_below = {}, ""
        elif not found and p.role in ("response", "unknown"):
            band = _band_said_of_list(p.block.text) or band
            # (until a line after the list it leads into: "Third bullet point")
            code_below = _code_said_of_list(p.block.text) or ("" if listed else code_below)
        elif (band or code_below) and isinstance(p.block, Line):
            party = next(iter(band)).split("_")[0] if band else ""
            for fig in found:  # the reply's own band over the question's
                if band:
                    fig.dims = {**{k: v for k, v in fig.dims.items() if not k.startswith(f"{party}_age")}, **band}
                if code_below and "offence_code" not in fig.dims:
                    fig.dims["offence_code"] = code_below  # "the figures below are crimes of … (71/17)"
        figures.extend(found)
        answers.setdefault(p.key, []).extend(f for f in found if f.status != "note" and not f.explains_refusal)
    for grouped in ctx.groups:  # a row held for review answers its question too
        answers.setdefault(grouped.key, []).extend(grouped.figures)
    keyed_figures = {k: len(v) + covered.get(k, 0) for k, v in answers.items()}
    for grouped in (g for g in ctx.groups if not g.figures):  # a whole table's are counted, not kept
        keyed_figures[grouped.key] = keyed_figures.get(grouped.key, 0) + grouped.count
    refused = _refusal_figures(placed, ctx, answers)
    _doubt_not_upheld(refused, placed)
    figures.extend(refused)
    unread = _unread_numbers(placed, answers)
    # "Of the crimes in question 1, how many were flagged online?" answered by flagged figures filed under question 1
    any_flagged = any(f.dims.get("online_flag") == "true" for given in answers.values() for f in given)
    flagged = {k for k, q in ctx.questions.items() if q.online and any_flagged}
    figures.extend(_unanswered(ctx, keyed_figures, {f.question for f in refused} | flagged | _pointing_elsewhere(placed), unread))
    # "January 31, February 27, March 44 …": month by month, in words foistats reads as days; what may be missing is there
    months_named = {p.key for p in placed if isinstance(p.block, Line)
                    and len(_MONTH_NAMES.intersection(re.findall(r"[a-z]+", p.block.text.lower()))) >= 3}
    months_combined = any(_MONTHS_COMBINED.search(p.block.text) for p in placed
                          if isinstance(p.block, Line) and p.role not in ("request", "aside"))
    figures.extend(_answered_otherwise(ctx, answers, unread | months_named, months_combined))
    _doubt_corrected(figures, placed)
    figures = _put_right(figures, placed)
    result = _finish(figures, ctx)
    _account(result, placed, figures, ctx, doc.truncated)
    return result


def _table_key(p: Placed, ctx: Context) -> str | None:
    """The question a table answers: the one heading it; else the one a line before it says it
    answers ("Question 1 is answered in the table below"); else, of several it answers together
    ("Answer to (a) and (b)"), the first, where they ask of the same offences (its labels say
    the rest: (b)'s breakdown of (a)'s count)."""
    if p.key is not None or not p.covers:
        return p.key
    return p.covers[0] if len({tuple(codes_for(ctx, k)) for k in p.covers}) == 1 else None


# "The outcomes below relate to the suspects aged 10 to 17 in Table 1.": what the list below is of
_OF_THE_LIST = re.compile(r"\b(?:below|following|listed)\b[^.]{0,30}\b(?:relate|relates|refer|refers|are for|is for)\s+(?:only\s+)?(?:to\s+)?"
                          r"(?=(?:the\s+)?(?:victims|suspects|offenders|children|young people)\s+(?:who were\s+)?aged\b)", re.I)


def _band_said_of_list(text: str) -> dict[str, str]:
    """The one age band of one party a paragraph says the list below it is of, named right
    after the words saying so ("The outcomes below relate to the suspects aged 10 to 17")."""
    said = [ages for s in prose.sentences(text) if (m := _OF_THE_LIST.search(s)) and (ages := prose.age_scope(s[m.end():]))]
    if len(said) != 1 or len({k.split("_")[0] for k in said[0]}) != 1:
        return {}
    return said[0]


def _code_said_of_list(text: str) -> str:
    """The one offence code a paragraph says the figures below it are of ("… so the figures below
    are crimes of sexual communication with a child (71/17) for the three years taken together")."""
    said = {code for s in prose.sentences(text) if _FIGURES_BELOW.search(s) for code in prose.codes_in(s)}
    return said.pop() if len(said) == 1 else ""


_FIGURES_BELOW = re.compile(r"\b(?:figures|numbers|counts)\s+(?:below|that follow)\s+(?:are|relate to|show|count)\b", re.I)


# a bullet one level in, as Word's second level copies out ("o  female victim – 281")
_SUB_BULLET = re.compile(r"^(?:o|◦|▫)\s+(?=\S)")
_BULLET_LED = re.compile(r"^\s*[-•*–·▪◦o\uf0b7\uf0a7]\s+(?=\S)")  # a bullet's mark, whatever it is


# a short line with no sentence or figure in it: a heading over the paragraphs below
_HEADING = re.compile(r"^(?=.{3,70}$)[A-Za-z][^.:;!?\d]*$")


def _year_heading(p: Placed, after: Placed | None, ctx: Context) -> bool:
    """Whether a line is a year alone that the reply names as a period it gives figures for,
    over a line of a label and its figure ("Female: 58"), not over a table's next cell alone."""
    text = (p.content or p.block.text).strip().rstrip(":")
    return bool(re.fullmatch(r"(?:19|20)\d\d", text)) and Period.calendar_year(int(text)) in ctx.periods \
        and after is not None and isinstance(after.block, Line) and bool(re.search(r"[A-Za-z].*\d", after.block.text))


def _guess_parents_period(found: list[Figure], parent: Figure) -> None:
    """A bullet naming no period under a bullet of one ("- female victim – 253" under
    "- 2016/17 – 321 offences"), where nothing says whether it is set in under it: perhaps
    a part of that line, in its period; a person decides, with that period as the guess."""
    for fig in found:
        if fig.period is None and fig.doubts:
            fig.period = parent.period
            fig.doubts.append(f"it may be a part of the line above it, for {parent.period.label}, but is not set in under it")


# "Outcomes for the 189 crimes recorded in 2023/24 …": a count the reply gave before, said again over its parts
_THE_COUNT_AGAIN = re.compile(r"\bthe (\d{1,3}(?:,\d{3})*|\d+) (?:crimes|offences)\b", re.I)


def _with_code_counted(title: str, before: list[Figure]) -> str:
    """A title naming no code that says again a count the reply gave of one code ("Outcomes
    for the 189 crimes recorded in 2023/24", 189 the 71/17 crimes of 2023/24), with that code:
    its table's figures are parts of those crimes."""
    if not (m := _THE_COUNT_AGAIN.search(title)) or prose.codes_in(title):
        return title
    value = int(m.group(1).replace(",", ""))
    said = [f for f in before if f.value == value and f.status == "reported" and not f.doubts]
    codes = {f.dims.get("offence_code") for f in said}
    return f"{title} ({codes.pop()})" if len(said) == 1 and None not in codes else title


# a line that introduces what follows it ("... are:", "the table below"), not a note on what went before
# "… are:", "… shown below", "Outcomes are shown for all of the crimes …, from 1 January 2020 to 30 November 2023"
_LEADS_IN = re.compile(r":\s*$|\bbelow\b|\bfollowing\b|\bas follows\b|\btable\b|\b(?:are|is) (?:shown|set out|given|provided|listed)\b", re.I)


def _combined_under(placed: list[Placed], number: int) -> Period | None:
    """The span a note right under the table at ``number`` says its figures are of, taken
    together ("Financial years 2021/22, 2022/23 and 2023/24 combined.", under a pivot filtered
    to "(Multiple Items)" of them)."""
    if number + 1 >= len(placed) or not isinstance((under := placed[number + 1]).block, Line) \
            or under.role not in ("response", "unknown") or not same_sheet(under.block.where, placed[number].block.where) \
            or not (said := prose.sentences(under.block.text)):
        return None
    mentions = prose.periods_in(said[0])
    # (a note of the span alone: no count of its own beside it)
    return mentions[0].periods[0] if len(mentions) == 1 and len(mentions[0].periods) == 1 and _COMBINED.search(said[0]) \
        and not re.search(r"\d", said[0][:mentions[0].span[0]] + said[0][mentions[0].span[1]:]) else None


_COMBINED = re.compile(r"\b(?:combined|together)\b", re.I)


# "The table below shows suspects … for the whole period 1 January 2021 to 30 September 2024, …"
_TABLE_BELOW = re.compile(r"\b(?:the|this) table below\b", re.I)


def _lead_over_caption(placed: list[Placed], caption: Placed | None, ctx: Context) -> Period | None:
    """The one period a paragraph over a table's numbered caption naming none ("Table 2 -
    Suspects by age") states, where it says it is about the table below: that table's period."""
    if caption is None or not isinstance(caption.block, Line) or not _NUMBERED_CAPTION.match(caption.block.text) \
            or prose.periods_in(caption.block.text):
        return None
    number = next(n for n, p in enumerate(placed) if p is caption)
    above = placed[number - 1] if number else None
    if above is None or not isinstance(above.block, Line) or above.key != caption.key \
            or not _TABLE_BELOW.search(above.block.text):
        return None
    return _lead_period(above, ctx)


def _caption_over(placed: list[Placed], number: int) -> Placed | None:
    """The block over the table at ``number``: the line just above it, or the caption above a
    note between them that keys its markers ("Figures of 1 to 4 have been replaced with *")."""
    if not number or not same_sheet(placed[number - 1].block.where, placed[number].block.where):
        return None  # a workbook's last line of one sheet is no caption of the next sheet's table
    # (a table at the top of a page, its caption at the foot of the page before: the page break's lines between)
    while number >= 2 and isinstance(placed[number - 1].block, Line) and page_break_line(placed[number - 1].block.text) \
            and placed[number - 2].key == placed[number - 1].key:
        number -= 1
    before = placed[number - 1]
    if number >= 2 and isinstance(before.block, Line) and isinstance(placed[number - 2].block, Line) \
            and placed[number - 2].key == before.key and _CAPTION_LIKE.fullmatch(placed[number - 2].block.text.strip()) \
            and any(suppression_rule(s) for s in prose.sentences(before.block.text)):
        return placed[number - 2]
    if number >= 2 and isinstance(before.block, Line) and isinstance(placed[number - 2].block, Line) \
            and placed[number - 2].key == before.key \
            and (_NUMBERED_CAPTION.match(placed[number - 2].block.text) or _SOURCE_LINE.match(before.block.text)) \
            and not prose.periods_in(before.block.text) and not _LEADS_IN.search(before.block.text):
        # "Table 2: … recorded January to December 2024" over a line of the sheet's chrome ("Metropolitan Police
        # Service | 01/FOI/25/041872 | see notes", "Source: Niche RMS, extracted 22/05/2024"): the caption says
        # what the table is
        return placed[number - 2]
    # or a numbered caption over two such lines ("Table 2: …" / "Calendar year of recording." / "Ref: FOI/2025/1142")
    if number >= 3 and all(isinstance(p.block, Line) and p.key == before.key for p in placed[number - 3:number]) \
            and _NUMBERED_CAPTION.match(placed[number - 3].block.text) \
            and all(_SOURCE_LINE.match(p.block.text) or _REFERENCE_LINE.match(p.block.text) or _COUNTED_BY.match(p.block.text)
                    for p in placed[number - 2:number]):
        return placed[number - 3]
    return before


_REFERENCE_LINE = re.compile(r"^\s*(?:our |your )?ref(?:erence)?\b", re.I)
# "Calendar year of recording. Age is the victim's age at the time of the offence.": how it is counted, no figure
_COUNTED_BY = re.compile(r"^\s*(?:calendar|financial) year of (?:recording|offence)\b[^\d]*$", re.I)
_NUMBERED_CAPTION = re.compile(r"^\s*(?:table\s+|q(?:uestion)?\s*)\d{1,2}[a-z]?\s*[:.\-–)]", re.I)
_SOURCE_LINE = re.compile(r"^\s*(?:(?:data )?source|(?:data )?extracted|date extracted|extract(?:ion)? date|"
                          r"(?:please )?(?:read|see|refer to) the (?:notes|guidance|cover sheet))\b", re.I)


# a table's caption: a short line that is no sentence ("Q3. Platform used - 71/17 crimes, April 2023 to March 2024")
_CAPTION_LIKE = re.compile(r".{3,160}(?<![.?!])")
# a title said as a sentence: what is counted, first ("Outcomes of the offences recorded between …")
_TITLE_SENTENCE = re.compile(r"(?:the )?(?:outcomes?|numbers?|offences|crimes|victims|suspects|breakdown)\b.{3,160}\.", re.I)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shows?|covers?|includes?|"
                          r"relates?|contains?|provides?|holds?|gives?)\b", re.I)


def _lead_period(before: Placed | None, ctx: Context) -> Period | None:
    """The one period the line leading into a table states ("The outcomes of the offences
    recorded in 2022 are:"): the period of its figures whose labels name none."""
    if before is None or isinstance(before.block, RawTable) \
            or not (before.role in ("response", "unknown") or (before.role == "request" and answer_in_request(before))):
        return None
    if (alone := read_label(_COUNT_IN_BRACKETS.sub("", before.block.text))).axis == "period":
        return alone.period  # "2022-23" (or "2023 (640 offences)") over the lines of that year
    text = before.block.text
    if not (_LEADS_IN.search(text) or _CAPTION_LIKE.fullmatch(text.strip())):
        # "Outcomes of the offences recorded between 1 January 2019 and 30 September 2023, as at …. Outcome types
        # with no offences are not listed.": a paragraph opened by a caption, a title with no verb of its own
        said = prose.sentences(text)
        if not (said and _TITLE_SENTENCE.fullmatch(said[0].strip()) and not _FINITE_VERB.search(said[0])
                and not any(prose.periods_in(other) for other in said[1:])):
            return None
        text = said[0]
    # "… recorded in 2022, as at 14 February 2023, are:" is 2022; "As at 31 March 2024, the number … was:" that day;
    # of a paragraph, the sentence that leads in ("… Figures for 2021 and 2022 are not held. For 2023 they were:")
    if text.rstrip().endswith(":") and (said := prose.sentences(text)):
        text = said[-1]
    # but the outcomes "as at" a day are of offences recorded before it: the day is not their period
    mentions = prose.periods_in(text)
    if len(mentions) == 2 and all(len(m.periods) == 1 for m in mentions) and _RANGE_JOIN.fullmatch(text[mentions[0].span[1]:mentions[1].span[0]]) \
            and (first := mentions[0].periods[0]).kind == (last := mentions[1].periods[0]).kind and first.end < last.start:
        return Period(first.start, last.end)  # "Victims of sexual communication with a child, 2020/21 to 2023/24": all of them together
    periods = flatten(mentions) or ([] if _OUTCOMES.search(text) else flatten(prose.periods_with_as_at(text)))
    if not periods and (year := _TITLE_YEAR.search(text)) and _CAPTION_LIKE.fullmatch(text.strip()):
        periods = [Period.calendar_year(int(year.group(1)))]  # "Sexual communication with a child - platform recorded, 2024"
    if not periods and (span := requested_span(ctx)) and prose.whole_period_asked(text, years_in(span)):
        return span  # "We have therefore provided the outcomes for the three years combined:"
    return periods[0] if len(periods) == 1 else None


_OUTCOMES = re.compile(r"\boutcomes?\b|\bdisposals?\b", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:to|until|[-–—])\s*", re.I)
# "(all years combined)", "for the three years combined", "across all of the years"
_YEARS_COMBINED = re.compile(r"\b(?:years|periods)\s+combined\b|\bacross all (?:of )?(?:the )?(?:years|periods)\b", re.I)
_AT_QUESTION = re.compile(r"\b(?:at|in|for|to) question (\d{1,2})\b", re.I)


def _combined_span(p: Placed, answers: dict[str | None, list[Figure]]) -> Period | None:
    """The span of the periods an earlier question's figures were given for, where a line
    leading into a list says its figures are of them all together ("The outcomes below relate
    to the 358 crimes identified at question 1 (all years combined)")."""
    if not isinstance(p.block, Line) or not _YEARS_COMBINED.search(p.block.text) \
            or len(named := set(_AT_QUESTION.findall(p.block.text))) != 1:
        return None
    periods = [f.period for f in answers.get(named.pop(), []) if f.period is not None]
    return span_of(periods) if periods else None
# a title's year, set off at its end ("… platform recorded, 2024"); not the end of a span ("… 2019 - 2024")
_TITLE_YEAR = re.compile(r"(?:^|[^\d\s])\s*[,–—-]\s*((?:19|20)\d\d)\s*$")
_COUNT_IN_BRACKETS = re.compile(r"\s*\(\s*(\d{1,3}(?:,\d{3})+|\d+)\s+(?:offences|crimes|victims|incidents|reports)\s*\)\s*$", re.I)


def _heading_whole(p: Placed, period: Period, ctx: Context) -> list[Figure]:
    """The whole a period heading says again ("2023 (640 offences)" over that year's platforms):
    the figure given before, read once; where none was, it waits in review, for what its
    question asks of the lines under it (a platform, the online flag) is not said of it."""
    if not (m := _COUNT_IN_BRACKETS.search(p.block.text)):
        return []
    whole = Figure(int(m.group(1).replace(",", "")), "reported", p.block.where, p.block.text, "", "offences",
                   period=period, is_total=True, restates=True,
                   doubts=["a heading gives this whole again, and no figure before it gives it"])
    return [settle(whole, ctx, p.key, broken_down=frozenset({"online_flag", "outcome", "platform"}))]


def _account(result: Interpretation, placed: list[Placed], figures: list[Figure], ctx: Context,
             truncated: bool) -> None:
    """Give every numeric token of the document its fate; one nothing explains goes to
    review with its line, so no number is lost without a word."""
    groups = ctx.groups
    used = [account.Used(f.where, f.value, f.fate or account.REVIEW, account.REPEAT if f.fate == account.NOT_A_FIGURE else "")
            for f in [*figures, *(f for g in groups for f in g.figures)] if f.status in ("reported", "suppressed")]
    blocks = list(account.cells_and_lines((p.block, "response" if answer_in_request(p) else p.role) for p in placed))
    result.numbers, unplaced = account.account(blocks, used, [account.Held(g.where, g.cells) for g in groups if not g.figures],
                                               cut=truncated)
    # a count a cost estimate says again ("each of the 681 online-flagged crimes"): the sum of a series given
    texts = {item.where: item.text for item, role, _ in blocks if role in ("response", "unknown")}
    unread = {i: n for i, n in enumerate(result.numbers) if n.fate == account.REVIEW or n.kind == "records in a cost estimate"}
    # writers of replies' labels count it as the span's figure or as no figure at all: a person confirms it
    for i, fig in restated_span_totals(unread, texts, result.observations).items():
        result.contexts.setdefault(fig.where, fig.context)
        unplaced = [(n, t) for n, t in unplaced if n is not result.numbers[i]]
        result.numbers[i] = replace(result.numbers[i], fate=account.REVIEW, kind="")
        result.review.append(ReviewItem(fig.where, fig.context, (
            f"{result.numbers[i].text} in the cost estimate is the sum of the reply's figures for {fig.period.label}: "
            "the whole span's count said again, if a person confirms it"), _guess(fig, ctx)))
    for number, text in unplaced:
        result.contexts.setdefault(number.where, text)
        result.review.append(ReviewItem(
            number.where, text,
            f"the number {number.text} is not read as a figure, and nothing says what else it is "
            "(a date, a reference, a section…); if it is a figure, add it", None))


def _unread_numbers(placed: list[Placed], answers: dict[str | None, list[Figure]], words: bool = True) -> set[str | None]:
    """The questions whose answer states a number nothing classes (not a year, a date, a
    section…) or, with ``words``, one in words ("Nineteen of these crimes …", "fewer than
    five"), beside the figures read from it: a figure the readers could not place, sent to
    review with its line."""
    out: set[str | None] = set()  # None: an answer tied to no question
    # a figure read anywhere in the reply, said again ("the 4 cases above"), is no figure unread
    everywhere = {f.value for found in answers.values() for f in found}
    for p in placed:
        # an e-mail's answer above its thread, or in a later message of it, is "unknown"
        if not isinstance(p.block, Line) or not (p.role in ("response", "unknown") or (p.role == "request" and answer_in_request(p))):
            continue
        text, read = p.block.text, everywhere
        if prose.CORRECTING.search(text):  # "the correct figure for 2023 is 253, not 247": another answer's, put right
            text = _PUT_RIGHT.sub(" ", text)
        stated = [account.value_of(m.group()) for m in account.tokens(text) if account.kind_of(text, m.start(), m.end()) is None]
        stated += [word_number(m.group()) for m in _IN_WORDS.finditer(text)] if words else []
        if any(value is None or value not in read for value in stated):
            out.add(p.key)
    return out


# a count in words, as house style writes small ones ("one" too often means no count to say), and none said
# of what was counted ("no crimes were recorded under Home Office code 73 … in 2021, 2022, 2023 or 2024")
_IN_WORDS = re.compile(rf"\b(?!one\b){WORD_NUMBER}\b|\bnone\b|\bnil\b|\bno (?:[a-z]+ )?(?:crimes|offences|incidents|cases|reports)"
                       r" (?:were|was|have been|had been|has been) (?:recorded|reported|identified)\b", re.I)


# "Please see the Total row of the table provided in answer to Question 2": an answer given under another question
_SEE_ANOTHER = re.compile(r"\b(?:see|refer to|shown (?:in|at)|provided (?:in|at|under)|given (?:in|at|under)|included (?:in|at|under)|"
                          r"set out (?:in|at|under)|contained in)\b[^.]{0,80}?\b(?:question|q|part|answer to)\s*\.?\s*(\d{1,2}[a-h]?)\b", re.I)


def _pointing_elsewhere(placed: list[Placed]) -> set[str | None]:
    """The questions whose answer points to another's ("Please see the Total row of the table
    provided in answer to Question 2"): answered there, not unanswered."""
    return {p.key for p in placed if p.role == "response" and p.key is not None and isinstance(p.block, Line)
            and (m := _SEE_ANOTHER.search(p.block.text)) and m.group(1).lower() != p.key}


def _unanswered(ctx: Context, keyed_figures: dict[str | None, int], refused: set[str | None],
                unread: set[str | None]) -> list[Figure]:
    """A question that asks for a count and got neither a figure nor a refusal, in a reply
    that answered another, is ``no_response`` (a question after the last one answered in a
    text cut short is not: its answer may be in what is missing; nor one whose answer states
    a number foistats could not read: that number is for a person)."""
    keys = list(ctx.questions)
    given = {k for k, n in keyed_figures.items() if n > 0} | refused
    given |= {f"u{g}" for g in given if g and f"u{g}" in ctx.questions}  # "Question 3" answering the third unnumbered point
    # figures the reply ties to no question may answer any, and so may numbers it could not read there
    loose = keyed_figures.get(None, 0) > 0 or None in unread
    stem = lambda k: (k or "").rstrip("abcdefgh")  # noqa: E731 - answers 1a and 1b answer question 1
    answered = [k for k in keys if any(g is not None and (g == k or stem(g) == k) for g in given)]
    if not answered:
        return []
    out = []
    # past the last question answered only where the text is whole and every answer is keyed to a
    # question asked (not "Question 3" answering an unnumbered third point)
    whole = not ctx.truncated and all(g is None or g in keys or stem(g) in keys for g in given)
    explicit = list(dict.fromkeys(p for q in ctx.questions.values() for p in q.periods))
    for key in keys if whole else keys[:keys.index(answered[-1])]:
        q = ctx.questions[key]
        if key in answered or not COUNT_QUESTION.search(q.text):
            continue
        if key in unread:
            out.append(Figure(None, "note", f"question {key}", q.text, "", "", doubts=[
                f"question {key}'s answer states a number foistats could not read, so it is not recorded as unanswered"]))
            continue
        if loose:
            out.append(Figure(None, "note", f"question {key}", q.text, "", "", doubts=[
                f"question {key} has no answer of its own; the figures the reply ties to no question may answer it, "
                "so it is not recorded as unanswered"]))
            continue
        # (a question naming no period asks those of the request: "for the calendar years 2022, 2023 and 2024: … 5. How
        # many of these crimes resulted in a charge in each year")
        periods, doubts = (q.periods, []) if q.periods else periods_asked(q, key, ctx, explicit)
        for period in periods:
            for n in range(q.asked):
                fig = Figure(None, "no_response", f"question {key} figure {n + 1}", q.text, "", "offences",
                             period=period, note=f"question {key} is not answered", doubts=list(doubts))
                if q.asked > 1 and len(prose.bands_named(q.text)) > 1:
                    fig.doubts.append(f"question {key} asks for figures of several age bands; which this is is not placed")
                figures = settle(fig, ctx, key, own_periods=[period] if period else None)
                out.append(figures)
    return out


_MONTHLY = re.compile(r"\b(?:each|every|per|by|a) month\b|\bmonthly\b|\bmonth by month\b", re.I)
_MONTH_NAMES = {name.lower() for name in calendar.month_name if name}
_BY_GENDER = re.compile(r"\b(?:by|into|per|and) (?:the )?(?:victims?'?s? )?(?:gender|sex)\b", re.I)


# "Figures … have been provided by quarter rather than by month", "Monthly figures have been combined into quarters":
# the months are answered, in the longer periods the reply says it chose
_MONTHS_COMBINED = re.compile(r"\b(?:by|in|into) (?:quarters?|years?)\b[^.]{0,20}\b(?:rather than|instead of)\b[^.]{0,20}\bmonths?\b|"
                              r"\bmonthly (?:figures|data|counts)\b[^.]{0,40}\b(?:combined|aggregated|grouped|merged)\b", re.I)


def _answered_otherwise(ctx: Context, answers: dict[str | None, list[Figure]], unread: set[str | None],
                        months_combined: bool = False) -> list[Figure]:
    """What a question asked that its answer, though it gives figures, does not: figures
    for each month answered only by longer periods (unless the reply says it combined the
    months, ``months_combined``), or a breakdown by gender answered without one. Each is
    ``no_response`` for the period asked — unless a figure of the answer has no period or one
    a month long (it may be the monthly answer misread), or the answer states numbers
    foistats could not read ("For 2023/24 the number is fewer than five"), which may be what
    is missing."""
    out = []
    for key, q in ctx.questions.items():
        given = answers.get(key, [])
        if not given or key in unread:
            continue  # a question with no answer at all is for _unanswered
        missing = []
        if _MONTHLY.search(q.text) and not months_combined and all(f.period is not None and (f.period.end - f.period.start).days > 31 for f in given):
            missing.append("figures for each month")
        if _BY_GENDER.search(q.text) and not any("victim_gender" in f.dims for f in given):
            missing.append("a breakdown by gender")
        periods = q.periods or ctx.requested
        for period in _periods_left_out(ctx, key, answers):
            out.append(settle(Figure(None, "no_response", f"question {key} {period.label}", q.text, "", "offences",
                                      period=period, note=f"question {key} is not answered for {period.label}"),
                               ctx, key, own_periods=[period]))
        for what in missing:
            for period in (periods if len(periods) == 1 else [None]):
                fig = Figure(None, "no_response", f"question {key} {what}", q.text, "", "offences", period=period,
                             note=f"question {key} asks for {what}; the answer gives none")
                if period is None:
                    fig.doubts.append("the request does not say one period for what is not answered")
                out.append(settle(fig, ctx, key, own_periods=[period] if period else None))
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
    # a total over the span is a sum of the years asked, not a period asked of its own
    every = [p for p in every if not any(o != p and p.start <= o.start and o.end <= p.end for o in every)]
    return [p for p in every if p not in answered[key]] if len(every) > 1 else []


def _by_key(placed: list[Placed]) -> Iterator[tuple[str | None, list[Placed]]]:
    groups: dict[str | None, list[Placed]] = {}
    for p in placed:
        # an answer among the questions ("4. How many …?" then "BTP can neither confirm nor deny …") is its question's
        groups.setdefault(p.key if p.role != "request" or answer_in_request(p) else "__request__", []).append(p)
    yield from ((k, v) for k, v in groups.items() if k != "__request__")


_SECTION_40 = re.compile(r"\b(?:section|s\.?)\s?40\s?\(2\)", re.I)
_OTHER_INFORMATION = re.compile(r"\W*(?:please (?:provide|supply|send|disclose) )?(?:any|all) (?:other |further )?"
                                r"(?:information|intelligence|records|data|material)\b", re.I)
_WITHHOLDS = re.compile(r"\bwithh[oe]ld|\bwithholding\b|\b(?:is|are) exempt from disclosure\b|\bhas been refused\b", re.I)


def _refusal_figures(placed: list[Placed], ctx: Context, answers: dict[str | None, list[Figure]]) -> list[Figure]:
    """The figures each refusal covers: a refusal under a question covers that question
    (when it gave no figure) or the periods it names that the question's figures leave
    out; one in the general response covers the whole request."""
    keyed_figures = {k: len(v) for k, v in answers.items()}
    out: list[Figure] = []
    any_figures = sum(keyed_figures.values()) > 0
    unread = _unread_numbers(placed, answers)
    unread_digits = _unread_numbers(placed, answers, words=False)  # "two duties" is no figure a refusal leaves out
    refused_under = {key for key, blocks in _by_key(placed) if key is not None and refusals_in(blocks)}
    small_numbers_withheld = any(isinstance(p.block, Line) and p.role != "request" and _SECTION_40.search(p.block.text)
                                 and any(suppression_rule(sentence) for sentence in prose.sentences(p.block.text)) for p in placed)
    for key, blocks in _by_key(placed):
        refusals = refusals_in(blocks)
        if key in ctx.questions and _OTHER_INFORMATION.match(ctx.questions[key].text):
            # "5. Any other information you hold about …": no count is asked, so its refusal refuses no figure
            out.extend(_note(refusal, f"question {key} asks for any other information held, not a count; no figure is affected")
                       for refusal in refusals)
            continue
        # a neither-confirm-nor-deny under a question, or naming one, refuses what that question
        # asked; one for "any other information" affects no figure
        aimed = [r for r in refusals if r.kind == "ncnd" and (key is not None or r.questions)]
        for refusal in (r for r in refusals if r.kind == "ncnd" and r not in aimed):
            sections = f" (s.{', s.'.join(refusal.sections)})" if refusal.sections else ""
            out.append(_note(refusal, f"the force neither confirms nor denies holding other information{sections}; no figure is affected"))
        if key is None and aimed:
            # (not one whose own answer refuses it too: "In respect of question 3, … neither confirm nor deny" over
            # question 3's answer saying so again is one refusal)
            named = [q for q in dict.fromkeys(q for r in aimed for q in r.questions)
                     if q in ctx.questions and keyed_figures.get(q, 0) == 0 and q not in refused_under]
            sections = prose.most_specific([s for r in aimed for s in r.sections])
            out.extend(refused_figures("exempt", sections, aimed[0].where, aimed[0].text, ctx, named))
            aimed = []
        refusing = [replace(r, kind="exempt") for r in aimed] + [r for r in refusals if r.kind != "ncnd"]
        if small_numbers_withheld and any(r.kind == "not_held" for r in refusing):
            # "… this information is not held", then "Section 40(2) – Personal information …" where the reply's
            # rule for small numbers cites it: that section explains the hidden cells, and refuses nothing here
            refusing = [r for r in refusing if not (r.kind == "exempt" and r.sections and all(x.startswith("40") for x in r.sections))]
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
        # "… does not hold this information for any of the years requested", where the one period the reply
        # states is the span its tables split into years: each of those years
        split_years = (_years_within(ctx.periods[0], ctx) or None) if len(ctx.periods) == 1 and any(
            _ANY_OF_THE_YEARS.search(r.text) for r in refusing if r.kind == kind) else None
        whole = key is None or len(ctx.questions) == 1  # the refusal of a one-question request refuses it all
        if ctx.asked.measures and whole and not any_figures and (ctx.asked.periods or not ctx.questions):
            out.extend(_refused_as_asked(kind, sections, first, ctx))
            continue
        if key is not None:
            if keyed_figures.get(key, 0) == 0:
                # "so the information for 2021-22 is not held": of the years asked, the one it names
                q = ctx.questions.get(key)
                # (of the years the request's lead asks, where the question names none: "Figures for 2021/22 are not held")
                named = [p for p in flatten(prose.periods_in(first.text)) if q and p in (q.periods or ctx.requested)] \
                    if kind == "not_held" else []
                # "does not hold a count of individuals … the table below therefore shows the offences":
                # an answer that goes on to give figures it could not read may hold back only part
                # (not of a cost refusal, whose own estimate states numbers, the records to read, that are no figure left out)
                doubt = (f"the answer goes on to give figures foistats could not read, so what is "
                         f"{'not held' if kind == 'not_held' else 'refused'} may be only part of what was asked") \
                    if key in {"not_held": unread, "exempt": unread_digits}.get(kind, set()) else None
                said = [p for p in flatten(prose.periods_in(first.text)) if q and q.periods and p not in q.periods]
                if said and not named and not doubt:
                    # "Section 12(1) – parts (c) and (d) for 2021/22 and 2022/23" under questions asking calendar years
                    doubt = (f"the refusal names {', '.join(p.label for p in said)}, not the periods question {key} "
                             "asks; which it refuses is not said")
                # (not a cost refusal: "does not hold a searchable field …; to read each of the 3,472 crimes …" is
                # the cost of finding what is held)
                held_first = next((r for r in refusing if r.kind == "not_held"), None) if kind == "exempt" else None
                if not doubt and held_first is not None and refusing.index(held_first) < refusing.index(first) \
                        and held_first.where != first.where:
                    # "… does not hold this information." then, further on, "Section 40(2) – Personal information …
                    # these figures have therefore been withheld": which of them answers the question is not said
                    doubt = (f"the answer to question {key} says the information is not held, and goes on to cite "
                             f"s.{', s.'.join(sections) or first.kind}; which of them answers it is not said")
                if not doubt and any(b.role == "request" and b.block.where == first.where for b in blocks):
                    # a refusal found among the lines read as the questions: what it covers rests on that reading
                    doubt = (f"the refusal stands among the lines read as question {key}; that it answers question {key} "
                             "is foistats' reading")
                out.extend(refused_figures(kind, sections, first.where, first.text, ctx, [key], doubt, named=named or split_years))
            else:
                given = {f.period for f in answers[key]}
                # ("Section 12(1) – Cost of compliance" heads the refusal; "… refused under section 12(1) for 2019-20,
                # 2020-21 and 2021-22" ends it): the periods any of its sentences names
                named = list(dict.fromkeys(p for r in refusing if r.kind == kind
                                           for p in flatten(prose.periods_in(r.text)) if p not in given))
                # "… not held for April 2021 – March 2023": the years asked that span holds, each its own
                asked_periods = (q.periods or ctx.requested) if (q := ctx.questions.get(key)) else ctx.requested
                named = list(dict.fromkeys(part for p in named for part in (
                    [a for a in asked_periods if p.start <= a.start and a.end <= p.end] or [p])))
                if not any(prose.periods_in(r.text) for r in refusing if r.kind == kind):
                    # "For 2020/21, 2021/22 and 2022/23 the information is not held in a retrievable form. … This part
                    # of your request is therefore refused under Section 12(1)": the years asked its paragraph names
                    # before the refusing sentence, where that sentence names none
                    paragraphs = {b.block.where: b.block.text for b in blocks if isinstance(b.block, Line)}
                    # (and the paragraph of the estimate just before it, where the refusing one cites the section alone:
                    # "For 2021/22, 2022/23 and 2023/24 the platform was not recorded … in excess of 40 hours." then
                    # "Section 12(1) … does not oblige …")
                    order = list(paragraphs)
                    estimate = {where: paragraphs[order[n - 1]] for n, where in enumerate(order)
                                if n and account.COST_ESTIMATE.search(paragraphs[order[n - 1]]) and kind == "cost"}
                    # (a sentence citing its section: not "… would exceed the appropriate limit; … the information is
                    # treated as not held", which says two things)
                    before = [estimate.get(r.where, "") + " " + paragraph[:max(paragraph.find(r.text), 0)]
                              for r in refusing if r.kind == kind and r.sections for paragraph in [paragraphs.get(r.where, "")]]
                    named = list(dict.fromkeys(p for text in before for p in flatten(prose.periods_in(text))
                                               if p in asked_periods and p not in given))
                # "For 088A, … withheld under Section 40(2)" beside the other code's figures: that code's
                withheld = set(first.codes) - {f.dims.get("offence_code") for f in answers[key]}
                if named:
                    out.extend(refused_figures(kind, sections, first.where, first.text, ctx, [key], named=named))
                elif len(withheld) == 1:
                    out.extend(refused_figures(kind, sections, first.where, first.text, ctx, [key], code=withheld.pop()))
            continue
        if kind == "cost" and any_figures and any(prose.refuses_breakdown(r.text) for r in refusing if r.kind == "cost"):
            out.append(_note(first, f"the reply refuses a breakdown ({refusal_note(kind, sections)}); "
                                    "the figures it gives stand and no figure is refused"))
            continue
        if ctx.questions:
            asked: list[str | None] = list(ctx.questions)
        else:
            named = list(dict.fromkeys(q for r in refusing for q in r.questions))
            for q in named:
                ctx.questions.setdefault(q, Question(q, f"question {q}", [], False, None, [], None, "", "offences", 1))
            asked = [None, *named]
        if (parts := [k for r in refusing if r.kind == kind for k in r.parts if k in ctx.questions]):
            # "Part d) is refused under section 12(1)": the parts it names, where their own answers say nothing of it
            out.extend(refused_figures(kind, sections, first.where, first.text, ctx,
                                       [k for k in dict.fromkeys(parts) if k not in refused_under and keyed_figures.get(k, 0) == 0],
                                       named=split_years))
            continue
        if (aimed_at := [k for r in refusing if r.kind == kind for k in sentence_questions(r.text)
                         if k in ctx.questions and keyed_figures.get(k, 0) == 0 and k not in refused_under]):
            # "4. Question 4: The MPS does not record whether … and this information is therefore not held", among a
            # workbook's notes: the question its own sentence names
            out.extend(refused_figures(kind, sections, first.where, first.text, ctx, list(dict.fromkeys(aimed_at)), named=split_years))
            continue
        if key is None and kind == "cost" and not any(r.questions for r in refusing) and any(
                r.kind == "cost" for k, under in _by_key(placed) if k is not None and keyed_figures.get(k, 0) == 0
                for r in refusals_in(under)):
            # "Part of it is not being provided because the cost … would exceed the appropriate limit", over a
            # question whose own answer refuses it under s.12: the same refusal, said in brief first
            continue
        # (not a question its own answer refuses: "In respect of question 5, … can neither confirm nor deny")
        unanswered = [k for k in asked if k is None or (keyed_figures.get(k, 0) == 0 and k not in refused_under)]
        doubt = "the reply gives some figures, so this refusal may not cover every question" if any_figures else None
        out.extend(refused_figures(kind, sections, first.where, first.text, ctx, unanswered, doubt, named=split_years))
    return out


_ANY_OF_THE_YEARS = re.compile(r"\b(?:any|each|all|every one) of the (?:financial |calendar )?years\b", re.I)


def _years_within(span: Period, ctx: Context) -> list[Period]:
    """The periods the reply's tables head their rows or columns with that split ``span`` end to end, in
    order; none where they leave a gap or overlap."""
    inside = sorted(p for p in ctx.periods_of_tables if span.start <= p.start and p.end <= span.end and p != span)
    joined = len(inside) > 1 and inside[0].start == span.start and inside[-1].end == span.end \
        and all((b.start - a.end).days == 1 for a, b in zip(inside, inside[1:]))
    return inside if joined else []


def _refused_as_asked(kind: str, sections: list[str], refusal: Refusal, ctx: Context) -> list[Figure]:
    """A refusal of the whole request: one refused figure for every measure and period the
    campaign asked (or the one measure a person named)."""
    if kind == "cost" and not any(s.startswith("12") for s in sections):
        sections = ["12"] + sections
    chosen = (ctx.asked.measure,) if ctx.asked.measure else ctx.asked.measures
    figures = []
    for period in ctx.asked.periods or (None,):
        for measure in chosen:
            fig = Figure(None, STATUS[kind], f"{refusal.where}; {measure}", refusal.text, measure, "offences",
                         period=period, note=refusal_note(kind, sections), refused=True)
            if period is None:
                fig.doubts.append("the campaign asks no period and the refusal names none")
            figures.append(settle(fig, ctx, None))
    return figures


def _note(refusal: Refusal, reason: str) -> Figure:
    return Figure(None, "note", refusal.where, refusal.text, "", "", doubts=[reason])


def _finish(figures: list[Figure], ctx: Context) -> Interpretation:
    observations: list[Observation] = []
    review: list[ReviewItem] = []
    contexts: dict[str, str] = {}
    seen_ids: set[str] = set()
    stated: dict[tuple, list[tuple[Observation, str]]] = {}
    stated_totals: dict[tuple, list[tuple[Observation, str]]] = {}  # what a total may say again, whatever its measure
    said_totals: dict[tuple, list[tuple[Observation, str]]] = {}  # the totals, which a count may say again
    _doubt_out_of_range(figures)
    _doubt_conflicts(figures, ctx)
    _doubt_refused_parts(figures, ctx)
    _doubt_parts_of_doubted(figures)
    for fig in figures:
        contexts.setdefault(fig.where, fig.context)
        if fig.status == "note":
            review.append(ReviewItem(fig.where, fig.context, "; ".join(fig.doubts), None))
            continue
        if fig.restates and (earlier := _stated_before(fig, observations)) is not None:
            fig.measure, fig.fate = earlier.measure, account.NOT_A_FIGURE  # its part counts what it counts
            continue
        if fig.within is not None:
            fig.measure = fig.within.measure
        guess = _guess(fig, ctx)
        obs = None
        if not fig.doubts:
            try:
                obs = _observation(fig, ctx)
            except FoistatsError as exc:
                fig.doubts.append(str(exc))
        # a figure the reply states again elsewhere ("of the 214 offences recorded in 2019, …")
        # is the same observation, read once: a total printed again (a second table's) is no
        # other fact; any other repeat goes to review so its number is still accounted for
        again = obs and obs.value is not None and next((f"the reply gives this figure already ({where}); it is read once" for o, where in
                              stated.get((obs.measure, obs.period, str(obs.breakdown), obs.unit), [])
                              if (o.value, o.status, o.lower, o.upper) == (obs.value, obs.status, obs.lower, obs.upper)), None)
        # a total said again under another heading ("Total – 175" under the outcomes of the 175
        # offences a table gave) is the same count, whatever the list's measure is called
        again = again or (obs and fig.is_total and obs.value is not None and next((
            f"the reply gives this total already ({where}); it is read once" for o, where in
            stated_totals.get((obs.period, str(obs.breakdown), obs.unit), []) if (o.value, o.status) == (obs.value, obs.status)), None))
        # and a count said again after a table's total gave it ("Total 512" over the ages, then
        # "… recorded 512 offences in 2021") is that total again: it waits for a person, not counted twice
        again = again or (obs and not fig.is_total and obs.value is not None and next((
            f"the reply gives this figure already as a total ({where}); it is read once" for o, where in
            said_totals.get((obs.period, str(obs.breakdown), obs.unit), []) if (o.value, o.status) == (obs.value, obs.status)), None))
        # and "the outcomes recorded for the 104 suspects aged under 18 in 2023", after the 104 was given: the count
        # named again as what the sentence is about, whatever its measure is called
        named_again = obs is not None and obs.value is not None and _named_with_the(fig) and any(
            (o.value, o.status, o.period, o.breakdown) == (obs.value, obs.status, obs.period, obs.breakdown) for o in observations)
        if (again and fig.is_total) or named_again:
            fig.fate = account.NOT_A_FIGURE
        elif obs is not None and obs.id not in seen_ids and not again:
            seen_ids.add(obs.id)
            observations.append(obs)
            stated.setdefault((obs.measure, obs.period, str(obs.breakdown), obs.unit), []).append((obs, fig.where))
            stated_totals.setdefault((obs.period, str(obs.breakdown), obs.unit), []).append((obs, fig.where))
            if fig.is_total:
                said_totals.setdefault((obs.period, str(obs.breakdown), obs.unit), []).append((obs, fig.where))
            fig.fate = account.FIGURE
        else:
            reason = "; ".join(fig.doubts) or again or "the same figure is read twice from one place"
            review.append(ReviewItem(fig.where, fig.context, reason, guess))
    for grouped in ctx.groups:
        contexts.setdefault(grouped.where, grouped.context)
        review.append(ReviewItem(grouped.where, grouped.context, grouped.reason, _group_guess(grouped, ctx)))
    return Interpretation(observations, review, contexts)


def _named_with_the(fig: Figure) -> bool:
    """Whether a figure's sentence names its count with "the" before it ("for the 104 suspects"),
    as a count already known, not one it gives."""
    if fig.value is None:
        return False
    spelt = "|".join(re.escape(form) for form in dict.fromkeys((str(fig.value), f"{fig.value:,}")))
    return bool(re.search(rf"\bthe (?:{spelt}) [a-z]", fig.context, re.I))


def _same_question(key: str | None, other: str | None) -> bool:
    """Whether two keys are one question's: the same, or its parts ("3", "3a", "3b")."""
    stem, other_stem = (k.rstrip("abcdefgh") if k else k for k in (key, other))
    return key == other or bool(stem and stem == other_stem)


def _stated_before(fig: Figure, observations: list[Observation]) -> Observation | None:
    """The figure a whole said again restates: the one earlier figure of its value, period
    and breakdown, whatever its question named it."""
    same = [o for o in observations if o.value == fig.value and o.period == fig.period
            and o.breakdown == Breakdown(fig.dims)]
    if not same:  # "the 15 crimes recorded in 2024 to be read", which the reply gave as its online-flagged 15
        same = [o for o in observations if o.value == fig.value and o.period == fig.period]
    return same[0] if len(same) == 1 else None


def _group_guess(grouped: Group, ctx: Context) -> dict:
    """A row's item: what its figures share, and each figure's own guess (``figures``); a
    whole table's: where it is and how many figures it holds."""
    if not grouped.figures:
        return {"area": ctx.area, "release": ctx.release, "location": grouped.where, "method": ctx.reader,
                "figures": grouped.count}
    each = [_guess(f, ctx) for f in grouped.figures]
    shared = {k: v for k, v in each[0].items() if all(g.get(k) == v for g in each[1:])}
    return {**{k: None for k in each[0]}, **shared, "location": grouped.where, "figures": each}


# a figure the reply itself says was wrong: "209, not 214", "becomes 167 (not 172)", "shown in error as 89"
_SUPERSEDED = re.compile(rf"\b(?:not|instead of|in error as|replacing|replaces|(?:previously|originally)(?: {prose.GIVEN} as)?|"
                         r"(?:revised|amended|corrected|changed|updated) from|"  # "has been revised from 243, as given in …"
                         rf"(?:was|were) {prose.GIVEN} (?:as|at))\s+\(?(?:({NUMBER})\b|<\s?(\d{{1,2}})\b)"
                         rf"|\b({NUMBER})\s*(?:→|->)\s*(?:{NUMBER})\b", re.I)


_UPHELD = re.compile(r"\bupheld\b|\bupholds?\b|\bremains? in place\b", re.I)


def _doubt_not_upheld(refused: list[Figure], placed: list[Placed]) -> None:
    """An internal review that upholds a refusal only for some periods ("upheld for 2022 and
    2023") lifts it for the rest: a refusal of any other period is for a person to confirm."""
    upheld = {p for q in placed if isinstance(q.block, Line) and q.role != "request"
              for s in prose.sentences(q.block.text) if _UPHELD.search(s) for m in prose.periods_in(s) for p in m.periods}
    if not upheld:
        return
    for fig in refused:
        if fig.period is not None and fig.period not in upheld:
            fig.doubts.append("a review upholds the refusal for " + ", ".join(sorted(p.label for p in upheld)) +
                              " only; whether it stands for this period is not said")


_EARLIER_REPLY = re.compile(r"\b(?:our|the|an?) (?:original|earlier|previous|first) (?:response|reply|answer|letter|disclosure)\b"
                            r"[^.]{0,40}?\b(?:we (?:said|stated|gave|reported|showed)|(?:it )?(?:said|stated|gave|showed)|was given)\b", re.I)


def _doubt_corrected(figures: list[Figure], placed: list[Placed]) -> None:
    """A reply that corrects itself ("the amended figure … is 209, not 214") leaves its first
    figure where it printed it: a figure of a value the reply says was wrong goes to review,
    for a person to take the corrected one."""
    sentences = [sentence for p in placed if isinstance(p.block, Line) and p.role != "request"
                 for sentence in prose.sentences(p.block.text) if prose.CORRECTING.search(sentence)]
    said = [(m, sentence) for sentence in sentences for m in _SUPERSEDED.finditer(sentence)]
    # each value said to be wrong, with the periods its sentence names ("the April 2022 to March 2023 figure … was
    # given as 104"): a figure of that value in another period is not the one put right
    wrong: dict[int, set[Period]] = {}
    for value, sentence in [(m.group(1) or m.group(3), sentence) for m, sentence in said] + [
            # "In our original response we said that 87 crimes … This was wrong": the earlier reply's figures, quoted
            (str(n), sentence) for p in placed if isinstance(p.block, Line) and p.role != "request"
            and prose.CORRECTING.search(p.block.text) for sentence in prose.sentences(p.block.text)
            if _EARLIER_REPLY.search(sentence) for n in prose.counts_in(sentence)]:
        if value:
            wrong.setdefault(int(value.replace(",", "")), set()).update(flatten(prose.periods_in(sentence)))
    # "5 (previously given as <5)": which cell shown as "<5" it was, only the figure's labels say
    wrong_below = {int(m.group(2)) - 1 for m, _ in said if m.group(2)}
    corrected = [fig for fig in figures if (fig.status == "reported" and fig.value in wrong
                                            and (not wrong[fig.value] or fig.period is None or fig.period in wrong[fig.value]))
                 or (fig.status == "suppressed" and fig.upper in wrong_below)]
    for fig in corrected:
        fig.doubts.append(f"the reply says {fig.value:,} was corrected to another figure" if fig.value is not None else
                          f"the reply says a figure shown as <{fig.upper + 1} was corrected; this may be it")
    doubted = {id(fig) for fig in corrected}
    for fig in figures:  # "… was shown as 16; the correct figure is 26": what the 26 is by, the sentence may not say again
        if id(fig) in doubted or " column " in fig.where:
            continue
        putting_right = [s for s in prose.sentences(fig.context) if prose.CORRECTING.search(s) and _SUPERSEDED.search(s)]
        if putting_right and (fig.value is None or any(re.search(rf"(?<![\d,]){fig.value:,}(?![\d,])", s) for s in putting_right)):
            fig.doubts.append("the sentence puts right a figure given before; what the new figure is of is for a person to confirm")
    tables = {fig.context.partition("\n")[0] for fig in corrected if fig.where.partition(" column ")[2]}
    for fig in figures:  # a table's totals add up the figure it printed, not the corrected one
        if fig.is_total and fig.value not in wrong and fig.context.partition("\n")[0] in tables:
            fig.doubts.append("the table's total adds a figure the reply says was corrected")


# "The correct figure for 2023 is 253, not 247", "amended from 120 to 123": the figure and the one it replaces
_PUT_RIGHT = re.compile(rf"\b(?P<new>{NUMBER}),?\s*\(?(?:not|instead of|replacing)\s+(?P<old>{NUMBER})\b|"
                        rf"\bfrom\s+(?P<was>{NUMBER})\s+to\s+(?P<now>{NUMBER})\b", re.I)


def _put_right(figures: list[Figure], placed: list[Placed]) -> list[Figure]:
    """``figures`` with those a reply puts right in a sentence of their own read in the place of
    the ones they replace: where the replaced figure is the only one the reply printed with that
    value, in a period the sentence names (or it names none), the new figure takes its measure,
    period and breakdown. The sentence's own reading of the new figure (which cannot say what it
    is of) gives way to it."""
    found: list[Figure] = []
    for p in placed:
        if not isinstance(p.block, Line) or p.role == "request":
            continue
        for sentence in prose.sentences(p.block.text):
            if not prose.CORRECTING.search(sentence):
                continue
            periods = {period for m in prose.periods_in(sentence) for period in m.periods}
            for m in _PUT_RIGHT.finditer(sentence):
                old, new = (int(n.replace(",", "")) for n in ((m["old"], m["new"]) if m["old"] else (m["was"], m["now"])))
                replaced = [f for f in figures if f.status == "reported" and f.value == old and f.where != p.block.where]
                if len(replaced) != 1 or (periods and replaced[0].period not in periods):
                    continue
                figures = [f for f in figures if not (f.where == p.block.where and f.value == new)]
                found.append(replace(replaced[0], value=new, where=p.block.where, context=sentence,
                                     note=f"put right from {old:,}", doubts=[d for d in replaced[0].doubts if "corrected" not in d]))
    return figures + found


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


def _doubt_refused_parts(figures: list[Figure], ctx: Context) -> None:
    """A figure refused (not held, exempt) under a question asking a count broken down by age
    or gender, that the reply gives for that question or for the one it refers back to ("3. The
    same figures broken down by age": "Victim age bands are not held for 2022", the 2022 count
    given under question 1): what is refused is some part of it the reader has not placed."""
    counted = {(f.question, f.period, tuple(sorted(f.dims.items()))): f for f in figures
               if f.status in ("reported", "suppressed") and not f.doubts and f.period is not None}
    for fig in figures:
        asked = ctx.questions.get(fig.question or "")
        if fig.status not in ("not_held", "exempt") or fig.doubts or asked is None or not prose.split_by_person(asked.text):
            continue  # (not "which apps were used" for those offences, refused: a list of them, no part of the count)
        chain = [fig.question]  # (the question it refers back to may refer back in turn: "2. The same figures by …")
        while (referred := referred_to(ctx.questions.get(chain[-1] or ""), ctx)) is not None and referred.key not in chain:
            chain.append(referred.key)
        for question in chain:
            if (given_too := counted.get((question, fig.period, tuple(sorted(fig.dims.items()))))) is not None:
                shown = f"{given_too.value:,}" if given_too.value is not None else "a suppressed figure"
                fig.doubts.append(f"the reply gives this figure ({shown}), so what it says is {fig.status.replace('_', ' ')} "
                                  "is some part of it, which foistats does not place")
                break


def _doubt_parts_of_doubted(figures: list[Figure]) -> None:
    """A part of a whole that waits for a person waits with it ("2023: 131 (female 109, male 22)", the 131 given
    twice with different values): what the whole is, the part is of."""
    present = {id(fig) for fig in figures}
    for fig in figures:
        if fig.within is not None and fig.within.doubts and not fig.doubts and id(fig.within) in present:
            whole = f"{fig.within.value:,}" if fig.within.value is not None else "a figure"
            fig.doubts.append(f"it is a part of {whole}, which waits for a person: {fig.within.doubts[0]}")


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
