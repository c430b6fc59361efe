"""What `outreach charity ...` does, without the terminal: make keys, sign bundles and alerts,
open exported envelopes. Every function takes paths and a passphrase and returns values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pydantic import ValidationError

from outreach_app.charity import key_files
from outreach_app.crypto.atomic import write_private
from outreach_app.crypto.sealing import SealError, open_sealed
from outreach_app.domain.clock import utcnow
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.contents import CONTENT_MODELS, EnvelopeContent
from outreach_app.protocol.envelopes import Envelope, ciphertext_bytes
from outreach_app.protocol.keys import (
    ROLE_PURPOSES,
    DeskKey,
    DeskRole,
    KeyBundle,
    SignedKeyBundle,
    sign_bundle,
)
from outreach_app.protocol.signed_alerts import SignedAlert, alert_fingerprint, sign_alert
from outreach_app.protocol.signing import b64encode, public_key_b64


class CharityToolError(Exception):
    """A tool cannot do what was asked; the message says why (and never holds a secret)."""


def init_root(folder: Path, charity_id: str, passphrase: str) -> key_files.RootPublic:
    """A new root signing key in `folder` (refuses to overwrite one)."""
    return key_files.write_root(folder, Ed25519PrivateKey.generate(), charity_id, passphrase)


def new_desk_keys(folder: Path, role: DeskRole, desk_id: str, passphrase: str) -> DeskKey:
    """A desk's encryption key pair (and signing key pair for an alerts desk) in `folder`."""
    enc = X25519PrivateKey.generate()
    sign = Ed25519PrivateKey.generate() if role is DeskRole.ALERTS else None
    enc_public = enc.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    desk = DeskKey(
        desk_id=desk_id,
        enc_public=b64encode(enc_public),
        purposes=sorted(ROLE_PURPOSES[role]),
        role=role,
        sign_public=public_key_b64(sign) if sign is not None else None,
    )
    key_files.write_desk(folder, desk, enc, sign, passphrase)
    return desk


def make_bundle(
    root_folder: Path,
    passphrase: str,
    desk_files: Sequence[Path],
    version: int,
    clock: Callable[[], dt.datetime] = utcnow,
) -> SignedKeyBundle:
    """The root-signed bundle of the given desks' public keys."""
    root_public = key_files.read_root_public(root_folder)
    root = key_files.read_root_key(root_folder, passphrase)
    if public_key_b64(root) != root_public.root_public:
        raise CharityToolError("root.key and root.pub.json do not belong together")
    desks = [key_files.read_desk_public(path) for path in desk_files]
    try:
        bundle = KeyBundle(charity_id=root_public.charity_id, desks=desks, issued_at=clock(), version=version)
    except ValidationError as exc:
        raise CharityToolError(f"the bundle is not valid: {_first_error(exc)}") from None
    return sign_bundle(root, bundle)


def sign_alert_file(desk_folder: Path, passphrase: str, alert_path: Path) -> SignedAlert:
    """Sign the alert in `alert_path` (an Alert as JSON) with the desk's signing key."""
    desk = key_files.read_desk_public(desk_folder)
    if desk.role is not DeskRole.ALERTS:
        raise CharityToolError("only an alerts desk signs alerts")
    key = key_files.read_sign_key(desk_folder, passphrase)
    try:
        alert = Alert.model_validate_json(alert_path.read_bytes())
    except OSError:
        raise CharityToolError(f"cannot read {alert_path}") from None
    except ValidationError as exc:
        raise CharityToolError(f"{alert_path.name} is not a valid alert: {_first_error(exc)}") from None
    if alert.signature is not None:
        raise CharityToolError("the alert already has a v1 `signature` field: remove it")
    return sign_alert(key, desk.desk_id, alert)


@dataclass(frozen=True, slots=True)
class OpenedEnvelope:
    envelope: Envelope
    content: EnvelopeContent


def open_envelope(envelope: Envelope, enc_private_b64: str) -> OpenedEnvelope:
    """Open one envelope with a desk's private key and check it against its clear header."""
    try:
        plain = open_sealed(ciphertext_bytes(envelope.ciphertext), enc_private_b64)
    except SealError as exc:
        raise CharityToolError(str(exc)) from None
    header = envelope.header
    content = CONTENT_MODELS[header.purpose].model_validate_json(plain)
    if content.envelope_id != header.envelope_id or content.purpose != header.purpose:
        raise CharityToolError("the envelope's header does not belong to its content")
    return OpenedEnvelope(envelope=envelope, content=content)


def write_json(path: Path, document: bytes) -> None:
    """Write a signed document (canonical bytes plus a newline), private and atomic."""
    write_private(path, document + b"\n")


def signed_document(model: SignedKeyBundle | SignedAlert) -> bytes:
    return canonical_json(model)


def alert_summary(signed: SignedAlert) -> dict[str, str]:
    return {"alert_id": str(signed.alert.alert_id), "fingerprint": alert_fingerprint(signed.alert)}


def _first_error(exc: ValidationError) -> str:
    error = exc.errors(include_input=False, include_url=False)[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else str(error["msg"])
