"""The REST API over the store (JSON first), on FastAPI: ``marsad serve``.

Every response is JSON; errors share one envelope ``{"ok": false, "status": int, "error": str}`` and never
carry a stack trace. Lists are paginated with ``limit``/``offset`` and answer ``{"ok": true, "rows": [...],
"limit": n, "offset": n, "next": url-or-null}``. The OpenAPI document is at ``/openapi.json``. The server is
read-only.
"""
import datetime as dt
from typing import Any, Optional

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import MarsadError

__all__ = ["create_app"]

KINDS = ("quote", "stance", "figure", "event", "pledge", "provision")


def create_app(db_url: Optional[str] = None) -> FastAPI:
    """The API application over the store ``db_url`` (see :func:`marsad.store.db.resolve_url`)."""
    from ..api import kb_for
    from ..case import load_case
    from ..settings import Options
    from ..store import queries as Q
    from ..store.db import Database

    db = Database(db_url)
    options = Options.resolve()
    case = load_case(options.case)
    kb = kb_for(options)
    app = FastAPI(title="marsad", version=__import__("marsad").__version__,
                  description="Evidence-linked facts from Arabic and English news about negotiations.")

    def envelope(status: int, message: str) -> JSONResponse:
        return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException):
        return envelope(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
        return envelope(400, f"invalid {where or 'request'}: {first.get('msg', 'bad value')}")

    @app.exception_handler(MarsadError)
    async def _marsad(_req: Request, exc: MarsadError):
        return envelope(exc.http_status, str(exc))

    @app.exception_handler(Exception)
    async def _crash(_req: Request, _exc: Exception):
        return envelope(500, "internal error")

    def page(request: Request, rows: list, limit: int, offset: int) -> dict[str, Any]:
        nxt = None
        if len(rows) == limit:
            nxt = str(request.url.include_query_params(offset=offset + limit))
        return {"ok": True, "rows": rows, "limit": limit, "offset": offset, "next": nxt}

    def actors_of(name: str | None) -> list[str] | None:
        if not name:
            return None
        ids = Q.resolve_actor(db, name, kb)
        if not ids:
            raise HTTPException(404, f"no actor named {name!r}")
        return ids

    def topic_of(name: str | None) -> str | None:
        if not name:
            return None
        tid = Q.resolve_topic(case, name)
        if tid is None:
            raise HTTPException(404, f"no topic {name!r} in case {case.id}")
        return tid

    @app.get("/api/v1/stats", summary="Documents, sources, languages, actors and facts per kind")
    def stats() -> dict:
        return {"ok": True, **Q.stats(db)}

    @app.get("/api/v1/documents/{key}", summary="One document with its facts")
    def document(key: str) -> dict:
        d = Q.document(db, key)
        if d is None:
            raise HTTPException(404, f"no document {key!r}")
        return {"ok": True, **d}

    @app.get("/api/v1/facts/{kind}", summary="Facts of one kind, newest first, with filters")
    def facts(request: Request, kind: str, actor: str | None = None, topic: str | None = None,
              plan: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
              limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict:
        if kind not in KINDS:
            raise HTTPException(404, f"no fact kind {kind!r}; kinds: {', '.join(KINDS)}")
        if kind == "quote":
            rows = Q.quotes(db, speaker_ids=actors_of(actor), topic=topic_of(topic), since=since, limit=limit,
                            offset=offset)
        else:
            rows = Q.facts_of_kind(db, kind, actor_ids=actors_of(actor), topic=topic_of(topic), plan=plan,
                                   since=since, until=until, limit=limit, offset=offset)
        return page(request, rows, limit, offset)

    @app.get("/api/v1/quotes", summary="Quotes, filtered by speaker, topic, language, date")
    def quotes(request: Request, speaker: str | None = None, topic: str | None = None, lang: str | None = None,
               since: dt.date | None = None, limit: int = Query(50, ge=1, le=500),
               offset: int = Query(0, ge=0)) -> dict:
        if lang not in (None, "ar", "en"):
            raise HTTPException(400, "invalid lang: expected ar or en")
        rows = Q.quotes(db, speaker_ids=actors_of(speaker), topic=topic_of(topic), lang=lang, since=since,
                        limit=limit, offset=offset)
        return page(request, rows, limit, offset)

    @app.get("/api/v1/stances", summary="The actor x topic matrix")
    def stances(topic: str | None = None) -> dict:
        return {"ok": True, "cells": Q.stance_matrix(db, topic=topic_of(topic)),
                "topics": [{"id": t.id, **t.label} for t in case.topics.values()]}

    @app.get("/api/v1/actors/{name}", summary="Everything about one actor")
    def actor(name: str) -> dict:
        return {"ok": True, **Q.actor_profile(db, actors_of(name))}

    @app.get("/api/v1/search", summary="Full-text search of the sentences (Arabic-normalised)")
    def search(q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=100)) -> dict:
        return {"ok": True, "query": q, "rows": Q.search(db, q, limit=limit)}

    @app.get("/api/v1/conflicts", summary="Plan provisions against positions and pledges")
    def conflicts() -> dict:
        return {"ok": True, "rows": Q.conflicts(db, case)}

    return app
