"""Quick delete: crypto-erase the key file first, then every other file of the vault."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from outreach_app.core.vault_files import (
    destroy_database,
    destroy_everything_else,
    destroy_key_material,
    remove_dir_if_empty,
    vault_exists,
)
from outreach_app.core.vault_session import VaultSession
from outreach_app.crypto.process_lock import LockHeldError, ProcessLock
from outreach_app.domain.layout import VaultLayout

if TYPE_CHECKING:
    pass  # sqlcipher3's Connection has exactly this API


@dataclass
class WipeReport:
    """What `wipe_vault` did besides deleting.

    Attributes:
        found_vault: a key file or database was there.
        in_use_by: PID of another process that had the vault open (it can no longer read it).
        hook_failures: names of exceptions raised by the hooks; the wipe went ahead regardless.
    """

    found_vault: bool = False
    in_use_by: int | None = None
    hook_failures: list[str] = field(default_factory=list)


def wipe_vault(
    layout: VaultLayout,
    *,
    before_destroy: Callable[[], None] | None = None,
    forget_credentials: Callable[[], None] | None = None,
    session: VaultSession | None = None,
) -> WipeReport:
    """Quick delete: crypto-erase the key file first, then every other file of the vault.

    Runs even if another process has the vault open: in an emergency the key
    file must go regardless (the other process can no longer unlock anything).

    Args:
        layout: the vault.
        before_destroy: called first, while the vault is intact (sync revokes the device here).
        forget_credentials: called last, to remove the app's OS keyring entries.
        session: this process's open session, closed after `before_destroy`.
    """
    report = WipeReport(found_vault=vault_exists(layout))
    if before_destroy is not None:
        try:
            before_destroy()
        except Exception as exc:  # a failed revocation must never stop a quick delete
            report.hook_failures.append(type(exc).__name__)
    if session is not None:
        session.close()
    if not layout.data_dir.is_dir():
        return report
    lock = ProcessLock(layout.lock)
    try:
        lock.acquire()
    except LockHeldError as exc:
        report.in_use_by = exc.pid
    try:
        destroy_key_material(layout)
        destroy_database(layout)
        destroy_everything_else(layout, keep_lock=lock.held)
    finally:
        if lock.held:
            lock.release()
            layout.lock.unlink(missing_ok=True)
    remove_dir_if_empty(layout.data_dir)
    if forget_credentials is not None:
        try:
            forget_credentials()
        except Exception as exc:  # reported, not raised: the files are gone either way
            report.hook_failures.append(type(exc).__name__)
    return report
