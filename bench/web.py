"""Benchmark: the dashboard under 50 concurrent readers.

Builds the demo workspace, starts `foistats serve` on a free loopback port (a process of
its own, as a user runs it), asks every area and release page once (the first asking
computes the Facts, the story and the chart), then drives 50 concurrent clients (asyncio,
one keep-alive HTTP/1.1 connection each, read by hand so that the clients cost the shared
cores little) at the area and release pages for 20 seconds, half and half. Printed: latency p50/p95/p99 for each kind of page and requests per second, beside
the target (p95 under 50 ms for an area page).

    python bench/web.py [--clients 50] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import json
import re
import urllib.request
from urllib.error import URLError

TARGET_P95_MS = 50.0
CONTENT_LENGTH = re.compile(rb"(?i)content-length: *(\d+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(folder: Path, port: int) -> subprocess.Popen:
    token = folder.parent / "token"
    token.write_text("bench-token-0123456789abcdef\n")
    server = subprocess.Popen(
        [sys.executable, "-c", "from foistats.cli import main; main()", "serve", "--workspace", str(folder),
         "--port", str(port), "--token-file", str(token)],
        stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            get(f"http://127.0.0.1:{port}/static/style.css")
            return server
        except (URLError, ConnectionError):
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def pages(base: str) -> tuple[list[str], list[str]]:
    """Every release page and every area page of the workspace, found through its links."""
    home = json.loads(get(f"{base}/?_format=json"))
    releases = [row["Release"]["href"] for row in home["tables"][0]["rows"]]
    areas = []
    for url in releases:
        figures = json.loads(get(f"{base}{url}?_format=json"))["tables"][0]
        areas += [row["Area"]["href"] for row in figures["rows"]]
    return releases, areas


class Client:
    """One keep-alive HTTP/1.1 connection, reading each answer by its Content-Length."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def get(self, path: str) -> int:
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        await self.reader.readexactly(int(CONTENT_LENGTH.search(head).group(1)))
        return int(head.split(b" ", 2)[1])

    def close(self) -> None:
        self.writer.close()


async def drive(port: int, urls: dict[str, list[str]], clients: int, seconds: float) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {kind: [] for kind in urls}
    errors = 0
    stop = time.monotonic() + seconds

    async def reader(n: int) -> None:
        nonlocal errors
        client = Client(port)
        await client.open()
        kinds = list(urls)
        i = n
        while time.monotonic() < stop:
            kind = kinds[i % len(kinds)]
            url = urls[kind][(i // len(kinds)) % len(urls[kind])]
            started = time.perf_counter()
            status = await client.get(url)
            timings[kind].append((time.perf_counter() - started) * 1000)
            errors += status != 200
            i += 1
        client.close()

    await asyncio.gather(*(reader(n) for n in range(clients)))
    if errors:
        raise SystemExit(f"{errors} requests failed")
    return timings


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()

    import foistats

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        foistats.demo(folder)
        port = free_port()
        server = start(folder, port)
        base = f"http://127.0.0.1:{port}"
        try:
            started = time.perf_counter()
            releases, areas = pages(base)
            for url in areas:  # the first asking makes each story and chart
                get(f"{base}{url}")
            print(f"demo workspace: {len(releases)} release pages, {len(areas)} area pages; first asking of every "
                  f"page (Facts, stories, charts) {time.perf_counter() - started:.1f} s")
            timings = asyncio.run(drive(port, {"area": areas, "release": releases}, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(10)
    total = sum(len(t) for t in timings.values())
    print(f"{args.clients} concurrent clients for {args.seconds:.0f} s: {total:,} requests, "
          f"{total / args.seconds:,.0f} requests/s")
    for kind, values in timings.items():
        p50, p95, p99 = (percentile(values, p) for p in (50, 95, 99))
        target = f"   target p95 < {TARGET_P95_MS:.0f} ms: {'met' if p95 < TARGET_P95_MS else 'MISSED'}" \
            if kind == "area" else ""
        print(f"  {kind:8} {len(values):7,} requests  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p99 {p99:6.1f} ms{target}")


if __name__ == "__main__":
    main()
