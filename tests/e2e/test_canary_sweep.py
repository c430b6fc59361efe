"""End-to-end canary sweep: a whole desktop session leaves no record text outside the encrypted DB.

`canary_session.py` runs in a subprocess (real Qt widgets offscreen, fresh data dir, HOME and
XDG dirs pointed into tmp_path) and creates every record type with a canary variant in each
text field, searches, consents and seals, enrols with the real server on 127.0.0.1 and syncs,
locks and quits. Afterwards the canary, in every form a leak could take (as typed, lower-cased,
UTF-16, base64), must be in no file under tmp_path except the vault DB, which is encrypted and
so must not show it either, and the server's DB, and not in the subprocess's stdout/stderr. The
server's DB holds the anonymised payload: the perpetrator description and alert summary may be
there (alerts share them); the narrative, location note, alias and notes must not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.canary_session import phone_for
from tests.server_harness import running_server
from tests.unit.storage.test_canary import _forms, _scan

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DRIVER = HERE / "canary_session.py"

# What the driver prints as it goes: proof that each step of the session happened.
STEPS = ["vault created", "records written", "searched", "sealed", "enrolled", "synced", "locked", "quit"]

# Canary variants that must never reach the server (see canary_session.make_records).
NEVER_SHARED = (
    "narrative",
    "location-note",
    "alias",
    "contact-note",
    "person-notes",
    "injury-notes",
    "language",
    "area",
)


def _session_env(tmp_path: Path, canary: str) -> dict[str, str]:
    home = tmp_path / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "TMPDIR": str(tmp_path / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        # No OS keyring in the sandbox: the device credential stays in the vault.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "LANG": "C.UTF-8",
        "OUTREACH_CANARY": canary,
    }
    for folder in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        Path(env[folder]).mkdir(parents=True, exist_ok=True)
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)
    return env


def _leaks(tmp_path: Path, forms: list[bytes], server_db: Path) -> list[str]:
    skip = {server_db.name, f"{server_db.name}-wal", f"{server_db.name}-shm", f"{server_db.name}-journal"}
    hits = {
        hit for hit in _scan(tmp_path, forms) if not (hit.startswith("server/") and Path(hit).name in skip)
    }
    return sorted(hits)


@pytest.mark.slow
def test_a_whole_session_leaves_the_canary_in_no_file_and_no_output(tmp_path: Path, canary: str) -> None:
    data_dir = tmp_path / "data"
    env = _session_env(tmp_path, canary)
    with running_server(tmp_path / "server") as server:
        server_db = Path(server.db_url.removeprefix("sqlite:///"))
        assert server_db.is_relative_to(tmp_path / "server")
        done = subprocess.run(
            [
                sys.executable,
                str(DRIVER),
                str(data_dir),
                server.url,
                server.make_enroll_code(),
                server.region_ids[0],
                server.root_fingerprint,
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        opened = json.dumps(server.opened_envelopes("alert"))  # as the alerts desk reads it
        server.engine.dispose()
    output = done.stdout + done.stderr
    # The perpetrator's phone as stored (E.164 without "+44") is hunted for too.
    forms = _forms(canary) + _forms(phone_for(canary).replace(" ", "").removeprefix("+44"))
    # The session really did all of it (its progress words hold no record text).
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    assert done.stdout.decode().splitlines() == STEPS
    assert (data_dir / "vault.db").stat().st_size > 0  # the scan below covers the real vault

    assert [form for form in forms if form in output] == []
    assert _leaks(tmp_path, forms, server_db) == []

    server_bytes = b"".join(
        path.read_bytes() for path in server_db.parent.iterdir() if path.name.startswith(server_db.name)
    )
    # Protocol v2: the server holds the report sealed, so no form of the canary is in its files ...
    assert [form for form in forms if form in server_bytes] == []
    # ... yet it really reached the alerts desk, with what alerts may share ...
    assert f"{canary}-description-clothing" in opened
    # ... and nothing that must stay on the device.
    assert [v for v in NEVER_SHARED if f"{canary}-{v}" in opened] == []


def test_the_sweep_sees_a_planted_leak(tmp_path: Path, canary: str) -> None:
    """The scan is able to fail: a canary in a stray file, in any form, is reported."""
    server_db = tmp_path / "server" / "outreach-server.db"
    server_db.parent.mkdir()
    server_db.write_bytes(canary.encode())
    forms = _forms(canary)
    assert _leaks(tmp_path, forms, server_db) == []
    stray = tmp_path / "home" / ".cache" / "stray.log"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"prefix " + f"x{canary}-narrative".encode("utf-16-le"))
    assert _leaks(tmp_path, forms, server_db) == ["home/.cache/stray.log"]
    import base64

    stray.write_bytes(base64.b64encode(b"ab" + canary.lower().encode()))
    assert _leaks(tmp_path, forms, server_db) == ["home/.cache/stray.log"]
