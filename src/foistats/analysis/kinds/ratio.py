"""ratio: one value against another ("more than double": 576 against 258)."""

from .base import FactKind


class Ratio(FactKind):
    """The later figure of a comparable pair divided by the earlier one, for the same pairs
    as :class:`~foistats.analysis.change.Change` (so 576 in 2018/19 against 258 in 2015/16
    is 2.23). Not made when the earlier figure is zero."""

    kind = "ratio"
    # a ratio is of the pairs of periods the changes chose (their table, in the lane)
    reads = ("change",)

    def run(self, con) -> None:
        self.insert(
            con,
            """
            SELECT 'ratio' AS kind, concat_ws('|', p_id, b_id) AS key, release, measure, area,
                   period_start, period_end, base_start, base_end, breakdown,
                   p_value / b_value AS value, NULL AS lower, NULL AS upper, 'ratio' AS unit, NULL AS qualifier,
                   concat(said, ': ', p_text, ' / ', b_text, ' = ', fratio(p_value / b_value)) AS formula,
                   [p_id, b_id] AS inputs, caveats, NULL AS detail
            FROM comparable_pairs WHERE b_value <> 0
            """,
        )
