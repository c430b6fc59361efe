"""The latest audit-chain head per device (protocol.audit)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from outreach_app.protocol.audit import AuditHead, AuditHeadReceipt, AuditHeadStatus
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.tables import audit_heads


def held(conn: Connection, device_id: str) -> AuditHeadReceipt | None:
    row = conn.execute(select(audit_heads).where(audit_heads.c.device_id == device_id)).first()
    if row is None:
        return None
    return AuditHeadReceipt(
        status=AuditHeadStatus.UNCHANGED,
        sequence=row.sequence,
        chain_hash=row.chain_hash,
        received_on=row.received_on,
    )


def offer(conn: Connection, device_id: str, org_id: str, head: AuditHead, clock: Clock) -> AuditHeadReceipt:
    """Keep `head` if it is newer than the held one; say what happened."""
    current = held(conn, device_id)
    day = today(clock)
    if current is None:
        conn.execute(
            insert(audit_heads).values(
                device_id=device_id,
                org_id=org_id,
                sequence=head.sequence,
                chain_hash=head.chain_hash,
                received_on=day,
            )
        )
        return AuditHeadReceipt(
            status=AuditHeadStatus.STORED, sequence=head.sequence, chain_hash=head.chain_hash, received_on=day
        )
    if head.sequence > current.sequence:
        conn.execute(
            update(audit_heads)
            .where(audit_heads.c.device_id == device_id)
            .values(sequence=head.sequence, chain_hash=head.chain_hash, received_on=day)
        )
        return AuditHeadReceipt(
            status=AuditHeadStatus.STORED, sequence=head.sequence, chain_hash=head.chain_hash, received_on=day
        )
    if head.sequence < current.sequence:
        status = AuditHeadStatus.REGRESSED
    elif head.chain_hash == current.chain_hash:
        status = AuditHeadStatus.UNCHANGED
    else:
        status = AuditHeadStatus.FORKED
    return current.model_copy(update={"status": status})
