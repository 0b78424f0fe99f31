"""Step 4 of :mod:`foistats.ingest.interpret`: refusals — s.12 cost, exemptions with their
sections, "not held" — and the figures they cover."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..offences import offences
from ..periods import Period
from . import prose
from .figures import Figure
from .raw import Line
from .setting import Context, Question, asks_about_now, one_count_over_codes, question_for, referred_to, settle
from .structure import COUNT_QUESTION, Placed, answer_in_request
from .values import suppression_rule

# --- refusals ------------------------------------------------------------------------------------


@dataclass
class Refusal:
    kind: str  # cost | exempt | not_held | partial | ncnd
    sections: list[str]
    where: str
    text: str
    questions: list[str]  # question numbers the sentence names ("On Question 4, …")
    codes: list[str]  # offence codes its paragraph names ("For 088A, … This information is therefore withheld …")
    parts: list[str] = field(default_factory=list)  # the parts the sentence itself says it refuses ("Part d) is refused …")


# "Where a figure is between 1 and 4 it has been suppressed": small numbers hidden, no marker named
_SMALL_NUMBERS_HIDDEN = re.compile(r"\b(?:between (?:1|one) and (?:\d|four|nine)|fewer than \w+|less than \w+|low numbers|small numbers)\b"
                                   r"[^.]*\b(?:suppressed|withheld|replaced|redacted|not (?:shown|disclosed|released))\b", re.I)


def refusals(blocks: list[Placed]) -> list[Refusal]:
    """The refusals a run of lines makes; a section cited on a line of its own belongs to the
    refusal just before it."""
    found: list[Refusal] = []
    after_rule = False
    for p in blocks:
        if not isinstance(p.block, Line) or p.role in ("heading", "aside") or (p.role == "request" and not answer_in_request(p)):
            continue
        ruled = False  # a paragraph keying small numbers explains them to its end ("… exempt under Section 40(2)")
        for sentence in prose.sentences(p.block.text):
            kind = prose.refusal_kind(sentence)
            sections = prose.sections_in(sentence) if not (prose.requester_voice(sentence) or prose.disclaims_section(sentence)) else []
            # the questions the refusing sentence names, else those of its paragraph ("On Question 4, … We can
            # neither confirm nor deny …"), not one the paragraph says is answered ("information is held in respect
            # of questions 1 to 3 … In respect of question 4 … can neither confirm nor deny")
            named = _QUESTION_NAMED.findall(sentence) or _QUESTION_NAMED.findall(p.block.text)
            # a small-numbers rule ("fewer than five are shown as <5", "… withheld under
            # s.40(2)") and a section cited just after it give the rule's legal basis: the
            # figures it covers are suppressed, not refused
            rule = suppression_rule(sentence)
            stated_rule, after_rule = after_rule, rule is not None and rule.means == "suppressed"
            # (and a key saying what a cell's mark means, "N/H - Not held. … so the number … in 2019/20 is not held.",
            # explains the cells so marked, which are the not-held figures)
            ruled = ruled or after_rule or bool(_SMALL_NUMBERS_HIDDEN.search(sentence)) \
                or (rule is not None and rule.means == "not_held")
            if ruled or (stated_rule and kind is None):
                continue
            if kind is None and sections and found:
                found[-1].sections.extend(s for s in sections if s not in found[-1].sections)
                continue
            if kind is None and sections:
                kind = "cost" if any(s.startswith("12") for s in sections) else "exempt"
            if kind is not None:
                found.append(Refusal(kind, sections, p.block.where, sentence, named, prose.codes_in(p.block.text),
                                     _parts_refused(sentence)))
    return found


_QUESTION_NAMED = re.compile(r"\bquestions? (\d{1,2})\b", re.I)
# a sentence led by the one question it answers: "Question 4: The MPS does not record …", "4. Question 4 - …"
_LED_BY_QUESTION = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:question|q)\s*(\d{1,2})\s*[:.–—-]\s", re.I)


def sentence_questions(sentence: str) -> list[str]:
    """The one question a refusing sentence says it answers, by starting with it; none else."""
    return [m.group(1)] if (m := _LED_BY_QUESTION.match(sentence)) else []

# "Part d) is refused under section 12(1)", "questions 4 and 5 are withheld": the parts a sentence refuses
_PARTS = r"\b(?:parts?|questions?|points?)\s+\(?\b([a-h]|\d{1,2})\b\)?((?:\s*(?:,|and|&)\s*\(?\b(?:[a-h]|\d{1,2})\b\)?)*)"
_PART_REFUSED = re.compile(rf"{_PARTS}\s+(?:is|are|has been|have been)\s+(?:therefore\s+)?(?:refused|withheld|exempt|not held)\b"
                           rf"|\brefus\w*\b[^.]{{0,60}}?\b(?:for|of|to)\s+{_PARTS}"
                           # "In relation to question (d), Suffolk Constabulary does not hold this information": what it
                           # names first, of a sentence that refuses
                           rf"|^\W*(?:in relation to|in respect of|with regard to|regarding|as (?:for|regards)|turning to)\s+{_PARTS}\s*,", re.I)


def _parts_refused(sentence: str) -> list[str]:
    """The parts a sentence names as refused; none where it names none, or names one refused
    and another answered in a way this does not tell apart."""
    found = []
    for m in _PART_REFUSED.finditer(sentence):
        first, rest = next((m.group(n), m.group(n + 1)) for n in (1, 3, 5) if m.group(n))
        found += [first.lower(), *re.findall(r"\b([a-h]|\d{1,2})\b", rest.lower())]
    return list(dict.fromkeys(found))


STATUS = {"cost": "exempt", "exempt": "exempt", "not_held": "not_held"}
# s.12 is the cost limit, not an exemption: the status is exempt (the figure was refused), the words say why
_IN_WORDS = {"cost": "refused (cost limit)", "exempt": "exempt", "not_held": "not held"}


def refusal_note(kind: str, sections: list[str]) -> str:
    return _IN_WORDS[kind] + (f", s.{', s.'.join(sections)}" if sections else "")


# how long before its date a reply's request may have been made (the statutory 20 working
# days, extensions, a disclosure log's later publishing date), so that "the past three years"
# counts back from a date known to be in the same year as the request's
_REQUEST_BEFORE_REPLY_DAYS = 183


_EACH_YEAR = re.compile(r"\beach year\b|\bper year\b|\bevery year\b|\bby year\b", re.I)


def _near_year_start(reference: date, financial: bool) -> bool:
    start = date(reference.year, 4, 1) if financial else date(reference.year, 1, 1)
    if start > reference:
        start = date(reference.year - 1, 4, 1)
    return (reference - start).days < _REQUEST_BEFORE_REPLY_DAYS


# a question of one year, said relative to another ("For the same year, …", "in the most recent financial year"):
# not the span of years the request leads in with
_ONE_YEAR = re.compile(r"\b(?:the same|that|(?:the )?(?:most recent|latest|last)(?: complete| full)?(?: financial| calendar)?) year\b", re.I)


_WHICH_LIST = re.compile(r"^\W*(?:\d{1,2}[.)]\s*|\(?[a-h]\)\s*)?(?:which|what)\b", re.I)
_EACH_YEAR_ASKED = re.compile(r"\b(?:each|every|per|by) (?:financial |calendar )?year\b|\bfor each\b", re.I)


def _shared_relative(ctx: Context, explicit: list[Period]) -> prose.RelativePeriods | None:
    """The one span of years the request's questions ask relative to its date ("the last three
    financial years", said in question 1 only, or in the line leading into them): the span of a
    question that names none."""
    said = {q.relative.text.lower(): q.relative for q in ctx.questions.values() if q.relative}
    # periods the request states outright come first ("for each of the financial years 2020/21, … 2023/24:",
    # over "3. For the last two financial years only, …", which narrows its own question)
    if explicit or len(said) > 1 or ctx.requested:
        return None
    if said:
        return next(iter(said.values()))
    return ctx.request_relative


def _over_codes(ctx: Context, key: str | None) -> bool:
    """Whether a refused question asks one count over the reply's codes: not where it names
    none of its own and the reply names some of them under other questions only ("How many
    of the abuse of trust offences …" among questions on three codes), so which it is of is open."""
    q = question_for(ctx, key)
    named_elsewhere = any(key in keys for keys in ctx.code_not_for.values())
    return one_count_over_codes(ctx, key) and bool(q and q.codes or not named_elsewhere)


_EACH_CODE = re.compile(r"\bseparately\b|\b(?:for )?each (?:offence )?code\b|\b(?:broken down |split )?by (?:offence )?code\b", re.I)


_IN_TOTAL = re.compile(r"\W*(?:in total|in all|altogether|overall)\b", re.I)  # "In total, how many …", first
_WHOLE_PERIOD = re.compile(r"\b(?:across|over|for|during|throughout) the (?:whole|entire) (?:period|time(?: period)?)\b|"
                           # "the youngest victim across the two years", "in total across both years", "Over the same four years, how many …"
                           r"\b(?:across|over|throughout) (?:the (?:same )?(?:two|three|four|five|[2-9]) |both |all (?:the |(?:two|three|four|five|[2-9]) )?)"
                           r"(?:financial |calendar )?years\b", re.I)


# a question asking a value of the people counted, not how many: "the age of the youngest suspect"
_VALUE_OF_PEOPLE = re.compile(r"\bthe (?:age|ages) of the (?:youngest|oldest) (suspect|victim)s?\b", re.I)


def _years_answered(ctx: Context, relative: prose.RelativePeriods) -> list[Period] | None:
    """The whole years a reply with no date of its own answers "the last N years" with: the
    years of that kind its words and tables state, where they are N, one after another, and it
    states no other year of that kind."""
    kind = "financial_year" if relative.financial else "calendar_year"
    years = sorted({p for p in (*ctx.periods, *ctx.periods_of_tables) if p.kind == kind}, key=lambda p: p.start)
    if len(years) != relative.count or any((b.start - a.end).days != 1 for a, b in zip(years, years[1:])):
        return None
    return years


def periods_asked(q: Question | None, key: str | None, ctx: Context, all_explicit: list[Period]) -> tuple[list[Period | None], list[str]]:
    """The periods question ``key`` asks its figures for, a refused or unanswered one: its own,
    else the request's (said outright, or counted back from the day it came, or the years the
    reply answers for), else the reply's one period; None for a period not said, with each
    doubt about the reading."""
    doubts: list[str] = []
    periods: list[Period | None]
    if q and prose.since_said(q.text) and not q.since_told:
        # "Since 1 April 2022, in how many …": from a day to one the reply does not say (unless a table of the
        # reply heads its rows with the years from that day on)
        periods = [None]
        doubts.append(f"question {key} asks {prose.since_said(q.text).group(0)!r}; where that span ends is not said")
    elif q and q.periods:
        periods = list(q.periods)
    elif q and asks_about_now(q.text):  # "how many investigations … currently has open": of no period asked
        periods = [None]  # settling it says why it waits for a person
    elif q and (said := q.relative or (None if _ONE_YEAR.search(q.text) else _shared_relative(ctx, all_explicit))):
        financial = said.financial or any("financial" in o.text.lower() for o in ctx.questions.values())
        # ("For the last two financial years, how many …" then "What was the age of the youngest suspect in each year?")
        relative = prose.RelativePeriods(said.count, financial, said.each or bool(_EACH_YEAR.search(q.text)), said.text)
        if day := ctx.requested_on or ctx.reference:
            periods = list(relative.resolve(day))
            written = {int(y) for o in ctx.questions.values() for y in re.findall(r"\b(20\d\d)\b", o.text)}
            if written - {y for p in periods for y in (p.start.year, p.end.year)}:
                # "the last three calendar years (2022, 2023 and 2024 to date)": the years counted back are not
                # the ones the request writes
                doubts.append(f"{relative.text!r} read as {', '.join(p.label for p in periods)}, which leaves out "
                              "years the request writes")
            own = {*ctx.periods, *ctx.periods_of_tables}
            if not ctx.requested_on and _near_year_start(day, financial) and not set(periods) <= own:
                # (not where the reply's own years, in its words or its tables' headings, are those)
                doubts.append(f"{relative.text!r} read as {', '.join(p.label for p in periods)}, counting back "
                              f"from {day.isoformat()}; the request may be from the year before")
            elif ctx.requested_on and own and not all(any(o.start <= p.start and p.end <= o.end for o in own)
                                                      for p in periods):
                # "the last two years", counted back from the day the request came, where the reply answers
                # for other years ("we have interpreted 'the last two years' as … financial years")
                doubts.append(f"{relative.text!r} read as {', '.join(p.label for p in periods)}, counting back "
                              f"from {day.isoformat()}, the day the request came; the reply's own periods are others")
        elif (answered := _years_answered(ctx, relative)) is not None:
            periods = list(answered)  # "the last three financial years", the reply's tables heading those three and no other
        else:
            periods = [None]
            doubts.append(f"{relative.text!r} needs the date of the request; give --received")
    elif q and _EACH_YEAR.search(q.text) and (ctx.requested or all_explicit):
        # the years the request's own lines state, over the questions ("for each of the calendar years 2020 … 2023:"),
        # else those its questions name
        periods = list(dict.fromkeys(ctx.requested)) or all_explicit
    elif q and ctx.requested and not all_explicit:
        periods = list(ctx.requested)  # no question names a period: each one the request states is asked
    elif q and ctx.requested_over:
        # a question naming none under a request whose lines over the questions name them ("for each calendar
        # year 2019 to 2023:"), though another narrows its own ("For offences recorded in 2023 only, …")
        periods = list(ctx.requested_over)
    elif q and not asks_about_now(q.text) and len({tuple(o.periods) for o in ctx.questions.values() if o.periods}) == 1:
        periods = all_explicit  # the questions that name periods name the same ones: the request's
    elif len(ctx.periods) == 1 or (ctx.periods and not q):
        periods = list(ctx.periods) if len(ctx.periods) == 1 else [None]
        if len(ctx.periods) > 1:
            doubts.append("the reply names several periods and which of them is asked is not said")
    else:
        periods = [None]
        doubts.append("no period is stated for what was asked")
    return periods, doubts


def refused_figures(refusal_kind: str, sections: list[str], where: str, text: str, ctx: Context,
                     keys: list[str | None], extra_doubt: str | None = None,
                     named: list[Period] | None = None, code: str | None = None) -> list[Figure]:
    """One figure per figure asked, per period asked (or per period the refusal names),
    for the questions a refusal covers; of ``code`` only, where the refusal names the one
    offence it withholds."""
    status = STATUS[refusal_kind]
    if refusal_kind == "cost" and not any(s.startswith("12") for s in sections):
        sections = ["12"] + sections
    all_explicit = list(dict.fromkeys(p for q in ctx.questions.values() for p in q.periods))
    figures = []
    for key in keys:
        q = ctx.questions.get(key) if key else None
        doubts = [extra_doubt] if extra_doubt else []
        # (the first question, what the request counts, or the one this refers back to: not "3. For suspects aged
        # under 18 in 2023 only, the outcome …", a question of its own before "4. The age of the youngest suspect")
        limiting = [o for o in (next(iter(ctx.questions.values()), None), referred_to(q, ctx)) if o is not None and o is not q]
        if q and (value_of := _VALUE_OF_PEOPLE.search(q.text)) and not any(k.startswith(value_of.group(1).lower()) for k in q.ages) \
                and any(k.startswith(value_of.group(1).lower()) for o in limiting for k in o.ages):
            # "2) For each year, the age of the youngest suspect" after "1) … where the suspect was aged under 18": a
            # value over the suspects of that band, or over all; writers of labels read it both ways
            doubts.append(f"question {key} asks {value_of.group(0)!r}, and another question limits the "
                          f"{value_of.group(1).lower()}s' ages; whether that band is this one's is not said")
        periods: list[Period | None]
        if named:
            periods = list(named)
        else:
            periods, said_doubts = periods_asked(q, key, ctx, all_explicit)
            doubts.extend(said_doubts)
        if q and (_WHOLE_PERIOD.search(q.text) or (_IN_TOTAL.match(q.text) and not _EACH_YEAR.search(q.text))) \
                and len(periods) > 1 and None not in periods:
            # "Across the whole period, in how many …", "In total, how many …": one count over the years asked
            periods = [Period(min(p.start for p in periods), max(p.end for p in periods))]
            if any(p.end > periods[0].end for p in ctx.periods):
                doubts.append("the question asks across the whole period, and the reply's figures run past the years "
                              "the request names; where the period ends is not said")
        elif q and not q.periods and len(periods) > 1 and periods == all_explicit and _WHICH_LIST.search(q.text) \
                and not _EACH_YEAR_ASKED.search(q.text):
            # "Which apps, websites or platforms were used to contact the child?", under years another question names
            doubts.append(f"question {key} asks which, over the years another question names, without saying whether "
                          "one list over them all or one a year")
        asked = q.asked if q else 1
        label = f"question {key}" if key else "the request"
        # "separately for female victims (19E) and male victims (19H)": a figure a code the question names
        own_codes = list(dict.fromkeys(prose.codes_in(q.text))) if q and not code else []
        codes = own_codes if len(own_codes) > 1 and (not one_count_over_codes(ctx, key) or _EACH_CODE.search(q.text)) \
            else [code] * asked
        for period in periods:
            for n, one in enumerate(codes):
                fig = Figure(None, status, f"{where}; {label} figure {n + 1}", text, "", "offences", period=period, refused=True,
                             note=(f"{label}: {q.text[:160]}; " if q else "") + refusal_note(refusal_kind, sections),
                             doubts=list(doubts), dims={"offence_code": one} if one else {})
                if period is None:
                    fig.doubts.append("no period")
                if asked > 1 and len(prose.bands_named(q.text)) > 1:
                    fig.doubts.append(f"question {key} asks for figures of several age bands; which this is is not placed")
                if q and len(prose.platforms_named(q.text)) > 1 and COUNT_QUESTION.search(q.text) \
                        and not re.search(r"\b(?:which|what)\b|\beach of the following\b|\beach (?:platform|app|website|site)\b",
                                          q.text, re.I):
                    # "how many involved Snapchat, WhatsApp, Instagram or TikTok?": one a platform, or one of them all
                    # (not "… each of the following platforms: …", a list asked, one refusal a period)
                    fig.doubts.append(f"question {key} names several platforms; which this is of is not placed")
                figures.append(settle(fig, ctx, key, own_periods=[period] if period else None,
                                      broken_down=frozenset({"offence_code"}) if _over_codes(ctx, key) else frozenset()))
    return figures
