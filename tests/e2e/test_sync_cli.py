"""`outreach enroll | sync | unenroll | wipe --revoke` in-process, against the real server.

The server address and the code come from stdin after the passphrase (never argv). The
keyring is forced to the fail backend so the credential lands in the vault predictably.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from outreach_app.cli import run, sync_cmds
from outreach_app.cli.common import ExitCode, Io
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.repos import sync_state
from outreach_app.sync import enrollment_v2
from outreach_app.sync.client import HttpStatusError, SyncClient
from outreach_app.sync.device_key import DeviceKey
from tests.e2e.sync_support import PASSPHRASE, make_vault, opened, queue_reports
from tests.server_harness import ServerHandle, running_server
from tests.server_harness import TestCharity as Charity


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(data_dir: Path, *argv: str, stdin: str = "") -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return Result(code, out.getvalue(), err.getvalue())


def enroll(layout: VaultLayout, server: ServerHandle, code: str | None = None) -> Result:
    """`outreach enroll` against `server` with the vault's passphrase (a fresh code if none)."""
    code = server.make_enroll_code() if code is None else code
    return cli(
        layout.data_dir,
        "enroll",
        "--root-fingerprint",
        server.root_fingerprint,
        stdin=f"{PASSPHRASE}\n{server.url}\n{code}\n",
    )


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(sync_cmds, "CLI_RETRY_BUDGET_S", 0.0)  # no real sleeping in tests


def _credential(data_dir: Path) -> DeviceKey:
    """A copy of the device's key, read from the open vault (the only place it is kept)."""
    from outreach_app.domain.layout import VaultLayout

    with opened(VaultLayout(data_dir)) as session:
        link = sync_state.get_link(session.conn)
    assert link is not None and link.device_key is not None and link.credential is None
    return DeviceKey(link.device_id, link.device_key)


def _revoked(url: str, key: DeviceKey) -> bool:
    """True when the server no longer lets this key sign in (revoked)."""
    with SyncClient(url, signer=key) as client:
        try:
            client.get_regions()
        except HttpStatusError as exc:
            return exc.status == 401
    return False


def test_enroll_then_sync_prints_a_summary(tmp_path: Path, seed: int) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        server.publish_alert("Grey van near the park", plates=["XY99ZZZ"])
        code = server.make_enroll_code()
        enrolled = enroll(layout, server, code)
        assert enrolled.code == ExitCode.OK, enrolled.err
        assert "kept inside the encrypted vault" in enrolled.out and "North" in enrolled.out
        assert server.url not in enrolled.out + enrolled.err and code not in enrolled.out + enrolled.err
        with opened(layout) as session:
            queue_reports(session.conn, 4, "north", random.Random(seed))
        synced = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
        assert synced.code == ExitCode.OK, synced.out + synced.err
        assert "Sent: 4 new, 0 already on the server" in synced.out
        assert "Alerts received: 1" in synced.out and "Still waiting: 0" in synced.out
        again = cli(layout.data_dir, "--json", "sync", stdin=f"{PASSPHRASE}\n")
        body = json.loads(again.out)
        assert again.code == ExitCode.OK and body["sent"] == 0 and body["ok"] is True


def test_sync_exits_non_zero_when_something_is_parked(tmp_path: Path, seed: int) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        enroll(layout, server)
        with opened(layout) as session:
            bad = queue_reports(session.conn, 1, "east", random.Random(seed))
        synced = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
    assert synced.code == ExitCode.FAILURE
    assert f"{bad[0]}: the server answered rejected (unknown_region)" in synced.out


def test_sync_exits_unavailable_when_the_server_cannot_be_reached(tmp_path: Path, seed: int) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        enroll(layout, server)
    with opened(layout) as session:
        queue_reports(session.conn, 2, "north", random.Random(seed))
    synced = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
    assert synced.code == ExitCode.UNAVAILABLE
    assert "could not connect" in synced.out and "Next retry: in" in synced.out
    assert "Still waiting: 2" in synced.out


