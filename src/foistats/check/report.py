"""Reports: verdicts as a table, JSON rows, or the article as HTML with each claim
highlighted by verdict (computed value and reason on hover and in a side list)."""

from __future__ import annotations

import html
import json
from collections import Counter


from .verdict import CANNOT_DECIDE, CONTRADICTED, SUPPORTED, VERDICTS, Verdict

COLOURS = {SUPPORTED: "green", CONTRADICTED: "red", CANNOT_DECIDE: "yellow"}
_HTML_COLOURS = {SUPPORTED: "#c8f0c8", CONTRADICTED: "#f8c0c0", CANNOT_DECIDE: "#fbeaa0"}


def summary(verdicts: list[Verdict]) -> str:
    """'12 claims: 5 supported, 1 contradicted, 6 cannot decide'."""
    counts = Counter(v.verdict for v in verdicts)
    parts = ", ".join(f"{counts[v]} {v.replace('_', ' ')}" for v in VERDICTS)
    return f"{len(verdicts)} claim{'s' if len(verdicts) != 1 else ''}: {parts}"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def to_json(verdicts: list[Verdict]) -> str:
    return json.dumps([v.to_json() for v in verdicts], ensure_ascii=False, indent=2)


def to_html(text: str, verdicts: list[Verdict], *, title: str = "foistats check") -> str:
    """A standalone page: the article with its claims marked, and the list of verdicts."""
    pieces, at = [], 0
    for i, v in enumerate(sorted(verdicts, key=lambda v: v.claim.start), start=1):
        start, end = v.claim.start, v.claim.end
        if start < at:
            continue
        tip = f"{v.verdict.replace('_', ' ')}" + (f" (computed {_number(v.computed)})" if v.computed is not None else "") \
            + f"; read as: {v.claim.reading()}; {v.reason}"
        pieces.append(html.escape(text[at:start]))
        pieces.append(f'<mark id="c{i}" class="{v.verdict}" title="{html.escape(tip, quote=True)}">'
                      f"{html.escape(text[start:end])}<sup>{i}</sup></mark>")
        at = end
    pieces.append(html.escape(text[at:]))
    items = "\n".join(
        f'<li class="{v.verdict}"><a href="#c{i}">{html.escape(v.text)}</a> — <b>{v.verdict.replace("_", " ")}</b>'
        + (f" (computed {_number(v.computed)})" if v.computed is not None else "")
        + f"<br><small>read as: {html.escape(v.claim.reading())}</small>"
        + f"<br><small>{html.escape(v.reason)}</small></li>"
        for i, v in enumerate(sorted(verdicts, key=lambda v: v.claim.start), start=1))
    styles = "\n".join(f".{k} {{ background: {c}; }}" for k, c in _HTML_COLOURS.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: Georgia, serif; display: flex; gap: 2em; margin: 2em; }}
article {{ flex: 3; white-space: pre-wrap; line-height: 1.5; }}
aside {{ flex: 2; font-family: sans-serif; font-size: 90%; }}
aside li {{ margin-bottom: .6em; padding: .2em; list-style: none; }}
mark sup {{ font-size: 60%; }}
{styles}
</style></head>
<body><article>{''.join(pieces)}</article>
<aside><h2>{html.escape(summary(verdicts))}</h2><ol>
{items}
</ol></aside></body></html>
"""
