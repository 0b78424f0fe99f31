"""A generator of police replies with known figures, in many layouts and every format.

:func:`make_reply` builds a :class:`Reply` — the figures a force gives (its *truth*) and
how it lays them out — and :func:`render` writes it as text, HTML, CSV, XLSX, PDF or DOCX
bytes. Layouts: years as rows, years as columns, an age × gender grid with a total row
and column (right or wrong), figures listed as ``2019/20 – 12`` or ``FY 2019/20 = 12``
lines, figures in sentences ("301 in 2019/20, 327 in 2020/21"), a grid aligned on spaces
(in text; a table elsewhere), a grid flattened one cell per line (in text), a refusal in
prose, a many-point request refused on cost, a grid on single spaces under a header row of
years, a table one cell per line with nothing between cells, figures glued to their labels,
columns naming what they count (arrests, cautions), Home Office outcomes in words, three
questions answered under one heading ("Answer 1, 2 & 3"), figures in sentences in any order
with a gender split (wrapped hard in text), each question followed by its own keyed answer
("A1", "Question 1 … Response", "In response to question 1,") with a neither-confirm-nor-deny
for one, answers written into the quoted questions in square brackets, a spreadsheet pivot
with its filter ("Cyber Flag  Y") and "Count of …" rows above it, and each year's bullet with
the victim's gender in bullets set one level in under it, offences by code with calendar years
over All / Online columns (in text each year once over its two columns, one space apart, the
last a part year marked with a superscript for its footnote), and one table of all offences,
then age bands and genders each under a row naming its axis ("Age of victim"), and the years' counts listed
"respectively" with a part of each (one gender's victims or one age band's, with a suspect under 18, or
flagged online) said the same way, and age bands in sentences, each figure's band after it, then "The
corresponding figures for" each later year, and a year's offences with the part of them flagged online (or
charged, or of female victims) said after them ("…, 19 of which had the online flag applied"), then "The figures
for" each later year "were" the two in turn, a pivot in compact form ("Row Labels | Count of …") under its filters
(an offence code, the years "(Multiple Items)") with the years said combined in a note under it, and each year's
line of the victims' genders, a label and its count after a dash, parted by runs of spaces or by commas
("2021:  Female - 88   Male - 21   Not recorded - 3"). Requests vary their headings and how their questions are
marked, and some set numbered notes under a "Notes" heading after their questions. Small numbers are hidden with a marker the reply explains.
Noise: a cookie banner, a dash mis-decoded as ``Р``, a page cut short after the figures.

Used by the round-trip property test, the fuzzers' seeds, ``bench/ingest.py`` and
``make_samples.py`` (the demo's illustrative replies).
"""

from __future__ import annotations

import calendar
import io
import random
from datetime import date
from dataclasses import dataclass, field

from foistats.periods import Period

LAYOUTS = ("years_as_rows", "years_as_columns", "age_gender_grid", "year_lines", "refusal", "sentences", "aligned",
           "flattened", "cost_points", "spaced", "cell_lines", "glued", "counted", "outcomes", "answers_together",
           "months", "two_level", "ruled", "prose_split", "keyed_answers", "of_which", "kinds", "titled", "long",
           "bracketed", "in_words", "one_year_sentences", "paged", "in_square_brackets", "pivot", "nested_bullets", "grouped",
           "spanned", "grouped_cells", "part_year", "parts_in_brackets", "respectively", "band_sentences", "coded_and_worded",
           "whole_then_part", "compact_pivot", "pairs_on_a_line")
# offences as a table's first column gives them: the Home Office code, then its title
CODED = [("21", "Sexual activity involving a child under 13"), ("22B", "Sexual activity involving a child under 16"),
         ("88A", "Sexual grooming"), ("71/17", "Sexual communication with a child"),
         ("19D", "Rape of a female aged under 16")]  # (19D's title in other words: "… a female child under 16")
MONTH_FORMS = ["{m:%b}-{m:%y}", "{m:%b} {m:%Y}", "{m:%B} {m:%Y}"]
# Home Office outcomes as forces write them out, with the outcome each one is
OUTCOMES = [("Charged/Summonsed", "charged"), ("Community resolution", "community resolution"),
            ("Evidential difficulties: suspect identified; victim does not support further action", "outcome 16"),
            ("Evidential difficulties: suspect not identified; victim does not support further action", "outcome 14"),
            ("Investigation complete - no suspect identified", "outcome 18"),
            ("Further investigation to support formal action not in the public interest", "outcome 21"),
            ("Diversionary, educational or intervention activity", "outcome 22")]
# how a reply sets out the request and its answer: the request's heading, how its questions
# are marked (numbers, or bullets whose order is their number), the answer's heading
REQUEST_HEADS = ["Request", "You asked:", "Your request", "Information requested:"]
QUESTION_MARKS = ["{n}. ", "({n}) ", "Q{n} ", "Request {n}: ", "- ", "• "]
RESPONSE_HEADS = ["Response", "In response:", "Our response:", "Answer"]
# the points of a many-part request and how many figures each asks for
POINTS = [("How many {thing} were reported to your force in each of those years?", 1),
          ("How many {thing} were reported in each of those years, together with the outcome of each one.", 2),
          ("The ages and genders of the victims.", 1),
          ("The ages of the suspects, and how many were known to the victim.", 2),
          ("The platform used to share the material (if known).", 1)]
COST_REFUSALS = ["The information is not held in a form that could be extracted from our systems within the 18 hour threshold.",
                 "Finding this information would exceed the appropriate limit, so the request is refused under section 12(1)."]
COOKIES = ["We use some essential cookies to make this website work.",
           "Your cookie choices have been saved. You can change them at any time (0 of 4 set)."]
# figures in sentences in any order: a year's count, then the year before "compared with" it,
# a figure "rising to" the next; and each year's count split by the victim's gender
PROSE_TOTALS = ["In {fy} the force recorded {n} such offences.", "The figure for {fy} was {n}.",
                "There were {n} offences recorded in {fy}."]
PROSE_AFTER = [", compared with {n} in {fy}", ", rising to {n} in {fy}", " and {n} in {fy}"]
PROSE_GENDER = ["Of the {total} offences recorded in {fy}, {f} involved a female victim and {m} a male victim; "
                "in the remaining {u} the gender of the victim was not recorded.",
                "For {fy} the split was {f} female and {m} male, with {u} where the gender was not recorded.",
                "In {fy} there were {f} offences with a female victim, {m} with a male victim and {u} where it was unknown."]
# answers that carry their question's number, and how each question is headed
KEYED_FORMS = [("Q{n} {q}", "A{n} {a}"), ("Question {n}\n{q}", "Response\n{a}"), ("{n}. {q}", "In response to question {n}, {a}"),
               ("Question {n}: {q}", "Answer: {a}")]
SENTENCES = [
    ("We recorded {first} such offences in {fy0}", ", {n} in {fy}", " and {n} in {fy}."),
    ("In {fy0} there were {first} offences recorded", ", in {fy} there were {n}", " and in {fy} there were {n}."),
    ("The number of offences recorded was {first} ({fy0})", ", {n} ({fy})", " and {n} ({fy})."),  # each period in brackets
]
# offences a request names by title and code, and an answer by title alone, each sentence its own
TITLED = [("73", "Abuse of position of trust of a sexual nature"), ("23", "Incest or familial sexual offences"),
          ("21", "Sexual activity involving a child under 13"), ("22B", "Sexual activity involving a child under 16"),
          ("71/17", "Sexual communication with a child")]
TITLED_FORMS = ["In {fy} the force recorded {n} offences of {title}.", "There were {n} offences of {title} recorded in {fy}.",
                "For {title}, the figure for {fy} was {n}."]
FORMATS = ("txt", "html", "csv", "xlsx", "pdf", "docx")
AGE_BANDS = [("0-4", 0, 4), ("5-10", 5, 10), ("11-15", 11, 15), ("16-17", 16, 17)]
MARKERS = {"*": "Numbers below 5 are shown as * to protect victims.",
           "<5": "Figures under 5 are not released and are shown as <5."}


