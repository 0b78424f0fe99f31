"""``foistats serve``: the dashboard on a port, with the token writes need."""

from __future__ import annotations

import errno
import ipaddress
import secrets
import socket
import threading
from pathlib import Path

from ..errors import InputError, WorkspaceError
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
    listening = listen(host, port)  # before anything is said: a port in use is one line, no token
    shared = not is_loopback(host)
    app = create_app(ws, token, shared=shared, rule=rule)
    threading.Thread(target=app.state.live.snapshot).start()  # Facts made before the first visitor
    say(f"foistats dashboard of {ws.folder} at http://{host}:{port}/ (Ctrl+C to stop)")
    if token_file is None:
        say(f"Token for review decisions (log in at /login): {token}")
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning")).run(sockets=[listening])


class PortInUse(WorkspaceError):
    """The port asked for is taken: the user picks another (exit 2, as for a bad workspace)."""


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port``, bound here so that a port in use is said
    plainly instead of as the server's traceback."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as exc:
        raise InputError(f"--host {host}: not an address this machine can listen on ({exc.strerror})") from None
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a just-closed port is free
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(f"port {port} on {host} is in use (another foistats serve?); "
                            f"stop that one or choose another port with --port, such as --port {port + 1}") from None
        raise InputError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port or --host") from None
    return sock
