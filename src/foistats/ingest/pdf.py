"""PDF letters, read with pdfplumber: ruled tables become RawTables (a table that runs on
to the next page is joined up, its repeated header row dropped), the rest of each page's
text becomes lines. A PDF with no text layer is a scan and needs OCR first.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import re
import zlib

from ..errors import InputError
from .labels import read_label
from .raw import Block, Cell, Line, RawDocument, RawTable
from .text import blocks_from_lines, is_figure_cell, page_head_or_foot

MAX_PAGES = 500
# A compressed stream can inflate a thousandfold (a decompression bomb): every Flate stream
# is measured, unpacked a slice at a time, before pdfminer unpacks any of it whole.
MAX_STREAM_BYTES = 50 * 1024 * 1024
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_SLICE = 1024 * 1024
_STREAM = re.compile(rb"stream\r?\n")


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def read_pdf(data: bytes, file_name: str) -> RawDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    _check_streams(data, file_name)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many kinds for damaged files
        # pdfplumber wraps pdfminer's errors, so the password error is looked for inside
        if isinstance(exc, PDFPasswordIncorrect) or any(isinstance(a, PDFPasswordIncorrect) for a in exc.args):
            raise InputError(f"{file_name}: the PDF is encrypted, save a copy without a password and ingest that") from None
        raise InputError(f"{file_name}: not a readable PDF ({type(exc).__name__}); the file may be damaged") from None
    blocks: list[Block] = []
    any_text = any_image = False
    truncated = False
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise InputError(f"{file_name}: {len(pdf.pages)} pages is over the limit of {MAX_PAGES}")
        pages: list[list[tuple[float, Block | list[Line]]]] = []
        for number, page in enumerate(pdf.pages, start=1):
            if page.chars:
                any_text = True
            # a scan is a picture of a page: an image, or drawn shapes where a scanner traced it
            any_image = any_image or bool(page.images or page.rects or page.curves)
            found = page.find_tables()
            boxes = [t.bbox for t in found]
            items: list[tuple[float, Block | list[Line]]] = []
            for t_number, table in enumerate(found, start=1):
                where = f"page {number} table {t_number}"
                rows = [[Cell(_cell_text(text or ""), f"{where} row {r + 1} column {c + 1}")
                         for c, text in enumerate(row)] for r, row in enumerate(table.extract())]
                if rows:
                    items.append((table.bbox[1], RawTable(rows, where)))
            rest = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
            for line in rest.extract_text_lines() if rest.chars else []:
                items.append((line["top"], [Line(_spaced(line), f"page {number} line {len(items) + 1}")]))
            items.sort(key=lambda pair: pair[0])
            pages.append(items)
        # a line printed on two pages or more is the pages' own (a footer: "Gwent Police welcomes correspondence
        # in Welsh."), even the first time it is met, between a table and its rows going on over the page
        repeated = _on_several_pages(pages)
        for items in pages:
            lines: list[Line] = []
            for _, item in items:
                if isinstance(item, list):
                    lines.extend(item)
                    continue
                found_blocks, cut = blocks_from_lines(lines)
                blocks.extend(found_blocks)
                truncated = truncated or cut
                lines = []
                _add_table(blocks, item, repeated)
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
    if not any_text and any_image:
        raise InputError(f"{file_name}: the PDF has no text layer (it looks scanned); run it through OCR and ingest the result")
    if not any_text:
        raise InputError(f"{file_name}: the PDF shows no text and no pictures; the file may be damaged or empty, "
                         "save it again from the original")
    return RawDocument(file_name, "pdf", blocks, truncated)


def _check_streams(data: bytes, file_name: str) -> None:
    """Refuse a PDF whose compressed streams inflate past the limits, one stream or all."""
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        inflater = zlib.decompressobj()
        pending = data[m.end():end if end >= 0 else len(data)]
        size = 0
        try:
            while pending:
                size += len(inflater.decompress(pending, _SLICE))
                pending = inflater.unconsumed_tail
                if size > MAX_STREAM_BYTES or total + size > MAX_DOCUMENT_BYTES:
                    raise InputError(f"{file_name}: a stream of the PDF unpacks to more than "
                                     f"{min(MAX_STREAM_BYTES, MAX_DOCUMENT_BYTES - total) // 2**20} MB "
                                     "(a decompression bomb?); foistats stops there")
        except zlib.error:
            pass  # not Flate-compressed, or damaged: pdfminer says which when it reads it
        total += size


def _on_several_pages(pages: list[list[tuple[float, Block | list[Line]]]]) -> set[str]:
    """The texts of lines printed on more than one page."""
    seen: dict[str, set[int]] = {}
    for number, items in enumerate(pages):
        for _, item in items:
            for line in item if isinstance(item, list) else ():
                seen.setdefault(line.text.strip(), set()).add(number)
    return {text for text, on in seen.items() if len(on) > 1 and text}


def _add_table(blocks: list[Block], table: RawTable, repeated: set[str]) -> None:
    """Add a table, joining it to a table that ended the previous page with the same columns;
    past the page's furniture between them (its footer, the next page's letterhead, "Table 1
    (continued)") only where it repeats the header row, or starts with a row of figures (its
    rows go on, the header left on the page before)."""
    at = next((i for i in range(len(blocks) - 1, -1, -1) if isinstance(blocks[i], RawTable)), None)
    last = blocks[at] if at is not None else None
    if not isinstance(last, RawTable) or last.width != table.width or last.where.split()[1] == table.where.split()[1]:
        blocks.append(table)
        return
    same_header = [c.text for c in table.rows[0]] == [c.text for c in last.rows[0]]
    rows_go_on = bool(table.rows[0][0].text) and all(is_figure_cell(c.text) for c in table.rows[0][1:] if c.text)
    between = blocks[at + 1:]
    if between and not ((same_header or rows_go_on) and all(_furniture(b, blocks[:at], repeated) for b in between)):
        blocks.append(table)
        return
    rows = table.rows[1:] if same_header else table.rows
    blocks[at] = RawTable(last.rows + rows, f"{last.where} to {table.where}")


_PAGE_LINE = re.compile(r"\bpage \d+(?: of \d+)?\b|\(?continued\)?|^\W*(?:official|official[- ]sensitive|not protectively marked)\W*$", re.I)


def _furniture(block: Block, before: list[Block], repeated: set[str]) -> bool:
    """A page's own lines: its number, a "continued", a marking, or a line the pages before repeat (the letterhead),
    or one printed on several pages."""
    if not isinstance(block, Line) or len(block.text) > 120:
        return False
    return bool(_PAGE_LINE.search(block.text)) or page_head_or_foot(block.text) or block.text.strip() in repeated \
        or any(isinstance(b, Line) and b.text == block.text for b in before)


# a gap between words this many times the font size wide parts two columns (a word space is
# a quarter to three fifths of it)
_COLUMN_GAP = 1.2


_TAB_GLYPH = "(cid:9)"  # a tab typed into the text, which the font has no glyph for: a gap, as pdfminer names it


def _spaced(line: dict) -> str:
    """A line's text with a wide gap between words kept as a run of spaces: a table printed
    as text, its columns aligned on spaces, keeps its columns (pdfplumber makes every gap
    one space)."""
    chars = [c for c in line.get("chars", []) if c["text"].strip() and c["text"] != _TAB_GLYPH]
    if not chars:
        return line["text"].replace(_TAB_GLYPH, " ")
    out = [chars[0]["text"]]
    for before, char in zip(chars, chars[1:]):
        gap = char["x0"] - before["x1"]
        size = max(before.get("size") or 0, 1)
        if gap >= _COLUMN_GAP * size:
            out.append("   ")
        elif gap > 0.15 * size:
            out.append(" ")
        out.append(char["text"])
    return "".join(out)


_MOST_BROKEN_LINES = 10  # 512 ways to join a cell's lines, at most


def _cell_text(text: str) -> str:
    """A cell's lines as one text. A narrow column breaks a long word across lines
    ("Charged/Summonse" / "d"): where the lines read as a label only when joined without a
    space, they are one word."""
    lines = [line.strip() for line in text.split("\n")]
    spaced = " ".join(lines).strip()
    if len(lines) < 2 or len(lines) > _MOST_BROKEN_LINES or read_label(spaced).understood:
        return spaced
    # each break is a space or the middle of a word ("Sexu" / "al comm" / "unicat" / "ion with a child"):
    # the first way of joining them, fewest words broken first, that reads as a label
    for joins in sorted(itertools.product((" ", ""), repeat=len(lines) - 1), key=lambda j: j.count("")):
        joined = lines[0] + "".join(sep + line for sep, line in zip(joins, lines[1:]))
        if read_label(joined).understood:
            return joined
    return spaced
