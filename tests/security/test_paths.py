"""Names from documents never lead a write outside its folder."""

from __future__ import annotations

import pytest

import foistats
from foistats.errors import FoistatsError
from foistats.model import Observation, SourceRef
from foistats.periods import parse_period
from foistats.paths import inside

from .conftest import one_line_error, store_digest

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"


@pytest.mark.parametrize("release", ["/tmp/x", "../../x", "a/b", "..", "x\\..\\y", "two words"])
def test_a_release_that_is_not_a_plain_name_is_refused_at_ingest(demo, tmp_path, run_cli, release):
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + "ok-1,2020,child_sexual_offences,Gwent,2019/20,,5,offences,,,\n"
                    f'"{release}",2020,child_sexual_offences,Gwent,2019/20,,7,offences,,,\n', encoding="utf-8")
    store = store_digest(demo)
    message = one_line_error(*run_cli("ingest", "-w", demo, path)[::2])
    assert "figures.csv line 3: release" in message and "not a plain name" in message
    assert store_digest(demo) == store


def test_a_reply_release_that_is_not_a_plain_name_is_refused(demo, run_cli):
    store = store_digest(demo)
    reply = next((demo / "replies").iterdir())
    message = one_line_error(*run_cli("ingest", "-w", demo, "--release", "../up", reply)[::2])
    assert "--release '../up' is not a plain name" in message
    assert store_digest(demo) == store


def test_stories_never_write_outside_out(demo, tmp_path, run_cli):
    # a store written before releases were checked: its release names a folder outside --out
    ws = foistats.open(demo)
    outside = tmp_path / "escaped"
    obs = Observation(measure="child_sexual_offences", area="gwent", period=parse_period("2019/20"), value=5,
                      unit="offences", release=f"../{outside.name}", source=SourceRef("d" * 64, "old.csv", "line 2"))
    ws.store.write_source(source_id="d" * 64, file_name="old.csv", kind="published", reader="published_csv",
                          observations=[obs], revision_keys=["published:old"])
    out = tmp_path / "out"
    code, _, err = run_cli("stories", "-w", demo, "--no-check", "--no-charts", "--format", "md", "--out", out)
    assert "not a plain name" in one_line_error(code, err)
    assert not outside.exists()


def test_inside_refuses_a_symbolic_link_out(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path)
    assert inside(tmp_path / "out", "a", suffix=".md") == tmp_path / "out" / "a.md"
    with pytest.raises(FoistatsError, match="leads outside"):
        inside(tmp_path / "out", "link", "a")


@pytest.mark.parametrize("area", ["../../x", "/tmp/x", "gwent/../x"])
def test_an_area_that_is_not_a_plain_name_is_refused_at_ingest(demo, tmp_path, run_cli, area):
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + "ok-1,2020,child_sexual_offences,Gwent,2019/20,,5,offences,,,\n"
                    f'ok-1,2020,child_sexual_offences,"{area}",2020/21,,7,offences,,,\n', encoding="utf-8")
    store = store_digest(demo)
    assert "figures.csv line 3" in one_line_error(*run_cli("ingest", "-w", demo, path)[::2])
    assert store_digest(demo) == store
