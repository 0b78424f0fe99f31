"""Plain text: a reply pasted from an email or a web page.

Tables in pasted text come in two shapes, and both become :class:`RawTable`:

- one row per line, cells between pipes (``Age | Male victims |``);
- *flattened*, one cell per line, each cell ending in a pipe, where a line holding only
  ``|`` is an empty cell or the start of a row (what a browser gives when a table is
  copied out of some disclosure-log pages). The column count comes from a ``|---|---|``
  line when there is one, and otherwise from where the row-starting ``|`` lines fall.

:func:`blocks_from_lines` is shared with the readers of other formats, whose paragraphs
can hold such text too.
"""

from __future__ import annotations

import csv
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable

from ..errors import InputError
from .raw import Block, Cell, Line, RawDocument, RawTable
from ..offences import offences
from .labels import (CAPTION, FOOTNOTE_MARK, PART_OF_ABOVE, axis_name, code_from_token, pivot_counted, pivot_filter, pivot_title,
                     read_label, without_footnote_mark, year_after)
from .values import read_value

READER = "text"

# A line saying the text stops short here, as a pasted or quoted page can.
_QUOTED = re.compile(r"^\s*(?:>\s?)+")
_CUT = re.compile(r"^\[\s*(?:excerpt ends|text ends|truncated|cut|continues)[^\]]*\]$", re.I)
# "|---|:---:|", and a plain-text table's border "+------+------+" (its joints are '+')
_SEPARATOR = re.compile(r"^[|+]?\s*:?[-=]{3,}:?\s*(?:[|+]\s*:?[-=]{3,}:?\s*)*[|+]?$")
_FLAT_CELL = re.compile(r"^[^|]*\|$")  # "text |" or a bare "|"
_LED_CELL = re.compile(r"^\|\s*[^|]*$")  # "| text": the other way round
_DAY_AT_END = re.compile(r"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$", re.I)
_MONTH_AT_START = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b", re.I
)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def is_utf16(data: bytes) -> bool:
    """Text saved as UTF-16 (Windows' "Unicode") starts with its byte-order mark."""
    return data.startswith(_UTF16_BOMS)


def encoding_of(head: bytes) -> str:
    """The encoding of a text file from its first bytes: UTF-16 by its byte-order mark,
    UTF-8 (with or without one) when the bytes decode as it, else Windows-1252."""
    if is_utf16(head):
        return "utf-16"
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not merely a character cut by the end of the head
            return "cp1252"
    return "utf-8-sig"


def decode(data: bytes, file_name: str) -> str:
    """Bytes to text: UTF-16 with its byte-order mark, UTF-8 (with or without one), else
    Windows-1252."""
    if is_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{file_name}: starts as UTF-16 text but does not decode as it; save it again as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{file_name}: not a text file (it holds binary data); foistats reads "
                         "text, HTML, CSV, XLSX, XLS, ODS, PDF, DOCX and ZIP files")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(data: bytes, file_name: str) -> RawDocument:
    """Read a plain-text reply into lines and tables."""
    text = decode(data, file_name)
    lines = [Line(raw, f"line {number}") for number, raw in enumerate(text.splitlines(), start=1)]
    blocks, truncated = blocks_from_lines(lines)
    if not blocks:
        raise InputError(f"{file_name}: the file holds no text")
    return RawDocument(file_name, READER, blocks, truncated)


# UTF-8 read as Windows-1252, as e-mail snapshots come: "â€™" for "’", "â€“" for "–", "Â£" for "£"
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                       "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}")


def _unmangled(m: re.Match) -> str:
    try:
        return m.group().encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        # "â€" alone: a closing quote (E2 80 9D), whose last byte Windows-1252 has no letter for
        return "”" if m.group() == "â€" else m.group()


def mend(text: str) -> str:
    """Text with UTF-8 that was read as Windows-1252 read again ("â€“" is "–" once more; "Â "
    a non-breaking space whose second byte was then made a plain space), and a typeset ligature
    copied out of a PDF as one letter made its letters ("ﬂagged" is "flagged")."""
    return _STRAY_A.sub("", _MOJIBAKE.sub(_unmangled, text)).translate(_LIGATURES)


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


_STRAY_A = re.compile("\u00c2(?= )")


def clean(text: str) -> str:
    """One line's text with non-breaking and repeated spaces made single spaces, UTF-8 that
    was read as Windows-1252 read again, and a dash that a wrong decoding turned into a
    Cyrillic 'Р' between spaces made a dash again."""
    text = mend(text)
    text = re.sub(r"[ \t\u00a0\u2007\u202f]+", " ", text).strip()
    return re.sub(r"(?<= )\u0420(?= )", "\u2013", text)


_CUT_AT_END = re.compile(r"\[\s*(?:excerpt ends|text ends|truncated)[^\]]*\]\s*$", re.I)


def _cut_apart(line: Line) -> list[Line]:
    """A line ending in the mark that says the text stops there, as the line and the mark."""
    if not (m := _CUT_AT_END.search(line.text)) or not line.text[:m.start()].strip():
        return [line]
    return [Line(line.text[:m.start()].rstrip(), line.where, line.quoted), Line(m.group().strip(), line.where, line.quoted)]


def blocks_from_lines(lines: Iterable[Line]) -> tuple[list[Block], bool]:
    """Lines of running text to blocks: empty lines dropped, a date broken across two
    lines joined (not a list's "Jan 2023 – 14" over "Feb 2023 – 11"), a sentence wrapped across lines made whole, pipe tables made tables.
    Stops at a line saying the text is cut short, and says so."""
    # (the mark glued to a word the text stops in: "… the figures for 2023 in partic[EXCERPT ENDS]")
    lines = [piece for line in lines for piece in _cut_apart(line)]
    furniture = _page_furniture([clean(line.text) for line in lines])
    width = _wrap_width([mend(line.text).strip() for line in lines])
    last = ""  # the last line kept, as written: a wrapped sentence's last piece
    kept: list[Line] = []
    raw: list[str] = []  # each kept line as written, its spacing (and indent) kept for aligned columns
    footers: list[Line] = []  # a page's footer and running heads, read after the text they interrupt
    truncated = False
    after_blank, at_break = True, False
    for index, line in enumerate(lines):
        text = _QUOTED.sub("", clean(line.text))  # an e-mail's quoted request ("> 1. The number of …")
        quoted = bool(_QUOTED.match(line.text))
        line = Line(_QUOTED.sub("", line.text), line.where, quoted)
        if index in furniture:
            footers.append(Line(text, line.where, quoted))
            after_blank, at_break = False, True  # the text goes on over the page break as if there were none
            continue
        if not text:
            after_blank = after_blank or not at_break
            continue
        if at_break and len(text) > 12 and any(k.text == text for k in kept[-_HEADER_REACH:]):
            continue  # a table's header printed again over its rows on the next page: read once
        at_break = False
        if _CUT.match(text):
            truncated = True
            break
        if kept and not after_blank and _DAY_AT_END.search(kept[-1].text) and _MONTH_AT_START.match(text) \
                and not _LIST_LINE.match(text) and not _LIST_LINE.match(kept[-1].text) \
                and not _COLUMN_GAP.search(raw[-1].strip()):  # not a row of columns ending "… 33    5" over "April 2022 …"
            kept[-1] = Line(f"{kept[-1].text} {text}", kept[-1].where, kept[-1].quoted)
            continue
        # a line the next one's first word would have run past the text's width: wrapped there, whatever that word is
        forced = width is not None and len(last) + 1 + len(text.split()[0]) > width
        last = mend(line.text).strip()
        if kept and not after_blank and _wrapped(raw[-1].strip(), last, forced):
            kept[-1] = Line(f"{kept[-1].text} {text}", _where([kept[-1], line]), kept[-1].quoted)
            raw[-1] = f"{raw[-1]} {last}"
            continue
        if (item := _GAPPED_ITEM.match(line.text)) and not _GAP.search(item.group("label").strip()):
            text = f"{clean(item.group('label'))}: {item.group('value')}"  # "Suspects linked    298": a label, then its figure
        # mended as clean() mends it: "â€“" was one "–" where the columns were aligned
        written = mend(line.text.rstrip()).replace("\u00a0", " ")
        kept.append(Line(text, line.where, quoted, nested=bool(raw) and _nested_bullet(raw[-1], written, kept[-1])))
        raw.append(written)  # its indent kept: a header's cells stand over their columns
        after_blank = False
    return _tables(kept, raw) + footers, truncated


_HEADER_REACH = 40  # the lines back a header repeated after a page break may be from
_GAPPED_ITEM = re.compile(r"^\s*(?P<label>[^\t|:=]*[a-z][^\t|:=]*?[a-z0-9)])(?:\t|\s{3,})"
                          r"(?P<value>\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d+|nil|none|\*|<\s*\d+)\s*$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:.{0,100}\s)?(?:page|tudalen)\s\d{1,3}(?:\s(?:of|o)\s\d{1,3})?(?:\s/\s.{0,40})?$|^-\s?\d{1,3}\s?-$", re.I)


_REFERENCE_HEAD = re.compile(r"\b(?:(?:our |your )?ref(?:erence)?(?: no\.?| number)?\s*[:.]?\s*[A-Z]*|foi)[-/ ]?\d", re.I)


# a government security marking printed on every page ("OFFICIAL"), though a page's copy may show it once
_MARKING = re.compile(r"(?:OFFICIAL(?:[- ]SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED|RESTRICTED)(?: ?[-–:] ?[A-Z ]{1,30})?")


def page_head_or_foot(text: str) -> bool:
    """A line a page prints whatever is on it: a security marking or a running head with the
    letter's reference."""
    return bool(_MARKING.fullmatch(text.strip())) or _running_head(text.strip())


def page_break_line(text: str) -> bool:
    """A line a page break leaves in the text: the page's number ("Page 1 of 3"), its marking
    or its running head."""
    return bool(_PAGE_NUMBER.match(text.strip())) or page_head_or_foot(text)


def _running_head(text: str) -> bool:
    """A page's head naming the letter by its reference ("Derbyshire Constabulary – FOI 24-01377"),
    next to a page break: furniture, though the first page, under its letterhead, lacks it."""
    return len(text) <= 100 and bool(_REFERENCE_HEAD.search(text)) and not _figures_row(text)


POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")  # a UK postcode: "CM2 6DA", "EC2M 4WN"


_RULE_LINE = re.compile(r"[-_=~*·\s]{5,}")  # a page break drawn as a line of dashes


