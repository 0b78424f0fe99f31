"""Steps 2 and 3 of :mod:`foistats.ingest.interpret`: what the document says about itself, and
one figure's setting — its question first, then the whole document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import takewhile

from ..model import Breakdown
from ..offences import measures, offences, without_own_code
from ..periods import Period
from . import prose
from .figures import Asked, Figure, Group
from .labels import CODE, FOOTNOTE_MARK, FOOTNOTE_SIGNS, code_from_token, code_titled_in, codes_of_measures, read_label
from .raw import Cell, Line, RawDocument, RawTable
from .structure import Placed, answer_in_request
from .values import SuppressionRule, read_value, suppression_rule, word_number

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
    # those its lines over the numbered questions state ("… for each calendar year 2019 to 2023: 1. …")
    requested_over: list[Period] = field(default_factory=list)
    requested_on: date | None = None  # the day the reply says the request came ("received … on 02/09/2024")
    asked: Asked = field(default_factory=Asked)
    groups: list["Group"] = field(default_factory=list)  # figures sent to review a row or a table at a time
    footnotes: dict[str, str] = field(default_factory=dict)  # a mark ("*", "†") -> the note it points to
    parts: dict[Period, Period] = field(default_factory=dict)  # a year -> the part of it the reply says its figures run to
    abbreviations: dict[str, str] = field(default_factory=dict)  # "CS" -> "Charge / summons (outcome 1)", from a key
    # a code named only under some questions (a workbook's sheet "Q3 … (code 71/17)") -> the other
    # questions that say what they count without it ("Q1 - Sexual offences recorded …"): not theirs
    code_not_for: dict[str, frozenset[str]] = field(default_factory=dict)
    # codes each of one table row (or column) among rows of offences that name none: that row's, no other figure's
    codes_of_rows: frozenset[str] = frozenset()
    # codes named only in the answers to some questions, never in the request: no code of a figure answering none
    codes_of_answers: frozenset[str] = frozenset()
    periods_of_tables: frozenset[Period] = frozenset()  # the periods the reply's tables head their rows or columns with
    ages_of: str = ""  # whose ages the request asks about, where it names one only ("the age of the suspects")
    # what the figure in brackets after a count is ("58 (6)", "the figure in brackets is how many had the online flag")
    bracketed: dict[str, str] = field(default_factory=dict)
    # "For each of the last three financial years:" leading into the questions, none of which names a period
    request_relative: prose.RelativePeriods | None = None
    # the questions whose answer says its figures are of several codes together ("86/2 and 86/4 combined")
    combined: frozenset[str | None] = frozenset()
    # the questions asking a count broken down by offence code, and those asking of their offences after them ("these
    # offences"): a figure of theirs naming no code is of every code together, as a Total row is
    by_code: frozenset[str] = frozenset()
    codes_tabled: frozenset[str] = frozenset()  # the codes a table breaks its count down by, a row each
    suspects_aged: tuple[str, str] | None = None  # the band the reply says all its suspects fall in, youngest first
    # the reply speaks of suspects "aged 10 to 17" (the children old enough to be suspects) without saying all are
    suspects_10_to_17: bool = False
    # the reply says what Scots law's "young child" and "older child" are in years ("a 'young child' is a child
    # who has not attained the age of 13"): its crimes of them read by some as age bands
    child_terms_as_ages: bool = False
    # the reply says, under no one question, that what it searched or counts carried the online flag
    online_said: bool = False
    # the reply names the flag only as Police Scotland's "cyber marker" ("marked as cyber-enabled"), never a flag
    cyber_marker: bool = False
    # the band the title over a reply's tables gives all it counts, where no request is quoted
    lead_ages: dict[str, str] = field(default_factory=dict)
    # the lines over a reply's first table, where no request is quoted: what its title says it counts
    lead_text: str = ""
    # a table's total under a title naming the band its columns split: whether the band is what is counted is open
    title_band_unsettled: bool = False
    # the part of a year a note says that year's figures cover ("2024 figures cover … 1 January to 30 June 2024 only")
    year_covers: dict[Period, Period] = field(default_factory=dict)
    # the reply says it left out victims whose age was not recorded ("… as we cannot say that they were under 18")
    unknown_ages_left_out: bool = False
    # the reply says which outcomes its "other outcomes" row gathers ("… combines outcomes 14, 18, 20, 21 and 22")
    other_outcomes_named: bool = False


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
    kinds: prose.Categories | None = None  # the kinds it splits what it counts into ("graded high, medium and low risk")
    ages_of: str = ""  # whose age it asks its figures by: "suspect", "victim", or '' where it does not say
    defines_child: bool = False  # its victims' band only says what it means by a child ("a child here means …")
    by_contact: bool = False  # online only in that first contact was made online, which the flag may not record
    joint: bool = False  # of the offences of several questions together ("for the offences in Q1 and Q2")
    # victims "under 18" taken from the question it refers back to ("How many of these had the online flag"):
    # what a child is, or a narrowing of what is counted, the reply does not say
    under_18_taken: bool = False
    # asked of the years of the question it refers back to, without "each year", where another such
    # question says "for each year": one count over the span or one a year, writers read both ways
    span_or_each: bool = False
    # asked over the years of the question it refers back to, which asks one of them "to date" without its end
    to_date_untold: bool = False
    # "in each year since 2020", its years those a table of the reply heads its rows or columns with from then on
    since_told: bool = False
    # its offences listed in parts, some with no code ("(a) taking … (Home Office code 86/2) and (b) possession of
    # indecent photographs"): its code is that part's, not that of a figure naming none
    partly_coded: bool = False


def measure_for_code(code: str) -> str:
    """The measure of one offence code's figures: a known measure's, else its title's words."""
    return _measure("", [code], False) or prose.measure_slug(offences()[code].description)


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


# "…, split by whether the online flag was applied": the flag splits what is counted, it does not narrow it
_SPLIT_BY_FLAG = re.compile(r"\b(?:split|broken down|separated|divided)\s+(?:by|into|according to)\s+(?:whether|if)\b[^.?]{0,40}"
                            r"\b(?:online|cyber)|\bby (?:the )?(?:online|cyber)[- ](?:flag|marker)\b", re.I)


def _question(key: str, text: str, doc_codes: list[str], reply: str = "") -> Question:
    codes = prose.codes_in(text)
    if not codes and len(doc_codes) > 1 and (titled := code_titled_in(text, doc_codes)):
        codes = [titled]  # "For the abuse of position of trust offences, …" in a request naming 73 and 23
    # not "…, and how many of them were online?"; nor contact made online, where the reply says its flag is not that
    online = prose.states_online(prose.first_ask(text)) and not prose.online_by_contact_only(text, reply) \
        and not _SPLIT_BY_FLAG.search(text)
    periods = flatten(prose.periods_in(text))
    if len(periods) == 1 and (counted := prose.relative_periods(text)) is not None and counted.each:
        # "in each of the last three financial years, i.e. April 2021 to March 2024": each year of the span
        periods = _split_as_said(periods, text) or periods
    if _EACH_QUARTER.search(text) and periods and all(p.is_whole_year for p in periods):
        periods = [quarter for p in periods for quarter in _runs_of_months(p.start, 3, 4)]  # "in each quarter of 2023"
    kinds = prose.categories_in(text)
    return Question(
        key=key, text=text, codes=codes, online=online, outcome=prose.single_outcome(text), periods=periods,
        relative=prose.relative_periods(text) if not periods else None,
        # what it counts, without the kinds it splits that into ("incidents", not "incidents graded high")
        # (not one asking of the offences before, "How many of the offences in question 1 …": theirs, see ``_with_earlier``)
        measure=_measure(kinds.what if kinds and kinds.words else text,
                         codes or (doc_codes if len(doc_codes) == 1 and not _of_wider_class(text) and not _asks_of_before(text)
                                   else []), online),
        unit=prose.unit_for(text), asked=prose.figures_asked(text), ages=prose.age_scope(prose.first_ask(text)),
        platform=prose.single_platform(text), kinds=kinds, ages_of=prose.ages_of(text),
        defines_child=prose.defines_child(text),
        by_contact=online and prose.online_by_contact(prose.first_ask(text)),
        partly_coded=_partly_coded(text),
    )


_PART_MARK = re.compile(r"(?:^|\s)\((?:[a-h]|i{1,3}|iv)\)\s", re.I)


def offence_parts(text: str) -> list[str]:
    """The offences a question lists in parts, where it lists two or more: lettered ("(a) taking …
    and (b) possession of …"), or one after another ("… under code 86/2, and separately the
    number of offences of possession of …")."""
    asked = next(iter(prose.sentences(text)), "")  # (the whole sentence: "and separately …" is no second question)
    lettered = _PART_MARK.split(asked)[1:]
    parts = [part for part in (lettered or _ANOTHER_OFFENCE_ASKED.split(asked)) if _OFFENCE_WORDS.search(part)]
    return parts if len(parts) >= 2 else []


_ANOTHER_OFFENCE_ASKED = re.compile(r",?\s+and (?:separately |also )?(?:the number of )?(?=(?:offences|crimes) of\b)", re.I)


def _partly_coded(text: str) -> bool:
    """Whether a question lists its offences in parts, some naming a code and some none."""
    parts = offence_parts(text)
    return any(prose.codes_in(part) for part in parts) and any(not prose.codes_in(part) for part in parts)


# words naming an offence in a part of a question, where it gives no code ("(b) possession of indecent photographs")
_OFFENCE_WORDS = re.compile(r"\b(?:possession|possessing|rape|assault|grooming|communication|exploitation|abuse|"
                            r"indecent|images?|photographs?|sexual|incest|exposure|voyeurism|offences?)\b", re.I)


def _kinds_named_earlier(questions: dict[str, Question]) -> dict[str, Question]:
    """A question asking for a split "by risk assessment level" splits into the kinds another
    question of the request names ("graded high, medium and low risk")."""
    named = [q.kinds for q in questions.values() if q.kinds and q.kinds.words and q.kinds.noun]
    out = {}
    for key, q in questions.items():
        by = next((k for k in named if (q.kinds is None or not q.kinds.words)
                   and re.search(rf"\bby\s+(?:the\s+)?{re.escape(k.noun.split()[0])}\b", q.text, re.I)), None)
        out[key] = replace(q, kinds=prose.Categories(q.text, by.words, by.noun)) if by else q
    return out


def kind_measure(label: str, ctx: Context, key: str | None) -> str | None:
    """The measure a row or column label names when it is one of the kinds its question splits
    what it counts into ("High" under "how many incidents were graded high, medium and low
    risk" counts incidents graded high risk); None for any other label. After "by risk
    level" or a question left open ("reported missing from:") any short label may be a
    kind: whether its edge is all such labels is the table's to judge, and a list line's
    must name the noun ("High risk = 14")."""
    q = question_for(ctx, key)
    if q is None or q.kinds is None or not q.measure:
        return None
    words = re.sub(r"[^a-z0-9]+", " ", label.lower()).split()
    noun = q.kinds.noun.split()
    if not q.kinds.words and noun:  # "by risk level": "High risk", or "High" on an edge of such labels alone
        if words[-len(noun):] == noun:
            words = words[:-len(noun)]
        return "_".join([q.measure, *words, *noun]) if 0 < len(words) <= 3 and not any(w.isdigit() for w in words) else None
    if not q.kinds.words:
        return f"{q.measure}_{'_'.join(words)}" if 0 < len(words) <= 4 and not any(w.isdigit() for w in words) else None
    if words[-len(noun):] == noun and len(words) > len(noun):
        words = words[:-len(noun)]
    if " ".join(words) not in q.kinds.words:
        return None
    return "_".join([q.measure, *words, *noun])


def _without_restated(periods: list[Period]) -> list[Period]:
    """The periods less one that only restates others as a span ("2020, 2021 and 2022
    (1 January 2020 to 31 December 2022)")."""
    def restates(p: Period) -> bool:
        inside = [o for o in periods if o != p and p.start <= o.start and o.end <= p.end]
        return len(inside) >= 2 and sum(o.days for o in inside) == p.days and \
            min(o.start for o in inside) == p.start and max(o.end for o in inside) == p.end
    return list(dict.fromkeys(p for p in periods if not restates(p)))  # (a period asked twice is asked once)


