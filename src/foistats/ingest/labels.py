"""The header vocabulary: what a row or column label of a reply's table means.

A label is read into one *axis* of the dimension vocabulary (ARCHITECTURE.md) and its
value: ``2019/20`` is a period, ``11 and under`` a victim age band (0..11), ``Female`` a
victim gender, ``01: Charged/summonsed`` an outcome, ``71/17`` or "Sexual communication
with a child" an offence code, ``Cyber flag`` the online flag, ``Snapchat`` a platform,
``Sum:`` a total, ``Count`` the column the values are in. A label it cannot read has axis
``None``, and the interpreter sends what depends on it to review.

``Unknown`` alone is an unknown of whatever its neighbours are (gender beside ``Female``,
age beside ``12-15``): its axis is ``unknown`` until :func:`resolve_unknowns` places it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from ..errors import PeriodError
from ..offences import measures, normalise_code, offences
from ..periods import MONTHS, Period, parse_period

AXES = ("period", "victim_age", "suspect_age", "victim_gender", "outcome", "offence_code",
        "online_flag", "platform", "recording_system")


@dataclass(frozen=True)
class Label:
    """A label as read: its axis, the dimensions it sets and the period it names."""

    text: str
    axis: str | None  # one of AXES, "total", "value", "unknown", or None when not understood
    dims: tuple[tuple[str, str], ...] = ()
    period: Period | None = None
    counted: str = ""  # for a "counted" label ("Arrests"): the measure it names, which no question decides
    kind_of: str = ""  # for a counted label naming a kind its question asks for ("High" risk): the measure split

    @property
    def understood(self) -> bool:
        return self.axis is not None and self.axis != "unknown"


_SPACES = re.compile(r"\s+")


# a footnote's reference in a label: "Flagged online (note 2)", "Snapchat [note 3]", "[see note 3]"
NOTE_REFERENCE = re.compile(r"\s*[(\[]\s*(?:see\s+)?(?:foot)?notes?\s*\d{1,2}[a-z]?\s*[)\]]", re.I)


# examples a label lists in brackets ("Other (incl. Discord, Roblox)"): what it is, said by example
_EXAMPLES = re.compile(r"\s*\((?:incl\.?|including|inc\.|e\.g\.?|eg|such as|for example)\s[^()]*\)", re.I)


# when an age was taken, said after it: "aged 12 or under at time of offence"
_AT_THE_TIME = re.compile(r"\s*,?\s*(?:at|on) (?:the )?(?:time|date) of (?:the )?(?:offence|crime|incident|recording)\s*$", re.I)


def _norm(text: str) -> str:
    text = _AT_THE_TIME.sub("", _EXAMPLES.sub("", NOTE_REFERENCE.sub("", text)))
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-").strip()
    text = _SPACES.sub(" ", text)
    return text.strip(" :;.*").lower()


# --- totals and value columns --------------------------------------------------------------

_TOTAL = re.compile(r"^(?:grand |overall |(?:two|three|four|five|\d)[- ]year |(?:financial |calendar )?year(?:'s)? |annual )?(?:total|totals|sum|all)"
                    r"(?: (?:count|number|of all|offences|crimes|victims|suspects|incidents|ages|years|recorded|reported)){0,2}"
                    r"(?: (?:aged )?under 18)?$"  # "All victims under 18" over the bands of a child's age
                    # "All of the offences below", "All three codes", "Both codes combined"
                    r"|^(?:all|both) (?:of )?(?:the )?(?:(?:two|three|four|five|six|seven) )?(?:offences|crimes|(?:offence )?codes)"
                    # "All offences in Q1", "All crimes at question 1": every offence the question counted
                    r"(?: (?:below|above|listed|shown|combined|(?:in|at|from|of) (?:q|question) ?\d{1,2}[a-h]?))?$")
# "Female / Male" beside an age nobody recorded: victims of either sex, not split, and not the
# total of the rows that are
_ALL_OF_CODE = re.compile(r"(?:all|total) (\S+) (?:offences|crimes)(?: recorded)?")
_EITHER_SEX = re.compile(r"^(?:female ?(?:/|and|&|or) ?male|male ?(?:/|and|&|or) ?female|(?:both|all|either) (?:genders?|sexes|sex))$")
_VALUE = re.compile(
    r"^(?:count|counts|number|no|no\.|numbers|figure|figures|value|values|amount|(?:number )?recorded|"
    # a pivot table's chrome: "Sum of Count", "Count of Crime Reference", "Row Labels"
    r"(?:sum|count) of (?:offences?|crimes?|victims?|cases?|incidents?|records?|count|value|number|"
    r"occurrences?|crime ref(?:erence)?s?|crime (?:numbers?|nos?\.?|ids?)|urns?)|row labels|column labels|"
    r"(?:number|no\.?|count) of (?:offences|crimes|victims|cases|incidents|suspects|people|persons|records|reports|referrals)"
    r"(?: recorded)?|"  # "Number of crimes recorded"
    r"(?:recorded )?(?:offences|crimes|victims|cases|incidents|suspects|people|persons|records|reports|referrals)(?: recorded)?|"
    # an export's column of its counts: "Suspect Count", "Crime count"
    r"(?:offence|crime|victim|case|incident|suspect|person|record|report|referral)s? (?:count|number))$"
)

# a pivot's chrome over its table: what it counts ("Count of Crime Number", beside "Column
# Labels" or "Values"), and each filter on a line of its own ("Cyber Flag" beside "Y")
_PIVOT_VALUES = re.compile(r"^(?:count|sum|average|max|min) of\b", re.I)
_PIVOT_FIELD = re.compile(r"^[A-Za-z].{1,29}$")


def pivot_counted(cells: list[str]) -> str | None:
    """What a pivot's row of what it counts says it counts ("Count of Crime Number" |
    "Column Labels"), given the row's filled cells; None for any other row."""
    if cells and _PIVOT_VALUES.match(cells[0]) and (len(cells) == 1 or (len(cells) == 2 and cells[1].lower() in ("column labels", "values"))):
        return cells[0]
    return None


def pivot_header(cells: list[str]) -> str | None:
    """What a pivot in compact form counts, its header row the table's own ("Row Labels" |
    "Count of Crime Number"), given the row's filled cells; None for any other row."""
    return cells[1] if len(cells) == 2 and cells[0].lower() == "row labels" and _PIVOT_VALUES.match(cells[1]) else None


def pivot_filter(cells: list[str]) -> tuple[str, str] | None:
    """A pivot's filter, a field and its value ("Cyber Flag" | "Y"), given the row's filled
    cells; None for any other row."""
    return (cells[0], cells[1]) if len(cells) == 2 and _PIVOT_FIELD.match(cells[0]) and len(cells[1]) <= 30 else None


def pivot_title(counted: str, filters: list[tuple[str, str]]) -> str:
    """The title a pivot's chrome gives its table, as a table's title says what each figure
    of it is ("Count of Crime Number, Cyber Flag: Y"); a filter of "(All)" narrows nothing, and one
    of "(Multiple Items)" does not say to what."""
    return ", ".join([counted] + [f"{field}: {value}" for field, value in filters
                                  if value.lower() not in ("(all)", "all", "(multiple items)")])


# a column or row that names what it counts, when that is not the offences a reply is about
# ("Year | Arrests | Cautions"): its figures are that measure, whatever the question asked
_COUNTED = [
    (re.compile(r"^(?:(?:number|no\.?|count) of )?(?:arrests?|arrested|(?:people|persons|suspects|offenders) arrested)"
                r"(?: (?:linked|connected|related|made) (?:to|with|in connection with) .+)?$"), "arrests"),
    (re.compile(r"^(?:(?:number|no\.?|count) of )?non[- ]?crimes?(?: incidents?| records?)?$|^nchis?$|^non[- ]crime hate incidents?$"),
     "non_crime_incidents"),
    # "Suspects linked, by age at time of offence" over its bands, beside "Offences recorded": people, not offences
    (re.compile(r"^(?:(?:number|no\.?|count) of )?(?:suspects|offenders) (?:linked|identified|connected)(?: to (?:the |these |those )?(?:offences|crimes))?"
                r"(?:,? (?:by|broken down by) (?:their )?age(?: at (?:the )?time of (?:the )?offence)?)?$"), "suspects"),
]

# --- axis names (the corner cell or a header over labels) ----------------------------------

_AXIS_NAMES = [
    (re.compile(r"^(?:(?:suspects?|offenders?|perpetrators?)'? ?(?:age|ages|age group|age band)s?|"
                r"(?:age|ages|age group|age band)s? of (?:the )?(?:suspects?|offenders?|perpetrators?))"
                r"(?: \(years\))?(?: at (?:the )?time of (?:the )?offence)?$"), "suspect_age"),
    (re.compile(r"^(?:victims?'? ?)?(?:age|ages|age group|age band|age range)s?(?: of (?:the )?victims?)?(?: \(years\))?"
                r"(?: at (?:the )?time of (?:the )?offence)?$"), "victim_age"),
    (re.compile(r"^(?:victims?'? ?)?(?:gender|sex)(?: of victims?)?$"), "victim_gender"),
    (re.compile(r"^(?:financial |calendar )?(?:year|years|period|periods|fy|date|dates|month|months|quarter|quarters)"
                r"(?: (?:(?:crime |offence )?recorded|(?:crime |offence )?reported|of recording))?"
                # "Financial year (1 April – 31 March)": the months its years run
                r"(?: \((?:1 )?(?:jan|apr)[a-z]* ?(?:-|to) ?(?:31 )?(?:dec|mar)[a-z]*\))?$"), "period"),
    (re.compile(r"^(?:positive |crime |case |ho |home office )?(?:outcome|outcomes|outcome type|outcome types|disposal|disposals|result)s?"
                r"(?: (?:number|no\.?|code|type number))?$"), "outcome"),
    (re.compile(r"^(?:offence|offences|crime type|offence type|ho(?:cr)? code|hocr|home office code|(?:ho |hocr |home office )?offence code|code|"
                r"classification|offence description|crime)s?"
                r"(?: (?:and|&)? ?(?:offence|description|title|name|offence description|offence title)s?)?$"), "offence_code"),
    (re.compile(r"^(?:platform|platforms|app|apps|website|websites|site|sites|method of communication|means of communication|social media)$"), "platform"),
    (re.compile(r"^(?:system|recording system|source system|source)$"), "recording_system"),
    (re.compile(r"^(?:online|cyber|online ?/ ?cyber|cyber ?/ ?online|online or cyber|cyber[- ]enabled)[- ](?:flag|marker|indicator|tag)s?"
                r"(?: applied)?$"), "online_flag"),
]


