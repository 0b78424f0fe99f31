"""The dashboard is read-only without the token; forms need their CSRF field; uploads are
limited, read by the checker's reader and never written into the workspace."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from foistats.web import create_app
from foistats.web.app import MAX_UPLOAD_BYTES

from .conftest import TOKEN


def _held(ws):
    """Everything a write could change: the store's state, every review item and figure."""
    return ws.store.state(), [(r.id, r.state, r.decided_by) for r in ws.review_items(None)], sorted(
        o.id for o in ws.observations())


def _files(ws):
    return sorted(str(p.relative_to(ws.folder)) for p in ws.folder.rglob("*")
                  if ".foistats-backups" not in p.parts and not p.name.endswith((".wal", ".lock")))


def _csrf(client, url="/review"):
    html = client.get(url).text
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_a_decision_without_the_token_is_refused_and_changes_nothing(review_ws):
    client = TestClient(create_app(review_ws, TOKEN))
    item = review_ws.review_items()[0]
    before = _held(review_ws)
    csrf = _csrf(client)
    for headers in ({}, {"X-Foistats-Token": "wrong"}, {"Authorization": "Bearer wrong"}):
        data = {"decision": "reject", "by": "Eve"} if headers else {"decision": "reject", "by": "Eve", "csrf": csrf}
        response = client.post(f"/review/{item.id}", data=data, headers=headers)
        assert response.status_code == 403, headers
    assert _held(review_ws) == before


def test_a_read_only_dashboard_refuses_every_write(review_ws):
    client = TestClient(create_app(review_ws))  # no token at all
    item = review_ws.review_items()[0]
    before = _held(review_ws)
    response = client.post(f"/review/{item.id}", data={"decision": "reject", "by": "Eve"},
                           headers={"X-Foistats-Token": ""})
    assert response.status_code == 403
    assert client.post("/login", data={"token": "", "csrf": _csrf(client, "/check")}).status_code == 403
    assert _held(review_ws) == before
    assert "read-only" in client.get("/review").text


