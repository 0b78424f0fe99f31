"""Observations in, Facts out: one module per kind of Fact (see facts.py)."""

from .facts import Caveat, Fact, FactSet, NotMade, kinds
from .frame import derived_measures

__all__ = ["Caveat", "Fact", "FactSet", "NotMade", "derived_measures", "kinds"]
