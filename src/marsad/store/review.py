"""Analysts' reviews of machine facts: accept, reject or correct.

A review is kept apart from the facts (table ``reviews``, with who and when) and names its fact by a key
made of the machine record (:func:`fact_key`: the kind, where it stands in the text and, where one sentence
holds several, its actor and topic). The newest review of a key is in force: the facts table holds the
reviewed fact (a corrected record, a ``review`` field telling who, when and what the machine said), and a
rejected fact is left out of it. Because the facts table is what every page, command and export reads,
reviews take precedence everywhere; and because :func:`reviewed_rows` is applied whenever a document's facts
are written again (``marsad reextract``), they survive re-extraction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import sqlalchemy as sa

from ..errors import MarsadError
from ..facts import EVENT_TYPES, PLEDGE_CATEGORIES, POLARITIES
from . import schema as S
from .db import Database

__all__ = ["ACTIONS", "EDITABLE", "ReviewError", "fact_key", "review", "reviewed_rows", "reviews_of"]

ACTIONS = ("accept", "reject", "correct")
# the fields an analyst may correct, per kind
EDITABLE: dict[str, tuple[str, ...]] = {
    "quote": ("speaker", "direct"),
    "stance": ("actor", "topic", "polarity"),
    "pledge": ("actor", "category", "value", "unit"),
    "figure": ("value", "unit", "counted"),
    "event": ("type", "date"),
    "provision": ("number",),
}


class ReviewError(MarsadError):
    http_status = 400


class NotFound(MarsadError):
    http_status = 404


def fact_key(rec: dict[str, Any]) -> str:
    """A stable name for a machine fact: what an analyst's review is attached to."""
    ev = rec.get("evidence") or {}
    ident: list[Any] = [rec.get("kind"), rec.get("start", ev.get("start")), rec.get("end", ev.get("end"))]
    if rec.get("kind") in ("stance", "pledge"):
        ident += [(rec.get("actor") or {}).get("id"), rec.get("topic") or rec.get("category")]
    elif rec.get("kind") == "provision":
        ident += [rec.get("plan"), ev.get("start")]
    return hashlib.sha1(json.dumps(ident, ensure_ascii=False).encode()).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _entity(conn, actor_id: str) -> dict:
    A = S.actors
    r = conn.execute(sa.select(A.c.id, A.c.type, A.c.name, A.c.name_ar).where(A.c.id == actor_id)).first()
    if r is None:
        raise ReviewError(f"no actor {actor_id!r} in the store")
    return {"id": r.id, "type": r.type, "name": r.name, "name_ar": r.name_ar}


def _validate(conn, kind: str, changes: dict[str, Any], topics: set[str] | None) -> dict[str, Any]:
    """The corrected fields, checked and normalised (actors become entity records)."""
    allowed = EDITABLE.get(kind, ())
    out: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in allowed:
            raise ReviewError(f"a {kind} fact has no field {field!r} to correct; it has: {', '.join(allowed)}")
        if field in ("speaker", "actor"):
            out[field] = None if value in (None, "") else _entity(conn, str(value))
        elif field == "polarity" and value not in POLARITIES:
            raise ReviewError(f"invalid polarity {value!r}: expected {', '.join(POLARITIES)}")
        elif field == "category" and value not in PLEDGE_CATEGORIES:
            raise ReviewError(f"invalid category {value!r}: expected {', '.join(PLEDGE_CATEGORIES)}")
        elif field == "type" and value not in EVENT_TYPES:
            raise ReviewError(f"invalid event type {value!r}: expected {', '.join(EVENT_TYPES)}")
        elif field == "topic" and topics is not None and value not in topics:
            raise ReviewError(f"invalid topic {value!r}: not a topic of the case")
        elif field in ("value", "number"):
            try:
                out[field] = None if value in (None, "") else (int(value) if field == "number" else float(value))
            except (TypeError, ValueError):
                raise ReviewError(f"invalid {field} {value!r}: expected a number") from None
            continue
        elif field == "date" and value not in (None, ""):
            try:
                dt.date.fromisoformat(str(value))
            except ValueError:
                raise ReviewError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
        elif field == "direct":
            value = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        if field not in out:
            out[field] = value
    return out


def _apply(machine: dict, rv) -> dict:
    """The record in force: the machine record with the review's corrections and its provenance."""
    rec = json.loads(json.dumps(machine))
    changes = rv.changes or {}
    rec.update(changes)
    rec["review"] = {"id": rv.id, "action": rv.action, "by": rv.reviewer,
                     "at": rv.created_at.isoformat() if rv.created_at else None,
                     "machine": {k: machine.get(k) for k in changes}, "note": rv.note}
    return rec


def _columns(rec: dict) -> dict[str, Any]:
    """The facts table's query columns of a record (what corrections may change)."""
    actor = rec.get("speaker") if rec.get("kind") == "quote" else rec.get("actor")
    date = None
    if rec.get("kind") == "event" and rec.get("date"):
        date = dt.date.fromisoformat(rec["date"])
    return {"actor_id": actor.get("id") if isinstance(actor, dict) else None, "polarity": rec.get("polarity"),
            "category": rec.get("category"), "value": rec.get("value"), "unit": rec.get("unit"), "date": date,
            "number": rec.get("number"), "direct": rec.get("direct"), **({"topic": rec["topic"]} if rec.get(
                "kind") == "stance" else {})}


def _latest(conn, doc_id: int) -> dict[str, Any]:
    R = S.reviews
    latest: dict[str, Any] = {}
    for rv in conn.execute(sa.select(R).where(R.c.doc_id == doc_id).order_by(R.c.id)):
        latest[rv.fact_key] = rv
    return latest


