"""Device tokens kept in this process's memory from one sync pass to the next.

The app builds a new client for every pass (every few minutes), and each used to sign in
again: two requests (challenge, token) and a signature before anything was sent, although
the token it got an hour's life for was still good. A client given a `HeldTokens` takes a
live token held there for the same server and device key instead, and puts the one it gets
there.

- Memory only: never written to the vault, a setting, a log or the keyring. It dies with
  the process, and is cleared when the vault is locked (`SyncScheduler.stop`); `forget`
  drops one device's (quick delete, revocation).
- The expiry is honoured: a token is taken only while `monotonic()` is before the time it
  was held until (the server's lifetime less `client.TOKEN_MARGIN_S`), measured by the same
  clock that set it (a client with another clock signs in itself).
- A held token the server refuses (401: revoked, or it expired early) is dropped and the
  client signs in once more (`SyncClient._send`); if that is refused too, the pass stops and
  asks to enrol again, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

TokenKey = tuple[str, str, str]
"""(server base URL, device id, device public key): a token is only ever used for the server
that issued it and the key that signed in for it."""


@dataclass(frozen=True)
class _Held:
    token: str
    until: float
    monotonic: Callable[[], float]


class HeldTokens:
    """Live device tokens by `TokenKey`; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[TokenKey, _Held] = {}

    def take(self, key: TokenKey, monotonic: Callable[[], float]) -> tuple[str, float] | None:
        """(token, held until) if a token for `key` is held and still live by `monotonic`."""
        with self._lock:
            held = self._held.get(key)
        if held is None or held.monotonic != monotonic or monotonic() >= held.until:
            return None
        return held.token, held.until

    def hold(self, key: TokenKey, token: str, until: float, monotonic: Callable[[], float]) -> None:
        with self._lock:
            self._held[key] = _Held(token, until, monotonic)

    def drop(self, key: TokenKey, token: str | None = None) -> None:
        """Forget `key`'s token (only if it is still `token`, when given: another client may
        have put a fresh one there meanwhile)."""
        with self._lock:
            held = self._held.get(key)
            if held is not None and (token is None or held.token == token):
                del self._held[key]

    def clear(self) -> None:
        """Forget every token (the vault is locked: no pass runs until it is unlocked)."""
        with self._lock:
            self._held.clear()

    def forget(self, device_id: str) -> None:
        """Forget every token of `device_id` (it is revoked, or its vault is being erased)."""
        with self._lock:
            for key in [key for key in self._held if key[1] == device_id]:
                del self._held[key]


PROCESS_TOKENS = HeldTokens()
"""The one the app's clients share (`sync.enrollment.client_for_link`)."""
