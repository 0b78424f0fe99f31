"""Cell values made safe for the files and terminals people open them in, and counts as
people read them.

One function per hazard, used by every writer: spreadsheet formula injection (OWASP
"CSV injection") and, for terminals, control characters; :func:`counted` for "1 figure".
"""

from __future__ import annotations

import re

# A cell that a spreadsheet would evaluate starts with one of these (OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
# an ANSI escape sequence whole (CSI "ESC [ … m", OSC "ESC ] … BEL"), then any other control
# character but newline and tab
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def inert_cell(value: object) -> object:
    """The value as it may go into a CSV or XLSX cell: a text without control characters
    (an XLSX cell cannot hold them; a terminal showing the CSV would obey them), and with a
    leading apostrophe where a spreadsheet would read it as a formula; numbers (including
    negative ones) pass unchanged."""
    if not isinstance(value, str):
        return value
    value = printable(value)
    if not value.startswith(_FORMULA_START) or _NUMBER.fullmatch(value):
        return value
    return "'" + value


def printable(text: str) -> str:
    """The text with control characters and ANSI escape sequences removed, for a terminal
    (newlines and tabs stay)."""
    return _CONTROL.sub("", text)


def counted(n: int, noun: str) -> str:
    """'1 figure', '2 figures', '1,204 figures': a count with its noun, as every output prints one."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
