"""The store's writes beside a document's figures: its review items and the context of
every place a figure came from, in the document's own transaction. Ingest decides what they
say (:mod:`foistats.ingest.review`); only the store writes them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

import duckdb

from . import insert_columns


def write_items(conn: duckdb.DuckDBPyConnection, at: datetime, source_id: str, items: Mapping[str, object]) -> None:
    """A document's review items (``items`` by id, each with its location, context, guess
    and reason), open, inside the document's own transaction."""
    insert_columns(conn, "review_items", {
        "id": list(items), "source_id": source_id, "location": [i.location for i in items.values()],
        "context": [i.context for i in items.values()],
        "guess": [json.dumps(i.guess) if i.guess is not None else None for i in items.values()],
        "reason": [i.reason for i in items.values()], "state": "open", "created_at": at})


def write_contexts(conn: duckdb.DuckDBPyConnection, source_id: str, contexts: Mapping[str, str]) -> None:
    """The text around each place of a document a figure came from."""
    # a document is written once (its id is its content), so its places are new to the store
    insert_columns(conn, "cell_contexts", {"source_id": source_id, "location": list(contexts),
                                           "context": list(contexts.values())})
