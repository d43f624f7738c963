"""``marsad bench``: extraction speed and peak memory on a generated corpus."""
from __future__ import annotations

import json

import click


@click.command("bench")
@click.option("-n", "--articles", "n", type=int, default=10000, show_default=True,
              help="Number of articles to generate and extract.")
@click.option("--seed", type=int, default=7, show_default=True, help="Random seed of the corpus generator.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def command(n, seed, as_json):
    """Extract N generated articles on one core; print articles/s and peak memory.

    The corpus is made on the fly from the demo and development articles (names, numbers and paragraph
    order varied) and streamed: memory must not grow with N.
    """
    from ..bench import run

    res = run(n, seed=seed)
    if as_json:
        click.echo(json.dumps(res))
        return
    for k, v in res.items():
        click.echo(f"{k:>24}: {v}")
