"""`foistats serve` and `foistats site`: thin shells over :mod:`foistats.web`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import workspace as workspace_api
from .options import App, RuleOption, WorkspaceOption
from .render import out

app = App()


@app.command()
def serve(
    workspace: WorkspaceOption = None,
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8001,
    host: Annotated[str, typer.Option(help="The address to listen on; one other than 127.0.0.1 shares the dashboard.")] = "127.0.0.1",
    token_file: Annotated[Optional[Path], typer.Option("--token-file", help="A file whose first line is the token writes need (default: one is made and printed).")] = None,
    rule: RuleOption = None,
) -> None:
    """Browse the workspace in a browser: releases, stories, Facts, sources, requests; check
    an article; decide the review queue (with the token)."""
    from ..web.serve import serve as run

    run(workspace_api.open_workspace(workspace), host=host, port=port, token_file=token_file,
        say=lambda line: out.print(line, markup=False), rule=rule)


@app.command()
def site(
    out_dir: Annotated[Path, typer.Option("--out", help="The folder to write the pages into.")],
    workspace: WorkspaceOption = None,
    rule: RuleOption = None,
) -> None:
    """Write the dashboard's read-only pages as static files (HTML, JSON, CSV) for publishing,
    with small numbers hidden as `foistats publish` hides them."""
    from ..web.site import write_site

    written = write_site(workspace_api.open_workspace(workspace), out_dir, rule=rule)
    out.print(f"Wrote {written.pages} pages ({len(written.files)} files) into {written.out}", markup=False)