def flatten(mentions: list[prose.PeriodMention]) -> list[Period]:
    return list(dict.fromkeys(p for m in mentions for p in m.periods))


# "a search has been carried out of … crimes … that carried the online (cyber) flag": what the figures are of
# (or the figures say what they are: "Figures are crimes … to which the online flag has been applied")
_SEARCHED = re.compile(r"\b(?:search(?:ed)?|extract(?:ed)?|the figures (?:below|provided)|the data (?:below|provided))\b|"
                       r"^\W*(?:\d{1,2}[.)]\s+)?(?:all |the )?(?:figures|data)\s+(?:are|is|relate|show)\b", re.I)
# the requester's own words over the questions: "I would like …", "Please provide the following …"
_FIRST_PERSON_ASKS = re.compile(r"\bI (?:would like|wish|request|am requesting|am writing to request)\b|"
                                r"\bplease (?:(?:could|can|would) you )?(?:provide|supply|give|tell me|send)\b|"
                                r"\b(?:could|can|would) you (?:please )?(?:provide|supply|give|tell me|send)\b", re.I)
_ASKS = re.compile(r"\bhow many\b|\bthe number of\b|\bplease (?:supply|provide|give|list)\b", re.I)
# what a question counts, where it says: not the suspects, victims or arrests of the offences another names
_COUNTS = re.compile(r"\b(?:offences|crimes|incidents|cases|reports|children|people|persons|individuals|referrals|"
                     r"investigations|arrests)\b", re.I)
_CHILD = re.compile(r"\bchild(?:ren)?\b|\bunder[- ]18s?\b|\bunder 18\b|\bminors?\b|\bjuveniles?\b|\bgirls?\b|\bboys?\b", re.I)


# how a question names the offences with the online flag: "online", "cyber-enabled", "online-flagged"
_FLAGGED_WORDS = r"(?:online|cyber(?:[- ]enabled)?|(?:online|cyber)[- ]flagged)"
# "How many of those offences …", "For each of these crimes …": a question about what the one
# before it counted, so it counts within the same codes, flag, ages and periods
_REFERS_BACK = re.compile(r"^\W*for the (?:same |(?:19|20)\d\d(?:[/-]\d\d)? )?(?:offences|crimes|cases|incidents)\b|\bthe same (?:[\w/]+ )?(?:offences|crimes|cases|incidents|figures)\b|\b(?:of|for|in|with|from) (?:each of )?(?:those|these|them)\b|\bhow many of the (?:offences|crimes|cases|incidents|reports)\b|\b(?:commit|committing|in|involved in|(?:outcomes?|results?) of) the (?:offences|crimes)\b(?! (?:of|under|recorded(?! (?:in|during) (?:the )?(?:(?:financial|calendar) )?(?:year )?(?:19|20)\d\d\b)))|\b(?:break|split) (?:this|these|that|them|it|the (?:offences|crimes))\b|\b(?:in|from|at) (?:(?:q|question)\s?\d{1,2}\b|\([a-h]\))|\b(?:those|these|such) (?!as\b)(?:[a-z]+ )?"
                          r"(?:offences|crimes|cases|incidents|reports|arrests|referrals|investigations|offenders|suspects|victims)\b"
                          # "the platforms on which the images were shared": the images the question before counts
                          r"|\b(?:on|in|through|by) which the (?:images|offences|crimes|messages)\b"
                          # "The app or platform used to share the images in each case": each of the offences counted before
                          r"|\bin each (?:case|instance|offence|crime)\b"
                          # "For the online grooming offences, which …": those an earlier question asked flagged
                          rf"|\b(?:for|of|in|with) the {_FLAGGED_WORDS} (?:[a-z]+ )?(?:offences|crimes|cases)\b", re.I)
_FLAG_NAMED = re.compile(r"\b(?:online|cyber)", re.I)  # how a question asking of the flag names it
# "these grooming offences", "the online grooming offences": offences of a kind an earlier question asked about
_KIND_REFERRED = re.compile(rf"\b(?:those|these|such|the {_FLAGGED_WORDS}) "
                            r"(?!as\b|same\b|\w+ed\b)([a-z]{4,}) (?:offences|crimes|cases)\b", re.I)
# "For the same 88A crimes": those an earlier question asked of that code
_CODE_REFERRED = re.compile(r"\b(?:the same|those|these) (\d{1,3}[A-H]?(?:/\d{1,2})?) (?:offences|crimes|cases)\b", re.I)
# "For the online offences, which apps …": the offences an earlier question asked with the online flag
_THE_FLAGGED = re.compile(rf"\b(?:for|of|in|with) the {_FLAGGED_WORDS} "
                          r"(?:[a-z]+ )?(?:offences|crimes|cases)\b", re.I)
# "For each of those years, how many people were charged?": the years of the question before, not its scope
_YEARS_BACK = re.compile(r"\b(?:of|for|in|during|over) (?:each of )?(?:those|these|the same|the(?= (?:two|three|four|five|six|[2-9]) ))"
                         r" (?:(?:two|three|four|five|six|[2-9]) )?"
                         r"(?:(?:financial|calendar) )?(?:years|periods|quarters)\b"
                         r"|\b(?:in|for|during) (?:each|every) (?:financial |calendar )?(?:year|quarter)\b(?!\s+(?:from|since|between|of|to)\b)", re.I)
# a sentence offering a narrower request ("For example, the number of crimes under code 71/17
# could be provided"): what it names is not what the reply is about
_SUGGESTION = re.compile(r"\bnarrower\b|\brefined? (?:your )?request\b|\bcould (?:then )?be (?:provided|supplied|answered)\b|"
                         r"\byou (?:may|might) wish to\b|\bif you were to\b|\b(?:is|are|would be) able to provide\b", re.I)


# a sentence defining what the figures count ("Sexual offences are those in Home Office classes 17
# to 23 …; offences under codes 17A and 20A are included only where …"): its codes are the scope
# of every figure, not the offences some of them are of
# a sentence defining what is counted ("Sexual offences are those in Home Office classes 17 to 23 …"): of
# several codes, the scope, not any figure's own code; of one, what every figure counts ("Offences are those
# recorded under Home Office code 86/2"); a code left out is no figure's ("Offences of possession (086/01) are
# not included")
_SCOPE = re.compile(r"\b(?:are|is) (?:those|defined as)\b|\b(?:are|is) included (?:only )?(?:where|when|if)\b|"
                    r"\b(?:home office )?classes \d|\b(?:are|is) (?:the )?(?:crimes|offences) recorded under\b|"
                    r"\bfigures include\b", re.I)
# "… include the offence of taking … (Home Office code 86/2) and the offence of possession of …": a code and an offence
# it does not cover, together what is counted
_AND_ANOTHER_OFFENCE = re.compile(r"\band (?:the )?offences? of\b", re.I)
LEFT_OUT = re.compile(r"\b(?:are|is|were) not included\b|\b(?:are|is|were) excluded\b", re.I)


_NAMED_QUESTIONS = re.compile(r"\b(?:in|from|at) (?:(?:q|questions?)\s?(\d{1,2})\b|\(([a-h])\))"
                              r"(?:\s*(?:,|and|&|to|-|–)\s*(?:(?:q|question)?\s?\d{1,2}\b|\([a-h]\)))*", re.I)  # "in Q1 and Q2", "in questions 1 and 2", "in (c)", "at (a) to (c)"


def _keys_named(text: str) -> list[str]:
    """The questions a reference names, a range with those between ("(a) to (c)" is a, b and c)."""
    keys = re.findall(r"\d{1,2}|(?<=\()[a-h](?=\))", text)
    if len(keys) == 2 and re.search(r"\s(?:to|-|–)\s", text):
        first, last = keys
        if first.isdigit() and last.isdigit() and int(first) < int(last):
            return [str(n) for n in range(int(first), int(last) + 1)]
        if first.isalpha() and last.isalpha() and first < last:
            return [chr(c) for c in range(ord(first), ord(last) + 1)]
    return keys


# "… where the victim was a child (under 18) and the suspect was also under 18"
_CHILD_ON_CHILD = re.compile(r"\b(?:suspects?|offenders?|perpetrators?)\b[^.?;]{0,30}\b(?:also|themselves|too)\b[^.?;]{0,15}"
                             r"\bunder (?:the age of )?18\b", re.I)
_CHILD_VICTIM = re.compile(r"\bvictims?\b[^.?;]{0,20}\bchild(?:ren)?\b|\bchild(?:ren)? victims?\b", re.I)
_UNDER_18_SAID = re.compile(r"\bunder (?:the age of )?18\b|\bunder-18s?\b", re.I)  # not "aged 17 and under": a band as said


def _under_18(ages: dict[str, str]) -> bool:
    """Whether the victims' band a question names is under 18: what a child is, which a later
    question "of these" need not narrow its own count to."""
    return (ages.get("victim_age_min"), ages.get("victim_age_max")) == ("0", "17")


_OUTCOMES = re.compile(r"\boutcomes?\b", re.I)  # what a question asks of offences counted before: their outcomes
# "the online CSE investigations", "online offences": what is counted, called online (not "officers posing … online",
# nor "online grooming cases", an offence's name)
_ONLINE_WORD = re.compile(r"\bonline\s+(?!(?:\w+\s+){0,2}grooming\b)(?:\w+\s+){0,2}?(?:investigations?|offences?|crimes?|cases?|incidents?)\b",
                          re.I)
_EACH_PERIOD = re.compile(r"\b(?:for |in )?(?:each|every|per) (?:financial |calendar )?(?:year|period|month)\b|\bby year\b|\beach of (?:those|these|the)\b", re.I)


def _span_or_each(q: Question, questions: dict[str, Question], periods: list[Period]) -> bool:
    """Whether a question referring back to several years asks one count over them or one a year
    is not said: a later question referring back asks "for each year" and this one does not ("3.
    How many of the offences in questions 1 and 2 were referred by the NCA?" beside "4. For each
    year, how many of the offences in questions 1 and 2 …")."""
    keys = list(questions)
    later = [o for k, o in questions.items() if keys.index(k) > keys.index(q.key) and _REFERS_BACK.search(o.text)]
    return len(periods) > 1 and not _EACH_PERIOD.search(q.text) and any(_EACH_PERIOD.search(o.text) for o in later)


def _with_earlier(questions: dict[str, Question]) -> dict[str, Question]:
    """Each question that refers back ("how many of those offences"), with the scope of the
    first question — "those" are the offences first asked about, not another question's part
    of them ("how many of the victims were under 13") — or of the question it names ("the
    offences in Q2"), where it states none of its own."""
    out: dict[str, Question] = {}
    first: Question | None = None
    for key, q in questions.items():
        if any(o.online or prose.states_online(o.text) for o in out.values()) and _THE_FLAGGED.search(q.text):
            # "For the online offences, which apps …": those a question before asked flagged, in whole or in a
            # second ask ("…, and how many of these had the online flag?")
            q = replace(q, online=True)
        # (the first question refers back to nothing: "… Please break this down by …" is its own)
        if first is None or not (_REFERS_BACK.search(_YEARS_BACK.sub("", q.text)) or _of_what_was_asked(q)):
            if first is not None and (back := _YEARS_BACK.search(q.text)) and not (q.periods or q.relative) \
                    and _years_named(back.group(0)) in (None, len(_years_of_quarters(first.periods, q.text))):
                # "in each of those years", "for each of the four years": their years only (the years, where the first
                # asked each quarter of them)
                q = replace(q, periods=_years_of_quarters(first.periods, q.text), relative=first.relative)
            out[key] = q
            first = first or q
            continue
        named = _NAMED_QUESTIONS.search(q.text)
        # "the offences in Q1 and Q2": both questions' offences
        several = [out[k] for k in _keys_named(named.group(0)) if k in out] if named else []
        earlier = out.get(named.group(1) or named.group(2)) if named else \
            out[_kind_asked_before(q.text, [(k, o.text) for k, o in out.items()], 0)]
        if earlier is not None:
            own_periods = bool(q.periods or q.relative) or asks_about_now(q.text)  # "currently open": now, not the years before
            theirs = _over_the_span(q.text, _years_of_quarters(earlier.periods, q.text))
            codes = list(dict.fromkeys(c for o in several for c in o.codes)) if len(several) > 1 else earlier.codes
            children = _child_scope(earlier, {}, [])  # its victims' band only says what its children are
            q = replace(q, codes=q.codes or codes, joint=len(several) > 1 and not q.codes, online=q.online or earlier.online,
                        partly_coded=q.partly_coded or (not q.codes and earlier.partly_coded),
                        by_contact=q.by_contact or (earlier.by_contact and not q.online),
                        # "Of these, how many had a suspect also under 18": these victims' band, and its own
                        ages={**{k: v for k, v in earlier.ages.items() if k.split("_")[0] not in
                                 {o.split("_")[0] for o in q.ages} and not (k.startswith("victim") and children)}, **q.ages},
                        under_18_taken=_under_18(earlier.ages) and not children and not any(k.startswith("victim") for k in q.ages),
                        periods=q.periods if own_periods else theirs,
                        span_or_each=not own_periods and _span_or_each(q, questions, theirs),
                        to_date_untold=not own_periods and bool(
                            any(not any(whole.start <= p.start and p.end <= whole.end for p in earlier.periods)
                                for whole in prose.periods_to_date(earlier.text))),
                        relative=q.relative if own_periods else earlier.relative)
            if not _REFERS_BACK.search(_YEARS_BACK.sub("", q.text)):
                # (one asking only what they were like, "For each year, the age of the youngest suspect": of their
                # offences, whose age band it may or may not share)
                q = replace(q, ages=questions[key].ages, under_18_taken=False)
        out[key] = q
    return _span_or_each_unnamed(out)


