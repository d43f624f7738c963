"""``marsad serve``: the REST API over a store."""
from __future__ import annotations

import click

from .output import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
def command(db, host, port):
    """Serve the store's REST API (JSON, under /api/v1; OpenAPI at /openapi.json). Read-only."""
    import uvicorn

    from ..web.app import create_app

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