# the marks that point to a footnote: "2024/25*", "2024²" (a PDF's superscript kept), "All offences (1)"
# a numbered caption over a table: "Table 1 – Offences recorded", "Figure 2: …" (its words in group 1)
CAPTION = re.compile(r"^\s*(?:table|figure|chart)\s*\d{1,2}[a-z]?\s*[-–—:.]\s*(\S.*)$", re.I)
FOOTNOTE_SIGNS = "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"
FOOTNOTE_MARK = re.compile(rf"(.*?\S)\s*([{FOOTNOTE_SIGNS}]+|\((?:\d{{1,2}}|[a-z])\))")


def without_footnote_mark(text: str) -> str:
    """A label without the mark of its footnote ("2024*" is 2024, whatever the note says of it)."""
    return m.group(1) if (m := FOOTNOTE_MARK.fullmatch(text.strip())) else text.strip()


def axis_name(text: str) -> str | None:
    """The axis a corner cell or a header over labels names ("Age" -> victim_age)."""
    return _axis_named(_norm(text))


def _axis_named(norm: str) -> str | None:
    for pattern, axis in _AXIS_NAMES:
        if pattern.match(norm):
            return axis
    return None


# --- the readers of one axis each ------------------------------------------------------------

_AGE_WORDS = r"(?:victims? |suspects? |offenders? )?(?:aged |age |ages )?"
_YEARS = r"(?: ?(?:years?|yrs?)(?: old)?| year olds)?"
# the patterns of _age, compiled once: every label of a table is read
_WHO = re.compile(r"^(victims?|suspects?|offenders?) ")
_AGED = re.compile(r"^(aged|age|ages) ")
_AND_UNDER = re.compile(rf"(\d{{1,3}}){_YEARS} ?(?:and|or|&) (?:under|younger|below)")
_UNDER = re.compile(rf"(?:under|below|less than|younger than) (\d{{1,3}}){_YEARS}")
_SPAN = re.compile(rf"(\d{{1,3}}) ?(?:-|to) ?(\d{{1,3}}){_YEARS}")
_TWO_AGES = re.compile(rf"(\d{{1,2}}) (?:and|&|or) (\d{{1,2}}){_YEARS}")  # "16 and 17", "aged 16 or 17"
_AND_OVER = re.compile(rf"(\d{{1,3}}){_YEARS} ?(?:\+|(?:and|or|&) (?:over|above|older)|plus)")
_OVER = re.compile(rf"(?:over|above|older than) (\d{{1,3}}){_YEARS}")
_AGE = re.compile(rf"(\d{{1,3}}){_YEARS}")


def _age(norm: str, child: bool, who: str, bare_numbers: bool) -> tuple[tuple[str, str], ...] | None:
    text = _WHO.sub("", norm)
    aged = _AGED.match(text) is not None  # "Suspect age not known": the word "age" says which axis
    text = _AGED.sub("", text)
    lo = hi = None
    if text in ("unknown age", "age unknown", "unknown", "not known", "not recorded", "age not known",
                "age not recorded", "no age recorded", "unknown ages"):
        if text in ("unknown", "not known", "not recorded") and not (bare_numbers or aged):
            return None
        return ((f"{who}_age_known", "false"),)
    if m := _AND_UNDER.fullmatch(text):
        lo, hi = 0, int(m.group(1))
    elif m := _UNDER.fullmatch(text):
        lo, hi = 0, int(m.group(1)) - 1
    elif m := _SPAN.fullmatch(text):
        lo, hi = int(m.group(1)), int(m.group(2))
    elif (m := _TWO_AGES.fullmatch(text)) and int(m.group(2)) == int(m.group(1)) + 1:
        lo, hi = int(m.group(1)), int(m.group(2))  # "16 and 17": the two years of age
    elif m := _AND_OVER.fullmatch(text):
        lo = int(m.group(1))
        hi = 17 if child and lo < 18 else None
    elif m := _OVER.fullmatch(text):
        lo = int(m.group(1)) + 1
        hi = 17 if child and lo < 18 else None
    elif (m := _AGE.fullmatch(text)) and (bare_numbers or text != m.group(1)):
        lo = hi = int(m.group(1))
    else:
        return None
    if hi is not None and (hi > 120 or lo > hi):
        return None
    dims = [(f"{who}_age_min", str(lo))]
    if hi is not None:
        dims.append((f"{who}_age_max", str(hi)))
    return tuple(dims)


_GENDERS = {
    "female": "female", "females": "female", "girl": "female", "girls": "female", "women": "female",
    "woman": "female", "f": "female",
    "male": "male", "males": "male", "boy": "male", "boys": "male", "men": "male", "man": "male", "m": "male",
}
_GENDER_UNKNOWN = {"unknown gender", "gender unknown", "gender not known", "not stated", "sex unknown",
                   "unknown sex", "gender not recorded"}


_WHOSE = re.compile(r" (victims?|suspects?|persons?|people|children)$")
_WHOSE_FIRST = re.compile(r"^(?:victims?|victim's|victims')(?: (?=gender|sex))? ")


def _gender(norm: str) -> str | None:
    text = _WHOSE_FIRST.sub("", _WHOSE.sub("", norm))  # "Female victims", "victim female"
    if text in _GENDERS:
        return _GENDERS[text]
    if text in _GENDER_UNKNOWN or _GENDER_NOT_RECORDED.fullmatch(text):
        return "unknown"
    return None


# "Sex of victim not recorded", "Gender of victim - not known", "Not recorded sex"
_GENDER_NOT_RECORDED = re.compile(r"(?:gender|sex)(?: of (?:the )?victims?)?(?: -)? (?:unknown|not known|not recorded|unrecorded|not stated)"
                                  r"|(?:unknown|not known|not recorded|unrecorded|not stated) (?:gender|sex)")


# Home Office outcome types by number; the ones with plain words use the words.
_OUTCOME_NUMBERS = {
    "1": (("outcome", "charged"),),
    "1a": (("outcome", "charged (alternate offence)"),),
    "2": (("outcome", "cautioned"), ("suspect_age_max", "17")),
    "3": (("outcome", "cautioned"), ("suspect_age_min", "18")),
    "8": (("outcome", "community resolution"),),
}
_OUTCOME_WORDS = [
    (re.compile(r"^(?:charged|charge|charged ?/ ?summonsed|charged or summonsed|charge ?/ ?summons|summonsed|charged/summonsed/postal requisition)$"), (("outcome", "charged"),)),
    (re.compile(r"^(?:charged ?/ ?summonsed )?\[?alternate(?: offence)?\]?$|^charged ?/ ?summonsed \[?alternate(?: offence)?\]?$"), (("outcome", "charged (alternate offence)"),)),
    # "Youth caution/conditional caution": a conditional caution is a caution of the same kind
    # "Caution - youth (suspect under 18)": the kind said again in brackets
    (re.compile(r"^(?:(?:caution|cautioned|cautions)(?: -|:)? ?(?:youths?|youth|juveniles?|under 18s?|\((?:youths?|juveniles?)\))|youth cautions?"
                r"(?: ?(?:/|or|and|&) ?(?:youth )?conditional cautions?)?)"
                r"(?: \((?:suspects? |offenders? )?(?:aged )?(?:under 18|17 (?:and|or) under|u18|10 ?- ?17)\))?$"),
     (("outcome", "cautioned"), ("suspect_age_max", "17"))),
    (re.compile(r"^(?:(?:caution|cautioned|cautions)(?: -|:)? ?(?:adults?|\(adults?\))|adult cautions?"
                r"(?: ?(?:/|or|and|&) ?(?:adult )?conditional cautions?)?)"
                r"(?: \((?:suspects? |offenders? )?(?:aged )?(?:18 (?:and|or) (?:over|older|above)|18\+|over 18)\))?$"),
     (("outcome", "cautioned"), ("suspect_age_min", "18"))),
    # "Caution, adult or youth (outcomes 2 and 3)", "Caution (Adult or Youth)": both kinds together
    (re.compile(r"^(?:caution|cautioned|cautions)(?:,? \(?(?:adult (?:or|and|/) youth|youth (?:or|and|/) adult)\)?)?"
                r"(?: \(?outcomes? 2 (?:and|&|/) 3\)?)?$"
                r"|^(?:caution|cautions)(?: -|:|,)? ?(?:youth \(2\) ?(?:/|or|and|&) ?adult \(3\)|adult \(3\) ?(?:/|or|and|&) ?youth \(2\))$"),
     (("outcome", "cautioned"),)),
    (re.compile(r"^community resolutions?$"), (("outcome", "community resolution"),)),
    # no outcome yet: the investigation goes on
    (re.compile(r"^(?:no outcome(?: (?:yet|assigned))*(?:,| -| –|:)? (?:still |currently )?under investigation|"
                r"(?:(?:still |currently )?under investigation|(?:investigation )?ongoing|ongoing investigations?|outstanding)"
                r"(?:(?:,| -| –|:)? no outcome(?: (?:yet|assigned|recorded))*| \(no outcome(?: (?:yet|assigned|recorded))*\))?|open(?: investigations?)?|"
                r"not yet finalised|awaiting (?:an )?outcome|no outcome(?: (?:yet|assigned))*|outcome pending|pending|"
                r"outcome not yet (?:assigned|recorded|finalised)|not yet (?:assigned|outcomed))$"),
     (("outcome", "ongoing"),)),
    # a crime detected in Scots law: a suspect identified and evidence enough to report them to the procurator fiscal
    (re.compile(r"^(?:detected|crimes? detected|detected crimes?|detections?)$"), (("outcome", "detected"),)),
    # "Other outcomes", "All other outcomes": the outcomes the other rows leave, together
    (re.compile(r"^(?:all )?other outcomes?(?: types?)?(?: \(outcomes? [\d, ]+(?:and|&) \d{1,2}\))?$"), (("outcome", "other"),)),
]


