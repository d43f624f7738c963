"""reviews of facts by analysts, API tokens, the store's own settings; provision citation counts

Revision ID: 0007
Revises: 0006_ingest
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fact_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.JSON),
        sa.Column("machine", sa.JSON, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_doc_key", "reviews", ["doc_id", "fact_key", "id"])
    op.add_column("facts", sa.Column("review_id", sa.Integer))
    op.create_index("ix_facts_review", "facts", ["review_id"])
    prov = sa.text("kind = 'provision'")
    op.create_index("ix_facts_prov_cited", "facts", ["plan", "number", "original", "id"],
                    sqlite_where=prov, postgresql_where=prov)
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True)),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "store_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("store_settings")
    op.drop_table("tokens")
    op.drop_index("ix_facts_review", "facts")
    op.drop_index("ix_facts_prov_cited", "facts")
    with op.batch_alter_table("facts") as b:
        b.drop_column("review_id")
    op.drop_index("ix_reviews_doc_key", "reviews")
    op.drop_table("reviews")