_FURNITURE_WIDTH = 160  # an address footer runs across the whole page: "… Police Headquarters, …, Winchester SO23 8ZD"


def _page_furniture(texts: list[str]) -> set[int]:
    """The lines of a PDF's page breaks, copied out with its text: each "Page 2 of 3" line and
    the short lines around it that every page repeats ("OFFICIAL", a running title), so that
    a table or a sentence broken by the page reads on across it."""
    counts = Counter(text for text in texts if text)
    # a running head repeated on each page: words, or one reference ("DC/FOI/1763/2024"), never a row of figures
    # or a heading with its reference ("Cumbria Constabulary    Our Ref: FOI/3817/24")
    # or an address footer with its postcode ("Essex Police Headquarters, PO Box 2, …, Chelmsford CM2 6DA")
    repeated = {text for text, n in counts.items() if n >= 2 and len(text) <= _FURNITURE_WIDTH
                and (not re.search(r"\d", text) or (" " not in text and re.search(r"[A-Za-z]", text))
                     or ((_REFERENCE_HEAD.search(text) or POSTCODE.search(text)) and not _figures_row(text)))}
    found: set[int] = set()
    for index, text in enumerate(texts):
        if not _PAGE_NUMBER.match(text):
            continue
        found.add(index)
        for step in (-1, 1):  # outwards over blank lines and repeated furniture
            k = index + step
            while 0 <= k < len(texts) and (not texts[k] or texts[k] in repeated or page_head_or_foot(texts[k])
                                           or _RULE_LINE.fullmatch(texts[k])):
                if texts[k]:
                    found.add(k)
                k += step
    return found


# A line of running prose that an email or a copied page wrapped: long enough, no table
# cell or aligned column in it, and stopping mid-sentence; its sentence goes on at the
# start of the next line.
_WRAP_WIDTH = 40
_MID_SENTENCE_END = re.compile(r"[\w,;(]$")
# "2020/21 - 12", "Total: 12"; not a row of months ending "… Aug-24 Sep-24", a dash glued to a word
_LIST_LINE = re.compile(r"^.{1,80}?(?:\s*[:=]|\s+[-–—]|(?<=[^A-Za-z\s])[-–—])\s*(?:\d[\d,]*|\*|<\s*\d+|not held|nil)\s*\.?$", re.I)
_ITEM_START = re.compile(r"^(?:\d{1,2}[.)]\s|[a-z][.)]\s|[-•*–\uf0b7\uf0a7]\s|\(?(?:[a-z]{1,3}|\d{1,2})\)\s)", re.I)  # not "(19E) and …"
# two spaces after a full stop are a typist's sentence gap, not a column
_COLUMN_GAP = re.compile(r"[^\s.?!](?:\s{2,}|\t)\S|[.?!](?:\s*\t\s*|\s{3,})\S")
# a word no sentence ends on: the line goes on, whatever the next one starts with ("to the end of" / "November")
_OPEN_END = re.compile(r"\b(?:of|the|to|and|in|for|a|an|by|with|from|under|at|on|or|than|as|per|between)$", re.I)
# a telephone number the line ends part way through ("Telephone: 0303 123" over "1113.")
_PHONE_OPEN = re.compile(r"\b(?:tel(?:ephone)?|phone|call(?: us)?(?: on)?)\b\.?:?\s*\d{3,5}(?: \d{3,4})?$", re.I)


# a line led by its key and a colon ("2021: total 318, …"): after another such line, a new item
_NUMBER_NEXT = re.compile(r"[a-z,] (?:questions?|parts?|q|section|sections|page|paragraph|point|points|item|code|codes)$", re.I)
_KEYED_START = re.compile(r"^[\w/()' -]{1,25}:\s")


# a line led by an offence code and its title ("086/04 Possession of …"): one cell or item of its own
_CODE_LED = re.compile(r"^0?\d{2,3}[A-Za-z]?(?:/\d{1,2})?\s+[A-Z]")


_CLOSES_FIRST = re.compile(r"[a-z][^()]*\)")  # "decision) - 19": the words a bracket left open, then its close


