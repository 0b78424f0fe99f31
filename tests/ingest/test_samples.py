"""The bundled illustrative replies (data/sample/replies) read back to the figures the
NSPCC published for the same forces and year (data/sample/published_figures.csv)."""

from __future__ import annotations

import csv
from importlib import resources

import foistats
from foistats.ingest.readers import read_document


def test_sample_replies_match_the_published_welsh_figures(tmp_path):
    sample = resources.files("foistats.data").joinpath("sample")
    published = {(row["area"], row["period"]): int(row["value"])
                 for row in csv.DictReader(sample.joinpath("published_figures.csv").read_text().splitlines())
                 if row["measure"] == "online_child_sexual_offences" and row["value"]}
    ws = foistats.init(tmp_path / "ws")
    replies = sorted(sample.joinpath("replies").iterdir(), key=lambda p: p.name)
    assert {p.name.rsplit(".", 1)[1] for p in replies} == {"html", "xlsx", "pdf", "docx"}
    for reply in replies:
        assert "ILLUSTRATIVE SAMPLE" in read_document(reply.read_bytes(), reply.name).text()
        path = tmp_path / reply.name
        path.write_bytes(reply.read_bytes())
        ws.ingest(path, release="sample-replies")
    read = {(o.area, o.period.label): o.value for o in ws.observations()}
    assert read == {key: value for key, value in published.items() if key in read}
    assert set(read) == {("gwent", "2018/19"), ("south-wales", "2018/19"), ("north-wales", "2018/19")}
    assert ws.review_items() == []
    assert all(o.breakdown == {"online_flag": "true"} for o in ws.observations())
