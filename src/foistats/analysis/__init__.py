"""Observations in, Facts out: :mod:`.frame` builds the frame from the store, each kind of
Fact in :mod:`.kinds` adds its Facts, :mod:`.engine` runs them; :mod:`.fact` is what they make."""

from .engine import FactSet, kind_names
from .fact import COUNT_KINDS, Caveat, Fact, NotMade
from .frame import derived_measures

__all__ = ["COUNT_KINDS", "Caveat", "Fact", "FactSet", "NotMade", "derived_measures", "kind_names"]
