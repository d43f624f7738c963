"""Ingest: read, de-duplicate, extract and store documents, exactly once.

Each document is stored once: the same text again (by content hash) is skipped and reported; a
near-duplicate (the same wire story republished with small edits, found with MinHash and LSH bands) is
stored but linked to its first copy (``duplicate_of``) and left out of every aggregate. A new document is
compared with first copies only: a story republished a hundred times costs each look-up one candidate, not a
hundred, and links never chain from one edit to the next away from the story. Documents are
written in batches, each batch one transaction holding the documents with all their sentences and facts:
killing the process at any moment loses at most the batch in flight, never half a document, and running
the same command again completes the job. A document whose extraction fails is stored with its error and
does not stop the run.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable

import sqlalchemy as sa

from .. import __version__
from ..doc import Doc
from ..io import ReadError, Source
from ..settings import Options
from . import schema as S
from .db import Database

__all__ = ["IngestReport", "ingest", "content_hash"]


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0  # same content as a stored document: skipped
    near_duplicates: int = 0  # stored, linked to their first copy
    failed: int = 0  # stored with an extraction error
    unreadable: int = 0
    messages: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("read", "stored", "duplicates", "near_duplicates", "failed",
                                                "unreadable")}


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _insert_ignore(db: Database, table: sa.Table):
    if db.is_sqlite:
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table).on_conflict_do_nothing()


def _mention_rows(doc: Doc, doc_row_id: int, original: bool = True) -> list[tuple]:
    return [(doc_row_id, m.entity.id, m.start, m.end, m.evidence.start, m.evidence.end, m.via, original)
            for m in doc.mentions]


_MENTION_COLS = ["doc_id", "actor_id", "start", "end", "ev_start", "ev_end", "via", "original"]
_FACT_COLS = ["id", "doc_id", "run_id", "kind", "actor_id", "topic", "polarity", "category", "value", "unit", "date",
              "plan", "number", "direct", "text", "start", "end", "ev_start", "ev_end", "record", "doc_date",
              "original"]
_FACT_VALUE_COLS = _FACT_COLS[3:19]  # kind .. ev_end: then the record (JSON text) and doc_date


def _fact_rows(doc: Doc, doc_row_id: int, run_id: int | None, original: bool = True,
               records: list[dict] | None = None) -> list[dict]:
    """Rows of the facts table: every kind but mentions (see :func:`_mention_rows`)."""
    facts = [f for f in doc.all_facts() if f.kind != "mention"]
    records = records or [f.to_dict(doc.id) for f in facts]
    base = {"doc_id": doc_row_id, "run_id": run_id, "doc_date": doc.date or S.NO_DATE, "original": original}
    return [{**base, **dict(zip(_FACT_VALUE_COLS, v)), "record": S.slim_record(rec, doc.text)}
            for v, rec in zip(_fact_values(doc, facts, records), records)]


def _fact_values(doc: Doc, facts: list, records: list[dict]) -> list[tuple]:
    """The _FACT_VALUE_COLS values of each fact (its record given)."""
    out = []
    quote_topics = _quote_topics(doc)
    for f, rec in zip(facts, records):
        get = rec.get
        kind = rec["kind"]
        actor = get("entity") or get("speaker") or get("actor")
        date = None
        if kind == "event" and get("date"):
            try:
                date = dt.date.fromisoformat(rec["date"])
            except ValueError:
                date = None
        ev = rec["evidence"]
        out.append((kind, actor.get("id") if isinstance(actor, dict) else None,
                    get("topic") or quote_topics.get(id(f)), get("polarity"), get("category"), get("value"),
                    get("unit"), date, get("plan"), get("number"), get("direct"), get("text"), get("start"),
                    get("end"), ev["start"], ev["end"]))
    return out


def _quote_topics(doc: Doc) -> dict[int, str]:
    """The first topic of the case each quote names (so quotes can be asked for by topic)."""
    if not doc.quotes:
        return {}
    try:
        from ..case import load_case
        from ..components.lexicon import case_lexicon

        topics = case_lexicon(load_case(doc.meta.get("_case") or "ukraine-security-guarantees")).cues(doc, "topic")
    except Exception:  # a document extracted without a case
        return {}
    out = {}
    for q in doc.quotes:
        t = next((c.value for c in topics if q.start <= c.start < q.end), None)
        if t:
            out[id(q)] = t
    return out


def _upsert(db: Database, table: sa.Table, rows: list[dict], keys: list[str], set_: Callable) -> sa.Insert:
    if db.is_sqlite:
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    stmt = insert(table)
    return stmt.on_conflict_do_update(index_elements=keys, set_=set_(table, stmt.excluded))


_UPSERTS: dict[tuple, tuple[str, list | None]] = {}  # (dialect, table, columns) -> (SQL, order of its parameters)


def _upsert_many(conn, db: Database, table: sa.Table, keys: list[str], set_: Callable, rows: list[dict]) -> None:
    """``conn.execute(_upsert(...), rows)``, with the statement compiled once per dialect and table (each
    summary table has one upsert) and the rows handed to the driver as they are: through ``conn.execute``,
    SQLAlchemy processes every row of an executemany in Python, which cost more than the database's own work
    on these small rows (about 11 a document). Dates go to SQLite as the ISO text SQLAlchemy would write."""
    key = (conn.dialect.name, table.name, tuple(rows[0]))
    got = _UPSERTS.get(key)
    if got is None:  # (the columns given, as conn.execute takes them from the first row)
        compiled = _upsert(db, table, [], keys, set_).compile(dialect=conn.dialect, column_keys=list(rows[0]))
        got = _UPSERTS[key] = (str(compiled), compiled.positiontup)
    sql, order = got
    if order is None:  # a driver taking named parameters (psycopg): the dicts as they are
        conn.exec_driver_sql(sql, rows)
        return
    date = dt.date
    conn.exec_driver_sql(sql, [tuple(v.isoformat() if isinstance(v, date) else v for v in map(r.__getitem__, order))
                               for r in rows])


def update_summaries(conn, db: Database, rows: list[dict], sign: int = 1, mentions: list[tuple] = (),
                     dates: dict[int, object] | None = None, kinds: dict[str, int] | None = None) -> None:
    """Keep the summaries in step with fact rows (dicts with the _SUMMARY_KEYS, ``doc_id`` and ``original``)
    and mention rows added (sign=1) or removed (sign=-1). ``kinds``, when given, counts the facts per kind
    and ``rows`` need only hold the stances and pledges; rows carrying their fact ``id`` spare a look-up of
    the newest facts."""
    _counts_and_cells(conn, db, rows, sign, mentions, dates, kinds)
    doc_ids = sorted({r["doc_id"] for r in rows if r["kind"] in ("stance", "pledge") and r["original"]})
    if sign > 0 and doc_ids:
        _point_cells_at_newest(conn, db, doc_ids, rows)
    elif sign < 0:
        gone = {(r["actor_id"], r["category"], r["doc_id"]) for r in rows
                if r["kind"] == "pledge" and r["original"] and r["actor_id"]}
        from collections import Counter

        for (a, c), n in Counter((a, c) for a, c, _ in gone).items():
            conn.execute(S.pledge_cells.update().where(S.pledge_cells.c.actor_id == a, S.pledge_cells.c.category == c)
                         .values(docs=S.pledge_cells.c.docs - n))


def _point_cells_at_newest(conn, db: Database, doc_ids: list[int], rows: list[dict]) -> None:
    """Stance and pledge cells remember their newest fact (the evidence shown with a conflict)."""
    from collections import Counter

    F = S.facts
    mine = [r for r in rows if r["kind"] in ("stance", "pledge") and r["original"]]
    if all("id" in r for r in mine):  # the rows know their ids: no need to ask
        newest = {}
        for r in mine:
            k = (r["kind"], r["actor_id"], r["topic"], r["polarity"], r["category"])
            newest[k] = max(r["id"], newest.get(k, 0))
        newest = [(*k, fid) for k, fid in newest.items()]
        pledge_docs = {(r["actor_id"], r["category"], r["doc_id"]) for r in mine if r["kind"] == "pledge"}
    else:
        newest = conn.execute(
            sa.select(F.c.kind, F.c.actor_id, F.c.topic, F.c.polarity, F.c.category, sa.func.max(F.c.id))
            .where(F.c.doc_id.in_(doc_ids), F.c.kind.in_(["stance", "pledge"]), F.c.original.is_(True))
            .group_by(F.c.kind, F.c.actor_id, F.c.topic, F.c.polarity, F.c.category)).fetchall()
        pledge_docs = None
    st = {}
    for k, a, t, p, c, fid in newest:
        if k == "stance" and a:
            st[(a, t, p)] = max(fid, st.get((a, t, p), 0))
    if st:
        C = S.stance_cells
        conn.execute(C.update().where(C.c.actor_id == sa.bindparam("a"), C.c.topic == sa.bindparam("t"),
                                      C.c.polarity == sa.bindparam("p")).values(last_fact=sa.bindparam("f")),
                     [{"a": a, "t": t, "p": p, "f": fid} for (a, t, p), fid in sorted(st.items())])
    pl = {}
    for k, a, t, p, c, fid in newest:
        if k == "pledge" and a:
            pl[(a, c)] = max(fid, pl.get((a, c), 0))
    if pl:
        if pledge_docs is None:
            pledge_docs = conn.execute(sa.select(F.c.actor_id, F.c.category, F.c.doc_id).where(
                F.c.doc_id.in_(doc_ids), F.c.kind == "pledge", F.c.original.is_(True)).distinct()).fetchall()
        docs = Counter((a, c) for a, c, _ in pledge_docs)
        _upsert_many(conn, db, S.pledge_cells, ["actor_id", "category"],
                     lambda t, ex: {"docs": t.c.docs + ex.docs, "last_fact": ex.last_fact},
                     [{"actor_id": a, "category": c, "docs": docs[(a, c)], "last_fact": f}
                      for (a, c), f in sorted(pl.items(), key=lambda x: (x[0][0], x[0][1] or ""))])


def _counts_and_cells(conn, db: Database, rows: list[dict], sign: int, mentions, dates, kinds=None) -> None:
    """Keep fact_counts, mention_days and stance_cells in step with ``rows`` (fact rows) and ``mentions``
    (mention rows; ``dates`` gives their documents' dates) added (sign=1) or removed (sign=-1). A stance
    cell's first and last dates only ever widen."""
    dates = dates or {}
    from collections import Counter

    kinds = Counter(kinds) if kinds is not None else Counter(r["kind"] for r in rows)
    if mentions:
        kinds["mention"] += len(mentions)
    if kinds:
        _upsert_many(conn, db, S.fact_counts, ["kind"], lambda t, ex: {"n": t.c.n + ex.n},
                     [{"kind": k, "n": sign * n} for k, n in kinds.items()])
    days = Counter((m[1], dates.get(m[0]) or S.NO_DATE) for m in mentions if m[7])
    if days:
        _upsert_many(conn, db, S.mention_days, ["actor_id", "date"], lambda t, ex: {"n": t.c.n + ex.n},
                     [{"actor_id": a, "date": d, "n": sign * n} for (a, d), n in days.items()])
    cells = {}
    for r in rows:
        if r["kind"] == "stance" and r["original"] and r["actor_id"]:
            d = r["doc_date"]
            cells[(r["actor_id"], r["topic"], r["polarity"], r["doc_id"])] = None if d == S.NO_DATE else d
    per_cell = Counter((a, t, p) for a, t, p, _ in cells)
    if per_cell:
        dates = {}
        for (a, t, p, _), d in cells.items():
            lo, hi = dates.get((a, t, p), (d, d))
            dates[(a, t, p)] = (min(x for x in (lo, d) if x) if (lo or d) else None,
                                max(x for x in (hi, d) if x) if (hi or d) else None)

        def set_(t, ex):
            return {"docs": t.c.docs + ex.docs,
                    "first": sa.case((sa.or_(t.c.first.is_(None), ex.first < t.c.first), ex.first), else_=t.c.first),
                    "last": sa.case((sa.or_(t.c.last.is_(None), ex.last > t.c.last), ex.last), else_=t.c.last)}

        _upsert_many(conn, db, S.stance_cells, ["actor_id", "topic", "polarity"], set_,
                     [{"actor_id": a, "topic": t, "polarity": p, "docs": sign * n,
                       "first": dates[(a, t, p)][0], "last": dates[(a, t, p)][1]} for (a, t, p), n in per_cell.items()])


def _actor_rows(doc: Doc) -> list[dict]:
    """The actors of a document's mentions, quote speakers and facts, once each (the first seen of an id)."""
    seen: dict[str, object] = {}
    for m in doc.mentions:
        e = m.entity
        if e is not None and e.id not in seen:
            seen[e.id] = e
    others = [q.speaker for q in doc.quotes]
    for facts in doc.facts.values():
        for f in facts:
            others.append(getattr(f, "actor", None))
            others.append(getattr(f, "place", None))
            others.extend(getattr(f, "participants", None) or ())
    for e in others:
        if e is not None and e.id not in seen:
            seen[e.id] = e
    return [{"id": e.id, "type": e.type, "name": e.name, "name_ar": e.name_ar, "provisional": bool(e.provisional)}
            for e in seen.values()]


def _bulk(conn, table: str, columns: list[str], rows: list[tuple], *, by_nulls: bool = False) -> None:
    """Rows into a table through the driver, the hot path of ingest: a plain executemany on SQLite, COPY on
    PostgreSQL (one stream instead of a statement per row).

    ``by_nulls`` (for rows that carry their ids and that no row of the batch refers to, so that their order of
    insertion does not matter): on SQLite the
    rows are inserted in groups that have the same columns empty, each without those columns. The driver
    binds a None through its adapters' registry (a failed look-up, then two more for ``__adapt__`` and
    ``__conform__``: several times the cost of binding a number), and most columns of a fact are empty: a
    column left out is NULL all the same (only columns without a server default are left out)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        for cols, part in (_null_groups(table, columns, rows) if by_nulls else [(columns, rows)]):
            names = ", ".join(f'"{c}"' for c in cols)
            conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({', '.join(['?'] * len(cols))})", part)
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    with conn.connection.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


_OMITTABLE: dict[tuple[str, tuple], tuple[bool, ...]] = {}  # (table, columns) -> may each be left out when None


def _null_groups(table: str, columns: list[str], rows: list[tuple]) -> list[tuple[list[str], list[tuple]]]:
    """``rows`` grouped by which of their omittable columns are None: (the other columns, the rows without
    the None values) of each group."""
    from itertools import compress, repeat
    from operator import is_

    key = (table, tuple(columns))
    omittable = _OMITTABLE.get(key)
    if omittable is None:
        t = S.metadata.tables[table]
        omittable = _OMITTABLE[key] = tuple(t.c[c].server_default is None and t.c[c].nullable for c in columns)
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        groups.setdefault(tuple(map(is_, row, repeat(None))), []).append(row)
    out = []
    for nulls, part in groups.items():
        keep = [not (n and o) for n, o in zip(nulls, omittable)]
        if all(keep):
            out.append((columns, part))
        else:
            out.append((list(compress(columns, keep)), [tuple(compress(r, keep)) for r in part]))
    return out


_SUMMARY_KEYS = ("kind", "actor_id", "topic", "polarity", "category", "doc_date")
_DOC_COLS = ["id", "key", "content_hash", "title", "url", "source_id", "lang", "date", "text", "duplicate_of",
             "similarity", "signature", "status", "error", "run_id", "ingested_at"]


@dataclass
class Prepared:
    """What the store needs of one extracted document, made where it was extracted (in a worker process
    when ingest runs several): plain values, cheap to send between processes, so the writer only adds
    row ids."""
    id: str
    text: str
    lang: str | None
    date: object
    meta: dict
    sents: list
    sent_forms: list[str]
    mentions: list[tuple]  # as :func:`_mention_rows`, doc id and ``original`` filled on insert
    facts: list[tuple]  # the _FACT_COLS values from kind to doc_date (the record as JSON text, the date as ISO)
    summary: list[dict]  # of each stance and pledge, the _SUMMARY_KEYS and its index ``i`` among the facts
    kinds: dict  # facts per kind
    actors: list[dict]


def prepare_rows(doc: Doc, words: list[str] | None = None) -> Prepared:
    """The rows of ``doc``; the words of its sentences' search forms are added to ``words`` when given."""
    from collections import Counter

    from .search_form import sentence_forms

    facts = [f for f in doc.all_facts() if f.kind != "mention"]
    records = [f.to_dict(doc.id) for f in facts]
    meta = {k: doc.meta.get(k) for k in ("title", "url", "source")}
    doc_date = doc.date or S.NO_DATE
    day = doc_date.isoformat()  # as the driver would write it (once, not once per fact)
    from .db import json_text as encode

    values = _fact_values(doc, facts, records)
    summary = [dict(zip(_SUMMARY_KEYS, (*v[:5], doc_date)), i=i) for i, v in enumerate(values)
               if v[0] in ("stance", "pledge")]
    return Prepared(doc.id, doc.text, doc.lang, doc.date, meta, list(doc.sents), sentence_forms(doc.norm, doc.sents, words),
                    _mention_rows(doc, 0),
                    [(*v, encode(S.slim_record(rec, doc.text)), day) for v, rec in zip(values, records)],
                    summary, Counter(v[0] for v in values), _actor_rows(doc))


def _extract(nlp, src: Source, options: Options) -> tuple[Prepared, str | None, object]:
    """One document's rows (and its extraction error) and its MinHash signature: the work a process can
    do alone."""
    from ..api import doc_from_source, make_doc

    try:
        doc = nlp(doc_from_source(src, options))
        doc.meta["_case"] = options.case
        error = None
    except Exception as e:  # an extractor bug must not stop an archive run: record it with the doc
        doc = make_doc(src.text, id=src.id, meta=src.meta)
        error = f"{type(e).__name__}: {e}"
    from .neardup import signature, signature_words

    words: list[str] = []  # the words of the sentences' search forms, as signature_words(prep.sent_forms)
    prep = prepare_rows(doc, words)
    return prep, error, signature(words or signature_words([], prep.text))


def ingest(db: Database, sources: Iterable[Source | ReadError], options: Options | None = None, *,
           batch_size: int = 100, workers: int = 1, scheduler: str | None = None,
           on_progress: Callable[[IngestReport], None] | None = None,
           on_message: Callable[[str], None] | None = None) -> IngestReport:
    """Store every source of ``sources`` once, with its facts.

    ``scheduler`` names where extraction runs (:mod:`marsad.store.schedulers`: ``sync``, ``processes``,
    ``dask`` or a Dask scheduler's address; by default this process with one worker, else a pool of
    ``workers`` processes) while this process writes; the writes, and so the guarantees (each document once,
    whole batches only), stay in this process."""
    from collections import deque

    from .schedulers import get_scheduler

    options = options or Options()
    report = IngestReport()
    say = on_message or report.messages.append
    # the scheduler first: a cluster that cannot be reached leaves the store as it was
    extractor = get_scheduler(scheduler, options, workers)
    try:
        with db.write() as conn:
            run_id = conn.execute(S.runs.insert().values(extractor_version=__version__, case_id=options.case,
                                                         started_at=_now())).inserted_primary_key[0]
            conn.execute(_insert_ignore(db, S.cases), [{"id": options.case, "name": options.case,
                                                        "source": options.case, "loaded_at": _now()}])
    except BaseException:
        extractor.close(finished=False)
        raise
    batch: list[tuple] = []  # (source, prepared rows, hash, error, signature), written in one transaction
    with db.read() as conn:
        seen = {h for (h,) in conn.execute(sa.select(S.documents.c.content_hash))}

    def fresh():
        """The readable sources whose text is not stored yet, with their hashes."""
        for src in sources:
            if isinstance(src, ReadError):
                if not src.warning:
                    report.unreadable += 1
                say(f"{'warning' if src.warning else 'error'}: {src}")
                continue
            report.read += 1
            chash = content_hash(src.text)
            if chash in seen:
                report.duplicates += 1
                say(f"skipped: {src.path}: already stored (same text)")
                if on_progress:
                    on_progress(report)
                continue
            seen.add(chash)
            yield src, chash

    def finish(chunk, handle) -> None:
        for (src, chash), (prep, error, hv) in zip(chunk, handle.get()):
            if error:
                report.failed += 1
                say(f"error: {src.path}: extraction failed ({error}); stored without facts")
            batch.append((src, prep, chash, error, hv))
            report.stored += 1
            if len(batch) >= batch_size:
                writer.submit(list(batch))
                batch.clear()
            if on_progress:
                on_progress(report)

    writer = _BatchWriter(db, run_id, report)
    gc_threshold = _fewer_collections()
    try:
        size, depth = extractor.plan(batch_size)
        pending: deque = deque()  # the chunks in extraction while the ones before are written
        for chunk in _chunks(fresh(), size):
            pending.append((chunk, extractor.submit([s for s, _ in chunk])))
            if len(pending) > depth:
                finish(*pending.popleft())
        while pending:
            finish(*pending.popleft())
        if batch:
            writer.submit(list(batch))
        writer.close()
    except BaseException:
        writer.close(finished=False)
        extractor.close(finished=False)
        raise
    finally:
        import gc

        gc.set_threshold(*gc_threshold)
    extractor.close()
    with db.write() as conn:
        conn.execute(S.runs.update().where(S.runs.c.id == run_id).values(finished_at=_now()))
    return report


class _BatchWriter:
    """Writes the batches in order, one at a time, in a thread of this process: a batch is written while the
    next one is extracted (the wait for a database server, or SQLite's own work, which runs without the
    interpreter lock, overlaps extraction when the machine has a core to spare). Each batch is still one
    transaction, and the look-up of near-duplicates of a batch sees every batch before it."""

    def __init__(self, db: Database, run_id: int, report: IngestReport):
        import os
        from concurrent.futures import ThreadPoolExecutor

        self.db, self.run_id, self.report = db, run_id, report
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        # on a single core a thread would only take turns with extraction: write in this one
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="marsad-writer") if cores > 1 else None
        self.pending = None

    def submit(self, batch: list[tuple]) -> None:
        self.wait()
        if self.pool is None:
            self.report.near_duplicates += _write_batch(self.db, batch, self.run_id)
            return
        self.pending = self.pool.submit(_write_batch, self.db, batch, self.run_id)

    def wait(self) -> None:
        """Until the batch in flight is stored (its error, if any, raised here)."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self.report.near_duplicates += pending.result()

    def close(self, finished: bool = True) -> None:
        try:
            if finished:
                self.wait()
        finally:  # an interrupted run lets the batch in flight end (committed whole, or not at all)
            if self.pool is not None:
                self.pool.shutdown(wait=True)


def _fewer_collections() -> tuple[int, ...]:
    """Run the cyclic garbage collector less often (returns the thresholds to restore): ingest allocates
    many short-lived rows, and young collections kept walking the batches being built and written: about
    4 % of the CPU of a run at the default threshold of 700, under 1 % at 50,000. Nothing here makes
    reference cycles worth collecting sooner."""
    import gc

    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 50_000), *old[1:])
    return old


def _chunks(items: Iterable, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _write_batch(db: Database, batch: list[tuple], run_id: int) -> int:
    """Store a batch of extracted documents in one transaction; returns how many are near-duplicates.

    Every table gets one executemany for the whole batch; the ids of the new documents are taken first
    (so near-duplicates within the batch can point at each other), and on SQLite the full-text index is
    filled with one statement at the end (a row at a time, by trigger, cost four times as much)."""
    from collections import Counter

    import numpy as np

    from .neardup import NearDuplicates, bands

    D = S.documents
    # every row written refers to a document or source that this transaction writes or reads, or to the run
    # that this ingest wrote before its first batch: SQLite need not look each one up
    with db.write(check_references=False) as conn:
        hashes = [it[2] for it in batch]
        stored = {h for (h,) in conn.execute(sa.select(D.c.content_hash).where(D.c.content_hash.in_(hashes)))}
        batch = [it for it in batch if it[2] not in stored]  # stored by a concurrent run in the meantime
        if not batch:
            return 0
        keys = {k for (k,) in conn.execute(sa.select(D.c.key).where(D.c.key.in_([it[1].id for it in batch])))}
        all_bands = [bands(it[4]) for it in batch]
        near = NearDuplicates(conn, {b for bs in all_bands for b in bs}, len(batch))
        source_ids = _source_ids(conn, db, {it[1].meta.get("source") for it in batch} - {None, ""})
        ids = _new_ids(conn, db, "documents", len(batch))
        fact_ids = _new_ids(conn, db, "facts", sum(len(it[1].facts) for it in batch))
        first_sentence = _max_id(conn, "sentences")
        docs, sents, mentions, facts, bands, summary, dates, actors = [], [], [], [], [], [], {}, {}
        kinds = Counter()
        now = _now()
        for (src, prep, chash, error, hv), doc_bands, row_id in zip(batch, all_bands, ids):
            dup_of, sim = near.find(hv)
            near.add(row_id, hv, dup_of)
            key = prep.id if prep.id not in keys else f"{prep.id}~{chash[:10]}"
            keys.add(key)
            docs.append((row_id, key, chash, prep.meta.get("title"), prep.meta.get("url"),
                         source_ids.get(prep.meta.get("source")), prep.lang, prep.date, prep.text, dup_of, sim,
                         hv.astype(np.uint64).tobytes(), "error" if error else "ok", error, run_id, now))
            sents.extend([(row_id, i, s, e, f) for i, ((s, e), f) in enumerate(zip(prep.sents, prep.sent_forms))])
            original = int(dup_of is None)  # (an int: the driver adapts a bool in Python, row by row)
            mentions.extend([(row_id, *m[1:-1], original) for m in prep.mentions])
            base = len(facts)
            facts.extend([(fact_ids[base + i], row_id, run_id, *v, original) for i, v in enumerate(prep.facts)])
            for r in prep.summary:
                r["doc_id"], r["original"], r["id"] = row_id, original, fact_ids[base + r["i"]]
            summary.extend(prep.summary)
            kinds.update(prep.kinds)
            if dup_of is None:  # a near-duplicate is found through its first copy, never itself a candidate
                bands.extend([(b, row_id) for b in doc_bands])
            dates[row_id] = prep.date
            for a in prep.actors:
                actors.setdefault(a["id"], a)
        _bulk(conn, "documents", _DOC_COLS, docs)
        _bulk(conn, "sentences", ["doc_id", "idx", "start", "end", "norm"], sents)
        if db.is_sqlite:  # the full-text index of the new sentences (PostgreSQL's GIN index keeps itself)
            conn.exec_driver_sql("INSERT INTO sentences_fts(rowid, norm) SELECT id, norm FROM sentences WHERE id > ?",
                                 (first_sentence,))
        _bulk(conn, "mentions", _MENTION_COLS, mentions)
        _bulk(conn, "facts", _FACT_COLS, facts, by_nulls=True)
        _bulk(conn, "doc_bands", ["band", "doc_id"], bands)
        if actors:
            conn.execute(_insert_ignore(db, S.actors), list(actors.values()))
        update_summaries(conn, db, summary, mentions=mentions, dates=dates, kinds=kinds)
    return near.found


def _max_id(conn, table: str) -> int:
    return conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one()


def _new_ids(conn, db: Database, table: str, n: int) -> list[int]:
    """``n`` ids for new rows of ``table``, taken inside the write transaction: on SQLite (one writer) the
    next ones after the largest; on PostgreSQL from the table's sequence."""
    if db.is_sqlite:
        start = _max_id(conn, table) + 1
        return list(range(start, start + n))
    return sorted(conn.exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)", (n,)).scalars())


