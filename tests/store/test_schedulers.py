"""Where ingest's extraction runs: this process, a pool of processes, or a real Dask cluster (local)."""
import json

import pytest

from marsad.io import read_sources
from marsad.store import queries as Q
from marsad.store.db import Database
from marsad.store.ingest import ingest
from marsad.store.schedulers import Dask, get_scheduler
from marsad.store.transfer import export_records
from marsad.settings import Options
from tests.conftest import ROOT, run_cli
from tests.store.test_store import DEMO, WIRE_A, src

DEV = ROOT / "eval" / "dev" / "articles"


def sources():
    return list(read_sources([str(DEMO), str(DEV)])) + [src("wire-a", WIRE_A), src("wire-a-again", WIRE_A)]


def stored(db: Database):
    """Everything a question can see: counts, the stance matrix and every fact as exported."""
    records = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in export_records(db))
    return Q.stats(db), Q.stance_matrix(db), records


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    """What one process stores."""
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('sync') / 'sync.db'}")
    try:
        r = ingest(db, sources())
        assert (r.read, r.stored, r.duplicates, r.failed) == (35, 34, 1, 0)
        return stored(db)
    finally:
        db.close()


@pytest.fixture(scope="module")
def cluster():
    """A real Dask cluster on this machine: a scheduler and two worker processes, reached by address."""
    import logging

    from distributed import LocalCluster

    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                     silence_logs=logging.CRITICAL)
    yield c
    c.close()


def test_ingest_on_a_dask_cluster_started_for_the_run_stores_the_same(store_url, expected):
    db = Database(store_url)
    try:
        r = ingest(db, sources(), scheduler="dask", workers=2, batch_size=4)
        assert (r.read, r.stored, r.duplicates, r.failed) == (35, 34, 1, 0)
        assert stored(db) == expected
        assert expected[0]["documents"] == 34 and expected[0]["facts"]["stance"] > 20
    finally:
        db.close()


def test_ingest_on_a_running_cluster_by_address_from_the_command_line(cluster, expected, tmp_path):
    from distributed import Client

    from marsad.store import schedulers

    path = tmp_path / "remote.db"
    r = run_cli("ingest", "--scheduler", cluster.scheduler_address, "--db", path, "--batch", "7", "--json",
                str(DEMO), str(DEV))
    assert r.returncode == 0, r.stderr.decode()
    rep = json.loads(r.stdout)
    assert (rep["read"], rep["stored"], rep["failed"]) == (33, 33, 0)
    db = Database(str(path))
    try:
        ingest(db, [src("wire-a", WIRE_A), src("wire-a-again", WIRE_A)])  # the two the CLI cannot read
        assert stored(db) == expected
    finally:
        db.close()
    # the extraction ran in the cluster's workers: each loaded the pipeline of the run's options
    with Client(cluster) as client:
        loaded = client.run(lambda: len(schedulers._DASK_PIPELINES))
    assert len(loaded) == 2 and sum(loaded.values()) >= 1


def test_a_scheduler_plans_enough_work_for_every_worker(cluster):
    d = Dask(Options(), 0, cluster.scheduler_address)
    try:
        assert d.workers == 2
        size, depth = d.plan(100)
        assert (size, d.piece, depth) == (100, 25, 2)  # 4 tasks a chunk, 2 chunks in flight
        size, depth = d.plan(4)
        assert (size, d.piece, depth) == (4, 1, 2)
        rows = d.submit([s for s in sources()[:5]]).get()
        assert len(rows) == 5 and all(err is None for _, err, _ in rows)
    finally:
        d.close()
    assert get_scheduler(None, Options(), 1).plan(100) == (1, 1)


def test_unknown_scheduler_is_one_clear_error_and_writes_nothing(tmp_path):
    path = tmp_path / "s.db"
    r = run_cli("ingest", "--scheduler", "spark", "--db", path, str(DEMO))
    assert r.returncode == 2
    err = r.stderr.decode()
    assert "[E013] unknown scheduler 'spark'" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert not path.exists()


def test_unreachable_dask_scheduler_is_one_clear_error_and_stores_nothing(tmp_path):
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = tmp_path / "s.db"
    r = run_cli("ingest", "--scheduler", f"tcp://127.0.0.1:{port}", "--db", path, str(DEMO),
                env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert r.returncode == 2
    err = r.stderr.decode()
    assert f"[E015] cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    db = Database(str(path))
    try:
        assert Q.stats(db)["documents"] == 0
        import sqlalchemy as sa

        with db.read() as c:
            assert c.execute(sa.text("select count(*) from runs")).scalar() == 0
    finally:
        db.close()
