"""Regions, organisations, enrolment codes and devices (admin CLI and enrolment route)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from outreach_app.server.core import tokens
from outreach_app.server.core.clock import Clock, epoch_seconds, today, utcnow
from outreach_app.server.db.tables import (
    counters,
    device_challenges,
    device_tokens,
    devices,
    enroll_codes,
    org_regions,
    orgs,
    regions,
)


class AdminError(Exception):
    """A request the admin CLI refuses because of what exists (a duplicate, a state that does
    not allow it); the message is safe to print."""


class NotFoundError(AdminError):
    """An unknown region, organisation, device, report or alert."""


class InvalidInputError(AdminError):
    """Input the admin gave that cannot be used (e.g. an unknown alert field)."""


@dataclass(frozen=True)
class Region:
    id: str
    name: str


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    region_ids: tuple[str, ...]


@dataclass(frozen=True)
class Device:
    """Attributes:
    state: "active", "revoked", "no_key" (confirmed, but its key not registered yet: a device
        enrolled before keys, whose old credential can still register one, once; issue 16),
        "unconfirmed" (enrolled, its code not yet spent: it may still
        confirm) or "expired" (never confirmed before its code expired: it can do nothing).
    """

    id: str
    org_id: str
    label: str
    enrolled_on: date
    revoked_on: date | None
    state: str = "active"


@dataclass(frozen=True)
class Enrolment:
    """What `enroll_device` granted: the device (new, or the same one again) and its credential."""

    org_id: str
    device_id: str
    credential: str


@dataclass(frozen=True)
class AuthenticatedDevice:
    """Who a request comes from. The organisation is taken from here and nowhere else."""

    device_id: str
    org_id: str


# --- regions ----------------------------------------------------------------------------------


def add_region(conn: Connection, region_id: str, name: str, clock: Clock) -> Region:
    if conn.execute(select(regions.c.id).where(regions.c.id == region_id)).first():
        raise AdminError(f"region {region_id!r} exists already")
    if conn.execute(select(regions.c.id).where(regions.c.name == name)).first():
        raise AdminError("a region with that name exists already")
    conn.execute(insert(regions).values(id=region_id, name=name, created_on=today(clock)))
    return Region(region_id, name)


def list_regions(conn: Connection) -> list[Region]:
    rows = conn.execute(select(regions.c.id, regions.c.name).order_by(regions.c.id))
    return [Region(row.id, row.name) for row in rows]


def _require_regions(conn: Connection, region_ids: list[str]) -> None:
    known = set(conn.execute(select(regions.c.id).where(regions.c.id.in_(region_ids))).scalars())
    missing = sorted(set(region_ids) - known)
    if missing:
        raise NotFoundError(f"unknown region(s): {', '.join(missing)}")


# --- organisations ----------------------------------------------------------------------------


def create_org(conn: Connection, name: str, region_ids: list[str], clock: Clock) -> Org:
    _require_regions(conn, region_ids)
    if conn.execute(select(orgs.c.id).where(orgs.c.name == name)).first():
        raise AdminError("an organisation with that name exists already")
    org_id = str(uuid.uuid4())
    conn.execute(insert(orgs).values(id=org_id, name=name, created_on=today(clock), regions_seq=0))
    if region_ids:
        conn.execute(
            insert(org_regions), [{"org_id": org_id, "region_id": r} for r in sorted(set(region_ids))]
        )
    return Org(org_id, name, tuple(sorted(set(region_ids))))


def find_org(conn: Connection, name_or_id: str) -> Org:
    row = conn.execute(
        select(orgs.c.id, orgs.c.name).where((orgs.c.id == name_or_id) | (orgs.c.name == name_or_id))
    ).first()
    if row is None:
        raise NotFoundError("no such organisation")
    return Org(row.id, row.name, tuple(org_region_ids(conn, row.id)))


def list_orgs(conn: Connection) -> list[Org]:
    rows = conn.execute(select(orgs.c.id, orgs.c.name).order_by(orgs.c.name)).all()
    return [Org(row.id, row.name, tuple(org_region_ids(conn, row.id))) for row in rows]


def org_region_ids(conn: Connection, org_id: str) -> list[str]:
    query = select(org_regions.c.region_id).where(org_regions.c.org_id == org_id)
    return sorted(conn.execute(query).scalars())


def org_regions_named(conn: Connection, org_id: str) -> list[Region]:
    query = (
        select(regions.c.id, regions.c.name)
        .join(org_regions, org_regions.c.region_id == regions.c.id)
        .where(org_regions.c.org_id == org_id)
        .order_by(regions.c.id)
    )
    return [Region(row.id, row.name) for row in conn.execute(query)]


def set_org_regions(conn: Connection, org_id: str, region_ids: list[str]) -> None:
    """Replace the org's regions. Its devices' next alert pull is a reset snapshot, so they
    gain the current alerts of new regions and drop those of regions no longer theirs."""
    _require_regions(conn, region_ids)
    after = set(region_ids)
    if after == set(org_region_ids(conn, org_id)):
        return
    conn.execute(delete(org_regions).where(org_regions.c.org_id == org_id))
    if after:
        conn.execute(insert(org_regions), [{"org_id": org_id, "region_id": r} for r in sorted(after)])
    conn.execute(update(counters).where(counters.c.name == "alert_seq").values(value=counters.c.value + 1))
    seq = conn.execute(select(counters.c.value).where(counters.c.name == "alert_seq")).scalar_one()
    conn.execute(update(orgs).where(orgs.c.id == org_id).values(regions_seq=seq))


def org_regions_seq(conn: Connection, org_id: str) -> int:
    value: int = conn.execute(select(orgs.c.regions_seq).where(orgs.c.id == org_id)).scalar_one()
    return value


# --- enrolment codes and devices --------------------------------------------------------------


def create_enroll_code(conn: Connection, org_id: str, hours: int, clock: Clock) -> str:
    """A new single-use code for `org_id`; only its hash is stored. Returns the canonical code."""
    code = tokens.new_enroll_code()
    expires = epoch_seconds(clock) + int(timedelta(hours=hours).total_seconds())
    conn.execute(
        insert(enroll_codes).values(
            code_hash=tokens.hash_secret(code), org_id=org_id, expires_at=expires, used=False
        )
    )
    return code


def redeem_enroll_code(conn: Connection, typed_code: str, clock: Clock) -> str | None:
    """Spend a code; returns its org id, or None when unknown, used or expired.

    The conditional UPDATE is the single-use guarantee: of two concurrent redemptions
    only one sees a row count of 1.
    """
    code_hash = tokens.hash_secret(tokens.canonical_code(typed_code))
    spent = conn.execute(
        update(enroll_codes)
        .where(
            enroll_codes.c.code_hash == code_hash,
            enroll_codes.c.used.is_(False),
            enroll_codes.c.expires_at > epoch_seconds(clock),
            enroll_codes.c.request_id.is_(None),  # not held by an idempotent enrolment
        )
        .values(used=True)
    )
    if spent.rowcount != 1:
        return None
    org_id: str = conn.execute(
        select(enroll_codes.c.org_id).where(enroll_codes.c.code_hash == code_hash)
    ).scalar_one()
    return org_id


def add_device(
    conn: Connection, org_id: str, label: str, clock: Clock, *, pending_until: int | None = None
) -> tuple[str, str]:
    """Register a device; returns (device id, credential). Only the credential's hash is kept.

    `pending_until` (epoch seconds) makes it unconfirmed until then (see `enroll_device`).
    """
    device_id = str(uuid.uuid4())
    credential = tokens.new_credential()
    conn.execute(
        insert(devices).values(
            id=device_id,
            org_id=org_id,
            label=label,
            credential_hash=tokens.hash_secret(credential),
            enrolled_on=today(clock),
            revoked_on=None,
            pending_until=pending_until,
        )
    )
    return device_id, credential


def enroll_device(
    conn: Connection, typed_code: str, label: str, request_id: str | None, clock: Clock
) -> Enrolment | None:
    """`POST /v1/enroll`: None when the code is unknown, spent, expired, or held by another request.

    With a request id the code is held, not spent: the first request makes an unconfirmed
    device; a retry with the same id (the reply was lost) gets that device again with a
    fresh credential (the lost one is replaced); the code is spent when the device confirms
    (`authenticate`). Without one (older devices) the code is spent at once, as before.
    """
    if request_id is None:
        org_id = redeem_enroll_code(conn, typed_code, clock)
        if org_id is None:
            return None
        device_id, credential = add_device(conn, org_id, label, clock)
        return Enrolment(org_id, device_id, credential)
    code_hash = tokens.hash_secret(tokens.canonical_code(typed_code))
    valid = (
        enroll_codes.c.code_hash == code_hash,
        enroll_codes.c.used.is_(False),
        enroll_codes.c.expires_at > epoch_seconds(clock),
    )
    # The conditional UPDATE decides which request holds the code: of two concurrent first
    # attempts with different ids only one sees a row count of 1.
    held = conn.execute(
        update(enroll_codes).where(*valid, enroll_codes.c.request_id.is_(None)).values(request_id=request_id)
    )
    row = conn.execute(
        select(enroll_codes.c.org_id, enroll_codes.c.expires_at, enroll_codes.c.device_id).where(
            *valid, enroll_codes.c.request_id == request_id
        )
    ).first()
    if row is None:
        return None
    if held.rowcount == 1 or row.device_id is None:
        device_id, credential = add_device(conn, row.org_id, label, clock, pending_until=row.expires_at)
        conn.execute(update(enroll_codes).where(*valid).values(device_id=device_id))
        return Enrolment(row.org_id, device_id, credential)
    credential = tokens.new_credential()
    replaced = conn.execute(
        update(devices)
        .where(
            devices.c.id == row.device_id,
            devices.c.pending_until.is_not(None),
            devices.c.revoked_on.is_(None),
        )
        .values(credential_hash=tokens.hash_secret(credential), label=label)
    )
    if replaced.rowcount != 1:
        return None
    return Enrolment(row.org_id, row.device_id, credential)


def authenticate(conn: Connection, credential: str, clock: Clock = utcnow) -> AuthenticatedDevice | None:
    """The device holding `credential`; None if unknown, revoked, or unconfirmed past its time.

    The first request of an unconfirmed device confirms it and spends its code: that the
    device can use the credential proves it stored it.
    """
    row = conn.execute(
        select(devices.c.id, devices.c.org_id, devices.c.pending_until).where(
            devices.c.credential_hash == tokens.hash_secret(credential), devices.c.revoked_on.is_(None)
        )
    ).first()
    if row is None:
        return None
    if row.pending_until is not None:
        if row.pending_until <= epoch_seconds(clock):
            return None
        conn.execute(update(devices).where(devices.c.id == row.id).values(pending_until=None))
        conn.execute(update(enroll_codes).where(enroll_codes.c.device_id == row.id).values(used=True))
    return AuthenticatedDevice(row.id, row.org_id)


def _device_state(revoked_on: date | None, pending_until: int | None, now: int, has_key: bool) -> str:
    if revoked_on is not None:
        return "revoked"
    if pending_until is None:
        return "active" if has_key else "no_key"
    return "unconfirmed" if pending_until > now else "expired"


def list_devices(conn: Connection, org_id: str | None = None, clock: Clock = utcnow) -> list[Device]:
    query = select(devices).order_by(devices.c.org_id, devices.c.enrolled_on, devices.c.id)
    if org_id is not None:
        query = query.where(devices.c.org_id == org_id)
    now = epoch_seconds(clock)
    return [
        Device(
            row.id,
            row.org_id,
            row.label,
            row.enrolled_on,
            row.revoked_on,
            _device_state(row.revoked_on, row.pending_until, now, row.public_key is not None),
        )
        for row in conn.execute(query)
    ]


def revoke_device(conn: Connection, device_id: str, clock: Clock) -> None:
    result = conn.execute(
        update(devices)
        .where(devices.c.id == device_id, devices.c.revoked_on.is_(None))
        .values(revoked_on=today(clock))
    )
    if (
        result.rowcount != 1
        and not conn.execute(select(devices.c.id).where(devices.c.id == device_id)).first()
    ):
        raise NotFoundError("no such device")
    # Its live tokens die with it (authentication checks revocation too: this is tidiness).
    conn.execute(delete(device_tokens).where(device_tokens.c.device_id == device_id))
    conn.execute(delete(device_challenges).where(device_challenges.c.device_id == device_id))