# Home Office outcome types written out in words (as a force's table labels them), by a phrase
# only that outcome's description has; a label matching two is not read
_OUTCOME_DESCRIPTIONS = [
    (r"taken into consideration|\btic\b", "4"), (r"(?:offender|suspect) (?:has )?died|deceased", "5"),
    (r"penalty notice", "6"), (r"cannabis|khat", "7"), (r"\bcps\b.*public interest|public interest.*\bcps\b", "9"),
    (r"police\W.*formal action.*not in (?:the )?public interest", "10"), (r"suspect (?:is )?(?:under ?age|below the age)", "11"),
    (r"suspect (?:is )?too ill", "12"), (r"(?:victim|key witness)\W.*(?:dead|too ill)", "13"),
    (r"evidential difficult.*(?:suspect not identified|no suspect)", "14"),
    (r"evidential difficult.*suspect identified.*victim supports|suspect identified.*evidential difficult.*victim supports", "15"),
    (r"evidential difficult.*suspect identified.*victim does not support|"
     r"evidential difficult.*victim does not support.*suspect identified|victim (?:declines|does not support|withdr)", "16"),
    (r"time limit", "17"), (r"investigation complete.*no suspect|no suspect identified", "18"),
    (r"another body|other (?:body|agency)|primacy", "20"),
    (r"further investigation.*not in (?:the )?public interest", "21"), (r"diversion|educational(?: or| /|,|/)? (?:intervention )?activit|intervention activit", "22"),
]


_DESCRIBED = [(re.compile(pattern), number) for pattern, number in _OUTCOME_DESCRIPTIONS]
# any of them: most labels describe no outcome, and one search says so
_ANY_DESCRIBED = re.compile("|".join(f"(?:{pattern})" for pattern, _ in _OUTCOME_DESCRIPTIONS))
# what a label says is not recorded: no outcome, which is recorded once a crime has one
_NOT_KNOWN = re.compile(r"\b(?:unknown|not known|not recorded|unrecorded|not stated)\b")


def _outcome_described(norm: str) -> tuple[tuple[str, str], ...] | None:
    # "Not recorded / no suspect identified": a suspect's relationship or age not known, not outcome 18
    if not _ANY_DESCRIBED.search(norm) or _NOT_KNOWN.search(norm):
        return None
    found = {number for pattern, number in _DESCRIBED if pattern.search(norm)}
    if "14" in found and "16" in found:
        found.discard("16")  # "suspect not identified; victim does not support" is outcome 14's own wording
    if "21" in found and "10" in found:
        found.discard("10")
    return (("outcome", f"outcome {found.pop()}"),) if len(found) == 1 else None


_OUTCOME_NUMBER = re.compile(r"(?:outcome|outcome type|ho outcome|oc) ?(\d{1,2}[a-z]?)")
_OUTCOME_TYPE = re.compile(r"(?:[1-9]|1\d|2[0-2])a?")  # the Home Office's outcome types, 1 to 22 (1A, 2A, 3A …)
_NUMBERED = re.compile(r"^(?:outcome |oc ?)?(\d{1,2}[a-z]?)\s*[:.)-]\s*(.+)$")  # "OC1 Charge/summons": outcome code 1
# words only an outcome's description uses: a number before them is the outcome's number
_OUTCOME_WORDING = re.compile(
    r"\b(?:charged?|summons\w*|caution\w*|community resolution|evidential|investigation|public interest|"
    r"diversion\w*|penalty notice|taken into consideration|time limit|no suspect|suspect identified|"
    r"victim (?:does not|declines)|formal action|prosecution (?:prevented|not)|cps|"
    r"died|dead|too ill|warning|cannabis|khat|offender|suspect)\b")


def outcome_worded(text: str) -> bool:
    """Whether a label uses words only an outcome's description uses ("Not in the public interest")."""
    return bool(_OUTCOME_WORDING.search(_norm(text)))


_NO_NUMBER = re.compile(r"^(?:n/a|-|–|—)\s+(.+)$")
_NUMBER_AFTER = re.compile(r"^([^()]+?) \((?:outcome |ho outcome |oc ?)?(\d{1,2}[a-z]?)\)$")  # "… (15)", "… (Outcome 15)"
# "4 …of which a suspect aged under 18": a numbered row that is part of another, not outcome 4
_PART_OF_ROW = re.compile(r"\bof which\b|\baged\b")


# the outcomes plain words name, each by the word only it uses
_PLAIN_OUTCOMES = {"charged": re.compile(r"\bcharg"), "cautioned": re.compile(r"\bcaution"),
                   "community resolution": re.compile(r"\bcommunity resolution")}


def _names_other_outcomes(norm: str, number: str) -> bool:
    """Whether words after a number name an outcome other than the one that number is
    ("3. Charges and cautions": a heading's list number, not outcome 3, an adult caution)."""
    named = {outcome for outcome, word in _PLAIN_OUTCOMES.items() if word.search(norm)}
    own = dict(_OUTCOME_NUMBERS.get(number, ())).get("outcome")
    return bool(named - {own})


def outcome_numbered(number: str) -> tuple[tuple[str, str], ...]:
    """What the Home Office outcome type of that number ("1", "2", "15") records: its plain
    words where it has them ("charged"; a youth caution, with the suspect under 18), else its number."""
    number = number.lstrip("0")
    return _OUTCOME_NUMBERS.get(number) or (("outcome", f"outcome {number}"),)


def _outcome(norm: str) -> tuple[tuple[str, str], ...] | None:
    if m := _OUTCOME_NUMBER.fullmatch(norm):
        return outcome_numbered(m.group(1))
    number = None
    if m := _NO_NUMBER.match(norm):
        norm = m.group(1)  # "n/a Under investigation (no outcome assigned)": an outcome with no number, its column's "n/a"
    if (m := _NUMBERED.match(norm)) and _OUTCOME_TYPE.fullmatch(m.group(1).lstrip("0")):  # not "19E – Rape of …"
        number, norm = m.group(1).lstrip("0"), m.group(2).strip()
    elif (m := re.match(r"^(?:outcome |oc ?)?(\d{1,2}[a-z]?) (.+)$", norm)) and _OUTCOME_WORDING.search(m.group(2)) \
            and _OUTCOME_TYPE.fullmatch(m.group(1).lstrip("0")) and not _PART_OF_ROW.search(m.group(2)):
        # "15 Evidential difficulties (suspect identified)": a number and an outcome's words, no mark between
        number, norm = m.group(1).lstrip("0"), m.group(2).strip()
    elif (m := _NUMBER_AFTER.match(norm)) and _OUTCOME_TYPE.fullmatch(m.group(2).lstrip("0")) and _OUTCOME_WORDING.search(m.group(1)):
        # "Community resolution (8)", "Evidential difficulties, suspect identified (15)": the number after, in brackets;
        # words that say another outcome than their number are no outcome foistats can name
        number, norm = m.group(2).lstrip("0"), m.group(1).strip()
        said = next((dims for pattern, dims in _OUTCOME_WORDS if pattern.match(norm)), None)
        if said is not None and number in _OUTCOME_NUMBERS and said != _OUTCOME_NUMBERS[number]:
            return None
    for pattern, dims in _OUTCOME_WORDS:
        if pattern.match(norm):
            if number and number in _OUTCOME_NUMBERS and number.endswith("a") and dims[0][1] == "charged":
                return _OUTCOME_NUMBERS[number]
            return dims
    if number and _OUTCOME_WORDING.search(norm) and not _PART_OF_ROW.search(norm) \
            and not _names_other_outcomes(norm, number):  # not "1. Essex Police holds this information"
        return outcome_numbered(number)
    return _outcome_described(norm)


CODE = r"\d{1,3}[a-h]?(?:\s?/\s?\d{1,2})?"
# the words a code may follow: "Home Office offence code: ", "HO code ", "HO "
_CODE_WORDS = r"(?:(?:ho |home office )(?:offence )?(?:code:? )?|(?:offence )?code:? )"
_CODE_LABEL = re.compile(rf"^{_CODE_WORDS}?({CODE}|\d{{5}})$", re.I)
_CODE_FIRST = re.compile(rf"^{_CODE_WORDS}?({CODE}|\d{{5}})(?:\s*[:-]\s*|\s+)(.+)$")  # ("Home Office Code 86/2 – Take, …")


def code_from_token(token: str) -> str:
    """'08805' -> '88/5' (a five-digit code is class and sub-class); else normalise_code."""
    token = token.strip()
    if re.fullmatch(r"\d{5}", token):
        token = f"{token[:3]}/{token[3:]}"
    return normalise_code(token)


def in_a_known_class(code: str) -> bool:
    """Whether a slashed code is a sub-class of a class foistats knows by its sub-classes ("86/4"
    beside a known 86/2): a code the reference lacks is still a code, never a date or a fraction."""
    classes = {known.split("/")[0] for known in offences() if "/" in known}
    return "/" in code and code.split("/")[0] in classes


def _code_class(code: str) -> str:
    """The numeric class of a code: '88/5' and '88A' are both class 88."""
    return re.match(r"\d*", code).group()


@cache
def _titles() -> dict[str, str]:
    return {_norm(o.description): code for code, o in offences().items()}


# a code with a word that says only that offences are counted: "86/2 offences", "Crimes (22A)"
_CODE_COUNTED = re.compile(rf"^(?:(?:recorded )?(?:offences?|crimes?)(?: recorded)?(?: -)? \(?{_CODE_WORDS}?({CODE})\)?|"
                           rf"{_CODE_WORDS}?({CODE}) (?:offences?|crimes?)(?: recorded)?)$")  # "Recorded crimes - 86/2", "86/2 offences"


