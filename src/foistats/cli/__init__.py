"""The `foistats` command: a thin shell over the Python API (see foistats.workspace).

Every command acts on the workspace in the current folder, or the one named by
``--workspace DIR`` or ``$FOISTATS_WORKSPACE``. Errors are one line on stderr and a
non-zero exit; ``--debug`` shows the traceback.

One module a command group, each an :class:`~foistats.cli.options.App` added here in the
order of the work (read, list, compute, write, check); the options they share are in
:mod:`foistats.cli.options`, the printing of rows in :mod:`foistats.cli.render`. A new
group (the web's ``serve`` and ``site`` go in ``cli/web.py``) is one more ``add_typer``.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from ..cells import printable
from ..errors import FoistatsError
from ..store import WAIT_VAR
from . import check, data, publish, requests, stories, web
from .options import App
from .render import err

app = App(
    no_args_is_help=True,
    help="foistats: every police force's reply to one FOI request, as one verified dataset.",
)
app.add_typer(data.app)
app.add_typer(stories.app)
app.add_typer(check.app)
app.add_typer(publish.app)
app.add_typer(requests.app, name="requests")
app.add_typer(web.app)

# what the root options ask of main(), once the command line is read
_asked = {"debug": False}


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    wait: Annotated[Optional[float], typer.Option(
        "--wait", min=0, metavar="SECONDS", envvar=WAIT_VAR,
        help="When another foistats command is writing to the workspace, wait up to this long for it "
             "(default: do not wait).")] = None,
) -> None:
    """foistats: every police force's reply to one FOI request, as one verified dataset."""
    _asked["debug"] = debug
    if wait is not None:
        os.environ[WAIT_VAR] = str(wait)  # every store this command opens reads it


def main() -> None:
    """Run the CLI: errors the user can fix are one line; ``--debug`` shows the traceback."""
    _asked["debug"] = False
    try:
        app()
    except FoistatsError as exc:
        if _asked["debug"]:
            raise
        err.print(f"error: {printable(str(exc))}", markup=False)
        sys.exit(exc.exit_code)
