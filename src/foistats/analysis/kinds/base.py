"""What every kind of Fact shares: its name, the kinds whose Facts or tables it reads
(``reads``, from which :mod:`foistats.analysis.engine` builds its lanes), and the writing
of its Facts into the frame."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import duckdb

from ..frame import FACT_COLUMNS, insert_rows


class FactKind:
    """One kind of Fact. Subclasses say what they compute in their docstring."""

    kind: str = ""
    # the kinds whose Facts, or whose tables in the lane, this kind reads: they run before
    # it, in its lane
    reads: tuple[str, ...] = ()

    def validate(self, con: duckdb.DuckDBPyConnection) -> None:
        """Record in ``why_not`` the subjects this kind will not compute, and why."""

    def run(self, con: duckdb.DuckDBPyConnection) -> None:
        """Add this kind's Facts to ``facts``."""
        raise NotImplementedError

    @staticmethod
    def insert(con: duckdb.DuckDBPyConnection, select_sql: str, params: Sequence[object] = ()) -> None:
        """Add the rows of a SELECT giving every fact column but ``id``, plus ``key``:
        the id is made from the kind and the key, so it is stable across runs."""
        columns = ", ".join(c for c in FACT_COLUMNS if c != "id")
        part = _new_part(con)
        con.execute(
            f"INSERT INTO {part} SELECT concat('fact-', left(md5(concat(kind, '|', key)), 12)) AS id, {columns} "
            f"FROM ({select_sql})",
            list(params),
        )

    @staticmethod
    def insert_rows(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
        """Add Facts made in Python, as tuples of every fact column."""
        if rows:
            insert_rows(con, _new_part(con), rows)


_PARTS_LOCK = threading.Lock()


def _new_part(con: duckdb.DuckDBPyConnection) -> str:
    """A new, empty table of Facts, added to the ``facts`` view.

    Each batch of Facts gets a table of its own: appending to one ever-growing table
    costs several times more in DuckDB than filling a fresh one. The lanes add tables
    side by side, so one at a time."""
    with _PARTS_LOCK:
        parts = [name for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'fact\\_part\\_%' ESCAPE '\\' "
            "ORDER BY len(table_name), table_name").fetchall()]
        part = f"fact_part_{len(parts)}"
        con.execute(f"CREATE TABLE {part} AS FROM fact_part_0 LIMIT 0")
        con.execute("CREATE OR REPLACE VIEW facts AS " + " UNION ALL ".join(f"FROM {p}" for p in [*parts, part]))
        return part
