"""The dashboard's web application: FastAPI routes over the pages of :mod:`.pages`.

Read-only unless the app was given a token: a write (a review decision) needs the token,
sent as a header (``Authorization: Bearer T`` or ``X-Foistats-Token: T``) or through the
session cookie the login form sets; a form posted with the session cookie also needs its
CSRF field to match the CSRF cookie. No path from a URL reaches the file system: every
page is looked up by id in the workspace's snapshot, and the style sheet and script are
read from the package once, by name.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import secrets
import tempfile
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..cells import inert_cell
from ..errors import FoistatsError, InputError
from ..requests.log import EventKind
from . import pages
from .pages import NotFound, Page
from .snapshot import RECHECK_SECONDS, Live

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # an article is text; a .docx of a long report is well under this
MAX_FORM_BYTES = MAX_UPLOAD_BYTES + 64 * 1024
SESSION_COOKIE = "foistats_session"
CSRF_COOKIE = "foistats_csrf"
QUERY_PARAMETERS = {"_format", "_table", "measure", "within", "status"}
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
DECISIONS = {"accept": "accepted", "edit": "edited", "reject": "rejected"}
ASSETS = {"style.css": "text/css; charset=utf-8", "embed.js": "text/javascript; charset=utf-8"}
CSP = ("default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *")


class Refused(Exception):
    """A write without the token, or a form without its CSRF field."""


def environment(site: bool = False) -> Environment:
    env = Environment(loader=PackageLoader("foistats.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["site"] = site  # the static site has no forms: no check, review or login
    return env


def create_app(workspace, token: str | None = None, *, shared: bool = False, site: bool = False,
               recheck: float | None = None, rule: str | None = None) -> FastAPI:
    """The dashboard of ``workspace`` (a :class:`foistats.Workspace`).

    ``token``: the secret a write needs (None: no write at all). ``shared``: the server is
    reached by others, so checking an article needs the token too. ``site``: render the
    read-only pages for :func:`foistats.web.site.write_site` (no forms). ``rule``: the
    small-number rule of ``foistats publish`` (default its own); no page shows what it hides."""
    live = Live(workspace, RECHECK_SECONDS if recheck is None else recheck, rule)
    env = environment(site)
    assets = {name: resources.files("foistats.web").joinpath("static", name).read_bytes() for name in ASSETS}
    sessions: set[str] = set()
    app = FastAPI(title="foistats", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.live = live

    # --- answers ------------------------------------------------------------------------------

    def html(template: str, status: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render(**context), status_code=status)

    def shown(request: Request, page: Page, **context) -> Response:
        body, media_type = render(env, page, request.query_params.get("_format", "html"),
                                  request.query_params.get("_table"), **context)
        return Response(body, media_type=media_type)

    async def cached(request: Request, build) -> Response:
        """A read-only page, rendered once per state of the workspace and format. A page
        at hand is answered in the event loop; making one is work for a thread."""
        snap = live.current() or await run_in_threadpool(live.snapshot)
        key = (request.url.path, request.url.query)
        body = snap.rendered.get(key)
        if body is None:
            def make() -> tuple[bytes, str]:
                made = render(env, build(snap), request.query_params.get("_format", "html"),
                              request.query_params.get("_table"))
                return made[0].encode(), made[1]

            body = await run_in_threadpool(make)
            names = [name for name, _ in request.query_params.multi_items()]
            # only a query of the pages' own parameters is kept: ?x=1, ?x=2… would fill the memory
            if set(names) <= QUERY_PARAMETERS and len(names) == len(set(names)):
                snap.rendered[key] = body
        return Response(body[0], media_type=body[1])

    def csrf_of(request: Request) -> str:
        return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)

    def with_csrf(response: Response, value: str) -> Response:
        response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="strict")
        return response

    def authorised(request: Request) -> bool:
        if token is None:
            return False
        if header_token(request):  # a request that sends a token is judged by it alone, never its cookie
            given = request.headers.get("x-foistats-token") or _bearer(request.headers.get("authorization", "")) or ""
            return bool(given) and hmac.compare_digest(given.encode(), token.encode())
        session = request.cookies.get(SESSION_COOKIE)
        return session is not None and any(hmac.compare_digest(session, s) for s in list(sessions))

    def header_token(request: Request) -> bool:
        return request.headers.get("x-foistats-token") is not None or request.headers.get("authorization") is not None

    async def form_of(request: Request):
        size = request.headers.get("content-length")
        if size is None or not size.isdigit() or int(size) > MAX_FORM_BYTES:
            raise InputError(f"a form is at most {MAX_UPLOAD_BYTES:,} bytes (an article to check is text)")
        form = await request.form(max_files=1, max_fields=20)
        if not header_token(request):  # a browser's form: its CSRF field must match its cookie
            sent, kept = form.get("csrf"), request.cookies.get(CSRF_COOKIE)
            if not isinstance(sent, str) or not kept or not hmac.compare_digest(sent, kept):
                raise Refused("the form is out of date or came from another site: load the page again and resend it")
        return form

    # --- errors: one line, never a trace -----------------------------------------------------------

    def error(request: Request, status: int, message: str) -> Response:
        if request.query_params.get("_format") in ("json", "csv"):
            return JSONResponse({"error": message}, status_code=status)
        return html("error.html", status, page=Page("error", f"Error {status}", ""), message=message)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error(request, 404, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, "no such page" if exc.status_code == 404 else str(exc.detail))

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused):
        return error(request, 403, str(exc))

    @app.exception_handler(FoistatsError)
    async def foistats_error(request: Request, exc: FoistatsError):
        return error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception):
        return error(request, 500, "the page could not be made; the server's log says why")

    app.add_middleware(PageCache, live=live)
    app.add_middleware(SecurityHeaders)  # added last, so outermost: on every answer, the cache's too

    # --- read-only pages ------------------------------------------------------------------------

    @app.get("/")
    async def home(request: Request):
        return await cached(request, pages.home)

    @app.get("/release/{release_id}")
    async def release(request: Request, release_id: str, measure: str | None = None, within: str | None = None,
                status: str | None = None):
        return await cached(request, lambda s: pages.release(s, release_id, measure=measure, within=within, status=status))

    @app.get("/release/{release_id}/measure/{measure}")
    async def release_measure(request: Request, release_id: str, measure: str, within: str | None = None,
                        status: str | None = None):
        return await cached(request, lambda s: pages.release(s, release_id, measure=measure, within=within, status=status))

    @app.get("/release/{release_id}/area/{area_id}")
    async def area(request: Request, release_id: str, area_id: str):
        return await cached(request, lambda s: pages.area(s, release_id, area_id))

    @app.get("/release/{release_id}/area/{area_id}/chart.svg")
    def chart(release_id: str, area_id: str):
        snap = live.get()
        pages.area(snap, release_id, area_id)  # a 404 for what the workspace does not hold
        drawn = snap.chart(release_id, area_id)
        if drawn is None:
            raise NotFound(f"the story of {area_id} in {release_id} has no chart")
        return Response(drawn[1], media_type="image/svg+xml")

    @app.get("/embed/release/{release_id}/area/{area_id}")
    def embed(request: Request, release_id: str, area_id: str):
        snap = live.get()
        page = pages.area(snap, release_id, area_id)
        if page.chart is None:
            raise NotFound(f"the story of {area_id} in {release_id} has no chart")
        return html("embed.html", page=page)

    @app.get("/fact/{fact_id}")
    async def fact(request: Request, fact_id: str):
        return await cached(request, lambda s: pages.fact(s, fact_id))

    @app.get("/observation/{obs_id}")
    async def observation(request: Request, obs_id: str):
        return await cached(request, lambda s: pages.observation(s, obs_id))

    @app.get("/requests")
    async def requests_page(request: Request):
        return await cached(request, pages.requests)

    @app.get("/static/{name}")
    def static(name: str):
        if name not in assets:
            raise NotFound(f"no file {name!r}")
        return Response(assets[name], media_type=ASSETS[name], headers={"Cache-Control": "max-age=3600"})

    # --- the review queue: decisions need the token --------------------------------------------

    @app.get("/review")
    def review(request: Request, state: str = "open"):
        if state not in ("open", "accepted", "edited", "rejected", "all"):
            raise NotFound(f"no state {state!r}: open, accepted, edited, rejected or all")
        csrf = csrf_of(request)
        return with_csrf(shown(request, pages.review(workspace, state), csrf=csrf, writer=authorised(request),
                               can_write=token is not None), csrf)

    @app.post("/review/{item_id}")
    async def decide(request: Request, item_id: str):
        form = await form_of(request)
        if not authorised(request):
            raise Refused("deciding a review item needs the token: log in first (or send it as a header)")
        decision = DECISIONS.get(str(form.get("decision", "")))
        if decision is None:
            raise InputError("a decision is accept, edit or reject")
        by = str(form.get("by") or "").strip()
        if not by:
            raise InputError("say who decides (the 'by' field)")
        edits = {k: str(form.get(k)).strip() or None for k in ("value", "status", "lower", "upper", "period", "breakdown", "measure")
                 if form.get(k) is not None}
        if decision != "edited" and any(edits.values()):  # never accept or reject and drop what was typed
            raise InputError(f"the form says {', '.join(k for k, v in edits.items() if v)} but the button was "
                             f"{str(form.get('decision'))}: press Edit to make the change, or clear the fields")
        workspace.review_item(item_id)  # an unknown id is an error naming it before anything is written
        workspace.review_decide(item_id, decision, by=by, **edits)
        live.changed()
        if header_token(request):
            return JSONResponse({"id": item_id, "state": decision, "by": by})
        return RedirectResponse("/review", status_code=303)

    # --- the request log: an event needs the token ------------------------------------------------

    @app.get("/requests/log")
    def log_form(request: Request):
        campaign = workspace.requests.asked()
        if campaign is None:
            raise NotFound("this workspace's campaign.toml asks no authority yet: there is no request to log")
        csrf = csrf_of(request)
        return with_csrf(html("log.html", page=Page("log", "Log what happened to a request", "/requests/log"),
                              csrf=csrf, authorities=campaign.authorities, events=[e.value for e in EventKind],
                              can_write=token is not None), csrf)

    @app.post("/requests/log")
    async def log_event(request: Request):
        form = await form_of(request)
        if not authorised(request):
            raise Refused("logging an event needs the token: log in first (or send it as a header)")
        fields = {k: str(form.get(k) or "").strip() for k in ("authority", "event", "date", "sections", "note")}
        event = workspace.requests.log(fields["authority"], fields["event"], on=fields["date"] or None,
                                       sections=fields["sections"], note=fields["note"])
        live.changed()
        if header_token(request):
            return JSONResponse({"authority": event.authority, "event": event.kind.value, "date": event.date.isoformat()})
        return RedirectResponse("/requests", status_code=303)

    # --- checking an article ----------------------------------------------------------------------

    @app.get("/check")
    def check_form(request: Request):
        csrf = csrf_of(request)
        return with_csrf(html("check.html", page=Page("check", "Check an article", "/check"), csrf=csrf,
                              text="", needs_token=shared and not authorised(request)), csrf)

    @app.post("/check")
    async def check(request: Request):
        form = await form_of(request)
        if shared and not authorised(request):
            raise Refused("this server is shared: checking an article needs the token; log in first")
        text = str(form.get("text") or "")
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str) and upload.filename:
            text = _read_upload(upload.filename, await upload.read(MAX_UPLOAD_BYTES + 1))
        if not text.strip():
            raise InputError("paste an article's text or choose a .txt, .md, .html or .docx file")
        snap = live.get()
        verdicts = workspace.check(text)
        page = pages.check(snap, text, verdicts)
        csrf = csrf_of(request)
        return with_csrf(shown(request, page, csrf=csrf, text=text, needs_token=False), csrf)

    # --- logging in -------------------------------------------------------------------------------

    @app.get("/login")
    def login_form(request: Request):
        csrf = csrf_of(request)
        return with_csrf(html("login.html", page=Page("login", "Log in", "/login"), csrf=csrf,
                              can_write=token is not None, wrong=False), csrf)

    @app.post("/login")
    async def login(request: Request):
        form = await form_of(request)
        given = str(form.get("token") or "")
        if token is None or not hmac.compare_digest(given.encode(), token.encode()):
            csrf = csrf_of(request)
            return with_csrf(html("login.html", 403, page=Page("login", "Log in", "/login"), csrf=csrf,
                                  can_write=token is not None, wrong=True), csrf)
        session = secrets.token_urlsafe(32)
        sessions.add(session)
        response = RedirectResponse("/review", status_code=303)
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        return response

    @app.post("/logout")
    async def logout(request: Request):
        await form_of(request)
        sessions.discard(request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    return app


class SecurityHeaders:
    """What a browser may do with every page: run only our script and style, be framed only
    as an embed (``/embed/...``), never guess a content type. Plain ASGI: it adds headers and
    nothing else, at no cost a page would notice."""

    PAGE = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"DENY")]
    EMBED = [(b"content-security-policy", EMBED_CSP.encode()), (b"x-content-type-options", b"nosniff"),
             (b"referrer-policy", b"same-origin")]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.EMBED if scope["path"].startswith("/embed/") else self.PAGE

        async def sending(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, sending)


class PageCache:
    """A read-only page already rendered for the workspace as it is is sent straight from the
    snapshot, before any routing (the key is the one :func:`create_app`'s ``cached`` stores
    it under: the path and the query as sent)."""

    def __init__(self, app, live: Live) -> None:
        self.app = app
        self.live = live

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            snap = self.live.current()
            body = snap.rendered.get((scope["path"], scope["query_string"].decode("latin-1"))) if snap else None
            if body is not None:
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", body[1].encode()), (b"content-length", str(len(body[0])).encode())]})
                await send({"type": "http.response.body", "body": body[0]})
                return
        await self.app(scope, receive, send)


def _bearer(header: str) -> str | None:
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _read_upload(file_name: str, data: bytes) -> str:
    """An uploaded article's text, read by the checker's own reader from a file of a fixed
    name in a folder of its own outside the workspace, deleted at once."""
    from ..check.document import read_article

    suffix = Path(file_name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InputError(f"{Path(file_name).name}: check reads {', '.join(UPLOAD_SUFFIXES)} files")
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{Path(file_name).name}: over the {MAX_UPLOAD_BYTES:,}-byte limit for an article")
    with tempfile.TemporaryDirectory(prefix="foistats-check-") as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        return read_article(path)


def render(env: Environment, page: Page, fmt: str = "html", table: str | None = None, **context) -> tuple[str, str]:
    """A page as ``fmt`` (html, json or csv; ``table`` names the CSV's table): its text and media type."""
    if fmt == "json":
        return json.dumps(page.to_json(), ensure_ascii=False), "application/json"
    if fmt == "csv":
        return page_csv(page, table), "text/csv; charset=utf-8"
    if fmt != "html":
        raise NotFound(f"no format {fmt!r}: html, json or csv")
    return env.get_template(f"{page.kind}.html").render(page=page, **context), "text/html; charset=utf-8"


def page_csv(page: Page, name: str | None) -> str:
    """One table of a page (the first, or ``_table=NAME``) as CSV: every row, each cell as
    shown; a cell a spreadsheet would run as a formula starts with '."""
    table = page.table(name)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([inert_cell(cell.text) for cell in row])
    return out.getvalue()
