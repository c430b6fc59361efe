"""The latest audit-chain head per device (protocol.audit).

A newer head replaces the held one only when it extends it (`protocol.audit.extends`): the
links sent chain from the held hash to the new one and the sequence grows by exactly their
number. Otherwise `NotExtendedError` and nothing changes, so a stolen credential (or a bug)
cannot push the held head to 2^53 - 1 and make every later honest head look "regressed".
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from outreach_app.protocol.audit import GENESIS_HASH, AuditHead, AuditHeadReceipt, AuditHeadStatus, extends
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


class NotExtendedError(ValueError):
    """A newer head whose links do not extend the held one; the message says why."""


def offer(conn: Connection, device_id: str, org_id: str, head: AuditHead, clock: Clock) -> AuditHeadReceipt:
    """Keep `head` if it extends the held one; say what happened. Raises NotExtendedError."""
    current = held(conn, device_id)
    day = today(clock)
    held_sequence, held_hash = (
        (0, GENESIS_HASH) if current is None else (current.sequence, current.chain_hash)
    )
    if head.sequence > held_sequence:
        why = extends(held_sequence, held_hash, head)
        if why is not None:
            raise NotExtendedError(why)
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
