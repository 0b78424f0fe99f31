"""Benchmark: publish a synthetic release with small numbers protected.

46 areas (the 45 territorial forces of the UK and British Transport Police) x 10 financial
years x 40 breakdowns (10 victim age bands x 4 genders), plus each area's whole figure:
18,860 figures, about one in six of the breakdown figures from 1 to 4 and 3 per cent
withheld by the force as 1 to 4. The Facts add nation and UK rows. Publishing lays out
the tables, hides the small numbers and what would give them away, audits every hidden
cell by linear programming and writes CSV, XLSX and the data package.

Prints the time of the whole publish (target under 5 s; the Facts are computed before,
untimed), parted into the tables, suppression, audit and files, and the charts (England's
39 forces over 10 years, and Wales's four), and the cells suppressed.

    python bench/publish.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import _synthetic as synthetic

YEARS = range(2010, 2020)
AGES = [(0, 4), (5, 7), (8, 9), (10, 10), (11, 11), (12, 12), (13, 13), (14, 14), (15, 15), (16, 17)]
GENDERS = ["female", "male", "unknown", "other"]
TARGET_SECONDS = 5.0


def build(folder: Path):
    import foistats
    from foistats.model import Observation
    from foistats.periods import Period

    rng = random.Random(2026)
    ws = foistats.init(folder)
    observations = []
    for area in synthetic.areas():
        for year in YEARS:
            period = Period.financial_year(year)
            whole = 0
            for low, high in AGES:
                for gender in GENDERS:
                    breakdown = {"victim_age_min": low, "victim_age_max": high, "victim_gender": gender}
                    value = rng.randint(1, 4) if rng.random() < 0.17 else rng.randint(5, 120)
                    whole += value
                    if rng.random() < 0.03:
                        observations.append(Observation(
                            measure="child_sexual_offences", area=area, period=period, value=None, unit="offences",
                            status="suppressed", lower=1, upper=4, breakdown=breakdown, release="synthetic"))
                    else:
                        observations.append(Observation(
                            measure="child_sexual_offences", area=area, period=period, value=value,
                            unit="offences", breakdown=breakdown, release="synthetic"))
            observations.append(Observation(measure="child_sexual_offences", area=area, period=period,
                                            value=whole, unit="offences", release="synthetic"))
    synthetic.write_release(ws, observations, release="synthetic", published="2020")
    return ws, len(observations)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        ws, figures = build(Path(tmp) / "ws")
        started = time.perf_counter()
        facts = ws.facts(kind=["count", "total"])
        observations = ws.observations()
        facts_seconds = time.perf_counter() - started
        from foistats.publish import publish

        result = publish(facts, observations, out=Path(tmp) / "out", releases=ws.releases())
        seconds = result.seconds
        for published in result.releases:
            for p in published.protections:
                print(f"{published.release}: {p.cells:,} cells; suppressed {p.source:,} by the force, "
                      f"{p.primary:,} primary, {p.secondary:,} secondary "
                      f"({(p.source + p.primary + p.secondary) / p.cells:.1%}); audit rounds {p.rounds}; "
                      f"{len(p.intervals):,} intervals")
        print(f"{figures:,} figures; Facts and observations read in {facts_seconds:.2f} s (untimed)")
        tables = seconds - result.chart_seconds
        charts = sum(len(p.charts) for p in result.releases)
        print(f"publish: {seconds:.2f} s: tables, suppression, audit and files {tables:.2f} s, "
              f"{charts} charts {result.chart_seconds:.2f} s")
        verdict = "meets" if seconds < TARGET_SECONDS else "MISSES"
        print(f"target: under {TARGET_SECONDS:.0f} s ({verdict})")
        return 0


if __name__ == "__main__":
    sys.exit(main())
