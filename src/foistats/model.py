"""The central types: Status, Qualifier, Breakdown, SourceRef and Observation.

An Observation is one figure as a source gave it. It is checked when it is made, so a
figure that breaks the rules never reaches the store:

- a ``reported`` figure has a value;
- a ``suppressed`` figure (a ``*`` or ``<5`` in a reply) has no value, and may carry the
  bounds the force's rule gives (``<5`` is 0..4 or 1..4, never "0");
- every other status (``not_held``, ``exempt``, ``no_response``, ``not_in_force``)
  carries no value and no bounds: a missing number is never a 0.

Areas and periods live in :mod:`foistats.areas` and :mod:`foistats.periods`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from .areas import Area, all_areas, resolve_area
from .errors import ValidationError
from .periods import Period

__all__ = [
    "Area",
    "Breakdown",
    "DIMENSIONS",
    "Observation",
    "Period",
    "Qualifier",
    "SourceRef",
    "Status",
    "check_unit",
]


class Status(StrEnum):
    REPORTED = "reported"
    SUPPRESSED = "suppressed"
    NOT_HELD = "not_held"
    EXEMPT = "exempt"
    NO_RESPONSE = "no_response"
    NOT_IN_FORCE = "not_in_force"


class Qualifier(StrEnum):
    """How exactly a figure was given: "over 34,000" is ``over``, "around 500" ``approx``."""

    EXACT = "exact"
    OVER = "over"
    UNDER = "under"
    ALMOST = "almost"
    APPROX = "approx"
    ROUNDED = "rounded"


# --- the dimension vocabulary ----------------------------------------------------------

_AGE_KEYS = ("victim_age_min", "victim_age_max", "suspect_age_min", "suspect_age_max")
_KNOWN_KEYS = ("victim_age_known", "suspect_age_known")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9 _/().-]*$")

DIMENSIONS: dict[str, str] = {
    "offence_code": "Home Office offence code, e.g. 71 or 71/17",
    "online_flag": "true or false",
    "victim_age_min": "youngest victim age in the group, inclusive",
    "victim_age_max": "oldest victim age in the group, inclusive",
    "victim_age_known": "false for 'unknown age' cells",
    "victim_gender": "female, male, unknown, …",
    "suspect_age_min": "youngest suspect age in the group, inclusive",
    "suspect_age_max": "oldest suspect age in the group, inclusive",
    "suspect_age_known": "false for 'unknown age' cells",
    "outcome": "charged, cautioned, outcome 21, …",
    "platform": "a slug such as snapchat or instagram",
    "recording_system": "which of two recording systems a figure came from",
}


def _dimension_value(key: str, value: object) -> str:
    """Check one dimension's value and give its canonical text."""
    text = str(value).strip()
    if key not in DIMENSIONS:
        known = ", ".join(DIMENSIONS)
        raise ValidationError(f"breakdown key {key!r} is not in the vocabulary ({known})")
    if key in _AGE_KEYS:
        if not re.fullmatch(r"\d{1,3}", text) or int(text) > 120:
            raise ValidationError(f"{key} must be a whole age from 0 to 120, not {text!r}")
        return str(int(text))
    if key == "online_flag":
        if text.lower() not in ("true", "false"):
            raise ValidationError(f"online_flag must be true or false, not {text!r}")
        return text.lower()
    if key in _KNOWN_KEYS:
        if text.lower() != "false":
            raise ValidationError(f"{key} is only ever false (for 'unknown age' cells)")
        return "false"
    if key == "offence_code":
        from .offences import normalise_code

        return normalise_code(text)
    text = text.lower()
    if not _SLUG.match(text):
        raise ValidationError(f"{key} value {text!r} is not a lowercase slug")
    return text


