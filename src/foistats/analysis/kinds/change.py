"""change: the rise or fall of one subject between two comparable periods."""

from .base import FactKind

# Pairs of a series worth stating: each period against the one before it, and the latest
# against every earlier one. Both sides must be whole periods of the same kind and length.
PAIRS_SQL = """
-- for an area that adds up forces and has figures of its own: which of its forces gave a
-- figure, and which did not
CREATE TEMP TABLE coverage AS
SELECT m.grp, o.measure, o.breakdown, o.period_start, o.period_end,
       list_distinct(list(o.area) FILTER (WHERE o.status IN ('reported', 'suppressed'))) AS present,
       list_distinct(list(o.area) FILTER (WHERE o.status NOT IN ('reported', 'suppressed'))) AS missing
FROM obs o JOIN members m ON m.force = o.area
WHERE NOT rate_unit(o.unit) AND m.grp IN (SELECT area FROM best)
GROUP BY ALL;

CREATE TEMP TABLE change_pairs AS
WITH series AS (
    SELECT b.*, datediff('month', b.period_start, b.period_end + 1) AS months,
           dense_rank() OVER (PARTITION BY series, period_kind, datediff('month', period_start, period_end + 1)
                              ORDER BY period_start DESC) AS recency
    FROM best b
    WHERE period_kind IN ('financial_year', 'calendar_year', 'financial_years', 'calendar_years', 'months')
)
SELECT p.id AS p_id, b.id AS b_id,
       list_intersect(coalesce(pc.missing, []), coalesce(bc.present, []))
       || list_intersect(coalesce(bc.missing, []), coalesce(pc.present, [])) AS coverage_differs,
       p.measure, p.area, p.area_name, p.breakdown, p.unit,
       p.period_start, p.period_end, p.period_label, b.period_start AS base_start, b.period_end AS base_end,
       b.period_label AS base_label, p.value AS p_value, b.value AS b_value,
       p.status AS p_status, b.status AS b_status, p.qualifier AS p_qualifier, b.qualifier AS b_qualifier,
       CASE WHEN p.published || p.release >= b.published || b.release THEN p.release ELSE b.release END AS release,
       ms.in_force_from
FROM series p JOIN series b
  ON b.series = p.series AND b.period_kind = p.period_kind AND b.months = p.months AND b.period_end < p.period_start
 AND (p.recency = 1 OR b.recency = p.recency + 1)
LEFT JOIN measures ms ON ms.measure = p.measure
LEFT JOIN coverage pc ON pc.grp = p.area AND pc.measure = p.measure AND pc.breakdown = p.breakdown
     AND pc.period_start = p.period_start AND pc.period_end = p.period_end
LEFT JOIN coverage bc ON bc.grp = b.area AND bc.measure = b.measure AND bc.breakdown = b.breakdown
     AND bc.period_start = b.period_start AND bc.period_end = b.period_end;

CREATE TEMP TABLE count_caveats AS
SELECT inputs[1] AS obs_id, caveats FROM facts WHERE kind = 'count' AND len(caveats) > 0;

-- the pairs a change (and a ratio) is made of, with what their Facts share worked out once:
-- the two figures in words and the caveats of the counts they come from
CREATE TEMP TABLE comparable_pairs AS
SELECT change_pairs.*, concat(fnum(p_value), ' in ', period_label, ' against ', fnum(b_value), ' in ', base_label) AS said,
       fnum(p_value) AS p_text, fnum(b_value) AS b_text,
       list_distinct(list_concat(coalesce(pk.caveats, no_caveats()), coalesce(bk.caveats, no_caveats()))) AS caveats
FROM change_pairs
LEFT JOIN count_caveats pk ON pk.obs_id = p_id
LEFT JOIN count_caveats bk ON bk.obs_id = b_id
WHERE p_status = 'reported' AND b_status = 'reported'
  AND coalesce(p_qualifier, 'exact') = 'exact' AND coalesce(b_qualifier, 'exact') = 'exact'
  AND (in_force_from IS NULL OR in_force_from <= base_end)
  AND len(coverage_differs) = 0;
"""


