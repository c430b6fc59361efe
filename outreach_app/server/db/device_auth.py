"""Device keys, challenges and short-lived tokens (protocol.device_auth; issue 16).

What the server keeps per device: the Ed25519 public key, the hashes of challenges not yet
answered (each single use, minutes long) and the hashes of live tokens (at most an hour).
Nothing here can act for a device: the private key is only in the device's vault.
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Column, Connection, Table, delete, func, insert, select, update

from outreach_app.protocol.device_auth import (
    NONCE_BYTES,
    PUBLIC_KEY_BYTES,
    SIGNATURE_BYTES,
    Challenge,
    DeviceToken,
    TokenRequest,
    b64url,
    challenge_message,
    from_b64url,
)
from outreach_app.server.core import tokens
from outreach_app.server.core.clock import Clock, epoch_seconds
from outreach_app.server.db import orgs
from outreach_app.server.db.orgs import AuthenticatedDevice
from outreach_app.server.db.tables import device_challenges, device_tokens, devices

MAX_LIVE_CHALLENGES = 4
"""Unanswered challenges kept per device: asking for more drops the oldest, so an anonymous
caller who knows a device id cannot make the table grow."""


def register_key(
    conn: Connection, credential: str, public_key: str, clock: Clock
) -> AuthenticatedDevice | None:
    """Store the device's public key and clear `credential` for good; None if it is not valid.

    `credential` is the one-time credential of `POST /v1/enroll`, or the long-lived one of a
    device enrolled before keys: either way this is the last call it is good for. Using it
    confirms an unconfirmed device (its code is spent), as any first request did before.
    """
    try:
        Ed25519PublicKey.from_public_bytes(from_b64url(public_key, PUBLIC_KEY_BYTES))
    except ValueError:
        return None
    device = orgs.authenticate(conn, credential, clock)
    if device is None:
        return None
    # Conditional on the hash: of two concurrent registrations with one credential, one wins.
    changed = conn.execute(
        update(devices)
        .where(devices.c.id == device.device_id, devices.c.credential_hash == tokens.hash_secret(credential))
        .values(public_key=public_key, credential_hash=None)
    )
    if changed.rowcount != 1:
        return None
    conn.execute(delete(device_tokens).where(device_tokens.c.device_id == device.device_id))
    return device


def _keyed_device(conn: Connection, device_id: str) -> str | None:
    """The public key of a device that may sign in (not revoked, key registered), else None."""
    key: str | None = conn.execute(
        select(devices.c.public_key).where(
            devices.c.id == device_id,
            devices.c.revoked_on.is_(None),
            devices.c.public_key.is_not(None),
        )
    ).scalar_one_or_none()
    return key


def issue_challenge(conn: Connection, device_id: str, clock: Clock, lifetime_s: int) -> Challenge | None:
    """A fresh challenge for a device with a registered key; None for any other id."""
    if _keyed_device(conn, device_id) is None:
        return None
    return new_challenge(conn, device_challenges, device_challenges.c.device_id, device_id, clock, lifetime_s)


def new_challenge(
    conn: Connection, table: Table, owner: Column[str], owner_id: str, clock: Clock, lifetime_s: int
) -> Challenge:
    """Store a fresh challenge for `owner_id` in `table` (a device's or a desk's challenges:
    `nonce_hash`, the owner column, `expires_at`), keeping at most MAX_LIVE_CHALLENGES live
    ones per owner, and return it. Only the nonce's hash is stored."""
    now = epoch_seconds(clock)
    conn.execute(delete(table).where(table.c.expires_at <= now))
    live = conn.execute(
        select(table.c.nonce_hash).where(owner == owner_id).order_by(table.c.expires_at.desc())
    ).scalars()
    stale = list(live)[MAX_LIVE_CHALLENGES - 1 :]
    if stale:
        conn.execute(delete(table).where(table.c.nonce_hash.in_(stale)))
    nonce = b64url(secrets.token_bytes(NONCE_BYTES))
    expires_at = now + lifetime_s
    conn.execute(
        insert(table).values(
            {"nonce_hash": tokens.hash_secret(nonce), owner.name: owner_id, "expires_at": expires_at}
        )
    )
    return Challenge(device_id=owner_id, nonce=nonce, expires_at=expires_at)