# "3. For 2024/25, the age of the suspect (under 18 or 18 and over).", "5. The age of the youngest victim in each year.":
# a question asking only what the offences asked before were like, naming none of its own
_ONLY_WHAT_THEY_WERE = re.compile(r"^\W*(?:(?:for|in) [^,]{1,30},\s*)?(?:the |their )?(?:ages?|gender|sex|ethnicity|outcomes?)\b", re.I)


def _asks_of_before(text: str) -> bool:
    """Whether a question's words ask of offences an earlier question counts: referring back
    ("How many of these …") or asking only what they were like in years it names or each year."""
    return bool(_REFERS_BACK.search(prose.first_ask(text))) or (
        _only_what_they_were(text) and bool(_YEARS_BACK.search(text) or prose.periods_in(text)))


def _only_what_they_were(text: str) -> bool:
    """Whether a question's words ask only what offences were like: their suspects' ages, their
    victims' gender, their outcomes, naming nothing it counts and no code."""
    return bool(_ONLY_WHAT_THEY_WERE.match(text)) and not _COUNTS.search(text) and not prose.codes_in(text)


def _of_what_was_asked(q: Question) -> bool:
    """Whether a question asks only what the offences asked before were like (``_only_what_they_were``),
    in years it names or in each of theirs (not "The age of the youngest suspect.", over the span of
    those years or in each, unsaid)."""
    return _only_what_they_were(q.text) and bool(q.periods or q.relative or _YEARS_BACK.search(q.text))


def _span_or_each_unnamed(questions: dict[str, Question]) -> dict[str, Question]:
    """Each later question naming no years, where the questions that do name them ask some one count a
    year and others one over the span of those years ("1. For each of the financial years 2020/21 …
    2023/24, …", "3. The outcomes of these offences across the four years", "4. The age of the youngest
    suspect."): one over the span or one a year, the request does not say."""
    each = [q.periods for q in questions.values() if len(q.periods) > 1]
    spans = [q.periods[0] for q in questions.values() if len(q.periods) == 1]
    if not any(s.start == min(p.start for p in e) and s.end == max(p.end for p in e) for s in spans for e in each):
        return questions
    first = next(iter(questions))
    return {k: replace(q, span_or_each=True) if k != first and not (q.periods or q.relative or asks_about_now(q.text)) else q
            for k, q in questions.items()}


# "Over the same four years, in how many …", "… across the four years": one count over the span the earlier question asked
_OVER_THE_SPAN = re.compile(r"\b(?:over|across|during|throughout)\s+(?:the\s+same|th(?:ose|ese)|the\s+whole|that"
                            r"|the(?=\s+(?:two|three|four|five|six|[2-9])\s))\s+"
                            r"(?:(?:two|three|four|five|six|[2-9])\s+)?(?:(?:financial|calendar)\s+)?(?:years|period)\b", re.I)


def _span_asked(requested: list[Period], questions: dict[str, Question]) -> dict[str, Question]:
    """Each question stating no period of its own that asks one count "over the three years" the
    request asks each of: their whole span (one referring back takes the span of the question it
    refers to, see ``_with_earlier``)."""
    return {k: replace(q, periods=_over_the_span(q.text, requested))
            if not (q.periods or q.relative) and not _REFERS_BACK.search(q.text) and (over := _OVER_THE_SPAN.search(q.text))
            and _years_named(over.group(0)) in (None, len(requested)) else q
            for k, q in questions.items()}


def _over_the_span(text: str, periods: list[Period]) -> list[Period]:
    """The periods a question referring back asks for: its earlier question's each, or, where
    it asks for one count "over the same four years", their whole span."""
    if len(periods) > 1 and _OVER_THE_SPAN.search(text):
        return [Period(min(p.start for p in periods), max(p.end for p in periods))]
    return periods


_IN_BRACKETS = re.compile(r"\b(?:figures?|numbers?|counts?)\s+(?:shown\s+)?in\s+(?:brackets|parenthes[ei]s)\b", re.I)


def _bracketed(lines: list[str]) -> dict[str, str]:
    """What the reply says a figure in brackets after a count is: the flagged part of it
    ("the figure in brackets is how many of those offences had the online flag applied")."""
    said = [s for line in lines for s in prose.sentences(line) if _IN_BRACKETS.search(s)]
    return {"online_flag": "true"} if len(said) == 1 and prose.says_flagged_online(said[0]) else {}


def _own_count(placed: list[Placed]) -> dict[str, str]:
    """The questions whose first line says what they count ("Q1 - Sexual offences recorded
    where …", not "Question 2"), each with the question whose count it is: its own, or, for
    one referring back ("How many of these offences …"), that of the question it names, else of
    the one before it (or the one that asked the kind it names: "these grooming offences")."""
    first: dict[str, str] = {}
    for p in sorted(placed, key=lambda p: p.role != "request"):  # the question as asked first, where it is
        if isinstance(p.block, Line) and p.key is not None and (p.content or p.block.text).strip() \
                and not re.fullmatch(r"(?:question|q|request)\s*\d{1,2}[a-z]?\W*", p.block.text.strip(), re.I):
            first.setdefault(p.key, p.content or p.block.text)  # not its bare heading "Question 1"; less its number
    own: dict[str, str] = {}
    referring: dict[str, str] = {}
    standing: list[str] = []  # the questions not referring back, in order
    for key, text in first.items():
        # "how many of the CSE investigations in question 1": the question it names, else the one before it
        # not itself referring back
        before = named.group(1) or named.group(2) if (named := _NAMED_QUESTIONS.search(text)) else \
            _kind_asked_before(text, [(k, first[k]) for k in standing], -1) if standing else None
        # (not "… and how many of these had the online flag?", a second ask of its own count)
        if _REFERS_BACK.search(prose.first_ask(text)) and before is not None:
            referring[key] = before
            continue
        if standing and _asks_of_before(text):
            # "The age and gender of the youngest victim in each year": of the offences first asked, as ``_with_earlier``
            # takes them, not of a code another question names
            referring[key] = _kind_asked_before(text, [(k, first[k]) for k in standing], 0)
            continue
        if _COUNTS.search(text):
            own[key] = key
        standing.append(key)
    # (the question named may be met after: a reply's sheets in any order)
    return own | {key: own[before] for key, before in referring.items() if before in own}


# "… will not add up to the total shown in question 1", "every crime record … shown at question 1": the answer's
# figures are of that question's offences
_OF_ANOTHERS = re.compile(r"\b(?:shown|given|provided|identified|counted|set out) (?:in|at|under) (?:(?:the )?answer to )?"
                          r"(?:question|q)\s*(\d{1,2})\b", re.I)


def _answered_of(placed: list[Placed]) -> dict[str, str]:
    """The questions whose answer says its figures are of the offences another question's answer
    gives ("Please note that … the figures below will not add up to the total shown in question 1"),
    each with that other question."""
    out: dict[str, str] = {}
    for p in placed:
        if p.role == "response" and p.key is not None and isinstance(p.block, Line) \
                and (m := _OF_ANOTHERS.search(p.block.text)) and m.group(1) != p.key:
            out.setdefault(p.key, m.group(1))
    return out


# "Key: <3 = a figure of one or two. - = nil.": a key's entries, each a marker and what it means
# (and after a bracket closing one entry: "x = 1 to 4 (totals include these figures) - = nil")
_KEY_ENTRY = re.compile(r"(?<=[.;)])\s+(?=(?:[-–—*x]|<\s*\d+)\s*(?:=|(?:denotes|means|indicates|represents|shows)\b))")


def _key_rules(block: Line | RawTable) -> list[SuppressionRule]:
    """The markers a block keys, wherever it stands (a key under a workbook's request too), in
    the force's words: a line's sentences; a table's rows set out as a key ("-" | "Nil"); a
    table's cells written as notes ("Notes" | "3. … A dash (-) indicates that there were no offences.")."""
    if isinstance(block, Line):
        texts = [block.text]
    else:
        texts = [f"{filled[0]} = {filled[1]}" for row in block.rows
                 if len(filled := [c.text.strip() for c in row if c.text.strip()]) == 2 and read_value(filled[0]).kind == "suppressed"]
        texts += [c.text for row in block.rows for c in row if len(c.text.split()) >= 3 and re.search(r"[a-z]{3}", c.text)]
    # a key lays down a condition ("Where a cell has been left blank, …"); a request asks ("please show …")
    return [rule for text in texts for s in prose.sentences(text) if not prose.asks(s)
            for entry in _KEY_ENTRY.split(s) if (rule := suppression_rule(entry))]


def _edges(table: RawTable) -> list[list[Cell]]:
    """A table's row labels (its first column, under the header) and its column labels, a
    row of them each: its first row and each row under it whose first cell is a blank
    corner, as a two-level header has ("Recorded crimes" over "086/02 Take, make …" and
    "Possession …")."""
    rows = [row for row in table.rows if row]
    deep = next((n for n, row in enumerate(rows[1:], 1) if row[0].text.strip()), len(rows))
    return [[row[0] for row in rows[deep:]], *(row[1:] for row in rows[:deep])]


def _codes_of_rows(table: RawTable) -> set[str]:
    """The offence codes a table names each for one row (or column) among others of offences
    naming none ("Take, make or distribute … (Home Office code 86/2)" above "Possession of an
    indecent photograph … (s.160 …)"): that row's own, not what the whole answer counts."""
    return {c for edge in _edges(table) if any(_names_another_offence(cell.text) for cell in edge)
            for cell in edge for c in prose.codes_in(cell.text)}


def _codes_tabled(table: RawTable) -> set[str]:
    """The offence codes of a table broken down by code: three or more rows (or columns) each
    naming one ("17B", "19D Rape of a female child under 16", …; "21" under a column headed "HO code")."""
    rows = [row for row in table.rows if row]
    under_code = any(_CODE_HEADER.fullmatch(row[0].text.strip()) for row in rows[:2])
    def code_of(cell: Cell) -> str | None:
        if len(codes := prose.codes_in(cell.text)) == 1:
            return codes[0]
        return code_from_token(cell.text) if under_code and re.fullmatch(CODE, cell.text.strip()) else None
    return {c for edge in _edges(table) if len(coded := {code for cell in edge if (code := code_of(cell))}) >= 3
            for c in coded}


_CODE_HEADER = re.compile(r"(?:ho |home office )?(?:offence )?code", re.I)


def _periods_heading(table: RawTable) -> set[Period]:
    """The periods a table heads its columns (its first row) or its rows (its first column) with."""
    edges = [*(table.rows[0] if table.rows else []), *(row[0] for row in table.rows if row)]
    return {label.period for cell in edges if (label := read_label(cell.text)).period is not None}


