"""Quick delete: crypto-erase the key material first, then revoke, then every other file of the vault."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from outreach_app.core.outside_files import OutsideEraser, OutsideReport
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


@dataclass
class WipeReport:
    """What `wipe_vault` did besides deleting.

    Attributes:
        found_vault: a key file or database was there.
        in_use_by: PID of another process that had the vault open (it can no longer read it).
        hook_failures: names of exceptions raised by the hooks; the wipe went ahead regardless.
        outside: what became of the files written outside the vault (None: none were given).
    """

    found_vault: bool = False
    in_use_by: int | None = None
    hook_failures: list[str] = field(default_factory=list)
    outside: OutsideReport | None = None


def wipe_vault(
    layout: VaultLayout,
    *,
    after_key_destroyed: Callable[[], None] | None = None,
    before_destroy: Callable[[], None] | None = None,
    forget_credentials: Callable[[], None] | None = None,
    session: VaultSession | None = None,
    outside: OutsideEraser | None = None,
) -> WipeReport:
    """Quick delete: crypto-erase every copy of the wrapped key first, then every other file.

    Runs even if another process has the vault open: in an emergency the key
    file must go regardless (the other process can no longer unlock anything).

    Order: (1) key material (key file, pending key files, the key member of each
    automatic backup), then the files written outside the vault (`outside`: each
    backup's key member, every export whole) — before anything that can be slow or
    can hang; (2) close
    `session`; (3) the revocation hook, which may wait on the network; (4) the
    database, its sidecars, backups and the rest, and the rest of each outside backup;
    (5) `forget_credentials`.
    A hook therefore runs with the vault already unopenable: whatever it needs
    (server link, credential) must have been read beforehand, while the vault
    was open (see `sync.quick_delete.prepare_quick_delete`).

    Args:
        layout: the vault.
        after_key_destroyed: called once the key material is gone (sync revokes the device
            here, from the credential it read earlier); failures are reported, never raised.
        before_destroy: the former name of `after_key_destroyed`, kept for existing callers;
            it runs at the same point, after the key material is destroyed.
        forget_credentials: called last, to remove the app's OS keyring entries.
        session: this process's open session, closed right after the key material is destroyed.
        outside: the files written outside the vault, read from it beforehand
            (`core.outside_files.targets_from`); what could not be reached is in the report.
    """
    report = WipeReport(found_vault=vault_exists(layout))
    # Crypto-erase first: an emergency may end this process at any moment after this line.
    if layout.data_dir.is_dir():
        destroy_key_material(layout)
    if outside is not None:
        outside.crypto_erase()
        report.outside = outside.report
    if session is not None:
        session.close()
    for hook in (after_key_destroyed, before_destroy):
        if hook is None:
            continue
        try:
            hook()
        except Exception as exc:  # a failed revocation must never stop a quick delete
            report.hook_failures.append(type(exc).__name__)
    if not layout.data_dir.is_dir():
        if outside is not None:
            outside.destroy_rest()
        return report
    lock = ProcessLock(layout.lock)
    try:
        lock.acquire()
    except LockHeldError as exc:
        report.in_use_by = exc.pid
    try:
        destroy_key_material(layout)  # again, in case another process wrote one meanwhile
        destroy_database(layout)
        destroy_everything_else(layout, keep_lock=lock.held)
        if outside is not None:
            outside.destroy_rest()
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
