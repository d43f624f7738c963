"""``marsad conflicts``: where a plan provision contradicts a stated position or pledge."""
from __future__ import annotations

import json
import sys

import click

from .options import extraction_options, resolve_options


@click.command("conflicts")
@click.argument("paths", nargs=-1, required=True)
@extraction_options
@click.option("--json", "as_json", is_flag=True, help="Print the conflicts as JSON Lines.")
def command(paths, date, lang, kb, case, max_bytes, as_json):
    """Extract PATHS and list the conflicts between the case's plan provisions and the positions and
    pledges found, with the evidence of both sides."""
    from ..api import extract_sources
    from ..case import load_case
    from ..conflicts import find_conflicts
    from ..io import ReadError, read_sources

    options = resolve_options(date, lang, kb, max_bytes, case)
    docs, failed = [], False
    for item in extract_sources(read_sources(paths, max_bytes=options.max_bytes), options):
        if isinstance(item, ReadError):
            click.echo(f"marsad: {'warning' if item.warning else 'error'}: {item}", err=True)
            failed = failed or not item.warning
            continue
        docs.append(item)
    conflicts = find_conflicts(docs, load_case(options.case))
    for c in conflicts:
        if as_json:
            click.echo(json.dumps(c.to_dict(), ensure_ascii=False))
            continue
        actor = c.actor.get("name") or c.actor.get("id")
        click.echo(f"{c.plan} #{c.number} {c.relation} {c.topic}  <->  {actor} ({c.position})")
        if c.provision_text:
            click.echo(f"   provision: {c.provision_text}")
        for ev in c.provision_evidence[:1]:
            click.echo(f"   cited in {ev['doc']}: {' '.join(ev['text'].split())[:160]}")
        for ev in c.position_evidence[:2]:
            click.echo(f"   position in {ev['doc']}: {' '.join(ev['text'].split())[:160]}")
    if not as_json:
        click.echo(f"{len(conflicts)} conflicts in {len(docs)} documents")
    sys.exit(1 if failed else 0)
