"""One value, one folder or one damaged file never breaks the workspace: each is a one-line
error, and a command that fails leaves the store as it was."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shlex
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

import foistats
from foistats.store import BACKUP_FOLDER, BACKUPS, DB_NAME, LOCK_NAME, WAIT_VAR

from .conftest import one_line_error, store_digest

HEADER = "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"


@pytest.mark.parametrize("values", [["1e300"], ["9e18", "9e18"], ["1000000001"], ["inf"]])
def test_a_value_beyond_what_the_store_holds_is_refused_with_its_line(demo, tmp_path, run_cli, values):
    path = tmp_path / "huge.csv"
    path.write_text(HEADER + "".join(f"huge,2021,child_sexual_offences,{area},2020/21,,{v},offences,,,\n"
                                     for area, v in zip(["Gwent", "Dyfed Powys"], values)), encoding="utf-8")
    store = store_digest(demo)
    message = one_line_error(*run_cli("ingest", "-w", demo, path)[::2])
    assert re.search(r"huge\.csv line 2: value .* (beyond|not a finite|outside the range)", message), message
    assert store_digest(demo) == store
    for command in (["facts"], ["observations"], ["stories", "--no-charts", "--out", tmp_path / "out"]):
        code, _, err = run_cli(*command, "-w", demo)
        assert code == 0, err


def test_the_largest_value_is_stored_and_summed(demo, tmp_path, run_cli):
    path = tmp_path / "large.csv"
    path.write_text(HEADER + "".join(f"large,2021,child_sexual_offences,{area},2020/21,,1000000000,offences,,,\n"
                                     for area in ["Gwent", "Dyfed Powys", "North Wales", "South Wales"]),
                    encoding="utf-8")
    assert run_cli("ingest", "-w", demo, path)[0] == 0
    totals = foistats.open(demo).facts(release="large", area="wales", kind="total")
    assert [f.value for f in totals] == [4_000_000_000]


@pytest.fixture
def read_only(demo, monkeypatch):
    """The workspace folder made read-only: by its mode, or (for root, whom modes do not
    stop) as an immutable folder; where neither can be had, the operating system's refusal
    is made at every write into the folder, so the tests always run."""
    if os.geteuid() != 0:
        demo.chmod(0o555)
        yield demo
        demo.chmod(0o755)
        return
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(demo)], capture_output=True).returncode == 0:
        try:
            yield demo
        finally:
            subprocess.run(["chattr", "-i", str(demo)], check=True)
        return
    _refuse_writes_under(demo, monkeypatch)
    yield demo


def _refuse_writes_under(folder: Path, monkeypatch) -> None:
    """What the operating system does for a read-only folder, where it cannot be asked to:
    every file or folder opened for writing or made inside ``folder`` is refused."""
    import builtins
    import io

    inside = str(folder.resolve())

    def under(path) -> bool:
        return os.path.abspath(os.fspath(path)).startswith(inside)

    def refuse(path):
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))

    real_os_open, real_mkdir, real_open = os.open, os.mkdir, io.open

    def os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and under(path):
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    def mkdir(path, *args, **kwargs):
        if under(path):
            refuse(path)
        return real_mkdir(path, *args, **kwargs)

    def open_(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and set(mode) & set("wax+") and under(file):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(builtins, "open", open_)


def test_a_read_only_workspace_is_a_one_line_error(read_only, tmp_path, run_cli):
    store = store_digest(read_only)
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + "new,2021,child_sexual_offences,Gwent,2020/21,,5,offences,,,\n", encoding="utf-8")
    message = one_line_error(*run_cli("ingest", "-w", read_only, path)[::2])
    assert "cannot write in the workspace folder" in message
    assert store_digest(read_only) == store
    code, out, err = run_cli("observations", "-w", read_only)
    assert code == 0 and "figures" in out, err


def _damage(folder) -> None:
    with open(folder / DB_NAME, "r+b") as f:
        f.seek(8192)
        f.write(b"\xff" * 4096)


def test_a_damaged_store_says_so_and_how_to_restore(demo, tmp_path, run_cli):
    good = (demo / DB_NAME).read_bytes()
    ws = foistats.open(demo)
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + "new,2021,child_sexual_offences,Gwent,2020/21,,5,offences,,,\n", encoding="utf-8")
    ws.ingest(path)  # the store before this write is the newest backup
    assert (demo / BACKUP_FOLDER / f"{DB_NAME}.1").read_bytes() == good
    _damage(demo)
    store = store_digest(demo)
    path.write_text(HEADER + "newer,2021,child_sexual_offences,Gwent,2020/21,,6,offences,,,\n", encoding="utf-8")
    for command in (["observations"], ["facts"], ["ingest", path], ["stories", "--out", tmp_path / "out"]):
        message = one_line_error(*run_cli(*command, "-w", demo)[::2])
        assert "the store is damaged" in message and "restore the newest backup" in message
        assert store_digest(demo) == store
    # the failed writes kept the good backup newest, and the message's command restores it
    assert (demo / BACKUP_FOLDER / f"{DB_NAME}.1").read_bytes() == good
    cp = re.search(r"`(cp [^`]+)`", message).group(1)
    subprocess.run(shlex.split(cp), check=True)
    code, out, err = run_cli("observations", "-w", demo, "--format", "json")
    assert code == 0 and (demo / DB_NAME).read_bytes() == good, err


def test_backups_rotate_and_an_unchanged_store_is_not_copied_again(ws, tmp_path):
    backups = ws.folder / BACKUP_FOLDER
    before = []
    for i in range(BACKUPS + 2):
        path = tmp_path / f"f{i}.csv"
        path.write_text(HEADER + f"r{i},2021,child_sexual_offences,Gwent,2020/21,,{i},offences,,,\n", encoding="utf-8")
        before.append((ws.folder / DB_NAME).read_bytes())
        ws.ingest(path)
        ws.ingest(path)  # already in the store: nothing changes, nothing is copied
    assert sorted(p.name for p in backups.iterdir()) == [f"{DB_NAME}.{i}" for i in range(1, BACKUPS + 1)]
    assert [(backups / f"{DB_NAME}.{i}").read_bytes() for i in range(1, BACKUPS + 1)] == before[::-1][:BACKUPS]


def test_a_bad_file_while_the_workspace_is_busy_reports_its_own_error(demo, tmp_path, run_cli, monkeypatch):
    monkeypatch.setenv(WAIT_VAR, "0")  # --wait sets it for the command; this puts it back after
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a spreadsheet\x00\x01")
    with open(demo / LOCK_NAME, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another command is writing
        message = one_line_error(*run_cli("ingest", "-w", demo, bad)[::2])
        assert message.startswith("error: bad.xlsx:") and "not listed under `foistats failures`" in message
        assert "--wait SECONDS" in message
        threading.Timer(0.3, fcntl.flock, (lock, fcntl.LOCK_UN)).start()  # …and finishes soon
        message = one_line_error(*run_cli("--wait", "10", "ingest", "-w", demo, bad)[::2])
        assert message.startswith("error: bad.xlsx:") and "failures" not in message
    assert [f["file_name"] for f in foistats.open(demo).failures()] == ["bad.xlsx"]


def test_stories_into_a_read_only_workspace_say_where_to_write_instead(read_only, tmp_path, run_cli):
    message = one_line_error(*run_cli("stories", "-w", read_only, "--no-charts", "--no-check")[::2])
    assert "cannot write the stories there" in message and "--out" in message
    code, _, err = run_cli("stories", "-w", read_only, "--no-charts", "--no-check", "--out", tmp_path / "out")
    assert code == 0, err


def test_init_where_nothing_can_be_written_is_a_one_line_error(read_only, run_cli):
    assert "cannot make a workspace here" in one_line_error(*run_cli("init", read_only / "new")[::2])


def test_one_figure_given_twice_with_different_values_breaks_nothing(demo, tmp_path, run_cli):
    path = tmp_path / "gwent.txt"
    path.write_text("Gwent Police\nResponse\n2019/20 - 5\n2020/21 - 9\nCorrected:\n2019/20 - 700\n")
    ws = foistats.open(demo)
    ws.ingest(path, release="twice")
    assert [(o.period.label, o.value) for o in ws.observations(release="twice")] == [("2020/21", 9)]
    held = [r for r in ws.review_items() if r.file_name == "gwent.txt"]
    assert sorted(r.guess["value"] for r in held) == [5, 700]
    for command in (["facts"], ["stories", "--out", tmp_path / "out"]):
        code, _, err = run_cli(*command, "-w", demo)
        assert code == 0, err


def test_one_command_of_many_files_backs_the_store_up_once_and_a_failed_file_in_it_loses_nothing(ws, tmp_path, run_cli):
    backups = ws.folder / BACKUP_FOLDER
    first = tmp_path / "first.csv"
    first.write_text(HEADER + "r0,2021,child_sexual_offences,Gwent,2020/21,,7,offences,,,\n", encoding="utf-8")
    ws.ingest(first)
    before = (ws.folder / DB_NAME).read_bytes()
    paths = []
    for i in range(1, 4):
        paths.append(tmp_path / f"f{i}.csv")
        paths[-1].write_text(HEADER + f"r{i},2021,child_sexual_offences,Gwent,2020/21,,{i},offences,,,\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "rb,2021,child_sexual_offences,Gwent,2020/21,,1e300,offences,,,\n", encoding="utf-8")
    code, _, err = run_cli("ingest", "-w", ws.folder, paths[0], bad, paths[1], paths[2])
    assert code == 1 and "bad.csv" in err  # the bad file is named; the others went in
    assert (backups / f"{DB_NAME}.1").read_bytes() == before  # the store as it was before the command
    assert not (backups / f"{DB_NAME}.2").exists() or (backups / f"{DB_NAME}.2").read_bytes() != before
    assert {o.release for o in ws.observations()} == {"r0", "r1", "r2", "r3"}
