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


def test_kill_ingest_at_random_moments_then_complete(store_url, tmp_path):
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
           "--date", "2025-11-26"]
    rnd = random.Random(7)
    partial_sizes = []
    for _ in range(4):
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rnd.uniform(1.2, 2.8))
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
