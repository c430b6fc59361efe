"""Half-filled forms saved on lock as encrypted drafts (in the vault's `drafts` table).

A thin adapter over storage's drafts repository, so pages deal in a form's state and the
repository's exact call shape lives in one place. A draft is any JSON object (`DraftPayload`):
the forms store their typed state (`ops.form_states`) and read it back with that module's
`read_*` functions, which check it. These functions run on the DB thread
(pass them to `TaskManager.run_db`).

On a full disk a draft cannot be saved: `DraftsAwaitingSpace` keeps it in this process's
memory (never in a file) and writes it at the next unlock that has room, so a lock on a full
disk loses no half-typed form. The price: until then the form's text stays in memory while
the vault is locked (core dumps are disabled: core.hardening).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from outreach_app.domain.disk_full import is_disk_full

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession

DraftPayload = Mapping[str, object]
"""A form's state as JSON-able values (e.g. `form_states.IncidentFormState`); stored as JSON."""


def save_draft(session: VaultSession, draft_id: str, kind: str, payload: DraftPayload) -> None:
    from outreach_app.storage.repos import drafts

    drafts.save_draft(session.conn, draft_id, kind, json.dumps(payload, sort_keys=True))


def load_draft(session: VaultSession, draft_id: str) -> DraftPayload | None:
    from outreach_app.storage.repos import drafts

    found = drafts.get_draft(session.conn, draft_id)
    if found is None:
        return None
    value = json.loads(found.payload)
    return value if isinstance(value, dict) else None


def discard_draft(session: VaultSession, draft_id: str) -> None:
    from outreach_app.storage.repos import drafts

    drafts.delete_draft(session.conn, draft_id)


class DraftsAwaitingSpace:
    """Drafts the disk had no room for, per vault folder, newest per draft id (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[tuple[Path, str], tuple[str, DraftPayload]] = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)

    def save(self, session: VaultSession, draft_id: str, kind: str, payload: DraftPayload) -> bool:
        """Save the draft in the vault; on a full disk keep it here. True if it reached the vault."""
        key = (session.layout.data_dir, draft_id)
        try:
            save_draft(session, draft_id, kind, payload)
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            with self._lock:
                self._waiting[key] = (kind, payload)
            return False
        with self._lock:
            self._waiting.pop(key, None)
        return True

    def load(self, session: VaultSession, draft_id: str) -> DraftPayload | None:
        """A draft still waiting here is newer than any copy in the vault."""
        with self._lock:
            waiting = self._waiting.get((session.layout.data_dir, draft_id))
        return waiting[1] if waiting is not None else load_draft(session, draft_id)

    def write_waiting(self, session: VaultSession) -> int:
        """Write this vault's waiting drafts (at unlock); returns how many still wait."""
        with self._lock:
            mine = [(k, v) for k, v in self._waiting.items() if k[0] == session.layout.data_dir]
        for (_dir, draft_id), (kind, payload) in mine:
            if not self.save(session, draft_id, kind, payload):
                break
        with self._lock:
            return sum(1 for key in self._waiting if key[0] == session.layout.data_dir)
