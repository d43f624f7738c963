"""The REST API under ``/api/v1``: JSON first, the same answers as the CLI.

Lists are paginated with ``limit``/``offset`` and answer ``{"ok": true, "rows": [...], "limit": n,
"offset": n, "next": url-or-null}``. Fact rows carry ``fact_id`` (the store's id, for review). Writing
(``POST``) needs ``Authorization: Bearer TOKEN``.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

KINDS = ("quote", "stance", "figure", "event", "pledge", "provision")


class DocumentIn(BaseModel):
    text: str = Field(..., min_length=1, description="The article's text (plain text).")
    title: str | None = None
    date: dt.date | None = Field(None, description="The article's date: relative dates resolve against it.")
    lang: Literal["ar", "en"] | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = Field(None, max_length=512, description="The document's key (default: from its content).")


class ReviewIn(BaseModel):
    action: Literal["accept", "reject", "correct"]
    changes: dict[str, Any] | None = Field(None, description="For a correction: the fields and their new values "
                                                             "(an actor by id or by name).")
    note: str | None = Field(None, max_length=2000)


def page(request: Request, rows: list, limit: int, offset: int) -> dict[str, Any]:
    nxt = str(request.url.include_query_params(offset=offset + limit)) if len(rows) == limit else None
    return {"ok": True, "rows": rows, "limit": limit, "offset": offset, "next": nxt}


def ingest_records(desk, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Store posted documents (each checked as :class:`DocumentIn`) through the ingest of the store."""
    from ..io import Source
    from ..store.ingest import content_hash, ingest

    sources = []
    for i, rec in enumerate(records, 1):
        try:
            doc = DocumentIn.model_validate(rec)
        except Exception as e:
            first = e.errors()[0] if hasattr(e, "errors") and e.errors() else {}
            where = ".".join(str(x) for x in first.get("loc", ()))
            raise HTTPException(400, f"document {i}: invalid {where or 'record'}: {first.get('msg', 'bad value')}")
        if not doc.text.strip():
            raise HTTPException(400, f"document {i}: empty text")
        key = doc.id or "api-" + content_hash(doc.text)[:16]
        meta = {k: v for k, v in (("title", doc.title), ("date", doc.date.isoformat() if doc.date else None),
                                  ("url", doc.url), ("source", doc.source), ("lang", doc.lang)) if v}
        sources.append(Source(key, doc.text.replace("\r\n", "\n"), f"request:{i}", meta))
    report = ingest(desk.db, sources, desk.options)
    return {"ok": True, **report.to_dict(), "documents": [s.id for s in sources], "messages": report.messages}