@dataclass
class Reply:
    force: str
    reference: str
    layout: str
    years: list[int]
    question: str
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the response's running text
    truth: list[dict] = field(default_factory=list)  # period_start, period_end, breakdown, value, status
    preamble: list[str] = field(default_factory=list)  # site furniture above the reply
    cut: bool = False  # the page stops short after the figures
    request: list[str] = field(default_factory=list)  # the request as quoted: what it says before its questions
    questions: list[str] = field(default_factory=list)  # its questions (or points), marked once rendered
    headings: tuple[str, str] = ("Request", "Response")
    over: list[str] = field(default_factory=list)  # a header row above ``header`` (a year over Female, Male)
    above: list[list[str]] = field(default_factory=list)  # rows a pivot sets above its table (its filter)
    below: list[str] = field(default_factory=list)  # a note under the table ("Financial years … combined.")
    dates: dict[str, date] = field(default_factory=dict)  # header cells a sheet stores as dates ("Apr-21": 1 April 2021)
    rules: list[int] = field(default_factory=list)  # in text, a ruled line (----) before these rows (0: under the header)
    wrap: bool = False  # the text version's lines are wrapped hard, as e-mails are
    page_break: int | None = None  # in text, a PDF's page break before this row, the header printed again after it
    # (in the layout "paged", whose break always falls after the first row, whether the header is printed again)

    def fy(self, year: int) -> str:
        return f"{year}/{(year + 1) % 100:02d}"


def _figure(year: int | Period, breakdown: dict, value: int | None, status: str = "reported") -> dict:
    period = year if isinstance(year, Period) else Period.financial_year(year)
    return {"period_start": period.start.isoformat(), "period_end": period.end.isoformat(),
            "breakdown": breakdown, "value": value, "status": status}


def _cell(rng: random.Random, reply: Reply, value: int, marker: str | None, year: int | Period, breakdown: dict,
          is_total: bool = False) -> str:
    if marker and not is_total and 0 < value < 5:
        reply.truth.append(_figure(year, breakdown, None, "suppressed"))
        return marker
    reply.truth.append(_figure(year, breakdown, value))
    return f"{value:,}"


def make_reply(seed: int, *, force: str = "Gwent Police", layout: str | None = None,
               values: dict | None = None) -> Reply:
    """One reply with figures drawn from ``seed`` (or taken from ``values``: year -> count)."""
    rng = random.Random(seed)
    layout = layout or rng.choice(LAYOUTS)
    first = rng.randint(2014, 2021)
    years = [first] if layout in ("age_gender_grid", "glued", "answers_together", "one_year_sentences") else list(range(first, first + rng.randint(2, 4)))
    if values:
        years = sorted(values)
    reply = Reply(force, f"FOI {seed:05d}/{years[-1] % 100:02d}", layout, years, "")
    marker = rng.choice([None, "*", "<5"])
    fys = ", ".join(reply.fy(y) for y in years)
    reply.question = (f"How many sexual offences against children were recorded by your force in "
                      f"{'each of the financial years ' + fys if len(years) > 1 else 'the financial year ' + fys}?")
    count = lambda year: values[year] if values else rng.randint(0, 400)  # noqa: E731
    if rng.random() < 0.3:
        reply.preamble = list(COOKIES)
    reply.cut = rng.random() < 0.3
    if layout == "years_as_rows":
        reply.header = ["Financial year", "Number of offences"]
        reply.rows = [[reply.fy(y), _cell(rng, reply, count(y), marker, y, {})] for y in years]
    elif layout == "year_lines":
        dash = rng.choice(["-", "–", ":", "=", "Р"])  # Р: an en dash mis-decoded, as pasted pages have
        label = rng.choice(["{}", "Financial year {}", "FY {}"])
        reply.lines = [f"{label.format(reply.fy(y))} {dash} {_cell(rng, reply, count(y), None, y, {})}" for y in years]
    elif layout == "sentences":
        start, middle, end = rng.choice(SENTENCES)
        values = [_cell(rng, reply, count(y), None, y, {}) for y in years]
        text = start.format(first=values[0], fy0=reply.fy(years[0]))
        for n, (value, year) in enumerate(zip(values[1:], years[1:]), start=2):
            text += (end if n == len(years) else middle).format(n=value, fy=reply.fy(year))
        reply.lines = [text if len(years) > 1 else text + "."]
    elif layout in ("aligned", "flattened", "paged"):
        reply.header = ["Financial year", "Female", "Male"]
        reply.rows = [[reply.fy(y)] + [_cell(rng, reply, rng.randint(0, 200), marker, y, {"victim_gender": g})
                                       for g in ("female", "male")] for y in years]
        if layout == "paged" and rng.random() < 0.5:
            reply.page_break = 1  # the header printed again at the top of the next page
    elif layout == "cell_lines":
        reply.header = [rng.choice(["Financial year", "Year", "Period"]), rng.choice(["Offences", "Number of offences", "Count"])]
        reply.rows = [[reply.fy(y), _cell(rng, reply, count(y), marker, y, {})] for y in years]
    elif layout == "glued":  # each figure glued to its label, as copied table cells can come
        reply.lines = [f"{gender}{_cell(rng, reply, rng.randint(5, 200), None, years[0], {'victim_gender': gender.lower()})}"
                       for gender in ("Female", "Male")]
    elif layout == "counted":  # columns naming what they count: arrests (a measure), cautions (an outcome)
        reply.header = ["Year", "Arrests", "Cautions"]
        reply.rows = [[reply.fy(y), _cell(rng, reply, rng.randint(5, 300), None, y, {}),
                       _cell(rng, reply, rng.randint(5, 50), None, y, {"outcome": "cautioned"})] for y in years]
    elif layout == "outcomes":
        reply.header = ["Outcome"] + [reply.fy(y) for y in years]
        reply.rows = [[words] + [_cell(rng, reply, rng.randint(5, 90), None, y, {"outcome": outcome}) for y in years]
                      for words, outcome in rng.sample(OUTCOMES, rng.randint(2, len(OUTCOMES)))]
    elif layout in ("years_as_columns", "spaced"):
        reply.header = ["Gender"] + [reply.fy(y) for y in years]
        for gender in ("Female", "Male"):
            reply.rows.append([gender] + [_cell(rng, reply, rng.randint(0, 200), marker, y, {"victim_gender": gender.lower()})
                                          for y in years])
    elif layout == "age_gender_grid":
        year = years[0]
        wrong_total = rng.random() < 0.3
        reply.header = ["Age", "Female", "Male", "Total"]
        column_sums = [0, 0, 0]
        for band, lo, hi in AGE_BANDS:
            female, male = rng.randint(0, 60), rng.randint(0, 60)
            ages = {"victim_age_min": lo, "victim_age_max": hi}
            row = [band, _cell(rng, reply, female, marker, year, {**ages, "victim_gender": "female"}),
                   _cell(rng, reply, male, marker, year, {**ages, "victim_gender": "male"}),
                   _cell(rng, reply, female + male, None, year, ages, is_total=True)]
            column_sums = [column_sums[0] + female, column_sums[1] + male, column_sums[2] + female + male]
            reply.rows.append(row)
        grand = column_sums[2] + (rng.randint(1, 9) if wrong_total else 0)
        reply.rows.append(["Total", _cell(rng, reply, column_sums[0], None, year, {"victim_gender": "female"}, True),
                           _cell(rng, reply, column_sums[1], None, year, {"victim_gender": "male"}, True),
                           _cell(rng, reply, grand, None, year, {}, True)])
    elif layout == "prose_split":
        _prose_split(rng, reply, count)
    elif layout == "keyed_answers":
        _keyed_answers(rng, reply, count)
    elif layout == "cost_points":
        _cost_points(rng, reply)
    elif layout == "answers_together":  # three questions answered under one heading, each line by its own label
        fy = reply.fy(years[0])
        reply.questions = [reply.question, "How many of those offences were flagged as online?",
                           "How many of those offences resulted in a charge?"]
        reply.lines = [rng.choice(["Answer 1, 2 & 3", "Answers to questions 1-3", "Response to 1, 2 and 3"]),
                       f"Total offences {fy}: {_cell(rng, reply, rng.randint(100, 400), None, years[0], {})}",
                       f"Online: {_cell(rng, reply, rng.randint(5, 99), None, years[0], {'online_flag': 'true'})}",
                       f"Charged: {_cell(rng, reply, rng.randint(5, 99), None, years[0], {'outcome': 'charged'})}"]
    elif layout == "months":
        _months(rng, reply)
    elif layout == "two_level":
        _two_level(rng, reply)
    elif layout == "ruled":
        _ruled(rng, reply)
    elif layout == "of_which":
        _of_which(rng, reply)
    elif layout == "kinds":
        _kinds(rng, reply)
    elif layout == "titled":
        _titled(rng, reply)
    elif layout == "long":
        _long(rng, reply, marker)
    elif layout == "bracketed":
        _bracketed(rng, reply)
    elif layout == "in_words":
        _in_words(rng, reply)
    elif layout == "one_year_sentences":
        _one_year_sentences(rng, reply)
    elif layout == "in_square_brackets":
        _in_square_brackets(rng, reply, count)
    elif layout == "pivot":
        _pivot(rng, reply)
    elif layout == "nested_bullets":
        _nested_bullets(rng, reply, count)
    elif layout == "grouped":
        _grouped(rng, reply)
    elif layout == "spanned":
        _spanned(rng, reply)
    elif layout == "grouped_cells":
        _grouped_cells(rng, reply, marker)
    elif layout == "part_year":
        _part_year(rng, reply)
    elif layout == "parts_in_brackets":
        _parts_in_brackets(rng, reply)
    elif layout == "respectively":
        _respectively(rng, reply)
    elif layout == "band_sentences":
        _band_sentences(rng, reply)
    elif layout == "coded_and_worded":
        _coded_and_worded(rng, reply)
    elif layout == "whole_then_part":
        _whole_then_part(rng, reply)
    elif layout == "compact_pivot":
        _compact_pivot(rng, reply)
    elif layout == "pairs_on_a_line":
        _pairs_on_a_line(rng, reply)
    else:  # refusal
        reply.lines = [rng.choice([
            "We estimate that finding this information would exceed the appropriate limit, so under Section 12(1) of the Act the force is not obliged to answer.",
            "Retrieving the figures would go beyond the cost limit set by the fees regulations; the request is refused under section 12.",
        ])]
        reply.truth = [_figure(y, {}, None, "exempt") for y in years]
    if marker and layout in ("years_as_rows", "years_as_columns", "age_gender_grid", "aligned", "flattened", "paged", "spaced",
                             "cell_lines", "grouped_cells"):
        reply.lines.insert(0, MARKERS[marker])
    # drawn last, so that a seed's figures stay what they were before requests were varied
    reply.headings = (rng.choice(REQUEST_HEADS), rng.choice(RESPONSE_HEADS))
    if layout == "keyed_answers":
        reply.headings = (reply.headings[0], "")  # each answer stands under its own question
    mark = rng.choice(QUESTION_MARKS)
    if layout != "keyed_answers":  # there each question stands above its own answer
        reply.request += [mark.format(n=n) + q for n, q in enumerate(reply.questions or [reply.question], start=1)]
    if layout == "in_square_brackets":  # each answer written into its own question
        reply.headings, mark = (reply.headings[0], ""), rng.choice(QUESTION_MARKS[:4])
    if layout not in ("cost_points", "answers_together", "keyed_answers", "in_square_brackets"):
        reply.lines.insert(0, "The force holds the information you asked for.")
        if rng.random() < 0.25:  # numbered notes under the questions, one about a flag no figure carries
            reply.request += ["Notes", *(f"{n}. {note}" for n, note in enumerate(rng.sample(REQUEST_NOTES, 2), start=1))]
    return reply


