"""The store: one DuckDB file per workspace, holding sources, observations and the review queue.

Rules it keeps:

- **One source, one transaction.** All of a document's observations are written, or none.
- **Idempotent.** A document already in the store (same content hash) is not written again.
- **Nothing is lost.** A changed document for the same release (and, for replies, the same
  authority) is a *revision*: its figures supersede the old ones, which stay queryable with
  ``as_of``. Each observation row has ``valid_from`` and ``valid_to`` (NULL while current).
- **One writer.** Writers take an exclusive lock on ``.foistats.lock`` beside the database; a
  second writer is told the workspace is busy (or waits ``busy_timeout`` seconds:
  ``--wait``, ``$FOISTATS_WAIT``). DuckDB's write-ahead log makes each transaction atomic,
  so a crash leaves the last committed state.
- **Backups.** Before a writer changes the store, the store as it stood is copied into
  ``.foistats-backups/`` (the newest ``foistats.duckdb.1``, then ``.2``, ``.3``); a store
  that did not change since its newest copy is not copied again. A damaged store is an
  error that says so and names the copy to restore.
- **Values it can sum.** Every value is at most 10^9 in size (a count is a whole number
  from 0 to 10^9): a figure beyond that is refused at write time, naming its document and
  place, so no sum over the workspace overflows.
- **No area that is not one.** Figures of national reporting bodies (Action Fraud, CIFAS,
  UK Finance), which are not areas, are kept in ``national_body_figures``, apart from the
  observations, written and revised with their document.
- **Schema versions.** ``meta.schema_version`` records which of ``MIGRATIONS`` have run;
  opening a store for writing runs the rest, in order, in one transaction.
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb

from ..errors import InputError, WorkspaceBusy, WorkspaceError
from ..model import LARGEST_VALUE, Breakdown, Observation, Qualifier, SourceRef, Status
from ..periods import Period

DB_NAME = "foistats.duckdb"
LOCK_NAME = ".foistats.lock"
BACKUP_FOLDER = ".foistats-backups"
BACKUPS = 3
WAIT_VAR = "FOISTATS_WAIT"
WRITER_MEMORY = "256MB"
# what DuckDB says when a file's blocks are not what it wrote
_DAMAGE = ("corrupt", "checksum", "not a valid duckdb", "deserializ", "serialization error")

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
    CREATE TABLE sources (
        id VARCHAR PRIMARY KEY,          -- sha256 of the document's bytes
        file_name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,           -- published | reply
        reader VARCHAR NOT NULL,
        authority VARCHAR,
        received DATE,
        ingested_at TIMESTAMP NOT NULL,
        observations INTEGER NOT NULL,
        supersedes VARCHAR[]             -- sources whose figures this one revised
    );
    CREATE TABLE releases (name VARCHAR PRIMARY KEY, published VARCHAR);
    CREATE TABLE observations (
        id VARCHAR NOT NULL,
        source_id VARCHAR NOT NULL,
        revision_key VARCHAR NOT NULL,   -- what a later document revises: release (+ authority)
        release VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        area VARCHAR NOT NULL,
        period_start DATE NOT NULL,
        period_end DATE NOT NULL,
        base_start DATE,
        base_end DATE,
        breakdown VARCHAR NOT NULL,      -- key=value;key=value, sorted; '' is the total
        value DOUBLE,
        lower DOUBLE,
        upper DOUBLE,
        unit VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        qualifier VARCHAR,
        note VARCHAR NOT NULL,
        location VARCHAR NOT NULL,
        method VARCHAR NOT NULL,
        valid_from TIMESTAMP NOT NULL,
        valid_to TIMESTAMP,
        PRIMARY KEY (id, valid_from)
    );
    CREATE TABLE review_items (
        id VARCHAR PRIMARY KEY,
        source_id VARCHAR NOT NULL,
        location VARCHAR NOT NULL,
        context VARCHAR NOT NULL,
        guess JSON,
        reason VARCHAR NOT NULL,
        state VARCHAR NOT NULL DEFAULT 'open',   -- open | accepted | edited | rejected
        decided_by VARCHAR,
        decided_at TIMESTAMP,
        decision JSON,
        created_at TIMESTAMP NOT NULL
    );
    """,
    # 2: replies — each figure's cell or line in its context, and documents that failed to read
    """
    CREATE TABLE cell_contexts (
        source_id VARCHAR NOT NULL,
        location VARCHAR NOT NULL,
        context VARCHAR NOT NULL,
        PRIMARY KEY (source_id, location)
    );
    CREATE TABLE ingest_failures (
        file_name VARCHAR NOT NULL,
        document VARCHAR,                -- sha256 of the bytes, when they could be read
        reason VARCHAR NOT NULL,
        failed_at TIMESTAMP NOT NULL
    );
    """,
    # 3: every review decision kept in order (an item's row holds only its latest)
    """
    CREATE TABLE review_decisions (
        review_id VARCHAR NOT NULL,
        state VARCHAR NOT NULL,          -- accepted | edited | rejected
        decided_by VARCHAR NOT NULL,
        decided_at TIMESTAMP NOT NULL,
        changes JSON,
        observation VARCHAR              -- the figure the decision wrote, if any
    );
    INSERT INTO review_decisions
    SELECT id, state, decided_by, decided_at, json_extract(decision, '$.changes'),
           json_extract_string(decision, '$.observation')
    FROM review_items WHERE state <> 'open';
    """,
    # 4: observations without the primary key's index, which took half the time of writing
    # a large document; write_source and write_decision keep its rule with one query
    """
    CREATE TABLE observations_unindexed (
        id VARCHAR NOT NULL,
        source_id VARCHAR NOT NULL,
        revision_key VARCHAR NOT NULL,
        release VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        area VARCHAR NOT NULL,
        period_start DATE NOT NULL,
        period_end DATE NOT NULL,
        base_start DATE,
        base_end DATE,
        breakdown VARCHAR NOT NULL,
        value DOUBLE,
        lower DOUBLE,
        upper DOUBLE,
        unit VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        qualifier VARCHAR,
        note VARCHAR NOT NULL,
        location VARCHAR NOT NULL,
        method VARCHAR NOT NULL,
        valid_from TIMESTAMP NOT NULL,
        valid_to TIMESTAMP
    );
    INSERT INTO observations_unindexed SELECT * FROM observations;
    DROP TABLE observations;
    ALTER TABLE observations_unindexed RENAME TO observations;
    """,
    # 5: figures of national reporting bodies (Action Fraud, CIFAS, UK Finance), which are
    # not areas: kept apart from the observations, revised as they are
    """
    CREATE TABLE national_body_figures (
        source_id VARCHAR NOT NULL,
        revision_key VARCHAR NOT NULL,
        release VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        body VARCHAR NOT NULL,           -- an id of data/national_bodies.csv, never an area
        period_start DATE NOT NULL,
        period_end DATE NOT NULL,
        breakdown VARCHAR NOT NULL,
        value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL,
        note VARCHAR NOT NULL,
        location VARCHAR NOT NULL,
        valid_from TIMESTAMP NOT NULL,
        valid_to TIMESTAMP
    );
    """,
]

