"""Every page of the dashboard, in each of its formats, on the demo workspace."""

from __future__ import annotations

import csv
import io

import pytest

from foistats.cells import inert_cell
from foistats.web.pages import figure

RELEASE = "nspcc-online-2019"


def _ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[-500:])
    return response


def test_home_lists_every_release_with_what_its_forces_did(client, demo_read):
    page = _ok(client, "/?_format=json").json()
    [table] = page["tables"]
    assert [r["Release"]["text"] for r in table["rows"]] == sorted(demo_read.releases())
    asked = next(r for r in table["rows"] if r["Release"]["text"] == RELEASE)
    # the campaign asked four Welsh forces: three answered, Dyfed-Powys never did
    assert (asked["Forces"]["text"], asked["Answered"]["text"], asked["Silent"]["text"]) == ("4", "3", "1")
    assert "0 figures waiting in the review queue" in page["intro"][0]
    html = _ok(client, "/").text
    assert f'href="/release/{RELEASE}"' in html and "<caption" in html and 'scope="col"' in html


def test_release_table_has_statuses_totals_ranks_changes_and_the_briefing(client):
    page = _ok(client, f"/release/{RELEASE}?_format=json").json()
    tables = {t["name"]: t for t in page["tables"]}
    figures = tables["figures"]["rows"]
    dyfed = next(r for r in figures if r["Area"]["text"] == "Dyfed-Powys Police")
    assert all(cell["text"] == "no response" and cell["href"].startswith("/observation/")
               for key, cell in dyfed.items() if key != "Area")
    gwent = next(r for r in figures if r["Area"]["text"] == "Gwent Police")
    assert gwent["2018/19"]["text"] == "229" and gwent["2018/19"]["fact"]
    assert gwent["Area"]["href"] == f"/release/{RELEASE}/area/gwent"
    [wales] = [r for r in tables["totals"]["rows"] if r["Period"]["text"] == "2018/19"]
    assert "Dyfed-Powys" in wales["Caveats"]["text"]
    assert tables["ranks"]["rows"] and tables["changes"]["rows"]
    assert page["story"] and not page["story_refused"]  # the national briefing


def test_release_facets_filter_the_table(client):
    base = _ok(client, f"/release/{RELEASE}?_format=json").json()
    measure = base["facets"][0]["options"][0]["href"]
    assert measure == f"/release/{RELEASE}/measure/online_child_sexual_offences"
    silent = _ok(client, f"{measure}?status=no_response&_format=json").json()
    assert [r["Area"]["text"] for r in silent["tables"][0]["rows"]] == ["Dyfed-Powys Police"]
    wales = _ok(client, f"{measure}?within=wales&_format=json").json()
    assert len(wales["tables"][0]["rows"]) == len(base["tables"][0]["rows"])
    for bad in (f"{measure}?within=scotland", f"{measure}?status=lost", f"/release/{RELEASE}/measure/nothing"):
        assert client.get(bad).status_code == 404


def test_suppressed_shows_as_c_and_a_refusal_is_named(ws, tmp_path):
    from fastapi.testclient import TestClient

    from foistats.web import create_app

    figures = tmp_path / "published.csv"
    figures.write_text(
        "release,published,measure,area,period,breakdown,value,unit,qualifier,status,note\n"
        "test-2024,2024,online_child_sexual_offences,gwent,2022/23,,12,offences,exact,reported,\n"
        "test-2024,2024,online_child_sexual_offences,south-wales,2022/23,,,offences,,suppressed,fewer than 5\n"
        "test-2024,2024,online_child_sexual_offences,north-wales,2022/23,,,offences,,exempt,s.12\n")
    ws.ingest(figures)
    rows = TestClient(create_app(ws)).get("/release/test-2024?_format=json").json()["tables"][0]["rows"]
    shown = {r["Area"]["text"]: r["2022/23"] for r in rows}
    assert {a: c["text"] for a, c in shown.items()} == {
        "Gwent Police": "12", "North Wales Police": "refused", "South Wales Police": "[c]"}
    assert shown["South Wales Police"]["href"].startswith("/observation/") and shown["Gwent Police"]["fact"]
    home = TestClient(create_app(ws)).get("/?_format=json").json()["tables"][0]["rows"][0]
    assert (home["Answered"]["text"], home["Refused"]["text"]) == ("2", "1")


def test_area_page_has_the_story_chart_alt_text_and_data_table(client):
    page = _ok(client, f"/release/{RELEASE}/area/gwent?_format=json").json()
    assert page["story"][0][0]["text"].startswith("Gwent Police")
    assert page["chart"]["alt"].startswith("Bar chart") and page["chart"]["src"].endswith("/chart.svg")
    names = [t["name"] for t in page["tables"]]
    assert names[:2] == ["chart", "series"] and "ranks" in names
    html = _ok(client, f"/release/{RELEASE}/area/gwent").text
    assert f'alt="{page["chart"]["alt"]}"' in html
    svg = _ok(client, page["chart"]["src"])
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<svg" in svg.text
    embed = _ok(client, page["chart"]["embed"])
    assert "frame-ancestors *" in embed.headers["content-security-policy"] and "/static/embed.js" in embed.text
    assert "frame-ancestors 'none'" in _ok(client, "/").headers["content-security-policy"]


