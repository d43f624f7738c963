"""The command line: a thin layer over the library (one module per command)."""
from __future__ import annotations

import sys

import click

from ..errors import MarsadError
from .. import __version__


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MarsadError as e:
            click.echo(f"marsad: error: {e}", err=True)
            sys.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad: evidence-linked facts from Arabic and English news about negotiations."""


def _register() -> None:
    from . import ask, bench, case, conflicts, demo, desk, evaluate, extract, ingest, kb, serve, transfer

    for mod in (extract, evaluate, bench, demo, kb, case, conflicts, ingest, serve):
        cli.add_command(mod.command)
    for cmd in ask.COMMANDS:
        cli.add_command(cmd)
    cli.add_command(demo.brief)
    cli.add_command(reextract)
    cli.add_command(transfer.export)
    cli.add_command(transfer.import_, "import")
    cli.add_command(desk.token)
    cli.add_command(desk.review)


@click.command("reextract")
@click.option("--db", default=None, metavar="PATH|URL", help="Store (default: MARSAD_DB or the user's data directory).")
@click.option("--case", default=None, metavar="NAME|FILE", help="Case followed.")
@click.argument("docs", nargs=-1)
def reextract(db, case, docs):
    """Extract stored documents again (all, or DOCS) with this version and replace their facts, each
    document in one transaction."""
    from ..settings import Options
    from ..store.db import Database
    from ..store.ingest import reextract as run

    n = run(Database(db), Options.resolve(case=case), list(docs) or None)
    click.echo(f"{n} documents extracted again")


def main(argv: list[str] | None = None) -> None:
    _register()
    cli.main(args=argv, prog_name="marsad")
