"""Benchmark: documents and figures per second ingesting 1,000 generated police replies
of mixed formats (text, HTML, CSV, XLSX, PDF, DOCX), with peak memory.

The baseline it is compared with, in the same run: the same 1,000 replies written as
plain text, the cheapest format to read, so the difference is what the richer formats
cost. Generation is not timed.

    .venv/bin/python bench/ingest.py [COUNT]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import foistats  # noqa: E402
from ingest.replies import FORMATS, make_reply, render  # noqa: E402

FORCES = ["Gwent Police", "South Wales Police", "North Wales Police", "Dyfed-Powys Police", "Cheshire Constabulary",
          "Essex Police", "Kent Police", "Merseyside Police"]


def _write(folder: Path, count: int, formats: tuple[str, ...]) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        fmt = formats[n % len(formats)]
        reply = make_reply(n, force=FORCES[n % len(FORCES)])
        path = folder / f"reply-{n:04d}.{fmt}"
        path.write_bytes(render(reply, fmt))
        paths.append(path)
    return paths


def _ingest(workspace: Path, paths: list[Path]) -> tuple[float, int, int]:
    ws = foistats.init(workspace)
    started = time.perf_counter()
    results = [ws.ingest(path, release="bench") for path in paths]
    elapsed = time.perf_counter() - started
    return elapsed, sum(r.written for r in results), sum(r.sent_to_review for r in results)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        mixed = _write(root / "mixed", count, FORMATS)
        plain = _write(root / "plain", count, ("txt",))
        results = {}
        for name, paths in (("mixed formats", mixed), ("baseline: plain text", plain)):
            elapsed, figures, review = _ingest(root / f"ws-{name[:5]}", paths)
            results[name] = elapsed
            print(f"{name:22} {count} documents in {elapsed:6.1f} s: {count / elapsed:6.1f} documents/s, "
                  f"{figures / elapsed:7.1f} figures/s ({figures} figures written, {review} sent to review)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mixed formats take {results['mixed formats'] / results['baseline: plain text']:.2f}x the baseline's time; "
          f"peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
