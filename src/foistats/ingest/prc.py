"""Police recorded crime open data tables (Home Office): one row per force (or community
safety partnership), financial quarter and offence code.

A table is recognised by its headers, whether written with spaces as the Home Office
writes them (``Financial Year``) or with underscores (``Financial_Year``); other columns
(an unnamed index, ``Policeuk_Cat``, descriptions) are ignored. Each row becomes a
``recorded_offences`` figure of its force for its financial quarter, with its offence
code as the breakdown; the rows of one force, quarter and code are added, so a table at
community safety partnership level is summed to its forces (foistats has no areas below
a force). A 0 is a real 0.

The file is streamed through DuckDB's ``read_csv`` and written set-wise: no Python runs
per row, so a ten-year table of two million rows is read as fast as DuckDB reads it.
Names are resolved once each: forces by :func:`foistats.areas.resolve_area` (a bare region
name in a force column means the force: "West Midlands" is West Midlands Police), and
the national bodies that report beside the forces (Action Fraud, CIFAS, UK Finance) to
areas of level ``body``, never an unknown area and never part of a force total. A name
that is neither, a quarter outside 1 to 4, a year that is not ``2017/18`` or a count that
is not a whole number rejects the whole file, naming its first line. A quarter's count is
the offences recorded less those cancelled in it, so it can be below 0 (unit
``net_offences``); a financial year's sum of its four quarters is its count.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime
from pathlib import Path

import duckdb

from ..areas import Area, resolve_area
from ..errors import AreaError, InputError
from ..offences import normalise_code
from ..store import Store, WriteResult
from .review import record_failure

READER = "prc_open_data"
MEASURE = "recorded_offences"
UNIT = "net_offences"  # a quarter's figure is net of offences cancelled in it (see model.NET_UNITS)
DEFAULT_RELEASE = "police-recorded-crime"

# each column the reader needs, with the header names it is known by (lowercase, spaces
# for underscores): the Home Office's own first, then those of other years and copies
COLUMNS: dict[str, tuple[str, ...]] = {
    "year": ("financial year", "year"),
    "quarter": ("financial quarter", "quarter"),
    "force": ("force name", "police force area", "police force", "pfa name", "force"),
    "code": ("offence code", "offence classification code", "home office offence code"),
    "count": ("number of offences", "offence count", "number of crimes", "offences"),
}
DESCRIPTION_COLUMNS = ("offence description", "offence")


def _normalise(header: str) -> str:
    return " ".join(header.lstrip("\ufeff").replace("_", " ").lower().split())


def _roles(header: list[str]) -> dict[str, str] | None:
    """The column each role is read from (the header as written), or None when the header
    is not a police recorded crime table's."""
    written = {_normalise(h): h for h in header}
    found = {}
    for role, names in [*COLUMNS.items(), ("description", DESCRIPTION_COLUMNS)]:
        name = next((n for n in names if n in written), None)
        if name is None and role in COLUMNS:
            return None
        if name is not None:
            found[role] = written[name]
    return found


def _header(head: str) -> list[str]:
    first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
    return next(csv.reader(io.StringIO(first)), [])


def read_head(path: Path) -> str:
    """The first line of a file (for recognising it), without reading the rest."""
    with open(path, "rb") as f:
        return f.readline(1 << 16).decode("utf-8", errors="replace")


def looks_like_prc(head: str) -> bool:
    """True when a CSV's first line is a police recorded crime open data table's header."""
    return _roles(_header(head)) is not None