class Change(FactKind):
    """The change between two periods of the same subject (measure, area, breakdown, unit),
    as two Facts: the absolute change (in the subject's unit) and the per cent change.

    Made only when comparable: both whole periods of the same kind and length (two
    financial years, two calendar years, two runs of as many years or months), the
    offence in force in both, and both figures exact. The pairs stated are each period
    against the one before it and the latest against every earlier one; any other pair
    can be asked of ``why_not``. A per cent change from zero is not made.

    A published per cent change is a Fact too; where the counts exist, it is checked
    against them: it agrees when the change from the counts rounds to it, and otherwise
    carries a ``conflict`` caveat with both numbers.
    """

    kind = "change"
    # a change carries the caveats of the counts it compares
    reads = ("count",)

    def validate(self, con) -> None:
        con.execute(PAIRS_SQL)
        con.execute(
            """
            INSERT INTO why_not
            SELECT 'change', measure, area, period_start, period_end, base_start, base_end, breakdown,
                   CASE WHEN len(coverage_differs) > 0
                        THEN 'the two figures do not cover the same forces ('
                             || array_to_string(coverage_differs, ', ') || ' gave a figure for only one of them)'
                        WHEN in_force_from > base_end
                        THEN 'the offence came into force on ' || strftime(in_force_from, '%-d %B %Y')
                             || ', after ' || base_label
                        WHEN p_status <> 'reported' THEN 'the ' || period_label || ' figure is withheld as a small number'
                        WHEN b_status <> 'reported' THEN 'the ' || base_label || ' figure is withheld as a small number'
                        ELSE 'the ' || CASE WHEN coalesce(p_qualifier, 'exact') <> 'exact' THEN period_label
                             ELSE base_label END || ' figure is not exact (published as '
                             || coalesce(nullif(p_qualifier, 'exact'), b_qualifier) || ')' END
            FROM change_pairs
            WHERE p_id NOT IN (SELECT p_id FROM comparable_pairs WHERE comparable_pairs.b_id = change_pairs.b_id);

            -- a figure that was not given, against any figure of its series
            INSERT INTO why_not
            SELECT 'change', measure, area,
                   CASE WHEN later THEN g_start ELSE b_start END, CASE WHEN later THEN g_end ELSE b_end END,
                   CASE WHEN later THEN b_start ELSE g_start END, CASE WHEN later THEN b_end ELSE g_end END,
                   breakdown, reason
            FROM (
                SELECT g.measure, g.area, g.breakdown, g.period_start AS g_start, g.period_end AS g_end,
                       b.period_start AS b_start, b.period_end AS b_end, g.period_start > b.period_start AS later,
                       gap_text(g.area_name, g.status) || ' for ' || g.period_label AS reason
                FROM gaps g JOIN best b ON b.measure = g.measure AND b.area = g.area AND b.breakdown = g.breakdown
                WHERE (g.period_start, g.period_end) <> (b.period_start, b.period_end)
            );

            -- periods of different kinds or lengths
            INSERT INTO why_not
            SELECT 'change', p.measure, p.area, p.period_start, p.period_end, b.period_start, b.period_end, p.breakdown,
                   p.period_label || ' and ' || b.period_label || ' are not periods of the same kind and length'
            FROM best p JOIN best b ON b.measure = p.measure AND b.area = p.area AND b.breakdown = p.breakdown
                 AND b.unit = p.unit AND b.period_end < p.period_start
            WHERE p.period_kind <> b.period_kind OR p.period_days NOT BETWEEN b.period_days - 3 AND b.period_days + 3;
            """
        )

    def run(self, con) -> None:
        self.insert(
            con,
            """
            SELECT 'change' AS kind, concat_ws('|', p_id, b_id, unit) AS key, release, measure, area,
                   period_start, period_end, base_start, base_end, breakdown,
                   p_value - b_value AS value, NULL AS lower, NULL AS upper, unit, NULL AS qualifier,
                   concat(said, ': ', p_text, ' − ', b_text, ' = ', fsigned(p_value - b_value)) AS formula,
                   [p_id, b_id] AS inputs, caveats, NULL AS detail
            FROM comparable_pairs
            UNION ALL
            SELECT 'change', concat_ws('|', p_id, b_id, 'percent_change'), release, measure, area,
                   period_start, period_end, base_start, base_end, breakdown,
                   (p_value - b_value) / b_value * 100, NULL, NULL, 'percent_change', NULL,
                   concat(said, ': (', p_text, ' − ', b_text, ') / ', b_text, ' = ',
                          fpct((p_value - b_value) / b_value * 100)),
                   [p_id, b_id], caveats, NULL
            FROM comparable_pairs WHERE b_value <> 0
            """,
        )
        self.insert(
            con,
            """
            WITH published AS (
                SELECT o.*, c.value AS computed, c.id AS computed_id
                FROM obs o
                LEFT JOIN facts c ON c.kind = 'change' AND c.unit = 'percent_change' AND c.measure = o.measure
                     AND c.area = o.area AND c.breakdown = o.breakdown AND c.period_start = o.period_start
                     AND c.period_end = o.period_end AND c.base_start = o.base_start AND c.base_end = o.base_end
                WHERE o.unit = 'percent_change' AND o.status = 'reported'
            )
            SELECT 'change' AS kind, id AS key, release, measure, area, period_start, period_end, base_start, base_end,
                   breakdown, value, NULL AS lower, NULL AS upper, unit, qualifier,
                   'published as ' || fsigned(value) || '% for ' || period_label || ' against ' || base_label
                   || CASE WHEN computed IS NULL THEN ''
                           ELSE '; from the counts ' || fpct(computed)
                                || CASE WHEN abs(computed - value) <= half_step(value) THEN ', which agrees' ELSE ', which does not agree' END
                      END AS formula,
                   CASE WHEN computed_id IS NULL THEN [id] ELSE [id, computed_id] END AS inputs,
                   CASE WHEN computed IS NOT NULL AND abs(computed - value) > half_step(value)
                        THEN [caveat('conflict', 'published as ' || fsigned(value) || '% but the counts give '
                                     || fpct(computed), [])]
                        ELSE no_caveats() END AS caveats,
                   json_object('published', true) AS detail
            FROM published
            """,
        )

