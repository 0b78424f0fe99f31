"""``foistats site``: the dashboard's read-only pages written as static files.

Each page ``/a/b`` becomes ``a/b/index.html`` with ``index.json`` and one ``NAME.csv``
per table beside it, so the folder can be served as it is from the root of any web
server. Only pages whose choices are paths are written (the measure of a release, not
its nation or status filters, which are queries). Every file name is checked to stay
inside the output folder.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..paths import inside
from . import pages
from .app import ASSETS, environment, render
from .pages import Page
from .snapshot import Snapshot


@dataclass
class SiteResult:
    out: Path
    pages: int = 0
    files: list[Path] = field(default_factory=list)


def write_site(ws, out: str | Path, *, rule: str | None = None) -> SiteResult:
    """Write every read-only page of ``ws`` into ``out``: home, requests, each release (and
    each of its measures), each area with its chart and embed page, each Fact and each
    observation; nothing that ``foistats publish`` under ``rule`` (default its own) hides."""
    out = Path(out)
    try:  # a folder that cannot be written in is said before any page is made
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise InputError(f"{out}: cannot write the site there ({exc.strerror}); give --out a folder you can "
                         "write in") from None
    result = SiteResult(out)
    snap = Snapshot(ws, None, rule)
    env = environment(site=True)

    def write(url: str, name: str, text: str | bytes) -> None:
        path = inside(out, *[p for p in url.strip("/").split("/") if p], name.rsplit(".", 1)[0],
                      suffix="." + name.rsplit(".", 1)[1])
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        result.files.append(path)

    def page(made: Page) -> None:
        url = made.url
        write(url, "index.html", render(env, made)[0])
        write(url, "index.json", render(env, made, "json")[0])
        for table in made.tables:
            write(url, f"{table.name}.csv", render(env, made, "csv", table.name)[0])
        result.pages += 1

    page(pages.home(snap))
    page(pages.requests(snap))
    for release_id in snap.releases:
        default = pages.release(snap, release_id)
        page(default)
        for facet in default.facets:
            for _, href, chosen in facet.options if facet.in_path else ():
                if not chosen:
                    page(pages.release(snap, release_id, measure=href.rsplit("/", 1)[1]))
        # the default page also at /release/<id>, where the home page links
        write(f"/release/{release_id}", "index.html", render(env, default)[0])
        for area_id in sorted({o.area for o in snap.by_release[release_id]}):
            made = pages.area(snap, release_id, area_id)
            page(made)
            if made.chart is not None:
                write(made.url, "chart.svg", snap.chart(release_id, area_id)[1])
                write(f"/embed{made.url}", "index.html", env.get_template("embed.html").render(page=made))
    for fact_id in sorted(f for f in snap.facts if snap.shows(f)):
        page(pages.fact(snap, fact_id))
    for obs_id in sorted(snap.observations):
        page(pages.observation(snap, obs_id))
    for name in ASSETS:
        write("/static", name, resources.files("foistats.web").joinpath("static", name).read_bytes())
    return result
