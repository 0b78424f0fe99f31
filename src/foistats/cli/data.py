"""`foistats init, ingest, observations, facts, reconcile, review, source, failures, forget, areas,
measures, demo`: the workspace's documents, figures and Facts, each a thin shell over one
call of :mod:`foistats.workspace`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import workspace as workspace_api
from ..areas import all_areas
from ..cells import counted, printable
from ..errors import FoistatsError
from ..offences import measures as known_measures
from .options import ROWS, App, ColumnsOption, FormatOption, LimitOption, WorkspaceOption, choose, format_option
from .render import blocks, cell_text, err, guess_text, out, progress, render
from .requests import print_status

app = App()


@app.command()
def init(folder: Annotated[Path, typer.Argument(help="The folder to make a workspace of.")] = Path(".")) -> None:
    """Make a workspace: campaign.toml, replies/ and the store."""
    ws = workspace_api.init(folder)
    out.print(f"Workspace ready at {ws.folder}", markup=False)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Documents to read into the store.")],
    workspace: WorkspaceOption = None,
    authority: Annotated[Optional[str], typer.Option(help="The force that answered (a reply's text may not say).")] = None,
    release: Annotated[Optional[str], typer.Option(help="The release (round of requests) a reply belongs to; default: the campaign's, when campaign.toml asked its authority, else 'replies'.")] = None,
    received: Annotated[Optional[str], typer.Option(help="The date the reply was received (YYYY-MM-DD).")] = None,
    measure: Annotated[Optional[str], typer.Option(help="The measure asked that a reply answers, when it does not say (a slug from campaign.toml).")] = None,
    fmt: Annotated[str, format_option("text", "json", help="text (a line a document) or json (a list, a document "
                                      "an object: what was written, and every number of a reply with its fate, "
                                      "class and place).")] = "text",
) -> None:
    """Read documents into the store: each one all in, or not at all.

    A reply's unsure figures go to the review queue (`foistats review`). Each reply's
    numbers are accounted for: every one a figure, a figure to review, or not a figure
    with its class (a date, a reference, a cost ...)."""
    ws = workspace_api.open_workspace(workspace)
    failed = 0
    documents: list[dict] = []
    with ws.batch(), progress("Ingesting", total=len(paths)) as advance:
        for path in paths:
            try:
                result = ws.ingest(path, authority=authority, release=release, received=received, measure=measure)
                if fmt == "json":
                    documents.append(result.to_json())
                else:
                    out.print(printable(result.describe()), markup=False)
            except FoistatsError as exc:
                failed += 1
                documents.append({"file": str(path), "error": str(exc)})
                err.print(f"error: {printable(str(exc))}", markup=False)
            advance()
    if fmt == "json":
        sys.stdout.write(json.dumps(documents, indent=2, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def observations(
    workspace: WorkspaceOption = None,
    area: Annotated[Optional[list[str]], typer.Option(help="An area, in any spelling (repeatable).")] = None,
    measure: Annotated[Optional[list[str]], typer.Option(help="A measure slug (repeatable).")] = None,
    period: Annotated[Optional[str], typer.Option(help="Only figures for this period, e.g. 2019/20.")] = None,
    status: Annotated[Optional[list[str]], typer.Option(help="reported, suppressed, not_held, exempt, no_response, not_in_force.")] = None,
    release: Annotated[Optional[list[str]], typer.Option(help="A release name (repeatable).")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Show the store as it stood on this date (YYYY-MM-DD).")] = None,
    with_source: Annotated[bool, typer.Option("--with-source", help="Show each figure's id, document, place and reader.")] = False,
    fmt: FormatOption = "table",
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """List the figures in the store, as their sources gave them."""
    ws = workspace_api.open_workspace(workspace)
    found = ws.observations(area=area, measure=measure, period=period, status=status, release=release, as_of=as_of)
    rows = [obs.to_json() for obs in found]
    for row in rows:
        row["period"] = f"{row['period']} vs {row['base_period']}" if row["base_period"] else row["period"]
        if row["value"] is None and (row["lower"] is not None or row["upper"] is not None):
            row["bounds"] = _range(row["lower"], row["upper"])
    everything = ["release", "measure", "area", "period", "breakdown", "value", "unit", "status", "qualifier", "note"]
    brief = ["area", "measure", "period", "value", "bounds", "status", "breakdown", "note"]
    if with_source:
        for row, obs in zip(rows, found):
            row.update(document=obs.source.file_name, location=obs.source.location, method=obs.source.method)
        everything = ["id", *everything, "document", "location", "method"]
        brief = ["id", "area", "period", "value", "document", "location"]
    if fmt == "csv":
        everything = list(rows[0]) if rows else everything
    render(rows, everything, fmt, title=counted(len(rows), "figure"), table=brief, chosen=columns, limit=limit)


@app.command()
def facts(
    workspace: WorkspaceOption = None,
    release: Annotated[Optional[list[str]], typer.Option(help="A release name (repeatable).")] = None,
    area: Annotated[Optional[list[str]], typer.Option(help="An area, in any spelling (repeatable).")] = None,
    measure: Annotated[Optional[list[str]], typer.Option(help="A measure slug (repeatable).")] = None,
    period: Annotated[Optional[str], typer.Option(help="Only Facts for this period, e.g. 2019/20.")] = None,
    kind: Annotated[Optional[list[str]], typer.Option(help="count, total, change, comparable_change, implied, share, rank, ratio, per_day, rate.")] = None,
    fmt: FormatOption = "table",
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """List the Facts the figures support: totals, changes, shares, ranks, each with its formula and caveats."""
    ws = workspace_api.open_workspace(workspace)
    with progress("Computing Facts"):
        found = ws.facts(release=release, area=area, measure=measure, period=period, kind=kind)
    rows = found.to_json()
    if fmt == "json":
        render(rows, list(rows[0]) if rows else [], fmt, chosen=columns, limit=limit)
        return
    for row in rows:
        row["caveats"] = " | ".join(c["text"] for c in row["caveats"])
        row["inputs"] = ";".join(row["inputs"])
        row["breakdown"] = cell_text(row["breakdown"])
        row["detail"] = json.dumps(row["detail"]) if row["detail"] else ""
        if row["value"] is None:
            row["value"] = _range(row["lower"], row["upper"])
        row["periods"] = f"{row['period']} vs {row['base_period']}" if row["base_period"] else row["period"]
    everything = ["id", "kind", "release", "measure", "area", "period", "base_period", "breakdown", "value",
                  "lower", "upper", "unit", "qualifier", "formula", "inputs", "caveats", "detail"]
    render(rows, everything, fmt, title=f"{len(rows)} facts", chosen=columns, limit=limit,
           table=["kind", "area", "periods", "value", "breakdown", "measure", "formula", "caveats"])


def _range(lower: float | None, upper: float | None) -> str:
    """A figure known only by its bounds, as a person reads it: "0 to 4", "at least 2,365"."""
    def number(x: float) -> str:
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"

    if upper is None:
        return f"at least {number(lower or 0)}"
    return f"{number(lower or 0)} to {number(upper)}"


@app.command()
def reconcile(
    workspace: WorkspaceOption = None,
    area: Annotated[Optional[list[str]], typer.Option(help="A force, in any spelling (repeatable).")] = None,
    measure: Annotated[Optional[list[str]], typer.Option(help="A measure slug (repeatable).")] = None,
    period: Annotated[Optional[str], typer.Option(help="Only this period, e.g. 2017/18.")] = None,
    fmt: FormatOption = "table",
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """List each force's FOI figure beside the Home Office open data's for the same measure
    and year, the widest gap first, with why the two may differ."""
    ws = workspace_api.open_workspace(workspace)
    found = ws.facts(kind="reconcile", area=area, measure=measure, period=period)
    if not found and fmt == "table":
        out.print("No force's figure has an open data figure beside it: ingest a police recorded crime table and "
                  "a reply or release giving the same force, measure and year.")
        return
    rows = [{"area": all_areas()[f.area].name, "measure": f.measure, "period": f.period.label,
             "reply": f.detail["foi"], "open_data": f.detail["open_data"], "difference": f.value,
             "percent": f.detail["percent"], "release": f.release, "open_data_release": f.detail["open_data_release"],
             "id": f.id, "formula": f.formula, "caveats": " | ".join(c.text for c in f.caveats)}
            for f in sorted(found, key=lambda f: (-abs(f.value), f.area, f.period))]
    render(rows, list(rows[0]) if rows else [], fmt, title=f"{counted(len(rows), 'figure')} beside the open data",
           chosen=columns, limit=limit,
           table=["area", "measure", "period", "reply", "open_data", "difference", "percent", "release"])


@app.command()
def review(
    action: Annotated[str, typer.Argument(help="list, show, accept, edit or reject.")] = "list",
    item: Annotated[Optional[str], typer.Argument(help="The review item's id (for show, accept, edit, reject).")] = None,
    workspace: WorkspaceOption = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Who decides (recorded with the decision).")] = None,
    value: Annotated[Optional[str], typer.Option(help="edit: the figure's value (or 'none').")] = None,
    status: Annotated[Optional[str], typer.Option(help="edit: the figure's status.")] = None,
    lower: Annotated[Optional[str], typer.Option(help="edit: a suppressed figure's least value (with --status suppressed).")] = None,
    upper: Annotated[Optional[str], typer.Option(help="edit: a suppressed figure's greatest value (with --status suppressed).")] = None,
    period: Annotated[Optional[str], typer.Option(help="edit: the figure's period, e.g. 2019/20.")] = None,
    breakdown: Annotated[Optional[str], typer.Option(help="edit: the breakdown, key=value;key=value.")] = None,
    measure: Annotated[Optional[str], typer.Option(help="edit: the measure the figure counts (see `foistats measures`).")] = None,
    state: Annotated[str, typer.Option(help="list: open, accepted, edited, rejected or all.")] = "open",
    fmt: Annotated[str, format_option(*ROWS, help="table, csv (list) or json.")] = "table",
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """The review queue: figures foistats could not place with certainty.

    A figure under review is in no Fact, story or export until it is decided. Each decision
    takes effect at once and can be changed by a later one; `show` lists them all."""
    if action != "list":
        choose(fmt, ("table", "json"))
    ws = workspace_api.open_workspace(workspace)
    if action == "list":
        found = ws.review_items(None if state == "all" else state)
        rows = [{**r.to_json(), "guess": guess_text(r.guess)} for r in found]
        if fmt == "table" and columns is None:  # one block an item: its guess and reason whole, wrapped to the screen
            blocks([(f"{r['id']}  {r['state']}  {r['file_name']}, {r['location']}",
                     [("guess", r["guess"] or "none (no figure)"), ("why", r["reason"]),
                      ("text", _shortened(r["context"].splitlines()[-1] if r["context"] else ""))]
                     + ([("decided", f"by {r['decided_by']} at {r['decided_at']}")] if r["decided_by"] else []))
                    for r in rows], title=f"{len(rows)} review items", limit=limit)
            return
        render(rows if fmt != "json" else [r.to_json() for r in found],
               ["id", "file_name", "location", "guess", "reason", "state", "decided_by", "decided_at", "context"],
               fmt, title=f"{len(rows)} review items", chosen=columns, limit=limit,
               table=["id", "file_name", "location", "guess", "reason", "state"])
        return
    if action not in ("show", "accept", "edit", "reject") or not item:
        raise typer.BadParameter("use: review list | show ID | accept ID | edit ID --value … | reject ID",
                                 param_hint="ACTION")
    if action == "show":
        found = ws.review_item(item).to_json()
        found["history"] = ws.review_history(item)
        if fmt == "json":
            sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
            return
        for key in ("id", "file_name", "location", "reason", "state", "decided_by", "decided_at"):
            out.print(f"{key}: {printable(cell_text(found[key]))}", markup=False)
        out.print(f"guess: {json.dumps(found['guess'], ensure_ascii=False)}", markup=False)
        out.print("context:\n" + printable(found["context"]), markup=False)
        for decision in found["history"]:
            out.print(f"{decision['decided_at']}: {decision['state']} by {decision['decided_by']}"
                      + (f" {json.dumps(decision['changes'], ensure_ascii=False)}" if decision["changes"] else "")
                      + (f" -> {decision['observation']}" if decision["observation"] else ""), markup=False)
        return
    if not by:
        raise typer.BadParameter("say who decides", param_hint="--by")
    decision = {"accept": "accepted", "edit": "edited", "reject": "rejected"}[action]
    made = ws.review_decide(item, decision, by=by, value=value, status=status, period=period, breakdown=breakdown,
                            measure=measure, lower=lower, upper=upper)
    if made:
        written = f"; figure{'s' if len(made) > 1 else ''} {', '.join(o.id for o in made)} written"
    elif decision == "accepted":  # an item holding no figure: say so, never seem to have filed one
        written = (f"; no figure written (it holds none: to file one, `foistats review edit {item} --value N "
                   "--measure SLUG --period P`)")
    else:
        written = ""
    out.print(printable(f"{item}: {decision} by {by}{written}"), markup=False)


def _shortened(text: str, most: int = 160) -> str:
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


@app.command()
def source(
    observation: Annotated[str, typer.Argument(help="An observation id (see `observations --with-source`).")],
    workspace: WorkspaceOption = None,
) -> None:
    """Print where a figure came from: its document, place, reader and the text around it."""
    ws = workspace_api.open_workspace(workspace)
    found = ws.source(observation)
    out.print(printable(f"{found['id']}: {found['file_name']} {found['location']} (read by {found['method']}; "
                        f"document {found['document'][:12]})"), markup=False)
    if found["context"]:
        out.print(printable(found["context"]), markup=False)


@app.command()
def failures(fmt: FormatOption = "table", workspace: WorkspaceOption = None, columns: ColumnsOption = None,
             limit: LimitOption = None) -> None:
    """List the documents that could not be read, with the reason and what to do."""
    ws = workspace_api.open_workspace(workspace)
    rows = ws.failures()
    if not rows and fmt == "table":
        out.print("No document has failed to read.")
        return
    render(rows, ["file_name", "reason", "failed_at"], fmt, chosen=columns, limit=limit)


@app.command()
def forget(
    document: Annotated[str, typer.Argument(help="The document: its file, its file name in the store, or its id.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Take a document ingested by mistake out of the store: its figures, review items and
    decisions; figures it revised stand again. The store is backed up first."""
    ws = workspace_api.open_workspace(workspace)
    out.print(printable(ws.forget(document)), markup=False)


