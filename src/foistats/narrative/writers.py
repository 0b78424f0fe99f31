"""Writing a Story out: Markdown, HTML, DOCX, and the sidecar JSON of its Facts.

All four are written from the same :class:`~foistats.narrative.story.Story`, so they
agree sentence for sentence. Markdown and HTML come from the layout templates
``story.md.j2`` and ``story.html.j2`` (overridable per workspace like the sentences);
DOCX is built with python-docx. A chart, when there is one, sits under the lead.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from ..paths import inside
from .settings import Settings
from .story import Story

FORMATS = ("md", "html", "docx")


def write_md(story: Story, path: Path, settings: Settings, chart: dict | None = None) -> Path:
    text = settings.env.get_template("story.md.j2").render(story=story, chart=chart)
    path.write_text(text, encoding="utf-8")
    return path


def write_html(story: Story, path: Path, settings: Settings, chart: dict | None = None) -> Path:
    text = settings.env.get_template("story.html.j2").render(story=story, chart=chart)
    path.write_text(text, encoding="utf-8")
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@lru_cache(maxsize=1)
def _docx_base() -> tuple[bytes, str, str]:
    """python-docx's blank document, once: the package without its document and core
    properties (zipped, styles compressed once), and those two parts as text."""
    import docx

    blank = io.BytesIO()
    docx.Document().save(blank)
    base = io.BytesIO()
    with zipfile.ZipFile(blank) as src, zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename not in ("word/document.xml", "docProps/core.xml"):
                dst.writestr(info, src.read(info.filename))
        document = src.read("word/document.xml").decode("utf-8")
        core = src.read("docProps/core.xml").decode("utf-8")
    return base.getvalue(), document, core


def _run(text: str, *, italic: bool = False, bold: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return (f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}"
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def _para(text: str, *, style: str = "", italic: bool = False, bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{_run(text, italic=italic, bold=bold)}</w:p>"


def _table(story: Story) -> str:
    cols = len(story.table.columns)
    grid = "".join('<w:gridCol w:w="1400"/>' for _ in range(cols))
    rows = [story.table.columns] + [[str(c) for c in row] for row in story.table.rows]
    body = "".join(
        "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/></w:tcPr>{_para(str(c))}</w:tc>'
                           for c in row) + "</w:tr>"
        for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")


def _write_docx_fast(story: Story, path: Path) -> Path:
    """A story without a picture, written straight into python-docx's blank package (the
    same parts and styles python-docx would write, at a fraction of the time)."""
    base, document, core = _docx_base()
    body = [_para(story.headline.text, style="Heading1")]
    for paragraph in story.paragraphs:
        body.append(_para(paragraph.text, italic=paragraph.role in ("quote", "provenance", "help"),
                          bold=paragraph.role == "quote"))
        if paragraph.role == "intro" and story.table is not None:
            body.append(_table(story))
    head, _, tail = document.partition("<w:body>")
    sect = tail[tail.index("<w:sectPr"):]
    core = re.sub(r"<dc:title\s*/>|<dc:title>.*?</dc:title>", f"<dc:title>{escape(story.headline.text)}</dc:title>", core)
    core = core.replace("<dc:creator>python-docx</dc:creator>", "<dc:creator>foistats</dc:creator>")
    path.write_bytes(base)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", head + "<w:body>" + "".join(body) + sect)
        z.writestr("docProps/core.xml", core)
    return path


def write_docx(story: Story, path: Path, settings: Settings, chart: dict | None = None) -> Path:
    """DOCX: a story with a chart is built with python-docx (the picture embedded under the
    lead); one without is written into python-docx's blank package directly."""
    if not (chart and chart.get("png_path") and Path(chart["png_path"]).exists()):
        return _write_docx_fast(story, path)
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.core_properties.title = story.headline.text
    document.core_properties.author = "foistats"
    document.add_heading(story.headline.text, level=1)
    for i, paragraph in enumerate(story.paragraphs):
        p = document.add_paragraph()
        run = p.add_run(paragraph.text)
        if paragraph.role == "quote":
            run.italic = True
            run.bold = True
        elif paragraph.role in ("provenance", "help"):
            run.italic = True
        if i == 0 and chart and chart.get("png_path") and Path(chart["png_path"]).exists():
            document.add_picture(str(chart["png_path"]), width=Inches(6))
            document.add_paragraph(chart.get("alt_text", "")).runs[0].italic = True
        if paragraph.role == "intro" and story.table is not None:
            table = document.add_table(rows=1, cols=len(story.table.columns))
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, story.table.columns):
                cell.text = name
            for row in story.table.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = str(value)
    document.save(path)
    return path


def write_json(story: Story, path: Path) -> Path:
    path.write_text(json.dumps(story.to_json(), indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path


WRITERS = {"md": write_md, "html": write_html, "docx": write_docx}


def write(story: Story, folder: Path, settings: Settings, formats: tuple[str, ...] = FORMATS,
          chart: dict | None = None) -> list[Path]:
    """Write a story in each format, then its sidecar JSON; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [WRITERS[fmt](story, inside(folder, story.slug, suffix=f".{fmt}"), settings, chart) for fmt in formats]
    paths.append(write_json(story, inside(folder, story.slug, suffix=".json")))
    return paths
