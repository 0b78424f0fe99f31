"""A workspace's own templates run in a sandbox: reaching outside it is a one-line error
naming the template and line, and nothing runs."""

from __future__ import annotations

from importlib import resources

import pytest

from .conftest import one_line_error, store_digest

ESCAPE = "{{ cycler.__init__.__globals__.os.system('touch %s') }}"


def _shipped(name: str) -> str:
    return resources.files("foistats.narrative").joinpath("templates", name).read_text(encoding="utf-8")


def test_a_macro_reaching_outside_stops_the_stories(demo, tmp_path, run_cli):
    marker = tmp_path / "ran"
    text = _shipped("sentences.j2")
    lead = "{% macro lead("
    before, after = text.split(lead, 1)
    line = before.count("\n") + 2  # the macro's first line of text
    (demo / "templates").mkdir()
    (demo / "templates" / "sentences.j2").write_text(
        before + lead + after.replace("\n", "\n" + ESCAPE % marker + " ", 1), encoding="utf-8")
    store = store_digest(demo)
    code, _, err = run_cli("stories", "-w", demo, "--no-check", "--no-charts", "--out", tmp_path / "out")
    message = one_line_error(code, err)
    assert f"sentences.j2, line {line}:" in message and "__init__" in message
    assert not marker.exists()
    assert store_digest(demo) == store


@pytest.mark.parametrize("name", ["story.md.j2", "story.html.j2"])
def test_a_layout_reaching_outside_stops_the_stories(demo, tmp_path, run_cli, name):
    marker = tmp_path / "ran"
    (demo / "templates").mkdir()
    (demo / "templates" / name).write_text("{{ story.headline.text }}\n" + ESCAPE % marker + "\n", encoding="utf-8")
    code, _, err = run_cli("stories", "-w", demo, "--no-check", "--no-charts", "--format", name.split(".")[1],
                           "--out", tmp_path / "out")
    assert f"{name}, line 2:" in one_line_error(code, err)
    assert not marker.exists()


def test_a_template_cannot_change_what_it_is_given(demo, tmp_path, run_cli):
    (demo / "templates").mkdir()
    (demo / "templates" / "story.md.j2").write_text("{{ story.facts.clear() }}{{ story.headline.text }}\n",
                                                    encoding="utf-8")
    code, _, err = run_cli("stories", "-w", demo, "--no-check", "--no-charts", "--format", "md",
                           "--out", tmp_path / "out")
    assert "story.md.j2, line 1:" in one_line_error(code, err)


def test_html_layouts_escape_what_they_print(demo, tmp_path, run_cli):
    (demo / "templates").mkdir()
    (demo / "templates" / "story.html.j2").write_text("<h1>{{ story.headline.text ~ '<script>' }}</h1>\n",
                                                      encoding="utf-8")
    code, _, err = run_cli("stories", "-w", demo, "--no-check", "--no-charts", "--format", "html",
                           "--out", tmp_path / "out")
    assert code == 0, err
    written = [p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.html")]
    assert written and all("&lt;script&gt;" in t and "<script>" not in t for t in written)
