"""reconcile: a force's FOI figure beside the Home Office open data's for the same subject."""

from .base import FactKind


class Reconcile(FactKind):
    """For each force figure a reply or release gave (exact, reported) and the police
    recorded crime open data's figure for the same force, measure, period, breakdown and
    unit (a figure summed from the open data's offence codes, see
    ``frame._sum_child_codes``), the reply's figure less the open data's: ``value`` is the
    difference, ``detail`` both figures and the difference in per cent of the open data's.
    Its ``reconcile`` caveat says how far apart they are and why they may differ: the
    measure's definition in each, the date a figure is counted by, and revisions.
    """

    kind = "reconcile"

    def run(self, con) -> None:
        self.insert(
            con,
            """
            WITH pairs AS (
                SELECT f.*, d.id AS open_id, d.value AS open_value, d.release AS open_release,
                       d.definition AS open_definition, f.value - d.value AS diff,
                       CASE WHEN d.value > 0 THEN 100 * (f.value - d.value) / d.value END AS pct
                FROM counts f
                JOIN counts d ON d.area = f.area AND d.measure = f.measure AND d.breakdown = f.breakdown
                     AND d.unit = f.unit AND d.period_start = f.period_start AND d.period_end = f.period_end
                WHERE d.definition IS NOT NULL AND f.definition IS NULL AND f.release <> d.release
                  AND f.area_level = 'force' AND f.base_start IS NULL AND d.status = 'reported'
                  AND f.status = 'reported' AND coalesce(f.qualifier, 'exact') = 'exact'
            ),
            worded AS (
                SELECT *,
                       CASE WHEN diff = 0 THEN 'the same as'
                            ELSE concat(fnum(abs(diff)), CASE WHEN diff > 0 THEN ' more than' ELSE ' fewer than' END)
                       END AS apart,
                       CASE WHEN diff <> 0 AND pct IS NOT NULL THEN concat(' (', fpct(pct), ')') ELSE '' END AS pct_text
                FROM pairs
            )
            SELECT 'reconcile' AS kind, concat_ws('|', id, open_id) AS key, release, measure, area,
                   period_start, period_end, NULL AS base_start, NULL AS base_end, breakdown,
                   diff AS value, NULL AS lower, NULL AS upper, unit, NULL AS qualifier,
                   concat(area_name, ' gave ', fnum(value), ' ', unit, ' for ', period_label, ' in ', release,
                          '; the police recorded crime open data give ', fnum(open_value), ' in ', open_release,
                          ': the reply is ', apart, ' the open data', pct_text) AS formula,
                   [id, open_id] AS inputs,
                   [caveat('reconcile', concat(
                       'the figure ', area_name, ' gave in ', release, ' is ', apart, ' the open data''s for ',
                       period_label, pct_text, CASE WHEN diff = 0 THEN '' ELSE
                       '; they may differ because the two count different offences (the open data are '
                       || open_definition || '), because a force answers an FOI request from its records on the day '
                       || 'it searches, where the open data count offences by the date they were recorded as the force '
                       || 'sent them to the Home Office, and because either may have been revised since' END), [area])]
                       AS caveats,
                   json_object('foi', value, 'open_data', open_value, 'difference', diff, 'percent', pct,
                               'foi_release', release, 'open_data_release', open_release) AS detail
            FROM worded
            """,
        )
