"""`foistats site` writes the read-only pages as files whose links all resolve;
`foistats serve` and `site` are in the CLI's help."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from foistats.errors import InputError
from foistats.web.serve import is_loopback, read_token


def test_site_writes_every_page_and_every_link_resolves(demo_read, tmp_path, run_cli):
    out = tmp_path / "site"
    code, stdout, err = run_cli("site", "--out", out, "--workspace", demo_read.folder)
    assert code == 0, err
    assert "pages" in stdout
    facts = demo_read.facts()
    for fact in facts:
        assert (out / "fact" / fact.id / "index.html").is_file()
    home = json.loads((out / "index.json").read_text())
    assert {r["Release"]["text"] for r in home["tables"][0]["rows"]} == set(demo_read.releases())
    missing = set()
    for page in out.rglob("*.html"):
        text = page.read_text()
        assert "/review" not in text and 'action="' not in text  # no forms in the static site
        for href in re.findall(r'(?:href|src)="(/[^"#]*)"', text):
            target = out / href.lstrip("/")
            if not (target.is_file() or (target / "index.html").is_file()):
                missing.add(href)
    assert not missing
    assert (out / "release" / "nspcc-online-2019" / "area" / "gwent" / "chart.svg").read_text().startswith("<svg")
    assert (out / "release" / "nspcc-online-2019" / "area" / "gwent" / "series.csv").read_text().startswith("Measure,")


def test_site_refuses_an_output_that_is_a_file(demo_read, tmp_path, run_cli):
    out = tmp_path / "taken"
    out.write_text("x")
    code, _, err = run_cli("site", "--out", out, "--workspace", demo_read.folder)
    assert code != 0 and "cannot write the site there" in err and "Traceback" not in err


def test_serve_and_site_are_in_the_help(run_cli):
    code, stdout, _ = run_cli("serve", "--help")
    assert code == 0 and "--token-file" in stdout and "--port" in stdout and "--host" in stdout
    code, stdout, _ = run_cli("site", "--help")
    assert code == 0 and "--out" in stdout


def test_a_token_file_is_read_and_checked(tmp_path):
    good = tmp_path / "token"
    good.write_text("0123456789abcdef-secret\nignored\n")
    assert read_token(good) == "0123456789abcdef-secret"
    short = tmp_path / "short"
    short.write_text("abc\n")
    with pytest.raises(InputError, match="16 characters"):
        read_token(short)
    with pytest.raises(InputError, match="cannot read"):
        read_token(tmp_path / "absent")
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")
