"""Word documents (DOCX), read with python-docx: paragraphs and tables in document order;
a merged cell repeats its text in every position it covers."""

from __future__ import annotations

import io
import re

from ..errors import InputError
from .archive import open_zip
from .raw import Block, Cell, Line, RawDocument, RawTable
from .text import blocks_from_lines, mend


def read_docx(data: bytes, file_name: str) -> RawDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    open_zip(data, file_name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for damaged packages
        raise InputError(f"{file_name}: not a readable DOCX ({type(exc).__name__}); the file may be damaged") from None
    blocks: list[Block] = []
    lines: list[Line] = []
    truncated = False
    tables = paragraphs = 0

    def flush() -> None:
        nonlocal truncated
        found, cut = blocks_from_lines(lines)
        blocks.extend(found)
        truncated = truncated or cut
        lines.clear()

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            for part in Paragraph(child, document).text.splitlines():
                lines.append(Line(part, f"paragraph {paragraphs}"))
        elif tag == "tbl":
            flush()
            tables += 1
            where = f"table {tables}"
            table = Table(child, document)
            rows = [[Cell(mend(cell.text).strip(), f"{where} row {r + 1} column {c + 1}") for c, cell in enumerate(row.cells)]
                    for r, row in enumerate(table.rows)]
            if rows and _of_words(rows) and (english := _english_column(rows)) is not None:
                # a letter in Welsh and English side by side, a column each: the English, each of its lines
                lines.extend(Line(part, f"{where} row {r + 1}") for r, row in enumerate(rows)
                             for part in row[english].text.splitlines() if part.strip())
            elif rows and _of_words(rows):
                # a request quoted in a table, a question a row ("1. | The number of offences …"): its lines
                lines.extend(Line(text, f"{where} row {r + 1}") for r, row in enumerate(rows) if (text := _row_text(row)))
            elif rows:
                blocks.append(RawTable(rows, where))
    flush()
    if not blocks:
        raise InputError(f"{file_name}: the document holds no text")
    return RawDocument(file_name, "docx", blocks, truncated)


_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]|\(?[a-h][.)]")
_FIGURE = re.compile(r"\d[\d,]*|[*x]|<\s*\d+|-")


def _of_words(rows: list[list[Cell]]) -> bool:
    """Whether a Word table holds sentences, not figures: no cell a figure alone (a list's
    number, "1.", aside), and some cell a sentence of its own."""
    cells = [cell.text for row in rows for c, cell in enumerate(row) if not (c == 0 and _LIST_NUMBER.fullmatch(cell.text))]
    return not any(_FIGURE.fullmatch(text) for text in cells) and any(len(text.split()) >= 8 for text in cells)


# the little words of each language, to tell which column of a bilingual letter is which
_WELSH = frozenset("y yr yn a ac o i ar mae ym eich gan gyda ei wedi bod hyn sy nid neu pob ond fel am".split())
_ENGLISH = frozenset("the of and to in for is was were are by with on this that be as from or".split())


def _english_column(rows: list[list[Cell]]) -> int | None:
    """The English column of a table of two set side by side in Welsh and English; None for any
    other table."""
    if any(len(row) != 2 for row in rows):
        return None
    share = []
    for c in (0, 1):
        words = [w for row in rows for w in re.findall(r"[a-zâêîôûŵŷ’']+", row[c].text.lower())]
        share.append((sum(w in _WELSH for w in words) / len(words), sum(w in _ENGLISH for w in words) / len(words))
                     if len(words) >= 20 else (0.0, 0.0))
    (welsh0, english0), (welsh1, english1) = share
    if welsh0 > english0 + 0.05 and english1 > welsh1 + 0.05:
        return 1
    if welsh1 > english1 + 0.05 and english0 > welsh0 + 0.05:
        return 0
    return None


def _row_text(row: list[Cell]) -> str:
    """A row's cells as one line, a merged cell's text once."""
    texts = [cell.text for cell in row if cell.text]
    return " ".join(text for n, text in enumerate(texts) if not n or text != texts[n - 1])
