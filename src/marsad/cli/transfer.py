"""``marsad export`` and ``marsad import``."""
from __future__ import annotations

import sys

import click

from .output import db_option, open_db


@click.command("export")
@db_option
@click.option("--kind", type=click.Choice(["mention", "quote", "stance", "figure", "event", "pledge", "provision"]),
              default=None, help="Only facts of this kind (default: all).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File (default: standard output).")
@click.option("--reviewed", is_flag=True, help="Only facts an analyst accepted or corrected.")
def export(db, kind, fmt, output, reviewed):
    """Export facts, with their documents' metadata, to JSON Lines, CSV or Parquet. Analysts' reviews are in
    force: rejected facts are left out, corrected ones exported as corrected (with a "review" field)."""
    from ..store.transfer import export_records, write_export

    if fmt == "parquet" and not output:
        raise click.UsageError("Parquet needs a file: give -o FILE.parquet")
    if reviewed and kind == "mention":
        raise click.UsageError("mentions are not reviewed: --reviewed goes with the other kinds")
    n = write_export(export_records(open_db(db), kind, reviewed=reviewed), fmt, output or sys.stdout)
    click.echo(f"{n} facts exported", err=True)


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
def import_(file, db):
    """Load an export (JSON Lines, CSV or Parquet) into a store."""
    from ..store.transfer import import_records, read_records

    try:
        res = import_records(open_db(db), read_records(file))
    except (ValueError, KeyError) as e:
        raise click.ClickException(f"{file}: {e}") from None
    click.echo(f"{res['documents']} documents, {res['facts']} facts imported; "
               f"{res['skipped_documents']} documents already in the store")
