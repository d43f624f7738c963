"""``marsad eval``: precision, recall and F1 per kind on gold folders."""
from __future__ import annotations

import json

import click


@click.command("eval")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--only", multiple=True, metavar="ID", help="Score only these document ids.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List misses and extras per document.")
@click.option("--case", default=None, metavar="NAME|FILE", help="Case of the gold folders (default: the shipped one).")
def command(folders, only, as_json, verbose, case):
    """Extract every article of gold FOLDERS (each with gold/ and articles/) and score the facts.

    The figures are micro-averaged over all documents of all folders, with the contract's scorer.
    """
    from .. import scoring
    from ..evaluate import find_layout, predict
    from ..settings import Options

    options = Options.resolve(case=case)
    gold_all, lines_all = {}, []
    for folder in folders:
        g_dir, a_dir = find_layout(folder)
        gold, lines = predict(g_dir, a_dir, options, only=list(only) or None)
        gold_all.update(gold)
        lines_all.extend(lines)
    preds, malformed, examples, ignored, n = scoring.read_predictions(lines_all, list(gold_all))
    result = scoring.score(gold_all, preds)
    render = scoring.render_json if as_json else scoring.render_text
    click.echo(render(result, list(gold_all), malformed, examples, ignored, n, verbose))