class Breakdown(Mapping[str, str]):
    """An immutable mapping from dimension names to values; the empty mapping is the total.

    An age range given only by its top ("victims under 12": ``victim_age_max=11``) starts
    at 0, and is stored with both ends so that equal groups compare equal.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, object] | None = None, **kwargs: object) -> None:
        merged = {**(items or {}), **kwargs}
        clean = {k: _dimension_value(k, v) for k, v in merged.items() if v is not None and v != ""}
        for who in ("victim", "suspect"):
            lo, hi = f"{who}_age_min", f"{who}_age_max"
            if hi in clean and lo not in clean:
                clean[lo] = "0"
            if lo in clean and hi in clean and int(clean[lo]) > int(clean[hi]):
                raise ValidationError(f"{lo} {clean[lo]} is above {hi} {clean[hi]}")
        self._items = tuple(sorted(clean.items()))

    @classmethod
    def parse(cls, text: str) -> "Breakdown":
        """Read ``key=value;key=value`` (the published-figures form)."""
        items: dict[str, str] = {}
        for part in filter(None, (p.strip() for p in (text or "").split(";"))):
            key, sep, value = part.partition("=")
            if not sep:
                raise ValidationError(f"breakdown part {part!r} is not key=value")
            key = key.strip()
            if key in items:
                raise ValidationError(f"breakdown key {key!r} is given twice")
            items[key] = value.strip()
        return cls(items)

    def __getitem__(self, key: str) -> str:
        return dict(self._items)[key]

    def __iter__(self):
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Breakdown):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self == Breakdown(other)
        return NotImplemented

    def __str__(self) -> str:
        return ";".join(f"{k}={v}" for k, v in self._items)

    def __repr__(self) -> str:
        return f"Breakdown({str(self)!r})"

    def to_json(self) -> dict[str, object]:
        """The breakdown as JSON: ages as numbers, flags as booleans."""
        out: dict[str, object] = {}
        for k, v in self._items:
            if k in _AGE_KEYS:
                out[k] = int(v)
            elif k == "online_flag" or k in _KNOWN_KEYS:
                out[k] = v == "true"
            else:
                out[k] = v
        return out


# --- units ---------------------------------------------------------------------------

# The largest figure foistats holds, either way of 0: a count above it is a misreading or
# a hostile file, and a sum of millions of such values stays inside the integers DuckDB sums in.
LARGEST_VALUE = 10**9

RATE_UNITS = {
    "percent": "a share, from 0 to 100",
    "percent_change": "a change in per cent, -100 or above",
    "offences_per_day": "an average per day, 0 or above",
}

# counts that may fall below 0: the Home Office's open data give each quarter the offences
# recorded less those cancelled in it, so a quarter where more were cancelled is negative
NET_UNITS = {
    "net_offences": "offences recorded less offences cancelled in the period, a whole number",
}


def check_unit(unit: str, value: float | None) -> None:
    """A unit is a lowercase word: a count of something (offences, victims, suspects…),
    which is a whole number 0 or above (any whole number for one of NET_UNITS), or one of
    RATE_UNITS, whose value must make sense."""
    if not re.fullmatch(r"[a-z]+(?:_[a-z]+)*", unit or ""):
        raise ValidationError(f"unit {unit!r} must be a lowercase word such as offences or percent")
    if value is None:
        return
    if not math.isfinite(value):
        raise ValidationError(f"value {value} is not a finite number")
    if unit == "percent" and not 0 <= value <= 100:
        raise ValidationError(f"a percent share must lie from 0 to 100, not {value:g}")
    if unit == "percent_change" and value < -100:
        raise ValidationError(f"a fall cannot be more than 100 per cent ({value:g})")
    if unit == "offences_per_day" and value < 0:
        raise ValidationError(f"an average per day cannot be negative ({value:g})")
    if unit not in RATE_UNITS:
        if value < 0 and unit not in NET_UNITS:
            raise ValidationError(f"a count of {unit} cannot be negative ({value:g})")
        if value != int(value):
            raise ValidationError(f"a count of {unit} must be a whole number, not {value:g}")


# --- sources and observations ----------------------------------------------------------


@dataclass(frozen=True)
class SourceRef:
    """Where a figure came from: the document (by content hash), the place inside it, and
    the method that read it (``published_csv``, ``html``, ``xlsx``…)."""

    document: str
    file_name: str = ""
    location: str = ""
    method: str = ""

    def __str__(self) -> str:
        where = f" {self.location}" if self.location else ""
        return f"{self.file_name or self.document[:12]}{where}"


@dataclass(frozen=True)
class Observation:
    """One figure as a source gave it."""

    measure: str
    area: str
    period: Period
    value: float | None
    unit: str
    status: Status = Status.REPORTED
    breakdown: Breakdown = field(default_factory=Breakdown)
    base_period: Period | None = None
    lower: float | None = None
    upper: float | None = None
    qualifier: Qualifier | None = None
    release: str = ""
    note: str = ""
    source: SourceRef | None = None
    id: str = ""

    def __post_init__(self) -> None:
        set_ = lambda name, value: object.__setattr__(self, name, value)  # noqa: E731
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.measure or ""):
            raise ValidationError(f"measure {self.measure!r} must be a lowercase slug")
        if isinstance(self.area, Area):
            set_("area", self.area.id)
        elif self.area not in all_areas():
            set_("area", resolve_area(self.area).id)
        set_("status", Status(self.status))
        if not isinstance(self.breakdown, Breakdown):
            set_("breakdown", Breakdown(self.breakdown))
        if self.qualifier is not None:
            set_("qualifier", Qualifier(self.qualifier))
        self._check_status()
        for bound in ("value", "lower", "upper"):
            check_unit(self.unit, getattr(self, bound))
        if self.unit == "percent_change" and self.base_period is None:
            raise ValidationError("a percent_change needs the period it is compared with ('P vs Q')")
        if self.base_period is not None and self.unit != "percent_change":
            raise ValidationError(f"only a percent_change compares two periods, not a count of {self.unit}")
        if not self.id:
            set_("id", self._make_id())

    def _check_status(self) -> None:
        status = self.status
        if status is Status.REPORTED:
            if self.value is None:
                raise ValidationError("a reported figure needs a value")
            if self.lower is not None or self.upper is not None:
                raise ValidationError("a reported figure has a value, not bounds")
        elif status is Status.SUPPRESSED:
            if self.value is not None:
                raise ValidationError("a suppressed figure has no value (give its bounds instead)")
            if self.lower is not None and self.upper is not None and self.lower > self.upper:
                raise ValidationError(f"lower bound {self.lower:g} is above upper bound {self.upper:g}")
        else:
            if self.value is not None or self.lower is not None or self.upper is not None:
                raise ValidationError(f"a {status.value} figure carries no value: a missing number is never 0")
            if self.qualifier is not None:
                raise ValidationError(f"a {status.value} figure has no qualifier")

    def _make_id(self) -> str:
        key = json.dumps(
            [
                self.source.document if self.source else "",
                self.source.location if self.source else "",
                self.release,
                self.measure,
                self.area,
                self.period.label,
                self.base_period.label if self.base_period else "",
                str(self.breakdown),
                self.unit,
            ]
        )
        return "obs-" + hashlib.sha256(key.encode()).hexdigest()[:12]

    @property
    def period_label(self) -> str:
        if self.base_period is None:
            return self.period.label
        return f"{self.period.label} vs {self.base_period.label}"

    def to_json(self) -> dict[str, object]:
        """The stable JSON row of ``foistats observations --format json``."""
        return {
            "id": self.id,
            "release": self.release,
            "measure": self.measure,
            "area": self.area,
            "period": self.period.label,
            "period_start": self.period.start.isoformat(),
            "period_end": self.period.end.isoformat(),
            "base_period": self.base_period.label if self.base_period else None,
            "breakdown": self.breakdown.to_json(),
            "value": _number(self.value),
            "lower": _number(self.lower),
            "upper": _number(self.upper),
            "unit": self.unit,
            "status": self.status.value,
            "qualifier": self.qualifier.value if self.qualifier else None,
            "note": self.note,
            "source": str(self.source) if self.source else None,
        }


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
