"""The kinds of Fact, one module a kind, each a :class:`~.base.FactKind`."""

from .change import Change
from .comparable_change import ComparableChange
from .count import Count
from .implied import Implied
from .per_day import PerDay
from .rank import Rank
from .rate import Rate
from .ratio import Ratio
from .reconcile import Reconcile
from .share import Share
from .total import Total

# every kind, in the order they are computed: a kind after those it reads
KINDS = (Count(), Change(), Ratio(), ComparableChange(), Implied(), Rate(), Reconcile(),
         Total(), Rank(), Share(), PerDay())
