"""The frame: an in-memory DuckDB holding what the Fact kinds read and write.

Read (built here, once per state of the store):

``obs``
    every current observation, with its area's name and level and its period's label,
    days and kind, and its release's publication date;
``counts``
    the observations that are counts (not shares, changes, daily averages or a quarter's
    net figure) and give a number or bounds (``reported`` or ``suppressed``);
``best``
    one count per area and subject (measure, period, breakdown, unit): the one from the
    latest release, with how many releases gave it and the values they gave, and hashes
    of its subject and of its series (measure, area, breakdown, unit) to group on fast;
``gaps``
    figures asked and not given (``not_held``, ``exempt``, ``no_response``, ``not_in_force``);
``members``, ``group_sizes``
    for every area that adds up forces (region, nation, England and Wales, the UK), its
    forces, each with the child area it reaches the group through, and how many there are;
``unasked``
    for each release a campaign asked for, the areas that add up forces some of which it
    never asked: they get no total or rank from that release's figures;
``measures`` and ``population``.

Written (by the Fact kinds): ``facts`` (a view over one table per batch of Facts) and ``why_not``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ..areas import all_areas, ancestors, forces_in
from ..model import NET_UNITS, RATE_UNITS, Observation
from ..offences import child_sexual_codes, measures, partly_child_codes
from ..periods import Period

if TYPE_CHECKING:
    from ..store import Store

FACT_COLUMNS = (
    "id", "kind", "release", "measure", "area", "period_start", "period_end", "base_start", "base_end",
    "breakdown", "value", "lower", "upper", "unit", "qualifier", "formula", "inputs", "caveats", "detail",
)

_SCHEMA = f"""
CREATE TABLE fact_part_0 (
    id VARCHAR, kind VARCHAR, release VARCHAR, measure VARCHAR, area VARCHAR,
    period_start DATE, period_end DATE, base_start DATE, base_end DATE, breakdown VARCHAR,
    value DOUBLE, lower DOUBLE, upper DOUBLE, unit VARCHAR, qualifier VARCHAR, formula VARCHAR,
    inputs VARCHAR[], caveats STRUCT(kind VARCHAR, text VARCHAR, areas VARCHAR[])[], detail JSON
);
CREATE VIEW facts AS FROM fact_part_0;
CREATE TABLE why_not (
    kind VARCHAR, measure VARCHAR, area VARCHAR, period_start DATE, period_end DATE,
    base_start DATE, base_end DATE, breakdown VARCHAR, reason VARCHAR
);
-- numbers in formulas: thousands commas, one decimal place where not whole, a true minus sign
CREATE MACRO fnum(x) AS CASE WHEN x IS NULL THEN '?'
    -- most figures are whole and under 1,000, and a plain cast is several times cheaper than format
    WHEN x = round(x) AND x >= 0 AND x < 1000 THEN CAST(CAST(x AS BIGINT) AS VARCHAR)
    WHEN x = round(x) THEN replace(format('{{:,}}', CAST(x AS BIGINT)), '-', '−')
    ELSE replace(format('{{:,.1f}}', x), '-', '−') END;
-- the upper bound of a range, where there is one (fnum would say '?' for none)
CREATE MACRO at_most(x) AS CASE WHEN x IS NULL THEN '' ELSE ' and at most ' || fnum(x) END;
CREATE MACRO fsigned(x) AS CASE WHEN x > 0 THEN '+' ELSE '' END || fnum(x);
CREATE MACRO fpct(x) AS CASE WHEN x > 0 THEN '+' ELSE '' END || replace(format('{{:.1f}}', x), '-', '−') || '%';
CREATE MACRO fratio(x) AS format('{{:.2f}}', x);
-- a group's rows as a sorted list, each row its fields joined by a unit separator, and a
-- field of such a row: DuckDB aggregates strings far faster than it builds lists of
-- structs, or keeps an aggregate's order (the separators sort before any text)
CREATE MACRO sorted_rows(r) AS list_sort(string_split(string_agg(r, chr(30)), chr(30)));
CREATE MACRO row_of(a, b) AS concat_ws(chr(31), a, b),
    (a, b, c) AS concat_ws(chr(31), a, b, c),
    (a, b, c, d) AS concat_ws(chr(31), a, b, c, d);
CREATE MACRO field(r, n) AS split_part(r, chr(31), n);
CREATE MACRO caveat(k, t, a) AS {{'kind': k, 'text': t, 'areas': a}};
CREATE MACRO no_caveats() AS CAST([] AS STRUCT(kind VARCHAR, text VARCHAR, areas VARCHAR[])[]);
-- what a figure that was not given means, in words
CREATE MACRO gap_text(name, status) AS name || CASE status
    WHEN 'no_response' THEN ' did not respond'
    WHEN 'not_held' THEN ' does not hold the figure'
    WHEN 'exempt' THEN ' refused to give the figure'
    WHEN 'not_in_force' THEN ': the offence was not yet in force'
    ELSE ' gave no figure' END;
