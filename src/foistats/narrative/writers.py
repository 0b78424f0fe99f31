"""Writing a Story out: Markdown, HTML, DOCX, and the sidecar JSON of its Facts.

All four are written from the same :class:`~foistats.narrative.story.Story`, so they
agree sentence for sentence. Markdown and HTML come from the layout templates
``story.md.j2`` and ``story.html.j2`` (overridable per workspace like the sentences);
DOCX is built with python-docx. A chart, when there is one, sits under the lead.
"""

from __future__ import annotations

import json
from pathlib import Path

from .compose import Settings
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


def write_docx(story: Story, path: Path, settings: Settings, chart: dict | None = None) -> Path:
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
    paths = [WRITERS[fmt](story, folder / f"{story.slug}.{fmt}", settings, chart) for fmt in formats]
    paths.append(write_json(story, folder / f"{story.slug}.json"))
    return paths
