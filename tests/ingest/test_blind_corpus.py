"""The blind corpus: replies in every format written the way forces publish them, by people
who had not seen the readers (tests/ingest/blind/README.md), read as a user would and scored
like the real corpus. The readers are tuned on the odd-numbered folders only; the
even-numbered ones are held out, so that this test says whether a change generalises.
"""

from __future__ import annotations

from pathlib import Path

from .corpus import read_corpus, reply_folders

BLIND = Path(__file__).resolve().parent / "blind"

# Floors under today's result (raised as the readers improve), so that a change that loses figures is noticed.
MIN_EXACT_TUNED = 0
MIN_EXACT_HELD_OUT = 0


def _half(parity: int) -> list[Path]:
    return [f for f in reply_folders(BLIND) if int(f.name.split("_")[0]) % 2 == parity]


def test_blind_replies_tuned_on(tmp_path, run_cli, capsys):
    run = read_corpus(_half(1), tmp_path, run_cli)
    with capsys.disabled():
        print("\nBlind replies the readers are tuned on (odd-numbered):\n" + run.table())
    assert run.total.wrong == 0, "figures read wrongly:\n" + "\n".join(run.problems)
    assert run.total.exact >= MIN_EXACT_TUNED


def test_blind_replies_held_out(tmp_path, run_cli, capsys):
    run = read_corpus(_half(0), tmp_path, run_cli)
    with capsys.disabled():
        print("\nBlind replies held out of tuning (even-numbered):\n" + run.table())
    assert run.total.wrong == 0, "figures read wrongly:\n" + "\n".join(run.problems)
    assert run.total.exact >= MIN_EXACT_HELD_OUT
