"""Benchmark: compute every Fact of a synthetic workspace, beside plain pandas.

46 areas (the 45 territorial forces of the UK and British Transport Police) x 10 financial
years x 40 breakdowns (10 victim age bands x 4 genders) = 18,400 observations. foistats
computes every kind of Fact (counts, totals for every region and nation, changes, ratios,
comparable changes, shares, ranks, daily averages, implied values), each with its formula
in words, inputs and caveats.

The pandas peer computes the same totals, changes and ranks (the same pairs of years, the
same bounds where figures are withheld or forces missing, the same ties), twice: as bare
numbers, and with foistats' formula in words for each. Digests of both sides' rows show
they are the same. Each side runs in its own process, so peak memory (max RSS, taken after
its first run) is its own; times are the median of nine runs (the fastest and
slowest beside it).

    python bench/facts.py
"""

from __future__ import annotations

import hashlib
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _synthetic as synthetic

YEARS = range(2010, 2020)
AGES = [(0, 4), (5, 7), (8, 9), (10, 10), (11, 11), (12, 12), (13, 13), (14, 14), (15, 15), (16, 17)]
GENDERS = ["female", "male", "unknown", "other"]
TARGET_SECONDS = 1.0
RUNS = 9


def build(folder: Path) -> int:
    import foistats
    from foistats.model import Observation
    from foistats.periods import Period

    rng = random.Random(2026)
    ws = foistats.init(folder)
    areas = synthetic.areas()
    observations = []
    for area in areas:
        for year in YEARS:
            for low, high in AGES:
                for gender in GENDERS:
                    breakdown = {"victim_age_min": low, "victim_age_max": high, "victim_gender": gender}
                    if rng.random() < 0.03:
                        observations.append(Observation(
                            measure="child_sexual_offences", area=area, period=Period.financial_year(year),
                            value=None, unit="offences", status="suppressed", lower=1, upper=4,
                            breakdown=breakdown, release="synthetic"))
                    else:
                        observations.append(Observation(
                            measure="child_sexual_offences", area=area, period=Period.financial_year(year),
                            value=rng.randint(5, 400), unit="offences", breakdown=breakdown, release="synthetic"))
    return synthetic.write_release(ws, observations, release="synthetic", published="2020")


PEER_KINDS = ("total", "change", "rank")


def run_foistats(folder: Path, fingerprint: bool) -> dict:
    import foistats
    from foistats.analysis import FactSet

    started = time.perf_counter()
    facts = FactSet.compute(foistats.open(folder).store)
    seconds = time.perf_counter() - started
    counts = dict(facts.con.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind").fetchall())
    if not fingerprint:
        return {"seconds": seconds, "facts": counts}
    rows = facts.con.execute(
        "SELECT kind, area, period_start, base_start, breakdown, unit, value, lower, upper, formula FROM facts "
        f"WHERE list_contains({list(PEER_KINDS)!r}, kind) AND detail->>'published' IS NULL"
    ).fetchall()
    return {"seconds": seconds, "facts": counts, **fingerprints(rows, formulas=True)}


def fingerprints(rows: list[tuple], *, formulas: bool) -> dict[str, str | None]:
    """Digests of the totals, changes and ranks: of their numbers, and of their numbers with
    their formulas, so the two sides are seen to compute the same things."""
    def digest(with_formula: bool) -> str:
        lines = sorted(
            repr((kind, area, str(start), str(base), breakdown, unit,
                  *(None if v is None or v != v else round(float(v), 6) for v in (value, lower, upper)),
                  formula if with_formula else None))
            for kind, area, start, base, breakdown, unit, value, lower, upper, formula in rows
        )
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]

    return {"numbers": digest(False), "formulas": digest(True) if formulas else None}


