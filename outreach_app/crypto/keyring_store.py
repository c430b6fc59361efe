"""The device's server credential in the OS keychain, but only a real one.

Only the operating systems' own stores are accepted: Secret Service (Linux),
macOS Keychain and Windows Credential Locker. Anything else `keyring` may pick
(`keyrings.alt` plaintext or "encrypted" files, the fail backend, null, chained
unknowns) counts as "no keyring": the caller then keeps the credential inside
the encrypted DB and tells the user once. A credential is never written in
plaintext and never silently downgraded.

`keyring` is imported lazily: it costs start-up time and is only needed for sync.
"""

from __future__ import annotations

from typing import Any

SERVICE_NAME = "Outreach device credential"

# Fully qualified class names of the backends we trust (module.ClassName).
ALLOWED_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


class KeyringUnavailableError(Exception):
    """The OS keyring is not usable (not allowlisted, locked, or gone)."""


def _qualified_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def allowed_os_backend() -> Any | None:
    """The active backend if it is (or a chainer holds) an allowlisted OS store, else None."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except ImportError:
        return None
    active = keyring.get_keyring()
    candidates = list(active.backends) if isinstance(active, ChainerBackend) else [active]
    for backend in candidates:
        if _qualified_name(backend) in ALLOWED_BACKENDS:
            return backend
    return None


def backend_name(backend: object) -> str:
    return _qualified_name(backend)


class OsKeyringStore:
    """Stores one secret per vault under `SERVICE_NAME` in an allowlisted OS keyring.

    Attributes:
        backend_id: the backend's class name, recorded in the vault so a later change of
            backend is noticed (and the user asked to re-enrol) instead of failing obscurely.
    """

    def __init__(self, backend: Any) -> None:
        if _qualified_name(backend) not in ALLOWED_BACKENDS:
            raise KeyringUnavailableError(f"not an OS keyring: {_qualified_name(backend)}")
        self._backend = backend
        self.backend_id = _qualified_name(backend)

    def save(self, entry: str, secret: str) -> None:
        try:
            self._backend.set_password(SERVICE_NAME, entry, secret)
        except Exception as exc:  # keyring raises backend-specific errors
            raise KeyringUnavailableError("the OS keyring refused to store the credential") from exc

    def load(self, entry: str) -> str | None:
        try:
            value = self._backend.get_password(SERVICE_NAME, entry)
        except Exception as exc:
            raise KeyringUnavailableError("the OS keyring could not be read") from exc
        return value if isinstance(value, str) else None

    def delete(self, entry: str) -> None:
        try:
            self._backend.delete_password(SERVICE_NAME, entry)
        except Exception as exc:
            # A missing entry is fine: deleting is idempotent for our purposes.
            if type(exc).__name__ != "PasswordDeleteError":
                raise KeyringUnavailableError("the OS keyring could not delete the credential") from exc
