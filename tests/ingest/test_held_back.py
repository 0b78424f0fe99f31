"""The held-back replies (tests/ingest/held_back/README.md): replies nobody tuning the readers
has opened. CI reads each as a user would, to check that it is read without error and that every
number in it is accounted for (see ``read_corpus``); the score is printed for the record and
asserted nowhere, since a floor would invite tuning on them."""

from __future__ import annotations

from pathlib import Path

from .corpus import read_corpus, reply_folders

HELD_BACK = Path(__file__).resolve().parent / "held_back"


def test_held_back_replies_are_read_and_every_number_accounted_for(tmp_path, run_cli, capsys):
    folders = reply_folders(HELD_BACK)
    assert folders, f"no held-back replies in {HELD_BACK}"
    run = read_corpus(folders, tmp_path, run_cli)  # asserts, reply by reply, no error and no number unaccounted for
    with capsys.disabled():
        print(f"\nHeld-back replies: {run.total.exact} of {run.expected} exact, {run.total.wrong} wrong "
              f"(not asserted; see held_back/README.md)")
