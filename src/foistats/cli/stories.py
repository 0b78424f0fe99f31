"""`foistats stories`: a thin shell over :meth:`foistats.workspace.Workspace.stories`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import workspace as workspace_api
from ..cells import printable
from .options import App, WorkspaceOption
from .render import err, out, progress, render

app = App()


@app.command()
def stories(
    workspace: WorkspaceOption = None,
    release: Annotated[Optional[list[str]], typer.Option(help="A release name (repeatable; default: every release).")] = None,
    area: Annotated[Optional[list[str]], typer.Option(help="An area, in any spelling (repeatable; default: every area with figures).")] = None,
    fmt: Annotated[Optional[list[str]], typer.Option("--format", "-f", help="md, html or docx (repeatable; default: all three). A sidecar JSON is always written.")] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="The folder to write into (default: <workspace>/out/stories).")] = None,
    charts: Annotated[bool, typer.Option("--charts/--no-charts", help="Draw a chart (PNG and SVG) for each story.")] = True,
    check: Annotated[bool, typer.Option("--check/--no-check", help="Run the claim checker over each story and refuse one with a number it contradicts or cannot decide.")] = True,
) -> None:
    """Write a correct, caveated local story for every area of each release, and a national briefing.

    Every sentence carries the Facts it states (see the .json beside each story); a story
    that cannot be written correctly is not written, and the reason is printed."""
    ws = workspace_api.open_workspace(workspace)
    with progress("Writing stories") as advance:
        result = ws.stories(release=release, area=area, format=fmt, out=out_dir, charts=charts, check=check,
                            progress=advance)
    rows = [{"release": w.release, "area": w.area, "headline": w.headline, "angles": ", ".join(w.angles)}
            for w in result.written]
    render(rows, ["release", "area", "headline", "angles"], "table", limit=0,
           title=f"{len(result.local)} stories and {len(result.written) - len(result.local)} briefings "
                 f"in {result.seconds:.2f} s")
    for refusal in result.refused:
        err.print(printable(f"not written: {refusal.release} {refusal.area}: {refusal.reason}"), markup=False)
    out.print(printable(f"Written to {result.out}"), markup=False)
    if result.refused and not result.written:
        raise typer.Exit(1)
