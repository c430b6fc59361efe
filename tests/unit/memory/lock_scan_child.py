"""Run in a subprocess by test_memory_after_lock.py: unlock, write and read a record, lock,
then scan this process's memory for the secrets and report where each was found.

Input on stdin (JSON): the data dir, and for each needle its masked bytes and mask (hex).
The passphrase and the record canary are unmasked into bytearrays and decoded once, as a
person's typing reaches the app; these caller-owned strings (what a form field or the
passphrase field held) are wiped after lock with `secret_memory.wipe_str`, as the fields
are cleared in the app. Everything the vault, storage and domain code made of them must
be gone by itself. Output on stdout (JSON): needle name → ["address mapping", ...].
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.secret_memory import wipe_str
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Contact
from outreach_app.storage.repos.contacts import add_contact, get_contact
from tests.unit.memory.self_scan import find_masked, readable_mappings


def _unmask(entry: dict[str, str]) -> str:
    data = bytearray.fromhex(entry["masked"])
    mask = bytes.fromhex(entry["mask"])
    for i, value in enumerate(mask):
        data[i] ^= value
    text = data.decode("utf-8")
    data[:] = bytes(len(data))
    return text


def main() -> int:
    request = json.loads(sys.stdin.read())
    needles: dict[str, dict[str, str]] = request["needles"]
    layout = VaultLayout(Path(request["data_dir"]))
    passphrase = _unmask(needles["passphrase"])
    canary = _unmask(needles["record text"])
    typed = f"met near the arches, {canary}"  # what the form's notes field held

    session = unlock_vault(layout, passphrase)
    contact = Contact(notes=typed)
    add_contact(session.conn, contact)
    reader = session.open_reader()
    shown = get_contact(reader, contact.id)
    assert shown is not None and canary in shown.notes
    reader.close()
    del shown, reader, contact
    session.close()
    del session

    for own in (passphrase, canary, typed):
        wipe_str(own)
    del passphrase, canary, typed
    gc.collect()

    mappings = readable_mappings()
    report = {}
    for name, entry in needles.items():
        hits = find_masked(bytes.fromhex(entry["masked"]), bytes.fromhex(entry["mask"]), mappings)
        report[name] = [f"{address:#x} {where}" for address, where in hits]
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
