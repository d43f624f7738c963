"""Questions to the store, as functions returning JSON-ready rows (the CLI and the API print them).

Aggregates leave out near-duplicates (``documents.duplicate_of``) so a republished wire story is not
counted twice. An actor may be asked for by id, by any alias in Arabic or English, or by name; a topic by
id or by its label.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from ..case import Case
from . import schema as S
from .db import Database
from .search_form import highlight, query_terms

D, F, A = S.documents, S.facts, S.actors
_ORIGINALS = sa.and_(D.c.duplicate_of.is_(None), D.c.status != "error")
# written into the SQL (not bound) so SQLite sees that the partial indexes of provisions apply
_PROVISION = sa.literal("provision", literal_execute=True)


# ----------------------------------------------------------------------------- resolving names
def resolve_actor(db: Database, name: str, kb=None) -> list[str]:
    """Actor ids for an id, an alias (Arabic or English, with proclitics) or a stored name."""
    with db.read() as conn:
        if conn.execute(sa.select(A.c.id).where(A.c.id == name)).first():
            return [name]
    ids: list[str] = []
    if kb is not None:
        if name in kb:
            return [name]
        from ..api import make_doc

        doc = _name_pipeline(kb)(make_doc(name))
        ids = list(dict.fromkeys(m.entity.id for m in doc.mentions))
    if not ids:
        with db.read() as conn:
            like = f"%{name}%"
            ids = [r[0] for r in conn.execute(sa.select(A.c.id).where(
                sa.or_(A.c.name.ilike(like), A.c.name_ar.like(like))).limit(20))]
    return ids


_NAME_PIPELINES: dict[tuple[int, int], tuple[Any, Any]] = {}


def _name_pipeline(kb):
    """The pipeline that finds the actors a name names, kept per knowledge base (its matchers are built on
    first use: about 40 ms, then a fraction of a millisecond a name)."""
    key = (id(kb), kb.version)
    held = _NAME_PIPELINES.get(key)
    if held is None or held[0] is not kb:
        from ..pipeline import Pipeline

        _NAME_PIPELINES.clear()
        held = _NAME_PIPELINES[key] = (kb, Pipeline(["marsad.sentences.v1", "marsad.actors.v1",
                                                     "marsad.titles.v1"], kb, None))
    return held[1]


def resolve_topic(case: Case, name: str) -> str | None:
    if name in case.topics:
        return name
    from ..text.normalize import normalize_str

    n = normalize_str(name).strip()
    for t in case.topics.values():
        labels = [t.id, *t.label.values(), *(c for cues in t.cues.values() for c in cues)]
        if any(normalize_str(x).strip() == n for x in labels):
            return t.id
    return None


def _actor_names(conn, ids) -> dict[str, dict]:
    ids = [i for i in set(ids) if i]
    if not ids:
        return {}
    rows = conn.execute(sa.select(A.c.id, A.c.type, A.c.name, A.c.name_ar).where(A.c.id.in_(ids))).fetchall()
    return {r.id: {"id": r.id, "type": r.type, "name": r.name, "name_ar": r.name_ar} for r in rows}


def _date(d) -> str | None:
    return d.isoformat() if d else None


# ----------------------------------------------------------------------------- stats
def stats(db: Database) -> dict[str, Any]:
    with db.read() as conn:
        # one walk of the documents' covering index (status, duplicate_of, lang, date), in its own order
        groups = conn.execute(sa.select(D.c.status, D.c.duplicate_of, D.c.lang, sa.func.count())
                              .group_by(D.c.status, D.c.duplicate_of, D.c.lang)).fetchall()
        sources = conn.execute(sa.select(sa.func.count()).select_from(S.sources)).scalar_one()
        actors = conn.execute(sa.select(sa.func.count()).select_from(A)).scalar_one()
        kinds = dict(conn.execute(sa.select(S.fact_counts.c.kind, S.fact_counts.c.n)).fetchall())
        # the first and last dates apart: each is then one step down the date index
        span = (conn.execute(sa.select(sa.func.min(D.c.date))).scalar(),
                conn.execute(sa.select(sa.func.max(D.c.date))).scalar())
    docs = sum(n for *_, n in groups)
    originals = sum(n for status, dup, _, n in groups if dup is None and status != "error")
    errors = sum(n for status, *_, n in groups if status == "error")
    near = sum(n for _, dup, _, n in groups if dup is not None)
    langs: dict[str | None, int] = {}
    for *_, lang, n in groups:
        langs[lang] = langs.get(lang, 0) + n
    return {"documents": docs, "originals": originals, "near_duplicates": near, "errors": errors,
            "sources": sources, "languages": {k or "unknown": v for k, v in langs.items()}, "actors": actors,
            "facts": {k: kinds.get(k, 0) for k in ("mention", "quote", "stance", "figure", "event", "pledge",
                                                   "provision")},
            "from": _date(span[0]), "to": _date(span[1])}


_ALEFS = ("أ", "إ", "آ", "ٱ")


def _title_form(col):
    """The title as the ``title`` filter of :func:`documents` compares it: lower-cased, every alef bare."""
    for a in _ALEFS:
        col = sa.func.replace(col, a, "ا")
    return sa.func.lower(col)


def documents(db: Database, *, lang: str | None = None, title: str | None = None, limit: int = 50,
              offset: int = 0) -> list[dict]:
    """Documents, newest first (undated last), with their counts of facts; ``title`` keeps those whose
    title holds these words (in any case, any form of alef)."""
    q = (sa.select(D.c.id, D.c.key, D.c.title, D.c.date, D.c.lang, D.c.url, D.c.status, D.c.duplicate_of)
         .order_by(D.c.date.desc().nulls_last(), D.c.id.desc()))
    if lang:
        q = q.where(D.c.lang == lang)
    for word in (title or "").split():
        for a in _ALEFS:
            word = word.replace(a, "ا")
        pattern = "%" + word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(_title_form(D.c.title).like(pattern, escape="\\"))
    with db.read() as conn:
        rows = conn.execute(q.limit(limit).offset(offset)).fetchall()
        ids = [r.id for r in rows]
        counts: dict[int, dict[str, int]] = {}
        if ids:
            for doc_id, kind, n in conn.execute(sa.select(F.c.doc_id, F.c.kind, sa.func.count()).where(
                    F.c.doc_id.in_(ids)).group_by(F.c.doc_id, F.c.kind)):
                counts.setdefault(doc_id, {})[kind] = n
    return [{"doc": r.key, "title": r.title, "date": _date(r.date), "lang": r.lang, "url": r.url,
             "status": r.status, "near_duplicate": r.duplicate_of is not None, "facts": counts.get(r.id, {})}
            for r in rows]


def documents_by_day(db: Database) -> list[dict]:
    """Original documents per day and language (for the overview's chart)."""
    with db.read() as conn:
        rows = conn.execute(sa.select(D.c.date, D.c.lang, sa.func.count()).where(_ORIGINALS, D.c.date.is_not(None))
                            .group_by(D.c.date, D.c.lang).order_by(D.c.date)).fetchall()
    return [{"date": _date(d), "lang": lang or "unknown", "documents": n} for d, lang, n in rows]


def top_actors(db: Database, *, limit: int = 20) -> list[dict]:
    """The actors mentioned most (in original documents), from the mention summary."""
    M = S.mention_days
    with db.read() as conn:
        rows = conn.execute(sa.select(M.c.actor_id, sa.func.sum(M.c.n).label("n")).group_by(M.c.actor_id)
                            .having(sa.func.sum(M.c.n) > 0).order_by(sa.desc("n"), M.c.actor_id).limit(limit)).fetchall()
        names = _actor_names(conn, [r.actor_id for r in rows])
    return [{"actor": names.get(r.actor_id, {"id": r.actor_id}), "mentions": int(r.n)} for r in rows]


# ----------------------------------------------------------------------------- facts
def _fact_columns():
    """What :func:`_row` reads of a fact and its document (the evidence text cut from the document's)."""
    return (F.c.id, F.c.record, F.c.actor_id, D.c.key, D.c.title, D.c.date, D.c.lang, D.c.url,
            sa.func.substr(D.c.text, F.c.ev_start + 1, F.c.ev_end - F.c.ev_start).label("ev_text"))


def _fact_select(kind: str):
    return (sa.select(*_fact_columns()).select_from(F.join(D, F.c.doc_id == D.c.id))
            # the kind written into the SQL: SQLite uses a partial index only for a WHERE it can see
            .where(F.c.kind == sa.literal(kind, literal_execute=True), F.c.original.is_(True)))


def _row(r) -> dict[str, Any]:  # noqa: D401 - a fact record with its document's metadata
    rec = dict(S.full_record(r.record, evidence=r.ev_text))
    rec["fact_id"] = r.id
    rec["doc"] = r.key
    rec["doc_title"] = r.title
    rec["doc_date"] = _date(r.date)
    rec["lang"] = r.lang
    return rec


def quotes(db: Database, *, speaker_ids: list[str] | None = None, lang: str | None = None,
           since: dt.date | None = None, topic: str | None = None, reviewed: bool = False,
           words: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    """Quotes, newest first; ``words`` keeps those said in a sentence with these words (full-text search,
    Arabic-normalised: the newest 500 matching sentences are looked at)."""
    q = _fact_select("quote")
    if words:
        hits = search(db, words, limit=500)
        if not hits:
            return []
        keys = {h["doc"] for h in hits}
        spans = [(h["doc"], h["start"], h["end"]) for h in hits]
        q = q.where(D.c.key.in_(keys), sa.or_(*[sa.and_(D.c.key == k, F.c.ev_start < e, F.c.ev_end > s0)
                                                for k, s0, e in spans]))
    if reviewed:
        q = q.where(F.c.review_id.is_not(None))
    if lang and db.is_sqlite:
        # asked of each fact's own document, as the facts come in date order: written as a join condition,
        # SQLite first builds a Bloom filter of every document in that language (a scan of them all)
        doc = D.alias("lang_of")
        q = q.where(sa.select(doc.c.lang).where(doc.c.id == F.c.doc_id).scalar_subquery() == lang)
    elif lang:
        q = q.where(D.c.lang == lang)
    if since:
        q = q.where(F.c.doc_date >= since)
    if topic:
        q = q.where(F.c.topic == topic)
    return _newest(db, q, speaker_ids, limit, offset)


def _newest(db: Database, q, actor_ids: list[str] | None, limit: int, offset: int) -> list[dict]:
    """A page of the facts of ``q``, newest first, of any of ``actor_ids`` (or of all).

    Several actors are read one by one, each from its own run of the (kind, actor, date) index, newest
    first, and merged: as one ``actor_id IN (...)`` the planner either walks every fact of the kind in date
    order looking for a rare actor, or sorts all the facts of a frequent one (100 ms and more on 10,000
    documents, whether the store was analysed or not)."""
    order = (F.c.doc_date.desc(), F.c.id.desc())
    with db.read() as conn:
        if not actor_ids or len(actor_ids) == 1:
            if actor_ids:
                q = q.where(F.c.actor_id == actor_ids[0])
            return [_row(r) for r in conn.execute(q.order_by(*order).limit(limit).offset(offset))]
        q = q.add_columns(F.c.doc_date.label("sort_date")).order_by(*order).limit(limit + offset)
        rows = [r for a in dict.fromkeys(actor_ids) for r in conn.execute(q.where(F.c.actor_id == a))]
    rows.sort(key=lambda r: (r.sort_date or dt.date.min, r.id), reverse=True)
    return [_row(r) for r in rows[offset:offset + limit]]


def facts_of_kind(db: Database, kind: str, *, actor_ids: list[str] | None = None, topic: str | None = None,
                  plan: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
                  reviewed: bool = False, limit: int = 100, offset: int = 0) -> list[dict]:
    q = _fact_select(kind)
    if reviewed:
        q = q.where(F.c.review_id.is_not(None))
    if topic:
        q = q.where(F.c.topic == topic)
    if plan:
        q = q.where(F.c.plan == plan)
    if kind == "event":  # in date order of the events, from their own index
        if actor_ids:
            q = q.where(F.c.actor_id.in_(actor_ids))
        return _events(db, q, since, until, limit, offset)
    if since:
        q = q.where(F.c.doc_date >= since)
    return _newest(db, q, actor_ids, limit, offset)


def _events(db: Database, q, since, until, limit: int, offset: int) -> list[dict]:
    """Events in date order, the undated ones last: the dated first (straight from the date index, no
    sort), then, when a page reaches past them, the undated."""
    dated = q.where(F.c.date.is_not(None))
    if since:
        dated = dated.where(F.c.date >= since)
    if until:
        dated = dated.where(F.c.date <= until)
    with db.read() as conn:
        rows = [_row(r) for r in conn.execute(dated.order_by(F.c.date, F.c.id).limit(limit).offset(offset))]
        if len(rows) == limit or since or until:
            return rows
        skip = 0
        if not rows:  # the page starts past the dated events
            n_dated = conn.execute(dated.with_only_columns(sa.func.count(F.c.id))).scalar_one()
            skip = max(offset - n_dated, 0)
        more = q.where(F.c.date.is_(None)).order_by(F.c.id).limit(limit - len(rows)).offset(skip)
        return rows + [_row(r) for r in conn.execute(more)]


def provision_counts(db: Database, plan: str) -> dict[int, int]:
    """How many times each provision of ``plan`` is cited (original documents)."""
    out: dict[int, int] = {}
    with db.read() as conn:  # grouped by ``original`` too, so the covering index ix_facts_prov_cited serves it
        for n, original, c in conn.execute(
                sa.select(F.c.number, F.c.original, sa.func.count()).where(F.c.kind == _PROVISION, F.c.plan == plan)
                .group_by(F.c.number, F.c.original)):
            if original:
                out[n] = c
    return out


def stance_matrix(db: Database, *, topic: str | None = None) -> list[dict]:
    """One cell per actor and topic: the latest polarity, documents supporting each polarity, and whether
    the position changed over time (from the stance cells the writer keeps)."""
    C = S.stance_cells
    q = sa.select(C.c.actor_id, C.c.topic, C.c.polarity, C.c.docs, C.c.first, C.c.last, C.c.last_fact).where(
        C.c.docs > 0)
    if topic:
        q = q.where(C.c.topic == topic)
    cells: dict[tuple[str, str], dict] = {}
    with db.read() as conn:
        rows = conn.execute(q).fetchall()
        names = _actor_names(conn, [r.actor_id for r in rows])
    rank: dict[tuple[str, str], tuple] = {}
    for r in rows:
        cell = cells.setdefault((r.actor_id, r.topic), {"actor": names.get(r.actor_id, {"id": r.actor_id}),
                                                       "topic": r.topic, "polarities": {}, "latest": None,
                                                       "latest_date": None, "documents": 0})
        cell["polarities"][r.polarity] = r.docs
        cell["documents"] += r.docs
        # the latest position: the newest date, then the most documents, then the newest fact (same answer
        # whatever order the backend returns the rows in)
        key = (r.last or dt.date.min, r.docs, r.last_fact or 0, r.polarity)
        if (r.actor_id, r.topic) not in rank or key > rank[(r.actor_id, r.topic)]:
            rank[(r.actor_id, r.topic)] = key
            cell["latest"], cell["latest_date"] = r.polarity, r.last
    out = []
    for cell in cells.values():
        cell["changed"] = len(cell["polarities"]) > 1
        cell["latest_date"] = _date(cell["latest_date"])
        out.append(cell)
    out.sort(key=lambda c: (-c["documents"], c["actor"].get("name") or "", c["topic"]))
    return out


def actor_profile(db: Database, ids: list[str], *, limit: int = 10) -> dict[str, Any]:
    with db.read() as conn:
        names = _actor_names(conn, ids)
        M = S.mention_days
        over_time = [(None if d == S.NO_DATE else d, n) for d, n in conn.execute(
            sa.select(M.c.date, sa.func.sum(M.c.n)).where(M.c.actor_id.in_(ids), M.c.n > 0)
            .group_by(M.c.date).order_by(M.c.date)).fetchall()]
        MT = S.mentions
        recent_docs = (sa.select(MT.c.doc_id).where(MT.c.actor_id.in_(ids), MT.c.original.is_(True))
                       .order_by(MT.c.doc_id.desc()).limit(500))
        co = conn.execute(
            sa.select(MT.c.actor_id, sa.func.count(sa.distinct(MT.c.doc_id)).label("n"))
            .where(MT.c.actor_id.not_in(ids), MT.c.doc_id.in_(recent_docs.scalar_subquery()))
            .group_by(MT.c.actor_id).order_by(sa.desc("n")).limit(10)).fetchall()
        co_names = _actor_names(conn, [r.actor_id for r in co])
    return {
        "actors": [names.get(i, {"id": i}) for i in ids],
        "mentions_by_day": [{"date": _date(d), "mentions": n} for d, n in over_time],
        "quotes": quotes(db, speaker_ids=ids, limit=limit),
        "stances": [c for c in stance_matrix(db) if c["actor"].get("id") in ids],
        "pledges": facts_of_kind(db, "pledge", actor_ids=ids, limit=limit),
        "co_occurring": [{"actor": co_names.get(r.actor_id, {"id": r.actor_id}), "documents": r.n} for r in co],
    }


def search(db: Database, query: str, *, limit: int = 20) -> list[dict]:
    """Sentences matching every word of ``query`` (Arabic-normalised, proclitics ignored), newest first."""
    terms = query_terms(query)
    if not terms:
        return []
    T = S.sentences
    base = (sa.select(D.c.key, D.c.title, D.c.date, D.c.lang, D.c.text, T.c.start, T.c.end)
            .select_from(T.join(D, T.c.doc_id == D.c.id)))
    with db.read() as conn:
        # the newest sentences first (by the order they were stored)
        if db.is_sqlite:
            phrase = '"' + " ".join(t.replace('"', "") for t in terms) + '"'
            ids = [r[0] for r in conn.execute(sa.text(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q ORDER BY rowid DESC LIMIT :n"),
                {"q": phrase, "n": limit})]
            rows = conn.execute(base.where(T.c.id.in_(ids)).order_by(T.c.id.desc())).fetchall() if ids else []
        else:
            # newest first, in windows of sentence ids growing from the top: a frequent phrase is found in
            # the first window without re-checking every one of its thousands of rows, a rare one in a few
            match = sa.text("to_tsvector('simple', sentences.norm) @@ phraseto_tsquery('simple', :q)")
            # (no ORDER BY ... LIMIT in the window's query: it would tempt the planner to walk the primary key
            # and compute every sentence's tsvector when the phrase is rare)
            hi = conn.execute(sa.select(sa.func.max(T.c.id))).scalar() or 0
            window, ids = 20_000, []
            while hi > 0 and len(ids) < limit:
                lo = hi - window
                found = conn.execute(sa.select(T.c.id).where(match, T.c.id > lo, T.c.id <= hi),
                                     {"q": " ".join(terms)}).scalars().all()
                ids += sorted(found, reverse=True)[:limit - len(ids)]
                hi, window = lo, window * 4
            rows = conn.execute(base.where(T.c.id.in_(ids)).order_by(T.c.id.desc())).fetchall() if ids else []
    out = []
    for r in rows:
        sentence = r.text[r.start:r.end]
        out.append({"doc": r.key, "title": r.title, "date": _date(r.date), "lang": r.lang, "start": r.start,
                    "end": r.end, "sentence": sentence, "highlighted": highlight(sentence, terms)})
    return out


def mention_records(conn, doc_id: int, key: str, text: str) -> list[dict]:
    """The mention records of a document, rebuilt from the mentions table as ``marsad extract`` prints them."""
    MT = S.mentions
    rows = conn.execute(sa.select(MT.c.actor_id, MT.c.start, MT.c.end, MT.c.ev_start, MT.c.ev_end)
                        .where(MT.c.doc_id == doc_id).order_by(MT.c.id)).fetchall()
    names = _actor_names(conn, [r.actor_id for r in rows])
    out = []
    for r in rows:
        ent = dict(names.get(r.actor_id, {"id": r.actor_id, "type": "group", "name": r.actor_id, "name_ar": None}))
        out.append({"doc": key, "kind": "mention", "entity": ent, "text": text[r.start:r.end], "start": r.start,
                    "end": r.end, "evidence": {"start": r.ev_start, "end": r.ev_end, "text": text[r.ev_start:r.ev_end]}})
    return out


def document(db: Database, key: str) -> dict[str, Any] | None:
    with db.read() as conn:
        d = conn.execute(sa.select(D).where(D.c.key == key)).first()
        if d is None:
            return None
        facts = mention_records(conn, d.id, d.key, d.text) + \
            [{**S.full_record(r.record, d.text), "fact_id": r.id} for r in conn.execute(
                sa.select(F.c.id, F.c.record).where(F.c.doc_id == d.id).order_by(F.c.id))]
        dups = [r.key for r in conn.execute(sa.select(D.c.key).where(D.c.duplicate_of == d.id))]
        original = None
        if d.duplicate_of:
            original = conn.execute(sa.select(D.c.key).where(D.c.id == d.duplicate_of)).scalar()
    return {"doc": d.key, "title": d.title, "date": _date(d.date), "lang": d.lang, "url": d.url, "text": d.text,
            "status": d.status, "error": d.error, "duplicate_of": original, "near_duplicates": dups, "facts": facts}


def conflicts(db: Database, case: Case, *, lang: str = "en", evidence: int = 2) -> list[dict]:
    """Conflicts between the case's provisions and the positions and pledges in the store, each with the
    newest evidence of the position (from the stance and pledge cells the writer keeps)."""
    out = []
    C, PC = S.stance_cells, S.pledge_cells
    with db.read() as conn:
        for rel in case.relations:
            plan = case.plans[rel.plan]
            prov = plan.provision(rel.number)
            cited = [_row(r) for r in conn.execute(
                _fact_select("provision").where(F.c.plan == rel.plan, F.c.number == rel.number)
                .order_by(F.c.id.desc()).limit(evidence))]
            wanted = ("oppose",) if rel.relation == "requires" else ("support",)
            groups = [(r.actor_id, r.polarity, r.docs, r.last_fact) for r in conn.execute(
                sa.select(C.c.actor_id, C.c.polarity, C.c.docs, C.c.last_fact).where(
                    C.c.topic == rel.topic, C.c.polarity.in_(wanted), C.c.docs > 0))]
            if rel.relation != "requires":
                cats = [c for c, t in case.pledge_topics.items() if t == rel.topic]
                if cats:
                    groups += [(r.actor_id, "pledge:" + r.category, r.docs, r.last_fact) for r in conn.execute(
                        sa.select(PC.c.actor_id, PC.c.category, PC.c.docs, PC.c.last_fact)
                        .where(PC.c.category.in_(cats), PC.c.docs > 0))]
            names = _actor_names(conn, [g[0] for g in groups])
            facts = {r.id: _row(r) for r in conn.execute(
                sa.select(*_fact_columns()).select_from(F.join(D, F.c.doc_id == D.c.id)).where(F.c.id.in_([g[3] for g in groups if g[3]])))}
            for actor_id, position, docs, last_fact in groups:
                ev = [facts[last_fact]] if last_fact in facts else []
                out.append({"plan": rel.plan, "number": rel.number, "relation": rel.relation, "topic": rel.topic,
                            "actor": names.get(actor_id, {"id": actor_id}), "position": position, "documents": docs,
                            "provision_text": prov.text_in(None, lang) if prov else None,
                            "provision_evidence": [{"doc": c["doc"], **c["evidence"]} for c in cited],
                            "position_evidence": [{"doc": e["doc"], **e["evidence"]} for e in ev],
                            "note": rel.note.get(lang) or rel.note.get("en")})
    order = {"excludes": 0, "requires": 1, "limits": 2}
    out.sort(key=lambda c: (order[c["relation"]], -c["documents"], c["plan"], c["number"],
                            c["actor"].get("name") or ""))
    return out
