"""Alembic environment: migrations run on the connection marsad hands over (see Database.migrate)."""
from alembic import context

from marsad.store.schema import metadata

connection = context.config.attributes.get("connection")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
