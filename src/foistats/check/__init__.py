"""Check: a text -> Claims -> Verdicts against the Facts and against itself.

claims.py finds the claims and their subjects, step by step: sentences.py splits the
text, find.py (and ranks.py) finds the numbers that are claims, subjects.py reads what each
is about, claim.py is what a claim is; context.py holds the vocabulary. judge.py decides
them against the Facts, consistency.py against the article's own counts, tolerance.py says
which values a wording allows, report.py prints them.
"""

from .api import check_file, check_text
from .verdict import CANNOT_DECIDE, CONTRADICTED, SUPPORTED, Verdict

__all__ = ["CANNOT_DECIDE", "CONTRADICTED", "SUPPORTED", "Verdict", "check_file", "check_text"]
