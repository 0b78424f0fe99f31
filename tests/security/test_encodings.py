"""Text in any encoding a spreadsheet or editor saves is read as text, never refused as
an unknown binary format or taken for something else."""

from __future__ import annotations

import pytest

import foistats

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "cp1252"])
def test_published_figures_are_read_whatever_their_encoding(demo, tmp_path, encoding):
    path = tmp_path / "figures.csv"
    bom = "\ufeff" if encoding == "utf-16-be" else ""
    path.write_bytes((bom + HEADER + "enc-1,2020,child_sexual_offences,Gwent,2019/20,,12,offences,,,Gwent’s – as printed\n")
                     .encode(encoding))
    ws = foistats.open(demo)
    assert ws.ingest(path).written == 1
    [obs] = ws.observations(release="enc-1")
    assert (obs.value, obs.note) == (12, "Gwent’s – as printed")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_reply_is_read_into_a_campaign(demo, tmp_path, encoding):
    path = tmp_path / "gwent.txt"
    path.write_bytes("\ufeffGwent Police\nResponse\n2019/20 – 12\n2020/21 – 14\n".encode(encoding))
    ws = foistats.open(demo)
    result = ws.ingest(path, release="enc-reply")
    assert result.written == 2
    assert {(o.period.label, o.value) for o in ws.observations(release="enc-reply")} == {("2019/20", 12), ("2020/21", 14)}

