"""Benchmark: check a 1,000-word article against a 20,000-observation workspace.

The workspace is bench/facts.py's synthetic one (46 areas x 10 financial years x 40
victim age and gender breakdowns of child sexual offences) plus each area's yearly
totals of four measures: 20,240 observations. The article is written from those figures
in the house style — counts, changes, daily averages, ranks, rounded counts — with one
number in five deliberately wrong, until it is 1,000 words long.

Printed: the check with the Facts already computed (the target, under 1 s), the first
check on a fresh Workspace (which computes every Fact first), and the article against
its own figures only (--self), the floor the data pass adds to.

Then hostile input, each in a fresh process (so that its peak memory is its own), against
the article's own figures: one line of 4,000 numbers (counts with forces, changes on a
year, qualified counts, fractions, bare numbers; target under 2 s), an article at the size
cap, and a 5 MB article (refused by the cap with a one-line error). Target: peak memory
under 500 MB for any of them.

    python bench/check.py
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import facts as facts_bench  # the 18,400 observations of bench/facts.py
import _synthetic as synthetic

TARGET_SECONDS = 1.0
LINE_TARGET_SECONDS = 2.0
MEMORY_TARGET_MB = 500
WORDS = 1000
MEASURES = {
    "child_sexual_offences": "sexual offences against children",
    "online_child_sexual_offences": "online sexual offences against children",
    "sexual_communication_with_child": "offences of sexual communication with a child",
    "indecent_images_offences": "child abuse image offences",
}


def build(folder: Path) -> tuple[int, dict]:
    """The synthetic workspace; returns the number of observations and the yearly totals."""
    import foistats
    from foistats.model import Observation
    from foistats.periods import Period

    n = facts_bench.build(folder)
    rng = random.Random(2027)
    areas = synthetic.areas()
    totals = {}
    observations = []
    for measure in MEASURES:
        for area in areas:
            for year in facts_bench.YEARS:
                value = rng.randint(40, 2500)
                totals[measure, area, year] = value
                observations.append(Observation(measure=measure, area=area, period=Period.financial_year(year),
                                                value=value, unit="offences", release="synthetic-totals"))
    return n + synthetic.write_release(foistats.open(folder), observations, release="synthetic-totals",
                                       published="2020"), totals


def article(totals: dict) -> str:
    """A 1,000-word article about the synthetic figures, one number in five wrong."""
    from foistats.areas import all_areas

    rng = random.Random(7)
    keys = [k for k in totals if k[2] > min(y for _, _, y in totals) and all_areas()[k[1]].region]
    lines = ["Figures show the scale of sexual offences against children", "Published: 2020-09-01", ""]
    words = 0
    while words < WORDS:
        measure, area, year = rng.choice(keys)
        name, what = all_areas()[area].name, MEASURES[measure]
        value, before = totals[measure, area, year], totals[measure, area, year - 1]
        wrong = rng.random() < 0.2
        shown = value + (rng.randint(1, 9) if wrong else 0)
        change = round((value - before) / before * 100)
        direction = "a rise" if change >= 0 else "a fall"
        label, previous = f"{year}/{(year + 1) % 100:02d}", f"{year - 1}/{year % 100:02d}"
        sentence = rng.choice([
            f"{name} recorded {shown:,} {what} in {label}, {direction} of {abs(change)} per cent on the {before:,} in {previous}.",
            f"In {label} {name} logged more than {value // 100 * 100:,} {what}, an average of {round(value / 365)} each day.",
            f"{name} recorded {shown:,} {what} in {label}, the highest in its region.",
            f"Police in the area, {name}, said the {value:,} {what} recorded in {label} showed the need for more help.",
        ])
        lines.append(sentence)
        words += len(sentence.split())
    lines.append("Anyone worried about a child can call the NSPCC helpline on 0808 800 5000 or Childline on 0800 1111.")
    return "\n".join(lines)


def hostile_line(numbers: int, rng: random.Random) -> str:
    """One sentence of ``numbers`` numbers in the forms an article uses, commas between."""
    from foistats.areas import all_areas

    forces = [a.name for a in all_areas().values() if a.is_force]
    forms = [
        lambda v: f"{v:,} offences in {rng.choice(forces)}",
        lambda v: f"up {v % 99 + 1} per cent on 20{rng.randint(10, 18)}/{rng.randint(11, 19)}",
        lambda v: f"more than {v:,} in 20{rng.randint(10, 19)}",
        lambda v: f"almost a quarter of {v:,}",
        lambda v: f"{v}",
    ]
    return "Police recorded " + ", ".join(forms[i % len(forms)](rng.randint(10, 9999)) for i in range(numbers))


def hostile(case: str) -> str:
    """An article for one hostile case: 'line' (4,000 numbers), 'cap' (as long as the cap
    allows), '5mb' (over it)."""
    from foistats.check.api import MAX_ARTICLE_CHARS

    rng = random.Random(11)
    head = "Figures on child sexual offences\nPublished: 2020-09-01\n\n"
    if case == "line":
        return head + hostile_line(4000, rng)
    size = MAX_ARTICLE_CHARS - 1000 if case == "cap" else 5_000_000
    lines, total = [], len(head)
    while total < size:
        line = " ".join(hostile_line(8, rng) + "." for _ in range(5))
        lines.append(line)
        total += len(line) + 1
    return head + "\n".join(lines)[:size - len(head)]


def run_hostile(case: str) -> None:
    """In a fresh process: check one hostile article, print seconds, claims and peak MB."""
    from foistats.check import check_text
    from foistats.errors import InputError

    text = hostile(case)
    check_text("Kent Police recorded 5 offences in 2019/20.")  # imports and compiled patterns: not the input's cost
    started = time.perf_counter()
    try:
        outcome = f"{len(check_text(text)):,} claims"
    except InputError as error:
        outcome = f"refused: {error}"
    seconds = time.perf_counter() - started
    print(f"{case}\t{len(text)}\t{seconds:.3f}\t{_peak_mb():.0f}\t{outcome}")


def _peak_mb() -> float:
    """This process's peak resident memory: VmHWM, which exec resets (ru_maxrss keeps the
    parent's peak from before the exec), else ru_maxrss."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def hostile_report() -> None:
    names = {"line": "one line of 4,000 numbers", "cap": "an article at the size cap", "5mb": "a 5 MB article"}
    for case, name in names.items():
        out = subprocess.run([sys.executable, __file__, "--hostile", case], capture_output=True, text=True, check=True)
        _, chars, seconds, peak, outcome = out.stdout.strip().splitlines()[-1].split("\t")
        target = f"; target under {LINE_TARGET_SECONDS:.0f} s: {'meets' if float(seconds) < LINE_TARGET_SECONDS else 'MISSES'}" \
            if case == "line" else ""
        memory = "meets" if float(peak) < MEMORY_TARGET_MB else "MISSES"
        print(f"{name} ({int(chars):,} characters): {float(seconds):.2f} s{target}; peak memory {peak} MB "
              f"(target under {MEMORY_TARGET_MB} MB: {memory}); {outcome}")


