"""Words for errors shown to users."""

from __future__ import annotations


def safe_reason(exc: BaseException) -> str:
    """A reason safe to show: vault errors are worded for users and hold no record data, OS
    errors give their description; a refused passphrase says why (its reasons never repeat the
    passphrase); anything else is named by its type only."""
    from outreach_app.domain.disk_full import DISK_FULL_MESSAGE, is_disk_full
    from outreach_app.ops.passphrases import WeakPassphraseError
    from outreach_app.ops.vault_ops import VaultError

    if is_disk_full(exc):  # SQLite's "database or disk is full" or ENOSPC: say it plainly
        return DISK_FULL_MESSAGE
    if isinstance(exc, (VaultError, WeakPassphraseError)):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__
