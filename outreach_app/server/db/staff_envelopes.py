"""The envelopes a desk pulls through the staff API (issue 22): one page at a time, in
envelope-id order, so a desk can page on with `after` and a page never loads more than it
returns. The same rows as `envelopes export` (db/envelopes.iter_export): live (ciphertext
held), not superseded by a later version, unacknowledged unless asked; still sealed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from outreach_app.server.db.envelopes import header_of, live_envelopes
from outreach_app.server.db.tables import envelopes


def page(
    conn: Connection, purpose: str, *, after: str | None, include_acknowledged: bool, limit: int
) -> tuple[list[dict[str, Any]], bool]:
    """Up to `limit` envelopes of `purpose` with an id above `after`: ({header, ciphertext
    (raw bytes)} rows, whether more follow)."""
    query = live_envelopes(purpose).order_by(envelopes.c.envelope_id).limit(limit + 1)
    if after is not None:
        query = query.where(envelopes.c.envelope_id > after)
    if not include_acknowledged:
        query = query.where(envelopes.c.acked_on.is_(None))
    rows = conn.execute(query).all()
    out = [{"header": header_of(row), "ciphertext": bytes(row.ciphertext)} for row in rows[:limit]]
    return out, len(rows) > limit
