"""Shared test helpers: the sample figures, a fresh workspace, and running the CLI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import foistats
from foistats.cli import main

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE_CSV = REPO / "src" / "foistats" / "data" / "sample" / "published_figures.csv"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared. In CI (``$CI`` set) the corpus is always there, so its absence
    fails the test; elsewhere (a clone on its own) the test is skipped with a clear message."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is not here: the shared real-world corpus sits beside the repository in CI"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def ws(tmp_path):
    """A fresh, empty workspace."""
    return foistats.init(tmp_path / "ws")


@pytest.fixture
def demo_ws(tmp_path):
    """The bundled sample campaign built into a fresh workspace."""
    workspace, _ = foistats.demo(tmp_path / "demo")
    return workspace


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run `foistats ARGS…` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["foistats", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
