"""Export facts (JSON Lines, CSV, Parquet) and import them back into a store."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import IO, Any, Iterator

import sqlalchemy as sa

from ..facts import FACT_KINDS
from . import schema as S
from .db import Database
from .ingest import _now, update_summaries

__all__ = ["export_records", "write_export", "import_records", "FLAT_COLUMNS"]

FLAT_COLUMNS = ("doc", "kind", "actor_id", "actor_name", "topic", "polarity", "category", "value", "unit", "date",
                "plan", "number", "direct", "text", "evidence_start", "evidence_end", "evidence_text",
                "doc_title", "doc_date", "doc_lang", "doc_url", "record")


def export_records(db: Database, kind: str | None = None, *, reviewed: bool = False) -> Iterator[dict[str, Any]]:
    """Every fact record (the contract's shape) with its document's metadata, in store order; with
    ``reviewed``, only the facts an analyst accepted or corrected."""
    from .queries import mention_records

    D, F = S.documents, S.facts
    docs = sa.select(D.c.id, D.c.key, D.c.title, D.c.date, D.c.lang, D.c.url, D.c.text).order_by(D.c.id)
    with db.read() as conn:
        for d in conn.execute(docs).fetchall():
            meta = {"title": d.title, "date": d.date.isoformat() if d.date else None, "lang": d.lang, "url": d.url}
            recs = []
            if kind in (None, "mention") and not reviewed:
                recs += mention_records(conn, d.id, d.key, d.text)
            if kind != "mention":
                q = sa.select(F.c.record).where(F.c.doc_id == d.id).order_by(F.c.id)
                if kind:
                    q = q.where(F.c.kind == kind)
                if reviewed:
                    q = q.where(F.c.review_id.is_not(None))
                recs += [dict(S.full_record(r.record, d.text)) for r in conn.execute(q)]
            for rec in recs:
                rec["doc"] = d.key
                rec["doc_meta"] = meta
                yield rec


def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    actor = rec.get("entity") or rec.get("speaker") or rec.get("actor") or {}
    meta = rec.get("doc_meta") or {}
    ev = rec.get("evidence") or {}
    return {"doc": rec.get("doc"), "kind": rec.get("kind"), "actor_id": actor.get("id"), "actor_name": actor.get("name"),
            "topic": rec.get("topic"), "polarity": rec.get("polarity"), "category": rec.get("category"),
            "value": rec.get("value"), "unit": rec.get("unit"), "date": rec.get("date"), "plan": rec.get("plan"),
            "number": rec.get("number"), "direct": rec.get("direct"), "text": rec.get("text"),
            "evidence_start": ev.get("start"), "evidence_end": ev.get("end"), "evidence_text": ev.get("text"),
            "doc_title": meta.get("title"), "doc_date": meta.get("date"), "doc_lang": meta.get("lang"),
            "doc_url": meta.get("url"), "record": json.dumps(rec, ensure_ascii=False)}


def write_export(records, fmt: str, out: IO[str] | str | Path) -> int:
    """Write records as jsonl, csv or parquet to a stream or a file; returns the number written."""
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [_flat(r) for r in records]
        n = len(rows)
        cols = {c: [row[c] for row in rows] for c in FLAT_COLUMNS}
        cols["value"] = [float(v) if v is not None else None for v in cols["value"]]
        cols["number"] = [int(v) if v is not None else None for v in cols["number"]]
        table = pa.table(cols) if rows else pa.table({c: pa.array([], pa.string()) for c in FLAT_COLUMNS})
        pq.write_table(table, out if isinstance(out, (str, Path)) else out.buffer)
        return n
    fh = open(out, "w", encoding="utf-8", newline="") if isinstance(out, (str, Path)) else out
    try:
        if fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS)
            w.writeheader()
            for r in records:
                w.writerow(_flat(r))
                n += 1
        else:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if fh is not out:
            fh.close()
    return n


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    p = Path(path)
    if p.suffix == ".parquet":
        import pyarrow.parquet as pq

        for rec in pq.read_table(p, columns=["record"]).column("record").to_pylist():
            yield json.loads(rec)
    elif p.suffix == ".csv":
        with open(p, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                yield json.loads(row["record"])
    else:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def import_records(db: Database, records) -> dict[str, int]:
    """Load exported records into a store: documents are created from their metadata (without text), facts
    are stored as they were. Documents already in the store are left alone."""
    from .ingest import _insert_ignore

    D, F = S.documents, S.facts
    by_doc: dict[str, list[dict]] = {}
    metas: dict[str, dict] = {}
    for rec in records:
        if rec.get("kind") not in FACT_KINDS or "evidence" not in rec:
            raise ValueError(f"not a fact record: {str(rec)[:80]}")
        by_doc.setdefault(rec["doc"], []).append(rec)
        metas.setdefault(rec["doc"], rec.get("doc_meta") or {})
    docs = facts = skipped = 0
    with db.write() as conn:
        for key, recs in by_doc.items():
            if conn.execute(sa.select(D.c.id).where(D.c.key == key)).first():
                skipped += 1
                continue
            meta = metas[key]
            date = dt.date.fromisoformat(meta["date"]) if meta.get("date") else None
            # the text as far as the facts cite it: each evidence at its place, blanks elsewhere
            size = max(r["evidence"]["end"] for r in recs)
            buf = [" "] * size
            for r in recs:
                ev = r["evidence"]
                buf[ev["start"]:ev["end"]] = list(ev["text"])
            doc_id = conn.execute(D.insert().values(
                key=key, content_hash=f"import:{key}", title=meta.get("title"), url=meta.get("url"),
                lang=meta.get("lang"), date=date, text="".join(buf), status="imported", ingested_at=_now())
            ).inserted_primary_key[0]
            rows, actors, mention_rows = [], {}, []
            for rec in recs:
                rec = {k: v for k, v in rec.items() if k != "doc_meta"}
                if rec["kind"] == "mention":
                    e = rec["entity"]
                    actors[e["id"]] = {"id": e["id"], "type": e.get("type") or "group", "name": e.get("name") or e["id"],
                                       "name_ar": e.get("name_ar"), "provisional": bool(e.get("provisional"))}
                    mention_rows.append({"doc_id": doc_id, "actor_id": e["id"], "start": rec["start"],
                                         "end": rec["end"], "ev_start": rec["evidence"]["start"],
                                         "ev_end": rec["evidence"]["end"], "via": None, "original": True})
                    continue
                actor = rec.get("entity") or rec.get("speaker") or rec.get("actor")
                if isinstance(actor, dict) and actor.get("id"):
                    actors[actor["id"]] = {"id": actor["id"], "type": actor.get("type") or "group",
                                           "name": actor.get("name") or actor["id"], "name_ar": actor.get("name_ar"),
                                           "provisional": bool(actor.get("provisional"))}
                ev_date = None
                if rec["kind"] == "event" and rec.get("date"):
                    ev_date = dt.date.fromisoformat(rec["date"])
                rows.append({"doc_id": doc_id, "kind": rec["kind"],
                             "actor_id": actor.get("id") if isinstance(actor, dict) else None,
                             "topic": rec.get("topic"), "polarity": rec.get("polarity"),
                             "category": rec.get("category"), "value": rec.get("value"), "unit": rec.get("unit"),
                             "date": ev_date, "plan": rec.get("plan"), "number": rec.get("number"),
                             "direct": rec.get("direct"), "text": rec.get("text"), "start": rec.get("start"),
                             "end": rec.get("end"), "ev_start": rec["evidence"]["start"],
                             "ev_end": rec["evidence"]["end"], "record": rec, "doc_date": date or S.NO_DATE,
                             "original": True})
            if actors:
                conn.execute(_insert_ignore(db, S.actors), list(actors.values()))
            if rows:
                conn.execute(F.insert(), rows)
            if mention_rows:
                conn.execute(S.mentions.insert(), mention_rows)
            update_summaries(conn, db, rows, mentions=[tuple(m.values()) for m in mention_rows],
                             dates={doc_id: date})
            docs += 1
            facts += len(rows) + len(mention_rows)
    return {"documents": docs, "facts": facts, "skipped_documents": skipped}
