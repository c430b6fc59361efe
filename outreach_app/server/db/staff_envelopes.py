"""The envelopes a desk pulls through the staff API (issue 22): one page at a time, in
envelope-id order, so a desk can page on with `after` and a page never loads more than it
returns. The same rows as `envelopes export` (db/envelopes.iter_export): live (ciphertext
held), not superseded by a later version, unacknowledged unless asked; still sealed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from outreach_app.server.db.envelopes import header_of
from outreach_app.server.db.tables import envelopes


def page(
    conn: Connection, purpose: str, *, after: str | None, include_acknowledged: bool, limit: int
) -> tuple[list[dict[str, Any]], bool]:
    """Up to `limit` envelopes of `purpose` with an id above `after`: ({header, ciphertext
    (raw bytes)} rows, whether more follow)."""
    later = envelopes.alias("later")
    replaced = (
        select(later.c.pk)
        .where(later.c.org_id == envelopes.c.org_id, later.c.supersedes == envelopes.c.envelope_id)
        .exists()
    )
    query = (
        select(
            envelopes.c.envelope_id,
            envelopes.c.org_id,
            envelopes.c.region_id,
            envelopes.c.purpose,
            envelopes.c.desk_id,
            envelopes.c.month,
            envelopes.c.content_hash,
            envelopes.c.supersedes,
            envelopes.c.verifier,
            envelopes.c.ciphertext,
        )
        .where(envelopes.c.purpose == purpose, envelopes.c.ciphertext.is_not(None), ~replaced)
        .order_by(envelopes.c.envelope_id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.where(envelopes.c.envelope_id > after)
    if not include_acknowledged:
        query = query.where(envelopes.c.acked_on.is_(None))
    rows = conn.execute(query).all()
    out = [{"header": header_of(row), "ciphertext": bytes(row.ciphertext)} for row in rows[:limit]]
    return out, len(rows) > limit
