"""rank: an area's place among its peers, computed among those that reported."""

from .facts import FactKind


class Rank(FactKind):
    """The place of each force among the forces of a region, nation, England and Wales or
    the UK, for one subject (measure, period, breakdown, unit), highest first.

    Ranked only among the forces that gave an exact figure; tied figures share a place
    (1, 2, 2, 4). ``detail`` holds the place from the top and from the bottom, how many
    were ranked and how many forces the area has; where some gave no figure, a
    ``incomplete_peers`` caveat names them ("the highest of the three forces that
    answered; Dyfed-Powys Police did not respond"). Made only where two or more forces
    were ranked and they reach the area through two or more of its parts.
    """

    kind = "rank"

    def run(self, con) -> None:
        self.insert(
            con,
            """
            WITH ranked AS (
                SELECT m.grp, m.child, b.*,
                       rank() OVER w_desc AS from_top, rank() OVER w_asc AS from_bottom,
                       count(*) OVER w AS ranked, count(DISTINCT m.child) OVER w AS children,
                       count(*) OVER (PARTITION BY m.grp, b.measure, b.period_start, b.period_end, b.breakdown,
                                      b.unit, b.value) AS tied,
                       string_agg(b.area_name || ' ' || fnum(b.value), ', ') OVER w_list AS league
                FROM best b JOIN members m ON m.force = b.area
                WHERE b.status = 'reported' AND coalesce(b.qualifier, 'exact') = 'exact'
                WINDOW w AS (PARTITION BY m.grp, b.measure, b.period_start, b.period_end, b.breakdown, b.unit),
                       w_desc AS (w ORDER BY b.value DESC),
                       w_asc AS (w ORDER BY b.value ASC),
                       w_list AS (w ORDER BY b.value DESC, b.area ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
            ),
            missing AS (
                SELECT r.grp, r.measure, r.period_start, r.period_end, r.breakdown, r.unit,
                       string_agg(gap_text(a.name, g.status), '; ' ORDER BY a.id) AS text, list(a.id ORDER BY a.id) AS areas
                FROM (SELECT DISTINCT grp, measure, period_start, period_end, breakdown, unit FROM ranked) r
                JOIN members m ON m.grp = r.grp JOIN areas a ON a.id = m.force
                LEFT JOIN (SELECT area, measure, breakdown, period_start, period_end, min(status) AS status
                           FROM gaps GROUP BY ALL) g
                     ON g.area = m.force AND g.measure = r.measure AND g.breakdown = r.breakdown
                     AND g.period_start >= r.period_start AND g.period_end <= r.period_end
                WHERE NOT EXISTS (SELECT 1 FROM ranked x WHERE x.grp = r.grp AND x.area = m.force
                                  AND x.measure = r.measure AND x.period_start = r.period_start
                                  AND x.period_end = r.period_end AND x.breakdown = r.breakdown AND x.unit = r.unit)
                GROUP BY ALL
            )
            SELECT 'rank' AS kind, concat_ws('|', r.grp, r.id) AS key, r.release, r.measure, r.area,
                   r.period_start, r.period_end, NULL AS base_start, NULL AS base_end, r.breakdown,
                   r.from_top AS value, NULL AS lower, NULL AS upper, 'rank' AS unit, NULL AS qualifier,
                   fnum(r.value) || ' is number ' || fnum(r.from_top) || ' from the top and ' || fnum(r.from_bottom)
                   || ' from the bottom of the ' || fnum(r.ranked) || ' figures given by the '
                   || fnum((SELECT count(*) FROM members WHERE members.grp = r.grp)) || ' forces in ' || a.name
                   || ' for ' || r.period_label || ': ' || r.league AS formula,
                   [r.id] AS inputs,
                   CASE WHEN mi.text IS NOT NULL
                        THEN [caveat('incomplete_peers', 'ranked among the ' || fnum(r.ranked)
                             || ' forces in ' || a.name || ' that gave a figure; ' || mi.text, mi.areas)]
                        ELSE no_caveats() END AS caveats,
                   json_object('group', r.grp, 'from_top', r.from_top, 'from_bottom', r.from_bottom,
                               'ranked', r.ranked, 'forces_in_group', (SELECT count(*) FROM members WHERE members.grp = r.grp),
                               'tied', r.tied > 1, 'missing', coalesce(mi.areas, [])) AS detail
            FROM ranked r JOIN areas a ON a.id = r.grp
            LEFT JOIN missing mi ON mi.grp = r.grp AND mi.measure = r.measure AND mi.period_start = r.period_start
                 AND mi.period_end = r.period_end AND mi.breakdown = r.breakdown AND mi.unit = r.unit
            WHERE r.ranked >= 2 AND r.children >= 2
            """,
        )
