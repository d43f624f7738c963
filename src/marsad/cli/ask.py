"""The commands that ask the store: stats, search, quotes, stances, actor, timeline, pledges, figures,
provisions, show."""
from __future__ import annotations

import click

from .output import actor_ids, db_option, emit, open_db, output_options, parse_day

COMMANDS = []


def _cmd(f):
    COMMANDS.append(f)
    return f


@_cmd
@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db, as_json):
    """Documents, sources, languages, actors and facts per kind."""
    import json

    from ..store import queries as Q

    s = Q.stats(open_db(db))
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False))
        return
    click.echo(f"documents: {s['documents']} ({s['originals']} originals, {s['near_duplicates']} near-duplicates, "
               f"{s['errors']} with errors), {s['from'] or '?'} to {s['to'] or '?'}")
    click.echo(f"languages: " + ", ".join(f"{k} {v}" for k, v in s["languages"].items()))
    click.echo(f"sources: {s['sources']}, actors: {s['actors']}")
    click.echo("facts: " + ", ".join(f"{k} {v}" for k, v in s["facts"].items()))


@_cmd
@click.command("search")
@click.argument("query")
@db_option
@click.option("-n", "--limit", default=20, show_default=True)
@output_options
def search(query, db, limit, as_json, as_csv):
    """Full-text search of the stored sentences (Arabic-normalised: "أوكرانيا" finds "لأوكرانيا")."""
    from ..store import queries as Q

    rows = Q.search(open_db(db), query, limit=limit)
    emit(rows, [("doc", "document", 24), ("date", "date", 10), ("highlighted", "sentence", 120)],
         as_json=as_json, as_csv=as_csv)


@_cmd
@click.command("quotes")
@db_option
@click.option("--speaker", default=None, help="Speaker: id, name or alias, in Arabic or English.")
@click.option("--topic", default=None, help="Topic id or label of the case.")
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None)
@click.option("--since", default=None, metavar="YYYY-MM-DD")
@click.option("--words", default=None, help="Only quotes said in a sentence with these words (full-text search).")
@click.option("-n", "--limit", default=50, show_default=True)
@output_options
def quotes(db, speaker, topic, lang, since, words, limit, as_json, as_csv):
    """Quotes, newest first, with their speakers."""
    from ..case import load_case
    from ..settings import Options
    from ..store import queries as Q

    store = open_db(db)
    ids = actor_ids(store, speaker) if speaker else None
    tid = None
    if topic:
        case = load_case(Options.resolve().case)
        tid = Q.resolve_topic(case, topic)
        if tid is None:
            raise click.ClickException(f"no topic {topic!r} in case {case.id}")
    rows = Q.quotes(store, speaker_ids=ids, lang=lang, since=parse_day(since), topic=tid, words=words, limit=limit)
    emit(rows, [("doc_date", "date", 10), ("speaker.name", "speaker", 24), ("speaker_text", "as", 24),
                ("text", "quote", 90), ("doc", "document", 20)], as_json=as_json, as_csv=as_csv)


@_cmd
@click.command("stances")
@db_option
@click.option("--topic", default=None, help="Topic id or label of the case.")
@output_options
def stances(db, topic, as_json, as_csv):
    """The actor x topic matrix: the latest position, its documents, and * where it changed."""
    from ..case import load_case
    from ..settings import Options
    from ..store import queries as Q

    case = load_case(Options.resolve().case)
    tid = None
    if topic:
        tid = Q.resolve_topic(case, topic)
        if tid is None:
            raise click.ClickException(f"no topic {topic!r} in case {case.id}")
    cells = Q.stance_matrix(open_db(db), topic=tid)
    if as_json or as_csv:
        emit(cells, [("actor.id", "actor", 0), ("topic", "topic", 0), ("latest", "latest", 0),
                     ("documents", "documents", 0), ("changed", "changed", 0)], as_json=as_json, as_csv=as_csv)
        return
    topics = [t for t in case.topics if any(c["topic"] == t for c in cells)]
    actors: dict[str, dict] = {}
    for c in cells:
        actors.setdefault(c["actor"].get("id"), c["actor"])
    sign = {"support": "+", "oppose": "-", "open": "~"}
    rows = []
    for aid, actor in actors.items():
        row = {"actor": actor.get("name") or aid}
        for t in topics:
            c = next((c for c in cells if c["actor"].get("id") == aid and c["topic"] == t), None)
            row[t] = "" if c is None else f"{sign[c['latest']]}{c['documents']}{'*' if c['changed'] else ''}"
        rows.append(row)
    emit(rows, [("actor", "actor", 24)] + [(t, t, 14) for t in topics], as_json=False, as_csv=False)
    click.echo("+ support  - oppose  ~ open; the number counts documents; * the position changed over time")


