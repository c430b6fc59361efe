"""Server CLI hygiene (review L8): no password in argv and a database file private to its user."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from outreach_app.server.cli import main
from outreach_app.server.core.config import DB_ENV
from tests.server.support import SERVER_START, FakeClock


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=FakeClock(SERVER_START), out=out)
    return code, out.getvalue()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_db_url_from_a_file_or_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    url_file = tmp_path / "db-url"
    url_file.write_text(f"\n  sqlite:///{tmp_path / 'from-file.db'}  \n", encoding="utf-8")
    assert _run("region", "add", "north", "North", "--db-url-file", str(url_file))[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"sqlite:///{tmp_path / 'from-file.db'}\n"))
    code, out = _run("region", "list", "--db-url-file", "-")
    assert (code, out) == (0, "north\tNorth\n")
    assert not (tmp_path / "outreach-server.db").exists()


def test_db_url_file_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    url_file = tmp_path / "db-url"
    url_file.write_text(f"sqlite:///{tmp_path / 'a.db'}\n", encoding="utf-8")
    both = ("region", "list", "--db-url-file", str(url_file), "--db", f"sqlite:///{tmp_path / 'b.db'}")
    assert _run(*both)[0] == 2
    assert "not both" in capsys.readouterr().err
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    assert _run("region", "list", "--db-url-file", str(tmp_path / "empty"))[0] == 2
    assert _run("region", "list", "--db-url-file", str(tmp_path / "missing"))[0] == 2
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "b.db").exists()


@pytest.mark.postgres
def test_a_password_in_db_is_warned_about_and_never_printed(
    pg_session_db: str, canary: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The test server trusts local connections, so the password is ignored but parsed.
    with_password = make_url(pg_session_db).set(password=canary).render_as_string(hide_password=False)
    assert _run("region", "list", "--db", with_password)[0] == 0
    err = capsys.readouterr().err
    assert "password in --db is visible" in err and DB_ENV in err and "--db-url-file" in err
    assert canary not in err
    assert _run("region", "list", "--db", pg_session_db)[0] == 0
    assert "password" not in capsys.readouterr().err


def test_the_default_database_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.chdir(tmp_path)  # no outreach-server.db here: the platform data dir is used
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old_umask = os.umask(0o022)  # the usual umask, under which files come out 0644
    try:
        assert _run("region", "add", "north", "North")[0] == 0
    finally:
        os.umask(old_umask)
    folder = tmp_path / "data" / "OutreachServer"
    database = folder / "outreach-server.db"
    assert database.exists()
    assert _mode(folder) == 0o700
    for path in folder.iterdir():  # the database and SQLite's -wal / -shm files
        assert _mode(path) == 0o600, path.name
    # A default location left open by an older version is tightened.
    folder.chmod(0o755)
    database.chmod(0o644)
    assert _run("region", "list")[0] == 0
    assert (_mode(folder), _mode(database)) == (0o700, 0o600)


def test_a_new_sqlite_file_named_by_url_is_created_0600(tmp_path: Path) -> None:
    target = tmp_path / "new-folder" / "server.db"
    assert _run("region", "list", "--db", f"sqlite:///{target}")[0] == 0
    assert _mode(target) == 0o600 and _mode(target.parent) == 0o700
