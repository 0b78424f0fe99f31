"""`foistats site` writes the read-only pages as files whose links all resolve;
`foistats serve` and `site` are in the CLI's help."""

from __future__ import annotations

import json
import re

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


def test_serve_prints_a_made_token_that_lets_a_decision_through(review_ws):
    """`foistats serve` as a user runs it: a process on a loopback port, its token printed."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen([sys.executable, "-c", "from foistats.cli import main; main()", "serve", "--port",
                               str(port), "--workspace", str(review_ws.folder)], stdout=subprocess.PIPE, text=True,
                              env=env)
    try:
        banner = server.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in banner
        token = server.stdout.readline().rsplit(" ", 1)[1].strip()
        item = review_ws.review_items()[0]
        request = urllib.request.Request(f"http://127.0.0.1:{port}/review/{item.id}", method="POST",
                                         data=b"decision=reject&by=Ann", headers={"X-Foistats-Token": token})
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    assert response.status == 200
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert review_ws.review_item(item.id).state == "rejected"
    finally:
        server.terminate()
        server.wait(30)


def test_serve_on_a_port_in_use_says_so_in_one_line_and_prints_no_token(review_ws):
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run([sys.executable, "-c", "from foistats.cli import main; main()", "serve", "--port",
                               str(port), "--workspace", str(review_ws.folder)], capture_output=True, text=True,
                              env=env, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""  # no banner, no token
    assert done.stderr.splitlines() == [
        f"error: port {port} on 127.0.0.1 is in use (another foistats serve?); stop that one or choose another "
        f"port with --port, such as --port {port + 1}"]
