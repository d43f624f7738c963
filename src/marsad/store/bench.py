"""Store benchmarks (``marsad bench --ingest N`` and ``marsad bench --queries``).

Ingest: N generated articles (see :mod:`marsad.bench`; generated before the clock starts) de-duplicated,
extracted and written, end to end. Queries: the store is first grown to the requested size by copying its documents (with their
sentences and facts) inside the database, then every question of the command line is timed.
"""
from __future__ import annotations

import datetime as dt
import statistics
import time
from typing import Any, Callable

import sqlalchemy as sa

from . import queries as Q
from .db import Database

__all__ = ["bench_ingest", "grow", "bench_queries"]


def bench_ingest(db: Database, n: int, *, seed: int = 11, batch_size: int = 200, workers: int = 1,
                 scheduler: str | None = None) -> dict[str, Any]:
    from ..bench import compiled, generate, interpreter, seed_texts
    from ..io import Source
    from ..settings import Options
    from .ingest import ingest

    texts = seed_texts()
    base = dt.date(2025, 11, 1)
    # the corpus is made before the clock starts: what is timed is the ingest, not the generator
    sources = [Source(i, t, f"<{i}>", {"date": (base + dt.timedelta(days=k % 90)).isoformat()})
               for k, (i, t) in enumerate(generate(n, texts, seed=seed))]
    from .schedulers import default_name

    t0, c0 = time.perf_counter(), time.process_time()
    rep = ingest(db, sources, Options(), batch_size=batch_size, workers=workers, scheduler=scheduler)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    # cpu_seconds: this process only (with workers, the writer); on a busy machine it says more than the wall
    return {"articles": n, "stored": rep.stored, "duplicates": rep.duplicates, "seconds": round(secs, 1),
            "cpu_seconds": round(cpu, 1), "articles_per_second": round(n / secs, 1),
            "backend": "sqlite" if db.is_sqlite else "postgresql", "workers": workers,
            "scheduler": scheduler or default_name(workers), "python": interpreter(),
            "compiled": compiled()}


