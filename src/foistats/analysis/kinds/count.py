"""count: an observation as given, its qualifier kept."""

from .base import FactKind


class Count(FactKind):
    """One Fact per count a source gave (reported or suppressed), as given.

    "over 34,000" is a lower bound of 34,000 and "almost 2,000" an upper bound of 2,000; a
    suppressed cell gives the bounds its force's rule states. The figure of an area that
    adds up forces (a nation, the UK) names the forces of it that did not give the figure
    to the same release (what another release lacked says nothing of this figure).
    A count for a period in which its offence came into force part-way says so. A force's
    figure made from its age bands (see ``frame._sum_age_bands``) or from the open data's
    offence codes (``frame._sum_child_codes``) says so, and its inputs are the parts; the
    latter carries a ``definition`` caveat saying what its codes leave out.
    """

    kind = "count"

    def run(self, con) -> None:
        self.insert(
            con,
            """
            WITH missing AS (
                SELECT c.id, list(g.area ORDER BY g.area) AS areas,
                       string_agg(gap_text(g.area_name, g.status) || ' for ' || c.period_label, '; ' ORDER BY g.area) AS text
                FROM counts c
                JOIN members m ON m.grp = c.area
                JOIN gaps g ON g.area = m.force AND g.measure = c.measure AND g.breakdown = c.breakdown
                     AND g.period_start = c.period_start AND g.period_end = c.period_end
                     AND g.release = c.release
                GROUP BY c.id
            )
            SELECT 'count' AS kind, c.id AS key, c.release, c.measure, c.area,
                   c.period_start, c.period_end, NULL AS base_start, NULL AS base_end, c.breakdown,
                   CASE WHEN c.qualifier IN ('over', 'under', 'almost') THEN NULL ELSE c.value END AS value,
                   CASE WHEN c.qualifier = 'over' THEN c.value ELSE c.lower END AS lower,
                   CASE WHEN c.qualifier IN ('under', 'almost') THEN c.value ELSE c.upper END AS upper,
                   c.unit, c.qualifier,
                   CASE WHEN c.parts IS NOT NULL
                        THEN concat(CASE WHEN c.value IS NOT NULL THEN fnum(c.value)
                                         ELSE concat(fnum(c.lower), ' to ', fnum(c.upper)) END,
                                    ' ', c.unit, ' (', c.note, ')')
                        WHEN c.status = 'suppressed'
                        THEN 'suppressed by ' || c.area_name || ' (' || fnum(c.lower) || ' to ' || fnum(c.upper) || ' ' || c.unit || ')'
                        ELSE CASE c.qualifier WHEN 'over' THEN 'over ' WHEN 'under' THEN 'under '
                             WHEN 'almost' THEN 'almost ' WHEN 'approx' THEN 'about ' ELSE '' END
                             || fnum(c.value) || ' ' || c.unit END
                   || ' for ' || c.area_name || ' in ' || c.period_label || ', as published in ' || c.release AS formula,
                   coalesce(c.parts, [c.id]) AS inputs,
                   list_concat(
                       CASE WHEN c.status = 'suppressed' AND c.parts IS NOT NULL THEN [caveat('suppressed',
                           c.area_name || ' withheld a small number in its figures by age, so the sum lies from '
                           || fnum(coalesce(c.lower, 0)) || ' to ' || fnum(c.upper), [c.area])]
                            WHEN c.status = 'suppressed' THEN [caveat('suppressed',
                           c.area_name || ' withheld this small number; it lies from ' || fnum(coalesce(c.lower, 0))
                           || ' to ' || fnum(c.upper), [c.area])] ELSE no_caveats() END,
                       CASE WHEN c.qualifier IN ('over', 'under', 'almost', 'approx') THEN [caveat('approximate',
                           'published as ' || CASE c.qualifier WHEN 'over' THEN 'over ' WHEN 'under' THEN 'under '
                           WHEN 'almost' THEN 'almost ' ELSE 'about ' END || fnum(c.value) || ', not an exact figure', [])]
                           ELSE no_caveats() END,
                       CASE WHEN m.id IS NOT NULL THEN [caveat('missing_areas', m.text, m.areas)] ELSE no_caveats() END,
                       CASE WHEN c.definition IS NOT NULL THEN [caveat('definition', c.definition, [])]
                            ELSE no_caveats() END,
                       CASE WHEN ms.in_force_from > c.period_start AND ms.in_force_from <= c.period_end
                            THEN [caveat('partial_period', 'the offence came into force on '
                                 || strftime(ms.in_force_from, '%-d %B %Y') || ', part-way through ' || c.period_label, [])]
                            ELSE no_caveats() END
                   ) AS caveats,
                   NULL AS detail
            FROM counts c
            LEFT JOIN missing m ON m.id = c.id
            LEFT JOIN measures ms ON ms.measure = c.measure
            """,
        )
