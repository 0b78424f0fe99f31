"""The five seed-style cases of the checker's first issue, on the demo workspace (the
bundled Welsh figures), with the verdict a careful sub-editor gives and the reading shown.

From src/foistats/data/sample/published_figures.csv: Wales's online offences were 258 in
2015/16, 458 in 2017/18 and 576 in 2018/19; Gwent's 229 in 2018/19 and 128 in 2019/20; no
Welsh total is published for 2019/20.
"""

from __future__ import annotations

import pytest

BOTH = pytest.mark.parametrize("self_only", [False, True], ids=["with_data", "self"])


def _found(ws, text: str, self_only: bool):
    return {v.text: v for v in ws.check(text, self_only=self_only)}


def test_229_is_gwents_count(demo_ws):
    [v] = demo_ws.check("Gwent Police recorded 229 online sexual offences against children in 2018/19.")
    assert (v.verdict, v.computed) == ("supported", 229)
    assert v.claim.reading() == "Gwent Police, online sexual offences against children, 2018/19"


@BOTH
def test_576_is_online_offences_whatever_its_scope_lists(demo_ws, self_only):
    # the list after "including" describes the scope: the measure is online offences
    # ("cyber"), not sexual communication with a child
    [v] = demo_ws.check("Welsh forces recorded 576 cyber-related sex crimes in 2018/19, including online grooming, "
                        "sexual communication with a child, and rape.", self_only=self_only)
    assert v.claim.reading() == "Wales, online sexual offences against children, 2018/19"
    assert v.verdict == ("cannot_decide" if self_only else "supported")


@BOTH
def test_more_than_double_the_258_is_against_its_own_clause(demo_ws, self_only):
    found = _found(demo_ws, "Welsh forces recorded 576 online offences in 2018/19, higher than the 458 of 2017/18 "
                            "and more than double the 258 of 2015/16.", self_only)
    double = found["more than double"]
    assert double.verdict == "supported"  # 576 / 258 = 2.23, not 458 / 258 = 1.78
    assert double.computed == pytest.approx(2.23, abs=0.01)
    assert double.claim.reading() == "Wales, online sexual offences against children, 2018/19 against 2015/16"


@BOTH
def test_44_per_cent_is_a_subsets_fall_not_the_wholes(demo_ws, self_only):
    # Gwent's fall (229 to 128) told as Wales's: nothing gives Wales's 2019/20 figure
    found = _found(demo_ws, "Online child sexual offences in Wales fell by 44 per cent in 2019/20. "
                            "In Gwent they fell from 229 in 2018/19 to 128.", self_only)
    fall = found["44 per cent"]
    assert fall.verdict == "cannot_decide"
    assert fall.claim.reading() == "Wales, online sexual offences against children, 2019/20 against 2018/19"
    assert found["229"].verdict == ("cannot_decide" if self_only else "supported")


@BOTH
def test_a_quarter_5500_of_more_than_34000(demo_ws, self_only):
    found = _found(demo_ws, "Police recorded more than 34,000 offences across the UK in 2022/23, "
                            "and a quarter (5,500) of the victims were under 12.", self_only)
    quarter = found["a quarter"]
    assert quarter.verdict == "contradicted"  # 5,500 of more than 34,000 is at most 16.2 per cent
    assert quarter.computed == pytest.approx(16.18, abs=0.01)
    assert quarter.claim.reading() == "United Kingdom, no measure named, 2022/23"
    assert found["5,500"].verdict == "cannot_decide"  # a part, never the whole's equal
