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


def test_the_demo_files_each_reply_under_the_request_it_answers(tmp_path):
    """campaign.toml asked the Welsh forces for online_child_sexual_offences in release
    nspcc-online-2019: a reply's "cyber-flagged" figure joins that release under that
    measure, beside the figure the NSPCC published from it."""
    ws, _ = foistats.workspace.demo(tmp_path / "demo")
    from_replies = [o for o in ws.observations() if o.source and o.source.method != "request_log"
                    and not o.source.file_name.endswith(".csv")]
    assert sorted((o.area, o.value) for o in from_replies) == [("gwent", 229), ("north-wales", 133), ("south-wales", 214)]
    assert {(o.release, o.measure, o.period.label, str(o.breakdown)) for o in from_replies} == {
        ("nspcc-online-2019", "online_child_sexual_offences", "2018/19", "")}
    states = {s.authority.id: s.documents for s in ws.requests.status(as_of="2019-12-31")}
    assert states["gwent"] == ("gwent.html",) and states["dyfed-powys"] == ()