def _offence(norm: str, axis: str | None) -> str | None:
    if (m := _CODE_COUNTED.match(norm)) and re.search(r"/|[a-h]$", token := m.group(1) or m.group(2)) \
            and (code := code_from_token(token)) in offences():
        return code
    if m := _CODE_LABEL.match(norm):
        token = m.group(1)
        has_code_word = norm != token
        if has_code_word or axis == "offence_code" or "/" in token or re.search(r"[a-h]$", token) or len(token) == 5:
            code = code_from_token(token)
            if _code_class(code) in {_code_class(c) for c in offences()} or axis == "offence_code":
                return code
    # a code before its description: "71/17: sexual communication", "88/5 Indecent images";
    # or after it, in brackets: "Sexual grooming (88A)"
    m = _CODE_FIRST.match(norm)
    if m or (m := re.match(rf"^(?P<t>.+?)\s*\(\s*{_CODE_WORDS}?(?P<c>{CODE}|\d{{5}})\s*\)$", norm)):
        code, title = (code_from_token(m["c"]), m["t"]) if "c" in m.re.groupindex else (code_from_token(m.group(1)), m.group(2))
        if _titled(title) == code or _abbreviates(title, code):
            return code
        if axis == "offence_code":  # any title under "Offence", but not a part of the code's figures ("19H - charged")
            return None if read_label(title).axis in ("online_flag", "victim_gender", "outcome") else code
        if code not in offences() and in_a_known_class(code):
            return code  # "86/4 Possession of an indecent photograph": a code the reference lacks has no title to check
        if "c" in m.re.groupindex:  # a code in brackets is the one its title names, or the label is unread
            return code if code in offences() and _measure_code_named(title) == code else None
    # a title with its law after it ("Sexual communication with a child (s.15A)"), which says no
    # more than the title; a longer label holding the title of a measure's own offence
    bare = re.sub(r"\s*\((?:s|ss|section|sections)\.? ?\d+[a-z]?[^()]*\)$", "", norm)
    return _titled(norm) or _titled(bare) or _measure_code_named(bare)


_FILLER = {"a", "an", "the", "of", "or", "and", "with", "on", "by"}


def year_after(year: str, short: str) -> bool:
    """Whether two digits are the year after ``year``'s ("2021" and "22", "19" and "20"): a
    financial year written with a dash, not a figure beside its year."""
    return int(short) == (int(year) + 1) % 100


# a row or label that is part of the one above it ("of which flagged online", "including …")
# (the English side of a bilingual label too: "O'r rhain, baner ar-lein / Of which, online flag")
PART_OF_ABOVE = re.compile(r"^\s*(?:[^/\d]{3,40}\s/\s+)?(?:of (?:which|these|those|them)|of whom|including|incl\.)\b", re.I)
# a records system's short forms of a title's words: "Rape F child U13" is "Rape of a female child under 13"
_SHORT_FORMS = {"f": "female", "m": "male", "u13": "under 13", "u16": "under 16", "u18": "under 18",
                # the words forces put for the Home Office's ("indecent images of children" for "… photographs …")
                "images": "photographs", "image": "photographs", "photos": "photographs", "distributing": "distribute",
                "taking": "take", "making": "make"}


def _abbreviates(title: str, code: str) -> bool:
    """Whether a title written beside its code ("19E Rape F child U13", "21 Sexual Activity
    Child U13") says nothing but words of that code's own title, short forms made whole: the
    code as written, its title cut short."""
    if code not in offences():
        return False
    said = _stems(" ".join(_SHORT_FORMS.get(w, w) for w in re.findall(r"[a-z0-9]+", title.lower())))
    return len(said) >= 3 and said <= _stems(_norm(offences()[code].description))


def _stems(text: str) -> frozenset[str]:
    """A title's words, one child or many alike ("… photographs of a child" is "… of children")."""
    return frozenset("child" if w == "children" else w for w in _words(text))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text) if w not in _FILLER)


@cache
def _titles_by_words() -> dict[frozenset[str], str]:
    return {_words(_AGED_UNDER.sub("", title)): code for title, code in _titles().items()}


# "Rape of a female aged under 16", "… a female under 16": 19D's "Rape of a female child under 16" in other words
_AGED_UNDER = re.compile(r"\b(?:child|children|aged)\s+(?=under \d)")


def _titled(norm: str) -> str | None:
    """The code whose Home Office title this is, as written or with its little words
    ("a", "the", "of") put in or left out."""
    norm = _BY_A_MALE.sub("", norm)  # the rape codes' full titles end so ("… child under 13 by a male")
    return _titles().get(norm) or _titles_by_words().get(_words(_AGED_UNDER.sub("", norm)))


_BY_A_MALE = re.compile(r"\s+by a male$")


_TITLE_WORDS = 3  # the fewest leading words of a title that name it in running text


def code_titled_in(text: str, codes: list[str]) -> str | None:
    """The one code among ``codes`` whose Home Office title a sentence or line names by its
    leading words ("19 offences of abuse of position of trust …" names 73's "Abuse of position
    of trust of a sexual nature"). Titles sharing their first words, named at one place, go
    to the one matched furthest, a tie to none ("rape of a female child" is 19D's title and
    19E's alike); titles named at two places name several offences, so none."""
    said = [w for w in re.findall(r"[a-z0-9]+", _norm(text)) if w not in _FILLER]
    named = []
    for code in codes:
        if (offence := offences().get(code)) is None:
            continue
        title = [w for w in re.findall(r"[a-z0-9]+", _norm(offence.description)) if w not in _FILLER]
        best = (0, -1)
        for start in range(len(said)):
            n = 0
            while n < len(title) and start + n < len(said) and said[start + n] == title[n]:
                n += 1
            best = max(best, (n, -start))
        if best[0] >= min(_TITLE_WORDS, len(title)):
            named.append((*best, code))
    if not named or len({start for _, start, _ in named}) > 1:
        return None
    named.sort(reverse=True)
    if len(named) > 1 and named[0][0] == named[1][0]:
        return None
    return named[0][2]


def without_title(text: str, code: str) -> str:
    """A sentence with an offence's Home Office title, its little words put in or left out,
    said as "offences": the ages in a title ("sexual activity involving a child under 13")
    define the offence, and are no band of its figures."""
    if (offence := offences().get(code)) is None:
        return text
    title = [w for w in re.findall(r"[a-z0-9]+", _norm(offence.description)) if w not in _FILLER]
    between = r"(?:\W+(?:" + "|".join(sorted(_FILLER)) + r"))*\W+"  # "involving a child", "involving child"
    pattern = r"\b" + between.join(map(re.escape, title)) + r"\b"
    return re.sub(pattern, "offences", text, flags=re.I)


@cache
def _titles_defining_ages() -> re.Pattern:
    """The offence titles whose ages define the offence ("Rape of a female child under 13"),
    each with its little words and its victim's sex optional ("rape of a child under 13" is
    19E and 19H together)."""
    between = r"(?:\W+(?:" + "|".join(sorted(_FILLER)) + r"))*\W+"
    titles = []
    for offence in offences().values():
        words = [w for w in re.findall(r"[a-z0-9]+", _norm(offence.description)) if w not in _FILLER]
        if "under" in words:
            pattern = ""
            for n, word in enumerate(words):
                if word in ("female", "male"):
                    pattern += f"(?:(?:fe)?male{between})?"  # a sex said or not: the word after it follows either way
                else:
                    pattern += re.escape(word) + (between if n + 1 < len(words) else "")
            titles.append(pattern)
    return re.compile(r"\b(?:" + "|".join(sorted(set(titles), key=len, reverse=True)) + r")\b", re.I)


def without_defining_titles(text: str) -> str:
    """A sentence with every offence title whose ages define the offence said as "offences"
    ("78 offences of rape of a child under 13 in 2021"): the age is what the offence is, no
    band of its figures."""
    return _titles_defining_ages().sub("offences", text)


@cache
def codes_of_measures() -> frozenset[str]:
    """The offence codes that are each a measure's whole definition (71/17, 88A)."""
    return frozenset(m.offence_code for m in measures().values() if m.offence_code)


@cache
def _measure_codes() -> dict[str, str]:
    """The descriptions of the offence codes that are measures' own definitions (71/17,
    88A), each with its code."""
    return {_norm(o.description): code for code, o in offences().items() if code in codes_of_measures()}


def _measure_code_named(norm: str) -> str | None:
    """The code of a measure's own offence whose description a longer label holds
    ("Meeting a child following sexual grooming" holds 88A's "sexual grooming")."""
    held = [(len(d), code, d) for d, code in _measure_codes().items() if re.search(rf"\b{re.escape(d)}\b", norm)]
    if not held:
        return None
    longest = max(held)
    if any(code != longest[1] and d not in longest[2] for _, code, d in held):
        return None  # "crimes of sexual grooming and sexual communication with a child": two offences, of neither alone
    return longest[1]


_ONLINE_TRUE = re.compile(r"^(?:online|cyber|cyber[- ]?flag(?:ged)?|online[- ]?flag(?:ged)?|(?:online|cyber) \((?:online|cyber)\)(?: flag(?: (?:applied|attached|present|set|recorded))?| flagged)?|(?:online|cyber)[- ]?flagged (?:crimes|offences|cases)|(?:online|cyber)(?:[- ]enabled)?[- ](?:marker|indicator|tag|qualifier)s?|"
                          r"(?:online|cyber) ?/ ?(?:online|cyber)(?:[- ](?:flag(?:ged)?|marker|indicator|tag)s?(?: applied)?)?|(?:online|cyber)[- ]enabled|"
                          r"online element|with (?:an? )?(?:online|cyber)[- ]?flag|(?:(?:offences|crimes|cases) )?flagged (?:as )?(?:an? )?(?:online|cyber)(?: \((?:online|cyber)\))?(?:[- ]enabled)?(?: (?:offences?|crimes?|cases?))?|"
                          r"(?:online|cyber)[- ]?(?:crime )?(?:flag|qualifier) (?:applied|attached|present|set|recorded|yes)|"
                          r"(?:online|cyber)(?:[- ]?(?:crime )?flag)?\s*(?:[=:]|\s-)?\s*(?:y|yes))$")  # "Cyber flag = Y", a pivot's filter; "Online Y"
