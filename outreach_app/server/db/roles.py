"""A least-privilege PostgreSQL role for the serving process (`outreach-server db app-role`).

The serving process needs to read and write rows, nothing more. Run by the role that owns
the schema (the one that runs `db upgrade`), this creates or updates a login role that:
- can SELECT, INSERT, UPDATE and DELETE rows in the server's tables, and use their
  sequences — now and in tables later migrations add (default privileges of the owner);
- cannot create, alter, drop or truncate anything, create databases or roles, or own
  anything, so a breached server process cannot change the schema or its own rights;
- can only read `alembic_version` (the server checks the schema is current at start and
  must not be able to claim a revision it is not at);
- may only append to `staff_log` (INSERT, no SELECT, UPDATE or DELETE): the staff API
  (issue 22) records each desk's actions from the serving process, but a breached server
  process cannot read, rewrite or delete who exported or revoked what (admin commands run
  as the owner).
Running it again re-applies exactly these rights (after an upgrade, for instance).
"""

from __future__ import annotations

import re

from psycopg import sql
from sqlalchemy import Connection

from outreach_app.server.db.orgs import InvalidInputError
from outreach_app.server.db.tables import staff_log

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
MIGRATIONS_TABLE = "alembic_version"
NOT_FOR_SERVING = (staff_log.name,)
APPEND_ONLY_FOR_SERVING = (staff_log.name,)
"""Tables the serving role may only add rows to (their inserts ask for nothing back:
`implicit_returning=False` in tables.py, as RETURNING would need SELECT)."""


class NotPostgresError(InvalidInputError):
    """Roles exist only on PostgreSQL (a SQLite file is protected by its file permissions)."""


def set_up_app_role(conn: Connection, role: str, password: str | None = None) -> None:
    """Create (or update) `role` with data rights only on the schema `conn`'s user owns.

    Args:
        conn: a connection as the owner of the server's tables, inside a transaction.
        role: lower-case letters, digits and _; must not be the owner itself.
        password: set as the role's login password when given (else login needs another
            method in pg_hba.conf, e.g. peer or a client certificate).
    """
    if conn.dialect.name != "postgresql":
        raise NotPostgresError(
            "database roles need PostgreSQL; a SQLite file is protected by its permissions"
        )
    if not ROLE_NAME.match(role):
        raise InvalidInputError("role name: lower-case letters, digits and _, starting with a letter or _")
    owner = conn.exec_driver_sql("SELECT current_user").scalar_one()
    if role == owner:
        raise InvalidInputError("the serving role must not be the owner role that runs migrations")
    name = sql.Identifier(role)
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}).first()
    attributes = sql.SQL("LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS")
    verb = sql.SQL("ALTER ROLE") if exists else sql.SQL("CREATE ROLE")
    statements: list[sql.Composable] = [sql.SQL("{} {} {}").format(verb, name, attributes)]
    if password is not None:
        statements.append(sql.SQL("ALTER ROLE {} PASSWORD {}").format(name, sql.Literal(password)))
    schema = sql.Identifier(conn.exec_driver_sql("SELECT current_schema()").scalar_one())
    database = sql.Identifier(conn.exec_driver_sql("SELECT current_database()").scalar_one())
    statements += [
        sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(database, name),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, name),
        sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(schema, name),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, name),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(schema, name),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(schema, name),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(schema, name),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, name),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(schema, name),
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT USAGE, SELECT ON SEQUENCES TO {}").format(
            schema, name
        ),
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {}.{} FROM {}").format(
            schema, sql.Identifier(MIGRATIONS_TABLE), name
        ),
    ]
    for table in NOT_FOR_SERVING:
        statements.append(sql.SQL("REVOKE ALL ON {}.{} FROM {}").format(schema, sql.Identifier(table), name))
        statements.append(
            sql.SQL("REVOKE ALL ON SEQUENCE {}.{} FROM {}").format(
                schema, sql.Identifier(f"{table}_pk_seq"), name
            )
        )
    for table in APPEND_ONLY_FOR_SERVING:
        statements.append(sql.SQL("GRANT INSERT ON {}.{} TO {}").format(schema, sql.Identifier(table), name))
        statements.append(
            sql.SQL("GRANT USAGE ON SEQUENCE {}.{} TO {}").format(
                schema, sql.Identifier(f"{table}_pk_seq"), name
            )
        )
    # On the DBAPI cursor of the same transaction: psycopg runs a composed statement as it
    # is (SQLAlchemy's exec_driver_sql would read a `%` in the password as a placeholder).
    with conn.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
        for statement in statements:
            cursor.execute(statement)
