"""The byte-identical check for a change that should change nothing: dump every Fact, every
reason a Fact was not made, every story and every check verdict of the demo workspace, the
shared articles (with their data and on their own figures) and the benchmarks' synthetic
workspaces, into a folder of plain files.

Run it before a refactoring and after, then compare the two folders:

    python bench/snapshot.py /tmp/before      # on the untouched code (no folder: the digest only)
    python bench/snapshot.py /tmp/after       # on the changed code
    diff -r /tmp/before /tmp/after            # nothing printed: behaviour unchanged

The last line printed is one digest of the whole dump. Charts and DOCX are left out: PNG and
DOCX files carry their renderer's metadata, and the sentences they hold are in the .md.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

import check as check_bench
import facts as facts_bench
import stories as stories_bench

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "fixtures" / "articles"
TEXT_SUFFIXES = (".md", ".html", ".json")


def _dump(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n",
                    encoding="utf-8")


def _workspace(ws, into: Path, *, stories: bool = True) -> None:
    """A workspace's Facts, reasons for Facts not made, observations, review items and
    stories (text only, every sentence checked), with each story's own check verdicts."""
    _dump(into / "facts.json", ws.facts().to_json())
    _dump(into / "why_not.json", [repr(n) for n in ws.why_not()])
    _dump(into / "observations.json", ws.observations().to_json())
    _dump(into / "review.json", [r.to_json() for r in ws.review_items(None)])
    if not stories:
        return
    with tempfile.TemporaryDirectory() as tmp:
        result = ws.stories(out=Path(tmp), charts=False, check=True)
        _dump(into / "stories.json", {"refused": [[r.release, r.area, r.reason] for r in result.refused],
                                      "written": [[w.release, w.area, w.headline, list(w.angles)]
                                                  for w in result.written]})
        for file in sorted(Path(tmp).rglob("*")):
            if file.is_file() and file.suffix in TEXT_SUFFIXES:
                target = into / "stories" / file.relative_to(tmp)
                target.parent.mkdir(parents=True, exist_ok=True)
                # stories.json names the folder written into: a temporary one, different each run
                target.write_bytes(file.read_bytes().replace(tmp.encode(), b"<out>"))
                if file.suffix == ".md":
                    _dump(target.with_suffix(".verdicts.json"), [v.to_json() for v in ws.check(file)])


def main(out: Path) -> None:
    import foistats
    from foistats.check import check_text

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ws, _ = foistats.demo(tmp / "demo")
        _workspace(ws, out / "demo")

        if ARTICLES.exists():
            for folder in sorted(p for p in ARTICLES.iterdir() if p.is_dir()):
                text = (folder / "article.txt").read_text(encoding="utf-8")
                ws = foistats.init(tmp / "articles" / folder.name)
                data = folder / "data.csv"
                if len(data.read_text(encoding="utf-8").strip().splitlines()) > 1:
                    ws.ingest(data)
                _dump(out / "articles" / f"{folder.name}.json",
                      {"with_data": [v.to_json() for v in check_text(text, ws.fact_set(), ws.releases())],
                       "self": [v.to_json() for v in check_text(text, None, self_only=True)]})

        stories_bench.build(tmp / "bench-stories")
        _workspace(foistats.open(tmp / "bench-stories"), out / "bench-stories")

        _, totals = check_bench.build(tmp / "bench-check")
        ws = foistats.open(tmp / "bench-check")
        _workspace(ws, out / "bench-check", stories=False)
        _dump(out / "bench-check" / "article.json",
              [v.to_json() for v in check_text(check_bench.article(totals), ws.fact_set(), ws.releases())])

    digest = hashlib.sha256()
    for file in sorted(out.rglob("*")):
        if file.is_file():
            digest.update(str(file.relative_to(out)).encode() + b"\0" + file.read_bytes())
    files = sum(1 for f in out.rglob("*") if f.is_file())
    print(f"{files} files; sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    if len(sys.argv) > 2 or sys.argv[1:] and sys.argv[1].startswith("-"):  # --help, or a typo for a folder
        sys.exit(__doc__ + "\nusage: python bench/snapshot.py [OUT_FOLDER]  (default: a temporary folder, digest only)")
    if len(sys.argv) == 2:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            main(Path(folder))
