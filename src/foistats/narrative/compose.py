"""Composing stories: Facts → phrases → template sentences → a validated Story.

The order of a local story follows DOMAIN.md: the area's own figure and its change, then
the angles that fired (heaviest first), its place among its peers, the national picture,
the release's other figures for the area, breakdowns, every caveat, a placeholder for a
quote, what the figures include, where to get help, and the provenance line last.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..analysis import Fact, derived_measures
from ..errors import InputError
from ..areas import Area, all_areas, ancestors, common_area, forces_in
from ..offences import measures
from . import numbers
from .angles import Angle, angles
from .material import Material, Subject, just_before
from .story import Paragraph, Phrase, Sentence, Story, StoryError, Table, phrase, sentence, validate

TEMPLATE_FOLDER = "templates"
ADJECTIVES = {"wales": "Welsh", "england": "English", "scotland": "Scottish", "northern-ireland": "Northern Irish",
              "uk": "UK", "england-and-wales": "England and Wales"}
HELPLINES = (
    {"who": "children and young people", "name": "Childline", "number": "0800 1111"},
    {"who": "adults worried about a child", "name": "the NSPCC helpline", "number": "0808 800 5000"},
)
# caveats that are told in sentences of their own (others are shown by the number's own wording)
MEMBERS_LISTED = 5  # a nation or region's forces named in its story, highest first
_GAP = re.compile(r"\s+for\s+(?:\d{4}/\d{2}|\d{4})(?:\s+to\s+(?:\d{4}/\d{2}|\d{4}))?$")


def _capfirst(value: object) -> str:
    text = str(value)
    return text[:1].upper() + text[1:]


class _Sandbox(ImmutableSandboxedEnvironment):
    """The environment a workspace's own templates run in: they may read the phrases they
    are given and nothing else (no private attributes, no changing what they are given).
    Jinja's sandbox turns a forbidden attribute into an empty value; here it is an error,
    so an attempt to reach outside is reported, not silently printed as nothing."""

    def unsafe_undefined(self, obj: object, attribute: str):
        raise SecurityError(f"the template may not use {attribute!r} of a {type(obj).__name__}")


def template_error(exc: jinja2.TemplateError) -> InputError:
    """A template's failure as one line naming its file and line: a template reaching
    outside the sandbox, an unknown name or a syntax error."""
    where, line = getattr(exc, "filename", None) or getattr(exc, "name", None), getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:  # the deepest template frame is where it failed
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None:  # a macro called from Python: the compiled line maps back
            where, line = template.filename or template.name, template.get_corresponding_lineno(tb.tb_lineno)
        elif not tb.tb_frame.f_code.co_filename.endswith(".py"):  # a frame Jinja rewrote to the template's line
            where, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    place = f"{where or 'a template'}" + (f", line {line}" if line else "")
    return InputError(f"{place}: {exc.message or exc}; fix the template (templates may only use the phrases "
                      "they are given)")


def templates_checked(func):
    """``func`` with any template failure raised as :func:`template_error`: one line, and
    the whole command stops (a broken template would break every story alike)."""

    @functools.wraps(func)
    def run(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except jinja2.TemplateError as exc:
            raise template_error(exc) from None

    return run


@dataclass
class Settings:
    """What a workspace may change about its stories: templates, words, style."""

    env: jinja2.Environment
    words: dict[str, dict[str, str]]
    symbol: bool = False  # "%" instead of "per cent"
    helplines: tuple[dict[str, str], ...] = HELPLINES
    published: dict[str, str] = field(default_factory=dict)
    quote_from: str = ""  # who asked (the campaign's organisation)

    @property
    def macros(self):
        return self.env.get_template("sentences.j2").module

    @classmethod
    def load(cls, folder: Path | None = None, *, published: dict[str, str] | None = None) -> "Settings":
        """Templates from ``<workspace>/templates/`` first, then those shipped with foistats;
        house style from ``campaign.toml``'s ``[stories]`` table: ``percent = "%"`` and
        ``helplines = [{who = …, name = …, number = …}]``."""
        loaders: list[jinja2.BaseLoader] = []
        if folder is not None and (folder / TEMPLATE_FOLDER).is_dir():
            loaders.append(jinja2.FileSystemLoader(folder / TEMPLATE_FOLDER))
        loaders.append(jinja2.PackageLoader("foistats.narrative", TEMPLATE_FOLDER))
        env = _Sandbox(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
            keep_trailing_newline=True,
        )
        env.filters["capfirst"] = _capfirst
        try:
            words = tomllib.loads(env.loader.get_source(env, "measures.toml")[0])
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"templates/measures.toml: {exc}") from None
        style: dict[str, object] = {}
        quote_from = ""
        if folder is not None and (folder / "campaign.toml").exists():
            try:
                campaign = tomllib.loads((folder / "campaign.toml").read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise InputError(f"campaign.toml: {exc}") from None
            style = campaign.get("stories", {}) or {}
            quote_from = str(((campaign.get("request") or {}).get("requester") or {}).get("organisation") or "")
        helplines = tuple(style.get("helplines") or HELPLINES)
        for line in helplines:
            if not isinstance(line, dict) or not all(line.get(k) for k in ("who", "name", "number")):
                raise InputError("campaign.toml [stories] helplines: each needs who, name and number, "
                                 'e.g. {who = "children", name = "Childline", number = "0800 1111"}')
        if style.get("percent", "per cent") not in ("%", "per cent"):
            raise InputError('campaign.toml [stories] percent: write "%" or "per cent"')
        settings = cls(env=env, words=words, symbol=style.get("percent") == "%", helplines=helplines,
                       published=dict(published or {}), quote_from=quote_from)
        try:
            settings.macros  # noqa: B018 - a broken template fails here, before any story
        except jinja2.TemplateError as exc:
            raise template_error(exc) from None
        return settings

    def word(self, measure: str, key: str) -> str:
        """A measure's word from measures.toml, else from measures.csv (its title; its notes
        when they hold no number)."""
        own = self.words.get(measure, {})
        if own.get(key):
            return own[key]
        known = measures().get(measure)
        title = known.title if known else measure.replace("_", " ")
        if key in ("noun", "title"):
            return title
        if key == "includes":
            notes = known.notes if known else ""
            return notes if notes and not numbers.numbers_in(notes) else f"{title} recorded by the police"
        if key == "share_of":
            return "of the figures of"
        if key == "share_what":
            return f"were {title}"
        return ""


# --- naming areas --------------------------------------------------------------------------


def place(area: Area) -> str:
    """An area where "in …" follows: "Wales", "the UK", "the North East"."""
    if area.is_force:
        return area.short_name
    if area.level == "uk":
        return "the UK"
    if area.level == "region" and area.id != "london-region" and " The " not in area.name:
        return f"the {area.name}"
    return area.name


def adjective(area: Area) -> str:
    return ADJECTIVES.get(area.id, area.name)


def _answered(fact: Fact) -> bool:
    return any(c.kind == "missing_areas" for c in fact.caveats)


def who(area: Area, lead: Fact | None = None, *, across: bool = False) -> str:
    """Who recorded the figure: a force by its full name; for a group, its police (the
    forces that gave figures, when some did not). ``across`` when the sentence has
    already said where ("Across Wales, police forces recorded …")."""
    if area.is_force:
        return area.name
    some = lead is not None and _answered(lead)
    if across:
        return "the forces that gave figures" if some else "police forces"
    return f"the forces in {place(area)} that gave figures" if some else f"police in {place(area)}"


def when(period) -> str:
    """A period after "in": "2019/20", "2015", "the years 2013 to 2015"."""
    return f"the years {period.label}" if period.kind in ("financial_years", "calendar_years") else period.label


def published_on(text: str) -> str:
    """A publication date as written in a story: "15 August 2023", "August 2023", "2019"."""
    import calendar

    parts = text.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    return text


# --- phrases from Facts ------------------------------------------------------------------------


class Phrases:
    def __init__(self, settings: Settings) -> None:
        self.symbol = settings.symbol

    @staticmethod
    def count(fact: Fact, *, zero: str | None = None) -> Phrase:
        """A count in house style; ``zero`` is the word for an exact 0 ("no")."""
        if zero is not None and fact.is_exact and fact.value == 0:
            return phrase(zero, fact)
        text = numbers.count(fact.value, fact.lower, fact.upper, fact.qualifier)
        if text is None:
            raise StoryError(f"{fact.formula}: no figure to state")
        return phrase(text, fact)

    @staticmethod
    def period(period, *facts: Fact | None) -> Phrase:
        return phrase(when(period), *facts)

    def change(self, fact: Fact) -> Phrase:
        return phrase(numbers.change(fact.value, symbol=self.symbol), fact)

    def per_cent(self, fact: Fact) -> Phrase:
        return phrase(numbers.per_cent(fact.value, symbol=self.symbol), fact)

    def base_when(self, change: Fact, base: Fact | None) -> Phrase:
        if just_before(change.base_period, change.period):
            return phrase("the year before" if change.period.is_whole_year else "the period before", change)
        return phrase(f"in {change.base_period.label}" if base is not None else change.base_period.label, change)


# --- the story ---------------------------------------------------------------------------------


class Composer:
    """Writes the stories of a workspace's Facts, one release at a time."""

    def __init__(self, material: Material, settings: Settings) -> None:
        self.material = material
        self.settings = settings
        self.m = settings.macros
        self.p = Phrases(settings)

    # the lead sentence of an area (its own figure and its change)
    def _lead_args(self, s: Subject) -> dict[str, object]:
        # the other Facts giving the same figure (the sum of the forces beside a published
        # total) are stated with it, so their caveats (and any conflict) are the story's too
        args: dict[str, object] = dict(
            count=self.p.count(s.lead) + Phrase("", tuple(f.id for f in s.same)),
            measure=self.settings.word(s.measure, "noun"),
            period=self.p.period(s.period, s.lead))
        if s.change is not None:
            args.update(change=self.p.change(s.change),
                        base_count=self.p.count(s.base) if s.base is not None else None,
                        base_when=self.p.base_when(s.change, s.base))
            if s.published_change is not None:
                # the published change agrees with the counts (a conflict stops the story in validate)
                args["change"] = args["change"] + Phrase("", (s.published_change.id,))
        return args

    def _headline(self, s: Subject, fired: list[Angle]) -> Sentence:
        m, noun, where = self.m, self.settings.word(s.measure, "noun"), place(s.area)
        for angle in fired:
            if not angle.leads:
                continue
            name = angle.name
            if name in ("rise", "fall"):
                return sentence(getattr(m, f"headline_{name}"), f"headline_{name}", measure=noun, place=where,
                                change=self.p.change(s.change))
            if name == "little_change":
                return sentence(m.headline_little_change, "headline_little_change", measure=noun, place=where)
            if name in ("highest_in_series", "lowest_in_series"):
                return sentence(getattr(m, f"headline_{name}"), f"headline_{name}", measure=noun, place=where)
            if name in ("top_of_peers", "bottom_of_peers"):
                d = s.rank.detail
                return sentence(getattr(m, f"headline_{name}"), f"headline_{name}", who=s.area.name, measure=noun,
                                ranked=phrase(numbers.number(d["ranked"]), s.rank),
                                group_adjective=adjective(all_areas()[d["group"]]),
                                answered=d["ranked"] < d["forces_in_group"])
            if name == "share_moved":
                now, before = s.shares[0], s.shares[1]
                return sentence(m.headline_share_moved, "headline_share_moved",
                                share_title=self.settings.word(now.measure, "title"), place=where,
                                direction="rises" if now.value > before.value else "falls",
                                share=self.p.per_cent(now) + Phrase("", (before.id,)))
            if name == "multiple":
                return sentence(m.headline_multiple, "headline_multiple", measure=noun, place=where,
                                multiple=phrase(numbers.multiple(s.long_ratio.value), s.long_ratio),
                                base_period=self.p.period(s.long_ratio.base_period, s.long_ratio))
        return sentence(m.headline_plain, "headline_plain", who=who(s.area, s.lead),
                        count=self.p.count(s.lead), measure=noun, period=self.p.period(s.period, s.lead))

    def _angle_sentences(self, s: Subject, fired: list[Angle]) -> list[Sentence]:
        """The lead's other sentences: its share, daily average and longer spans, then the
        angles that look back (the series, the multiple), so the latest period is the one
        in context when the peers are told."""
        out: list[Sentence] = []
        back: list[Sentence] = []
        for angle in fired:
            if angle.name in ("highest_in_series", "lowest_in_series"):
                back.append(sentence(self.m.series, "series", word=angle.name.split("_")[0],
                                    since=Phrase(s.series[0].period.label, tuple(f.id for f in s.series))))
            elif angle.name == "multiple" and s.long_base is not None:
                back.append(sentence(self.m.multiple, "multiple",
                                    multiple=phrase(numbers.multiple(s.long_ratio.value), s.long_ratio),
                                    base_count=self.p.count(s.long_base),
                                    base_period=self.p.period(s.long_ratio.base_period, s.long_ratio)))
        if s.shares:
            out.append(self._share(s))
        if s.per_day is not None and s.per_day.value is not None and numbers.per_day(s.per_day.value):
            average = phrase(numbers.per_day(s.per_day.value), s.per_day)
            if s.per_day.detail.get("published"):
                out.append(sentence(self.m.per_day_published, "per_day", place=place(s.area), average=average,
                                    period=self.p.period(s.period, s.per_day)))
            elif s.per_day.value >= 2 and s.lead.is_exact:
                out.append(sentence(self.m.per_day, "per_day", average=average))
        for span in s.spans:
            # the sum of the forces for the same span, when it agrees, carries its caveats too
            same = [f for f in self.material.by_subject.get((s.measure, s.area.id, "", span.period), ())
                    if f.kind == "total" and f.value == span.value and f.caveat("conflict") is None]
            out.append(sentence(self.m.span, "span", count=self.p.count(span) + Phrase("", tuple(f.id for f in same)),
                                period=self.p.period(span.period, span)))
        return out + back

    def _share(self, s: Subject) -> Sentence:
        now = s.shares[0]
        before = s.shares[1] if len(s.shares) > 1 else None
        return sentence(self.m.share, "share", period=self.p.period(now.period, now), share=self.p.per_cent(now),
                        share_of=self.settings.word(now.measure, "share_of"),
                        by="the force" if s.area.is_force else f"police in {place(s.area)}",
                        share_what=self.settings.word(now.measure, "share_what"),
                        before=self.p.per_cent(before) if before else None,
                        before_period=self.p.period(before.period, before) if before else None)

    def _rank(self, s: Subject) -> Sentence | None:
        # of two, one has more and the other fewer: that is a comparison, not a ranking
        if s.rank is None or (s.rank.detail.get("ranked") or 0) < 3:
            return None
        d = s.rank.detail
        top, bottom = d["from_top"], d["from_bottom"]
        if d.get("tied"):
            word = "joint " + ("most" if top == 1 else f"{numbers.ordinal(top)} most")
        elif top <= bottom:
            word = "most" if top == 1 else f"{numbers.ordinal(top)} most"
        else:
            word = "fewest" if bottom == 1 else f"{numbers.ordinal(bottom)} fewest"
        answered = d["ranked"] < d["forces_in_group"]
        ranked = d["ranked"] if answered else d["forces_in_group"]
        others = [{"who": all_areas()[f.area].name, "count": self.p.count(f)} for f in s.peers]
        return sentence(self.m.rank, "rank", place=phrase(word, s.rank), ranked=phrase(numbers.number(ranked), s.rank),
                        group_place=place(all_areas()[d["group"]]), answered=answered, others=others,
                        period=self.p.period(s.period, s.rank))

    def _members(self, s: Subject) -> Sentence | None:
        """The forces of a nation or region, highest first (not of larger groups: a list of
        forty forces is a table, which the briefing has)."""
        if s.area.level not in ("nation", "region"):
            return None
        counts = self.material.members(s.area.id, s.release, s.measure, s.period)
        if len(counts) < 2:
            return None
        items = [{"who": all_areas()[f.area].name, "count": self.p.count(f)} for f in counts[:MEMBERS_LISTED]]
        return sentence(self.m.members, "members", first=items[0], rest=items[1:],
                        most=counts[0].value > counts[1].value, some=len(counts) < len(forces_in(s.area.id)))

    def _group(self, g: Subject) -> Sentence:
        args = self._lead_args(g)
        multiple = None
        if g.long_ratio is not None and g.long_base is not None and numbers.multiple(g.long_ratio.value):
            multiple = dict(multiple=phrase(numbers.multiple(g.long_ratio.value), g.long_ratio),
                            long_base=self.p.count(g.long_base),
                            long_period=self.p.period(g.long_ratio.base_period, g.long_ratio))
        return sentence(self.m.group, "group", place=place(g.area), who=who(g.area, g.lead, across=True), **args, **(multiple or {}))

    def _other(self, s: Subject, measure: str) -> tuple[Sentence, Subject] | None:
        o = self.material.subject(s.release, s.area.id, measure)
        if o is None:
            return None
        args = self._lead_args(o)
        args["count"] = self.p.count(o.lead, zero="no")
        return sentence(self.m.other_measure, "other_measure", who=s.area.name if s.area.is_force else
                        f"Police in {place(s.area)}", **args), o

    def _breakdown_only(self, s: Subject) -> list[tuple[Sentence, list[Fact]]]:
        """Measures the release gives for the area only broken down (suspects under 18)."""
        out = []
        own = self.material.by_release_area.get((s.release, s.area.id), [])
        seen = set(self.material.measures(s.release, s.area.id))
        for fact in own:
            if fact.kind != "count" or not fact.breakdown or fact.measure in seen or not fact.is_exact:
                continue
            if fact.measure == s.measure or derived_measures({fact.measure}) & seen:
                continue  # (the pieces a told measure is made from, such as offences by code, are in it)
            out.append((sentence(self.m.other_measure, "other_measure",
                                 who=s.area.name if s.area.is_force else f"Police in {place(s.area)}",
                                 count=self.p.count(fact, zero="no"), measure=self.settings.word(fact.measure, "noun"),
                                 group=phrase(group_words(fact), fact), period=self.p.period(fact.period, fact)),
                        [fact]))
        return out[:3]

    def _caveats(self, facts: list[Fact], period, measure: str, stated: set[str] | None = None) -> list[Sentence]:
        """The caveats of the Facts a story states: who gave no figure (and what that does to
        a total), partial periods, approximate and withheld figures, and the true scale."""
        out: list[Sentence] = []
        gaps: dict[tuple[str, str], tuple[str, list[Fact], Fact | None]] = {}  # (area, measure) -> ...
        for fact in facts:
            for c in fact.caveats:
                if c.kind in ("missing_areas", "incomplete_peers"):
                    unstated = stated is not None and fact.id not in stated
                    for area_id, text in gap_texts(c, keep=unstated and fact.period != period):
                        group_fact = fact if c.kind == "missing_areas" and fact.kind in ("count", "total") \
                            and not all_areas()[fact.area].is_force and not unstated else None
                        key = (area_id, fact.measure if group_fact is not None else "", text)
                        held = gaps.get(key)
                        if held is None:
                            gaps[key] = (text, [fact], group_fact)
                        else:
                            held[1].append(fact)
                            if held[2] is None and group_fact is not None:
                                gaps[key] = (held[0], held[1], group_fact)
        # one sentence per group total (and measure) a gap makes an underestimate, then the others
        by_group: dict[tuple[str, str], list[tuple[str, list[Fact]]]] = {}
        rest: dict[str, list[tuple[str, list[Fact]]]] = {}
        for (area_id, fact_measure, _), (text, fs, group_fact) in gaps.items():
            if group_fact is not None:
                by_group.setdefault((group_fact.area, fact_measure), []).append((text, fs + [group_fact]))
            else:
                rest.setdefault(fact_measure, []).append((text, fs))
        for (group_id, fact_measure), items in by_group.items():
            out.append(sentence(self.m.caveat_missing, "caveat_missing",
                                gaps=Phrase(_join([t for t, _ in items]), tuple(f.id for _, fs in items for f in fs)),
                                adjective=adjective(all_areas()[group_id]),
                                what=self.settings.word(fact_measure, "noun") if fact_measure != measure else None))
        for fact_measure, items in rest.items():
            if any(t in sent.text for t, _ in items for sent in out):
                items = [(t, fs) for t, fs in items if not any(t in sent.text for sent in out)]
            if items:
                out.append(sentence(self.m.caveat_gap, "caveat_gap",
                                    gaps=Phrase(_join([t for t, _ in items]), tuple(f.id for _, fs in items for f in fs)),
                                    what=self.settings.word(fact_measure, "noun")
                                    if fact_measure and fact_measure != measure else None))
        told: set[str] = set()
        bounds = False
        for fact in facts:
            for c in fact.caveats:
                if c.kind == "partial_period" and c.text not in told:
                    told.add(c.text)
                    out.append(sentence(self.m.caveat_partial, "caveat_partial", text=Phrase(c.text, (fact.id,))))
                elif c.kind == "approximate" and f"approx:{fact.area}" not in told:
                    told.add(f"approx:{fact.area}")
                    out.append(sentence(self.m.caveat_approximate, "caveat_approximate",
                                        place=place(all_areas()[fact.area])))
                elif c.kind in ("lower_bound", "suppressed"):
                    bounds = True
        if bounds:
            out.append(sentence(self.m.caveat_bounds, "caveat_bounds"))
        out.append(sentence(self.m.caveat_scale, "caveat_scale"))
        return out

    def _ending(self, release: str, measure_list: list[str], quote: str | None) -> list[Paragraph]:
        out = []
        if quote:
            out.append(Paragraph("quote", [sentence(self.m.quote, "quote", who=quote)]))
        out.append(Paragraph("includes", [sentence(self.m.includes, "includes",
                                                   words=self.settings.word(m, "includes")) for m in measure_list]))
        lines = self.settings.helplines
        out.append(Paragraph("help", [sentence(self.m.help, "help", lines=list(lines),
                                               literals=tuple(str(h["number"]) for h in lines))]))
        # the provenance line ends every story
        published = published_on(self.settings.published.get(release, ""))
        out.append(Paragraph("provenance", [sentence(self.m.provenance, "provenance", source=release,
                                                     published=published, literals=(release, published))]))
        return out

    # --- a local story --------------------------------------------------------------------

    def story(self, release: str, area_id: str) -> Story:
        """The story of one area in one release; :class:`StoryError` when it cannot be
        written correctly."""
        area = all_areas()[area_id]
        measure_list = self.material.measures(release, area_id)
        if not measure_list:
            raise StoryError(f"{release} gives no total figure for {area.name}")
        s = self.material.subject(release, area_id, measure_list[0])
        fired = angles(s)
        headline = self._headline(s, fired)
        lead = [sentence(self.m.lead, "lead", who=who(area, s.lead), **self._lead_args(s))]
        lead += self._angle_sentences(s, fired)
        paragraphs = [Paragraph("lead", lead)]
        if s.breakdowns:
            items = [{"count": self.p.count(c), "group": phrase(group_words(c), c),
                      "share": self.p.per_cent(sh) if sh is not None and numbers.whole(sh.value) >= 1 else None}
                     for c, sh in s.breakdowns]
            paragraphs.append(Paragraph("breakdown", [sentence(self.m.breakdown, "breakdown", items=items,
                                                               period=self.p.period(s.period, s.lead))]))
        peers = [x for x in (self._rank(s), self._members(s) if not area.is_force else None) if x is not None]
        if peers:
            paragraphs.append(Paragraph("peers", peers))
        groups = self.material.groups(area_id, release, s.measure)
        if groups:
            paragraphs.append(Paragraph("national", [self._group(g) for g in groups]))
        others: list[Sentence] = []
        for measure in measure_list[1:]:
            made = self._other(s, measure)
            if made is not None:
                others.append(made[0])
        for sent, _ in self._breakdown_only(s):
            others.append(sent)
        if others:
            paragraphs.append(Paragraph("other", others))
        # what the release says about this force's own gaps (on the totals it is missing from)
        used: list[Fact] = []
        if area.is_force:
            above = set(ancestors(area_id))
            used += list({f.id: f for f in self.material.naming.get((release, area_id), ())
                          if f.measure == s.measure and f.area in above
                          and self.material.in_scope(release, f.area)}.values())
        stated = self._all(paragraphs, headline)
        # the caveats of the Facts the story states, and of the totals this force is missing from
        told = list(({f.id: f for f in used} | stated).values())
        paragraphs.append(Paragraph("caveats", self._caveats(told, s.period, s.measure, set(stated))))
        quote = area.name if area.is_force else (self.settings.quote_from or None)
        paragraphs += self._ending(release, measure_list, quote)
        story = Story(release=release, area=area_id, area_name=area.name, measure=s.measure, period=s.period,
                      headline=headline, paragraphs=paragraphs, facts={}, angles=fired,
                      published=self.settings.published.get(release, ""))
        story.facts = self._all(paragraphs, headline)
        allowed = {area_id, *ancestors(area_id)}
        allowed |= {f.id for f in forces_in(ancestors(area_id)[0])} if area.is_force and ancestors(area_id) else set()
        allowed |= {a.id for a in forces_in(area_id)}
        validate(story, allowed_areas=allowed, latest=self._latest(release, s))
        return story

    def _latest(self, release: str, s: Subject):
        """The latest period of the release for the story's measure ("last year"): the
        story's own period when it ends as late as any the release gives, else the latest
        of the release (and the story is refused: the area has no figure for it)."""
        leads = self.material.lead_periods.get((release, s.measure), ())
        ends = max(f.period.end for f in leads)
        if s.period.end == ends:
            return s.period
        latest = max((f.period for f in leads if f.period.end == ends), key=lambda p: -p.days)
        gaps = [text for f in leads if f.period == latest
                for c in f.caveats if s.area.id in c.areas for a, text in gap_texts(c, keep=True) if a == s.area.id]
        if (s.area.id, latest) in self.material.pending:
            raise StoryError(f"{s.area.name}'s figure for {latest.label}, the latest period of {release}, is held "
                             "for review; decide it (`foistats review list`) and write the story again")
        raise StoryError(f"{s.area.name} has no figure for {latest.label}, the latest period of {release}"
                         + (f" ({gaps[0]})" if gaps else "") + f"; its latest is {s.period.label}")

    def _all(self, paragraphs: list[Paragraph], headline: Sentence | None = None) -> dict[str, Fact]:
        ids = [fid for p in paragraphs for s in p.sentences for fid in s.facts]
        if headline is not None:
            ids += list(headline.facts)
        return {fid: self.material.by_id[fid] for fid in ids if fid in self.material.by_id}

    # --- the national briefing ----------------------------------------------------------

    def briefing(self, release: str) -> Story:
        """All areas of a release in one table, with the national picture and every caveat."""
        areas = self.material.areas(release)
        if not areas:
            raise StoryError(f"{release} gives no figures")
        rows: list[list[Phrase]] = []
        subjects: list[Subject] = []
        for area_id in areas:
            for measure in self.material.measures(release, area_id):
                s = self.material.subject(release, area_id, measure)
                subjects.append(s)
                rank = Phrase("")
                if s.rank is not None:
                    d = s.rank.detail
                    rank = phrase(f"{d['from_top']} of {d['ranked']} in {all_areas()[d['group']].name}", s.rank)
                rows.append([
                    Phrase(self.settings.word(measure, "noun")), Phrase(all_areas()[area_id].name),
                    phrase(s.period.label, s.lead), self.p.count(s.lead),
                    (self.p.change(s.change) + Phrase(f" on {s.change.base_period.label}", ()))
                    if s.change is not None else Phrase(""),
                    rank,
                ])
        # the forces a group's figure is missing, with why (a gap is never a 0)
        named = {(str(r[0]), str(r[1])) for r in rows}
        for s in subjects:
            if s.area.is_force:
                continue
            for c in s.lead.caveats:
                if c.kind != "missing_areas":
                    continue
                for area_id, text in gap_texts(c):
                    name = all_areas()[area_id].name
                    key = (self.settings.word(s.measure, "noun"), name)
                    if key in named:
                        continue
                    named.add(key)
                    rows.append([Phrase(key[0]), Phrase(name), phrase(s.period.label, s.lead),
                                 Phrase(text.removeprefix(name).strip() or "no figure"), Phrase(""), Phrase("")])
        rows.sort(key=lambda r: (str(r[0]), str(r[1])))
        order = {m: i for i, m in enumerate(measures())}
        first = min(subjects, key=lambda s: (order.get(s.measure, 99), all_areas()[s.area.id].is_force))
        top = [s for s in subjects if not s.area.is_force and s.measure == first.measure]
        where = place(top[-1].area) if top else place(all_areas()[common_area([x.area.id for x in subjects], "uk")])
        headline = sentence(self.m.briefing_headline, "briefing_headline", measure=self.settings.word(first.measure, "noun"),
                            place=where, period=self.p.period(first.period, first.lead))
        intro = [sentence(self.m.briefing_intro, "briefing_intro", areas="every area with a figure",
                          period=self.p.period(first.period, first.lead),
                          measure=self.settings.word(first.measure, "noun"))]
        paragraphs = [Paragraph("intro", intro)]
        national = [self._group(s) for s in top]
        if national:
            paragraphs.append(Paragraph("national", national))
        facts = {f.id: f for s in subjects for f in (s.lead, s.change, s.rank) if f is not None}
        facts |= self._all(paragraphs, headline)
        paragraphs.append(Paragraph("caveats", self._caveats(list(facts.values()), first.period, first.measure)))
        measure_list = list(dict.fromkeys(s.measure for s in subjects))
        paragraphs += self._ending(release, measure_list, self.settings.quote_from or None)
        table = Table(["measure", "area", "period", "figure", "change", "rank"], rows)
        story = Story(release=release, area="briefing", area_name="all areas", measure=first.measure,
                      period=first.period, headline=headline, paragraphs=paragraphs, facts={}, kind="briefing",
                      table=table, published=self.settings.published.get(release, ""))
        story.facts = facts | self._all(paragraphs) | {fid: self.material.by_id[fid] for row in rows for c in row
                                                     for fid in c.facts}
        return story


