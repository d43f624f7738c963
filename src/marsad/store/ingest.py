"""Ingest: read, de-duplicate, extract and store documents, exactly once.

Each document is stored once: the same text again (by content hash) is skipped and reported; a
near-duplicate (the same wire story republished with small edits, found with MinHash and LSH bands) is
stored but linked to its first copy (``duplicate_of``) and left out of every aggregate. Documents are
written in batches, each batch one transaction holding the documents with all their sentences and facts:
killing the process at any moment loses at most the batch in flight, never half a document, and running
the same command again completes the job. A document whose extraction fails is stored with its error and
does not stop the run.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

import sqlalchemy as sa

from .. import __version__
from ..doc import Doc
from ..io import ReadError, Source
from ..settings import Options
from . import schema as S
from .db import Database
from .search_form import search_form

__all__ = ["IngestReport", "ingest", "content_hash", "store_doc_rows"]

NUM_PERM = 64
BANDS = 16
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity of word 3-gram shingles


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


def _minhash(text: str):
    from datasketch import MinHash

    words = re.findall(r"\w+", text.lower())
    m = MinHash(num_perm=NUM_PERM, seed=1)
    shingles = {" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(1, len(words) - 2))}
    m.update_batch(list(shingles))
    return m


def _bands(hv) -> list[str]:
    rows = NUM_PERM // BANDS
    return [f"{b}:{hashlib.blake2b(hv[b * rows:(b + 1) * rows].tobytes(), digest_size=10).hexdigest()}"
            for b in range(BANDS)]


def _similarity(a, b) -> float:
    import numpy as np

    return float(np.count_nonzero(a == b)) / len(a)


def _insert_ignore(db: Database, table: sa.Table):
    if db.is_sqlite:
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert(table).on_conflict_do_nothing()


def _fact_rows(doc: Doc, doc_row_id: int, run_id: int | None, original: bool = True) -> list[dict]:
    rows = []
    quote_topics = _quote_topics(doc)
    for f in doc.all_facts():
        rec = f.to_dict(doc.id)
        kind = rec["kind"]
        actor = rec.get("entity") or rec.get("speaker") or rec.get("actor")
        date = None
        if kind == "event" and rec.get("date"):
            try:
                date = dt.date.fromisoformat(rec["date"])
            except ValueError:
                date = None
        rows.append({
            "doc_id": doc_row_id, "run_id": run_id, "kind": kind,
            "actor_id": actor.get("id") if isinstance(actor, dict) else None,
            "topic": rec.get("topic") or quote_topics.get(id(f)), "polarity": rec.get("polarity"),
            "category": rec.get("category"), "doc_date": doc.date, "original": original,
            "value": rec.get("value"), "unit": rec.get("unit"), "date": date, "plan": rec.get("plan"),
            "number": rec.get("number"), "direct": rec.get("direct"), "text": rec.get("text"),
            "start": rec.get("start"), "end": rec.get("end"), "ev_start": rec["evidence"]["start"],
            "ev_end": rec["evidence"]["end"], "record": rec,
        })
    return rows


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


def update_summaries(conn, db: Database, rows: list[dict], sign: int = 1) -> None:
    """Keep fact_counts, mention_days and stance_cells in step with ``rows`` (fact rows added, sign=1, or
    removed, sign=-1). A stance cell's first and last dates only ever widen."""
    from collections import Counter

    kinds = Counter(r["kind"] for r in rows)
    if kinds:
        conn.execute(_upsert(db, S.fact_counts, [], ["kind"], lambda t, ex: {"n": t.c.n + ex.n}),
                     [{"kind": k, "n": sign * n} for k, n in kinds.items()])
    days = Counter((r["actor_id"], r["doc_date"] or S.NO_DATE) for r in rows
                   if r["kind"] == "mention" and r["original"] and r["actor_id"])
    if days:
        conn.execute(_upsert(db, S.mention_days, [], ["actor_id", "date"], lambda t, ex: {"n": t.c.n + ex.n}),
                     [{"actor_id": a, "date": d, "n": sign * n} for (a, d), n in days.items()])
    cells = {}
    for r in rows:
        if r["kind"] == "stance" and r["original"] and r["actor_id"]:
            cells[(r["actor_id"], r["topic"], r["polarity"], r["doc_id"])] = r["doc_date"]
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

        conn.execute(_upsert(db, S.stance_cells, [], ["actor_id", "topic", "polarity"], set_),
                     [{"actor_id": a, "topic": t, "polarity": p, "docs": sign * n,
                       "first": dates[(a, t, p)][0], "last": dates[(a, t, p)][1]} for (a, t, p), n in per_cell.items()])