@_cmd
@click.command("actor")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def actor(name, db, as_json):
    """Everything about one actor: mentions over time, quotes, stances, pledges, who appears alongside."""
    import json

    from ..store import queries as Q

    store = open_db(db)
    prof = Q.actor_profile(store, actor_ids(store, name))
    if as_json:
        click.echo(json.dumps(prof, ensure_ascii=False, indent=1))
        return
    for a in prof["actors"]:
        click.echo(f"== {a.get('name')} ({a.get('id')}, {a.get('type')}) {a.get('name_ar') or ''}")
    days = prof["mentions_by_day"]
    click.echo(f"mentions: {sum(d['mentions'] for d in days)} on {len(days)} days")
    for d in days[-10:]:
        click.echo(f"  {d['date'] or '(no date)'}  {'#' * min(60, d['mentions'])} {d['mentions']}")
    click.echo("stances:")
    for c in prof["stances"]:
        click.echo(f"  {c['topic']}: {c['latest']} ({c['documents']} documents{', changed' if c['changed'] else ''})")
    click.echo("quotes:")
    for q in prof["quotes"]:
        click.echo(f"  {q['doc_date'] or ''} {' '.join(q['text'].split())[:110]}")
    click.echo("pledges:")
    for p in prof["pledges"]:
        click.echo(f"  {p['category']} {p.get('value') or ''} {p.get('unit') or ''} ({p['doc']})")
    click.echo("alongside: " + ", ".join(f"{c['actor'].get('name')} ({c['documents']})" for c in prof["co_occurring"]))


@_cmd
@click.command("timeline")
@db_option
@click.option("--from", "since", default=None, metavar="YYYY-MM-DD")
@click.option("--to", "until", default=None, metavar="YYYY-MM-DD")
@click.option("-n", "--limit", default=200, show_default=True)
@output_options
def timeline(db, since, until, limit, as_json, as_csv):
    """Events in date order, with their participants and place."""
    from ..store import queries as Q

    rows = Q.facts_of_kind(open_db(db), "event", since=parse_day(since), until=parse_day(until), limit=limit)
    for r in rows:
        r["who"] = ", ".join(p.get("name", "") for p in r.get("participants") or [])
        r["where"] = (r.get("place") or {}).get("name")
    emit(rows, [("date", "date", 10), ("type", "type", 10), ("who", "participants", 50), ("where", "place", 16),
                ("doc", "document", 20)], as_json=as_json, as_csv=as_csv)


def _kind_command(name: str, kind: str, columns, help_: str, extra=None):
    @click.command(name, help=help_)
    @db_option
    @click.option("--actor", default=None, help="Actor: id, name or alias.")
    @click.option("-n", "--limit", default=100, show_default=True)
    @output_options
    def cmd(db, actor, limit, as_json, as_csv, **kw):
        from ..store import queries as Q

        store = open_db(db)
        ids = actor_ids(store, actor) if actor else None
        rows = Q.facts_of_kind(store, kind, actor_ids=ids, limit=limit, **{k: v for k, v in kw.items() if v})
        emit(rows, columns, as_json=as_json, as_csv=as_csv)

    if extra:
        cmd = extra(cmd)
    COMMANDS.append(cmd)
    return cmd


_kind_command("pledges", "pledge", [("doc_date", "date", 10), ("actor.name", "actor", 24), ("category", "category", 12),
                                    ("value", "value", 16), ("unit", "unit", 6), ("evidence.text", "evidence", 80)],
              "Pledges: who commits what, with amounts.")
_kind_command("figures", "figure", [("doc_date", "date", 10), ("value", "value", 16), ("unit", "unit", 8),
                                    ("counted", "of", 16), ("evidence.text", "evidence", 80)],
              "Figures of the stories, fully expanded.")
_kind_command("provisions", "provision", [("doc_date", "date", 10), ("plan", "plan", 18), ("number", "point", 5),
                                          ("cited", "cited as", 22), ("text", "text", 80)],
              "Citations of numbered plan provisions.",
              extra=click.option("--plan", default=None, help="Plan id of the case."))


@_cmd
@click.command("show")
@click.argument("doc")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(doc, db, as_json):
    """A document with its facts marked in the text, and the list of its facts."""
    import json

    from ..store import queries as Q

    d = Q.document(open_db(db), doc)
    if d is None:
        raise click.ClickException(f"no document {doc!r} in the store")
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=1))
        return
    from ..summary import mark_text

    click.echo(f"== {d['doc']}  [{d['lang']}, {d['date'] or 'date unknown'}]  {d['title'] or ''}")
    if d["duplicate_of"]:
        click.echo(f"   near-duplicate of {d['duplicate_of']}")
    click.echo(mark_text(d["text"], d["facts"], lang=d["lang"], color=click.get_text_stream("stdout").isatty()))
    click.echo("")
    for f in d["facts"]:
        if f["kind"] == "mention":
            continue
        who = (f.get("speaker") or f.get("actor") or {}).get("name") or ""
        what = f.get("text") or f.get("topic") or f.get("category") or f.get("type") or ""
        extra = f.get("polarity") or f.get("date") or (f"{f.get('value')} {f.get('unit')}" if f["kind"] == "figure" else "")
        click.echo(f"  {f['kind']:<9} {who[:22]:<22} {str(extra)[:12]:<12} {' '.join(str(what).split())[:80]}")