_ONLINE_FALSE = re.compile(r"^(?:not online|offline|non[- ]?cyber|not cyber[- ]?flagged|no (?:online|cyber)[- ]?flag|not flagged|without (?:an? )?(?:online|cyber)[- ]?flag|"
                           r"(?:online|cyber)[- ]?(?:crime )?(?:flag|qualifier) (?:not (?:applied|attached|present|set|recorded)|absent|no)|"
                           r"(?:online|cyber)(?:[- ]?(?:crime )?flag)?\s*(?:[=:]|\s-)?\s*(?:n|no))$")

PLATFORMS = {
    "snapchat": "snapchat", "instagram": "instagram", "whatsapp": "whatsapp", "facebook": "facebook",
    "facebook messenger": "facebook messenger", "messenger": "facebook messenger", "kik": "kik",
    "twitter": "twitter", "tiktok": "tiktok", "youtube": "youtube", "discord": "discord",
    "roblox": "roblox", "omegle": "omegle", "telegram": "telegram", "skype": "skype",
    "xbox": "xbox", "xbox live": "xbox", "playstation": "playstation", "grindr": "grindr",
    "tinder": "tinder", "wink": "wink", "yubo": "yubo", "fortnite": "fortnite", "minecraft": "minecraft",
    "text message": "text message", "sms": "text message", "mobile phone": "mobile phone", "airdrop": "airdrop",
}


def _platform(norm: str) -> str | None:
    """A platform by its name, or by the names of one family written together ("Facebook /
    Messenger" is Facebook); None for another name, or for two platforms in one label."""
    if norm in PLATFORMS:
        return PLATFORMS[norm]
    names = [PLATFORMS.get(part.strip()) for part in re.split(r"\s*(?:/|&|\+|\band\b)\s*", norm)]
    if len(names) < 2 or None in names or not all(name.startswith(names[0]) for name in names):
        return None
    return names[0]


_OTHER_PLATFORM = re.compile(r"^(?:any |all )?others?\b")
_NO_PLATFORM = re.compile(r"^(?:no|none)\b|\b(?:not (?:recorded|known|identified|named|stated)|unknown|unidentified)\b")
_PLATFORM_NOUN = r"(?:platforms?|apps?|sites?|websites?)(?: ?(?:/|or|and|&) ?(?:platforms?|apps?|sites?|websites?))*"  # "platform / app"
_OTHER_PLATFORM_WHOLE = re.compile(rf"others?(?: {_PLATFORM_NOUN})?(?: (?:named|mentioned|identified|used))?")
_OTHER_PLATFORM_NAMED = re.compile(rf"others? {_PLATFORM_NOUN}(?: (?:named|mentioned|identified|used))?")
_PLATFORM_NOT_RECORDED = re.compile(rf"{_PLATFORM_NOUN} (?:not (?:recorded|known|stated|identified)|unknown)")
_NO_PLATFORM_WHOLE = re.compile(r"not (?:recorded|known|stated)|unknown|"
                                r"(?:none|no (?:platforms?|apps?|sites?|websites?))(?: (?:identified|recorded|named|mentioned))?")


def other_platform(norm: str, whole: bool = False) -> str | None:
    """"Other platform named", "Others" are a platform list's other; "No platform identified",
    "Not recorded" its unknown. With `whole`, the label must be nothing but those words: that
    alone puts a bare "Other = 4" under a list of platforms on the platform axis."""
    if whole:
        norm = m.group(1) if (m := _WITH_EXAMPLES.fullmatch(norm.strip())) else norm  # "other (including …)"
        return "other" if _OTHER_PLATFORM_WHOLE.fullmatch(norm) else "unknown" if _NO_PLATFORM_WHOLE.fullmatch(norm) else None
    if _OTHER_PLATFORM.search(norm):
        return "other"
    return "unknown" if _NO_PLATFORM.search(norm) else None


def _slug(norm: str) -> str:
    return re.sub(r"[^a-z0-9 _/().-]", "", norm).strip() or "unnamed"


_MONTH_SHORT_YEAR = re.compile(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)(\s*['-]\s*|\s*)(\d\d)\b", re.I)


def _short_years(text: str) -> str:
    """Months with two-digit years made whole: "Apr-19", "Apr 19 - Mar 20", "Apr21-Mar22". A lone
    "March 12" may be a day without its year, so a space or nothing joins a month to its year only
    in a range."""
    found = len(_MONTH_SHORT_YEAR.findall(text))
    if not found:
        return text
    ranged = found >= 2
    return _MONTH_SHORT_YEAR.sub(lambda m: f"{m.group(1)} 20{m.group(3)}" if ranged or m.group(2).strip() else m.group(0), text)


_A_YEAR = re.compile(r"(?:19|20)\d\d")


_SHORT_FY = re.compile(r"^(?:fy|financial year)\s*(\d\d)\s*[/-]\s*(\d\d)$", re.I)


# "Year ending March 2020", "12 months to 31 December 2022": the twelve months up to a month's end
_YEAR_ENDING = re.compile(r"^(?:the )?(?:(?:(?:12|twelve) months |year )?ending|(?:(?:12|twelve) months|year) to)\s+"
                          r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]+)\s+((?:19|20)\d\d)$", re.I)
_MONTHS_OF = re.compile(r"^([a-z]+)\s*(?:-|–|to)\s*([a-z]+)\s+((?:19|20)\d\d)$", re.I)


_MONTH_ALONE = re.compile(r"^([a-z]{3,9})\.?\s*\**$", re.I)  # "January", "Dec", "December*" (a footnote's mark)


def month_within(label: str, whole: Period) -> Period | None:
    """The month a label names without its year ("January", "Dec*"), within ``whole`` (the
    year a list's lead-in states): None unless the label is a month and ``whole`` holds it once."""
    if not (m := _MONTH_ALONE.match(label.strip())) or (month := MONTHS.get(m.group(1).lower())) is None:
        return None
    starts = [date(y, month, 1) for y in range(whole.start.year, whole.end.year + 1)
              if whole.start <= date(y, month, 1) <= whole.end]
    if len(starts) != 1:
        return None
    first = starts[0]
    return Period(first, date(first.year, month, calendar.monthrange(first.year, month)[1]))


def months_of_year(label: str, year: Period) -> Period | None:
    """The months a label names without their year ("Jan-Mar", "Jan-Mar (2)", "March"), in
    ``year`` (the year beside it, in a column of its own; of a financial year, "Apr-Jun" is of
    its first calendar year and "Jan-Mar" of its second): None unless they lie inside it."""
    bare = without_footnote_mark(label)
    if quarter := _QUARTER_NAMED.fullmatch(bare):  # "Q1 Jan–Mar", "Q2 (Apr-Jun)": the months say which quarter
        bare = quarter.group(1)
    inside = [found for y in dict.fromkeys((year.end.year, year.start.year))
              if (found := _months_span(f"{bare} {y}")) is not None and year.start <= found.start and found.end <= year.end]
    found = inside[0] if inside else month_within(bare, year)
    return found if found is not None and year.start <= found.start and found.end <= year.end else None


_QUARTER_NAMED = re.compile(r"Q[1-4]\s*\(?\s*([A-Za-z]{3}.*?)\s*\)?", re.I)


def _months_span(text: str) -> Period | None:
    """"Year ending March 2020" (April 2019 to March 2020), "Jan-Mar 2023", "1 April - 30 June 2024"."""
    text = re.sub(r"^year ending\b", "ending", text.strip(), flags=re.I)
    if (m := _YEAR_ENDING.match(text)) and m.group(2).lower() in MONTHS:
        month, year = MONTHS[m.group(2).lower()], int(m.group(3))
        if m.group(1) and int(m.group(1)) != calendar.monthrange(year, month)[1]:
            return None  # "12 months to 15 March 2024" is no run of whole months
        start = date(year - 1, month + 1, 1) if month < 12 else date(year, 1, 1)
        return Period(start, date(year, month, calendar.monthrange(year, month)[1]))
    if (m := _MONTHS_OF.match(text)) and m.group(1).lower() in MONTHS and m.group(2).lower() in MONTHS:
        first, last, year = MONTHS[m.group(1).lower()], MONTHS[m.group(2).lower()], int(m.group(3))
        if first < last:
            return Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))
    return _days_span(text)  # "1 January - 31 December 2023": two days, the year written once


_DAY_SPAN = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)\s*(?:-|–|to)\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)")


_YEAR_THEN_DAYS = re.compile(r"((?:19|20)\d\d)\s*\((.+)\)")


def _full_year(year: str) -> int:
    """"23" is 2023: a date in a reply written with two digits is this century's."""
    return int(year) if len(year) == 4 else 2000 + int(year)


_TWO_PERIODS = re.compile(r"(fy\s?\d\d\s?/\s?\d\d)\s*(?:-|–|—|to)\s*(fy\s?\d\d\s?/\s?\d\d)", re.I)


