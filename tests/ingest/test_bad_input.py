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


def _pdf(text: str = "Gwent Police 2019/20 - 12", **encryption) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, text)
    return bytes(pdf.output())


def _corrupt_zip() -> bytes:
    """A ZIP whose directory is sound and whose packed data is not (zlib fails mid-read)."""
    data = bytearray(_zip({"reply.txt": b"Gwent Police 2019/20 - 12\n" * 2000}))
    for i in range(40, 80):
        data[i] ^= 0xFF
    return bytes(data)


def _pdf_bomb() -> bytes:
    """A one-page PDF whose content stream is 60 kB packed and 60 MB unpacked."""
    import zlib

    packed = zlib.compress(b" " * (60 * 1024 * 1024), 9)
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>",
               b"<</Length %d/Filter/FlateDecode>>stream\n" % len(packed) + packed + b"\nendstream"]
    body = b"%PDF-1.4\n" + b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, o) for n, o in enumerate(objects, start=1))
    return body + b"trailer\n<</Root 1 0 R>>\n%%EOF\n"


CASES = {
    "empty.txt": (b"", "empty"),
    "corrupt.xlsx": (b"PK\x03\x04" + b"\x00" * 200, "damaged"),
    "corrupt.pdf": (b"%PDF-1.7\n" + b"garbage " * 50, "PDF"),
    "cut-short.pdf": (lambda: _pdf()[:600], "damaged"),
    "scanned.pdf": (_scanned_pdf, "no text layer"),
    "encrypted.pdf": (lambda: _pdf(owner_password="owner", user_password="secret"), "encrypted, save a copy without a password"),
    "encrypted-aes.pdf": (lambda: _pdf(owner_password="o", user_password="u", encryption_method="AES_128"),
                          "encrypted, save a copy without a password"),
    "encrypted.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le"), "encrypted"),
    "bomb.zip": (lambda: _zip({"reply.txt": b"0" * (50 * 1024 * 1024)}), "zip bomb"),
    "corrupt.zip": (_corrupt_zip, "damaged inside the archive"),
    "bomb.pdf": (_pdf_bomb, "decompression bomb"),
    "unknown.bin": (bytes(range(256)) * 4, "unknown binary format"),
    "hostile.html": (b"<html><body><script>fetch('http://example.invalid')</script>"
                     b"<img src='http://example.invalid/x.png'><iframe src='http://example.invalid'></iframe></body></html>",
                     "holds no text"),  # the script and frames are dropped, not run
    "empty.html": (b"<html></html>", "holds no text"),
    "deep.html": (b"<html><body>" + b"<div>" * 5000 + b"Gwent Police 2019/20 - 12" + b"</div>" * 5000, "nests its elements too deeply"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_documents_fail_cleanly(tmp_path, run_cli, name):
    data, why = CASES[name]
    data = data() if callable(data) else data
    ws = foistats.init(tmp_path / "ws")
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run_cli("ingest", path, "--workspace", ws.folder)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and why in err and name in err, err
    if name.endswith(".pdf"):
        assert ("scanned" in err) == (name == "scanned.pdf"), err
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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_text_is_read_by_its_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "reply.txt"
    path.write_bytes("\ufeffGwent Police\nResponse\n2019/20 – 12\n2020/21 – 14\n".encode(encoding))
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    assert {(o.period.label, o.value) for o in ws.observations()} == {("2019/20", 12), ("2020/21", 14)}


PUBLISHED = ("release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
             "r1,2020,child_sexual_offences,gwent,2019/20,,{value},offences,exact,reported,{note}\n")


def test_a_published_figures_csv_in_windows_1252_is_known_by_its_header(tmp_path):
    path = tmp_path / "published.csv"
    path.write_bytes(PUBLISHED.format(value=12, note="Gwent’s figure – as printed").encode("cp1252"))
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    [obs] = ws.observations()
    assert (obs.release, obs.value, obs.note) == ("r1", 12, "Gwent’s figure – as printed")


@pytest.mark.parametrize("value", ["1e300", "9000000000", "-2000000000", "nan"])
def test_a_published_value_out_of_range_is_refused_with_its_line(tmp_path, run_cli, value):
    path = tmp_path / "published.csv"
    path.write_text(PUBLISHED.format(value=value, note=""))
    ws = foistats.init(tmp_path / "ws")
    code, _, err = run_cli("ingest", path, "--workspace", ws.folder)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "published.csv line 2" in err and "outside the range" in err, err
    assert ws.observations() == [] and ws.store.sources() == []


def test_a_reply_count_over_the_limit_goes_to_review(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text("Gwent Police\nResponse\n2019/20 - 12\n2020/21 - 90000000000\n")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    assert [(o.period.label, o.value) for o in ws.observations()] == [("2019/20", 12)]
    [item] = ws.review_items()
    assert item.guess["value"] == 90000000000 and "more than any count" in item.reason


def test_one_figure_given_twice_with_different_values_goes_to_review(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text("Gwent Police\nResponse\n2019/20 - 5\n2020/21 - 9\nCorrected:\n2019/20 - 700\n")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(path)
    assert [(o.period.label, o.value) for o in ws.observations()] == [("2020/21", 9)]
    assert sorted(r.guess["value"] for r in ws.review_items()) == [5, 700]
    assert all("more than once with different values (5 and 700)" in r.reason for r in ws.review_items())