def _source_ids(conn, db: Database, names: set[str]) -> dict[str, int]:
    if not names:
        return {}
    conn.execute(_insert_ignore(db, S.sources), [{"name": n, "url": None} for n in sorted(names)])
    return dict(conn.execute(sa.select(S.sources.c.name, S.sources.c.id).where(S.sources.c.name.in_(names))).all())


def reextract(db: Database, options: Options | None = None, keys: list[str] | None = None) -> int:
    """Extract stored documents again (e.g. with a newer extractor) and replace their facts: each
    document's old facts are deleted and the new ones inserted in one transaction."""
    from ..api import load_pipeline, make_doc
    from .review import reviewed_rows

    options = options or Options()
    nlp = load_pipeline(options)
    D = S.documents
    with db.write() as conn:
        run_id = conn.execute(S.runs.insert().values(extractor_version=__version__, case_id=options.case,
                                                     command="reextract", started_at=_now())).inserted_primary_key[0]
    q = sa.select(D.c.id, D.c.key, D.c.text, D.c.lang, D.c.date, D.c.title, D.c.url).where(
        D.c.status != "imported")  # an imported document has only the text its facts cite
    if keys:
        q = q.where(D.c.key.in_(keys))
    with db.read() as conn:
        rows = conn.execute(q.order_by(D.c.id)).fetchall()
    n = 0
    for r in rows:
        doc = nlp(make_doc(r.text, id=r.key, date=r.date, lang=r.lang, meta={"title": r.title, "url": r.url}))
        with db.write() as conn:
            F = S.facts
            old = [dict(x._mapping) for x in conn.execute(sa.select(
                F.c.kind, F.c.actor_id, F.c.topic, F.c.polarity, F.c.category, F.c.doc_id, F.c.doc_date,
                F.c.original)
                .where(F.c.doc_id == r.id))]
            M = S.mentions
            old_m = [tuple(x) for x in conn.execute(sa.select(
                M.c.doc_id, M.c.actor_id, M.c.start, M.c.end, M.c.ev_start, M.c.ev_end, M.c.via, M.c.original)
                .where(M.c.doc_id == r.id))]
            update_summaries(conn, db, old, sign=-1, mentions=old_m, dates={r.id: r.date})
            conn.execute(F.delete().where(F.c.doc_id == r.id))
            conn.execute(M.delete().where(M.c.doc_id == r.id))
            actors = _actor_rows(doc)
            if actors:
                conn.execute(_insert_ignore(db, S.actors), actors)
            original = conn.execute(sa.select(D.c.duplicate_of).where(D.c.id == r.id)).scalar() is None
            facts = reviewed_rows(conn, r.id, _fact_rows(doc, r.id, run_id, original=original))
            if facts:
                conn.execute(F.insert(), facts)
            mentions = _mention_rows(doc, r.id, original)
            _bulk(conn, "mentions", _MENTION_COLS, mentions)
            update_summaries(conn, db, facts, mentions=mentions, dates={r.id: r.date})
            conn.execute(D.update().where(D.c.id == r.id).values(run_id=run_id, status="ok", error=None))
        n += 1
    with db.write() as conn:
        conn.execute(S.runs.update().where(S.runs.c.id == run_id).values(finished_at=_now()))
    return n
