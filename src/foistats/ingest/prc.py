"""Police recorded crime open data tables (Home Office): one row per force (or community
safety partnership), financial quarter and offence code.

A table is recognised by its headers, whether written with spaces as the Home Office
writes them (``Financial Year``) or with underscores (``Financial_Year``); other columns
(an unnamed index, ``Policeuk_Cat``, descriptions) are ignored. Each row becomes a
``recorded_offences`` figure of its force for its financial quarter, with its offence
code as the breakdown; the rows of one force, quarter and code are added, so a table at
community safety partnership level is summed to its forces (foistats has no areas below
a force). A 0 is a real 0.

The file is streamed through DuckDB's ``read_csv``, grouped and checked there, and its
figures go into the store with one ``INSERT ... SELECT``: no Python runs per row, so a
ten-year table of two million rows is read about as fast as DuckDB reads it.
Names are resolved once each: forces by :func:`foistats.areas.resolve_area` (a bare region
name in a force column means the force: "West Midlands" is West Midlands Police). The
national bodies that report beside the forces (Action Fraud, CIFAS, UK Finance, of
``data/national_bodies.csv``) are not areas: their rows are neither forces nor an unknown
area but filed apart, in the store's ``national_body_figures`` (``foistats bodies`` lists
them), and so are never part of any area's figures or totals. A name that is neither a
force nor a body, a quarter outside 1 to 4, a year that is not written like ``2017/18``, a
count that is not a whole number or one beyond what the store holds rejects the whole
file, naming its first line. A quarter's count is the offences recorded less those
cancelled in it, so it can be below 0 (unit ``net_offences``); a financial year's sum of
its four quarters is its count.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import duckdb

from ..areas import Area, national_body, resolve_area
from ..errors import AreaError, InputError
from ..model import LARGEST_VALUE
from ..offences import normalise_code
from ..store import Store, WriteResult, write_national_body_figures
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
        table = PrcTable(path, head=read_head(path), source_id=document, release=release or DEFAULT_RELEASE)
        result = store.write_source(source_id=document, file_name=path.name, kind="published", reader=READER,
                                    rows=table.rows, also=table.file_bodies, at=at)
    except InputError as exc:
        record_failure(store, path.name, document, str(exc))
        raise
    return replace(result, bodies=table.bodies)


def _force(name: str) -> Area:
    """The force a force-name cell names: "West Midlands" there is West Midlands Police,
    not the region."""
    try:
        area = resolve_area(name)
    except AreaError:
        area = None
    return area if area is not None and area.is_force else resolve_area(f"{name} Police")


class PrcTable:
    """What :meth:`Store.write_source` runs in its transaction for the table at ``path``
    (whose first line is ``head``): :meth:`rows` reads and checks it and gives the forces'
    figures; :meth:`file_bodies` files the national bodies' figures apart."""

    def __init__(self, path: Path, *, head: str, source_id: str, release: str) -> None:
        roles = _roles(_header(head))
        if roles is None:
            raise InputError(f"{path.name} line 1: not a police recorded crime table's header")
        self.path, self.source_id, self.release = path, source_id, release
        self.quoted = {role: '"' + column.replace('"', '""') + '"' for role, column in roles.items()}
        self.bodies = 0

    def rows(self, con: duckdb.DuckDBPyConnection) -> tuple[str, dict[str, object]]:
        quoted, file_name = self.quoted, self.path.name
        description = quoted.get("description", "''")
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE prc_in AS
            -- grouped on the cells as written (two million rows cost the least that way): the
            -- few names, years, quarters and codes are read (trimmed) once each below
            WITH cells AS (
                SELECT {quoted['force']} AS force_name, {quoted['year']} AS year, {quoted['quarter']} AS quarter,
                       {quoted['code']} AS code_text, {description} AS description,
                       -- (a cast to a whole number would round 1.5, so a point is no number;
                       -- thousands commas are taken out only where the plain cast fails)
                       CASE WHEN NOT contains({quoted['count']}, '.')
                            THEN coalesce(TRY_CAST({quoted['count']} AS BIGINT),
                                          TRY_CAST(replace({quoted['count']}, ',', '') AS BIGINT)) END AS n
                FROM read_csv(?, header = true, all_varchar = true, auto_detect = true)
            ),
            SELECT force_name, year, quarter, code_text, any_value(description) AS description,
                   sum(n) AS value, count(*) FILTER (WHERE n IS NULL) AS bad
            FROM cells GROUP BY ALL
            """,
            [str(self.path)],
        )
        _check(con, self.path, file_name, quoted)
        names = {}
        for (name,) in con.execute("SELECT DISTINCT force_name FROM prc_in ORDER BY 1").fetchall():
            body = national_body(name)
            try:
                names[name] = (None, body.id) if body else (_force(name).id, None)
            except AreaError:
                line = _first_line(con, self.path, quoted, "force", name)
                raise InputError(f"{file_name} line {line}: {name!r} is not a known police force or national "
                                 "reporting body; see `foistats areas` and `foistats bodies`") from None
        found = list(names.values())
        con.execute("CREATE OR REPLACE TEMP TABLE prc_names AS SELECT unnest($1) AS force_name, trim(unnest($1)) "
                    "AS written, unnest($2) AS area, unnest($3) AS body, unnest($4) AS shared",
                    [list(names), [a for a, _ in found], [b for _, b in found], _shared(found)])
        codes = [c for (c,) in con.execute("SELECT DISTINCT code_text FROM prc_in").fetchall()]
        normal = [normalise_code(c) for c in codes]
        con.execute("CREATE OR REPLACE TEMP TABLE prc_codes AS SELECT unnest($1) AS code_text, unnest($2) AS code, "
                    "'offence_code=' || unnest($2) AS breakdown, unnest($3) AS shared",
                    [codes, normal, _shared(normal)])
        # each quarter's dates and revision key, worked out once, not on every row: quarter 1
        # is April to June of the year's first calendar year
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE prc_quarters AS
            SELECT *, CAST(q_start + to_months(3) - INTERVAL 1 DAY AS DATE) AS q_end,
                   concat('prc:', $release, ':', left(year_written, 4)) AS revision_key,
                   count(*) OVER (PARTITION BY q_start) > 1 AS shared
            FROM (SELECT year, quarter, trim(year) AS year_written, trim(quarter) AS quarter_written,
                         CAST(make_date(CAST(left(trim(year), 4) AS INTEGER), 4, 1)
                              + to_months(3 * (CAST(trim(quarter) AS INTEGER) - 1)) AS DATE) AS q_start
                  FROM (SELECT DISTINCT year, quarter FROM prc_in))
            """, {"release": self.release})
        return (f"""
            SELECT 'obs-' || left(md5(concat_ws('|', $source, $release, area, q_start, code)), 12),
                   $source, revision_key, $release, '{MEASURE}', area, q_start, q_end, NULL, NULL, breakdown,
                   value, NULL, NULL, '{UNIT}', 'reported', 'exact', note, location, '{READER}'
            FROM ({_FIGURES}) WHERE area IS NOT NULL
            """, self._params())

    def file_bodies(self, con: duckdb.DuckDBPyConnection, at: datetime) -> None:
        """File the national reporting bodies' figures, which are not areas', apart from the
        observations (:func:`write_national_body_figures`)."""
        self.bodies = write_national_body_figures(
            con, f"""
            SELECT $source, revision_key, $release, '{MEASURE}', body, q_start, q_end, breakdown, value, '{UNIT}',
                   note, location
            FROM ({_FIGURES}) WHERE body IS NOT NULL
            """, self._params(), source_id=self.source_id, at=at)
        con.execute("DROP TABLE prc_in; DROP TABLE prc_names; DROP TABLE prc_codes; DROP TABLE prc_quarters")

    def _params(self) -> dict[str, object]:
        return {"source": self.source_id, "release": self.release}