def test_enroll_refuses_plain_http_and_bad_codes_changing_nothing(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        plain = cli(
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{PASSPHRASE}\nhttp://charity.example.org\nABCD-EFGH-JKMN-PQRS\n",
        )
        assert plain.code == ExitCode.USAGE and "https" in plain.err
        wrong = cli(
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{PASSPHRASE}\n{server.url}\nABCD-EFGH-JKMN-PQRS-TVWX\n",
        )
        assert wrong.code == ExitCode.AUTH and "enrolment code" in wrong.err
    with opened(layout) as session:
        assert sync_state.get_link(session.conn) is None
    not_enrolled = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
    assert not_enrolled.code == ExitCode.NOT_FOUND


def test_unenroll_revokes_the_device_on_the_server(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        enroll(layout, server)
        credential = _credential(layout.data_dir)
        done = cli(layout.data_dir, "unenroll", "--yes", stdin=f"{PASSPHRASE}\n")
        assert done.code == ExitCode.OK and "no longer linked" in done.out
        assert _revoked(server.url, credential)
    with opened(layout) as session:
        assert sync_state.get_link(session.conn) is None


def test_wipe_with_revoke_revokes_before_destroying_the_key(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        enroll(layout, server)
        credential = _credential(layout.data_dir)
        wiped = cli(layout.data_dir, "wipe", "--yes", "--revoke", stdin=f"{PASSPHRASE}\n")
        assert wiped.code == ExitCode.OK, wiped.err
        assert "revoked on the server" in wiped.out
        assert _revoked(server.url, credential)
    assert not layout.key_file.exists() and not layout.db.exists()


def test_wipe_offline_says_the_charity_should_revoke_the_device(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        enroll(layout, server)
    wiped = cli(layout.data_dir, "wipe", "--yes", "--revoke", stdin=f"{PASSPHRASE}\n")
    assert wiped.code == ExitCode.OK
    assert "ask the charity to revoke device" in wiped.err
    assert not layout.key_file.exists()


def test_sync_of_a_revoked_device_exits_3_and_parks_nothing(tmp_path: Path, seed: int) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        enroll(layout, server)
        with opened(layout) as session:
            queue_reports(session.conn, 2, "north", random.Random(seed))
            link = sync_state.get_link(session.conn)
        assert link is not None
        server.revoke_device(link.device_id)
        synced = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
        assert synced.code == ExitCode.AUTH
        assert "enrol this device again" in synced.out and "Nothing was parked" in synced.out
        again = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
        assert again.code == ExitCode.AUTH and "outreach enroll" in again.err
    with opened(layout) as session:
        assert sync_state.outbox_counts(session.conn) == {"queued": 2}


WORKER_PASSPHRASE = "amber quarry violin 17 thistle harbour"


def test_a_worker_may_not_enrol_or_unenrol(tmp_path: Path) -> None:
    from outreach_app.core.vault import add_slot
    from outreach_app.crypto.kdf import TEST_KDF

    layout = make_vault(tmp_path)
    with opened(layout) as session:
        add_slot(session, WORKER_PASSPHRASE, "worker", kdf=TEST_KDF)
    with running_server(tmp_path / "srv") as server:
        code = server.make_enroll_code()
        refused = cli(
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{WORKER_PASSPHRASE}\n{server.url}\n{code}\n",
        )
        assert refused.code == ExitCode.AUTH and "only a coordinator" in refused.err
        with opened(layout) as session:
            assert sync_state.get_link(session.conn) is None
        # the code was not spent: the coordinator can still use it
        enrolled = enroll(layout, server, code)
        assert enrolled.code == ExitCode.OK, enrolled.err
        unlink = cli(layout.data_dir, "unenroll", "--yes", stdin=f"{WORKER_PASSPHRASE}\n")
        assert unlink.code == ExitCode.AUTH and "only a coordinator" in unlink.err
        with opened(layout) as session:
            assert sync_state.get_link(session.conn) is not None


def test_enroll_prints_plain_words_for_an_unreachable_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    # Each refused connection is retried after 1 s, then 3 s: 4 s of real sleeping, and this
    # test is about the words printed at the end (the delays are tests/unit/sync's). The three
    # attempts still happen, each refused at once by the closed port.
    monkeypatch.setattr(enrollment_v2, "ENROL_RETRY_DELAYS_S", (0.0, 0.0))

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    layout = make_vault(tmp_path)
    result = cli(
        layout.data_dir,
        "enroll",
        "--root-fingerprint",
        Charity().root_fingerprint,
        stdin=f"{PASSPHRASE}\nhttp://127.0.0.1:{port}\nABCD-EFGH-JKMN-PQRS\n",
    )
    assert result.code == ExitCode.UNAVAILABLE
    assert "could not be reached" in result.err and "nothing was changed" in result.err


def test_a_region_added_after_enrolment_reaches_the_device_at_the_next_sync(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        code = server.make_enroll_code()
        assert enroll(layout, server, code).code == ExitCode.OK
        with opened(layout) as session:
            from outreach_app.domain.models import Area
            from outreach_app.storage.repos.areas import add_area

            add_area(session.conn, Area(name="Harbour Road"))  # made on the Shift page, later
            add_area(session.conn, Area(name="south"))  # named like a region the org will gain
        listed = json.loads(cli(layout.data_dir, "--json", "area", "list", stdin=f"{PASSPHRASE}\n").out)
        assert [r["id"] for r in listed["regions"]] == ["north"]

        server.set_org_regions(["north", "south"])
        synced = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
        assert synced.code == ExitCode.OK, synced.out + synced.err
        assert "Areas given the new region of the same name: 1" in synced.out
        mapped = cli(layout.data_dir, "area", "set-region", "Harbour Road", "south", stdin=f"{PASSPHRASE}\n")
        assert mapped.code == ExitCode.OK, mapped.err
        listed = json.loads(cli(layout.data_dir, "--json", "area", "list", stdin=f"{PASSPHRASE}\n").out)
        assert [r["id"] for r in listed["regions"]] == ["north", "south"]
        assert {a["name"]: a["region_id"] for a in listed["areas"]} == {
            "Harbour Road": "south",
            "south": "south",
        }


def test_sync_runs_its_pass_with_the_loaded_heap_frozen(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`outreach sync` settles the collector before the pass (`core/gc_tuning.py`): a full
    collection mid-push then walks the pass's objects, not every module's."""
    import gc

    from outreach_app.core.gc_tuning import CLIENT_THRESHOLDS, settle_heap
    from outreach_app.sync.engine import SyncEngine

    # The real one, with its full collection (tests/e2e/conftest.py spares the other tests it).
    monkeypatch.setattr(sync_cmds, "settle_heap", settle_heap)
    seen: list[tuple[int, tuple[int, int, int]]] = []
    real_pass = SyncEngine.run_pass

    def noted_pass(engine: SyncEngine) -> object:
        seen.append((gc.get_freeze_count(), gc.get_threshold()))
        return real_pass(engine)

    monkeypatch.setattr(SyncEngine, "run_pass", noted_pass)
    thresholds = gc.get_threshold()
    gc.unfreeze()
    layout = make_vault(tmp_path)
    try:
        with running_server(tmp_path / "srv") as server:
            enroll(layout, server)
            with opened(layout) as session:
                queue_reports(session.conn, 2, "north", random.Random(seed))
            assert gc.get_freeze_count() == 0
            synced = cli(layout.data_dir, "sync", stdin=f"{PASSPHRASE}\n")
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert synced.code == ExitCode.OK, synced.out + synced.err
    assert "Sent: 2 new" in synced.out
    [(frozen, at_pass)] = seen
    assert frozen > 10_000 and at_pass == CLIENT_THRESHOLDS