def router(desk) -> APIRouter:
    from ..store import queries as Q
    from ..store.review import review, reviews_of

    r = APIRouter(prefix="/api/v1")
    writer = Depends(desk.auth.writer)

    @r.get("/stats", summary="Documents, sources, languages, actors and facts per kind")
    def stats() -> dict:
        return {"ok": True, **desk.cached(Q.stats, desk.db)}

    @r.get("/documents", summary="Documents, newest first")
    def documents(request: Request, lang: str | None = None,
                  title: str | None = Query(None, max_length=200, description="words the title holds"),
                  limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict:
        if lang not in (None, "ar", "en"):
            raise HTTPException(400, "invalid lang: expected ar or en")
        return page(request, Q.documents(desk.db, lang=lang, title=title, limit=limit, offset=offset), limit, offset)

    @r.post("/documents", status_code=201, summary="Ingest documents: a JSON object, or JSON Lines of them",
            openapi_extra={"requestBody": {"content": {
                "application/json": {"schema": DocumentIn.model_json_schema()},
                "application/x-ndjson": {"schema": {"type": "string", "description": "one DocumentIn a line"}}},
                "required": True}})
    async def post_documents(request: Request, _who: str = writer):
        raw = await request.body()
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, "the body is not UTF-8")
        records: list = []
        if ctype in ("application/x-ndjson", "application/jsonl", "application/json-lines"):
            for i, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError:
                        raise HTTPException(400, f"line {i}: not JSON")
        elif ctype == "application/json":
            try:
                records = [json.loads(text)]
            except json.JSONDecodeError:
                raise HTTPException(400, "the body is not JSON")
        else:
            raise HTTPException(415, "send application/json (one document) or application/x-ndjson (many)")
        if not records or not all(isinstance(x, dict) for x in records):
            raise HTTPException(400, "expected a JSON object with a \"text\" field per document")
        result = ingest_records(desk, records)
        return JSONResponse(result, status_code=201 if result["stored"] else 200)

    @r.get("/documents/{key}", summary="One document with its facts")
    def document(key: str) -> dict:
        d = Q.document(desk.db, key)
        if d is None:
            raise HTTPException(404, f"no document {key!r}")
        return {"ok": True, **d}

    @r.get("/facts/{kind}", summary="Facts of one kind, newest first, with filters")
    def facts(request: Request, kind: str, actor: str | None = None, topic: str | None = None,
              plan: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
              reviewed: bool = False, limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict:
        if kind not in KINDS:
            raise HTTPException(404, f"no fact kind {kind!r}; kinds: {', '.join(KINDS)}")
        if kind == "quote":
            rows = Q.quotes(desk.db, speaker_ids=desk.actor_ids(actor), topic=desk.topic_id(topic), since=since,
                            reviewed=reviewed, limit=limit, offset=offset)
        else:
            rows = Q.facts_of_kind(desk.db, kind, actor_ids=desk.actor_ids(actor), topic=desk.topic_id(topic),
                                   plan=plan, since=since, until=until, reviewed=reviewed, limit=limit,
                                   offset=offset)
        return page(request, rows, limit, offset)

    @r.post("/facts/{fact_id}/review", summary="Accept, reject or correct a fact (needs a token)")
    def review_fact(fact_id: int, body: ReviewIn, who: str = writer) -> dict:
        changes = resolve_changes(desk, body.changes or {})
        out = review(desk.db, fact_id, body.action, changes, reviewer=who, note=body.note,
                     topics=set(desk.case.topics))
        return {"ok": True, **out}

    @r.get("/reviews", summary="Reviews, newest first (of one document with doc=KEY)")
    def reviews(doc: str | None = None, limit: int = Query(100, ge=1, le=1000)) -> dict:
        return {"ok": True, "rows": reviews_of(desk.db, doc, limit=limit)}

    @r.get("/quotes", summary="Quotes, filtered by speaker, topic, language, date and words (q)")
    def quotes(request: Request, speaker: str | None = None, topic: str | None = None, lang: str | None = None,
               since: dt.date | None = None, q: str | None = Query(None, max_length=200),
               limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict:
        if lang not in (None, "ar", "en"):
            raise HTTPException(400, "invalid lang: expected ar or en")
        rows = Q.quotes(desk.db, speaker_ids=desk.actor_ids(speaker), topic=desk.topic_id(topic), lang=lang,
                        since=since, words=q or None, limit=limit, offset=offset)
        return page(request, rows, limit, offset)

    @r.get("/stances", summary="The actor x topic matrix")
    def stances(topic: str | None = None) -> dict:
        return {"ok": True, "cells": desk.cached(Q.stance_matrix, desk.db, topic=desk.topic_id(topic)),
                "topics": [{"id": t.id, **t.label} for t in desk.case.topics.values()]}

    @r.get("/actors", summary="The most mentioned actors")
    def actors(limit: int = Query(50, ge=1, le=500)) -> dict:
        return {"ok": True, "rows": desk.cached(Q.top_actors, desk.db, limit=limit)}

    @r.get("/actors/{name}", summary="Everything about one actor")
    def actor(name: str) -> dict:
        return {"ok": True, **desk.cached(Q.actor_profile, desk.db, tuple(desk.actor_ids(name)))}

    @r.get("/search", summary="Full-text search of the sentences (Arabic-normalised)")
    def search(q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=100)) -> dict:
        return {"ok": True, "query": q, "rows": Q.search(desk.db, q, limit=limit)}

    @r.get("/conflicts", summary="Plan provisions against positions and pledges")
    def conflicts() -> dict:
        return {"ok": True, "rows": desk.cached(Q.conflicts, desk.db, desk.case)}

    return r


def resolve_changes(desk, changes: dict[str, Any]) -> dict[str, Any]:
    """Actors in a correction may be named (in Arabic or English) instead of given by id."""
    from ..store import queries as Q

    out = dict(changes)
    for field in ("speaker", "actor"):
        value = out.get(field)
        if isinstance(value, str) and value.strip():
            ids = Q.resolve_actor(desk.db, value.strip(), desk.kb)
            if ids:
                out[field] = ids[0]
    if isinstance(out.get("topic"), str) and out["topic"] not in desk.case.topics:
        out["topic"] = Q.resolve_topic(desk.case, out["topic"]) or out["topic"]
    return out
