"""Tokens that allow writing through the desk and the API (ingest, review).

A token is shown once, when it is created; the store keeps only its SHA-256 digest (a token is 32 random
bytes, so a fast digest is enough), with its name, creation and last use. Revoking keeps the row.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets

import sqlalchemy as sa

from ..errors import MarsadError
from . import schema as S
from .db import Database

__all__ = ["create_token", "verify_token", "list_tokens", "revoke_token", "TokenError", "store_secret"]

PREFIX = "marsad_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$")


class TokenError(MarsadError):
    http_status = 400


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def create_token(db: Database, name: str) -> str:
    """A new token for ``name`` (who will write with it); returns the token, which is not kept."""
    if not _NAME.match(name or ""):
        raise TokenError(f"invalid token name {name!r}: use letters, digits and . _ @ - (at most 128)")
    token = PREFIX + secrets.token_urlsafe(32)
    T = S.tokens
    with db.write() as conn:
        if conn.execute(sa.select(T.c.id).where(T.c.name == name)).first():
            raise TokenError(f"a token named {name!r} exists already (revoke it first: marsad token revoke {name})")
        conn.execute(T.insert().values(name=name, digest=_digest(token), created_at=_now()))
    return token


def verify_token(db: Database, token: str | None) -> str | None:
    """The name of a live token, or None."""
    if not token or not token.startswith(PREFIX):
        return None
    T = S.tokens
    with db.read() as conn:
        row = conn.execute(sa.select(T.c.id, T.c.name, T.c.last_used_at).where(
            T.c.digest == _digest(token), T.c.revoked_at.is_(None))).first()
    if row is None:
        return None
    now = _now()
    last = row.last_used_at
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=dt.timezone.utc)
    if last is None or now - last > dt.timedelta(minutes=1):  # not a write per request
        with db.write() as conn:
            conn.execute(T.update().where(T.c.id == row.id).values(last_used_at=now))
    return row.name


def list_tokens(db: Database) -> list[dict]:
    T = S.tokens
    with db.read() as conn:
        return [{"name": r.name, "created": r.created_at.isoformat(),
                 "last_used": r.last_used_at.isoformat() if r.last_used_at else None,
                 "revoked": r.revoked_at.isoformat() if r.revoked_at else None}
                for r in conn.execute(sa.select(T).order_by(T.c.id))]


def revoke_token(db: Database, name: str) -> None:
    T = S.tokens
    with db.write() as conn:
        n = conn.execute(T.update().where(T.c.name == name, T.c.revoked_at.is_(None)).values(revoked_at=_now())).rowcount
    if not n:
        raise TokenError(f"no live token named {name!r}")


def store_secret(db: Database, key: str = "session_secret") -> str:
    """A random secret kept in the store (made on first use): it signs the desk's session cookies, so
    sessions outlive a restart of the server and every server of one store accepts them."""
    St = S.store_settings
    with db.read() as conn:
        value = conn.execute(sa.select(St.c.value).where(St.c.key == key)).scalar()
    if value:
        return value
    with db.write() as conn:
        value = conn.execute(sa.select(St.c.value).where(St.c.key == key)).scalar()
        if not value:
            value = secrets.token_urlsafe(48)
            conn.execute(St.insert().values(key=key, value=value))
    return value