def main() -> None:
    if sys.argv[1:2] == ["--hostile"]:
        return run_hostile(sys.argv[2])
    import foistats
    from foistats.check import check_text

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        n, totals = build(folder)
        text = article(totals)
        words = len(text.split())

        ws = foistats.open(folder)
        started = time.perf_counter()
        first = check_text(text, ws.fact_set(), ws.releases())
        cold = time.perf_counter() - started

        started = time.perf_counter()
        warm_verdicts = check_text(text, ws.fact_set(), ws.releases())
        warm = time.perf_counter() - started

        started = time.perf_counter()
        check_text(text)
        own = time.perf_counter() - started

    verdicts = Counter(v.verdict for v in warm_verdicts)
    assert [v.verdict for v in first] == [v.verdict for v in warm_verdicts]
    print(f"synthetic workspace: {n:,} observations; article: {words:,} words, {len(warm_verdicts)} claims "
          f"({', '.join(f'{k} {v}' for k, v in sorted(verdicts.items()))})")
    print(f"check, Facts already computed: {warm:.3f} s "
          f"(target: under {TARGET_SECONDS:.0f} s: {'meets' if warm < TARGET_SECONDS else 'MISSES'})")
    print(f"first check on a fresh Workspace, computing every Fact: {cold:.3f} s")
    print(f"the article against its own figures only (--self): {own:.3f} s")
    hostile_report()


if __name__ == "__main__":
    sys.exit(main())
