"""Any CLI unlock applies due retention and says what it purged (counts only, on stderr)."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import ContactKind
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Contact
from outreach_app.domain.timeutil import utcnow
from outreach_app.reports.retention import last_run
from outreach_app.storage.repos.contacts import add_contact, get_contact
from tests.vault_templates import created_vault

PASSPHRASE = "correct horse battery staple orbit"
OLD_NOTE = "canary-note-left-for-retention"


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF, role="coordinator")
    return vault


def cli(layout: VaultLayout, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(f"{PASSPHRASE}\n"), out, err))
    return code, out.getvalue(), err.getvalue()


def test_a_cli_only_vault_purges_at_the_first_unlock_and_says_what(layout: VaultLayout) -> None:
    old = Contact(occurred_at=utcnow() - timedelta(days=800), kind=ContactKind.IN_PERSON, notes=OLD_NOTE)
    recent = Contact(occurred_at=utcnow() - timedelta(days=3), kind=ContactKind.IN_PERSON, notes="kept")
    with unlock_vault(layout, PASSPHRASE) as session:
        add_contact(session.conn, old)
        add_contact(session.conn, recent)
        assert last_run(session.conn) is None

    code, out, err = cli(layout, "--json", "retention", "show")

    assert code == ExitCode.OK, err
    assert err.strip() == ("retention: removed 1 contact notes, 0 people, 0 incident texts, 0 sent payloads")
    assert OLD_NOTE not in out + err
    shown = json.loads(out)  # stdout stays one JSON document
    assert shown["last_run"] is not None
    with unlock_vault(layout, PASSPHRASE) as session:
        purged, kept = get_contact(session.conn, old.id), get_contact(session.conn, recent.id)
    assert purged is not None and purged.notes == ""
    assert kept is not None and kept.notes == "kept"


def test_retention_is_not_run_again_within_a_day_and_silent_when_nothing_is_due(layout: VaultLayout) -> None:
    code, _, err = cli(layout, "retention", "show")
    assert code == ExitCode.OK
    assert err == ""  # ran, removed nothing: nothing to say
    with unlock_vault(layout, PASSPHRASE) as session:
        first = last_run(session.conn)
        add_contact(
            session.conn,
            Contact(occurred_at=utcnow() - timedelta(days=800), kind=ContactKind.IN_PERSON, notes=OLD_NOTE),
        )
    code, _, err = cli(layout, "retention", "show")
    assert code == ExitCode.OK and err == ""
    with unlock_vault(layout, PASSPHRASE) as session:
        assert last_run(session.conn) == first  # not due again the same day
