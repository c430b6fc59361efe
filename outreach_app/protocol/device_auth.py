"""The device's key and its short-lived bearer tokens (issue 16, "Device credential").

A device's long-term secret is an Ed25519 key pair whose private half lives only inside the
encrypted vault. The server keeps the public key and the hashes of live tokens, nothing else
that could act for the device:

1. `POST /v1/device/key` (bearer: the one-time credential from `POST /v1/enroll`, or the
   long-lived credential of a device enrolled before keys) registers the public key. That
   credential is then refused for good: it was good for this one call.
2. `POST /v1/auth/challenge {device_id}` (no bearer) answers a `Challenge`: a random nonce,
   the device id and an expiry a couple of minutes ahead. Each challenge answers one token
   request, then it is gone (a replay is refused).
3. `POST /v1/auth/token {device_id, nonce, signature}` (no bearer): the signature is the
   device's Ed25519 signature over `challenge_message(...)`. The answer is a `DeviceToken`
   valid for at most an hour (`MAX_TOKEN_LIFETIME_S`), which the device holds in memory only.

The signed message is domain-separated (`CHALLENGE_DOMAIN`) so the key can never be made to
sign anything else of ours that would verify here, and it covers the device id and the
expiry, so a challenge of one device cannot be used by another and an old one is dead.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from pydantic import UUID4, Field, StrictInt

from outreach_app.protocol.base import RequestModel, ResponseModel
from outreach_app.protocol.canonical import canonical_json

CHALLENGE_DOMAIN = b"outreach-device-token-v1\x00"
"""Prefix of every signed challenge: the key signs nothing else with this meaning."""
MAX_TOKEN_LIFETIME_S = 3600
"""A bearer token lives at most an hour; the server's setting may make it shorter."""
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
NONCE_BYTES = 32

_B64URL = r"^[A-Za-z0-9_-]+$"
PublicKey = Annotated[str, Field(min_length=43, max_length=43, pattern=_B64URL)]
"""A raw Ed25519 public key (32 bytes), URL-safe base64 without padding."""
Signature = Annotated[str, Field(min_length=86, max_length=86, pattern=_B64URL)]
"""A raw Ed25519 signature (64 bytes), URL-safe base64 without padding."""
Nonce = Annotated[str, Field(min_length=43, max_length=43, pattern=_B64URL)]
"""32 random bytes chosen by the server, URL-safe base64 without padding."""
EpochSeconds = Annotated[StrictInt, Field(ge=0, le=2**53 - 1)]
Token = Annotated[str, Field(min_length=22, max_length=256, pattern=r"^[A-Za-z0-9._~+/=-]+$")]


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def from_b64url(text: str, length: int) -> bytes:
    """The bytes of `text`; ValueError unless it decodes to exactly `length` bytes."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not URL-safe base64") from None
    if len(raw) != length:
        raise ValueError("wrong length")
    return raw


def challenge_message(device_id: str, nonce: str, expires_at: int) -> bytes:
    """The bytes a device signs to answer a challenge (both sides build them the same way)."""
    body = {"device_id": device_id.lower(), "expires_at": expires_at, "nonce": nonce}
    return CHALLENGE_DOMAIN + canonical_json(body)


class DeviceKeyRequest(RequestModel):
    """Body of `POST /v1/device/key`: the device's public key (bearer: its one-time credential)."""

    public_key: PublicKey


class ChallengeRequest(RequestModel):
    """Body of `POST /v1/auth/challenge`."""

    device_id: UUID4


class Challenge(ResponseModel):
    """A challenge to sign: good for one token request until `expires_at` (epoch seconds)."""

    device_id: UUID4
    expires_at: EpochSeconds
    nonce: Nonce


class TokenRequest(RequestModel):
    """Body of `POST /v1/auth/token`: the challenge's nonce and the device's signature of
    `challenge_message(device_id, nonce, expires_at)`."""

    device_id: UUID4
    nonce: Nonce
    signature: Signature


class DeviceToken(ResponseModel):
    """A bearer token for every authenticated endpoint, valid for `expires_in` seconds
    (at most `MAX_TOKEN_LIFETIME_S`). The device keeps it in memory only."""

    expires_in: Annotated[StrictInt, Field(ge=1, le=MAX_TOKEN_LIFETIME_S)]
    token: Token
