"""Bad input: one clear error line, the document recorded as failed with its reason, and
the store otherwise as it was."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

import foistats
from foistats.errors import InputError

from .replies import make_reply, render


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _scanned_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a picture, no text
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "Gwent Police 2019/20 - 12")
    return bytes(pdf.output())


CASES = {
    "empty.txt": (b"", "empty"),
    "corrupt.xlsx": (b"PK\x03\x04" + b"\x00" * 200, "damaged"),
    "corrupt.pdf": (b"%PDF-1.7\n" + b"garbage " * 50, "PDF"),
    "scanned.pdf": (None, "no text layer"),
    "encrypted.pdf": (None, "encrypted"),
    "encrypted.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le"), "encrypted"),
    "bomb.zip": (None, "zip bomb"),
    "unknown.bin": (bytes(range(256)) * 4, "unknown binary format"),
    "hostile.html": (b"<html><body><script>fetch('http://example.invalid')</script>"
                     b"<img src='http://example.invalid/x.png'><iframe src='http://example.invalid'></iframe></body></html>",
                     "holds no text"),  # the script and frames are dropped, not run
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_documents_fail_cleanly(tmp_path, run_cli, name):
    data, why = CASES[name]
    if name == "scanned.pdf":
        data = _scanned_pdf()
    elif name == "encrypted.pdf":
        data = _encrypted_pdf()
    elif name == "bomb.zip":
        data = _zip({"reply.txt": b"0" * (50 * 1024 * 1024)})
    ws = foistats.init(tmp_path / "ws")
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run_cli("ingest", path, "--workspace", ws.folder)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and why in err, err
    assert ws.observations() == [] and ws.review_items() == [] and ws.store.sources() == []
    assert [f["file_name"] for f in ws.failures()] == [name]
    code, out, _ = run_cli("failures", "--workspace", ws.folder, "--format", "json")
    assert code == 0 and [(f["file_name"], why in f["reason"]) for f in json.loads(out)] == [(name, True)]


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    data = _zip({"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": b" " * (60 * 1024 * 1024)})
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    ws = foistats.init(tmp_path / "ws")
    with pytest.raises(InputError, match="packed .* times over"):
        ws.ingest(path, authority="Gwent")


def test_a_zip_of_replies_ingests_each_and_reports_the_bad_one(tmp_path):
    good = make_reply(3, layout="years_as_rows")
    data = _zip({"gwent.html": render(good, "html"), "notes/empty.txt": b"   \n", "__MACOSX/._gwent.html": b"x"})
    path = tmp_path / "batch.zip"
    path.write_bytes(data)
    ws = foistats.init(tmp_path / "ws")
    result = ws.ingest(path)
    assert len(result.results) == 1 and len(result.errors) == 1
    assert "no text" in result.errors[0]
    assert sorted(o.value for o in ws.observations()) == sorted(f["value"] for f in good.truth if f["value"] is not None)


def test_a_reply_without_a_force_needs_authority(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text("2019/20 - 12\n2020/21 - 14\n")
    ws = foistats.init(tmp_path / "ws")
    with pytest.raises(InputError, match="--authority"):
        ws.ingest(path)
    ws.ingest(path, authority="Dyfed Powys", release="r1", received="2021-05-01")
    assert {(o.area, o.period.label, o.value, o.release) for o in ws.observations()} == {
        ("dyfed-powys", "2019/20", 12, "r1"), ("dyfed-powys", "2020/21", 14, "r1")}
