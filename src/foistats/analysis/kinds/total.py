"""total: the sum of the forces' figures for an area that adds them up."""

from .base import FactKind


class Total(FactKind):
    """The sum over the forces of a region, nation, England and Wales or the UK.

    For each such area and subject (measure, period, breakdown, unit) that forces of it
    gave figures for, the total adds each force's figure for exactly that period. A force
    that gave figures only for whole years inside the period (Gwent "2015 only" within
    "2013 to 2015") adds those, with a ``partial_period`` caveat. A force with no figure is
    named in a ``missing_areas`` caveat, saying why where the data says ("did not respond").
    Suppressed or bounded parts make the total a range (``lower``, and ``upper`` when every
    range is known); a missing or partial force leaves the total a lower bound. A published
    total for the same subject is compared: agreeing, consistent with the range, or kept
    beside the sum with a ``conflict`` caveat. Parts summed from the open data's offence
    codes pass on their ``definition`` caveat.

    A total is only made where the forces involved reach the area through two or more of
    its parts (Welsh forces alone make a Welsh total, not a UK one), and not from a
    campaign's figures for an area some of whose forces it never asked.
    """

    kind = "total"

    def run(self, con) -> None:
        con.execute(
            """
            -- each total is numbered, so its parts are grouped on one integer
            CREATE TEMP TABLE total_subjects AS
            SELECT row_number() OVER () AS total, *
            FROM (SELECT DISTINCT m.grp, b.measure, b.period_start, b.period_end, b.period_label, b.breakdown, b.unit,
                         b.subject
                  FROM best b JOIN members m ON m.force = b.area
                  -- an area with forces the release's campaign never asked gets no total from it
                  WHERE NOT EXISTS (SELECT 1 FROM unasked u WHERE u.release = b.release AND u.grp = m.grp));

            CREATE TEMP TABLE total_parts AS
            SELECT s.total, m.force, m.child, b.id, b.release, b.published, b.area_name, b.period_start,
                   b.period_label, b.status, b.qualifier, b.value, b.lower, b.upper, 'exact' AS how, b.definition
            FROM total_subjects s JOIN members m ON m.grp = s.grp
            JOIN best b ON b.subject = s.subject AND b.area = m.force;

            -- (only a period longer than a year can hold whole years other than itself)
            INSERT INTO total_parts
            SELECT s.total, m.force, m.child, b.id, b.release, b.published, b.area_name, b.period_start,
                   b.period_label, b.status, b.qualifier, b.value, b.lower, b.upper, 'partial' AS how, b.definition
            FROM total_subjects s JOIN members m ON m.grp = s.grp
            JOIN best b ON b.area = m.force AND b.measure = s.measure AND b.breakdown = s.breakdown
                 AND b.unit = s.unit AND b.period_start >= s.period_start AND b.period_end <= s.period_end
                 AND b.period_kind IN ('financial_year', 'calendar_year')
                 AND (b.period_start, b.period_end) <> (s.period_start, s.period_end)
            WHERE s.period_end - s.period_start > 366
              AND NOT EXISTS (SELECT 1 FROM total_parts p WHERE p.total = s.total AND p.force = m.force);

            CREATE TEMP TABLE total_missing AS
            SELECT s.total, m.force, m.child, a.name, g.status
            FROM total_subjects s JOIN members m ON m.grp = s.grp JOIN areas a ON a.id = m.force
            LEFT JOIN (
                SELECT area, measure, breakdown, period_start, period_end, min(status) AS status
                FROM gaps GROUP BY ALL
            ) g ON g.area = m.force AND g.measure = s.measure AND g.breakdown = s.breakdown
                 AND g.period_start >= s.period_start AND g.period_end <= s.period_end
            WHERE NOT EXISTS (SELECT 1 FROM total_parts p WHERE p.total = s.total AND p.force = m.force);
            """
        )
        self.insert(
            con,
            """
            WITH parts AS (  -- read once, so not materialised
                SELECT *,
                       CASE WHEN status = 'reported' AND coalesce(qualifier, 'exact') NOT IN ('over', 'under', 'almost')
                            THEN value END AS part_value,
                       CASE WHEN status = 'suppressed' THEN coalesce(lower, 0)
                            WHEN qualifier = 'over' THEN value
                            WHEN qualifier IN ('under', 'almost') THEN 0 ELSE value END AS part_lower,
                       CASE WHEN status = 'suppressed' THEN upper
                            WHEN qualifier = 'over' THEN NULL ELSE value END AS part_upper
                FROM total_parts
            ),
            summed AS (
                SELECT total,
                       count(*) AS n_parts,
                       count(*) FILTER (WHERE part_value IS NULL) AS n_bounded,
                       sum(part_lower) AS sum_lower,
                       CASE WHEN count(*) FILTER (WHERE part_upper IS NULL) = 0 THEN sum(part_upper) END AS sum_upper,
                       arg_max(release, published || release) AS release,
                       -- what the parts' own definition leaves out (open data summed from offence codes)
                       any_value(definition) AS definition,
                       list_distinct(list(child)) AS children,
                       -- sorted once for both the inputs and the sum in words
                       sorted_rows(row_of(force, period_start, id,
                                          concat(CASE WHEN part_value IS NOT NULL THEN fnum(part_value)
                                                      ELSE concat(fnum(part_lower), ' to ', fnum(part_upper)) END,
                                                 ' (', area_name,
                                                 CASE WHEN how = 'partial' THEN ', ' || period_label ELSE '' END,
                                                 ')'))) AS sorted
                FROM parts GROUP BY total
            ),
            partial_text AS (
                SELECT total,
                       string_agg(area_name || ' gave figures for ' || labels || ' only', '; ' ORDER BY force) AS text,
                       list(force ORDER BY force) AS areas
                FROM (SELECT total, force, area_name,
                             string_agg(period_label, ' and ' ORDER BY period_start) AS labels
                      FROM total_parts WHERE how = 'partial' GROUP BY ALL)
                GROUP BY ALL
            ),
            missing AS (
                SELECT total, array_to_string(list_transform(sorted, lambda x: field(x, 2)), '; ') AS text,
                       list_transform(sorted, lambda x: field(x, 1)) AS areas, asked_children
                FROM (SELECT total, sorted_rows(row_of(force, gap_text(name, status))) AS sorted,
                             list_distinct(list(child) FILTER (WHERE status IS NOT NULL)) AS asked_children
                      FROM total_missing GROUP BY total)
            ),
            totals AS (
                SELECT s.* EXCLUDE (sorted), t.* EXCLUDE (total), mi.text AS missing_text, mi.areas AS missing_areas,
                       pt.text AS partial_text, pt.areas AS partial_areas,
                       CASE WHEN s.n_bounded = 0 THEN s.sum_lower END AS total_value,
                       list_transform(s.sorted, lambda x: field(x, 3)) AS inputs,
                       array_to_string(list_transform(s.sorted, lambda x: field(x, 4)), ' + ') AS sum_text,
                       pub.id AS pub_id, pub.value AS pub_value, pub.qualifier AS pub_qualifier,
                       gs.forces AS forces_in_area
                FROM summed s
                JOIN total_subjects t USING (total)
                JOIN group_sizes gs ON gs.grp = t.grp
                LEFT JOIN missing mi USING (total)
                LEFT JOIN partial_text pt USING (total)
                LEFT JOIN best pub ON pub.subject = t.subject AND pub.area = t.grp
                WHERE len(list_distinct(list_concat(s.children, coalesce(mi.asked_children, [])))) >= 2
            ),
            bounded AS (
                SELECT *,
                       CASE WHEN n_bounded > 0 OR missing_text IS NOT NULL OR partial_text IS NOT NULL
                            THEN sum_lower END AS total_lower,
                       CASE WHEN missing_text IS NULL AND partial_text IS NULL AND n_bounded > 0
                            THEN sum_upper END AS total_upper
                FROM totals
            )
            SELECT 'total' AS kind,
                   concat_ws('|', grp, measure, period_start, period_end, breakdown, unit) AS key,
                   release, measure, grp AS area, period_start, period_end, NULL AS base_start, NULL AS base_end,
                   breakdown, total_value AS value, total_lower AS lower, total_upper AS upper, unit,
                   NULL AS qualifier,
                   sum_text || ' = ' || CASE WHEN total_value IS NOT NULL THEN fnum(total_value)
                        ELSE 'at least ' || fnum(total_lower) || at_most(total_upper) END
                   || ' ' || unit || ' in ' || period_label
                   || CASE WHEN pub_value IS NULL OR coalesce(pub_qualifier, 'exact') <> 'exact' THEN ''
                           WHEN pub_value = total_value THEN '; agrees with the published ' || fnum(pub_value)
                           WHEN total_value IS NULL AND pub_value >= total_lower
                                AND (total_upper IS NULL OR pub_value <= total_upper)
                           THEN '; the published ' || fnum(pub_value) || ' lies within these bounds'
                           ELSE '; the published total is ' || fnum(pub_value) END AS formula,
                   CASE WHEN pub_id IS NULL THEN inputs ELSE list_append(inputs, pub_id) END AS inputs,
                   list_concat(
                       CASE WHEN missing_text IS NOT NULL
                            THEN [caveat('missing_areas', missing_text, missing_areas)] ELSE no_caveats() END,
                       CASE WHEN partial_text IS NOT NULL
                            THEN [caveat('partial_period', partial_text, partial_areas)] ELSE no_caveats() END,
                       CASE WHEN definition IS NOT NULL THEN [caveat('definition', definition, [])]
                            ELSE no_caveats() END,
                       CASE WHEN n_bounded > 0 THEN [caveat('lower_bound', fnum(n_bounded)
                            || CASE WHEN n_bounded = 1 THEN ' figure was' ELSE ' figures were' END
                            || ' withheld or given as a range, so the total is at least ' || fnum(total_lower)
                            || at_most(total_upper), [])] ELSE no_caveats() END,
                       CASE WHEN pub_value IS NOT NULL AND coalesce(pub_qualifier, 'exact') = 'exact'
                                 AND pub_value IS DISTINCT FROM total_value
                                 AND NOT (total_value IS NULL AND pub_value >= total_lower
                                          AND (total_upper IS NULL OR pub_value <= total_upper))
                            THEN [caveat('conflict', 'the published total, ' || fnum(pub_value)
                                 || ', differs from the sum of its parts, '
                                 || CASE WHEN total_value IS NOT NULL THEN fnum(total_value)
                                         ELSE 'at least ' || fnum(total_lower) END, [])]
                            ELSE no_caveats() END
                   ) AS caveats,
                   json_object('parts', n_parts, 'forces_in_area', forces_in_area,
                               'missing', coalesce(missing_areas, []), 'partial', coalesce(partial_areas, []),
                               'published', pub_value) AS detail
            FROM bounded
            """,
        )
