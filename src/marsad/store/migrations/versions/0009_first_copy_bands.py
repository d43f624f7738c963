"""near-duplicates are looked up among first copies only, and two fact indexes hold only the facts they serve

A near-duplicate's LSH bands are dropped: a new document is compared with the first copies of stories, so the
look-up of a batch no longer grows with every republication of a story already stored. The indexes by actor
and by topic leave out the facts without one (events, figures, provisions, most quotes): the questions ask
for an actor or a topic by value, which the planners of both backends read as "is not null".

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

HAS_ACTOR, HAS_TOPIC = sa.text("actor_id IS NOT NULL"), sa.text("topic IS NOT NULL")


def upgrade() -> None:
    op.execute("DELETE FROM doc_bands WHERE doc_id IN (SELECT id FROM documents WHERE duplicate_of IS NOT NULL)")
    op.drop_index("ix_facts_kind_actor_date", "facts")
    op.create_index("ix_facts_kind_actor_date", "facts", ["kind", "actor_id", "doc_date", "id"],
                    sqlite_where=HAS_ACTOR, postgresql_where=HAS_ACTOR)
    op.drop_index("ix_facts_kind_topic_date", "facts")
    op.create_index("ix_facts_kind_topic_date", "facts", ["kind", "topic", "doc_date", "id"],
                    sqlite_where=HAS_TOPIC, postgresql_where=HAS_TOPIC)


def downgrade() -> None:
    # the bands of near-duplicates are not rebuilt: the version before looks up fewer candidates, nothing more
    op.drop_index("ix_facts_kind_actor_date", "facts")
    op.create_index("ix_facts_kind_actor_date", "facts", ["kind", "actor_id", "doc_date", "id"])
    op.drop_index("ix_facts_kind_topic_date", "facts")
    op.create_index("ix_facts_kind_topic_date", "facts", ["kind", "topic", "doc_date", "id"])
