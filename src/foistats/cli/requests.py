"""`foistats requests …`: a thin shell over :class:`foistats.requests.Requests`."""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer

from .. import workspace as workspace_api
from ..areas import resolve_area
from ..cells import printable
from ..requests import deadline_from
from ..requests.letters import FORMATS
from ..requests.log import EventKind
from ..requests.status import Phase, RequestStatus, State
from .options import App, ColumnsOption, FormatOption, LimitOption, WorkspaceOption, format_option
from .render import out, render

app = App(
    no_args_is_help=True,
    help="One FOI request to many authorities: letters, the log, statutory deadlines, status.",
)
LetterFormat = Annotated[str, format_option(*FORMATS)]
STATUS_COLUMNS = ["authority", "state", "sent", "due", "working_days_overdue", "replied", "working_days_late", "sections",
                  "documents"]


@app.command()
def letters(
    fmt: LetterFormat = "md",
    on: Annotated[Optional[str], typer.Option("--date", help="The letters' date (YYYY-MM-DD; default today).")] = None,
    workspace: WorkspaceOption = None,
) -> None:
    """Write the request letter to every authority into out/requests/letters/."""
    ws = workspace_api.open_workspace(workspace)
    for path in ws.requests.letters(fmt, on=on):
        out.print(str(path), markup=False)


@app.command()
def log(
    authority: Annotated[str, typer.Argument(help="The force, in any spelling, or 'all' for every force asked.")],
    event: Annotated[str, typer.Argument(help=", ".join(e.value for e in EventKind))],
    on: Annotated[Optional[str], typer.Option("--date", help="When it happened (YYYY-MM-DD; default today).")] = None,
    sections: Annotated[str, typer.Option(help="Sections cited, such as 12,40(2).")] = "",
    note: Annotated[str, typer.Option(help="Anything worth keeping: a reference, what was said.")] = "",
    document: Annotated[str, typer.Option(help="The reply file, inside the workspace.")] = "",
    until: Annotated[Optional[str], typer.Option(help="For an extension: the date the force gave.")] = None,
    measure: Annotated[Optional[list[str]], typer.Option(help="Narrow an outcome to this measure (repeatable).")] = None,
    period: Annotated[Optional[list[str]], typer.Option(help="Narrow an outcome to this period (repeatable).")] = None,
    workspace: WorkspaceOption = None,
) -> None:
    """Record what happened to one authority's request (or, with 'all', to every one asked)."""
    ws = workspace_api.open_workspace(workspace)
    authorities = [a.id for a in ws.requests.campaign.authorities] if authority == "all" else [authority]
    for one in authorities:
        written = ws.requests.log(
            one, event, on=on, sections=sections, note=note, document=document, until=until,
            measures=measure or (), periods=period or (),
        )
        status = next(s for s in ws.requests.status(as_of=written.date) if s.authority.id == written.authority)
        out.print(f"{written.authority}: {written.kind} on {written.date}; now {status.state}" + _due(status), markup=False)


def _due(status: RequestStatus) -> str:
    return f", due {status.due}" if status.due and status.working_days_overdue is not None else ""


@app.command()
def deadline(
    authority: Annotated[str, typer.Argument(help="The force, in any spelling.")],
    received: Annotated[Optional[str], typer.Option(help="Work out from this day of receipt instead of the log.")] = None,
    fmt: Annotated[str, format_option("text", "json")] = "text",
    workspace: WorkspaceOption = None,
) -> None:
    """Show how an authority's due date is reached, day by day. With --received, for any
    UK police force, asked or not, and no workspace is needed."""
    if received:
        area = resolve_area(authority)
        worked = deadline_from(authority, received)
    else:
        ws = workspace_api.open_workspace(workspace)
        area = ws.requests.campaign.authority(authority)
        worked = ws.requests.deadline(authority, received=received)
    if fmt == "json":
        print(json.dumps(worked.to_json(area.id), indent=2))
        return
    out.print(area.name, markup=False)
    for line in worked.lines():
        out.print(printable(line), markup=False)


@app.command()
def status(
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="As things stood at the end of this day.")] = None,
    fmt: FormatOption = "table",
    workspace: WorkspaceOption = None,
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """One row per authority: state, due date, working days overdue; overdue first."""
    ws = workspace_api.open_workspace(workspace)
    print_status(ws.requests.status(as_of=as_of), fmt, columns=columns, limit=limit)


def print_status(rows: list[RequestStatus], fmt: str = "table", *, columns: str | None = None,
                 limit: int | None = None) -> None:
    """Print a status table as a Rich table, CSV or JSON."""
    records = [r.to_json() for r in rows]
    if fmt != "json":
        for record in records:
            record["sections"] = ", ".join(record["sections"])
            record["documents"] = ", ".join(record["documents"])
    if fmt == "table":
        # the date replied goes, how late is one column (overdue while open, late once replied),
        # and documents are counted (csv and json name them)
        for record, row in zip(records, rows):
            late = row.working_days_overdue if row.working_days_overdue is not None else row.working_days_late
            record["working days late"] = late if late or row.working_days_overdue is not None else ""
            record["replies"] = len(row.documents) or ""
    overdue = sum(r.is_overdue for r in rows)
    answered_late = sum(bool(r.working_days_late) for r in rows)
    title = f"{len(rows)} requests, {overdue} overdue" + (f", {answered_late} answered late" if answered_late else "")
    render(records, STATUS_COLUMNS, fmt, title=title, chosen=columns, limit=limit,
           table=["authority", "state", "sent", "due", "working days late", "sections", "replies"])


@app.command()
def chase(
    fmt: LetterFormat = "md",
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Chase what is overdue on this day (default today).")] = None,
    workspace: WorkspaceOption = None,
) -> None:
    """Write a chaser to every authority whose reply or review is overdue, into out/requests/chase/.
    One that has replied (or refused) is never chased; the output names them."""
    ws = workspace_api.open_workspace(workspace)
    paths = ws.requests.chase(fmt, as_of=as_of)
    for path in paths:
        out.print(str(path), markup=False)
    if not paths:
        out.print("Nothing is overdue: no chasers written.")
    replied = [s for s in ws.requests.status(as_of=as_of) if s.history.phase is Phase.ANSWERED]
    if replied:
        out.print("Not chased, as they have replied: " + ", ".join(f"{s.authority.id} ({s.state})" for s in replied),
                  markup=False)
    for status in (s for s in replied if s.state in _CHALLENGED):
        out.print(f"{status.authority.id} {status.state.replace('_', ' ')}: to challenge it, ask for an internal "
                  f"review (foistats writes no such letter) and log it with `foistats requests log "
                  f"{status.authority.id} review-asked`", markup=False)


# what a requester may ask an internal review of
_CHALLENGED = (State.REFUSED, State.PARTIALLY_SUCCESSFUL, State.NOT_HELD)


@app.command()
def gaps(
    fmt: FormatOption = "table",
    workspace: WorkspaceOption = None,
    columns: ColumnsOption = None,
    limit: LimitOption = None,
) -> None:
    """The figures asked and not given, as the log records them (no_response, exempt, not_held)."""
    ws = workspace_api.open_workspace(workspace)
    rows = [obs.to_json() for obs in ws.requests.gaps()]
    render(rows, ["measure", "area", "period", "status", "note", "source"], fmt, title=f"{len(rows)} figures not given",
           chosen=columns, limit=limit)
