"""Every command is in the README, every option is explained in the README or its command's
--help, and no help shows a Python type (as Datasette's and sqlite-utils' test_docs.py do)."""

from __future__ import annotations

import re

import pytest
import typer

from foistats.cli import app

from ..conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group, path=()):
    """(the words that run it, the command) for every command under ``group``."""
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from _commands(command, (*path, name))
        else:
            yield " ".join((*path, name)), command


COMMANDS = dict(_commands(typer.main.get_command(app)))


def test_the_commands_are_found():
    assert {"ingest", "facts", "check", "stories", "publish", "requests status"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme(name):
    assert f"foistats {name}" in README, f"`foistats {name}` is not in README.md: say what it is for"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_is_explained(name, run_cli):
    code, shown, _ = run_cli(*name.split(), "--help")
    assert code == 0
    for param in COMMANDS[name].params:
        for option in (o for o in param.opts if o.startswith("--")):
            assert option in README or param.help, f"foistats {name} {option}: no help, and not in README.md"
            assert option in shown
    assert not re.search(r"<(?:list\[\w+\]|str|int|float|bool|path|int range)>", shown), f"foistats {name} --help shows a Python type"


def _make_dry_run(target: str, tmp_path) -> list[str]:
    """The commands `make TARGET` would run on a fresh machine (a venv not made yet)."""
    import subprocess

    done = subprocess.run(["make", "-n", "-C", str(REPO), target, f"VENV={tmp_path / 'venv'}"],
                          capture_output=True, text=True, check=True)
    return [line for line in done.stdout.splitlines() if "pip install" in line and "--upgrade pip" not in line]


def test_quick_start_is_two_commands_and_only_make_test_installs_the_test_extras(tmp_path):
    quick = README.split("## Quick start", 1)[1].split("\n\n")[1]
    assert [line.strip() for line in quick.splitlines()] == ["make demo", "make test"]
    assert "installs the test extras" in README.split("## Your own campaign")[0]
    demo = _make_dry_run("demo", tmp_path)
    assert demo and not any("[test]" in line for line in demo), demo
    assert any("'.[test]'" in line for line in _make_dry_run("test", tmp_path))
