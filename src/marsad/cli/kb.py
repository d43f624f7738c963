"""``marsad kb``: inspect and check the actor knowledge base."""
from __future__ import annotations

import json
from collections import Counter

import click


@click.group("kb")
def command():
    """Inspect the actor knowledge base and check user files."""


@command.command("info")
@click.option("--kb", "kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra knowledge-base file; repeatable.")
def info(kb):
    """Counts of actors by type, aliases and roles."""
    from ..kb import load_kb

    base = load_kb(kb)
    types = Counter(a.type for a in base)
    click.echo(f"actors: {len(base)}")
    for t, n in sorted(types.items()):
        click.echo(f"  {t}: {n}")
    click.echo(f"aliases: {sum(len(a.aliases) for a in base)}")
    click.echo(f"roles: {sum(len(a.roles) for a in base)}")


@command.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def check(files):
    """Validate user knowledge-base FILES (JSON Lines or YAML) on top of the shipped base."""
    from ..kb import load_kb

    kb = load_kb()
    before = len(kb)
    for f in files:
        n = kb.load_file(f)
        click.echo(f"{f}: {n} actors ok")
    click.echo(f"{len(kb) - before} new actors, {len(kb)} in all")


@command.command("lookup")
@click.argument("name")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="Show the roles active on this date.")
def lookup(name, date):
    """Find the actors a NAME (any alias, Arabic or English, or an id) links to."""
    from ..api import extract
    from ..kb import default_kb

    kb = default_kb()
    hits = [kb[name]] if name in kb else []
    if not hits:
        doc = extract(name, date=date)
        seen = []
        for m in doc.mentions:
            if m.entity.id not in seen:
                seen.append(m.entity.id)
        hits = [kb.get(i) for i in seen if kb.get(i)]
    if not hits:
        raise click.ClickException(f"no actor named {name!r}")
    for a in hits:
        click.echo(json.dumps({"id": a.id, "type": a.type, "name": a.name, "name_ar": a.name_ar,
                               "roles": [{"title": r.title, "country": r.country, "org": r.org,
                                          "start": r.start and r.start.isoformat(),
                                          "end": r.end and r.end.isoformat()} for r in a.roles]},
                              ensure_ascii=False))
