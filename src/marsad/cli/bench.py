"""``marsad bench``: extraction speed and peak memory on a generated corpus."""
from __future__ import annotations

import json

import click


@click.command("bench")
@click.option("-n", "--articles", "n", type=int, default=10000, show_default=True,
              help="Number of articles to generate and extract.")
@click.option("--seed", type=int, default=7, show_default=True, help="Random seed of the corpus generator.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--components", default=None, metavar="NAMES",
              help="Comma-separated pipeline components to run (default: the whole pipeline), e.g. "
                   "marsad.sentences.v1,marsad.actors.v1,marsad.titles.v1,marsad.quotes.v1")
@click.option("--db", default=None, metavar="PATH|URL", help="Store for --ingest and --queries.")
@click.option("--ingest", "ingest_n", type=int, default=None, metavar="N",
              help="Ingest N generated articles into --db, end to end, and print articles/s.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --ingest: extraction processes (as marsad ingest --workers); with --api: server "
                   "processes (as marsad serve --workers).")
@click.option("--scheduler", metavar="NAME|ADDRESS", default=None,
              help="With --ingest: where extraction runs (as marsad ingest --scheduler).")
@click.option("--queries", "queries", is_flag=True, help="Time every question of the command line on --db.")
@click.option("--api", "api", is_flag=True, help="Load the REST API over --db on loopback; requests/s and latency.")
@click.option("--size", type=int, default=None, metavar="N",
              help="With --queries: first grow the store to N documents by copying its documents.")
def command(n, seed, as_json, components, db, ingest_n, workers, scheduler, queries, api, size):
    """Extract N generated articles on one core; print articles/s and peak memory.

    The corpus is made on the fly from the demo and development articles (names, numbers and paragraph
    order varied) and streamed: memory must not grow with N.
    """
    if api:
        from ..web.bench import bench_api

        if not db:
            raise click.UsageError("--api needs --db")
        res = bench_api(db, workers=workers)
        if as_json:
            click.echo(json.dumps(res, ensure_ascii=False))
            return
        click.echo(f"{res['requests']} requests in {res['seconds']} s: {res['requests_per_second']} requests/s "
                   f"({res['concurrency']} clients, {res['workers']} server processes, {res['errors']} errors)")
        for ep, t in res["endpoints"].items():
            click.echo(f"  {ep:<64} median {t['median_ms']:>7} ms  p95 {t['p95_ms']:>7} ms")
        return
    if ingest_n or queries:
        from ..store import bench as SB
        from ..store.db import Database

        if not db:
            raise click.UsageError("--ingest and --queries need --db")
        if scheduler is not None:
            from ..store.schedulers import check_name

            check_name(scheduler)
        store = Database(db)
        res = {}
        if ingest_n:
            res["ingest"] = SB.bench_ingest(store, ingest_n, workers=workers, scheduler=scheduler)
        if queries:
            if size:
                SB.grow(store, size, on_round=lambda k: click.echo(f"store grown to {k} documents", err=True))
            res["queries"] = SB.bench_queries(store)
        if as_json:
            click.echo(json.dumps(res, ensure_ascii=False))
            return
        if "ingest" in res:
            click.echo(" ".join(f"{k}={v}" for k, v in res["ingest"].items()))
        if "queries" in res:
            q = res["queries"]
            click.echo(f"{q['documents']} documents on {q['backend']}, median and max of {q['repeats']} runs:")
            for name, t in q["queries"].items():
                click.echo(f"  {name:<28} {t['median_ms']:>8} ms  (max {t['max_ms']} ms)")
        return
    from ..bench import run

    res = run(n, seed=seed, components=components.split(",") if components else None)
    if as_json:
        click.echo(json.dumps(res))
        return
    for k, v in res.items():
        click.echo(f"{k:>24}: {v}")
