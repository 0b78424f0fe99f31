"""Benchmark: compute every Fact of a synthetic workspace, beside plain pandas.

46 areas (the 45 territorial forces of the UK and British Transport Police) x 10 financial
years x 40 breakdowns (10 victim age bands x 4 genders) = 18,400 observations. foistats
computes every kind of Fact (counts, totals for every region and nation, changes, ratios,
comparable changes, shares, ranks, daily averages, implied values); the pandas peer
computes only the totals, year-on-year changes and ranks, the same way a notebook would.
Each side runs in its own process, so peak memory (max RSS) is its own.

    python bench/facts.py
"""

from __future__ import annotations

import json
import random
import resource
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


def run_foistats(folder: Path) -> dict:
    from foistats.analysis import FactSet

    started = time.perf_counter()
    facts = FactSet.compute(folder / "foistats.duckdb")
    seconds = time.perf_counter() - started
    counts = dict(facts.con.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind").fetchall())
    return {"seconds": seconds, "facts": counts}


def run_pandas(folder: Path) -> dict:
    import duckdb
    import pandas as pd

    from foistats.areas import all_areas, ancestors

    con = duckdb.connect(str(folder / "foistats.duckdb"), read_only=True)
    started = time.perf_counter()
    df = con.execute("SELECT measure, area, period_start, breakdown, value, status FROM observations").df()
    df = df[df.status == "reported"]
    parents = pd.DataFrame([(a, p) for a in all_areas() if all_areas()[a].is_force for p in ancestors(a)],
                           columns=["area", "group"])
    totals = (df.merge(parents, on="area").groupby(["group", "measure", "period_start", "breakdown"])["value"]
              .sum().reset_index())
    series = df.sort_values("period_start")
    series["previous"] = series.groupby(["measure", "area", "breakdown"])["value"].shift()
    series["change"] = series["value"] - series["previous"]
    series["percent_change"] = series["change"] / series["previous"] * 100
    ranked = df.merge(parents, on="area")
    ranked["rank"] = ranked.groupby(["group", "measure", "period_start", "breakdown"])["value"].rank(
        ascending=False, method="min")
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "facts": {"total": len(totals), "change": int(series["change"].notna().sum()) * 2,
                                          "rank": len(ranked)}}


def child(which: str, folder: str) -> None:
    result = {"foistats": run_foistats, "pandas": run_pandas}[which](Path(folder))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        n = build(folder)
        results = {}
        for which in ("foistats", "pandas"):
            out = subprocess.run([sys.executable, __file__, "--child", which, str(folder)],
                                 check=True, capture_output=True, text=True).stdout
            results[which] = json.loads(out.strip().splitlines()[-1])
    ours, peer = results["foistats"], results["pandas"]
    print(f"synthetic workspace: {n:,} observations (46 areas x 10 years x 40 breakdowns)")
    print(f"foistats: every Fact ({sum(ours['facts'].values()):,}: "
          + ", ".join(f"{k} {v:,}" for k, v in ours["facts"].items())
          + f") in {ours['seconds']:.3f} s, peak RSS {ours['peak_mb']:.0f} MB")
    print(f"pandas peer: totals, changes and ranks only ({sum(peer['facts'].values()):,}) in "
          f"{peer['seconds']:.3f} s, peak RSS {peer['peak_mb']:.0f} MB")
    verdict = "meets" if ours["seconds"] < TARGET_SECONDS else "MISSES"
    print(f"target: under {TARGET_SECONDS:.0f} s ({verdict}); "
          f"{'faster' if ours['seconds'] < peer['seconds'] else 'SLOWER'} than the pandas peer "
          f"({peer['seconds'] / ours['seconds']:.2f}x)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
