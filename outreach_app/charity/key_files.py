"""Key files of the charity's root and desks.

A folder per key holder. Private keys are PKCS#8 PEM encrypted with the holder's passphrase
(`cryptography`'s BestAvailableEncryption: a well-kept format any tool can read, no
home-made key wrapping) and written private (0600) and atomically. The public halves are
plain JSON meant to be copied around:

- root: `root.key` (Ed25519), `root.pub.json` {charity_id, root_public, fingerprint}
- desk: `enc.key` (X25519), `sign.key` (Ed25519, alerts desks only), `desk.json` (the
  DeskKey that goes into the bundle).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from outreach_app.crypto.atomic import ensure_private_dir, write_private
from outreach_app.protocol.keys import DeskKey
from outreach_app.protocol.signing import b64encode, key_fingerprint, public_key_b64

ROOT_KEY = "root.key"
ROOT_PUBLIC = "root.pub.json"
DESK_PUBLIC = "desk.json"
ENC_KEY = "enc.key"
SIGN_KEY = "sign.key"


class KeyFileError(Exception):
    """A key file is missing, unreadable, or the passphrase does not open it (message names no secret)."""


@dataclass(frozen=True, slots=True)
class RootPublic:
    charity_id: str
    root_public: str

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.root_public)


def _pem(private: Ed25519PrivateKey | X25519PrivateKey, passphrase: str) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def _load(path: Path, passphrase: str) -> object:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"no key file {path.name} in {path.parent}") from None
    try:
        return serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise KeyFileError(f"{path.name}: wrong passphrase, or not a key file") from None


def _refuse_overwrite(*paths: Path) -> None:
    existing = [path.name for path in paths if path.exists()]
    if existing:
        raise KeyFileError(
            f"{paths[0].parent} already holds {', '.join(existing)}: keys are never overwritten"
        )


def write_root(folder: Path, private: Ed25519PrivateKey, charity_id: str, passphrase: str) -> RootPublic:
    ensure_private_dir(folder)
    _refuse_overwrite(folder / ROOT_KEY, folder / ROOT_PUBLIC)
    public = RootPublic(charity_id=charity_id, root_public=public_key_b64(private))
    write_private(folder / ROOT_KEY, _pem(private, passphrase))
    document = {
        "charity_id": charity_id,
        "fingerprint": public.fingerprint,
        "root_public": public.root_public,
    }
    write_private(folder / ROOT_PUBLIC, (json.dumps(document, indent=2, sort_keys=True) + "\n").encode())
    return public


def read_root_public(folder: Path) -> RootPublic:
    try:
        document = json.loads((folder / ROOT_PUBLIC).read_text("utf-8"))
        return RootPublic(charity_id=str(document["charity_id"]), root_public=str(document["root_public"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise KeyFileError(f"{folder} holds no readable {ROOT_PUBLIC}") from None


def read_root_key(folder: Path, passphrase: str) -> Ed25519PrivateKey:
    key = _load(folder / ROOT_KEY, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{ROOT_KEY} is not an Ed25519 key")
    return key


def write_desk(
    folder: Path,
    desk: DeskKey,
    enc_private: X25519PrivateKey,
    sign_private: Ed25519PrivateKey | None,
    passphrase: str,
) -> None:
    ensure_private_dir(folder)
    _refuse_overwrite(folder / ENC_KEY, folder / SIGN_KEY, folder / DESK_PUBLIC)
    write_private(folder / ENC_KEY, _pem(enc_private, passphrase))
    if sign_private is not None:
        write_private(folder / SIGN_KEY, _pem(sign_private, passphrase))
    write_private(folder / DESK_PUBLIC, (desk.model_dump_json(indent=2, exclude_none=True) + "\n").encode())


def read_desk_public(path: Path) -> DeskKey:
    """A desk.json (or a folder holding one)."""
    file = path / DESK_PUBLIC if path.is_dir() else path
    try:
        return DeskKey.model_validate_json(file.read_bytes())
    except OSError:
        raise KeyFileError(f"cannot read {file}") from None
    except ValueError:
        raise KeyFileError(f"{file} is not a desk's public key file") from None


def read_sign_key(folder: Path, passphrase: str) -> Ed25519PrivateKey:
    key = _load(folder / SIGN_KEY, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{SIGN_KEY} is not an Ed25519 key")
    return key


def read_enc_private_b64(folder: Path, passphrase: str) -> str:
    """The desk's X25519 private key as base64 (crypto.sealing's form)."""
    key = _load(folder / ENC_KEY, passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(f"{ENC_KEY} is not an X25519 key")
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return b64encode(raw)
