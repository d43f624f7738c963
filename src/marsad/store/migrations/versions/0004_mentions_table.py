"""mentions in a table of their own; documents.norm dropped (search reads sentences)

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("actor_id", sa.String(255), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("ev_start", sa.Integer(), nullable=False),
        sa.Column("ev_end", sa.Integer(), nullable=False),
        sa.Column("via", sa.String(16)),
        sa.Column("original", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.create_index("ix_mentions_actor_doc", "mentions", ["actor_id", "doc_id"])
    op.create_index("ix_mentions_doc", "mentions", ["doc_id"])
    op.execute('INSERT INTO mentions (doc_id, actor_id, start, "end", ev_start, ev_end, via, original) '
               'SELECT doc_id, actor_id, start, "end", ev_start, ev_end, NULL, original FROM facts '
               "WHERE kind = 'mention' AND actor_id IS NOT NULL")
    op.execute("DELETE FROM facts WHERE kind = 'mention'")
    with op.batch_alter_table("documents") as b:  # search reads sentences.norm
        b.drop_column("norm")


def downgrade() -> None:
    with op.batch_alter_table("documents") as b:
        b.add_column(sa.Column("norm", sa.Text(), nullable=False, server_default=""))
    op.drop_table("mentions")