def _heading_periods_as_said(table: RawTable, footnotes: dict[str, str]) -> list[Period]:
    """The periods a table heads its rows or columns with, in order, each the part of its year a
    footnote says its figures cover ("2024*" over "* 1 January - 31 October 2024")."""
    edges = [*(table.rows[0] if table.rows else []), *(row[0] for row in table.rows if row)]
    out = []
    for cell in edges:
        marked = FOOTNOTE_MARK.fullmatch(cell.text.strip())
        note = footnotes.get(marked.group(2)) if marked else None
        if (period := read_label(marked.group(1) if note else cell.text).period) is not None:
            out.append((_part_noted(note, period) if note else None) or period)
    return list(dict.fromkeys(out))


def _since_answered(questions: dict[str, Question], tables: list[RawTable], footnotes: dict[str, str]) -> dict[str, Question]:
    """A question asking "in each year since 2020" with the years a table of the reply heads its
    rows or columns with from then on, where they run one after another from that day, the last
    perhaps a part year: the span's end, which the question does not say, is the reply's."""
    out = {}
    for key, q in questions.items():
        start = None if q.periods or q.relative else prose.since_start(q.text)
        runs = [[p for p in _heading_periods_as_said(t, footnotes) if p.start >= start] for t in tables] if start else []
        run = next((r for r in runs if r and r[0].start == start
                    and all(b.start == a.end + timedelta(days=1) for a, b in zip(r, r[1:]))), None)
        out[key] = replace(q, periods=run, since_told=True) if run else q
    return out


def _names_another_offence(label: str) -> bool:
    """Whether a table's label names a kind of offence without a code: words no dimension reads."""
    return bool(re.search(r"[a-z]{3}", label, re.I)) and not prose.codes_in(label) and read_label(label).axis is None


# the last sentence of the force's line over the questions, naming what every one of them is asked over: "I note
# that you seek access to the following information: For each of the financial years 2022/23, 2023/24 and 2024/25:"
_LEAD_IN = re.compile(r"\b(?:for|in|over|covering)\b[^.:]*\b(?:years?|periods?)\b[^.]*:\s*$", re.I)


# "Victims whose age was not recorded at the time of the offence are not included, as we cannot say that they were under 18"
_UNKNOWN_AGES_LEFT_OUT = re.compile(r"\bvictims? whose ages? (?:was|were|is|are) not (?:recorded|known)\b[^.]{0,60}?"
                                    r"\b(?:not included|excluded|left out|omitted)\b", re.I)
# "'All other outcomes' combines outcomes 14, 18, 20, 21 and 22, each of which was too small to show on its own"
_OTHER_OUTCOMES_NAMED = re.compile(r"\bother outcomes?\b[^.]{0,40}?\b(?:combines?|includes?|comprises?|covers?|made up of|"
                                   r"gathers?|are)\b[^.]{0,20}?\boutcomes?\s+\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+(?:and|&)\s+\d{1,2}\b",
                                   re.I)


def _sentences_asking(p: Placed, n: int, placed: list[Placed], answered: int) -> list[str]:
    """The sentences of a line that ask: a question's, the requester's own line over the
    questions ("I would like to make a request … for the financial years …"), or the lead-in
    the force writes over them (``_LEAD_IN``), where it comes straight before the first."""
    said = prose.sentences(p.block.text)
    if p.role == "request" and not answer_in_request(p):
        return said
    if p.role != "unknown" or n >= answered:
        return []
    if _FIRST_PERSON_ASKS.search(p.block.text):
        return said
    before_first = next((m for m, q in enumerate(placed) if q.role == "request"), None) == n + 1
    return said[-1:] if before_first and said and _LEAD_IN.search(said[-1]) else []


def context(doc: RawDocument, placed: list[Placed], questions: dict[str, str], *, area: str, release: str,
              document: str, received: date | None, asked: Asked) -> Context:
    lines = [p.block.text for p in placed if isinstance(p.block, Line) and p.role != "aside"]
    response = [p.block.text for p in placed if isinstance(p.block, Line) and p.role in ("response", "unknown")]
    text = "\n".join(lines)
    named = [(p.key, c) for p in placed if isinstance(p.block, Line) and p.role != "aside" for sentence in prose.sentences(p.block.text)
             if not _SUGGESTION.search(sentence) and not LEFT_OUT.search(sentence)
             and not (_SCOPE.search(sentence) and (len(set(prose.codes_in(sentence))) > 1 or _AND_ANOTHER_OFFENCE.search(sentence)))
             for c in prose.codes_in(sentence)]
    in_lines = {c for _, c in named}
    tables = [p for p in placed if isinstance(p.block, RawTable) and p.role != "request"]
    named += [(p.key, c) for p in tables for row in p.block.rows for cell in row for c in prose.codes_in(cell.text)]
    codes = list(dict.fromkeys(c for _, c in named))
    of_rows = frozenset(c for p in tables for c in _codes_of_rows(p.block)) - in_lines
    # a code named only in the answers to some questions ("Part 3 – … (Home Office code 88A)"), never asked for,
    # nor said to be what the reply counts ("3. The offences counted are those recorded under … 71/17")
    asked_for = {c for p in placed if isinstance(p.block, Line) for sentence in prose.sentences(p.block.text)
                 if p.role == "request" or _SCOPE.search(sentence) for c in prose.codes_in(sentence)}
    answers_only = frozenset(c for c in codes if c not in asked_for and all(k is not None for k, n in named if n == c))
    counts = _own_count(placed)  # a question referring back counts within the codes its earlier one names
    counts |= {key: counts[of] for key, of in _answered_of(placed).items() if counts.get(key) == key and of in counts}
    code_not_for = {c: frozenset(k for k, whose in counts.items() if (k, c) not in named and (whose, c) not in named) for c in codes
                    if all(k is not None for k, n in named if n == c)}
    child = bool(_CHILD.search(text)) or any(offences().get(c) and offences()[c].child_specific == "yes" for c in codes)
    rules = tuple(rule for p in placed for rule in _key_rules(p.block))
    periods = flatten([m for line in lines for m in prose.periods_in(line)])
    headed = [period for p in tables for period in _periods_heading(p.block)]  # the periods heading tables' rows or columns
    footnotes = _footnotes(lines, response)
    covers = dict(c for line in lines for s in prose.sentences(line) if (c := prose.year_covers(s)))
    # "… so April 2021 to March 2024, with each year shown separately please": each year of the span
    # and the requester's own line over the questions, where no heading marks it ("I would like to make a request …
    # for the financial years 2021/22, 2022/23 and 2023/24.")
    answered = next((n for n, p in enumerate(placed) if p.role == "response"), len(placed))
    asking = [(p, sentence) for n, p in enumerate(placed) if isinstance(p.block, Line)
              for sentence in _sentences_asking(p, n, placed, answered)]
    # (and a year asked "to date", as the part of it a note says the figures cover: "… and 2023/24 to date")
    requested = _without_restated([period for p, sentence in asking
                                   for period in [*_each_if_separately(sentence), *_covered_to_date(sentence, covers, [*periods, *headed])]])
    requested_over = _without_restated([period for p, sentence in asking if p.key is None and questions
                                        for period in [*_each_if_separately(sentence), *_covered_to_date(sentence, covers, [*periods, *headed])]])
    requested_on = prose.request_date("\n".join([text, *_fields(placed)]))
    if not requested_over and questions and requested_on is not None and (first := next(
            (year for p, _ in asking if p.key is None for year in [prose.each_year_from(p.block.text)] if year), None)):
        requested_over = _years_to(first, requested_on, [*periods, *covers.values()])
    subject = next((slug for p in placed if isinstance(p.block, Line) and (p.role == "request" or _ASKS.search(p.block.text))
                    and (slug := prose.measure_slug(p.content if p.key else p.block.text))), "")  # not "Request 1"
    subject = subject or _measure(text, [], False)
    return Context(
        area=area, release=release, document=document, file_name=doc.file_name, reader=doc.reader,
        child=child, codes=codes, periods=periods, rules=rules,
        reference=received or prose.reference_date(text), requested_on=requested_on, truncated=doc.truncated,
        questions=_kinds_named_earlier(_with_earlier(_span_asked(requested, _lead_scope(placed, _defined(
            _to_date_as_covered(_since_answered(
                {k: _question(k, t, [c for c in codes if c not in of_rows], text) for k, t in questions.items()},
                [p.block for p in tables], footnotes), covers, [*periods, *headed]), lines, covers,
            _lead_relative(placed) is not None))))),
        suspects_aged=_suspects_band_said(response),
        suspects_10_to_17=any(_SUSPECTS_10_TO_17.search(line) for line in response),
        child_terms_as_ages=any(_CHILD_TERM_AS_AGE.search(line) for line in response),
        cyber_marker=bool(_CYBER_MARKER.search(text)) and not _FLAG_WORD.search(text),
        other_outcomes_named=any(_OTHER_OUTCOMES_NAMED.search(line) for line in lines),
        unknown_ages_left_out=any(_UNKNOWN_AGES_LEFT_OUT.search(line) for line in response),
        online_said=any(_SEARCHED.search(sentence) and prose.says_flagged_online(sentence) for p in placed
                        if isinstance(p.block, Line) and p.role in ("response", "unknown") and p.key is None
                        for sentence in prose.sentences(p.block.text)),
        subject=subject, asked=asked, requested=requested, requested_over=requested_over, footnotes=footnotes, code_not_for=code_not_for,
        codes_of_rows=of_rows, codes_of_answers=answers_only,
        periods_of_tables=frozenset(headed),
        parts=_parts(response), abbreviations=_abbreviations(response),
        bracketed=_bracketed(lines),
        request_relative=_lead_relative(placed),
        # (in a line, or a workbook's notes in their cells: "1. The figures for offence codes 071/17 and 088A have been combined")
        combined=frozenset(p.key for p in placed if p.role in ("response", "unknown") for text in _texts_of(p.block)
                           for sentence in prose.sentences(text)
                           if (_COMBINED.search(sentence) and (len(set(prose.codes_in(sentence)) | _codes_named(sentence, codes)) > 1 or (
                               # "… 19D, 19E, 19G and 19H. The four codes have been combined": the codes the sentence before named
                               _THE_CODES.search(sentence) and len(set(prose.codes_in(text))) > 1)))
                           # "The number of suspects …, for all of the offences in the table above, is shown below"
                           or _ALL_ABOVE.search(sentence)),
        ages_of=prose.ages_of(" ".join(p.block.text for p in placed if isinstance(p.block, Line) and p.role == "request")),
        lead_ages=_lead_ages(placed, questions), lead_text=" ".join(_lead_lines(placed, questions)),
        year_covers=covers,
        by_code=_by_code(questions), codes_tabled=frozenset(c for p in tables for c in _codes_tabled(p.block)),
    )


# "broken down by Home Office offence code", "by offence code", "split by HO code"
_BY_CODE = re.compile(r"\bby (?:the )?(?:home office |ho )?(?:offence |crime )?(?:code|classification)s?\b", re.I)


def _by_code(questions: dict[str, str]) -> frozenset[str]:
    """The questions asking a count broken down by offence code, and the later ones asking of
    the offences those count ("How many of these offences …")."""
    out: list[str] = []
    for key, text in questions.items():
        if _BY_CODE.search(text) or (out and _REFERS_BACK.search(text)):
            out.append(key)
    return frozenset(out)


def _lead_ages(placed: list[Placed], questions: dict[str, str]) -> dict[str, str]:
    """The one suspects' age band the lines over a reply's first table say all of it counts,
    where the reply quotes no request (an attachment titled "Crimes recorded under … 086/02 …
    where a suspect was aged under 18"): lines stating no count themselves. Not a victims' band,
    which there may only say what a child is, or what the codes counted are ("the codes that
    apply only where the victim is under 13")."""
    scopes = {tuple(sorted(ages.items())) for line in _lead_lines(placed, questions)
              for sentence in prose.sentences(line) if not prose.counts_in(sentence)
              and (ages := prose.age_scope(sentence))}
    if len(scopes) != 1:
        return {}
    return {k: v for k, v in scopes.pop() if k.startswith("suspect_age")}