def test_fact_page_links_inputs_to_observations_and_those_to_their_source(client, demo_read):
    total = next(f for f in demo_read.facts(release=RELEASE, kind="total") if f.inputs)
    page = _ok(client, f"/fact/{total.id}?_format=json").json()
    tables = {t["name"]: t for t in page["tables"]}
    assert tables["fact"]["rows"][0]["Value"]["text"] == figure(total)
    assert page["intro"] == [total.formula]
    inputs = [r["Input"]["href"] for r in tables["inputs"]["rows"]]
    assert len(inputs) == len(total.inputs) and all(h.startswith("/observation/") for h in inputs)
    assert [r["Caveat"]["text"] for r in tables["caveats"]["rows"]] == [c.text for c in total.caveats]
    source = _ok(client, f"{inputs[0]}?_format=json").json()
    rows = {r["Field"]["text"]: r["Value"]["text"] for r in source["tables"][0]["rows"]}
    assert rows["Document"] and rows["Place in the document"]


def test_requests_page_lists_the_overdue_first(client):
    rows = _ok(client, "/requests?_format=json").json()["tables"][0]["rows"]
    assert rows[0]["Authority"]["text"] == "Dyfed-Powys Police" and rows[0]["Working days overdue"]["text"]
    assert all(r["Due"]["text"] for r in rows)


@pytest.mark.parametrize("url", ["/", f"/release/{RELEASE}", f"/release/{RELEASE}/area/gwent", "/requests",
                                 "/review"])
def test_csv_holds_every_row_json_does(client, url):
    page = _ok(client, f"{url}{'&' if '?' in url else '?'}_format=json").json()
    for table in page["tables"]:
        text = _ok(client, f"{url}?_format=csv&_table={table['name']}").text
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == table["columns"]
        # a cell a spreadsheet would run as a formula ("+196%") starts with '
        assert rows[1:] == [[inert_cell(c["text"]) for c in row.values()] for row in table["rows"]]


def test_unknown_things_are_404_without_a_trace(client):
    for url in ["/release/nope", f"/release/{RELEASE}/area/atlantis", f"/release/{RELEASE}/area/kent",
                "/fact/fact-000000000000", "/observation/../../etc/passwd", "/static/../../pyproject.toml",
                "/static/app.py", "/nowhere", f"/release/{RELEASE}?_format=xml",
                f"/release/{RELEASE}?_format=csv&_table=nothing", "/review?state=lost"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Traceback" not in response.text and 'File "' not in response.text


def test_a_failure_is_a_500_with_no_trace(demo_read, monkeypatch):
    from fastapi.testclient import TestClient

    from foistats.web import create_app, pages

    def broken(snap):
        raise RuntimeError("secret internals at /srv/x.py line 3")

    monkeypatch.setattr(pages, "home", broken)
    response = TestClient(create_app(demo_read), raise_server_exceptions=False).get("/")
    assert response.status_code == 500
    assert "secret internals" not in response.text and "Traceback" not in response.text


def test_a_change_made_outside_the_dashboard_is_shown(demo_ws, tmp_path):
    """Another command (here the Python API) changes the workspace: the dashboard, checking
    its state in the background, shows the change within moments."""
    import time

    from fastapi.testclient import TestClient

    from foistats.web import create_app

    from .conftest import with_review

    client = TestClient(create_app(demo_ws, recheck=0.01))
    assert "0 figures waiting" in client.get("/?_format=json").json()["intro"][0]
    with_review(demo_ws, tmp_path)
    deadline = time.monotonic() + 30
    while "2 figures waiting" not in client.get("/?_format=json").json()["intro"][0]:
        assert time.monotonic() < deadline, "the dashboard never saw the new review items"
        time.sleep(0.05)


def test_a_count_written_in_digits_in_a_story_is_linked_where_it_stands(demo_read):
    from foistats.web.pages import linked_parts

    count = next(f for f in demo_read.facts(kind="count") if f.value is not None and 10 < f.value < 100)
    shown = figure(count)
    text = f"In 20{shown}/{int(shown) + 1}: {shown} offences, and {shown} again."
    parts = linked_parts(text, [count])
    assert "".join(p.text for p in parts) == text
    [linked] = [p for p in parts if p.fact]
    # the period is not the count: the first number that is the count is linked, once
    assert (linked.fact, linked.href) == (count.id, f"/fact/{count.id}")
    assert text.index(f": {shown} offences") + 2 == len("".join(p.text for p in parts[:parts.index(linked)]))
