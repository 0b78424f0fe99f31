"""Stories of the demo workspace: the Done-when statements of issue 4, every number
traced to a Fact of its sentence, and the output formats agreeing.

Expected numbers are written here from DOMAIN.md and the issue text, never computed by
the code under test; the tracing check reads the sidecar JSON with its own tokenizer.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

import foistats

# --- the demo, written once ----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws, _ = foistats.demo(tmp_path_factory.mktemp("stories") / "demo")
    result = ws.stories(out=ws.folder / "out" / "stories", charts=False, check=False)
    return ws, result


def story_json(result, release: str, area: str) -> dict:
    return json.loads((result.out / release / f"{area}.json").read_text(encoding="utf-8"))


def text_of(doc: dict) -> str:
    return " ".join([doc["headline"]["text"]] + [s["text"] for p in doc["paragraphs"] for s in p["sentences"]])


def sentences(doc: dict) -> list[dict]:
    return [doc["headline"]] + [s for p in doc["paragraphs"] for s in p["sentences"]]


def sentence_with(doc: dict, needle: str) -> dict:
    found = [s for s in sentences(doc) if needle in s["text"]]
    assert found, f"no sentence says {needle!r}:\n{text_of(doc)}"
    return found[0]


# --- Done when: the Gwent stories ----------------------------------------------------------------


def test_gwent_2019_20_online_story(demo):
    _, result = demo
    doc = story_json(result, "nspcc-online-2020", "gwent")
    text = text_of(doc)
    assert "Gwent Police recorded 128 online sexual offences against children in 2019/20" in text
    assert "down 44 per cent on 229 the year before" in text
    assert re.search(r"11 per cent of the sexual offences against children recorded by the force had an online "
                     r"element, against 21 per cent in 2018/19", text)
    # the sentence knows its Facts: the count of 128, the change of -44.1 per cent, the 229 it is on
    lead = sentence_with(doc, "down 44 per cent on 229")
    facts = [doc["facts"][f] for f in lead["facts"]]
    assert any(f["kind"] == "count" and f["value"] == 128 for f in facts)
    assert any(f["kind"] == "count" and f["value"] == 229 and f["period"] == "2018/19" for f in facts)
    assert any(f["kind"] == "change" and f["unit"] == "percent_change" and -44.5 < f["value"] <= -43.5 for f in facts)
    share = sentence_with(doc, "online element")
    shares = sorted((doc["facts"][f]["period"], doc["facts"][f]["value"]) for f in share["facts"])
    assert shares == [("2018/19", 21), ("2019/20", 11)]
    assert {a["name"] for a in doc["angles"]} >= {"fall", "share_moved"}
    assert doc["headline"]["text"] == "Online sexual offences against children down 44 per cent in Gwent"


def test_gwent_2018_19_online_story(demo):
    _, result = demo
    doc = story_json(result, "nspcc-online-2019", "gwent")
    text = text_of(doc)
    assert "Gwent Police recorded 229 online sexual offences against children in 2018/19" in text
    assert re.search(r"the most [a-z ]*of the three [A-Za-z ]*forces[a-z ]* that (answered|gave a figure)", text)
    assert "576" in text and "more than double the 258 of 2015/16" in text
    assert "Dyfed-Powys Police did not respond, so the true Welsh total will be higher" in text
    rank = sentence_with(doc, "the most of the three")
    assert any(doc["facts"][f]["kind"] == "rank" and doc["facts"][f]["value"] == 1 for f in rank["facts"])
    national = sentence_with(doc, "more than double")
    ratio = [doc["facts"][f] for f in national["facts"] if doc["facts"][f]["kind"] == "ratio"]
    assert ratio and 2 < ratio[0]["value"] < 3 and ratio[0]["base_period"] == "2015/16"
    assert "[Quote from Gwent Police]" in text
    assert "0800 1111" in text and "0808 800 5000" in text
    assert "written by foistats from the data and checked against it" in text.lower()
    last = doc["paragraphs"][-1]["sentences"][-1]
    assert last["kind"] == "provenance" and "nspcc-online-2019" in last["text"] and "2019" in last["text"]
    angles = {a["name"]: a for a in doc["angles"]}
    assert "top_of_peers" in angles and angles["top_of_peers"]["why"] and angles["top_of_peers"]["facts"]
    assert "missing_data" in angles


def test_every_sample_release_has_stories_and_a_briefing(demo):
    ws, result = demo
    # only the force the campaign asked that gave no figure at all (Dyfed-Powys) is not written
    assert [(r.area, "gives no figure" in r.reason) for r in result.refused] == [("dyfed-powys", True)], \
        [r.to_json() for r in result.refused]
    for release in ws.releases():
        assert (result.out / release / "briefing.json").exists()
        assert any(w.release == release for w in result.local)
    briefing = json.loads((result.out / "nspcc-online-2019" / "briefing.json").read_text())
    cells = [str(c["text"]) for row in briefing["table"]["rows"] for c in row]
    assert "did not respond" in cells and "576" in cells


# --- every number belongs to a Fact of its sentence ---------------------------------------------

WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1)}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TOKEN = re.compile(
    rf"(?P<date>\d{{1,2}} (?:{MONTHS}) (?P<dyear>\d{{4}}))"
    r"|(?P<fy>\b(?P<fy1>\d{4})/(?P<fy2>\d{2})\b)"
    r"|(?P<num>\b\d+(?:,\d{3})*(?:\.\d+)?\b)"
    rf"|(?P<word>\b(?:{'|'.join(WORDS)})\b)"
    rf"|(?P<ord>\b(?:{'|'.join(ORDINALS)})\b)",
    re.IGNORECASE,
)
HELPLINES = ("0800 1111", "0808 800 5000")


def _half_up(x: float) -> int:
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def _years(fact: dict) -> set[int]:
    years = set()
    for key in ("period", "base_period"):
        label = fact.get(key) or ""
        found = [int(y) for y in re.findall(r"\d{4}", label)]
        if found:
            years |= set(range(min(found), max(found) + 2))  # a financial year 2019/20 reaches into 2020
    return years


def _labels(fact: dict) -> set[str]:
    out = set()
    for key in ("period", "base_period"):
        out |= set(re.findall(r"\d{4}/\d{2}|\d{4}", fact.get(key) or ""))
    return out


def _values(fact: dict) -> set[int]:
    out: set[int] = set()
    for key in ("value", "lower", "upper"):
        v = fact.get(key)
        if v is not None:
            out |= {_half_up(v), abs(_half_up(v))}
    for v in (fact.get("detail") or {}).values():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out.add(int(v))
    for k, v in (fact.get("breakdown") or {}).items():
        if isinstance(v, int):
            out.add(v)
    return out


def _check_sentence(s: dict, facts: dict) -> list[str]:
    problems = []
    if s["kind"] == "help":
        rest = s["text"]
        for number in HELPLINES:
            rest = rest.replace(number, "")
        if TOKEN.search(rest):
            problems.append(f"help line has a number that is not a helpline: {s['text']!r}")
        return problems
    if s["kind"] == "provenance":
        return problems  # the release's name and publication date (literals, declared in the JSON)
    mine = [facts[f] for f in s["facts"]]
    tokens = list(TOKEN.finditer(s["text"]))
    if tokens and not mine:
        return [f"numbers and no Fact: {s['text']!r}"]
    years = set().union(*(_years(f) for f in mine)) if mine else set()
    labels = set().union(*(_labels(f) for f in mine)) if mine else set()
    values = set().union(*(_values(f) for f in mine)) if mine else set()
    for t in tokens:
        if t.group("date"):
            ok = int(t.group("dyear")) in years
        elif t.group("fy"):
            ok = t.group("fy") in labels
        elif t.group("num"):
            raw = t.group("num")
            n = int(raw.replace(",", "")) if "." not in raw else None
            ok = n is not None and (n in values or (1990 <= n <= 2100 and n in years and raw in labels | {str(y) for y in years}))
        elif t.group("word"):
            ok = WORDS[t.group("word").lower()] in values
        else:
            ok = ORDINALS[t.group("ord").lower()] in values
        if not ok:
            problems.append(f"{t.group()!r} is in no Fact of {s['text']!r}")
    problems += _approximations(s["text"], mine)
    return problems


def _approximations(text: str, facts: list[dict]) -> list[str]:
    """Each approximate phrase is true of a Fact of its sentence (the checker's tolerances)."""
    problems = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            problems.append(f"{what!r} is not true of any Fact of {text!r}")

    def number(raw: str) -> int:
        return WORDS.get(raw.lower()) or int(raw.replace(",", ""))

    ratios = [f["value"] for f in facts if f["kind"] == "ratio"]
    for m in re.finditer(r"(more than|almost)? ?(double|triple)", text):
        qualifier, word = m.group(1), m.group(2)
        k = 2 if word == "double" else 3
        if qualifier == "more than":
            need(any(k < r < k + 1 for r in ratios), m.group())
        elif qualifier == "almost":
            need(any(k - 0.1 <= r < k for r in ratios), m.group())
        else:
            need(any(k - 0.05 <= r <= k + 0.05 for r in ratios), m.group())
    counts = [f for f in facts if f["kind"] in ("count", "total")]
    for m in re.finditer(r"more than ([\d,]+|one|two|three|four|five|six|seven|eight|nine)\b(?! per cent)", text):
        n = number(m.group(1))
        need(any((f["lower"] == n and f["qualifier"] == "over") or (f["value"] is not None and n < f["value"])
                 for f in counts), m.group())
    for m in re.finditer(r"at least ([\d,]+)", text):
        need(any(f["lower"] == number(m.group(1)) for f in counts), m.group())
    for m in re.finditer(r"about ([\d,]+)", text):
        need(any(f["value"] == number(m.group(1)) and f["qualifier"] in ("approx", "rounded") for f in counts),
             m.group())
    for m in re.finditer(r"almost ([\d,]+)\b(?! per cent)", text):
        n = number(m.group(1))
        need(any(f["value"] is not None and 0.95 * n <= f["value"] < n for f in counts), m.group())
    changes = [f["value"] for f in facts if f["unit"] == "percent_change"]
    for m in re.finditer(r"\b(up|down) ([\d,]+) per cent", text):
        n = int(m.group(2).replace(",", "")) * (1 if m.group(1) == "up" else -1)
        need(any(_half_up(c) == n for c in changes), m.group())
    shares = [f["value"] for f in facts if f["unit"] == "percent" and f["value"] is not None]
    for m in re.finditer(r"(?<![\d,])(\d+(?:,\d{3})*) per cent", text):
        if re.search(rf"(up|down) {m.group(1)} per cent", text):
            continue
        need(any(_half_up(s) == int(m.group(1).replace(",", "")) for s in shares), m.group())
    per_day = [f["value"] for f in facts if f["unit"].endswith("_per_day")]
    for m in re.finditer(r"an average of (\w+) a day", text):
        need(any(_half_up(v) == number(m.group(1)) for v in per_day), m.group())
    ranks = [f["detail"] for f in facts if f["kind"] == "rank"]
    for m in re.finditer(r"the (?:(joint) )?(?:(\w+) )?(most|fewest)\b", text):
        place = ORDINALS.get((m.group(2) or "first").lower(), 1)
        side = "from_top" if m.group(3) == "most" else "from_bottom"
        if "recorded the most," in text and not ranks:  # a nation's forces listed, highest first
            continue
        need(any(d.get(side) == place for d in ranks), m.group())
    return problems


def test_every_number_of_every_demo_story_belongs_to_a_fact_of_its_sentence(demo):
    _, result = demo
    problems = []
    docs = sorted(result.out.glob("*/*.json"))
    assert len(docs) >= 10
    for path in docs:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for s in sentences(doc):
            problems += [f"{path.parent.name}/{path.name}: {p}" for p in _check_sentence(s, doc["facts"])]
        if doc["table"]:
            for row in doc["table"]["rows"]:
                for cell in row:
                    problems += [f"{path.name} table: {p}" for p in _check_sentence(
                        {"kind": "cell", "text": cell["text"], "facts": cell["facts"]}, doc["facts"])]
    assert not problems, "\n".join(problems)


def test_the_tracer_catches_a_number_with_no_fact():
    """The independent check above is not vacuous: it flags a planted number."""
    fact = {"kind": "count", "value": 128, "lower": None, "upper": None, "unit": "offences", "qualifier": "exact",
            "period": "2019/20", "base_period": None, "detail": {}, "breakdown": {}}
    ok = {"kind": "lead", "text": "Gwent Police recorded 128 offences in 2019/20.", "facts": ["a"]}
    assert _check_sentence(ok, {"a": fact}) == []
    for bad in ("Gwent Police recorded 129 offences in 2019/20.", "Gwent Police recorded 128 offences in 2018/19.",
                "Gwent Police recorded more than 200 offences, nine a day."):
        assert _check_sentence({**ok, "text": bad}, {"a": fact})
    assert _check_sentence({"kind": "lead", "text": "Up 44 per cent.", "facts": []}, {})


# --- the output formats ------------------------------------------------------------------------


def test_md_html_docx_and_json_agree(demo):
    import docx

    _, result = demo
    folder = result.out / "nspcc-online-2019"
    for slug in ("gwent", "wales", "briefing"):
        doc = json.loads((folder / f"{slug}.json").read_text(encoding="utf-8"))
        md = (folder / f"{slug}.md").read_text(encoding="utf-8")
        page = html.unescape((folder / f"{slug}.html").read_text(encoding="utf-8"))
        word = "\n".join(p.text for p in docx.Document(str(folder / f"{slug}.docx")).paragraphs)
        assert md.startswith(f"# {doc['headline']['text']}\n")
        for s in sentences(doc):
            assert s["text"] in md, s["text"]
            assert s["text"] in page, s["text"]
            assert s["text"] in word, s["text"]
        for fid in {f for s in sentences(doc) for f in s["facts"]}:
            assert fid in doc["facts"]
            assert fid in page  # each sentence of the HTML names its Facts
    assert "<table>" in (folder / "briefing.html").read_text()
    assert "| measure | area |" in (folder / "briefing.md").read_text()


def test_cli_writes_one_format_and_reports(demo, run_cli, tmp_path):
    ws, _ = demo
    code, out, err = run_cli("stories", "--workspace", ws.folder, "--release", "nspcc-online-2020", "--area", "Gwent",
                             "--format", "md", "--no-charts", "--no-check", "--out", tmp_path / "o")
    assert code == 0, err
    assert "gwent" in out
    assert sorted(p.name for p in (tmp_path / "o" / "nspcc-online-2020").iterdir()) == ["gwent.json", "gwent.md"]
    code, _, err = run_cli("stories", "--workspace", ws.folder, "--release", "no-such-release", "--no-charts")
    assert code != 0 and "no release" in err


def test_a_story_with_a_chart(demo, tmp_path):
    pytest.importorskip("foistats.narrative.chart")
    ws, _ = demo
    import docx

    result = ws.stories(release="nspcc-online-2019", area="gwent", out=tmp_path, check=False)
    folder = tmp_path / "nspcc-online-2019"
    assert (folder / "gwent.png").stat().st_size > 0 and (folder / "gwent.svg").stat().st_size > 0
    doc = json.loads((folder / "gwent.json").read_text())
    assert doc["chart"]["alt_text"] and doc["chart"]["fact_ids"]
    assert "![" in (folder / "gwent.md").read_text()
    assert 'src="gwent.svg"' in (folder / "gwent.html").read_text()
    assert len(docx.Document(str(folder / "gwent.docx")).inline_shapes) == 1
    assert result.written[0].paths
    # the text alternative's numbers belong to the chart's Facts
    alt = {"kind": "chart", "text": doc["chart"]["alt_text"], "facts": doc["chart"]["fact_ids"]}
    assert _check_sentence(alt, doc["facts"]) == []


def test_demo_writes_every_story_and_says_how_many(run_cli, tmp_path):
    code, out, err = run_cli("demo", tmp_path / "demo")
    assert code == 0, err
    said = re.search(r"Wrote (\d+) stories and (\d+) national briefings of (\d+) releases", out)
    assert said, out
    folder = tmp_path / "demo" / "out" / "stories"
    local = [p for p in folder.glob("*/*.json") if p.name != "briefing.json"]
    assert int(said.group(1)) == len(local) >= 10
    assert int(said.group(2)) == len(list(folder.glob("*/briefing.json"))) == int(said.group(3))
    charted = 0
    for story in local:
        for suffix in (".md", ".html", ".docx"):
            assert story.with_suffix(suffix).exists(), story.with_suffix(suffix)
        if json.loads(story.read_text())["chart"]:  # a chart wherever the area has a count to draw
            charted += 1
            assert story.with_suffix(".png").exists() and story.with_suffix(".svg").exists()
    assert charted >= len(local) - 2
