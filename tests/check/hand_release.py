"""A small hand-made release for the checker's tests: sexual offences against children,
force by financial year, as a published-figures CSV ingested into a fresh workspace."""

from __future__ import annotations

from pathlib import Path

import foistats


def hand_release(folder: Path, rows: dict[str, list[int | None]], years: list[str]):
    """A workspace holding ``rows`` (force → its figure each year of ``years``; None: none given)."""
    lines = ["release,published,measure,area,period,breakdown,value,unit,qualifier,status,note"]
    for area, values in rows.items():
        for year, value in zip(years, values):
            if value is not None:
                lines.append(f"test,2020-06-01,child_sexual_offences,{area},{year},,{value},offences,exact,reported,")
    data = folder / "data.csv"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ws = foistats.init(folder / "ws")
    ws.ingest(data)
    return ws
