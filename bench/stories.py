"""Benchmark: write every story of a synthetic 46-area release, text alone and with charts.

46 areas (the 45 territorial forces of the UK and British Transport Police) x 5 financial
years of sexual offences against children, with four victim age bands each, plus the
online count of the latest year and two forces that did not respond. ``ws.stories()``
writes a local story for every force and group area with figures (Markdown, HTML, DOCX
and the sidecar JSON) and the national briefing. The Facts are computed first and timed
on their own (see bench/facts.py); the story times are for the stories alone: text (no
chart, no claim checker), with charts, and text with the claim checker.

    python bench/stories.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import _synthetic as synthetic

YEARS = range(2015, 2020)
AGES = [(0, 4), (5, 10), (11, 15), (16, 17)]
NO_RESPONSE = {"dyfed-powys", "wiltshire"}
TARGET_SECONDS = 2.0


def build(folder: Path) -> int:
    import foistats
    from foistats.model import Observation
    from foistats.periods import Period

    rng = random.Random(2026)
    ws = foistats.init(folder)
    areas = synthetic.areas()
    observations = []
    for area in areas:
        base = rng.randint(200, 3000)
        for year in YEARS:
            period = Period.financial_year(year)
            if area in NO_RESPONSE and year == YEARS[-1]:
                for measure in ("child_sexual_offences", "online_child_sexual_offences"):
                    observations.append(Observation(measure=measure, area=area, period=period, value=None,
                                                    unit="offences", status="no_response", release="synthetic"))
                continue
            total = int(base * rng.uniform(0.7, 1.4))
            observations.append(Observation(measure="child_sexual_offences", area=area, period=period, value=total,
                                            unit="offences", release="synthetic"))
            for low, high in AGES:
                observations.append(Observation(
                    measure="child_sexual_offences", area=area, period=period, value=int(total * rng.uniform(0.1, 0.3)),
                    unit="offences", breakdown={"victim_age_min": low, "victim_age_max": high}, release="synthetic"))
            if year == YEARS[-1]:
                observations.append(Observation(measure="online_child_sexual_offences", area=area, period=period,
                                                value=int(total * rng.uniform(0.05, 0.2)), unit="offences",
                                                release="synthetic"))
    return synthetic.write_release(ws, observations, release="synthetic", published="2020-06-01")


def main() -> None:
    import foistats

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        n = build(folder)
        ws = foistats.open(folder)
        started = time.perf_counter()
        facts = ws.fact_set()
        fact_seconds = time.perf_counter() - started
        count = facts.con.execute("SELECT count(*) FROM facts").fetchone()[0]

        started = time.perf_counter()
        text = ws.stories(out=Path(tmp) / "text", charts=False, check=False)
        text_seconds = time.perf_counter() - started
        started = time.perf_counter()
        charts = ws.stories(out=Path(tmp) / "charts", charts=True, check=False)
        chart_seconds = time.perf_counter() - started
        files = sum(1 for p in (Path(tmp) / "charts").rglob("*") if p.is_file())
        started = time.perf_counter()
        checked = ws.stories(out=Path(tmp) / "checked", charts=False, check=True)
        check_seconds = time.perf_counter() - started

    print(f"synthetic release: {n:,} observations (46 areas x 5 years, 4 age bands, online count, "
          f"{len(NO_RESPONSE)} forces not responding); {count:,} Facts in {fact_seconds:.2f} s")
    print(f"text alone: {len(text.local)} stories + {len(text.written) - len(text.local)} briefing "
          f"(md, html, docx, json) in {text_seconds:.2f} s; {len(text.refused)} not written")
    print(f"with charts: {len(charts.local)} stories, {files} files in {chart_seconds:.2f} s")
    print(f"text with the claim checker: {len(checked.local)} stories written, {len(checked.refused)} refused, "
          f"in {check_seconds:.2f} s")
    verdict = "meets" if text_seconds < TARGET_SECONDS else "MISSES"
    print(f"target: text under {TARGET_SECONDS:.0f} s ({verdict})")
    if text.refused:
        for r in text.refused[:5]:
            print(f"  not written: {r.area}: {r.reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
