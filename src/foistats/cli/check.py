"""`foistats check FILE`: every numeric claim of an article, judged against the data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import workspace as workspace_api
from ..check import report
from ..check.api import check_text
from ..check.document import read_article
from ..check.verdict import CANNOT_DECIDE, CONTRADICTED
from ..errors import WorkspaceError
from ..periods import parse_day
from .options import App, ColumnsOption, WorkspaceOption, choose, format_option
from .render import err, render

# --fail-on: the verdicts that make `foistats check` exit 1, for pipelines
FAIL_ON = {"contradicted": {CONTRADICTED}, "undecided": {CONTRADICTED, CANNOT_DECIDE}, "never": set()}

app = App()


@app.command()
def check(
    file: Annotated[Path, typer.Argument(help="The article: .txt, .md, .html or .docx.")],
    release: Annotated[Optional[str], typer.Option(help="Judge against this release only.")] = None,
    on: Annotated[Optional[str], typer.Option("--date", help="The date 'last year' counts back from (YYYY-MM-DD); "
                                              "default: the article's Published line, else the release's date.")] = None,
    fmt: Annotated[str, format_option("table", "json", "html")] = "table",
    self_only: Annotated[bool, typer.Option("--self", help="Check the article against its own figures only.")] = False,
    fail_on: Annotated[str, typer.Option("--fail-on", help="contradicted (default): exit 1 when a claim is "
                                         "contradicted; undecided: when one is contradicted or cannot be decided; "
                                         "never.")] = "contradicted",
    workspace: WorkspaceOption = None,
    columns: ColumnsOption = None,
) -> None:
    """Find every number-bearing claim in an article and say whether the data support it,
    contradict it or cannot decide it, with how it was read, the computed value and the
    reason. Exits 1 when a claim is contradicted (see --fail-on)."""
    choose(fail_on, list(FAIL_ON), "--fail-on")
    reference = parse_day(on, "--date") if on is not None else None
    text = read_article(file)
    ws = None
    if not self_only:
        try:
            ws = workspace_api.open_workspace(workspace)
        except WorkspaceError:
            if workspace is not None:
                raise
            err.print("no workspace here: checking the article against its own figures (--self)")
    verdicts = check_text(text, ws.fact_set() if ws else None, ws.releases() if ws else None, release=release,
                          on=reference, self_only=self_only, source=str(file))
    if fmt == "json":
        print(report.to_json(verdicts))
    elif fmt == "html":
        print(report.to_html(text, verdicts, title=f"foistats check: {file.name}"))
    else:
        rows = [{"#": i, "claim": v.text, **v.to_json()} for i, v in enumerate(verdicts, start=1)]
        render(rows, ["#", "claim", "verdict", "claimed", "computed", "reading", "reason"], "table", limit=0,
               chosen=columns, title=report.summary(verdicts), colours={"verdict": report.COLOURS})
    if any(v.verdict in FAIL_ON[fail_on] for v in verdicts):
        raise typer.Exit(1)