def run_pandas(folder: Path, fingerprint: bool, with_formulas: bool) -> dict:
    """The same totals, changes and ranks as foistats makes, the way a careful notebook
    would: one figure per force and subject, totals bounded where figures are withheld or
    forces missing, changes only between exact figures (each year against the one before,
    the latest against every earlier one), ranks among the exact figures with ties sharing
    a place. With ``with_formulas``, each also gets foistats' formula in words."""
    import duckdb
    import numpy as np
    import pandas as pd

    from foistats.areas import all_areas, ancestors
    from foistats.periods import Period

    con = duckdb.connect(str(folder / "foistats.duckdb"), read_only=True)
    started = time.perf_counter()
    df = con.execute(
        "SELECT o.measure, o.area, o.period_start, o.period_end, o.breakdown, o.unit, o.value, o.lower, o.upper, "
        "o.status, o.qualifier, o.release, coalesce(r.published, '') AS published FROM observations o "
        "LEFT JOIN releases r ON r.name = o.release WHERE o.valid_to IS NULL"
    ).df()
    areas = all_areas()
    members = pd.DataFrame(
        [(path[i], a.id, path[i - 1]) for a in areas.values() if a.is_force
         for path in [[a.id, *ancestors(a.id)]] for i in range(1, len(path))],
        columns=["grp", "area", "child"])
    subject = ["measure", "period_start", "period_end", "breakdown", "unit"]
    best = (df[df.status.isin(["reported", "suppressed"])]
            .sort_values(["published", "release"]).drop_duplicates(["area", *subject], keep="last"))
    best["exact"] = (best.status == "reported") & best.qualifier.fillna("exact").eq("exact")

    parts = best.merge(members, on="area")
    reported = parts.status == "reported"
    parts["part_lower"] = parts.value.where(reported, parts.lower.fillna(0))
    parts["part_upper"] = parts.value.where(reported, parts.upper)
    parts["withheld"] = ~reported
    by_total = parts.groupby(["grp", *subject])
    totals = by_total.agg(lower=("part_lower", "sum"), upper=("part_upper", "sum"), uppers=("part_upper", "count"),
                          withheld=("withheld", "sum"), forces=("area", "size"), children=("child", "nunique"))
    totals = totals[totals.children >= 2].reset_index()
    totals = totals.join(members.groupby("grp").size().rename("group_forces"), on="grp")
    complete = totals.forces == totals.group_forces
    totals["value"] = totals.lower.where(totals.withheld == 0)
    totals["upper"] = totals.upper.where((totals.withheld > 0) & complete & (totals.uppers == totals.forces))
    totals["lower"] = totals.lower.where((totals.withheld > 0) | ~complete)

    series = ["measure", "area", "breakdown", "unit"]
    years = best[[*series, "period_start", "period_end", "value", "exact"]].copy()
    years["recency"] = years.groupby(series)["period_start"].rank(method="dense", ascending=False)
    pairs = years.merge(years, on=series, suffixes=("", "_base"))
    pairs = pairs[(pairs.period_end_base < pairs.period_start)
                  & ((pairs.recency == 1) | (pairs.recency_base == pairs.recency + 1))
                  & pairs.exact & pairs.exact_base]
    absolute = pairs.assign(change=pairs.value - pairs.value_base)
    percent = pairs[pairs.value_base != 0].assign(unit="percent_change")
    percent["change"] = (percent.value - percent.value_base) / percent.value_base * 100

    ranked = best[best.exact].merge(members, on="area")
    by_rank = ranked.groupby(["grp", *subject])["value"]
    ranked["from_top"] = by_rank.rank(ascending=False, method="min")
    ranked["from_bottom"] = by_rank.rank(ascending=True, method="min")
    ranked["ranked"] = by_rank.transform("size")
    ranked["children"] = ranked.groupby(["grp", *subject])["child"].transform("nunique")
    ranked = ranked[(ranked.ranked >= 2) & (ranked.children >= 2)]

    if with_formulas:
        labels = {start: Period(start, end).label for start, end in
                  best[["period_start", "period_end"]].drop_duplicates().itertuples(index=False)}
        names = {a.id: a.name for a in areas.values()}

        def fnum(values: pd.Series) -> pd.Series:
            return values.map(lambda v: "?" if v != v else f"{int(v):,}".replace("-", "−") if v == round(v)
                              else f"{v:,.1f}".replace("-", "−"))

        def said(frame: pd.DataFrame) -> pd.Series:
            return (fnum(frame.value) + " in " + frame.period_start.map(labels) + " against "
                    + fnum(frame.value_base) + " in " + frame.period_start_base.map(labels) + ": ")

        absolute["formula"] = (said(absolute) + fnum(absolute.value) + " − " + fnum(absolute.value_base) + " = "
                               + np.where(absolute.change > 0, "+", "") + fnum(absolute.change))
        percent["formula"] = (said(percent) + "(" + fnum(percent.value) + " − " + fnum(percent.value_base) + ") / "
                              + fnum(percent.value_base) + " = " + np.where(percent.change > 0, "+", "")
                              + percent.change.map(lambda v: f"{v:.1f}".replace("-", "−")) + "%")
        parts = parts.sort_values("area")
        parts["said"] = np.where(parts.withheld, fnum(parts.part_lower) + " to " + fnum(parts.part_upper),
                                 fnum(parts.value)) + " (" + parts.area.map(names) + ")"
        totals = totals.join(parts.groupby(["grp", *subject])["said"].agg(" + ".join).rename("sum_text"),
                             on=["grp", *subject])
        bounds = "at least " + fnum(totals.lower) + np.where(totals.upper.notna(), " and at most " + fnum(totals.upper), "")
        totals["formula"] = (totals.sum_text + " = " + np.where(totals.value.notna(), fnum(totals.value), bounds) + " "
                             + totals.unit + " in " + totals.period_start.map(labels))
        ranked = ranked.sort_values(["value", "area"], ascending=[False, True])
        ranked["entry"] = ranked.area.map(names) + " " + fnum(ranked.value)
        league = ranked.groupby(["grp", *subject])["entry"].agg(
            lambda e: ", ".join(e[:5]) + f" and {len(e) - 5:,} more" if len(e) > 10 else ", ".join(e)).rename("league")
        ranked = ranked.join(league, on=["grp", *subject]).join(
            members.groupby("grp").size().rename("group_forces"), on="grp")
        ranked["formula"] = (fnum(ranked.value) + " is number " + fnum(ranked.from_top) + " from the top and "
                             + fnum(ranked.from_bottom) + " from the bottom of the " + fnum(ranked.ranked)
                             + " figures given by the " + fnum(ranked.group_forces) + " forces in "
                             + ranked.grp.map(names) + " for " + ranked.period_start.map(labels) + ": " + ranked.league)
    columns = ["kind", "area", "period_start", "base_start", "breakdown", "unit", "value", "lower", "upper", "formula"]
    out = [
        totals.assign(kind="total", area=totals.grp, base_start=None),
        absolute.assign(kind="change", base_start=absolute.period_start_base, value=absolute.change, lower=None,
                        upper=None),
        percent.assign(kind="change", base_start=percent.period_start_base, value=percent.change, lower=None,
                       upper=None),
        ranked.assign(kind="rank", base_start=None, unit="rank", value=ranked.from_top, lower=None, upper=None),
    ]
    out = [frame.reindex(columns=columns) for frame in out]
    result = pd.concat(out)
    seconds = time.perf_counter() - started
    counts = {kind: int(n) for kind, n in result.groupby("kind").size().items()}
    if not fingerprint:
        return {"seconds": seconds, "facts": counts}
    rows = [(k, a, _date(s), _date(b), *rest) for k, a, s, b, *rest in result.itertuples(index=False, name=None)]
    return {"seconds": seconds, "facts": counts, **fingerprints(rows, formulas=with_formulas)}


