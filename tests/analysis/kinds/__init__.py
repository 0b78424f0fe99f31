"""Tests of each kind of Fact (``foistats.analysis.kinds``), a module a kind. The demo
workspace's Facts are checked against expectations written from the published figures
themselves (shared/sample/published_figures.csv), never computed by the code under test."""


def one(facts):
    assert len(facts) == 1, [f.formula for f in facts]
    return facts[0]


def computed(facts):
    return [f for f in facts if not f.detail.get("published")]