-- how far a published figure may lie from the exact one and still round to it
CREATE MACRO half_step(x) AS CASE WHEN x = round(x) THEN 0.5 WHEN x * 10 = round(x * 10) THEN 0.05 ELSE 0.005 END;
CREATE MACRO rate_unit(u) AS list_contains({sorted(RATE_UNITS)!r}, u);
CREATE MACRO net_unit(u) AS list_contains({sorted(NET_UNITS)!r}, u);
"""


def build_frame(
    store: Store,
    *,
    extra: Sequence[Observation] = (),
    population_csv: Path | None = None,
    asked: Mapping[str, Iterable[str]] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Build the frame from the store's current figures plus ``extra`` observations (the
    gaps the request log implies, unless the store already has a figure or status for the
    same subject), where the workspace has one its population table, and the forces each
    release's campaign ``asked`` (release -> force ids)."""
    # one thread a query: the Fact kinds run in two lanes side by side (see engine.lanes),
    # and the frame's tables are far too small for a query to gain from more
    con = duckdb.connect(config={"threads": 1})
    con.execute(_SCHEMA)
    _reference_tables(con, population_csv)
    _unasked(con, asked or {})
    store.copy_current(con, observations="raw", pending="pending")
    if extra:
        rows = [
            (o.id, o.release, "", o.measure, o.area, o.period.start, o.period.end,
             o.base_period.start if o.base_period else None, o.base_period.end if o.base_period else None,
             str(o.breakdown), o.value, o.lower, o.upper, o.unit, o.status.value,
             o.qualifier.value if o.qualifier else None, o.note)
            for o in extra
        ]
        con.execute("CREATE TEMP TABLE extra AS SELECT * FROM raw LIMIT 0")
        insert_rows(con, "extra", rows)
        # a gap the store already records (a published no_response, a reply's own figure) is not repeated
        con.execute(
            "INSERT INTO raw SELECT * FROM extra e WHERE NOT EXISTS (SELECT 1 FROM raw r WHERE r.measure = e.measure "
            "AND r.area = e.area AND r.period_start = e.period_start AND r.period_end = e.period_end "
            "AND r.breakdown = e.breakdown AND r.base_start IS NULL)"
        )
    _sum_age_bands(con)
    _sum_child_codes(con)
    _periods(con)
    con.execute(
        """
        CREATE TABLE obs AS
        SELECT raw.*, a.name AS area_name, a.level AS area_level,
               p.label AS period_label, p.days AS period_days, p.kind AS period_kind,
               b.label AS base_label
        FROM raw JOIN areas a ON a.id = raw.area
        JOIN periods p ON p.start = raw.period_start AND p."end" = raw.period_end
        LEFT JOIN periods b ON b.start = raw.base_start AND b."end" = raw.base_end;

        -- a quarter's net figure (offences recorded less those cancelled in it, some below 0)
        -- is material for whole years (see _sum_child_codes), not a count to state
        CREATE VIEW counts AS
        SELECT * FROM obs WHERE NOT rate_unit(unit) AND NOT net_unit(unit) AND status IN ('reported', 'suppressed');

        CREATE TABLE best AS
        SELECT * EXCLUDE (pick) FROM (
            SELECT *,
                   hash(measure, period_start, period_end, breakdown, unit) AS subject,
                   hash(measure, area, breakdown, unit) AS series,
                   count(*) OVER subject AS releases_giving,
                   list(value) OVER subject AS values_given,
                   row_number() OVER (PARTITION BY measure, area, period_start, period_end, breakdown, unit
                                      ORDER BY published DESC, release DESC) AS pick
            FROM counts
            WINDOW subject AS (PARTITION BY measure, area, period_start, period_end, breakdown, unit)
        ) WHERE pick = 1;

        CREATE VIEW gaps AS
        SELECT * FROM obs WHERE status NOT IN ('reported', 'suppressed');
        """
    )
    return con


