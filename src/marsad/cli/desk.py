"""``marsad token`` (who may write through the desk and the API) and ``marsad review`` (an analyst's word
on a fact, from the command line)."""
from __future__ import annotations

import json

import click

from .output import db_option, emit, open_db, output_options


@click.group("token")
def token() -> None:
    """Tokens that allow writing (ingest, review) through `marsad serve`."""


@token.command("create")
@click.argument("name")
@db_option
def token_create(name, db):
    """Make a token for NAME. It is printed once, as the last word of the output; the store keeps only its
    digest."""
    from ..store.tokens import create_token

    value = create_token(open_db(db), name)
    click.echo(f"token for {name} (shown once; send it as 'Authorization: Bearer TOKEN' or paste it at /login): "
               f"{value}")


@token.command("list")
@db_option
@output_options
def token_list(db, as_json, as_csv):
    """The tokens of the store (names and dates; never the tokens)."""
    from ..store.tokens import list_tokens

    rows = list_tokens(open_db(db))
    emit(rows, [("name", "name", 24), ("created", "created", 25), ("last_used", "last used", 25),
                ("revoked", "revoked", 25)], as_json=as_json, as_csv=as_csv)


@token.command("revoke")
@click.argument("name")
@db_option
def token_revoke(name, db):
    """Revoke NAME's token (its desk sessions end at once)."""
    from ..store.tokens import revoke_token

    revoke_token(open_db(db), name)
    click.echo(f"token of {name} revoked")


@click.command("review")
@click.argument("fact_id", type=int)
@click.option("--accept", "action", flag_value="accept", help="The fact is right.")
@click.option("--reject", "action", flag_value="reject", help="The fact is wrong: leave it out everywhere.")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="Correct a field (repeatable), e.g. --set polarity=oppose --set speaker=ماكرون.")
@click.option("--by", "reviewer", required=True, help="Who reviews (recorded with the review).")
@click.option("--note", default=None, help="Why.")
@click.option("--case", default=None, metavar="NAME|FILE", help="Case followed (for topics).")
@db_option
def review(fact_id, action, sets, reviewer, note, case, db):
    """Accept, reject or correct the fact FACT_ID (the fact_id of `--json` output and of the API). The review
    is kept apart from machine facts, survives re-extraction and takes precedence everywhere."""
    from ..api import kb_for
    from ..case import load_case
    from ..settings import Options
    from ..store import queries as Q
    from ..store.review import review as run

    if sets and action:
        raise click.UsageError("give either --accept/--reject or --set FIELD=VALUE (a correction)")
    if not sets and not action:
        raise click.UsageError("give --accept, --reject or --set FIELD=VALUE")
    changes = {}
    for item in sets:
        field, eq, value = item.partition("=")
        if not eq:
            raise click.UsageError(f"--set {item!r}: expected FIELD=VALUE")
        changes[field.strip()] = value.strip()
    options = Options.resolve(case=case)
    c = load_case(options.case)
    store = open_db(db)
    for field in ("speaker", "actor"):
        if changes.get(field):
            ids = Q.resolve_actor(store, changes[field], kb_for(options))
            if ids:
                changes[field] = ids[0]
    if changes.get("topic"):
        changes["topic"] = Q.resolve_topic(c, changes["topic"]) or changes["topic"]
    out = run(store, fact_id, action or "correct", changes, reviewer=reviewer, note=note, topics=set(c.topics))
    click.echo(json.dumps(out, ensure_ascii=False, default=str))
