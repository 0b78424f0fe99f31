"""``foistats serve``: the dashboard on a port, with the token writes need."""

from __future__ import annotations

import ipaddress
import secrets
import threading
from pathlib import Path

from ..errors import InputError
from .app import create_app


def read_token(path: Path) -> str:
    """The token in a file: its first line, at least 16 characters."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the token file ({exc}); give --token-file a readable text file") from None
    token = lines[0].strip() if lines else ""
    if len(token) < 16:
        raise InputError(f"{path}: the token (its first line) must be at least 16 characters")
    return token


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(ws, *, host: str = "127.0.0.1", port: int = 8001, token_file: Path | None = None, say=print,
          rule: str | None = None) -> None:
    """Serve ``ws`` until interrupted. Without ``token_file`` a token is made and said; a
    server reachable beyond this machine (``host`` not loopback) needs it to check articles too.
    No page shows a figure ``foistats publish`` under ``rule`` would hide."""
    import uvicorn

    token = read_token(token_file) if token_file is not None else secrets.token_urlsafe(24)
    shared = not is_loopback(host)
    app = create_app(ws, token, shared=shared, rule=rule)
    threading.Thread(target=app.state.live.snapshot).start()  # Facts made before the first visitor
    say(f"foistats dashboard of {ws.folder} at http://{host}:{port}/ (Ctrl+C to stop)")
    if token_file is None:
        say(f"Token for review decisions (log in at /login): {token}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
