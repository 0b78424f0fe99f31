"""rate: a count per 10,000 children, only where the workspace has the population."""

from .base import FactKind


class Rate(FactKind):
    """An exact count of a whole year per 10,000 children living in the area, using the
    workspace's ``population.csv`` (area, year, population_0_17, source): the mid-year
    estimate for the year the period starts in (mid-2019 for 2019/20). Never guessed:
    with no population figure for an area and year, no rate is made and ``why_not`` says
    so. British Transport Police has no resident population, so no rate."""

    kind = "rate"

    def validate(self, con) -> None:
        con.execute(
            """
            INSERT INTO why_not
            SELECT 'rate', b.measure, b.area, b.period_start, b.period_end, NULL, NULL, b.breakdown,
                   CASE WHEN b.area = 'btp' THEN 'British Transport Police has no resident population'
                        WHEN (SELECT count(*) FROM population) = 0
                        THEN 'the workspace has no population table (population.csv)'
                        ELSE 'population.csv has no figure for ' || b.area_name || ' in mid-' || year(b.period_start) END
            FROM best b LEFT JOIN population p ON p.area = b.area AND p.year = year(b.period_start)
            WHERE b.period_kind IN ('financial_year', 'calendar_year') AND (p.area IS NULL OR b.area = 'btp')
            """
        )

    def run(self, con) -> None:
        self.insert(
            con,
            """
            SELECT 'rate' AS kind, b.id AS key, b.release, b.measure, b.area, b.period_start, b.period_end,
                   NULL AS base_start, NULL AS base_end, b.breakdown,
                   b.value / p.children * 10000 AS value, NULL AS lower, NULL AS upper,
                   b.unit || '_per_10000_children' AS unit, NULL AS qualifier,
                   fnum(b.value) || ' ' || b.unit || ' in ' || b.period_label || ' / ' || fnum(p.children)
                   || ' children (mid-' || p.year || ') × 10,000 = ' || format('{:.1f}', b.value / p.children * 10000)
                   || coalesce(' (population: ' || nullif(p.source, '') || ')', '') AS formula,
                   [b.id] AS inputs, no_caveats() AS caveats, NULL AS detail
            FROM best b JOIN population p ON p.area = b.area AND p.year = year(b.period_start)
            WHERE b.period_kind IN ('financial_year', 'calendar_year') AND b.status = 'reported'
              AND coalesce(b.qualifier, 'exact') = 'exact' AND b.area <> 'btp' AND p.children > 0
            """,
        )
