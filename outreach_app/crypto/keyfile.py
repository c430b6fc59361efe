"""The key file: the random data key, wrapped once per passphrase slot.

Format (JSON, UTF-8)::

    {"format": "outreach-vault-key", "version": 2,
     "slots": [{"id": "…", "role": "coordinator"|"worker",
                "kdf": {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 262144, "parallelism": 2},
                "salt": "<base64>", "nonce": "<base64>", "wrapped_key": "<base64>",
                "data_key": {"nonce": …, "ct": …},          # version-2 slots
                "escrow": {"nonce": …, "ct": …},            # optional
                "coordinator_key": {"nonce": …, "ct": …}}]} # coordinator slots

A version-2 slot holds a random 256-bit *slot key*: `wrapped_key` is the slot key under
AES-256-GCM with an Argon2id key derived from the slot's passphrase, `data_key` is the
vault's data key under the slot key, `coordinator_key` (coordinator slots only) is the
coordinator key under the slot key, and `escrow` is the slot key under the coordinator
key. The escrow is what lets a coordinator re-key the database after removing a slot
without knowing the other passphrases: the new data key is wrapped under every remaining
slot key (taken from its escrow), and the removed holder, who knew only their own slot
key, learns nothing of it. A passphrase change re-wraps only the slot key, so the escrow
stays valid. A worker cannot write an escrow (they never hold the coordinator key), so a
slot a worker adds to the file by hand has none that opens (core.vault_roles).

A version-1 ("legacy") slot, written by earlier versions, wraps the data key directly
under the passphrase key; it still opens, and is upgraded when its passphrase is next
used to re-wrap it. Slots added or re-wrapped in one vault share
its salt and KDF parameters (see `shared_salt`), so an unlock attempt derives one key
and tries it against every slot, whatever the number of slots: a worker no longer pays
for the coordinator's slot first. Every passphrase stays independent (the derived keys
differ); an attacker gains nothing from the shared salt that the weakest slot does not
already give away, since every slot wraps the same data key. Older files whose slots
each have their own salt still open (one derivation per distinct salt). The associated
data binds the file format, the slot's version, slot id and role (and which part is
wrapped), so a slot cannot be relabelled (a worker slot edited to say "coordinator" no
longer opens). The KDF parameters need no binding: change them and the derived key,
hence the tag check, fails.
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
from outreach_app.crypto.erase import ReplacedFileEraser
from outreach_app.crypto.kdf import KEY_BYTES, SALT_BYTES, KdfParams, KdfParamsError, derive_key
from outreach_app.crypto.secret_memory import wipe, wipe_bytes

FORMAT = "outreach-vault-key"
VERSION = 2
LEGACY_VERSION = 1
NONCE_BYTES = 12
# A real key file is a few hundred bytes per slot; anything huge is not ours.
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_SLOTS = 32

Role = Literal["coordinator", "worker"]
ROLES: tuple[Role, ...] = ("coordinator", "worker")


class KeyFileFormatError(ValueError):
    """The key file is unreadable, truncated, of an unknown version, or otherwise not ours."""


class SlotTamperedError(ValueError):
    """The passphrase opens its slot's slot key, but the rest of the slot was altered."""

    def __init__(self, slot_id: str) -> None:
        super().__init__(f"slot {slot_id} of the key file was altered after it was written")
        self.slot_id = slot_id


@dataclass(frozen=True)
class Wrapped:
    """One AES-GCM wrapping: a fresh nonce and the ciphertext with its tag."""

    nonce: bytes = field(repr=False)
    ct: bytes = field(repr=False)