def _fields(placed: list[Placed]) -> list[str]:
    """The rows of two cells of a reply's tables as a form's fields ("Date received: | 10/04/2024")."""
    return [" ".join(cell.text.strip() for cell in row if cell.text.strip()) for p in placed if isinstance(p.block, RawTable)
            for row in p.block.rows if sum(1 for cell in row if cell.text.strip()) == 2]


def _lead_lines(placed: list[Placed], questions: dict[str, str]) -> list[str]:
    """The lines over a reply's first table, where it quotes no request (an export titled
    "Child Sexual Exploitation (CSE) flagged crimes"); none where it quotes one."""
    if questions or any(p.role == "request" for p in placed):
        return []
    lead = takewhile(lambda p: not isinstance(p.block, RawTable), placed)
    return [p.block.text for p in lead if isinstance(p.block, Line) and p.role != "aside"]


def _texts_of(block: Line | RawTable) -> list[str]:
    """A line's text, or a table's cells' texts."""
    return [block.text] if isinstance(block, Line) else [cell.text for row in block.rows for cell in row if cell.text.strip()]


_THE_CODES = re.compile(r"\b(?:the|these|those) (?:(?:two|three|four|five|six|[2-9]) )?(?:offence )?(?:codes|classifications)\b", re.I)
_ALL_ABOVE = re.compile(r"\ball (?:of )?the (?:offences|crimes) (?:(?:shown |listed )?in the table above|above)\b", re.I)
_COMBINED = re.compile(r"\bcombined\b|\btogether\b|\baggregated\b|\b(?:both|all (?:two|three|four|five)) (?:codes|offences|classifications)\b"
                       # "charged with an offence under 86/2 or 86/4": one count, of either code
                       r"|\b(?:an|any) offence (?:under|of|in|within)\b[^.;]{0,40}?\b(?:or|and/or)\b|\beither (?:offence|code)\b",
                       re.I)


# "so all of the suspects below were aged between 10 and 17 at the time of the offence"
_ALL_SUSPECTS_AGED = re.compile(r"(?:\ball (?:of )?(?:the |these |those )?(?:suspects|offenders)\b[^.;]{0,30}?\b(?:were|are) aged "
                                # "… is 10, so these are suspects aged 10 to 17 at the time of the offence"
                                r"|\b(?:these|they) (?:are|were) (?:all )?(?:suspects|offenders) aged "
                                # "The figures below show offences … where at least one suspect was aged 10 to 17"
                                r"|\bfigures\b[^.;]{0,150}?\bwhere (?:at least one |an? |the )?(?:suspects?|offenders?) (?:was|were) aged )"
                                r"(?:between )?(\d{1,2}) (?:and|to|-|–) (\d{1,2})\b", re.I)


_CHILD_TERM_AS_AGE = re.compile(r"\b(?:young|younger|older) child\W{0,2}\s+(?:is|means)\s+a child\b", re.I)
_CYBER_MARKER = re.compile(r"\bcyber(?:[- ]enabled)?\s+marker\b|\bmarked as cyber", re.I)
_FLAG_WORD = re.compile(r"\bflag", re.I)
_SUSPECTS_10_TO_17 = re.compile(r"\b(?:suspects?|offenders?)\b[^.;]{0,20}?\baged (?:between )?10(?: (?:and|to) |\s?[-–]\s?)17\b", re.I)


def _suspects_band_said(response: list[str]) -> tuple[str, str] | None:
    """The band the reply says all its suspects fall in ("the age of criminal responsibility …
    is 10, so all of the suspects below were aged between 10 and 17")."""
    said = {(m.group(1), m.group(2)) for line in response for m in _ALL_SUSPECTS_AGED.finditer(line)}
    return said.pop() if len(said) == 1 else None


def suspects_as_said(dims: dict[str, str], ctx: Context) -> dict[str, str]:
    """``dims`` with suspects "under 18" as the band the reply says all its suspects fall in (10 to 17)."""
    if ctx.suspects_aged and (dims.get("suspect_age_min"), dims.get("suspect_age_max")) == ("0", ctx.suspects_aged[1]):
        return {**dims, "suspect_age_min": ctx.suspects_aged[0]}
    return dims


def _covered_to_date(sentence: str, covers: dict[Period, Period], said: list[Period]) -> list[Period]:
    """The parts of the years a sentence asks "to date" that the reply says its figures cover
    ("2024 covers …", else its only period from that year's first day to before its last:
    "2024 (1 January to 31 October)")."""
    out = []
    for whole in prose.periods_to_date(sentence):
        parts = [covers[whole]] if whole in covers else list(dict.fromkeys(p for p in said if p.start == whole.start and p.end < whole.end))
        out += parts if len(parts) == 1 else []
    return out


def _to_date_as_covered(questions: dict[str, Question], covers: dict[Period, Period],
                        said: list[Period]) -> dict[str, Question]:
    """Each question naming its years, one of them "to date" ("… in each of the calendar years 2021,
    2022 and 2023, and in 2024 to date?"), with that year as the part of it the reply gives
    (``_covered_to_date``), where it gives one."""
    out = {}
    for key, q in questions.items():
        parts = [p for sentence in prose.sentences(q.text) for p in _covered_to_date(sentence, covers, said)] if q.periods else []
        out[key] = replace(q, periods=[*q.periods, *(p for p in parts if p not in q.periods)]) if parts else q
    return out


def _years_to(first: int, day: date, said: list[Period]) -> list[Period]:
    """Each calendar year from ``first`` to the one holding ``day``, the request's "to date": that
    last one as the part of it the reply gives (its only period from 1 January to before 31
    December), else left out, for where "to date" ends the reply does not say."""
    whole = [Period.calendar_year(year) for year in range(first, day.year)]
    part = {p for p in said if p.start == date(day.year, 1, 1) and p.end < date(day.year, 12, 31)}
    return whole + list(part) if len(part) == 1 else whole


def _lead_scope(placed: list[Placed], questions: dict[str, Question]) -> dict[str, Question]:
    """The numbered questions under a request line that says what they all count: flagged
    online ("Yes - recorded sexual offences where … the online flag was applied. Please could
    you give: 1. the number …"), each online, unless a question names the flag itself, when
    which of them the lead means is not said; with a suspect of one age band ("… offences of
    … 86/2 where the suspect was aged under 18, for each of the calendar years …: 1. The
    number of crimes recorded."), each within it, unless it names a suspects' band of its own."""
    lead: list[str] = []
    for p in placed:
        if not isinstance(p.block, Line) or p.role != "request":
            lead = []
        elif p.key is None:
            lead.append(p.block.text)
        elif lead:
            sentences = [s for line in lead for s in prose.sentences(line)]
            if any(prose.says_flagged_online(s) for s in sentences) and not any(prose.states_online(q.text) for q in questions.values()):
                questions = {k: replace(q, online=True) for k, q in questions.items()}
            bands = {tuple(sorted((k, v) for k, v in ages.items() if k.startswith("suspect_age")))
                     for s in sentences if (ages := prose.age_scope(s))} - {()}
            if len(bands) == 1:
                band = dict(bands.pop())
                questions = {k: q if any(a.startswith("suspect_age") for a in q.ages) else replace(q, ages={**q.ages, **band})
                             for k, q in questions.items()}
            return questions
    return questions


def _lead_relative(placed: list[Placed]) -> prose.RelativePeriods | None:
    """The one relative span the request's unnumbered lines state ("For each of the last three
    financial years:"), which the numbered questions under it ask about."""
    said = {r.text.lower(): r for p in placed if isinstance(p.block, Line) and p.role == "request" and p.key is None
            and (r := prose.relative_periods(p.block.text))}
    return next(iter(said.values())) if len(said) == 1 else None


# "…for 'the last three years', which we have taken to mean the calendar years 2020, 2021 and 2022"
_DEFINES = re.compile(r"\b(?:taken|take|interpreted|interpret|understood|understand|treated|treat|read)\b[^.]{0,60}?\b(?:to mean|to be|as)\b", re.I)


def _defined(questions: dict[str, Question], lines: list[str], covers: dict[Period, Period],
             led: bool = False) -> dict[str, Question]:
    """Questions asking for years counted back ("the last three years", in their own words or,
    where ``led``, in the request's line leading into them) with the years the reply says it
    took them to mean, where it says; and a year asked "to date" with the part of it a
    footnote says the figures cover (``covers``)."""
    if covers:  # "2024 to date", with a footnote saying what part of 2024 the figures cover
        questions = {k: _year_covered(q, covers) for k, q in questions.items()}
    # the periods from the words that define on ("As 2024/25 has not yet finished, we have taken … to mean …")
    defined = [_split_as_said(_without_restated(flatten(prose.periods_in(s[said.start():]))), s) for line in lines
               for s in prose.sentences(line) if (said := _DEFINES.search(s)) and prose.relative_periods(s)]
    if len(defined) != 1 or not defined[0]:
        return questions
    return {k: replace(q, periods=list(defined[0]), relative=None) if (q.relative or led) and not q.periods else q
            for k, q in questions.items()}


def _year_covered(q: Question, covers: dict[Period, Period]) -> Question:
    """A question asking a year "to date" with the part of it the reply says its figures cover
    in place of that year: "For 2024, please also give a breakdown by month", in a question of
    "2024 up to the date of this request", is of that part too."""
    cut = [whole for whole in prose.periods_to_date(q.text) if whole in covers]
    kept = [p for p in q.periods if p not in cut]
    return replace(q, periods=kept + [covers[whole] for whole in cut])


_SEPARATELY = re.compile(r"\b(?:each|every) year\b[^.]{0,30}\bseparate(?:ly)?\b|\bseparately\b|"
                         r"\b(?:broken down|split|shown) by (?:financial |calendar )?year\b|\byear by year\b", re.I)
# "split into three 12-month periods", "the three complete financial years from 1 April 2021 to 31 March 2024"
_SPLIT = re.compile(r"\b(?:split|divided|broken)\b|\b(?:12|twelve)[- ]month periods\b|"
                    r"\b(?:two|three|four|five|six|[2-9])\s+(?:(?:complete|whole|full)\s+)?(?:financial|calendar)\s+years\b", re.I)


def _each_if_separately(sentence: str) -> list[Period]:
    """The periods a sentence of the request states; a span it asks for "with each year shown
    separately", its years."""
    said = flatten(prose.periods_in(sentence))
    return (_split_as_said(said, sentence) or said) if _SEPARATELY.search(sentence) else said


