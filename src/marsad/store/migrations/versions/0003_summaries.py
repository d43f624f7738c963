"""summaries for large stores: fact counts, mentions per day, stance cells; document dates on facts

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as b:
        b.add_column(sa.Column("doc_date", sa.Date(), nullable=True))
        b.add_column(sa.Column("original", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_index("ix_facts_kind_docdate", "facts", ["kind", "doc_date"])
    op.create_index("ix_facts_kind_plan", "facts", ["kind", "plan"])
    op.create_table("fact_counts", sa.Column("kind", sa.String(16), primary_key=True),
                    sa.Column("n", sa.Integer(), nullable=False))
    op.create_table("mention_days", sa.Column("actor_id", sa.String(255), primary_key=True),
                    sa.Column("date", sa.Date(), primary_key=True),
                    sa.Column("n", sa.Integer(), nullable=False))
    op.create_table("stance_cells", sa.Column("actor_id", sa.String(255), primary_key=True),
                    sa.Column("topic", sa.String(128), primary_key=True),
                    sa.Column("polarity", sa.String(16), primary_key=True),
                    sa.Column("docs", sa.Integer(), nullable=False), sa.Column("first", sa.Date()),
                    sa.Column("last", sa.Date()))
    # fill them from what a store already holds
    op.execute("UPDATE facts SET doc_date = (SELECT date FROM documents WHERE documents.id = facts.doc_id), "
               "original = (SELECT duplicate_of IS NULL FROM documents WHERE documents.id = facts.doc_id)")
    op.execute("INSERT INTO fact_counts (kind, n) SELECT kind, count(*) FROM facts GROUP BY kind")
    op.execute("INSERT INTO mention_days (actor_id, date, n) SELECT actor_id, coalesce(doc_date, '1900-01-01'), "
               "count(*) FROM facts "
               "WHERE kind = 'mention' AND original AND actor_id IS NOT NULL GROUP BY actor_id, coalesce(doc_date, '1900-01-01')")
    op.execute("INSERT INTO stance_cells (actor_id, topic, polarity, docs, first, last) "
               "SELECT actor_id, topic, polarity, count(DISTINCT doc_id), min(doc_date), max(doc_date) FROM facts "
               "WHERE kind = 'stance' AND original GROUP BY actor_id, topic, polarity")


def downgrade() -> None:
    op.drop_table("stance_cells")
    op.drop_table("mention_days")
    op.drop_table("fact_counts")
    op.drop_index("ix_facts_kind_plan", "facts")
    op.drop_index("ix_facts_kind_docdate", "facts")
    with op.batch_alter_table("facts") as b:
        b.drop_column("original")
        b.drop_column("doc_date")
