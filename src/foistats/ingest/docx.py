"""Word documents (DOCX), read with python-docx: paragraphs and tables in document order;
a merged cell repeats its text in every position it covers."""

from __future__ import annotations

import io

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
            if rows:
                blocks.append(RawTable(rows, where))
    flush()
    if not blocks:
        raise InputError(f"{file_name}: the document holds no text")
    return RawDocument(file_name, "docx", blocks, truncated)
