"""HTML disclosure-log pages, read with lxml: no script is run and nothing is fetched.

Tables become RawTables with rowspan and colspan filled in (a spanned cell's text in every
position it covers); everything else becomes lines of running text, one per paragraph,
list item, heading or line break, and goes through the same pipe-table and cut-short
detection as plain text.
"""

from __future__ import annotations

import re

from lxml import etree, html

from ..errors import InputError
from .raw import Block, Cell, Line, RawDocument, RawTable
from .text import blocks_from_lines, clean, decode

_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "select",
         "button", "form", "nav"}
_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article",
          "blockquote", "pre", "dt", "dd", "dl", "header", "footer", "main", "aside", "hr", "caption", "address",
          "figure", "figcaption", "summary", "details", "body"}
MAX_SPAN = 100


def _list_number(item, drawn: dict) -> str:
    """The number a browser draws before an item of an ordered list ("2. ", "b) "), or "";
    ``drawn`` holds each list's last number, the items being met in order."""
    parent = item.getparent()
    if parent is None or parent.tag != "ol":
        return ""
    try:
        n = int(item.get("value") or 0) or (drawn[parent] + 1 if parent in drawn else int(parent.get("start") or 1))
    except ValueError:
        return ""
    drawn[parent] = n
    kind = parent.get("type") or "1"
    if kind in ("a", "A") and n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if kind == 'A' else letter}) "
    return f"{n}. " if kind == "1" else ""


def _cell_text(element) -> str:
    return clean(re.sub(r"\s+", " ", " ".join(element.itertext())))


def _table(element, number: int) -> RawTable | None:
    rows = [tr for tr in element.iter("tr") if _nearest_table(tr) is element]
    # a <tfoot> may come before the body in the markup; a browser shows it, and a reader reads it, last
    rows.sort(key=lambda tr: {"thead": 0, "tfoot": 2}.get(tr.getparent().tag, 1))
    grid: dict[tuple[int, int], Cell] = {}
    where = f"table {number}"
    for r, tr in enumerate(rows):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = _cell_text(td)
            rowspan = _span(td.get("rowspan"))
            colspan = _span(td.get("colspan"))
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid.setdefault((r + dr, c + dc), Cell(text, f"{where} row {r + 1} column {c + 1}"))
            c += colspan
    if not grid:
        return None
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return RawTable([[grid.get((r, c), Cell("", f"{where} row {r + 1} column {c + 1}")) for c in range(width)]
                     for r in range(height)], where)


def _span(text: str | None) -> int:
    try:
        return max(1, min(int(text or 1), MAX_SPAN))
    except ValueError:
        return 1


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


_TERM_ENDS = ": "


def read_html(data: bytes, file_name: str) -> RawDocument:
    """Read an HTML page into lines and tables."""
    text = decode(data, file_name)
    if "<" not in text:
        raise InputError(f"{file_name}: not HTML (no tags)")
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{file_name}: not readable as HTML ({exc})") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise InputError(f"{file_name}: the page nests its elements too deeply to read whole (over 255 levels); "
                         "save the reply's text or table on its own and ingest that")
    blocks: list[Block] = []
    pending: list[Line] = []
    buffer: list[str] = []
    truncated = False
    skipping = 0
    inside_table = 0
    tables = 0
    drawn: dict = {}  # each ordered list's last number drawn

    def flush_text() -> None:
        line = re.sub(r"\s+", " ", "".join(buffer)).strip()
        buffer.clear()
        if line:
            pending.append(Line(line, f"paragraph {len(pending) + len(blocks) + 1}"))

    def flush_lines() -> None:
        nonlocal truncated
        flush_text()
        found, cut = blocks_from_lines(pending)
        blocks.extend(found)
        truncated = truncated or cut
        pending.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skipping or tag in _SKIP:
                skipping += 1
                continue
            if tag == "table":
                if not inside_table:
                    flush_lines()
                    tables += 1
                    # a table's <caption> is its title ("Table 2: Offences recorded with the online flag"), as a
                    # line over it would be
                    caption = next((c for c in element if c.tag == "caption"), None)
                    if caption is not None and (title := re.sub(r"\s+", " ", caption.text_content()).strip()):
                        blocks.append(Line(title, f"table {tables} caption"))
                    if (table := _table(element, tables)) is not None:
                        blocks.append(table)
                inside_table += 1
                continue
            if inside_table:
                continue
            if tag in _BLOCK and not (tag == "dd" and "".join(buffer).rstrip().endswith(_TERM_ENDS.rstrip())):
                flush_text()  # a definition list's term and its description are one line: "2021/22: 288"
            if tag == "li" and (number := _list_number(element, drawn)):
                buffer.append(number)  # an ordered list's numbers are drawn, not written: "3. For each of those years, …"
            if element.text:
                buffer.append(element.text)
        else:
            if skipping:
                skipping -= 1
                if not skipping and element.tail and not inside_table:
                    buffer.append(element.tail)
                continue
            if tag == "table":
                inside_table -= 1
                if not inside_table and element.tail:
                    buffer.append(element.tail)
                continue
            if inside_table:
                continue
            if tag == "dt":
                buffer.append(_TERM_ENDS)
            elif tag in _BLOCK:
                flush_text()
            if element.tail:
                buffer.append(element.tail)
    flush_lines()
    if not blocks:
        raise InputError(f"{file_name}: the page holds no text")
    return RawDocument(file_name, "html", blocks, truncated)