def grow(db: Database, target: int, on_round: Callable[[int], None] | None = None) -> int:
    """Copy documents (with sentences and facts) inside the database until it holds ``target``."""
    cols_d = ("key, content_hash, title, url, source_id, lang, date, text, status, error, run_id, ingested_at")
    with db.read() as conn:
        n = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
    if n == 0:
        raise ValueError("the store is empty: ingest some documents first")
    r = 0
    while n < target:
        r += 1
        k = min(n, target - n)
        with db.write() as conn:
            off = conn.execute(sa.text("SELECT max(id) FROM documents")).scalar_one()
            tag = f"{off:08d}"[-8:]  # unique to this round, whatever ran before
            ids = "SELECT id FROM documents ORDER BY id LIMIT :k"
            conn.execute(sa.text(
                f"INSERT INTO documents (id, {cols_d}) SELECT id + :off, key || '#' || :r, substr(content_hash, 9, 56) || :r, "
                f"title, url, source_id, lang, date, text, status, error, run_id, ingested_at FROM documents "
                f"WHERE id IN ({ids})"), {"off": off, "r": tag, "k": k})
            first = conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM sentences")).scalar_one()
            conn.execute(sa.text(
                f'INSERT INTO sentences (doc_id, idx, start, "end", norm) SELECT doc_id + :off, idx, start, "end", norm '
                f"FROM sentences WHERE doc_id IN ({ids})"), {"off": off, "k": k})
            if db.is_sqlite:  # the writer fills the full-text index (see migration 0006)
                conn.execute(sa.text("INSERT INTO sentences_fts(rowid, norm) SELECT id, norm FROM sentences "
                                     "WHERE id > :first"), {"first": first})
            conn.execute(sa.text(
                'INSERT INTO mentions (doc_id, actor_id, start, "end", ev_start, ev_end, via, original) '
                'SELECT doc_id + :off, actor_id, start, "end", ev_start, ev_end, via, original FROM mentions '
                f"WHERE doc_id IN ({ids})"), {"off": off, "k": k})
            conn.execute(sa.text(
                "INSERT INTO facts (doc_id, run_id, kind, actor_id, topic, polarity, category, value, unit, date, "
                'plan, number, direct, text, start, "end", ev_start, ev_end, record, doc_date, original) '
                "SELECT doc_id + :off, run_id, kind, actor_id, topic, polarity, category, value, unit, date, plan, "
                'number, direct, text, start, "end", ev_start, ev_end, record, doc_date, original FROM facts '
                f"WHERE doc_id IN ({ids})"), {"off": off, "k": k})
        n += k
        if on_round:
            on_round(n)
    with db.write() as conn:
        for t in ("fact_counts", "mention_days", "stance_cells", "pledge_cells"):
            conn.execute(sa.text(f"DELETE FROM {t}"))
        conn.execute(sa.text("INSERT INTO fact_counts (kind, n) SELECT kind, count(*) FROM facts GROUP BY kind "
                             "UNION ALL SELECT 'mention', count(*) FROM mentions"))
        conn.execute(sa.text(
            "INSERT INTO mention_days (actor_id, date, n) SELECT m.actor_id, coalesce(d.date, '1900-01-01'), "
            "count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.original "
            "GROUP BY m.actor_id, coalesce(d.date, '1900-01-01')"))
        conn.execute(sa.text(
            "INSERT INTO stance_cells (actor_id, topic, polarity, docs, first, last) SELECT actor_id, topic, "
            "polarity, count(DISTINCT doc_id), min(NULLIF(doc_date, '1900-01-01')), max(NULLIF(doc_date, '1900-01-01')) "
            "FROM facts WHERE kind = 'stance' "
            "AND original GROUP BY actor_id, topic, polarity"))
        conn.execute(sa.text(
            "UPDATE stance_cells SET last_fact = (SELECT max(id) FROM facts WHERE kind = 'stance' AND original "
            "AND facts.actor_id = stance_cells.actor_id AND facts.topic = stance_cells.topic "
            "AND facts.polarity = stance_cells.polarity)"))
        conn.execute(sa.text(
            "INSERT INTO pledge_cells (actor_id, category, docs, last_fact) SELECT actor_id, category, "
            "count(DISTINCT doc_id), max(id) FROM facts WHERE kind = 'pledge' AND original AND actor_id IS NOT NULL "
            "GROUP BY actor_id, category"))
        if not db.is_sqlite:
            for t in ("documents", "sentences", "facts", "mentions"):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))"))
    if not db.is_sqlite:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("ANALYZE"))
    else:
        with db.write() as conn:
            conn.execute(sa.text("ANALYZE"))
    return n


def bench_queries(db: Database, *, repeats: int = 7) -> dict[str, Any]:
    from ..api import kb_for
    from ..case import load_case
    from ..settings import Options

    case = load_case()
    kb = kb_for(Options())
    with db.read() as conn:
        some_doc = conn.execute(sa.text("SELECT key FROM documents ORDER BY id DESC LIMIT 1")).scalar_one()
        docs = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
    asks: dict[str, Callable[[], Any]] = {
        "stats": lambda: Q.stats(db),
        "search 'قوة الطمأنة'": lambda: Q.search(db, "قوة الطمأنة"),
        "search 'Kremlin'": lambda: Q.search(db, "Kremlin"),
        "quotes --speaker ماكرون": lambda: Q.quotes(db, speaker_ids=Q.resolve_actor(db, "ماكرون", kb)),
        "quotes --topic ceasefire": lambda: Q.quotes(db, topic="ceasefire"),
        "quotes --lang en --since": lambda: Q.quotes(db, lang="en", since=dt.date(2025, 12, 1)),
        "stances": lambda: Q.stance_matrix(db),
        "actor Zelensky": lambda: Q.actor_profile(db, Q.resolve_actor(db, "Zelensky", kb)),
        "timeline --from --to": lambda: Q.facts_of_kind(db, "event", since=dt.date(2025, 11, 20),
                                                        until=dt.date(2025, 12, 31), limit=200),
        "pledges": lambda: Q.facts_of_kind(db, "pledge"),
        "figures": lambda: Q.facts_of_kind(db, "figure"),
        "provisions --plan": lambda: Q.facts_of_kind(db, "provision", plan="us-28-point-plan"),
        "conflicts": lambda: Q.conflicts(db, case),
        "show DOC": lambda: Q.document(db, some_doc),
    }
    out = {}
    for name, fn in asks.items():
        fn()  # warm caches
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}
    return {"documents": docs, "backend": "sqlite" if db.is_sqlite else "postgresql", "repeats": repeats,
            "queries": out}
