"""The options many commands share, written once (as sqlite-utils' ``output_options`` and
csvkit's common parser do), and the Typer app every command group is made with.

A command's help names each value as a person reads it (TEXT, PATH, INTEGER), not as a
Python type (``<list[Path]>``, ``<bool>``): :class:`Command` and :class:`Group` say so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from ..workspace import ENV_VAR

WorkspaceOption = Annotated[
    Optional[Path],
    typer.Option("--workspace", "-w", envvar=ENV_VAR,
                 help="The workspace folder (default: the one holding the current folder)."),
]
# publish, serve and site hide small numbers by one rule: what the dashboard shows is never more than a release
RuleOption = Annotated[
    Optional[str],
    typer.Option("--rule", help="Small numbers to hide: k=N (1 to N-1; default k=5), dfe (1 to 5) or none."),
]
# a table shows this many rows unless --limit says otherwise (CSV and JSON show all)
TABLE_ROWS = 100
ColumnsOption = Annotated[
    Optional[str],
    typer.Option("--columns", "-c", help="The columns to show, comma-separated (default: the few a person reads; "
                 "csv: all)."),
]
LimitOption = Annotated[
    Optional[int],
    typer.Option("--limit", "-n", min=0, help=f"Show at most this many rows (table default {TABLE_ROWS}; 0 for all)."),
]
ROWS = ("table", "csv", "json")


def choose(value: str, allowed: tuple[str, ...] | list[str], option: str = "--format") -> str:
    """``value`` if it is one of ``allowed``, else the usage error every command gives."""
    if value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}", param_hint=option)
    return value


def format_option(*allowed: str, help: str | None = None) -> Any:  # noqa: A002 - typer's word
    """``--format/-f``, checked against ``allowed`` as it is read (default help: the choices)."""

    def check(value: str) -> str:
        return choose(value, allowed)

    return typer.Option("--format", "-f", callback=check, help=help or f"{', '.join(allowed)}.")


FormatOption = Annotated[str, format_option(*ROWS)]


# typer's type labels (<str>, <list[Path]>, <int>) as a person reads them; a flag shows none
_WORDS = {"str": "TEXT", "path": "PATH", "int": "INTEGER", "float": "NUMBER", "bool": None}


def _plain(param: Any) -> Any:
    """Show ``param``'s value in help by a word (TEXT, PATH), through typer's hook for the
    type column; a metavar given (``--wait SECONDS``) is kept."""
    typed = param.display_type

    def word(ctx: Any) -> str | None:
        if param.metavar is not None:
            return param.metavar
        label = typed(ctx).strip("<>").removeprefix("list[").removesuffix("]").removesuffix(" range")
        return _WORDS.get(label.lower(), label.upper())

    param.display_type_rich = word
    return param


class Command(TyperCommand):
    """A command whose help names values as TEXT, PATH, INTEGER."""

    def get_params(self, ctx: Any) -> list[Any]:
        return [_plain(p) for p in super().get_params(ctx)]


class Group(TyperGroup):
    """A group of commands whose help names values as TEXT, PATH, INTEGER."""

    def get_params(self, ctx: Any) -> list[Any]:
        return [_plain(p) for p in super().get_params(ctx)]


class App(typer.Typer):
    """A Typer app whose commands are :class:`Command` and whose groups are :class:`Group`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cls=Group, add_completion=False, **kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        return super().command(*args, cls=Command, **kwargs)
