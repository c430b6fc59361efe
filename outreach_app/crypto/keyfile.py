"""The key file: the random data key, wrapped once per passphrase slot.

Format (JSON, UTF-8)::

    {"format": "outreach-vault-key", "version": 1,
     "slots": [{"id": "…", "role": "coordinator"|"worker",
                "kdf": {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 262144, "parallelism": 2},
                "salt": "<base64>", "nonce": "<base64>", "wrapped_key": "<base64>"}]}

Each slot wraps the same 256-bit data key with AES-256-GCM under an Argon2id
key derived from that slot's passphrase. Slots added or re-wrapped in one vault share
its salt and KDF parameters (see `shared_salt`), so an unlock attempt derives one key
and tries it against every slot, whatever the number of slots: a worker no longer pays
for the coordinator's slot first. Every passphrase stays independent (the derived keys
differ); an attacker gains nothing from the shared salt that the weakest slot does not
already give away, since every slot wraps the same data key. Older files whose slots
each have their own salt still open (one derivation per distinct salt). The associated data binds the file
format, version, slot id and role, so a slot cannot be relabelled (a worker
slot edited to say "coordinator" no longer opens). The KDF parameters need no
binding: change them and the derived key, hence the tag check, fails.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_app.crypto.atomic import write_private
from outreach_app.crypto.kdf import KEY_BYTES, SALT_BYTES, KdfParams, KdfParamsError, derive_key
from outreach_app.crypto.secret_memory import wipe, wipe_bytes

FORMAT = "outreach-vault-key"
VERSION = 1
NONCE_BYTES = 12
# A real key file is a few hundred bytes per slot; anything huge is not ours.
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_SLOTS = 32

Role = Literal["coordinator", "worker"]
ROLES: tuple[Role, ...] = ("coordinator", "worker")


class KeyFileFormatError(ValueError):
    """The key file is unreadable, truncated, of an unknown version, or otherwise not ours."""


@dataclass(frozen=True)
class Slot:
    """One passphrase's wrapping of the data key.

    Attributes:
        id: random hex id, stable across re-wraps of the same slot.
        role: what the holder of this passphrase may do.
        kdf: Argon2id parameters used for this slot.
        salt: Argon2id salt.
        nonce: AES-GCM nonce (fresh for every wrap).
        wrapped_key: AES-GCM ciphertext plus tag of the data key.
    """

    id: str
    role: Role
    kdf: KdfParams
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    wrapped_key: bytes = field(repr=False)


@dataclass(frozen=True)
class KeyFile:
    version: int
    slots: tuple[Slot, ...]

    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        """Replace the slot of the same id, or append it."""
        if self.slot(slot.id) is None:
            return replace(self, slots=(*self.slots, slot))
        return replace(self, slots=tuple(slot if s.id == slot.id else s for s in self.slots))

    def without_slot(self, slot_id: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))


def new_data_key() -> bytearray:
    """A fresh random data key, in a buffer the session zeroes at lock."""
    raw = secrets.token_bytes(KEY_BYTES)
    key = bytearray(raw)
    wipe_bytes(raw)
    return key


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def new_slot_id() -> str:
    return secrets.token_hex(8)


def _aad(version: int, slot_id: str, role: str) -> bytes:
    return json.dumps(
        {"format": FORMAT, "version": version, "slot": slot_id, "role": role},
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")


def shared_salt(key_file: KeyFile, kdf: KdfParams, *, excluding: str | None = None) -> bytes | None:
    """The salt the vault's other slots with these KDF parameters use, if there is one.

    A slot wrapped with it joins their derivation group: one Argon2id run per unlock
    attempt serves all of them. None means "use a fresh salt" (no such slot yet).
    """
    return next((s.salt for s in key_file.slots if s.kdf == kdf and s.id != excluding), None)


def wrap_slot(
    data_key: bytes | bytearray,
    passphrase: str,
    *,
    role: Role,
    kdf: KdfParams,
    slot_id: str | None = None,
    salt: bytes | None = None,
) -> Slot:
    """Wrap `data_key` for `passphrase` with a fresh nonce, and `salt` or a fresh one."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 256 bits")
    slot_id = slot_id or new_slot_id()
    if salt is None:
        salt = new_salt()
    elif len(salt) != SALT_BYTES:
        raise ValueError("a slot's salt must be 128 bits")
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = derive_key(passphrase, salt, kdf)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(VERSION, slot_id, role))
    finally:
        wipe(kek)
    return Slot(id=slot_id, role=role, kdf=kdf, salt=salt, nonce=nonce, wrapped_key=wrapped)


