"""The engine's lanes are built from what each kind declares it reads, and the declarations
are what the kinds' SQL reads: a kind reading another's Facts or tables says so."""

from __future__ import annotations

import inspect
import re

import pytest

from foistats.analysis.engine import lanes
from foistats.analysis.kinds import KINDS
from foistats.analysis.kinds.base import FactKind

CREATES = re.compile(r"CREATE (?:OR REPLACE )?(?:TEMP )?TABLE (\w+)")
READS = re.compile(r"(?:FROM|JOIN) (\w+)")
FACTS_OF = re.compile(r"kind = '(\w+)'")


def _source(kind: FactKind) -> str:
    return inspect.getsource(inspect.getmodule(type(kind)))


def _needs(kind: FactKind) -> set[str]:
    """The other kinds whose Facts (``kind = 'x'``) or tables ``kind``'s module reads."""
    made_by = {table: other.kind for other in KINDS for table in CREATES.findall(_source(other))}
    text = _source(kind)
    names = {k.kind for k in KINDS}
    needs = {made_by[t] for t in READS.findall(text) if t in made_by} | (set(FACTS_OF.findall(text)) & names)
    return needs - {kind.kind}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.kind)
def test_a_kind_declares_what_it_reads(kind):
    assert _needs(kind) == set(kind.reads)


def test_the_declarations_are_read_somewhere():
    assert {k.kind: k.reads for k in KINDS if k.reads} == {"change": ("count",), "ratio": ("change",),
                                                           "per_day": ("total",)}


def test_a_kind_runs_in_the_lane_of_what_it_reads_and_after_it():
    made = lanes()
    assert len(made) == 2 and sorted(k.kind for lane in made for k in lane) == sorted(k.kind for k in KINDS)
    for lane in made:
        names = [k.kind for k in lane]
        for i, kind in enumerate(lane):
            assert set(kind.reads) <= set(names[:i]), f"{kind.kind} runs before what it reads"


def test_a_kind_before_what_it_reads_is_an_error():
    change, count = (next(k for k in KINDS if k.kind == name) for name in ("change", "count"))
    with pytest.raises(ValueError, match="change Facts read the count Facts"):
        lanes([change, count])
