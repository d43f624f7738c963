"""indexes for the analyst's questions on large stores

Revision ID: 0005
Revises: 0004
"""
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


def downgrade() -> None:
    op.drop_index("ix_facts_kind_topic_date", "facts")
    op.drop_index("ix_facts_kind_actor_date", "facts")
    op.create_index("ix_facts_kind_topic", "facts", ["kind", "topic"])
    op.create_index("ix_facts_kind_actor", "facts", ["kind", "actor_id"])
    op.drop_index("ix_documents_counts", "documents")
