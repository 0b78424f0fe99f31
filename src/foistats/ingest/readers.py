"""Which reader reads a document: worked out from its first bytes, then its name."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from ..errors import InputError
from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .raw import RawDocument
from .spreadsheet import read_csv, read_spreadsheet
from .text import decode, is_utf16, read_text

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<table|<div|<p[ >]|<meta|<\?xml[^>]*>\s*<html)", re.I)


def kind_of(data: bytes, file_name: str) -> str:
    """pdf, xlsx, xls, ods, docx, zip, html, csv or text; InputError for anything else."""
    suffix = PurePath(file_name).suffix.lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            raise InputError(f"{file_name}: a damaged ZIP-based file (XLSX, DOCX, ODS or ZIP); save it again and retry") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "content.xml" in names and "mimetype" in names:
            return "ods"
        return "zip"
    if data.startswith(_OLE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise InputError(f"{file_name}: the file is encrypted (password-protected); save a copy without a password")
        if suffix in (".doc", ".ppt"):
            raise InputError(f"{file_name}: an old binary Word or PowerPoint file; save it as DOCX or PDF")
        return "xls"
    if is_utf16(data):
        head = decode(data[:4096], file_name).encode("utf-8", "replace")
        return kind_of(head, file_name) if not head.startswith((b"%PDF", b"PK")) else "text"
    if b"\x00" in data[:4096]:
        raise InputError(f"{file_name}: an unknown binary format; foistats reads text, HTML, CSV, XLSX, XLS, ODS, "
                         "PDF, DOCX and ZIP files")
    if _HTML.match(data[:2048]) or suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "text"


def read_document(data: bytes, file_name: str, kind: str | None = None) -> RawDocument:
    """Read one document (not an archive) into lines and tables."""
    kind = kind or kind_of(data, file_name)
    if kind == "zip":
        raise InputError(f"{file_name}: a ZIP archive holds several documents; ingest it as an archive")
    if kind in ("xlsx", "xls", "ods"):
        return read_spreadsheet(data, file_name, kind)
    readers = {"pdf": read_pdf, "docx": read_docx, "html": read_html, "csv": read_csv, "text": read_text}
    return readers[kind](data, file_name)
