"""Alembic environment for dxdesk. dxdesk runs migrations itself (dxdesk.store.migrate),
handing over an open connection inside its own transaction; batch mode and the model's
naming convention let SQLite's ALTER limits be worked around safely."""

from alembic import context

from dxdesk.model import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate`
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
