"""PDF letters, read with pdfplumber: ruled tables become RawTables (a table that runs on
to the next page is joined up, its repeated header row dropped), the rest of each page's
text becomes lines. A PDF with no text layer is a scan and needs OCR first.
"""

from __future__ import annotations

import contextlib
import io

from ..errors import InputError
from .raw import Block, Cell, Line, RawDocument, RawTable
from .text import blocks_from_lines

MAX_PAGES = 500


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def read_pdf(data: bytes, file_name: str) -> RawDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect:
        raise InputError(f"{file_name}: the PDF is encrypted; save a copy without a password and try again") from None
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many kinds for damaged files
        raise InputError(f"{file_name}: not a readable PDF ({type(exc).__name__}); the file may be damaged") from None
    blocks: list[Block] = []
    any_text = False
    truncated = False
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise InputError(f"{file_name}: {len(pdf.pages)} pages is over the limit of {MAX_PAGES}")
        for number, page in enumerate(pdf.pages, start=1):
            if page.chars:
                any_text = True
            found = page.find_tables()
            boxes = [t.bbox for t in found]
            items: list[tuple[float, Block | list[Line]]] = []
            for t_number, table in enumerate(found, start=1):
                where = f"page {number} table {t_number}"
                rows = [[Cell((text or "").replace("\n", " ").strip(), f"{where} row {r + 1} column {c + 1}")
                         for c, text in enumerate(row)] for r, row in enumerate(table.extract())]
                if rows:
                    items.append((table.bbox[1], RawTable(rows, where)))
            rest = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
            for line in rest.extract_text_lines() if rest.chars else []:
                items.append((line["top"], [Line(line["text"], f"page {number} line {len(items) + 1}")]))
            items.sort(key=lambda pair: pair[0])
            lines: list[Line] = []
            for _, item in items:
                if isinstance(item, list):
                    lines.extend(item)
                    continue
                found_blocks, cut = blocks_from_lines(lines)
                blocks.extend(found_blocks)
                truncated = truncated or cut
                lines = []
                _add_table(blocks, item)
            found_blocks, cut = blocks_from_lines(lines)
            blocks.extend(found_blocks)
            truncated = truncated or cut
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{file_name}: the PDF cannot be read ({type(exc).__name__}: {str(exc)[:80]})") from None
    finally:
        with contextlib.suppress(Exception):  # closing a damaged file can fail too; its first error is the one to report
            pdf.close()
    if not any_text:
        raise InputError(f"{file_name}: the PDF has no text layer (it looks scanned); run it through OCR and ingest the result")
    return RawDocument(file_name, "pdf", blocks, truncated)


def _add_table(blocks: list[Block], table: RawTable) -> None:
    """Add a table, joining it to a table that ended the previous page with the same columns."""
    last = blocks[-1] if blocks else None
    if (isinstance(last, RawTable) and last.width == table.width and last.where.split()[1] != table.where.split()[1]):
        rows = table.rows
        if [c.text for c in rows[0]] == [c.text for c in last.rows[0]]:
            rows = rows[1:]
        blocks[-1] = RawTable(last.rows + rows, f"{last.where} to {table.where}")
        return
    blocks.append(table)