@dataclass(frozen=True)
class Slot:
    """One passphrase's wrapping of the data key.

    Attributes:
        id: random hex id, stable across re-wraps of the same slot.
        role: what the holder of this passphrase may do.
        kdf: Argon2id parameters used for this slot.
        salt: Argon2id salt.
        nonce: AES-GCM nonce (fresh for every wrap).
        wrapped_key: AES-GCM ciphertext plus tag of the slot key (legacy slot: of the data key).
        data_key: the data key under the slot key (None: a legacy slot).
        escrow: the slot key under the coordinator key (None: not escrowed yet).
        coordinator_key: the coordinator key under the slot key (coordinator slots only).
    """

    id: str
    role: Role
    kdf: KdfParams
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    wrapped_key: bytes = field(repr=False)
    data_key: Wrapped | None = field(default=None, repr=False)
    escrow: Wrapped | None = field(default=None, repr=False)
    coordinator_key: Wrapped | None = field(default=None, repr=False)

    @property
    def legacy(self) -> bool:
        return self.data_key is None


@dataclass(frozen=True)
class Opened:
    """What a passphrase opened: slot, data key, slot key and (coordinator slots) coordinator key.

    Each key is a buffer of the caller's to zero (`wipe`, or the session that takes it over).
    """

    slot: Slot
    data_key: bytearray = field(repr=False)
    slot_key: bytearray | None = field(repr=False)  # None for a legacy slot
    coordinator_key: bytearray | None = field(default=None, repr=False)

    def wipe(self, *, keep_data_key: bool = False) -> None:
        """Zero the keys (all but the data key with `keep_data_key`, e.g. once a session owns it)."""
        for key in (None if keep_data_key else self.data_key, self.slot_key, self.coordinator_key):
            if key is not None:
                wipe(key)


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
    """A fresh random 256-bit key (data, slot or coordinator key), in a buffer the caller zeroes."""
    raw = secrets.token_bytes(KEY_BYTES)
    key = bytearray(raw)
    wipe_bytes(raw)
    return key


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def new_slot_id() -> str:
    return secrets.token_hex(8)


def _aad(version: int, slot_id: str, role: str, part: str | None = None) -> bytes:
    fields: dict[str, object] = {"format": FORMAT, "version": version, "slot": slot_id, "role": role}
    if part is not None:
        fields["part"] = part
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal(key: bytes | bytearray, plaintext: bytes | bytearray, aad: bytes) -> Wrapped:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return Wrapped(nonce, AESGCM(key).encrypt(nonce, plaintext, aad))


