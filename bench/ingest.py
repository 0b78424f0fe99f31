"""Benchmark: documents per second ingesting a generated batch of police replies (500 by
default) in each format — text, HTML, CSV, XLSX, PDF, DOCX — with the peak memory of the
process that ingested them, and the account of their numbers.

Each format's batch is the same replies (mixed layouts, tests/ingest/replies.py), so the
formats compare like with like; plain text, the cheapest to read, is the baseline the
others are measured against. Each format runs in its own process, so its peak memory is
its own. Generation is not timed.

    .venv/bin/python bench/ingest.py [COUNT]
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import foistats  # noqa: E402
from ingest.replies import FORMATS, make_reply, render  # noqa: E402

FORCES = ["Gwent Police", "South Wales Police", "North Wales Police", "Dyfed-Powys Police", "Cheshire Constabulary",
          "Essex Police", "Kent Police", "Merseyside Police"]


def _write(folder: Path, count: int, fmt: str) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        path = folder / f"reply-{n:04d}.{fmt}"
        path.write_bytes(render(make_reply(n, force=FORCES[n % len(FORCES)]), fmt))
        paths.append(path)
    return paths


def _ingest(workspace: Path, paths: list[Path], answer) -> None:
    ws = foistats.init(workspace)
    started = time.perf_counter()
    with ws.batch():  # as `foistats ingest` does for the files it is given
        results = [ws.ingest(path, release="bench") for path in paths]
    elapsed = time.perf_counter() - started
    fates = Counter(n.fate for r in results for n in r.numbers)
    answer.send((elapsed, sum(r.written for r in results), sum(r.sent_to_review for r in results), fates,
                 resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def main() -> None:
    if sys.argv[1:] and not sys.argv[1].isdigit():
        sys.exit(__doc__)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    timings = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"{count} generated replies per format")
        for fmt in FORMATS:
            paths = _write(root / fmt, count, fmt)
            receive, send = multiprocessing.Pipe(duplex=False)
            worker = multiprocessing.Process(target=_ingest, args=(root / f"ws-{fmt}", paths, send))
            worker.start()
            elapsed, figures, review, fates, peak = receive.recv()
            worker.join()
            timings[fmt] = elapsed
            print(f"{fmt:5} {count / elapsed:7.1f} documents/s ({elapsed:6.1f} s; {figures} figures written, "
                  f"{review} sent to review; numbers: {fates['figure']} figures, {fates['review']} to review, "
                  f"{fates['not a figure']} not figures); peak memory {peak:.0f} MiB")
    print("time against plain text: " + ", ".join(f"{fmt} {timings[fmt] / timings['txt']:.2f}x" for fmt in FORMATS))


if __name__ == "__main__":
    main()
