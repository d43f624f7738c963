"""Load benchmark of the API and the desk's pages: a server on loopback, a bounded load of requests,
latency per endpoint."""
from __future__ import annotations

import json
import socket
import statistics
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ENDPOINTS = ("/api/v1/stats", "/api/v1/quotes?limit=20", "/api/v1/quotes?speaker=" + urllib.parse.quote("ماكرون"),
             "/api/v1/stances", "/api/v1/facts/event?since=2025-11-20&until=2025-12-31",
             "/api/v1/search?q=" + urllib.parse.quote("قوة الطمأنة"), "/api/v1/conflicts")
PAGES = ("/", "/stances", "/stances?actor=FRA&topic=multinational-force", "/quotes",
         "/quotes?speaker=" + urllib.parse.quote("ماكرون"), "/actors/FRA", "/documents", "/timeline",
         "/plans/us-28-point-plan", "/search?q=" + urllib.parse.quote("قوة الطمأنة"))


def _start_server(db_url: str, port: int, workers: int):
    """A server on loopback: in a thread of this process, or ``marsad serve --workers N`` as a child.
    Returns the function that stops it."""
    if workers == 1:
        import uvicorn

        from .app import create_app

        server = uvicorn.Server(uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="error"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)

        def stop() -> None:
            server.should_exit = True
            thread.join(timeout=10)
        return stop
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", db_url, "--port", str(port),
                              "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/stats", timeout=5):
                break
        except OSError:
            if child.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)

    def stop() -> None:
        child.terminate()
        child.wait(timeout=30)
    return stop


def bench_api(db_url: str, *, requests: int = 700, concurrency: int = 4, max_seconds: float = 120.0,
              pages: bool = True, workers: int = 1) -> dict:
    """Serve ``db_url`` on a free loopback port and send ``requests`` requests (round-robin over the
    API endpoints and, with ``pages``, the desk's pages) from ``concurrency`` threads, stopping early after
    ``max_seconds``."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    stop = _start_server(db_url, port, workers)
    base = f"http://127.0.0.1:{port}"
    endpoints = ENDPOINTS + (PAGES if pages else ())
    with urllib.request.urlopen(base + "/api/v1/documents?limit=1", timeout=60) as r:
        rows = json.loads(r.read())["rows"]
    if pages and rows:
        endpoints += ("/documents/" + urllib.parse.quote(rows[0]["doc"], safe=""),)
    times: dict[str, list[float]] = {e: [] for e in endpoints}
    errors = 0
    deadline = time.monotonic() + max_seconds

    def one(i: int) -> None:
        nonlocal errors
        if time.monotonic() > deadline:
            return
        ep = endpoints[i % len(endpoints)]
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(base + ep, timeout=30) as r:
                r.read()
        except OSError:
            errors += 1
            return
        times[ep].append((time.perf_counter() - t0) * 1000)

    for i in range(len(endpoints)):  # warm up
        one(i)
    for ep in endpoints:
        times[ep].clear()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(requests)))
    wall = time.perf_counter() - t0
    stop()
    done = sum(len(v) for v in times.values())
    per = {}
    for ep, v in times.items():
        if v:
            v.sort()
            per[ep] = {"n": len(v), "median_ms": round(statistics.median(v), 1),
                       "p95_ms": round(v[min(len(v) - 1, int(0.95 * len(v)))], 1)}
    return {"requests": done, "errors": errors, "seconds": round(wall, 1),
            "requests_per_second": round(done / wall, 1) if wall else None, "concurrency": concurrency,
            "workers": workers,
            "endpoints": per}
