"""Client addresses as rate-limit keys that never show the address.

The buckets themselves live in the database (db/rate_buckets.py), shared by every serving
process. A bucket of a client address is keyed by an HMAC of the address: with the peer
key every serving process is given (`ServerSettings.peer_key`, from a file the deployment
shares between its app servers) all processes key an address alike and its limit is
global; without one, each process draws its own random key (forgotten on restart) and a
per-address limit holds per process. The peer key is never stored in the database, so a
copy of the database (where the bucket keys are) does not let anyone test which
addresses called: IPv4 is small enough to try in full.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


class PeerKeys:
    """Turns a client address into an opaque key (HMAC-SHA256 under the peer key)."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret if secret else secrets.token_bytes(32)

    def key(self, address: str | None) -> str:
        return hmac.new(self._secret, (address or "?").encode(), hashlib.sha256).hexdigest()[:32]
