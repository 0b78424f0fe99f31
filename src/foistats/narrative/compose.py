"""Composing stories: Facts → phrases → template sentences → a validated Story.

The order of a local story follows DOMAIN.md: the area's own figure and its change, then
the angles that fired (heaviest first), its place among its peers, the national picture,
the release's other figures for the area, breakdowns, every caveat, a placeholder for a
quote, what the figures include, where to get help, and the provenance line last.

The steps it calls on live beside it: :mod:`.material` gathers a story's Facts,
:mod:`.angles` chooses what leads, :mod:`.phrases` words areas, periods and numbers,
:mod:`.caveats` writes the caveats, and :mod:`.settings` holds the templates and house style.
"""

from __future__ import annotations

from ..analysis import Fact, derived_measures
from ..areas import all_areas, ancestors, common_area, forces_in
from ..offences import measures
from . import numbers
from .angles import Angle, angles
from .caveats import caveat_sentences
from .material import Material, Subject
from .phrases import Phrases, adjective, gap_texts, group_words, place, published_on, who
from .settings import Settings
from .story import Paragraph, Phrase, Sentence, Story, StoryError, Table, phrase, sentence, validate

MEMBERS_LISTED = 5  # a nation or region's forces named in its story, highest first


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
        paragraphs.append(Paragraph("caveats", caveat_sentences(self.m, self.settings, told, s.period, s.measure,
                                                                set(stated))))
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
        # a force the campaign asked that gave none of the figures (no group total names it when
        # the campaign asked only some forces of each group)
        for force in sorted(self.material.asked.get(release, ())):
            for measure in dict.fromkeys(s.measure for s in subjects):
                key = (self.settings.word(measure, "noun"), all_areas()[force].name)
                if key not in named and not any(s.area.id == force for s in subjects):
                    named.add(key)
                    rows.append([Phrase(key[0]), Phrase(key[1]), Phrase(""),
                                 Phrase(f"no figure (`foistats observations --area {force}` says why)"),
                                 Phrase(""), Phrase("")])
        rows.sort(key=lambda r: (str(r[0]), str(r[1])))
        order = {m: i for i, m in enumerate(measures())}
        first = min(subjects, key=lambda s: (order.get(s.measure, 99), all_areas()[s.area.id].is_force))
        top = [s for s in subjects if not s.area.is_force and s.measure == first.measure]
        holding = common_area([x.area.id for x in subjects], "uk")
        # an area with forces the campaign never asked is not where its figures are from
        where = (place(top[-1].area) if top else place(all_areas()[holding])
                 if self.material.in_scope(release, holding) else "the forces asked")
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
        paragraphs.append(Paragraph("caveats", caveat_sentences(self.m, self.settings, list(facts.values()),
                                                                first.period, first.measure)))
        measure_list = list(dict.fromkeys(s.measure for s in subjects))
        paragraphs += self._ending(release, measure_list, self.settings.quote_from or None)
        table = Table(["measure", "area", "period", "figure", "change", "rank"], rows)
        story = Story(release=release, area="briefing", area_name="all areas", measure=first.measure,
                      period=first.period, headline=headline, paragraphs=paragraphs, facts={}, kind="briefing",
                      table=table, published=self.settings.published.get(release, ""))
        story.facts = facts | self._all(paragraphs) | {fid: self.material.by_id[fid] for row in rows for c in row
                                                     for fid in c.facts}
        return story