def reviewed_rows(conn, doc_id: int, rows: list[dict]) -> list[dict]:
    """Fact rows about to be written for a document, with the reviews in force applied: rejected facts
    left out, corrected ones changed, and reviewed facts the machine no longer finds put back."""
    latest = _latest(conn, doc_id)
    if not latest:
        return rows
    rows = [{**row, "review_id": None} for row in rows]
    out, seen = [], set()
    for row in rows:
        key = fact_key(row["record"])
        rv = latest.get(key)
        if rv is None:
            out.append(row)
            continue
        seen.add(key)
        if rv.action == "reject":
            continue
        rec = _apply(row["record"], rv)
        out.append({**row, **_columns(rec), "record": rec, "review_id": rv.id})
    template = rows[0] if rows else _template(conn, doc_id)
    for key, rv in latest.items():
        if key in seen or rv.action == "reject":
            continue
        rec = _apply(rv.machine, rv)
        base = dict(template)
        ev = rec.get("evidence") or {}
        base.update({"doc_id": doc_id, "kind": rv.kind, "text": rec.get("text"), "start": rec.get("start"),
                     "end": rec.get("end"), "ev_start": ev.get("start"), "ev_end": ev.get("end"),
                     "plan": rec.get("plan"), "topic": rec.get("topic"), **_columns(rec), "record": rec,
                     "review_id": rv.id})
        base.setdefault("original", True)
        out.append(base)
    return out


def _template(conn, doc_id: int) -> dict[str, Any]:
    """What a reviewed fact put back takes from its document when the machine found no fact there."""
    D = S.documents
    d = conn.execute(sa.select(D.c.date, D.c.duplicate_of, D.c.run_id).where(D.c.id == doc_id)).first()
    if d is None:
        return {}
    return {"doc_date": d.date or S.NO_DATE, "original": d.duplicate_of is None, "run_id": d.run_id}


_SUMMARY = ("kind", "actor_id", "topic", "polarity", "category", "doc_id", "doc_date", "original")


def _summary_rows(conn, doc_id: int) -> list[dict]:
    F = S.facts
    return [dict(r._mapping) for r in conn.execute(sa.select(*(F.c[c] for c in _SUMMARY)).where(F.c.doc_id == doc_id))]


def review(db: Database, fact_id: int, action: str, changes: dict[str, Any] | None = None, *, reviewer: str,
           note: str | None = None, topics: set[str] | None = None) -> dict[str, Any]:
    """Record an analyst's review of the fact ``fact_id`` and put it in force at once (facts and the
    summaries of the document, in one transaction). Returns ``{"review": id, "fact": record-or-None}``."""
    from .ingest import update_summaries

    if action not in ACTIONS:
        raise ReviewError(f"invalid action {action!r}: expected {', '.join(ACTIONS)}")
    changes = dict(changes or {})
    if action == "correct" and not changes:
        raise ReviewError("a correction needs at least one field to change")
    if action != "correct" and changes:
        raise ReviewError(f"only a correction changes fields ({action} does not)")
    F, R = S.facts, S.reviews
    with db.write() as conn:
        D = S.documents
        fact = conn.execute(sa.select(F.c.id, F.c.doc_id, F.c.kind, F.c.record, F.c.review_id,
                                      sa.func.substr(D.c.text, F.c.ev_start + 1, F.c.ev_end - F.c.ev_start)
                                      .label("ev_text"))
                            .select_from(F.join(D, F.c.doc_id == D.c.id)).where(F.c.id == fact_id)).first()
        if fact is None:
            raise NotFound(f"no fact {fact_id}")
        if fact.kind not in EDITABLE:
            raise ReviewError(f"{fact.kind} facts are not reviewed here")
        machine = dict(S.full_record(fact.record, evidence=fact.ev_text))
        if fact.review_id is not None:  # reviewing a reviewed fact: the key stays the machine's
            prev = conn.execute(sa.select(R.c.machine).where(R.c.id == fact.review_id)).scalar()
            machine = dict(prev) if prev is not None else {k: v for k, v in machine.items() if k != "review"}
        clean = _validate(conn, fact.kind, changes, topics)
        before = _summary_rows(conn, fact.doc_id)
        update_summaries(conn, db, before, sign=-1)
        rid = conn.execute(R.insert().values(
            doc_id=fact.doc_id, fact_key=fact_key(machine), kind=fact.kind, action=action, changes=clean or None,
            machine=machine, note=note or None, reviewer=reviewer, created_at=_now())).inserted_primary_key[0]
        rv = conn.execute(sa.select(R).where(R.c.id == rid)).first()
        rec = None
        if action == "reject":
            conn.execute(F.delete().where(F.c.id == fact_id))
        else:
            rec = _apply(machine, rv)
            conn.execute(F.update().where(F.c.id == fact_id).values(**_columns(rec), record=rec, review_id=rid))
        update_summaries(conn, db, _summary_rows(conn, fact.doc_id), sign=1)
    return {"review": rid, "fact": rec}


def reviews_of(db: Database, doc_key: str | None = None, *, limit: int = 200) -> list[dict[str, Any]]:
    """Reviews, newest first (of one document, or all), with the machine record each one reviewed."""
    R, D = S.reviews, S.documents
    q = (sa.select(R, D.c.key).select_from(R.join(D, R.c.doc_id == D.c.id)).order_by(R.c.id.desc()).limit(limit))
    if doc_key:
        q = q.where(D.c.key == doc_key)
    with db.read() as conn:
        return [{"id": r.id, "doc": r.key, "kind": r.kind, "action": r.action, "changes": r.changes,
                 "machine": r.machine, "note": r.note, "by": r.reviewer,
                 "at": r.created_at.isoformat() if r.created_at else None} for r in conn.execute(q)]
