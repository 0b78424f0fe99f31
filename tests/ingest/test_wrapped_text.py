"""A reply pasted from an email is wrapped at whatever width the sender's client chose: the
figures of a sentence come out the same at every width."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

import foistats

SENTENCE = ("South Wales Police recorded {a} sexual offences against children in 2020/21, {b} in 2021/22 "
            "and {c} in 2022/23, according to the force's crime recording system.")


@settings(max_examples=12, deadline=None)
@given(width=st.integers(min_value=50, max_value=110),
       values=st.tuples(*[st.integers(min_value=10, max_value=99_999)] * 3))
def test_figures_in_a_wrapped_sentence_are_read_at_any_width(tmp_path_factory, width, values):
    a, b, c = values
    body = textwrap.fill(SENTENCE.format(a=f"{a:,}", b=f"{b:,}", c=f"{c:,}"), width)
    folder = tmp_path_factory.mktemp("wrapped")
    reply = folder / "reply.txt"
    reply.write_text(f"Dear requester,\n\n{body}\n\nYours sincerely,\nInformation Access Team\n")
    ws = foistats.init(folder / "ws")
    ws.ingest(reply, authority="South Wales")
    got = sorted((o.period.label, o.value) for o in ws.observations())
    assert got == [("2020/21", a), ("2021/22", b), ("2022/23", c)], body


def test_a_list_under_a_long_line_is_not_joined_to_it(tmp_path):
    reply = tmp_path / "reply.txt"
    reply.write_text("Please find below the number of offences recorded by South Wales Police in each\n"
                     "2020/21 - 12\n2021/22 - 15\n")
    ws = foistats.init(tmp_path / "ws")
    ws.ingest(reply, authority="South Wales")
    assert sorted((o.period.label, o.value) for o in ws.observations()) == [("2020/21", 12), ("2021/22", 15)]
