"""``marsad demo``: the main job on the bundled demo corpus."""
from __future__ import annotations

import click


@click.command("demo")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON Lines instead.")
def command(as_json):
    """Extract every article of the bundled demo corpus and print a readable summary of its facts."""
    import json
    from collections import Counter
    from importlib import resources

    from ..api import extract_sources
    from ..io import ReadError, read_sources
    from ..settings import Options
    from ..summary import render_doc

    folder = resources.files("marsad") / "demo"
    with resources.as_file(folder) as path:
        kinds: Counter = Counter()
        n = 0
        for item in extract_sources(read_sources([str(path)]), Options()):
            if isinstance(item, ReadError):
                click.echo(f"marsad: {'warning' if item.warning else 'error'}: {item}", err=True)
                continue
            n += 1
            recs = item.to_records()
            kinds.update(r["kind"] for r in recs)
            if as_json:
                for r in recs:
                    click.echo(json.dumps(r, ensure_ascii=False))
            else:
                click.echo(render_doc(item))
                click.echo()
    if not as_json:
        click.echo(f"{n} articles, " + ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