def _period(text: str) -> Period | None:
    if (span := _months_span(text)) is not None:
        return span
    if (m := _QUARTER_OF_YEAR.fullmatch(text.strip())) is not None:
        return _quarter_of(m)
    if (m := _YEAR_THEN_DAYS.fullmatch(text.strip())) and (days := _period(m.group(2))) is not None \
            and days.start.year == days.end.year == int(m.group(1)):
        return days  # "2024 (01/01/2024 - 30/06/2024)": the part of the year its days say
    if m := _DAY_SPAN.fullmatch(text.strip()):  # "01/04/2022 - 13/11/2022", days first as UK dates are written
        try:
            return Period(date(_full_year(m[3]), int(m[2]), int(m[1])), date(_full_year(m[6]), int(m[5]), int(m[4])))
        except (ValueError, PeriodError):
            return None
    if (m := _TWO_PERIODS.fullmatch(text.strip())) and (first := _period(m.group(1))) is not None \
            and (last := _period(m.group(2))) is not None and first.start < last.start and first.end < last.end:
        return Period(first.start, last.end)  # "FY22/23 - FY24/25": from the first's start to the last's end
    norm = _short_years(text.strip().rstrip(":"))
    if (m := _SHORT_FY.match(norm)) and year_after(m.group(1), m.group(2)):
        norm = f"20{m.group(1)}/{m.group(2)}"  # "FY 19/20"
    if not _A_YEAR.search(norm) or len(norm) > 40:
        return None
    norm = re.sub(r"^(?:financial year|calendar year|fy|year|year ending|(?:recorded|reported) (?:in|during))\s*:?\s*(?=(?:19|20)\d\d)",
                  "", norm, flags=re.I)
    try:
        return parse_period(norm)
    except PeriodError:
        return None


# "Q1 2023/24 (Apr–Jun 2023)", "2024 Q3": a quarter of a financial or calendar year, its months perhaps said again
_QUARTER_OF_YEAR = re.compile(r"(?:Q([1-4])\s+((?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?)|((?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?)\s+Q([1-4]))"
                              r"(?:\s*\(([^()]+)\))?", re.I)


def _quarter_of(m: re.Match) -> Period | None:
    """The quarter a label names of its year, counted from the year's first month (April for a
    financial year); None where the year is not one, or the months in brackets are others, or
    the year is a calendar year and no months say so ("Q1 2023" may count from April)."""
    year = _period(m.group(2) or m.group(3))
    if year is None or year.kind not in ("calendar_year", "financial_year") or (year.kind == "calendar_year" and not m.group(5)):
        return None
    quarter = _quarter(year, int(m.group(1) or m.group(4)))
    return quarter if not m.group(5) or _period(m.group(5)) == quarter else None


