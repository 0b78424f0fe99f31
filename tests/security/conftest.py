"""Attacks on a workspace: each test runs one on a fresh copy of the sample campaign."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

import foistats


@pytest.fixture(scope="session")
def _sample(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sample") / "demo"
    foistats.demo(folder)
    return folder


@pytest.fixture
def demo(_sample, tmp_path) -> Path:
    """A fresh copy of the sample campaign's workspace folder (built once a session)."""
    return Path(shutil.copytree(_sample, tmp_path / "demo"))


def store_digest(folder: Path) -> str:
    """The store's bytes, to show a failed command left it untouched."""
    return hashlib.sha256((folder / "foistats.duckdb").read_bytes()).hexdigest()


def one_line_error(code: int, stderr: str) -> str:
    """The error a failed command printed, checked to be one line and no traceback."""
    assert code != 0
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    return lines[0]
