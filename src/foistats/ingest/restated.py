"""A whole span's count that a refusal's cost estimate says again ("to read each of the 681
online-flagged crimes across the three years"): the sum of a series of figures the reply gives
year by year. Where the number is exactly one such sum, it is guessed as that series' total over
the span, for a person to confirm (writers of labels count it as a figure or as none); where it
is no sum, or could be several, it stays what the account says."""

from __future__ import annotations

from ..model import Breakdown, Observation, Status
from .account import COST_ESTIMATE, Number, value_of
from .figures import Figure
from .tables import span_of

_SMALLEST = 10  # below this a sum is too easily met by chance


def restated_span_totals(unread: dict[int, Number], texts: dict[str, str],
                         observations: list[Observation]) -> dict[int, Figure]:
    """For the numbers read as no figure (by their index in the document's account) in a
    cost estimate's sentence, the span total each says again, where it is the sum of exactly
    one series of ``observations``."""
    found: dict[int, Figure] = {}
    series = _series(observations)
    for i, number in unread.items():
        value = value_of(number.text)
        if value is None or value < _SMALLEST or not COST_ESTIMATE.search(texts.get(number.where, "")):
            continue
        sums = {(str(breakdown), span): (breakdown, span, template) for breakdown, span, template, total in series if total == value}
        if len(sums) != 1:
            continue
        breakdown, span, template = next(iter(sums.values()))
        if any(o.period == span and o.breakdown == breakdown for o in observations) \
                or any(f.period == span and Breakdown(f.dims) == breakdown for f in found.values()):
            continue  # the total is printed already (or said twice in the estimate): read once
        found[i] = Figure(value, "reported", number.where, texts[number.where], template.measure, template.unit,
                          dims=dict(breakdown), period=span, is_total=True,
                          note="the whole span's count, said again in a cost estimate")
    return found


def _series(observations: list[Observation]) -> list[tuple[Breakdown, object, Observation, int]]:
    """Each series of counts a reply gives period by period, with its span and sum: the figures of
    one breakdown, and those of one breakdown but for the offence code (several codes together)."""
    groups: dict[tuple, list[Observation]] = {}
    for o in observations:
        if o.value is None or o.status is not Status.REPORTED:
            continue
        dims = dict(o.breakdown)
        groups.setdefault((o.measure, o.unit, str(o.breakdown), False), []).append(o)
        if "offence_code" in dims:
            rest = {k: v for k, v in dims.items() if k != "offence_code"}
            groups.setdefault((o.measure, o.unit, str(Breakdown(rest)), True), []).append(o)
    out = []
    for (_, _, _, over_codes), members in groups.items():
        by_period: dict = {}
        for o in members:
            by_period.setdefault(o.period, []).append(o)
        if over_codes and any(len({str(o.breakdown) for o in group}) < 2 for group in by_period.values()):
            continue  # one code a period is that code's series, not several codes together
        if not over_codes and any(len(group) > 1 for group in by_period.values()):
            continue
        span = span_of(list(by_period))
        if span is None:
            continue
        template = members[0]
        breakdown = Breakdown({k: v for k, v in dict(template.breakdown).items() if not (over_codes and k == "offence_code")})
        out.append((breakdown, span, template, int(sum(o.value for o in members))))
    return out
