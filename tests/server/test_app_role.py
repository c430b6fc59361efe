"""`outreach-server db app-role` (issue 16) against the real PostgreSQL: the serving role can
read and write rows and serve, and nothing else."""

from __future__ import annotations

import io
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from outreach_app.charity.desk_keys import new_desk_keys
from outreach_app.protocol.staff import StaffRole
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifier
from outreach_app.server.cli import main
from outreach_app.server.db import migrate, staff_desks
from outreach_app.server.db.engine import make_engine
from tests.server.asgi_client import asgi_client
from tests.server.pg_drop import drop_later
from tests.server.support import SERVER_START, FakeClock, build_world, make_envelope, post_envelopes

pytestmark = pytest.mark.postgres


class Database:
    def __init__(self, owner_url: str, role: str) -> None:
        self.owner_url = owner_url
        self.role = role

    @property
    def role_url(self) -> str:
        return make_url(self.owner_url).set(username=self.role, password=None).render_as_string(False)

    def cli(self, *argv: str, expect: int = 0) -> str:
        out = io.StringIO()
        code = main([*argv, "--db", self.owner_url], clock=FakeClock(SERVER_START), out=out)
        assert code == expect, out.getvalue()
        return out.getvalue()


@pytest.fixture
def database(pg_admin_url: str) -> Iterator[Database]:
    """A fresh database owned by the admin user, and a role name no other test uses."""
    admin = make_url(pg_admin_url)
    name = f"outreach_role_{secrets.token_hex(4)}"
    role = f"outreach_serving_{secrets.token_hex(4)}"
    plain = admin.set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    owner_url = admin.set(database=name).render_as_string(hide_password=False)
    yield Database(owner_url, role)
    drop_later(plain, name, role=role)  # not waited for (tests/server/pg_drop.py)


def test_the_serving_role_has_data_rights_only(database: Database, tmp_path: Path) -> None:
    database.cli("db", "upgrade")
    password_file = tmp_path / "pw"
    password_file.write_text("s3cret%with'quote\n", encoding="utf-8")
    assert "data" not in database.cli("db", "app-role", database.role, "--password-file", str(password_file))
    database.cli("db", "app-role", database.role)  # again: idempotent

    engine = make_engine(database.role_url)
    try:
        migrate.upgrade(engine)  # at head: the start-up check works with read rights alone
        clock = FakeClock(SERVER_START)
        world = build_world(database.role_url, engine, clock)  # the role inserts regions, orgs, codes
        with asgi_client(world.app) as client:
            world.client = client
            code = new_withdrawal_code()
            (receipt,) = post_envelopes(world, world.a, [make_envelope(world.org_a, code=code)])
            assert receipt["status"] == "accepted"
            withdrawal = {"verifiers": [purpose_verifier(code, "alert")]}
            assert client.post("/v2/withdrawals", json=withdrawal, headers=world.a.headers).status_code == 200
            assert client.delete("/v2/device", headers=world.a.headers).status_code == 204
            # The staff API appends each desk's actions to the staff log as the serving role.
            with engine.begin() as conn:
                desk_code = staff_desks.create_desk_code(conn, StaffRole.ADMIN, 1, clock)
            keys = new_desk_keys(StaffRole.ADMIN, "admin-1")
            enrolled = client.post(
                "/v2/staff/enroll",
                json={"code": desk_code, "label": "Admin", "public_key": keys.auth_public(),
                      "request_id": str(uuid.uuid4()), "role": "admin"},
            )  # fmt: skip
            assert enrolled.status_code == 200, enrolled.text

        refused = [
            "CREATE TABLE intruder (x int)",
            "DROP TABLE envelopes",
            "ALTER TABLE envelopes ADD COLUMN x int",
            "TRUNCATE envelopes",
            "UPDATE alembic_version SET version_num = '9999'",
            "SELECT * FROM staff_log",  # the serving role only appends to the staff log
            "UPDATE staff_log SET staff = 'x'",
            "DELETE FROM staff_log",
            f"CREATE ROLE {database.role}_friend",
        ]
        for statement in refused:
            with (
                pytest.raises(ProgrammingError, match=r"permission denied|must be owner"),
                engine.begin() as conn,
            ):
                conn.execute(text(statement))
        with engine.begin() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
                == migrate.head_revision()
            )
    finally:
        engine.dispose()
    # The password was set (a SCRAM verifier, not the text) and the role cannot create databases.
    with psycopg.connect(
        make_url(database.owner_url).set(drivername="postgresql").render_as_string(False)
    ) as conn:
        row = conn.execute(
            "SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolinherit, rolpassword"
            " FROM pg_authid WHERE rolname = %s",
            (database.role,),
        ).fetchone()
    assert row is not None and row[:5] == (True, False, False, False, False)
    assert str(row[5]).startswith("SCRAM-SHA-256$")


def test_a_serving_role_is_told_to_upgrade_as_the_owner(database: Database, tmp_path: Path) -> None:
    database.cli("db", "upgrade")
    database.cli("db", "app-role", database.role)
    with psycopg.connect(
        make_url(database.owner_url).set(drivername="postgresql").render_as_string(False)
    ) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")  # as if a new release came
    out = io.StringIO()
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stderr", err)
        code = main(["region", "list", "--db", database.role_url], out=out)
    assert code == 1
    assert "run `outreach-server db upgrade` as the owner role" in err.getvalue()


def test_bad_role_requests_change_nothing(database: Database, tmp_path: Path) -> None:
    database.cli("db", "upgrade")
    database.cli("db", "app-role", "Robert'); DROP TABLE envelopes;--", expect=2)
    database.cli("db", "app-role", "postgres", expect=2)  # the owner itself
    assert database.cli("db", "app-role", "x", "--password-file", str(tmp_path / "missing"), expect=2) == ""
    sqlite = io.StringIO()
    assert main(["db", "app-role", "x", "--db", f"sqlite:///{tmp_path / 's.db'}"], out=sqlite) == 2
    with psycopg.connect(
        make_url(database.owner_url).set(drivername="postgresql").render_as_string(False)
    ) as conn:
        assert conn.execute("SELECT to_regclass('envelopes') IS NOT NULL").fetchone() == (True,)
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'x'").fetchone() == (0,)
