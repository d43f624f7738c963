"""indexes for the analyst's questions on large stores

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an undated document sorts last: its facts carry 1900-01-01 instead of no date
    op.execute("UPDATE facts SET doc_date = '1900-01-01' WHERE doc_date IS NULL")
    op.create_index("ix_documents_counts", "documents", ["status", "duplicate_of", "lang", "date"])
    op.drop_index("ix_facts_kind_actor", "facts")
    op.drop_index("ix_facts_kind_topic", "facts")
    op.create_index("ix_facts_kind_actor_date", "facts", ["kind", "actor_id", "doc_date", "id"])
    op.create_index("ix_facts_kind_topic_date", "facts", ["kind", "topic", "doc_date", "id"])
    op.drop_index("ix_facts_kind_docdate", "facts")
    op.create_index("ix_facts_kind_docdate_id", "facts", ["kind", "doc_date", "id"])
    op.drop_index("ix_facts_kind_plan", "facts")
    # partial indexes: only the rows of their kind pay for them
    prov, ev = sa.text("kind = 'provision'"), sa.text("kind = 'event'")
    op.create_index("ix_facts_kind_plan_date", "facts", ["kind", "plan", "doc_date", "id"],
                    sqlite_where=prov, postgresql_where=prov)
    op.create_index("ix_facts_kind_plan_number", "facts", ["kind", "plan", "number", "id"],
                    sqlite_where=prov, postgresql_where=prov)
    op.drop_index("ix_facts_kind_date", "facts")
    op.create_index("ix_facts_event_date", "facts", ["kind", "date", "id"], sqlite_where=ev, postgresql_where=ev)
    # the newest fact of each stance cell and each pledge cell: the evidence shown with a conflict
    with op.batch_alter_table("stance_cells") as b:
        b.add_column(sa.Column("last_fact", sa.Integer(), nullable=True))
    op.create_table("pledge_cells", sa.Column("actor_id", sa.String(255), primary_key=True),
                    sa.Column("category", sa.String(32), primary_key=True),
                    sa.Column("docs", sa.Integer(), nullable=False), sa.Column("last_fact", sa.Integer()))
    op.execute("UPDATE stance_cells SET last_fact = (SELECT max(id) FROM facts WHERE kind = 'stance' AND original "
               "AND facts.actor_id = stance_cells.actor_id AND facts.topic = stance_cells.topic "
               "AND facts.polarity = stance_cells.polarity)")
    op.execute("INSERT INTO pledge_cells (actor_id, category, docs, last_fact) SELECT actor_id, category, "
               "count(DISTINCT doc_id), max(id) FROM facts WHERE kind = 'pledge' AND original AND actor_id IS NOT NULL "
               "GROUP BY actor_id, category")


def downgrade() -> None:
    op.drop_table("pledge_cells")
    with op.batch_alter_table("stance_cells") as b:
        b.drop_column("last_fact")
    op.drop_index("ix_facts_kind_docdate_id", "facts")
    op.create_index("ix_facts_kind_docdate", "facts", ["kind", "doc_date"])
    op.drop_index("ix_facts_event_date", "facts")
    op.create_index("ix_facts_kind_date", "facts", ["kind", "date"])
    op.drop_index("ix_facts_kind_plan_number", "facts")
    op.drop_index("ix_facts_kind_plan_date", "facts")
    op.create_index("ix_facts_kind_plan", "facts", ["kind", "plan"])
    op.drop_index("ix_facts_kind_topic_date", "facts")
    op.drop_index("ix_facts_kind_actor_date", "facts")
    op.create_index("ix_facts_kind_topic", "facts", ["kind", "topic"])
    op.create_index("ix_facts_kind_actor", "facts", ["kind", "actor_id"])
    op.drop_index("ix_documents_counts", "documents")
