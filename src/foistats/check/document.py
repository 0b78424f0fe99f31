"""Documents: the plain text of an article in a .txt, .md, .html or .docx file.

Markdown keeps its words and loses its marks (headings, emphasis, links); HTML and DOCX
give one line per paragraph, heading or list item, so a headline stays the first line.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..errors import InputError
from ..ingest.text import decode

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")
_HTML_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "title",
                "section", "article", "header", "footer", "td", "th"}
_HTML_SKIP = {"script", "style", "noscript", "template", "head", "nav"}


def read_article(path: str | Path) -> str:
    """The text of an article file; :class:`InputError` for a missing or unreadable one."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: foistats check reads {', '.join(SUFFIXES)} files")
    data = path.read_bytes()
    if suffix == ".docx":
        return _docx_text(data, path.name)
    text = decode(data, path.name).replace("\r\n", "\n")
    if suffix in (".html", ".htm"):
        return _html_text(data)
    if suffix in (".md", ".markdown"):
        return markdown_text(text)
    return text


def markdown_text(text: str) -> str:
    """Markdown without its marks: headings, emphasis, list bullets and links. An image
    stays as written, so the checker reads its description on its own."""
    text = re.sub(r"(?<!!)\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", "", text, flags=re.M)
    return re.sub(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)


def _html_text(data: bytes) -> str:
    from lxml import html

    root = html.fromstring(data)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = re.sub(r"\s+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HTML_SKIP:
            if element.tail:
                current.append(element.tail)
            return
        if tag in _HTML_BLOCKS:
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
        if tag in _HTML_BLOCKS:
            flush()
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return "\n".join(lines)


def _docx_text(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for damaged packages
        raise InputError(f"{name}: not a readable DOCX ({type(exc).__name__})") from None
    return "\n".join(p.text for p in document.paragraphs)
