"""The charity's signed key bundles (protocol v2, protocol/keys.py) as the server holds them.

The server never holds a private key of the charity: it installs the bundle of desk public
keys the charity's root key signed (`outreach-server keys install-bundle`), hands it to
devices at enrolment (with the code proof) and on `GET /v2/key-bundle`, routes envelopes
only to desks it lists, and publishes only alerts an alerts desk of it signed.

Installing checks the bundle's root signature; once a bundle is installed, a new one must be
signed by the same root key and carry a higher version (a rotation), as devices require.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import Connection, insert, select

from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.keys import KeyBundle, SignedKeyBundle, verify_bundle
from outreach_app.protocol.signing import SignatureError
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.orgs import InvalidInputError
from outreach_app.server.db.tables import key_bundles


class BundleRefusedError(InvalidInputError):
    """The bundle is malformed, badly signed, signed by another root, or not newer."""


def parse(text: str | bytes) -> SignedKeyBundle:
    try:
        return SignedKeyBundle.model_validate_json(text)
    except ValidationError as exc:
        raise BundleRefusedError(f"not a signed key bundle ({exc.error_count()} problem(s))") from None


def current(conn: Connection) -> SignedKeyBundle | None:
    row = conn.execute(select(key_bundles.c.bundle).order_by(key_bundles.c.version.desc()).limit(1)).first()
    return None if row is None else SignedKeyBundle.model_validate_json(row.bundle)


def install(conn: Connection, signed: SignedKeyBundle, clock: Clock) -> KeyBundle:
    """Verify and store `signed` as the current bundle; returns it. Raises BundleRefusedError."""
    installed = current(conn)
    try:
        bundle = verify_bundle(signed, signed.root_public if installed is None else installed.root_public)
    except SignatureError as exc:
        raise BundleRefusedError(f"the bundle's signature was refused: {exc}") from None
    if installed is not None and bundle.version <= installed.bundle.version:
        raise BundleRefusedError(
            f"version {bundle.version} is not newer than the installed version {installed.bundle.version}"
        )
    if installed is not None and bundle.charity_id != installed.bundle.charity_id:
        raise BundleRefusedError("the bundle is for another charity")
    conn.execute(
        insert(key_bundles).values(
            version=bundle.version,
            charity_id=bundle.charity_id,
            bundle=canonical_json(signed).decode("utf-8"),
            installed_on=today(clock),
        )
    )
    return bundle


@dataclass(frozen=True)
class Desks:
    """What intake and publishing need of the current bundle.

    Attributes:
        version: the bundle's version (0: none installed).
        purposes: desk id -> the purposes it receives.
        signed: the signed bundle (None: none installed).
    """

    version: int
    purposes: dict[str, frozenset[str]]
    signed: SignedKeyBundle | None


NO_DESKS = Desks(0, {}, None)


class BundleCache:
    """The current bundle, parsed once per version (a request reads only its version)."""

    def __init__(self) -> None:
        self._desks = NO_DESKS
        self._lock = threading.Lock()

    def desks(self, conn: Connection) -> Desks:
        version = conn.execute(
            select(key_bundles.c.version).order_by(key_bundles.c.version.desc()).limit(1)
        ).scalar()
        if version is None:
            return NO_DESKS
        with self._lock:
            if self._desks.version == version:
                return self._desks
        signed = current(conn)
        assert signed is not None
        desks = Desks(
            signed.bundle.version,
            {desk.desk_id: frozenset(p.value for p in desk.purposes) for desk in signed.bundle.desks},
            signed,
        )
        with self._lock:
            self._desks = desks
        return desks
