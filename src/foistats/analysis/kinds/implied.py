"""implied: a value the published figures pin down without stating it."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ...periods import Period
from .base import FactKind


def decimals(value: float) -> int:
    """How many decimal places a published figure was given to (0, 1 or 2)."""
    for places in (0, 1):
        if round(value * 10**places) == value * 10**places:
            return places
    return 2


def rounds_to(exact: float, published: float) -> bool:
    """True when ``exact``, rounded half away from zero to the places ``published`` was
    given to, is ``published`` (44.1 rounds to 44, 11.5 to 12, −44.5 to −45)."""
    step = Decimal(1).scaleb(-decimals(published))
    return Decimal(repr(exact)).quantize(step, ROUND_HALF_UP) == Decimal(repr(published)).quantize(step)


def whole_numbers_where(test: Callable[[int], bool], near: float, spread: float) -> list[int]:
    """The whole numbers from ``near - spread`` to ``near + spread`` (and above 0) passing
    ``test``; the spread is made wide enough to hold every answer."""
    low, high = max(1, math.floor(near - spread) - 1), math.ceil(near + spread) + 1
    return [x for x in range(low, high + 1) if test(x)]


@dataclass
class _Implied:
    measure: str
    area: str
    period: Period
    breakdown: str
    unit: str
    values: list[int]
    release: str
    inputs: list[str]
    how: str
    formula: str


class Implied(FactKind):
    """Values the published figures imply, exactly or as a range of whole numbers:

    - from a count and a published per cent change, the other year's count: every whole
      number whose change, rounded as published, is that per cent (314 in 2016/17 and "a
      rise of 11 per cent" give 282 to 284 for 2015/16);
    - from a total over a run of years and the counts of all but one of its years, that
      year (1,321 for 2013 to 2015, 201 in 2013 and 738 in 2015 give 382 in 2014) — never
      for a year whose figure was withheld as a small number;
    - from a published daily average, the count (nine a day in 2016/17 gives 3,103 to 3,467);
    - from a count and a published share, the whole (128 offences that are 11 per cent of
      all give 1,114 to 1,219), or from the whole, the part.

    Each carries an ``implied`` caveat saying how.
    """

    kind = "implied"

    def run(self, con) -> None:
        found = [*self._from_changes(con), *self._from_spans(con), *self._from_daily_averages(con),
                 *self._from_shares(con)]
        rows = []
        for imp in found:
            if not imp.values:
                continue
            low, high = min(imp.values), max(imp.values)
            exact = low == high
            key = "|".join([imp.how, imp.measure, imp.area, imp.period.label, imp.breakdown, *imp.inputs])
            text = f"not published: {imp.how}"
            rows.append((
                "fact-" + hashlib.md5(f"implied|{key}".encode()).hexdigest()[:12], "implied", imp.release,
                imp.measure, imp.area, imp.period.start, imp.period.end, None, None, imp.breakdown,
                float(low) if exact else None, None if exact else float(low), None if exact else float(high),
                imp.unit, None, imp.formula + (f" = {low:,}" if exact else f": {low:,} to {high:,}"),
                imp.inputs, [{"kind": "implied", "text": text, "areas": []}], json.dumps({"how": imp.how}),
            ))
        self.insert_rows(con, rows)

    @staticmethod
    def _from_changes(con) -> list[_Implied]:
        rows = con.execute(
            """
            SELECT o.id, o.release, o.measure, o.area, o.period_start, o.period_end, o.base_start, o.base_end,
                   o.breakdown, o.value, p.id, p.value, p.unit, b.id, b.value, b.unit
            FROM obs o
            LEFT JOIN best p ON p.measure = o.measure AND p.area = o.area AND p.breakdown = o.breakdown
                 AND p.period_start = o.period_start AND p.period_end = o.period_end
                 AND p.status = 'reported' AND coalesce(p.qualifier, 'exact') = 'exact'
            LEFT JOIN best b ON b.measure = o.measure AND b.area = o.area AND b.breakdown = o.breakdown
                 AND b.period_start = o.base_start AND b.period_end = o.base_end
                 AND b.status = 'reported' AND coalesce(b.qualifier, 'exact') = 'exact'
            WHERE o.unit = 'percent_change' AND o.status = 'reported' AND (p.id IS NULL) <> (b.id IS NULL)
            """
        ).fetchall()
        found = []
        for (oid, release, measure, area, ps, pe, bs, be, breakdown, pct, p_id, p_value, p_unit,
             b_id, b_value, b_unit) in rows:
            period, base = Period(ps, pe), Period(bs, be)
            said = f"{'a rise' if pct >= 0 else 'a fall'} of {abs(pct):g} per cent"
            if pct <= -100:
                continue
            if p_id:  # the base year is unknown
                values = whole_numbers_where(
                    lambda x: rounds_to((p_value - x) / x * 100, pct), p_value / (1 + pct / 100),
                    p_value * 0.01 / (1 + pct / 100) ** 2 + 1,
                )
                found.append(_Implied(
                    measure, area, base, breakdown, p_unit, values, release, [oid, p_id],
                    f"{p_value:,.0f} in {period.label} is {said} on {base.label}",
                    f"every whole x with round(({p_value:,.0f} − x) / x × 100) = {pct:g}",
                ))
            else:
                values = whole_numbers_where(
                    lambda x: rounds_to((x - b_value) / b_value * 100, pct), b_value * (1 + pct / 100),
                    b_value * 0.01 + 1,
                )
                found.append(_Implied(
                    measure, area, period, breakdown, b_unit, values, release, [oid, b_id],
                    f"{period.label} is {said} on {b_value:,.0f} in {base.label}",
                    f"every whole x with round((x − {b_value:,.0f}) / {b_value:,.0f} × 100) = {pct:g}",
                ))
        return found

    @staticmethod
    def _from_spans(con) -> list[_Implied]:
        spans = con.execute(
            """
            SELECT s.id, s.release, s.measure, s.area, s.period_start, s.period_end, s.breakdown, s.unit, s.value,
                   list({'id': y.id, 'start': y.period_start, 'value': y.value, 'status': y.status,
                         'exact': y.status = 'reported' AND coalesce(y.qualifier, 'exact') = 'exact'}) FILTER (WHERE y.id IS NOT NULL)
            FROM best s
            LEFT JOIN best y ON y.measure = s.measure AND y.area = s.area AND y.breakdown = s.breakdown
                 AND y.unit = s.unit AND y.period_start >= s.period_start AND y.period_end <= s.period_end
                 AND y.period_kind IN ('financial_year', 'calendar_year')
            WHERE s.period_kind IN ('financial_years', 'calendar_years') AND s.status = 'reported'
                  AND coalesce(s.qualifier, 'exact') = 'exact'
            GROUP BY ALL
            """
        ).fetchall()
        found = []
        for sid, release, measure, area, start, end, breakdown, unit, total, years_given in spans:
            span = Period(start, end)
            given = {y["start"]: y for y in years_given or []}
            unknown = [year for year in span.years if year.start not in given]
            if len(unknown) != 1 or not all(y["exact"] for y in given.values()):
                continue
            known = sorted(given.values(), key=lambda y: y["start"])
            rest = sum(y["value"] for y in known)
            year = unknown[0]
            found.append(_Implied(
                measure, area, year, breakdown, unit, [round(total - rest)] if total >= rest else [], release,
                [sid, *(y["id"] for y in known)],
                f"the {span.label} total less the other years",
                f"{total:,.0f} in {span.label} − " + " − ".join(f"{y['value']:,.0f}" for y in known),
            ))
        return found

    @staticmethod
    def _from_daily_averages(con) -> list[_Implied]:
        rows = con.execute(
            """
            SELECT o.id, o.release, o.measure, o.area, o.period_start, o.period_end, o.breakdown, o.unit, o.value
            FROM obs o
            WHERE o.unit LIKE '%\\_per\\_day' ESCAPE '\\' AND o.status = 'reported'
              AND NOT EXISTS (SELECT 1 FROM best c WHERE c.measure = o.measure AND c.area = o.area
                              AND c.breakdown = o.breakdown AND c.unit || '_per_day' = o.unit
                              AND c.period_start = o.period_start AND c.period_end = o.period_end
                              AND c.status = 'reported')
            """
        ).fetchall()
        found = []
        for oid, release, measure, area, start, end, breakdown, unit, average in rows:
            period = Period(start, end)
            days = period.days
            values = whole_numbers_where(lambda x: rounds_to(x / days, average), average * days, days)
            found.append(_Implied(
                measure, area, period, breakdown, unit.removesuffix("_per_day"), values, release, [oid],
                f"an average of {average:g} a day over the {days} days of {period.label}",
                f"every whole x with round(x / {days}) = {average:g}",
            ))
        return found

    @staticmethod
    def _from_shares(con) -> list[_Implied]:
        rows = con.execute(
            """
            WITH published AS (
                SELECT o.*, ms.share_of,
                       CASE WHEN o.breakdown = '' THEN part.part_of ELSE ms.share_of END AS whole_measure,
                       CASE WHEN o.breakdown = '' THEN o.breakdown ELSE '' END AS whole_breakdown
                FROM obs o JOIN measures ms ON ms.measure = o.measure AND ms.share_of IS NOT NULL
                JOIN measures part ON part.measure = ms.share_of
                WHERE o.unit = 'percent' AND o.status = 'reported' AND o.breakdown NOT LIKE '%victim_gender=%'
            )
            SELECT p.id, p.release, p.period_start, p.period_end, p.value, p.area,
                   p.share_of, p.breakdown, p.whole_measure, p.whole_breakdown,
                   pt.id, pt.value, pt.unit, w.id, w.value, w.unit
            FROM published p
            LEFT JOIN best pt ON pt.measure = p.share_of AND pt.area = p.area AND pt.breakdown = p.breakdown
                 AND pt.period_start = p.period_start AND pt.period_end = p.period_end
                 AND pt.status = 'reported' AND coalesce(pt.qualifier, 'exact') = 'exact'
            LEFT JOIN best w ON w.measure = p.whole_measure AND w.area = p.area AND w.breakdown = p.whole_breakdown
                 AND w.period_start = p.period_start AND w.period_end = p.period_end
                 AND w.status = 'reported' AND coalesce(w.qualifier, 'exact') = 'exact'
            WHERE p.whole_measure IS NOT NULL AND (pt.id IS NULL) <> (w.id IS NULL)
            """
        ).fetchall()
        found = []
        for (oid, release, start, end, pct, area, part_measure, part_breakdown, whole_measure, whole_breakdown,
             part_id, part_value, part_unit, whole_id, whole_value, whole_unit) in rows:
            period = Period(start, end)
            if part_id and pct > 0:
                values = whole_numbers_where(lambda x: x >= part_value and rounds_to(part_value / x * 100, pct),
                                             part_value * 100 / pct, part_value * 50 / pct**2 + 1)
                found.append(_Implied(
                    whole_measure, area, period, whole_breakdown, part_unit, values, release, [oid, part_id],
                    f"{part_value:,.0f} is {pct:g} per cent of it in {period.label}",
                    f"every whole x with round({part_value:,.0f} / x × 100) = {pct:g}",
                ))
            elif whole_id:
                values = whole_numbers_where(lambda x: x <= whole_value and rounds_to(x / whole_value * 100, pct),
                                             whole_value * pct / 100, whole_value * 0.005 + 1)
                found.append(_Implied(
                    part_measure, area, period, part_breakdown, whole_unit, values, release, [oid, whole_id],
                    f"it is {pct:g} per cent of {whole_value:,.0f} in {period.label}",
                    f"every whole x with round(x / {whole_value:,.0f} × 100) = {pct:g}",
                ))
        return found

