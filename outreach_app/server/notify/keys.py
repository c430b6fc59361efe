"""The subscriber key: one secret kept outside the database, three keys derived from it.

The secret is a Fernet key (32 random bytes, URL-safe base64) read from a key file
(OUTREACH_SERVER_SUBSCRIBER_KEY_FILE) or the environment (OUTREACH_SERVER_SUBSCRIBER_KEY);
docs/warnings.md says how to make and keep it. A stolen database without it yields no
address, region or language of any subscriber.

Why Fernet (from `cryptography`, already a dependency) rather than AESGCM by hand: it is
authenticated encryption with the nonce, versioning and encoding decided for us, so a
sealed record cannot be altered undetected and there is no nonce for us to get wrong.
HKDF turns the one secret into separate keys: the Fernet key that seals records, an HMAC key
for the blind index (finding a subscriber by address when a STOP comes in, without
storing the address in clear) and an HMAC key that signs the links in messages.

Rotation (`outreach-server notify rotate-key`, rotation.py): the key file may hold several
secrets, one per line. The first seals new records, indexes addresses and signs links; every
one still opens records, finds a STOP and checks a link, so records sealed under an older
secret and the links in messages already sent keep working while records are re-sealed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_FILE_ENV = "OUTREACH_SERVER_SUBSCRIBER_KEY_FILE"
KEY_ENV = "OUTREACH_SERVER_SUBSCRIBER_KEY"
_MAC_BYTES = 12


class SubscriberKeyError(ValueError):
    """The secret is missing or malformed (the message never holds it)."""


def _derive(secret: bytes, purpose: bytes) -> bytes:
    info = b"outreach-subscribers/" + purpose
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SubscriberKeys:
    """Seal and open subscriber records; index addresses; sign and check link tokens."""

    def __init__(self, secret: str) -> None:
        lines = [line.strip() for line in secret.splitlines() if line.strip()]
        if not lines:
            raise SubscriberKeyError("the subscriber key is empty (outreach-server notify --new-key)")
        raws = [_decode_secret(line) for line in lines]
        fernets = [Fernet(base64.urlsafe_b64encode(_derive(raw, b"seal"))) for raw in raws]
        self._current = fernets[0]
        self._fernet = MultiFernet(fernets)
        self._index_keys = [_derive(raw, b"index") for raw in raws]
        self._token_keys = [_derive(raw, b"token") for raw in raws]
        self.held = len(lines)
        """How many secrets: more than one while an older one is kept for rotation."""

    @classmethod
    def generate(cls) -> str:
        return Fernet.generate_key().decode("ascii")

    @classmethod
    def from_env(cls) -> SubscriberKeys | None:
        """The key from the key file named in the environment, else from the environment;
        None when neither is set (the warning endpoints then answer 503)."""
        path = os.environ.get(KEY_FILE_ENV)
        if path:
            return cls(Path(path).read_text(encoding="ascii"))
        secret = os.environ.get(KEY_ENV)
        return cls(secret) if secret else None

    def seal(self, plain: bytes) -> str:
        return self._current.encrypt(plain).decode("ascii")

    def open(self, sealed: str) -> bytes:
        try:
            return self._fernet.decrypt(sealed.encode("ascii"))
        except InvalidToken as exc:
            raise SubscriberKeyError("a subscriber record does not open with this key") from exc

    def sealed_under_current(self, sealed: str) -> bool:
        """Whether the current (first) secret opens `sealed` (rotation skips those)."""
        try:
            self._current.decrypt(sealed.encode("ascii"))
        except InvalidToken:
            return False
        return True

    def index(self, channel: str, address: str) -> str:
        """A keyed hash of the normalised address under the current secret: equal addresses,
        equal index; no address can be recovered or tested for without the key."""
        return self.indexes(channel, address)[0]

    def indexes(self, channel: str, address: str) -> list[str]:
        """The address's index under every secret held, current first (a record not yet
        re-sealed is still found by the one its old secret made)."""
        text = f"{channel}:{address}".encode()
        return [hmac.new(key, text, hashlib.sha256).hexdigest() for key in self._index_keys]

    def token(self, purpose: str, subscriber_id: str) -> str:
        """A link token for `purpose` ('u' unsubscribe, 'r' regions, 'c' confirm)."""
        body = purpose.encode("ascii") + _unb64(subscriber_id)
        mac = hmac.new(self._token_keys[0], body, hashlib.sha256).digest()[:_MAC_BYTES]
        return _b64(body + mac)

    def check_token(self, purpose: str, token: str) -> str | None:
        """The subscriber id a valid `purpose` token names, else None."""
        try:
            raw = _unb64(token)
        except (ValueError, binascii.Error):
            return None
        if len(raw) <= 1 + _MAC_BYTES:
            return None
        body, mac = raw[:-_MAC_BYTES], raw[-_MAC_BYTES:]
        signed = any(
            hmac.compare_digest(mac, hmac.new(key, body, hashlib.sha256).digest()[:_MAC_BYTES])
            for key in self._token_keys
        )
        if not signed or body[:1] != purpose.encode("ascii"):
            return None
        return _b64(body[1:])


def _decode_secret(line: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(line.encode("ascii"))
    except (ValueError, binascii.Error) as exc:
        raise SubscriberKeyError("the subscriber key is not URL-safe base64") from exc
    if len(raw) != 32:
        raise SubscriberKeyError("the subscriber key must be 32 bytes (outreach-server notify --new-key)")
    return raw


def new_subscriber_id() -> str:
    return _b64(os.urandom(12))
