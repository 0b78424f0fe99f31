"""share: a part of a whole, with its base stated."""

from .base import FactKind

# A part and its whole, as ranges: an exact figure is its own range, "over X" runs from X
# with no top, a suppressed cell from its lower bound (0 when unstated) to its upper.
_RANGE = """
    CASE WHEN {t}.status = 'reported' AND coalesce({t}.qualifier, 'exact') NOT IN ('over', 'under', 'almost')
         THEN {t}.value END AS {p}_value,
    CASE WHEN {t}.status = 'suppressed' THEN coalesce({t}.lower, 0)
         WHEN {t}.qualifier IN ('under', 'almost') THEN 0 ELSE {t}.value END AS {p}_lower,
    CASE WHEN {t}.status = 'suppressed' THEN {t}.upper
         WHEN {t}.qualifier = 'over' THEN NULL ELSE {t}.value END AS {p}_upper,
    {t}.qualifier AS {p}_qualifier
"""


class Share(FactKind):
    """A part as a per cent of its whole, with the base named in ``detail.base``:

    - a breakdown of a subject over the subject's total ("victims under 12" of all);
    - a measure over the measure it is part of (online offences of all child sexual
      offences, same area, period and breakdown);
    - one gender over the victims whose gender is known.

    When the part or the whole is a bound or a range, the share is a range: "5,500 of
    more than 34,000" is at most 16.2 per cent. A published share is a Fact too, and is
    checked against the counts where they exist: a published share of a gender is taken
    as of those whose gender is known, one of another breakdown as of all, and one with no
    breakdown (``online_share_of_child_sexual_offences``) as of the measure its part is
    part of (``child_sexual_offences``).
    """

    kind = "share"

    def run(self, con) -> None:
        con.execute(
            f"""
            CREATE TEMP TABLE share_pairs AS
            SELECT 'of all' AS base, p.id AS part_id, w.id AS whole_id,
                   p.measure, p.area, p.area_name, p.period_start, p.period_end, p.period_label, p.breakdown, p.unit,
                   CASE WHEN p.published || p.release >= w.published || w.release THEN p.release ELSE w.release END AS release,
                   {_RANGE.format(t='p', p='part')}, {_RANGE.format(t='w', p='whole')}
            FROM best p JOIN best w ON w.measure = p.measure AND w.area = p.area AND w.unit = p.unit
                 AND w.period_start = p.period_start AND w.period_end = p.period_end AND w.breakdown = ''
            WHERE p.breakdown <> ''
            UNION ALL
            SELECT 'of ' || w.measure, p.id, w.id, p.measure, p.area, p.area_name, p.period_start, p.period_end,
                   p.period_label, p.breakdown, p.unit,
                   CASE WHEN p.published || p.release >= w.published || w.release THEN p.release ELSE w.release END,
                   {_RANGE.format(t='p', p='part')}, {_RANGE.format(t='w', p='whole')}
            FROM best p JOIN measures ms ON ms.measure = p.measure
            JOIN best w ON w.measure = ms.part_of AND w.area = p.area AND w.unit = p.unit
                 AND w.period_start = p.period_start AND w.period_end = p.period_end AND w.breakdown = p.breakdown;

            -- one gender of those whose gender is known: the whole is the sum of the known genders
            INSERT INTO share_pairs
            WITH gendered AS (
                SELECT *, regexp_extract(breakdown, 'victim_gender=([^;]*)', 1) AS gender,
                       trim(regexp_replace(breakdown, '(^|;)victim_gender=[^;]*', ''), ';') AS rest
                FROM best WHERE breakdown LIKE '%victim_gender=%'
            ),
            known AS (
                SELECT measure, area, period_start, period_end, rest, unit,
                       sum(value) AS whole, list(id ORDER BY gender) AS ids, count(*) AS genders
                FROM gendered WHERE gender <> 'unknown'
                GROUP BY ALL
                HAVING count(*) >= 2 AND count(*) = count(value) FILTER (WHERE status = 'reported'
                       AND coalesce(qualifier, 'exact') = 'exact')
            )
            SELECT 'where gender is known', g.id, k.ids[1], g.measure, g.area, g.area_name, g.period_start,
                   g.period_end, g.period_label, g.breakdown, g.unit, g.release,
                   {_RANGE.format(t='g', p='part')}, k.whole, k.whole, k.whole, 'exact'
            FROM gendered g JOIN known k USING (measure, area, period_start, period_end, rest, unit)
            WHERE g.gender <> 'unknown';
            """
        )
        self.insert(
            con,
            """
            WITH shares AS (
                SELECT *,
                       CASE WHEN part_value IS NOT NULL AND whole_value IS NOT NULL AND whole_value > 0
                            THEN part_value / whole_value * 100 END AS share,
                       CASE WHEN whole_upper > 0 THEN part_lower / whole_upper * 100 END AS share_lower,
                       CASE WHEN whole_lower > 0 AND part_upper IS NOT NULL
                            THEN least(part_upper / whole_lower * 100, 100) END AS share_upper
                FROM share_pairs
            )
            SELECT 'share' AS kind, concat_ws('|', base, part_id, whole_id) AS key, release, measure, area,
                   period_start, period_end, NULL AS base_start, NULL AS base_end, breakdown,
                   share AS value,
                   CASE WHEN share IS NULL THEN nullif(share_lower, 0) END AS lower,
                   CASE WHEN share IS NULL THEN share_upper END AS upper,
                   'percent' AS unit, NULL AS qualifier,
                   CASE WHEN share IS NOT NULL
                        THEN fnum(part_value) || ' of ' || fnum(whole_value) || ' = ' || format('{:.1f}', share) || '%'
                        ELSE CASE part_qualifier WHEN 'approx' THEN 'about ' ELSE '' END || fnum(part_lower)
                             || CASE WHEN part_upper IS DISTINCT FROM part_lower THEN ' to ' || fnum(part_upper) ELSE '' END
                             || ' of ' || CASE WHEN whole_upper IS NULL THEN 'more than ' ELSE '' END || fnum(whole_lower)
                             || ': ' || coalesce('at least ' || format('{:.1f}', nullif(share_lower, 0)) || '%', '')
                             || CASE WHEN nullif(share_lower, 0) IS NOT NULL AND share_upper IS NOT NULL THEN ' and ' ELSE '' END
                             || coalesce('at most ' || format('{:.1f}', share_upper) || '%', '') END
                   || ' (' || base || ')' AS formula,
                   [part_id, whole_id] AS inputs,
                   CASE WHEN share IS NULL THEN [caveat('bound', 'the part or the whole is not an exact figure, so the share is a range', [])]
                        ELSE no_caveats() END AS caveats,
                   json_object('base', base) AS detail
            FROM shares
            WHERE share IS NOT NULL OR nullif(share_lower, 0) IS NOT NULL OR share_upper IS NOT NULL
            """,
        )
        self.insert(
            con,
            """
            WITH published AS (
                SELECT o.*, ms.share_of, c.value AS computed, c.id AS computed_id
                FROM obs o JOIN measures ms ON ms.measure = o.measure AND ms.share_of IS NOT NULL
                LEFT JOIN measures part ON part.measure = ms.share_of
                LEFT JOIN (
                    SELECT f.*, sp.base FROM facts f JOIN share_pairs sp ON f.inputs = [sp.part_id, sp.whole_id]
                    WHERE f.kind = 'share' AND f.value IS NOT NULL
                ) c ON c.measure = ms.share_of AND c.area = o.area AND c.breakdown = o.breakdown
                     AND c.period_start = o.period_start AND c.period_end = o.period_end
                     AND c.base = CASE WHEN o.breakdown LIKE '%victim_gender=%' THEN 'where gender is known'
                                       WHEN o.breakdown <> '' THEN 'of all' ELSE 'of ' || part.part_of END
                WHERE o.unit = 'percent' AND o.status = 'reported'
            )
            SELECT 'share' AS kind, id AS key, release, measure, area, period_start, period_end,
                   NULL AS base_start, NULL AS base_end, breakdown, value, NULL AS lower, NULL AS upper,
                   'percent' AS unit, qualifier,
                   'published as ' || fnum(value) || '% in ' || period_label
                   || CASE WHEN computed IS NULL THEN ''
                           WHEN abs(computed - value) <= half_step(value)
                           THEN '; the counts give ' || format('{:.1f}', computed) || '%, which agrees'
                           ELSE '; the counts give ' || format('{:.1f}', computed) || '%, which does not agree' END AS formula,
                   CASE WHEN computed_id IS NULL THEN [id] ELSE [id, computed_id] END AS inputs,
                   CASE WHEN computed IS NOT NULL AND abs(computed - value) > half_step(value)
                        THEN [caveat('conflict', 'published as ' || fnum(value) || '% but the counts give '
                             || format('{:.1f}', computed) || '%', [])]
                        ELSE no_caveats() END AS caveats,
                   json_object('published', true, 'share_of', share_of) AS detail
            FROM published
            """,
        )
