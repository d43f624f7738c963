"""the full-text index of sentences filled by the writer, a batch at a time, instead of a trigger per row

SQLite only: ingest inserts a batch's sentences into ``sentences_fts`` with one statement (FTS5 costs about
four times as much fed a row at a time from a trigger). Every writer of ``sentences`` indexes what it adds
(``marsad.store.ingest``, the benchmark's ``grow``). The delete trigger stays. PostgreSQL: nothing changes
(its GIN index keeps itself).

Revision ID: 0006_ingest
Revises: 0005
"""
from alembic import op

revision = "0006_ingest"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sentences_ai")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
                   "INSERT INTO sentences_fts(rowid, norm) VALUES (new.id, new.norm); END")
