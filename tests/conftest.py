"""Shared fixtures. Documents are built by hand from short texts written for the test."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEV = ROOT / "eval" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from marsad.api import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kb(nlp):
    return nlp.kb


@pytest.fixture
def ex(nlp):
    """extract(text, date=...) with the session pipeline."""
    from marsad.api import make_doc

    def run(text, date="2025-11-25", lang=None):
        return nlp(make_doc(text, date=date, lang=lang))

    return run


def run_cli(*args, stdin: bytes | None = None, env=None, cwd=None):
    """Run ``python -m marsad ARGS`` in a real subprocess."""
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "marsad", *map(str, args)], input=stdin,
                          capture_output=True, env=e, cwd=cwd, timeout=300)


def ids(doc):
    return [m.entity.id for m in doc.mentions]


PG_ADMIN = os.environ.get("MARSAD_TEST_PG")
PG_HELP = ("PostgreSQL tests need a server: set MARSAD_TEST_PG=postgresql://USER@HOST:PORT/postgres "
           "(a role that may create databases); .ci/run starts one")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store of each backend: a SQLite file, and a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_ADMIN:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but MARSAD_TEST_PG is not set: " + PG_HELP)
        pytest.skip(PG_HELP)
    import uuid

    import sqlalchemy as sa

    name = "marsad_t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_ADMIN.replace("postgresql://", "postgresql+psycopg://", 1),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name}")
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    yield url
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()
