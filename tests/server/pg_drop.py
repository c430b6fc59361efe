"""Drop a test's PostgreSQL database (and role) without waiting for it (issue 19).

PostgreSQL 15 answers DROP DATABASE only after a forced, immediate checkpoint, which writes
out every dirty page of the whole server: on this shared machine, with other suites writing
to the same PostgreSQL, 1-2 s a drop of a worker doing nothing (test_app_role's teardowns:
1.5-1.8 s wall for ~0 CPU; the session database's drop kept both workers idle at the end of a
run). The drop is still done, by a `psql` of its own that nobody waits for: the names are
random and used by nothing after the teardown. Without `psql`, the drop runs here and is
waited for, as before.
"""

from __future__ import annotations

import shutil
import subprocess

import psycopg


def drop_later(admin_url: str, database: str, *, role: str | None = None) -> None:
    """DROP `database` (every connection to it ended), then `role` if given, as the admin of
    `admin_url` (a libpq URL): in the background with psql, or here without it."""
    statements = [f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)']
    if role is not None:
        statements.append(f'DROP ROLE IF EXISTS "{role}"')  # after the database holding its grants
    psql = shutil.which("psql")
    if psql is None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)
        return
    command = [psql, "--no-psqlrc", "--quiet", "--dbname", admin_url]
    for statement in statements:
        command += ["--command", statement]
    # Started by a shell that exits at once (waited for): psql is then nobody's child here, so
    # no worker waits for it, reaps it or ends it, and it outlives the test run if need be.
    subprocess.run(
        ["sh", "-c", '"$@" </dev/null >/dev/null 2>&1 &', "sh", *command],
        check=True,
    )
