"""How far from the true value a claim's wording may be: one table, read by the claim
checker (:mod:`foistats.check.tolerance`, what a claim allows) and by the story writer
(:mod:`foistats.narrative.numbers`, which writes only what the checker supports)."""

# "almost/nearly X": below X by no more than this fraction of X
ALMOST_WITHIN = 0.05
# "around/about X": within this fraction of X
AROUND_WITHIN = 0.05
# a fraction word ("a quarter", "four in five"): within this many percentage points of the share
FRACTION_WITHIN = 5.0
# "doubled", "halved", "tripled", "fourfold": a ratio within this much of the multiple
# (any other multiple: within an eighth of it)
MULTIPLE_SLACK = {0.5: 0.025, 2.0: 0.05, 3.0: 0.15, 4.0: 0.5}
MULTIPLE_SLACK_OTHER = 0.125