# notes a requester sets under the questions: none is part of the last question
REQUEST_NOTES = ["Figures should be of crimes recorded in each year, not of crimes that took place in it.",
                 "I understand the online flag is applied where the offence was committed or facilitated online.",
                 "If the full request would exceed the cost limit, please answer as many questions as you can.",
                 "A child here is anyone aged under 18 at the time of the offence."]


def _part_year(rng: random.Random, reply: Reply) -> None:
    """Victims' age bands down and the years asked across, then the year after them so far,
    headed by its days ("2024/25 (1 Apr - 31 Aug 2024)"); as text, that header wraps onto
    lines of its own under its column."""
    year = reply.years[-1] + 1
    month = rng.randint(5, 12)
    end = date(year, month, calendar.monthrange(year, month)[1])
    reply.header = ["Victim age", *(reply.fy(y) for y in reply.years), f"{reply.fy(year)} (1 Apr - {end.day} {end:%b %Y})"]
    for band, lo, hi in (("Under 13", 0, 12), ("13 to 15", 13, 15), ("16 to 17", 16, 17)):
        ages = {"victim_age_min": lo, "victim_age_max": hi}
        reply.rows.append([band, *(_cell(rng, reply, rng.randint(5, 300), None, y, ages) for y in reply.years),
                           _cell(rng, reply, rng.randint(5, 150), None, Period(date(year, 4, 1), end), ages)])


PART_FORMS = ["({Female} {f}, {Male} {m})", "({f} {female}, {m} {male})", "({Female}: {f}; {Male}: {m})", "({Female} {f} and {Male} {m})"]


def _parts_in_brackets(rng: random.Random, reply: Reply) -> None:
    """A line a year giving the year's count, then its parts by the victim's gender in brackets
    ("2021/22 – 61 (Female 47, Male 14)", "2022/23: 72 (55 female, 17 male)")."""
    fys = ", ".join(reply.fy(y) for y in reply.years)
    reply.question = f"How many sexual offences against children were recorded in each of the financial years {fys}, by gender of the victim?"
    dash = rng.choice([" -", " –", ":", " ="])
    form = rng.choice(PART_FORMS)
    words = rng.choice([{"Female": "Female", "Male": "Male", "female": "female", "male": "male"},
                        {"Female": "Girls", "Male": "Boys", "female": "girls", "male": "boys"}])
    for year in reply.years:
        female, male = rng.randint(0, 200), rng.randint(0, 80)
        reply.truth += [_figure(year, {}, female + male), _figure(year, {"victim_gender": "female"}, female),
                        _figure(year, {"victim_gender": "male"}, male)]
        reply.lines.append(f"{reply.fy(year)}{dash} {female + male} " + form.format(f=female, m=male, **words))


# each year's count listed, then the years (or the years first), "respectively"; and a part of them the same way,
# what it is of said once for all of its figures
RESPECTIVE_TOTALS = ["The force recorded {counts} such offences in {fys} respectively.",
                     "In {fys} the force recorded {counts} offences respectively.",
                     "The figures for {fys} were {counts} respectively."]
RESPECTIVE_PARTS = [("The number of these offences with a {gender} victim was {counts} in {fys} respectively.", {"victim_gender": "{gender}"}),
                    ("In {fys}, {counts} of these offences respectively involved a {gender} victim.", {"victim_gender": "{gender}"}),
                    ("The number flagged as online was {counts} in {fys} respectively.", {"online_flag": "true"}),
                    ("Of these, {counts} were flagged as online in {fys} respectively.", {"online_flag": "true"}),
                    ("The number of these offences against victims aged under 13 was {counts} in {fys} respectively.",
                     {"victim_age_min": 0, "victim_age_max": 12}),
                    ("The number in which a suspect was aged under 18 was {counts} in {fys} respectively.",
                     {"suspect_age_min": 0, "suspect_age_max": 17})]


def _respectively(rng: random.Random, reply: Reply) -> None:
    """The years' counts in one sentence "respectively", then a part of each (the offences
    against victims of one gender or age band, with a suspect under 18, or flagged online) in another."""
    listed = lambda items: ", ".join(map(str, items[:-1])) + f" and {items[-1]}"  # noqa: E731
    fys = listed([reply.fy(y) for y in reply.years])
    wholes = [rng.randint(50, 400) for _ in reply.years]
    parts = [rng.randint(0, whole) for whole in wholes]
    part_form, part_of = rng.choice(RESPECTIVE_PARTS)
    gender = rng.choice(["female", "male"])
    reply.lines = [rng.choice(RESPECTIVE_TOTALS).format(counts=listed(wholes), fys=fys),
                   part_form.format(counts=listed(parts), fys=fys, gender=gender)]
    part_of = {k: v.format(gender=gender) if isinstance(v, str) else v for k, v in part_of.items()}
    reply.truth = [_figure(y, {}, v) for y, v in zip(reply.years, wholes)] + \
        [_figure(y, part_of, v) for y, v in zip(reply.years, parts)]


# the first year's counts each followed by its victims' band, then each later year's "corresponding" counts in turn
BAND_FIRST = ["Of the offences recorded in {fy}, {a} involved a victim aged under 13, {b} a victim aged 13 to 15 and {c} a victim "
              "aged 16 or 17.",
              "In {fy}, {a} offences involved a victim aged under 13, {b} involved a victim aged 13 to 15 and {c} involved a "
              "victim aged 16 to 17.",
              "In {fy}, {a} offences had a victim aged under 13, {b} had a victim aged 13-15 and {c} had a victim aged 16-17."]
BAND_AGAIN = ["The corresponding figures for {fy} were {a}, {b} and {c}.", "The equivalent figures for {fy} were {a}, {b} and {c}."]


def _band_sentences(rng: random.Random, reply: Reply) -> None:
    """Offences by the victim's age band in sentences: the first year's figures each with its
    band after it, then each later year's "corresponding figures" in the same order."""
    reply.question += " Please break the figures down by the age of the victim."
    bands = [(0, 12), (13, 15), (16, 17)]
    said = []
    for n, year in enumerate(reply.years):
        counts = dict(zip("abc", (rng.randint(5, 300) for _ in bands)))
        said.append((rng.choice(BAND_FIRST) if n == 0 else rng.choice(BAND_AGAIN)).format(fy=reply.fy(year), **counts))
        reply.truth += [_figure(year, {"victim_age_min": low, "victim_age_max": high}, counts[k])
                        for k, (low, high) in zip("abc", bands)]
    reply.lines = [" ".join(said)]  # one paragraph: "corresponding" is of the sentence before it