def _unseal(key: bytes | bytearray, wrapped: Wrapped, aad: bytes) -> bytearray | None:
    """The unwrapped key in a buffer of ours; the `bytes` AES-GCM returned is zeroed."""
    try:
        plain = AESGCM(key).decrypt(wrapped.nonce, wrapped.ct, aad)
    except InvalidTag:
        return None
    result = bytearray(plain)
    wipe_bytes(plain)
    if len(result) != KEY_BYTES:
        wipe(result)
        return None
    return result


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
    coordinator_key: bytes | bytearray | None = None,
    slot_key: bytes | bytearray | None = None,
) -> Slot:
    """A version-2 slot for `passphrase`: fresh nonces, `salt` or a fresh one, `slot_key` or a fresh one.

    With `coordinator_key` the slot key is escrowed under it, and a coordinator slot
    also carries the coordinator key; without it (a vault whose coordinator key does not
    exist yet) the slot has neither.
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 256 bits")
    slot_id = slot_id or new_slot_id()
    if salt is None:
        salt = new_salt()
    elif len(salt) != SALT_BYTES:
        raise ValueError("a slot's salt must be 128 bits")
    fresh: bytearray | None = None  # a slot key made here is zeroed here; a given one is the caller's
    if slot_key is None:
        slot_key = fresh = new_data_key()
    kek = derive_key(passphrase, salt, kdf)
    try:
        outer = _seal(kek, slot_key, _aad(VERSION, slot_id, role))
        slot = Slot(id=slot_id, role=role, kdf=kdf, salt=salt, nonce=outer.nonce, wrapped_key=outer.ct)
        return with_data_key(with_coordinator_key(slot, slot_key, coordinator_key), slot_key, data_key)
    finally:
        wipe(kek)
        if fresh is not None:
            wipe(fresh)


def _data_aad(slot: Slot) -> bytes:
    """The data-key wrapping of a coordinator slot that carries the coordinator key says so:
    stripping the key from the slot (to make the vault look as if it never had one, so the next
    coordinator unlock would seal a worker's changes afresh) stops the slot opening at all."""
    part = "data+coordinator_key" if slot.role == "coordinator" and slot.coordinator_key else "data"
    return _aad(VERSION, slot.id, slot.role, part)


def with_data_key(slot: Slot, slot_key: bytes | bytearray, data_key: bytes | bytearray) -> Slot:
    """The same version-2 slot with `data_key` wrapped under its slot key (after a re-key)."""
    return replace(slot, data_key=_seal(slot_key, data_key, _data_aad(slot)))


def with_coordinator_key(
    slot: Slot, slot_key: bytes | bytearray, coordinator_key: bytes | bytearray | None
) -> Slot:
    """The slot with its slot key escrowed under `coordinator_key` (and, for a coordinator
    slot, the coordinator key under its slot key); None leaves it without either. The
    data-key wrapping must be made (again) after this (`with_data_key`): its associated data
    says whether the slot carries the coordinator key."""
    if coordinator_key is None:
        return replace(slot, escrow=None, coordinator_key=None)
    escrow = _seal(coordinator_key, slot_key, _aad(VERSION, slot.id, slot.role, "escrow"))
    carried = (
        _seal(slot_key, coordinator_key, _aad(VERSION, slot.id, slot.role, "coordinator"))
        if slot.role == "coordinator"
        else None
    )
    return replace(slot, escrow=escrow, coordinator_key=carried)


def rewrap_passphrase(
    slot: Slot, slot_key: bytes | bytearray, passphrase: str, *, kdf: KdfParams, salt: bytes
) -> Slot:
    """The same version-2 slot under a new passphrase: only the slot key's wrapping changes."""
    kek = derive_key(passphrase, salt, kdf)
    try:
        outer = _seal(kek, slot_key, _aad(VERSION, slot.id, slot.role))
    finally:
        wipe(kek)
    return replace(slot, kdf=kdf, salt=salt, nonce=outer.nonce, wrapped_key=outer.ct)


def escrowed_slot_key(slot: Slot, coordinator_key: bytes | bytearray) -> bytearray | None:
    """The slot key from the slot's escrow, if `coordinator_key` is the key that wrote it."""
    if slot.escrow is None or slot.legacy:
        return None
    return _unseal(coordinator_key, slot.escrow, _aad(VERSION, slot.id, slot.role, "escrow"))


def escrow_opens(slot: Slot, coordinator_key: bytes | bytearray) -> bool:
    """Whether `coordinator_key` wrote the slot's escrow (the slot key it opens is zeroed)."""
    slot_key = escrowed_slot_key(slot, coordinator_key)
    if slot_key is None:
        return False
    wipe(slot_key)
    return True


def _open_with(kek: bytearray, slot: Slot) -> Opened | None:
    if slot.legacy:
        data_key = _unseal(
            kek, Wrapped(slot.nonce, slot.wrapped_key), _aad(LEGACY_VERSION, slot.id, slot.role)
        )
        return None if data_key is None else Opened(slot, data_key, None)
    slot_key = _unseal(kek, Wrapped(slot.nonce, slot.wrapped_key), _aad(VERSION, slot.id, slot.role))
    if slot_key is None:
        return None
    if slot.data_key is None:
        wipe(slot_key)
        return None
    data_key = _unseal(slot_key, slot.data_key, _data_aad(slot))
    if data_key is None:  # the right passphrase: only an edit of the slot explains this
        wipe(slot_key)
        raise SlotTamperedError(slot.id)
    coordinator_key = None
    if slot.role == "coordinator" and slot.coordinator_key is not None:
        coordinator_key = _unseal(
            slot_key, slot.coordinator_key, _aad(VERSION, slot.id, slot.role, "coordinator")
        )
    return Opened(slot, data_key, slot_key, coordinator_key)


def open_slot(slot: Slot, passphrase: str) -> Opened | None:
    """What `passphrase` opens in this slot, or None.

    Raises:
        SlotTamperedError: the passphrase is right but the slot was edited (e.g. its
            coordinator key stripped).
    """
    kek = derive_key(passphrase, slot.salt, slot.kdf)
    try:
        return _open_with(kek, slot)
    finally:
        wipe(kek)


def unwrap_slot(slot: Slot, passphrase: str, version: int = VERSION) -> bytearray | None:
    """The data key if `passphrase` opens this slot, else None (the caller zeroes it). (`version`
    is unused: each slot's own kind decides its associated data; kept for callers of the old
    signature.)"""
    del version
    opened = open_slot(slot, passphrase)
    if opened is None:
        return None
    opened.wipe(keep_data_key=True)
    return opened.data_key


def open_any(key_file: KeyFile, passphrase: str) -> Opened | None:
    """Try every slot; what the first one the passphrase opens holds.

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
            opened = _open_with(derived[group], slot)
            if opened is not None:
                return opened
        return None
    finally:
        for kek in derived.values():
            wipe(kek)


def unwrap_any(key_file: KeyFile, passphrase: str) -> tuple[Slot, bytearray] | None:
    """`open_any` reduced to (slot, data key); the other keys are zeroed, the data key is the caller's."""
    opened = open_any(key_file, passphrase)
    if opened is None:
        return None
    opened.wipe(keep_data_key=True)
    return opened.slot, opened.data_key


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
        "version": VERSION,
        "slots": [
            {
                "id": s.id,
                "role": s.role,
                "kdf": s.kdf.to_json(),
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
                **{
                    part: {"nonce": _b64(w.nonce), "ct": _b64(w.ct)}
                    for part, w in (
                        ("data_key", s.data_key),
                        ("escrow", s.escrow),
                        ("coordinator_key", s.coordinator_key),
                    )
                    if w is not None
                },
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
        data_key=_load_wrapped(raw, "data_key"),
        escrow=_load_wrapped(raw, "escrow"),
        coordinator_key=_load_wrapped(raw, "coordinator_key"),
    )


def _load_wrapped(raw: dict[str, Any], part: str) -> Wrapped | None:
    value = raw.get(part)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise KeyFileFormatError(f"key file slot field {part} is not an object")
    return Wrapped(
        _unb64(value.get("nonce"), f"{part}.nonce", NONCE_BYTES),
        _unb64(value.get("ct"), f"{part}.ct", KEY_BYTES + 16),
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
    if body.get("version") not in (LEGACY_VERSION, VERSION):
        raise KeyFileFormatError("key file version is not supported by this version of Outreach")
    raw_slots = body.get("slots")
    if not isinstance(raw_slots, list) or not raw_slots or len(raw_slots) > MAX_SLOTS:
        raise KeyFileFormatError("key file has no usable slots")
    slots = tuple(_load_slot(s) for s in raw_slots)
    if len({s.id for s in slots}) != len(slots):
        raise KeyFileFormatError("key file has two slots with the same id")
    if body["version"] == LEGACY_VERSION and any(not s.legacy for s in slots):
        raise KeyFileFormatError("a version-1 key file cannot hold version-2 slots")
    return KeyFile(version=VERSION, slots=slots)


def read_key_file(path: Path) -> KeyFile:
    """Read and parse; FileNotFoundError passes through so callers can say "no vault"."""
    with path.open("rb") as fh:
        data = fh.read(MAX_KEY_FILE_BYTES + 1)
    return loads(data)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Atomically replace the key file, then overwrite the old one's content.

    The old content (slots that were just removed or re-wrapped) is reached through a
    handle held across the rename and overwritten once the new file is in place; never
    before, so a crash leaves a key file that opens. What a journaling or copy-on-write
    file system or an SSD keeps of the old blocks is beyond reach (docs/security.md).
    """
    with ReplacedFileEraser(path) as old:
        write_private(path, dumps(key_file))
        old.erase()
