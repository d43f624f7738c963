"""The analyst's desk and the REST API over the store, on FastAPI: ``marsad serve``.

One application serves the HTML pages (``web/pages.py``, Jinja2 templates with every piece of article text
escaped, charts from the plotly.js file installed with the ``plotly`` package: no CDN) and the JSON API
under ``/api/v1`` (``web/api.py``, OpenAPI at ``/openapi.json``). Reading is open; writing (ingest, review)
needs a token (``web/auth.py``). Request bodies are capped at ``MARSAD_MAX_BYTES``; errors never carry a
stack trace: the API answers ``{"ok": false, "status": int, "error": str}``, the pages an error page.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import MarsadError

__all__ = ["create_app", "Desk"]


@dataclass
class Desk:
    """What every route needs: the store, the case followed, the knowledge base, the options."""
    db: Any
    case: Any
    kb: Any
    options: Any
    auth: Any
    _cache: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def generation(self) -> tuple:
        """Changes whenever the store does: a document stored, facts written (ingest, re-extraction,
        import) or a review made. Three look-ups of a primary key's maximum."""
        import sqlalchemy as sa

        with self.db.read() as conn:
            return tuple(conn.execute(sa.text(
                "SELECT (SELECT max(id) FROM documents), (SELECT max(id) FROM facts), "
                "(SELECT max(id) FROM reviews)")).one())

    def cached(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)``, answered from memory while the store has not changed: the aggregates
        (counts, charts, stance cells, conflicts) and name look-ups repeat on every page view. Callers must
        not change what they get."""
        key = (fn.__module__, fn.__qualname__, tuple(map(_key, args)), tuple((k, _key(v)) for k, v in sorted(kwargs.items())))
        gen = self.generation()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == gen:
            return hit[1]
        value = fn(*args, **kwargs)
        with self._lock:
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[key] = (gen, value)
        return value

    def actor_ids(self, name: str | None) -> list[str] | None:
        from ..store import queries as Q

        if not name:
            return None
        ids = self.cached(Q.resolve_actor, self.db, name, self.kb)
        if not ids:
            raise HTTPException(404, f"no actor named {name!r}")
        return ids

    def topic_id(self, name: str | None) -> str | None:
        from ..store import queries as Q

        if not name:
            return None
        tid = Q.resolve_topic(self.case, name)
        if tid is None:
            raise HTTPException(404, f"no topic {name!r} in case {self.case.id}")
        return tid


ERROR_SCHEMA = {"type": "object", "required": ["ok", "status", "error"],
                "properties": {"ok": {"type": "boolean", "const": False}, "status": {"type": "integer"},
                               "error": {"type": "string"}}}


def _openapi(app: FastAPI) -> dict:
    """The OpenAPI document as the server behaves: a bad request is a 400 with the error envelope (not
    FastAPI's 422), and every operation may answer the envelope with 404 or 500."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for ops in spec.get("paths", {}).values():
        for method, op in ops.items():
            responses = op.setdefault("responses", {})
            if responses.pop("422", None) is not None:
                responses["400"] = {"description": "Bad request", **error}
            responses.setdefault("404", {"description": "Not found", **error})
            if method == "post":
                responses["401"] = {"description": "No valid bearer token", **error}
                op["security"] = [{"bearer": []}]
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    spec["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    app.openapi_schema = spec
    return spec


def _key(value: Any) -> Any:
    """A cache-key part: the value itself when hashable, else its identity (the case, the store)."""
    try:
        hash(value)
        return value
    except TypeError:
        return ("id", id(value))


class BodyLimit:
    """Refuse a request body larger than ``limit`` bytes with 413, whether it announces its length or not."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _too_large(self.limit, send)
        seen = 0

        async def counted():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return msg

        try:
            return await self.app(scope, counted, send)
        except _TooLarge:
            return await _too_large(self.limit, send)


class _TooLarge(Exception):
    pass


async def _too_large(limit: int, send) -> None:
    body = JSONResponse({"ok": False, "status": 413, "error": f"request body over {limit} bytes"},
                        status_code=413).body
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


SECURITY_HEADERS = {
    # article text is untrusted: no inline script may run, whatever slipped through
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                               "form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


def app_from_env() -> FastAPI:
    """The application of one server process of ``marsad serve --workers N`` (the parent has migrated the
    store and passes it in the environment)."""
    import os

    return create_app(os.environ["_MARSAD_SERVE_DB"], case=os.environ.get("_MARSAD_SERVE_CASE") or None,
                      migrate=False)


def create_app(db_url: Optional[str] = None, *, case: str | None = None, migrate: bool = True) -> FastAPI:
    """The desk and API over the store ``db_url`` (see :func:`marsad.store.db.resolve_url`)."""
    from ..api import kb_for
    from ..case import load_case
    from ..settings import Options
    from ..store.db import Database
    from . import api, pages
    from .auth import Auth

    db = Database(db_url, migrate=migrate)
    options = Options.resolve(case=case)
    desk = Desk(db=db, case=load_case(options.case), kb=kb_for(options), options=options, auth=Auth(db))
    app = FastAPI(title="marsad", version=__import__("marsad").__version__, docs_url=None, redoc_url=None,
                  description="Evidence-linked facts from Arabic and English news about negotiations. Reading is "
                              "open; writing (POST) needs a bearer token made with `marsad token create NAME`.")
    app.state.desk = desk

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    def failure(request: Request, status: int, message: str, headers=None):
        if wants_json(request):
            return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status,
                                headers=headers)
        return pages.error_page(request, status, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return failure(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body", "form"))
        return failure(request, 400, f"invalid {where or 'request'}: {first.get('msg', 'bad value')}")

    @app.exception_handler(MarsadError)
    async def _marsad(request: Request, exc: MarsadError):
        return failure(request, exc.http_status, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, _exc: Exception):
        return failure(request, 500, "internal error")

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    app.include_router(api.router(desk))
    app.include_router(pages.router(desk))
    app.openapi = lambda: _openapi(app)
    app.add_middleware(BodyLimit, limit=options.max_bytes)
    return app
