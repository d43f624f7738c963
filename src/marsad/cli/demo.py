"""``marsad demo`` (the main job on the bundled corpus) and ``marsad brief``."""
from __future__ import annotations

import click

from .output import db_option, open_db


def _demo_db() -> str:
    from ..store.db import default_db_path

    return str(default_db_path().with_name("marsad-demo.db"))


@click.command("demo")
@db_option
@click.option("--extract-only", is_flag=True, help="Only extract each article and summarise its facts.")
def command(db, extract_only):
    """Ingest the bundled demo corpus (nine Arabic and English articles) into a store and print the
    briefing. The store is marsad-demo.db in the user's data directory unless --db says otherwise."""
    from importlib import resources

    from ..api import extract_sources
    from ..io import ReadError, read_sources
    from ..settings import Options
    from ..summary import render_doc

    with resources.as_file(resources.files("marsad") / "demo") as path:
        if extract_only:
            n = 0
            for item in extract_sources(read_sources([str(path)]), Options()):
                if isinstance(item, ReadError):
                    click.echo(f"marsad: {item}", err=True)
                    continue
                n += 1
                click.echo(render_doc(item) + "\n")
            click.echo(f"{n} articles")
            return
        from ..brief import briefing
        from ..case import load_case
        from ..store.ingest import ingest

        target = db or _demo_db()
        store = open_db(target)
        rep = ingest(store, read_sources([str(path)]), Options())
        click.echo(f"demo corpus: {rep.read} articles read, {rep.stored} stored, {rep.duplicates} already there "
                   f"-> {store.safe_url}\n")
        click.echo(briefing(store, load_case(Options.resolve().case)))
        click.echo(f"\nAsk the store next, e.g.: marsad quotes --speaker ماكرون --db {target}")
        click.echo(f"Open the desk on this store: marsad serve --db {target}   (then http://127.0.0.1:8765/)")


@click.command("brief")
@db_option
def brief(db):
    """The briefing of a store: stance matrix, latest quotes of the key actors, pledges, conflicts."""
    from ..brief import briefing
    from ..case import load_case
    from ..settings import Options

    click.echo(briefing(open_db(db), load_case(Options.resolve().case)))