# a year's offences, then the part of them the rest of the sentence names; each later year's two figures in turn
WHOLE_THEN_PART = ["In {fy} there were {whole} offences recorded, {part} of which {what}.",
                   "In {fy}, {whole} offences were recorded, of which {part} {what}.",
                   "Of the {whole} offences recorded in {fy}, {part} {what}.",
                   "During {fy} the force recorded {whole} offences, and {part} of these {what}."]
PARTS_SAID = [("had the online flag applied", {"online_flag": "true"}), ("were flagged as online", {"online_flag": "true"}),
              ("resulted in a charge", {"outcome": "charged"}), ("involved a female victim", {"victim_gender": "female"})]
WHOLE_AND_PART_AGAIN = ["The figures for {fy} were {whole} and {part}.", "For {fy} the figures were {whole} and {part}."]


def _whole_then_part(rng: random.Random, reply: Reply) -> None:
    """The first year's offences with the part of them flagged online (or charged, or of
    female victims) said after them, then each later year's two figures in turn, in one
    paragraph, or each year said the same way."""
    what, part_of = rng.choice(PARTS_SAID)
    again = rng.random() < 0.5
    said = []
    for n, year in enumerate(reply.years):
        whole = rng.randint(20, 400)
        part = rng.randint(0, whole)
        form = rng.choice(WHOLE_AND_PART_AGAIN) if n and again else rng.choice(WHOLE_THEN_PART)
        said.append(form.format(fy=reply.fy(year), whole=whole, part=part, what=what))
        reply.truth += [_figure(year, {}, whole), _figure(year, part_of, part)]
    reply.lines = [" ".join(said)]  # one paragraph: "the figures" are those of the sentence before

def _months(rng: random.Random, reply: Reply) -> None:
    """A financial year's months across (a sheet stores them as dates), offences down by
    code and title in two columns, a Total column (the year) and a Grand Total row; a
    dash the reply defines as nil."""
    year = reply.years[0]
    reply.years = [year]
    months = [Period(date(year + (m < 4), m, 1), date(year + (m < 4), m, calendar.monthrange(year + (m < 4), m)[1]))
              for m in [*range(4, 13), *range(1, 4)]]
    form = rng.choice(MONTH_FORMS)
    heads = [form.format(m=p.start) for p in months]
    reply.dates = {head: p.start for head, p in zip(heads, months)}
    coded = rng.sample(CODED, rng.randint(2, len(CODED)))
    codes = " and ".join(f"{title.lower()} ({code})" for code, title in coded)
    reply.question = f"How many offences of {codes} did your force record in each month of {reply.fy(year)}?"
    reply.header = ["HO Code", "Offence", *heads, "Total"]
    whole = Period.financial_year(year)
    sums = [0] * len(months)
    for code, title in coded:
        values = [rng.choice([0, 0, rng.randint(1, 30)]) for _ in months]
        sums = [a + b for a, b in zip(sums, values)]
        reply.rows.append([code, title] + [_nil_dash(rng, reply, v, p, {"offence_code": code}) for v, p in zip(values, months)]
                          + [_cell(rng, reply, sum(values), None, whole, {"offence_code": code}, True)])
    reply.rows.append(["", "Grand Total"] + [_cell(rng, reply, v, None, p, {}, True) for v, p in zip(sums, months)]
                      + [_cell(rng, reply, sum(sums), None, whole, {}, True)])
    reply.lines.append(rng.choice(["- denotes a nil return (no crimes recorded).", "A dash (-) indicates that no offences were recorded."]))


def _nil_dash(rng: random.Random, reply: Reply, value: int, period: Period, breakdown: dict) -> str:
    """A count, or a dash for none (the figure 0, though no 0 is printed)."""
    cell = _cell(rng, reply, value, None, period, breakdown)
    if value:
        return cell
    reply.truth[-1]["shown"] = "-"
    return "-"


# what a year's two columns split by: the victim's gender, or the online flag ("Online Y" / "Online N", "Flagged" / "Not flagged")
TWO_LEVEL_SPLITS = [(("Female", "Male"), "victim_gender", ("female", "male"), "by the victim's age and gender"),
                    (("Online Y", "Online N"), "online_flag", ("true", "false"), "by the victim's age, and whether the online flag was applied"),
                    (("Online - Yes", "Online - No"), "online_flag", ("true", "false"), "by the victim's age, and whether the online flag was applied"),
                    (("Flagged", "Not flagged"), "online_flag", ("true", "false"), "by the victim's age, and whether the online flag was applied")]


def _two_level(rng: random.Random, reply: Reply) -> None:
    """Calendar years over Female / Male, or over "Online Y" / "Online N" (a merged or spanning
    header cell), age bands down, a Total row of exact totals; '*' stands for 1 to 4, as the
    reply's note says."""
    years = [Period.calendar_year(y) for y in reply.years]
    labels, axis, values_of, split = rng.choice(TWO_LEVEL_SPLITS)
    reply.question = ("How many sexual offences against children were recorded in each calendar year "
                      f"{reply.years[0]} to {reply.years[-1]}, {split}?")
    corner = rng.choice(["Victim age", "Age", "Age band"])
    reply.over = [corner] + [str(p.start.year) for p in years for _ in labels]
    reply.header = [corner] + list(labels) * len(years)
    columns = [(p, v) for p in years for v in values_of]
    sums = [0] * len(columns)
    for band, lo, hi in AGE_BANDS:
        values = [rng.randint(0, 60) for _ in sums]
        sums = [a + b for a, b in zip(sums, values)]
        ages = {"victim_age_min": lo, "victim_age_max": hi}
        reply.rows.append([band] + [_cell(rng, reply, v, "*", p, {**ages, axis: g}) for v, (p, g) in zip(values, columns)])
    reply.rows.append(["Total"] + [_cell(rng, reply, v, None, p, {axis: g}, True) for v, (p, g) in zip(sums, columns)])
    for fig in reply.truth:
        if fig["status"] == "suppressed":
            fig.update(lower=1, upper=4)
    reply.lines.append("* denotes a figure between 1 and 4, suppressed to reduce the risk of identifying individuals.")


def _spanned(rng: random.Random, reply: Reply) -> None:
    """Calendar years over All / Online (a merged cell over each year's two columns), offences by
    code and title down; the last year a part year, its header marked with a superscript whose
    footnote says which months. In text the years stand once over their columns, one space
    apart, as a PDF's text copies them; a title too long for its cell goes on below in lower case."""
    years = [Period.calendar_year(y) for y in reply.years]
    last = reply.years[-1]
    months = rng.randint(3, 11)
    years[-1] = Period(date(last, 1, 1), date(last, months, calendar.monthrange(last, months)[1]))
    coded = rng.sample(CODED, rng.randint(2, len(CODED)))
    reply.question = (f"How many offences of {' and '.join(t.lower() for _, t in coded)} did your force record in each "
                      f"calendar year {reply.years[0]} to {reply.years[-1]}, and how many of them were flagged as online?")
    corner = rng.choice(["Home Office code and offence", "Offence", "Code and offence"])
    flagged = rng.choice(["Online", "Cyber"])
    heads = [str(y) for y in reply.years[:-1]] + [f"{last}²"]
    reply.over = [corner] + [h for h in heads for _ in (0, 1)]
    reply.header = [corner] + [rng.choice(["All", "Total"]), flagged] * len(years)
    for code, title in coded:
        row = [f"{code} {title}"]
        for period in years:
            every = rng.randint(5, 300)
            row.append(_cell(rng, reply, every, None, period, {"offence_code": code}, True))
            row.append(_cell(rng, reply, rng.randint(0, every), None, period, {"offence_code": code, "online_flag": "true"}))
        reply.rows.append(row)
    reply.lines.append(f"² 1 January {last} to {years[-1].end.day} {calendar.month_name[months]} {last} only.")


