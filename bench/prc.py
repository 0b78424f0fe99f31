"""Benchmark: a national police recorded crime open data table, beside pandas and DuckDB SQL.

A generator writes a synthetic table with the real one's shape at community safety
partnership (CSP) level: the 43 territorial forces of England and Wales, their CSPs, 10
financial years of four quarters, 130 offence codes (the 11 child-specific sexual
offence codes, 23 and 86 among them) and a count per row, some of them 0 or -1 as in the
real table. Full size is about 2 million rows (385 CSPs).

foistats ingests it (``foistats ingest``: DuckDB ``read_csv``, summed to forces), computes
every Fact of the workspace, and writes the stories of its release (Markdown, no charts).
Beside it, idiomatic pandas and plain DuckDB SQL over the CSV compute the same numbers
foistats' Facts give for ``child_sexual_offences``: each force's financial year, the
totals of every region, nation and England and Wales, each force's per cent change on the
year before, and its rank in each of its groups. Digests of the three sides' rows show
they are the same. Each side runs in its own process, so its peak memory (max RSS) is its
own.

    python bench/prc.py                      # 250,000 rows (under two minutes here)
    python bench/prc.py --rows 2000000       # full size
    python bench/prc.py --growth             # 0.25 M, 0.5 M, 1 M and 2 M rows
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

YEARS = range(2011, 2021)
CODES = 130
FORCES = 43
PER_CSP = len(YEARS) * 4 * CODES  # rows each CSP gives
GROWTH = (250_000, 500_000, 1_000_000, 2_000_000)
COLUMNS = ["Financial Year", "Financial Quarter", "Force Name", "CSP Name", "Offence Description",
           "Offence Group", "Offence Subgroup", "Offence Code", "Number of Offences"]


def child_codes() -> list[str]:
    from foistats.offences import child_sexual_codes

    return [o.code for o in child_sexual_codes()]


def generate(path: Path, rows: int) -> int:
    """Write the synthetic table (set-wise in DuckDB); the number of rows written."""
    import duckdb
    from foistats.areas import forces_in

    forces = [a.short_name for a in forces_in("england-and-wales")]
    assert len(forces) == FORCES
    codes = child_codes() + ["23", "86"]
    codes += [f"{n}X" for n in range(1, CODES - len(codes) + 1)]
    csps = max(FORCES, round(rows / PER_CSP))
    con = duckdb.connect()
    con.execute("CREATE TABLE forces AS SELECT unnest($1) AS force, generate_subscripts($1, 1) - 1 AS f", [forces])
    con.execute("CREATE TABLE codes AS SELECT unnest($1) AS code", [codes])
    con.execute(
        f"""
        COPY (
            SELECT y || '/' || lpad(CAST((y + 1) % 100 AS VARCHAR), 2, '0') AS "Financial Year",
                   q AS "Financial Quarter", f.force AS "Force Name", f.force || ' CSP ' || c AS "CSP Name",
                   'Offence ' || code AS "Offence Description", 'Group' AS "Offence Group",
                   'Subgroup' AS "Offence Subgroup", code AS "Offence Code",
                   CAST(hash(y, q, c, code) % 31 AS INTEGER) - 1 AS "Number of Offences"
            FROM range({YEARS.start}, {YEARS.stop}) t(y), range(1, 5) r(q), range({csps}) s(c), codes
            JOIN forces f ON f.f = c % {FORCES}
        ) TO '{path}' (HEADER, DELIMITER ',')
        """
    )
    return csps * PER_CSP


def members(path: Path) -> None:
    """Every area that adds up forces, with its forces and the part each reaches it through,
    kept where they are two or more parts (the areas foistats totals and ranks)."""
    from foistats.areas import all_areas, ancestors, forces_in

    rows = []
    for group in all_areas().values():
        if group.is_force:
            continue
        found = []
        for force in forces_in(group.id):
            if "england-and-wales" in ancestors(force.id) and force.territorial:
                chain = [force.id, *ancestors(force.id)]
                found.append((group.id, force.id, force.short_name, chain[chain.index(group.id) - 1]))
        if len({child for *_, child in found}) >= 2:
            rows += found
    path.write_text("grp,force,force_name,child\n" + "".join(",".join(map(str, r)) + "\n" for r in rows))


# --- the three sides: each gives rows (kind, area, year, value) --------------------------


def digest(rows: list[tuple]) -> str:
    clean = sorted((k, a, int(y), round(float(v), 6)) for k, a, y, v in rows)
    return hashlib.sha256(json.dumps(clean).encode()).hexdigest()[:16]


def side_foistats(csv: Path, _members: Path, stories: bool) -> dict:
    import foistats

    with tempfile.TemporaryDirectory() as tmp:
        ws = foistats.init(Path(tmp) / "ws")
        started = time.perf_counter()
        result = ws.ingest(csv)
        ingest = time.perf_counter() - started
        started = time.perf_counter()
        facts = ws.fact_set()
        compute = time.perf_counter() - started
        kinds = dict(facts.con.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind").fetchall())
        rows = facts.con.execute(
            """
            SELECT kind, CASE WHEN kind = 'rank' THEN area || '@' || json_extract_string(detail, '$.group') ELSE area END,
                   year(period_start), value
            FROM facts f JOIN areas a ON a.id = f.area
            WHERE measure = 'child_sexual_offences' AND breakdown = ''
              AND ((kind = 'count' AND a.level = 'force') OR kind IN ('total', 'rank')
                   OR (kind = 'change' AND unit = 'percent_change' AND a.level = 'force'
                       AND base_end + INTERVAL 1 DAY = period_start))
            """
        ).fetchall()
        out = {"ingest_s": ingest, "observations": result.written, "facts_s": compute, "facts": kinds,
               "digest": digest(rows), "rows": len(rows)}
        if stories:
            started = time.perf_counter()
            made = ws.stories(release="police-recorded-crime", out=Path(tmp) / "out", charts=False, format="md")
            out.update(stories_s=time.perf_counter() - started, stories=len(made.written), refused=len(made.refused))
    return out


def side_pandas(csv: Path, members_csv: Path, _stories: bool) -> dict:
    import pandas as pd

    started = time.perf_counter()
    table = pd.read_csv(csv, usecols=["Financial Year", "Financial Quarter", "Force Name", "Offence Code",
                                      "Number of Offences"], dtype={"Offence Code": str})
    groups = pd.read_csv(members_csv)
    child = table[table["Offence Code"].isin(child_codes())]
    child = child.assign(year=child["Financial Year"].str[:4].astype(int))
    # whole years only: every code of a force and year has its four quarters
    per_code = child.groupby(["Force Name", "year", "Offence Code"]).agg(
        value=("Number of Offences", "sum"), quarters=("Financial Quarter", "nunique")).reset_index()
    whole = per_code.groupby(["Force Name", "year"]).agg(value=("value", "sum"), whole=("quarters", lambda q: (q == 4).all()))
    counts = whole[whole["whole"]].reset_index().merge(groups[["force", "force_name"]].drop_duplicates(),
                                                       left_on="Force Name", right_on="force_name")
    rows = [("count", f, y, v) for f, y, v in counts[["force", "year", "value"]].itertuples(index=False)]
    in_groups = counts.merge(groups, on="force")
    totals = in_groups.groupby(["grp", "year"])["value"].sum().reset_index()
    rows += [("total", g, y, v) for g, y, v in totals.itertuples(index=False)]
    ordered = counts.sort_values(["force", "year"])
    previous = ordered.groupby("force")["value"].shift()
    changes = ordered.assign(pct=(ordered["value"] - previous) / previous * 100)
    changes = changes[(ordered["year"] - ordered.groupby("force")["year"].shift() == 1) & (previous > 0)]
    rows += [("change", f, y, p) for f, y, p in changes[["force", "year", "pct"]].itertuples(index=False)]
    in_groups["place"] = in_groups.groupby(["grp", "year"])["value"].rank(method="min", ascending=False)
    rows += [("rank", f"{f}@{g}", y, p) for f, g, y, p in in_groups[["force", "grp", "year", "place"]].itertuples(index=False)]
    return {"seconds": time.perf_counter() - started, "digest": digest(rows), "rows": len(rows)}


def side_sql(csv: Path, members_csv: Path, _stories: bool) -> dict:
    import duckdb

    started = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"CREATE TABLE members AS FROM read_csv('{members_csv}')")
    con.execute(
        f"""
        CREATE TABLE counts AS
        WITH per_code AS (
            SELECT "Force Name" AS name, CAST(left("Financial Year", 4) AS INTEGER) AS year, "Offence Code",
                   sum("Number of Offences") AS value, count(DISTINCT "Financial Quarter") AS quarters
            FROM read_csv('{csv}', types = {{'Offence Code': 'VARCHAR'}})
            WHERE list_contains($codes, "Offence Code")
            GROUP BY ALL
        )
        SELECT m.force, year, sum(value) AS value
        FROM per_code JOIN (SELECT DISTINCT force, force_name FROM members) m ON m.force_name = name
        GROUP BY ALL HAVING bool_and(quarters = 4)
        """,
        {"codes": child_codes()},
    )
    rows = con.execute(
        """
        SELECT 'count', force, year, value FROM counts
        UNION ALL
        SELECT 'total', grp, year, sum(value) FROM counts JOIN members USING (force) GROUP BY ALL
        UNION ALL
        SELECT 'change', force, year, pct FROM (
            SELECT force, year, 100 * (value - lag(value) OVER w) / lag(value) OVER w AS pct,
                   year - lag(year) OVER w AS gap, lag(value) OVER w AS base
            FROM counts WINDOW w AS (PARTITION BY force ORDER BY year)) WHERE gap = 1 AND base > 0
        UNION ALL
        SELECT 'rank', force || '@' || grp, year, rank() OVER (PARTITION BY grp, year ORDER BY value DESC)
        FROM counts JOIN members USING (force)
        """
    ).fetchall()
    return {"seconds": time.perf_counter() - started, "digest": digest(rows), "rows": len(rows)}


SIDES = {"foistats": side_foistats, "pandas": side_pandas, "sql": side_sql}


def run_side(name: str, csv: Path, members_csv: Path, stories: bool) -> dict:
    """One side in a process of its own, for its own peak memory."""
    done = subprocess.run([sys.executable, __file__, "--side", name, "--csv", str(csv), "--members", str(members_csv)]
                          + (["--stories"] if stories else []), capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(rows: int, folder: Path, stories: bool) -> dict:
    csv, members_csv = folder / f"prc-csp-{rows}.csv", folder / "members.csv"
    members(members_csv)
    started = time.perf_counter()
    written = generate(csv, rows)
    made = time.perf_counter() - started
    results = {name: run_side(name, csv, members_csv, stories) for name in SIDES}
    return {"rows": written, "generate_s": made, "megabytes": csv.stat().st_size / 1e6, **results}


def report(m: dict) -> None:
    f, p, s = m["foistats"], m["pandas"], m["sql"]
    print(f"\n{m['rows']:,} rows ({m['megabytes']:.0f} MB CSV, written in {m['generate_s']:.1f} s)")
    print(f"  foistats ingest   {f['ingest_s']:6.2f} s  {m['rows'] / f['ingest_s']:>11,.0f} rows/s  "
          f"-> {f['observations']:,} observations (CSPs summed to forces)")
    print(f"  foistats Facts    {f['facts_s']:6.2f} s  {sum(f['facts'].values()):>11,} Facts  "
          + ", ".join(f"{k} {v:,}" for k, v in f["facts"].items()))
    if "stories_s" in f:
        print(f"  foistats stories  {f['stories_s']:6.2f} s  {f['stories']:>11,} written, {f['refused']} refused")
    print(f"  foistats peak memory {f['peak_mb']:,.0f} MB")
    for name, side in (("pandas", p), ("DuckDB SQL", s)):
        print(f"  {name:<10} same totals, changes, ranks {side['seconds']:6.2f} s, peak memory {side['peak_mb']:,.0f} MB")
    same = len({f["digest"], p["digest"], s["digest"]}) == 1
    print(f"  digests {f['digest']} {p['digest']} {s['digest']} ({f['rows']:,} rows): "
          + ("the same numbers" if same else "DIFFERENT"))
    ingest_rate = m["rows"] / f["ingest_s"]
    whole = f["ingest_s"] + f["facts_s"]
    print(f"  targets: ingest >= 500,000 rows/s {'met' if ingest_rate >= 500_000 else 'NOT met'}; "
          f"Facts under 10 s {'met' if f['facts_s'] < 10 else 'NOT met'}; "
          f"Facts {f['facts_s'] / s['seconds']:.1f}x DuckDB SQL, {f['facts_s'] / p['seconds']:.1f}x pandas "
          f"({'met' if f['facts_s'] <= 2 * s['seconds'] and f['facts_s'] < p['seconds'] else 'NOT met'}); "
          f"ingest and Facts together {whole / s['seconds']:.1f}x SQL, {whole / p['seconds']:.1f}x pandas "
          "(each of which reads the CSV once and stores nothing)")
    if not same:
        raise SystemExit("the three sides computed different numbers")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=GROWTH[0], help="rows of the synthetic table (about)")
    parser.add_argument("--growth", action="store_true", help="measure at 0.25, 0.5, 1 and 2 million rows")
    parser.add_argument("--no-stories", action="store_true", help="leave out writing the stories")
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    parser.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--members", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stories", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        result = SIDES[args.side](args.csv, args.members, args.stories)
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        measured = [measure(rows, Path(tmp), not args.no_stories) for rows in (GROWTH if args.growth else [args.rows])]
        for m in measured:
            report(m)
    if len(measured) > 1:
        print("\ngrowth from the first size: rows, ingest time, Facts time, foistats peak memory")
        first = measured[0]
        for m in measured:
            print(f"  {m['rows'] / first['rows']:4.1f}x rows: ingest {m['foistats']['ingest_s'] / first['foistats']['ingest_s']:4.1f}x, "
                  f"Facts {m['foistats']['facts_s'] / first['foistats']['facts_s']:4.1f}x, "
                  f"memory {m['foistats']['peak_mb'] / first['foistats']['peak_mb']:4.1f}x")


if __name__ == "__main__":
    main()
