"""Errors raised when creating, opening or changing a vault.

Every message is safe to show: none contains a passphrase, a key or record text.
"""

from __future__ import annotations

from outreach_app.domain.disk_full import DISK_FULL_MESSAGE


class VaultError(Exception):
    """Base of every vault error."""


class VaultMissingError(VaultError):
    """There is no vault (no key file) in the data dir."""


class VaultExistsError(VaultError):
    """A vault (or a database file) is already there; nothing was overwritten."""


class WrongPassphraseError(VaultError):
    """The passphrase opens no slot of the key file. Nothing on disk but the failure counter changed.

    Attributes:
        retry_after_s: seconds before the next attempt is accepted (0 = at once).
    """

    def __init__(self, retry_after_s: float = 0.0) -> None:
        message = "the passphrase is not correct"
        if retry_after_s > 0:
            message += f"; wait {retry_after_s:.0f} s before trying again"
        super().__init__(message)
        self.retry_after_s = retry_after_s


class LockedOutError(VaultError):
    """Too many failed attempts in a row: the next one is accepted only after a delay.

    Attributes:
        retry_after_s: seconds still to wait.
    """

    def __init__(self, retry_after_s: float) -> None:
        super().__init__(
            f"too many wrong passphrases in a row; try again in {max(1, round(retry_after_s))} s"
        )
        self.retry_after_s = retry_after_s


class KeyFileDamagedError(VaultError):
    """The key file is truncated, corrupt or not ours. It was not modified."""


class VaultDamagedError(VaultError):
    """The database is missing, damaged, not ours, or does not match the key file. Nothing was modified."""


class VaultInUseError(VaultError):
    """Another process has this vault open.

    Attributes:
        pid: that process's id, when it could be read from the lock file.
    """

    def __init__(self, pid: int | None) -> None:
        who = f"another Outreach process (PID {pid})" if pid is not None else "another Outreach process"
        super().__init__(f"the vault is open in {who}; close it first")
        self.pid = pid


class RoleRefusedError(VaultError):
    """The unlocked slot's role may not do this (e.g. a worker adding a slot)."""


class BackupInvalidError(VaultError):
    """The file is not an Outreach backup, or it is damaged."""


class BackupMissingError(VaultError):
    """There is no backup file at the given path."""


class DestinationExistsError(VaultError):
    """The file to write (e.g. a backup) already exists; it was not overwritten."""


class SlotNotFoundError(VaultError):
    """No slot of the key file has that id."""


class SlotRefusedError(VaultError):
    """The slot change would leave the vault unusable or ambiguous (e.g. removing your own slot)."""


class VaultDiskFullError(VaultError):
    """The disk holding the vault is full: what was asked needs space. Nothing was changed.

    Not damage: the vault opens (read-only in effect) and backups or exports to another disk work.
    """

    def __init__(self, detail: str = "") -> None:
        super().__init__(DISK_FULL_MESSAGE + (f" ({detail})" if detail else ""))