def _grouped(rng: random.Random, reply: Reply) -> None:
    """Financial years across with no corner over the labels, all offences first, then the
    victim's age bands and gender each under a row naming its axis ("Age of victim") with no
    figures, as one table; in text one space apart, as a PDF letter's table copies out."""
    years = reply.years
    reply.header = [""] + [reply.fy(y) for y in years]
    reply.rows.append([rng.choice(["All recorded offences", "All offences", "Total offences"])]
                      + [_cell(rng, reply, rng.randint(200, 900), None, y, {}, True) for y in years])
    reply.rows.append([rng.choice(["Age of victim", "Victim age", "Age"])] + [""] * len(years))
    for band, lo, hi in AGE_BANDS:
        reply.rows.append([band] + [_cell(rng, reply, rng.randint(5, 200), None, y, {"victim_age_min": lo, "victim_age_max": hi})
                                    for y in years])
    reply.rows.append([rng.choice(["Gender of victim", "Victim gender", "Gender"])] + [""] * len(years))
    for label, gender in (("Female", "female"), ("Male", "male"), (rng.choice(GENDER_UNKNOWN), "unknown")):
        reply.rows.append([label] + [_cell(rng, reply, rng.randint(5, 500), None, y, {"victim_gender": gender}) for y in years])


# what forces call a victim whose gender was not recorded: one word, or two for the one thing
GENDER_UNKNOWN = ["Not recorded", "Unknown", "Unknown / not stated", "Not known / not recorded"]
CHILD_BANDS = [("Under 13", 0, 12), ("13 to 15", 13, 15), ("16 to 17", 16, 17)]


def _grouped_cells(rng: random.Random, reply: Reply, marker: str | None) -> None:
    """Victims by year and gender down, age bands across with a Total: the year on the first
    row of its group only; in text one cell per line, as a PDF letter's table copies out, a
    page break perhaps inside it with the header printed again."""
    reply.header = ["Year", "Gender", *(band for band, _, _ in CHILD_BANDS), "Total"]
    for y in reply.years:
        for n, gender in enumerate(("Female", "Male")):
            values = [rng.randint(0, 90) for _ in CHILD_BANDS]
            dims = {"victim_gender": gender.lower()}
            reply.rows.append([reply.fy(y) if n == 0 else "", gender]
                              + [_cell(rng, reply, v, marker, y, {**dims, "victim_age_min": lo, "victim_age_max": hi})
                                 for v, (_, lo, hi) in zip(values, CHILD_BANDS)]
                              + [_cell(rng, reply, sum(values), None, y, dims, True)])
    reply.page_break = rng.randint(1, len(reply.rows) - 1) if rng.random() < 0.5 else None


def _of_which(rng: random.Random, reply: Reply) -> None:
    """Offences by code and title down, financial years across, each offence's row followed by
    an "of which flagged online" row: a part of the offence above it, with its code."""
    fys = ", ".join(reply.fy(y) for y in reply.years)
    reply.question = (f"How many offences of each type below were recorded in each of the financial years {fys}, "
                      "and how many of them were flagged as online?")
    reply.header = ["Offence"] + [reply.fy(y) for y in reply.years]
    part = rng.choice(["of which flagged online", "Of which online", "of which cyber flagged"])
    for code, title in rng.sample(CODED, 2):
        wholes = [rng.randint(20, 300) for _ in reply.years]
        reply.rows.append([f"{code} {title}"] + [_cell(rng, reply, v, None, y, {"offence_code": code})
                                                 for v, y in zip(wholes, reply.years)])
        reply.rows.append([part] + [_cell(rng, reply, rng.randint(0, v), None, y, {"offence_code": code, "online_flag": "true"})
                                    for v, y in zip(wholes, reply.years)])


KINDS = [(("high", "medium", "low"), "risk"), (("red", "amber", "green"), ""), (("standard", "medium", "high"), "risk")]
KIND_QUESTIONS = ["How many referrals for child sexual exploitation were graded {kinds} {noun} in each of the financial years {fys}?",
                  "In each of the financial years {fys}, how many CSE referrals were assessed as {kinds} {noun}?",
                  "How many CSE referrals did your force receive in each of the financial years {fys}, by {noun} level ({kinds})?"]


def _kinds(rng: random.Random, reply: Reply) -> None:
    """Referrals of the kinds the question names ("graded high, medium or low risk"), the
    kinds down in the question's words (as they are, capitalised, or with their noun),
    financial years across, and a Total row: each kind its own count, the Total the whole."""
    kinds, noun = rng.choice(KINDS)
    wording = rng.choice(KIND_QUESTIONS if noun else KIND_QUESTIONS[:2])
    listed = ", ".join(kinds[:-1]) + rng.choice([" and ", " or ", ", or "]) + kinds[-1]
    reply.question = " ".join(wording.format(kinds=listed, noun=noun, fys=", ".join(reply.fy(y) for y in reply.years))
                              .split()).replace(" ?", "?")
    reply.header = [rng.choice(["", noun.title() or "Grade", "Level"])] + [reply.fy(y) for y in reply.years]
    sums = [0] * len(reply.years)
    for kind in rng.sample(kinds, len(kinds)):
        values = [rng.randint(0, 300) for _ in reply.years]
        sums = [a + b for a, b in zip(sums, values)]
        label = rng.choice([kind.title(), kind.upper(), f"{kind.title()} {noun}".strip()])
        reply.rows.append([label] + [_cell(rng, reply, v, None, y, {}) for v, y in zip(values, reply.years)])
    reply.rows.append(["Total"] + [_cell(rng, reply, v, None, y, {}, True) for v, y in zip(sums, reply.years)])


def _titled(rng: random.Random, reply: Reply) -> None:
    """Two offences asked for by title and code, answered in sentences naming each by its
    Home Office title only, in any order."""
    pair = rng.sample(TITLED, 2)
    reply.question = ("How many offences of " + " and how many offences of ".join(f"{t.lower()} (HO code {c})" for c, t in pair)
                      + f" were recorded in each of the financial years {', '.join(reply.fy(y) for y in reply.years)}?")
    said = []
    for code, title in pair:
        for year in reply.years:
            value = rng.randint(0, 300)
            said.append(rng.choice(TITLED_FORMS).format(n=value, fy=reply.fy(year), title=title.lower()))
            reply.truth.append(_figure(year, {"offence_code": code}, value))
    rng.shuffle(said)
    reply.lines = said


def _long(rng: random.Random, reply: Reply, marker: str | None) -> None:
    """A table in long form, as exports come: a column for each thing a figure is by (the year,
    the offence's code with its leading zero and its title, the victim's gender), one row a
    figure, and one column of counts."""
    coded = rng.random() < 0.5
    reply.header = [rng.choice(["Financial Year", "Financial year", "Year"])]
    reply.header += ["HO Code", rng.choice(["HO Offence Description", "Offence title"])] if coded else []
    reply.header += [rng.choice(["Victim Gender", "Gender of victim", "Victim sex"]),
                     rng.choice(["Number of Crimes", "Crimes", "Offences", "Count"])]
    offences = rng.sample(CODED[:2], rng.randint(1, 2)) if coded else [None]
    for year in reply.years:
        for offence in offences:
            for gender in rng.sample(["Female", "Male", "Not Recorded"], 3):
                breakdown = {"victim_gender": "unknown" if gender == "Not Recorded" else gender.lower()}
                row = [reply.fy(year)]
                if offence:
                    code, title = offence
                    row += [f"0{code}" if code[:2].isdigit() and code[2:3] in ("", "A", "B") else code, title]
                    breakdown["offence_code"] = code
                reply.rows.append(row + [gender, _cell(rng, reply, rng.randint(0, 150), marker, year, breakdown)])


def _bracketed(rng: random.Random, reply: Reply) -> None:
    """Offences by code down, financial years across, each cell a count with the part of it
    flagged online in brackets ("58 (6)"), as a line above the table says."""
    fys = ", ".join(reply.fy(y) for y in reply.years)
    reply.question = f"How many offences of each type below were recorded in each of the financial years {fys}?"
    reply.questions = [reply.question, "For each of these, how many had the online flag applied?"]
    reply.lines = [rng.choice(["The first figure in each cell is the number of offences recorded; the figure in brackets "
                               "is how many of those offences had the online flag applied.",
                               "Figures in brackets show the number of those offences with the online (cyber) flag."])]
    reply.header = ["HO code"] + [reply.fy(y) for y in reply.years]
    for code, _ in rng.sample(CODED, 2):
        row = [code]
        for year in reply.years:
            whole = rng.randint(10, 300)
            part = rng.randint(0, whole)
            reply.truth += [_figure(year, {"offence_code": code}, whole),
                            _figure(year, {"offence_code": code, "online_flag": "true"}, part)]
            row.append(f"{whole} ({part})")
        reply.rows.append(row)


WORDS = "none one two three four five six seven eight nine".split()
IN_WORDS = ["The force recorded {n} such offences in {fy}.", "In {fy} there were {n} offences recorded.",
            "{N} offences were recorded in {fy}."]


