"""Finding claims and their subjects in text: kinds, qualifiers, non-claims, inheritance."""

from __future__ import annotations

from datetime import date

import pytest

from foistats.check.claims import extract
from foistats.periods import Period


def _claims(text: str, reference: date | None = None):
    return extract(text, reference=reference).claims


def _one(text: str, reference: date | None = None):
    [claim] = _claims(text, reference)
    return claim


@pytest.mark.parametrize("text, kind, value, qualifier", [
    ("Police recorded 1,110 offences.", "count", 1110, "exact"),
    ("Police recorded nine offences.", "count", 9, "exact"),
    ("Police recorded more than 300 offences.", "count", 300, "over"),
    ("Police recorded almost 2,000 offences.", "count", 2000, "almost"),
    ("Police recorded around 500 offences.", "count", 500, "approx"),
    ("Offences fell by 44 per cent.", "change", -44, "exact"),
    ("Offences were down 44%.", "change", -44, "exact"),
    ("There was a rise of 11 per cent.", "change", 11, "exact"),
    ("Offences were 17 per cent higher than the year before.", "change", 17, "exact"),
    ("Some 11 per cent of offences were committed online.", "percent", 11, "approx"),
    ("Of those, 83% were girls.", "percent", 83, "exact"),
    ("A quarter of offences were committed online.", "fraction", 25, "exact"),
    ("Four in five victims were girls.", "fraction", 80, "exact"),
    ("Offences have more than doubled.", "multiple", 2, "over"),
    ("Offences have halved.", "multiple", 0.5, "exact"),
    ("The force recorded an average of nine offences each day.", "per_day", 9, "exact"),
    ("That is one offence every 23 minutes.", "every_minutes", 23, "exact"),
])
def test_kinds_and_qualifiers(text, kind, value, qualifier):
    claim = _one(text)
    assert (claim.kind, claim.value, claim.qualifier) == (kind, value, qualifier)


@pytest.mark.parametrize("text", [
    "Call Childline on 0800 1111 or the NSPCC helpline on 0808 800 5000.",
    "In an emergency dial 999, otherwise 101.",
    "The law came into force on 3 April 2017.",
    "Victims aged 12 to 15 were at risk.",
    "Offences against under-18s are counted.",
    "The force refused under section 12 of the Act.",
    "It is an offence under the Sexual Offences Act 2003.",
    "The abuse happened two and a half years ago.",
    "The figures cover offences reported more than a year after they took place.",
    "Published: 2024-05-01",
])
def test_numbers_that_are_not_claims(text):
    assert _claims(text) == []


def test_ranks_keep_their_group():
    claim = _one("Gwent recorded the lowest of the four forces.")
    assert claim.kind == "rank" and claim.detail["from"] == "bottom"
    assert claim.detail["group_text"] == "the four forces"
    assert _one("South Wales was the fourth highest of any force.").value == 4


def test_subject_of_a_sentence():
    claim = _one("Gwent Police recorded 229 online offences in 2018/19.")
    assert (claim.area, claim.measure, claim.period) == ("gwent", "online_child_sexual_offences",
                                                         Period.financial_year(2018))
    assert claim.area_stated and claim.measure_stated


def test_following_sentences_inherit_measure_and_period():
    first, second = _claims("Gwent Police recorded 229 online offences in 2018/19. "
                            "It was followed by South Wales Police, which logged 214.")
    assert second.area == "south-wales"
    assert second.measure == first.measure == "online_child_sexual_offences"
    assert second.period == Period.financial_year(2018)
    assert not second.measure_stated


def test_the_force_means_the_force_named_last():
    claims = _claims("Wiltshire Police saw reports fall. In 2013/14 the force logged 176 offences.")
    assert claims[-1].area == "wiltshire"


def test_a_list_of_areas_is_no_single_area():
    claim = _one("Forces in England and Wales, Northern Ireland and Scotland logged more than 10,000 offences.")
    assert claim.area is None


