"""``marsad ingest``: read, de-duplicate, extract and store articles."""
from __future__ import annotations

import json
import sys

import click

from .options import extraction_options, resolve_options
from .output import db_option, open_db


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@extraction_options
@click.option("--batch", "batch_size", type=int, default=100, show_default=True,
              help="Documents per transaction.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that extract while this one writes (2 on a two-core machine).")
@click.option("--scheduler", metavar="NAME|ADDRESS", default=None,
              help="Where extraction runs: sync (this process), processes (a pool of --workers), dask (a Dask "
                   "cluster of --workers processes started for the run) or the address of a running Dask "
                   "scheduler (tcp://HOST:PORT). Default: sync with one worker, else processes.")
@click.option("--allow-private", is_flag=True, help="Let URLs reach private and loopback addresses.")
@click.option("--max-download", type=int, default=5_000_000, show_default=True, help="Largest download, in bytes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or per-document lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def command(paths, db, date, lang, kb, case, max_bytes, batch_size, workers, scheduler, allow_private, max_download, quiet, as_json):
    """Store PATHS once each, with their facts: files, folders, JSON Lines, RSS/Atom feed files, feed or
    article URLs (http/https), or - for standard input. The same text again is skipped; a near-duplicate
    is stored and linked to its first copy."""
    from ..fetch import expand_inputs
    from ..store.ingest import ingest
    from ..store.schedulers import check_name

    if scheduler is not None:
        check_name(scheduler)
    options = resolve_options(date, lang, kb, max_bytes, case)
    store = open_db(db)
    tty = sys.stderr.isatty() and not quiet
    bar = None
    if tty:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", desc="ingest", file=sys.stderr)

    def progress(rep):
        if bar is not None:
            bar.n = rep.read
            bar.set_postfix(stored=rep.stored, dup=rep.duplicates, refresh=False)
            bar.refresh()

    def message(msg):
        if quiet and not msg.startswith("error"):
            return
        if bar is not None:
            bar.write(f"marsad: {msg}", file=sys.stderr)
        else:
            click.echo(f"marsad: {msg}", err=True)

    sources = expand_inputs(paths, max_bytes=options.max_bytes, allow_private=allow_private,
                            max_download=max_download)
    report = ingest(store, sources, options, batch_size=batch_size, workers=workers, scheduler=scheduler,
                    on_progress=progress, on_message=message)
    if bar is not None:
        bar.close()
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    else:
        r = report
        click.echo(f"{r.read} read, {r.stored} stored ({r.near_duplicates} near-duplicates linked), "
                   f"{r.duplicates} already stored, {r.failed} failed extraction, {r.unreadable} unreadable "
                   f"-> {store.safe_url}")
    sys.exit(1 if report.unreadable or report.failed else 0)