def _in_words(rng: random.Random, reply: Reply) -> None:
    """Small counts written in words, as house style has them, a sentence a year."""
    for year in reply.years:
        value = rng.randint(2, 9)
        word = WORDS[value]
        reply.lines.append(rng.choice(IN_WORDS).format(n=word, N=word.capitalize(), fy=reply.fy(year)))
        reply.truth.append({**_figure(year, {}, value), "shown": "in words"})


ONE_YEAR = [("The victim was female in {female} offences and male in {male}. In the remaining {unknown} offences the gender "
             "of the victim was not recorded."),
            ("Of these, {female} offences had a female victim and {male} a male victim, and in {unknown} the victim's "
             "gender was not recorded."),
            # the whole said first, its parts after it
            "Of the {total} offences, {female} had a female victim, {male} had a male victim and for {unknown} the gender was not recorded."]


def _one_year_sentences(rng: random.Random, reply: Reply) -> None:
    """A reply about one year, its split by gender said in sentences that name no period."""
    year = reply.years[0]
    counts = {g: rng.randint(5, 300) for g in ("female", "male")} | {"unknown": rng.randint(2, 9)}
    form = rng.choice(ONE_YEAR)
    reply.lines = [form.format(**counts, total=sum(counts.values()))]
    reply.truth = [_figure(year, {"victim_gender": g}, n) for g, n in counts.items()]
    if "{total}" in form:
        reply.truth.append(_figure(year, {}, sum(counts.values())))


BRACKET_NOTES = ["Our answers are shown in square brackets after each question.",
                 "The force's response to each question is given in [square brackets] below.",
                 "Please find our answers inserted below in square brackets."]


def _in_square_brackets(rng: random.Random, reply: Reply, count) -> None:
    """The request quoted back with each answer written into its question in square brackets:
    a count for each year, the part of them flagged online, and the charges."""
    dash = rng.choice([" – ", ": ", " = "])
    asked = [(reply.question, {}), ("How many of those offences were flagged as online?", {"online_flag": "true"}),
             ("How many of those offences resulted in a suspect being charged?", {"outcome": "charged"})]
    reply.questions = []
    for question, breakdown in asked:
        said = "; ".join(f"{reply.fy(y)}{dash}{_cell(rng, reply, count(y) if not breakdown else rng.randint(0, 90), None, y, breakdown)}"
                         for y in reply.years)
        reply.questions.append(f"{question} [{said}]")
    reply.request = [rng.choice(BRACKET_NOTES)]


PIVOT_FILTERS = [("Cyber Flag", "Y", {"online_flag": "true"}), ("Online Flag", "Yes", {"online_flag": "true"}),
                 ("Cyber Flag", "(All)", {})]


def _pivot(rng: random.Random, reply: Reply) -> None:
    """A spreadsheet pivot pasted as it copies: its filter above it ("Cyber Flag  Y", or
    "(All)", which narrows nothing), "Count of …  Column Labels", then "Row Labels" with the
    victim's gender down (the records with none "(blank)"), calendar years across, a Grand Total
    column and row."""
    years = [Period.calendar_year(y) for y in reply.years]
    name, chosen, breakdown = rng.choice(PIVOT_FILTERS)
    reply.question = ("How many sexual offences against children did your force record in each calendar year "
                      f"{reply.years[0]} to {reply.years[-1]}, by the victim's gender, and how many were flagged as online?")
    reply.above = [[name, chosen], [rng.choice(["Count of Crime Number", "Count of CRN", "Count of Crime Ref"]), "Column Labels"]]
    reply.header = ["Row Labels", *(str(p.start.year) for p in years), "Grand Total"]
    whole = Period(years[0].start, years[-1].end)
    sums = [0] * len(years)
    for gender in rng.sample(["Female", "Male"], 2):
        values = [rng.randint(1, 200) for _ in years]
        sums = [a + b for a, b in zip(sums, values)]
        dims = {**breakdown, "victim_gender": gender.lower()}
        reply.rows.append([gender] + [_cell(rng, reply, v, None, p, dims) for v, p in zip(values, years)]
                          + [_cell(rng, reply, sum(values), None, whole, dims, True)])
    if rng.random() < 0.4:  # "(blank)": the records with no gender recorded, as a pivot names them
        values = [rng.randint(1, 30) for _ in years]
        sums = [a + b for a, b in zip(sums, values)]
        dims = {**breakdown, "victim_gender": "unknown"}
        reply.rows.append(["(blank)"] + [_cell(rng, reply, v, None, p, dims) for v, p in zip(values, years)]
                          + [_cell(rng, reply, sum(values), None, whole, dims, True)])
    reply.rows.append(["Grand Total"] + [_cell(rng, reply, v, None, p, breakdown, True) for v, p in zip(sums, years)]
                      + [_cell(rng, reply, sum(sums), None, whole, breakdown, True)])


def _compact_pivot(rng: random.Random, reply: Reply) -> None:
    """A pivot in compact form, pasted as values: its filters above it, one an offence code and
    one the years "(Multiple Items)", then "Row Labels | Count of …" over the outcomes of that
    code's offences and a Grand Total; the note under it says which years are taken together."""
    code, title = rng.choice(CODED)
    span = Period(Period.financial_year(reply.years[0]).start, Period.financial_year(reply.years[-1]).end)
    reply.question = (f"What were the outcomes of the offences of {title.lower()} ({code}) recorded by your force in the "
                      f"financial years {', '.join(reply.fy(y) for y in reply.years)}?")
    reply.above = [["HO Code", rng.choice([code, code.zfill(6) if "/" in code else code.zfill(3)])],
                   ["Financial Year", "(Multiple Items)"]]
    reply.header = ["Row Labels", rng.choice(["Count of Crime Number", "Count of CRN", "Count of Crime Ref"])]
    total = 0
    for words, outcome in rng.sample(OUTCOMES, rng.randint(2, len(OUTCOMES))):
        value = rng.randint(5, 90)
        total += value
        reply.rows.append([words, _cell(rng, reply, value, None, span, {"offence_code": code, "outcome": outcome})])
    reply.rows.append(["Grand Total", _cell(rng, reply, total, None, span, {"offence_code": code}, True)])
    years = [reply.fy(y) for y in reply.years]
    reply.below = [f"Financial years {', '.join(years[:-1])} and {years[-1]} combined."]


PAIR_LINE_GENDERS = [("Female", "female"), ("Male", "male"), *((label, "unknown") for label in GENDER_UNKNOWN)]


def _pairs_on_a_line(rng: random.Random, reply: Reply) -> None:
    """Each year's line of the victims' genders or age bands, each a label and its count after
    a dash, parted by runs of spaces or by commas: "2021:  Female - 88   Male - 21   Not
    recorded - 3", "2021: Under 13 – 21, 13 to 15 – 54, Not recorded – <5"."""
    by_age = rng.random() < 0.5
    reply.question += f" Please break the figures down by the {'age' if by_age else 'gender'} of the victim."
    joiner = rng.choice(["   ", "  ", ", "])
    dash = rng.choice([" - ", " – ", " = "])
    labels = [(label, {"victim_gender": gender}) for label, gender in PAIR_LINE_GENDERS[:2] + [rng.choice(PAIR_LINE_GENDERS[2:])]]
    if by_age:
        to = rng.choice([" to ", "-"])
        labels = [("Under 13", {"victim_age_min": "0", "victim_age_max": "12"}),
                  (f"13{to}15", {"victim_age_min": "13", "victim_age_max": "15"}),
                  (f"16{to}17", {"victim_age_min": "16", "victim_age_max": "17"}),
                  (rng.choice(["Not recorded", "Age not known"]), {"victim_age_known": "false"})]
    marker = rng.choice([None, "<5"])
    for year in reply.years:
        pairs = [f"{label}{dash}{_cell(rng, reply, rng.randint(0, 200) if rng.random() < 0.8 else rng.randint(1, 4), marker, year, dims)}"
                 for label, dims in labels]
        reply.lines.append(f"{reply.fy(year)}:  " + joiner.join(pairs))


def _nested_bullets(rng: random.Random, reply: Reply, count) -> None:
    """A bullet for each year's count, the victim's gender split in bullets one level in
    under it, as a letter's list is set."""
    top, inner = rng.choice([("•  ", "    o  "), ("- ", "    - "), ("\uf0b7 ", "\to ")])
    reply.question += " Please give the gender of the victim."
    for year in reply.years:
        total = max(count(year), 2)
        female = rng.randint(1, total - 1)
        reply.lines += [f"{top}{reply.fy(year)} – {_cell(rng, reply, total, None, year, {})} offences",
                        f"{inner}female victim – {_cell(rng, reply, female, None, year, {'victim_gender': 'female'})}",
                        f"{inner}male victim – {_cell(rng, reply, total - female, None, year, {'victim_gender': 'male'})}"]


