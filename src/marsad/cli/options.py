"""Options shared by several commands."""
from __future__ import annotations

import click

from ..errors import OptionsError
from ..settings import Options


def extraction_options(f):
    """--date, --lang, --kb, --max-bytes: the settings of :class:`marsad.settings.Options`."""
    f = click.option("--max-bytes", type=int, default=None, help="Largest input file read, in bytes.")(f)
    f = click.option("--case", "case", default=None, metavar="NAME|FILE",
                     help="Case followed (default: ukraine-security-guarantees).")(f)
    f = click.option("--kb", "kb", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra knowledge-base file (JSON Lines or YAML); repeatable.")(f)
    f = click.option("--lang", type=click.Choice(["ar", "en", "auto"]), default=None,
                     help="Language of the input (default: the document's own, else detected).")(f)
    f = click.option("--date", default=None, metavar="YYYY-MM-DD",
                     help="Date for documents that carry none (resolves weekdays and role holders).")(f)
    return f


def resolve_options(date, lang, kb, max_bytes, case=None) -> Options:
    try:
        return Options.resolve(date=date, lang=None if lang == "auto" else lang, kb=tuple(kb) or None,
                               max_bytes=max_bytes, case=case)
    except OptionsError as e:
        raise click.UsageError(str(e)) from None