# each figure of the table: its force's or body's rows of one quarter and code added. Two
# spellings of one force (or body, code or quarter, even by a space) are one figure, so the
# rows of a spelling that means what another does are grouped again; the rest, nearly all,
# pass straight through
_JOINED = """
    SELECT n.area, n.body, c.code, c.breakdown, q.q_start, q.q_end, q.revision_key, p.value, p.description,
           concat(n.written, ', ', q.year_written, ' quarter ', q.quarter_written, ', offence code ', c.code)
               AS location
    FROM prc_in p JOIN prc_names n USING (force_name) JOIN prc_codes c USING (code_text)
    JOIN prc_quarters q USING (year, quarter)
    WHERE (n.shared OR c.shared OR q.shared) = {shared}
"""
_FIGURES = f"""
    SELECT area, body, code, q_start, q_end, revision_key, breakdown, value, coalesce(trim(description), '') AS note,
           location
    FROM ({_JOINED.format(shared="false")}
          UNION ALL
          SELECT area, body, code, breakdown, q_start, q_end, revision_key, sum(value), any_value(description),
                 min(location)
          FROM ({_JOINED.format(shared="true")}) GROUP BY area, body, code, breakdown, q_start, q_end, revision_key)
"""


def _shared(meanings: list[object]) -> list[bool]:
    """For each name's meaning, whether another name means the same."""
    counts = Counter(meanings)
    return [counts[m] > 1 for m in meanings]


def _check(con: duckdb.DuckDBPyConnection, path: Path, file_name: str, quoted: dict[str, str]) -> None:
    """Reject the table at its first bad row: a blank, or a count, year or quarter that
    cannot be read, or a figure beyond what the store holds. (Rows for the same place,
    quarter and code are parts of one figure and are added: the Home Office gives
    homicide, 1/4.1/4.10/4.2, in several rows.)"""
    key = "concat_ws('|', force_name, year, quarter, code_text)"
    problems = con.execute(
        f"""
        SELECT
            (SELECT any_value({key}) FROM prc_in
             WHERE bad > 0 OR force_name IS NULL OR year IS NULL OR quarter IS NULL OR code_text IS NULL),
            (SELECT any_value(year) FROM (SELECT DISTINCT trim(year) AS year FROM prc_in)
             WHERE NOT regexp_full_match(year, '(19|20)\\d\\d/\\d\\d')
                OR (CAST(left(year, 4) AS INTEGER) + 1) % 100 <> CAST(right(year, 2) AS INTEGER)),
            (SELECT any_value(trim(quarter)) FROM prc_in WHERE trim(quarter) NOT IN ('1', '2', '3', '4')),
            (SELECT any_value({key}) FROM prc_in WHERE abs(value) > $largest)
        """, {"largest": LARGEST_VALUE}
    ).fetchone()
    bad_count, bad_year, bad_quarter, too_large = problems
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
    if too_large is not None:
        line = _first_line(con, path, quoted, "count", None, key=too_large)
        raise InputError(f"{file_name} line {line}: the number of offences of this force, quarter and code is beyond "
                         f"what a figure can be ({LARGEST_VALUE:,} at most); check the figure, nothing was written")


def _first_line(con, path: Path, quoted: dict[str, str], role: str, value: str | None, *,
                key: str | None = None) -> int:
    """The first line of the file holding a bad value (or a row of a bad key): the file is
    read again only when it is rejected, so a good file is read once."""
    key_sql = "concat_ws('|', " + ", ".join(quoted[r] for r in ("force", "year", "quarter", "code")) + ")"
    where = f"trim({quoted[role]}) = trim($wanted)" if key is None else f"{key_sql} = $wanted"
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