def _ruled(rng: random.Random, reply: Reply) -> None:
    """A table printed as text: columns on runs of spaces, ruled lines under the header and
    above the Total, each offence a code then its title in the first column."""
    years = [Period.calendar_year(y) for y in reply.years]
    coded = rng.sample(CODED, rng.randint(2, len(CODED)))
    reply.question = (f"How many offences of {' and '.join(t.lower() for _, t in coded)} did your force record in each "
                      f"calendar year {reply.years[0]} to {reply.years[-1]}?")
    reply.header = [rng.choice(["Home Office Offence", "Offence", ""])] + [str(p.start.year) for p in years]
    sums = [0] * len(years)
    for code, title in coded:
        values = [rng.randint(0, 300) for _ in years]
        sums = [a + b for a, b in zip(sums, values)]
        reply.rows.append([f"{code} {title}"] + [_cell(rng, reply, v, None, p, {"offence_code": code}) for v, p in zip(values, years)])
    reply.rows.append(["Total"] + [_cell(rng, reply, v, None, p, {}, True) for v, p in zip(sums, years)])
    reply.rules = [0, len(reply.rows) - 1]


# a request naming one offence by its code and another in words only, and the rows answering them
CODED_AND_WORDED = [("taking, making or distributing indecent photographs of children", "86/2",
                     ["Take, make or distribute indecent photographs of children (86/2)", "86/2 Take, make or distribute IIOC"],
                     "possession of indecent photographs of children",
                     ["Possession of indecent photographs of a child", "Possession of indecent photos of children"])]
ASKED_IN_PARTS = ["The number of offences recorded of (a) {one} (Home Office code {code}) and (b) {other}.",
                  "The number of offences recorded under Home Office code {code} ({one}), and separately the number of offences of {other}."]


def _coded_and_worded(rng: random.Random, reply: Reply) -> None:
    """A request naming one offence by its code and another in words, lettered or "and
    separately"; a row each, years across, and a Total row of both, of no one code."""
    years = [Period.calendar_year(y) for y in reply.years]
    one, code, one_rows, other, other_rows = rng.choice(CODED_AND_WORDED)
    reply.question = rng.choice(ASKED_IN_PARTS).format(one=one, code=code, other=other) \
        .replace("The number", f"For each calendar year {reply.years[0]} to {reply.years[-1]}, the number", 1)
    reply.header = [rng.choice(["Offence", "Offence type"])] + [str(p.start.year) for p in years]
    coded = [rng.randint(20, 300) for _ in years]
    worded = [rng.randint(5, 120) for _ in years]
    reply.rows.append([rng.choice(one_rows)] + [_cell(rng, reply, v, None, p, {"offence_code": code}) for v, p in zip(coded, years)])
    reply.rows.append([rng.choice(other_rows)] + [_cell(rng, reply, v, None, p, {}) for v, p in zip(worded, years)])
    reply.rows.append(["Total"] + [_cell(rng, reply, a + b, None, p, {}, True) for a, b, p in zip(coded, worded, years)])


def _prose_split(rng: random.Random, reply: Reply, count) -> None:
    """Each year's count in a sentence, in changing order, then its split by the victim's
    gender in another; the text version is wrapped hard, as e-mails are."""
    years = reply.years
    totals = {y: max(count(y), 3) for y in years}
    first = rng.choice(PROSE_TOTALS).format(fy=reply.fy(years[0]), n=totals[years[0]]).rstrip(".")
    first += "".join(rng.choice(PROSE_AFTER).format(fy=reply.fy(y), n=totals[y]) for y in years[1:]) + "."
    reply.lines = [first]
    reply.truth = [_figure(y, {}, totals[y]) for y in years]
    reply.question += " Please say how many involved a female victim and how many a male victim."
    for y in years:
        f = rng.randint(0, totals[y] - 2)
        m = rng.randint(0, totals[y] - f - 1)
        u = totals[y] - f - m
        reply.lines.append(rng.choice(PROSE_GENDER).format(fy=reply.fy(y), total=totals[y], f=f, m=m, u=u))
        reply.truth += [_figure(y, {"victim_gender": g}, v) for g, v in (("female", f), ("male", m), ("unknown", u))]
    reply.wrap = True


def _keyed_answers(rng: random.Random, reply: Reply, count) -> None:
    """Each question followed by its own answer ("Q1 …" / "A1 …", "Question 1" / "Response",
    "In response to question 1, …"): a count for each year listed with bullets, charges in a
    sentence, and a neither-confirm-nor-deny for the last question."""
    ask, answer = rng.choice(KEYED_FORMS)
    bullet = rng.choice(["•  ", "- ", ""])
    listed = "; ".join(f"{bullet}{reply.fy(y)} – {_cell(rng, reply, count(y), None, y, {})}" for y in reply.years)
    charged = {y: rng.randint(0, 60) for y in reply.years}
    said = f"{charged[reply.years[0]]} resulted in a charge in {reply.fy(reply.years[0])}" + "".join(
        f", {charged[y]} in {reply.fy(y)}" for y in reply.years[1:])
    reply.truth += [_figure(y, {"outcome": "charged"}, charged[y]) for y in reply.years]
    reply.truth += [_figure(y, {}, None, "exempt") for y in reply.years]
    pairs = [(reply.question, "the figures are:\n" + listed.replace("; ", "\n")),
             ("How many of those offences resulted in a suspect being charged?", f"of those offences, {said}."),
             ("How many of those investigations began with intelligence from a security body?",
              "the force can neither confirm nor deny that it holds information relevant to this question, by virtue "
              "of section 23(5) of the Act.")]
    reply.lines = [line for n, (q, a) in enumerate(pairs, start=1)
                   for line in (ask.format(n=n, q=q) + "\n" + answer.format(n=n, a=a if "{n}," in answer else a[0].upper() + a[1:])).split("\n")]
    reply.request = ["Please answer the questions below."]


def _cost_points(rng: random.Random, reply: Reply) -> None:
    """Several points asked for each of a list of calendar years (the last perhaps only to
    the end of a month), all refused on cost; the refusal's reasoning counts the records
    found over the whole period asked, which answers no point."""
    years = [Period.calendar_year(y) for y in reply.years]
    partial = rng.random() < 0.5
    month = rng.randint(1, 11)
    if partial:
        year = years[-1].start.year
        years[-1] = Period(years[-1].start, date(year, month, calendar.monthrange(year, month)[1]))
    listed = ", ".join(str(p.start.year) for p in years[:-1]) + rng.choice([", and ", " and ", ", "]) + str(years[-1].start.year)
    if partial:
        listed += f" up to the end of {years[-1].end.strftime('%B')}"
    coded = rng.random() < 0.5
    dims = {"offence_code": "8/71"} if coded else {}
    points = rng.sample(POINTS, rng.randint(2, len(POINTS)))
    reply.request = [f"Please answer the points below for each of these years: {listed}."]
    reply.questions = [q.format(thing="offences of sharing private sexual images") for q, _ in points]
    found = rng.randint(20, 900)
    where = " under Home Office code 008/71" if coded else ""
    reply.lines = [rng.choice(COST_REFUSALS) + f" In all, {found} crimes were identified{where} for the period you gave, "
                   "and each one would have to be read by hand."]
    whole = {"period_start": years[0].start.isoformat(), "period_end": years[-1].end.isoformat(),
             "breakdown": dims, "value": found, "status": "reported"}
    reply.truth = [whole] + [{"period_start": p.start.isoformat(), "period_end": p.end.isoformat(), "breakdown": dims,
                              "value": None, "status": "exempt"} for p in years for _, asked in points for _ in range(asked)]


# --- writing one reply in one format ------------------------------------------------------------

def _text_lines(reply: Reply) -> list[str]:
    asked, answer = reply.headings
    return reply.preamble + [reply.force, f"Freedom of Information request {reply.reference}", asked,
                             *reply.request, *([answer] if answer else [])]


def _ruled_text(reply: Reply) -> list[str]:
    """The grid on runs of spaces, numbers right-aligned, with the reply's ruled lines."""
    grid = [reply.header, *reply.rows]
    widths = [max(len(row[c]) for row in grid) for c in range(len(reply.header))]
    lines = [reply.header[0].ljust(widths[0]) + "".join(h.rjust(w + 4) for h, w in zip(reply.header[1:], widths[1:]))]
    width = len(lines[0])
    for r, row in enumerate(reply.rows):
        if r in reply.rules:
            lines.append("-" * width)
        lines.append(row[0].ljust(widths[0]) + "".join(c.rjust(w + 4) for c, w in zip(row[1:], widths[1:])))
    return lines


