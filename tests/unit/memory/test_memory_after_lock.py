"""After lock, a scan of the process's own memory finds no passphrase, data key, hex key or
record text (issue 16). The scan runs in a subprocess (a real process reading its own
/proc/self/mem), which unlocks a real SQLCipher vault, writes and reads a record, locks.

Needles are random each run and cross the pipe masked, so neither the child's input nor
this test's own memory can produce a hit.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_app.core.vault import create_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import read_key_file, unwrap_any
from outreach_app.domain.layout import VaultLayout

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("lock_scan_child.py")

pytestmark = pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")


def _masked(secret: bytes) -> dict[str, str]:
    mask = secrets.token_bytes(len(secret))
    return {"masked": bytes(a ^ b for a, b in zip(secret, mask, strict=True)).hex(), "mask": mask.hex()}


def _scan_after_lock(tmp_path: Path, *, control: bool = False) -> dict[str, list[str]]:
    layout = VaultLayout(tmp_path / "vault")
    # A long random canary passphrase (the policy accepts it: random hex words).
    passphrase = " ".join(secrets.token_hex(6) for _ in range(6))
    create_vault(layout, passphrase, kdf=TEST_KDF)
    opened = unwrap_any(read_key_file(layout.key_file), passphrase)
    assert opened is not None
    key = bytes(opened[1])
    record = "RECORD-" + secrets.token_hex(24)
    secrets_found_by_name = {
        "passphrase": passphrase.encode(),
        "data key": key,
        "hex key": key.hex().encode(),
        "HEX KEY": key.hex().upper().encode(),
        "record text": record.encode(),
    }
    needles = {name: _masked(value) for name, value in secrets_found_by_name.items()}
    # Halves too: a freed block's first bytes are overwritten by the allocator's free-list
    # pointer, which would hide a whole-secret match while the rest is still readable.
    for name, value in secrets_found_by_name.items():
        half = len(value) // 2
        needles[f"{name} (first half)"] = _masked(value[:half])
        needles[f"{name} (second half)"] = _masked(value[half:])
    if control:  # something the child does keep: proves the scan can find what is there
        needles["control"] = _masked(b"met near the arches, ")
    result = subprocess.run(
        [sys.executable, str(CHILD)],
        input=json.dumps({"data_dir": str(layout.data_dir), "needles": needles}),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report: dict[str, list[str]] = json.loads(result.stdout)
    return report


def test_nothing_secret_is_left_in_memory_after_lock(tmp_path: Path) -> None:
    report = _scan_after_lock(tmp_path, control=True)
    assert report["control"], "the scan found nothing at all: it is not reading memory"
    secret_needles = [name for name in report if name != "control"]
    assert len(secret_needles) == 15
    for name in secret_needles:
        assert report[name] == [], f"{name} still in memory after lock at {report[name]}"
