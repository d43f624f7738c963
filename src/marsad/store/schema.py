"""The store's tables (SQLAlchemy Core). Migrations in ``migrations/versions`` create and change them."""
from __future__ import annotations

from sqlalchemy import text as sa_text
from sqlalchemy import (JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Table, Text, UniqueConstraint)

import datetime as _dt

metadata = MetaData()
NO_DATE = _dt.date(1900, 1, 1)  # stands for "undated" where a key needs a value

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("extractor_version", String(32), nullable=False),
    Column("case_id", String(128), nullable=False),
    Column("command", Text),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(255), nullable=False, unique=True),
    Column("url", Text),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(512), nullable=False, unique=True),  # the document id as the user knows it
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("lang", String(8)),
    Column("date", Date),
    Column("text", Text, nullable=False),
    Column("duplicate_of", Integer, ForeignKey("documents.id")),
    Column("similarity", Float),
    Column("signature", LargeBinary),  # MinHash of the text's word shingles
    Column("status", String(16), nullable=False, default="ok"),  # ok | error | imported
    Column("error", Text),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
Index("ix_documents_date", documents.c.date)
Index("ix_documents_counts", documents.c.status, documents.c.duplicate_of, documents.c.lang, documents.c.date)
Index("ix_documents_dup", documents.c.duplicate_of)

