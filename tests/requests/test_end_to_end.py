"""No answer → ``no_response`` → caveat → story sentence, with nothing typed by hand: a
workspace holding only the sample campaign, its request log and the three replies that
came (no published figures) says in its Welsh story that Dyfed-Powys Police did not
respond, and traces the sentence to the total whose caveat the log made."""

from __future__ import annotations

from importlib import resources

import foistats


def test_a_request_never_answered_becomes_a_sentence_of_the_story(tmp_path):
    ws = foistats.init(tmp_path / "ws")
    ws.requests.install_sample()
    for reply in resources.files("foistats.data").joinpath("sample").joinpath("replies").iterdir():
        path = ws.folder / "replies" / reply.name
        path.write_bytes(reply.read_bytes())
        ws.ingest(path)
    # the replies' figures, and the request log's line for the force that never answered
    assert {o.source.file_name for o in ws.observations()} == {"gwent.html", "north-wales.pdf", "south-wales.xlsx",
                                                               "requests.log.jsonl"}

    gaps = [g for g in ws.request_gaps() if g.period.label == "2018/19"]
    assert [(g.area, g.status.value, g.source.file_name) for g in gaps] == [
        ("dyfed-powys", "no_response", "requests.log.jsonl")]

    [total] = ws.facts(kind="total", area="wales", period="2018/19")
    assert total.value == 229 + 214 + 133  # the three replies
    assert total.caveat("missing_areas").text == "Dyfed-Powys Police did not respond"

    result = ws.stories(release="nspcc-online-2019", area="wales", format="md", out=tmp_path / "out", charts=False)
    [story] = [s for s in result.stories if s.area == "wales"]
    [said] = [s for s in story.sentences if "Dyfed-Powys Police did not respond" in s.text]
    assert "the true Welsh total will be higher" in said.text
    assert total.id in said.facts
    assert "Dyfed-Powys Police did not respond" in (tmp_path / "out" / "nspcc-online-2019" / "wales.md").read_text()
