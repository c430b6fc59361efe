"""Alembic environment, run programmatically by `outreach_app.server.db.migrate`.

The caller passes an open SQLAlchemy connection in `config.attributes["connection"]`;
there is no alembic.ini and no URL in any file.
"""

from __future__ import annotations

from alembic import context

from outreach_app.server.db.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when someone runs plain `alembic`
    raise RuntimeError("run migrations with `outreach-server db upgrade` (or serve), not bare alembic")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
