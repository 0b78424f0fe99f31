"""Write the demo's sample replies (src/foistats/data/sample/replies/): illustrative
replies from the Welsh forces in HTML, XLSX, PDF and DOCX, whose figures are the
ones the NSPCC releases published (data/sample/published_figures.csv); the wording is
invented for the demo.

    .venv/bin/python tests/ingest/make_samples.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ingest.replies import Reply, render  # noqa: E402

TARGET = HERE.parent.parent / "src" / "foistats" / "data" / "sample" / "replies"
NOTE = ("ILLUSTRATIVE SAMPLE written for the foistats demo: the figures are those the NSPCC published; "
        "the wording of this reply is invented.")
ONLINE = "How many sexual offences against children recorded in 2018/19 carried a cyber flag?"

# The 2019 request about online offences (the demo campaign, data/sample/campaign): three
# forces answered, North Wales with its letter as DOCX and the table again as PDF;
# Dyfed-Powys did not respond.
SAMPLES = [
    ("gwent.html", "Gwent Police", 229),
    ("south-wales.xlsx", "South Wales Police", 214),
    ("north-wales.docx", "North Wales Police", 133),
    ("north-wales.pdf", "North Wales Police", 133),
]


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, force, value in SAMPLES:
        reply = Reply(force, f"FOI 2019 sample ({force})", "years_as_rows", [], ONLINE,
                      header=["Financial year", "Number of offences"], rows=[["2018/19", f"{value:,}"]], lines=[NOTE])
        (TARGET / name).write_bytes(render(reply, name.rsplit(".", 1)[1]))
        print("wrote", TARGET / name)


if __name__ == "__main__":
    main()
