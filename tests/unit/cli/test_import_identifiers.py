"""`outreach import` holds phone numbers and e-mail addresses to the same rules as the app:
refused with the line, the field and the reason, never rewritten, and nothing imported."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import uuid4

from outreach_app.cli.common import ExitCode
from outreach_app.core.vault import unlock_vault
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.repos import incidents

from .test_records_cli import PASSPHRASE, T0, _counts, _write, cli
from .test_records_cli import layout as layout  # the fixture, re-exported for pytest


def _incident_line(**perpetrator: object) -> str:
    return json.dumps(
        {
            "type": "incident",
            "v": 1,
            "id": str(uuid4()),
            "occurred_at": T0.isoformat(),
            "reported_at": T0.isoformat(),
            "worker_initials": "AB",
            "types": ["non_payment"],
            "perpetrators": [perpetrator],
        }
    )


def test_the_issue_example_is_refused_entry_by_entry(layout: VaultLayout, tmp_path: Path) -> None:
    good = _incident_line(phone_numbers=["07700 900123"])
    bad = _incident_line(phone_numbers=["07700 90012x", "123", "ring me SECRET-VALUE"])
    result = cli(layout, "import", str(_write(tmp_path, [good, bad])))
    assert result.code == ExitCode.USAGE
    assert (
        "line 2: incident.perpetrators.0.phone_numbers.0: Value error, phone number may hold only"
        in result.err
    )
    assert "perpetrators.0.phone_numbers.1: Value error, phone number needs at least 4 digits" in result.err
    assert "perpetrators.0.phone_numbers.2:" in result.err
    assert "nothing was imported" in result.err
    assert "SECRET-VALUE" not in result.err + result.out and "90012x" not in result.err
    assert _counts(layout) == (0, 0, 0)


def test_a_bad_address_is_refused_and_good_ones_are_lower_case(layout: VaultLayout, tmp_path: Path) -> None:
    refused = cli(
        layout, "import", str(_write(tmp_path, [_incident_line(email_addresses=["kev at x dot com"])]))
    )
    assert refused.code == ExitCode.USAGE
    assert "email_addresses.0: Value error, e-mail address needs exactly one @" in refused.err
    line = _incident_line(email_addresses=["Kev@Example.COM"], phone_numbers=["07700 90012"])
    assert cli(layout, "import", str(_write(tmp_path, [line], "ok.jsonl"))).code == ExitCode.OK
    with unlock_vault(layout, PASSPHRASE) as session:
        (stored,) = incidents.get_incidents(session.conn, incidents.list_incident_ids(session.conn))
    assert stored.perpetrators[0].email_addresses == ["kev@example.com"]
    assert stored.perpetrators[0].phone_numbers == ["0770090012"]  # partial stays partial
