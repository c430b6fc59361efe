"""The charity's keys as this device knows them (protocol v2), kept in the encrypted settings.

At enrolment the device pins the charity's ROOT public key (after the coordinator compared
its fingerprint with the printed one), stores the organisation id its envelope headers carry,
and installs the key bundle the root signed. A later bundle replaces it only if the pinned
root signed it and its version is higher (a rotation); an older or differently signed one
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from outreach_app.protocol.keys import KeyBundle, SignedKeyBundle, verify_bundle
from outreach_app.protocol.signing import SignatureError, key_fingerprint
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos.settings import delete_setting, get_setting, set_setting

ROOT_SETTING = "protocol.root_public"
BUNDLE_SETTING = "protocol.key_bundle"
ORG_SETTING = "protocol.organisation_id"


class KeyBundleError(ValueError):
    """A key bundle was refused (the message says why; nothing was changed)."""


@dataclass(frozen=True, slots=True)
class CharityKeys:
    root_public: str
    organisation_id: UUID
    bundle: KeyBundle

    @property
    def root_fingerprint(self) -> str:
        return key_fingerprint(self.root_public)


def charity_keys(conn: Connection) -> CharityKeys | None:
    """The pinned root, organisation and installed bundle; None before a v2 enrolment."""
    root, org, bundle = (get_setting(conn, key) for key in (ROOT_SETTING, ORG_SETTING, BUNDLE_SETTING))
    if not (root and org and bundle):
        return None
    signed = SignedKeyBundle.model_validate_json(bundle)
    return CharityKeys(root_public=str(root), organisation_id=UUID(str(org)), bundle=signed.bundle)


def pin(conn: Connection, root_public: str, organisation_id: UUID, signed: SignedKeyBundle) -> CharityKeys:
    """Pin a root key and install its first bundle (enrolment, after every check passed).

    Re-enrolling with another root replaces the pin: that is a decision the coordinator took
    by typing the new fingerprint."""
    try:
        bundle = verify_bundle(signed, root_public)
    except SignatureError as exc:
        raise KeyBundleError(str(exc)) from None
    with transaction(conn):
        set_setting(conn, ROOT_SETTING, root_public)
        set_setting(conn, ORG_SETTING, str(organisation_id))
        set_setting(conn, BUNDLE_SETTING, signed.model_dump_json(exclude_none=True))
    return CharityKeys(root_public, organisation_id, bundle)


def install_rotation(conn: Connection, signed: SignedKeyBundle) -> bool:
    """Install a newer bundle signed by the pinned root; False when it is not newer.

    Raises KeyBundleError (not enrolled, or not signed by the pinned root): nothing changes."""
    current = charity_keys(conn)
    if current is None:
        raise KeyBundleError("this device has no pinned charity root key: enrol first")
    try:
        bundle = verify_bundle(signed, current.root_public)
    except SignatureError as exc:
        raise KeyBundleError(str(exc)) from None
    if bundle.version <= current.bundle.version:
        return False
    set_setting(conn, BUNDLE_SETTING, signed.model_dump_json(exclude_none=True))
    return True


def forget(conn: Connection) -> None:
    """Drop the pin and bundle (unenrolment)."""
    with transaction(conn):
        for key in (ROOT_SETTING, ORG_SETTING, BUNDLE_SETTING):
            delete_setting(conn, key)
