"""Output shared by the commands that ask the store: a readable table on a terminal, --json/--csv for
scripts."""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from typing import Any, Iterable, Sequence

import click


def output_options(f):
    f = click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print JSON.")(f)
    return f


def db_option(f):
    return click.option("--db", default=None, metavar="PATH|URL",
                        help="Store: a SQLite file or postgresql:// URL (default: MARSAD_DB, else the "
                             "user's data directory).")(f)


def open_db(db: str | None):
    from ..store.db import Database

    return Database(db)


def _width(s: str) -> int:
    return sum(0 if unicodedata.combining(c) else (2 if unicodedata.east_asian_width(c) in "WF" else 1) for c in s)


def _cut(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def emit(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str, int]], *, as_json: bool, as_csv: bool,
         raw: Any = None) -> None:
    """``columns``: (key, header, max width). JSON prints ``raw`` (or the rows) whole."""
    if as_json:
        click.echo(json.dumps(raw if raw is not None else list(rows), ensure_ascii=False, indent=1, default=str))
        return
    if as_csv:
        w = csv.writer(sys.stdout)
        w.writerow([h for _, h, _ in columns])
        for r in rows:
            w.writerow([_get(r, k) for k, _, _ in columns])
        return
    cells = [[_cut(_get(r, k) if _get(r, k) is not None else "", n) for k, _, n in columns] for r in rows]
    widths = [max([_width(h)] + [_width(c[i]) for c in cells]) for i, (_, h, _) in enumerate(columns)]
    click.echo("  ".join(h + " " * (widths[i] - _width(h)) for i, (_, h, _) in enumerate(columns)))
    click.echo("  ".join("-" * w for w in widths))
    for c in cells:
        click.echo("  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(c)))


def _get(row: dict, key: str):
    cur: Any = row
    for part in key.split("."):
        if isinstance(cur, dict):
            cur = cur.get(part)
        else:
            return None
    return cur


def parse_day(value: str | None):
    if not value:
        return None
    from ..settings import parse_date

    return parse_date(value)


def actor_ids(db, name: str) -> list[str]:
    from ..api import kb_for
    from ..settings import Options
    from ..store.queries import resolve_actor

    ids = resolve_actor(db, name, kb_for(Options.resolve()))
    if not ids:
        raise click.ClickException(f"no actor named {name!r} in the knowledge base or the store")
    return ids


def rows_of(items: Iterable[dict]) -> list[dict]:
    return list(items)