def _join(parts: list[str]) -> str:
    parts = list(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def gap_texts(caveat, *, keep: bool = False) -> list[tuple[str, str]]:
    """(area id, "Dyfed-Powys Police did not respond") for each area a caveat names, its
    period dropped (the story says which period it is about) unless ``keep``."""
    areas = all_areas()
    parts = [p.strip() for p in caveat.text.split(";")]
    out = []
    for area_id in dict.fromkeys(caveat.areas):
        name = areas[area_id].name if area_id in areas else area_id
        part = next((p for p in parts if p.startswith(name)), None)
        if part is None:
            continue
        out.append((area_id, part if keep else _GAP.sub("", part)))
    return out


def group_words(fact: Fact) -> str:
    """A breakdown in words: "against children aged 10 and under", "against girls",
    "where Snapchat was used", "aged 17 and under" (suspects)."""
    b = dict(fact.breakdown)
    suspects = "suspect" in fact.measure or fact.unit == "suspects"
    words = []
    who_ = "suspects" if suspects else "children"
    gender = b.get("victim_gender")
    if gender in ("female", "male"):
        who_ = "girls" if gender == "female" else "boys"
    prefix = "suspect" if suspects else "victim"
    lo, hi = b.get(f"{prefix}_age_min"), b.get(f"{prefix}_age_max")
    if b.get("victim_age_known") == "false":
        words.append(f"against {who_} of unknown age")
    elif hi is not None:
        lo_i, hi_i = int(lo or 0), int(hi)
        if lo_i == 0 and hi_i == 0:
            ages = "aged under a year"
        elif lo_i == 0:
            ages = f"aged {numbers.number(hi_i)} and under"
        elif lo_i == hi_i:
            ages = f"aged {numbers.number(lo_i)}"
        else:
            ages = f"aged {numbers.number(lo_i)} to {numbers.number(hi_i)}"
        words.append(ages if suspects else f"against {who_} {ages}")
    elif gender:
        words.append(f"against {who_}" if gender in ("female", "male") else f"where the victim's gender was {gender}")
    if b.get("platform"):
        words.append(f"where {b['platform'].replace('-', ' ').title()} was used")
    for key in ("offence_code", "outcome", "online_flag", "recording_system"):
        if key in b:
            words.append(f"with {key.replace('_', ' ')} {b[key]}")
    return " ".join(words) or "in the breakdown"
