"""Withdrawal at any project: a code given to project A's worker, presented at project B.

Two organisations on the real server (loopback), two real vaults driven through the CLI
(`outreach withdraw --other-device`, `outreach sync`, `outreach outbox`). The device says
`withdrawn` only when the server found the report, and `not found yet` otherwise.
Protocol v2: the report leaves as a sealed envelope; the code withdraws it by its per-purpose
verifier, and the server keeps its header (withdrawn) but no longer its ciphertext.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

from outreach_app.cli.common import ExitCode
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifiers
from outreach_app.storage.codec import to_db_time
from tests.e2e.sync_support import PASSPHRASE, make_vault, opened, queue_reports
from tests.e2e.test_sync_cli import Result, cli, no_os_keyring  # noqa: F401 - an autouse fixture
from tests.server_harness import ServerHandle, running_server


def _two_projects(tmp_path: Path, server: ServerHandle) -> tuple[VaultLayout, VaultLayout]:
    """Project A (the server's first organisation, region north) and project B (south)."""
    a = make_vault(tmp_path / "a")
    b = make_vault(tmp_path / "b")
    other = server.add_org("Other Project", ["south"])
    for layout, code in ((a, server.make_enroll_code()), (b, server.make_enroll_code(other))):
        enrolled = cli(
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{PASSPHRASE}\n{server.url}\n{code}\n",
        )
        assert enrolled.code == ExitCode.OK, enrolled.err
    return a, b


def _alert_verifier(code: str) -> str:
    return purpose_verifiers(code, ["alert"])["alert"]


def _held(server: ServerHandle, code: str) -> list[dict[str, object]]:
    """What the server holds of the report's alert envelope, found by its code's alert verifier
    (header fields, `held`: ciphertext kept, `withdrawn`); [] when it stored nothing."""
    return [row for row in server.envelopes() if row["verifier"] == _alert_verifier(code)]


def _progress(layout: VaultLayout, purpose: str) -> list[object]:
    """The progress of this device's withdrawals of `purpose`, oldest first."""
    return [w["progress"] for w in _outbox(layout) if w["purposes"] == [purpose]]


def _sync(layout: VaultLayout) -> Result:
    result = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
    assert result.code == ExitCode.OK, result.out + result.err
    return result


def _withdraw_at_other_project(layout: VaultLayout, code: str) -> None:
    taken = cli(layout.data_dir, "withdraw", "--other-device", stdin=f"{PASSPHRASE}\n{code}\n")
    assert taken.code == ExitCode.OK, taken.err
    assert "queued for the server" in taken.out and "not found yet" in taken.out
    assert code not in taken.out + taken.err


def _outbox(layout: VaultLayout) -> list[dict[str, object]]:
    listed = cli(layout.data_dir, "--json", "outbox", stdin=f"{PASSPHRASE}\n")
    assert listed.code == ExitCode.OK, listed.err
    withdrawals: list[dict[str, object]] = json.loads(listed.out)["withdrawals"]
    return withdrawals


def test_a_code_from_project_a_withdraws_its_report_when_presented_at_project_b(
    tmp_path: Path, seed: int
) -> None:
    code = new_withdrawal_code()
    with running_server(tmp_path / "srv") as server:
        a, b = _two_projects(tmp_path, server)
        with opened(a) as session:
            queue_reports(session.conn, 1, "north", random.Random(seed), code=code)
        assert "Sent: 1 new" in _sync(a).out
        assert [(e["held"], e["withdrawn"]) for e in _held(server, code)] == [(True, False)]

        _withdraw_at_other_project(b, code)
        synced = _sync(b)
        # one verifier per sealed purpose: the alert envelope is found; the report had no
        # police purposes, so those two stay "not found yet" (never "withdrawn")
        assert "Withdrawn on the server: 1" in synced.out
        assert "Withdrawals not found on the server yet: 2" in synced.out
        assert [(e["held"], e["withdrawn"]) for e in _held(server, code)] == [(False, True)]
        assert sorted(w["progress"] for w in _outbox(b)) == ["not_found_yet", "not_found_yet", "withdrawn"]
        # Asked again at B, the worker hears what the server answered before.
        again = cli(b.data_dir, "withdraw", "--other-device", stdin=f"{PASSPHRASE}\n{code}\n")
        assert again.code == ExitCode.OK and ": withdrawn." in again.out and "Asked before on" in again.out
        # A's resend cannot bring it back.
        with opened(a) as session:
            session.conn.execute("UPDATE outbox_items SET state = 'queued'")
            session.conn.execute("DELETE FROM outbox_envelope_results")  # pending again
        assert "1 withdrawn before they arrived" in _sync(a).out


def test_a_report_not_yet_sent_is_not_found_yet_then_withdrawn_on_arrival(tmp_path: Path, seed: int) -> None:
    code = new_withdrawal_code()
    with running_server(tmp_path / "srv") as server:
        a, b = _two_projects(tmp_path, server)
        _withdraw_at_other_project(b, code)
        first = _sync(b)
        # Never "confirmed" for something the server did not find.
        assert "Withdrawals not found on the server yet: 3" in first.out  # one per sealed purpose
        assert "Withdrawn on the server" not in first.out and "confirmed" not in first.out
        assert [w["progress"] for w in _outbox(b)] == ["not_found_yet"] * 3
        text = cli(b.data_dir, "outbox", stdin=f"{PASSPHRASE}\n").out
        assert "not found yet" in text
        asked = cli(b.data_dir, "withdraw", "--other-device", stdin=f"{PASSPHRASE}\n{code}\n")
        assert "Asked before on" in asked.out and ": not found yet:" in asked.out

        # Project A sends it afterwards: the server's tombstone withdraws it on arrival.
        with opened(a) as session:
            queue_reports(session.conn, 1, "north", random.Random(seed), code=code)
        assert "1 withdrawn before they arrived" in _sync(a).out
        # the tombstone answered it: nothing of it is readable on the server
        assert _alert_verifier(code) in server.tombstones()
        assert [e for e in _held(server, code) if e["held"]] == []

        # B is not asked again at once (rate limits), but once the interval has passed it
        # learns that the report was found and withdrawn.
        # (The second ask, still pending, goes now and is found.)
        # (Only the alert asks can be found: the report had no police purposes.)
        assert "Withdrawn on the server: 1" in _sync(b).out
        assert _progress(b, "alert") == ["not_found_yet", "withdrawn"]
        with opened(b) as session:
            earlier = to_db_time(utcnow() - timedelta(hours=2))
            session.conn.execute("UPDATE outbox_withdrawals SET updated_at = ?", (earlier,))
        again = _sync(b)
        assert "Withdrawn on the server: 1" in again.out
        assert _progress(b, "alert") == ["withdrawn", "withdrawn"]
        assert set(_progress(b, "police_intelligence") + _progress(b, "police_referral")) == {"not_found_yet"}
