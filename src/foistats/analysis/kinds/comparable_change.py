"""comparable_change: the change over only the forces that gave figures for both periods."""

from .base import FactKind


class ComparableChange(FactKind):
    """For an area that adds up forces, the change between two periods summed over only
    the forces that gave an exact figure for both ("the 39 forces that answered both
    years"), as an absolute and a per cent change. The pairs of periods are those a
    :class:`~foistats.analysis.change.Change` would state (each period against the one
    before it, the latest against every earlier one), of the same kind and length; at
    least two forces must have answered both. The ``comparable_base`` caveat says how many
    of how many forces it covers."""

    kind = "comparable_change"

    def run(self, con) -> None:
        con.execute(
            """
            CREATE TEMP TABLE group_periods AS
            SELECT m.grp, b.measure, b.breakdown, b.unit, b.period_start, b.period_end, b.period_label, b.period_kind,
                   datediff('month', b.period_start, b.period_end + 1) AS months, any_value(b.subject) AS subject
            FROM best b JOIN members m ON m.force = b.area
            WHERE NOT EXISTS (SELECT 1 FROM unasked u WHERE u.release = b.release AND u.grp = m.grp)
              AND b.period_kind IN ('financial_year', 'calendar_year', 'financial_years', 'calendar_years', 'months')
            GROUP BY ALL;

            CREATE TEMP TABLE group_pairs AS
            WITH ranked AS (
                SELECT *, dense_rank() OVER (PARTITION BY grp, measure, breakdown, unit, period_kind, months
                                             ORDER BY period_start DESC) AS recency
                FROM group_periods
            )
            SELECT row_number() OVER () AS pair, p.grp, p.measure, p.breakdown, p.unit, p.period_start, p.period_end,
                   p.period_label, p.subject, b.period_start AS base_start, b.period_end AS base_end,
                   b.period_label AS base_label, b.subject AS base_subject
            FROM ranked p JOIN ranked b ON b.grp = p.grp AND b.measure = p.measure AND b.breakdown = p.breakdown
                 AND b.unit = p.unit AND b.period_kind = p.period_kind AND b.months = p.months
                 AND b.period_end < p.period_start AND (p.recency = 1 OR b.recency = p.recency + 1);
            """
        )
        self.insert(
            con,
            """
            WITH exact AS (
                SELECT * FROM best WHERE status = 'reported' AND coalesce(qualifier, 'exact') = 'exact'
            ),
            -- grouped on the pair's number alone, and its forces sorted once
            summed AS (
                SELECT gp.pair, sum(p.value) AS p_sum, sum(b.value) AS b_sum, count(*) AS n_forces,
                       max(CASE WHEN p.published || p.release >= b.published || b.release THEN p.release
                                ELSE b.release END) AS release,
                       sorted_rows(row_of(m.force, p.id, b.id)) AS parts
                FROM group_pairs gp JOIN members m ON m.grp = gp.grp
                JOIN exact p ON p.subject = gp.subject AND p.area = m.force
                JOIN exact b ON b.series = p.series AND b.subject = gp.base_subject
                GROUP BY gp.pair
                HAVING count(*) >= 2
            ),
            described AS MATERIALIZED (
                SELECT gp.*, s.* EXCLUDE (pair, parts), gs.forces AS n_members,
                       list_transform(s.parts, lambda x: field(x, 2)) || list_transform(s.parts, lambda x: field(x, 3))
                           AS inputs,
                       list_transform(s.parts, lambda x: field(x, 1)) AS forces,
                       concat('the ', fnum(n_forces), ' of the ', fnum(gs.forces), ' forces in ', a.name,
                              ' that gave figures for both ', gp.period_label, ' and ', gp.base_label) AS base_text
                FROM summed s JOIN group_pairs gp ON gp.pair = s.pair
                JOIN areas a ON a.id = gp.grp JOIN group_sizes gs ON gs.grp = gp.grp
            )
            SELECT 'comparable_change' AS kind, concat_ws('|', grp, measure, breakdown, unit, period_start,
                   period_end, base_start, base_end) AS key, release, measure, grp AS area,
                   period_start, period_end, base_start, base_end, breakdown,
                   p_sum - b_sum AS value, NULL AS lower, NULL AS upper, unit, NULL AS qualifier,
                   concat(base_text, ': ', fnum(p_sum), ' against ', fnum(b_sum), ' = ', fsigned(p_sum - b_sum)) AS formula,
                   inputs, [caveat('comparable_base', 'covers ' || base_text, forces)] AS caveats,
                   json_object('forces', n_forces, 'forces_in_area', n_members) AS detail
            FROM described
            UNION ALL
            SELECT 'comparable_change', concat_ws('|', grp, measure, breakdown, 'percent_change', period_start,
                   period_end, base_start, base_end), release, measure, grp, period_start, period_end,
                   base_start, base_end, breakdown, (p_sum - b_sum) / b_sum * 100, NULL, NULL, 'percent_change', NULL,
                   concat(base_text, ': (', fnum(p_sum), ' − ', fnum(b_sum), ') / ', fnum(b_sum), ' = ',
                          fpct((p_sum - b_sum) / b_sum * 100)),
                   inputs, [caveat('comparable_base', 'covers ' || base_text, forces)],
                   json_object('forces', n_forces, 'forces_in_area', n_members)
            FROM described WHERE b_sum <> 0
            """,
        )