OBSERVATION_COLUMNS = (
    "id source_id revision_key release measure area period_start period_end base_start base_end "
    "breakdown value lower upper unit status qualifier note location method valid_from valid_to"
).split()


@dataclass(frozen=True)
class SourceRecord:
    """A document in the store."""

    id: str
    file_name: str
    kind: str
    reader: str
    authority: str | None
    received: date | None
    ingested_at: datetime
    observations: int
    supersedes: tuple[str, ...]


@dataclass(frozen=True)
class ReplyRecord:
    """A reply in the store and what it gave: its figures by status (those a later document
    revised included, those a later review decision replaced not), the notes of those it
    refused, and its review items still open."""

    id: str
    file_name: str
    authority: str
    received: date | None
    ingested_at: datetime
    statuses: dict[str, int]
    refusal_notes: tuple[str, ...]
    open_review: int  # review items still open
    open_figures: int  # ...of them, those with a guess at a figure (the others are numbers nothing placed)

    @property
    def gives_anything(self) -> bool:
        """False for a document that answered nothing: every figure rejected in review, or none read."""
        return bool(self.statuses or self.open_review)


# the figures each document gave: current ones, and those a later document revised (a review
# decision changed later ends its own figure, method 'review', which the document no longer gives)
_GIVEN = ("SELECT * FROM observations WHERE (valid_to IS NULL OR method <> 'review') "
          "AND source_id IN (SELECT id FROM sources WHERE kind = 'reply')")


@dataclass(frozen=True)
class WriteResult:
    """What writing one document did."""

    source_id: str
    file_name: str
    written: int
    already_present: bool
    superseded: int
    bodies: int = 0  # figures of national reporting bodies, kept apart from the observations

    def to_json(self) -> dict[str, object]:
        return {"file": self.file_name, "source_id": self.source_id, "written": self.written,
                "already_present": self.already_present, "superseded": self.superseded, "bodies": self.bodies}

    def describe(self) -> str:
        if self.already_present:
            return f"{self.file_name}: already in the store, nothing changed"
        revised = f", superseding {_figures(self.superseded)} (kept under --as-of)" if self.superseded else ""
        apart = (f"; {_figures(self.bodies)} of national reporting bodies, which are not areas, kept apart "
                 "(`foistats bodies`)" if self.bodies else "")
        return f"{self.file_name}: {_figures(self.written)} written{revised}{apart}"


def _wait() -> float:
    """How long a command waits for a busy workspace: ``$FOISTATS_WAIT`` seconds (``--wait``), else not at all."""
    text = os.environ.get(WAIT_VAR, "").strip()
    try:
        return max(0.0, float(text)) if text else 0.0
    except ValueError:
        raise WorkspaceError(f"${WAIT_VAR} {text!r} is not a number of seconds") from None


