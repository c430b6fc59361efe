"""Charity desks on the server (issue 22): desk codes, enrolment with the desk's own key,
challenges and short-lived tokens (the scheme of db/device_auth.py, in tables of their own).

What the server keeps per desk: its role, label and Ed25519 public key; the hashes of live
challenges and tokens. It never holds anything that could act for a desk, nor any key that
opens an envelope: those stay in the desk's vault.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, delete, insert, select, update

from outreach_app.protocol.device_auth import (
    PUBLIC_KEY_BYTES,
    Challenge,
    DeviceToken,
    TokenRequest,
    from_b64url,
)
from outreach_app.protocol.staff import StaffRole, desk_challenge_message
from outreach_app.server.core import tokens
from outreach_app.server.core.clock import Clock, epoch_seconds, today
from outreach_app.server.db import device_auth
from outreach_app.server.db.orgs import NotFoundError
from outreach_app.server.db.tables import desk_challenges, desk_codes, desk_tokens, desks


@dataclass(frozen=True)
class AuthenticatedDesk:
    """Who a staff request comes from."""

    desk_id: str
    role: StaffRole
    label: str

    @property
    def staff(self) -> str:
        """How the staff log names this desk."""
        return f"desk:{self.label}:{self.desk_id[:8]}"


@dataclass(frozen=True)
class DeskRow:
    id: str
    role: str
    label: str
    enrolled_on: date
    revoked_on: date | None


def create_desk_code(conn: Connection, role: StaffRole, hours: int, clock: Clock) -> str:
    """A new single-use desk code for `role`; only its hash is stored. Canonical form."""
    code = tokens.new_enroll_code()
    conn.execute(
        insert(desk_codes).values(
            code_hash=tokens.hash_secret(code),
            role=role.value,
            expires_at=epoch_seconds(clock) + int(timedelta(hours=hours).total_seconds()),
        )
    )
    return code


def enroll_desk(
    conn: Connection,
    typed_code: str,
    role: StaffRole,
    label: str,
    public_key: str,
    request_id: str,
    clock: Clock,
) -> DeskRow | None:
    """Spend a desk code of `role` for a new desk with `public_key`; None when the code is
    unknown, expired, of another role (it stays unspent) or spent by another request. A retry
    with the same request id and key (the reply was lost) gets the same desk again."""
    try:
        Ed25519PublicKey.from_public_bytes(from_b64url(public_key, PUBLIC_KEY_BYTES))
    except ValueError:
        return None
    code_hash = tokens.hash_secret(tokens.canonical_code(typed_code))
    live = (
        desk_codes.c.code_hash == code_hash,
        desk_codes.c.role == role.value,
        desk_codes.c.expires_at > epoch_seconds(clock),
    )
    # The conditional UPDATE decides which request holds the code (single use under concurrency).
    conn.execute(
        update(desk_codes).where(*live, desk_codes.c.request_id.is_(None)).values(request_id=request_id)
    )
    row = conn.execute(
        select(desk_codes.c.role, desk_codes.c.desk_id).where(*live, desk_codes.c.request_id == request_id)
    ).first()
    if row is None:
        return None
    if row.desk_id is not None:
        existing = conn.execute(select(desks).where(desks.c.id == row.desk_id)).first()
        if existing is None or existing.public_key != public_key:
            return None
        return DeskRow(existing.id, existing.role, existing.label, existing.enrolled_on, existing.revoked_on)
    desk_id = str(uuid.uuid4())
    day = today(clock)
    conn.execute(
        insert(desks).values(
            id=desk_id, role=row.role, label=label, public_key=public_key, enrolled_on=day, revoked_on=None
        )
    )
    conn.execute(update(desk_codes).where(*live).values(desk_id=desk_id))
    return DeskRow(desk_id, row.role, label, day, None)


def _keyed_desk(conn: Connection, desk_id: str) -> str | None:
    key: str | None = conn.execute(
        select(desks.c.public_key).where(desks.c.id == desk_id, desks.c.revoked_on.is_(None))
    ).scalar_one_or_none()
    return key


def issue_challenge(conn: Connection, desk_id: str, clock: Clock, lifetime_s: int) -> Challenge | None:
    """A fresh challenge for a live desk; None for any other id."""
    if _keyed_desk(conn, desk_id) is None:
        return None
    return device_auth.new_challenge(
        conn, desk_challenges, desk_challenges.c.desk_id, desk_id, clock, lifetime_s
    )


def redeem_challenge(
    conn: Connection, request: TokenRequest, clock: Clock, lifetime_s: int
) -> DeviceToken | None:
    """A token for a correctly signed, live, unused challenge of this desk; else None. The
    challenge is deleted whatever the outcome (single use)."""
    desk_id = str(request.device_id)
    now = epoch_seconds(clock)
    expires_at = device_auth.take_challenge(conn, desk_challenges.c.desk_id, desk_id, request.nonce, now)
    if expires_at is None:
        return None
    public_key = _keyed_desk(conn, desk_id)
    if public_key is None or not device_auth.signed_by(
        public_key, request.signature, desk_challenge_message(desk_id, request.nonce, expires_at)
    ):
        return None
    conn.execute(delete(desk_tokens).where(desk_tokens.c.desk_id == desk_id, desk_tokens.c.expires_at <= now))
    token = tokens.new_credential()
    conn.execute(
        insert(desk_tokens).values(
            token_hash=tokens.hash_secret(token), desk_id=desk_id, expires_at=now + lifetime_s
        )
    )
    return DeviceToken(token=token, expires_in=lifetime_s)


def authenticate_token(conn: Connection, token: str, clock: Clock) -> AuthenticatedDesk | None:
    """The desk a live token belongs to; None when unknown, expired or the desk revoked."""
    row = conn.execute(
        select(desks.c.id, desks.c.role, desks.c.label)
        .select_from(desk_tokens.join(desks, desks.c.id == desk_tokens.c.desk_id))
        .where(
            desk_tokens.c.token_hash == tokens.hash_secret(token),
            desk_tokens.c.expires_at > epoch_seconds(clock),
            desks.c.revoked_on.is_(None),
        )
    ).first()
    return None if row is None else AuthenticatedDesk(row.id, StaffRole(row.role), row.label)


def list_desks(conn: Connection) -> list[DeskRow]:
    rows = conn.execute(select(desks).order_by(desks.c.enrolled_on, desks.c.id))
    return [DeskRow(r.id, r.role, r.label, r.enrolled_on, r.revoked_on) for r in rows]


def revoke_desk(conn: Connection, desk_id: str, clock: Clock) -> None:
    if conn.execute(select(desks.c.id).where(desks.c.id == desk_id)).first() is None:
        raise NotFoundError("no such desk")
    conn.execute(
        update(desks)
        .where(desks.c.id == desk_id, desks.c.revoked_on.is_(None))
        .values(revoked_on=today(clock))
    )
    conn.execute(delete(desk_tokens).where(desk_tokens.c.desk_id == desk_id))
    conn.execute(delete(desk_challenges).where(desk_challenges.c.desk_id == desk_id))