@app.command()
def areas(fmt: FormatOption = "table", columns: ColumnsOption = None, limit: LimitOption = None) -> None:
    """List the police forces, regions, nations and the UK, with their ids."""
    rows = [
        {
            "id": a.id,
            "name": a.name,
            "level": a.level,
            "parents": ";".join(a.parents),
            "territorial": a.territorial if a.is_force else None,
            "aliases": ";".join(a.aliases),
        }
        for a in all_areas().values()
    ]
    render(rows, ["id", "name", "level", "parents", "aliases"], fmt, chosen=columns, limit=limit,
           table=["id", "name", "level", "parents"])


@app.command()
def bodies(
    body: Annotated[Optional[str], typer.Argument(help="A national body, in any spelling: list its figures.")] = None,
    workspace: WorkspaceOption = None,
    fmt: FormatOption = "table",
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """List the national reporting bodies (Action Fraud, CIFAS, UK Finance), which are not
    areas, with the figures of theirs the workspace keeps apart; or, given one, its figures."""
    ws = workspace_api.open_workspace(workspace)
    if body is None:
        render(ws.national_bodies(), ["id", "name", "figures", "from", "to", "about"], fmt, chosen=columns,
               limit=limit, table=["id", "name", "figures", "from", "to"])
        return
    render(ws.national_body_figures(body), ["body", "release", "measure", "period", "breakdown", "value", "unit",
                                            "note", "file_name", "location"], fmt, chosen=columns, limit=limit,
           table=["body", "period", "breakdown", "value", "note"])


@app.command()
def measures(fmt: FormatOption = "table", columns: ColumnsOption = None, limit: LimitOption = None) -> None:
    r"""List the measures a campaign can ask for (the \[request.measures] of campaign.toml)."""
    rows = [{"measure": m.measure, "title": m.title, "offence_code": m.offence_code, "part_of": m.part_of,
             "notes": m.notes} for m in known_measures().values()]
    render(rows, ["measure", "title", "offence_code", "part_of", "notes"], fmt, chosen=columns,
           limit=limit, table=["measure", "title", "offence_code"])


@app.command()
def demo(folder: Annotated[Path, typer.Argument(help="Where to build the sample workspace.")] = Path("demo")) -> None:
    """Build the bundled sample campaign into a workspace and show what it holds."""
    started = time.perf_counter()
    ws, results = workspace_api.demo(folder)
    for result in results:
        out.print(result.describe(), markup=False)
    summary = ws.summary()
    out.print()
    releases = ws.releases()
    render([{"release": name, "published": releases.get(name, ""), "figures": count}
            for name, count in summary.per_release.items()], ["release", "published", "figures"], "table",
           title=f"{counted(summary.figures, 'figure')} in {counted(len(summary.per_release), 'release')}", limit=0)
    out.print(f"Areas ({len(summary.areas)}): {', '.join(summary.areas)}")
    out.print(f"Periods ({len(summary.periods)}): {', '.join(summary.periods)}")
    out.print("Status: " + ", ".join(f"{status} {count}" for status, count in summary.statuses.items()))
    changed = any(not r.already_present for r in results)
    out.print(
        ("Imported the sample" if changed else "Nothing changed: the workspace already held the sample")
        + f" in {time.perf_counter() - started:.2f} s. Workspace: {ws.folder}", markup=False
    )
    out.print()
    print_status(ws.requests.status())
    with progress("Writing stories") as advance:
        written = ws.stories(out=ws.folder / "out" / "stories", progress=advance)
    out.print(f"Wrote {len(written.local)} stories and {len(written.written) - len(written.local)} national "
              f"briefings of {len(ws.releases())} releases into {written.out}"
              + (f"; {len(written.refused)} not written (see stories.json)" if written.refused else ""), markup=False)
    out.print(f"Try: foistats observations --workspace {folder} --area \"Dyfed Powys\"", markup=False)