def test_relative_periods():
    reference = date(2020, 9, 3)
    assert _one("Gwent Police recorded 128 offences last year.", reference).period == Period.financial_year(2019)
    _, before = _claims("Wiltshire recorded 63 offences in 2019/20, down from 77 the year before.", reference)
    assert before.period == Period.financial_year(2018) and before.role == "base"
    past = _one("Wiltshire recorded 756 offences over the past four years.", date(2017, 6, 1))
    assert past.period == Period(date(2013, 4, 1), date(2017, 3, 31))
    since = _one("Wales logged 2,895 offences since 1 April 2016.", date(2018, 9, 13))
    assert since.period == Period(date(2016, 4, 1), date(2018, 3, 31))


def test_a_change_compares_the_periods_of_its_sentence():
    change = _claims("A rise of 30 per cent, from 287 in 2016/17 to 373 in 2017/18.")[0]
    assert (change.period, change.base_period) == (Period.financial_year(2017), Period.financial_year(2016))
    alone = _one("Offences rose by 16 per cent in 2019/20.")
    assert (alone.period, alone.base_period) == (Period.financial_year(2019), Period.financial_year(2018))


def test_an_undated_span_takes_no_period_from_before():
    claims = _claims("Gwent recorded 128 offences in 2019/20. In six years the force logged 900 offences.")
    assert claims[-1].period is None


def test_what_is_counted():
    assert _one("Police spoke to 40,000 young people.").counts == "young people"
    assert _one("Data came from all 46 forces.").counts == "forces"
    assert _one("More than 150 people were reported.").counts == "people"


def test_a_sentence_about_part_of_a_measure_says_so():
    assert _one("Snapchat was used in 120 offences.").breakdown_hint == "platform"


def test_a_share_in_brackets_is_of_the_age_group_before_it(tmp_path):
    """"134 against children aged five to 12 (36 per cent) and seven against children aged
    four and under (2 per cent)": each share is of the group just before its bracket."""
    import foistats

    rows = ["release,published,measure,area,period,breakdown,value,unit,qualifier,status,note"]
    for breakdown, value in (("", 369), ("victim_age_min=13;victim_age_max=17", 228),
                             ("victim_age_min=5;victim_age_max=12", 134), ("victim_age_min=0;victim_age_max=4", 7)):
        rows.append(f"r,2023,child_sexual_offences,north-wales,2022/23,{breakdown},{value},offences,exact,reported,")
    (tmp_path / "figures.csv").write_text("\n".join(rows) + "\n")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(tmp_path / "figures.csv")
    text = ("Of the sexual offences against children recorded by North Wales Police in 2022/23, 228 were against "
            "children aged 13 to 17 (62 per cent), 134 against children aged five to 12 (36 per cent) and seven "
            "against children aged four and under (2 per cent).")
    assert {v.text: v.verdict for v in ws.check(text)} == {
        "228": "supported", "62 per cent": "supported", "134": "supported", "36 per cent": "supported",
        "2 per cent": "supported"}


def test_a_range_of_counts_is_one_claim():
    claim = _one("Gwent Police recorded between one and four offences in 2019/20.")
    assert (claim.text, claim.value, claim.qualifier, claim.detail["low"]) == ("between one and four", 4, "between", 1)
    assert _claims("Police recorded offences between 2013 and 2015.") == []  # a span of years


def test_the_part_a_count_is_of():
    girls, boys = _claims("Gwent recorded 80 offences against girls and 40 against boys in 2019/20.")
    assert (girls.breakdown, boys.breakdown) == ({"victim_gender": "female"}, {"victim_gender": "male"})
    assert boys.counts == "offences"  # a bare number counts what the count before it does


def test_an_acts_year_is_no_period_and_a_lede_takes_the_only_one():
    lede, count = _claims("Police log an offence against a child every 10 minutes.\n\n"
                          "Forces across the UK recorded 55,507 offences in 2015/16, under the Sexual Offences Act 2003.")
    assert (lede.area, lede.period, lede.sources["area"], lede.sources["period"]) == (
        "uk", Period.financial_year(2015), "inherited", "inherited")
