"""``marsad extract``: facts of articles as JSON Lines (the facts contract) or a readable table."""
from __future__ import annotations

import json
import sys

import click

from .options import extraction_options, resolve_options


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@extraction_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one fact a line (see CONTRACT); table: a readable summary per article.")
def command(paths, date, lang, kb, case, max_bytes, fmt):
    """Extract facts from PATHS: .txt, .html and .jsonl files, folders, or - for standard input.

    Prints one JSON object per fact. Unreadable inputs get one line on stderr each and the rest is
    still processed; the exit status is 1 when any input failed.
    """
    from ..api import extract_sources
    from ..io import ReadError, read_sources
    from ..summary import render_doc

    options = resolve_options(date, lang, kb, max_bytes, case)
    failed = False
    out = sys.stdout
    for item in extract_sources(read_sources(paths, max_bytes=options.max_bytes), options):
        if isinstance(item, ReadError):
            click.echo(f"marsad: {'warning' if item.warning else 'error'}: {item}", err=True)
            failed = failed or not item.warning
            continue
        if fmt == "jsonl":
            for rec in item.to_records():
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            out.write(render_doc(item) + "\n")
    out.flush()
    sys.exit(1 if failed else 0)
