"""The store: idempotent re-ingest, revisions kept under as-of, all-or-nothing files, one writer."""

import multiprocessing
import time

import pytest

import duckdb

import foistats
from foistats.errors import InputError, WorkspaceBusy
from foistats.store import DB_NAME, MIGRATIONS, Store

from .conftest import SAMPLE_CSV

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
ROW = "r1,2020,online_child_sexual_offences,Gwent,2019/20,,{value},offences,exact,reported,\n"


def _snapshot(ws):
    """Every row of every table, in order: two equal snapshots mean an unchanged store."""
    tables = ["sources", "releases", "observations", "national_body_figures", "review_items", "meta"]
    return {t: ws.store.query(f"SELECT * FROM {t} ORDER BY ALL") for t in tables}


def test_reingest_is_a_noop_that_says_so(ws):
    first = ws.ingest(SAMPLE_CSV)
    before = _snapshot(ws)
    again = ws.ingest(SAMPLE_CSV)
    assert (first.written, first.already_present) == (42, False)
    assert again.already_present and again.written == 0
    assert "already in the store" in again.describe()
    assert _snapshot(ws) == before


def test_a_revision_supersedes_and_keeps_the_old_figure(ws, tmp_path):
    v1, v2 = tmp_path / "v1.csv", tmp_path / "v2.csv"
    v1.write_text(HEADER + ROW.format(value=128))
    v2.write_text(HEADER + ROW.format(value=129))
    ws.ingest(v1)
    first_at = ws.store.sources()[0].ingested_at
    time.sleep(0.01)
    result = ws.ingest(v2)
    assert result.superseded == 1
    assert [o.value for o in ws.observations()] == [129]
    assert [o.value for o in ws.observations(as_of=first_at)] == [128]
    assert ws.store.sources()[1].supersedes == (ws.store.sources()[0].id,)


def test_a_document_giving_one_observation_twice_writes_nothing(ws):
    ws.ingest(SAMPLE_CSV)
    before = _snapshot(ws)
    one = ws.store.query("SELECT id, location FROM observations ORDER BY id LIMIT 1")[0]
    again = "SELECT * EXCLUDE (valid_from, valid_to) REPLACE ($doc AS source_id) FROM observations WHERE id = $id"
    with pytest.raises(InputError, match=rf"doc.csv {one[1]}: figure {one[0]} would be written twice"):
        ws.store.write_source(source_id="d" * 64, file_name="doc.csv", kind="published", reader="test",
                              rows=lambda conn: (f"{again} UNION ALL {again}", {"id": one[0], "doc": "d" * 64}))
    assert _snapshot(ws) == before


def test_a_store_of_an_earlier_schema_keeps_its_figures(tmp_path):
    conn = duckdb.connect(str(tmp_path / DB_NAME))
    for script in MIGRATIONS[:3]:
        conn.execute(script)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '3')")
    conn.execute("INSERT INTO observations (id, source_id, revision_key, release, measure, area, period_start, "
                 "period_end, breakdown, value, unit, status, note, location, method, valid_from) VALUES ('obs-1', "
                 "'s', 'r', 'r', 'm', 'gwent', '2019-04-01', '2020-03-31', '', 7, 'offences', 'reported', '', "
                 "'line 2', 'csv', '2020-01-01')")
    conn.close()
    store = Store(tmp_path)
    store.create()
    assert store.query("SELECT id, value FROM observations") == [("obs-1", 7)]
    assert store.query("SELECT count(*) FROM national_body_figures") == [(0,)]
    assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [(str(len(MIGRATIONS)),)]


def test_a_bad_row_rejects_the_whole_file_and_writes_nothing(ws, tmp_path):
    ws.ingest(SAMPLE_CSV)
    before = _snapshot(ws)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + ROW.format(value=1) + ROW.replace("Gwent", "Gwnet").format(value=2))
    with pytest.raises(InputError, match=r"bad.csv line 3: 'Gwnet' is not a known police force.*gwent"):
        ws.ingest(bad)
    assert _snapshot(ws) == before


@pytest.mark.parametrize(
    "row, why",
    [
        ("r1,2020,m,Gwent,2019/21,,1,offences,exact,reported,", "the year after 2019 is 20"),
        ("r1,2020,m,Gwent,2019/20,,,offences,,reported,", "needs a value"),
        ("r1,2020,m,Gwent,2019/20,,5,offences,,not_held,", "carries no value"),
        ("r1,2020,m,Gwent,2019/20,,5,Offences,exact,reported,", "lowercase word"),
        ("r1,2020,m,Gwent,2019/20,,120,percent,rounded,reported,", "0 to 100"),
        ("r1,2020,m,Gwent,2019/20,colour=red,5,offences,exact,reported,", "not in the vocabulary"),
        ("r1,2020,m,Gwent,2019/20,,5,offences,exact,answered,", "status 'answered'"),
        ("r1,2020,m,Gwent,2019/20,,five,offences,exact,reported,", "not a number"),
        ("r1,2020,m,Gwent,2019/20,,5,offences,roughly,reported,", "qualifier 'roughly'"),
        ("r1,last year,m,Gwent,2019/20,,5,offences,exact,reported,", "published 'last year'"),
        ("r1,2020,m,Gwent,2019/20,,5,offences", "expected 11 fields"),
    ],
)
def test_each_kind_of_bad_row_names_its_line(ws, tmp_path, row, why):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + ROW.format(value=1) + row + "\n")
    with pytest.raises(InputError, match="line 3") as caught:
        ws.ingest(bad)
    assert why in str(caught.value)
    assert ws.observations() == []


def test_duplicate_figures_and_bad_headers_are_rejected(ws, tmp_path):
    dup = tmp_path / "dup.csv"
    dup.write_text(HEADER + ROW.format(value=1) + ROW.format(value=2))
    with pytest.raises(InputError, match="line 3: the same figure as line 2"):
        ws.ingest(dup)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="which force answered"):  # any other CSV is read as a reply
        ws.ingest(other)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(InputError, match="empty"):
        ws.ingest(empty)


def _hold_the_writer_lock(folder, ready, release):
    ws = foistats.open(folder)
    with ws.store.writing():
        ready.set()
        release.wait(20)


def _ingest_in_other_process(folder, path, results):
    try:
        foistats.open(folder).ingest(path)
        results.put("ok")
    except WorkspaceBusy as exc:
        results.put(f"busy: {exc}")


def test_a_second_writer_is_told_the_workspace_is_busy(ws):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_the_writer_lock, args=(str(ws.folder), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(WorkspaceBusy, match="workspace is busy"):
            ws.ingest(SAMPLE_CSV)
    finally:
        release.set()
        holder.join(30)
    assert ws.ingest(SAMPLE_CSV).written == 42


def test_two_concurrent_writers_leave_one_whole_import(ws, tmp_path):
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    writers = [ctx.Process(target=_ingest_in_other_process, args=(str(ws.folder), str(SAMPLE_CSV), results))
               for _ in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join(60)
    outcomes = sorted((results.get(timeout=5) for _ in writers), key=lambda o: o != "ok")
    assert outcomes[0] == "ok"  # at least one writer got through
    assert outcomes[1] == "ok" or outcomes[1].startswith("busy: workspace is busy")
    assert len(ws.observations()) == 42
    assert len(ws.store.sources()) == 1