def ingest_prc(store: Store, path: Path, *, release: str | None = None, at: datetime | None = None) -> WriteResult:
    """Read a police recorded crime table into the store in one transaction, all of it or
    none (a rejected table is recorded in ``failures``); a table already in the store
    changes nothing, and a changed table for the same release revises the figures of the
    financial years it holds. The file is hashed and read in a stream, never held whole."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    document = digest.hexdigest()
    try:
        return store.write_source(
            source_id=document, file_name=path.name, kind="published", reader=READER,
            rows=prc_rows(path, head=read_head(path), file_name=path.name, source_id=document,
                          release=release or DEFAULT_RELEASE),
            at=at,
        )
    except InputError as exc:
        record_failure(store, path.name, document, str(exc))
        raise


def _area(name: str) -> Area:
    """The force (or national body) a force-name cell names."""
    try:
        area = resolve_area(name)
    except AreaError:
        area = None
    if area is None or area.level not in ("force", "body"):
        # a force column names forces: "West Midlands" there is West Midlands Police
        area = resolve_area(f"{name} Police")
    return area


def prc_rows(path: Path, *, head: str, file_name: str, source_id: str, release: str):
    """What :meth:`Store.write_source` runs in its transaction to fill its table of
    incoming observations from the table at ``path`` (whose first line is ``head``)."""
    roles = _roles(_header(head))
    if roles is None:
        raise InputError(f"{file_name} line 1: not a police recorded crime table's header")

    def fill(con: duckdb.DuckDBPyConnection, table: str) -> None:
        quoted = {role: '"' + column.replace('"', '""') + '"' for role, column in roles.items()}
        description = quoted.get("description", "''")
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE prc_in AS
            -- grouped on the cells as written (two million rows cost the least that way), then
            -- trimmed on the few hundred thousand groups
            WITH cells AS (
                SELECT {quoted['force']} AS force_name, {quoted['year']} AS year, {quoted['quarter']} AS quarter,
                       {quoted['code']} AS code_text, {description} AS description,
                       -- (a cast to a whole number would round 1.5, so a point is no number)
                       CASE WHEN NOT contains({quoted['count']}, '.')
                            THEN TRY_CAST(replace({quoted['count']}, ',', '') AS BIGINT) END AS n
                FROM read_csv(?, header = true, all_varchar = true, auto_detect = true)
            ),
            grouped AS (
                SELECT force_name, year, quarter, code_text, any_value(description) AS description,
                       sum(n) AS value, count(*) FILTER (WHERE n IS NULL) AS bad
                FROM cells GROUP BY ALL
            )
            SELECT trim(force_name) AS force_name, trim(year) AS year, trim(quarter) AS quarter,
                   trim(code_text) AS code_text, trim(description) AS description, value, bad
            FROM grouped
            """,
            [str(path)],
        )
        _check(con, path, file_name, quoted)
        areas = {}
        for (name,) in con.execute("SELECT DISTINCT force_name FROM prc_in ORDER BY 1").fetchall():
            try:
                areas[name] = _area(name)
            except AreaError:
                raise InputError(f"{file_name} line {_first_line(con, path, quoted, 'force', name)}: {name!r} is not "
                                 "a known police force or national body; see `foistats areas`") from None
        codes = [c for (c,) in con.execute("SELECT DISTINCT code_text FROM prc_in").fetchall()]
        con.execute("CREATE OR REPLACE TEMP TABLE prc_names AS SELECT unnest($1) AS force_name, unnest($2) AS area",
                    [list(areas), [a.id for a in areas.values()]])
        con.execute("CREATE OR REPLACE TEMP TABLE prc_codes AS SELECT unnest($1) AS code_text, unnest($2) AS code",
                    [codes, [normalise_code(c) for c in codes]])
        # a quarter's dates: quarter 1 is April to June of the year's first calendar year
        con.execute(
            f"""
            INSERT INTO {table}
            WITH rows AS (
                -- (two spellings of one force, or of one code, are one figure)
                SELECT n.area, c.code, p.year, p.quarter,
                       make_date(CAST(left(p.year, 4) AS INTEGER), 4, 1)
                           + to_months(3 * (CAST(p.quarter AS INTEGER) - 1)) AS q_start,
                       sum(p.value) AS value, any_value(p.description) AS description,
                       min(p.force_name) AS force_name
                FROM prc_in p JOIN prc_names n USING (force_name) JOIN prc_codes c USING (code_text)
                GROUP BY n.area, c.code, p.year, p.quarter
            )
            SELECT 'obs-' || left(md5(concat_ws('|', $source, $release, area, q_start, code)), 12),
                   $source, concat('prc:', $release, ':', left(year, 4)), $release, '{MEASURE}', area,
                   q_start, CAST(q_start + to_months(3) - INTERVAL 1 DAY AS DATE), NULL, NULL,
                   'offence_code=' || code, value, NULL, NULL, '{UNIT}', 'reported', 'exact',
                   coalesce(description, ''),
                   concat(force_name, ', ', year, ' quarter ', quarter, ', offence code ', code),
                   '{READER}'
            FROM rows
            """,
            {"source": source_id, "release": release},
        )
        con.execute("DROP TABLE prc_in; DROP TABLE prc_names; DROP TABLE prc_codes")

    return fill


def _check(con: duckdb.DuckDBPyConnection, path: Path, file_name: str, quoted: dict[str, str]) -> None:
    """Reject the table at its first bad row: a blank, or a count, year or quarter that
    cannot be read. (Rows for the same place, quarter and code are parts of one figure and
    are added: the Home Office gives homicide, 1/4.1/4.10/4.2, in several rows.)"""
    problems = con.execute(
        """
        SELECT
            (SELECT any_value(concat_ws('|', force_name, year, quarter, code_text)) FROM prc_in
             WHERE bad > 0 OR force_name IS NULL OR year IS NULL OR quarter IS NULL OR code_text IS NULL),
            (SELECT any_value(year) FROM prc_in WHERE NOT regexp_full_match(year, '(19|20)\\d\\d/\\d\\d')
                OR (CAST(left(year, 4) AS INTEGER) + 1) % 100 <> CAST(right(year, 2) AS INTEGER)),
            (SELECT any_value(quarter) FROM prc_in WHERE quarter NOT IN ('1', '2', '3', '4'))
        """
    ).fetchone()
    bad_count, bad_year, bad_quarter = problems
    if bad_count is not None:
        line = _first_line(con, path, quoted, "count", None, key=bad_count)
        raise InputError(f"{file_name} line {line}: a blank force, year, quarter or offence code, or a number of "
                         "offences that is not a whole number (a real nought is 0); correct the row and "
                         "ingest the file again")
    if bad_year is not None:
        line = _first_line(con, path, quoted, "year", bad_year)
        raise InputError(f"{file_name} line {line}: financial year {bad_year!r} is not written like 2017/18")
    if bad_quarter is not None:
        line = _first_line(con, path, quoted, "quarter", bad_quarter)
        raise InputError(f"{file_name} line {line}: financial quarter {bad_quarter!r} is not 1, 2, 3 or 4")


def _first_line(con, path: Path, quoted: dict[str, str], role: str, value: str | None, *,
                key: str | None = None) -> int:
    """The first line of the file holding a bad value (or a row of a bad key): the file is
    read again only when it is rejected, so a good file is read once."""
    key_sql = "concat_ws('|', " + ", ".join(f"trim({quoted[r]})" for r in ("force", "year", "quarter", "code")) + ")"
    where = f"trim({quoted[role]}) = $wanted" if key is None else f"{key_sql} = $wanted"
    found = con.execute(
        f"""
        SELECT line FROM (
            SELECT row_number() OVER () + 1 AS line, *
            FROM read_csv($path, header = true, all_varchar = true, auto_detect = true)
        ) WHERE {where}
        ORDER BY line LIMIT 1
        """,
        {"path": str(path), "wanted": value if key is None else key},
    ).fetchone()
    return found[0] if found else 2