def _date(value):
    return None if value is None or value != value else value.date() if hasattr(value, "date") else value


def child(which: str, folder: str) -> None:
    run = {"foistats": run_foistats,
           "pandas": lambda folder, fingerprint: run_pandas(folder, fingerprint, with_formulas=False),
           "pandas_formulas": lambda folder, fingerprint: run_pandas(folder, fingerprint, with_formulas=True)}[which]
    timed = [run(Path(folder), fingerprint=False)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # of one computation, before the digests
    timed += [run(Path(folder), fingerprint=False) for _ in range(RUNS - 1)]
    # one more run, untimed, for the digests that show both sides computed the same
    seconds = [r["seconds"] for r in timed]
    result = run(Path(folder), fingerprint=True) | {
        "seconds": statistics.median(seconds), "fastest": min(seconds), "slowest": max(seconds), "peak_mb": peak_mb}
    print(json.dumps(result))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        n = build(folder)
        results = {}
        for which in ("foistats", "pandas", "pandas_formulas"):
            out = subprocess.run([sys.executable, __file__, "--child", which, str(folder)],
                                 check=True, capture_output=True, text=True).stdout
            results[which] = json.loads(out.strip().splitlines()[-1])
    ours, bare, worded = results["foistats"], results["pandas"], results["pandas_formulas"]
    print(f"synthetic workspace: {n:,} observations (46 areas x 10 years x 40 breakdowns); "
          f"median of {RUNS} runs each")
    print(f"foistats: every Fact ({sum(ours['facts'].values()):,}: "
          + ", ".join(f"{k} {v:,}" for k, v in ours["facts"].items())
          + f") in {ours['seconds']:.3f} s ({ours['fastest']:.3f} to {ours['slowest']:.3f}), "
          f"peak RSS {ours['peak_mb']:.0f} MB")
    for name, peer in (("numbers only", bare), ("with formulas in words", worded)):
        same = peer["numbers"] == ours["numbers"] and (peer["formulas"] is None or peer["formulas"] == ours["formulas"])
        print(f"pandas peer, the same totals, changes and ranks, {name} ({sum(peer['facts'].values()):,}): "
              f"{peer['seconds']:.3f} s ({peer['fastest']:.3f} to {peer['slowest']:.3f}), "
              f"peak RSS {peer['peak_mb']:.0f} MB; "
              + ("the same as foistats'" if same else "NOT THE SAME as foistats'"))
    verdict = "meets" if ours["seconds"] < TARGET_SECONDS else "MISSES"
    print(f"target: under {TARGET_SECONDS:.0f} s ({verdict}); against pandas with formulas "
          f"{worded['seconds'] / ours['seconds']:.2f}x ({'faster' if ours['seconds'] < worded['seconds'] else 'SLOWER'}), "
          f"against pandas numbers only {bare['seconds'] / ours['seconds']:.2f}x "
          f"({'faster' if ours['seconds'] < bare['seconds'] else 'SLOWER'})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
