"""The transfer file that gives a second desk of the same role the desk's private keys (issue 22).

Never through the server: a file carried by hand (USB stick), protected by a passphrase the
two staff members agree in person. The keys are encrypted with libsodium's SecretBox
(XSalsa20-Poly1305, through PyNaCl) under a key derived from the passphrase with Argon2id
(crypto.kdf, the vault's own KDF and parameters), with a fresh salt; the file records the
parameters. A wrong passphrase or a changed byte fails to open, and nothing is imported.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from nacl.exceptions import CryptoError
from nacl.secret import SecretBox

from outreach_app.charity.desk_keys import DeskKeys
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams, KdfParamsError, derive_key
from outreach_app.crypto.secret_memory import wipe
from outreach_app.protocol.signing import b64decode, b64encode
from outreach_app.protocol.staff import StaffRole

FORMAT = "outreach-desk-keys-1"
SALT_BYTES = 16


class TransferError(Exception):
    """Not a transfer file, a wrong passphrase, or a changed file (the message says which)."""


def _box(passphrase: str, salt: bytes, params: KdfParams) -> SecretBox:
    key = derive_key(passphrase, salt, params)
    try:
        return SecretBox(bytes(key))
    finally:
        wipe(key)


def seal_keys(keys: DeskKeys, label: str, passphrase: str, params: KdfParams = PRODUCTION_KDF) -> bytes:
    """The transfer file's bytes (JSON; the keys only inside the box)."""
    salt = secrets.token_bytes(SALT_BYTES)
    secret = {
        "auth_private": keys.auth_private,
        "desk_id": keys.desk_id,
        "enc_private": keys.enc_private,
        "label": label,
        "role": keys.role.value,
        "sign_private": keys.sign_private,
    }
    box = _box(passphrase, salt, params).encrypt(json.dumps(secret, sort_keys=True).encode("utf-8"))
    document = {
        "format": FORMAT,
        "kdf": params.to_json(),
        "salt": b64encode(salt),
        "box": b64encode(bytes(box)),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def open_keys(data: bytes, passphrase: str) -> tuple[DeskKeys, str]:
    """(keys, label) from a transfer file; TransferError if it does not open."""
    try:
        document: dict[str, Any] = json.loads(data)
        if document.get("format") != FORMAT:
            raise TransferError("not a desk key transfer file")
        params = KdfParams.from_json(document["kdf"])
        salt = b64decode(document["salt"], SALT_BYTES)
        sealed = base64.b64decode(str(document["box"]).encode("ascii"), validate=True)
    except TransferError:
        raise
    except (ValueError, KeyError, TypeError, KdfParamsError):
        raise TransferError("not a desk key transfer file") from None
    try:
        plain = _box(passphrase, salt, params).decrypt(sealed)
    except CryptoError:
        raise TransferError(
            "the passphrase does not open this transfer file (or the file was changed)"
        ) from None
    secret = json.loads(plain)
    keys = DeskKeys(
        role=StaffRole(secret["role"]),
        desk_id=str(secret["desk_id"]),
        auth_private=str(secret["auth_private"]),
        enc_private=secret["enc_private"],
        sign_private=secret["sign_private"],
    )
    return keys, str(secret["label"])