def _quarter(year: Period, n: int) -> Period:
    """The ``n``th three months of a year, from its first month."""
    first = year.start.month + 3 * (n - 1) - 1  # months since January of the year's first calendar year
    start = date(year.start.year + first // 12, first % 12 + 1, 1)
    last = date(year.start.year + (first + 2) // 12, (first + 2) % 12 + 1, 1)
    return Period(start, date(last.year, last.month, calendar.monthrange(last.year, last.month)[1]))


def calendar_quarter(text: str) -> Period | None:
    """The quarter of a calendar year a label names with no months ("Q1 2023" is January to
    March 2023), for a reply that counts in calendar years; None where it names no such quarter."""
    if not (m := _QUARTER_OF_YEAR.fullmatch(text.strip())) or m.group(5) or re.search(r"[/-]", m.group(2) or m.group(3)):
        return None
    return _quarter(Period.calendar_year(int(m.group(2) or m.group(3))), int(m.group(1) or m.group(4)))


_SUSPECT = re.compile(r"^(suspects?|offenders?) ")
_WHO_THEN_VALUE = re.compile(r"^(victims?|suspects?|offenders?)(?:'s?|s')?(?: (?:gender|sex|age))? ?[-:] (.+)$")


# a column of a part of what the column before it counts: "Of which online flagged"
_PART_OF = re.compile(r"^(?:…\s*|\.\.\.\s*)?(?:of which|of these|of those|of them|including|incl\.?)[:,]?\s+(?:also\s+|were\s+|was\s+)?(.+)$")


_COUNTED_WITH = re.compile(r"^(?:offences|crimes|incidents|cases|reports)\s+(?:with|where there (?:was|were)|involving|having|where)\s+"
                           r"(?:a |an |at least one |one or more |the )?(.+?)(?:\s+at the time(?: of (?:the )?offence)?)?$")
_WHO_WAS = re.compile(r"^(suspects?|victims?|offenders?) (?:was|were) ")  # "where a suspect was aged under 18"
# a thing counted other than offences, then a part of it: "Arrests - suspect aged under 18"; or all of it: "Total arrests"
_COUNTED_THEN_PART = re.compile(r"([a-z]+(?: [a-z]+)?)\s*[-–:]\s*(.+)")
_TOTAL_COUNTED = re.compile(r"total\s+([a-z]+(?: [a-z]+)?)")
_A_PART_OF_WHAT_IS_COUNTED = ("suspect_age", "victim_age", "victim_gender", "online_flag", "outcome")
_NARROWED = re.compile(r"(.+?)\s*\((.+)\)")
_OUTCOMES_LISTED = re.compile(r"(?:(?:home office |ho )?outcomes?(?: types?)? )?\d{1,2}[a-c]?(?:\s*(?:,|and|&|/|or)\s*(?:\d{1,2}[a-c]?|[a-z][a-z ]{2,30}))+")
_SAID_TWICE = re.compile(r"(.+?)\s+[/–—-]\s+(.+)")  # "Under investigation / pending", "No outcome yet – investigation ongoing"
# the day a part of a period runs to: "to 30/09/2024", "up to 30/11", "until 31 December 2024"
UP_TO_DAY = re.compile(r"(?:(?:up )?to and including|to|up to|until|to date,? to|ending)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
                       r"(?:\s?[/.]\s?(?P<m>\d{1,2})(?:\s?[/.]\s?(?P<y>(?:19|20)?\d\d))?|\s+(?P<month>[a-z]{3,9})\.?(?:\s+(?P<year>(?:19|20)\d\d))?)", re.I)


def part_up_to(whole: Period, words: re.Match) -> Period | None:
    """The part of ``whole`` up to the day ``words`` (an :data:`UP_TO_DAY` match) name; a day
    without its year is the one inside ``whole``. None unless the day lies inside it."""
    month = int(words["m"]) if words["m"] else MONTHS.get((words["month"] or "").lower())
    year = words["y"] or words["year"]
    years = [int(year) + (2000 if len(year) == 2 else 0)] if year else [whole.start.year, whole.end.year]
    for y in years:
        try:
            day = date(y, month, int(words["d"])) if month else None
        except ValueError:
            return None
        if day is not None and whole.start <= day <= whole.end:
            return Period(whole.start, day)
    return None
_DAY_MONTH = r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)"
_DAY_RANGE = re.compile(rf"{_DAY_MONTH}(?:\s+((?:19|20)\d\d))?\s*(?:to|-|–|until)\s*{_DAY_MONTH}\s+((?:19|20)\d\d)", re.I)


_NUMBERED_DAYS = re.compile(r"(\d{1,2})/(\d{1,2})\s*(?:to|-|–|until)\s*(\d{1,2})/(\d{1,2})", re.I)


def _days_inside(whole: Period, first_day: int, first_month: int, last_day: int, last_month: int) -> Period | None:
    """The days from one day and month to another ("01/01 – 30/06"), in the years of ``whole``
    that put both inside it; None unless they fall inside it in order."""
    def inside(day: int, month: int) -> date | None:
        for year in (whole.start.year, whole.end.year):
            try:
                d = date(year, month, day)
            except ValueError:
                return None
            if whole.start <= d <= whole.end:
                return d
        return None
    start, end = inside(first_day, first_month), inside(last_day, last_month)
    return Period(start, end) if start and end and start <= end else None


_MONTHS_ALONE = re.compile(r"([a-z]{3,9})\.?\s*(?:-|–|to)\s*([a-z]{3,9})\.?", re.I)


def _months_inside(whole: Period, first: str, last: str) -> Period | None:
    """The run of months from ``first`` to ``last`` (no year said: "Apr-Sep", "October to March")
    that lies inside ``whole``; None unless both are months and the run lies inside."""
    if (start_month := MONTHS.get(first.lower())) is None or (end_month := MONTHS.get(last.lower())) is None:
        return None
    for year in range(whole.start.year, whole.end.year + 1):
        end_year = year + (end_month < start_month)
        part = Period(date(year, start_month, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))
        if whole.start <= part.start and part.end <= whole.end:
            return part
    return None


_THEN_UP_TO = re.compile(rf"(.+?)\s+({UP_TO_DAY.pattern})", re.I)


def _narrowed(text: str) -> Period | None:
    """A period and, in brackets, the part of it the figures cover: "2022-23 (1 April to 31
    December 2022)" is 1 April to 31 December 2022; or the same period said again,
    "2022/23 (FY22/23)"; or a part written as dates, "2024-25 (01/04/2024 - 30/09/2024)"; or, without brackets, "2024-25 to 31/12/2024". None unless the part
    lies inside."""
    if (m := _THEN_UP_TO.fullmatch(text.strip())) and (whole := _period(m.group(1))) is not None:
        return part_up_to(whole, UP_TO_DAY.fullmatch(m.group(2)))
    if not (m := _NARROWED.fullmatch(text.strip())) or (whole := _period(_SO_FAR_SAID.sub("", m.group(1)))) is None:
        return None  # ("FY24/25 YTD (to 31/10/24)": the year so far, its brackets saying how far)
    if (said := _period(m.group(2))) == whole:
        return whole
    if said is not None and whole.start <= said.start and said.end <= whole.end and said != whole:
        return said  # "2024-25 (01/04/2024 - 30/09/2024)"
    if (to := UP_TO_DAY.fullmatch(m.group(2).strip())) is not None:  # "2024-25 (to 30/09/2024)", "2024 (to 30/11)"
        return part_up_to(whole, to)
    if (months := _MONTHS_ALONE.fullmatch(m.group(2).strip())) is not None:  # "2023 (Jan-Jun)", "2024/25 (Apr-Sep)"
        return _months_inside(whole, months.group(1), months.group(2))
    inside = m.group(2).strip()
    if (days := _NUMBERED_DAYS.fullmatch(inside)) is not None:  # "2024 (01/01 – 30/06)": day and month, in the year
        return _days_inside(whole, *(int(n) for n in days.groups()))
    if whole.kind == "calendar_year" and not re.search(r"(?:19|20)\d\d", inside):
        inside = f"{inside} {whole.end.year}"  # "2024 (1 Jan - 30 Jun)": the days of that year
    part = _days_span(inside)
    return part if part is not None and whole.start <= part.start and part.end <= whole.end else None


def _days_span(text: str) -> Period | None:
    """From one day to another, the year written after the last ("1 January - 31 December
    2023"; "1 November to 31 January 2024", which begins in 2023) or after each."""
    if not (r := _DAY_RANGE.fullmatch(text.strip())) or r.group(2).lower() not in MONTHS or r.group(5).lower() not in MONTHS:
        return None
    first, last, end_year = MONTHS[r.group(2).lower()], MONTHS[r.group(5).lower()], int(r.group(6))
    start_year = int(r.group(3)) if r.group(3) else end_year - (first > last)
    try:
        return Period(date(start_year, first, int(r.group(1))), date(end_year, last, int(r.group(4))))
    except (ValueError, PeriodError):
        return None


_SO_FAR_SAID = re.compile(r"\s+(?:ytd|year to date|to date|so far)$", re.I)
_TOTAL_WORD = re.compile(r"^\s*(?:total|sum)\s+(?:for\s+|in\s+)?|\s+(?:total|sum)\s*$", re.I)


_YES_NO = {"y": "true", "yes": "true", "n": "false", "no": "false", "flagged": "true", "not flagged": "false"}


def yes_or_no(text: str) -> bool:
    """Whether a cell is only a yes or a no ("Y", "No"), as a flag's column holds them."""
    return _norm(text) in _YES_NO


def read_label(text: str, *, axis: str | None = None, child: bool = True, whole: bool = True) -> Label:
    """Read one row or column label. ``axis`` is what the table says the labels along this
    edge are (from a corner cell such as "Age"); ``child`` reads "16 and over" as 16..17;
    ``whole`` false reads it only as one label, not as two run together."""
    label = _read_label(text, axis, child, whole)
    if label.axis is None and (m := _WITH_EXAMPLES.fullmatch(text.strip())):
        # "Other (including online gaming platforms and text message)": the label, what it gathers said aside
        said = _read_label(m.group(1), axis, child, whole)
        return Label(text, said.axis, said.dims, said.period, said.counted, said.kind_of)
    if label.axis is None and len(sides := _ALTERNATIVES.split(text.strip())) == 2 and not re.search(r"\d", text):
        # "Unknown / not stated": two words for one thing, a bare "Unknown" taking the other's axis
        read = [_read_label(side, axis, child, whole) for side in sides]
        placed = {(r.axis, r.dims) for r in read if r.axis != "unknown"}
        if all(r.axis is not None for r in read) and len(placed) <= 1 and not any(r.period or r.counted for r in read):
            said_axis, said_dims = next(iter(placed), ("unknown", ()))
            if said_axis in _UNKNOWN_DIMS.keys() | {"unknown"} and (said_axis == "unknown" or said_dims == _UNKNOWN_DIMS[said_axis]):
                return Label(text, said_axis, said_dims)
    return label


_ALTERNATIVES = re.compile(r"\s*/\s*")
_WITH_EXAMPLES = re.compile(r"(.+?)\s*\((?:including|incl\.?|e\.g\.?|such as|for example|for instance)\b[^()]*\)", re.I)


_LABELS_KEPT = 50_000
# "Offences recorded (victim under 18)", "Sexual offences – victim aged under 18": what a child is, the count's scope
_CHILD_SCOPE = re.compile(r"(.+?)\s*(?:\(|\s[-–—]\s*)(?:where |with )?(?:the |a )?(?:victims?|child(?:ren)?)?\s*(?:was |were )?(?:aged )?"
                          r"(?:under|below) (?:the age of )?18s?\)?", re.I)
_SEXUAL_OFFENCES = re.compile(r"(?:recorded )?sexual (?:offences|crimes)(?: recorded)?", re.I)
_SOMEONE_ELSE = re.compile(r"\b(?:suspects?|offenders?|perpetrators?|accused|defendants?|arrests?|charged|cautioned)\b", re.I)


@lru_cache(maxsize=_LABELS_KEPT)
def _read_label(text: str, axis: str | None, child: bool, whole: bool) -> Label:
    # kept once read: a table's cells, its header's ways of wrapping and a label's cuts into two ask the same again
    norm = _norm(text)
    if not norm:
        return Label(text, None)
    if (m := _CHILD_SCOPE.fullmatch(text.strip())) and not _SOMEONE_ELSE.search(m.group(1)) \
            and (read_label(m.group(1), axis=axis, child=child).axis == "value" or _SEXUAL_OFFENCES.fullmatch(m.group(1).strip())):
        return Label(text, "value")  # "Offences recorded (victim under 18)": what a child is, the count's scope, no band
    if (m := _PART_OF.match(norm)) and ((part := read_label(m.group(1), axis=axis, child=child)).understood or (
            (part := read_label(f"offences with {m.group(1)}", axis=axis, child=child)).axis in _A_PART_OF_WHAT_IS_COUNTED)):
        # ("of which a suspect was aged under 18": the offences with one)
        return Label(text, part.axis, part.dims, part.period, part.counted)
    if (m := _COUNTED_WITH.match(norm)) and (part := read_label(_WHO_WAS.sub(r"\1 ", m.group(1)), axis=axis, child=child)).axis \
            in _A_PART_OF_WHAT_IS_COUNTED:
        return Label(text, part.axis, part.dims)  # "Offences with a suspect aged 10-17": the offences of that band
    if _TOTAL.match(norm):
        return Label(text, "total")
    if (m := _NARROWED.fullmatch(text.strip())) and _TOTAL.match(_norm(m.group(1))) \
            and not re.search(r"\b(?:and|or)\b|[,&+]", m.group(2)) \
            and (code := read_label(m.group(2), axis=axis, child=child)).axis == "offence_code":
        return Label(text, "total", code.dims)  # "Total offences recorded (71/17)": the total of that code's offences
    if (m := _NARROWED.fullmatch(text.strip())) and _TOTAL.match(_norm(m.group(1))) \
            and (band := read_label(m.group(2), axis=axis, child=child)).axis in ("victim_age", "suspect_age") \
            and dict(band.dims).get(f"{band.axis}_min", "0") != "0":
        # "Total (10-17)" under the bands 10-13, 14-15 and 16-17: the band they make (not "Total (under 18)", a band
        # from birth, which may only say what a child is)
        return Label(text, band.axis, band.dims)
    if (m := _ALL_OF_CODE.fullmatch(norm)) and (code := read_label(m.group(1), axis=axis, child=child)).axis == "offence_code":
        return Label(text, "total", code.dims)  # "All 86/2 crimes" beside "Crimes with a suspect aged under 18": that code's, whole
    if (m := _WHO_THEN_VALUE.match(norm)) and (read := read_label(f"{m.group(1)} {m.group(2)}", axis=axis, child=child)).understood:
        return Label(text, read.axis, read.dims, read.period, read.counted)  # "Victims – female", "Suspects: under 18", "Victim gender - Female"
    if _EITHER_SEX.match(norm):
        return Label(text, "value")
    if axis == "online_flag" and norm in _YES_NO:  # "Y" in a column headed "Online Flag"
        return Label(text, "online_flag", (("online_flag", _YES_NO[norm]),))
    if axis == "outcome" and (m := re.fullmatch(r"0?(\d{1,2})([a-z]?)", norm)) and 1 <= int(m.group(1)) <= 22:
        return Label(text, "outcome", _outcome(f"outcome {m.group(1)}{m.group(2)}"))  # "1" under "Outcome number"
    if (period := _narrowed(text)) is not None:
        return Label(text, "period", period=period)
    if (period := _period(text)) is not None:
        return Label(text, "period", period=period)
    if (whole := _TOTAL_WORD.sub("", text)) != text and (period := _period(whole.strip().strip("()"))) is not None:
        return Label(text, "period", period=period)  # "2023 total" beside its half years, "Total (2021–2024)": the whole
    who = "suspect" if axis == "suspect_age" or _SUSPECT.match(norm) else "victim"
    bare_ages = axis in ("victim_age", "suspect_age")
    if (dims := _age(norm, child, who, bare_ages)) is not None:
        return Label(text, f"{who}_age", dims)
    if axis == "victim_gender" and norm in ("u", "nk", "n/k", "unk"):  # "U" beside "F" and "M" under "Victim Sex"
        return Label(text, "victim_gender", (("victim_gender", "unknown"),))
    if axis in _UNKNOWN_DIMS and _NOT_KNOWN.search(norm):  # "No suspect identified / age not known" under "Age of suspect"
        return Label(text, axis, _UNKNOWN_DIMS[axis])
    if (gender := _gender(norm)) is not None:
        return Label(text, "victim_gender", (("victim_gender", gender),))
    # "(blank)": a spreadsheet pivot's row of records with the field empty, not recorded
    if norm in ("unknown", "not known", "not recorded", "unspecified", "other/unknown", "(blank)"):
        return Label(text, "unknown")
    if (dims := _outcome(norm)) is not None:
        return Label(text, "outcome", dims)
    if (code := _offence(norm, axis)) is not None:
        return Label(text, "offence_code", (("offence_code", code),))
    if _ONLINE_TRUE.match(norm):
        return Label(text, "online_flag", (("online_flag", "true"),))
    if _ONLINE_FALSE.match(norm):
        return Label(text, "online_flag", (("online_flag", "false"),))
    if (platform := _platform(norm)) is not None:
        return Label(text, "platform", (("platform", platform),))
    if axis == "platform":  # a name foistats does not know is a platform still; "Other platform named" is other
        return Label(text, "platform", (("platform", other_platform(norm) or _slug(norm)),))
    if axis == "recording_system":
        return Label(text, "recording_system", (("recording_system", _slug(norm)),))
    if (measure := next((m for pattern, m in _COUNTED if pattern.match(norm)), None)) is not None:
        return Label(text, "counted", counted=measure)
    if (m := _COUNTED_THEN_PART.fullmatch(norm)) and (head := read_label(m.group(1))).axis == "counted" \
            and (part := read_label(m.group(2), child=child)).axis in _A_PART_OF_WHAT_IS_COUNTED:
        return Label(text, "counted", part.dims, counted=head.counted)  # "Arrests - suspect aged under 18"
    if (m := _TOTAL_COUNTED.fullmatch(norm)) and (head := read_label(m.group(1))).axis == "counted":
        return Label(text, "counted", counted=head.counted)  # "Total arrests": all the column's kind counts
    if _VALUE.match(norm):
        return Label(text, "value")
    if _axis_named(norm) is not None:
        return Label(text, "value")
    if (m := _NARROWED.fullmatch(norm) or _SAID_TWICE.fullmatch(norm)) and (bare := read_label(m.group(1))).axis == "outcome" \
            and (read_label(m.group(2)).dims == bare.dims or (bare.dims == (("outcome", "other"),) and _OUTCOMES_LISTED.fullmatch(m.group(2)))):
        # "Not yet finalised (investigation ongoing)", "Under investigation / pending"; "Other outcome types (5, 10, 12,
        # 20 and transfers)", the outcomes the rest gathers
        return Label(text, "outcome", bare.dims)
    if (m := _NARROWED.fullmatch(text.strip())) and _SYSTEM.fullmatch(_norm(m.group(2))) \
            and (bare := read_label(m.group(1), axis=axis, child=child)).axis == "period":
        return bare  # "2021/22 (legacy system)": the period; the system it was counted on is a note
    if (m := _CODE_FIRST.match(norm)) and (code := code_from_token(m.group(1))) in offences() \
            and (rest := read_label(m.group(2), axis=axis, child=child)).axis in ("online_flag", "victim_gender", "outcome"):
        return Label(text, rest.axis, (("offence_code", code), *rest.dims))  # "71/17 online flag", "88A Female"
    if (narrowed := _code_of_victims_aged(text, child)) is not None:
        return narrowed
    if _OTHER_PLATFORM_NAMED.fullmatch(norm):
        return Label(text, "platform", (("platform", "other"),))  # "Other platform / app": not "app" beside words unread
    if _PLATFORM_NOT_RECORDED.fullmatch(norm):
        return Label(text, "platform", (("platform", "unknown"),))  # "Platform not recorded"
    # "Benyw / Female", a bilingual reply's: the side foistats reads, the other nothing (not "Caution – youth (2) / adult (3)");
    # or both, saying one thing ("Ebrill 2021 – Mawrth 2022" over "April 2021 – March 2022")
    if len(sides := [side for side in re.split(r" / |\s*\n\s*", text.strip()) if side]) == 2:
        read = [label for side in sides if (label := read_label(side, axis=axis, child=child)).axis is not None]
        # (numbers only where both sides write the same ones: "Dan 13 / Under 13" is one label said twice)
        if len(read) == 1 and (not re.search(r"\d", text) or re.findall(r"\d+", sides[0]) == re.findall(r"\d+", sides[1])):
            return Label(text, read[0].axis, read[0].dims, read[0].period, read[0].counted)
        if len(read) == 2 and (read[0].axis, read[0].dims, read[0].period) == (read[1].axis, read[1].dims, read[1].period):
            return Label(text, read[0].axis, read[0].dims, read[0].period, read[0].counted)
    if whole and len(text.split()) <= _MOST_WORDS_OF_TWO and (both := _two_labels(text, axis, child)) is not None:
        return both
    if whole and (period := _period_counted(text)) is not None:
        return period
    return Label(text, None)


# "Sexual assault on a female aged 13 and over (victims aged 13-17 only)": an offence's title, then the victims' band
# that narrows it, in brackets or after a dash
_TITLE_THEN_BAND = re.compile(r"^(?P<title>.+?)\s*(?:\((?P<bracketed>[^()]+)\)|\s[-–]\s(?P<dashed>[^-–]+))\s*$")


def _code_of_victims_aged(text: str, child: bool) -> Label | None:
    """An offence's label narrowed to a band of its victims' ages: the code and the band."""
    if not (m := _TITLE_THEN_BAND.match(text.strip())):
        return None
    band = read_label(re.sub(r"\s+only\s*$", "", m.group("bracketed") or m.group("dashed"), flags=re.I), child=child)
    # (a band from birth, "victims under 18", may say only what a child is, and meet the title's own ages elsewhere)
    if band.axis != "victim_age" or not re.search(r"\bvictims?\b", band.text, re.I) or dict(band.dims).get("victim_age_min") == "0":
        return None
    title = read_label(m.group("title"), child=child)
    return Label(text, "offence_code", (*title.dims, *band.dims)) if title.axis == "offence_code" else None


# what a column of counts counts, said beside its period (not "Offence", which heads a column of offences)
_COUNT_NOUNS = re.compile(r"(?:number of )?(?:offences|crimes)(?: recorded)?")


def _period_counted(text: str) -> Label | None:
    """A label saying what is counted and when ("Offences 2023-24", "2022 crimes recorded",
    "Offences (2023)"): the period, the words before or after it saying only that the cells count."""
    if not _COUNT_NOUNS.search(text.lower()):
        return None  # (most labels a text table's header is cut into: not read twice more for nothing)
    words = text.split()
    for at in (1, len(words) - 1) if len(words) > 1 else ():
        for when, what in ((words[at:], words[:at]), (words[:at], words[at:])):
            said = read_label(re.sub(r"^\((.+)\)$", r"\1", " ".join(when)), whole=False)  # "Offences (2023)"
            if said.axis == "period" and _COUNT_NOUNS.fullmatch(" ".join(what).lower()):
                return Label(text, "period", period=said.period)
    return None


_MOST_WORDS_OF_TWO = 8
_PARTS = ("victim_gender", "victim_age", "suspect_age", "outcome", "online_flag", "platform", "offence_code")


def _two_labels(text: str, axis: str | None, child: bool) -> Label | None:
    """A label of two a table's label columns run together ("Female Under 13", "Male 13 to
    15"): the one way to cut it into two labels of different dimensions, both read; None where
    there is no such cut, or more than one."""
    words = text.split()
    cuts = []
    for at in range(1, len(words)):
        first = read_label(" ".join(words[:at]), child=child, whole=False)
        second = read_label(" ".join(words[at:]), axis=axis, child=child, whole=False)
        if first.axis in _PARTS and second.axis in _PARTS and first.axis != second.axis \
                and not {k for k, _ in first.dims} & {k for k, _ in second.dims}:
            cuts.append((first, second))
    if len(cuts) != 1:
        return None
    first, second = cuts[0]
    return Label(text, second.axis, (*first.dims, *second.dims))


# the name of a crime recording system, in brackets after a period
_SYSTEM = re.compile(r"(?:(?:legacy|old|new|previous|current) )?(?:system|crime system|recording system)|"
                     r"(?:niche|athena|connect|crimes|storm|unifi|smart)(?: rms| system)?")


def heading_label(text: str, *, child: bool = True) -> Label | None:
    """A line with no figure that reads whole as one label ("19E – Rape of a female child
    under 13", "Female"): a heading saying what the list under it is of; None otherwise.
    Headings in turn, a line each ("Male" then "Not recorded"), are read as the last, a bare
    "Not recorded" on the axis of the one before it."""
    *before, last = text.split("\n")
    label = read_label(last, child=child)
    if label.axis is None and (joined := _KINDS_TOGETHER.fullmatch(last.strip().rstrip(":").strip())) \
            and read_label(joined.group(2), child=child).axis is None:
        label = read_label(joined.group(1), child=child)  # "Cautions (youth and adult cautions together):"
    if label.axis == "unknown" and before and (prior := heading_label(before[-1], child=child)) is not None \
            and prior.axis in _UNKNOWN_DIMS:
        return Label(last, prior.axis, _UNKNOWN_DIMS[prior.axis])
    return label if label.axis in ("offence_code", "victim_gender", "outcome", "online_flag", "platform") else None


# "Cautions (youth and adult cautions together)": a label whose bracket joins its kinds, narrowing nothing
# (not "Cautions (adults only)", nor "… (excluding …)")
_KINDS_TOGETHER = re.compile(r"([^()\d]+?)\s*\(((?=[^()\d]*\b(?:together|combined|all|both)\b)"
                             r"(?![^()]*\b(?:only|exclud\w*|except|not|without)\b)[^()\d]+)\)", re.I)


_UNKNOWN_DIMS = {
    "platform": (("platform", "unknown"),),
    "victim_gender": (("victim_gender", "unknown"),),
    "victim_age": (("victim_age_known", "false"),),
    "suspect_age": (("suspect_age_known", "false"),),
}


def resolve_unknowns(labels: list[Label]) -> list[Label]:
    """Place a bare "Unknown" on the axis its neighbours share (gender, victim age, platform);
    not counting the years a pivot groups them under ("2021-22" over "Female", "Male", "Unknown")."""
    axes = {label.axis for label in labels if label.understood and label.axis not in ("total", "value", "period")}
    out = []
    for n, label in enumerate(labels):
        # (among several axes, the one of the two labels before it: "Female | Male | Unknown | Total | Online flag")
        before = {b.axis for b in labels[max(0, n - 2):n]}
        if label.axis == "unknown" and len(axes) == 1 and (axis := next(iter(axes))) in _UNKNOWN_DIMS:
            label = Label(label.text, axis, _UNKNOWN_DIMS[axis])
        elif label.axis == "unknown" and len(axes) > 1 and n >= 2 and len(before) == 1 and (axis := next(iter(before))) in _UNKNOWN_DIMS:
            label = Label(label.text, axis, _UNKNOWN_DIMS[axis])
        elif label.axis is None and axes == {"platform"} and (other := other_platform(_norm(label.text), whole=True)):
            label = Label(label.text, "platform", (("platform", other),))  # "Other" among Snapchat, Instagram …
        out.append(label)
    return out