def _wrap_width(lines: list[str]) -> int | None:
    """The width an e-mail or copied page wrapped its prose at, where it did: most of its
    long lines end within a few characters of the longest (less a few longer, a link)."""
    long = sorted(len(t) for t in lines if len(t) >= _WRAP_WIDTH and not _COLUMN_GAP.search(t))
    if len(long) < 6:
        return None
    width = long[len(long) - 1 - len(long) // 10]
    return width if sum(width - 8 <= n <= width for n in long) >= max(4, len(long) // 3) else None


def _wrapped(previous: str, text: str, forced: bool = False) -> bool:
    """Whether ``text`` (as written) goes on with the sentence of ``previous`` (as written);
    ``forced`` where its first word would not have fitted on the line before."""
    if _CODE_LED.match(previous) and _CODE_LED.match(text):
        return False  # "086/02 Take, make …" over "086/04 Possession …": two codes' lines, not one sentence
    if _PHONE_OPEN.search(previous) and re.match(r"\d{3,4}\b", text):
        return True
    if len(previous) >= _WRAP_WIDTH and _NUMBER_NEXT.search(previous) and re.match(r"\d{1,2}\b", text):
        return True  # "… given for question" over "1. We have checked …": question 1, not a numbered point
    return (len(previous) >= _WRAP_WIDTH and "|" not in previous and "|" not in text
            and not _COLUMN_GAP.search(previous) and not _COLUMN_GAP.search(text)
            and (bool(_MID_SENTENCE_END.search(previous)) or (previous.endswith(")") and text[:1].islower()))
            and not _ITEM_START.match(text)
            # (but "Outcome 21 (further investigation … police" over "decision) - 19": the item's bracket closes there;
            # and "Outcome 14 – Evidential difficulties victim based: suspect not" over "identified: 9", or "Outcome 21 –
            # Further investigation not in the public interest" over "(police decision): 8": its label goes on)
            and (not _LIST_LINE.match(text) or (previous.count("(") > previous.count(")") and bool(_CLOSES_FIRST.match(text)))
                 or ((text[:1].islower() or text[:1] == "(") and not _LIST_LINE.match(previous)))
            and not (_LIST_LINE.match(previous) and not text[:1].islower())
            and not _figures_row(text) and not _figures_row(previous) and not _periods_row(text)
            # a figure alone on its line, the sentence above it not left open ("… child under 13" over "44"): a table's
            # cell, one a line (but "… was applied to" over "71 of the offences" goes on)
            and not (is_figure_cell(text) and not forced and not _OPEN_END.search(previous))
            and not (_KEYED_START.match(previous) and _KEYED_START.match(text))
            and (text[:1].islower() or text[:1].isdigit() or text[:1] in "(£[‘'\"" or bool(_OPEN_END.search(previous)) or forced
                 or previous.count("(") > previous.count(")")))  # "… under 13 (Home" / "Office code 019E) and …"


def _outside_brackets(cells: list[str]) -> list[str]:
    """The cells not inside brackets: a number in brackets is its label's own ("2024", "(1",
    "Jan", "-", "30", "Sep)"), not a figure."""
    out, depth = [], 0
    for cell in cells:
        depth += cell.count("(")
        if depth == 0:
            out.append(cell)
        depth = max(0, depth - cell.count(")"))
    return out


_BULLET_MARK = re.compile(r"^(\s*)(?:[-•*–·▪◦o\uf0b7\uf0a7])\s+\S")


def _nested_bullet(above: str, written: str, line_above: Line) -> bool:
    """Whether a line is a bullet set further in than the bullet above it (or than that
    bullet's own parent, when the one above is nested too): a part of the bullet it is under."""
    inner = _BULLET_MARK.match(written.expandtabs(4))
    outer = _BULLET_MARK.match(above.expandtabs(4))
    return bool(inner and outer) and (len(inner.group(1)) > len(outer.group(1))
                                      or (line_above.nested and len(inner.group(1)) == len(outer.group(1))))


def _periods_row(text: str) -> bool:
    """Whether a line is only periods ("2021/22 2022/23 2023/24"), perhaps after the word a
    corner wrapped ("code 2021/22 2022/23"): a table's header under its title or the end of its
    first line, never a sentence going on."""
    words = text.split()
    words = words[1:] if words and not _YEAR_LABEL.fullmatch(words[0]) else words
    return len(words) >= 2 and all(_YEAR_LABEL.fullmatch(w) for w in words)


def _figures_row(text: str) -> bool:
    """Whether a line is a table's row of figures ("2022 96 88 23 207"): a label, then two or
    more values and nothing else; no sentence wrapped onto the next line."""
    row = _row_cells(_columns(text), None)
    return row is not None and len(row[1]) >= 2


def _tables(lines: list[Line], raw: list[str]) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if (found := _csv_block(lines, raw, i) or _tabbed_table(lines, raw, i) or _single_spaced_table(lines, raw, i)
                or _aligned_table(lines, raw, i)) is not None:
            _pivot_title(blocks, lines, raw, i)
            table, i = found
            blocks.append(table)
            continue
        end = _run(lines, i, _is_flat_line)
        # the last cell of a flattened table may have lost its '|' ("4" where the page was cut)
        last = [Line(f"{lines[end].text} |", lines[end].where)] if end < len(lines) and is_figure_cell(lines[end].text) else []
        if end - i >= 3 and last and (table := _flat_table(lines[i:end] + last)) is not None:
            blocks.append(table)
            i = end + 1
            continue
        if end - i >= 3 and (table := _flat_table(lines[i:end])) is not None:
            blocks.append(table)
            i = end
            continue
        end = _run(lines, i, _LED_CELL.match)
        if end - i >= 6 and (table := _flat_by_labels([Cell(line.text[1:].strip(), line.where) for line in lines[i:end]],
                                                      _where(lines[i:end]))) is not None:
            blocks.append(table)
            i = end
            continue
        if (found := _slashed_table(lines, i)) is not None:
            slashed, i = found
            blocks.extend(slashed)
            continue
        end = _run(lines, i, _is_paired_line)
        if end > i and (rows := _paired_rows([_paired_cells(line) for line in lines[i:end]])) is not None:
            blocks.append(RawTable(rows, _where(lines[i:end])))  # "071/17 - 2021: 79, 2022: 95, 2023: 113"
            i = end
            continue
        end = _run(lines, i, _is_row_line)
        if end - i >= 2 and (table := _row_table(lines[i:end], raw[i:end])) is not None:
            blocks.append(table)
            i = end
            continue
        if (found := _cell_lines_table(lines, raw, i)) is not None:
            table, i = found
            blocks.append(table)
            continue
        blocks.append(lines[i])
        i += 1
    return blocks


def _single_spaced_table(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """A table whose cells are one space apart, as a PDF's text runs them together: a header
    ending in the periods over its columns ("HO code Offence 2021/22 2022/23 2023/24"), then two or
    more rows ending in as many figures ("19E Rape of a female child under 13 (1) 162 171 158"),
    the words before them the row's label. A label ending in a number is read so only where the
    number is its own (an age: "under 13", "0 to 3"); any other line ends the table."""
    head = raw[start].strip()
    if not head or _GAP.search(head) or "|" in head:
        return None
    words = head.split()
    if any(w in _SEPARATOR_TOKEN or w == "/" for w in words):
        return None
    periods = next((n for n in range(len(words), 0, -1) if all(_YEAR_LABEL.fullmatch(w) for w in words[-n:])), 0)
    if not periods or periods == len(words) or is_figure_cell(words[-periods - 1]) or words[-periods - 1][-1:] in ",;:–-":
        return None  # (not a title's year, "… platform recorded, 2024")

    def row_of(text: str) -> tuple[list[str], list[str]] | None:
        if not text or _GAP.search(text) or _LIST_LINE.match(text) or len(tokens := text.split()) <= periods \
                or any(t in _SEPARATOR_TOKEN or t == "/" for t in tokens):
            return None  # (not "Girls – 52 / 61 / 49", a list's figures set apart by marks)
        label, values = tokens[:-periods], tokens[-periods:]
        if not all(is_figure_cell(v) and not _YEAR_LABEL.fullmatch(v) for v in values) \
                or (is_figure_cell(label[-1]) and not _OWN_NUMBER.search(" ".join(label))):
            return None
        return label, values

    rows, end = [], start + 1
    while end < len(lines):
        begun = end
        if (row := row_of(raw[end].strip())) is None and end + 1 < len(lines) and (first := raw[end].split()) \
                and len(raw[end].strip()) <= 60 and not _SENTENCE_END.search(raw[end].strip()) \
                and not any(is_figure_cell(w) for w in first) and (row := row_of(raw[end + 1].strip())) is not None:
            end += 1  # "No suspect identified /" over "age not recorded 201 193": the label begun on the line above
            row = ([*first, *row[0]], row[1])
        if row is None or _NEXT_QUESTION.match(raw[begun]):  # ("Question 3" is the next answer's heading, not a row)
            end = begun
            break
        rows.append([Cell(" ".join(row[0]), f"{lines[begun].where} column 1"),
                     *(Cell(v, f"{lines[end].where} column {c + 2}") for c, v in enumerate(row[1]))])
        end += 1
    if len(rows) < 2:
        return None
    header = [Cell(" ".join(words[:-periods]), f"{lines[start].where} column 1"),
              *(Cell(w, f"{lines[start].where} column {c + 2}") for c, w in enumerate(words[-periods:]))]
    return RawTable([header, *rows], _where(lines[start:end])), end


# a number ending a label that is the label's own: an age's ("under 13", "0 to 3", "aged 16 and 17"), a note mark after it
_OWN_NUMBER = re.compile(r"(?:\b(?:under|over|aged|to|and)\s+|\d\s*[-–]\s*)\d{1,2}(?:\s*\(\d\))?$", re.I)


_CELL_LINE = re.compile(r"^[^|.!?;]{1,70}$")  # a short line with no sentence in it: one cell of a table (a code and its title)
_MOST_CELL_LINES = 200


def _cell_lines_table(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """A table flattened one cell per line with nothing between its cells ("Year",
    "Offences", "2019", "12", "2020", "15"): found from the cells themselves, its first
    line a header, ending at the last value that keeps every row the same width. A line
    holding columns apart (a row of a table aligned on spaces) is no one cell."""
    end = start
    while end < len(lines) and end - start < _MOST_CELL_LINES and _CELL_LINE.match(lines[end].text) \
            and not _GAP.search(raw[end].strip()):
        end += 1
    if end - start < 6 or is_figure_cell(lines[start].text):
        return None
    for stop in range(end, start + 5, -1):
        if not is_figure_cell(lines[stop - 1].text):
            continue
        cells = [Cell(line.text.strip(), line.where) for line in lines[start:stop]]
        if (table := _flat_by_labels(cells, _where(lines[start:stop]))) is not None:
            return table, stop
    return None


_GAP = re.compile(r"\t|\s{2,}")
_SEPARATOR_TOKEN = {"-", "–", "—", ":", "=", "|"}
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d(?:\s?[/-]\s?(?:\d\d|(?:19|20)\d\d))?")  # a row label, though it is digits


def _columns(text: str) -> list[str]:
    """A line cut into its columns: on tabs or runs of spaces where it has them, else on
    every space, the words before the first value or period kept together as one label
    ("Sexual assault 12 15 9", "Gender 2019 2020 2021")."""
    text = text.strip()  # an indent is no column gap
    if _GAP.search(text):
        return [c.strip() for c in _GAP.split(text) if c.strip()]
    band = _BAND_AT_START.match(text)  # "10 - 13 x 7 x": a band of ages labels the row, its dash no separator
    words = text[band.end():].split() if band else text.split()
    first = next((k for k, w in enumerate(words) if is_figure_cell(w) or _YEAR_LABEL.fullmatch(w)), len(words))
    label = " ".join(([band.group().strip()] if band else []) + words[:first])
    return ([label] if label else []) + words[first:]


_BAND_AT_START = re.compile(r"(?:(?:aged\s+)?(?:under|over)\s+\d{1,2}|aged\s+\d{1,2}(?!\s*[-–])|\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}|\d{1,2}\s*(?:\+|and over|or over|and under|or under))"
                            r"(?=\s+\S+\s+\S)", re.I)


# cells that stand where a figure would, though they hold none ("N/H" beside a year not held)
_NO_FIGURE = {"n/h", "nh", "n/a", "not held"}  # not "not known": a row's label as often as a cell


def is_figure_cell(text: str) -> bool:
    return (read_value(text).kind in ("number", "suppressed", "share") and text not in _SEPARATOR_TOKEN) \
        or text.strip().lower() in _NO_FIGURE or bool(_MARKED_FIGURE.fullmatch(text.strip()))


# a figure with the mark of its note ("104(a)", "152†"); not a year ("2024²" heads a column)
_MARKED_FIGURE = re.compile(r"(?!(?:19|20)\d\d\D)\d[\d,]*(?:\([a-z]\)|[†‡*])")


def _is_header_cell(text: str) -> bool:
    return not is_figure_cell(text) or bool(_YEAR_LABEL.fullmatch(text))


_RULE = re.compile(r"^\s*[-=_–—]{3,}(?:\s+[-=_–—]{3,})*\s*$")  # a ruled line under a header or above a total


_DASHES = {"-", "–", "—"}


def _row_cells(cells: list[str], values: int | None) -> tuple[str, list[str]] | None:
    """A row of an aligned table as its label and its values: the values are the cells at
    the end (``values`` of them, once the first row has said how many), the label the cells
    before them joined ("22B", "Sexual activity ..." -> one label). A label may start with
    a number (a code, an outcome number) only when words follow it; a row of values alone
    is labelled by its first cell only when that is a year."""
    trailing = 0  # a dash standing between figures is a cell (nil, as a key says), not a separator ("2022/23 - 10")
    while trailing < len(cells) and (is_figure_cell(cell := cells[len(cells) - 1 - trailing]) or (
            cell in _DASHES and trailing and len(cells) - 2 - trailing >= 1  # never just after the row's label
            and (is_figure_cell(left := cells[len(cells) - 2 - trailing]) or left in _DASHES))):
        trailing += 1
    if values is not None and trailing < values < len(cells) and all(is_figure_cell(c) or c in _DASHES for c in cells[-values:]) \
            and any(is_figure_cell(c) for c in cells[-values:]):
        trailing = values  # a row ending in a dash ("Age not recorded  3  2  -"), as wide as the rows above
    if values is None:
        values = trailing if trailing < len(cells) else len(cells) - 1
        if 1 < values < len(cells) and _age_cut_off(cells[len(cells) - values - 1], cells[len(cells) - values]):
            values -= 1  # "19E Rape of a female child under 13  38  44": no label ends at "under"
    if values < 1 or trailing < values or len(cells) < values + 1:
        return None
    label = cells[:len(cells) - values]
    if len(label) == 2 and _age_cut_off(*label):
        label = [f"{label[0]} {label[1]}"]  # "19G Rape of a male child under 16  21  18  25": the title's age, not a figure
    if len(label) == 1 and is_figure_cell(label[0]) and not _YEAR_LABEL.fullmatch(label[0]) \
            and read_label(label[0]).axis not in ("victim_age", "suspect_age"):
        return None
    if any(is_figure_cell(c) for c in _outside_brackets(label[1:])):
        return None
    return " ".join(label), cells[len(cells) - values:]


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # words one space apart: one cell of a line aligned on runs of spaces


# over a table, no header of it: "Question 2", "Q3:", "(d)", "(a) and (b)"
_QUESTION_HEAD = re.compile(r"(?:part|question|q|answer|response)s?\.?\s*\d{1,2}[a-z]?\s*[:.)]?|"
                            r"\([a-h]\)(?:\s*(?:,|and|&)\s*\([a-h]\))*\s*:?", re.I)


def _wrapped_header(first: str, second: str) -> list[str] | None:
    """A header wrapped over two lines ("Offences" over "recorded"), its columns aligned on
    runs of spaces: each cell of the first line over one cell of the second, joined. A cell
    with nothing under it ("Year" in the corner) is a column of its own, unless it stands
    among the second line's cells; the second line holds headers only, never a row's figures."""
    if "|" in first + second or "\t" in first + second or not _GAP.search(second) or _QUESTION_HEAD.fullmatch(first.strip()):
        return None
    tops = [(m.start(), m.end(), m.group()) for m in _SPACED_CELL.finditer(first)]
    cells = [(m.start(), m.end(), m.group()) for m in _SPACED_CELL.finditer(second)]
    if not all(_is_header_cell(text) for _, _, text in cells) or any(_A_SENTENCE.fullmatch(text) for _, _, text in tops):
        return None  # (nor "The force holds the information you asked for." over a header of years: a sentence)
    columns = {c: text for c, _, text in cells}
    for a, b, text in tops:
        under = [c for c, d, _ in cells if a < d and c < b]
        if len(under) > 1 or not _is_header_cell(text) \
                or (not under and cells[0][0] < a and b < cells[-1][1]):
            return None  # one over the gap between two below ("Female" over "2022  2023") spans them, wraps none
        if under and a < cells[0][0] and under[0] - a > 4:
            return None  # one from over the empty corner into the first column: a title ("Victim age at time of offence")
        columns[under[0] if under else a] = f"{text} {columns[under[0]]}" if under else text
    return [columns[c] for c in sorted(columns)]


_A_SENTENCE = re.compile(r"[A-Z][^\s.!?]*(?:\s+[^\s.!?]+){5,}[.!?]")  # six words or more, to a full stop: no header's


def _header_in_columns(texts: list[str]) -> list[str] | None:
    """A header wrapped over several lines, its columns aligned on runs of spaces ("Home" over
    "Office" over "Code"; "April 2024 -" over "December" over "2024"): the cells that stand one
    over another, each a column, joined top to bottom; a column may begin on a middle line
    ("Calendar year" in the corner). None unless every line is of header cells, each under at
    most one column, and no figure, nor any cell of the last line, stands under none. A line
    below the first may be one cell alone where it stands right of the corner ("2024/25" over
    "(1 Apr –" over "31 Aug 2024)"): the wrapped end of one column's header."""
    if any("|" in text or "\t" in text for text in texts) or not _GAP.search(texts[0].strip()) \
            or _QUESTION_HEAD.fullmatch(texts[0].strip()):
        return None
    columns: list[list[tuple[int, int, str]]] = []
    for n, text in enumerate(texts):
        if n and not _GAP.search(text.strip()) and (n == 1 or text.strip()) \
                and not (columns and len(text) - len(text.lstrip()) > columns[0][0][1]):
            return None  # a line of one cell under the corner, or from the left: a row's label or a sentence
        for m in _SPACED_CELL.finditer(text):
            if not _is_header_cell(m.group()):
                return None
            over = [column for column in columns if any(a < m.end() and m.start() < b for a, b, _ in column)]
            if len(over) > 1 or (over and len(over[0]) != n):
                return None  # standing under two columns, or under a column a line above left off
            if over:
                over[0].append((m.start(), m.end(), m.group()))
            elif n and (is_figure_cell(m.group()) or n == len(texts) - 1):
                return None  # a figure, or a cell on the last line, under no column above: a row, not the header's end
            else:
                columns.append([(m.start(), m.end(), m.group())])  # "Calendar year" in the corner, on the middle line
    return [" ".join(text for _, _, text in column) for column in sorted(columns, key=lambda c: c[0][0])]


def _csv_fields(text: str) -> list[str] | None:
    """A line of comma-separated values as a CSV export writes it: fields in double quotes
    ('"2022/23","71/17","1,132"'), or bare fields with no space after their commas; None for
    a line of prose, whose commas are followed by spaces."""
    text = text.strip()
    if text.startswith('"'):
        fields = next(csv.reader([text]))
    elif text.count(",") >= 2 and ", " not in text:
        fields = text.split(",")
    else:
        return None
    return [f.strip() for f in fields] if len(fields) >= 2 else None


def _csv_block(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """Lines of a CSV export pasted into a page or an e-mail (a disclosure log that takes no
    attachments): a header and two or more rows with as many fields, a field a cell."""
    first = _csv_fields(raw[start])
    if first is None:
        return None
    rows, end = [first], start + 1
    while end < len(lines) and (fields := _csv_fields(raw[end])) is not None and len(fields) == len(first):
        rows.append(fields)
        end += 1
    if len(rows) < 3:
        return None
    grid = [[Cell(text, f"{lines[start + r].where} column {c + 1}") for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(grid, _where(lines[start:end])), end


_LIST_NUMBER_TAB = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|q\d{1,2}[.:]?|[-•*\uf0b7])\t+\S[^\t]*\s\S+\s\S+\s\S+", re.I)


def _tabbed_table(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """Cells cut by tabs, a tab each, as a page's table copies out: a header line and two or
    more rows with as many tabs. Two tabs together hold an empty cell (a blank the key may call
    nil), so every figure stays under its own column."""
    width = raw[start].count("\t")
    if not width or "|" in raw[start]:
        return None
    if raw[start][:1] == "\t" and start + 3 < len(lines) and raw[start + 1].count("\t") > width \
            and all(_is_header_cell(c.strip()) for c in raw[start].split("\t")) \
            and (found := _tabbed_table(lines, raw, start + 1)) is not None:
        # "<tab>2022<tab><tab>2023" over "Age<tab>Female<tab>Male<tab>Female<tab>Male": merged cells over their
        # columns, the empty cells at the line's end cut off with its trailing tabs
        table, end = found
        over = raw[start].split("\t") + [""] * (table.width - width - 1)
        top = _tab_cells(over, lines[start])
        return RawTable([top, *table.rows], _where(lines[start:end])), end
    rows, end = _tab_rows(lines, raw, start + 1, width)
    if width == 1 and all(_LIST_NUMBER_TAB.match(raw[r]) for r in range(start, end)):
        return None  # "1.<tab>Please provide …": a numbered list typed with tabs, not a table
    if end - start < 3 and not (end - start == 2 and _header_over_one_row(raw[start], raw[start + 1])):
        return _tabbed_under_broken_header(lines, raw, start) or _tabbed_under_spanning_header(lines, raw, start)
    return RawTable([_tab_cells(raw[start].split("\t"), lines[start]), *rows], _where(lines[start:end])), end


def _tab_rows(lines: list[Line], raw: list[str], start: int, width: int) -> tuple[list[list[Cell]], int]:
    """The rows of a tab table from ``start`` on, ``width`` tabs each, and the line after them.
    A row one cell short, under a row whose first two cells are labels ("2021/22<tab>Female<tab>21 …"
    over "Male<tab>9 …"), is a row whose first cell spanned it from above, as a page's table copies
    out: that cell is given back to it."""
    rows: list[list[Cell]] = []
    end = start
    while end < len(lines) and raw[end].strip():
        texts = raw[end].split("\t")
        if len(texts) == width + 1:
            rows.append(_tab_cells(texts, lines[end]))
        elif len(texts) == width and rows and len(above := rows[-1]) > 2 and _label_cell(above[0].text) \
                and _label_cell(above[1].text) and _label_cell(texts[0].strip()) and is_figure_cell(texts[1].strip()):
            rows.append([Cell(above[0].text, above[0].where), *_tab_cells(["", *texts], lines[end])[1:]])
        else:
            break
        end += 1
    return rows, end


def _label_cell(text: str) -> bool:
    return bool(text) and not is_figure_cell(text)


def _header_over_one_row(header: str, row: str) -> bool:
    """Whether two tab lines are a table of one row: a header naming two or more periods
    ("Code<tab>Offence<tab>2019/20<tab>2020/21<tab>Total") over a row with a figure under each."""
    heads, cells = [c.strip() for c in header.split("\t")], [c.strip() for c in row.split("\t")]
    periods = [c for c, h in enumerate(heads) if _YEAR_LABEL.fullmatch(h)]
    return len(periods) >= 2 and all(_is_header_cell(h) for h in heads) \
        and all(is_figure_cell(cells[c]) and not _YEAR_LABEL.fullmatch(cells[c]) for c in periods)


def _tab_cells(texts: list[str], line: Line) -> list[Cell]:
    return [Cell(text.strip(), f"{line.where} column {c + 1}") for c, text in enumerate(texts)]


def _pivot_title(blocks: list[Block], lines: list[Line], raw: list[str], start: int) -> None:
    """A spreadsheet pivot pasted as text: its filter ("Cyber Flag<tab>Y", "Offence Code<tab>086/02")
    and what it counts ("Count of Suspect ID<tab>Column Labels") stand above it, apart. The
    line over the table is made to say both ("Count of Suspect ID, Offence Code: 086/02"), as
    a table's title says what each figure of it is. A filter of "(All)" narrows nothing."""
    if start < 2 or len(blocks) < 2 or blocks[-1] is not lines[start - 1] or blocks[-2] is not lines[start - 2] \
            or "\t" not in raw[start - 2]:
        return
    cells = [[c.strip() for c in raw[r].split("\t") if c.strip()] for r in (start - 2, start - 1)]
    if (filtered := pivot_filter(cells[0])) is not None and (counted := pivot_counted(cells[1])) is not None:
        blocks[-1] = Line(pivot_title(counted, [filtered]), lines[start - 1].where, lines[start - 1].quoted)


def _tabbed_under_broken_header(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """A tab table whose header cells hold line breaks, as a page's table copies out
    ("Financial year<tab>Crimes with a CSE" over "flag<tab>Of which also flagged" over "as
    online"): each line's last cell goes on in the next line's first, until the header has a
    cell for every column of the rows under it."""
    cells = raw[start].split("\t")
    for below in range(start + 1, min(start + 4, len(lines) - 2)):
        width = raw[below].count("\t")
        if width and len(cells) == width + 1 and all(raw[r].count("\t") == width for r in (below + 1, below + 2)) \
                and all(is_figure_cell(c.strip()) for c in raw[below].split("\t")[1:] if c.strip()):
            found = _tabbed_table(lines, raw, below)
            if found is None:
                return None
            table, end = found
            header = _tab_cells(cells, lines[start])
            return RawTable([header, *table.rows], _where(lines[start:end])), end
        more = raw[below].split("\t")
        if len(raw[below]) > 60 or raw[below].count("\t") > len(cells) or not more[0].strip()[:1].islower():
            return None  # a cell broken by a line break goes on in lower case ("… with a CSE" over "flag")
        cells = [*cells[:-1], f"{cells[-1].strip()} {more[0].strip()}", *more[1:]]
    return None


def _tabbed_under_spanning_header(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """A tab table whose header was two rows of a page's table, one cell spanning columns and the
    others spanning both rows ("Financial year<tab>Age of victim<tab>Total" over "13 and
    under<tab>14-15<tab>16-17<tab>Not recorded"): the second row's cells stand under the one cell
    of the first that names an axis, the others keep their places."""
    if start + 3 >= len(lines):
        return None
    top, below = raw[start].split("\t"), raw[start + 1].split("\t")
    width = len(top) - 1 + len(below)  # the cells of each row under the header put back
    rows, end = _tab_rows(lines, raw, start + 2, width - 1)
    over = [p for p in range(1, len(top)) if axis_name(top[p].strip())]
    below_axes = {read_label(c.strip()).axis for c in below}
    if len(over) > 1:  # "Financial Year<tab>Victim Gender<tab>Victim age …": the one whose axis the cells below are of
        over = [p for p in over if below_axes == {axis_name(top[p].strip())}]
    # (a band "0-10" reads as a range of a figure too: under an age axis, among other bands, it is a label)
    if end - start < 4 or len(over) != 1 or len(below) < 2 \
            or (any(is_figure_cell(c.strip()) for c in below) and below_axes != {axis_name(top[over[0]].strip())}) \
            or not all(c.strip() for c in top + below):
        return None
    p = over[0]
    texts = [*top[:p], *below, *top[p + 1:]]
    header = [Cell(text.strip(), f"{lines[start + (p <= c < p + len(below))].where} column {c + 1}")
              for c, text in enumerate(texts)]
    return RawTable([header, *rows], _where(lines[start:end])), end


def _aligned_table(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """Columns aligned on whitespace: a header line of words (``Year Arrest Caution``), then
    two or more rows of a label and the same number of values (``2012 153 5``). The header
    may leave out the corner over the labels, or be wrapped over two lines; a label may
    take several columns (a code and its description); ruled lines under the header or
    above a total are passed over. A header of numbers (offence codes over their columns)
    is a header only when a rule underlines it or one of its cells is not a number."""
    if "|" in raw[start] or _RULE.match(raw[start]) or CAPTION.match(raw[start]) or (_LIST_LINE.match(raw[start].strip()) and (
            len(cells := _columns(raw[start])) < 2 or is_figure_cell(cells[-1]))):
        return None  # a list's "Jan 2023 – 14" heads nothing (but a header may end "aged 10-17")
    if not _GAP.search(raw[start].strip()) and _A_SENTENCE.search(raw[start]) and _SENTENCE_END.search(raw[start].strip()):
        return None  # a paragraph over a table ("… the data was extracted on 27 January 2025."): no header to cut by its columns
    found = _aligned_under(lines, raw, start, _columns(raw[start]), start + 1)
    if found is None and start + 2 < len(lines) and (header := _wrapped_header(raw[start], raw[start + 1])):
        found = _aligned_under(lines, raw, start, header, start + 2)
    if found is None and start + 3 < len(lines) and (header := _header_in_columns(raw[start:start + 3])):
        found = _aligned_under(lines, raw, start, header, start + 3)
    if found is None and start + 3 < len(lines):
        found = _spanned(lines, raw, start) or _spanned_by_count(lines, raw, start)
    if found is None and start + 3 < len(lines) and _HEADER_WRAP.fullmatch(raw[start + 1].strip()) \
            and (row := _row_cells(_columns(raw[start + 2]), None)) is not None \
            and (header := _header_wrapped_by_vocabulary(raw[start], raw[start + 1], len(row[1]))) is not None:
        found = _aligned_under(lines, raw, start, header, start + 2)
    return found


# the second line of a header wrapped one space apart: a few words ("over known"), or a word and the
# periods that end the cells above it ("code 2021/22 2022/23 2023/24" under "HO Offence Recorded in …")
_HEADER_WRAP = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,2}|(?:[A-Za-z]+ )?(?:(?:19|20)\d\d(?:/\d\d)?)(?: (?:19|20)\d\d(?:/\d\d)?){1,4}")


def _header_wrapped_by_vocabulary(first: str, second: str, values: int) -> list[str] | None:
    """A header one space apart whose cells wrapped onto a second line ("Year Under 18 18-34
    55 and Not Total" over "over known"; "Financial Under 13 … Total" over "year"): each word
    below finishes a cell above; the one way of putting them back under which every cell is
    one foistats reads, else None."""
    top, below = first.split(), second.split()
    # (a sentence above a header, "Figures under 5 are … shown as <5.", is no header's first line: nor worth the search)
    if _GAP.search(first.strip()) or len(top) > 20 or math.comb(len(top) + len(below) - 1, len(below)) > _MOST_WRAPS \
            or re.search(r"[.?!]$", first.strip()):
        return None
    found = []
    for places in itertools.combinations_with_replacement(range(1, len(top) + 1), len(below)):
        words = [w for i, word in enumerate(top, start=1) for w in [word, *(b for b, at in zip(below, places) if at == i)]]
        if (header := _cut_by_vocabulary(words, values)) is not None:
            found.append(header)
    # "HO code Offence" or "HO Offence code": ways that differ only in words that read alike are one
    readings = {tuple((axis_name(cell), read_label(cell).period) for cell in header) for header in found}
    return found[0] if len(readings) == 1 else None


# the ways of putting a wrapped header back worth trying: a real one (8 words over 4) has 330, and
# 20 unknown words over 5 would take 42,504 cuts, most of a minute
_MOST_WRAPS = 5_000

_SENTENCE_END = re.compile(r"[.?!:]$")
_WRAPPED_LABEL = 60  # the longest first line of a label wrapped onto the row's line, before any row is read
_WRAPPED_LABEL_IN_ROWS = 90  # and among rows already read


def _spanned(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """An aligned table under a line of headers each standing over several of its columns
    ("2022/23" over "088A  071/17"): each column takes the header it stands under, as a
    merged cell would give it."""
    if "|" in raw[start] or "\t" in raw[start]:
        return None
    tops = [(m.start(), m.end(), m.group()) for m in _SPACED_CELL.finditer(raw[start])]
    if not tops or not all(_is_header_cell(text) and len(text) <= 30 and not _SENTENCE_END.search(text) for _, _, text in tops) \
            or _NEXT_QUESTION.match(raw[start]) or re.fullmatch(r"\(?[a-z0-9]{1,3}[.)]", raw[start].strip(), re.I):
        return None  # "a)" or "Question 2" over a table heads the answer, not its columns
    if len(tops) == 1 and not _header_label(tops[0][2]):
        return None  # one line over every column that reads as no label ("Response") heads the answer
    found = _aligned_under(lines, raw, start + 1, _columns(raw[start + 1]), start + 2)
    if found is None:
        return None
    table, end = found
    heads = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(raw[start + 1])][-(len(table.rows[0]) - 1):]
    if tops[0][0] < heads[0][0] - 4:
        return None  # it stands over the labels too: a line of its own, not the headers' headers
    over = []
    for a, b in heads:
        standing = [text for c, d, text in tops if c < b and a < d] or [text for c, _, text in tops if c <= a][-1:]
        if len(standing) != 1:
            over = _centred_over(tops, heads)
            break
        over.append(standing[0])
    if over is None or len(set(over)) == len(over) or {text for _, _, text in tops} != set(over):
        return None  # each header over one column is a wrapped header, not a spanning one; none may stand over nothing
    top = [Cell("", f"{lines[start].where} column 1"),
           *(Cell(text, f"{lines[start].where} column {c + 2}") for c, text in enumerate(over))]
    return RawTable([top, *table.rows], _where(lines[start:end])), end


def _centred_over(tops: list[tuple[int, int, str]], heads: list[tuple[int, int]]) -> list[str] | None:
    """Headers each centred over a run of columns, standing in the gaps between them
    ("Female" over the gap between "2022" and "2023"): each column takes the header nearest
    its middle, and each header must lie within the run of columns it takes, two or more of
    them, else None."""
    middle = [(a + b) / 2 for a, b in heads]
    nearest = [min(range(len(tops)), key=lambda t: abs((tops[t][0] + tops[t][1]) / 2 - m)) for m in middle]
    for t, (c, d, _) in enumerate(tops):
        run = [heads[n] for n, at in enumerate(nearest) if at == t]
        if len(run) < 2 or c < run[0][0] - 2 or d > run[-1][1] + 2:
            return None
    return [tops[t][2] for t in nearest]


def _spanned_by_count(lines: list[Line], raw: list[str], start: int) -> tuple[RawTable, int] | None:
    """A line of headers each over the same run of columns, its gaps lost as a PDF's text
    loses them ("Code and offence 2021 2022 2023" over "All Online All Online All Online"):
    the line below repeats its labels once for each header above, and each header stands
    over one run of them, as a merged cell does."""
    if "|" in raw[start] + raw[start + 1] or "\t" in raw[start] or _GAP.search(raw[start].strip()) \
            or _NEXT_QUESTION.match(raw[start]):
        return None
    found = _aligned_under(lines, raw, start + 1, _columns(raw[start + 1]), start + 2)
    if found is None:
        return None
    table, end = found
    heads = [cell.text for cell in table.rows[0][1:]]
    ways = []
    for over in range(2, len(heads) // 2 + 1):
        run = len(heads) // over
        if run * over != len(heads) or any(heads[c] != heads[c % run] for c in range(len(heads))) \
                or len(set(heads[:run])) != run:
            continue
        if (tops := _cut_by_vocabulary(raw[start].split(), over)) is not None and len(set(tops[-over:])) == over:
            ways.append((tops, run))
    if len(ways) != 1 or table.rows[0][0].text:
        return None  # no one way to stand the headers over the columns; a corner below as well as above
    tops, run = ways[0]
    over = len(heads) // run
    top = [Cell(" ".join(tops[:-over]), f"{lines[start].where} column 1"),
           *(Cell(tops[-over:][c // run], f"{lines[start].where} column {c + 2}") for c in range(len(heads)))]
    return RawTable([top, *table.rows], _where(lines[start:end])), end


# "Question 3" after the rows: the next answer's heading, not a row labelled "Question"
_NEXT_QUESTION = re.compile(r"^\s*(?:question|q|request|part|answer|response)\s*\d{1,2}[a-z]?\s*[:.)]?\s*$", re.I)


_LIST_SEPARATOR = re.compile(r"\s[-–—:=]$")


def _label_over_its_figures(raw: list[str], at: int, width: int) -> tuple[tuple[str, list[str]], int] | None:
    """A row whose label wrapped over one or two lines and whose figures stand on the line
    below it alone ("20B Sexual assault on a female child", "under 13", "22 26 31 79"), as
    text copied out of a PDF leaves it: the row, and how many lines below its first its
    figures are."""
    for below in (1, 2):
        if at + below >= len(raw):
            return None
        label = [raw[n].strip() for n in range(at, at + below)]
        figures = _columns(raw[at + below])
        if any(not text or len(text) > 60 or _SENTENCE_END.search(text) or all(is_figure_cell(c) for c in _columns(text))
               for text in label) or label[0][:1].islower():
            return None
        if len(figures) == width and all(is_figure_cell(c) for c in figures):
            return (" ".join(label), figures), below
    return None


def _aligned_under(lines: list[Line], raw: list[str], start: int, header: list[str],
                   end: int) -> tuple[RawTable, int] | None:
    """The aligned table whose header (read from line ``start`` on) is ``header`` and whose
    rows start at line ``end``."""
    if len(header) < 2 and _GAP.search(raw[start].strip()):
        return None  # one cell alone heads no columns; words one space apart may, read by their vocabulary below
    rows: list[tuple[str, list[str]]] = []
    used: list[int] = []
    last = end  # the last line a row took, its label's wrapped end too
    first = end
    header_lines = {raw[n].strip() for n in range(start, first)} - {""}  # printed again at the top of the next page
    ruled = first < len(lines) and bool(_RULE.match(raw[first]))
    ages_down = axis_name(header[0]) in ("victim_age", "suspect_age")  # the corner says the rows are ages
    while end < len(lines):
        if _RULE.match(raw[end]) or (rows and raw[end].strip() in header_lines):
            end += 1  # a rule, or the header printed again at the top of the next page
            continue
        row = _row_cells(_columns(raw[end]), len(rows[0][1]) if rows else None)
        if row is None and rows and ages_down and len(cells := _columns(raw[end])) == len(rows[0][1]) + 1 \
                and re.fullmatch(r"\d{1,2}", cells[0]) and all(is_figure_cell(c) for c in cells[1:]):
            row = (cells[0], cells[1:])  # "13    96   104   112" under "Victim age": an age, one year of it a row
        if row is None and not rows and _columns(raw[end])[-1:] and _columns(raw[end])[-1] in _DASHES:
            # the first row ends in a dash ("2020-21  6  -"): as wide as the header's columns say
            row = next((r for width in (len(header) - 1, len(header)) if width >= 1
                        and (r := _row_cells(_columns(raw[end]), width)) is not None), None)
        if row is None and rows and _GAP.search(raw[start].strip()) \
                and len(spans := [(m.start(), m.end()) for m in _SPACED_CELL.finditer(raw[start])]) > len(rows[0][1]):
            row = _row_under(raw[end], spans[-len(rows[0][1]):])  # a header over every column, and a corner
        # "71/17 Sexual communication  196" over "with a child", "… child under  142  151" over "16": the row's label goes on
        if row is None and rows and (_age_cut_off(rows[-1][0], raw[end].strip()) or (
                _label_goes_on(raw[end]) and (end + 1 == len(lines) or not raw[end + 1].strip() or raw[end].strip()[:1].islower()
                                              or _row_cells(_columns(raw[end + 1]), len(rows[0][1])) is not None))):
            rows[-1] = (f"{rows[-1][0]} {raw[end].strip()}", rows[-1][1])
            last = end
            end += 1
            continue
        if row is None and end + 1 < len(lines) and _group_heading(raw[end]) \
                and (after := _row_cells(_columns(raw[end + 1]), len(rows[0][1]) if rows else None)) is not None \
                and not (after[0][:1].islower() or after[0][:1] == "("):  # "No suspect identified /" over "age not recorded  172"
            rows.append((raw[end].strip(), [""] * len(after[1])))  # "Gender of victim" over its rows: a row of no figures
            used.append(end)
            end += 1
            continue
        # (a row's label may run as wide as the rows above leave it: "15 - Evidential difficulties: named suspect
        # identified; victim" over "supports action  64")
        if row is None and end + 1 < len(lines) and not _figure_apart(raw[end]) \
                and len(raw[end].strip()) <= (_WRAPPED_LABEL_IN_ROWS if rows else _WRAPPED_LABEL) \
                and not _SENTENCE_END.search(raw[end].strip()) \
                and (after := _row_cells(_columns(raw[end + 1]), len(rows[0][1]) if rows else None)) is not None \
                and (after[0][:1].islower() or after[0][:1] == "("):
            # "73 Abuse of position of trust of a" over "sexual nature 19 24 17 60", or "Sexual communication
            # with a child" over "(HO code 71/17)  118  131": the label begun on the line above
            row = (f"{raw[end].strip()} {after[0]}", after[1])
            begun = end  # the row's own line for its indent: the label's first, not its indented rest
            end += 1
        else:
            begun = end
        if row is None and rows and (wrapped := _label_over_its_figures(raw, end, len(rows[0][1]))) is not None:
            row, below = wrapped  # "20B Sexual assault on a female child" over "under 13" over "22 26 31 79"
            end += below
        if row is None or _NEXT_QUESTION.match(raw[end]):
            break
        rows.append(row)
        used.append(begun)
        last = end
        end += 1
    # one row under a header of periods over each of its figures ("Outcome  2021-22  2022-23" over "Charged  23  19",
    # "… 2023  2024 (1 Jan – 30 Jun)" over "Offences  438  203")
    one_row = len(rows) == 1 and len(header) >= len(rows[0][1]) >= 2 \
        and all(_YEAR_LABEL.fullmatch(h) or read_label(h).axis == "period" for h in header[-len(rows[0][1]):])
    if (len(rows) < 2 and not one_row) or any(_LIST_SEPARATOR.search(label) for label, _ in rows):
        return None  # "Snapchat – 188 (29%)": a list line with its share, not a row of two columns
    end = max(used[-1], last) + 1  # a rule after the last row belongs to what follows; the last row's label ends it
    values = len(rows[0][1])
    if len(header) < 2 and values < 2:
        return None  # a heading over label-and-figure lines is a list's lead, not one column's header
    # words one space apart cut into more cells than a corner and the columns: which words go together is
    # for the vocabulary to say ("Offence 2021/22 … Three-year total"), never the count from the right
    spaced = not _GAP.search(raw[start].strip()) and len(header) > values + 1
    if (spaced or len(header) < values or not all(_is_header_cell(c) for c in header[:len(header) - values])) \
            and (header := _header_by_vocabulary(raw[start], values)) is None:
        return None
    heads = header[len(header) - values:]
    if not (ruled or all(_is_header_cell(c) for c in heads) or any(not is_figure_cell(c) for c in heads)):
        return None
    grid = [[Cell(" ".join(header[:len(header) - values]), f"{lines[start].where} column 1"),
             *(Cell(text, f"{lines[start].where} column {c + 2}") for c, text in enumerate(heads))]]
    corner = [m.start() for m in _SPACED_CELL.finditer(raw[start])]
    if len(corner) == len(header) and len(header) - values == 2:
        labels = _two_level(corner[1], header[1], [(label, raw[r]) for r, (label, _) in zip(used, rows)], values)
    else:
        labels = [_nested(label, raw[r], raw[used[0]]) for r, (label, _) in zip(used, rows)]
    grid += [[Cell(label, f"{lines[r].where} column 1"),
              *(Cell(text, f"{lines[r].where} column {c + 2}") for c, text in enumerate(cells))]
             for r, label, (_, cells) in zip(used, labels, rows)]
    return RawTable(grid, _where(lines[start:end])), end


def _two_level(second: int, named: str, rows: list[tuple[str, str]], values: int) -> list[str]:
    """Labels under two label columns ("Victim gender  Age of victim"): a row whose label starts
    under the second (``named``, at ``second``), the first left blank, is of the group the last
    row naming one began ("Female  Under 13" over "        13 to 15": female victims aged 13 to
    15; over "        Not recorded": female victims whose age was not recorded)."""
    group, labels = "", []
    word = {"victim_age": "age", "suspect_age": "age", "victim_gender": "gender"}.get(axis_name(named) or "", "")
    under = [len(written) - len(written.lstrip()) >= second - 2 for _, written in rows]
    naming = [n for n, (_, written) in enumerate(rows) if not under[n] and len(_columns(written)) == values + 2]
    # a first column naming a group over rows left blank under it, not one naming each row of its own ("HO type"
    # over "1 Charged", "2 Caution - youth", …, "21 Not in the public interest", then "   All other outcome types")
    grouping = naming == [0] or any(n + 1 < len(rows) and under[n + 1] for n in naming[:-1])
    for n, (label, written) in enumerate(rows):
        cells = _columns(written)
        if read_label(label).axis == "total":
            group = ""  # "         Total" under the codes' rows: the total of them all, in no group
        elif under[n] and not grouping:
            group = ""
        elif under[n]:
            label = f"{group} {label}".strip()
        elif len(cells) == values + 2:
            group, label = cells[0], f"{cells[0]} {cells[1]}"
        else:
            group = ""
        whole = f"{group} {word} {label[len(group):].strip()}"
        labels.append(whole if group and word and not read_label(label).understood and read_label(whole).understood else label)
    return labels


def _figure_apart(text: str) -> bool:
    """Whether a line holds a figure in a column of its own: after a run of spaces or a tab,
    or at its end ("Outcome 15 - Evidential difficulties (suspect" has none: its 15 is a
    number inside the label)."""
    cells = _GAP.split(text.strip())
    return any(is_figure_cell(c) for c in cells[1:]) or is_figure_cell(text.split()[-1])


def _nested(label: str, row: str, first: str) -> str:
    """A row indented further than the table's first, as a pivot's outline sets a row's parts
    under it ("19E Rape …  34" over "   Cyber flag = Y  3"): a part of the row above it."""
    deeper = len(row) - len(row.lstrip()) > len(first) - len(first.lstrip())
    return f"of which {label}" if deeper and not PART_OF_ABOVE.match(label) and read_label(label).axis != "total" else label


def _group_heading(text: str) -> bool:
    """Whether a line inside a table heads the rows below it: a few words naming an axis
    ("Age of victim") or a value of one ("Female", "Online flag"), no figure."""
    text = text.strip()
    if len(text) > 40 or any(is_figure_cell(w) for w in text.split()) or _SENTENCE_END.search(text) or _NEXT_QUESTION.match(text) \
            or _OPEN_END.search(text) or text.endswith(("/", "-", "–", ",")):
        return False
    label = read_label(text)
    return axis_name(text) is not None or (label.understood and bool(label.dims))


_AGE_CUT_OFF = re.compile(r"(?<!\d and )(?<!\d or )\b(?:under|over|aged|below)$", re.I)  # not "11 and under", a band


def _age_cut_off(label: str, after: str) -> bool:
    """Whether ``after`` is the age a title was cut off from ("… child under" then "16"): no
    label ends at "under", and no figure follows one straight after."""
    return bool(_AGE_CUT_OFF.search(label) and re.fullmatch(r"\d{1,2}", after))

# the end of an offence's title wrapped onto a line of its own ("under 16" under "019D Rape of a female child")
_TITLE_AGE_WRAPPED = re.compile(r"(?:under|over|aged)\s+\d{1,2}", re.I)
_TITLE_CUT = re.compile(r"\w\s+(?:a|an)\s+(?:(?:fe)?male\s+)?(?:child|girl|boy|person)$", re.I)  # "… of a female child"
# an age in an offence's title ("a child under 16"), no figure
_AGE_IN_TITLE = re.compile(r"\b(?:under|over|aged|below)\s+\d{1,2}\b|\b\d{1,2}\s+(?:and|or)\s+(?:over|under)\b", re.I)


def _label_goes_on(text: str) -> bool:
    """Whether a line is only the rest of the row label above it, wrapped: indented or begun
    in lower case ("child" under "71/17 Sexual communication with a  168  141"), a few words,
    no figure."""
    return (text[:1].isspace() or text.strip()[:1].islower()) and len(text.strip()) <= 40 \
        and not any(is_figure_cell(w) for w in _AGE_IN_TITLE.sub("", text).split()) and not _SENTENCE_END.search(text.strip())


def _row_under(text: str, columns: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """A row of an aligned table with empty cells ("Cyber flag = Y   3        5" under
    "2023  2024  Jan-Jun 2025"): each value goes to the column whose header it stands under,
    the others are blank; None unless every value stands under a column of its own."""
    cells = [(m.start(), m.end(), m.group()) for m in _SPACED_CELL.finditer(text)]
    placed: dict[int, str] = {}
    while cells and is_figure_cell(cells[-1][2]):
        a, b, value = cells.pop()
        under = [k for k, (c, d) in enumerate(columns) if a < d + 2 and c - 2 < b]
        if len(under) != 1 or under[0] in placed:
            return None
        placed[under[0]] = value
    if not cells or not placed or is_figure_cell(cells[-1][2]) or cells[-1][1] > columns[0][0] - 1:
        return None  # no label, or a label reaching under the first column
    return " ".join(c for _, _, c in cells), [placed.get(k, "") for k in range(len(columns))]


def _header_by_vocabulary(text: str, values: int) -> list[str] | None:
    """A header line that lost its column gaps ("Year Suspect under 18 Suspect 18 and over
    Total", as a PDF's text can come), cut into a corner naming what the rows are (or none)
    and one label a column, each one foistats reads; None unless exactly one cut does. A
    header whose cells wrapped onto the line below, joined to its end as a sentence is, is
    put back ("Financial Under 13 … Total year": the corner "Financial year")."""
    if _GAP.search(text.strip()):
        return None
    words = text.split()
    if (header := _cut_by_vocabulary(words, values)) is not None:
        return header
    found = [header for wrapped in (1, 2, 3) if len(words) > wrapped + values
             and (header := _header_wrapped_by_vocabulary(" ".join(words[:-wrapped]), " ".join(words[-wrapped:]), values))]
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=4096)  # a wrapped header is cut many ways over the same phrases
def _header_label(phrase: str) -> bool:
    """Whether a phrase reads as a column's label ("Not recorded" beside "Female" "Male" is
    their axis's unknown)."""
    label = read_label(phrase)
    if not label.understood and (marked := FOOTNOTE_MARK.fullmatch(phrase)):
        label = read_label(marked.group(1))  # "2024²": what its footnote says is for the table's reader
    return (label.understood and label.axis != "value") or label.axis == "unknown"


def _cut_by_vocabulary(words: list[str], values: int) -> list[str] | None:
    """``words`` cut into a corner (or none) and ``values`` column labels foistats reads;
    None unless exactly one cut does."""
    if len(words) > 30:
        return None

    def readable(start: int, stop: int) -> bool:
        return _header_label(" ".join(words[start:stop]))

    @functools.cache
    def cuts(start: int, left: int) -> tuple[tuple[int, ...], ...]:
        """Up to two ways to cut words[start:] into ``left`` labels, as their end positions."""
        if left == 0:
            return ((),) if start == len(words) else ()
        found: list[tuple[int, ...]] = []
        for stop in range(start + 1, len(words) - left + 2):
            if readable(start, stop):
                found += [(stop, *rest) for rest in cuts(stop, left - 1)]
            if len(found) > 1:
                break
        return tuple(found[:2])

    ways = [(corner, ends) for corner in range(0, len(words) - values + 1)
            if corner == 0 or axis_name(" ".join(words[:corner])) for ends in cuts(corner, values)]
    if len(ways) != 1:
        return None
    corner, ends = ways[0]
    starts = [corner, *ends[:-1]]
    return ([" ".join(words[:corner])] if corner else []) + [" ".join(words[a:b]) for a, b in zip(starts, ends)]


def _run(lines: list[Line], start: int, test) -> int:
    end = start
    while end < len(lines) and test(lines[end].text):
        end += 1
    return end


def _is_flat_line(text: str) -> bool:
    return bool(_FLAT_CELL.match(text) or _SEPARATOR.match(text))


def _is_row_line(text: str) -> bool:
    return bool(_SEPARATOR.match(text)) or len(_split_row(text)) >= 2


def _split_row(text: str) -> list[str]:
    if "|" not in text:
        return []
    inner = text.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    # a markdown table's bold ("| **Total** | **526** |") is emphasis, not part of the cell
    return [_EMPHASIS.sub(r"\1", c.strip()) for c in inner.split("|")]


_EMPHASIS = re.compile(r"^(?:\*\*|__)(.+)(?:\*\*|__)$")


def _where(lines: list[Line]) -> str:
    first, last = lines[0].where, lines[-1].where
    if first == last:
        return first
    starts, ends = re.fullmatch(r"lines? (\d+)(?:-\d+)?", first), re.fullmatch(r"lines? (?:\d+-)?(\d+)", last)
    if starts and ends:
        return f"lines {starts.group(1)}-{ends.group(1)}"
    return f"{first} to {last}"


# "Sexual communication (71/17):   2022 – 97  |  2023 – 104": a label, then periods each with its
# figure, the pipes between the pairs; the same periods line after line make a table
_PAIRED_CELL = re.compile(r"^(?:(?P<label>.*?)[:\s]\s*)?(?P<period>(?:FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s*\([^()]{1,30}\))?)"
                          r"\s*(?:-|–|—|:|=)\s*(?P<value>\S+|(?:less|fewer) than \d+)$", re.I)


_PAIR_BREAK = re.compile(r"\s*[,;]\s*")


def _paired_cells(line: Line) -> list[Cell]:
    return [Cell(part, f"{line.where} item {n}") for n, part in enumerate(_PAIR_BREAK.split(line.text.strip().rstrip(".")), start=1)]


def _is_paired_line(text: str) -> bool:
    """"Label - 2021: 79, 2022: 95": a label, then periods each with its figure, commas between."""
    parts = _PAIR_BREAK.split(text.strip().rstrip("."))
    return "|" not in text and len(parts) >= 2 and bool(_PAIRED_CELL.match(parts[0])) \
        and all(_PAIRED_CELL.match(p) and not _PAIRED_CELL.match(p).group("label") for p in parts[1:]) \
        and not any(_financial_year_alone(p) for p in parts)


def _financial_year_alone(text: str) -> bool:
    """"2021-22" with no figure after it (a line wrapped before its figure): a year, not 22 in 2021."""
    m = re.search(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d)$", text.strip())
    return bool(m) and year_after(m.group(1), m.group(2))


_SLASH = re.compile(r"\s+/\s+")
_PERIOD_TOKEN = re.compile(r"(?:FY\s*)?(?:19|20)\d\d(?:[/-](?:\d\d|(?:19|20)\d\d))?", re.I)
_LABEL_THEN_VALUE = re.compile(r"^(?P<label>.*?\S)\s*(?:[-–—:=]|\s\s)\s*(?P<value>\S.*)$")


def _slashed_table(lines: list[Line], start: int) -> tuple[list[Block], int] | None:
    """Periods named once, split by slashes ("Figures shown as 2021 / 2022 / 2023"), then a
    row a line with as many figures in that order ("Female – 71 / 84 / 97"): a table, the
    words before the periods a line leading into it."""
    head = _SLASH.split(lines[start].text.strip())
    last = re.search(rf"(?:^|\s)({_PERIOD_TOKEN.pattern})$", head[0], re.I)
    if len(head) < 2 or last is None or not all(_PERIOD_TOKEN.fullmatch(p) for p in head[1:]):
        return None
    periods = [last.group(1), *head[1:]]
    where = lines[start].where
    rows = [[Cell("", where), *(Cell(p, where) for p in periods)]]
    end = start + 1
    while end < len(lines):
        parts = _SLASH.split(lines[end].text.strip())
        first = _LABEL_THEN_VALUE.match(parts[0])
        if len(parts) != len(periods) or first is None or not all(
                is_figure_cell(v) for v in [first.group("value"), *parts[1:]]):
            break
        rows.append([Cell(first.group("label").strip(), lines[end].where),
                     *(Cell(v, lines[end].where) for v in [first.group("value"), *parts[1:]])])
        end += 1
    if len(rows) < 2:
        return None
    lead = head[0][:last.start(1)].strip()
    table = RawTable(rows, _where(lines[start:end]))
    return ([Line(lead, where)] if lead else []) + [table], end


def _paired_rows(rows: list[list[Cell]]) -> list[list[Cell]] | None:
    """Rows of 'label: period – N | period – N' as a table: the periods over, a label a row."""
    header, grid = None, []
    for row in rows:
        found = [_PAIRED_CELL.match(c.text) for c in row]
        if len(row) < 2 or not all(found) or any(m.group("label") for m in found[1:]) or not found[0].group("label") \
                or not all(is_figure_cell(m.group("value")) for m in found):
            return None
        periods = [m.group("period") for m in found]
        if header is None:
            header = [Cell("", row[0].where), *(Cell(p, c.where) for p, c in zip(periods, row))]
        elif periods != [c.text for c in header[1:]]:
            return None
        grid.append([Cell(found[0].group("label").strip().rstrip(":-–—").strip(), row[0].where),
                     *(Cell(m.group("value"), c.where) for m, c in zip(found, row))])
    return [header, *grid] if header else None


def _label_column_apart(rows: list[list[Cell]], texts: list[str]) -> list[list[Cell]]:
    """"2021                    96 | 141 | 188": the label column set apart by spaces, not a
    pipe, as wide in every row; split there."""
    first = [text.split("|")[0] for text in texts]
    gaps = [m.end() for text in first if (m := re.search(r"\S(\s{3,})\S", text))]
    if len(gaps) != len(rows) or len(set(gaps)) != 1 or any(t.lstrip().startswith("|") for t in texts):
        return rows
    at = gaps[0] - 1
    return [[Cell(text[:at].strip(), row[0].where), Cell(text[at:].strip(), row[0].where), *row[1:]]
            for row, text in zip(rows, (t.strip("\n") for t in first))]


def _row_table(lines: list[Line], raw: list[str]) -> RawTable | None:
    rows = []
    # in a table whose rows do not start with a pipe, one that does starts with an empty cell
    bordered = sum(line.text.startswith("|") for line in lines) * 2 > len(lines)
    for line in lines:
        if _SEPARATOR.match(line.text):
            continue
        cells = ([""] if not bordered and line.text.startswith("|") else []) + _split_row(line.text)
        rows.append([Cell(text, f"{line.where} column {n}") for n, text in enumerate(cells, start=1)])
    spaced = [text for line, text in zip(lines, raw) if not _SEPARATOR.match(line.text)]
    rows = _paired_rows(rows) or _label_column_apart(rows, spaced)
    if len(rows) < 2:
        return None
    return RawTable(rows, _where(lines))


def _flat_table(lines: list[Line]) -> RawTable | None:
    """One cell per line; a bare '|' starts a row or is an empty cell."""
    width = None
    cells: list[Line] = []
    for line in lines:
        if _SEPARATOR.match(line.text):
            width = width or len(_split_row(line.text))
        else:
            cells.append(line)
    candidates = [width] if width else range(1, min(len(cells), 30))
    for columns in candidates:
        if columns and len(cells) % (columns + 1) == 0:
            rows = [cells[k:k + columns + 1] for k in range(0, len(cells), columns + 1)]
            if all(row[0].text == "|" for row in rows) and len(rows) >= 2:
                grid = [[Cell(c.text[:-1].strip(), c.where) for c in row[1:]] for row in rows]
                return RawTable(grid, _where(lines))
    if width and len(cells) % width == 0 and len(cells) >= 3 * width:
        # a rule under a header of ``width`` cells: the rows are that wide, blank cells and all
        grid = [[Cell(c.text[:-1].strip(), c.where) for c in cells[k:k + width]] for k in range(0, len(cells), width)]
        if all(row[0].text and not is_figure_cell(row[0].text) for row in grid[1:]):
            return RawTable(grid, _where(lines))
    return _flat_piped(cells, _where(lines))


def _flat_piped(lines: list[Line], where: str) -> RawTable | None:
    """One cell per line, each ending in '|', with no row-starting '|'."""
    return _flat_by_labels([Cell(line.text[:-1].strip(), line.where) for line in lines], where)


def _flat_by_labels(cells: list[Cell], where: str) -> RawTable | None:
    """One cell per line with nothing marking where a row starts: the rows are found from
    the cells themselves. Each row is a label (a year among them) followed by the same
    number of values, and the cells before the first row are the column headers (with the
    corner cell, empty or not, at either end). "Under 13" is a value suppressed in words or an
    age band's label, "0-10" a suppressed range or a band: whichever keeps the rows one width."""
    cells = _titles_rejoined(cells)
    is_value = [is_figure_cell(c.text) and not _YEAR_LABEL.fullmatch(c.text) for c in cells]
    table = _rows_by_labels(cells, is_value, where)
    if table is None and any(v and _BAND_OR_VALUE.match(c.text) for c, v in zip(cells, is_value)):
        table = _rows_by_labels(cells, [v and not _BAND_OR_VALUE.match(c.text) for c, v in zip(cells, is_value)], where)
    if table is None and any(c.text.strip() in _DASHES for c in cells):  # "Age not recorded", "-", "15": a dash for nil
        table = _rows_by_labels(cells, [v or c.text.strip() in _DASHES for c, v in zip(cells, is_value)], where)
    if table is None:  # a dash among the values there is a value ("-" nil), and "Under 13" a band's label
        table = _rows_by_two_labels(cells, [(v and not _BAND_OR_VALUE.match(c.text)) or c.text.strip() in _DASHES
                                            for c, v in zip(cells, is_value)], where)
    return table or _rows_by_width(cells, [v or c.text.strip() in _DASHES for c, v in zip(cells, is_value)], where)


def _rows_by_width(cells: list[Cell], is_value: list[bool], where: str) -> RawTable | None:
    """One cell per line, each row as wide as the header: its labels, then a value under each
    header cell over values ("HO Code", "Offence description", "2022/23", "2023/24", then "17B",
    "Sexual assault …", "22", "1-4", …). Found where rows are not told apart by their cells, but by
    their count: a code that is a bare number ("21 Sexual activity involving a child under 13") is a
    label, a "1-4" a value. A Total row may leave its second label out. The one header width under
    which every row reads so, else None."""
    if True not in is_value:
        return None
    first = is_value.index(True)
    found = []
    for width in range(3, first + 1):
        labels = first - width
        if labels < 1 or width - labels < 1:
            continue
        rows, k = [], width
        while k < len(cells):
            total = read_label(cells[k].text).axis == "total"
            take = labels - 1 if total and labels > 1 and k + width - 1 <= len(cells) \
                and all(is_value[k + 1:k + width - 1]) else labels
            row = cells[k:k + take + width - labels]
            if len(row) != take + width - labels or not all(is_value[k + take:k + len(row)]) \
                    or any(is_value[j] and not _bare_code(cells[j].text) for j in range(k, k + take)) \
                    or any(not cells[j].text.strip() for j in range(k, k + take)):
                break
            rows.append([*row[:take], *([Cell("", row[0].where)] * (labels - take)), *row[take:]])
            k += len(row)
        if k == len(cells) and len(rows) >= 2:
            found.append(RawTable([cells[:width], *rows], where))
    return found[0] if len(found) == 1 else None


def _bare_code(text: str) -> bool:
    """Whether a cell is a Home Office code with no letter ("21", "023"), a label where a code stands."""
    return bool(re.fullmatch(r"\d{2,3}", text := text.strip())) and code_from_token(text) in offences()


def _titles_rejoined(cells: list[Cell]) -> list[Cell]:
    """The cells with an offence's title wrapped onto a line of its own put back together
    ("019D Rape of a female child", "under 16" is one cell)."""
    out: list[Cell] = []
    for cell in cells:
        if out and _TITLE_AGE_WRAPPED.fullmatch(cell.text.strip()) and _TITLE_CUT.search(out[-1].text.strip()):
            out[-1] = Cell(f"{out[-1].text.strip()} {cell.text.strip()}", out[-1].where)
        else:
            out.append(cell)
    return out


def _rows_by_two_labels(cells: list[Cell], is_value: list[bool], where: str) -> RawTable | None:
    """One cell per line with two label columns, the first given once per group ("2022",
    "Female", 12, 47, "Male", 5, 11, "2023", "Female", …), the header perhaps printed again
    after a page break: each row is its labels and as many values as the header has columns
    for them; a row of one label takes the group's first label from the row above."""
    if True not in is_value or (first := is_value.index(True)) < 4:
        return None
    head = cells[:first - 2]
    named = [c.text for c in head]
    body = [(c, v) for c, v in zip(cells[first - 2:], is_value[first - 2:])]
    # the header again at the top of the next page, its first cells perhaps taken for page furniture
    k = 1
    while k < len(body) - 2:
        if (again := next((named[j:] for j in range(len(named) - 2)
                           if [c.text for c, _ in body[k:k + len(named) - j]] == named[j:]), None)) is not None:
            del body[k:k + len(again)]
        k += 1
    rows: list[tuple[list[Cell], list[Cell]]] = []
    for cell, value in body:
        if not value and (not rows or rows[-1][1]):
            rows.append(([cell], []))
        elif not value:
            rows[-1][0].append(cell)
        else:
            rows[-1][1].append(cell)
    columns = len(named) - 2
    if len(rows) < 2 or columns < 1 or any(len(values) != columns or len(labels) not in (1, 2) for labels, values in rows) \
            or len(rows[0][0]) != 2:
        return None
    if any(len(labels) == 2 and (labels[0].text in named or read_label(labels[0].text).axis == "total")
           for labels, _ in rows):
        return None  # a header cell taken for a group's label: the cells are out of step, not rows
    if read_label(without_footnote_mark(rows[0][0][0].text)).axis == "period" == read_label(named[-1]).axis:
        return None  # the header's years running on into the first group's label ("2022/23", "2023/24", "Female", 172, …)
    grid, group = [list(head)], rows[0][0][0]
    for labels, values in rows:
        group = labels[0] if len(labels) == 2 else group
        grid.append([Cell(group.text, group.where) if len(labels) == 1 else labels[0], labels[-1], *values])
    return RawTable(grid, where)


# a cell that reads as a suppressed value or as an age band's label ("Under 13", "0-10")
_BAND_OR_VALUE = re.compile(r"^\s*(?:(?:under|over|aged? under)\s+\d{1,2}|\d{1,2}\s*[-–]\s*\d{1,2})\s*$", re.I)


def _rows_by_labels(cells: list[Cell], is_value: list[bool], where: str) -> RawTable | None:
    if True not in is_value or is_value.index(True) < 2:
        return None
    first_label = is_value.index(True) - 1
    head, body = cells[:first_label], cells[first_label:]
    rows: list[list[Cell]] = []
    for cell, value in zip(body, is_value[first_label:]):
        if not value:
            rows.append([cell])
        elif rows:
            rows[-1].append(cell)
    widths = {len(row) for row in rows}
    if len(rows) < 2 or len(widths) != 1 or (columns := widths.pop() - 1) < 1:
        return None
    named = [c for c in head if c.text]
    if len(named) == columns and len(head) in (columns, columns + 1):
        corner = next((c for c in head if not c.text), Cell("", head[0].where))
        header = [corner, *named]
    elif len(named) == columns + 1 and len(head) == columns + 1:
        header = named
    elif len(named) == 2 * columns + 1 and len(head) == len(named) \
            and all(read_label(named[2 * k + 2].text).period is not None and len(named[2 * k + 1].text.split()) <= 2
                    for k in range(columns)):
        header = [named[0], *(named[2 * k + 2] for k in range(columns))]  # "Q1" over "Apr-Jun 2023": each heading in two
    else:
        return None
    return RawTable([header, *rows], where)
