"""Benchmark: time and peak memory of the largest inputs foistats takes — a 200 MB
published-figures CSV, a reply XLSX of 10,000 rows and one of a million cells — each
generated here (not timed) and ingested into a fresh workspace in a process of its own.

Targets (printed beside each figure): peak memory under 500 MB for any of them; a million
cells in under 10 s (the reply of a million cells, and the store alone writing a million
cells' contexts, the last line).

    .venv/bin/python bench/limits.py [--quick]

``--quick`` makes each input a tenth of the size, to try the bench itself.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"


def published_csv(path: Path, size: int) -> int:
    """A published-figures CSV of about ``size`` bytes: every force, 23 financial years and
    two breakdowns a release, as many releases as it takes. Its number of rows."""
    from foistats.areas import forces_in

    forces = [a.id for a in forces_in("uk")]
    rows = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        release = 0
        while f.tell() < size:
            lines = []
            for area in forces:
                for year in range(2000, 2023):
                    for gender in ("female", "male"):
                        lines.append(f"bench-{release},2023-06-30,child_sexual_offences,{area},{year}/{(year + 1) % 100:02d},"
                                     f"victim_gender={gender},{(release * 7 + year + len(area)) % 5000},offences,,,"
                                     "as published\n")
            f.write("".join(lines))
            rows += len(lines)
            release += 1
    return rows


def reply_xlsx(path: Path, rows: int, columns: int) -> int:
    """A police reply as a spreadsheet: a title, a header of financial years and ``rows``
    rows of an offence and its counts. Its number of cells."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Offences")
    sheet.append(["Gwent Police: sexual offences against children, by offence and year"])
    sheet.append(["Offence"] + [f"{2000 + (i % 23)}/{(2001 + (i % 23)) % 100:02d}" for i in range(columns)])
    for r in range(rows):
        sheet.append([f"Offence type {r}"] + [(r * 7 + c * 13) % 997 for c in range(columns)])
    book.save(path)
    return rows * (columns + 1)


def _measure(path: str, options: dict, queue) -> None:
    """Ingest one document into a fresh workspace; report seconds, the store's share and peak memory."""
    import foistats
    from foistats.store import Store

    spent = [0.0]
    write = Store.write_source

    def timed(self, **kwargs):
        started = time.perf_counter()
        try:
            return write(self, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    Store.write_source = timed
    with tempfile.TemporaryDirectory() as tmp:
        ws = foistats.init(Path(tmp) / "ws")
        started = time.perf_counter()
        result = ws.ingest(path, **options)
        elapsed = time.perf_counter() - started
    queue.put((elapsed, spent[0], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, result.describe()))


def _contexts(count: int, queue) -> None:
    """The store alone: ``count`` cells' contexts written in one transaction."""
    import foistats
    from foistats.store import insert_columns

    locations = [f"sheet Offences {'BCD'[i % 3]}{i // 3 + 3}" for i in range(count)]
    contexts = [f"rows {i // 3 + 2}-{i // 3 + 4}\nOffence type {i // 3} | 12 | 13 | [14]" for i in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        ws = foistats.init(Path(tmp) / "ws")
        started = time.perf_counter()
        with ws.store.writing() as conn:
            conn.execute("BEGIN TRANSACTION")
            insert_columns(conn, "cell_contexts", {"source_id": "0" * 64, "location": locations, "context": contexts})
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    queue.put((elapsed, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, f"{count:,} contexts"))


def measure(path: Path | None, **options) -> tuple[float, float, float, str]:
    queue = multiprocessing.get_context("spawn").Queue()
    target, args = (_measure, (str(path), options)) if path is not None else (_contexts, (options["cells"],))
    child = multiprocessing.get_context("spawn").Process(target=target, args=(*args, queue))
    child.start()
    found = queue.get()
    child.join()
    return found


MEMORY = 500  # MB, for any input


def _against(measured: float, target: float | None) -> str:
    """The target beside a figure, and whether the figure meets it."""
    if target is None:
        return ""
    return f" [target < {target:g}: {'met' if measured < target else 'MISSED'}]"


def quick() -> bool:
    return "--quick" in sys.argv[1:]


def main() -> None:
    scale = 10 if quick() else 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cases = []  # (name, input, options, seconds it should take where a time is set)
        started = time.perf_counter()
        rows = published_csv(root / "published.csv", 200_000_000 // scale)
        size = (root / "published.csv").stat().st_size
        cases.append((f"published CSV, {size / 1e6:.0f} MB, {rows:,} rows", root / "published.csv", {}, None))
        cells = reply_xlsx(root / "rows.xlsx", 10_000, 3)
        cases.append((f"reply XLSX, 10,000 rows ({cells:,} cells)", root / "rows.xlsx", {"authority": "Gwent"}, None))
        cells = reply_xlsx(root / "cells.xlsx", 250_000 // scale, 3)
        cases.append((f"reply XLSX, {cells:,} cells", root / "cells.xlsx", {"authority": "Gwent"}, 10.0))
        cases.append((f"store alone: {1_000_000 // scale:,} cell contexts", None, {"cells": 1_000_000 // scale}, 10.0))
        print(f"inputs generated in {time.perf_counter() - started:.0f} s (not counted)")
        for name, path, options, seconds in cases:
            if path is None or not options:
                elapsed, store, peak, said = measure(path, **options)
            else:
                elapsed, store, peak, said = measure(path, release="bench", **options)
            print(f"{name:44} {elapsed:7.1f} s{_against(elapsed, None if quick() else seconds)} (store {store:5.1f} s), "
                  f"peak memory {peak:6.0f} MB{_against(peak, MEMORY)}; {said}")


if __name__ == "__main__":
    main()
