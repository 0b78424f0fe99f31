"""Output paths built from names a document or a user gave (a release, an area, a format).

A name that becomes part of a path must be a plain slug — letters, digits, ``-``, ``_``
and ``.``, starting and ending with a letter or digit — so ``/tmp/x`` or ``../../x`` can
never lead a write outside the folder it was meant for; and the path is checked to
resolve inside that folder (a symbolic link cannot lead it out either).
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError, ValidationError

_SLUG = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?")


def check_slug(name: str, what: str) -> str:
    """``name`` when it is a plain slug; else a :class:`ValidationError` saying why."""
    if not isinstance(name, str) or not _SLUG.fullmatch(name):
        raise ValidationError(f"{what} {name!r} is not a plain name (it names a folder): use letters, digits, "
                              "'-', '_' and '.', starting and ending with a letter or digit, at most 100")
    return name


def inside(folder: Path, *names: str, suffix: str = "") -> Path:
    """``folder/name/…/last+suffix``, each name a plain slug, checked to resolve inside ``folder``."""
    for name in names:
        check_slug(name, "a folder or file name")
    path = Path(folder).joinpath(*names[:-1], names[-1] + suffix) if names else Path(folder)
    if not path.resolve().is_relative_to(Path(folder).resolve()):
        raise InputError(f"{path} leads outside {folder}; not written")
    return path
