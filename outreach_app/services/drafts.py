"""Half-filled forms saved on lock as encrypted drafts (in the vault's `drafts` table).

A thin adapter over storage's drafts repository, so pages deal in plain dicts and the
repository's exact call shape lives in one place. These functions run on the DB thread
(pass them to `TaskManager.run_db`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession


def save_draft(session: VaultSession, draft_id: str, kind: str, payload: dict[str, Any]) -> None:
    from outreach_app.storage.repos import drafts

    drafts.save_draft(session.conn, draft_id, kind, json.dumps(payload, sort_keys=True))


def load_draft(session: VaultSession, draft_id: str) -> dict[str, Any] | None:
    from outreach_app.storage.repos import drafts

    found = drafts.get_draft(session.conn, draft_id)
    if found is None:
        return None
    value = json.loads(found.payload)
    return value if isinstance(value, dict) else None


def discard_draft(session: VaultSession, draft_id: str) -> None:
    from outreach_app.storage.repos import drafts

    drafts.delete_draft(session.conn, draft_id)
