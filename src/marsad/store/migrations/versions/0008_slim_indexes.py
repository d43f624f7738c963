"""the index of reviewed facts holds only those: a fact with no review no longer adds an entry at ingest

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

REVIEWED = sa.text("review_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_facts_review", "facts")
    op.create_index("ix_facts_review", "facts", ["review_id"], sqlite_where=REVIEWED, postgresql_where=REVIEWED)


def downgrade() -> None:
    op.drop_index("ix_facts_review", "facts")
    op.create_index("ix_facts_review", "facts", ["review_id"])
