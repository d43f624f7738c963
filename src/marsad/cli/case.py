"""``marsad case``: write, check and list case files."""
from __future__ import annotations

from pathlib import Path

import click


@click.group("case")
def command():
    """Case files: what a negotiation is about (actors, topics, plans, conflicts)."""


@command.command("new")
@click.argument("name")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: NAME.yaml in the current folder).")
def new(name, output):
    """Write a skeleton case file for the negotiation NAME."""
    from ..case import case_template

    text = case_template(name)
    path = Path(output or f"{text.split('id: ', 1)[1].split()[0]}.yaml")
    if path.exists():
        raise click.ClickException(f"{path} already exists; not overwritten")
    path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {path}; edit it, then run: marsad case check {path}")


@command.command("check")
@click.argument("file")
def check(file):
    """Validate a case FILE (or a shipped case name); errors name the line."""
    from ..api import kb_for
    from ..case import load_case
    from ..settings import Options

    case = load_case(file)
    kb_for(Options(case=file))  # the actors must load into the knowledge base too
    n_prov = sum(len(p.provisions) for p in case.plans.values())
    click.echo(f"{case.source}: ok: {len(case.actors)} actors, {len(case.topics)} topics, {len(case.plans)} plans "
               f"({n_prov} provisions), {len(case.relations)} relations")


@command.command("list")
def list_():
    """The shipped cases."""
    from ..case import load_case, shipped_cases

    for name in shipped_cases():
        c = load_case(name)
        click.echo(f"{name}: {c.name.get('en', '')} ({len(c.topics)} topics, {len(c.plans)} plans)")


@command.command("show")
@click.argument("name", default="ukraine-security-guarantees")
def show(name):
    """Topics, plans and relations of a case."""
    from ..case import load_case

    c = load_case(name)
    click.echo(f"{c.id}: {c.name.get('en', '')}")
    for t in c.topics.values():
        click.echo(f"  topic {t.id}: {t.label.get('en', '')} / {t.label.get('ar', '')}")
    for p in c.plans.values():
        click.echo(f"  plan {p.id}: {p.name.get('en', '')} ({len(p.provisions)} provisions)")
    for r in c.relations:
        click.echo(f"  relation {r.plan}#{r.number} {r.relation} {r.topic}")