def _actor_rows(doc: Doc) -> list[dict]:
    seen: dict[str, dict] = {}
    for f in doc.all_facts():
        rec = f.to_dict(doc.id)
        ents = [rec.get("entity"), rec.get("speaker"), rec.get("actor"), rec.get("place"),
                *(rec.get("participants") or [])]
        for e in ents:
            if isinstance(e, dict) and e.get("id") and e["id"] not in seen:
                seen[e["id"]] = {"id": e["id"], "type": e.get("type") or "group", "name": e.get("name") or e["id"],
                                 "name_ar": e.get("name_ar"), "provisional": bool(e.get("provisional"))}
    return list(seen.values())


def store_doc_rows(conn, db: Database, doc: Doc, *, key: str, chash: str, source_id: int | None,
                   run_id: int | None, status: str = "ok", error: str | None = None, duplicate_of=None,
                   similarity=None, signature: bytes | None = None) -> int:
    """Insert one document with its sentences, actors and facts (inside the caller's transaction)."""
    res = conn.execute(S.documents.insert().values(
        key=key, content_hash=chash, title=doc.meta.get("title"), url=doc.meta.get("url"), source_id=source_id,
        lang=doc.lang, date=doc.date, text=doc.text, norm=search_form(doc.text), duplicate_of=duplicate_of,
        similarity=similarity, signature=signature, status=status, error=error, run_id=run_id,
        ingested_at=_now()))
    doc_row_id = res.inserted_primary_key[0]
    if doc.sents:
        conn.execute(S.sentences.insert(), [
            {"doc_id": doc_row_id, "idx": i, "start": s, "end": e, "norm": search_form(doc.text[s:e])}
            for i, (s, e) in enumerate(doc.sents)])
    actors = _actor_rows(doc)
    if actors:
        conn.execute(_insert_ignore(db, S.actors), actors)
    facts = _fact_rows(doc, doc_row_id, run_id, original=duplicate_of is None)
    if facts:
        conn.execute(S.facts.insert(), facts)
        update_summaries(conn, db, facts)
    return doc_row_id


class _Batch:
    def __init__(self):
        self.items: list[tuple] = []
        self.hashes: set[str] = set()


def ingest(db: Database, sources: Iterable[Source | ReadError], options: Options | None = None, *,
           batch_size: int = 100, on_progress: Callable[[IngestReport], None] | None = None,
           on_message: Callable[[str], None] | None = None) -> IngestReport:
    """Store every source of ``sources`` once, with its facts."""
    from ..api import doc_from_source, load_pipeline

    options = options or Options()
    nlp = load_pipeline(options)
    report = IngestReport()
    say = on_message or report.messages.append
    with db.write() as conn:
        run_id = conn.execute(S.runs.insert().values(extractor_version=__version__, case_id=options.case,
                                                     started_at=_now())).inserted_primary_key[0]
        conn.execute(_insert_ignore(db, S.cases), [{"id": options.case, "name": options.case,
                                                    "source": options.case, "loaded_at": _now()}])
    batch = _Batch()

    def flush() -> int:
        """Write the batch; returns how many of its documents were near-duplicates."""
        if not batch.items:
            return 0
        near = _write_batch(db, batch, run_id)
        batch.__init__()
        return near

    for src in sources:
        if isinstance(src, ReadError):
            if not src.warning:
                report.unreadable += 1
            say(f"{'warning' if src.warning else 'error'}: {src}")
            continue
        report.read += 1
        chash = content_hash(src.text)
        if chash in batch.hashes or _hash_known(db, chash):
            report.duplicates += 1
            say(f"skipped: {src.path}: already stored (same text)")
            if on_progress:
                on_progress(report)
            continue
        error = None
        try:
            doc = nlp(doc_from_source(src, options))
            doc.meta["_case"] = options.case
        except Exception as e:  # an extractor bug must not stop an archive run: record it with the doc
            from ..api import make_doc

            doc = make_doc(src.text, id=src.id, meta=src.meta)
            error = f"{type(e).__name__}: {e}"
            report.failed += 1
            say(f"error: {src.path}: extraction failed ({error}); stored without facts")
        mh = _minhash(src.text)
        batch.items.append((src, doc, chash, error, mh))
        batch.hashes.add(chash)
        report.stored += 1
        if len(batch.items) >= batch_size:
            report.near_duplicates += flush()
        if on_progress:
            on_progress(report)
    report.near_duplicates += flush()
    with db.write() as conn:
        conn.execute(S.runs.update().where(S.runs.c.id == run_id).values(finished_at=_now()))
    return report


