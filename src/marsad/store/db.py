"""The store: one :class:`Database` wrapper over SQLite (embedded default) or PostgreSQL (for teams).

Every command takes ``--db`` with a file path (SQLite) or a database URL (``postgresql://...``), or reads
``MARSAD_DB``; without either it uses ``marsad.db`` in the user's data directory. The schema is created and
upgraded by Alembic migrations (``store/migrations``), tracked in the ``alembic_version`` table. Writes go
through one writer (a lock, and ``BEGIN IMMEDIATE`` on SQLite, so concurrent readers never see half a
document).
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import MarsadError

__all__ = ["Database", "resolve_url", "StorageError", "default_db_path"]


class StorageError(MarsadError):
    http_status = 503


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("marsad", appauthor=False)) / "marsad.db"


def resolve_url(db: str | None) -> str:
    """A SQLAlchemy URL for ``--db``: a path is a SQLite file, ``postgresql://`` uses psycopg."""
    db = db or os.environ.get("MARSAD_DB") or str(default_db_path())
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    path = Path(db).expanduser()
    return f"sqlite:///{path.resolve()}"


def _orjson():
    import orjson

    return orjson


def json_text(value) -> str:
    """A value as compact JSON text, non-ASCII characters kept as they are (orjson: a fact record in a
    tenth of the time of the standard library)."""
    orjson = _orjson()
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


class Database:
    """Open (and migrate) a store. ``Database(":memory:")`` is not supported: a store is a file or a server."""

    def __init__(self, db: str | None = None, *, migrate: bool = True):
        self.url = resolve_url(db)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            path = Path(self.url[len("sqlite:///"):])
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StorageError(f"cannot create the folder of {path}: {e.strerror}") from e
        self.engine: Engine = self._engine()
        self._write_lock = threading.Lock()
        if migrate:
            self.migrate()

    def _engine(self) -> Engine:
        json_args = {"json_serializer": json_text, "json_deserializer": _orjson().loads}
        if self.is_sqlite:
            eng = sa.create_engine(self.url, connect_args={"timeout": 30, "isolation_level": None}, **json_args)

            @sa.event.listens_for(eng, "connect")
            def _pragmas(dbapi_conn, _rec):
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                # a checkpoint every 10,000 pages (40 MB of log) instead of 1,000: the pages an ingest keeps
                # rewriting (indexes, summaries) are copied back once per checkpoint, not ten times
                cur.execute("PRAGMA wal_autocheckpoint=10000")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=30000")
                # up to 64 MB of pages kept per connection (2 MB by default), taken only as pages are read:
                # ingest inserts all over the fact and mention indexes, and past a few thousand documents the
                # default cache kept re-reading their pages (writes 12 % cheaper at 5,000 documents)
                cur.execute("PRAGMA cache_size=-65536")
                cur.close()

            @sa.event.listens_for(eng, "begin")
            def _begin(conn):
                conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

            return eng
        try:
            return sa.create_engine(self.url, pool_pre_ping=True, **json_args)
        except Exception as e:  # a malformed URL
            raise StorageError(f"cannot use database {self.safe_url}: {e}") from e

    @property
    def safe_url(self) -> str:
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def migrate(self) -> None:
        """Bring the schema to the newest migration."""
        from alembic import command
        from alembic.config import Config
        from alembic.util.exc import CommandError

        cfg = Config(str(resources.files("marsad.store") / "alembic.ini"))
        try:
            with self.engine.connect() as conn:
                conn.info["write"] = True
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
        except sa.exc.OperationalError as e:
            raise StorageError(f"cannot open database {self.safe_url}: {e.orig}") from e
        except CommandError as e:  # the store's schema is one this version does not know
            raise StorageError(f"cannot use database {self.safe_url}: its schema is newer than this version "
                               f"of marsad ({e}); upgrade marsad to open it") from e

    @contextmanager
    def write(self, *, check_references: bool = True) -> Iterator[Connection]:
        """One write transaction at a time (the single writer).

        ``check_references=False`` (SQLite): the transaction's rows are not checked against the rows they
        refer to, for a writer whose rows refer only to rows it has just written or read in the same
        transaction (ingest: a look-up in the documents table for every sentence, mention and fact saved).
        PostgreSQL checks them all the same."""
        with self._write_lock:
            with self.engine.connect() as conn:
                conn.info["write"] = True
                unchecked = not check_references and self.is_sqlite
                # (on the driver's connection, outside a transaction: SQLite ignores the pragma inside one)
                raw = conn.connection.driver_connection if unchecked else None
                if unchecked:
                    raw.execute("PRAGMA foreign_keys=OFF")
                try:
                    with conn.begin():
                        yield conn
                finally:
                    if unchecked:
                        raw.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
