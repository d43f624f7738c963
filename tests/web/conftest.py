"""A real uvicorn server on loopback over a real store filled from the demo corpus."""
import socket
import threading
import time
from contextlib import contextmanager

import pytest

from marsad.io import read_sources
from marsad.store.db import Database
from marsad.store.ingest import ingest
from marsad.store.tokens import create_token
from tests.conftest import ROOT

DEMO = ROOT / "src" / "marsad" / "demo"


@contextmanager
def live_server(db_url: str):
    import uvicorn

    from marsad.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="error"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        t.join(timeout=10)


def demo_store(path) -> tuple[str, str]:
    """A store with the demo corpus and a token for 'analyst'."""
    db = Database(str(path))
    ingest(db, read_sources([str(DEMO)]))
    return str(path), create_token(db, "analyst")


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    url, token = demo_store(tmp_path_factory.mktemp("desk") / "store.db")
    with live_server(url) as base:
        yield {"base": base, "token": token, "db": url}
