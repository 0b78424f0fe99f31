"""rank: an area's place among its peers, computed among those that reported."""

from .base import FactKind


class Rank(FactKind):
    """The place of each force among the forces of a region, nation, England and Wales or
    the UK, for one subject (measure, period, breakdown, unit), highest first.

    Ranked only among the forces that gave an exact figure; tied figures share a place
    (1, 2, 2, 4). ``detail`` holds the place from the top and from the bottom, how many
    were ranked and how many forces the area has; where some gave no figure, a
    ``incomplete_peers`` caveat names them ("the highest of the three forces that
    answered; Dyfed-Powys Police did not respond"). Made only where two or more forces
    were ranked and they reach the area through two or more of its parts, and never among
    an area some of whose forces the campaign behind the figures did not ask. The formula
    gives the league in full up to ten forces, else its top five.
    """

    kind = "rank"

    def run(self, con) -> None:
        self.insert(
            con,
            """
            WITH exact AS (
                SELECT * FROM best WHERE status = 'reported' AND coalesce(qualifier, 'exact') = 'exact'
            ),
            -- the places are worked out on narrow rows (a window carries all it is given)
            places AS (
                SELECT m.grp, m.child, b.id, b.subject, b.value,
                       rank() OVER (PARTITION BY m.grp, b.subject ORDER BY b.value DESC) AS from_top,
                       count(*) OVER (PARTITION BY m.grp, b.subject) AS ranked,
                       count(*) OVER (PARTITION BY m.grp, b.subject ORDER BY b.value DESC
                                      RANGE BETWEEN CURRENT ROW AND CURRENT ROW) AS tied
                FROM exact b JOIN members m ON m.force = b.area
                -- no league of an area with forces the release's campaign never asked
                WHERE NOT EXISTS (SELECT 1 FROM unasked u WHERE u.release = b.release AND u.grp = m.grp)
            ),
            ranked AS MATERIALIZED (
                SELECT p.*, b.release, b.measure, b.area, b.area_name, b.period_start, b.period_end, b.period_label,
                       b.breakdown, b.unit
                FROM places p JOIN exact b ON b.id = p.id
            ),
            leagues AS (
                SELECT grp, subject, any_value(measure) AS measure, any_value(breakdown) AS breakdown,
                       any_value(period_start) AS period_start, any_value(period_end) AS period_end,
                       min(child) < max(child) AS across_parts, count(*) AS ranked_forces,
                       -- a long league is cut to its top five: a formula is read, not scanned. Only
                       -- those that can be in it are listed, then sorted (highest first, then by
                       -- area) as a list, which DuckDB does far faster than an ordered aggregate
                       array_to_string(list_transform(
                           list_sort(list({'minus': -value, 'area': area, 'name': area_name, 'value': value})
                                     FILTER (WHERE ranked <= 10 OR from_top <= 5))
                               [:CASE WHEN count(*) > 10 THEN 5 ELSE 10 END],
                           lambda x: concat(x.name, ' ', fnum(x.value))), ', ')
                       || CASE WHEN count(*) > 10 THEN ' and ' || fnum(count(*) - 5) || ' more' ELSE '' END AS league
                FROM ranked GROUP BY grp, subject
            ),
            missing AS (
                SELECT l.grp, l.subject,
                       string_agg(gap_text(a.name, g.status), '; ' ORDER BY a.id) AS text, list(a.id ORDER BY a.id) AS areas
                FROM leagues l JOIN group_sizes gs ON gs.grp = l.grp
                JOIN members m ON m.grp = l.grp JOIN areas a ON a.id = m.force
                LEFT JOIN ranked x ON x.grp = l.grp AND x.subject = l.subject AND x.area = m.force
                LEFT JOIN (SELECT area, measure, breakdown, period_start, period_end, min(status) AS status
                           FROM gaps GROUP BY ALL) g
                     ON g.area = m.force AND g.measure = l.measure AND g.breakdown = l.breakdown
                     AND g.period_start >= l.period_start AND g.period_end <= l.period_end
                WHERE x.area IS NULL AND l.ranked_forces < gs.forces
                GROUP BY ALL
            )
            SELECT 'rank' AS kind, concat_ws('|', r.grp, r.id) AS key, r.release, r.measure, r.area,
                   r.period_start, r.period_end, NULL AS base_start, NULL AS base_end, r.breakdown,
                   r.from_top AS value, NULL AS lower, NULL AS upper, 'rank' AS unit, NULL AS qualifier,
                   -- concat builds the string once, where a chain of || builds every prefix of it
                   concat(fnum(r.value), ' is number ', fnum(r.from_top), ' from the top and ',
                          fnum(r.ranked - r.from_top - r.tied + 2), ' from the bottom of the ', fnum(r.ranked),
                          ' figures given by the ', fnum(gs.forces), ' forces in ', a.name, ' for ', r.period_label,
                          ': ', l.league) AS formula,
                   [r.id] AS inputs,
                   CASE WHEN mi.text IS NOT NULL
                        THEN [caveat('incomplete_peers', 'ranked among the ' || fnum(r.ranked)
                             || ' forces in ' || a.name || ' that gave a figure; ' || mi.text, mi.areas)]
                        ELSE no_caveats() END AS caveats,
                   json_object('group', r.grp, 'from_top', r.from_top, 'from_bottom', r.ranked - r.from_top - r.tied + 2,
                               'ranked', r.ranked, 'forces_in_group', gs.forces,
                               'tied', r.tied > 1, 'missing', coalesce(mi.areas, [])) AS detail
            FROM ranked r JOIN areas a ON a.id = r.grp JOIN group_sizes gs ON gs.grp = r.grp
            JOIN leagues l ON l.grp = r.grp AND l.subject = r.subject
            LEFT JOIN missing mi ON mi.grp = r.grp AND mi.subject = r.subject
            WHERE r.ranked >= 2 AND l.across_parts
            """,
        )