def test_the_token_as_a_header_decides(review_ws):
    client = TestClient(create_app(review_ws, TOKEN))
    item = review_ws.review_items()[0]
    response = client.post(f"/review/{item.id}", data={"decision": "reject", "by": "Ann"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert review_ws.review_item(item.id).state == "rejected"
    assert review_ws.review_item(item.id).decided_by == "Ann"


def test_logging_in_sets_a_session_whose_forms_need_their_csrf_field(review_ws):
    client = TestClient(create_app(review_ws, TOKEN))
    first, second = review_ws.review_items()[:2]
    assert client.post("/login", data={"token": TOKEN}).status_code == 403  # no CSRF field: refused
    assert client.post("/login", data={"token": "wrong", "csrf": _csrf(client, "/login")}).status_code == 403
    response = client.post("/login", data={"token": TOKEN, "csrf": _csrf(client, "/login")}, follow_redirects=False)
    assert response.status_code == 303 and "foistats_session" in response.headers["set-cookie"]
    assert "httponly" in response.headers["set-cookie"].lower() and "samesite=strict" in response.headers[
        "set-cookie"].lower()
    before = _held(review_ws)
    # a form from another site carries the session cookie but not the CSRF value
    for forged in ({}, {"csrf": "guessed"}):
        refused = client.post(f"/review/{first.id}", data={"decision": "reject", "by": "Eve", **forged})
        assert refused.status_code == 403
    assert _held(review_ws) == before
    csrf = _csrf(client)
    response = client.post(f"/review/{first.id}", data={"decision": "edit", "by": "Ann", "period": "2019/20",
                                                        "csrf": csrf}, follow_redirects=False)
    assert response.status_code == 303, response.text
    assert review_ws.review_item(first.id).state == "edited"
    assert client.post(f"/review/{second.id}", data={"decision": "accept", "by": "Ann", "csrf": csrf}).status_code == 400
    assert review_ws.review_item(second.id).state == "open"  # accepting a guess with no period is an error, said
    client.post("/logout", data={"csrf": csrf})
    assert client.post(f"/review/{second.id}", data={"decision": "reject", "by": "Ann", "csrf": csrf}).status_code == 403


def test_a_decision_on_an_unknown_item_is_an_error_not_a_trace(review_ws):
    client = TestClient(create_app(review_ws, TOKEN))
    response = client.post("/review/rev-nothing", data={"decision": "reject", "by": "Ann"},
                           headers={"X-Foistats-Token": TOKEN})
    assert response.status_code == 400 and "rev-nothing" in response.text and "Traceback" not in response.text


def test_checking_an_upload_writes_nothing_into_the_workspace(demo_read):
    client = TestClient(create_app(demo_read, TOKEN))
    before = _files(demo_read), demo_read.store.state()
    csrf = _csrf(client, "/check")
    article = b"Gwent Police recorded 229 online sexual offences against children in 2018/19.\n"
    response = client.post("/check", data={"csrf": csrf}, files={"file": ("story.txt", article, "text/plain")})
    assert response.status_code == 200, response.text
    assert "supported" in response.text
    assert (_files(demo_read), demo_read.store.state()) == before


def test_uploads_are_limited_in_size_and_kind(demo_read):
    client = TestClient(create_app(demo_read, TOKEN))
    csrf = _csrf(client, "/check")
    big = client.post("/check", data={"csrf": csrf}, files={"file": ("big.txt", b"1 " * MAX_UPLOAD_BYTES, "text/plain")})
    assert big.status_code == 400 and "bytes" in big.text
    exe = client.post("/check", data={"csrf": csrf}, files={"file": ("run.exe", b"MZ", "application/octet-stream")})
    assert exe.status_code == 400 and ".docx" in exe.text
    docx = client.post("/check", data={"csrf": csrf}, files={"file": ("broken.docx", b"PK not a docx", "x")})
    assert docx.status_code == 400 and "Traceback" not in docx.text
    assert client.post("/check", data={"text": "229 offences"}).status_code == 403  # no CSRF field


def test_a_shared_server_needs_the_token_to_check(demo_read):
    client = TestClient(create_app(demo_read, TOKEN, shared=True))
    csrf = _csrf(client, "/check")
    assert client.post("/check", data={"csrf": csrf, "text": "229 offences"}).status_code == 403
    response = client.post("/check", data={"text": "Gwent Police recorded 229 offences in 2018/19."},
                           headers={"X-Foistats-Token": TOKEN})
    assert response.status_code == 200


def test_every_page_says_where_it_may_be_shown(client):
    response = client.get("/")
    assert response.headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_token_header_is_judged_alone_and_queries_do_not_fill_the_cache(review_ws):
    app = create_app(review_ws, TOKEN)
    client = TestClient(app)
    client.post("/login", data={"token": TOKEN, "csrf": _csrf(client, "/login")})
    item = review_ws.review_items()[0]
    # an empty token header skips the CSRF check, so it must not fall back on the session cookie
    for header in ({"X-Foistats-Token": ""}, {"Authorization": "Basic x"}):
        assert client.post(f"/review/{item.id}", data={"decision": "reject", "by": "Eve"},
                           headers=header).status_code == 403
    assert review_ws.review_item(item.id).state == "open"
    for n in range(20):
        assert client.get(f"/?n={n}").status_code == 200
    client.get("/")
    kept = app.state.live.snapshot().rendered
    assert ("/", "") in kept and not [key for key in kept if "n=" in key[1]]


def test_logging_a_request_event_needs_the_token(demo_ws):
    client = TestClient(create_app(demo_ws, TOKEN))
    log = demo_ws.folder / "requests.log.jsonl"
    before = log.read_text()
    event = {"authority": "dyfed-powys", "event": "refused", "date": "2019-08-20", "sections": "12", "note": "by phone"}
    csrf = _csrf(client, "/requests/log")
    assert client.post("/requests/log", data={**event, "csrf": csrf}).status_code == 403
    assert client.post("/requests/log", data=event, headers={"X-Foistats-Token": "wrong"}).status_code == 403
    assert log.read_text() == before
    response = client.post("/requests/log", data=event, headers={"X-Foistats-Token": TOKEN})
    assert response.status_code == 200, response.text
    rows = client.get("/requests?_format=json").json()["tables"][0]["rows"]
    dyfed = next(r for r in rows if r["Authority"]["text"] == "Dyfed-Powys Police")
    assert (dyfed["State"]["text"], dyfed["Sections"]["text"]) == ("refused", "12")
    # the refusal reaches the release table at once: the figures the log said were never
    # answered are now refused (the one the published release itself calls no response stays)
    figures = client.get("/release/nspcc-online-2019?_format=json").json()["tables"][0]["rows"]
    dyfed = next(r for r in figures if r["Area"]["text"] == "Dyfed-Powys Police")
    assert "refused" in {c["text"] for k, c in dyfed.items() if k != "Area"}
    bad = client.post("/requests/log", data={**event, "event": "exploded"}, headers={"X-Foistats-Token": TOKEN})
    assert bad.status_code == 400 and "Traceback" not in bad.text


def test_a_docx_and_an_html_upload_are_read_as_the_cli_reads_them(demo_read, tmp_path):
    import io

    import docx

    from foistats.check.document import read_article

    document = docx.Document()
    document.add_paragraph("Gwent Police recorded 229 online sexual offences against children in 2018/19.")
    data = io.BytesIO()
    document.save(data)
    page = "<html><body><p>South Wales Police recorded 300 online sexual offences against children in 2018/19.</p>" \
           "<script>alert(1)</script></body></html>"
    client = TestClient(create_app(demo_read, TOKEN))
    csrf = _csrf(client, "/check")
    for name, body, verdict in (("story.docx", data.getvalue(), "supported"), ("story.html", page.encode(), "contradicted")):
        (tmp_path / name).write_bytes(body)
        expected = read_article(tmp_path / name)  # what `foistats check FILE` reads
        result = client.post("/check?_format=json", data={"csrf": csrf}, files={"file": (name, body, "x")}).json()
        [claim] = [r for r in result["tables"][0]["rows"]]
        assert claim["Verdict"]["text"] == verdict and claim["Text"]["text"] in expected
    html = client.post("/check", data={"csrf": csrf}, files={"file": ("story.html", page.encode(), "x")}).text
    assert "<script>alert" not in html
