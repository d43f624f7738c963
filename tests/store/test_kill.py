"""kill -9 during ingest, several times at random moments, then the same command again: every document
stored exactly once, none with half its facts. A real subprocess, on both backends."""
import os
import random
import signal
import subprocess
import sys
import time

import sqlalchemy as sa

from marsad.bench import generate, seed_texts
from marsad.io import read_sources
from marsad.settings import Options
from marsad.store.db import Database
from marsad.store.ingest import ingest


def _counts(db: Database) -> dict[str, int]:
    with db.read() as c:
        rows = c.execute(sa.text(
            "select d.key, (select count(*) from facts f where f.doc_id = d.id) + "
            "(select count(*) from mentions m where m.doc_id = d.id) from documents d")).fetchall()
    return dict(rows)


def _stored(url: str) -> int:
    """Documents committed so far, read without migrating (0 before the store exists)."""
    import sqlalchemy as sa

    from marsad.store.db import resolve_url

    engine = sa.create_engine(resolve_url(url))
    try:
        with engine.connect() as c:
            return c.execute(sa.text("select count(*) from documents")).scalar_one()
    except sa.exc.SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def test_kill_ingest_at_random_moments_then_complete(store_url, tmp_path):
    _kill_then_complete(store_url, tmp_path, [])


def test_kill_ingest_on_a_dask_cluster_then_complete(tmp_path):
    """The same with extraction in a Dask cluster started for the run (its worker processes die with it)."""
    _kill_then_complete(str(tmp_path / "store.db"), tmp_path, ["--scheduler", "dask", "--workers", "2"])


def _kill_then_complete(store_url, tmp_path, extra: list[str]):
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = seed_texts()
    for doc_id, text in generate(240, texts, seed=3):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    reference = Database(str(tmp_path / "reference.db"))
    ingest(reference, read_sources([str(folder)]), Options.resolve(date="2025-11-26"))
    expected = _counts(reference)
    assert len(expected) > 200  # a few generated texts repeat: stored once

    cmd = [sys.executable, "-m", "marsad", "ingest", "--db", store_url, str(folder), "--batch", "4", "-q",
           "--date", "2025-11-26", *extra]
    rnd = random.Random(7)
    partial_sizes = []
    for _ in range(4):
        before = _stored(store_url)
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        # kill at a random moment once this run has committed something (start-up time varies with the load
        # of the machine; a fixed delay could land before the first commit or after the last)
        deadline = time.monotonic() + 60
        while p.poll() is None and time.monotonic() < deadline and _stored(store_url) == before:
            time.sleep(0.05)
        time.sleep(rnd.uniform(0, 0.4))
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        p.wait(timeout=30)
        partial = _counts(Database(store_url))
        partial_sizes.append(len(partial))
        for key, n in partial.items():  # whatever was committed is whole
            assert n == expected[key], key
    assert any(0 < n < len(expected) for n in partial_sizes), partial_sizes  # a kill did land mid-run
    done = subprocess.run(cmd, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _counts(Database(store_url)) == expected