doc_bands = Table(  # MinHash LSH bands of each first copy (not of its near-duplicates), for their look-up
    "doc_bands", metadata,
    Column("band", String(40), nullable=False),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_doc_bands_band", doc_bands.c.band)

sentences = Table(
    "sentences", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("norm", Text, nullable=False),
    UniqueConstraint("doc_id", "idx"),
)

actors = Table(
    "actors", metadata,
    Column("id", String(255), primary_key=True),
    Column("type", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_ar", Text),
    Column("provisional", Boolean, nullable=False, default=False),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("kind", String(16), nullable=False),
    Column("actor_id", String(255)),  # mention entity, quote speaker, stance/pledge actor
    Column("topic", String(128)),
    Column("polarity", String(16)),
    Column("category", String(32)),
    Column("value", Float),
    Column("unit", String(16)),
    Column("date", Date),
    Column("plan", String(128)),
    Column("number", Integer),
    Column("direct", Boolean),
    Column("text", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("ev_start", Integer, nullable=False),
    Column("ev_end", Integer, nullable=False),
    # the contract record, as `marsad extract` prints it, but for the text of its evidence where that is the
    # document's own text between ev_start and ev_end: read back with :func:`full_record`
    Column("record", JSON, nullable=False),
    Column("doc_date", Date),  # the document's date, copied so lists sort without a join
    Column("original", Boolean, nullable=False, default=True),  # false for the facts of a near-duplicate
    Column("review_id", Integer),  # the analyst's review in force on this fact (see reviews)
)
Index("ix_facts_kind_docdate_id", facts.c.kind, facts.c.doc_date, facts.c.id)
_PROV, _EV = sa_text("kind = 'provision'"), sa_text("kind = 'event'")
Index("ix_facts_kind_plan_date", facts.c.kind, facts.c.plan, facts.c.doc_date, facts.c.id,
      sqlite_where=_PROV, postgresql_where=_PROV)
Index("ix_facts_kind_plan_number", facts.c.kind, facts.c.plan, facts.c.number, facts.c.id,
      sqlite_where=_PROV, postgresql_where=_PROV)

# Mentions are most of the facts: they get a slim table of their own (their records are rebuilt from it,
# the document text and the actors table).
mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(255), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("ev_start", Integer, nullable=False),
    Column("ev_end", Integer, nullable=False),
    Column("via", String(16)),
    Column("original", Boolean, nullable=False, default=True),
)
Index("ix_mentions_actor_doc", mentions.c.actor_id, mentions.c.doc_id)
Index("ix_mentions_doc", mentions.c.doc_id)

# Summaries kept in step with the facts by the writer, so the questions of the analyst stay fast on large
# stores: counts per kind, mentions per actor and day, and the stance cells.
fact_counts = Table(
    "fact_counts", metadata,
    Column("kind", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
)
mention_days = Table(  # an undated document counts under NO_DATE
    "mention_days", metadata,
    Column("actor_id", String(255), primary_key=True),
    Column("date", Date, primary_key=True),
    Column("n", Integer, nullable=False),
)
stance_cells = Table(
    "stance_cells", metadata,
    Column("actor_id", String(255), primary_key=True),
    Column("topic", String(128), primary_key=True),
    Column("polarity", String(16), primary_key=True),
    Column("docs", Integer, nullable=False),
    Column("first", Date),
    Column("last", Date),
    Column("last_fact", Integer),  # the newest fact of the cell: its evidence
)
pledge_cells = Table(
    "pledge_cells", metadata,
    Column("actor_id", String(255), primary_key=True),
    Column("category", String(32), primary_key=True),
    Column("docs", Integer, nullable=False),
    Column("last_fact", Integer),
)
_HAS_ACTOR, _HAS_TOPIC = sa_text("actor_id IS NOT NULL"), sa_text("topic IS NOT NULL")
Index("ix_facts_kind_actor_date", facts.c.kind, facts.c.actor_id, facts.c.doc_date, facts.c.id,
      sqlite_where=_HAS_ACTOR, postgresql_where=_HAS_ACTOR)
Index("ix_facts_kind_topic_date", facts.c.kind, facts.c.topic, facts.c.doc_date, facts.c.id,
      sqlite_where=_HAS_TOPIC, postgresql_where=_HAS_TOPIC)
Index("ix_facts_doc", facts.c.doc_id)
Index("ix_facts_event_date", facts.c.kind, facts.c.date, facts.c.id, sqlite_where=_EV, postgresql_where=_EV)

def slim_record(rec: dict, text: str) -> dict:
    """The record as the facts table keeps it: without the text of its evidence when that is the document's
    text between the evidence offsets (a third of a record's size, found again from the text)."""
    ev = rec.get("evidence")
    if not ev or "text" not in ev or text[ev["start"]:ev["end"]] != ev["text"]:
        return rec
    return {**rec, "evidence": {"start": ev["start"], "end": ev["end"]}}


def full_record(rec: dict, text: str | None = None, evidence: str | None = None) -> dict:
    """A stored record made whole again: its evidence text from the document ``text`` or given as
    ``evidence``."""
    ev = rec.get("evidence")
    if not ev or "text" in ev:
        return rec
    return {**rec, "evidence": {**ev, "text": evidence if evidence is not None else (text or "")[ev["start"]:ev["end"]]}}


cases = Table(
    "cases", metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text),
    Column("source", Text),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
)

# An analyst's word on a machine fact: accept, reject or correct. Kept apart from the facts so it survives
# re-extraction: a review names its fact by a key made of the machine record (see store.review.fact_key),
# and the newest review of a key is applied to the facts table whenever the document's facts are written.
reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("fact_key", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("action", String(16), nullable=False),  # accept | reject | correct
    Column("changes", JSON),  # the corrected fields, as given
    Column("machine", JSON, nullable=False),  # the machine record reviewed
    Column("note", Text),
    Column("reviewer", String(128), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_reviews_doc_key", reviews.c.doc_id, reviews.c.fact_key, reviews.c.id)
_REVIEWED = sa_text("review_id IS NOT NULL")
Index("ix_facts_review", facts.c.review_id, sqlite_where=_REVIEWED, postgresql_where=_REVIEWED)
Index("ix_facts_prov_cited", facts.c.plan, facts.c.number, facts.c.original, facts.c.id, sqlite_where=_PROV,
      postgresql_where=_PROV)

tokens = Table(  # API and desk tokens: only a SHA-256 digest of each is kept
    "tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(128), nullable=False, unique=True),
    Column("digest", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
)

store_settings = Table(  # the store's own values (e.g. the secret that signs desk sessions)
    "store_settings", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