def _sum_age_bands(con: duckdb.DuckDBPyConnection) -> None:
    """A force's figure for all children where it gave only figures by victim age: the sum
    of age bands that run from 0 to 17 without a gap or an overlap, for the same measure,
    period, release and unit, when the force gave no figure of its own for the whole and
    none is held for review.
    A withheld band makes the sum a range. ``parts`` lists the bands' ids (the row's own
    id is made from them); other rows have none."""
    con.execute("ALTER TABLE raw ADD COLUMN parts VARCHAR[]")
    con.execute(
        """
        INSERT INTO raw
        WITH bands AS (
            SELECT *, CAST(regexp_extract(breakdown, 'victim_age_min=(\\d+)', 1) AS INTEGER) AS age_min,
                      CAST(regexp_extract(breakdown, 'victim_age_max=(\\d+)', 1) AS INTEGER) AS age_max
            FROM raw
            WHERE status IN ('reported', 'suppressed') AND base_start IS NULL
              AND coalesce(qualifier, 'exact') = 'exact'
              AND regexp_full_match(breakdown, 'victim_age_max=\\d+;victim_age_min=\\d+')
        ),
        sets AS (
            SELECT release, published, measure, area, period_start, period_end, unit,
                   list(id ORDER BY age_min) AS parts,
                   list(age_min ORDER BY age_min) AS mins, list(age_max ORDER BY age_min) AS maxes,
                   count(*) FILTER (WHERE status = 'suppressed') AS withheld,
                   count(*) FILTER (WHERE status = 'suppressed' AND upper IS NULL) AS unbounded,
                   sum(coalesce(value, lower, 0)) AS low, sum(coalesce(value, upper)) AS high
            FROM bands GROUP BY ALL
        )
        SELECT concat('sum-', substr(md5(array_to_string(parts, ',')), 1, 12)), release, published, measure, area,
               period_start, period_end, NULL, NULL, '',
               CASE WHEN withheld = 0 THEN low END, CASE WHEN withheld > 0 THEN low END,
               CASE WHEN withheld > 0 AND unbounded = 0 THEN high END,
               unit, CASE WHEN withheld = 0 THEN 'reported' ELSE 'suppressed' END,
               CASE WHEN withheld = 0 THEN 'exact' END, 'the sum of its figures by victim age', parts
        FROM sets s
        WHERE mins[1] = 0 AND maxes[-1] = 17 AND len(parts) >= 2
          AND list_reduce(list_transform(range(1, len(parts)), lambda i: mins[i + 1] = maxes[i] + 1),
                          lambda a, b: a AND b)
          AND NOT EXISTS (SELECT 1 FROM raw r WHERE r.area = s.area AND r.measure = s.measure AND r.unit = s.unit
                          AND r.period_start = s.period_start AND r.period_end = s.period_end
                          AND r.breakdown = '' AND r.base_start IS NULL)
          AND NOT EXISTS (SELECT 1 FROM pending p WHERE p.area = s.area AND p.breakdown = '{}'
                          AND p.period_start = s.period_start AND p.period_end = s.period_end)
        """
    )


# the measure the open data give by offence code, and the one summed from its child codes
RECORDED = "recorded_offences"
CHILD_SEXUAL = "child_sexual_offences"


def derived_measures(held: set[str]) -> set[str]:
    """The measures the frame makes from measures the store holds."""
    return {CHILD_SEXUAL} if RECORDED in held else set()


def _sum_child_codes(con: duckdb.DuckDBPyConnection) -> None:
    """A force's child sexual offences for a financial year from police recorded crime
    open data: the sum of its figures for the child-specific sexual offence codes of
    ``offences.csv`` (19D, 19E, … 88A) over the year's four quarters, made only where every
    code it gave has all four quarters (a year in progress has none). Codes that mix
    children and adults (23, 86) are never in it, and ``definition`` says so, with what
    else it leaves out; ``parts`` lists the quarterly figures; ``note`` names each code
    with its year's figure, for the formula."""
    codes = [o.code for o in child_sexual_codes()]
    partial = " and ".join(f"{o.code} ({o.description.lower()})" for o in partly_child_codes())
    definition = (
        f"counted from the child-specific offence codes only ({', '.join(codes)}): {partial} hold offences "
        "against children and adults alike and are not included, nor are offences against 16- and 17-year-olds "
        "recorded under codes for victims of any age (such as 19C), so more sexual offences against children "
        "were recorded than this"
    )
    con.execute("ALTER TABLE raw ADD COLUMN definition VARCHAR")
    con.execute(
        """
        INSERT INTO raw
        WITH quarters AS (
            SELECT *, regexp_extract(breakdown, '^offence_code=(.+)$', 1) AS code,
                   year(period_start) - CASE WHEN month(period_start) < 4 THEN 1 ELSE 0 END AS fy
            FROM raw
            WHERE measure = $recorded AND status = 'reported' AND base_start IS NULL
              AND day(period_start) = 1 AND month(period_start) IN (1, 4, 7, 10)
              AND period_end = CAST(period_start + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE)
              AND list_contains($codes, regexp_extract(breakdown, '^offence_code=(.+)$', 1))
        ),
        per_code AS (
            SELECT release, published, area, fy, code, sum(value) AS value,
                   count(DISTINCT period_start) AS quarters, list(id ORDER BY period_start) AS ids
            FROM quarters GROUP BY ALL
        ),
        years AS (
            SELECT release, published, area, fy, bool_and(quarters = 4) AS whole, sum(value) AS value,
                   flatten(list(ids ORDER BY list_position($codes, code))) AS parts,
                   string_agg(code || ' ' || fnum(value), ' + ' ORDER BY list_position($codes, code)) AS sum_text
            FROM per_code GROUP BY ALL
        )
        SELECT concat('csum-', substr(md5(array_to_string(parts, ',')), 1, 12)), release, published, $child, area,
               make_date(fy, 4, 1), make_date(fy + 1, 3, 31), NULL, NULL, '', value, NULL, NULL, 'offences',
               'reported', 'exact',
               'the sum of the child-specific offence codes over the four quarters in the police recorded crime '
               || 'open data: ' || sum_text,
               parts, $definition
        FROM years WHERE whole AND value >= 0
        """,
        {"recorded": RECORDED, "codes": codes, "child": CHILD_SEXUAL, "definition": definition},
    )


