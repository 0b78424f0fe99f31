"""`foistats check`: formats, the self mode, the article formats, bad input."""

from __future__ import annotations

import json

import docx

ARTICLE = ("Gwent figures\nPublished: 2020-09-03\n\n"
           "Gwent Police recorded 229 online sexual offences against children in 2018/19, the highest in Wales.\n"
           "Gwent's figure fell by 50 per cent in 2019/20. Call Childline on 0800 1111.\n")


def test_json_rows(run_cli, demo_ws, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE)
    code, out, _ = run_cli("check", article, "-w", demo_ws.folder, "--format", "json")
    assert code == 1  # a claim is contradicted
    rows = json.loads(out)
    assert [r["verdict"] for r in rows] == ["supported", "cannot_decide", "contradicted"]
    assert set(rows[0]) == {"text", "start", "end", "sentence", "verdict", "claimed", "computed", "unit",
                            "fact_ids", "reason", "reading", "read_as"}
    assert ARTICLE[rows[2]["start"]:rows[2]["end"]] == rows[2]["text"]
    assert rows[2]["computed"] == -44.1048
    assert rows[2]["reading"] == "Gwent Police, online sexual offences against children, 2019/20 against 2018/19"
    assert rows[2]["read_as"]["area"] == {"value": "gwent", "from": "named"}
    assert rows[2]["read_as"]["measure"] == {"value": "online_child_sexual_offences", "from": "inherited"}
    assert rows[2]["read_as"]["pinned"] is True


def test_exit_code_for_pipelines(run_cli, demo_ws, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE)
    assert run_cli("check", article, "-w", demo_ws.folder, "--fail-on", "never")[0] == 0
    assert run_cli("check", article, "-w", demo_ws.folder, "--fail-on", "undecided")[0] == 1
    supported = tmp_path / "fine.txt"
    supported.write_text("Gwent Police recorded 229 online sexual offences against children in 2018/19.")
    assert run_cli("check", supported, "-w", demo_ws.folder)[0] == 0
    assert run_cli("check", supported, "-w", demo_ws.folder, "--fail-on", "undecided")[0] == 0
    code, _, err = run_cli("check", supported, "-w", demo_ws.folder, "--fail-on", "sometimes")
    assert code != 0 and "--fail-on" in err


def test_table_and_html(run_cli, demo_ws, tmp_path):
    article = tmp_path / "story.md"
    article.write_text("# Gwent figures\n\n**Gwent Police** recorded 229 offences in 2018/19.\n")
    code, out, _ = run_cli("check", article, "-w", demo_ws.folder)
    assert code == 0 and "1 claim: 1 supported" in out
    assert "Gwent Police, online sexual offences against children, 2018/19" not in out  # no measure named
    code, out, _ = run_cli("check", article, "-w", demo_ws.folder, "--format", "html")
    assert code == 0 and '<mark id="c1" class="supported"' in out and "<aside>" in out
    assert "read as: Gwent Police, no measure named, 2018/19" in out


def test_self_mode_needs_no_workspace(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "story.txt"
    article.write_text("Cases rose from 146 to 714 in Manchester, a fourfold rise.")
    code, out, err = run_cli("check", article, "--format", "json")
    assert code == 1 and "against its own figures" in err
    [*_, rise] = json.loads(out)
    assert rise["verdict"] == "contradicted" and rise["computed"] == 4.8904


def test_html_and_docx_articles(run_cli, demo_ws, tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>x</title></head><body><h1>Gwent</h1>"
                    "<p>Gwent Police recorded <b>229</b> offences in 2018/19.</p><script>var a = 5;</script></body></html>")
    code, out, _ = run_cli("check", page, "-w", demo_ws.folder, "--format", "json")
    assert [r["text"] for r in json.loads(out)] == ["229"]
    document = docx.Document()
    document.add_paragraph("Gwent")
    document.add_paragraph("Gwent Police recorded 314 offences in 2016/17.")
    path = tmp_path / "story.docx"
    document.save(path)
    code, out, _ = run_cli("check", path, "-w", demo_ws.folder, "--format", "json")
    assert [r["verdict"] for r in json.loads(out)] == ["supported"]


def test_bad_input(run_cli, demo_ws, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE)
    assert run_cli("check", tmp_path / "nope.txt", "-w", demo_ws.folder)[0] != 0
    assert run_cli("check", article, "-w", demo_ws.folder, "--format", "xml")[0] != 0
    code, _, err = run_cli("check", article, "-w", demo_ws.folder, "--date", "1/2/2020")
    assert code != 0 and "YYYY-MM-DD" in err
    odd = tmp_path / "story.pdf"
    odd.write_bytes(b"%PDF")
    code, _, err = run_cli("check", odd, "-w", demo_ws.folder)
    assert code != 0 and ".docx" in err


def test_an_article_over_the_size_cap_is_refused_in_one_line(run_cli, tmp_path):
    from foistats.check.api import MAX_ARTICLE_CHARS

    article = tmp_path / "huge.txt"
    article.write_text("Kent recorded 5 offences. " * (MAX_ARTICLE_CHARS // 26 + 1))
    code, _, err = run_cli("check", article, "--self")
    assert code != 0 and "huge.txt" in err and "at most 1,000,000" in err and "split it" in err
    assert "Traceback" not in err


def test_one_long_sentence_finds_every_number_once():
    from foistats.check import check_text

    numbers = [f"{n:,}" for n in range(1_001, 5_001)]
    found = check_text("Police recorded " + ", ".join(f"{n} offences" for n in numbers))
    assert [v.text for v in found] == numbers
