"""Migrations on both backends: every one goes down and up again, 0009 leaves a store with the bands of
first copies only and the actor and topic indexes partial, without losing a fact, and 0010 signs stored
documents as ingest signs new ones."""
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from importlib import resources

from marsad.bench import generate, seed_texts
from marsad.io import Source
from marsad.store import queries as Q
from marsad.store.db import Database
from marsad.store.ingest import ingest


def _alembic(db: Database, verb: str, target: str) -> None:
    cfg = Config(str(resources.files("marsad.store") / "alembic.ini"))
    with db.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            cfg.attributes["connection"] = conn
            getattr(command, verb)(cfg, target)


def _count(db, sql):
    with db.read() as conn:
        return conn.execute(sa.text(sql)).scalar_one()


def test_every_migration_goes_down_and_up(store_url):
    db = Database(store_url)
    try:
        _alembic(db, "downgrade", "base")
        with db.read() as conn:
            assert "facts" not in sa.inspect(conn).get_table_names()
        _alembic(db, "upgrade", "head")
        ingest(db, [Source(i, t, f"<{i}>", {"date": "2025-11-26"}) for i, t in generate(5, seed_texts(), seed=2)])
        assert Q.stats(db)["documents"] == 5
    finally:
        db.close()


def test_0009_keeps_the_bands_of_first_copies_only(store_url):
    db = Database(store_url)
    try:
        sources = [Source(i, t, f"<{i}>", {"date": "2025-11-26"}) for i, t in generate(40, seed_texts(), seed=4)]
        ingest(db, sources)
        before = Q.stats(db)
        dups = _count(db, "select count(*) from documents where duplicate_of is not null")
        assert dups >= 3
        _alembic(db, "downgrade", "0008")
        with db.write() as conn:  # a store of 0008 kept the bands of its near-duplicates too
            conn.execute(sa.text("insert into doc_bands (band, doc_id) select 'x:' || id, id from documents "
                                 "where duplicate_of is not null"))
        assert _count(db, "select count(*) from doc_bands b join documents d on d.id = b.doc_id "
                          "where d.duplicate_of is not null") == dups
        _alembic(db, "upgrade", "head")
        assert _count(db, "select count(*) from doc_bands b join documents d on d.id = b.doc_id "
                          "where d.duplicate_of is not null") == 0
        assert Q.stats(db) == before
        with db.read() as conn:
            where = {ix["name"]: (ix.get("dialect_options") or {}) for ix in sa.inspect(conn).get_indexes("facts")}
        for name, column in (("ix_facts_kind_actor_date", "actor_id"), ("ix_facts_kind_topic_date", "topic")):
            condition = " ".join(str(v) for v in where[name].values())
            assert column in condition and "NOT NULL" in condition.upper(), (name, where[name])
    finally:
        db.close()


def _signed(db):
    with db.read() as conn:
        sigs = dict(conn.execute(sa.text("select key, signature from documents")).all())
        bands = sorted(conn.execute(sa.text("select d.key, b.band from doc_bands b join documents d on d.id = b.doc_id")).all())
    return sigs, bands


def test_0010_signs_stored_documents_as_ingest_signs_new_ones(store_url, tmp_path):
    db = Database(store_url)
    try:
        sources = [Source(i, t, f"<{i}>", {"date": "2025-11-26"}) for i, t in generate(40, seed_texts(), seed=4)]
        ingest(db, sources[:30])
        signed = _signed(db)
        _alembic(db, "downgrade", "0009")
        old = _signed(db)
        assert set(old[0]) == set(signed[0]) and all(old[0][k] != signed[0][k] for k in signed[0])
        assert {k for k, _ in old[1]} == {k for k, _ in signed[1]} and old[1] != signed[1]
        _alembic(db, "upgrade", "head")
        assert _signed(db) == signed
        # a republished story is still found through the first copy signed by the migration
        copies = _count(db, "select count(*) from documents where duplicate_of is not null")
        ingest(db, sources[30:])
        reference = Database(str(tmp_path / "reference.db"))  # the same sources, ingested at once
        try:
            ingest(reference, sources)
            with db.read() as a, reference.read() as b:
                q = sa.text("select d.key, o.key from documents d left join documents o on o.id = d.duplicate_of")
                assert sorted(a.execute(q).all()) == sorted(b.execute(q).all())
        finally:
            reference.close()
        assert _count(db, "select count(*) from documents where duplicate_of is not null") > copies
    finally:
        db.close()