def _open_with(kek: bytearray, slot: Slot, version: int) -> bytearray | None:
    """The data key in a buffer of ours; the `bytes` AES-GCM returned is zeroed."""
    try:
        plain = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _aad(version, slot.id, slot.role))
    except InvalidTag:
        return None
    data_key = bytearray(plain)
    wipe_bytes(plain)
    if len(data_key) != KEY_BYTES:
        wipe(data_key)
        return None
    return data_key


def unwrap_slot(slot: Slot, passphrase: str, version: int = VERSION) -> bytearray | None:
    """The data key if `passphrase` opens this slot, else None."""
    kek = derive_key(passphrase, slot.salt, slot.kdf)
    try:
        return _open_with(kek, slot, version)
    finally:
        wipe(kek)


def unwrap_any(key_file: KeyFile, passphrase: str) -> tuple[Slot, bytearray] | None:
    """Try every slot; the first one the passphrase opens, with the data key.

    The key derived for one (salt, parameters) pair is tried against every slot that
    shares them, so a vault whose slots share the salt costs one derivation per attempt,
    right or wrong, however many slots it has.
    """
    derived: dict[tuple[bytes, KdfParams], bytearray] = {}
    try:
        for slot in key_file.slots:
            group = (slot.salt, slot.kdf)
            if group not in derived:
                derived[group] = derive_key(passphrase, slot.salt, slot.kdf)
            data_key = _open_with(derived[group], slot, key_file.version)
            if data_key is not None:
                return slot, data_key
        return None
    finally:
        for kek in derived.values():
            wipe(kek)


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _unb64(value: object, what: str, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise KeyFileFormatError(f"key file slot field {what} is missing")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise KeyFileFormatError(f"key file slot field {what} is not valid base64") from exc
    if length is not None and len(raw) != length:
        raise KeyFileFormatError(f"key file slot field {what} has the wrong length")
    return raw


def dumps(key_file: KeyFile) -> bytes:
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": key_file.version,
        "slots": [
            {
                "id": s.id,
                "role": s.role,
                "kdf": s.kdf.to_json(),
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
            }
            for s in key_file.slots
        ],
    }
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _load_slot(raw: object) -> Slot:
    if not isinstance(raw, dict):
        raise KeyFileFormatError("key file slot is not an object")
    slot_id = raw.get("id")
    if not isinstance(slot_id, str) or not slot_id or len(slot_id) > 64:
        raise KeyFileFormatError("key file slot id is missing")
    role = raw.get("role")
    if role not in ROLES:
        raise KeyFileFormatError("key file slot role is unknown")
    try:
        kdf = KdfParams.from_json(raw.get("kdf"))
    except KdfParamsError as exc:
        raise KeyFileFormatError(f"key file slot: {exc}") from exc
    return Slot(
        id=slot_id,
        role=cast(Role, role),
        kdf=kdf,
        salt=_unb64(raw.get("salt"), "salt", SALT_BYTES),
        nonce=_unb64(raw.get("nonce"), "nonce", NONCE_BYTES),
        wrapped_key=_unb64(raw.get("wrapped_key"), "wrapped_key", KEY_BYTES + 16),
    )


def loads(data: bytes) -> KeyFile:
    """Parse and validate a key file; anything off raises KeyFileFormatError."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileFormatError("key file is too large to be ours")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileFormatError("key file is not readable (truncated or damaged)") from exc
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise KeyFileFormatError("not an Outreach key file")
    if body.get("version") != VERSION:
        raise KeyFileFormatError("key file version is not supported by this version of Outreach")
    raw_slots = body.get("slots")
    if not isinstance(raw_slots, list) or not raw_slots or len(raw_slots) > MAX_SLOTS:
        raise KeyFileFormatError("key file has no usable slots")
    slots = tuple(_load_slot(s) for s in raw_slots)
    if len({s.id for s in slots}) != len(slots):
        raise KeyFileFormatError("key file has two slots with the same id")
    return KeyFile(version=VERSION, slots=slots)


def read_key_file(path: Path) -> KeyFile:
    """Read and parse; FileNotFoundError passes through so callers can say "no vault"."""
    with path.open("rb") as fh:
        data = fh.read(MAX_KEY_FILE_BYTES + 1)
    return loads(data)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    write_private(path, dumps(key_file))