def _split_as_said(periods: list[Period], sentence: str) -> list[Period]:
    """The periods a sentence defining "the last three years" gives: "1 October 2021 to 30
    September 2024, … split into three 12-month periods" is those three; a span it says is
    split but that is no run of whole years is none that foistats can place."""
    if len(periods) != 1 or not (_SPLIT.search(sentence) or _SEPARATELY.search(sentence)):
        return periods
    span = periods[0]
    months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
    if span.start.day != 1 or Period(span.end.replace(day=1), span.end).kind != "months" or months % 12 or months <= 12:
        return []
    return _runs_of_months(span.start, 12, months // 12)


def _runs_of_months(start: date, months: int, count: int) -> list[Period]:
    """``count`` periods of ``months`` whole months each, one after another from ``start`` (a first of the month)."""
    starts = [date(start.year + (start.month - 1 + months * n) // 12, (start.month - 1 + months * n) % 12 + 1, 1)
              for n in range(count + 1)]
    return [Period(a, _day_before(b)) for a, b in zip(starts, starts[1:])]


# "in each quarter of 2023", "quarterly", "broken down by quarter"
_EACH_QUARTER = re.compile(r"\b(?:each|every|per|by) quarter\b|\bquarterly\b|\beach of the (?:four )?quarters\b", re.I)


def _years_named(text: str) -> int | None:
    """How many years words name ("the four years"); None where they name no number."""
    m = re.search(r"\b(two|three|four|five|six|[2-9])\b", text, re.I)
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else word_number(m.group(1))


def _years_of_quarters(periods: list[Period], text: str) -> list[Period]:
    """The whole years a run of quarters makes, for a question asking of a question before it
    that asked each quarter, without asking each quarter itself ("in each year", "How many of
    these investigations …"); the periods as they are for one asking of the quarters."""
    if re.search(r"\bquarters?\b", text, re.I) or not periods or len(periods) % 4:
        return periods
    years = [Period(periods[n].start, periods[n + 3].end) for n in range(0, len(periods), 4)]
    whole = all(year.is_whole_year and _runs_of_months(year.start, 3, 4) == periods[4 * n:4 * n + 4] for n, year in enumerate(years))
    return years if whole else periods


def _day_before(day: date) -> date:
    return date.fromordinal(day.toordinal() - 1)


_KEY_LINE = re.compile(r"^\s*([A-Z][A-Z0-9/]{0,7})\s*(?:=|:|–|—|-)\s*(\S.{2,120})$")


def _abbreviations(lines: list[str]) -> dict[str, str]:
    """What a table's abbreviated headers stand for, as a key under it says ("CS = Charge /
    summons (outcome 1)", "OC15 = Evidential difficulties …"): each in capitals, said once."""
    said: dict[str, list[str]] = {}
    for line in lines:
        if m := _KEY_LINE.match(line):
            said.setdefault(m.group(1), []).append(m.group(2).strip())
    return {short: words[0] for short, words in said.items() if len(words) == 1}


def _parts(lines: list[str]) -> dict[Period, Period]:
    """The years the reply says its figures for run only to a day inside ("The 2024/25 figures
    … run to 27 March 2025 only"), each with that part; none where it says two parts of one."""
    said = [found for line in lines for s in prose.sentences(line) if (found := prose.part_said(s))]
    return {whole: part for whole, part in said if len({p for w, p in said if w == whole}) == 1}


_FOOTNOTE = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s*)?([{FOOTNOTE_SIGNS}]+)\s*(\S.*)$")  # "* 2024 covers …", "2. * 2024 covers …"
_NUMBERED_NOTE = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(\((?:\d{1,2}|[a-z])\))\s*(\S.*)$")  # "(1) The first row is the total …", "4. (r) revised. …"


def _footnotes(lines: list[str], response: list[str]) -> dict[str, str]:
    """The notes a reply gives under its tables, by the mark that points to them
    ("* 2024 figures cover 1 January to 30 June only"); a numbered one ("(1) …") only in
    the force's own words, where a request's "(1)" numbers a question."""
    notes: dict[str, str] = {}
    for line in lines:
        if m := _FOOTNOTE.match(line):
            notes.setdefault(m.group(1), m.group(2))
    for line in response:
        if m := _NUMBERED_NOTE.match(line):
            notes.setdefault(m.group(1), m.group(2))
    return notes


def footnoted_period(text: str, period: Period | None, ctx: Context) -> Period | None:
    """The part of ``period`` a label's footnote says its figures cover ("2024/25*" with
    "*2024/25 covers 1 April 2024 to 30 September 2024"); None where the label has no mark,
    or its note names no one period inside the label's."""
    if period is None or not (m := FOOTNOTE_MARK.fullmatch(text.strip())) or (note := ctx.footnotes.get(m.group(2))) is None:
        return None
    return _part_noted(note, period)


def _part_noted(note: str, period: Period) -> Period | None:
    """The one part of ``period`` a footnote names ("* 1 January - 31 October 2024" of 2024)."""
    parts = [p for p in flatten(prose.periods_in(note)) if p != period and period.start <= p.start and p.end <= period.end]
    return parts[0] if len(parts) == 1 else None  # the note may name the year itself too


# --- one figure's setting: its question, then the document ------------------------------------


def one_count_over_codes(ctx: Context, key: str | None) -> bool:
    """Whether a question over several codes asks one count of them all ("the number of offences
    of rape of a child under 13 (HO codes 19E and 19H)"), so that its figure naming no code is
    of them all, rather than one a code ("how many under 73 and how many under 23"), where
    which code a figure naming none is goes to review."""
    codes = codes_for(ctx, key)
    return len(codes) > 1 and not any(q.asked > 1 and len(_codes_named(q.text, codes)) > 1 for q in ctx.questions.values())


def _codes_named(text: str, codes: list[str]) -> set[str]:
    """The codes a question's own words name, by number or by title (not those it takes from
    the question it refers back to: "For the offences in Q1, how many resulted in a charge")."""
    return {c for c in codes if c in prose.codes_in(text) or code_titled_in(text, [c])}


def requested_span(ctx: Context) -> Period | None:
    """The whole period the request asks, from its first day to its last; where it asks
    relatively ("the last three financial years"), the widest period the reply states, so long
    as every other it states lies inside it, or the run of periods it states one after another
    ("In April 2021 to March 2022 …, in April 2022 to March 2023 …")."""
    if ctx.requested:
        return Period(min(p.start for p in ctx.requested), max(p.end for p in ctx.requested))
    if not ctx.periods:
        return None
    widest = max(ctx.periods, key=lambda p: p.end - p.start)
    if all(widest.start <= p.start and p.end <= widest.end for p in ctx.periods):
        return widest
    run = sorted(set(ctx.periods), key=lambda p: p.start)
    return Period(run[0].start, run[-1].end) if all((b.start - a.end).days == 1 for a, b in zip(run, run[1:])) else None


def years_in(span: Period | None) -> int:
    """How many whole years, calendar or financial, a span covers (the "three years" of "for
    the three years combined"); 0 where it is no run of whole years."""
    if span is None:
        return 0
    if (span.start.month, span.start.day, span.end.month, span.end.day) == (1, 1, 12, 31):
        return span.end.year - span.start.year + 1
    if (span.start.month, span.start.day, span.end.month, span.end.day) == (4, 1, 3, 31):
        return span.end.year - span.start.year
    return 0


def _band_every_question_asks(ctx: Context) -> dict[str, str]:
    """The age bands every question of the request asks within, the same in each; not the
    victims' under 18, which only says what a child is."""
    bands = [q.ages for q in ctx.questions.values()]
    shared = {k: v for k, v in bands[0].items() if all(other.get(k) == v for other in bands[1:])}
    return {k: v for k, v in shared.items() if not (k.startswith("victim_age") and _under_18(shared))}


def _code_of_measure(q: Question | None, ctx: Context) -> str | None:
    """The one offence code whose offence is the measure a question asks in its own words
    ("sexual communication with a child (section 15A)" is 71/17), or the words of the first
    question, where it counts "these" of it, or of the question it refers back to; None for a
    measure of several codes or none."""
    if q is None:
        return None
    own = [q.text] + ([next(iter(ctx.questions.values())).text] if _THESE.search(q.text) and ctx.questions else []) \
        + ([referred.text] if (referred := referred_to(q, ctx)) else [])  # "… break the offences down by …"
    named = {_measure(text, [], False) for text in own} - {""}
    measure = measures().get(q.measure)
    return measure.offence_code if measure is not None and measure.offence_code and q.measure in named else None


_THESE = re.compile(r"\b(?:these|those)\b", re.I)
_PART_OF_THESE = re.compile(r"\d[\d,]*\s+of\s+$")  # "97 of these": the part, not the count "these" are of


def _counts_other_than_offences(q: Question | None) -> bool:
    """Whether a question counts something other than offences ("how many investigations into
    sexual communication with a child …"): an offence named in its words is the subject of what
    it counts, not a code every figure is of, as writers of labels read it both ways."""
    return q is not None and prose.noun_counted(q.text) in ("investigations", "operations", "referrals", "reports", "arrests",
                                                            "people", "persons", "individuals", "officers", "suspects",
                                                            "victims", "children")


def _of_no_code(q: Question | None) -> bool:
    """Whether a question asks for a measure of no one offence code ("sexual offences against
    children"): a code another question names is not its figures'."""
    return q is not None and ((measure := measures().get(q.measure)) is not None and not measure.offence_code
                              or _of_wider_class(q.text))


def _counts_within_no_code(q: Question | None, ctx: Context) -> bool:
    """Whether ``q``, or a question it refers back to through questions naming no code, asks a
    measure of no one offence code ("5. Of the online-flagged crimes in question 2, …" where
    question 2 counts within question 1's CSE-flagged crimes)."""
    seen: set[str] = set()
    while q is not None and q.key not in seen:
        if _of_no_code(q):
            return True
        if q.codes:
            return False
        seen.add(q.key)
        q = referred_to(q, ctx)
    return False


def _asks_of_no_code_too(ctx: Context, q: Question | None) -> bool:
    """Whether, beside the questions naming a code, another question asks a count of no one code
    in its own words ("1. How many crimes were recorded with a CSE flag …", "3. … (Home Office
    code 73)"), and ``q`` counts something other than offences, naming no offences or crimes
    ("How many arrests … using online decoy accounts"), nor anything of another question's: the
    reply is not about one code, and such a question is of none (not "How many of the grooming
    offences were identified …", of the question naming 88A)."""
    return q is not None and referred_to(q, ctx) is None and _counts_other_than_offences(q) \
        and not _OFFENCES_NAMED.search(q.text) and any(
        other.key != q.key and not other.codes and referred_to(other, ctx) is None and _of_no_code(other)
        for other in ctx.questions.values())


_OFFENCES_NAMED = re.compile(r"\b(?:offences?|crimes?|offending)\b", re.I)


def referred_to(q: Question | None, ctx: Context) -> Question | None:
    """The question one refers back to ("The same crimes broken down by the victim's age"): the
    one it names ("the offences in question 1"), else the one before it; for one asking only
    what the offences were like ("The age of the youngest victim in each year"), the first, as
    ``_with_earlier`` takes it; None where it does not refer back."""
    if q is None or q.key not in (keys := list(ctx.questions)):
        return None
    earlier = [(k, ctx.questions[k].text) for k in keys[:keys.index(q.key)]]
    if _REFERS_BACK.search(prose.first_ask(q.text)):
        named = _NAMED_QUESTIONS.search(q.text)
        before = (named.group(1) or named.group(2)) if named else (_kind_asked_before(q.text, earlier, -1) if earlier else None)
    elif earlier and _of_what_was_asked(q):
        before = _kind_asked_before(q.text, earlier, 0)
    else:
        return None
    return ctx.questions.get(before) if before != q.key else None


def _kind_asked_before(text: str, earlier: list[tuple[str, str]], default: int) -> str:
    """The key of the earlier question (of ``earlier``, each key and text, in order) that ``text``
    refers back to where it names none: the one at ``default`` (the first, or the one before),
    unless that one does not name the kind of offence referred to and a later one asking its own
    count does ("4. In how many of these grooming offences …" after "1. … CSE flag" and "2. … sexual
    grooming (88A)")."""
    chosen = earlier[default][0]
    if (coded := _CODE_REFERRED.search(text)) and (code := code_from_token(coded.group(1))):
        def names(said: str) -> bool:  # "For the same 88A crimes, …"
            return code in prose.codes_in(said)
    elif kind := _KIND_REFERRED.search(text):
        names = re.compile(rf"\b{re.escape(kind.group(1))}\b", re.I).search
    elif _THE_FLAGGED.search(text):
        names = _FLAG_NAMED.search  # "the online-flagged offences": those a question asked with the flag
    else:
        return chosen
    if names(earlier[default][1]):
        return chosen
    # (the question that asked them, not one of their part: "3. For the online grooming offences, which …")
    return next((k for k, said in reversed(earlier) if names(said) and not _REFERS_BACK.search(prose.first_ask(said))),
                chosen)


# what a question counts, named as a class wider than any one offence code: "the number of sexual offences
# recorded where …", "the number of crimes flagged as CSE", "crimes … which carried a Child Sexual Exploitation (CSE)
# flag", "CSE flagged crimes" (a flag that any crime may carry)
_WIDER_CLASS = re.compile(r"\bsexual (?:offences|crimes)\b(?! act)|\bcrimes (?:that (?:were|are) )?(?:flagged|marked|tagged)\b|"
                          r"\bcrimes\b[^.?]{0,120}?\b(?:(?:which|that|with|carrying)\s+(?:(?:carried|carry|carries|had|have|has|bore|bear)\s+)?|carried\s+|bore\s+)"
                          r"(?:an?|the)\s+[^.?]{0,50}?\bflag\b|"
                          r"\b(?:cse|csae|cyber|online)[- ]flagged (?:crimes|offences)\b", re.I)


@cache  # a pure reading of a question's words, asked again for every figure it has
def _of_wider_class(text: str) -> bool:
    """Whether a question counts a class wider than any one code, by its own words and not by
    what a question before it counted ("how many of these sexual offences …" counts those), in
    the sentence that asks (not "Please break this down by …" after it)."""
    asked = prose.sentences(prose.first_ask(text))[0]
    own = measures().get(_measure(asked, [], False))  # "offences of sexual communication with a child": that code's
    return bool(_WIDER_CLASS.search(asked)) and not _REFERS_BACK.search(asked) and not (own and own.offence_code)


def codes_for(ctx: Context, key: str | None) -> list[str]:
    """The offence codes a figure answering question ``key`` may be of: its question's, else
    the reply's that are not named only under other questions."""
    q = question_for(ctx, key)
    return q.codes if q and q.codes else [c for c in ctx.codes if not _named_elsewhere(ctx, c, key) and c not in ctx.codes_of_rows
                                          and not (key is None and c in ctx.codes_of_answers)]


def _named_elsewhere(ctx: Context, code: str, key: str | None) -> bool:
    """Whether ``code`` is named only under questions other than ``key`` (or the question
    ``key`` is a part of: "2a" of 2)."""
    whose = ctx.code_not_for.get(code, ())
    return key in whose or (key is not None and key.rstrip("abcdefgh") in whose)


def whose_ages(ctx: Context, key: str | None, said: str = "") -> str:
    """Whose ages an answer's age labels ("Aged 10 to 13") are, where the label does not say:
    whose its heading ``said`` ("Age of suspect"), else its question's or the request's ("broken
    down by the age of the suspect"), else the suspects' where what the question counts is
    suspects ("How many of the suspects were themselves under 18?"); '' where none says."""
    q = question_for(ctx, key)
    return said or (q.ages_of if q else "") or ctx.ages_of or ("suspect" if q is not None and q.unit == "suspects" else "")


def question_for(ctx: Context, key: str | None) -> Question | None:
    if key is None:
        return None
    return ctx.questions.get(key) or ctx.questions.get(key.rstrip("abcdefgh")) or None


def _offences_of(dims: dict[str, str], codes: list[str]) -> list:
    """The offences a figure is of: its own code's, else each code its answer may be of (None
    for a code the reference lacks)."""
    return [offences().get(code) for code in ([dims["offence_code"]] if "offence_code" in dims else codes)]


def _child_scope(q: Question, dims: dict[str, str], codes: list[str]) -> bool:
    """Whether the victims' band a question names is only what a child is (under 18), the
    scope of what is counted rather than a breakdown of it: where its measure is one about
    children ("sexual offences against children (victims aged under 18)"), or the figure's
    offence is against children in law (73, abuse of position of trust), or, for a figure of
    no one code, every code it may be of is; or, for such an offence, where the band only says
    what the request means by a child."""
    against = _offences_of(dims, codes)
    against_children = bool(against) and all(o is not None and o.child_specific == "yes" for o in against)
    if q.defines_child and against_children:
        return True
    if q.ages.get("victim_age_min") != "0" or q.ages.get("victim_age_max") != "17":
        return False
    if against_children:
        return True
    if (measure := measures().get(q.measure)) is not None:
        return bool(_CHILD.search(measure.title))
    # a measure foistats does not know, as its question names it: "child sexual abuse offences (victims
    # under 18)" defines a child; "missing children (aged 17 and under)" gives an age band
    return prose.child_said_under_18(q.text) \
        or (bool(_CHILD.search(prose.without_age_bands(q.text))) and not _AGED.search(q.text))


_AGED = re.compile(r"\baged\b", re.I)


_HOW_MANY = re.compile(r"\bhow many\b", re.I)


def _code_of_one_count(q: Question) -> bool:
    """Whether a question asks several counts and names its code in some of them only ("how many
    crimes … with a CSE flag, how many of those …, and how many offences of sexual grooming
    (88A)"): the code is that count's, not every figure's. A count asked "of those" is the one
    before it again."""
    starts = [m.start() for m in _HOW_MANY.finditer(q.text)]
    parts = [q.text[a:b] for a, b in zip(starts, [*starts[1:], len(q.text)])]
    fresh = [part for part in parts if not _REFERS_BACK.search(part) and not re.match(r"how many (?:were|was|had|have|did)\b", part, re.I)]
    named = [part for part in fresh if any(re.search(rf"(?<![\w/]){re.escape(code)}(?![\w/])", part) for code in q.codes)]
    return len(fresh) >= 2 and 1 <= len(named) < len(fresh)


_UNDER_AGE = re.compile(r"\bunder (\d{1,2})\b", re.I)


def without_defining_band(dims: dict[str, str], codes: list[str]) -> dict[str, str]:
    """A figure's breakdown without the victims' band its offence's own title defines ("71
    offences of rape of a female child under 13 (019E)": every 19E victim is under 13, so the
    band is what the offence is, not a part of it); for a figure of no one code, the band
    every code its answer may be of defines (19E and 19H, "rapes of children under 13")."""
    bands = {m.group(1) if offence and (m := _UNDER_AGE.search(offence.description)) else None
             for offence in _offences_of(dims, codes)}
    if len(bands) != 1 or (under := bands.pop()) is None:
        return dims
    if (dims.get("victim_age_min"), dims.get("victim_age_max")) != ("0", str(int(under) - 1)):
        return dims
    return {k: v for k, v in dims.items() if k not in ("victim_age_min", "victim_age_max")}


def _caution_kind_holds(dims: dict[str, str], asked: dict[str, str]) -> bool:
    """Whether a caution's kind ("Youth caution": under 18; "Adult caution": 18 and over) is a
    figure's only suspect band and the question's band lies inside it, so that the question's is
    the figure's."""
    if dims.get("outcome") != "cautioned" or "suspect_age_known" in dims:
        return False
    lo, hi = dims.get("suspect_age_min", "0"), dims.get("suspect_age_max")
    if (lo, hi) not in (("0", "17"), ("18", None)):
        return False
    asked_lo, asked_hi = asked.get("suspect_age_min"), asked.get("suspect_age_max")
    if asked_lo is None and asked_hi is None:
        return False
    return int(asked_lo or 0) >= int(lo) and (hi is None or (asked_hi is not None and int(asked_hi) <= int(hi)))


def covered(period: Period, covers: dict[Period, Period]) -> Period:
    """What a figure's period covers, where the reply says a year of it is only a part ("2024
    covers 1 January to 30 June"): that part ("41 of the offences recorded in 2024"), or a span
    over years ending with that year, to the part's end (a "Grand Total" of 2021 to 2024)."""
    if (part := covers.get(period)) is not None:
        return part
    ending = [part for whole, part in covers.items() if whole.end == period.end and period.start < whole.start]
    return Period(period.start, ending[0].end) if len(ending) == 1 else period


def settle(fig: Figure, ctx: Context, key: str | None, own_periods: list[Period] | None = None,
           broken_down: frozenset[str] = frozenset()) -> Figure:
    """Give a figure what its question and the document say about it, and note doubts.
    ``broken_down``: the dimensions the figure's table splits by (a column "Of which online"
    beside the whole): where its own labels set none of them, the question sets none either."""
    q = question_for(ctx, key)
    fig.question = key
    if fig.period is not None:
        fig.period = covered(fig.period, ctx.year_covers)
    dims = dict(fig.dims)
    codes = codes_for(ctx, key)
    if "offence_code" not in dims and "offence_code" not in broken_down:  # a Total over the codes is of none
        if q is not None and q.partly_coded:
            pass  # (of no code: the whole the parts make, or a part naming none)
        elif len(codes) == 1 and q is not None and q.codes and _code_of_one_count(q):
            fig.doubts.append(f"the question names {codes[0]} for only some of the counts it asks, and this figure's "
                              "labels do not say which count it is")
        elif len(codes) == 1 and key is None and ctx.code_not_for.get(codes[0]):
            # the table under "2. For the crimes in question 1 …", tied to no question, where only question 3 names
            # code 73: whether it is of that code is not said
            fig.doubts.append(f"the reply names {codes[0]} under some questions only, and which question this figure "
                              "answers is not said")
        elif len(codes) == 1 and not (q is not None and not q.codes and _counts_within_no_code(q, ctx)):
            # (not a question of a measure of no one code, "For all sexual offences against children …", nor one of the
            # crimes such a question counts: "Of the crimes in question 1, how many also carried the online flag?")
            dims["offence_code"] = codes[0]
        # a refusal of a question asking one thing of several questions' offences together ("the apps
        # used, for the offences in Q1 and Q2") refuses it of them all
        # (nor where a table breaks the count down by those codes, a row each: a figure naming none is of them all)
        elif len(codes) > 1 and key not in ctx.combined and key not in ctx.by_code and not set(codes) <= ctx.codes_tabled \
                and not (q is not None and not q.codes and _of_no_code(q)) and not (
                q and (q.codes or _NAMED_QUESTIONS.search(q.text))
                and (one_count_over_codes(ctx, key) or (fig.status in ("exempt", "not_held") and q.joint and q.asked == 1))):
            fig.doubts.append(f"the reply names several offence codes ({', '.join(codes)}) and this figure's labels name none")
        elif not (q and q.codes) and not _counts_within_no_code(q, ctx) and key not in ctx.combined \
                and (named := [c for c in ctx.codes if _named_elsewhere(ctx, c, key) and c not in ctx.codes_of_rows]):
            # (codes a table breaks another question's count down by, a row each, are that table's: no doubt of this one)
            elsewhere = [c for c in named if c not in ctx.codes_tabled]
            own = _code_of_measure(q, ctx)
            if (elsewhere == [own] or (not elsewhere and own in named)) and fig.status != "no_response" \
                    and not _counts_other_than_offences(q):
                # "sexual communication with a child (s.15A)": the measure asked is that code's offence, by definition
                # (but a question found unanswered is foistats' own reading of the reply, and the doubt stands)
                dims["offence_code"] = own
            # (but "how many of the crimes at question 1 carried a CSE flag", its several codes named there, answered
            # by a figure naming none: one count of them all)
            elif elsewhere and not (len(elsewhere) > 1 and q is not None and _NAMED_QUESTIONS.search(q.text)
                                    and fig.status in ("reported", "suppressed")) and not _asks_of_no_code_too(ctx, q):
                # a question naming no code, in a reply about one: whether its figures are of that code is not said
                fig.doubts.append(f"the reply names {', '.join(elsewhere)} under other questions, not this one")
    if q is None and key is not None and key[:1].isdigit() and not any(k[:1].isdigit() for k in ctx.questions) \
            and any(other.ages or other.online for other in ctx.questions.values()):
        # "1. In calendar year 2022 …" answering questions lettered (a) to (c), numbered as none of them is: which
        # question, and so which of the bands and flags they ask within, the answer does not say
        fig.doubts.append(f"the answer is numbered {key}, which no question is, and the questions narrow what they "
                          "count (an age band, the online flag); which it answers is not said")
    if q is None and len(ctx.questions) > 1 and (these := _THESE.search(fig.context)) \
            and not prose.counts_in(_PART_OF_THESE.sub("", fig.context[:these.start()])) \
            and any((other.ages and not any("_age" in k for k in fig.dims)) or (other.online and "online_flag" not in fig.dims)
                    for other in ctx.questions.values()) and not _band_every_question_asks(ctx):
        # "The online flag was applied to 97 of these offences in 2022" under a heading tied to no question, where
        # the questions narrow what they count in a way its own words do not: which count "these" are of is not
        # said (but "… 143 crimes with a CSE flag … Of these, 37 …": the count is in the line)
        fig.doubts.append("the figure counts 'these' of a count before it, tied to no one question, and the questions "
                          "narrow what they count differently; which count it is part of is not said")
    if q is None and (shared := _band_every_question_asks(ctx) if len(ctx.questions) > 1 else ctx.lead_ages):
        # a figure answering no one question, where every question counts within one band ("… where the suspect was
        # aged under 18", and "of these …" after it), or the title over the tables of a reply quoting no request does
        for who in ("victim", "suspect"):
            if not any(k.startswith(f"{who}_age") for k in (*dims, *broken_down)):
                dims.update({k: v for k, v in shared.items() if k.startswith(f"{who}_age")})
    if q is not None:
        # (not a table's "N/H" cell, under its own year)
        if q.span_or_each and fig.status in ("exempt", "not_held", "no_response") and (fig.refused or fig.status == "no_response"):
            fig.doubts.append(f"question {key} does not say whether it asks one count over the years or one a year")
        if q.to_date_untold and fig.status in ("exempt", "not_held", "no_response"):
            fig.doubts.append(f"question {key} asks over the years of an earlier question, one of them 'to date'; "
                              "where that year ends the request does not say")
        if q.online and "online_flag" not in dims and "online_flag" not in broken_down:
            dims["online_flag"] = "true"
            if q.by_contact:  # writers of replies and of labels read it both ways
                fig.doubts.append("the question asks where first contact was made online; whether the online flag "
                                  "records that is not said")
        if not q.online and fig.refused and "online_flag" not in dims and _ONLINE_WORD.search(q.text):
            # "how many of the online CSE investigations involved …", refused: the online flag, or online in
            # some other sense; nothing in a refusal tells
            fig.doubts.append("the question speaks of what is counted as online without naming the online flag; "
                              "whether it means the flag is not said")
        if q.outcome and "outcome" not in dims and "outcome" not in broken_down:
            dims["outcome"] = q.outcome
        if q.platform and "platform" not in dims and "platform" not in broken_down:
            dims["platform"] = q.platform
        for who in ("victim", "suspect"):
            # "How many of the suspects were referred …" after a question of crimes with a suspect aged 10 to 17:
            # those suspects, or all; the question does not say
            if re.search(rf"\bthe {who}s\b", q.text, re.I) and not any(k.startswith(f"{who}_age") for k in (*q.ages, *dims)) \
                    and any(k.startswith(f"{who}_age") for other in ctx.questions.values() if other is not q for k in other.ages):
                fig.doubts.append(f"the question asks of 'the {who}s' after another that limits them by age; "
                                  "whether it means those only is not said")
            # a Total beside "Under 18 | 18 and over" is of every age, whatever band the question named
            own = any(k.startswith(f"{who}_age") for k in (*dims, *broken_down))
            if who == "suspect" and own and _caution_kind_holds(dims, q.ages):
                # "Youth caution" under a question of suspects aged 10 to 17: the label says what kind of
                # caution, not a band of its own; its suspects are the question's
                dims.update({k: v for k, v in q.ages.items() if k.startswith("suspect_age")})
            if not own and not (who == "victim" and _child_scope(q, dims, ctx.codes)):
                dims.update({k: v for k, v in q.ages.items() if k.startswith(f"{who}_age")})
                if ctx.title_band_unsettled and fig.status in ("exempt", "not_held", "no_response") \
                        and any(k.startswith(f"{who}_age") for k in q.ages) \
                        and not any(k.startswith(f"{who}_age") for k in prose.age_scope(q.text)):
                    # "how many of those crimes involved Category A images", refused, after a table whose total may be
                    # of the band or of all that is counted: the band those crimes carry is as open
                    fig.doubts.append(f"the question counts 'those' of an earlier one limited by the {who}s' age, whose "
                                      "total the reply leaves open; whether that band is a part of what is counted is not said")
                if who == "suspect" and fig.status in ("reported", "suppressed") and q.ages.get("suspect_age_max") == "17" \
                        and any(_CHILD_ON_CHILD.search(o.text) and _CHILD_VICTIM.search(o.text) for o in ctx.questions.values()):
                    # "where the victim was a child (under 18) and the suspect was also under 18": offences by
                    # children against children, what is counted, or a band of it; writers of labels read both ways
                    fig.doubts.append("the question counts offences where victim and suspect were both under 18; "
                                      "whether the suspects' under 18 is a band of what is counted or what it is, "
                                      "the reply does not say")
                if who == "victim" and q.under_18_taken:
                    fig.doubts.append("the question counts 'these' of an earlier one about victims under 18; whether "
                                      "under 18 narrows this count or only says what a child is, the reply does not say")
                elif who == "victim" and _under_18(q.ages) and _UNDER_18_SAID.search(q.text) \
                        and (fig.status in ("reported", "suppressed") or (fig.status == "not_held" and not fig.refused)):
                    # "sexual offences … where the victim was aged under 18": a band of sexual offences, or the
                    # offences against children the request is about; writers of labels read it both ways
                    fig.doubts.append("the question counts offences where the victim was under 18; whether that is a "
                                      "band of what is counted or what a child is, the reply does not say")
    if dims.get("outcome") == "other" and ctx.other_outcomes_named:
        # "All other outcomes": the outcomes the other rows leave, together, one outcome of the breakdown; but where the
        # reply lists the outcomes it gathers, a set of outcomes named, which some writers of labels read as no outcome
        fig.doubts.append("'other outcomes' gathers the outcomes the other rows leave; whether that is an outcome "
                          "of its own or the figure is of no outcome, the reply does not say")
    if ctx.online_said and "online_flag" not in dims and "online_flag" not in broken_down and q is not None \
            and not q.online and fig.status != "no_response" and any(o.online for o in ctx.questions.values()):
        # "The figures below … relate to crimes … which carry the online (cyber-enabled) flag", under a request asking
        # of flagged crimes: every figure below, the platforms another question asks too
        dims["online_flag"] = "true"
    elif ctx.online_said and "online_flag" not in dims and not (q and q.online) and fig.status != "no_response":
        # (a refusal too: "… 2022 and 2023 are refused under section 12(1)", of the flagged crimes searched, or of all)
        fig.doubts.append("the reply says what it searched carried the online flag, which the question does not ask; "
                          "whether every figure is of flagged crimes is not said")
    if ctx.cyber_marker and dims.get("online_flag") == "true" and (first := next(iter(ctx.questions.values()), None)) \
            and first.online:
        # the request's first question asks of crimes with Police Scotland's cyber marker: the online flag of a
        # breakdown, or what the measure is; writers of labels read it both ways
        fig.doubts.append("the request asks of crimes with the cyber marker; whether that is the online flag of what "
                          "is counted or what is counted, the reply does not say")
    fig.dims = without_defining_band(suspects_as_said(dims, ctx), codes)
    if ctx.suspects_10_to_17 and (fig.dims.get("suspect_age_min"), fig.dims.get("suspect_age_max")) == ("0", "17"):
        # "… where a suspect aged 10 to 17 at the time of the offence was recorded", under a question of suspects under 18
        fig.doubts.append("the reply speaks of suspects aged 10 to 17 and this figure is of suspects under 18; whether "
                          "they are the same children is not said")
    if not fig.measure:
        fig.measure = q.measure if q and q.measure else (_measure("", codes, False) if len(codes) == 1 else "") or ctx.subject or "reply_figures"
        fig.unit = q.unit if q else fig.unit
    _file_as_asked(fig, ctx.asked)
    if "offence_code" in fig.dims and not ctx.codes and measure_for_code(fig.dims["offence_code"]) == fig.measure:
        del fig.dims["offence_code"]  # "offences of sexual communication with a child": the measure's name says it
    elif "offence_code" in fig.dims and not ctx.codes and fig.dims["offence_code"] in codes_of_measures():
        # "Sexual communication with a child (s.15A)" among a question's offences: the one offence a measure
        # is, named by its title, is that measure's figure
        fig.measure = measure_for_code(fig.dims.pop("offence_code"))
    elif "offence_code" in fig.dims and not ctx.codes:
        # "Rape of a female child under 16" in a reply that writes no code: which classifications a force's
        # own title counts is its to say, so the code read from the words waits for a person
        fig.doubts.append(f"the reply names this offence by its title only and writes no Home Office code; "
                          f"{fig.dims['offence_code']} is foistats' reading of the title")
    if fig.period is None and not own_periods and q is not None and asks_about_now(q.text) and _OUTCOMES.search(q.text) \
            and (before := referred_to(q, ctx)) is not None and before.periods:
        # "The outcomes of the offences in question 1 as they currently stand": of the offences that question
        # counts, over the whole of its periods (not "how many investigations into such offences are open": a count
        # of now)
        fig.period = Period(min(p.start for p in before.periods), max(p.end for p in before.periods))
    if fig.period is None and not own_periods and q is not None and asks_about_now(q.text):
        fig.doubts.append("the question asks about now, and the reply states no date for it")
    elif fig.period is not None and q is not None and (asks_about_now(q.text) or _STILL.search(q.text)) \
            and (day := _as_at_day(fig)) is not None:
        # "How many … are still under investigation?" — "As at 18 November 2024, 96 of the offences recorded in
        # 2023 …": a count of that day, of the offences of that year; which of the two it is filed under, a person says
        fig.doubts.append(f"the question asks about now and the reply counts as at {day.day} {day:%B %Y} the offences of "
                          f"{fig.period.label}; which period this figure is of is for a person to choose")
    elif fig.period is None:
        # the answer's own period, else its question's, else the request's, else the reply's
        candidates = own_periods or (q.periods if q and q.periods else []) or ctx.requested or ctx.periods
        # "in each of the last three financial years, and in the current year to date": the one year it names is not all it asks
        counted_back = not own_periods and q is not None and (rel := prose.relative_periods(q.text)) is not None and rel.count > 1
        if len(candidates) == 1 and counted_back:
            fig.doubts.append(f"the question asks for {rel.text!r} as well as {candidates[0].label}, and this figure's "
                              "labels do not say which period it is")
        elif len(candidates) == 1:
            fig.period = candidates[0]
        elif candidates:
            fig.doubts.append("the reply states several periods (" + ", ".join(p.label for p in candidates[:6]) +
                              ") and this figure's labels do not say which")
        else:
            fig.doubts.append("no period is stated for this figure")
    fig.period = ctx.parts.get(fig.period, fig.period) if fig.period is not None else None
    return fig


_NOW = re.compile(r"\b(?:currently|at present|presently|at the moment|right now)\b", re.I)
_STILL = re.compile(r"\bstill (?:under|open|ongoing|outstanding|being|awaiting|undetermined|live|active)\b", re.I)


def _as_at_day(fig: Figure) -> date | None:
    """The day the sentence stating a figure of a longer period says its count stands "as at"."""
    if fig.value is None or fig.period.start == fig.period.end:
        return None
    value = re.compile(rf"(?<![\d,]){fig.value:,}(?![\d,])|(?<![\d,]){fig.value}(?![\d,])")
    days = [p.start for s in prose.sentences(fig.context) if value.search(s)
            for m in prose.periods_with_as_at(s) for p in m.periods if p.start == p.end]
    return days[0] if days else None


def asks_about_now(question: str) -> bool:
    """Whether a question asks how things stand now ("currently wanted"): no period is its."""
    return bool(_NOW.search(question))


def _file_as_asked(fig: Figure, asked: Asked) -> None:
    """File a figure under a measure the campaign asked (or the one a person named): the
    asked measure whose own offence code its labels name ("… grooming (88A)" is grooming,
    whatever measure was named for the reply), its own reading where that is asked (or is
    the whole an asked part is flagged within), the one measure asked, or — where several
    were asked and the reply does not say which this is — the first, with every asked
    measure offered as a choice in review. A measure is never made up from a reply's
    title or quoted request. The offence code that is the measure's own definition is no
    breakdown of it: such a row is the measure's total."""
    if not asked.measure and not asked.measures:
        return
    flagged = [m for m in (measures().get(slug) for slug in asked.measures) if m and m.part_of == fig.measure and
               all(fig.dims.get(k) == v for k, v in Breakdown.parse(m.part_breakdown).items())]
    named = [slug for slug in dict.fromkeys((*asked.measures, *filter(None, [asked.measure])))
             if (m := measures().get(slug)) and not m.share_of and without_own_code(slug, fig.dims) != fig.dims]
    if len(named) == 1:
        fig.measure = named[0]
    elif asked.measure:
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
    if not fig.choices:
        fig.dims = without_own_code(fig.measure, fig.dims)
