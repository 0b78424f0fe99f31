"""What a reader gives: a document as lines of running text and tables of cells, in the
order they appear, each knowing where in the document it came from.

Readers only read. They never decide what a figure means; :mod:`foistats.ingest.interpret`
does that from these blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    """One line of running text (a paragraph, a heading, a list item)."""

    text: str
    where: str  # "line 12", "page 2 line 3", "paragraph 7"
    quoted: bool = False  # an e-mail's quoted line ("> 1. The number of …"): the requester's words
    nested: bool = False  # a bullet set one level in under the bullet above it


@dataclass(frozen=True, slots=True)  # slots: a sheet may hold a million of them
class Cell:
    """One cell of a table: its text as printed, and where it sits in the document."""

    text: str
    where: str  # "B3", "line 31", "table 2 row 3 column 2"


@dataclass
class RawTable:
    """A grid of cells as the document laid it out; merged cells repeat their text in
    every position they cover, so every row has the same number of cells."""

    rows: list[list[Cell]]
    where: str  # "sheet Data", "page 2 table 1", "lines 23-52"

    def __post_init__(self) -> None:
        width = max((len(r) for r in self.rows), default=0)
        for number, row in enumerate(self.rows):
            while len(row) < width:
                row.append(Cell("", f"{self.where} row {number + 1} column {len(row) + 1}"))

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def lines(self) -> Iterator[str]:
        """The table's rows as pipe-separated lines, one by one."""
        return (" | ".join(c.text for c in row) for row in self.rows)

    def text(self) -> str:
        """The table as pipe-separated lines, for showing a cell in its context."""
        return "\n".join(self.lines())


Block = Line | RawTable


@dataclass
class RawDocument:
    """A document as a reader saw it."""

    file_name: str
    reader: str
    blocks: list[Block] = field(default_factory=list)
    truncated: bool = False  # the text says it stops short ("[EXCERPT ENDS]", "[truncated]")

    @property
    def tables(self) -> list[RawTable]:
        return [b for b in self.blocks if isinstance(b, RawTable)]

    @property
    def lines(self) -> list[Line]:
        return [b for b in self.blocks if isinstance(b, Line)]

    def text(self, limit: int | None = None) -> str:
        """The running text with tables written in place as pipe-separated lines; its first
        ``limit`` characters only, when given (the head of a million-cell sheet is read
        without joining the rest)."""
        lines = (line for b in self.blocks for line in ([b.text] if isinstance(b, Line) else b.lines()))
        if limit is None:
            return "\n".join(lines)
        head, size = [], 0
        for line in lines:
            head.append(line)
            size += len(line) + 1
            if size >= limit:
                break
        return "\n".join(head)[:limit]
