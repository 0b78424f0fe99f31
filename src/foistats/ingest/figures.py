"""What interpreting a reply gives: its figures, the items a person reviews, the groups they
are sent in, and what the request asked. Part of :mod:`foistats.ingest.interpret`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Observation
from ..periods import Period
from . import account

# --- what comes out -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    """Something a person must decide: a guessed figure (or a note) and why it is unsure."""

    location: str
    context: str
    reason: str
    guess: dict | None  # an observation's fields, or None for a note that changes no figure


@dataclass
class Interpretation:
    observations: list[Observation]
    review: list[ReviewItem]
    contexts: dict[str, str]  # location -> the cell or line in its context
    numbers: list[account.Number] = field(default_factory=list)  # every numeric token and its fate


@dataclass
class Figure:
    """A figure on its way to becoming an Observation (or a review item)."""

    value: int | None
    status: str
    where: str
    context: str
    measure: str
    unit: str
    dims: dict[str, str] = field(default_factory=dict)
    period: Period | None = None
    lower: int | None = None
    upper: int | None = None
    is_total: bool = False
    note: str = ""
    doubts: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)  # the measures a person picks from, when the reader cannot tell
    question: str | None = None  # the numbered question it answers
    fate: str = ""  # figure (in the data) or review, once decided
    explains_refusal: bool = False  # a count given in a refusal's reasoning: it answers no question
    refused: bool = False  # one of the figures a refusal or not-held answer covers (not a table's "N/H" cell)
    own_measure: bool = False  # its own label names what it counts ("Arrests"): no question or campaign decides it
    kind_of: str = ""  # the measure its label names a kind of ("incidents" for a row "High" risk): a total's parts
    restates: bool = False  # a whole said again to give a part of it ("Of the 742 crimes above, …")
    within: "Figure | None" = None  # for that part: the whole, whose measure is its own


@dataclass(frozen=True)
class Asked:
    """What the campaign asked the force that answered (its measures and periods), and
    the measure a person says a reply answers (``ingest --measure``)."""

    measures: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    measure: str | None = None



@dataclass
class Group:
    """Figures of one table row, or of a whole table, sent to review as one item: a table
    with many figures the reader cannot place gives a person one decision a row (or one
    for the table), not one a cell."""

    where: str  # the row's or the table's cells, "sheet Offences B3–D3"
    context: str
    reason: str
    key: str | None  # the question it answers
    count: int  # its figures
    figures: list[Figure]  # a row's figures; a whole table's are counted, not kept
    cells: set[str]  # the places of its figures
