"""per_day: a period's count over its days."""

from .base import FactKind


class PerDay(FactKind):
    """A count of offences (or crimes) divided by the days of its period (a financial year
    has 365 or 366), for every exact count and every exact total. A published daily average is a Fact too, and
    where the count exists it is checked against it: it agrees when the count's average
    rounds to it (the range of counts a published average allows is an ``implied`` Fact)."""

    kind = "per_day"
    # a daily average is of a count or a total
    reads = ("total",)

    def run(self, con) -> None:
        self.insert(
            con,
            """
            WITH exact AS (
                SELECT id, release, measure, area, period_start, period_end, period_label, period_days AS days,
                       breakdown, value, unit, [id] AS inputs
                FROM best WHERE status = 'reported' AND coalesce(qualifier, 'exact') = 'exact'
                     AND unit IN ('offences', 'crimes')
                UNION ALL
                SELECT f.id, f.release, f.measure, f.area, f.period_start, f.period_end, p.label, p.days,
                       f.breakdown, f.value, f.unit, [f.id]
                FROM facts f JOIN periods p ON p.start = f.period_start AND p."end" = f.period_end
                WHERE f.kind = 'total' AND f.value IS NOT NULL AND f.lower IS NULL AND f.unit IN ('offences', 'crimes')
            )
            SELECT 'per_day' AS kind, id AS key, release, measure, area, period_start, period_end,
                   NULL AS base_start, NULL AS base_end, breakdown, value / days AS value, NULL AS lower,
                   NULL AS upper, unit || '_per_day' AS unit, NULL AS qualifier,
                   concat(fnum(value), ' ', unit, ' over the ', fnum(days), ' days of ', period_label, ' = ',
                          format('{:.2f}', value / days), ' a day') AS formula,
                   inputs, no_caveats() AS caveats, NULL AS detail
            FROM exact
            """,
        )
        self.insert(
            con,
            """
            SELECT 'per_day' AS kind, o.id AS key, o.release, o.measure, o.area, o.period_start, o.period_end,
                   NULL AS base_start, NULL AS base_end, o.breakdown, o.value, NULL AS lower, NULL AS upper,
                   o.unit, o.qualifier,
                   'published as ' || fnum(o.value) || ' a day in ' || o.period_label
                   || CASE WHEN c.id IS NULL THEN ''
                           WHEN abs(c.value / o.period_days - o.value) <= half_step(o.value)
                           THEN '; the count, ' || fnum(c.value) || ', gives ' || format('{:.2f}', c.value / o.period_days) || ', which agrees'
                           ELSE '; the count, ' || fnum(c.value) || ', gives ' || format('{:.2f}', c.value / o.period_days) || ', which does not agree' END AS formula,
                   CASE WHEN c.id IS NULL THEN [o.id] ELSE [o.id, c.id] END AS inputs,
                   CASE WHEN c.id IS NOT NULL AND abs(c.value / o.period_days - o.value) > half_step(o.value)
                        THEN [caveat('conflict', 'published as ' || fnum(o.value) || ' a day but the count gives '
                             || format('{:.2f}', c.value / o.period_days), [])]
                        ELSE no_caveats() END AS caveats,
                   json_object('published', true) AS detail
            FROM obs o
            LEFT JOIN best c ON c.area = o.area AND c.measure = o.measure AND c.breakdown = o.breakdown
                 AND c.period_start = o.period_start AND c.period_end = o.period_end
                 AND c.unit || '_per_day' = o.unit AND c.status = 'reported' AND coalesce(c.qualifier, 'exact') = 'exact'
            WHERE o.unit LIKE '%\\_per\\_day' ESCAPE '\\' AND o.status = 'reported'
            """,
        )
