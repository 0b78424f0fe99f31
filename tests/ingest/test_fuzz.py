"""Fuzzing the readers: any bytes give a document or one InputError — never a crash or a
hang."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from foistats.errors import InputError
from foistats.ingest.interpret import interpret
from foistats.ingest.readers import read_document

from .replies import FORMATS, make_reply, render

SEEDS = {fmt: render(make_reply(5, layout="age_gender_grid"), fmt) for fmt in FORMATS}


def _read_and_interpret(data: bytes, name: str) -> None:
    started = time.monotonic()
    try:
        doc = read_document(data, name)
    except InputError:
        return
    interpret(doc, area="gwent", release="fuzz", document="0" * 64)
    assert time.monotonic() - started < 20


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FORMATS), st.data())
def test_mutated_documents_never_crash(fmt, data):
    seed = bytearray(SEEDS[fmt])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(seed) - 1))
        seed[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(seed)))
    _read_and_interpret(bytes(seed[:cut]), f"reply.{fmt}")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("|-–*<5 0123456789/\n\tabcFemaleTotal:()2019")), max_size=400))
def test_any_pasted_text_never_crashes(text):
    _read_and_interpret(text.encode(), "reply.txt")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_any_html_never_crashes(text):
    _read_and_interpret(f"<html><body><table><tr><td rowspan=9999 colspan=9999>{text}</td></tr></table>{text}</body></html>".encode(), "page.html")
