"""``marsad conflicts``: where a plan provision contradicts a stated position or pledge."""
from __future__ import annotations

import json
import sys

import click

from .options import extraction_options, resolve_options
from .output import db_option, open_db


@click.command("conflicts")
@click.argument("paths", nargs=-1)
@db_option
@extraction_options
@click.option("--json", "as_json", is_flag=True, help="Print the conflicts as JSON Lines.")
def command(paths, db, date, lang, kb, case, max_bytes, as_json):
    """List the conflicts between the case's plan provisions and the positions and pledges, with the
    evidence of both sides: from the store, or from PATHS extracted on the fly."""
    from ..case import load_case

    options = resolve_options(date, lang, kb, max_bytes, case)
    the_case = load_case(options.case)
    failed = False
    if paths:
        from ..api import extract_sources
        from ..conflicts import find_conflicts
        from ..io import ReadError, read_sources

        docs = []
        for item in extract_sources(read_sources(paths, max_bytes=options.max_bytes), options):
            if isinstance(item, ReadError):
                click.echo(f"marsad: {'warning' if item.warning else 'error'}: {item}", err=True)
                failed = failed or not item.warning
                continue
            docs.append(item)
        rows = [c.to_dict() for c in find_conflicts(docs, the_case)]
    else:
        from ..store import queries as Q

        rows = Q.conflicts(open_db(db), the_case)
    for c in rows:
        if as_json:
            click.echo(json.dumps(c, ensure_ascii=False))
            continue
        actor = c["actor"].get("name") or c["actor"].get("id")
        click.echo(f"{c['plan']} #{c['number']} {c['relation']} {c['topic']}  <->  {actor} ({c['position']})")
        if c["provision_text"]:
            click.echo(f"   provision: {c['provision_text']}")
        for ev in c["provision_evidence"][:1]:
            click.echo(f"   cited in {ev['doc']}: {' '.join(ev['text'].split())[:160]}")
        for ev in c["position_evidence"][:2]:
            click.echo(f"   position in {ev['doc']}: {' '.join(ev['text'].split())[:160]}")
    if not as_json:
        click.echo(f"{len(rows)} conflicts")
    sys.exit(1 if failed else 0)