def now() -> datetime:
    """The store's clock: UTC, without tzinfo (DuckDB TIMESTAMP), to the microsecond."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class _Batch:
    """What a :meth:`Store.batch` has done so far: taken the lock (held by ``stack``), backed
    the store up (or found it unchanged since its newest backup), brought its schema up to date."""

    stack: ExitStack
    locked: bool = False
    backed_up: bool = False
    migrated: bool = False


class Store:
    """A workspace's DuckDB file. Connections are short-lived: one per read or write."""

    def __init__(self, folder: Path, *, busy_timeout: float | None = None) -> None:
        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        self.lock_path = self.folder / LOCK_NAME
        self.backups = self.folder / BACKUP_FOLDER
        self.busy_timeout = _wait() if busy_timeout is None else busy_timeout
        self._batch: _Batch | None = None

    # --- connections and the writer's lock -------------------------------------------------

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + max(self.busy_timeout, 2.0)
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise self.damaged(exc) or WorkspaceError(f"{self.path}: cannot open the store ({exc})") from None
                if time.monotonic() >= deadline:
                    raise self._busy() from None
                time.sleep(0.05)

    def _busy(self) -> WorkspaceBusy:
        return WorkspaceBusy(
            f"workspace is busy: another foistats process is writing to {self.path}; "
            "wait for it to finish and try again, or give --wait SECONDS"
        )

    def damaged(self, exc: BaseException) -> WorkspaceError | None:
        """The error to raise for a DuckDB error that says the store's file is damaged
        (``None`` for any other): what happened and how to restore a backup."""
        if not isinstance(exc, duckdb.Error) or not any(word in str(exc).lower() for word in _DAMAGE):
            return None
        what = str(exc).strip().splitlines()[0]
        kept = sorted(self.backups.glob(f"{DB_NAME}.[0-9]"))
        restore = (f"restore the newest backup with `cp {kept[0]} {self.path}` (older ones: "
                   f"{', '.join(p.name for p in kept[1:]) or 'none'}), then ingest again what came after it"
                   if kept else f"no backup is kept here: move it aside and ingest the documents again")
        return WorkspaceError(f"{self.path}: the store is damaged ({what}); {restore}")

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn DuckDB's word that the store is damaged into :meth:`damaged`'s error."""
        try:
            yield
        except duckdb.Error as exc:
            damage = self.damaged(exc)
            if damage is None:
                raise
            raise damage from None

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection under the workspace's exclusive writer lock; the store is
        backed up first when it changed since its newest backup. Within a :meth:`batch`, the
        lock taken by the first write is kept and the backup made once."""
        with ExitStack() as stack:
            if self._batch is None:
                stack.enter_context(self._locked())
            elif not self._batch.locked:
                self._batch.locked = self._batch.stack.enter_context(self._locked())
            backed_up = False
            if self._batch is None or not self._batch.backed_up:
                backed_up = self._back_up()
                if self._batch is not None:
                    self._batch.backed_up = True
            try:
                conn = self._connect(read_only=False)
                try:
                    # a document of millions of figures is one transaction: past this,
                    # DuckDB writes its rows into the file as it goes instead of holding them
                    conn.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
                    if self._batch is None or not self._batch.migrated:
                        self._migrate(conn)
                    if self._batch is not None:
                        self._batch.migrated = True
                    yield conn
                finally:
                    conn.close()
            except (duckdb.Error, WorkspaceError) as exc:
                cause = exc.__context__ if isinstance(exc, WorkspaceError) else exc  # _connect's own word
                if self.damaged(cause) is None:
                    raise
                if backed_up:
                    self._drop_newest_backup()  # a copy of a damaged store must not push a good one out
                    if self._batch is not None:
                        self._batch.backed_up = False
                raise self.damaged(cause) from None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes as one command (``foistats ingest`` of many files): the writer lock,
        once the first write takes it, is kept until the batch ends, and the store is backed
        up once, at that first write (the backup is the store as it was before the command).
        Each write is still its own transaction, all in or not at all."""
        if self._batch is not None:
            yield
            return
        with ExitStack() as stack:
            self._batch = _Batch(stack)
            try:
                yield
            finally:
                self._batch = None

    @contextmanager
    def _locked(self) -> Iterator[bool]:
        """The workspace's exclusive writer lock (waiting up to ``busy_timeout`` for it)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.folder):  # DuckDB will need to make its log here
                pass
            lock = open(self.lock_path, "a+")
        except OSError as exc:
            raise WorkspaceError(f"{self.folder}: cannot write in the workspace folder ({exc.strerror}); make it "
                                 "writable, or copy the workspace to a folder you can write in") from None
        with lock:
            deadline = time.monotonic() + self.busy_timeout
            while True:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise self._busy() from None
                    time.sleep(0.05)
            try:
                yield True
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _back_up(self) -> bool:
        """Copy the store into the backups, newest first, unless it is unchanged since the
        newest copy (size and time of change); ``True`` when a copy was made."""
        if not self.path.exists():
            return False
        if self.path.with_name(DB_NAME + ".wal").exists():  # a crash's log: fold it in, so one file is the store
            with self.guard():
                duckdb.connect(str(self.path)).close()
        newest = self.backups / f"{DB_NAME}.1"
        now_, kept = self.path.stat(), newest.stat() if newest.exists() else None
        if kept is not None and (kept.st_size, kept.st_mtime_ns) == (now_.st_size, now_.st_mtime_ns):
            return False
        try:
            self.backups.mkdir(exist_ok=True)
            partial = self.backups / f"{DB_NAME}.copying"
            shutil.copy2(self.path, partial)  # keeps the time of change, which says the copy is current
            for i in range(BACKUPS - 1, 0, -1):
                older = self.backups / f"{DB_NAME}.{i}"
                if older.exists():
                    older.replace(self.backups / f"{DB_NAME}.{i + 1}")
            partial.replace(newest)
        except OSError as exc:
            raise WorkspaceError(f"{self.backups}: cannot keep a backup of the store ({exc.strerror}); "
                                 "free some space or make the folder writable") from None
        return True

    def _drop_newest_backup(self) -> None:
        (self.backups / f"{DB_NAME}.1").unlink(missing_ok=True)
        for i in range(2, BACKUPS + 1):
            older = self.backups / f"{DB_NAME}.{i}"
            if older.exists():
                older.replace(self.backups / f"{DB_NAME}.{i - 1}")

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self.path.exists():
            raise WorkspaceError(f"{self.folder}: the store has not been created; run `foistats init {self.folder}`")
        with self.guard():
            conn = self._connect(read_only=True)
            try:
                version = self._version(conn)
                if version != len(MIGRATIONS):
                    raise WorkspaceError(
                        f"{self.path}: store schema version {version}, this foistats expects "
                        f"{len(MIGRATIONS)}; run any writing command (such as `foistats init`) to upgrade it"
                    )
                yield conn
            finally:
                conn.close()

    @staticmethod
    def _version(conn: duckdb.DuckDBPyConnection) -> int:
        exists = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()[0]
        if not exists:
            return 0
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self, conn: duckdb.DuckDBPyConnection) -> None:
        version = self._version(conn)
        if version > len(MIGRATIONS):
            raise WorkspaceError(
                f"{self.path} was written by a newer foistats (schema {version}); upgrade foistats"
            )
        if version == len(MIGRATIONS):
            return
        conn.execute("BEGIN TRANSACTION")
        try:
            for script in MIGRATIONS[version:]:
                conn.execute(script)
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(len(MIGRATIONS))]
            )
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise

    def create(self) -> None:
        """Make the store, or bring its schema up to date (a store already current is not
        opened for writing, so not backed up either)."""
        if self._current("SELECT 1") is None:
            with self.writing():
                pass

    def _current(self, sql: str, params: Sequence[object] = ()) -> list[tuple] | None:
        """A read of a store whose schema is current, without the writer's lock; ``None``
        when there is no store yet or its schema needs the writer to bring it up to date."""
        if not self.path.exists():
            return None
        with self.guard():
            conn = self._connect(read_only=True)
            try:
                return conn.execute(sql, list(params)).fetchall() if self._version(conn) == len(MIGRATIONS) else None
            finally:
                conn.close()

    # --- writing ---------------------------------------------------------------------------

    def write_source(
        self,
        *,
        source_id: str,
        file_name: str,
        kind: str,
        reader: str,
        observations: Sequence[Observation] = (),
        revision_keys: Sequence[str] = (),
        parts: Iterable[tuple[Sequence[Observation], Sequence[str]]] | None = None,
        rows: Callable[[duckdb.DuckDBPyConnection], tuple[str, dict[str, object]]] | None = None,
        releases: dict[str, str] | None = None,
        authority: str | None = None,
        received: date | None = None,
        at: datetime | None = None,
        also: Callable[[duckdb.DuckDBPyConnection, datetime], None] | None = None,
    ) -> WriteResult:
        """Write one document and all its observations in one transaction.

        ``revision_keys`` (one per observation) say what each figure revises: current
        figures from *other* documents with the same key are superseded, not deleted.
        A document too large to hold at once comes as ``parts`` instead, each its
        observations and their revision keys, read as they are written (``releases`` is
        read after the last part). One too large to become Observations one by one gives
        ``rows``: ``rows(conn)`` returns a query and its named parameters giving every
        observation column but ``valid_from`` and ``valid_to`` (each row with its revision
        key), set-wise SQL over what it prepared in the transaction, and raises to write
        nothing. ``also`` writes
        what else belongs to the document (review items, contexts, national bodies'
        figures) in the same transaction, after the observations.
        """
        if parts is None:
            parts = [(observations, revision_keys)]
        at = at or now()
        if self._current("SELECT 1 FROM sources WHERE id = ?", [source_id]):  # nothing to write, nothing to back up
            return WriteResult(source_id, file_name, 0, True, 0)
        with self.writing() as conn:
            if conn.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone():
                return WriteResult(source_id, file_name, 0, True, 0)
            conn.execute("BEGIN TRANSACTION")
            try:
                written, keys = 0, set()
                for part, part_keys in parts:
                    if len(part_keys) != len(part):
                        raise ValueError("one revision key per observation")
                    if part:
                        columns = _observation_columns(part, source_id, part_keys)
                        insert_columns(conn, "observations", {**dict(zip(OBSERVATION_COLUMNS[:-2], columns)),
                                                              "valid_from": at, "valid_to": None})
                    written += len(part)
                    keys.update(part_keys)
                if rows is not None:
                    # straight into the store: a copy on the way costs as much as the write
                    query, params = rows(conn)
                    written += conn.execute(f"INSERT INTO observations SELECT *, $at, NULL FROM ({query})",
                                            {**params, "at": at}).fetchone()[0]
                    keys.update(k for (k,) in conn.execute(
                        "SELECT DISTINCT revision_key FROM observations WHERE valid_from = ? AND source_id = ?",
                        [at, source_id]).fetchall())
                _one_of_each(conn, at, file_name)
                # the document's own figures are new: the current ones of others with its keys are revised
                revised = "WHERE valid_to IS NULL AND list_contains(?, revision_key) AND source_id <> ?"
                superseded_sources = [r[0] for r in conn.execute(
                    f"SELECT DISTINCT source_id FROM observations {revised} ORDER BY source_id",
                    [sorted(keys), source_id]).fetchall()]
                superseded = conn.execute(f"UPDATE observations SET valid_to = ? {revised}",
                                          [at, sorted(keys), source_id]).fetchone()[0]
                conn.execute(
                    "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [source_id, file_name, kind, reader, authority, received, at, written, superseded_sources],
                )
                for name, published in (releases or {}).items():
                    conn.execute("INSERT OR REPLACE INTO releases VALUES (?, ?)", [name, published])
                if also is not None:
                    also(conn, at)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return WriteResult(source_id, file_name, written, False, superseded)

    def write_decision(
        self,
        *,
        review_id: str,
        state: str,
        by: str,
        changes: dict[str, object],
        observations: Sequence[Observation],
        source_id: str,
        revision_key: str,
        replaces: Sequence[str],
    ) -> datetime:
        """Record one review decision in one transaction: the figures it writes (one, or
        a row's when the item holds a row) become current, those an earlier decision on
        the same item wrote (``replaces``) stop being current (they stay under ``as_of``),
        the item's row shows the decision and ``review_decisions`` keeps it beside every
        earlier one; the figures' ids are written space-separated."""
        at = now()
        written = " ".join(o.id for o in observations) or None
        decision = json.dumps({"changes": changes, "observation": written}, default=str)
        with self.writing() as conn:
            conn.execute("BEGIN TRANSACTION")
            try:
                if replaces:
                    conn.execute("UPDATE observations SET valid_to = ? WHERE list_contains(?, id) AND valid_to IS NULL "
                                 "AND method = 'review'", [at, list(replaces)])
                if observations:
                    columns = _observation_columns(observations, source_id, [revision_key] * len(observations))
                    placeholders = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
                    conn.execute(f"INSERT INTO observations SELECT {placeholders}, ?, NULL", [*columns, at])
                    _one_of_each(conn, at, source_id)
                conn.execute(
                    "UPDATE review_items SET state = ?, decided_by = ?, decided_at = ?, decision = ? WHERE id = ?",
                    [state, by, at, decision, review_id])
                conn.execute("INSERT INTO review_decisions VALUES (?, ?, ?, ?, ?, ?)",
                             [review_id, state, by, at, json.dumps(changes, default=str), written])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return at

    def forget(self, source_id: str) -> tuple[int, int]:
        """Take one document out of the store, as if it had never been ingested: its figures
        (every version), review items and decisions, cell contexts, national bodies' figures
        and failures. Figures it revised stand again for as long as its own stood (until a
        later document revised them in turn), and that document revised them too. All in
        one transaction; the store is backed up first. Its figures that were current, and its
        review items."""
        with self.writing() as conn:
            conn.execute("BEGIN TRANSACTION")
            try:
                at = conn.execute("SELECT ingested_at FROM sources WHERE id = ?", [source_id]).fetchone()[0]
                current = conn.execute("SELECT count(*) FROM observations WHERE source_id = ? AND valid_to IS NULL",
                                       [source_id]).fetchone()[0]
                items = conn.execute("SELECT count(*) FROM review_items WHERE source_id = ?", [source_id]).fetchone()[0]
                for table, own in (("observations", "method <> 'review'"), ("national_body_figures", "true")):
                    # its own figures of a key stood until the last was revised, or stand still (NULL)
                    conn.execute(f"""
                        UPDATE {table} AS r SET valid_to = own.until
                        FROM (SELECT revision_key,
                                     CASE WHEN bool_or(valid_to IS NULL) THEN NULL ELSE max(valid_to) END AS until
                              FROM {table} WHERE source_id = $id AND {own} GROUP BY revision_key) AS own
                        WHERE r.revision_key = own.revision_key AND r.valid_to = $at AND r.source_id <> $id""",
                                 {"id": source_id, "at": at})
                conn.execute("UPDATE sources SET supersedes = list_distinct(list_concat(list_filter(supersedes, lambda x: x <> $id), "
                             "(SELECT supersedes FROM sources WHERE id = $id))) WHERE list_contains(supersedes, $id)",
                             {"id": source_id})
                conn.execute("DELETE FROM review_decisions WHERE review_id IN "
                             "(SELECT id FROM review_items WHERE source_id = ?)", [source_id])
                for table, column in (("observations", "source_id"), ("national_body_figures", "source_id"),
                                      ("review_items", "source_id"), ("cell_contexts", "source_id"),
                                      ("ingest_failures", "document"), ("sources", "id")):
                    conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [source_id])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return current, items

    def write_failure(self, file_name: str, document: str | None, reason: str) -> None:
        """Note a document that could not be read; nothing else in the store changes."""
        with self.writing() as conn:
            conn.execute("INSERT INTO ingest_failures VALUES (?, ?, ?, ?)", [file_name, document, reason, now()])

    @staticmethod
    def repeated(conn: duckdb.DuckDBPyConnection, source_id: str) -> tuple[str, str] | None:
        """The first figure a document gives twice (same release, measure, area, periods,
        breakdown and unit): the places of its second and first giving, or ``None``."""
        row = conn.execute(
            "SELECT location, first_value(location) OVER w, row_number() OVER w AS n, "
            "  TRY_CAST(regexp_extract(location, '\\d+') AS BIGINT) AS place FROM observations WHERE source_id = ? "
            "WINDOW w AS (PARTITION BY release, measure, area, period_start, period_end, base_start, base_end, "
            "  breakdown, unit ORDER BY TRY_CAST(regexp_extract(location, '\\d+') AS BIGINT), location) "
            "QUALIFY n = 2 ORDER BY place, location LIMIT 1", [source_id]).fetchone()
        return (row[0], row[1]) if row else None

    # --- reading ---------------------------------------------------------------------------

    def observations(
        self,
        *,
        area: Iterable[str] | None = None,
        measure: Iterable[str] | None = None,
        period: Period | None = None,
        status: Iterable[str] | None = None,
        release: Iterable[str] | None = None,
        as_of: datetime | None = None,
    ) -> list[Observation]:
        """Current observations (or those current at ``as_of``), filtered; every filter is
        a list of accepted values, and ``period`` keeps figures for exactly that period."""
        where, params = _visible(as_of)
        for column, values in (("area", area), ("measure", measure), ("status", status), ("release", release)):
            if values is not None:
                where.append(f"list_contains(?, o.{column})")
                params.append(list(values))
        if period is not None:
            where.append("o.period_start = ? AND o.period_end = ?")
            params += [period.start, period.end]
        sql = (
            f"SELECT {', '.join('o.' + c for c in OBSERVATION_COLUMNS)}, s.file_name "
            "FROM observations o JOIN sources s ON s.id = o.source_id "
            f"WHERE {' AND '.join(where)} "
            "ORDER BY o.release, o.measure, o.area, o.period_start, o.period_end, o.base_start, o.breakdown, o.id"
        )
        with self.reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [_observation(row) for row in rows]

    def national_body_figures(self, *, body: Iterable[str] | None = None,
                              as_of: datetime | None = None) -> list[dict[str, object]]:
        """Current figures of national reporting bodies (or those current at ``as_of``),
        of the bodies with the ids ``body`` or of all, each with its document."""
        where, params = _visible(as_of)
        if body is not None:
            where.append("list_contains(?, o.body)")
            params.append(list(body))
        with self.reading() as conn:
            cursor = conn.execute(
                "SELECT o.body, o.release, o.measure, o.period_start, o.period_end, o.breakdown, o.value, o.unit, "
                f"o.note, s.file_name, o.location FROM national_body_figures o JOIN sources s ON s.id = o.source_id "
                f"WHERE {' AND '.join(where)} ORDER BY o.body, o.release, o.measure, o.period_start, o.breakdown",
                params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def sources(self) -> list[SourceRecord]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, file_name, kind, reader, authority, received, ingested_at, observations, "
                "supersedes FROM sources ORDER BY ingested_at, id"
            ).fetchall()
        return [SourceRecord(*row[:8], tuple(row[8] or ())) for row in rows]

    def releases(self) -> dict[str, str]:
        with self.reading() as conn:
            return dict(conn.execute("SELECT name, published FROM releases ORDER BY name").fetchall())

    def replied(self) -> set[str]:
        """The authorities a reply in the store came from (one that gives anything)."""
        return {r.authority for r in self.replies() if r.gives_anything}

    def replies(self) -> list[ReplyRecord]:
        """Every reply from a force, in the order ingested, with what it gave."""
        with self.reading() as conn:
            sources = conn.execute(
                "SELECT id, file_name, authority, received, ingested_at FROM sources "
                "WHERE kind = 'reply' AND authority IS NOT NULL ORDER BY ingested_at, id").fetchall()
            given = conn.execute(
                f"SELECT source_id, status, count(*), list(DISTINCT note ORDER BY note) FROM ({_GIVEN}) "
                "GROUP BY source_id, status").fetchall()
            pending = {source: (items, figures) for source, items, figures in conn.execute(
                "SELECT source_id, count(*), count(guess) FROM review_items WHERE state = 'open' "
                "GROUP BY source_id").fetchall()}
        statuses: dict[str, dict[str, int]] = {}
        notes: dict[str, list[str]] = {}
        for source, status, count, status_notes in given:
            statuses.setdefault(source, {})[status] = count
            if status == Status.EXEMPT:
                notes.setdefault(source, []).extend(status_notes)
        return [ReplyRecord(id, name, authority, received, at, statuses.get(id, {}), tuple(notes.get(id, ())),
                            *pending.get(id, (0, 0))) for id, name, authority, received, at in sources]

    def state(self) -> tuple[int, datetime | None, int]:
        """A token that changes whenever the store's contents do: sources, latest write,
        current observations and review decisions."""
        with self.reading() as conn:
            return conn.execute(
                "SELECT (SELECT count(*) FROM sources), "
                "(SELECT max(t) FROM (SELECT max(valid_from) AS t FROM observations "
                "UNION ALL SELECT max(valid_to) FROM observations UNION ALL SELECT max(decided_at) FROM review_items)), "
                "(SELECT count(*) FROM observations WHERE valid_to IS NULL)"
            ).fetchone()

    def copy_current(self, con: duckdb.DuckDBPyConnection, *, observations: str, pending: str) -> None:
        """Copy into ``con`` (another DuckDB connection, such as the Facts' frame) the current
        observations, each with its release's published date, as table ``observations``
        (the frame's ``raw`` columns), and the places of the figures held for review (alone,
        or with their row) as table ``pending`` (so that nothing stands in for them until
        they are decided)."""
        with self.guard():
            con.execute(f"ATTACH '{self.path}' AS store (READ_ONLY)")
            try:
                con.execute(
                    f"""
                    CREATE TABLE {observations} AS
                    SELECT o.id, o.release, coalesce(r.published, '') AS published, o.measure, o.area,
                           o.period_start, o.period_end, o.base_start, o.base_end, o.breakdown,
                           o.value, o.lower, o.upper, o.unit, o.status, o.qualifier, o.note
                    FROM store.observations o LEFT JOIN store.releases r ON r.name = o.release
                    WHERE o.valid_to IS NULL
                    """
                )
                con.execute(
                    f"""
                    CREATE TABLE {pending} AS
                    WITH open AS (SELECT guess FROM store.review_items WHERE state = 'open' AND guess IS NOT NULL),
                    held AS (SELECT guess FROM open WHERE json_type(guess, '$.figures') IS DISTINCT FROM 'ARRAY'
                             UNION ALL
                             SELECT unnest(json_extract(guess, '$.figures[*]')) FROM open
                             WHERE json_type(guess, '$.figures') = 'ARRAY')
                    SELECT json_extract_string(guess, '$.area') AS area,
                           CAST(json_extract_string(guess, '$.period_start') AS DATE) AS period_start,
                           CAST(json_extract_string(guess, '$.period_end') AS DATE) AS period_end,
                           coalesce(CAST(json_extract(guess, '$.breakdown') AS VARCHAR), '{{}}') AS breakdown
                    FROM held
                    """
                )
            finally:
                con.execute("DETACH store")

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Run a read-only SQL query against the store (for analysis and notebooks)."""
        with self.reading() as conn:
            return conn.execute(sql, list(params)).fetchall()


def _one_of_each(conn: duckdb.DuckDBPyConnection, at: datetime, document: str) -> None:
    """Refuse a write that gives one observation twice (one id written at one time): the
    rule of a primary key, kept by one query over what was written at ``at``."""
    twice = conn.execute("SELECT id, any_value(location) FROM observations WHERE valid_from = ? "
                         "GROUP BY id HAVING count(*) > 1 LIMIT 1", [at]).fetchone()
    if twice is not None:
        raise InputError(f"{document} {twice[1]}: figure {twice[0]} would be written twice; nothing was written")


def write_national_body_figures(conn: duckdb.DuckDBPyConnection, query: str, params: dict[str, object], *,
                                source_id: str, at: datetime) -> int:
    """File a document's figures of national reporting bodies, which are not areas, in
    ``national_body_figures``, as its ``also`` (``query`` gives every column but
    ``valid_from`` and ``valid_to``). As with observations, the current figures of other
    documents with the document's revision keys (its observations' and these) are
    superseded. The number of figures filed."""
    # (the table's own column names, whatever the query calls its columns)
    conn.execute("CREATE OR REPLACE TEMP TABLE incoming_bodies AS "
                 "SELECT * EXCLUDE (valid_from, valid_to) FROM national_body_figures LIMIT 0")
    conn.execute(f"INSERT INTO incoming_bodies {query}", params)
    conn.execute(
        "UPDATE national_body_figures SET valid_to = $at WHERE valid_to IS NULL AND source_id <> $source "
        "AND revision_key IN (SELECT revision_key FROM incoming_bodies UNION "
        "                     SELECT revision_key FROM observations WHERE valid_from = $at AND source_id = $source)",
        {"at": at, "source": source_id})
    filed = conn.execute("INSERT INTO national_body_figures SELECT *, $at, NULL FROM incoming_bodies",
                         {"at": at}).fetchone()[0]
    conn.execute("DROP TABLE incoming_bodies")
    return filed


def insert_columns(conn: duckdb.DuckDBPyConnection, table: str, columns: dict[str, object],
                   rows_at_once: int = 20_000) -> None:
    """Append rows to ``table`` given column by column: each name maps to its values (a
    list, one per row) or to one value for every row. A statement takes thousands of rows
    as lists DuckDB unnests (``executemany`` costs milliseconds a row); DuckDB copies
    them, so no more than ``rows_at_once`` of them are held twice."""
    names = list(columns)
    count = max((len(v) for v in columns.values() if isinstance(v, list)), default=0)
    sql = f"INSERT INTO {table} ({', '.join(names)}) SELECT " + ", ".join(
        f"unnest(${i + 1})" if isinstance(columns[name], list) else f"${i + 1}" for i, name in enumerate(names))
    for start in range(0, count, rows_at_once):
        conn.execute(sql, [v[start:start + rows_at_once] if isinstance(v, list) else v for v in columns.values()])


def _visible(as_of: datetime | None) -> tuple[list[str], list[object]]:
    if as_of is None:
        return ["o.valid_to IS NULL"], []
    return ["o.valid_from <= ?", "(o.valid_to IS NULL OR o.valid_to > ?)"], [as_of, as_of]


def _observation_columns(
    observations: Sequence[Observation], source_id: str, revision_keys: Sequence[str]
) -> list[list[object]]:
    """The observations as columns, every one but ``valid_from`` and ``valid_to``."""
    rows = []
    for obs, key in zip(observations, revision_keys):
        src = obs.source or SourceRef(source_id)
        _storable(obs, src)
        rows.append(
            (
                obs.id, source_id, key, obs.release, obs.measure, obs.area,
                obs.period.start, obs.period.end,
                obs.base_period.start if obs.base_period else None,
                obs.base_period.end if obs.base_period else None,
                str(obs.breakdown), obs.value, obs.lower, obs.upper, obs.unit, obs.status.value,
                obs.qualifier.value if obs.qualifier else None, obs.note, src.location, src.method,
            )
        )
    return [list(column) for column in zip(*rows)]


def _storable(obs: Observation, src: SourceRef) -> None:
    """Refuse a value the store does not hold (see LARGEST_VALUE), naming where it came from."""
    for name in ("value", "lower", "upper"):
        value = getattr(obs, name)
        if value is not None and not (math.isfinite(value) and abs(value) <= LARGEST_VALUE):
            raise InputError(
                f"{src.file_name or src.document[:12]} {src.location}: {name} {value:,g} of {obs.unit} is beyond "
                f"what a figure can be ({LARGEST_VALUE:,} at most); check the figure, nothing was written")


def _observation(row: tuple) -> Observation:
    rec = dict(zip(OBSERVATION_COLUMNS + ["file_name"], row))
    base = Period(rec["base_start"], rec["base_end"]) if rec["base_start"] else None
    return Observation(
        id=rec["id"],
        measure=rec["measure"],
        area=rec["area"],
        period=Period(rec["period_start"], rec["period_end"]),
        base_period=base,
        breakdown=Breakdown.parse(rec["breakdown"]),
        value=rec["value"],
        lower=rec["lower"],
        upper=rec["upper"],
        unit=rec["unit"],
        status=Status(rec["status"]),
        qualifier=Qualifier(rec["qualifier"]) if rec["qualifier"] else None,
        release=rec["release"],
        note=rec["note"],
        source=SourceRef(rec["source_id"], rec["file_name"], rec["location"], rec["method"]),
    )


def _figures(count: int) -> str:
    return f"{count} figure" if count == 1 else f"{count} figures"
