"""Who may write: bearer tokens for the API, a signed session cookie for the desk, CSRF for its forms.

The server is read-only for everyone; writing (ingest, review) needs a token made with ``marsad token
create NAME``. API clients send it as ``Authorization: Bearer TOKEN``; an analyst pastes it once into the
desk's login form, which sets a session cookie (signed with a secret kept in the store, HttpOnly,
SameSite=Strict, Secure over HTTPS, 12 hours). Each session carries a random CSRF value that every form
of the desk sends back. A revoked token ends its sessions at once.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import HTTPException, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from ..store import schema as S
from ..store.db import Database
from ..store.tokens import store_secret, verify_token

SESSION_COOKIE = "marsad_session"
LOGIN_COOKIE = "marsad_login"  # the CSRF value of the login form, before there is a session
SESSION_SECONDS = 12 * 3600


@dataclass
class Session:
    user: str
    csrf: str


class Auth:
    def __init__(self, db: Database):
        self.db = db
        self._signer = URLSafeTimedSerializer(store_secret(db), salt="marsad-desk-session")

    # ------------------------------------------------------------------ API
    def writer(self, request: Request) -> str:
        """The name behind the request's bearer token, or 401."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise HTTPException(401, "writing needs a token: send 'Authorization: Bearer TOKEN' "
                                     "(make one with: marsad token create NAME)",
                                headers={"WWW-Authenticate": "Bearer"})
        name = verify_token(self.db, token.strip())
        if name is None:
            raise HTTPException(401, "invalid or revoked token", headers={"WWW-Authenticate": "Bearer"})
        return name

    # ------------------------------------------------------------------ desk
    def session(self, request: Request) -> Session | None:
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return None
        try:
            data = self._signer.loads(raw, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        T = S.tokens
        with self.db.read() as conn:
            live = conn.execute(sa.select(T.c.id).where(T.c.name == data.get("user"), T.c.revoked_at.is_(None),
                                                        T.c.digest == data.get("tok"))).first()
        return Session(data["user"], data["csrf"]) if live else None

    def login(self, token: str) -> tuple[str, str] | None:
        """(user, cookie value) for a valid token."""
        name = verify_token(self.db, token.strip())
        if name is None:
            return None
        from ..store.tokens import _digest

        return name, self._signer.dumps({"user": name, "csrf": secrets.token_urlsafe(24), "tok": _digest(token.strip())})

    @staticmethod
    def check_csrf(expected: str | None, given: str | None) -> None:
        if not expected or not given or not hmac.compare_digest(expected, given):
            raise HTTPException(403, "the form has expired or did not come from this desk; reload the page")

    @staticmethod
    def set_cookie(response, request: Request, name: str, value: str, max_age: int) -> None:
        response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")
