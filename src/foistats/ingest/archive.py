"""ZIP archives: a batch download from an FOI website, and the zip inside every XLSX, ODS
and DOCX file. Every archive is checked before anything is unpacked: at most
``MAX_MEMBERS`` members, none larger than ``MAX_MEMBER_BYTES`` unpacked, all together at
most ``MAX_TOTAL_BYTES``, and no member packed more than ``MAX_RATIO`` times (a zip bomb).
"""

from __future__ import annotations

import io
import zipfile
import zlib

from ..errors import InputError

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small members may pack as tightly as they like


def open_zip(data: bytes, file_name: str) -> zipfile.ZipFile:
    """The archive, once it has passed the limits; InputError naming the limit otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(f"{file_name}: not a readable ZIP archive ({exc}); the file may be damaged") from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{file_name}: {len(members):,} members is over the limit of {MAX_MEMBERS:,}")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise InputError(f"{file_name}: {member.filename} is encrypted; save it without a password and try again")
        if member.file_size > MAX_MEMBER_BYTES:
            raise InputError(f"{file_name}: {member.filename} unpacks to {member.file_size:,} bytes, over the "
                             f"{MAX_MEMBER_BYTES:,}-byte limit")
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(f"{file_name}: {member.filename} is packed {member.file_size // max(member.compress_size, 1):,} "
                             f"times over (a zip bomb?); foistats stops at {MAX_RATIO}")
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise InputError(f"{file_name}: unpacks to {total:,} bytes, over the {MAX_TOTAL_BYTES:,}-byte limit")
    return archive


def members(data: bytes, file_name: str) -> list[tuple[str, bytes]]:
    """The files of a batch archive (folders and hidden files left out), each read within
    the limits."""
    archive = open_zip(data, file_name)
    out = []
    for member in archive.infolist():
        name = member.filename
        base = name.rsplit("/", 1)[-1]
        if member.is_dir() or not base or base.startswith(".") or name.startswith("__MACOSX/"):
            continue
        try:
            with archive.open(member) as handle:
                content = handle.read(MAX_MEMBER_BYTES + 1)
        except (zlib.error, zipfile.BadZipFile, EOFError, OSError) as exc:
            raise InputError(f"{file_name}: {name} is damaged inside the archive ({exc}); download the archive again") from None
        if len(content) > MAX_MEMBER_BYTES:
            raise InputError(f"{file_name}: {name} unpacks past the {MAX_MEMBER_BYTES:,}-byte limit")
        out.append((name, content))
    if not out:
        raise InputError(f"{file_name}: the archive holds no files")
    return out
