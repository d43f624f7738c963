"""full-text search over sentences

SQLite: an FTS5 index kept in step with the sentences table by triggers. PostgreSQL: a GIN index on the
'simple' text-search vector. Both index the search form of the text (normalised, proclitics split off),
so "أوكرانيا" finds "لأوكرانيا".

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE sentences_fts USING fts5(norm, content='sentences', content_rowid='id', "
                   "tokenize='unicode61 remove_diacritics 0')")
        op.execute("CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
                   "INSERT INTO sentences_fts(rowid, norm) VALUES (new.id, new.norm); END")
        op.execute("CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN "
                   "INSERT INTO sentences_fts(sentences_fts, rowid, norm) VALUES('delete', old.id, old.norm); END")
    else:
        op.execute("CREATE INDEX ix_sentences_fts ON sentences USING gin (to_tsvector('simple', norm))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sentences_ai")
        op.execute("DROP TRIGGER IF EXISTS sentences_ad")
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_sentences_fts")