def _unasked(con: duckdb.DuckDBPyConnection, asked: Mapping[str, Iterable[str]]) -> None:
    """``unasked``: (release, area) for each area adding up forces some of which the
    release's campaign never asked (a force never asked did not "give no figure")."""
    groups = [a.id for a in all_areas().values() if not a.is_force]
    rows = []
    for release, forces in asked.items():
        forces = set(forces)
        rows += [(release, g) for g in groups if any(f.id not in forces for f in forces_in(g))]
    con.execute("CREATE TABLE unasked (release VARCHAR, grp VARCHAR)")
    insert_rows(con, "unasked", rows)


def _reference_tables(con: duckdb.DuckDBPyConnection, population_csv: Path | None) -> None:
    areas = all_areas()
    con.execute(
        "CREATE TABLE areas (id VARCHAR PRIMARY KEY, name VARCHAR, short_name VARCHAR, level VARCHAR, nation VARCHAR)"
    )
    insert_rows(con, "areas", [(a.id, a.name, a.short_name, a.level, a.nation) for a in areas.values()])
    members = []
    for group in areas.values():
        if group.is_force:
            continue
        for force in forces_in(group.id):
            path = [force.id, *ancestors(force.id)]
            child = path[path.index(group.id) - 1]
            members.append((group.id, force.id, child))
    con.execute("CREATE TABLE members (grp VARCHAR, force VARCHAR, child VARCHAR)")
    insert_rows(con, "members", members)
    con.execute("CREATE TABLE group_sizes AS SELECT grp, count(*) AS forces FROM members GROUP BY grp")
    con.execute(
        "CREATE TABLE measures (measure VARCHAR PRIMARY KEY, title VARCHAR, in_force_from DATE, "
        "part_of VARCHAR, share_of VARCHAR)"
    )
    insert_rows(con, "measures", [(m.measure, m.title, m.in_force_from, m.part_of or None, m.share_of or None)
                                  for m in measures().values()])
    con.execute("CREATE TABLE population (area VARCHAR, year INTEGER, children DOUBLE, source VARCHAR)")
    if population_csv is not None:
        insert_rows(con, "population", read_population(population_csv))


def read_population(path: Path) -> list[tuple[str, int, float, str]]:
    """Rows of a workspace's ``population.csv``: area, year (the mid-year, 30 June),
    population_0_17, source. Areas may be any spelling."""
    from ..areas import resolve_area
    from ..errors import InputError

    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        needed = {"area", "year", "population_0_17"}
        if not needed <= set(reader.fieldnames or ()):
            raise InputError(f"{path} line 1: a population table needs the columns area, year, population_0_17, source")
        for row in reader:
            try:
                rows.append((resolve_area(row["area"]).id, int(row["year"]), float(row["population_0_17"]),
                             row.get("source") or ""))
            except (ValueError, LookupError) as exc:
                raise InputError(f"{path} line {reader.line_num}: {exc}") from None
    return rows


def _periods(con: duckdb.DuckDBPyConnection) -> None:
    """A row per period in the data: its label, days and kind, worked out by Period."""
    pairs = con.execute(
        "SELECT DISTINCT period_start, period_end FROM raw UNION SELECT DISTINCT base_start, base_end "
        "FROM raw WHERE base_start IS NOT NULL"
    ).fetchall()
    con.execute('CREATE TABLE periods (start DATE, "end" DATE, label VARCHAR, days INTEGER, kind VARCHAR)')
    rows = []
    for start, end in pairs:
        period = Period(start, end)
        rows.append((start, end, period.label, period.days, period.kind))
    insert_rows(con, "periods", rows)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple]) -> None:
    """Insert rows into a table, many to a statement: DuckDB's ``executemany`` runs one
    statement per row, and refuses an empty list (an empty store is not an error)."""
    for first in range(0, len(rows), 500):
        chunk = rows[first:first + 500]
        marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
        con.execute(f"INSERT INTO {table} VALUES {', '.join([marks] * len(chunk))}",
                    [value for row in chunk for value in row])