def take_challenge(conn: Connection, owner: Column[str], owner_id: str, nonce: str, now: int) -> int | None:
    """Delete the challenge of `nonce` from `owner`'s table whatever the outcome (each answers one
    request, so a replayed or wrongly signed answer never gets a second try) and return its expiry
    if it was live and `owner_id`'s; else None."""
    table = owner.table
    nonce_hash = tokens.hash_secret(nonce)
    row = conn.execute(select(owner, table.c.expires_at).where(table.c.nonce_hash == nonce_hash)).first()
    if row is None:
        return None
    # The conditional DELETE is the single-use guarantee under concurrency.
    taken = conn.execute(delete(table).where(table.c.nonce_hash == nonce_hash))
    if taken.rowcount != 1 or row[0] != owner_id or row.expires_at <= now:
        return None
    return int(row.expires_at)


def signed_by(public_key: str, signature: str, message: bytes) -> bool:
    """Does `signature` (base64url) over `message` check out with the Ed25519 `public_key`?"""
    try:
        key = Ed25519PublicKey.from_public_bytes(from_b64url(public_key, PUBLIC_KEY_BYTES))
        key.verify(from_b64url(signature, SIGNATURE_BYTES), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def redeem_challenge(
    conn: Connection, request: TokenRequest, clock: Clock, lifetime_s: int
) -> tuple[DeviceToken, AuthenticatedDevice] | None:
    """A token for a correctly signed, live, unused challenge of this device; else None.

    The challenge is deleted whatever the outcome: each one answers one request, so a
    replayed (or a wrongly signed) answer never gets a second try with it.
    """
    device_id = str(request.device_id)
    now = epoch_seconds(clock)
    expires_at = take_challenge(conn, device_challenges.c.device_id, device_id, request.nonce, now)
    if expires_at is None:
        return None
    public_key = _keyed_device(conn, device_id)
    if public_key is None or not signed_by(
        public_key, request.signature, challenge_message(device_id, request.nonce, expires_at)
    ):
        return None
    conn.execute(
        delete(device_tokens).where(device_tokens.c.device_id == device_id, device_tokens.c.expires_at <= now)
    )
    token = tokens.new_credential()
    conn.execute(
        insert(device_tokens).values(
            token_hash=tokens.hash_secret(token), device_id=device_id, expires_at=now + lifetime_s
        )
    )
    org_id: str = conn.execute(select(devices.c.org_id).where(devices.c.id == device_id)).scalar_one()
    return DeviceToken(token=token, expires_in=lifetime_s), AuthenticatedDevice(device_id, org_id)


def authenticate_token(conn: Connection, token: str, clock: Clock) -> AuthenticatedDevice | None:
    """The device a live token belongs to; None when unknown, expired or the device revoked."""
    row = conn.execute(
        select(devices.c.id, devices.c.org_id)
        .select_from(device_tokens.join(devices, devices.c.id == device_tokens.c.device_id))
        .where(
            device_tokens.c.token_hash == tokens.hash_secret(token),
            device_tokens.c.expires_at > epoch_seconds(clock),
            devices.c.revoked_on.is_(None),
        )
    ).first()
    return None if row is None else AuthenticatedDevice(row.id, row.org_id)


def forget_device_tokens(conn: Connection, device_id: str) -> None:
    """Drop a device's tokens and challenges (revocation)."""
    conn.execute(delete(device_tokens).where(device_tokens.c.device_id == device_id))
    conn.execute(delete(device_challenges).where(device_challenges.c.device_id == device_id))


def live_token_count(conn: Connection, device_id: str, clock: Clock) -> int:
    count: int = conn.execute(
        select(func.count())
        .select_from(device_tokens)
        .where(device_tokens.c.device_id == device_id, device_tokens.c.expires_at > epoch_seconds(clock))
    ).scalar_one()
    return count
