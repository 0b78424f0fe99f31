"""The real-corpus test: each reconstructed police reply in ../shared/fixtures/foi is
ingested as a user would (`foistats ingest reply.txt --authority …`) and its figures are
compared with the ones a careful person reads from it (expected.jsonl).

It prints, per document and overall, how many expected figures came out exact, were sent
to review, were wrong or were missed, and the account of the reply's numbers (every numeric
token a figure, a figure to review, or not a figure). Nothing may be wrong: a figure
foistats is not sure of must go to review, never silently into the data.
"""

from __future__ import annotations

from ..conftest import shared_path
from .corpus import read_corpus, reply_folders

# A floor under today's result (raised as the readers improve), so that a change that loses figures is noticed.
MIN_EXACT = 199


def test_real_replies(tmp_path, run_cli, capsys):
    run = read_corpus(reply_folders(shared_path("fixtures", "foi")), tmp_path, run_cli)
    with capsys.disabled():
        print("\nReal replies (../shared/fixtures/foi):\n" + run.table())
    assert run.total.wrong == 0, "figures read wrongly:\n" + "\n".join(run.problems)
    assert run.total.exact >= MIN_EXACT