def _hash_known(db: Database, chash: str) -> bool:
    with db.read() as conn:
        return conn.execute(sa.select(S.documents.c.id).where(S.documents.c.content_hash == chash)).first() is not None


def _write_batch(db: Database, batch: _Batch, run_id: int) -> int:
    import numpy as np

    near = 0
    with db.write() as conn:
        sources: dict[str, int] = {}
        inserted: list[tuple[int, list[str], object]] = []  # (doc row id, bands, hashvalues) of this batch
        for src, doc, chash, error, mh in batch.items:
            if conn.execute(sa.select(S.documents.c.id).where(S.documents.c.content_hash == chash)).first():
                continue  # stored by a concurrent run in the meantime
            hv = mh.hashvalues.astype(np.uint64)
            bands = _bands(hv)
            dup_of, sim = _find_near_duplicate(conn, bands, hv, inserted)
            if dup_of is not None:
                near += 1
            name = doc.meta.get("source")
            source_id = None
            if name:
                source_id = sources.get(name)
                if source_id is None:
                    conn.execute(_insert_ignore(db, S.sources), [{"name": name, "url": None}])
                    source_id = conn.execute(sa.select(S.sources.c.id).where(S.sources.c.name == name)).scalar_one()
                    sources[name] = source_id
            key = _unique_key(conn, doc.id, chash)
            row_id = store_doc_rows(conn, db, doc, key=key, chash=chash, source_id=source_id, run_id=run_id,
                                    status="error" if error else "ok", error=error, duplicate_of=dup_of,
                                    similarity=sim, signature=hv.tobytes())
            conn.execute(S.doc_bands.insert(), [{"band": b, "doc_id": row_id} for b in bands])
            inserted.append((row_id, bands, hv))
    return near


def _find_near_duplicate(conn, bands: list[str], hv, inserted) -> tuple[int | None, float | None]:
    import numpy as np

    best = None
    for row_id, b2, hv2 in inserted:
        if set(bands) & set(b2):
            sim = _similarity(hv, hv2)
            if sim >= NEAR_DUPLICATE and (best is None or row_id < best[0]):
                best = (row_id, sim)
    rows = conn.execute(
        sa.select(S.documents.c.id, S.documents.c.signature, S.documents.c.duplicate_of)
        .select_from(S.doc_bands.join(S.documents, S.doc_bands.c.doc_id == S.documents.c.id))
        .where(S.doc_bands.c.band.in_(bands)).distinct()).fetchall()
    for row_id, sig, dup in rows:
        if sig is None:
            continue
        sim = _similarity(hv, np.frombuffer(sig, dtype=np.uint64))
        first = dup or row_id
        if sim >= NEAR_DUPLICATE and (best is None or first < best[0]):
            best = (first, sim)
    return (best[0], round(best[1], 3)) if best else (None, None)


def _unique_key(conn, key: str, chash: str) -> str:
    if conn.execute(sa.select(S.documents.c.id).where(S.documents.c.key == key)).first() is None:
        return key
    return f"{key}~{chash[:10]}"


def reextract(db: Database, options: Options | None = None, keys: list[str] | None = None) -> int:
    """Extract stored documents again (e.g. with a newer extractor) and replace their facts: each
    document's old facts are deleted and the new ones inserted in one transaction."""
    from ..api import load_pipeline, make_doc

    options = options or Options()
    nlp = load_pipeline(options)
    D = S.documents
    with db.write() as conn:
        run_id = conn.execute(S.runs.insert().values(extractor_version=__version__, case_id=options.case,
                                                     command="reextract", started_at=_now())).inserted_primary_key[0]
    q = sa.select(D.c.id, D.c.key, D.c.text, D.c.lang, D.c.date, D.c.title, D.c.url).where(D.c.text != "")
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
                F.c.kind, F.c.actor_id, F.c.topic, F.c.polarity, F.c.doc_id, F.c.doc_date, F.c.original)
                .where(F.c.doc_id == r.id))]
            update_summaries(conn, db, old, sign=-1)
            conn.execute(F.delete().where(F.c.doc_id == r.id))
            actors = _actor_rows(doc)
            if actors:
                conn.execute(_insert_ignore(db, S.actors), actors)
            original = conn.execute(sa.select(D.c.duplicate_of).where(D.c.id == r.id)).scalar() is None
            facts = _fact_rows(doc, r.id, run_id, original=original)
            if facts:
                conn.execute(F.insert(), facts)
                update_summaries(conn, db, facts)
            conn.execute(D.update().where(D.c.id == r.id).values(run_id=run_id, status="ok", error=None))
        n += 1
    with db.write() as conn:
        conn.execute(S.runs.update().where(S.runs.c.id == run_id).values(finished_at=_now()))
    return n
