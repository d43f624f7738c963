"""``marsad serve``: the REST API over a store."""
from __future__ import annotations

import click

from .output import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--case", default=None, metavar="NAME|FILE", help="Case followed (topics, plans).")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (each answers requests on its own core).")
def command(db, host, port, case, workers):
    """Serve the analyst's desk (web pages at /) and the REST API (JSON under /api/v1, OpenAPI at
    /openapi.json) over the store. Reading is open; writing needs a token (marsad token create NAME)."""
    import os

    import uvicorn

    from ..web.app import create_app

    app = create_app(db, case=case)  # checks the store and the case, and migrates, once
    click.echo(f"marsad desk on http://{host}:{port}/ (store {app.state.desk.db.safe_url}); Ctrl-C stops it",
               err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    from ..store.db import resolve_url

    os.environ["_MARSAD_SERVE_DB"] = resolve_url(db)
    os.environ["_MARSAD_SERVE_CASE"] = case or ""
    uvicorn.run("marsad.web.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level="warning")