def _grid_as_text(reply: Reply) -> list[str]:
    if reply.layout == "ruled":
        return _ruled_text(reply)
    if reply.layout == "part_year":  # the last column's header wrapped onto lines of its own, under its column
        year, days = reply.header[-1].split(" ", 1)
        widths = [max(len(row[c]) for row in [reply.header[:-1] + [year], *reply.rows]) + 3 for c in range(len(reply.header))]
        grid = [reply.header[:-1] + [year], *reply.rows]
        lines = ["".join(text.ljust(width) for text, width in zip(row, widths)).rstrip() for row in grid]
        words, indent = days.split(" "), " " * sum(widths[:-1])
        return [lines[0], indent + " ".join(words[:3]), indent + " ".join(words[3:]), *lines[1:]]  # "(1 Apr -", "31 Aug 2025)"
    if reply.layout in ("aligned", "paged"):
        widths = [max(len(row[c]) for row in [reply.header, *reply.rows]) + 3 for c in range(len(reply.header))]
        lines = ["".join(text.ljust(width) for text, width in zip(row, widths)).rstrip() for row in [reply.header, *reply.rows]]
        if reply.layout == "paged":  # a PDF letter's page break copied out inside the table: footer, running head
            lines[2:2] = ["", "OFFICIAL", f"{reply.force} – {reply.reference}" + " " * 30 + "Page 1 of 2", "", "OFFICIAL", "",
                          *([lines[0]] if reply.page_break else [])]
        return lines
    if reply.layout == "flattened":  # one cell per line, the empty corner moved to the end as some pages do
        return [f"{h} |" for h in reply.header[1:]] + ["|"] + [f"{c} |" for row in reply.rows for c in row]
    if reply.layout == "spanned":  # each year once over its columns, a long title going on below in lower case
        lines = [" ".join([reply.over[0], *(text for text, _ in _spans(reply.over[1:]))]), " ".join(reply.header[1:])]
        for row in reply.rows:
            words = row[0].split()
            lines += [" ".join(words[:4] + row[1:])] + ([" ".join(words[4:]).lower()] if words[4:] else [])
        return lines
    if reply.layout in ("spaced", "grouped"):  # one space between columns, a header row of years
        return [" ".join(row) for row in [reply.header, *reply.rows]]
    if reply.layout == "cell_lines":  # one cell per line, nothing between cells
        return [c for row in [reply.header, *reply.rows] for c in row]
    if reply.layout == "grouped_cells":  # one cell per line, a group's year once, the header again after a page break
        lines = list(reply.header)
        for r, row in enumerate(reply.rows):
            if r == reply.page_break:
                lines += ["Page 1 of 2", "OFFICIAL", f"{reply.force} – {reply.reference}", *reply.header]
            lines += [c for c in row if c]
        return lines
    if reply.layout == "compact_pivot":  # its filters, a blank line, then the table on tabs
        return [*("\t".join(row) for row in reply.above), "", *("\t".join(row) for row in [reply.header, *reply.rows])]
    if reply.above:  # a pivot pasted: cells on tabs, a blank line under its filter
        return ["\t".join(reply.above[0]), "", *("\t".join(row) for row in [*reply.above[1:], reply.header, *reply.rows])]
    return [" | ".join(row) + " |" for row in _header_rows(reply) + reply.rows]


def _header_rows(reply: Reply) -> list[list[str]]:
    return [reply.over, reply.header] if reply.over else [reply.header]


def _above_rows(reply: Reply) -> list[list[str]]:
    """A pivot's rows above its table, each as wide as the table."""
    return [row + [""] * (len(reply.header) - len(row)) for row in reply.above]


def _spans(row: list[str]) -> list[tuple[str, int]]:
    """A header row's cells with how many columns each spans (the same text side by side)."""
    out: list[tuple[str, int]] = []
    for text in row:
        if out and out[-1][0] == text:
            out[-1] = (text, out[-1][1] + 1)
        else:
            out.append((text, 1))
    return out


def render(reply: Reply, fmt: str) -> bytes:
    """The reply as the bytes of one file in ``fmt`` (txt, html, csv, xlsx, pdf, docx)."""
    return {"txt": _txt, "html": _html, "csv": _csv, "xlsx": _xlsx, "pdf": _pdf, "docx": _docx}[fmt](reply)


def _txt(reply: Reply) -> bytes:
    import textwrap

    lines = [w for line in reply.lines for w in (textwrap.wrap(line, 72) if reply.wrap else [line])]
    out = _text_lines(reply) + lines
    if reply.header:
        out += _grid_as_text(reply) + reply.below
    if reply.cut:
        out += ["Under the Act the force", "[EXCERPT ENDS]", "More text that is not"]
    return ("\n".join(out) + "\n").encode()


def _html(reply: Reply) -> bytes:
    from html import escape

    body = "".join(f"<p>{escape(line)}</p>" for line in _text_lines(reply) + reply.lines)
    if reply.header and reply.over:  # the corner spans both header rows, each year its two columns
        body += (f"<table><thead><tr><th rowspan=\"2\">{escape(reply.over[0])}</th>"
                 + "".join(f"<th colspan=\"{n}\">{escape(t)}</th>" for t, n in _spans(reply.over[1:])) + "</tr><tr>"
                 + "".join(f"<th>{escape(h)}</th>" for h in reply.header[1:]) + "</tr></thead><tbody>")
    elif reply.above:  # a pivot saved as a page: its filter rows and header are rows of the one table
        body += "<table><tbody>" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                                           for row in [*_above_rows(reply), reply.header])
    elif reply.header:
        body += "<table><thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in reply.header) + "</tr></thead><tbody>"
    if reply.header:
        body += "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in reply.rows)
        body += "</tbody></table>" + "".join(f"<p>{escape(line)}</p>" for line in reply.below)
    page = (f"<!DOCTYPE html><html><head><title>{escape(reply.reference)}</title>"
            f"<script>document.write('not run')</script></head><body>{body}</body></html>")
    return page.encode()


def _csv(reply: Reply) -> bytes:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for line in _text_lines(reply) + reply.lines:
        writer.writerow([line])
    if reply.header:
        writer.writerow([])
        writer.writerows(reply.above)
        writer.writerows(_header_rows(reply))
        writer.writerows(reply.rows)
        writer.writerows([[]] + [[line] for line in reply.below] if reply.below else [])
    return buffer.getvalue().encode()


def _xlsx(reply: Reply) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Response"
    for line in _text_lines(reply) + reply.lines:
        sheet.append([line])
    if reply.header:
        sheet.append([])
        for row in reply.above:
            sheet.append(row)
        for row in _header_rows(reply):  # a year over its columns is one merged cell; months are dates
            sheet.append([reply.dates.get(text, text) for text in row])
            column = 1
            for text, n in _spans(row):
                if n > 1:
                    sheet.merge_cells(start_row=sheet.max_row, start_column=column, end_row=sheet.max_row,
                                      end_column=column + n - 1)
                column += n
            for cell in sheet[sheet.max_row]:
                if cell.value in reply.dates.values():
                    cell.number_format = "mmm-yy"
        if reply.over:
            sheet.merge_cells(start_row=sheet.max_row - 1, start_column=1, end_row=sheet.max_row, end_column=1)
        for row in reply.rows:
            sheet.append([int(c.replace(",", "")) if c.replace(",", "").isdigit() else c for c in row])
        for line in [""] + reply.below if reply.below else []:
            sheet.append([line or None])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _pdf(reply: Reply) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in _text_lines(reply) + reply.lines:
        pdf.multi_cell(0, 7, line.replace("–", "-").replace("Р", "-").replace("•", "·").replace("\uf0b7", "·"), new_x="LMARGIN", new_y="NEXT")
    if reply.header and reply.layout == "ruled":  # a table printed as lines of text in a fixed-width font
        pdf.set_font("Courier", size=8)
        for line in _ruled_text(reply):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    elif reply.header:
        pdf.ln(4)
        with pdf.table(repeat_headings=1, num_heading_rows=len(reply.above) + len(_header_rows(reply))) as table:
            for row in [*_above_rows(reply), *_header_rows(reply), *reply.rows]:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        for line in reply.below:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(reply: Reply) -> bytes:
    import docx

    document = docx.Document()
    for line in _text_lines(reply) + reply.lines:
        document.add_paragraph(line)
    if reply.header:
        table = document.add_table(rows=0, cols=len(reply.header))
        for row in [*_above_rows(reply), *_header_rows(reply), *reply.rows]:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text
        if reply.over:  # Word merges a year over its columns, and the corner down both header rows
            column = 1
            for text, n in _spans(reply.over[1:]):
                if n > 1:
                    table.cell(0, column).merge(table.cell(0, column + n - 1)).text = text
                column += n
            table.cell(0, 0).merge(table.cell(1, 0)).text = reply.over[0]
        for line in reply.below:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
